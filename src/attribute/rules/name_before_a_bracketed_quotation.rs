//! `name-before-a-bracketed-quotation`: `… und Paul Roth („Das war überfällig.“) …`.

use super::{Hit, Rule};
use crate::attribute::doc::Passage;
use crate::attribute::mentions::MentionKind;
use crate::types::Via;

/// The rule, as `RULES` lists it.
pub(super) const RULE: Rule = Rule {
    id: "name-before-a-bracketed-quotation",
    description: "A sentence in brackets right after a name is that person's",
    evidence: Via::Cue,
    find: |passage, q| passage.name_before_a_bracketed_quotation(q),
};

impl Passage<'_> {
    /// A quotation that opens a bracket right after a name and reads as a sentence, its last
    /// word followed by a full stop, question or exclamation mark inside the marks, is that
    /// person's words set beside the name (`Glückwünsche kamen von Anna Weber („Das war
    /// überfällig.“) und …`, `Sen. Ana Ortiz (“I will not vote for it.”)`). A title or a name
    /// in brackets after a name (`Regisseur Paul Roth („Der Himmel“)`) is no sentence and no
    /// speech.
    fn name_before_a_bracketed_quotation(&self, q: usize) -> Option<Hit> {
        if q < 2 || !self.is_punct(q - 1, &['(']) {
            return None;
        }
        let words = &self.text[self.tokens[q].range()];
        let sentence = words
            .trim_end_matches(|c: char| c.is_whitespace() || "“”„\"‘’‚'«»‹›".contains(c))
            .ends_with(['.', '!', '?', '…']);
        let m = self.mention_ending_at(q - 2)?;
        (sentence && matches!(m.kind, MentionKind::Name { .. })).then(|| Hit {
            mention: m,
            cue: "(".to_string(),
        })
    }
}

#[cfg(test)]
mod tests {
    use crate::attribute::testing::{speakers, who};

    #[test]
    fn a_sentence_in_brackets_after_a_name_is_theirs() {
        let text = "Viele gratulierten, so der Leiter des Amtes, Paul Roth („Das war lange überfällig.“), \
                    und die Bürgermeisterin Anna Weber.";
        assert_eq!(speakers(text)[0], "Paul Roth", "{:?}", who(text));
        let text = "Several lawmakers weighed in, among them Sen. Ana Ortiz (“I will not vote for it.”) and \
                    Rep. Bo Lind.";
        assert!(speakers(text)[0].ends_with("Ana Ortiz"), "{:?}", who(text));
    }

    #[test]
    fn a_title_in_brackets_after_a_name_is_no_speech() {
        let text = "Zur Premiere kamen viele Gäste, darunter der Regisseur Paul Roth („Der Himmel über \
                    Kiel“).";
        assert_ne!(speakers(text)[0], "Paul Roth", "{:?}", who(text));
    }
}
