//! Extraction and attribution of one document, turned into report-ready [`Quote`]s.

use crate::attribute::{Via, attribute};
use crate::extract::{extract, paragraphs};
use crate::quote::{Quote, classify, count_words, quote_id};
use crate::source::Document;

/// Every quotation of `doc` with its speaker, positions in code points.
pub fn analyze(doc: &Document) -> Vec<Quote> {
    let text = doc.text.as_str();
    let pars = paragraphs(text);
    let spans = extract(text, &pars);
    let attributions = attribute(text, &pars, &spans);
    // A short first paragraph is a headline: its quotations are never attributed there.
    let headline = pars
        .first()
        .is_some_and(|p| count_words(&text[p.start..p.end]) <= 25);
    let mut offsets: Vec<usize> = spans.iter().flat_map(|s| [s.open, s.start, s.end]).collect();
    let positions = Positions::new(text, &mut offsets);
    spans
        .iter()
        .zip(attributions)
        .map(|(span, attribution)| {
            let inner = &text[span.start..span.end];
            let kind = classify(
                text,
                span,
                inner,
                attribution.as_ref(),
                span.first_paragraph == 0 && headline,
            );
            let open = positions.at(span.open);
            let start = positions.at(span.start).offset;
            let attribution = attribution.unwrap_or_default();
            let speaker_inferred = attribution.via != Via::Cue || !attribution.named;
            Quote {
                id: quote_id(&doc.source, start),
                source: doc.source.clone(),
                line: open.line,
                column: open.column,
                start,
                end: positions.at(span.end).offset,
                words: count_words(inner),
                kind,
                speaker: attribution.speaker,
                speaker_mention: attribution.mention,
                cue: attribution.cue,
                speaker_inferred,
                text: inner.to_string(),
            }
        })
        .collect()
}

/// A position in text: code-point offset, 1-based line and 1-based column in characters.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Position {
    pub offset: usize,
    pub line: usize,
    pub column: usize,
}

/// Byte offsets converted to positions in one pass over the text.
struct Positions {
    table: Vec<(usize, Position)>,
}

impl Positions {
    fn new(text: &str, offsets: &mut Vec<usize>) -> Self {
        offsets.sort_unstable();
        offsets.dedup();
        let mut table = Vec::with_capacity(offsets.len());
        let mut pos = Position {
            offset: 0,
            line: 1,
            column: 1,
        };
        let mut byte = 0;
        for &target in offsets.iter() {
            for c in text[byte..target].chars() {
                pos.offset += 1;
                if c == '\n' {
                    pos.line += 1;
                    pos.column = 1;
                } else {
                    pos.column += 1;
                }
            }
            byte = target;
            table.push((target, pos));
        }
        Positions { table }
    }

    fn at(&self, byte: usize) -> Position {
        match self.table.binary_search_by_key(&byte, |&(b, _)| b) {
            Ok(i) => self.table[i].1,
            Err(_) => Position::default(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn offsets_are_code_points_and_text_matches() {
        let doc = Document {
            source: "a.txt".into(),
            text: "Ünïcödé\nHe said “héllo wörld” twice.".into(),
        };
        let quotes = analyze(&doc);
        assert_eq!(quotes.len(), 1);
        let q = &quotes[0];
        let chars: Vec<char> = doc.text.chars().collect();
        assert_eq!(chars[q.start..q.end].iter().collect::<String>(), q.text);
        assert_eq!((q.line, q.column), (2, 9));
    }
}
