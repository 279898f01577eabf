//! `german-reporter-pronoun`: `Er habe „nicht den Eindruck“, dass …` is the words of `er`.

use super::{Hit, Rule};
use crate::attribute::doc::Passage;
use crate::attribute::grammar::REPORTER_PRONOUNS;
use crate::attribute::mentions::{Mention, MentionKind};
use crate::lexicon;
use crate::types::Via;

/// The rule, as `RULES` lists it.
pub(super) const RULE: Rule = Rule {
    id: "german-reporter-pronoun",
    description: "Reported speech in the subjunctive whose subject is `er` or `sie`: the pronoun speaks",
    evidence: Via::Subject,
    find: |passage, q| passage.german_reporter_pronoun(q),
};

impl Passage<'_> {
    /// Reported speech turns the speaker's `ich` into `er` or `sie`: a sentence in the
    /// subjunctive whose subject is such a pronoun, right before the verb or right after it
    /// (`Er habe „…“`, `Dabei sei sie „…“`), gives its quotation to the pronoun. Any other
    /// subject of reported speech is what is talked about (`Der Nachbar sei „…“`). Tried last,
    /// after a neighbouring quotation had its chance to pass its speaker on.
    fn german_reporter_pronoun(&self, q: usize) -> Option<Hit> {
        if !self.profile.subjunctive_reported_speech {
            return None;
        }
        // A colon opens the reported words as a sentence does (`… zweifelte: Er habe „…“`).
        let sentence = self.sentence_start(q);
        let start = (sentence..q)
            .rev()
            .find(|&j| self.is_punct(j, &[':']))
            .map_or(sentence, |colon| colon + 1);
        // The finite verb is second: first or second word after the opening one.
        let verb = (start + 1..q.min(start + 3)).find(|&j| {
            self.word(j)
                .is_some_and(|t| !t.capitalized && lexicon::is_german_subjunctive(t.lower))
        })?;
        // `sie` with a verb in the plural (`Sie seien`) is many, or the polite form.
        let plural = self.lower(verb).ends_with('n');
        let pronoun = [verb - 1, verb + 1].into_iter().find(|&p| {
            p < q
                && (p == start || p == verb + 1)
                && self
                    .word(p)
                    .is_some_and(|t| REPORTER_PRONOUNS.contains(t.lower) && !(plural && t.lower == "sie"))
        })?;
        // Before the verb the pronoun opens the sentence; after it, one word opens it.
        if pronoun == verb + 1 && verb != start + 1 {
            return None;
        }
        Some(Hit {
            mention: Mention {
                kind: MentionKind::Pronoun,
                first: pronoun,
                last: pronoun,
            },
            cue: self.lower(verb).to_string(),
        })
    }
}

#[cfg(test)]
mod tests {
    use crate::attribute::testing::who;

    #[test]
    fn er_in_reported_speech_is_the_speaker() {
        let text = "Der Abgeordnete Jonas Brandt zweifelte offen an der Eignung der Kandidatin: Er habe \
                    „nicht das Gefühl, dass sie es schafft“.";
        let found = who(text);
        assert_eq!(found[0].1, "Er");
        assert!(found[0].0.ends_with("Jonas Brandt"), "{found:?}");
        let text = "Die Ministerin Eva Roth sprach lange. Danach sei sie „sehr zufrieden mit dem Ergebnis \
                    der langen Verhandlungen“ gewesen.";
        assert_eq!(who(text)[0].1, "sie");
    }

    #[test]
    fn another_subject_of_reported_speech_is_what_is_talked_about() {
        let text = "Die Lage ist ernst. Der Nachbar sei „ein sehr ruhiger Mensch“ gewesen.";
        assert_ne!(who(text)[0].1, "Der Nachbar");
        // `Sie seien` is many, not the one who speaks.
        let text = "Die Lage ist ernst. Sie seien „sehr zufrieden mit dem Ergebnis“.";
        assert_ne!(who(text)[0].1, "Sie");
        // Nor is a pronoun deeper in the sentence its subject.
        let text = "Die Lage ist ernst. Die Stadt habe ihn „lange hingehalten“, und er sei wütend.";
        assert_ne!(who(text)[0].1, "er");
    }
}
