//! `label-before`: `Clinton: “…”`, as a transcript labels its speakers.

use super::{Hit, Rule};
use crate::attribute::doc::Passage;
use crate::attribute::grammar::{is_possessive, is_title_word};
use crate::attribute::mentions::MentionKind;
use crate::types::Via;

/// The rule, as `RULES` lists it.
pub(super) const RULE: Rule = Rule {
    id: "label-before",
    description: "A name alone before a colon, opening its sentence, labels the words after it",
    evidence: Via::Cue,
    find: |passage, q| passage.label_before(q),
};

impl Passage<'_> {
    /// `Clinton: “…”`, `Sen. Ortiz: “…”`: a name alone before a colon, opening its sentence,
    /// labels the words that follow as a transcript does. Not in a headline (`Santorum: ‘Phony
    /// theology’`), which names its subject that way whether or not the words are theirs.
    fn label_before(&self, q: usize) -> Option<Hit> {
        if q < 2 || !self.is_punct(q - 1, &[':']) || self.tokens[q].paragraph == 0 {
            return None;
        }
        let m = self.mention_ending_at(q - 2)?;
        // Where the colon ends the paragraph, the quotation opens a sentence of its own: the
        // label must open the sentence the name stands in (`… the scene in Springfield:`).
        let start = self.sentence_start(m.first);
        // `two-names-label-together`: `Ana Ortiz and Bo Lind: “…”` labels the words of both;
        // the label opens at the first name.
        let first = (m.first >= start + 2 && matches!(self.lower(m.first - 1), "and" | "&"))
            .then(|| self.mention_ending_at(m.first - 2))
            .flatten()
            .filter(|other| matches!(other.kind, MentionKind::Name { .. }) && other.first >= start)
            .map_or(m.first, |other| other.first);
        // `a-label-after-a-run-in-heading`: a heading that runs into the paragraph ends at a
        // dash, and the label opens what follows it (`POLLS TIGHTEN - Ana Ortiz: “…”`).
        let opening = (start..first)
            .rev()
            .find(|&i| !is_title_word(self.lower(i)))
            .is_none_or(|i| i > start && self.is_punct(i, &['—', '–', '-']));
        (matches!(m.kind, MentionKind::Name { .. }) && !is_possessive(self.tokens[m.last].lower) && opening)
            .then(|| Hit {
                mention: m,
                cue: ":".to_string(),
            })
    }
}

#[cfg(test)]
mod tests {
    use crate::attribute::testing::speakers;

    #[test]
    fn a_name_before_a_colon_labels_the_words_after_it() {
        let text = "The two differ on the war.\n\nOrtiz: “Our goal is to end it.” Sen. Bo Lind: “The mission \
                    is to win it.”";
        assert_eq!(speakers(text), ["Ortiz", "Bo Lind"]);
        // A headline names its subject that way too, whoever spoke.
        assert_eq!(speakers("Ortiz: “Phony theology”\n\nThe debate went on."), [""]);
    }

    #[test]
    fn a_label_after_a_run_in_heading() {
        let text = "The polls moved.\n\nHARBOUR TOWNS OUTVOTE INLAND TOWNS FOR THE FIRST TIME - Ana Ortiz: \
                    “Fewer voters came than in any year.” [Blog.]";
        assert_eq!(speakers(text), ["Ana Ortiz"]);
        // Two names label the words together, after a heading too.
        let text = "The polls moved.\n\nTURNOUT FELL IN THE NORTH - Ana Ortiz and Bo Lind: “Fewer voters \
                    came than in any year.” [Blog.]";
        assert_eq!(speakers(text), ["Bo Lind"]);
        let text = "The two differ on the war.\n\nAna Ortiz and Bo Lind: “We will not vote for it.”";
        assert_eq!(speakers(text), ["Bo Lind"]);
        // Without the dash the name ends a longer sentence and labels nothing.
        let text = "The polls moved.\n\nTurnout was low in the north for Ana Ortiz: “Fewer voters came.”";
        assert_ne!(speakers(text), ["Ana Ortiz"]);
    }

    #[test]
    fn a_name_ending_a_longer_sentence_before_a_colon_is_no_label() {
        // A place at the end of a clause, the colon closing its paragraph, labels nothing.
        let text = "The town was calm.\n\nAs one reporter wrote after the police left Springfield:\n\n\
                    “The council has done almost nothing with the files.”";
        assert_ne!(speakers(text), ["Springfield"]);
        // A name alone in its paragraph still labels the words that follow.
        let text = "The two differ on the war.\n\nSen. Bo Lind:\n\n“The mission is to win it.”";
        assert_eq!(speakers(text), ["Bo Lind"]);
    }
}
