//! `a-participle-shares-its-clauses-subject`: the subject of an English participle after a
//! comma (`…, calling it “…”`) where the sentence's opening subject is not found.

use std::sync::LazyLock;

use super::doc::Passage;
use super::grammar::{
    FREE_RELATIVES, PERSON_PRONOUNS, is_determiner, is_subordinator, reads_as_english_past,
};
use super::mentions::{Mention, MentionKind};
use crate::lexicon::{self, WordList};

const EN_PARTICIPLE_CLAUSE_OPENERS: &str = include_str!("../../lexicon/en/participle-clause-openers.txt");
/// `when`, `though`, `where`: conjunctions whose clause a participle after it continues.
static CLAUSE_OPENERS: LazyLock<WordList> = LazyLock::new(|| lexicon::list(EN_PARTICIPLE_CLAUSE_OPENERS));

/// How many tokens back from the comma the clause's verb is looked for.
const VERB_REACH: usize = 30;

/// How many tokens back from the comma a subordinate clause may open.
const CLAUSE_REACH: usize = 25;

/// How many words may stand between `with` and a participle.
const WITH_REACH: usize = 7;

impl Passage<'_> {
    /// `a-participle-after-a-subordinator-is-the-sentences`: an English participle right after
    /// a conjunction that opens an adverbial clause (`before telling reporters`, `while
    /// chanting`; `lexicon/en/adverbial-subordinators.txt`) has no subject of its own in its
    /// clause: it is the main clause's, not the name right before the conjunction, which is as
    /// often the main verb's object (`Ortiz met Bo Lind at the port before telling reporters`).
    /// `before` is the participle's first token, past adverbs before it.
    pub(super) fn participle_after_a_subordinator(&self, before: usize) -> bool {
        !self.profile.verb_second
            && before > 0
            && self
                .word(before - 1)
                .is_some_and(|t| !t.capitalized && is_subordinator(t.lower))
    }

    /// The subject of participle `k` nearer than the sentence's: that of the subordinate clause
    /// it continues (`subordinate_clause_subject`) or the phrase after `with` before it
    /// (`with_phrase_subject`).
    pub(super) fn nearer_participle_subject(&self, k: usize, before: usize, from: usize) -> Option<Mention> {
        self.subordinate_clause_subject(k, before, from)
            .or_else(|| self.with_phrase_subject(k, before, from))
    }

    /// `a-participle-after-a-subordinate-clause-is-its-subjects`: an English participle after a
    /// comma that closes an adverbial or relative clause (`…, though in a news conference last
    /// week he used stronger language, saying …`, `… the street where about 50 protesters had
    /// gathered, chanting …`) continues that clause, the nearest one before it: its subject
    /// speaks, not the sentence's opening subject. The clause runs from its conjunction
    /// (`lexicon/en/participle-clause-openers.txt`: `when`, `though`, `where`; not `after` or
    /// `because`, whose event is not the participle's) to the comma, with no other punctuation
    /// inside, and its subject is read back from its first verb (a past tense, a cue, or any
    /// word after a personal pronoun), or is a bare plural right after the conjunction. A
    /// passive clause's subject is spoken of, and speaks no participle. `k` is the participle,
    /// `before` its first token past adverbs. English only.
    fn subordinate_clause_subject(&self, k: usize, before: usize, from: usize) -> Option<Mention> {
        if self.profile.verb_second || !self.comma_before(k) {
            return None;
        }
        let comma = (from..before).rev().find(|&i| self.is_punct(i, &[',']))?;
        let opener = (from.max(comma.saturating_sub(CLAUSE_REACH))..comma)
            .rev()
            .take_while(|&i| !self.is_punct(i, &[',', '—', '–', ';', ':', '(', ')']))
            .find(|&i| {
                self.word(i)
                    .is_some_and(|t| !t.capitalized && CLAUSE_OPENERS.contains(t.lower))
            })?;
        let verb = (opener + 1..comma).find(|&i| self.reads_as_finite_verb(i, true))?;
        if self.is_passive(self.skip_forward(verb, |l| self.is_verb_filler(l))) {
            return None;
        }
        self.subject_before(verb, opener + 1).or_else(|| {
            (opener + 1..opener + 3)
                .find_map(|i| self.bare_plural_starting_at(i))
                .filter(|m| m.last < verb)
        })
    }

    /// `a-participle-after-with-and-a-noun-phrase-is-that-phrases`: in `with many marchers
    /// chanting “…”`, `ends with a voice over saying: “…”`, the noun phrase between `with` and an
    /// English participle, with no comma before the participle, is the participle's subject, as
    /// a name there is (`with Trump calling`): the words of an absolute phrase, not the
    /// sentence's. A description or a plural, not a pronoun (`with me saying` is an object), and
    /// no verb or further preposition between (`with what he is saying`). `before` is the
    /// participle's first token past adverbs. English only.
    fn with_phrase_subject(&self, k: usize, before: usize, from: usize) -> Option<Mention> {
        if self.profile.verb_second || self.comma_before(k) {
            return None;
        }
        let with = (from.max(before.saturating_sub(WITH_REACH))..before)
            .rev()
            .take_while(|&i| {
                self.word(i).is_some_and(|t| {
                    t.lower == "with"
                        || !(self.is_preposition(t.lower)
                            || reads_as_english_past(t)
                            || self.is_cue(i)
                            || self.is_verb_filler(t.lower)
                            || FREE_RELATIVES.contains(t.lower))
                })
            })
            .find(|&i| self.lower(i) == "with")?;
        self.bare_description(with + 1)
            .or_else(|| self.bare_plural_starting_at(with + 1))
            .filter(|m| m.last < before)
    }

    /// `a-participle-after-a-comma-is-not-its-verbs-objects`: where no subject is found for an
    /// English participle after a comma (`…, claiming …`) and the nearest name before it is
    /// looked for, a name that is the object of a verb is passed over (`Netanyahu and other
    /// leaders shunned Jimmy Carter during his trips, claiming …`, `… bash in a dollhouse using a
    /// Trump figure, yelling …`): right after a past tense, a cue or a word in `-ing`, maybe past
    /// an article or a determiner. The participle continues its clause, whose subject is not the
    /// verb's object.
    pub(super) fn object_before_a_participle(&self, k: usize, m: &Mention) -> bool {
        if self.profile.verb_second || !self.lower(k).ends_with("ing") || !self.comma_before(k) {
            return false;
        }
        let Some(mut j) = m.first.checked_sub(1) else {
            return false;
        };
        if j > 0 && self.word(j).is_some_and(|t| is_determiner(t.lower)) {
            j -= 1;
        }
        self.word(j).is_some_and(|t| {
            !t.capitalized && (reads_as_english_past(t) || self.is_cue(j) || t.lower.ends_with("ing"))
        })
    }

    /// Whether word `i` reads as a clause's finite verb: in lower case, no `-ing` form, and a
    /// past tense or a cue, or with `after_a_pronoun` any word right after a personal pronoun
    /// (`she uses`).
    fn reads_as_finite_verb(&self, i: usize, after_a_pronoun: bool) -> bool {
        self.word(i).is_some_and(|t| {
            !t.capitalized
                && !t.lower.ends_with("ing")
                && (reads_as_english_past(t)
                    || self.is_cue(i)
                    || (after_a_pronoun && i > 0 && PERSON_PRONOUNS.contains(self.lower(i - 1))))
        })
    }

    /// The subject of the finite verb of the clause before the comma or the subordinator of a
    /// participle at `k` (`Netanyahu and other leaders shunned Jimmy Carter during his trips, claiming …`:
    /// the leaders, not the verb's object `Jimmy Carter`). The verb is the nearest past tense
    /// (`-ed`, an irregular past) or cue before the comma that is no participle, and its subject
    /// is read back from it as for any cue (past appositives and relative clauses); a name or a
    /// description, not a pronoun, which the caller's nearer reading finds as well. English only.
    pub(super) fn participle_clause_subject(&self, k: usize, before: usize, from: usize) -> Option<Mention> {
        if self.profile.verb_second || !(self.comma_before(k) || self.participle_after_a_subordinator(before))
        {
            return None;
        }
        let verb =
            (from.max(k.saturating_sub(VERB_REACH))..k).find(|&i| self.reads_as_finite_verb(i, false))?;
        self.subject_before(verb, from)
            .filter(|m| !matches!(m.kind, MentionKind::Pronoun))
    }
}

#[cfg(test)]
mod tests {
    use crate::attribute::testing::who;

    #[test]
    fn a_participle_after_a_comma_is_not_the_objects() {
        // The opening subject is two phrases; the verb's own subject speaks, not its object.
        let found = who(
            "Dock workers and their families greeted Bo Lind with silence, chanting “Save the port” as he left.",
        );
        assert_eq!(
            (found[0].1.as_str(), found[0].2.as_str()),
            ("their families", "chanting")
        );
    }

    #[test]
    fn a_participle_after_a_subordinator_is_the_main_clauses() {
        for (text, speaker) in [
            (
                "Ortiz met Bo Lind at the port before telling reporters, “The port is safe.”",
                "Ortiz",
            ),
            (
                "Dock workers marched past Bo Lind while chanting “Save the port.”",
                "Dock workers",
            ),
        ] {
            let found = who(text);
            assert_eq!(found[0].1, speaker, "{text}");
        }
    }

    #[test]
    fn a_participle_after_a_clause_of_concession_or_place_is_that_clauses() {
        for (text, speaker) in [
            (
                "Mayor Ana Ortiz has been criticized for the plan, though at a hearing last week \
                 she used stronger words, saying the port “must be saved.”",
                "she",
            ),
            (
                "Ana Ortiz spoke down the street from the port, where about 50 dock workers had \
                 gathered on Monday, chanting “Save the port.”",
                "50 dock workers",
            ),
            (
                "He tweeted when Bo Lind ended the debate with a joke, remarking, “May the harbour \
                 be with you.”",
                "Bo Lind",
            ),
        ] {
            assert_eq!(who(text)[0].1, speaker, "{text}");
        }
    }

    #[test]
    fn a_participle_after_a_clause_of_sequence_or_a_passive_is_the_sentences() {
        for (text, speaker) in [
            (
                "Bo Lind apologized for the columns after they came out, saying they were “old.”",
                "Bo Lind",
            ),
            (
                "Bo Lind changed his story when the first account was shown to be false, stating \
                 that he had been “misled.”",
                "Bo Lind",
            ),
        ] {
            assert_eq!(who(text)[0].1, speaker, "{text}");
        }
    }

    #[test]
    fn a_participle_after_with_and_a_noun_phrase_is_that_phrases() {
        for (text, speaker) in [
            (
                "The harbour was on everyone's mind, with many dock workers and their families \
                 chanting “Save the port.”",
                "many dock workers",
            ),
            (
                "The ad ends with a narrator saying “The port is safe.”",
                "a narrator",
            ),
        ] {
            assert_eq!(who(text)[0].1, speaker, "{text}");
        }
    }

    #[test]
    fn a_participle_after_a_comma_does_not_take_the_verbs_object() {
        for (text, not) in [
            (
                "Ortiz and other harbour leaders shunned Bo Lind during his recent trips to Kiel, \
                 claiming that the former mayor is “anti-port.”",
                "Bo Lind",
            ),
            (
                "Ana Ortiz, founder of the Harbour Trust, member of the board in the 1990s and long \
                 time councillor from Kiel, endorsed Lind last week, saying he “has always kept his word.”",
                "Lind",
            ),
        ] {
            let found = who(text);
            assert_ne!(found[0].1, not, "{text}");
            assert!(
                found[0].0.contains("Ortiz") || found[0].1.contains("Ortiz"),
                "{text}: {found:?}"
            );
        }
    }

    #[test]
    fn the_clauses_first_verb_has_the_participles_subject() {
        // `adopted` is a participle after its noun, not the clause's verb.
        let found = who(
            "Veteran councillor Ana Ortiz (D-Maine) on Monday criticized the harbour plan adopted after \
             two weeks of talks, saying the plan goes “nowhere near far enough.”",
        );
        assert_eq!(
            (found[0].0.as_str(), found[0].2.as_str()),
            ("Ana Ortiz", "saying")
        );
    }
}
