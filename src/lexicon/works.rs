//! Lists about works and their titles: the nouns for a work, a programme or a heading, after or
//! before which a quotation is a title and not speech, and the words that tell a German title
//! from a phrase someone said.

use std::sync::LazyLock;

use super::{WordSet, entries, list, union};

/// Nouns that name a work: the quotation right after them is its title (`the film “…”`,
/// `Dokumentation „…“`), not speech.
static WORK_NOUNS: WordSet =
    LazyLock::new(|| union(&[list_file!("en/work-nouns"), list_file!("de/work-nouns")]));

/// `film`, `album`, `Buch`: a noun for a work.
#[inline]
pub fn is_work_noun(lower: &str) -> bool {
    WORK_NOUNS.contains(lower)
}

/// Nouns for what is broadcast, staged or run under a name (`the “Road to Recovery” tour`).
static PROGRAMME_NOUNS: WordSet = LazyLock::new(|| list(list_file!("en/programme-nouns")));

/// `show`, `tour`, `summit`: a noun for a programme.
#[inline]
pub fn is_programme_noun(lower: &str) -> bool {
    PROGRAMME_NOUNS.contains(lower)
}

/// Nouns that name a motto or a heading, with or without a colon (`unter dem Motto „…“`,
/// `(Überschrift: „…“)`, `the slogan “…”`).
static HEADING_NOUNS: WordSet =
    LazyLock::new(|| union(&[list_file!("en/heading-nouns"), list_file!("de/heading-nouns")]));

/// `motto`, `headline`, `Überschrift`: a noun for a motto or a heading.
#[inline]
pub fn is_heading_noun(lower: &str) -> bool {
    HEADING_NOUNS.contains(lower)
}

/// Endings of German compounds that name a work or a motto (`Klima-Dokumentation`, `Erstwerk`,
/// `Spielfilm`, `Arbeitstitel`), in the file's order.
static GERMAN_WORK_ENDINGS: LazyLock<Vec<&str>> =
    LazyLock::new(|| entries(list_file!("de/work-endings")).collect());

/// A lower-case German compound ending in a noun for a work (not the bare noun itself).
#[inline]
pub fn is_german_work_compound(lower: &str) -> bool {
    GERMAN_WORK_ENDINGS
        .iter()
        .any(|n| lower.len() > n.len() && lower.ends_with(n))
}

static GERMAN_NOUN_PHRASE_WORDS: WordSet = LazyLock::new(|| list(list_file!("de/noun-phrase-words")));

/// `zu`, `der`, `für`: a German article or preposition, as written, that makes words in title
/// case a noun phrase someone said rather than a name (`Aufrufs zu Umsturz`).
#[inline]
pub fn is_german_noun_phrase_word(word: &str) -> bool {
    GERMAN_NOUN_PHRASE_WORDS.contains(word)
}

static GERMAN_INDEFINITE_ARTICLES: WordSet = LazyLock::new(|| list(list_file!("de/indefinite-articles")));

/// `ein`, `eine`, `einem`: a German indefinite article (lower case, without the `k` of `kein`).
#[inline]
pub fn is_german_indefinite_article(lower: &str) -> bool {
    GERMAN_INDEFINITE_ARTICLES.contains(lower)
}

static GERMAN_CALLED_VERBS: WordSet = LazyLock::new(|| list(list_file!("de/called-verbs")));

/// `lautet`, `heißt`, as written: a German verb that says what something is called (`Der Name
/// lautet „…“`).
#[inline]
pub fn is_german_called_verb(word: &str) -> bool {
    GERMAN_CALLED_VERBS.contains(word)
}

static GERMAN_GLOSS_WORDS: WordSet = LazyLock::new(|| list(list_file!("de/gloss-words")));

/// `deutsch`, `übersetzt`: a German word that opens a gloss in brackets, in lower case.
#[inline]
pub fn is_german_gloss_word(lower: &str) -> bool {
    GERMAN_GLOSS_WORDS.contains(lower)
}

static GERMAN_MEANING_VERBS: WordSet = LazyLock::new(|| list(list_file!("de/meaning-verbs")));

/// `bedeutet`: a form of German `bedeuten`, in lower case.
#[inline]
pub fn is_german_meaning_verb(lower: &str) -> bool {
    GERMAN_MEANING_VERBS.contains(lower)
}

/// Compared ignoring ASCII case: few words, looked up as written.
static BEFORE_A_TITLE: LazyLock<Vec<&str>> =
    LazyLock::new(|| entries(list_file!("en/before-a-title")).collect());

/// `on`, `of`, `titled`, in any case: a word after which a quotation that reads as a title is
/// one (`on CNN’s “State of the Union.”`).
#[inline]
pub fn is_before_a_title(word: &str) -> bool {
    BEFORE_A_TITLE.iter().any(|w| word.eq_ignore_ascii_case(w))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lexicon::pinned::same_words;

    /// The words each list had when it was code (the last four in src/attribute/kind.rs).
    #[test]
    fn the_lists_hold_the_words_they_held_as_code() {
        same_words(
            "is_work_noun",
            &WORK_NOUNS,
            "book novel film movie documentary album song buch buches roman films dokumentation
            dokumentarfilm lied liedes",
        );
        same_words(
            "is_programme_noun",
            &PROGRAMME_NOUNS,
            "program programme show series podcast segment column tour forum festival conference
            summit initiative campaign",
        );
        same_words(
            "is_heading_noun",
            &HEADING_NOUNS,
            "motto mottos slogan title headline titel titels überschrift schlagzeile",
        );
        assert_eq!(
            *GERMAN_WORK_ENDINGS,
            "dokumentation werk titel motto roman film buch"
                .split_whitespace()
                .collect::<Vec<_>>(),
            "is_german_work_compound"
        );
        same_words(
            "is_german_noun_phrase_word",
            &GERMAN_NOUN_PHRASE_WORDS,
            "zu zur zum der des die das den dem ein eine eines einer einem von vom für mit im am und
            auf aus bei nach über gegen ohne",
        );
        same_words(
            "is_german_indefinite_article",
            &GERMAN_INDEFINITE_ARTICLES,
            "ein eine einen einem einer eines",
        );
        same_words(
            "is_german_called_verb",
            &GERMAN_CALLED_VERBS,
            "lautet lautete heißt",
        );
        assert_eq!(
            *BEFORE_A_TITLE,
            "on of titled entitled".split_whitespace().collect::<Vec<_>>(),
            "is_before_a_title"
        );
    }

    #[test]
    fn title_words_are_found_in_any_case_and_compounds_only_as_compounds() {
        assert!(is_before_a_title("On") && is_before_a_title("TITLED") && !is_before_a_title("in"));
        assert!(is_german_work_compound("spielfilm") && !is_german_work_compound("film"));
        assert!(is_german_noun_phrase_word("zu") && !is_german_noun_phrase_word("Zu"));
        assert!(is_german_gloss_word("übersetzt") && !is_german_gloss_word("wörtlich"));
        assert!(is_german_meaning_verb("bedeutet") && !is_german_meaning_verb("sagte"));
    }
}
