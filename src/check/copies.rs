//! Copies of one text, analysed once.
//!
//! In: the documents of a check, one at a time, from any thread. Out: each one's quotations; a
//! document that is a copy of one analysed before gets them from that analysis.
//!
//! An archive of news is mostly syndication: one wire story in hundreds of papers, the copies
//! alike but for a dispatch number, a date or a page. The analysis reads a number only as a number
//! (no lexicon entry holds a digit, a name opens with a capital letter, words are compared only
//! when capitalised), so texts that differ only in the digits of numbers have the same
//! quotations, kinds and speakers. Such copies share a key: a hash of the text with every digit of
//! a number that opens a word made `0`. The hash is keyed (HighwayHash of 128 bits, its key drawn
//! at random for each check), so that a crafted text cannot be made to pass as another's copy.
//!
//! What copies share is checked as well as reasoned: a speaker, mention or cue that holds a digit
//! could differ between them, and such an analysis is never shared. The words of each quotation
//! are always the copy's own bytes; the allocation holding them is the first analysis's where
//! those bytes are the same.

use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex, PoisonError};

use highway::{HighwayHash, HighwayHasher, Key};
use rustc_hash::FxHashMap;
use std::hash::BuildHasher;

use super::document::{Found, find, quotes_of};
use crate::source::Document;
use crate::types::Quote;

/// The analyses of the texts seen so far, by their copies' key.
pub(super) struct Copies {
    known: Mutex<FxHashMap<u128, Known>>,
    /// The key of the hash.
    hash_key: [u64; 4],
    /// Documents whose quotations came from an earlier copy's analysis.
    reused: AtomicUsize,
}

/// What is known of a text.
enum Known {
    /// A thread is analysing it; a copy that comes meanwhile is analysed again.
    Underway,
    /// Its analysis, which every copy shares.
    Shared(Arc<[Found]>),
    /// Its analysis names a speaker, mention or cue with a digit: each copy is analysed.
    Own,
}

impl Default for Copies {
    fn default() -> Self {
        // Two numbers drawn by the standard library's random hash state.
        let random = std::hash::RandomState::new();
        Copies {
            known: Mutex::default(),
            hash_key: [1u8, 2, 3, 4].map(|n| random.hash_one(n)),
            reused: AtomicUsize::new(0),
        }
    }
}

impl Copies {
    /// The quotations of `doc`.
    #[cfg(test)]
    pub(super) fn analyze(&self, doc: &Document) -> Vec<Quote> {
        self.analyze_keyed(doc, self.key(doc))
    }

    /// The key `doc` shares with its copies; none for Markdown and HTML, whose positions are the
    /// file's, which the key does not cover. Worked out by the thread that read the file, while
    /// its text is in that core's cache.
    pub(super) fn key(&self, doc: &Document) -> Option<u128> {
        doc.markup.is_none().then(|| copy_key(&doc.text, self.hash_key))
    }

    /// The quotations of `doc`, whose key is `key` ([`Copies::key`]).
    pub(super) fn analyze_keyed(&self, doc: &Document, key: Option<u128>) -> Vec<Quote> {
        let Some(key) = key else {
            return quotes_of(doc, &find(doc));
        };
        let known = || self.known.lock().unwrap_or_else(PoisonError::into_inner);
        // What is known is taken out of the lock before any analysis: `find` runs unlocked.
        let shared = {
            let mut known = known();
            match known.get(&key) {
                Some(Known::Shared(found)) => Some(Arc::clone(found)),
                Some(Known::Underway | Known::Own) => None,
                None => {
                    known.insert(key, Known::Underway);
                    drop(known);
                    return self.analyze_first(doc, key);
                }
            }
        };
        // Copies have the same length and the same characters but for digits; a text of another
        // shape passes only by a collision of the keyed hash, whose key no input can see, and
        // even then only where each quotation of the analysis lies within it.
        match shared {
            Some(found) if found.iter().all(|f| f.fits(&doc.text)) => {
                self.reused.fetch_add(1, Ordering::Relaxed);
                quotes_of(doc, &found)
            }
            _ => quotes_of(doc, &find(doc)),
        }
    }

    /// The quotations of `doc`, the first of its copies: its analysis is kept for the others.
    fn analyze_first(&self, doc: &Document, key: u128) -> Vec<Quote> {
        let found = find(doc);
        let quotes = quotes_of(doc, &found);
        let shareable = found.iter().all(|f| {
            ![f.speaker(), f.speaker_mention(), f.cue()]
                .iter()
                .any(|s| s.bytes().any(|b| b.is_ascii_digit()))
        });
        self.known.lock().unwrap_or_else(PoisonError::into_inner).insert(
            key,
            if shareable {
                Known::Shared(found.into())
            } else {
                Known::Own
            },
        );
        quotes
    }

    /// How many documents took the analysis of an earlier copy.
    pub(super) fn reused(&self) -> usize {
        self.reused.load(Ordering::Relaxed)
    }
}

/// The key that `text` shares with its copies: the hash of the text with each number that opens a
/// word made zeros ([`numbers`]).
fn copy_key(text: &str, key: [u64; 4]) -> u128 {
    const ZEROS: [u8; 64] = [b'0'; 64];
    let bytes = text.as_bytes();
    let mut hasher = HighwayHasher::new(Key(key));
    let mut hashed = 0;
    for number in numbers(bytes) {
        hasher.append(&bytes[hashed..number.start]);
        let mut zeros = number.len();
        while zeros > 0 {
            let n = zeros.min(ZEROS.len());
            hasher.append(&ZEROS[..n]);
            zeros -= n;
        }
        hashed = number.end;
    }
    hasher.append(&bytes[hashed..]);
    let [low, high] = hasher.finalize128();
    u128::from(high) << 64 | u128::from(low)
}

/// The runs of ASCII digits in `bytes` that open a word (at the start or after white space): the
/// digits a copy may have otherwise. Digits within a word (`G7`, `’90s`, `COVID-19`) are not
/// among them: a name may hold them.
fn numbers(bytes: &[u8]) -> impl Iterator<Item = std::ops::Range<usize>> + '_ {
    let mut at = 0;
    std::iter::from_fn(move || {
        loop {
            let start = next_digit(bytes, at)?;
            let end = start + bytes[start..].iter().take_while(|b| b.is_ascii_digit()).count();
            at = end;
            if start == 0 || bytes[start - 1].is_ascii_whitespace() {
                return Some(start..end);
            }
        }
    })
}

/// The first ASCII digit at or after `from`, eight bytes at a time: most text has few.
fn next_digit(bytes: &[u8], from: usize) -> Option<usize> {
    let mut i = from;
    while let Some(block) = bytes.get(i..i + 8) {
        let mut word = [0u8; 8];
        word.copy_from_slice(block);
        let digits = crate::words::digit_bytes(u64::from_le_bytes(word));
        if digits != 0 {
            return Some(i + digits.trailing_zeros() as usize / 8);
        }
        i += 8;
    }
    bytes.get(i..)?.iter().position(u8::is_ascii_digit).map(|p| i + p)
}

/// `text` with each digit of a number that opens a word replaced by `digit` of it: a copy of
/// `text` that shares its key.
#[cfg(any(test, fuzzing))]
pub(crate) fn renumbered(text: &str, digit: impl Fn(u8) -> u8) -> String {
    let mut out = text.as_bytes().to_vec();
    for number in numbers(text.as_bytes()) {
        for b in &mut out[number] {
            *b = digit(*b);
        }
    }
    // Only ASCII digits were replaced, by ASCII digits.
    String::from_utf8(out).unwrap_or_else(|_| text.to_string())
}

#[cfg(any(test, fuzzing))]
/// Whether `copy`, the analysis of a renumbered text, is `first`'s but for the quoted words
/// and for names that hold a digit.
pub(crate) fn same_but_numbers(first: &[Quote], copy: &[Quote]) -> bool {
    let digit = |s: &str| s.bytes().any(|b| b.is_ascii_digit());
    first.len() == copy.len()
        && first.iter().zip(copy).all(|(a, b)| {
            let names = |q: &Quote| [q.speaker.clone(), q.speaker_mention.clone(), q.cue.clone()];
            (
                a.id_hash,
                a.line,
                a.column,
                a.start,
                a.end,
                a.words,
                a.kind,
                a.speaker_inferred,
            ) == (
                b.id_hash,
                b.line,
                b.column,
                b.start,
                b.end,
                b.words,
                b.kind,
                b.speaker_inferred,
            ) && (names(a) == names(b) || names(a).iter().any(|n| digit(n)))
        })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::check::document::analyze;

    const STORY: &str = "Dispatch 0000017\n\nMayor Ana Ortiz spoke on May 5, 2014. “We will rebuild \
        the harbour in 12 months,” she said.\n\n“The 3 piers come first,” Ortiz added.\n";

    fn key(text: &str) -> u128 {
        copy_key(text, [1, 2, 3, 4])
    }

    fn replaced(text: &str, from: &str, to: &str) -> String {
        text.replacen(from, to, 1)
    }

    #[test]
    fn numbers_that_open_a_word_are_one_key_and_other_changes_are_not() {
        let story = key(STORY);
        assert_eq!(story, key(&replaced(STORY, "0000017", "0004711")));
        assert_eq!(story, key(&replaced(STORY, "May 5, 2014", "May 9, 2015")));
        assert_eq!(story, key(&replaced(STORY, "12 months", "18 months")));
        assert_ne!(story, key(&replaced(STORY, "harbour", "harbor")));
        assert_ne!(story, key(&replaced(STORY, "12 months", "123 months")));
        // Digits within a word may be a name's.
        assert_ne!(key("G7 leaders met."), key("G8 leaders met."));
        assert_ne!(key("COVID-19 spread."), key("COVID-20 spread."));
    }

    #[test]
    fn numbers_are_found_as_a_byte_by_byte_reading_finds_them() {
        // A reading byte by byte: a digit is a number's that opens a word when the byte before
        // is white space or a digit of such a number.
        let by_byte = |bytes: &[u8]| {
            let mut runs: Vec<std::ops::Range<usize>> = Vec::new();
            for (i, b) in bytes.iter().enumerate() {
                let opens = i == 0 || bytes[i - 1].is_ascii_whitespace();
                let goes_on = runs.last().is_some_and(|r| r.end == i);
                if b.is_ascii_digit() && (opens || goes_on) {
                    match runs.last_mut() {
                        Some(r) if goes_on => r.end += 1,
                        _ => runs.push(i..i + 1),
                    }
                }
            }
            runs
        };
        let pieces = [
            "7", "42", " ", "\n", "a", "G", "-", "é", "\u{a0}", "’", "2014", "x9",
        ];
        let mut seed = 0x9e37_79b9_7f4a_7c15_u64;
        for _ in 0..2000 {
            let mut text = String::new();
            for _ in 0..(seed % 40) {
                seed ^= seed << 13;
                seed ^= seed >> 7;
                seed ^= seed << 17;
                text.push_str(pieces[(seed % pieces.len() as u64) as usize]);
            }
            let found: Vec<_> = numbers(text.as_bytes()).collect();
            assert_eq!(found, by_byte(text.as_bytes()), "{text:?}");
        }
    }

    #[test]
    fn a_renumbered_text_shares_the_key_of_its_own() {
        let copy = renumbered(STORY, |d| b'0' + (d - b'0' + 3) % 10);
        assert_eq!(
            copy,
            replaced(
                &replaced(
                    &replaced(STORY, "0000017", "3333340"),
                    "May 5, 2014",
                    "May 8, 5347"
                ),
                "12 months",
                "45 months"
            )
            .replace("3 piers", "6 piers")
        );
        assert_eq!(key(&copy), key(STORY));
    }

    #[test]
    fn the_sources_renumbered_have_the_same_quotations_and_speakers() {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("sources");
        let mut checked = 0;
        for entry in std::fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            let text = std::fs::read_to_string(&path).unwrap();
            let first = analyze(&Document::new("a.txt", text.as_str()));
            for shift in [1, 5] {
                let copy = renumbered(&text, |d| b'0' + (d - b'0' + shift) % 10);
                assert!(
                    same_but_numbers(&first, &analyze(&Document::new("a.txt", copy))),
                    "{}",
                    path.display()
                );
            }
            checked += first.len();
        }
        assert!(checked > 20);
    }

    #[test]
    fn a_copy_gets_the_quotations_of_its_own_text_from_the_first_ones_analysis() {
        let copies = Copies::default();
        let first = Document::new("a.txt", STORY);
        let copy_text = replaced(&replaced(STORY, "0000017", "0000018"), "12 months", "18 months");
        let copy = Document::new("b.txt", copy_text.as_str());
        assert_eq!(copies.analyze(&first), analyze(&first));
        let quotes = copies.analyze(&copy);
        assert_eq!(copies.reused(), 1);
        assert_eq!(quotes, analyze(&copy));
        assert!(quotes[0].text.contains("18 months") && &*quotes[0].source == "b.txt");
        assert_eq!(&*quotes[0].speaker, "Ana Ortiz");
    }

    #[test]
    fn a_copy_shares_the_words_it_prints_alike_and_keeps_its_own_otherwise() {
        let copies = Copies::default();
        let first = copies.analyze(&Document::new("a.txt", STORY));
        let copy_text = replaced(STORY, "12 months", "18 months");
        let copy = copies.analyze(&Document::new("b.txt", copy_text.as_str()));
        assert_eq!(copies.reused(), 1);
        // The first quotation is printed otherwise, the second alike; names are always shared.
        assert!(!std::sync::Arc::ptr_eq(&first[0].text, &copy[0].text));
        assert_eq!(&*copy[0].text, "We will rebuild the harbour in 18 months,");
        assert!(std::sync::Arc::ptr_eq(&first[1].text, &copy[1].text));
        for (a, b) in first.iter().zip(&copy) {
            assert!(std::sync::Arc::ptr_eq(&a.speaker, &b.speaker));
            assert!(std::sync::Arc::ptr_eq(&a.cue, &b.cue));
        }
    }

    #[test]
    fn an_analysis_whose_names_hold_a_digit_is_not_shared() {
        let copies = Copies::default();
        let text = "“We will rebuild the harbour this year,” said the 2 officials.\n";
        let first = Document::new("a.txt", text);
        let quotes = copies.analyze(&first);
        assert_eq!(&*quotes[0].speaker_mention, "the 2 officials");
        let copy = Document::new("b.txt", text.replace('2', "3"));
        assert_eq!(&*copies.analyze(&copy)[0].speaker_mention, "the 3 officials");
        assert_eq!(copies.reused(), 0);
    }

    #[test]
    fn markdown_is_analysed_each_time() {
        let copies = Copies::default();
        let doc = Document::of_format(
            "a.md",
            "# News\n\n“We will rebuild,” Ana Ortiz said.\n",
            crate::source::Format::Markdown,
        );
        assert_eq!(copies.analyze(&doc), analyze(&doc));
        assert_eq!(copies.analyze(&doc), analyze(&doc));
        assert_eq!(copies.reused(), 0);
    }
}
