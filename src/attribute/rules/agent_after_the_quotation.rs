//! `agent-after-the-quotation`: `The plan was called “a disaster” by critics`.

use super::{Hit, Rule};
use crate::attribute::doc::Passage;
use crate::attribute::grammar::THING_NAMING_VERBS;
use crate::attribute::mentions::MentionKind;
use crate::lang::Lang;
use crate::types::Via;

/// The rule, as `RULES` lists it.
pub(super) const RULE: Rule = Rule {
    id: "agent-after-the-quotation",
    description: "A cue in the passive before the quotation and its agent, after `by`, right after it",
    evidence: Via::Cue,
    find: |passage, q| passage.agent_after_the_quotation(q),
};

/// How many words may stand between a passive cue and its quotation (`was labeled as a`).
const CUE_REACH: usize = 5;

impl Passage<'_> {
    /// A verb of speech in the passive speaks of what its subject names; who spoke is its
    /// agent, after `by` (`The plan was called “a disaster” by critics`, `…, often labeled a
    /// “witch hunt” by Democrats`). English only: German reads its passive with the clause.
    fn agent_after_the_quotation(&self, q: usize) -> Option<Hit> {
        if self.profile.lang != Lang::English {
            return None;
        }
        let by = if self.is_punct(q + 1, &[',']) {
            q + 2
        } else {
            q + 1
        };
        if self.lower(by) != "by" || self.word(by).is_none_or(|t| t.capitalized) {
            return None;
        }
        // The cue: a participle a few words before the quotation, in its sentence, after an
        // auxiliary of the passive (`was called`) or after the comma or dash that opens a
        // participle's phrase (`…, often labeled`). A verb of naming counts: what someone is
        // called by others is their word (`was called “a disaster” by critics`).
        let k = (q.saturating_sub(CUE_REACH)..q)
            .rev()
            .take_while(|&k| self.word(k).is_some())
            .find(|&k| self.is_cue(k) || THING_NAMING_VERBS.contains(self.lower(k)))?;
        let opens_phrase = (k.saturating_sub(2)..k)
            .rev()
            .take_while(|&i| self.word(i).is_none_or(|t| self.is_verb_filler(t.lower)))
            .any(|i| self.is_punct(i, &[',', '—', '–']));
        if !(self.is_passive(k) || opens_phrase) || self.lower(k).ends_with("ing") {
            return None;
        }
        // The quotation is what the verb says (`labeled as a “…”`), not a word of a phrase after
        // it (`reported in a “hit piece” by the paper`, whose words are the sentence's subject's).
        if (k + 1..q).any(|i| self.is_preposition(self.lower(i))) {
            return None;
        }
        let agent = by + 1;
        let m = self
            .mention_starting_at(agent)
            .or_else(|| self.bare_description(agent))
            .or_else(|| self.bare_plural_starting_at(agent))?;
        (!matches!(m.kind, MentionKind::Pronoun) || self.lower(agent) != "it").then(|| self.hit(m, k))
    }
}

#[cfg(test)]
mod tests {
    use crate::attribute::testing::who;

    #[test]
    fn the_agent_of_a_passive_cue_speaks() {
        for (text, mention) in [
            ("The harbour plan was called “a disaster” by critics.", "critics"),
            (
                "The inquiry, often labeled a “witch hunt” by Democrats, goes on.",
                "Democrats",
            ),
            (
                "The deal was described as “fair” by the mayor on Monday.",
                "the mayor",
            ),
        ] {
            assert_eq!(who(text)[0].1, mention, "{text}: {:?}", who(text));
        }
        // An active verb's subject speaks, whatever follows the quotation.
        let text = "Ana Ruiz called the plan “a disaster” by any measure.";
        assert_eq!(who(text)[0].1, "Ana Ruiz", "{:?}", who(text));
        // A quotation in a phrase after the verb is no word the agent said.
        let text = "Ana Ruiz called it an error that was reported in a “smear” by the Harbour Times.";
        assert_ne!(who(text)[0].1, "the Harbour Times", "{:?}", who(text));
    }
}
