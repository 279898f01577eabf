//! `named-in-introduction`: `Politico reveals a few facts: “…”`.

use super::{Hit, Rule};
use crate::attribute::doc::Passage;
use crate::attribute::mentions::{Mention, MentionKind};
use crate::lexicon;
use crate::types::Via;

/// The rule, as `RULES` lists it.
pub(super) const RULE: Rule = Rule {
    id: "named-in-introduction",
    description: "A colon and no cue: the name that opens the introducing sentence, else the last one before the colon",
    evidence: Via::Subject,
    find: |passage, q| passage.named_in_introduction(q),
};

impl Passage<'_> {
    /// A quotation introduced by a colon with no cue (`Politico reveals a few facts: “…”`,
    /// `The timing does not surprise pollster Dan Osei: “…”`): the name that opens the sentence,
    /// else the last name before the colon that is not the object of a preposition or a
    /// possessive.
    fn named_in_introduction(&self, q: usize) -> Option<Hit> {
        let colon = q.checked_sub(1).filter(|&c| self.is_punct(c, &[':']))?;
        let first = self.sentence_start_before(colon)?;
        // A label is no introduction (`[1] Source: “…”`, `Update: “…”`).
        if (first..colon).filter(|&i| self.word(i).is_some()).count() < 3 {
            return None;
        }
        let usable = |m: &Mention| {
            // A lone capital opening the sentence is a name only when the document names it
            // elsewhere too (`Politico`, not `Nothing`).
            let lone_opener = m.first == first && m.first == m.last && !self.named_elsewhere(m.first);
            matches!(m.kind, MentionKind::Name { .. })
                && m.first >= first
                && self.is_subject(m)
                && !self.is_document(m)
                && !lone_opener
        };
        // The sentence's subject first (`Hoff, who …, proposes language in the GOP platform:`).
        if let Some(m) = self
            .mention_starting_at(first)
            .filter(|m| usable(m) && m.last < colon)
        {
            return Some(Hit {
                mention: m,
                cue: ":".to_string(),
            });
        }
        // Where every noun has a capital, a description whose head the lexicon knows for a
        // person or an institution opens the introduction as a name does (`Ein Beamter der
        // Nationalpolizei: „…“`).
        if self.profile.capitalised_nouns
            && let Some(m) = self.mention_starting_at(first).filter(|m| {
                matches!(m.kind, MentionKind::Description { .. })
                    && m.last < colon
                    && self.is_subject(m)
                    && lexicon::german_noun_can_speak(self.lower(m.last))
            })
        {
            return Some(Hit {
                mention: m,
                cue: ":".to_string(),
            });
        }
        let mut i = colon;
        while i > first {
            i -= 1;
            let Some(m) = self.mention_ending_at(i) else {
                continue;
            };
            if usable(&m) {
                return Some(Hit {
                    mention: m,
                    cue: ":".to_string(),
                });
            }
            i = m.first;
        }
        None
    }

    /// Whether the entity named at token `at` is named at another place of the document too.
    fn named_elsewhere(&self, at: usize) -> bool {
        self.mentions
            .binary_search_by_key(&at, |m| m.at)
            .is_ok_and(|i| self.entities[self.mentions[i].entity].occurrences.len() > 1)
    }
}

#[cfg(test)]
mod tests {
    use crate::attribute::testing::speakers;

    #[test]
    fn a_colon_without_a_cue_gives_the_quotation_to_the_name_before_it() {
        assert_eq!(
            speakers("The Harbour Gazette lists a few facts: “The bridge cost twice the estimate.”"),
            ["Harbour Gazette"]
        );
        assert_eq!(
            speakers(
                "Costs rose, according to Politico.\nPolitico lists a few facts: “The bridge cost twice the estimate.”"
            ),
            ["Politico"]
        );
        assert_eq!(
            speakers("The delay does not surprise engineer Dan Osei:\n\n“Steel takes time.”"),
            ["Dan Osei"]
        );
        // Not a name after a preposition.
        assert_eq!(speakers("In Kiel, little changed: “The bridge is closed.”"), [""]);
        // The name that opens the sentence comes first.
        assert_eq!(
            speakers("Dan Osei faces his critic Ana Ortiz in person: “The bridge was never late.”"),
            ["Dan Osei"]
        );
        // Nor a capital that only opens the sentence, nor a label.
        assert_eq!(
            speakers("Anyway the harbour waits: “The bridge is closed.”"),
            [""]
        );
        assert_eq!(
            speakers(
                "[1] Source: “a statement by the workers on the bridge”\n[2] Source: “a letter from the port”"
            ),
            ["", ""]
        );
    }

    #[test]
    fn a_german_description_of_a_person_introduces_the_quotation() {
        let text = "Die Stadt ist ruhig.\n\nEin Beamter der örtlichen Polizei: „Hier weiß jeder, wer die \
                    Täter sind.“";
        assert_eq!(crate::attribute::testing::who(text)[0].1, "Ein Beamter");
        // A thing is no speaker.
        let text = "Die Stadt ist ruhig.\n\nDie Stimmung in der ganzen Stadt: „Hier weiß jeder, wer die \
                    Täter sind.“";
        assert_eq!(crate::attribute::testing::who(text)[0].1, "");
    }
}
