//! `continuation`: a quotation without a cue continues the speech of a neighbour (`“…,” Ryder
//! said. Then came rain; “and more rain” fell.`).

use super::Pass;
use crate::attribute::doc::Passage;
use crate::types::{Attribution, Via};

/// The pass, as `CONTINUATION` names it.
pub(super) const PASS: Pass = Pass {
    id: "continuation",
    description: "A quotation without a cue continues the speech of a neighbouring quotation",
    evidence: Via::Continuation,
    run: inherit_from_neighbours,
};

/// Quotations without a cue continue the speech of a neighbour: an earlier quotation of the same
/// paragraph, a later one of the same sentence, or the last one of the previous paragraph when
/// the quotation opens its paragraph.
fn inherit_from_neighbours(passage: &Passage, found: &mut [Option<Attribution>]) {
    let continuation = |a: &Attribution| Attribution {
        via: PASS.evidence,
        ..a.clone()
    };
    let paragraph = |q: usize| passage.tokens[passage.quote_tokens[q]].paragraph;
    let sentence = |q: usize| passage.tokens[passage.quote_tokens[q]].sentence;
    // The nearest neighbours with an attribution are carried along in one pass each way, so that
    // a long run of quotations without a cue is not read again for each of them.
    let mut later_in_sentence = vec![None; found.len()];
    let mut next = None;
    for q in (0..found.len()).rev() {
        later_in_sentence[q] = next.filter(|&n| sentence(n) == sentence(q));
        if found[q].is_some() {
            next = Some(q);
        }
    }
    // The last quotation so far with an attribution, its own or inherited.
    let mut earlier = None;
    for q in 0..found.len() {
        if found[q].is_none() {
            let par = paragraph(q);
            let earlier_in_paragraph = earlier.filter(|&p| paragraph(p) == par);
            let previous_paragraph = q
                .checked_sub(1)
                .filter(|&p| passage.opens_paragraph(passage.quote_tokens[q]) && paragraph(p) + 1 == par);
            let inherited = earlier_in_paragraph
                .or(later_in_sentence[q])
                .or(previous_paragraph)
                .and_then(|n| found[n].as_ref())
                .map(continuation);
            found[q] = inherited;
        }
        if found[q].is_some() {
            earlier = Some(q);
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::attribute::attribute;
    use crate::extract::{extract, paragraphs};
    use crate::types::Via;

    #[test]
    fn quotations_without_a_cue_continue_a_neighbours_speech() {
        let via = |text: &str| -> Vec<(String, Option<Via>)> {
            let pars = paragraphs(text);
            let spans = extract(text, &pars);
            attribute(text, &pars, &spans)
                .into_iter()
                .map(|a| a.map_or((String::new(), None), |a| (a.speaker, Some(a.via))))
                .collect()
        };
        let cont = |s: &str| (s.to_string(), Some(Via::Continuation));
        let cue = |s: &str| (s.to_string(), Some(Via::Cue));
        // An earlier quotation of the same paragraph, over others without a cue.
        let text = "Title\n\nThe levee held. “It held,” Ana Ruiz said. Then came rain; “and more rain” and \
                    “more still” fell.";
        assert_eq!(via(text), [cue("Ana Ruiz"), cont("Ana Ruiz"), cont("Ana Ruiz")]);
        // A later one of the same sentence.
        let text = "Title\n\nThe levee held; “so far” and “for now,” said Ana Ruiz.";
        assert_eq!(via(text), [cont("Ana Ruiz"), cue("Ana Ruiz")]);
        // The last one of the paragraph before, when the quotation opens its paragraph.
        let text = "Title\n\nRain fell. Ana Ruiz said the levee “held for now.”\n\n“It will hold in May.”";
        assert_eq!(via(text), [cue("Ana Ruiz"), cont("Ana Ruiz")]);
        // Not one of a paragraph further back, nor of the one before when the quotation does
        // not open its paragraph.
        let text =
            "Title\n\nAna Ruiz said the levee “held for now.”\n\nThe levee held.\n\n“It will hold in May.”";
        assert_eq!(via(text)[1], (String::new(), None));
        let text = "Title\n\nAna Ruiz said the levee “held for now.”\n\nand then “more still” came.";
        assert_eq!(via(text)[1], (String::new(), None));
    }
}
