//! `according-to-in-sentence`: `“…,” Lee said, according to the Gazette.` gives the quotation to
//! the source the writer names for the whole sentence, `the Gazette`.

use super::{Hit, Rule};
use crate::attribute::doc::{Passage, SENTENCE_REACH, TokKind};
use crate::attribute::grammar::{base, is_clause_word, is_definite, is_determiner};
use crate::attribute::mentions::{Mention, MentionKind};
use crate::lang::Lang;
use crate::lexicon;
use crate::types::Via;

/// The rule, as `RULES` lists it.
pub(super) const RULE: Rule = Rule {
    id: "according-to-in-sentence",
    description: "`according to X` opening the quotation's sentence or set off by a comma in it names the source of the whole sentence",
    evidence: Via::Cue,
    find: |passage, q| passage.according_to_in_sentence(q),
};

impl Passage<'_> {
    /// The source of `according to X` where it stands for the whole sentence of the quotation at
    /// token `q`: it opens the sentence (`According to the Gazette, Lee said “…”`) or follows a
    /// comma (`“…,” Lee said, according to the Gazette.`), outside the quotations. Who spoke
    /// reached the writer through that source, and the writer credits it. English only: a
    /// German `laut` may stand inside a clause as freely as an adverb does.
    ///
    /// Not without the comma (`Lee said that according to the census …`: the phrase belongs to
    /// what was said), nor from another sentence, nor where the quotation stands inside the
    /// source's own words (`according to the “Made at Home” label`).
    fn according_to_in_sentence(&self, q: usize) -> Option<Hit> {
        if self.profile.lang != Lang::English {
            return None;
        }
        let start = self.sentence_start(q);
        let end = (q..self.tokens.len().min(q + SENTENCE_REACH))
            .take_while(|&j| self.same_sentence(j, q))
            .last()
            .unwrap_or(q);
        (start..=end)
            .filter(|&k| {
                self.tokens[k].kind == TokKind::Word
                    && self.lower(k) == "according"
                    && self.lower(k + 1) == "to"
                    && (k == start || self.comma_before(k))
            })
            .find_map(|k| {
                self.according_to_source(k)
                    .or_else(|| self.source_phrase(k + 2))
                    .filter(|m| !(k < q && q <= m.last + 1))
                    .map(|m| self.hit(m, k))
            })
    }

    /// `a transcript of the interview`, `a Pentagon readout`, `officials with knowledge of the
    /// talks`: a noun phrase that names no one a pronoun could refer to, but still the source, up
    /// to its head: the last of up to four words after an optional determiner that the lexicon
    /// knows as a document, a person or a group (`lexicon::is_document_noun`,
    /// `is_person_noun`, `is_group_noun`), before a preposition, clause word, cue or mark.
    fn source_phrase(&self, i: usize) -> Option<Mention> {
        let det = self.word(i)?;
        let first_word = if is_determiner(det.lower) { i + 1 } else { i };
        let head = (first_word..first_word + 4)
            .take_while(|&j| {
                self.word(j).is_some_and(|t| {
                    !is_clause_word(t.lower) && !self.is_preposition(t.lower) && !self.is_verb_filler(t.lower)
                }) && !self.is_cue(j)
            })
            .filter(|&j| {
                let l = base(self.lower(j));
                lexicon::is_document_noun(l) || lexicon::is_person_noun(l) || lexicon::is_group_noun(l)
            })
            .last()?;
        Some(Mention {
            kind: MentionKind::Description {
                role: base(self.lower(head)).to_string(),
                definite: is_definite(det.lower),
            },
            first: i,
            last: head,
        })
    }
}

#[cfg(test)]
mod tests {
    use crate::attribute::testing::{speakers, who};

    #[test]
    fn the_source_after_the_reporting_clause() {
        let w = who("“We will rebuild the pier,” Ana Ortiz said, according to the Coastal Gazette.");
        assert_eq!(w[0].1, "the Coastal Gazette");
        assert_eq!(w[0].2, "according to");
    }

    #[test]
    fn the_source_opening_the_sentence() {
        let w = who(
            "According to a transcript of the hearing, Bo Lind told the panel the plan was “a \
                     waste of good money.”",
        );
        assert_eq!(w[0].1, "a transcript");
    }

    #[test]
    fn the_source_of_a_document() {
        let w = who("The mayor promised “a new bridge by spring,” according to minutes of the meeting.");
        assert_eq!(w[0].1, "minutes");
    }

    #[test]
    fn the_source_of_many() {
        let w =
            who("Bo Lind called the deal “a disgrace,” according to officials with knowledge of the talks.");
        assert_eq!(w[0].1, "officials");
        let w = who("Bo Lind called the deal “a disgrace,” according to an Interior Ministry readout.");
        assert_eq!(w[0].1, "an Interior Ministry");
    }

    #[test]
    fn not_inside_what_was_said() {
        // No comma: the phrase is part of the reported clause.
        assert_eq!(
            speakers("Ana Ortiz said that according to her count the vote was “far from over.”"),
            ["Ana Ortiz"]
        );
    }

    #[test]
    fn not_from_another_sentence() {
        assert_eq!(
            speakers("Turnout fell, according to the county.\n\n“We expected worse,” Ana Ortiz said."),
            ["Ana Ortiz"]
        );
    }

    #[test]
    fn not_inside_a_quotation() {
        assert_eq!(
            speakers("“According to the county, turnout fell,” Ana Ortiz said."),
            ["Ana Ortiz"]
        );
    }

    #[test]
    fn not_in_german() {
        assert_eq!(
            speakers("„Wir bauen die Brücke neu“, sagte Anna Weber, laut der Zeitung."),
            ["Anna Weber"]
        );
    }
}
