//! One judged pair: the word diff of two quotations' overlap, and the verdict it earns.

use similar::{Algorithm, DiffOp, capture_diff_slices};

use super::house_style::{HouseStyle, cut_contraction, spoken_forms};
use super::similarity::similarity;
use crate::align::Alignment;
use crate::align::speakers::{same_person, share_a_name};
use crate::types::{DiffPiece, Match, Quote, QuoteKind, Verdict};
use crate::words::{Mark, Word, censors, variant_forms};

/// Judges quotation `b` against `a` on the part where they overlap, `style` telling which
/// differences are the house's (see [`HouseStyle`]).
pub(super) fn judge(
    cluster: usize,
    (ia, qa, wa): (usize, &Quote, &[Word]),
    (ib, qb, wb): (usize, &Quote, &[Word]),
    al: &Alignment,
    style: &HouseStyle,
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
        let (old_range, new_range) = op_ranges(op);
        let (old, new) = (&oa[old_range.clone()], &ob[new_range.clone()]);
        if matches!(op, DiffOp::Equal { .. }) {
            diff.push(DiffPiece::Same(join(&qa.text, old)));
            continue;
        }
        let mut kind = classify_change(old, new, style);
        if kind == Verdict::Reworded {
            let opens = old_range.start == 0 && new_range.start == 0;
            let closes = old_range.end == oa.len() && new_range.end == ob.len();
            // A contraction cut by the edge of a quotation or of the overlap (`It’s not enough`
            // against `it is not enough` aligned from `is`): the words one side lacks are beyond
            // its edge, in its quotation or outside it.
            let beyond = |whole: &[Word], edge: usize, at_end: bool, lacking: &[String]| {
                let outside = if at_end { &whole[edge..] } else { &whole[..edge] };
                let forms = spoken_forms(outside);
                outside.is_empty()
                    || (at_end && forms.starts_with(lacking))
                    || (!at_end && forms.ends_with(lacking))
            };
            let (a_start, b_start) = (al.a.start, al.b.start);
            let (a_end, b_end) = (al.a.start + oa.len(), al.b.start + ob.len());
            let cut = [false, true].into_iter().any(|at_end| {
                (if at_end { closes } else { opens })
                    && (cut_contraction(old, new, at_end).is_some_and(|lacking| {
                        beyond(wa, if at_end { a_end } else { a_start }, at_end, &lacking)
                    }) || cut_contraction(new, old, at_end).is_some_and(|lacking| {
                        beyond(wb, if at_end { b_end } else { b_start }, at_end, &lacking)
                    }))
            });
            if cut {
                kind = Verdict::Variant;
            }
        }
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
    // as `−that; is → that’s`), or a compound (`state funded` against `state-funded`): spoken
    // words that agree once contractions are expanded, spellings made American and house style
    // folded are a variant, however the diff paired them.
    if worst == Some(Verdict::Reworded) && style.fold(oa) == style.fold(ob) {
        worst = Some(Verdict::Variant);
    }
    let whole = al.a.len() == wa.len() && al.b.len() == wb.len();
    // Two readings of one name (`Die Wiener Linien` resolved to two entities that hold it) are
    // no accusation either.
    let one_name = share_a_name(&qa.speaker_mention, &qb.speaker_mention);
    // The accusation is about one statement given to two people: both are statements, not a
    // phrase woven into the writer's sentence that anyone may repeat (`“stand up and be
    // counted”`), and their shared words agree (`I'm a big fan of Paul` is not `… of Elizabeth
    // Warren`).
    let statements = qa.kind == QuoteKind::Quote && qb.kind == QuoteKind::Quote;
    let same_words = worst.is_none_or(|w| w <= Verdict::Variant);
    let verdict = if statements
        && same_words
        && named_at_cue(qa)
        && named_at_cue(qb)
        && !one_name
        && !same_person(&qa.speaker, &qb.speaker)
    {
        Verdict::Misattributed
    } else if let Some(kind) = worst {
        kind
    } else if !whole {
        Verdict::Fragment
    } else if same_characters(&qa.text, &qb.text) {
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

/// Whether two quotations print the same characters, a line break of wrapped text (with the
/// white space around it) counting as the one space it stands for.
fn same_characters(a: &str, b: &str) -> bool {
    let breaks = |t: &str| t.contains(['\n', '\r']);
    if !breaks(a) && !breaks(b) {
        return a == b;
    }
    unwrapped(a) == unwrapped(b)
}

/// `text` with each run of white space that holds a line break made one space.
fn unwrapped(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut run = String::new();
    for c in text.chars() {
        if c.is_whitespace() {
            run.push(c);
            continue;
        }
        if run.contains(['\n', '\r']) {
            out.push(' ');
        } else {
            out.push_str(&run);
        }
        run.clear();
        out.push(c);
    }
    out + if run.contains(['\n', '\r']) { " " } else { &run }
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
fn classify_change(old: &[Word], new: &[Word], style: &HouseStyle) -> Verdict {
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
    if !old.is_empty()
        && !new.is_empty()
        && (expand(old) == expand(new) || style.fold(old) == style.fold(new))
    {
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

/// Whether a quotation's speaker is named at a cue of its own: firm evidence (not inferred), and
/// the words at the cue are the speaker's name, not a pronoun or a description resolved to it
/// (`she said` in a copy that lost the paragraph naming her). Only such speakers can make a
/// `misattributed`, which accuses a source of giving words to the wrong person.
pub(super) fn named_at_cue(q: &Quote) -> bool {
    !q.speaker_inferred && (q.speaker_mention.is_empty() || share_a_name(&q.speaker_mention, &q.speaker))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::types::Severity;
    use crate::words::words;

    fn quote(text: &str, speaker: &str) -> Quote {
        Quote::for_test("s", 0, text, speaker)
    }

    /// Judges `b` against `a`, aligning them with the real aligner.
    fn judge_texts(a: &str, sa: &str, b: &str, sb: &str) -> Match {
        let (qa, qb) = (quote(a, sa), quote(b, sb));
        let (wa, wb) = (words(a), words(b));
        let versions = crate::align::versions_of_texts(&[a, b]);
        let al = crate::align::align_pair(&versions[0].words, &versions[1].words).expect("aligned");
        judge(0, (0, &qa, &wa), (1, &qb, &wb), &al, &HouseStyle::built_in())
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
        // A line break of wrapped text is the space it stands for; two spaces are not one.
        let wrapped = "We will respond\r\n   in every\nway.";
        let m = judge_texts(wrapped, "Rudenko", "We will respond in every way.", "Rudenko");
        assert_eq!(m.verdict, Verdict::Identical);
        let m = judge_texts("We will  respond in every way.", "Rudenko", wrapped, "Rudenko");
        assert_eq!(m.verdict, Verdict::Typographic);
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
    fn house_style_compounds_and_titles_are_variants() {
        for (a, b) in [
            (
                "we need a simpler tax filing system for every working family",
                "we need a simpler tax-filing system for every working family",
            ),
            (
                "the state funded clinics will close their doors in the spring",
                "the state-funded clinics will close their doors in the spring",
            ),
            (
                "Senator Smith will vote against the bill when it comes up",
                "Sen. Smith will vote against the bill when it comes up",
            ),
        ] {
            let m = judge_texts(a, "Ann Lee", b, "Ann Lee");
            assert_eq!(m.verdict, Verdict::Variant, "{}", m.changes);
        }
    }

    #[test]
    fn a_contraction_cut_by_the_quotations_edge_is_a_variant() {
        // `it “is a shame …”` against `“It’s a shame …”`.
        let m = judge_texts(
            "is a shame that the council refused to act on the flooding",
            "Ann Lee",
            "It’s a shame that the council refused to act on the flooding",
            "Ann Lee",
        );
        assert_eq!(m.verdict, Verdict::Variant, "{}", m.changes);
        // Inside the quotation the same change is a rewording.
        let m = judge_texts(
            "and it is a shame that the council refused to act on the flooding",
            "Ann Lee",
            "and It’s a shame that the council refused to act on the flooding",
            "Ann Lee",
        );
        assert_ne!(m.verdict, Verdict::Reworded, "{}", m.changes);
        let m = judge_texts(
            "and so is a shame that the council refused to act on the flooding",
            "Ann Lee",
            "and so It’s a shame that the council refused to act on the flooding",
            "Ann Lee",
        );
        assert_eq!(m.verdict, Verdict::Reworded, "{}", m.changes);
        // The overlap, not the quotation, cuts the contraction: the lacking `it` is just
        // outside it.
        let m = judge_texts(
            "It is going to be a very good year. But it is not enough just to not suck as much as the other side.",
            "Ann Lee",
            "It’s not enough just to not suck as much as the other side,",
            "Ann Lee",
        );
        assert_eq!(m.verdict, Verdict::Variant, "{}", m.changes);
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
    fn a_phrase_or_other_words_are_no_ground_for_misattributed() {
        // A phrase woven into the writer's sentence, which anyone may repeat.
        let text = "it is time to stand up and be counted on this";
        let a = quote(text, "Brian Walsh");
        let mut b = quote(text, "Richard Cross");
        b.kind = QuoteKind::Fragment;
        let versions = crate::align::versions_of_texts(&[text, text]);
        let al = crate::align::align_pair(&versions[0].words, &versions[1].words).expect("aligned");
        let w = words(text);
        assert_eq!(
            judge(
                0,
                (0, &a, &w),
                (1, &b, &w),
                &al,
                &crate::score::house_style::BUILT_IN
            )
            .verdict,
            Verdict::Identical
        );
        // Two statements that share only some of their words.
        let m = judge_texts(
            "Trump is going to continue to gain strength and he is going to win this election in November",
            "Jeff Sessions",
            "Clinton is going to continue to gain strength and she is going to win this election in November",
            "Bill Clinton",
        );
        assert_eq!(m.verdict, Verdict::Reworded);
    }

    #[test]
    fn a_pronoun_or_description_at_the_cue_is_no_ground_for_misattributed() {
        let mut a = Quote::for_test(
            "a.txt",
            0,
            "We will rebuild the bridge before winter",
            "Ana Ortiz",
        );
        let mut b = Quote::for_test("b.txt", 0, "We will rebuild the bridge before winter", "Lee Park");
        a.speaker_mention = "Ortiz".into();
        b.speaker_mention = "she".into();
        assert!(named_at_cue(&a));
        assert!(!named_at_cue(&b));
        b.speaker_mention = "the mayor".into();
        assert!(!named_at_cue(&b));
        b.speaker_mention = "Mayor Lee Park".into();
        assert!(named_at_cue(&b));
        // One name at both cues, resolved to two entities that hold it, is one name read twice.
        assert!(share_a_name("Die Wiener Linien", "Die Wiener Linien"));
    }
}
