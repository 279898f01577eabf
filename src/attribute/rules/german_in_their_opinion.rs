//! `german-in-their-opinion`: `Seiner Meinung nach ist der Plan „ein Fehler“`.

use super::{Hit, Rule};
use crate::attribute::doc::{Passage, TokKind};
use crate::attribute::grammar::german_possessive_pronoun;
use crate::attribute::mentions::{Mention, MentionKind};
use crate::lexicon;
use crate::types::Via;

/// The rule, as `RULES` lists it.
pub(super) const RULE: Rule = Rule {
    id: "german-in-their-opinion",
    description: "German `seiner Meinung nach`, `nach ihrer Ansicht`: a view held in the quotation's clause is the holder's",
    evidence: Via::Cue,
    find: |passage, q| passage.german_in_their_opinion(q),
};

impl Passage<'_> {
    /// German `seiner Meinung nach`, `nach ihrer Einschätzung`: a possessive of the third person
    /// and a noun for a view (`lexicon/de/opinion-nouns.txt`) with the postposition or
    /// preposition `nach`, in the quotation's own clause before it, say whose view the clause
    /// gives. The mention is the possessive and its noun; the possessive refers back as its
    /// personal pronoun would (`seiner` as `er`).
    fn german_in_their_opinion(&self, q: usize) -> Option<Hit> {
        if !self.profile.verb_second {
            return None;
        }
        let start = self.sentence_start(q);
        let clause = (start..q)
            .rev()
            .find(|&j| {
                matches!(
                    self.tokens[j].kind,
                    TokKind::Punct(',' | ':' | ';') | TokKind::Quote(_)
                )
            })
            .map_or(start, |j| j + 1);
        let view = |possessive: usize| {
            german_possessive_pronoun(self.lower(possessive)).is_some()
                && self.word(possessive + 1).is_some()
                && lexicon::is_german_opinion_noun(self.lower(possessive + 1))
        };
        (clause..q).find_map(|i| {
            let possessive = if view(i) && i + 2 < q && self.lower(i + 2) == "nach" {
                i
            } else if self.lower(i) == "nach" && i + 2 < q && view(i + 1) {
                i + 1
            } else {
                return None;
            };
            Some(Hit {
                mention: Mention {
                    kind: MentionKind::Pronoun,
                    first: possessive,
                    last: possessive + 1,
                },
                cue: "nach".to_string(),
            })
        })
    }
}

#[cfg(test)]
mod tests {
    use crate::attribute::testing::who;

    #[test]
    fn a_view_after_a_possessive_is_the_persons_it_refers_to() {
        let text = "Jonas Brandt besuchte am Morgen den Hafen. Seiner Meinung nach ist der Neubau \
                    „eine Verschwendung von Steuergeld“.";
        let found = who(text);
        assert_eq!(found[0].0, "Jonas Brandt", "{found:?}");
        assert_eq!(found[0].1, "Seiner Meinung", "{found:?}");
        let text = "Lena Sommer las den Bericht. Die Zahlen seien nach ihrer Einschätzung \
                    „viel zu niedrig angesetzt“.";
        let found = who(text);
        assert_eq!(found[0].0, "Lena Sommer", "{found:?}");
        assert_eq!(found[0].1, "ihrer Einschätzung", "{found:?}");
    }

    #[test]
    fn the_view_must_stand_in_the_quotations_clause() {
        // The view is stated in a clause of its own, before the comma; the quotation's clause
        // has a cue and a speaker of its own.
        let text = "Jonas Brandt kam spät. Seiner Ansicht nach war das zu früh, sagte Paul Roth: \
                    „Wir hätten warten sollen.“";
        let found = who(text);
        assert_eq!(found[0].0, "Paul Roth", "{found:?}");
    }

    #[test]
    fn a_possessive_before_another_noun_gives_no_view() {
        let text = "Jonas Brandt kam spät. Seiner Familie nach ist der Hafen „ein Ort der Ruhe“.";
        let found = who(text);
        assert_ne!(found[0].1, "Seiner Familie", "{found:?}");
    }
}
