//! `parenthetical-reporter`: `CNN, Cruz said, called the announcement “…”`.

use super::{Hit, Rule};
use crate::attribute::doc::{Passage, TokKind};
use crate::attribute::mentions::MentionKind;
use crate::lang::Lang;
use crate::lexicon;
use crate::types::Via;

/// Tokens after the first comma within which the reporting clause's cue stands (`, Senator Ana
/// Ortiz of Maine later said,`).
const CLAUSE_WORDS: usize = 12;

/// The rule, as `RULES` lists it.
pub(super) const RULE: Rule = Rule {
    id: "parenthetical-reporter",
    description: "A reporting clause set between commas inside the quotation's sentence, before it",
    evidence: Via::Cue,
    find: |passage, q| passage.parenthetical_reporter(q),
};

impl Passage<'_> {
    /// A reporting clause set between commas inside the sentence, before the quotation (`CNN,
    /// Cruz said, called the announcement “…”`, `It was no different, he said, from Bush calling
    /// the plan “…”`), reports the whole sentence: its subject is the quotation's speaker, as
    /// `outer_reporter` credits reported speech inside reported speech to the reporter. The
    /// clause is a name or a pronoun and a cue, with only adverbs and times besides (not a cue
    /// and a name: in `Lee, a delegate, told CNN, “…”` the name is the one told); words of the
    /// sentence stand before it, and no quotation stands before its first comma (`“…,” he said,
    /// “…”` is the quotation's own cue, read by `cue-right-after`). English only.
    fn parenthetical_reporter(&self, q: usize) -> Option<Hit> {
        if self.profile.lang != Lang::English {
            return None;
        }
        let start = self.sentence_start(q);
        let first_quotation = (start..q)
            .find(|&i| matches!(self.tokens[i].kind, TokKind::Quote(_)))
            .unwrap_or(q);
        (start + 1..first_quotation)
            .rev()
            .filter(|&c| self.is_punct(c, &[',']) && self.word(c - 1).is_some())
            .find_map(|c| self.reporting_clause_after(c, q))
    }

    /// `, Cruz said,` right after the comma at `c` and closed by a comma before `q`, with no
    /// quotation between: a name or a pronoun, the cue, adverbs and times. A passive (`Trump was
    /// asked,`) reports what was said to its subject.
    fn reporting_clause_after(&self, c: usize, q: usize) -> Option<Hit> {
        let filler = |l: &str| self.is_verb_filler(l) || lexicon::is_time_word(l);
        // A clause of a few words holds its cue: no noun phrase is read where none does.
        if !(c + 2..q.min(c + CLAUSE_WORDS)).any(|k| self.is_cue(k)) {
            return None;
        }
        let m = self
            .mention_starting_at(c + 1)
            .filter(|m| !matches!(m.kind, MentionKind::Description { .. }))?;
        let k = self.skip_forward(m.last + 1, filler);
        let close = self.skip_forward(k + 1, filler);
        (k < q
            && self.is_speech_cue(k)
            && !self.is_passive(k)
            && close < q
            && self.is_punct(close, &[','])
            && !(close..q).any(|i| matches!(self.tokens[i].kind, TokKind::Quote(_))))
        .then(|| self.hit(m, k))
    }

    /// A cue that is a verb of saying in the past or present, not a participle or `according`.
    fn is_speech_cue(&self, k: usize) -> bool {
        self.word(k)
            .is_some_and(|t| !t.capitalized && !t.lower.ends_with("ing"))
            && self.is_cue(k)
            && !self.is_according_to(k)
    }
}

#[cfg(test)]
mod tests {
    use crate::attribute::testing::who;

    #[test]
    fn a_reporting_clause_between_commas_reports_the_whole_sentence() {
        for (text, speaker) in [
            (
                "The Gazette, Ortiz said, called the harbour plan “highly significant.”",
                "Ortiz",
            ),
            (
                "The vote was no different, he said, from Bo Lind calling the plan “a mistake.”",
                "he",
            ),
        ] {
            assert_eq!(who(text)[0].1, speaker, "{text}");
        }
    }

    #[test]
    fn a_reporting_clause_after_a_quotation_is_that_quotations() {
        let found = who("“The port stays open,” Ortiz said, “and the harbour too.”");
        assert_eq!(found[0].1, "Ortiz");
        assert_eq!(found[1].1, "Ortiz");
    }
}
