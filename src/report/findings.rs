//! Findings: the judged pairs a team must look at (severity `warning` or `error`), each with an
//! id that survives edits, and how each stands against what the team accepted (`kquote.toml`)
//! and against a baseline (`--baseline`).
//!
//! A finding's id is `f` and a 64-bit hash of its content: the verdict, and for each of the two
//! quotations its speaker's name words and its normalized words ([`wording_key`]). Offsets, file
//! names and file order take no part, so moving a quotation or adding text above it keeps the
//! id, and changing a quoted word makes a new one. The same difference printed in several places
//! is one finding with one id: accepting it accepts it everywhere. Two different contents never
//! share an id: hashes are claimed in the order of the contents, and a content whose hash is
//! taken is hashed again with a counter ([`IdHashes`]).

use std::collections::{BTreeMap, BTreeSet};

use rayon::prelude::*;

use crate::types::{IdHashes, Match, Quote, Severity};
use crate::words::wording_key;

/// How a finding stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Standing {
    /// Neither accepted nor in the baseline: it counts towards the exit code.
    New,
    /// Accepted by id in `kquote.toml`.
    Accepted,
    /// Recorded in the baseline.
    Baselined,
}

impl Standing {
    pub fn as_str(self) -> &'static str {
        match self {
            Standing::New => "new",
            Standing::Accepted => "accepted",
            Standing::Baselined => "baselined",
        }
    }
}

/// One judged pair worth a warning or an error.
#[derive(Debug, Clone)]
pub struct Finding {
    /// `f{:016x}`, see the module's documentation.
    pub id: String,
    /// Index into the check's matches.
    pub(crate) pair: usize,
    pub standing: Standing,
}

/// Which findings a team has let stand: accepted by id with an optional note, and recorded in a
/// baseline.
#[derive(Debug, Clone, Default)]
pub struct Suppressions {
    /// Finding id to its note (empty when none is given).
    pub accepted: BTreeMap<String, String>,
    pub baseline: BTreeSet<String>,
}

/// An accepted or baselined finding that no longer occurs.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Stale {
    pub id: String,
    /// `Accepted` or `Baselined`.
    pub standing: Standing,
    pub note: String,
}

/// The findings of a check, in the order of its matches, and the stale suppressions.
#[derive(Debug, Clone, Default)]
pub struct Findings {
    pub list: Vec<Finding>,
    pub stale: Vec<Stale>,
    /// The notes of the accepted findings, by id.
    notes: BTreeMap<String, String>,
}

/// What a CI job fails on.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, serde::Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum FailOn {
    /// A new finding of severity `error` (the default).
    #[default]
    Error,
    /// A new finding of severity `warning` or `error`.
    Warning,
    /// No finding fails the check; only a check that could not run does.
    Never,
}

impl Findings {
    /// Gives every match worth a warning or an error its id, and its standing against
    /// `suppressions`.
    pub(crate) fn of(quotes: &[Quote], matches: &[Match], suppressions: &Suppressions) -> Findings {
        let pairs: Vec<usize> = (0..matches.len())
            .filter(|&i| matches[i].severity() != Severity::None)
            .collect();
        let keys: Vec<Vec<u8>> = pairs
            .par_iter()
            .map(|&i| finding_key(quotes, &matches[i]))
            .collect();
        // One id a content, claimed in the order of the contents.
        let mut distinct: Vec<&[u8]> = keys.iter().map(Vec::as_slice).collect();
        distinct.par_sort_unstable();
        distinct.dedup();
        let mut hashes = IdHashes::with_capacity(distinct.len());
        let ids: BTreeMap<&[u8], String> = distinct
            .into_iter()
            .map(|key| (key, format!("f{:016x}", hashes.claim(key))))
            .collect();
        let list: Vec<Finding> = pairs
            .iter()
            .zip(&keys)
            .map(|(&pair, key)| {
                let id = ids[key.as_slice()].clone();
                let standing = if suppressions.accepted.contains_key(&id) {
                    Standing::Accepted
                } else if suppressions.baseline.contains(&id) {
                    Standing::Baselined
                } else {
                    Standing::New
                };
                Finding { id, pair, standing }
            })
            .collect();
        let found: BTreeSet<&str> = list.iter().map(|f| f.id.as_str()).collect();
        let mut stale: Vec<Stale> = suppressions
            .accepted
            .iter()
            .filter(|(id, _)| !found.contains(id.as_str()))
            .map(|(id, note)| Stale {
                id: id.clone(),
                standing: Standing::Accepted,
                note: note.clone(),
            })
            .collect();
        stale.extend(
            suppressions
                .baseline
                .iter()
                .filter(|id| !found.contains(id.as_str()) && !suppressions.accepted.contains_key(*id))
                .map(|id| Stale {
                    id: id.clone(),
                    standing: Standing::Baselined,
                    note: String::new(),
                }),
        );
        Findings {
            list,
            stale,
            notes: suppressions.accepted.clone(),
        }
    }

    /// The note an accepted finding was accepted with.
    pub fn accepted_note(&self, id: &str) -> Option<&str> {
        self.notes.get(id).map(String::as_str)
    }

    /// The findings that count: neither accepted nor baselined.
    pub fn new_ones(&self) -> impl Iterator<Item = &Finding> {
        self.list.iter().filter(|f| f.standing == Standing::New)
    }

    /// How many findings are new errors, new warnings, accepted and baselined: what the summary
    /// of every report states.
    pub fn counts(&self, matches: &[Match]) -> Counts {
        let mut counts = Counts::default();
        for f in &self.list {
            match (f.standing, matches[f.pair].severity()) {
                (Standing::Accepted, _) => counts.accepted += 1,
                (Standing::Baselined, _) => counts.baselined += 1,
                (Standing::New, Severity::Error) => counts.errors += 1,
                (Standing::New, _) => counts.warnings += 1,
            }
        }
        counts
    }

    /// Whether a new finding is severe enough to fail the check.
    pub fn fail(&self, matches: &[Match], fail_on: FailOn) -> bool {
        let threshold = match fail_on {
            FailOn::Error => Severity::Error,
            FailOn::Warning => Severity::Warning,
            FailOn::Never => return false,
        };
        self.new_ones().any(|f| matches[f.pair].severity() >= threshold)
    }
}

/// The findings of a check, counted by severity and standing.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Counts {
    pub errors: usize,
    pub warnings: usize,
    pub accepted: usize,
    pub baselined: usize,
}

impl Counts {
    /// What was let stand (`3 accepted`, `12 in the baseline`), each count written by `number`;
    /// empty when nothing was.
    pub fn let_stand(&self, number: impl Fn(usize) -> String) -> Vec<String> {
        [(self.accepted, "accepted"), (self.baselined, "in the baseline")]
            .into_iter()
            .filter(|&(n, _)| n > 0)
            .map(|(n, what)| format!("{} {what}", number(n)))
            .collect()
    }
}

/// The content a finding's id is the hash of.
pub(crate) fn finding_key(quotes: &[Quote], m: &Match) -> Vec<u8> {
    let (a, b) = (&quotes[m.a], &quotes[m.b]);
    let mut key = Vec::with_capacity(a.text.len() + b.text.len() + 64);
    key.extend_from_slice(b"finding\0");
    key.extend_from_slice(m.verdict.as_str().as_bytes());
    key.push(0);
    wording_key(&a.speaker, &a.text, &mut key);
    key.push(0);
    wording_key(&b.speaker, &b.text, &mut key);
    key
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::types::Verdict;

    #[test]
    fn what_was_let_stand_names_only_counts_above_zero() {
        let counts = Counts {
            accepted: 1200,
            ..Counts::default()
        };
        assert_eq!(counts.let_stand(|n| format!("#{n}")), ["#1200 accepted"]);
        let counts = Counts {
            accepted: 2,
            baselined: 3,
            ..Counts::default()
        };
        assert_eq!(
            counts.let_stand(|n| n.to_string()),
            ["2 accepted", "3 in the baseline"]
        );
        assert!(Counts::default().let_stand(|n| n.to_string()).is_empty());
    }

    fn pair(a: usize, b: usize, verdict: Verdict) -> Match {
        Match {
            cluster: 0,
            a,
            b,
            verdict,
            similarity: 0.9,
            changes: String::new(),
            diff: Vec::new(),
            text_a: String::new(),
            text_b: String::new(),
        }
    }

    fn quotes() -> Vec<Quote> {
        vec![
            Quote::for_test("a.txt", 10, "We will rebuild the levee.", "Ann Lee"),
            Quote::for_test("b.txt", 300, "We will repair the levee.", "Ann Lee"),
            Quote::for_test("c.txt", 7, "We will repair the levee", "Lee"),
            Quote::for_test("d.txt", 7, "We will rebuild the dam.", "Ann Lee"),
        ]
    }

    #[test]
    fn an_id_depends_on_the_words_and_speakers_not_the_place() {
        let mut quotes = quotes();
        let matches = [pair(0, 1, Verdict::Reworded), pair(0, 3, Verdict::Reworded)];
        let before = Findings::of(&quotes, &matches, &Suppressions::default());
        // Moved within its file, in another file, in other typography: the same finding.
        quotes[1].start += 500;
        quotes[1].source = "z.txt".into();
        quotes[1].text = "We will REPAIR the levee!".into();
        let moved = Findings::of(&quotes, &matches, &Suppressions::default());
        assert_eq!(before.list[0].id, moved.list[0].id);
        // Another word: another finding.
        quotes[1].text = "We will fix the levee.".into();
        let changed = Findings::of(&quotes, &matches, &Suppressions::default());
        assert_ne!(before.list[0].id, changed.list[0].id);
        assert_ne!(before.list[0].id, before.list[1].id);
        assert!(before.list[0].id.starts_with('f') && before.list[0].id.len() == 17);
    }

    #[test]
    fn only_warnings_and_errors_are_findings_and_the_same_content_shares_its_id() {
        let quotes = quotes();
        let mut reprinted = quotes.clone();
        reprinted.push(Quote::for_test(
            "e.txt",
            1,
            "We will repair the levee.",
            "Ann Lee",
        ));
        let matches = [
            pair(0, 1, Verdict::Reworded),
            pair(0, 2, Verdict::Typographic),
            pair(0, 4, Verdict::Reworded),
        ];
        let findings = Findings::of(&reprinted, &matches, &Suppressions::default());
        let pairs: Vec<usize> = findings.list.iter().map(|f| f.pair).collect();
        assert_eq!(pairs, [0, 2]);
        assert_eq!(findings.list[0].id, findings.list[1].id);
    }

    #[test]
    fn accepted_and_baselined_findings_stand_apart_and_missing_ones_are_stale() {
        let quotes = quotes();
        let matches = [pair(0, 1, Verdict::Reworded), pair(0, 3, Verdict::Variant)];
        let ids: Vec<String> = Findings::of(&quotes, &matches, &Suppressions::default())
            .list
            .into_iter()
            .map(|f| f.id)
            .collect();
        let suppressions = Suppressions {
            accepted: [
                (ids[0].clone(), "house style".to_string()),
                ("f0000000000000001".to_string(), String::new()),
            ]
            .into(),
            baseline: [ids[1].clone(), "f0000000000000002".to_string()].into(),
        };
        let findings = Findings::of(&quotes, &matches, &suppressions);
        let standings: Vec<Standing> = findings.list.iter().map(|f| f.standing).collect();
        assert_eq!(standings, [Standing::Accepted, Standing::Baselined]);
        assert_eq!(findings.new_ones().count(), 0);
        assert!(!findings.fail(&matches, FailOn::Warning));
        let stale: Vec<(&str, Standing)> = findings
            .stale
            .iter()
            .map(|s| (s.id.as_str(), s.standing))
            .collect();
        assert_eq!(
            stale,
            [
                ("f0000000000000001", Standing::Accepted),
                ("f0000000000000002", Standing::Baselined)
            ]
        );
    }

    #[test]
    fn fail_on_sets_the_severity_that_fails() {
        let quotes = quotes();
        let warning = [pair(0, 1, Verdict::Variant)];
        let error = [pair(0, 1, Verdict::Reworded)];
        let none = Suppressions::default();
        let (w, e) = (
            Findings::of(&quotes, &warning, &none),
            Findings::of(&quotes, &error, &none),
        );
        assert!(!w.fail(&warning, FailOn::Error) && e.fail(&error, FailOn::Error));
        assert!(w.fail(&warning, FailOn::Warning) && e.fail(&error, FailOn::Warning));
        assert!(!w.fail(&warning, FailOn::Never) && !e.fail(&error, FailOn::Never));
    }
}
