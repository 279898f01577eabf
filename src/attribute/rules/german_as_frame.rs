//! `german-as-frame`: `Wie die Ministerin erklärte, sieht die Regierung darin „…“`.

use super::{Hit, Rule};
use crate::attribute::doc::{Passage, TokKind};
use crate::lexicon;
use crate::types::Via;

/// The rule, as `RULES` lists it.
pub(super) const RULE: Rule = Rule {
    id: "german-as-frame",
    description: "German `Wie X erklärte, …`: a clause of comparison with a cue that opens the sentence frames the whole of it as X's",
    evidence: Via::Cue,
    find: |passage, q| passage.german_as_frame(q),
};

impl Passage<'_> {
    /// German `Wie die Ministerin am Montag erklärte, sieht die Regierung darin „…“`: a
    /// sentence that opens with `wie`, a subject and a cue that ends the clause before the
    /// first comma reports the whole main clause after it as the subject's. A verb of speech in
    /// the main clause names a speaker of its own and is left to the rules after.
    fn german_as_frame(&self, q: usize) -> Option<Hit> {
        if !self.profile.verb_second {
            return None;
        }
        let start = self.sentence_start(q);
        if self.lower(start) != "wie" {
            return None;
        }
        let comma = (start + 1..q).find(|&j| self.is_punct(j, &[',']))?;
        if (start..comma).any(|j| matches!(self.tokens[j].kind, TokKind::Quote(_))) {
            return None;
        }
        // The cue ends the clause, maybe before an auxiliary (`wie Berg mitgeteilt hatte,`).
        let mut verb = comma.checked_sub(1)?;
        if lexicon::is_german_auxiliary(self.lower(verb)) {
            verb = verb.checked_sub(1)?;
        }
        if verb <= start + 1 || !self.is_cue(verb) || lexicon::is_german_characterising_verb(self.lower(verb))
        {
            return None;
        }
        let first = self.skip_forward(start + 1, lexicon::is_german_adverb);
        let m = self.mention_starting_at(first).filter(|m| m.last < verb)?;
        let speaks = m.can_speak_in_german();
        let own_speech = (comma + 1..q).any(|j| {
            self.word(j)
                .is_some_and(|t| !t.capitalized && lexicon::is_cue_verb(t.lower))
        });
        (speaks && !own_speech).then(|| self.hit(m, verb))
    }
}

#[cfg(test)]
mod tests {
    use crate::attribute::testing::who;

    #[test]
    fn a_clause_of_comparison_with_a_cue_frames_the_sentence() {
        let text = "Der Plan liegt vor. Wie die Ministerin Lena Sommer am Montag in Kiel erklärte, \
                    sieht die Regierung in dem Entwurf „keine Gefahr für die Kassen“. Der Rat tagt.";
        assert_eq!(who(text)[0].1, "die Ministerin Lena Sommer", "{:?}", who(text));
        let text = "Der Plan liegt vor. Wie das Blatt Nordkurier berichtet hatte, soll die Stadt \
                    nach der Umfrage „mehr Radwege für alle“ bauen.";
        assert_eq!(who(text)[0].0, "Nordkurier", "{:?}", who(text));
    }

    #[test]
    fn a_verb_of_speech_in_the_main_clause_names_its_own_speaker() {
        let text = "Der Plan liegt vor. Wie das Blatt Nordkurier berichtet, sagte der Bürgermeister \
                    Jan Ohm, der Entwurf sei „eine Zumutung“.";
        assert_eq!(who(text)[0].1, "der Bürgermeister Jan Ohm", "{:?}", who(text));
    }

    #[test]
    fn a_comparison_without_a_cue_frames_nothing() {
        let text = "Der Plan liegt vor. Wie die Ministerin Lena Sommer am Montag in Kiel wohnte, \
                    sieht die Regierung in dem Entwurf „keine Gefahr für die Kassen“.";
        assert_ne!(who(text)[0].1, "die Ministerin Lena Sommer", "{:?}", who(text));
    }
}
