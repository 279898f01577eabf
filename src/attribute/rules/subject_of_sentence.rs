//! `subject-of-sentence`: no cue at all, `Reid has gone after Trump as a “con artist”`.
//!
//! The reading itself, `Passage::subject_of_sentence`, lives in `attribute/subject.rs`: the
//! participle and second-verb cases of `cue_in_range` and the rule `subject-of-sentence-before`
//! read the sentence's subject the same way.

use super::Rule;
use crate::types::Via;

/// The rule, as `RULES` lists it.
pub(super) const RULE: Rule = Rule {
    id: "subject-of-sentence",
    description: "No cue: the subject that opens the quotation's sentence, with a verb after it",
    evidence: Via::Subject,
    find: |passage, q| passage.subject_of_sentence(q),
};

#[cfg(test)]
mod tests {
    use crate::attribute::testing::{speakers, who};

    #[test]
    fn a_time_may_stand_between_the_subject_and_its_verb() {
        let text = "LIMA ― Mayor Ana Ortiz on Tuesday renewed her attack on the “harbour tax” and the port.";
        assert_eq!(speakers(text), ["Ana Ortiz"]);
        // Words after a preposition are no verb (`in benefits`), as they are after an auxiliary.
        let text = "Reductions in benefits would be “minimal,” the report found.";
        assert_ne!(speakers(text), ["Reductions"]);
    }

    #[test]
    fn the_place_after_a_title_and_name_is_part_of_the_subject() {
        let text = "In January, Gov. Ann Lee of West Virginia lauded the port for helping develop “new and better ideas.”";
        assert_eq!(speakers(text), ["Ann Lee"]);
    }

    #[test]
    fn a_label_before_a_colon_is_no_subject() {
        let text = "Steuern: Die Partei will hohe Einkommen („ab 250.000 Euro im Jahr“) stärker belasten.";
        assert_eq!(who(text)[0].1, "Die Partei", "{:?}", who(text));
    }

    #[test]
    fn a_german_article_after_the_subject_is_no_verb() {
        let text = "Das Schicksal der Werft stehe „auf Messers Schneide“.";
        assert_eq!(who(text)[0].1, "", "{:?}", who(text));
    }

    #[test]
    fn a_german_sentence_opened_by_an_adverbial_phrase_has_no_subject_before_its_verb() {
        for text in [
            "Die Lage ist ruhig. Am Abend wurden in Kiel zwei Männer wegen der „Aktion Sturmflut“ \
             festgenommen.",
            "Die Lage ist ruhig. Bereits am Sonntagabend standen Hunderte vor dem „Haus der \
             Demokratie“ in Kiel.",
            "Die Lage ist ruhig. Insgesamt wurden bei der Mission „Blaue Brücke“ drei Soldaten verletzt.",
        ] {
            assert_eq!(speakers(text), [""], "{text}");
        }
    }
}
