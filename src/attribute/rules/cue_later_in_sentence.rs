//! `cue-later-in-sentence`: `“…” was how Smith put it`, `… “agreed to …,” according to the
//! Presidential Office`.

use super::{Hit, Rule};
use crate::attribute::doc::{Passage, SENTENCE_REACH, TokKind};
use crate::attribute::grammar::COPULAS;
use crate::attribute::mentions::{Mention, MentionKind};
use crate::lexicon;
use crate::types::Via;

/// The rule, as `RULES` lists it.
pub(super) const RULE: Rule = Rule {
    id: "cue-later-in-sentence",
    description: "A cue after the quotation in its sentence, before any other quotation",
    evidence: Via::Cue,
    find: |passage, q| passage.cue_later_in_sentence(q),
};

impl Passage<'_> {
    /// A cue after the quotation in the same sentence, before any other quotation:
    /// `“…” was how Smith put it`, `… “agreed to …,” according to the Presidential Office`.
    fn cue_later_in_sentence(&self, q: usize) -> Option<Hit> {
        let end = (q + 1..self.tokens.len())
            .take(SENTENCE_REACH)
            .take_while(|&i| self.same_sentence(i, q) && !matches!(self.tokens[i].kind, TokKind::Quote(_)))
            .last()?;
        // German `…, so X`, later in the sentence than right after the quotation (`Der Iran
        // müsse „…“ beenden, so Rice.`).
        if self.profile.verb_second
            && let Some(k) = (q + 2..=end).find(|&i| {
                self.lower(i) == "so" && !self.tokens[i].capitalized && self.is_punct(i - 1, &[','])
            })
            && let Some(m) = self
                .mention_starting_at(k + 1)
                .filter(|m| !matches!(m.kind, MentionKind::Pronoun) && m.last <= end)
        {
            return Some(Hit {
                mention: m,
                cue: "so".to_string(),
            });
        }
        for k in (q + 1..=end).filter(|&i| self.is_cue(i)) {
            if self.is_according_to(k) {
                if let Some(m) = self.according_to_source(k) {
                    return Some(self.hit(m, k));
                }
            } else if let Some(m) = self
                .subject_before(k, q + 1)
                .or_else(|| {
                    // Verb second puts the participle last, after the words it reports (`Die
                    // Zeitung hatte den Auftrag als „…“ bezeichnet`): the subject opens the
                    // sentence.
                    self.profile
                        .verb_second
                        .then(|| self.german_speaker(k, self.sentence_start(q), end + 1))
                        .flatten()
                        .filter(|m| m.last < q)
                })
                .or_else(|| self.inverted_subject(k))
                .or_else(|| self.german_reporting_clause_after(k, end))
            {
                return Some(self.hit(m, k));
            }
        }
        None
    }

    /// `german-reporting-clause-after`: German puts the verb of a reporting clause after the
    /// words it reports first, its subject after it (`Der Stern habe der Scheibe einen „Ruck“
    /// gegeben, sagte Lena Sommer.`): a cue right after a comma later in the quotation's
    /// sentence has the subject that follows it, past adverbs and object pronouns, unless that
    /// phrase is in a case other than the nominative or in a prepositional phrase. The words
    /// reported are a clause: the sentence's first clause, up to its first comma, holds a verb
    /// of a closed class (a subjunctive, auxiliary, modal or copula: `habe`, `sei`, `wird`) or a
    /// cue. Without one, the sentence opened with a phrase and the verb after the comma is its
    /// main verb, in second place (`In seiner „Rede“, die verlesen wurde, mahnte X`): the
    /// quotation is part of that phrase, and no words of its own are reported.
    fn german_reporting_clause_after(&self, k: usize, end: usize) -> Option<Mention> {
        if !self.profile.verb_second || !self.is_punct(k - 1, &[',']) {
            return None;
        }
        let start = self.sentence_start(k);
        let first_clause_has_a_verb = (start..k).take_while(|&i| !self.is_punct(i, &[','])).any(|i| {
            self.word(i).is_some_and(|t| {
                lexicon::is_german_subjunctive(t.lower)
                    || lexicon::is_german_auxiliary(t.lower)
                    || lexicon::is_german_modal(t.lower)
                    || COPULAS.contains(t.lower)
            }) || self.is_cue(i)
        });
        if !first_clause_has_a_verb {
            return None;
        }
        self.german_subject_after(k, end + 1)
            .filter(|m| !self.german_object(m))
    }

    /// `…, in sharp contrast to past races, said Dan Osei, a pollster.`: a cue after a comma with
    /// its subject after it, where the subject ends the sentence or an appositive follows.
    /// Not in a verb-second language, where `german_speaker` reads the subject after the verb.
    fn inverted_subject(&self, k: usize) -> Option<Mention> {
        if self.profile.verb_second || !self.comma_before(k) {
            return None;
        }
        let j = self.skip_forward(k + 1, lexicon::is_time_word);
        let m = self
            .mention_starting_at(j)
            .or_else(|| self.bare_description(j))
            .filter(|m| !matches!(m.kind, MentionKind::Pronoun))?;
        let after = m.last + 1;
        (after >= self.tokens.len()
            || !self.same_sentence(after, k)
            || self.is_punct(after, &[',', '.', '!', '?']))
        .then_some(m)
    }
}

#[cfg(test)]
mod tests {
    use crate::attribute::testing::{speakers, who};

    #[test]
    fn german_so_at_the_end_of_the_sentence() {
        let text = "Die Lage ist ernst. Der Iran müsse „vollständig und nachweislich den Prozess“ beenden, \
                    so Rice. Die USA billigten das.";
        assert_eq!(who(text)[0].1, "Rice");
        let text = "Die Lage ist ernst. Die Summe sei „mit Vorsicht zu genießen“, da sie doppelt so hoch \
                    sei, so die FIFA.";
        assert_eq!(who(text)[0].1, "die FIFA");
    }

    #[test]
    fn a_cue_after_a_comma_late_in_the_sentence_takes_the_subject_after_it() {
        let text = "The council met on Monday.\n\
                    “We will rebuild the harbour before winter,” in a sharp break with past plans, \
                    said Ana Ortiz, the mayor.\n\
                    The plan would bring a “season of hardship” to the valley, forcing farmers to \
                    sell, said Lee Park, an economist.\n";
        assert_eq!(speakers(text), ["Ana Ortiz", "Lee Park"]);
    }

    #[test]
    fn german_reporting_clause_after_the_words_it_reports() {
        // The quotation inside a clause of reported speech; the cue after the comma that ends
        // it comes first, its subject after it.
        let text = "Paul Roth erklärte, der Fund sei selten. Vermutlich habe ein Stern der Scheibe \
                    einen „Ruck“ gegeben, sagte Lena Sommer am Montag.";
        assert_eq!(who(text)[0].1, "Lena Sommer", "{:?}", who(text));
        let text = "Die Lage ist ernst. Die Reform sei „schlicht verfehlt“ und komme zu spät, \
                    erklärte der Verband.";
        assert_eq!(who(text)[0].1, "der Verband", "{:?}", who(text));
        // A sentence that opens with a phrase has its main verb after the comma: the quotation
        // is part of that phrase, and the verb reports nothing of it.
        let text = "Der Rat tagte. In seiner „Neujahrsrede“, die im Radio gesendet wurde, mahnte \
                    Jonas Brandt zur Sparsamkeit.";
        assert_ne!(who(text)[0].1, "Jonas Brandt", "{:?}", who(text));
        // A phrase in the dative after the verb is its object, not the subject.
        let text = "Paul Roth erklärte, der Fund sei selten. Vermutlich habe ein Stern der Scheibe \
                    einen „Ruck“ gegeben, sagte dem Sender ein Forscher.";
        assert_ne!(who(text)[0].1, "dem Sender", "{:?}", who(text));
    }

    #[test]
    fn german_participle_after_the_quotation_has_the_subject_that_opens_the_sentence() {
        let text = "Die Lage ist ruhig. Der Minister hatte den Auftrag als „Geschäft des Jahrhunderts“ \
                    bezeichnet.";
        assert_eq!(who(text)[0].2, "bezeichnet");
        assert_eq!(who(text)[0].1, "Der Minister");
    }
}
