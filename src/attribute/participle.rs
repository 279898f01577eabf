//! `a-participle-shares-its-clauses-subject`: the subject of an English participle after a
//! comma (`…, calling it “…”`) where the sentence's opening subject is not found.

use super::doc::Passage;
use super::grammar::reads_as_english_past;
use super::mentions::{Mention, MentionKind};

/// How many tokens back from the comma the clause's verb is looked for.
const VERB_REACH: usize = 30;

impl Passage<'_> {
    /// The subject of the finite verb that ends its clause before the comma of a participle at
    /// `k` (`Netanyahu and other leaders shunned Jimmy Carter during his trips, claiming …`:
    /// the leaders, not the verb's object `Jimmy Carter`). The verb is the nearest past tense
    /// (`-ed`, an irregular past) or cue before the comma that is no participle, and its subject
    /// is read back from it as for any cue (past appositives and relative clauses); a name or a
    /// description, not a pronoun, which the caller's nearer reading finds as well. English only.
    pub(super) fn participle_clause_subject(&self, k: usize, from: usize) -> Option<Mention> {
        if self.profile.verb_second || !self.comma_before(k) {
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
