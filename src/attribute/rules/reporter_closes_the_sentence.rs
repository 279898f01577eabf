//! `reporter-closes-the-sentence`: `“…,” said Ana Ortiz, the mayor, reports the Gazette.` gives
//! the quotation to the one who reports the whole sentence, `the Gazette`.

use super::{Hit, Rule};
use crate::attribute::doc::{Passage, SENTENCE_REACH};
use crate::attribute::mentions::{Mention, MentionKind};
use crate::lang::Lang;
use crate::lexicon;
use crate::types::Via;

/// The rule, as `RULES` lists it.
pub(super) const RULE: Rule = Rule {
    id: "reporter-closes-the-sentence",
    description: "A reporting clause of a subject and a cue alone, set off by a comma at the end of a sentence that has a cue of its own, names the source of the whole sentence",
    evidence: Via::Cue,
    find: |passage, q| passage.reporter_closes_the_sentence(q),
};

/// How far back from the end of the sentence the comma that opens the closing clause may stand.
const CLOSING_CLAUSE: usize = 12;

impl Passage<'_> {
    /// The subject of a reporting clause that closes the quotation's sentence after a comma,
    /// either way round (`…, reports the Gazette.`, `…, the Gazette reported.`), past times at
    /// its end (`reported on Monday`), where the sentence has another cue before that comma:
    /// the words inside reached the writer through that reporter, who is credited with them,
    /// as `according to` is. English only.
    ///
    /// Not where the closing clause is the only cue of the sentence (`“…,” Ana Ortiz said.`:
    /// `cue-right-after` reads that), nor a relative clause (`…, said Lind, who spoke first.`).
    fn reporter_closes_the_sentence(&self, q: usize) -> Option<Hit> {
        if self.profile.lang != Lang::English {
            return None;
        }
        let mut end = (q..self.tokens.len().min(q + SENTENCE_REACH))
            .take_while(|&j| self.same_sentence(j, q))
            .last()?;
        if self.is_punct(end, &['.', '!']) {
            end -= 1;
        }
        // The comma that opens the closing clause, found before any word is looked up.
        let comma = (q + 1..end)
            .rev()
            .take(CLOSING_CLAUSE)
            .find(|&j| self.is_punct(j, &[',']) || (j == q + 1 && self.comma_before(j)))?;
        let clause = if self.is_punct(comma, &[',']) {
            comma + 1
        } else {
            comma
        };
        // Times at the end of the clause (`reported on Monday`).
        while end > clause
            && self.word(end).is_some_and(|t| lexicon::is_time_word(t.lower))
            && self.word(end - 1).is_some()
        {
            end -= 1;
        }
        // The closing clause opens or ends with its cue: where neither word is one, nothing
        // more is read.
        if !(self.is_cue(clause) || self.is_cue(end)) {
            return None;
        }
        // The sentence's own cue before the clause next: most quotations have none but the
        // clause that closes their sentence (`“…,” Ana Ortiz said.`), which is then not read.
        let start = self.sentence_start(q);
        let cue_before = (start..clause)
            .any(|j| j != q && self.word(j).is_some() && self.is_cue(j) && !self.is_according_to(j));
        if !cue_before {
            return None;
        }
        let (mention, cue) = self.closing_reporter(clause, end)?;
        Some(self.hit(mention, cue))
    }

    /// A subject and a cue that make up tokens `[first, last]` alone, either way round.
    fn closing_reporter(&self, first: usize, last: usize) -> Option<(Mention, usize)> {
        // A pronoun there takes up the speaker again (`…,” she said.`), it names no reporter.
        let not_relative =
            |m: &Mention| !matches!(m.kind, MentionKind::Pronoun) && !self.is_relative_subject(m.first);
        // A finite verb before its subject: not a participle (`…, quoting an aide`), nor a verb
        // whose hearer follows it (`…, told the Gazette`: `prepositions.txt` lists those).
        if self.is_cue(first)
            && !self.is_according_to(first)
            && !self.lower(first).ends_with("ing")
            && !self.is_preposition(self.lower(first))
        {
            let m = self
                .mention_starting_at(first + 1)
                .or_else(|| self.bare_description(first + 1))?;
            return (m.last == last && not_relative(&m)).then_some((m, first));
        }
        let m = self
            .mention_starting_at(first)
            .or_else(|| self.bare_description(first))?;
        let cue = m.last + 1;
        (cue == last && self.is_cue(cue) && not_relative(&m)).then_some((m, cue))
    }
}

#[cfg(test)]
mod tests {
    use crate::attribute::testing::{speakers, who};

    #[test]
    fn the_reporter_after_the_speaker() {
        let w = who(
            "“We will rebuild the pier,” said Ana Ortiz, the mayor of Lyle, reports the Coastal Gazette.",
        );
        assert_eq!(w[0].1, "the Coastal Gazette");
        assert_eq!(w[0].2, "reports");
    }

    #[test]
    fn the_reporter_before_its_cue() {
        let w =
            who("Bo Lind called the plan “a waste of good money,” the Coastal Gazette reported on Monday.");
        assert_eq!(w[0].1, "the Coastal Gazette");
    }

    #[test]
    fn not_the_only_cue() {
        assert_eq!(
            speakers("“We will rebuild the pier,” Ana Ortiz said."),
            ["Ana Ortiz"]
        );
    }

    #[test]
    fn not_a_pronoun_taking_up_the_speaker() {
        assert_eq!(
            speakers("Ana Ortiz said “the pier comes first,” she said."),
            ["Ana Ortiz"]
        );
    }

    #[test]
    fn not_a_participle_or_a_hearer() {
        assert_eq!(
            speakers("“We will rebuild the pier,” said Ana Ortiz, quoting an old friend."),
            ["Ana Ortiz"]
        );
        assert_eq!(
            speakers("“We will rebuild the pier,” said Ana Ortiz, the mayor, told the Gazette."),
            ["Ana Ortiz"]
        );
    }

    #[test]
    fn not_a_relative_clause() {
        assert_eq!(
            speakers("“We will rebuild the pier,” said Ana Ortiz, who spoke first."),
            ["Ana Ortiz"]
        );
    }

    #[test]
    fn not_more_than_a_subject_and_a_cue() {
        assert_eq!(
            speakers("“We will rebuild the pier,” said Ana Ortiz, the crowd cheered loudly and long."),
            ["Ana Ortiz"]
        );
    }
}
