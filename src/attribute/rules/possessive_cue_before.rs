//! `possessive-cue-before`: `Trump’s claim that “…”` gives the quotation to the noun's owner.

use super::{Hit, Rule};
use crate::attribute::doc::Passage;
use crate::attribute::grammar::{SPEECH_NOUN_LINKS, english_possessive_pronoun, is_possessive};
use crate::attribute::mentions::{Mention, MentionKind};
use crate::lexicon;
use crate::types::Via;

/// How far a noun of speech may stand from its quotation and still give it its content after
/// another cue (`Ryan said Ginsburg’s comments that …`).
const NEAR: usize = 7;

/// How many words a prepositional phrase between a noun of speech and `that` may have.
const PHRASE_REACH: usize = 5;

/// The rule, as `RULES` lists it.
pub(super) const RULE: Rule = Rule {
    id: "possessive-cue-before",
    description: "A name's possessive before a noun of speech right before the quotation",
    evidence: Via::Cue,
    find: |passage, q| passage.possessive_cue_before(q),
};

impl Passage<'_> {
    /// `LePage’s apology and promise to seek “…”`, `Trump’s claim that “…”`: a name's possessive
    /// before a noun of speech, right before the quotation, gives the quotation to that name,
    /// whoever the sentence's verb reports.
    fn possessive_cue_before(&self, q: usize) -> Option<Hit> {
        let start = self.sentence_start(q);
        // The noun, then nothing, a colon, `that`, `of`, `about`, `as`, `to` and a verb, or `that`
        // and the start of the clause the quotation ends (`Trump’s claim that there have been
        // “…”`).
        let noun = (start.max(q.saturating_sub(NEAR + PHRASE_REACH))..q)
            .rev()
            .find(|&k| {
                self.word(k)
                    .is_some_and(|t| !t.capitalized && lexicon::is_speech_noun(t.lower))
            })?;
        let link = match q - noun - 1 {
            0 => true,
            1 => self.is_punct(noun + 1, &[':']) || SPEECH_NOUN_LINKS.contains(self.lower(noun + 1)),
            2 if self.lower(noun + 1) == "to" => self.word(noun + 2).is_some(),
            _ => {
                // `possessive-noun-of-speech-with-a-phrase-before-that`: a prepositional phrase
                // may stand between the noun and `that` (`her assertion during the debate that
                // “…”`, `her comments before a House committee that “…”`).
                let that = if self.is_preposition(self.lower(noun + 1)) {
                    (noun + 2..q.min(noun + 2 + PHRASE_REACH)).find(|&i| self.lower(i) == "that")
                } else {
                    Some(noun + 1)
                };
                that.is_some_and(|that| {
                    self.lower(that) == "that"
                        && (noun + 1..q).all(|i| self.word(i).is_some() && !self.is_cue(i))
                })
            }
        };
        if !link {
            return None;
        }
        // The possessive name, with at most two words between it and the noun (`apology and`),
        // or a possessive pronoun of the third person singular (`his warning that “…”`).
        let owner = (start.max(noun.saturating_sub(3))..noun).rev().find(|&i| {
            self.word(i).is_some_and(|t| {
                (t.capitalized && is_possessive(t.lower))
                    || (!self.profile.verb_second && english_possessive_pronoun(t.lower).is_some())
            })
        })?;
        if (owner + 1..noun).any(|i| self.word(i).is_none() || self.is_cue(i)) {
            return None;
        }
        // After a cue of its own, the noun is what that cue's speaker talks about, not its
        // content (`Hollande denounced Trump’s remarks as “…”`, `Ryan said Ginsburg’s comments
        // “show bias”`).
        // So is a noun far from the quotation, whose clause may end before it (`Lee said that
        // Ortiz’s claim that the plan works is “simply not true”`).
        let content = q - noun > 1 && self.lower(noun + 1) != "as" && q - noun <= NEAR;
        if !content && (start..owner).any(|i| self.is_cue(i)) {
            return None;
        }
        if english_possessive_pronoun(self.lower(owner)).is_some() && !self.profile.verb_second {
            // `possessive-pronoun-before-a-noun-of-speech`: the pronoun is the mention, and
            // refers back as `he` or `she` would.
            return Some(Hit {
                mention: Mention {
                    kind: MentionKind::Pronoun,
                    first: owner,
                    last: owner,
                },
                cue: self.lower(noun).to_string(),
            });
        }
        let mention = self.mention_ending_at(owner)?;
        matches!(mention.kind, MentionKind::Name { .. }).then(|| Hit {
            mention,
            cue: self.lower(noun).to_string(),
        })
    }
}

#[cfg(test)]
mod tests {
    use crate::attribute::testing::{speakers, who};

    #[test]
    fn possessive_noun_of_speech_names_the_speaker() {
        let found = who(
            "Senator Alma Brandt said many members still doubted Mr. Okafor’s apology and promise to \
             seek “a fresh start” with the union.",
        );
        assert_eq!((found[0].0.as_str(), found[0].2.as_str()), ("Okafor", "promise"));
        let found = who("Gov. Ruth Lindqvist mocked Mayor Dan Osei’s claim that “the budget is balanced.”");
        assert_eq!(found[0].0, "Dan Osei");
    }

    #[test]
    fn a_possessive_claim_that_opens_the_clause_of_the_quotation() {
        let text =
            "The Gazette checked Ann Lee’s claim that there have been “hundreds of delays” at the port.";
        assert_eq!(speakers(text), ["Ann Lee"]);
    }

    #[test]
    fn a_possessive_pronoun_before_a_noun_of_speech_refers_back() {
        let found = who(
            "Mayor Bo Lind opened the fair on Monday. The crowd cheered his promise that “the bridge \
             will be rebuilt by spring.”",
        );
        assert_eq!(
            (found[0].0.as_str(), found[0].1.as_str(), found[0].2.as_str()),
            ("Bo Lind", "his", "promise")
        );
        // `her` refers to the woman, as `she` would.
        let found = who(
            "Ana Ortiz met Bo Lind at the port. Reporters asked about her claim that “the budget is \
             balanced.”",
        );
        assert_eq!((found[0].0.as_str(), found[0].1.as_str()), ("Ana Ortiz", "her"));
    }

    #[test]
    fn a_possessive_pronoun_far_from_the_noun_of_speech_names_no_one() {
        // `his` owns the town, not the words: no noun of speech follows it.
        let text = "Bo Lind left his town in May. The crowd cheered a promise that “the bridge will be \
                    rebuilt by spring.”";
        assert_ne!(who(text)[0].1, "his");
    }

    #[test]
    fn a_possessive_after_a_cue_is_what_the_cues_speaker_talks_about() {
        for (text, speaker) in [
            (
                "The rally ended. Ortiz denounced Lind’s remarks as “hurtful and humiliating” on Monday.",
                "Ortiz",
            ),
            (
                "The rally ended. Ortiz told reporters that Lind’s comments “show bias to me.”",
                "Ortiz",
            ),
            // Without a cue of its own, the noun's content is the owner's.
            (
                "The rally ended. Lind’s claim that “the city is broke” went unchallenged.",
                "Lind",
            ),
        ] {
            assert_eq!(speakers(text), [speaker], "{text}");
        }
    }

    #[test]
    fn a_prepositional_phrase_may_stand_between_the_noun_and_that() {
        let found = who(
            "Even as Ana Ortiz was criticizing the port, she came under fire from the council over \
             her assertion during the debate that “we finally are where we need to be” on the harbour.",
        );
        assert_eq!((found[0].1.as_str(), found[0].2.as_str()), ("her", "assertion"));
    }

    #[test]
    fn a_noun_far_from_the_quotation_after_a_cue_is_what_the_cue_speaks_of() {
        let text = "Lind spokeswoman Ann Frazier said Thursday that Ortiz’s claim that Lind is in favor \
                    of closing the harbour is “simply not true.”";
        assert_eq!(who(text)[0].1, "Ann Frazier");
    }
}
