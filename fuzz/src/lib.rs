//! Inputs for kquote's fuzz targets: fuzzer bytes read as documents.
//!
//! Random bytes rarely make a quotation with a speaker, so the pipeline target reads its input
//! through a grammar: each byte picks one piece of news text (a quotation mark, a dash, an
//! apostrophe, a name, a cue word, a line break, ...), and the pieces are laid end to end. The
//! pieces are those that the extraction and attribution rules react to, with the Unicode that
//! breaks naive code (bidi controls, combining marks, NUL, lone CR).

/// Separates documents in the input.
const NEXT_DOCUMENT: u8 = 0xff;
/// Documents one input makes at most: enough for alignment across sources.
const MAX_DOCUMENTS: usize = 8;

/// Pieces of text, picked by input bytes.
const PIECES: &[&str] = &[
    // Quotation marks of every style kquote reads.
    "“", "”", "\"", "„", "«", "»", "‹", "›", "「", "」", "『", "』", "‘", "’", "'", "‚", "``", "''",
    // Dashes and ellipses.
    "–", "—", " - ", "…", "...", "[", "]", "(", ")",
    // Apostrophes in words.
    "Korea’s ", "it’s ", "Russians' ", "don't ",
    // Names and titles.
    "Andrey Rudenko", "Rudenko", "Hillary Clinton", "Clinton", "Putin", "Angela Merkel",
    "Dr. Paul Song", "Deputy Foreign Minister", "the Russian president", "a spokeswoman",
    "die Behörde", "der Minister", "Sen.", "Mr. ",
    // Cue words and phrases.
    " said", " says", " told Reuters", " according to ", " warned", " wrote in a Telegram post",
    " sagte", " so ", " erklärte", " heißt es in dem Bericht", " called it a ", " added",
    // Pronouns.
    " he", " she", " they", " er", " sie", " it",
    // Punctuation.
    ".", ",", ":", ";", "?", "!", " ", " ", " ",
    // Line and paragraph breaks, in every convention.
    "\n", "\n\n", "\r\n", "\r", " \n", "\n— ", ":\n— ",
    // Words of speech, in both languages.
    "Seoul must understand", "the potential use", "will irreparably destroy relations",
    "I have not done anything wrong", "will... [make] decisions", "Am Morgen", "Überschrift:",
    "Wir schaffen das", "the", "and", "of", "der", "die", "und", "understand",
    // Text that breaks naive code.
    "\u{202e}", "\u{200f}", "\u{0}", "\t", "e\u{301}", "🇰🇷", "\u{feff}", "ß", "İ", "\u{85}",
    "https://example.org/a\"b", "2024", "9/11", "=1+1", "Ⅻ",
];

/// The documents an input stands for: bytes split at [`NEXT_DOCUMENT`], each byte a piece.
pub fn documents(data: &[u8]) -> Vec<String> {
    data.split(|&b| b == NEXT_DOCUMENT)
        .take(MAX_DOCUMENTS)
        .map(|doc| doc.iter().map(|&b| PIECES[usize::from(b) % PIECES.len()]).collect())
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bytes_pick_pieces_and_ff_separates_documents() {
        let docs = documents(&[0, 1, NEXT_DOCUMENT, 2]);
        assert_eq!(docs, vec!["“”".to_string(), "\"".to_string()]);
    }

    #[test]
    fn at_most_eight_documents() {
        assert_eq!(documents(&[NEXT_DOCUMENT; 20]).len(), MAX_DOCUMENTS);
    }
}
