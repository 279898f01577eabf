//! Languages as profiles: what the stages need to know about a language, as named properties,
//! and the one detector that tells a document's language.
//!
//! A stage never asks "is this German?"; it asks the profile the property it depends on
//! (`verb_second`, `capitalised_nouns`, ...), so that a new language with the same property is
//! handled by the same code. See `doc/adding-a-language.md`.

use std::sync::LazyLock;

use crate::lexicon::{self, WordList};

/// A language kquote has a profile for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum Lang {
    #[default]
    English,
    German,
}

/// Every language, in the order the detector prefers on a tie.
pub const LANGS: [Lang; 2] = [Lang::English, Lang::German];

/// The properties of a language that kquote's rules depend on.
#[derive(Debug)]
pub struct Profile {
    pub lang: Lang,
    /// The finite verb stands second in a main clause, so the subject may follow it
    /// (`Unterdessen sagte der Minister`, `erklärte er`).
    pub verb_second: bool,
    /// Every noun is capitalised, so a capital alone does not make a name (`Interview`, `Weg`).
    pub capitalised_nouns: bool,
    /// Reported speech is marked by the subjunctive (`die Klauseln seien „alarmierend“`).
    pub subjunctive_reported_speech: bool,
    /// Marks that open a quotation in this language's typography and in no other profile's
    /// (German `„…“` and Swiss `»…«` open with glyphs English never opens with).
    pub own_opening_marks: &'static [char],
    /// Short, frequent function words: the detector counts them.
    pub function_words: &'static LazyLock<WordList>,
    /// The language's prepositions: a noun phrase after one is its object, not a speaker (`to
    /// TASS`, `vor der Presse`).
    pub preposition: fn(&str) -> bool,
    /// Words between a subject and its verb that do not change who speaks (`has also said`, `hat
    /// bereits erklärt`).
    pub verb_filler: fn(&str) -> bool,
}

static ENGLISH_FUNCTION_WORDS: LazyLock<WordList> =
    LazyLock::new(|| lexicon::list(lexicon::EN_FUNCTION_WORDS));
static GERMAN_FUNCTION_WORDS: LazyLock<WordList> =
    LazyLock::new(|| lexicon::list(lexicon::DE_FUNCTION_WORDS));

static ENGLISH: Profile = Profile {
    lang: Lang::English,
    verb_second: false,
    capitalised_nouns: false,
    subjunctive_reported_speech: false,
    own_opening_marks: &[],
    function_words: &ENGLISH_FUNCTION_WORDS,
    preposition: lexicon::is_english_preposition,
    verb_filler: lexicon::is_english_verb_filler,
};

static GERMAN: Profile = Profile {
    lang: Lang::German,
    verb_second: true,
    capitalised_nouns: true,
    subjunctive_reported_speech: true,
    own_opening_marks: &['„', '‚', '»'],
    function_words: &GERMAN_FUNCTION_WORDS,
    preposition: lexicon::is_any_german_preposition,
    verb_filler: lexicon::is_german_verb_filler,
};

impl Lang {
    /// The language's profile.
    pub fn profile(self) -> &'static Profile {
        match self {
            Lang::English => &ENGLISH,
            Lang::German => &GERMAN,
        }
    }
}

/// How far the leading language must be ahead in function words for reading to stop: a
/// paragraph or two tells.
const DECISIVE_LEAD: u32 = 12;
/// Function words are short; longer words are not looked up.
const FUNCTION_WORD_BYTES: usize = 5;

/// The language of a text, from its lower-case words in reading order: the language whose
/// function words occur most, English on a tie. Reading stops once one language leads all
/// others by a dozen.
pub fn detect<'a>(lower_words: impl IntoIterator<Item = &'a str>) -> Lang {
    let mut counts = [0u32; LANGS.len()];
    for word in lower_words {
        if word.len() > FUNCTION_WORD_BYTES {
            continue;
        }
        let Some(i) = LANGS
            .iter()
            .position(|l| l.profile().function_words.contains(word))
        else {
            continue;
        };
        counts[i] += 1;
        let (best, second) = top_two(&counts);
        if best - second >= DECISIVE_LEAD {
            break;
        }
    }
    let (best, _) = top_two(&counts);
    // The first language with the highest count: English on a tie.
    LANGS[counts.iter().position(|&c| c == best).unwrap_or(0)]
}

/// The highest and second-highest counts.
fn top_two(counts: &[u32]) -> (u32, u32) {
    let mut sorted = [0u32; LANGS.len()];
    sorted.copy_from_slice(counts);
    sorted.sort_unstable_by(|a, b| b.cmp(a));
    (sorted[0], sorted.get(1).copied().unwrap_or(0))
}

/// The language whose own marks open a quotation at `opening`, if any: typography that tells the
/// language of one quotation, whatever the document around it.
pub fn of_opening_mark(opening: char) -> Option<Lang> {
    LANGS
        .into_iter()
        .find(|l| l.profile().own_opening_marks.contains(&opening))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(text: &str) -> Vec<String> {
        text.split_whitespace().map(str::to_lowercase).collect()
    }

    #[test]
    fn german_function_words_make_german() {
        let w = words("Der Minister sagte, dass die Lage mit den Nachbarn nicht einfach ist");
        assert_eq!(detect(w.iter().map(String::as_str)), Lang::German);
    }

    #[test]
    fn english_function_words_make_english() {
        let w = words("The minister said that the situation with the neighbours is not simple");
        assert_eq!(detect(w.iter().map(String::as_str)), Lang::English);
    }

    #[test]
    fn a_tie_or_no_function_words_is_english() {
        assert_eq!(detect(["der", "the"]), Lang::English);
        assert_eq!(detect(std::iter::empty()), Lang::English);
    }

    #[test]
    fn a_decisive_lead_stops_reading() {
        // Twelve German function words, then many English ones: the lead was decisive first.
        let mut w = vec!["und"; 12];
        w.extend(["the"; 40]);
        assert_eq!(detect(w), Lang::German);
        // Eleven are not decisive, and English overtakes.
        let mut w = vec!["und"; 11];
        w.extend(["the"; 40]);
        assert_eq!(detect(w), Lang::English);
    }

    #[test]
    fn german_and_swiss_marks_are_germans_own() {
        assert_eq!(of_opening_mark('„'), Some(Lang::German));
        assert_eq!(of_opening_mark('»'), Some(Lang::German));
        assert_eq!(of_opening_mark('“'), None);
        assert_eq!(of_opening_mark('«'), None);
    }

    #[test]
    fn profiles_name_their_own_language() {
        for lang in LANGS {
            assert_eq!(lang.profile().lang, lang);
        }
        assert!(Lang::German.profile().verb_second && !Lang::English.profile().verb_second);
    }

    #[test]
    fn each_language_has_its_own_prepositions_and_fillers() {
        let (en, de) = (Lang::English.profile(), Lang::German.profile());
        assert!((de.preposition)("vor") && (de.preposition)("am") && (de.preposition)("mit"));
        assert!(!(en.preposition)("vor") && (en.preposition)("to"));
        assert!(!(de.preposition)("to"));
        assert!((en.verb_filler)("will") && !(de.verb_filler)("will"));
        assert!((de.verb_filler)("bereits"));
    }
}
