//! Stage 5: judge each aligned pair word by word.

use std::borrow::Cow;
use std::hash::BuildHasher;
use std::ops::Range;

use rayon::prelude::*;
use rustc_hash::FxBuildHasher;
use similar::{Algorithm, DiffOp, capture_diff_slices};

use crate::align::{Aligned, Alignment, Cluster, align_pair, first_equal};
use crate::types::{DiffPiece, Match, Quote, Verdict};
use crate::words::{Mark, Word, censors, variant_forms, words};

/// Judges every reported pair: each quotation of a cluster against the cluster's reference.
/// A quotation from the reference's own source (a headline repeating a phrase of the speech the
/// article quotes) is judged against the first version from another source it aligns with, so
/// that a row always compares two sources when the cluster allows it.
pub fn score(quotes: &[Quote], aligned: &Aligned) -> Vec<Match> {
    let jobs: Vec<(usize, usize, usize, Cow<Alignment>)> = aligned
        .clusters
        .iter()
        .enumerate()
        .flat_map(|(c, cluster)| {
            let r = cluster.reference_quote;
            cluster.members.iter().flat_map(move |(v, al)| {
                aligned.versions[*v]
                    .quotes
                    .iter()
                    .filter(move |&&q| q != r)
                    .map(move |&q| {
                        if quotes[q].source == quotes[r].source
                            && let Some((p, al)) = other_source(quotes, aligned, cluster, *v, al)
                        {
                            return (c, p, q, al);
                        }
                        (c, r, q, Cow::Borrowed(al))
                    })
            })
        })
        .collect();
    // A quotation reprinted word for word under the same speaker gets the verdict of its first
    // printing against the same quotation: a viral quotation is judged once per wording, not
    // once per source.
    let printings: Vec<Printing> = jobs
        .par_iter()
        .map(|(_, a, b, al)| {
            let qb = &quotes[*b];
            (
                *a,
                qb.text.as_str(),
                qb.speaker.as_str(),
                qb.speaker_inferred,
                al.a.clone(),
                al.b.clone(),
            )
        })
        .collect();
    let judged_as = first_equal(&printings, |p| FxBuildHasher.hash_one(p));
    drop(printings);
    // Alignment keeps no strings; the words are read again from each quotation's text, a
    // reference's once for its whole cluster.
    let reference_words: Vec<Vec<Word>> = aligned
        .clusters
        .par_iter()
        .map(|c| words(&quotes[c.reference_quote].text))
        .collect();
    let judged: Vec<Option<Match>> = jobs
        .par_iter()
        .enumerate()
        .map(|(i, job)| (judged_as[i] == i).then(|| judge_job(quotes, aligned, &reference_words, job)))
        .collect();
    let mut matches: Vec<Match> = Vec::with_capacity(jobs.len());
    for (i, m) in judged.into_iter().enumerate() {
        let m = match m {
            Some(m) => m,
            // The first printing comes earlier in the list.
            None => Match {
                b: jobs[i].2,
                ..matches[judged_as[i]].clone()
            },
        };
        matches.push(m);
    }
    matches
}

/// What a judgement depends on besides the quotation judged against: the other quotation's
/// words, its speaker and how firm that speaker is, and the aligned stretches.
type Printing<'a> = (usize, &'a str, &'a str, bool, Range<usize>, Range<usize>);

/// Judges one pair of `score`: quotation `b` against `a` of cluster `c`.
fn judge_job(
    quotes: &[Quote],
    aligned: &Aligned,
    reference_words: &[Vec<Word>],
    (c, a, b, al): &(usize, usize, usize, Cow<Alignment>),
) -> Match {
    let own;
    let words_a = if *a == aligned.clusters[*c].reference_quote {
        &reference_words[*c]
    } else {
        own = words(&quotes[*a].text);
        &own
    };
    judge(
        *c,
        (*a, &quotes[*a], words_a),
        (*b, &quotes[*b], &words(&quotes[*b].text)),
        al,
    )
}

/// The first quotation of the cluster from outside the reference's source that version `v`
/// aligns with, and that alignment (`to_reference` is `v`'s alignment with the reference).
fn other_source<'a>(
    quotes: &[Quote],
    aligned: &Aligned,
    cluster: &Cluster,
    v: usize,
    to_reference: &'a Alignment,
) -> Option<(usize, Cow<'a, Alignment>)> {
    let home = quotes[cluster.reference_quote].source.as_str();
    cluster.members.iter().find_map(|(u, _)| {
        let p = *aligned.versions[*u]
            .quotes
            .iter()
            .find(|&&p| quotes[p].source != home)?;
        let al = if *u == cluster.reference {
            Cow::Borrowed(to_reference)
        } else if *u == v {
            let whole = 0..aligned.versions[v].tokens.len();
            Cow::Owned(Alignment {
                a: whole.clone(),
                b: whole,
                coverage: 1.0,
            })
        } else {
            Cow::Owned(align_pair(
                &aligned.versions[*u].tokens,
                &aligned.versions[v].tokens,
            )?)
        };
        Some((p, al))
    })
}

/// Judges quotation `b` against `a` on the part where they overlap.
pub fn judge(
    cluster: usize,
    (ia, qa, wa): (usize, &Quote, &[Word]),
    (ib, qb, wb): (usize, &Quote, &[Word]),
    al: &Alignment,
) -> Match {
    let oa = &wa[al.a.clone()];
    let ob = &wb[al.b.clone()];
    let text_a = overlap_text(&qa.text, oa);
    let text_b = overlap_text(&qb.text, ob);
    // A bracketed word never matches a spoken one: `[the]` is the writer's, `the` the speaker's.
    fn key(w: &Word) -> (bool, &str) {
        (w.mark == Mark::Bracketed, w.norm.as_str())
    }
    let an: Vec<(bool, &str)> = oa.iter().map(key).collect();
    let bn: Vec<(bool, &str)> = ob.iter().map(key).collect();
    let ops = capture_diff_slices(Algorithm::Myers, &an, &bn);

    let mut worst: Option<Verdict> = None;
    let mut changes = Vec::new();
    let mut diff = Vec::new();
    for op in &ops {
        let (old, new) = op_ranges(op);
        let (old, new) = (&oa[old], &ob[new]);
        if matches!(op, DiffOp::Equal { .. }) {
            diff.push(DiffPiece::Same(join(&qa.text, old)));
            continue;
        }
        let kind = classify_change(old, new);
        worst = worst.max(Some(kind));
        changes.push(describe(&qa.text, old, &qb.text, new));
        if !old.is_empty() {
            diff.push(DiffPiece::Removed(join(&qa.text, old)));
        }
        if !new.is_empty() {
            diff.push(DiffPiece::Added(join(&qb.text, new)));
        }
    }
    // A diff can split one contraction over two changes (`that that is` against `that that’s`
    // as `−that; is → that’s`): spoken words that agree once contractions are expanded and
    // spellings made American are a variant, however the diff paired them.
    if worst == Some(Verdict::Reworded) {
        let expanded = |ws: &[Word]| -> Vec<String> {
            ws.iter()
                .filter(|w| w.mark == Mark::Spoken)
                .flat_map(|w| variant_forms(&w.norm))
                .collect()
        };
        if expanded(oa) == expanded(ob) {
            worst = Some(Verdict::Variant);
        }
    }
    let whole = al.a.len() == wa.len() && al.b.len() == wb.len();
    let verdict = if !qa.speaker_inferred && !qb.speaker_inferred && !same_person(&qa.speaker, &qb.speaker) {
        Verdict::Misattributed
    } else if let Some(kind) = worst {
        kind
    } else if !whole {
        Verdict::Fragment
    } else if qa.text == qb.text {
        Verdict::Identical
    } else {
        Verdict::Typographic
    };
    Match {
        cluster,
        a: ia,
        b: ib,
        verdict,
        similarity: similarity(oa, ob),
        changes: changes.join("; "),
        diff,
        text_a,
        text_b,
    }
}

fn op_ranges(op: &DiffOp) -> (std::ops::Range<usize>, std::ops::Range<usize>) {
    match *op {
        DiffOp::Equal {
            old_index,
            new_index,
            len,
        } => (old_index..old_index + len, new_index..new_index + len),
        DiffOp::Delete {
            old_index,
            old_len,
            new_index,
        } => (old_index..old_index + old_len, new_index..new_index),
        DiffOp::Insert {
            old_index,
            new_index,
            new_len,
        } => (old_index..old_index, new_index..new_index + new_len),
        DiffOp::Replace {
            old_index,
            old_len,
            new_index,
            new_len,
        } => (old_index..old_index + old_len, new_index..new_index + new_len),
    }
}

/// What kind of difference one diff hunk is.
fn classify_change(old: &[Word], new: &[Word]) -> Verdict {
    let editorial = |side: &[Word]| !side.is_empty() && side.iter().all(|w| w.mark != Mark::Spoken);
    // An ellipsis or bracketed words on one side account for whatever the other side has there.
    if editorial(old) || editorial(new) {
        return Verdict::Editorial;
    }
    // A word with letters blanked out (`f***ing`) is the writer's spelling of the spoken word.
    let censored = old.len() == new.len()
        && old
            .iter()
            .zip(new)
            .all(|(a, b)| a.norm == b.norm || censors(&a.norm, &b.norm) || censors(&b.norm, &a.norm));
    if !old.is_empty() && censored {
        return Verdict::Editorial;
    }
    let expand = |side: &[Word]| -> Vec<String> {
        side.iter()
            .filter(|w| w.mark == Mark::Spoken)
            .flat_map(|w| variant_forms(&w.norm))
            .collect()
    };
    if !old.is_empty() && !new.is_empty() && expand(old) == expand(new) {
        return Verdict::Variant;
    }
    Verdict::Reworded
}

fn describe(text_a: &str, old: &[Word], text_b: &str, new: &[Word]) -> String {
    match (old.is_empty(), new.is_empty()) {
        (false, false) => format!("{} → {}", join(text_a, old), join(text_b, new)),
        (false, true) => format!("−{}", join(text_a, old)),
        _ => format!("+{}", join(text_b, new)),
    }
}

/// The words as written, separated by single spaces.
fn join(text: &str, words: &[Word]) -> String {
    words
        .iter()
        .map(|w| &text[w.start..w.end])
        .collect::<Vec<_>>()
        .join(" ")
}

/// The quotation's own characters from the first to the last overlapping word.
fn overlap_text(text: &str, words: &[Word]) -> String {
    match (words.first(), words.last()) {
        (Some(f), Some(l)) => text[f.start..l.end].to_string(),
        _ => String::new(),
    }
}

/// Characters squared that the exact edit distance may cost (`strsim::levenshtein` is quadratic
/// in the length of what differs): about 4,000 differing characters a side. Beyond it, the
/// distance is summed over the changes of a word diff.
const EDIT_CELLS: usize = 1 << 24;

/// Similarity of the spoken words of two overlaps, in [0, 1] (normalized Levenshtein distance).
fn similarity(a: &[Word], b: &[Word]) -> f64 {
    fn spoken(s: &[Word]) -> Vec<&str> {
        s.iter()
            .filter(|w| w.mark == Mark::Spoken)
            .map(|w| w.norm.as_str())
            .collect()
    }
    let (words_a, words_b) = (spoken(a), spoken(b));
    let (a, b) = (words_a.join(" "), words_b.join(" "));
    // Most pairs of a large check agree word for word; only the others need the edit distance.
    if a == b {
        return 1.0;
    }
    // The characters the two share at either end take no edit: only what lies between them is
    // handed to the edit distance, which is quadratic in its length.
    let prefix: usize = a
        .chars()
        .zip(b.chars())
        .take_while(|(x, y)| x == y)
        .map(|(x, _)| x.len_utf8())
        .sum();
    let (rest_a, rest_b) = (&a[prefix..], &b[prefix..]);
    let suffix: usize = rest_a
        .chars()
        .rev()
        .zip(rest_b.chars().rev())
        .take_while(|(x, y)| x == y)
        .map(|(x, _)| x.len_utf8())
        .sum();
    let (mid_a, mid_b) = (&rest_a[..rest_a.len() - suffix], &rest_b[..rest_b.len() - suffix]);
    let distance = if mid_a.len().saturating_mul(mid_b.len()) <= EDIT_CELLS {
        strsim::levenshtein(mid_a, mid_b)
    } else {
        word_diff_distance(&words_a, &words_b)
    };
    let longest = a.chars().count().max(b.chars().count());
    let s = 1.0 - distance as f64 / longest as f64;
    (s * 1000.0).round() / 1000.0
}

/// An edit distance between two long word sequences joined by spaces, in time near their
/// length: the words a diff keeps cost nothing, each changed run costs the exact distance
/// between its two sides (and a run only on one side its characters and their spaces). At least
/// the exact distance, and equal to it for changes apart from each other.
fn word_diff_distance(a: &[&str], b: &[&str]) -> usize {
    let chars = |words: &[&str]| words.iter().map(|w| w.chars().count() + 1).sum::<usize>();
    capture_diff_slices(Algorithm::Myers, a, b)
        .iter()
        .map(|op| match *op {
            DiffOp::Equal { .. } => 0,
            DiffOp::Delete {
                old_index, old_len, ..
            } => chars(&a[old_index..old_index + old_len]),
            DiffOp::Insert {
                new_index, new_len, ..
            } => chars(&b[new_index..new_index + new_len]),
            DiffOp::Replace {
                old_index,
                old_len,
                new_index,
                new_len,
            } => strsim::levenshtein(
                &a[old_index..old_index + old_len].join(" "),
                &b[new_index..new_index + new_len].join(" "),
            ),
        })
        .sum()
}

/// Whether a speaker's name holds a word of institutions, media or places (`CNN`, `White House`).
pub fn is_institution(name: &str) -> bool {
    name.split(|c: char| !c.is_alphanumeric())
        .any(|t| crate::lexicon::is_not_person_word(&t.to_lowercase()))
}

/// Whether two speaker names can be one person (`Trump`, `Donald Trump`). Unknown speakers can,
/// and so can names of institutions, media and places (`CNN`, `the Rose Garden`): a newspaper
/// quoting a person is not a different speaker.
pub fn same_person(a: &str, b: &str) -> bool {
    a.is_empty() || b.is_empty() || is_institution(a) || is_institution(b) || share_a_name(a, b)
}

/// Whether two speaker names can name one person: the surname of one is a word of the other
/// (`Trump`, `Donald Trump`, `Felipe Calderón`, `Calderon`). A first name in common is not
/// enough (`John Kerry`, `John McCain`).
pub fn share_a_name(a: &str, b: &str) -> bool {
    // Most pairs of a large check quote one speaker under one name: nothing to compare.
    if a == b {
        return crate::words::name_words(a).any(|w| w.chars().count() > 1);
    }
    let words = |s: &str| -> Vec<String> {
        crate::words::name_words(s)
            .filter(|w| w.chars().count() > 1)
            .collect()
    };
    let (wa, wb) = (words(a), words(b));
    wa.last().is_some_and(|s| wb.contains(s)) || wb.last().is_some_and(|s| wa.contains(s))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::types::Severity;
    use crate::words::words;

    fn quote(text: &str, speaker: &str) -> Quote {
        Quote::for_test("s", 0, text, speaker)
    }

    #[test]
    fn speakers_share_a_name_by_the_surname() {
        assert!(share_a_name("Donald Trump", "Donald Trump"));
        assert!(share_a_name("Trump", "Donald Trump"));
        assert!(share_a_name("Felipe Calderón", "Calderon"));
        assert!(!share_a_name("John Kerry", "John McCain"));
        // Initials alone name nobody, however alike.
        assert!(!share_a_name("J.", "J."));
        assert!(!share_a_name("", ""));
    }

    #[test]
    fn similarity_is_the_normalized_edit_distance_of_the_spoken_words() {
        // Shared ends of every kind: repeated letters at the seam, accents, a change at either
        // end, one text inside the other.
        let pairs = [
            ("Seoul must understand the risk", "Seoul must realize the risk"),
            ("we will win", "we will not win"),
            ("aaa bbb aaa", "aaa aaa"),
            ("Calderón said no", "Calderon said no"),
            ("first words differ here", "other words differ here"),
            ("the same start, another end", "the same start, a new end"),
            ("short", "a much longer short"),
        ];
        for (a, b) in pairs {
            let (wa, wb) = (words(a), words(b));
            let joined = |w: &[Word]| w.iter().map(|w| w.norm.as_str()).collect::<Vec<_>>().join(" ");
            let expected = strsim::normalized_levenshtein(&joined(&wa), &joined(&wb));
            assert_eq!(
                similarity(&wa, &wb),
                (expected * 1000.0).round() / 1000.0,
                "{a} / {b}"
            );
        }
    }

    #[test]
    fn long_texts_take_the_edit_distance_of_their_word_diff() {
        let join = |w: &[&str]| w.join(" ");
        // Changes apart from each other: the exact distance; near each other: never less.
        let (a, b) = (
            ["we", "will", "build", "the", "levee", "again"],
            ["we", "shall", "build", "the", "dam", "again"],
        );
        assert_eq!(
            word_diff_distance(&a, &b),
            strsim::levenshtein(&join(&a), &join(&b))
        );
        for (a, b) in [
            (vec!["aaa", "bbb", "aaa"], vec!["aaa", "aaa"]),
            (vec!["short"], vec!["a", "much", "longer", "short"]),
            (
                vec!["first", "words", "differ"],
                vec!["other", "word", "differs", "here"],
            ),
        ] {
            assert!(word_diff_distance(&a, &b) >= strsim::levenshtein(&join(&a), &join(&b)));
        }
        // Past the exact distance's budget, similarity is read from the word diff: a speech of
        // 6,000 words with `x y x` printed as `y x y` every hundred words. The diff keeps `y x`
        // and deletes and inserts a word around it (4 characters); the exact distance is three
        // substitutions, which would round to another similarity.
        let speech: Vec<String> = (0..6_000).map(|i| format!("w{}", i % 97)).collect();
        let (mut ta, mut tb) = (speech.clone(), speech);
        let swaps = (0..ta.len()).step_by(100).count();
        for i in (0..ta.len()).step_by(100) {
            ta[i..i + 3].clone_from_slice(&["x".into(), "y".into(), "x".into()]);
            tb[i..i + 3].clone_from_slice(&["y".into(), "x".into(), "y".into()]);
        }
        let (ta, tb) = (ta.join(" "), tb.join(" "));
        assert!(ta.len() * tb.len() > EDIT_CELLS);
        let (wa, wb) = (words(&ta), words(&tb));
        let (na, nb): (Vec<&str>, Vec<&str>) = (
            wa.iter().map(|w| w.norm.as_str()).collect(),
            wb.iter().map(|w| w.norm.as_str()).collect(),
        );
        let distance = word_diff_distance(&na, &nb);
        assert_eq!(distance, 4 * swaps);
        let longest = ta.chars().count().max(tb.chars().count());
        let rounded = |d: usize| ((1.0 - d as f64 / longest as f64) * 1000.0).round() / 1000.0;
        assert_ne!(rounded(distance), rounded(3 * swaps));
        assert_eq!(similarity(&wa, &wb), rounded(distance));
    }

    /// Judges `b` against `a`, aligning them with the real aligner.
    fn judge_texts(a: &str, sa: &str, b: &str, sb: &str) -> Match {
        let (qa, qb) = (quote(a, sa), quote(b, sb));
        let (wa, wb) = (words(a), words(b));
        let versions = crate::align::versions_of_texts(&[a, b]);
        let al = crate::align::align_pair(&versions[0].tokens, &versions[1].tokens).expect("aligned");
        judge(0, (0, &qa, &wa), (1, &qb, &wb), &al)
    }

    #[test]
    fn a_reprinted_quotation_is_judged_once_per_wording_and_speaker_evidence() {
        let text = "We will rebuild every bridge in the county before the winter";
        let mut quotes: Vec<Quote> = ["a.txt", "b.txt", "c.txt", "d.txt", "e.txt", "f.txt"]
            .iter()
            .enumerate()
            .map(|(i, s)| Quote::for_test(s, i, text, if i < 3 { "Ann Lee" } else { "Tom Ford" }))
            .collect();
        // One printing gives the other name only as a guess: that is no misattribution.
        quotes[4].speaker_inferred = true;
        let aligned = crate::align::align(&quotes);
        let verdicts: Vec<(usize, Verdict)> = score(&quotes, &aligned)
            .iter()
            .map(|m| (m.b, m.verdict))
            .collect();
        assert_eq!(
            verdicts,
            [
                (1, Verdict::Identical),
                (2, Verdict::Identical),
                (3, Verdict::Misattributed),
                (4, Verdict::Identical),
                (5, Verdict::Misattributed)
            ]
        );
    }

    #[test]
    fn a_contraction_the_diff_splits_is_still_a_variant() {
        let m = judge_texts(
            "Gogouk any with prioritise klojeploun these roskai chuntzhaflil zhozhentkent must fichark \
             nengaixpla kliktrol so have and that that is must. Lenplo their zhouprol.",
            "Ann Lee",
            "Gogouk any with prioritize klojeploun these roskai chuntzhaflil zhozhentkent must fichark \
             nengaixpla kliktrol so have and that that’s must. Lenplo their zhouprol.",
            "Ann Lee",
        );
        assert_eq!(m.verdict, Verdict::Variant, "{}", m.changes);
    }

    #[test]
    fn censored_spelling_is_editorial() {
        let m = judge_texts(
            "I am not going to pay for that f***ing wall!",
            "Fox",
            "I am not going to pay for that fucking wall,",
            "Fox",
        );
        assert_eq!(m.verdict, Verdict::Editorial);
    }

    #[test]
    fn identical_characters() {
        let m = judge_texts(
            "We will respond in every way.",
            "Rudenko",
            "We will respond in every way.",
            "Rudenko",
        );
        assert_eq!(m.verdict, Verdict::Identical);
        assert_eq!(m.similarity, 1.0);
    }

    #[test]
    fn typographic_glyphs_case_and_punctuation() {
        let m = judge_texts(
            "It’s a little bit of gaslighting — there.",
            "",
            "it's a little bit of gaslighting there",
            "",
        );
        assert_eq!(m.verdict, Verdict::Typographic);
    }

    #[test]
    fn ellipsis_glyphs_are_typographic() {
        let m = judge_texts(
            "will... [make] decisions which are unlikely",
            "Putin",
            "will… [make] decisions which are unlikely",
            "Putin",
        );
        assert_eq!(m.verdict, Verdict::Typographic);
        assert_eq!(m.verdict.severity(), Severity::None);
    }

    #[test]
    fn omitted_words_marked_by_an_ellipsis_are_editorial() {
        let m = judge_texts(
            "the possible use of South Korean weapons to kill Russian citizens will destroy relations",
            "",
            "the possible use of South Korean weapons … will destroy relations",
            "",
        );
        assert_eq!(m.verdict, Verdict::Editorial);
    }

    #[test]
    fn bracketed_insertions_are_editorial() {
        let m = judge_texts(
            "he will make decisions that matter to us",
            "",
            "he will [make] decisions that [really] matter to us",
            "",
        );
        assert_eq!(m.verdict, Verdict::Editorial);
        let m = judge_texts(
            "does not plan aggression against the DPRK which means",
            "",
            "does not plan aggression against [North Korea] which means",
            "",
        );
        assert_eq!(m.verdict, Verdict::Editorial);
    }

    #[test]
    fn fragment_of_a_longer_quotation() {
        let m = judge_texts(
            "a big mistake if it arms Ukraine in the war against Russia.",
            "Putin",
            "a big mistake",
            "Putin",
        );
        assert_eq!(m.verdict, Verdict::Fragment);
        assert_eq!(m.text_a, "a big mistake");
    }

    #[test]
    fn contractions_and_spellings_are_variants() {
        let m = judge_texts(
            "It is a matter of national defence and we realise it",
            "",
            "It's a matter of national defense and we realize it",
            "",
        );
        assert_eq!(m.verdict, Verdict::Variant, "{}", m.changes);
        assert_eq!(m.verdict.severity(), Severity::Warning);
    }

    #[test]
    fn substituted_words_are_reworded_with_changes() {
        let m = judge_texts(
            "Seoul must understand that the potential use of South Korean weapons to kill Russian citizens will irreparably destroy relations between our countries.",
            "Andrey Rudenko",
            "Seoul must realize that the possible use of South Korean weapons to kill Russian citizens will fully destroy relations between our countries,",
            "Rudenko",
        );
        assert_eq!(m.verdict, Verdict::Reworded);
        assert_eq!(m.severity(), Severity::Error);
        assert_eq!(
            m.changes,
            "understand → realize; potential → possible; irreparably → fully"
        );
        assert!(m.similarity < 1.0 && m.similarity > 0.8);
    }

    #[test]
    fn deleted_word_is_reworded() {
        let m = judge_texts(
            "we will never accept this deal under any circumstances",
            "",
            "we will accept this deal under any circumstances",
            "",
        );
        assert_eq!(m.verdict, Verdict::Reworded);
        assert_eq!(m.changes, "−never");
    }

    #[test]
    fn same_words_different_speakers_are_misattributed() {
        let m = judge_texts(
            "They could end this war today by withdrawing their troops",
            "Patrick Ryder",
            "They could end this war today by withdrawing their troops",
            "John Kirby",
        );
        assert_eq!(m.verdict, Verdict::Misattributed);
        assert_eq!(m.severity(), Severity::Error);
    }

    #[test]
    fn surname_and_full_name_are_one_person() {
        assert!(same_person("Trump", "Donald Trump"));
        assert!(same_person("", "Donald Trump"));
        assert!(!same_person("Patrick Ryder", "John Kirby"));
        // A first name in common is two people; a surname with or without accents is one.
        assert!(!same_person("John Kerry", "John McCain"));
        assert!(same_person("Felipe Calderón", "Calderon"));
        assert!(same_person("Todd Akin", "KTVI News"));
        // An outlet or an event is never a different person.
        assert!(same_person("Adam Schiff", "BuzzFeed"));
        assert!(same_person(
            "Glenn Beck",
            "Conservative Political Action Conference"
        ));
    }
}
