//! `a-participle-shares-its-clauses-subject`: the subject of an English participle after a
//! comma (`…, calling it “…”`) where the sentence's opening subject is not found.

use super::doc::Passage;
use super::grammar::{is_subordinator, reads_as_english_past};
use super::mentions::{Mention, MentionKind};

/// How many tokens back from the comma the clause's verb is looked for.
const VERB_REACH: usize = 30;

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
        let verb = (from.max(k.saturating_sub(VERB_REACH))..k).find(|&i| {
            self.word(i).is_some_and(|t| {
                !t.capitalized && !t.lower.ends_with("ing") && (reads_as_english_past(t) || self.is_cue(i))
            })
        })?;
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
