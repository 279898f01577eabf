//! The grammar words attribution reads, as word lists loaded from `lexicon/<lang>/*.txt`, and
//! the small tests on a word's form (a possessive ending, a party label) that stay code.

use std::sync::LazyLock;

use crate::lexicon::{self, WordList};

/// A word list of attribution's, loaded the first time it is asked.
type Words = LazyLock<WordList>;

/// The words of several list files as one list, where the code asks them together.
fn union(files: &[&'static str]) -> WordList {
    files.iter().flat_map(|&data| lexicon::entries(data)).collect()
}

const EN_ADVERBIAL_SUBORDINATORS: &str = include_str!("../../lexicon/en/adverbial-subordinators.txt");
const EN_DETERMINERS: &str = include_str!("../../lexicon/en/determiners.txt");
const DE_DETERMINERS: &str = include_str!("../../lexicon/de/determiners.txt");
const EN_DEFINITE_DETERMINERS: &str = include_str!("../../lexicon/en/definite-determiners.txt");
const DE_DEFINITE_DETERMINERS: &str = include_str!("../../lexicon/de/definite-determiners.txt");
const EN_CLAUSE_WORDS: &str = include_str!("../../lexicon/en/clause-words.txt");
const EN_THING_NAMING_VERBS: &str = include_str!("../../lexicon/en/thing-naming-verbs.txt");
const EN_COORDINATORS: &str = include_str!("../../lexicon/en/coordinators.txt");
const EN_PARTICIPLE_SUBJECT_PREPOSITIONS: &str =
    include_str!("../../lexicon/en/participle-subject-prepositions.txt");
const DE_COORDINATORS: &str = include_str!("../../lexicon/de/coordinators.txt");
const EN_APPOSITIVE_OPENERS: &str = include_str!("../../lexicon/en/appositive-openers.txt");
const DE_MASCULINE_NOMINATIVE_ARTICLES: &str =
    include_str!("../../lexicon/de/masculine-nominative-articles.txt");
const DE_NOMINATIVE_PRONOUNS: &str = include_str!("../../lexicon/de/nominative-pronouns.txt");
const DE_ACCUSATIVE_ARTICLES: &str = include_str!("../../lexicon/de/accusative-articles.txt");
const DE_GENITIVE_ARTICLES: &str = include_str!("../../lexicon/de/genitive-articles.txt");
const EN_PERSON_PRONOUNS: &str = include_str!("../../lexicon/en/person-pronouns.txt");
const DE_PERSON_PRONOUNS: &str = include_str!("../../lexicon/de/person-pronouns.txt");
const EN_PERSONAL_POSSESSIVES: &str = include_str!("../../lexicon/en/personal-possessives.txt");
const EN_TITLE_CASE_MINOR_WORDS: &str = include_str!("../../lexicon/en/title-case-minor-words.txt");
const EN_NAME_JOINING_WORDS: &str = include_str!("../../lexicon/en/name-joining-words.txt");
const DE_DOCUMENT_VERBS: &str = include_str!("../../lexicon/de/document-verbs.txt");
const DE_DOCUMENT_REFERENCES: &str = include_str!("../../lexicon/de/document-references.txt");
const EN_NEW_CLAUSE_CONJUNCTIONS: &str = include_str!("../../lexicon/en/new-clause-conjunctions.txt");
const DE_VERBS_OF_BEING_CALLED: &str = include_str!("../../lexicon/de/verbs-of-being-called.txt");
const DE_OBJECT_PRONOUNS: &str = include_str!("../../lexicon/de/object-pronouns.txt");
const EN_COUNT_WORDS: &str = include_str!("../../lexicon/en/count-words.txt");
const EN_TOLD_OBJECTS: &str = include_str!("../../lexicon/en/told-objects.txt");
const EN_SPEECH_NOUN_LINKS: &str = include_str!("../../lexicon/en/speech-noun-links.txt");
const DE_REPORTER_PRONOUNS: &str = include_str!("../../lexicon/de/reporter-pronouns.txt");
const DE_RELATIVE_SUBJECT_PRONOUNS: &str = include_str!("../../lexicon/de/relative-subject-pronouns.txt");
const EN_RELATIVE_SUBJECT_PRONOUNS: &str = include_str!("../../lexicon/en/relative-subject-pronouns.txt");
const DE_COPULAS: &str = include_str!("../../lexicon/de/copulas.txt");
const EN_COPULAS: &str = include_str!("../../lexicon/en/copulas.txt");
const EN_FREE_RELATIVES: &str = include_str!("../../lexicon/en/free-relatives.txt");
const EN_QUANTIFIER_PRONOUNS: &str = include_str!("../../lexicon/en/quantifier-pronouns.txt");
const DE_POSSESSIVE_PRONOUNS: &str = include_str!("../../lexicon/de/possessive-pronouns.txt");
const EN_POSSESSIVE_PRONOUNS: &str = include_str!("../../lexicon/en/possessive-pronouns.txt");
const DE_DEMONSTRATIVE_PRONOUNS: &str = include_str!("../../lexicon/de/demonstrative-pronouns.txt");

/// German `seiner` and `er`, `ihrer` and `sie`: a possessive of the third person singular and the
/// personal pronoun whose gender it shares.
static POSSESSIVE_PRONOUNS: LazyLock<Vec<(&str, &str)>> =
    LazyLock::new(|| lexicon::pairs(DE_POSSESSIVE_PRONOUNS).collect());

/// The German personal pronoun whose person a possessive of the third person singular stands
/// for (`seiner` → `er`, `ihrem` → `sie`), or `None` for any other word.
pub(super) fn german_possessive_pronoun(lower: &str) -> Option<&'static str> {
    lexicon::stands_for(&POSSESSIVE_PRONOUNS, lower)
}

/// English `his` and `he`, `her` and `she`: a possessive of the third person singular and the
/// personal pronoun whose person it refers to.
static EN_POSSESSIVES_AS_PRONOUNS: LazyLock<Vec<(&str, &str)>> =
    LazyLock::new(|| lexicon::pairs(EN_POSSESSIVE_PRONOUNS).collect());

/// The English personal pronoun whose person a possessive refers to (`his` → `he`, `her` →
/// `she`), or `None` for any other word.
pub(super) fn english_possessive_pronoun(lower: &str) -> Option<&'static str> {
    lexicon::stands_for(&EN_POSSESSIVES_AS_PRONOUNS, lower)
}

/// German `dieser` and `er`, `letztere` and `sie`: a demonstrative that stands for the person
/// named last, and the personal pronoun whose gender it shares.
static DEMONSTRATIVE_PRONOUNS: LazyLock<Vec<(&str, &str)>> =
    LazyLock::new(|| lexicon::pairs(DE_DEMONSTRATIVE_PRONOUNS).collect());

/// The German personal pronoun whose person a demonstrative standing alone refers to
/// (`dieser` → `er`, `letztere` → `sie`), or `None` for any other word.
pub(super) fn german_demonstrative_pronoun(lower: &str) -> Option<&'static str> {
    lexicon::stands_for(&DEMONSTRATIVE_PRONOUNS, lower)
}

/// Whether `verb` reads as an English past tense: a small word in `-ed` longer than four
/// letters, or an irregular past (`broke`, `told`).
pub(super) fn reads_as_english_past(verb: &super::doc::Token<'_>) -> bool {
    !verb.capitalized
        && ((verb.lower.len() > 4 && verb.lower.ends_with("ed")) || lexicon::is_irregular_past(verb.lower))
}

/// Conjunctions that open an adverbial clause (`after remaining neutral in the primary, …`).
static ADVERBIAL_SUBORDINATORS: Words = LazyLock::new(|| lexicon::list(EN_ADVERBIAL_SUBORDINATORS));
/// Determiners of either language (`the`, `another`, `der`, `eine`).
static DETERMINERS: Words = LazyLock::new(|| union(&[EN_DETERMINERS, DE_DETERMINERS]));
/// Determiners that make a description definite (`the`, `his`, `der`).
static DEFINITE_DETERMINERS: Words =
    LazyLock::new(|| union(&[EN_DEFINITE_DETERMINERS, DE_DEFINITE_DETERMINERS]));
/// Words that end a noun phrase read rightwards (`who`, `that`, `and`, `in`).
static CLAUSE_WORDS: Words = LazyLock::new(|| lexicon::list(EN_CLAUSE_WORDS));
/// `called`, `dubbed`: between a common noun and a quotation they name a thing.
pub(super) static THING_NAMING_VERBS: Words = LazyLock::new(|| lexicon::list(EN_THING_NAMING_VERBS));
/// `and`, `but`: a second verb after them keeps the sentence's subject.
pub(super) static COORDINATORS: Words = LazyLock::new(|| lexicon::list(EN_COORDINATORS));
/// `of`, `with`: prepositions whose object may be the subject of a participle after it
/// (`footage of Ana Ortiz asking`).
pub(super) static PARTICIPLE_SUBJECT_PREPOSITIONS: Words =
    LazyLock::new(|| lexicon::list(EN_PARTICIPLE_SUBJECT_PREPOSITIONS));
/// German conjunctions that join clauses or phrases (`und`, `oder`).
pub(super) static GERMAN_COORDINATORS: Words = LazyLock::new(|| lexicon::list(DE_COORDINATORS));
/// `which`, `who`, `the`, `of`: a relative clause or further description after a comma.
pub(super) static APPOSITIVE_OPENERS: Words = LazyLock::new(|| lexicon::list(EN_APPOSITIVE_OPENERS));
/// German `der`, `ein`: a masculine subject.
pub(super) static MASCULINE_NOMINATIVE_ARTICLES: Words =
    LazyLock::new(|| lexicon::list(DE_MASCULINE_NOMINATIVE_ARTICLES));
/// German `er`, `ich`, `wir`: pronouns that can only be a subject.
pub(super) static NOMINATIVE_PRONOUNS: Words = LazyLock::new(|| lexicon::list(DE_NOMINATIVE_PRONOUNS));
/// German `den`, `einen`: an object.
pub(super) static ACCUSATIVE_ARTICLES: Words = LazyLock::new(|| lexicon::list(DE_ACCUSATIVE_ARTICLES));
/// German `des`, `der`, `eines`, `einer`: a genitive.
pub(super) static GENITIVE_ARTICLES: Words = LazyLock::new(|| lexicon::list(DE_GENITIVE_ARTICLES));
/// `he`, `she`, `i`, German `er`: pronouns resolved to the latest person.
pub(super) static PERSON_PRONOUNS: Words = LazyLock::new(|| union(&[EN_PERSON_PRONOUNS, DE_PERSON_PRONOUNS]));
/// German `er`, `sie`: the subject of reported speech that stands for its speaker.
pub(super) static REPORTER_PRONOUNS: Words = LazyLock::new(|| lexicon::list(DE_REPORTER_PRONOUNS));
/// German `der`, `die`, `welcher`: a relative pronoun that may be its clause's subject.
pub(super) static RELATIVE_SUBJECT_PRONOUNS: Words =
    LazyLock::new(|| lexicon::list(DE_RELATIVE_SUBJECT_PRONOUNS));
/// English `what`, `whatever`: a pronoun that opens a clause with no noun before it, whose
/// subject follows it (`what the mayor called`).
pub(super) static FREE_RELATIVES: Words = LazyLock::new(|| lexicon::list(EN_FREE_RELATIVES));
/// English `another`, `one`, `many`: a quantifier that may stand alone for a noun phrase.
pub(super) static QUANTIFIER_PRONOUNS: Words = LazyLock::new(|| lexicon::list(EN_QUANTIFIER_PRONOUNS));
/// English `who`, `which`: a relative pronoun that may be its clause's subject.
pub(super) static EN_RELATIVE_SUBJECTS: Words = LazyLock::new(|| lexicon::list(EN_RELATIVE_SUBJECT_PRONOUNS));
/// German `ist`, `sei`, `war`: forms of `sein` and `bleiben` that link a subject to what it is.
pub(super) static COPULAS: Words = LazyLock::new(|| lexicon::list(DE_COPULAS));
/// English `is`, `was`: forms of `be` that link a subject to what it is.
pub(super) static ENGLISH_COPULAS: Words = LazyLock::new(|| lexicon::list(EN_COPULAS));
/// `my`, `your`: they open a description of a speaker, as determiners do.
pub(super) static PERSONAL_POSSESSIVES: Words = LazyLock::new(|| lexicon::list(EN_PERSONAL_POSSESSIVES));
/// `from`, `with`, `about`: longer words that stay lower case in a title.
pub(super) static MINOR_TITLE_WORDS: Words = LazyLock::new(|| lexicon::list(EN_TITLE_CASE_MINOR_WORDS));
/// `of`, `for`, `and`: lower-case words inside an institution's name (`Institute for Science and
/// International Security`).
pub(super) static NAME_JOINING_WORDS: Words = LazyLock::new(|| lexicon::list(EN_NAME_JOINING_WORDS));
/// German `heißt`, `steht`: the words are a document's.
pub(super) static DOCUMENT_VERBS: Words = LazyLock::new(|| lexicon::list(DE_DOCUMENT_VERBS));
/// German `darin`, `dort`: back to a document named in the sentence before.
pub(super) static DOCUMENT_REFERENCES: Words = LazyLock::new(|| lexicon::list(DE_DOCUMENT_REFERENCES));
/// `when`, `because`: after a quotation, another clause with a subject of its own.
pub(super) static NEW_CLAUSE_CONJUNCTIONS: Words =
    LazyLock::new(|| lexicon::list(EN_NEW_CLAUSE_CONJUNCTIONS));
/// German `heißt`, `lautet`: what something is called, not what someone said.
pub(super) static VERBS_OF_BEING_CALLED: Words = LazyLock::new(|| lexicon::list(DE_VERBS_OF_BEING_CALLED));
/// German `ihn`, `ihm`: object pronouns between a cue and its subject.
pub(super) static OBJECT_PRONOUNS: Words = LazyLock::new(|| lexicon::list(DE_OBJECT_PRONOUNS));
/// `him`, `reporters`: the person told.
/// `two`, `several`: words that count and may end a noun phrase after `of`.
static COUNT_WORDS: Words = LazyLock::new(|| lexicon::list(EN_COUNT_WORDS));
pub(super) static TOLD_OBJECTS: Words = LazyLock::new(|| lexicon::list(EN_TOLD_OBJECTS));
/// `that`, `of`, `about`, `as`: what links a noun of speech to its content.
pub(super) static SPEECH_NOUN_LINKS: Words = LazyLock::new(|| lexicon::list(EN_SPEECH_NOUN_LINKS));

/// Conjunctions that open an adverbial clause (`after remaining neutral in the primary, …`).
pub(super) fn is_subordinator(lower: &str) -> bool {
    ADVERBIAL_SUBORDINATORS.contains(lower)
}

/// `of two`, `of several`: the end of a noun phrase counted after `of` (`a father of two`) when
/// token `lower` counts and `before` is `of`.
pub(super) fn is_count_after_of(before: &str, lower: &str) -> bool {
    before == "of" && COUNT_WORDS.contains(lower)
}

/// A determiner of either language: what opens a description (`the spokesman`, `der Sprecher`).
pub(super) fn is_determiner(lower: &str) -> bool {
    DETERMINERS.contains(lower)
}

/// A determiner that makes a description definite, so that it can be resolved to a name.
pub(super) fn is_definite(lower: &str) -> bool {
    DEFINITE_DETERMINERS.contains(lower)
}

/// Words that end a noun phrase read rightwards (`the man who`, `the official that`).
pub(super) fn is_clause_word(lower: &str) -> bool {
    CLAUSE_WORDS.contains(lower)
}

/// A party and state after a politician's name (`R-Ariz.`, `D-N.Y.`): a pattern of letters,
/// not a word list.
pub(super) fn is_party_label(word: &str) -> bool {
    matches!(word.as_bytes(), [b'R' | b'D' | b'I', b'-', state, ..] if state.is_ascii_uppercase())
}

/// Whether `word` holds at least two letters: more than an initial.
pub(super) fn has_two_letters(word: &str) -> bool {
    word.chars().filter(|c| c.is_alphabetic()).nth(1).is_some()
}

/// A possessive ending (`Putin’s`, `the Joneses’`): a suffix test, so code and not a word list.
pub(super) fn is_possessive(lower: &str) -> bool {
    lower.ends_with("’s") || lower.ends_with("'s") || lower.ends_with('’') || lower.ends_with('\'')
}

/// `word` without its possessive ending, owned.
pub(super) fn strip_possessive(word: &str) -> String {
    without_possessive(word).to_string()
}

/// `word` without its possessive ending (`’s`, `'s`).
pub(super) fn without_possessive(word: &str) -> &str {
    word.strip_suffix("’s")
        .or_else(|| word.strip_suffix("'s"))
        .unwrap_or(word)
}

/// A lower-case word without its possessive ending and trailing period (`minister’s` -> `minister`).
pub(super) fn base(lower: &str) -> &str {
    let w = lower
        .strip_suffix("’s")
        .or_else(|| lower.strip_suffix("'s"))
        .unwrap_or(lower);
    if lexicon::is_title(w) {
        w
    } else {
        w.trim_end_matches('.')
    }
}

/// `is_title(base(lower))` with one lookup for most words: only a word with a trailing period
/// (`Sen.`) is looked up again without it.
pub(super) fn is_title_word(lower: &str) -> bool {
    let w = without_possessive(lower);
    lexicon::is_title(w) || (w.ends_with('.') && lexicon::is_title(w.trim_end_matches('.')))
}

/// Whether `word`, before the given name `next` that opens a full name, is a noun for a person
/// (`Actor Ana Ruiz`, `Democrat Bo Lind`): a description of the person, not a word of the name.
/// Not a given name itself (`Major Garrett`), and not an adjective of a nation or party as well
/// (`American Israel Public Affairs Committee`).
pub(super) fn describes_a_name(word: &str, next: &str) -> bool {
    lexicon::given_name_gender(without_possessive(next)).is_some()
        && !lexicon::is_given_name(word)
        && !lexicon::is_proper_adjective(word)
        && (lexicon::is_person_noun(word) || lexicon::is_role_noun(word))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn party_labels_and_initials_are_no_names_on_their_own() {
        for label in ["R-Ariz.", "D-N.Y.", "I-Vt."] {
            assert!(is_party_label(label), "{label}");
        }
        for word in ["R-", "Re-Ariz.", "D-n.y.", "X-Men", "Rand", ""] {
            assert!(!is_party_label(word), "{word}");
        }
        assert!(has_two_letters("Al") && has_two_letters("Ñu") && has_two_letters("J.R."));
        assert!(!has_two_letters("J.") && !has_two_letters("(R)") && !has_two_letters("É"));
    }

    /// The words of a list file, sorted.
    fn words_of(files: &[&'static str]) -> Vec<&'static str> {
        let mut words: Vec<&str> = files.iter().flat_map(|&data| lexicon::entries(data)).collect();
        words.sort_unstable();
        words
    }

    #[test]
    fn word_lists_hold_the_words_the_code_had() {
        // Each list as its files load it, and the words the code listed before they became data.
        let lists: [(&Words, &[&'static str], &[&str]); 30] = [
            (
                &ADVERBIAL_SUBORDINATORS,
                &[EN_ADVERBIAL_SUBORDINATORS],
                &[
                    "after", "before", "while", "when", "since", "although", "though", "despite", "because",
                    "once", "until", "unless",
                ],
            ),
            (
                &DETERMINERS,
                &[EN_DETERMINERS, DE_DETERMINERS],
                &[
                    "the", "a", "an", "another", "one", "his", "her", "its", "their", "our", "two",
                    "several", "some", "many", "most", "few", "these", "those", "three", "four", "five",
                    "six", "seven", "eight", "nine", "ten", "every", "various", "numerous", "der", "die",
                    "das", "ein", "eine", "einer", "des",
                ],
            ),
            (
                &DEFINITE_DETERMINERS,
                &[EN_DEFINITE_DETERMINERS, DE_DEFINITE_DETERMINERS],
                &["the", "his", "her", "its", "their", "der", "die", "das"],
            ),
            (
                &CLAUSE_WORDS,
                &[EN_CLAUSE_WORDS],
                &[
                    "who", "that", "which", "whose", "and", "or", "but", "as", "in", "on", "at", "to", "for",
                ],
            ),
            (
                &THING_NAMING_VERBS,
                &[EN_THING_NAMING_VERBS],
                &["called", "named", "dubbed", "titled", "entitled"],
            ),
            (&COORDINATORS, &[EN_COORDINATORS], &["and", "but"]),
            (
                &PARTICIPLE_SUBJECT_PREPOSITIONS,
                &[EN_PARTICIPLE_SUBJECT_PREPOSITIONS],
                &["of", "with", "without", "from"],
            ),
            (
                &GERMAN_COORDINATORS,
                &[DE_COORDINATORS],
                &["und", "oder", "aber", "sondern", "denn", "sowie", "bzw"],
            ),
            (
                &APPOSITIVE_OPENERS,
                &[EN_APPOSITIVE_OPENERS],
                &["which", "who", "whose", "that", "where", "the", "a", "an", "of"],
            ),
            (
                &MASCULINE_NOMINATIVE_ARTICLES,
                &[DE_MASCULINE_NOMINATIVE_ARTICLES],
                &["der", "ein"],
            ),
            (
                &NOMINATIVE_PRONOUNS,
                &[DE_NOMINATIVE_PRONOUNS],
                &["er", "ich", "wir"],
            ),
            (&ACCUSATIVE_ARTICLES, &[DE_ACCUSATIVE_ARTICLES], &["den", "einen"]),
            (
                &GENITIVE_ARTICLES,
                &[DE_GENITIVE_ARTICLES],
                &["des", "der", "eines", "einer"],
            ),
            (
                &PERSON_PRONOUNS,
                &[EN_PERSON_PRONOUNS, DE_PERSON_PRONOUNS],
                &["he", "she", "i", "er"],
            ),
            (&PERSONAL_POSSESSIVES, &[EN_PERSONAL_POSSESSIVES], &["my", "your"]),
            (&REPORTER_PRONOUNS, &[DE_REPORTER_PRONOUNS], &["er", "sie"]),
            (
                &EN_RELATIVE_SUBJECTS,
                &[EN_RELATIVE_SUBJECT_PRONOUNS],
                &["who", "which"],
            ),
            (&FREE_RELATIVES, &[EN_FREE_RELATIVES], &["what", "whatever"]),
            (
                &RELATIVE_SUBJECT_PRONOUNS,
                &[DE_RELATIVE_SUBJECT_PRONOUNS],
                &["der", "die", "das", "welcher", "welche", "welches"],
            ),
            (
                &COPULAS,
                &[DE_COPULAS],
                &[
                    "ist", "sei", "war", "wäre", "sind", "seien", "waren", "wären", "bleibt", "bleibe",
                    "blieb",
                ],
            ),
            (&ENGLISH_COPULAS, &[EN_COPULAS], &["is", "was", "are", "were"]),
            (
                &MINOR_TITLE_WORDS,
                &[EN_TITLE_CASE_MINOR_WORDS],
                &[
                    "from", "with", "into", "over", "about", "after", "than", "that", "this", "their",
                ],
            ),
            (
                &NAME_JOINING_WORDS,
                &[EN_NAME_JOINING_WORDS],
                &["of", "for", "and", "on", "the", "to"],
            ),
            (
                &DOCUMENT_VERBS,
                &[DE_DOCUMENT_VERBS],
                &[
                    "heißt",
                    "hieß",
                    "steht",
                    "stand",
                    "lesen",
                    "fand",
                    "fanden",
                    "findet",
                    "geheißen",
                    "heiße",
                    "stehe",
                ],
            ),
            (
                &DOCUMENT_REFERENCES,
                &[DE_DOCUMENT_REFERENCES],
                &["darin", "dort", "hierin"],
            ),
            (
                &NEW_CLAUSE_CONJUNCTIONS,
                &[EN_NEW_CLAUSE_CONJUNCTIONS],
                &[
                    "when", "while", "after", "before", "because", "if", "since", "although", "though",
                    "until", "unless",
                ],
            ),
            (
                &VERBS_OF_BEING_CALLED,
                &[DE_VERBS_OF_BEING_CALLED],
                &["heißt", "hieß", "heißen", "lautet", "lautete"],
            ),
            (
                &OBJECT_PRONOUNS,
                &[DE_OBJECT_PRONOUNS],
                &[
                    "ihn", "ihm", "ihnen", "uns", "mich", "mir", "dich", "dir", "euch", "sich",
                ],
            ),
            (
                &TOLD_OBJECTS,
                &[EN_TOLD_OBJECTS],
                &["him", "her", "them", "us", "me", "reporters"],
            ),
            (
                &SPEECH_NOUN_LINKS,
                &[EN_SPEECH_NOUN_LINKS],
                &["that", "of", "about", "as"],
            ),
        ];
        for (list, files, old) in lists {
            let mut old = old.to_vec();
            old.sort_unstable();
            assert_eq!(words_of(files), old);
            for word in old {
                assert!(list.contains(word), "{word}");
            }
            assert!(!list.contains("") && !list.contains("xyzzy"));
        }
    }

    #[test]
    fn a_quantifier_before_a_noun_opens_a_description() {
        use crate::attribute::testing::who;
        for (text, mention) in [
            (
                "The pier closed early. “We have waited long enough,” some residents said on Monday.",
                "some residents",
            ),
            (
                "Three officials said on Friday: “The pier stays closed.”",
                "Three officials",
            ),
            (
                "The debate ran late, when many viewers called the mayor “evasive.”",
                "many viewers",
            ),
        ] {
            assert_eq!(who(text)[0].1, mention, "{text}");
        }
    }

    #[test]
    fn name_joining_words_are_short_enough_to_be_asked() {
        // `longer_name_start` asks the list only for words of up to three bytes.
        for word in lexicon::entries(EN_NAME_JOINING_WORDS) {
            assert!(word.len() <= 3, "{word}");
        }
    }

    #[test]
    fn minor_title_words_are_short_enough_to_be_asked() {
        // `title_like_paragraphs` asks the list only for words of up to five bytes.
        for word in lexicon::entries(EN_TITLE_CASE_MINOR_WORDS) {
            assert!(word.len() <= 5, "{word}");
        }
    }
}
