//! `german-document-source`: `In der Erklärung heißt es: „…“`, `Darin steht: „…“`.

use super::{Hit, Rule};
use crate::attribute::doc::Passage;
use crate::attribute::grammar::{DOCUMENT_REFERENCES, DOCUMENT_VERBS, is_determiner};
use crate::attribute::mentions::{Mention, MentionKind};
use crate::lang::Lang;
use crate::lexicon;
use crate::types::Via;

/// The rule, as `RULES` lists it.
pub(super) const RULE: Rule = Rule {
    id: "german-document-source",
    description: "German `heißt es` or `steht`: the words come from the document the sentence names",
    evidence: Via::Cue,
    find: |passage, q| passage.german_document_source(q),
};

impl Passage<'_> {
    /// German `In der Erklärung heißt es: „…“`, `Darin steht: „…“`: the words come from a
    /// document, named in the quotation's sentence or, after `darin` or `dort`, in the one before.
    fn german_document_source(&self, q: usize) -> Option<Hit> {
        // The verbs, the references back and the document nouns are German words.
        if self.profile.lang != Lang::German {
            return None;
        }
        let start = self.sentence_start(q);
        // The verb before the quotation (`In der Erklärung heißt es: „…“`) or after it, with the
        // document after it (`„…“, heißt es in dem Bericht.`).
        let end = (q + 1..self.tokens.len().min(q + 12))
            .take_while(|&i| self.same_sentence(i, q))
            .last()
            .unwrap_or(q)
            + 1;
        let document_verb = |i: usize| {
            DOCUMENT_VERBS.contains(self.lower(i))
                && match self.lower(i) {
                    "lesen" => i > 0 && self.lower(i - 1) == "zu",
                    "fand" | "fanden" | "findet" => self.lower(i + 1) == "sich",
                    _ => true,
                }
        };
        let after = (q + 1..end).find(|&i| document_verb(i));
        let verb = (start..q).find(|&i| document_verb(i)).or(after)?;
        let document_in = |from: usize, to: usize| {
            (from..to)
                .rev()
                .filter(|&i| is_determiner(self.lower(i)) || lexicon::is_german_article(self.lower(i)))
                .filter_map(|i| self.german_noun_phrase(i))
                .find(|m| {
                    matches!(&m.kind, MentionKind::Description { role, .. }
                        if lexicon::is_german_document_noun(role))
                })
        };
        // `zu lesen` ends its clause, after the words it gives: the document comes before them
        // (`Auf dem Plakat war „…“ zu lesen`).
        let named = document_in(start, q)
            .filter(|_| after.is_none() || self.lower(verb) == "lesen")
            .or_else(|| after.and_then(|v| document_in(v + 1, end)))
            .or_else(|| {
                let back = (start..verb).any(|i| DOCUMENT_REFERENCES.contains(self.lower(i)));
                let previous = self.sentence_start(start.checked_sub(1)?);
                back.then(|| document_in(previous, start)).flatten()
            })
            .or_else(|| self.source_of_heisst_es(start, verb, q))?;
        Some(self.hit(named, verb))
    }

    /// No document: `hieß es vom Abgeordneten X`, `Aus Paris hieß es`, `heißt es seitens der
    /// Regierung`: the source after `aus`, `von`, `vom` or `seitens`, right after `es` or
    /// opening the sentence right before the verb.
    fn source_of_heisst_es(&self, start: usize, verb: usize, q: usize) -> Option<Mention> {
        let source_word = |i: usize| matches!(self.lower(i), "aus" | "von" | "vom" | "seitens");
        let after = verb + 2;
        if self.lower(verb + 1) == "es" && source_word(after) && after != q {
            return self.mention_starting_at(after + 1).filter(|m| m.last != q);
        }
        // Opening the sentence, a place stands for who speaks there (`Aus Paris`): the
        // capitalised words up to the verb, whatever the lexicon knows of them.
        let words = start + 1..verb;
        (source_word(start)
            && !words.is_empty()
            && verb - start <= 4
            && words.clone().all(|i| self.word(i).is_some_and(|t| t.capitalized)))
        .then(|| Mention {
            kind: MentionKind::Name {
                name: words
                    .map(|i| self.text[self.tokens[i].range()].to_string())
                    .collect(),
            },
            first: start + 1,
            last: verb - 1,
        })
    }
}

#[cfg(test)]
mod tests {
    use crate::attribute::testing::who;

    #[test]
    fn written_signs_and_zu_lesen() {
        let text = "Die Demonstranten zogen zum Rathaus. Auf dem Fronttransparent war „Keine neuen \
                    Steuern“ zu lesen.";
        assert_eq!(who(text)[0].1, "dem Fronttransparent", "{:?}", who(text));
        let text = "Die Behörde antwortete. In dem Brief fand sich der Satz: „Wir prüfen den Fall \
                    erneut.“";
        assert_eq!(who(text)[0].1, "dem Brief", "{:?}", who(text));
    }

    #[test]
    fn german_words_from_a_document_are_the_documents() {
        for (text, mention) in [
            (
                "Die Lage ist ruhig. Die Behörde gab eine Stellungnahme ab. Darin steht: „Wir sind \
                 sehr betroffen von dem Fall.“",
                "eine Stellungnahme",
            ),
            (
                "Die Lage ist ruhig. In der Erklärung der Regierung heißt es: „Wir werden die Lage \
                 genau beobachten.“",
                "der Erklärung",
            ),
            (
                "Die Lage ist ruhig. So heißt es in dem Schreiben wörtlich: „Wir werden die Lage \
                 genau beobachten.“",
                "dem Schreiben",
            ),
            (
                "Die Lage ist ruhig. „Wir werden die Lage genau beobachten“, heißt es in dem Bericht \
                 der Kommission.",
                "dem Bericht",
            ),
            (
                "Die Lage ist ruhig. Auf der Homepage des Vereins heißt es: „Wir werden die Lage \
                 genau beobachten.“",
                "der Homepage",
            ),
            // No document: the source after `vom`, or the one that opens the sentence.
            (
                "Die Lage ist ruhig. „Alle Anzeichen deuten auf einen Anschlag hin“, hieß es vom \
                 Abgeordneten Jonas Berg.",
                "Abgeordneten Jonas Berg",
            ),
            (
                "Die Lage ist ruhig. Aus Paris hieß es, das Vorgehen sei „eine schwere Verletzung“ \
                 des Abkommens.",
                "Paris",
            ),
        ] {
            assert_eq!(who(text)[0].1, mention, "{text}");
        }
    }

    #[test]
    fn heissen_in_its_tenses_and_the_subjunctive() {
        let text = "Die Lage ist ernst. In einer Erklärung der Minister vom Dienstag hatte es geheißen: „Es \
                    gibt keine schnelle Lösung.“";
        assert_eq!(who(text)[0].1, "einer Erklärung", "{:?}", who(text));
    }
}
