//! `german-speech-noun-genitive`: `Auf den Vorwurf der Opposition, es handele sich um einen „…“`.

use super::{Hit, Rule};
use crate::attribute::doc::Passage;
use crate::attribute::grammar::GENITIVE_ARTICLES;
use crate::attribute::mentions::MentionKind;
use crate::lexicon;
use crate::types::Via;

/// The rule, as `RULES` lists it.
pub(super) const RULE: Rule = Rule {
    id: "german-speech-noun-genitive",
    description: "German noun of speech, its genitive and a comma: the reported clause after it is the genitive's",
    evidence: Via::Cue,
    find: |passage, q| passage.german_speech_noun_genitive(q),
};

impl Passage<'_> {
    /// A German noun of speech (`lexicon/de/speech-nouns.txt`: `Vorwurf`, `Forderung`,
    /// `Behauptung`), a genitive right after it (`der Opposition`, `des Ministers`) and a comma
    /// open the clause that gives what was said, in reported speech: `Auf den Vorwurf der
    /// Opposition, es handele sich um einen „…“, antwortete …`. A quotation later in that
    /// sentence, with no cue between the comma and it, is the genitive's, when the words after
    /// the comma are reported speech: they open with `dass`, or a verb in the subjunctive
    /// (`lexicon/de/subjunctives.txt`) stands among them before the sentence's next cue.
    fn german_speech_noun_genitive(&self, q: usize) -> Option<Hit> {
        if !self.profile.verb_second {
            return None;
        }
        let start = self.sentence_start(q);
        let noun = (start.max(q.saturating_sub(30))..q).rev().find(|&k| {
            self.word(k)
                .is_some_and(|t| t.capitalized && lexicon::is_speech_noun(t.lower))
                && GENITIVE_ARTICLES.contains(self.lower(k + 1))
        })?;
        let mention = self
            .mention_starting_at(noun + 1)
            .or_else(|| self.mention_starting_at(noun + 2))
            .filter(|m| !matches!(m.kind, MentionKind::Pronoun))?;
        let comma = mention.last + 1;
        if comma >= q || !self.is_punct(comma, &[',']) || (comma + 1..q).any(|i| self.is_cue(i)) {
            return None;
        }
        let end = self.sentence_end(q);
        let reported = self.lower(comma + 1) == "dass"
            || (comma + 1..=end)
                .take_while(|&i| i <= q || !self.is_cue(i))
                .any(|i| lexicon::is_german_subjunctive(self.lower(i)));
        reported.then(|| Hit {
            mention,
            cue: self.lower(noun).to_string(),
        })
    }
}

#[cfg(test)]
mod tests {
    use crate::attribute::testing::who;

    #[test]
    fn the_reported_clause_after_a_noun_of_speech_is_its_genitive() {
        let text = "Der Rat stritt lange. Auf den Vorwurf der Opposition, es gehe um einen „teuren Umweg“, \
                    mit dem man die Pendler „zur Bahn drängen“ wolle, antwortete die Stadt nicht.";
        let found = who(text);
        assert_eq!(found[0].1, "der Opposition", "{found:?}");
        assert_eq!(found[1].1, "der Opposition", "{found:?}");
        let text = "Die Forderung des Ministers, dass die Schulen „sofort öffnen“, stieß auf Kritik.";
        assert_eq!(who(text)[0].1, "des Ministers", "{:?}", who(text));
    }

    #[test]
    fn a_noun_of_speech_without_reported_speech_after_it_names_no_speaker() {
        // A relative clause about the genitive, in the indicative, reports nothing of it.
        let text = "Der Rat stritt lange. Der Vorwurf der Opposition, die den „teuren Umweg“ ablehnt, \
                    blieb ohne Antwort.";
        assert_ne!(who(text)[0].1, "der Opposition", "{:?}", who(text));
        // A cue between the comma and the quotation has its own speaker.
        let text = "Nach dem Vorwurf der Opposition, sagte Jonas Brandt, sei der Plan „ein teurer Umweg“.";
        assert_eq!(who(text)[0].0, "Jonas Brandt", "{:?}", who(text));
    }
}
