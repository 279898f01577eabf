//! Word lists that kquote's rules consult, loaded from the data files under `lexicon/<lang>/`.
//!
//! Kept apart from the rules so that a language or a newsroom's house style is a list to extend,
//! not code to change. Each file is compiled in (`list_file!`) and read into a set the first time
//! a rule asks; `lexicon/README.md` describes the format. The lists are grouped by what they tell:
//! [`speech`] (cues and what is said), [`persons`] (names, titles, roles), [`grammar`] (small
//! closed classes), [`works`] (titles of works), [`names`] (kinds of named things) and [`folding`] (spelling variants, stop words).
//! A rule looks a word up in the lists of every language at once, as it did when the lists were
//! code, so a German cue is found in English text too.

use std::sync::LazyLock;

use rustc_hash::FxHashSet;

/// The text of the list file `lexicon/<path>.txt`, compiled into the binary.
macro_rules! list_file {
    ($path:literal) => {
        include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/lexicon/", $path, ".txt"))
    };
}

mod folding;
mod grammar;
mod names;
mod open;
mod persons;
mod speech;
mod works;

pub use folding::{
    american_word, british_endings_of, contraction, contraction_endings, is_contraction_stem, is_stopword,
    keeps_british_ending,
};
pub use grammar::{
    is_abbreviation, is_any_german_preposition, is_english_preposition, is_english_verb_filler,
    is_german_adverb, is_german_article, is_german_auxiliary, is_german_modal, is_german_month,
    is_german_passive_marker, is_german_preposition, is_german_subjunctive, is_german_subordinator,
    is_german_time_span_noun, is_german_verb_filler, is_irregular_past, is_passive_marker, is_time_word,
};
pub use names::{
    has_german_adjective_suffix, has_german_noun_suffix, is_english_characterising_verb,
    is_german_characterising_verb, is_german_conferring_verb, is_german_conversation_noun,
    is_german_known_as_participle, is_german_name_giving_verb, is_german_name_kind, is_german_opinion_noun,
    is_german_slogan_noun,
};
pub use open::{
    Gender, NounHead, german_noun_can_speak, german_noun_head, german_word, given_name_gender,
    is_german_compound, is_given_name, is_group_noun, is_not_noun, is_person_noun, is_proper_adjective,
    is_thing_noun,
};
pub use persons::{is_name_particle, is_not_name, is_not_person_word, is_pronoun, is_role_noun, is_title};
pub use speech::{
    german_cue_particles, is_also_plural_noun, is_cue_verb, is_document_noun, is_english_present_of_cue,
    is_english_speech_verb, is_german_account, is_german_document_noun, is_german_naming_verb,
    is_german_weak_plural, is_listed_document_noun, is_speech_noun,
};
pub use works::{
    is_before_a_title, is_german_called_verb, is_german_gloss_word, is_german_indefinite_article,
    is_german_meaning_verb, is_german_noun_phrase_word, is_german_work_compound, is_heading_noun,
    is_programme_noun, is_work_noun,
};

/// The function words of each language (`lexicon/<lang>/function-words.txt`).
pub const EN_FUNCTION_WORDS: &str = list_file!("en/function-words");
pub const DE_FUNCTION_WORDS: &str = list_file!("de/function-words");

/// A word list, built once: lookups sit on the hot path of attribution.
type WordSet = LazyLock<Words>;

/// A list of words loaded from a data file under `lexicon/`.
pub type WordList = Words;

/// The words of a list file: one lower-case word a line, `#` to the end of a line a comment,
/// blank lines skipped.
pub fn entries(data: &'static str) -> impl Iterator<Item = &'static str> {
    // `memchr` for the line ends and the comments: the lists hold 150,000 short lines, built into
    // tables at every start, where `str::lines` and `split_once` cost more to set up a search
    // than the search.
    let bytes = data.as_bytes();
    let mut start = 0;
    memchr::memchr_iter(b'\n', bytes)
        .chain(std::iter::once(bytes.len()))
        .map(move |end| {
            let line = &data[start..end];
            start = end + 1;
            let word = memchr::memchr(b'#', line.as_bytes()).map_or(line, |hash| &line[..hash]);
            word.trim()
        })
        .filter(|word| !word.is_empty())
}

/// A word list built from a list file's text.
pub fn list(data: &'static str) -> Words {
    entries(data).collect()
}

/// A word list built from the files of several languages: a word of any of them is in it.
pub fn union(files: &[&'static str]) -> Words {
    files.iter().flat_map(|data| entries(data)).collect()
}

/// What `word` stands for in a short two-column list (`pairs`), searched in order: for lists
/// of a few dozen entries, which a hash costs more to ask than to read through.
pub fn stands_for(list: &[(&'static str, &'static str)], word: &str) -> Option<&'static str> {
    list.iter().find(|&&(from, _)| from == word).map(|&(_, to)| to)
}

/// The endings of a declined German adjective or participle (`bekannte`, `berühmten`,
/// `jeglichem`): inflection, a closed set of the grammar.
pub const GERMAN_ADJECTIVE_ENDINGS: [&str; 5] = ["em", "en", "er", "es", "e"];

/// The entries of a two-column list file, in order: a word (or an ending), white space, and what
/// it stands for, which is the rest of the line and may hold spaces (`won't  will not`).
pub fn pairs(data: &'static str) -> impl Iterator<Item = (&'static str, &'static str)> {
    entries(data).map(|entry| {
        let (from, to) = entry.split_once(char::is_whitespace).unwrap_or((entry, ""));
        (from, to.trim_start())
    })
}

/// A set of words behind a sketch of them. Four lookups in five miss (a name looked up among
/// the words that are not names, a noun among the cue verbs), and the sketch tells most of those
/// in a few instructions. The rest probe a table addressed by the same hash of the word's length
/// and first, middle and last bytes, which costs far less than hashing every byte of the word:
/// half the words of a quotation are stop words, and each is a hit.
#[derive(Debug)]
pub struct Words {
    /// The words, in the order of their files.
    words: Vec<&'static str>,
    /// Open addressing over `words`: index + 1 of a word, 0 for an empty slot.
    slots: Box<[u32]>,
    /// Two bits set for each word, at `sketch_bits` of it.
    sketch: [u64; SKETCH_BITS / 64],
}

/// Of the sketch: with two bits a word, a list of 600 words sets about a quarter of them and
/// lets through 7 % of the words it does not hold.
const SKETCH_BITS: usize = 4096;

impl Words {
    /// Whether the list holds `word` (lower case).
    // Inlined into each `is_…` lookup, wherever its caller is: most lookups end at the sketch.
    #[inline]
    pub fn contains(&self, word: &str) -> bool {
        let h = shape_hash(word);
        self.may_contain(h) && self.probe(h, word)
    }

    /// What the sketch alone tells of a word with shape hash `h`: false only for words the set
    /// does not hold.
    #[inline]
    fn may_contain(&self, h: u64) -> bool {
        sketch_bits(h)
            .iter()
            .all(|&bit| self.sketch[bit / 64] & (1 << (bit % 64)) != 0)
    }

    /// Looks `word` up in the table, from the slot its hash names.
    fn probe(&self, h: u64, word: &str) -> bool {
        let mask = self.slots.len() - 1;
        let mut i = slot_of(h, mask);
        loop {
            match self.slots[i] {
                0 => return false,
                n if self.words[n as usize - 1] == word => return true,
                _ => i = (i + 1) & mask,
            }
        }
    }

    /// The words of the set, in the order of their files.
    #[cfg(test)]
    pub(crate) fn iter(&self) -> impl Iterator<Item = &'static str> + '_ {
        self.words.iter().copied()
    }
}

impl FromIterator<&'static str> for Words {
    fn from_iter<I: IntoIterator<Item = &'static str>>(list: I) -> Words {
        let mut seen = FxHashSet::default();
        let words: Vec<&'static str> = list.into_iter().filter(|w| seen.insert(*w)).collect();
        // At most half full, so that a probe ends soon.
        let size = (words.len() * 2).next_power_of_two().max(8);
        let mut set = Words {
            slots: vec![0; size].into_boxed_slice(),
            sketch: [0; SKETCH_BITS / 64],
            words: Vec::new(),
        };
        for (n, &word) in words.iter().enumerate() {
            let h = shape_hash(word);
            for bit in sketch_bits(h) {
                set.sketch[bit / 64] |= 1 << (bit % 64);
            }
            let mut i = slot_of(h, size - 1);
            while set.slots[i] != 0 {
                i = (i + 1) & (size - 1);
            }
            set.slots[i] = n as u32 + 1;
        }
        set.words = words;
        set
    }
}

/// A hash of a word's length and its first, middle and last bytes: what tells most words apart,
/// read without a loop.
#[inline]
fn shape_hash(word: &str) -> u64 {
    let bytes = word.as_bytes();
    let n = bytes.len();
    let (first, middle, last) = match n {
        0 => (0, 0, 0),
        _ => (bytes[0], bytes[n / 2], bytes[n - 1]),
    };
    let key = u64::from(first) | u64::from(middle) << 8 | u64::from(last) << 16 | (n as u64) << 24;
    key.wrapping_mul(0x9e37_79b9_7f4a_7c15)
}

/// Two positions in the sketch, from the high bits of the shape hash.
#[inline]
fn sketch_bits(h: u64) -> [usize; 2] {
    [(h >> 52) as usize, (h >> 40) as usize % SKETCH_BITS]
}

/// The first slot a word's probe reads: bits of the hash the sketch does not use.
#[inline]
fn slot_of(h: u64, mask: usize) -> usize {
    (h >> 20) as usize & mask
}

/// What the tests of each group of lists share.
#[cfg(test)]
mod pinned {
    use super::Words;

    /// Asserts that a loaded list holds exactly the words of `old` (white-space separated): the
    /// words the list had when it was code.
    pub fn same_words(name: &str, set: &Words, old: &str) {
        let mut missing: Vec<&str> = old.split_whitespace().filter(|w| !set.contains(w)).collect();
        let mut extra: Vec<&str> = set
            .iter()
            .filter(|w| !old.split_whitespace().any(|o| o == *w))
            .collect();
        missing.sort_unstable();
        extra.sort_unstable();
        assert!(
            missing.is_empty() && extra.is_empty(),
            "{name}: missing {missing:?}, extra {extra:?}"
        );
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The words of every list that `Words` holds, as loaded.
    fn lists() -> Vec<Vec<&'static str>> {
        let files: &[&[&'static str]] = &[
            &[list_file!("en/cue-verbs"), list_file!("de/cue-verbs")],
            &[list_file!("en/speech-verbs")],
            &[list_file!("en/role-nouns"), list_file!("de/role-nouns")],
            &[list_file!("en/titles"), list_file!("de/titles")],
            &[list_file!("en/not-names"), list_file!("de/not-names")],
            &[list_file!("en/pronouns"), list_file!("de/pronouns")],
            &[list_file!("en/verb-fillers"), list_file!("de/verb-fillers")],
            &[list_file!("en/time-words"), list_file!("de/time-words")],
            &[list_file!("en/prepositions"), list_file!("de/prepositions")],
            &[list_file!("en/passive-markers"), list_file!("de/passive-markers")],
            &[
                list_file!("en/not-person-words"),
                list_file!("de/not-person-words"),
            ],
            &[list_file!("en/speech-nouns"), list_file!("de/speech-nouns")],
            &[list_file!("en/document-nouns")],
            &[list_file!("en/programme-nouns")],
            &[list_file!("en/work-nouns"), list_file!("de/work-nouns")],
            &[list_file!("en/heading-nouns"), list_file!("de/heading-nouns")],
            &[list_file!("en/irregular-pasts")],
            &[list_file!("de/name-kind-nouns")],
            &[list_file!("de/opinion-nouns")],
            &[list_file!("de/characterising-verbs")],
            &[list_file!("en/characterising-verbs")],
            &[list_file!("de/name-giving-verbs")],
            &[list_file!("de/slogan-nouns")],
        ];
        files
            .iter()
            .map(|files| {
                let mut words: Vec<&str> = files.iter().flat_map(|data| entries(data)).collect();
                words.sort_unstable();
                words.dedup();
                words
            })
            .collect()
    }

    #[test]
    fn a_word_set_holds_its_words_and_no_other() {
        let lists = lists();
        let everything: Vec<&str> = lists.iter().flat_map(|l| l.iter().copied()).collect();
        for list in &lists {
            let set: Words = list.iter().copied().collect();
            for word in list {
                assert!(set.contains(word), "{word}");
            }
            let others: Vec<&str> = everything.iter().copied().filter(|w| !list.contains(w)).collect();
            for word in &others {
                assert!(!set.contains(word), "{word}");
            }
            // The sketch alone turns most of them away: a sketch with every bit set would pass
            // the checks above and save nothing.
            let passed = others.iter().filter(|w| set.may_contain(shape_hash(w))).count();
            assert!(passed * 5 < others.len(), "{passed} of {} passed", others.len());
        }
    }

    #[test]
    fn the_empty_word_and_words_past_ascii_are_looked_up_too() {
        let set: Words = ["", "für", "über"].into_iter().collect();
        assert!(set.contains("") && set.contains("für") && set.contains("über"));
        assert!(!set.contains("fur") && !set.contains("a"));
    }

    #[test]
    fn comments_and_blank_lines_are_no_entries() {
        let data = "# a header\n\nsaid  # a comment\n  told\n#\n";
        assert_eq!(entries(data).collect::<Vec<_>>(), ["said", "told"]);
        // Windows line ends, and a last line without one.
        assert_eq!(
            entries("said\r\n# note\r\ntold").collect::<Vec<_>>(),
            ["said", "told"]
        );
        assert_eq!(
            pairs("won't  will not # two words\nise ize\n").collect::<Vec<_>>(),
            [("won't", "will not"), ("ise", "ize")]
        );
    }

    /// Every list file under `lexicon/`, by path.
    fn every_file() -> Vec<(String, String)> {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("lexicon");
        let mut files = Vec::new();
        for lang in std::fs::read_dir(&root).unwrap().flatten() {
            if !lang.path().is_dir() {
                continue;
            }
            for file in std::fs::read_dir(lang.path()).unwrap().flatten() {
                let path = file.path();
                if path.extension().is_some_and(|e| e == "txt") {
                    let text = std::fs::read_to_string(&path).unwrap();
                    files.push((path.strip_prefix(&root).unwrap().display().to_string(), text));
                }
            }
        }
        files.sort();
        files
    }

    #[test]
    fn every_list_file_states_its_licence_and_repeats_no_entry() {
        let files = every_file();
        assert!(files.len() > 40, "{} files", files.len());
        for (path, text) in &files {
            // A list derived from open data names its own licence and its source in LICENSES.md.
            let derived = text.contains("# Licence: ") && text.contains("lexicon/LICENSES.md");
            assert!(
                text.contains("# Licence: MIT OR Apache-2.0, as kquote.") || derived,
                "{path} has no licence line"
            );
            let mut seen = FxHashSet::default();
            for line in text
                .lines()
                .map(|l| l.split_once('#').map_or(l, |(e, _)| e).trim())
            {
                assert!(line.is_empty() || seen.insert(line), "{path} repeats {line}");
            }
        }
    }

    #[test]
    fn words_are_lower_case_and_pairs_have_two_columns() {
        for (path, text) in every_file() {
            let two_columns = text.contains("# Format: the ");
            for entry in text
                .lines()
                .map(|l| l.split_once('#').map_or(l, |(e, _)| e).trim())
            {
                if entry.is_empty() {
                    continue;
                }
                assert_eq!(entry, entry.to_lowercase(), "{path}: {entry}");
                let columns = entry.split_whitespace().count();
                assert!(
                    if two_columns { columns >= 2 } else { columns == 1 },
                    "{path}: {entry}"
                );
            }
        }
    }
}
