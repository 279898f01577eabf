//! `german-colon-clause`: `Hier sparte der Minister nicht mit Kritik: „…“`.

use super::{Hit, Rule};
use crate::attribute::doc::Passage;
use crate::attribute::grammar::{GERMAN_COORDINATORS, is_determiner};
use crate::lexicon;
use crate::types::Via;

/// The rule, as `RULES` lists it.
pub(super) const RULE: Rule = Rule {
    id: "german-colon-clause",
    description: "A main clause with no cue that a colon ends before the quotation: the subject of its verb in second place",
    evidence: Via::Subject,
    find: |passage, q| passage.german_colon_clause(q),
};

impl Passage<'_> {
    /// A quotation after a colon that ends a main clause with no cue (`Hier sparte der Minister
    /// auch nicht mit Kritik:`, `Jede Schuld weist Brandt von sich:`, `…, lehnt er jedoch ab:`):
    /// the verb stands second, and its subject, before or after it, speaks.
    fn german_colon_clause(&self, q: usize) -> Option<Hit> {
        if !self.profile.verb_second {
            return None;
        }
        let colon = q.checked_sub(1).filter(|&c| self.is_punct(c, &[':']))?;
        let from = self.sentence_start_before(colon)?;
        // The clause the colon ends, from the last comma or semicolon: after a clause of its own
        // the verb opens it (`Das Angebot, …, lehnt er ab:`).
        let start = (from..colon)
            .rev()
            .find(|&j| self.is_punct(j, &[',', ';']))
            .map_or(from, |j| j + 1);
        // A subordinate or relative clause puts its verb last (`…, wonach die Berufung politische
        // Gründe habe:`).
        let opener = self.lower(start);
        if lexicon::is_german_subordinator(opener)
            || lexicon::is_german_article(opener)
            || self.is_relative_adverb(opener)
        {
            return None;
        }
        // Its first phrase stands before the verb, unless a clause before the comma took that place.
        let first_verb = if start > from { start } else { start + 1 };
        let k = (first_verb..colon).find(|&j| self.finite_verb_like(j))?;
        let m = self.german_speaker(k, from, colon)?;
        (m.last < colon).then(|| Hit {
            mention: m,
            cue: ":".to_string(),
        })
    }

    /// Whether `lower` is a German relative or interrogative adverb, `wo` (`wor` before a vowel)
    /// and a preposition: `wonach`, `wobei`, `worauf`, `worüber`.
    fn is_relative_adverb(&self, lower: &str) -> bool {
        lower.strip_prefix("wo").is_some_and(|rest| {
            self.is_preposition(rest) || rest.strip_prefix('r').is_some_and(|p| self.is_preposition(p))
        })
    }

    /// Whether the word at `j` may be a finite verb: a word in lower case that the German
    /// lexicon knows and that is no article, determiner, pronoun, preposition, adverb, adjective,
    /// conjunction or number.
    fn finite_verb_like(&self, j: usize) -> bool {
        self.word(j).is_some_and(|t| {
            let class = lexicon::german_word(t.lower);
            !t.capitalized
                && class.known()
                && !class.adjective()
                && !is_determiner(t.lower)
                && !lexicon::is_german_article(t.lower)
                && !lexicon::is_pronoun(t.lower)
                && !self.is_preposition(t.lower)
                && !lexicon::is_german_adverb(t.lower)
                && !lexicon::is_german_subordinator(t.lower)
                && !GERMAN_COORDINATORS.contains(t.lower)
        })
    }
}

#[cfg(test)]
mod tests {
    use crate::attribute::testing::who;

    #[test]
    fn the_subject_after_the_verb_in_second_place() {
        let text = "Der Minister Karl Brandt sprach lange. Hier sparte der Minister auch nicht mit \
                    Kritik: „Jeder muss mehr tun.“";
        assert_eq!(who(text)[0].1, "der Minister", "{:?}", who(text));
    }

    #[test]
    fn a_pronoun_after_the_verb_past_a_clause_before_the_comma() {
        let text = "Der Minister Karl Brandt reiste nach Kairo. Das Angebot, verletzte Kinder \
                    kostenlos zu behandeln, lehnt er jedoch ab: „Alle sollen kommen dürfen.“";
        assert_eq!(who(text)[0].0, "Karl Brandt", "{:?}", who(text));
    }

    #[test]
    fn the_subject_before_a_relative_clause() {
        let text = "Die Akten sind offen. Der Ermittler, der als wichtiger Zeuge gilt, will seine \
                    Arbeit beenden: „Mehr kommt nicht nach!“";
        assert_eq!(who(text)[0].1, "Der Ermittler", "{:?}", who(text));
    }

    #[test]
    fn a_relative_clause_before_the_colon_has_its_verb_last() {
        let text = "Der Trainer Karl Brandt schweigt. Er teilt den Verdacht, wonach die Wahl des \
                    Kapitäns politische Gründe habe: „Man muss sich nur die Liste ansehen.“";
        assert_ne!(who(text)[0].1, "die Wahl des Kapitäns", "{:?}", who(text));
    }
}
