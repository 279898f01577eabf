//! `possessive-cue-before`: `Trump’s claim that “…”` gives the quotation to the noun's owner.

use super::{Hit, Rule};
use crate::attribute::doc::Passage;
use crate::attribute::grammar::{
    ENGLISH_COPULAS, SPEECH_NOUN_LINKS, english_possessive_pronoun, is_possessive,
};
use crate::attribute::mentions::{Mention, MentionKind};
use crate::lexicon;
use crate::types::Via;

/// How far a noun of speech may stand from its quotation and still give it its content after
/// another cue (`Ryan said Ginsburg’s comments that …`).
const NEAR: usize = 7;

/// How many words a prepositional phrase between a noun of speech and `that` may have.
const PHRASE_REACH: usize = 5;

/// Tokens read back from the quotation for its noun of speech: `that` and a clause of a dozen
/// words (`his warning that Britain would have to go to the “…”`).
const THAT_CLAUSE_REACH: usize = 14;

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
        if let Some(hit) = self.quotation_before_a_possessives_noun_of_speech(q, start) {
            return Some(hit);
        }
        // The noun, then nothing, a colon, `that`, `of`, `about`, `as`, `to` and a verb, or `that`
        // and the start of the clause the quotation ends (`Trump’s claim that there have been
        // “…”`). `a-that-clause-runs-to-the-quotation`: the clause after `that` may be as long as
        // a clause is (`his warning that Britain would have to go to the “…”`), as long as only
        // words stand in it.
        let noun = (start.max(q.saturating_sub(THAT_CLAUSE_REACH))..q)
            .rev()
            .find(|&k| {
                self.word(k)
                    .is_some_and(|t| !t.capitalized && lexicon::is_speech_noun(t.lower))
            })?;
        if let Some(hit) = self.agent_of_a_noun_of_speech(noun, q, start) {
            return Some(hit);
        }
        let link = match q - noun - 1 {
            0 => true,
            1 => {
                self.is_punct(noun + 1, &[':'])
                    || SPEECH_NOUN_LINKS.contains(self.lower(noun + 1))
                    || (self.links_as_a_copula(noun + 1) && self.opens_a_sentence(q))
            }
            2 if self.lower(noun + 1) == "to" => self.word(noun + 2).is_some(),
            2 if self.links_as_a_copula(noun + 1) => self.is_punct(noun + 2, &[':']),
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
                    self.lower(that) == "that" && self.only_words_without_a_cue(noun + 1, q)
                })
            }
        };
        if !link {
            return None;
        }
        // The possessive name, with at most two words between it and the noun (`apology and`),
        // or a possessive pronoun of the third person singular (`his warning that “…”`).
        let owner = (start.max(noun.saturating_sub(3))..noun)
            .rev()
            .find(|&i| self.is_a_possessive(i))?;
        if !self.only_words_without_a_cue(owner + 1, noun) {
            return None;
        }
        // After a cue of its own, the noun is what that cue's speaker talks about, not its
        // content (`Hollande denounced Trump’s remarks as “…”`, `Ryan said Ginsburg’s comments
        // “show bias”`).
        // A `that` clause past the nearest words (`NEAR`) may have closed before the quotation
        // after a cue (`Frazier said that Rubio’s claim that Cruz is in favor of legalizing
        // illegal immigrants is “simply not true”`): only where no cue comes first.
        let content = q - noun > 1 && self.lower(noun + 1) != "as";
        let far = q - noun > NEAR;
        if (!content || far) && (start..owner).any(|i| self.is_cue(i)) {
            return None;
        }
        self.owner_of(owner, noun)
    }

    /// `a-noun-of-speech-and-a-copula`: a form of `be` after the noun of speech says what the
    /// words were (`Clinton’s campaign slogan is “I’m with her.”`, `her response was: “…”`) when
    /// a colon introduces them or they open as a sentence; words in lower case there are a
    /// judgement of the words, not the words (`his claims were “sarcasm”`). English only.
    fn links_as_a_copula(&self, k: usize) -> bool {
        !self.profile.verb_second && ENGLISH_COPULAS.contains(self.lower(k))
    }

    /// `a-noun-of-speech-by-its-agent`: `the suggestion by a potential president that someone
    /// “…”`, `a statement by the mayor: “…”`: the agent after `by` owns the noun of speech as a
    /// possessive does (`the president’s suggestion`), so its words are the agent's. The agent
    /// runs to the quotation, or to a colon or `that` and a clause of words before it. After a
    /// cue of its own, only a `that` clause or a colon gives the noun its words (`Ortiz mocked
    /// the remarks by Lind as “…”` is Ortiz's). English only.
    fn agent_of_a_noun_of_speech(&self, noun: usize, q: usize, start: usize) -> Option<Hit> {
        if self.profile.verb_second || noun + 2 >= q || self.lower(noun + 1) != "by" {
            return None;
        }
        let agent = self.mention_starting_at(noun + 2)?;
        let after = agent.last + 1;
        if after > q {
            return None;
        }
        let colon = after + 1 == q && self.is_punct(after, &[':']);
        let that = after < q && self.lower(after) == "that" && self.only_words_without_a_cue(after + 1, q);
        if !(after == q || colon || that) {
            return None;
        }
        if !(colon || that) && (start..noun).any(|i| self.is_cue(i)) {
            return None;
        }
        Some(Hit {
            mention: agent,
            cue: self.lower(noun).to_string(),
        })
    }

    /// A name's possessive (`Trump’s`), or in English a possessive pronoun of the third person
    /// singular (`his`, `her`): what may own a noun of speech.
    fn is_a_possessive(&self, i: usize) -> bool {
        self.word(i).is_some_and(|t| {
            (t.capitalized && is_possessive(t.lower))
                || (!self.profile.verb_second && english_possessive_pronoun(t.lower).is_some())
        })
    }

    /// Whether tokens `[from, to)` are all words and none of them a cue: a clause that runs to
    /// the quotation and reports no speech of its own.
    fn only_words_without_a_cue(&self, from: usize, to: usize) -> bool {
        (from..to).all(|i| self.word(i).is_some() && !self.is_cue(i))
    }

    /// Whether the quotation at `q` opens with a capital letter, as a sentence does.
    fn opens_a_sentence(&self, q: usize) -> bool {
        self.text[self.tokens[q].range()]
            .chars()
            .find(|c| c.is_alphabetic())
            .is_some_and(char::is_uppercase)
    }

    /// The hit for the possessive at `owner` of the noun of speech at `noun`: a possessive
    /// pronoun of the third person, or a name's possessive.
    fn owner_of(&self, owner: usize, noun: usize) -> Option<Hit> {
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

    /// `quotation-between-a-possessive-and-its-noun-of-speech`: a quotation that stands between
    /// a possessive and a noun of speech modifies the noun as its words (`Obama’s “if you like
    /// your plan, you can keep it” promise`, `his “read my lips” pledge`): the possessive owns
    /// the words. English only, where a quotation may stand before its noun.
    fn quotation_before_a_possessives_noun_of_speech(&self, q: usize, start: usize) -> Option<Hit> {
        if self.profile.verb_second || q == start {
            return None;
        }
        let noun = q + 1;
        let owner = q - 1;
        let is_noun = self
            .word(noun)
            .is_some_and(|t| !t.capitalized && lexicon::is_speech_noun(t.lower));
        (is_noun && self.is_a_possessive(owner) && self.same_sentence(owner, noun))
            .then(|| self.owner_of(owner, noun))
            .flatten()
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
    fn a_quotation_between_a_possessive_and_its_noun_of_speech_is_the_owners() {
        let found = who("The crowd booed Mayor Bo Lind’s “read my lips” pledge on Monday.");
        assert_eq!((found[0].0.as_str(), found[0].2.as_str()), ("Bo Lind", "pledge"));
        let found = who(
            "Ana Ortiz spoke at the port. The port still remembers her “if you like your job, you can \
             keep it” promise.",
        );
        assert_eq!((found[0].0.as_str(), found[0].1.as_str()), ("Ana Ortiz", "her"));
    }

    #[test]
    fn a_noun_of_speech_and_a_copula_give_the_words() {
        let found = who("The rally ended. Mayor Bo Lind’s campaign slogan is “Build the bridge.”");
        assert_eq!((found[0].0.as_str(), found[0].2.as_str()), ("Bo Lind", "slogan"));
        let found = who("The rally ended. Mayor Bo Lind’s promise was: “the bridge will open by May.”");
        assert_eq!((found[0].0.as_str(), found[0].2.as_str()), ("Bo Lind", "promise"));
        // A noun of answering is one of speech (`response`, `reply`, `answer`).
        let found = who("The rally ended. Mayor Bo Lind’s response was: “Who is Ana Ortiz?”");
        assert_eq!(
            (found[0].0.as_str(), found[0].2.as_str()),
            ("Bo Lind", "response")
        );
        // Words in lower case judge the words: not the owner's.
        let text = "The rally ended. Mayor Bo Lind’s claims were “sarcasm,” his aide insisted.";
        assert_ne!(who(text)[0].0, "Bo Lind", "{:?}", who(text));
    }

    #[test]
    fn a_that_clause_runs_to_the_quotation() {
        let found = who(
            "Ana Ortiz left the talks early. The crowd fell silent at her warning that the port \
             would have to close its gates to the “biggest ships in the world” by May.",
        );
        assert_eq!(
            (found[0].0.as_str(), found[0].1.as_str(), found[0].2.as_str()),
            ("Ana Ortiz", "her", "warning")
        );
        // After a cue, a long `that` clause may close before the quotation: the words are the
        // cue's speaker's.
        let text = "Dana Okafor said that Lind’s claim that the port is losing money every single week \
                    of the year is “simply not true.”";
        assert_eq!(speakers(text), ["Dana Okafor"], "{:?}", who(text));
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
    fn a_noun_of_speech_by_its_agent_gives_the_agent_the_words() {
        let text = "The attacks stand out for the suggestion by a potential president that someone \
                    “ought to look into” the judge.";
        assert_eq!(who(text)[0].1, "a potential president", "{:?}", who(text));
        let text = "The port closed on Monday. A statement by Mayor Bo Lind: “The port will reopen by \
                    May.”";
        assert_eq!(speakers(text), ["Bo Lind"], "{:?}", who(text));
    }

    #[test]
    fn a_noun_far_from_the_quotation_after_a_cue_is_what_the_cue_speaks_of() {
        let text = "Lind spokeswoman Ann Frazier said Thursday that Ortiz’s claim that Lind is in favor \
                    of closing the harbour is “simply not true.”";
        assert_eq!(who(text)[0].1, "Ann Frazier");
    }
}
