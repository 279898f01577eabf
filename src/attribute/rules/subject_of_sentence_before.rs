//! `subject-of-sentence-before`: `Tiegen was also troubled by the emails. ¶ “Her lack of respect
//! …”`.

use super::{Hit, Rule};
use crate::attribute::doc::{Passage, TokKind};
use crate::attribute::mentions::MentionKind;
use crate::types::Via;

/// The rule, as `RULES` lists it.
pub(super) const RULE: Rule = Rule {
    id: "subject-of-sentence-before",
    description: "A quotation opening its sentence with no cue anywhere: the subject of the sentence before",
    evidence: Via::Subject,
    find: |passage, q| passage.subject_of_sentence_before(q),
};

impl Passage<'_> {
    /// A quotation that opens its sentence with no cue anywhere, after a sentence that its
    /// subject opens, is that subject's, when no quotation stands between them in the paragraph
    /// of that sentence (`Tiegen was also troubled by the emails. ¶ “Her lack of respect …”`,
    /// `Die SPD will am Kurs festhalten. „Wir wollen …“`).
    fn subject_of_sentence_before(&self, tok: usize) -> Option<Hit> {
        if tok == 0 || !self.starts_sentence(tok) {
            return None;
        }
        let last = tok - 1;
        let par = self.tokens[last].paragraph;
        let quoted = (0..=last)
            .rev()
            .take_while(|&i| self.tokens[i].paragraph == par)
            .any(|i| matches!(self.tokens[i].kind, TokKind::Quote(_)));
        if self.tokens[tok].paragraph > par + 1 {
            return None;
        }
        if !quoted {
            return self.subject_of_sentence(last);
        }
        // `a-new-person-takes-over`: after a quotation of the paragraph, a sentence with no
        // quotation of its own whose subject is a person named in full (two words or more) brings
        // in a new speaker, and the quotation right after it is theirs (`„…“, sagte die
        // Ministerin. Ihr Sprecher Paul Roth war eingeweiht. „…“`).
        let start = self.sentence_start(last);
        if (start..=last).any(|i| matches!(self.tokens[i].kind, TokKind::Quote(_))) {
            return None;
        }
        self.subject_of_sentence(last)
            .filter(|hit| matches!(&hit.mention.kind, MentionKind::Name { name } if name.len() >= 2))
    }
}

#[cfg(test)]
mod tests {
    use crate::attribute::testing::{speakers, who};

    #[test]
    fn a_quotation_without_a_cue_is_the_subject_of_the_sentence_before() {
        let text = "The inquiry closed last week.\n\nSenator Ana Ortiz was also troubled by the handling of the \
                    files.\n\n“Her lack of respect for secret information puts lives in jeopardy.”";
        assert_eq!(speakers(text), ["Ana Ortiz"]);
        // In the same paragraph too.
        let text = "The inquiry closed last week.\n\nSenator Ana Ortiz was also troubled by the handling of \
                    the files. “Her lack of respect for secret information puts lives in jeopardy.”";
        assert_eq!(speakers(text), ["Ana Ortiz"]);
        // Not when that paragraph quotes someone: its speaker goes on.
        let text = "The inquiry closed last week.\n\nSenator Ana Ortiz listened as Bo Lind called the leak \
                    “a disgrace to the service.”\n\n“Her lack of respect for secret information puts lives in \
                    jeopardy.”";
        assert_eq!(speakers(text), ["Bo Lind", "Bo Lind"]);
    }

    #[test]
    fn a_person_named_in_full_after_a_quotation_takes_over() {
        // `a-new-person-takes-over`.
        let text = "Der Hafen bleibt zu. „Wir warten auf das Gutachten“, sagte die Ministerin. Ihr \
                    Staatssekretär Paul Roth war seit langem in die Pläne eingeweiht. „Der Hafen öffnet \
                    frühestens im Mai.“";
        assert!(speakers(text)[1].ends_with("Paul Roth"), "{:?}", who(text));
        let text = "The port stays closed. “We are waiting for the report,” the minister said. Deputy \
                    minister Paul Roth had long known of the plans. “The port opens in May at the earliest.”";
        assert!(speakers(text)[1].ends_with("Paul Roth"), "{:?}", who(text));
        // A pronoun or a description brings in no one new: the speaker goes on.
        let text = "Der Hafen bleibt zu. „Wir warten auf das Gutachten“, sagte Anna Weber. Sie war seit \
                    langem in die Pläne eingeweiht. „Der Hafen öffnet frühestens im Mai.“";
        assert_eq!(speakers(text)[1], "Anna Weber", "{:?}", who(text));
    }

    #[test]
    fn a_german_quotation_without_a_cue_is_the_subject_of_the_sentence_before() {
        let text = "Die Partei hat ihr Programm vorgestellt.\n\nEuropapolitik: Die SPD will am Kurs der \
                    Erweiterung festhalten. „Wir wollen ein Europa, auf das man sich verlassen kann.“";
        assert_eq!(who(text)[0].1, "Die SPD", "{:?}", who(text));
    }

    #[test]
    fn a_german_modal_is_a_verb_not_a_filler() {
        // `will` is a German verb; past it, `am` opens a prepositional phrase.
        let text = "Die Partei will am Kurs der Reform festhalten. „Wir wollen ein Land, auf das man \
                    sich verlassen kann.“";
        assert_eq!(who(text)[0].1, "Die Partei", "{:?}", who(text));
    }
}
