//! `a-phrase-before-its-preposition-is-the-subject`: `the head of the union replied`: the subject
//! is the phrase the prepositional phrase belongs to, not the preposition's object.

use super::doc::Passage;
use super::mentions::{Mention, MentionKind};

impl Passage<'_> {
    /// `a-phrase-before-its-preposition-is-the-subject`: where the words right before a cue end
    /// in a preposition's object (`the head of the union replied`, `protesters outside the hall
    /// chanted`), the noun phrase before the preposition is the verb's subject when it is one
    /// itself, as a relative pronoun's antecedent is read (`relative_antecedent`): its head comes
    /// first. One step back only, and not over a pronoun. English only: a German phrase is read
    /// whole by `verb_second`.
    pub(super) fn head_before_a_preposition(&self, m: &Mention, from: usize) -> Option<Mention> {
        if self.profile.verb_second {
            return None;
        }
        let preposition = m.first.checked_sub(1)?;
        if preposition <= from
            || !self
                .word(preposition)
                .is_some_and(|t| self.is_preposition(t.lower))
        {
            return None;
        }
        self.mention_ending_at(preposition - 1).filter(|head| {
            head.first >= from && !matches!(head.kind, MentionKind::Pronoun) && self.is_subject(head)
        })
    }
}

#[cfg(test)]
mod tests {
    use crate::attribute::testing::{speakers, who};

    #[test]
    fn the_head_of_a_phrase_with_a_preposition_reports_the_speech_inside() {
        // `they tweet` is reported speech inside what the member suggested: the member's.
        let text = "Ana Ortiz was at her desk when a member of the board suggested they tweet a photo of her “victory lunch.”";
        assert_eq!(who(text)[0].1, "a member");
    }

    #[test]
    fn a_name_after_a_preposition_does_not_speak() {
        let text =
            "Reporters asked Ana Ortiz about the vote. Supporters of Bo Lind cheered, “Four more years!”";
        assert_eq!(speakers(text), ["Supporters"]);
    }
}
