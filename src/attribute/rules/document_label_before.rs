//! `document-label-before`: `Partial transcript as follows: “…”` gives the words to the document
//! that the short sentence before the colon names.

use super::{Hit, Rule};
use crate::attribute::doc::{Passage, TokKind};
use crate::attribute::grammar::{base, is_determiner};
use crate::attribute::mentions::{Mention, MentionKind};
use crate::lang::Lang;
use crate::lexicon;
use crate::types::Via;

/// The rule, as `RULES` lists it.
pub(super) const RULE: Rule = Rule {
    id: "document-label-before",
    description: "A short sentence before a colon that names a document and no one labels the words after it with the document",
    evidence: Via::Cue,
    find: |passage, q| passage.document_label_before(q),
};

/// The most words such a label has (`The full text of the statement follows`).
const LABEL_WORDS: usize = 8;

impl Passage<'_> {
    /// `Transcript as follows: “…”`, `The statement in full: “…”`: a sentence of a few words
    /// before a colon right before the quotation, that opens with a noun phrase whose head the
    /// lexicon knows as a document (`lexicon::is_document_noun`) and holds no name, pronoun,
    /// quotation or cue: the document is the source of the words it introduces, as a name
    /// alone before a colon is (`label-before`). English only, where a capital makes a name.
    fn document_label_before(&self, q: usize) -> Option<Hit> {
        if self.profile.lang != Lang::English || q < 2 || !self.is_punct(q - 1, &[':']) {
            return None;
        }
        let last = q - 2;
        let start = self.sentence_start(last);
        if last + 1 - start > LABEL_WORDS || self.tokens[start].paragraph == 0 {
            return None;
        }
        let plain = (start..=last).all(|i| {
            self.tokens[i].kind == TokKind::Word
                && (i == start || !self.tokens[i].capitalized)
                && !lexicon::is_pronoun(self.lower(i))
                && !self.is_cue(i)
        });
        if !plain {
            return None;
        }
        // The noun phrase that opens the sentence: a determiner or adjectives, then the
        // document, within its first three words.
        let head = (start..=last.min(start + 2)).find(|&i| lexicon::is_document_noun(base(self.lower(i))))?;
        (start..head)
            .all(|i| is_determiner(self.lower(i)) || !self.is_preposition(self.lower(i)))
            .then(|| Hit {
                mention: Mention {
                    kind: MentionKind::Description {
                        role: base(self.lower(head)).to_string(),
                        definite: false,
                    },
                    first: start,
                    last: head,
                },
                cue: ":".to_string(),
            })
    }
}

#[cfg(test)]
mod tests {
    use crate::attribute::testing::who;

    #[test]
    fn a_document_labels_the_words_after_it() {
        let text = "The mayor spoke to the council on Monday.\n\nPartial transcript as follows:\n\n\
                    “We will rebuild the pier before winter.”\n\n“And the school comes next.”";
        let w = who(text);
        assert_eq!(w[0].1, "Partial transcript");
        assert_eq!(w[1].1, "Partial transcript");
        let text = "The mayor spoke on Monday.\n\nThe statement in full: “We will rebuild the pier.”";
        assert_eq!(who(text)[0].1, "The statement");
    }

    #[test]
    fn not_a_longer_sentence_nor_one_naming_someone() {
        let text = "The mayor spoke on Monday.\n\nThe statement that the mayor had sent to every \
                    member of the board: “We will rebuild the pier.”";
        assert_ne!(who(text)[0].1, "The statement");
        let text = "The mayor spoke on Monday.\n\nThe statement from Ana Ortiz: “We will rebuild the pier.”";
        assert_ne!(who(text)[0].1, "The statement");
    }
}
