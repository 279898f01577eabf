//! `report.html`: the review page. One card per inconsistent cluster, its reference and each
//! version that differs side by side, words deleted struck through and words inserted
//! underlined; the consistent clusters collapsed at the end. One file that opens from disk: its
//! style and its few lines of script are inline, and it loads nothing.
//!
//! The page is made by an askama template (`templates/report.html`), which escapes every value
//! it is given: article text, speakers and file names reach the page as text, never as markup.
//! Control and bidirectional characters are shown as escapes (`\u{202e}`), as on a terminal, so
//! that a quotation cannot reorder what the page seems to say.
//!
//! Filters work without script: severity and verdict by `:target` (`report.html#severity-error`),
//! speaker and source by an index of links to their cards. The script only hides the other cards
//! when a speaker or a source is chosen.

use std::borrow::Cow;
use std::cmp::Reverse;
use std::collections::BTreeMap;
use std::io::Write;
use std::path::Path;

use askama::Template;
use rustc_hash::FxHashMap;

use super::CheckOutcome;
use super::findings::{Counts, Finding, Standing};
use super::terminal::printable;
use crate::types::{DiffPiece, Match, Severity, Verdict};

/// The file's name in the reports folder.
pub(crate) const NAME: &str = "report.html";

/// Cards on a page at most: the most severe clusters. An archive's would make a page no browser
/// opens in good time; the workbook and the CSV files hold every one.
pub(crate) const MAX_CARDS: usize = 2000;
/// Versions with a finding shown on one card, and versions that agree.
const MAX_DIFFERING: usize = 30;
const MAX_AGREEING: usize = 10;
/// Places named for one version.
const MAX_PLACES: usize = 3;
/// Consistent clusters listed at the end.
const MAX_CONSISTENT: usize = 2000;
/// Links to cards listed under one speaker or source in the index.
const MAX_INDEX_LINKS: usize = 50;

/// The verdicts that make a finding, in the order the filters list them.
const FINDING_VERDICTS: [Verdict; 3] = [Verdict::Reworded, Verdict::Misattributed, Verdict::Variant];

#[derive(Template)]
#[template(path = "report.html", whitespace = "minimize")]
struct Page<'a> {
    /// The checked folder, as paths are shown.
    folder: Cow<'a, str>,
    counts: Vec<(&'static str, String)>,
    /// What was let stand, when anything was (`2 accepted`).
    let_stand: String,
    cards: Vec<Card<'a>>,
    /// Inconsistent clusters in all, shown or not.
    inconsistent: String,
    cut: bool,
    max_cards: String,
    severities: Vec<Choice>,
    verdicts: Vec<Choice>,
    speakers: Vec<Facet>,
    sources: Vec<Facet>,
    consistent: Vec<Agreed<'a>>,
    consistent_total: String,
    consistent_cut: bool,
}

/// A filter by severity or verdict: the anchor it targets, its label, how many cards it keeps.
struct Choice {
    anchor: String,
    label: &'static str,
    cards: usize,
}

/// A speaker or source in the index, with links to its cards.
struct Facet {
    anchor: String,
    name: String,
    cards: Vec<(usize, String)>,
    more: usize,
}

/// One inconsistent cluster.
struct Card<'a> {
    number: usize,
    id: &'a str,
    severity: &'static str,
    /// The classes the filters select by: `severity-error verdict-reworded …`.
    classes: String,
    /// Index numbers of the card's speakers and sources, space-separated, for the script.
    speaker_keys: String,
    source_keys: String,
    speaker: Cow<'a, str>,
    sources: usize,
    quotes: usize,
    /// The standing of its findings when none is new (`accepted`).
    let_stand: Option<&'static str>,
    reference: Place,
    reference_text: Cow<'a, str>,
    reference_sources: usize,
    differing: Vec<Row<'a>>,
    more_differing: usize,
    agreeing: Vec<Row<'a>>,
    more_agreeing: usize,
}

/// One version of a card's quotation, judged.
struct Row<'a> {
    verdict: &'static str,
    severity: &'static str,
    similarity: String,
    sources: usize,
    places: Vec<Place>,
    more_places: usize,
    /// Judged against another place than the reference.
    against: Option<Place>,
    /// For a misattribution, the speaker the words are given to.
    speaker: Option<Cow<'a, str>>,
    finding: Option<(&'a str, &'static str)>,
    changes: Cow<'a, str>,
    /// The word diff for a finding; the plain text for a version that agrees.
    pieces: Vec<Piece<'a>>,
}

/// Where a quotation is: `path:line`.
struct Place {
    path: String,
    line: usize,
}

/// A stretch of the word diff.
enum Piece<'a> {
    Same(Cow<'a, str>),
    Removed(Cow<'a, str>),
    Added(Cow<'a, str>),
}

/// A consistent cluster, in the list at the end.
struct Agreed<'a> {
    id: &'a str,
    speaker: Cow<'a, str>,
    text: Cow<'a, str>,
    sources: usize,
    quotes: usize,
}

/// Writes `report.html` into `dir`.
pub(crate) fn write(dir: &Path, outcome: &CheckOutcome) -> std::io::Result<()> {
    let page = page(outcome).render().map_err(std::io::Error::other)?;
    let mut file = std::fs::File::create(dir.join(NAME))?;
    file.write_all(page.as_bytes())?;
    file.sync_all()?;
    super::set::written(NAME);
    Ok(())
}

/// Text as the page shows it: line breaks and tabs as spaces, other control and bidirectional
/// characters as escapes. The template escapes the rest.
fn visible(text: &str) -> Cow<'_, str> {
    if text.contains(['\n', '\r', '\t']) {
        Cow::Owned(printable(&text.replace(['\n', '\r', '\t'], " ")).into_owned())
    } else {
        printable(text)
    }
}

/// `12,345`.
fn grouped(n: usize) -> String {
    let digits = n.to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3);
    for (i, d) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(d);
    }
    out
}

/// `n thing` or `n things`.
fn counted(n: usize, thing: &str) -> String {
    format!("{} {thing}{}", grouped(n), if n == 1 { "" } else { "s" })
}

/// A place as `quotes.csv` gives it: the path relative to the checked folder, which the page's
/// title names.
fn place(outcome: &CheckOutcome, quote: usize) -> Place {
    let q = &outcome.quotes[quote];
    Place {
        path: visible(&q.source).into_owned(),
        line: q.line,
    }
}

/// Index numbers handed out to names in order of first use.
#[derive(Default)]
struct Keys {
    of: FxHashMap<String, usize>,
}

impl Keys {
    fn key(&mut self, name: &str) -> usize {
        let next = self.of.len();
        *self.of.entry(name.to_string()).or_insert(next)
    }
}

/// The page's content, read from the outcome.
fn page(outcome: &CheckOutcome) -> Page<'_> {
    page_with(outcome, MAX_CARDS)
}

/// The page with at most `max_cards` cards.
fn page_with(outcome: &CheckOutcome, max_cards: usize) -> Page<'_> {
    let clusters = &outcome.aligned.clusters;
    let mut finding_of: Vec<Option<&Finding>> = vec![None; outcome.matches.len()];
    for f in &outcome.findings.list {
        finding_of[f.pair] = Some(f);
    }
    let mut matches_of: Vec<Vec<usize>> = vec![Vec::new(); clusters.len()];
    for (i, m) in outcome.matches.iter().enumerate() {
        matches_of[m.cluster].push(i);
    }
    // The best standing of each cluster's findings: new ones come first in reviewing order.
    let standing_of = |c: usize| {
        matches_of[c]
            .iter()
            .filter_map(|&i| finding_of[i].map(|f| f.standing))
            .min()
    };
    let mut inconsistent: Vec<usize> = (0..clusters.len())
        .filter(|&c| !outcome.summaries[c].consistent())
        .collect();
    // The most severe first, then as the workbook orders findings: new before let stand, then
    // by place.
    inconsistent.sort_by_cached_key(|&c| {
        let reference = &outcome.quotes[clusters[c].reference_quote];
        (
            Reverse(outcome.summaries[c].severity),
            standing_of(c),
            reference.source.as_ref(),
            reference.start,
        )
    });
    let total_inconsistent = inconsistent.len();
    inconsistent.truncate(max_cards);

    // Which version each quotation of a shown cluster belongs to.
    let mut version_of: FxHashMap<usize, usize> = FxHashMap::default();
    for &c in &inconsistent {
        for member in &clusters[c].members {
            for &q in &outcome.aligned.versions[member.version].quotes {
                version_of.insert(q, member.version);
            }
        }
    }

    let (mut speaker_keys, mut source_keys) = (Keys::default(), Keys::default());
    let mut speaker_cards: BTreeMap<usize, Vec<usize>> = BTreeMap::new();
    let mut source_cards: BTreeMap<usize, Vec<usize>> = BTreeMap::new();
    let mut cards = Vec::with_capacity(inconsistent.len());
    for (n, &c) in inconsistent.iter().enumerate() {
        let mut card = card(
            outcome,
            c,
            n + 1,
            &matches_of[c],
            &finding_of,
            &version_of,
            standing_of(c),
        );
        let speakers = card_speakers(outcome, c, &matches_of[c]);
        let speakers = speakers.into_iter().map(|name| speaker_keys.key(name)).collect();
        let places =
            std::iter::once(&card.reference).chain(card.differing.iter().flat_map(|r| r.places.iter()));
        let sources = places.map(|p| source_keys.key(&p.path)).collect();
        card.speaker_keys = listed(speakers, &mut speaker_cards, n);
        card.source_keys = listed(sources, &mut source_cards, n);
        cards.push(card);
    }
    let facets = |keys: Keys, cards_of: BTreeMap<usize, Vec<usize>>, prefix: &str| {
        let mut names: Vec<(String, usize)> = keys.of.into_iter().collect();
        names.sort();
        names
            .into_iter()
            .map(|(name, key)| {
                let of = &cards_of[&key];
                Facet {
                    anchor: format!("{prefix}-{key}"),
                    name: visible(&name).into_owned(),
                    cards: of
                        .iter()
                        .take(MAX_INDEX_LINKS)
                        .map(|&n| (n + 1, clusters[inconsistent[n]].id.clone()))
                        .collect(),
                    more: of.len().saturating_sub(MAX_INDEX_LINKS),
                }
            })
            .collect::<Vec<_>>()
    };
    let speakers = facets(speaker_keys, speaker_cards, "speaker");
    let sources = facets(source_keys, source_cards, "source");

    let severities = [Severity::Error, Severity::Warning]
        .into_iter()
        .map(|s| Choice {
            anchor: format!("severity-{}", s.as_str()),
            label: if s == Severity::Error {
                "errors"
            } else {
                "warnings"
            },
            cards: cards.iter().filter(|c| c.severity == s.as_str()).count(),
        })
        .filter(|c| c.cards > 0)
        .collect();
    let verdicts = FINDING_VERDICTS
        .into_iter()
        .map(|v| {
            let class = format!("verdict-{}", v.as_str());
            Choice {
                cards: cards
                    .iter()
                    .filter(|c| c.classes.split(' ').any(|k| k == class))
                    .count(),
                anchor: class,
                label: v.as_str(),
            }
        })
        .filter(|c| c.cards > 0)
        .collect();

    let consistent_all: Vec<usize> = (0..clusters.len())
        .filter(|&c| outcome.summaries[c].consistent())
        .collect();
    let consistent = consistent_all
        .iter()
        .take(MAX_CONSISTENT)
        .map(|&c| {
            let s = &outcome.summaries[c];
            Agreed {
                id: &clusters[c].id,
                speaker: speaker_name(&s.speaker),
                text: visible(&outcome.quotes[clusters[c].reference_quote].text),
                sources: s.sources,
                quotes: s.quotes,
            }
        })
        .collect();

    let counts = outcome.findings.counts(&outcome.matches);
    let Counts { errors, warnings, .. } = counts;
    let let_stand = counts.let_stand(grouped);
    let folder = if outcome.shown_root.is_empty() {
        Cow::Borrowed(".")
    } else {
        visible(&outcome.shown_root)
    };
    Page {
        folder,
        counts: vec![
            ("sources", grouped(outcome.sources)),
            ("quotations", grouped(outcome.quotes.len())),
            ("clusters", grouped(clusters.len())),
            ("errors", grouped(errors)),
            ("warnings", grouped(warnings)),
        ],
        let_stand: let_stand.join(", "),
        cut: total_inconsistent > cards.len(),
        cards,
        inconsistent: grouped(total_inconsistent),
        max_cards: grouped(max_cards),
        severities,
        verdicts,
        speakers,
        sources,
        consistent,
        consistent_total: counted(consistent_all.len(), "consistent cluster"),
        consistent_cut: consistent_all.len() > MAX_CONSISTENT,
    }
}

/// Files card `n` under each of `keys` (deduplicated), and lists them for the script: `0 4`.
fn listed(mut keys: Vec<usize>, cards_of: &mut BTreeMap<usize, Vec<usize>>, n: usize) -> String {
    keys.sort_unstable();
    keys.dedup();
    for &k in &keys {
        cards_of.entry(k).or_default().push(n);
    }
    keys.iter().map(usize::to_string).collect::<Vec<_>>().join(" ")
}

fn speaker_name(name: &str) -> Cow<'_, str> {
    if name.is_empty() {
        Cow::Borrowed("unknown speaker")
    } else {
        visible(name)
    }
}

/// The speakers a card names: the cluster's, and those a misattribution gives the words to.
fn card_speakers<'a>(outcome: &'a CheckOutcome, c: usize, matches: &[usize]) -> Vec<&'a str> {
    let mut names = vec![outcome.summaries[c].speaker.as_str()];
    for &i in matches {
        let m = &outcome.matches[i];
        if m.verdict == Verdict::Misattributed {
            names.push(&outcome.quotes[m.b].speaker);
        }
    }
    names.retain(|n| !n.is_empty());
    if names.is_empty() {
        names.push("unknown speaker");
    }
    names
}

/// The card of cluster `c`: its reference, then one row per version, the one of its matches that
/// is most severe standing for it.
fn card<'a>(
    outcome: &'a CheckOutcome,
    c: usize,
    number: usize,
    matches: &[usize],
    finding_of: &[Option<&'a Finding>],
    version_of: &FxHashMap<usize, usize>,
    standing: Option<Standing>,
) -> Card<'a> {
    let cluster = &outcome.aligned.clusters[c];
    let summary = &outcome.summaries[c];
    // The most severe match of each version; the first of equals.
    let mut of_version: FxHashMap<usize, usize> = FxHashMap::default();
    for &i in matches {
        let m = &outcome.matches[i];
        let version = version_of.get(&m.b).copied().unwrap_or(usize::MAX - m.b);
        let best = of_version.entry(version).or_insert(i);
        if m.severity() > outcome.matches[*best].severity() {
            *best = i;
        }
    }
    let mut rows: Vec<(usize, usize)> = of_version.into_iter().collect();
    // The most severe first, then in the order of the members (the reference first), then of
    // the matches.
    let rank: FxHashMap<usize, usize> = cluster
        .members
        .iter()
        .enumerate()
        .map(|(r, m)| (m.version, r))
        .collect();
    rows.sort_by_key(|&(v, i)| {
        (
            Reverse(outcome.matches[i].severity()),
            rank.get(&v).copied().unwrap_or(usize::MAX),
            i,
        )
    });

    let mut verdicts: Vec<Verdict> = Vec::new();
    let (mut differing, mut agreeing) = (Vec::new(), Vec::new());
    let (mut more_differing, mut more_agreeing) = (0, 0);
    for (version, i) in rows {
        let m = &outcome.matches[i];
        let severe = m.severity() != Severity::None;
        if severe {
            verdicts.push(m.verdict);
        }
        if version == cluster.reference && !severe {
            continue;
        }
        let (list, max, more) = if severe {
            (&mut differing, MAX_DIFFERING, &mut more_differing)
        } else {
            (&mut agreeing, MAX_AGREEING, &mut more_agreeing)
        };
        if list.len() == max {
            *more += 1;
            continue;
        }
        list.push(row(
            outcome,
            cluster.reference_quote,
            version,
            m,
            finding_of[i],
            &summary.speaker,
        ));
    }
    verdicts.sort_unstable();
    verdicts.dedup();
    let mut classes = format!("severity-{}", summary.severity.as_str());
    for v in verdicts.iter().rev() {
        classes.push_str(" verdict-");
        classes.push_str(v.as_str());
    }
    let reference_sources = outcome
        .aligned
        .versions
        .get(cluster.reference)
        .map_or(1, |v| v.sources);
    Card {
        number,
        id: &cluster.id,
        severity: summary.severity.as_str(),
        classes,
        speaker_keys: String::new(),
        source_keys: String::new(),
        speaker: speaker_name(&summary.speaker),
        sources: summary.sources,
        quotes: summary.quotes,
        let_stand: match standing {
            Some(Standing::New) | None => None,
            Some(s) => Some(s.as_str()),
        },
        reference: place(outcome, cluster.reference_quote),
        reference_text: visible(&outcome.quotes[cluster.reference_quote].text),
        reference_sources,
        differing,
        more_differing,
        agreeing,
        more_agreeing,
    }
}

/// The row of one version, `m` standing for it.
fn row<'a>(
    outcome: &'a CheckOutcome,
    reference_quote: usize,
    version: usize,
    m: &'a Match,
    finding: Option<&'a Finding>,
    card_speaker: &str,
) -> Row<'a> {
    let quotes = match outcome.aligned.versions.get(version) {
        Some(v) => v.quotes.as_slice(),
        None => std::slice::from_ref(&m.b),
    };
    let sources = outcome.aligned.versions.get(version).map_or(1, |v| v.sources);
    let severe = m.severity() != Severity::None;
    let pieces = if severe {
        m.diff
            .iter()
            .map(|piece| match piece {
                DiffPiece::Same(t) => Piece::Same(visible(t)),
                DiffPiece::Removed(t) => Piece::Removed(visible(t)),
                DiffPiece::Added(t) => Piece::Added(visible(t)),
            })
            .collect()
    } else {
        vec![Piece::Same(visible(&outcome.quotes[m.b].text))]
    };
    let speaker: &str = &outcome.quotes[m.b].speaker;
    Row {
        verdict: m.verdict.as_str(),
        severity: m.severity().as_str(),
        similarity: format!("{:.2}", m.similarity),
        sources,
        places: quotes
            .iter()
            .take(MAX_PLACES)
            .map(|&q| place(outcome, q))
            .collect(),
        more_places: quotes.len().saturating_sub(MAX_PLACES),
        against: (m.a != reference_quote).then(|| place(outcome, m.a)),
        speaker: (m.verdict == Verdict::Misattributed && speaker != card_speaker)
            .then(|| speaker_name(speaker)),
        finding: finding.map(|f| (f.id.as_str(), f.standing.as_str())),
        changes: visible(&m.changes),
        pieces,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::types::Quote;

    #[test]
    fn counts_are_grouped_by_thousands() {
        assert_eq!(grouped(0), "0");
        assert_eq!(grouped(999), "999");
        assert_eq!(grouped(1000), "1,000");
        assert_eq!(grouped(1234567), "1,234,567");
        assert_eq!(counted(1, "source"), "1 source");
        assert_eq!(counted(2000, "card"), "2,000 cards");
    }

    #[test]
    fn controls_and_bidi_overrides_are_shown_not_obeyed() {
        assert_eq!(visible("two\nlines\tand a tab"), "two lines and a tab");
        assert_eq!(visible("abc\u{202e}fed"), "abc\\u{202e}fed");
        assert_eq!(visible("bell\u{7}"), "bell\\u{7}");
        assert!(matches!(visible("plain “text”"), Cow::Borrowed(_)));
    }

    /// The outcome of a check of `quotes`, as far as the page reads it.
    fn outcome_of(quotes: Vec<Quote>) -> CheckOutcome {
        let aligned = crate::align::align(&quotes);
        let scored = crate::score::score(&quotes, &aligned);
        let findings = super::super::Findings::of(&quotes, &scored.matches, &Default::default());
        CheckOutcome {
            sources: 2,
            quotes,
            aligned,
            matches: scored.matches,
            summaries: scored.summaries,
            findings,
            ..CheckOutcome::default()
        }
    }

    #[test]
    fn the_most_severe_clusters_are_shown_and_the_page_says_that_there_are_more() {
        let said = [
            (
                "We will rebuild the levee before the spring floods come back to the valley.",
                "We will repair the levee before the spring floods come back to the valley.",
            ),
            (
                "Our defence of the harbour will continue through the long winter months ahead.",
                "Our defense of the harbor will continue through the long winter months ahead.",
            ),
            (
                "The budget for the schools will grow by a third over the next four years.",
                "The budget for the schools will grow by a half over the next four years.",
            ),
        ];
        let mut quotes = Vec::new();
        for (source, side) in [("a.txt", 0), ("b.txt", 1)] {
            for (i, pair) in said.iter().enumerate() {
                let text = if side == 0 { pair.0 } else { pair.1 };
                quotes.push(Quote::for_test(source, 100 * i, text, "Ann Lee"));
            }
        }
        let outcome = outcome_of(quotes);
        let severities: Vec<Severity> = outcome.summaries.iter().map(|s| s.severity).collect();
        assert_eq!(severities, [Severity::Error, Severity::Warning, Severity::Error]);

        let all = page_with(&outcome, 3);
        let order: Vec<&str> = all.cards.iter().map(|c| c.severity).collect();
        assert_eq!(order, ["error", "error", "warning"]);
        assert!(!all.cut);

        let cut = page_with(&outcome, 2);
        assert_eq!(cut.cards.len(), 2);
        assert!(cut.cards.iter().all(|c| c.severity == "error"));
        let html = cut.render().unwrap();
        assert!(
            html.contains("shows the 2 most severe of the 3 inconsistent clusters"),
            "{html}"
        );
        assert!(html.contains("href=\"review.xlsx\""));
        // Its diff marks the word changed.
        let first = &cut.cards[0].differing[0];
        assert!(
            matches!(&first.pieces[..], [Piece::Same(_), Piece::Removed(r), Piece::Added(a), Piece::Same(_)] if r == "rebuild" && a == "repair")
        );
        assert_eq!(first.finding.map(|f| f.1), Some("new"));
    }

    #[test]
    fn the_template_escapes_what_it_is_given() {
        let outcome = CheckOutcome {
            shown_root: "<b>folder</b>".into(),
            ..CheckOutcome::default()
        };
        let page = page(&outcome).render().unwrap();
        assert!(page.contains("&#60;b&#62;folder&#60;/b&#62;") || page.contains("&lt;b&gt;folder"));
        assert!(!page.contains("<b>folder"));
    }
}
