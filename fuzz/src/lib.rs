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
#[rustfmt::skip]
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
        .map(|doc| {
            doc.iter()
                .map(|&b| PIECES[usize::from(b) % PIECES.len()])
                .collect()
        })
        .collect()
}

/// The input that stands for `docs`, each text cut greedily into the longest pieces; `None` when
/// a text holds something no piece spells. The inverse of [`documents`], for writing seeds.
pub fn encode(docs: &[&str]) -> Option<Vec<u8>> {
    let mut data = Vec::new();
    for (i, doc) in docs.iter().enumerate() {
        if i > 0 {
            data.push(NEXT_DOCUMENT);
        }
        let mut rest = *doc;
        while !rest.is_empty() {
            let (byte, piece) = (0u8..)
                .zip(PIECES)
                .filter(|(_, piece)| rest.starts_with(**piece))
                .max_by_key(|(_, piece)| piece.len())?;
            data.push(byte);
            rest = &rest[piece.len()..];
        }
    }
    Some(data)
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

    #[test]
    fn encoding_reads_back_as_the_same_documents() {
        let docs = ["Putin said: “Wir schaffen das.”", "\n— 2024"];
        assert_eq!(documents(&encode(&docs).unwrap()), docs);
        assert_eq!(encode(&["Putin laughed"]), None);
    }

    /// Stories the pipeline target starts from: the same quotation in several documents, reworded,
    /// misattributed, in German marks and in the dash style, each a seed in `seeds/pipeline/`.
    const STORIES: &[(&str, &[&str])] = &[
        (
            "reworded",
            &[
                "Deputy Foreign Minister Andrey Rudenko said: “Seoul must understand the potential use will irreparably destroy relations.”",
                "“Seoul must understand and the potential use will irreparably destroy relations,” Rudenko warned.",
                "Rudenko told Reuters: “Seoul must understand the potential use of will irreparably destroy relations.”",
            ],
        ),
        (
            "editorial",
            &[
                "Putin said: “the potential use will... [make] decisions.”",
                "“the potential use will... [make] decisions,” the Russian president said.",
            ],
        ),
        (
            "german",
            &[
                "Angela Merkel sagte: „Wir schaffen das und die Behörde.“",
                "„Wir schaffen das und die Behörde“, sagte Angela Merkel.",
                "«Wir schaffen das und der Minister», erklärte Angela Merkel.",
            ],
        ),
        (
            "dash",
            &[
                "Hillary Clinton told Reuters:\n— I have not done anything wrong and the potential use.",
                "“I have not done anything wrong and the potential use,” Clinton said.",
            ],
        ),
        (
            "misattributed",
            &[
                "Putin said: “Seoul must understand the potential use.”",
                "Rudenko said: “Seoul must understand the potential use.”",
                "\"Seoul must understand the potential use,\" a spokeswoman said.",
            ],
        ),
    ];

    /// The seeds in `seeds/pipeline/` are the stories encoded; `KQUOTE_BLESS=1` writes them.
    #[test]
    fn pipeline_seeds_are_the_stories() {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("seeds/pipeline");
        for (name, docs) in STORIES {
            let data = encode(docs).unwrap_or_else(|| panic!("{name}: spelt in pieces"));
            assert_eq!(&documents(&data), docs, "{name}");
            let path = dir.join(name);
            if std::env::var_os("KQUOTE_BLESS").is_some() {
                std::fs::create_dir_all(&dir).unwrap();
                std::fs::write(&path, &data).unwrap();
            }
            assert_eq!(std::fs::read(&path).ok(), Some(data), "{}", path.display());
        }
    }
}
