//! `according-to-in-sentence`: `“…,” Lee said, according to the Gazette.` gives the quotation to
//! the source the writer names for the whole sentence, `the Gazette`.

use std::sync::LazyLock;

use memchr::memmem::Finder;

use super::{Hit, Rule};
use crate::attribute::doc::{Passage, SENTENCE_REACH, TokKind};
use crate::attribute::grammar::{base, is_clause_word, is_definite, is_determiner};
use crate::attribute::mentions::{Mention, MentionKind};
use crate::lang::Lang;
use crate::lexicon;
use crate::types::Via;

/// `according to` without its first letter, which may be a capital: searched in the text.
static ACCORDING_TO: LazyLock<Finder<'static>> = LazyLock::new(|| Finder::new("ccording to"));

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
    /// A quotation that ends its sentence with its own question or exclamation mark has its
    /// reporting clause in the next sentence (`“…?” Lee asked, according to the Gazette.`), which
    /// is read too, up to a quotation of its own. Not without the comma (`Lee said that according
    /// to the census …`: the phrase belongs to what was said), nor from another sentence, nor
    /// where the quotation stands inside the source's own words (`according to the “Made at
    /// Home” label`).
    fn according_to_in_sentence(&self, q: usize) -> Option<Hit> {
        if self.profile.lang != Lang::English {
            return None;
        }
        // Only the `according to` near the quotation are read, found once for the passage.
        let all = self.according_tos();
        let near = &all[all.partition_point(|&k| (k as usize) + SENTENCE_REACH < q)..];
        let near = &near[..near.partition_point(|&k| (k as usize) <= q + SENTENCE_REACH)];
        if near.is_empty() {
            return None;
        }
        // `“…?” Lee asked, according to the Gazette.`: a quotation that ends its sentence with
        // its own mark has its reporting clause in the next one, which is read too, up to a
        // quotation of its own. A full stop ends the writer's sentence too (`“….” Lee said he
        // would go, according to …` reports something else).
        let end = self.sentence_end(q);
        let asks_or_exclaims = self.text[self.tokens[q].range()]
            .trim_end_matches(['”', '"', '’', '\'', ' '])
            .ends_with(['?', '!']);
        let next = Some(end + 1).filter(|&n| asks_or_exclaims && self.opens_a_reporting_clause(n));
        let in_reach = |k: usize| {
            self.same_sentence(k, q)
                || next.is_some_and(|n| {
                    k > n
                        && self.same_sentence(k, n)
                        && !(n..k).any(|j| matches!(self.tokens[j].kind, TokKind::Quote(_)))
                })
        };
        near.iter()
            .map(|&k| k as usize)
            .filter(|&k| in_reach(k) && (self.starts_sentence(k) || self.comma_before(k)))
            .find_map(|k| {
                self.according_to_source(k)
                    .or_else(|| self.source_phrase(k + 2))
                    .filter(|m| !(k < q && q <= m.last + 1))
                    .map(|m| self.hit(m, k))
            })
    }

    /// The tokens of the passage that open `according to`, in order: found in the text, not
    /// asked of every token.
    fn according_tos(&self) -> &[u32] {
        self.according_tos.get_or_init(|| {
            let read = self.tokens.last().map_or(0, |t| t.end as usize);
            ACCORDING_TO
                .find_iter(&self.text.as_bytes()[..read])
                .filter_map(|at| {
                    let k = self.tokens.partition_point(|t| (t.end as usize) <= at);
                    (self.tokens.get(k).is_some_and(|t| t.kind == TokKind::Word)
                        && self.lower(k) == "according"
                        && self.lower(k + 1) == "to")
                        .then_some(k as u32)
                })
                .collect()
        })
    }

    /// Whether the sentence that opens at token `n`, in the paragraph before it, opens with a
    /// reporting clause: a cue and its subject either way round (`Lee asked`, `asked Lee`).
    fn opens_a_reporting_clause(&self, n: usize) -> bool {
        n > 0
            && self.word(n).is_some()
            && self.tokens[n].paragraph == self.tokens[n - 1].paragraph
            && (self.is_cue(n)
                || self
                    .mention_starting_at(n)
                    .is_some_and(|m| self.is_cue(m.last + 1)))
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
    fn the_speaker_keeps_the_words_the_frame_reports() {
        // The words are Ana Ortiz's: the Gazette only reports them.
        assert_eq!(
            speakers("“We will rebuild the pier,” Ana Ortiz said, according to the Coastal Gazette."),
            ["Ana Ortiz"]
        );
        assert_eq!(
            speakers("“Who pays for the pier?” Ana Ortiz asked, according to the Coastal Gazette."),
            ["Ana Ortiz"]
        );
        assert_eq!(
            speakers(
                "According to a transcript of the hearing, Bo Lind told the panel the plan was “a \
                 waste of good money.”"
            ),
            ["Bo Lind"]
        );
    }

    #[test]
    fn the_source_after_the_quotation() {
        let w = who("The pier will be “rebuilt by spring,” according to the Coastal Gazette.");
        assert_eq!(w[0].1, "the Coastal Gazette");
        assert_eq!(w[0].2, "according to");
    }

    #[test]
    fn the_source_opening_the_sentence() {
        let w = who("According to a transcript of the hearing, the plan was “a waste of good money.”");
        assert_eq!(w[0].1, "a transcript");
    }

    #[test]
    fn the_source_of_a_document() {
        let w = who("The bridge will open “by spring,” according to minutes of the meeting.");
        assert_eq!(w[0].1, "minutes");
    }

    #[test]
    fn the_source_of_many() {
        let w = who("The deal was “a disgrace,” according to officials with knowledge of the talks.");
        assert_eq!(w[0].1, "officials");
        let w = who("The deal was “a disgrace,” according to an Interior Ministry readout.");
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
