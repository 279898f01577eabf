//! Lists that fold a word's variants together before quotations are compared: contractions,
//! British spellings, and the stop words that carry little evidence. English only so far.

use std::sync::LazyLock;

use super::{WordSet, Words, list, pairs, union};

/// Looked up for every word of every quotation.
static STOPWORDS: WordSet =
    LazyLock::new(|| union(&[list_file!("en/stopwords"), list_file!("de/stopwords")]));

/// Small words that carry little evidence that two quotations are the same.
#[inline]
pub fn is_stopword(norm: &str) -> bool {
    STOPWORDS.contains(norm)
}

/// Few, and only asked of words with an apostrophe: searched in order.
static CONTRACTIONS: LazyLock<Vec<(&str, &str)>> =
    LazyLock::new(|| pairs(list_file!("en/contractions")).collect());

/// What a contraction that is not a stem and an ending stands for (`won't` is `will not`).
#[inline]
pub fn contraction(word: &str) -> Option<&'static str> {
    super::stands_for(&CONTRACTIONS, word)
}

static CONTRACTION_ENDINGS: LazyLock<Vec<(&str, &str)>> =
    LazyLock::new(|| pairs(list_file!("en/contraction-endings")).collect());

/// Endings of contractions and the word each stands for (`n't` and `not`), in order: the first
/// ending a word has is the one expanded.
#[inline]
pub fn contraction_endings() -> &'static [(&'static str, &'static str)] {
    &CONTRACTION_ENDINGS
}

static CONTRACTION_STEMS: WordSet = LazyLock::new(|| list(list_file!("en/contraction-stems")));

/// `it`, `that`, `he`: a word after which `'s` is `is`, not a possessive.
#[inline]
pub fn is_contraction_stem(stem: &str) -> bool {
    CONTRACTION_STEMS.contains(stem)
}

/// Whole British words and their American spelling, with what every word of every quotation is
/// first asked: whether its length and last byte are those of a British word at all, which most
/// are not (`the`, `of`, `said`), before the set is.
struct BritishWords {
    spellings: Vec<(&'static str, &'static str)>,
    words: Words,
    shortest: usize,
    last_bytes: [bool; 256],
}

static BRITISH_WORDS: LazyLock<BritishWords> = LazyLock::new(|| {
    let spellings: Vec<(&str, &str)> = pairs(list_file!("en/british-spellings")).collect();
    let mut last_bytes = [false; 256];
    for (british, _) in &spellings {
        if let Some(&last) = british.as_bytes().last() {
            last_bytes[usize::from(last)] = true;
        }
    }
    BritishWords {
        words: spellings.iter().map(|&(british, _)| british).collect(),
        shortest: spellings
            .iter()
            .map(|(british, _)| british.len())
            .min()
            .unwrap_or(0),
        last_bytes,
        spellings,
    }
});

/// The American spelling of a whole British word (`centre` is `center`, `grey` is `gray`).
#[inline]
pub fn american_word(word: &str) -> Option<&'static str> {
    let british = &*BRITISH_WORDS;
    let last = word.as_bytes().last().map_or(0, |&b| usize::from(b));
    if word.len() < british.shortest || !british.last_bytes[last] || !british.words.contains(word) {
        return None;
    }
    british
        .spellings
        .iter()
        .find(|&&(gb, _)| gb == word)
        .map(|&(_, us)| us)
}

/// British word endings in the file's order, and the same grouped by their last byte: a word is
/// compared only with the endings that end as it does, of which there are few (none for most
/// words), and in the same order among themselves, so the first match is the same.
struct BritishEndings {
    /// The endings in the file's order, for the tests that check the lookup against it.
    #[cfg(test)]
    in_order: Vec<(&'static str, &'static str)>,
    by_last_byte: Vec<(&'static str, &'static str)>,
    /// The range of `by_last_byte` for each last byte.
    groups: [(usize, usize); 256],
}

static BRITISH_ENDINGS: LazyLock<BritishEndings> = LazyLock::new(|| {
    let in_order: Vec<(&str, &str)> = pairs(list_file!("en/british-endings")).collect();
    let last_byte = |ending: &str| usize::from(ending.as_bytes().last().copied().unwrap_or(0));
    let mut by_last_byte = in_order.clone();
    // Stable: the order within a group is the file's.
    by_last_byte.sort_by_key(|&(british, _)| last_byte(british));
    let mut groups = [(0, 0); 256];
    for (byte, group) in groups.iter_mut().enumerate() {
        let start = by_last_byte.partition_point(|&(british, _)| last_byte(british) < byte);
        let end = by_last_byte.partition_point(|&(british, _)| last_byte(british) <= byte);
        *group = (start, end);
    }
    BritishEndings {
        #[cfg(test)]
        in_order,
        by_last_byte,
        groups,
    }
});

/// British word endings and their American form (`ise` and `ize`), in order: the first ending a
/// word has is the one replaced.
#[inline]
#[cfg(test)]
pub fn british_endings() -> &'static [(&'static str, &'static str)] {
    &BRITISH_ENDINGS.in_order
}

/// The British endings that `word` has, in the list's order, with their American form.
#[inline]
pub fn british_endings_of(word: &str) -> impl Iterator<Item = (&'static str, &'static str)> + '_ {
    let endings = &*BRITISH_ENDINGS;
    let last = word.as_bytes().last().map_or(0, |&b| usize::from(b));
    let (from, to) = endings.groups[last];
    endings.by_last_byte[from..to]
        .iter()
        .copied()
        .filter(|(british, _)| ends_with(word.as_bytes(), british.as_bytes()))
}

/// `word.ends_with(ending)`, compared from the last byte: a comparison of two lengths known only
/// at run time would call `memcmp` for each ending.
#[inline]
fn ends_with(word: &[u8], ending: &[u8]) -> bool {
    word.len() >= ending.len() && word.iter().rev().zip(ending.iter().rev()).all(|(a, b)| a == b)
}

static BRITISH_ENDING_EXCEPTIONS: WordSet =
    LazyLock::new(|| list(list_file!("en/british-ending-exceptions")));

/// `promise`, `hour`, `sentence`: a word that ends like a British spelling and is not one.
#[inline]
pub fn keeps_british_ending(word: &str) -> bool {
    BRITISH_ENDING_EXCEPTIONS.contains(word)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lexicon::pinned::same_words;

    /// The words and pairs each list had when it was code (in src/words.rs).
    #[test]
    fn the_lists_hold_the_words_they_held_as_code() {
        same_words(
            "is_stopword",
            &STOPWORDS,
            "a an the and or but of to in on at for with by from as is are was were be been being it
            its it's this that these those we you they he she i me us them our your their his her my
            not no do does did have has had will would can could should may might must there here
            what which who so if than then all any some just very about into out up going get got go
            one also more der die das und ist nicht ein eine zu den es wir sie ich now never well
            like when how why because only even still much many other such each every too yes said
            say says think know make want way time people thing things",
        );
        assert_eq!(
            *CONTRACTIONS,
            [
                ("won't", "will not"),
                ("can't", "can not"),
                ("cannot", "can not"),
                ("shan't", "shall not"),
                ("ain't", "is not"),
                ("let's", "let us"),
            ]
        );
        assert_eq!(
            contraction_endings(),
            [
                ("n't", "not"),
                ("'re", "are"),
                ("'ve", "have"),
                ("'ll", "will"),
                ("'m", "am"),
                ("'d", "would"),
            ]
        );
        same_words(
            "is_contraction_stem",
            &CONTRACTION_STEMS,
            "it that he she there here what who where how let",
        );
        assert_eq!(
            BRITISH_WORDS.spellings,
            [
                ("centre", "center"),
                ("programme", "program"),
                ("defence", "defense"),
                ("offence", "offense"),
                ("licence", "license"),
                ("pretence", "pretense"),
                ("grey", "gray"),
                ("cheque", "check"),
                ("tyre", "tire"),
                ("judgement", "judgment"),
                ("ageing", "aging"),
                ("whilst", "while"),
                ("amongst", "among"),
                ("towards", "toward"),
            ]
        );
        assert_eq!(
            british_endings(),
            [
                ("isation", "ization"),
                ("isations", "izations"),
                ("ise", "ize"),
                ("ised", "ized"),
                ("ises", "izes"),
                ("ising", "izing"),
                ("yse", "yze"),
                ("ysed", "yzed"),
                ("our", "or"),
                ("ours", "ors"),
                ("ence", "ense"),
                ("tre", "ter"),
                ("tres", "ters"),
                ("ogue", "og"),
                ("elled", "eled"),
                ("elling", "eling"),
                ("mme", "m"),
            ]
        );
        same_words(
            "keeps_british_ending",
            &BRITISH_ENDING_EXCEPTIONS,
            "rise wise raise praise noise poise cruise arise precise concise promise premise
            otherwise likewise exercise compromise enterprise expertise surprise advertise franchise
            merchandise supervise revise devise televise improvise comprise despise disguise
            chastise excise incise demise treatise four our your hour tour pour sour flour ours
            yours hours tours fence hence whence thence pence sentence since once science silence
            absence presence evidence audience experience influence conference difference reference
            sequence violence patience confidence existence residence independence intelligence
            commence sense entre centre programme",
        );
    }

    #[test]
    fn a_word_is_compared_with_the_endings_it_may_have_in_the_files_order() {
        for word in [
            "organisations",
            "organisation",
            "realised",
            "colours",
            "colour",
            "centres",
            "word",
            "",
        ] {
            let all: Vec<_> = british_endings()
                .iter()
                .copied()
                .filter(|(british, _)| word.ends_with(british))
                .collect();
            assert_eq!(british_endings_of(word).collect::<Vec<_>>(), all, "{word}");
        }
    }

    #[test]
    fn whole_british_words_have_their_american_spelling() {
        assert_eq!(american_word("centre"), Some("center"));
        assert_eq!(american_word("towards"), Some("toward"));
        assert_eq!(american_word("center"), None);
        assert_eq!(contraction("won't"), Some("will not"));
        assert_eq!(contraction("don't"), None);
    }
}
