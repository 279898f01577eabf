//! Small closed classes of grammar: fillers, time words, prepositions, auxiliaries, articles,
//! abbreviations; most of the German ones serve its word order (the verb second, the subject
//! after it).

use std::sync::LazyLock;

use super::{WordSet, list, union};

static ENGLISH_VERB_FILLERS: WordSet = LazyLock::new(|| list(list_file!("en/verb-fillers")));

/// `has`, `also`, `reportedly`: an English word between a subject and its verb that does not
/// change who speaks (`has also said`).
#[inline]
pub fn is_english_verb_filler(lower: &str) -> bool {
    ENGLISH_VERB_FILLERS.contains(lower)
}

static GERMAN_VERB_FILLERS: WordSet = LazyLock::new(|| list(list_file!("de/verb-fillers")));

/// `hat`, `auch`, `bereits`: a German word between a subject and its verb that does not change
/// who speaks (`hat bereits erklärt`); `will` is a verb of its own.
#[inline]
pub fn is_german_verb_filler(lower: &str) -> bool {
    GERMAN_VERB_FILLERS.contains(lower)
}

/// Words of a time phrase that may sit between a cue and its speaker (`said on Thursday`).
static TIME_WORDS: WordSet =
    LazyLock::new(|| union(&[list_file!("en/time-words"), list_file!("de/time-words")]));

/// `on`, `Thursday`, `2024`: a word of a time phrase, numbers included.
#[inline]
pub fn is_time_word(lower: &str) -> bool {
    TIME_WORDS.contains(lower) || lower.chars().all(|c| c.is_ascii_digit() || c == ',')
}

static GERMAN_TIME_SPAN_NOUNS: WordSet = LazyLock::new(|| list(list_file!("de/time-span-nouns")));

/// `ende`, `anfang`: a German noun for a part of a period, in lower case.
#[inline]
pub fn is_german_time_span_noun(lower: &str) -> bool {
    GERMAN_TIME_SPAN_NOUNS.contains(lower)
}

static GERMAN_MONTHS: WordSet = LazyLock::new(|| list(list_file!("de/months")));

/// `januar`, `mai`: a German month, in lower case.
#[inline]
pub fn is_german_month(lower: &str) -> bool {
    GERMAN_MONTHS.contains(lower)
}

/// English prepositions: a name right after one is an object, not a speaker (`told Seoul`, `to
/// TASS`).
static ENGLISH_PREPOSITIONS: WordSet = LazyLock::new(|| list(list_file!("en/prepositions")));

/// `to`, `with`, `told`: an English word after which a name is an object.
#[inline]
pub fn is_english_preposition(lower: &str) -> bool {
    ENGLISH_PREPOSITIONS.contains(lower)
}

/// Auxiliary verbs that make the following cue passive (`South Korea was warned`).
static PASSIVE_MARKERS: WordSet =
    LazyLock::new(|| union(&[list_file!("en/passive-markers"), list_file!("de/passive-markers")]));

/// `was`, `wurde`: an auxiliary that makes the following cue passive.
#[inline]
pub fn is_passive_marker(lower: &str) -> bool {
    PASSIVE_MARKERS.contains(lower)
}

static GERMAN_PASSIVE_MARKERS: WordSet = LazyLock::new(|| list(list_file!("de/passive-markers")));

/// `wurde`, `wird`: a German auxiliary of the passive, the finite forms of `werden`
/// (`lexicon/de/passive-markers.txt`), without the English ones (`was` is a German pronoun).
#[inline]
pub fn is_german_passive_marker(lower: &str) -> bool {
    GERMAN_PASSIVE_MARKERS.contains(lower)
}

/// Irregular past tenses (WordNet 3.0 `verb.exc`): a verb after a subject, as `-ed` is for the
/// regular ones.
static IRREGULAR_PASTS: WordSet = LazyLock::new(|| list(list_file!("en/irregular-pasts")));

/// `made`, `took`: an irregular past tense.
#[inline]
pub fn is_irregular_past(lower: &str) -> bool {
    IRREGULAR_PASTS.contains(lower)
}

static ABBREVIATIONS: WordSet =
    LazyLock::new(|| union(&[list_file!("en/abbreviations"), list_file!("de/abbreviations")]));

/// Abbreviations whose period does not end a sentence.
#[inline]
pub fn is_abbreviation(lower: &str) -> bool {
    ABBREVIATIONS.contains(lower)
}

static GERMAN_ADVERBS: WordSet = LazyLock::new(|| list(list_file!("de/adverbs")));

/// German adverbs that may stand between a cue and its inverted subject (`sagte dazu der Minister`).
#[inline]
pub fn is_german_adverb(lower: &str) -> bool {
    GERMAN_ADVERBS.contains(lower)
}

static GERMAN_SUBORDINATORS: WordSet = LazyLock::new(|| list(list_file!("de/subordinators")));

/// German conjunctions that open a subordinate clause, which puts its verb last.
#[inline]
pub fn is_german_subordinator(lower: &str) -> bool {
    GERMAN_SUBORDINATORS.contains(lower)
}

static GERMAN_PREPOSITIONS: WordSet = LazyLock::new(|| {
    union(&[
        list_file!("de/prepositions"),
        list_file!("de/opening-prepositions"),
    ])
});

/// `mit`, `vor`, `am`, `zur`: a German preposition or its contraction with an article, the
/// whole closed class, after which a noun phrase is an object (`sagte er vor der Presse`).
#[inline]
pub fn is_any_german_preposition(lower: &str) -> bool {
    GERMAN_PREPOSITIONS.contains(lower)
}

static GERMAN_OPENING_PREPOSITIONS: WordSet = LazyLock::new(|| list(list_file!("de/opening-prepositions")));

/// German prepositions and their contractions with an article (`am`, `zur`): a German sentence
/// that opens with one opens with an adverbial phrase, and its subject follows the verb
/// (`Am Morgen wurden …`, `Auf der Autobahn ist …`).
#[inline]
pub fn is_german_preposition(lower: &str) -> bool {
    GERMAN_OPENING_PREPOSITIONS.contains(lower)
}

static GERMAN_AUXILIARIES: WordSet = LazyLock::new(|| list(list_file!("de/auxiliaries")));

/// German auxiliaries of the perfect and the future, in every mood (`hat`, `habe`, `werde`).
#[inline]
pub fn is_german_auxiliary(lower: &str) -> bool {
    GERMAN_AUXILIARIES.contains(lower)
}

static GERMAN_MODALS: WordSet = LazyLock::new(|| list(list_file!("de/modal-verbs")));

/// German modal verbs in their finite forms (`will`, `soll`, `können`).
#[inline]
pub fn is_german_modal(lower: &str) -> bool {
    GERMAN_MODALS.contains(lower)
}

static GERMAN_ARTICLES: WordSet = LazyLock::new(|| list(list_file!("de/articles")));

/// German definite and indefinite articles.
#[inline]
pub fn is_german_article(lower: &str) -> bool {
    GERMAN_ARTICLES.contains(lower)
}

static GERMAN_SUBJUNCTIVES: WordSet = LazyLock::new(|| list(list_file!("de/subjunctives")));

/// German subjunctive forms that mark reported speech (`sei`, `habe`, `würden`).
#[inline]
pub fn is_german_subjunctive(lower: &str) -> bool {
    GERMAN_SUBJUNCTIVES.contains(lower)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lexicon::pinned::same_words;

    /// The words each list had when it was code.
    #[test]
    fn the_lists_hold_the_words_they_held_as_code() {
        same_words(
            "is_english_verb_filler",
            &ENGLISH_VERB_FILLERS,
            "has have had also then later again once repeatedly previously recently earlier further
            simply just still would will could did does do is was were are reportedly publicly
            privately flatly firmly bluntly openly angrily quietly herself himself themselves
            quickly immediately ultimately finally subsequently often frequently never always",
        );
        same_words(
            "is_german_verb_filler",
            &GERMAN_VERB_FILLERS,
            "hat habe auch dann noch bereits",
        );
        same_words(
            "is_time_word",
            &TIME_WORDS,
            "on in at last this next early late earlier later ago today yesterday tonight monday
            tuesday wednesday thursday friday saturday sunday morning afternoon evening night week
            month year weekend january february march april may june july august september october
            november december am gestern heute montag dienstag mittwoch donnerstag freitag samstag
            sonntag",
        );
        same_words(
            "is_english_preposition",
            &ENGLISH_PREPOSITIONS,
            "to with by for of from in on at against about into toward towards over under between
            among than like via through across behind during without within upon near per outside
            inside amid around beyond throughout told urged asked",
        );
        same_words(
            "is_passive_marker",
            &PASSIVE_MARKERS,
            "was were been being is are be wurde wurden wird werden",
        );
        same_words(
            "is_abbreviation",
            &ABBREVIATIONS,
            "mr mrs ms dr prof sen rep gov gen lt col capt sgt adm st jr sr rev no vs inc corp co ltd
            jan feb mar apr aug sept sep oct nov dec mt ft hon dept gop u.s u.k u.n d.c e.g i.e etc
            approx dr.h.c bzw ca nr z.b hl",
        );
        same_words(
            "is_german_adverb",
            &GERMAN_ADVERBS,
            "dazu auch zudem daraufhin außerdem weiter nun jedoch allerdings noch bereits damals
            später gestern heute ebenfalls dabei darin darauf hierzu dort aber mit ganz erst schon
            jetzt zuvor deshalb daher trotzdem hingegen dagegen indes indessen wiederum ihrerseits
            seinerseits",
        );
        same_words(
            "is_german_subordinator",
            &GERMAN_SUBORDINATORS,
            "dass weil indem wenn ob nachdem während obwohl bevor damit sodass wobei falls",
        );
        same_words(
            "is_german_preposition",
            &GERMAN_OPENING_PREPOSITIONS,
            "ab abseits abzüglich am an anfangs angesichts anhand anlässlich ans anstatt anstelle auf
            aufgrund aufs aus ausschließlich außer außerhalb bei beiderseits beim bezüglich binnen
            bis dank diesseits durch durchs einschließlich entgegen entlang entsprechend exklusive
            fern für fürs gegen gegenüber gemäß hinsichtlich hinter hinterm hinters im in infolge
            inklusive inmitten innerhalb ins jenseits kraft laut längs mangels mit mithilfe mittels
            nach nahe neben nebst oberhalb ohne samt seit seitens statt trotz um ums unter unterhalb
            unterm unters unweit vermittels vermöge via vom von vor vorm vors wegen wider während zu
            zufolge zugunsten zuliebe zum zur zuungunsten zwecks zwischen über übers",
        );
        same_words(
            "is_german_auxiliary",
            &GERMAN_AUXILIARIES,
            "habe hat hatte hätte haben hatten hätten ist sei war wäre sind seien waren wird werde
            würde werden würden",
        );
        same_words(
            "is_german_article",
            &GERMAN_ARTICLES,
            "der die das des dem den ein eine eines einer einem einen",
        );
        same_words(
            "is_german_subjunctive",
            &GERMAN_SUBJUNCTIVES,
            "sei seien habe hätte hätten werde würde würden müsse müssten könne könnten solle sollten
            wolle gebe stehe bestehe gelte liege bleibe",
        );
    }

    #[test]
    fn numbers_are_time_words() {
        assert!(is_time_word("2024") && is_time_word("1,000") && is_time_word("thursday"));
        assert!(!is_time_word("spokesman"));
        assert!(is_german_time_span_noun("ende") && !is_german_time_span_noun("januar"));
        assert!(is_german_month("mai") && !is_german_month("ende"));
    }

    #[test]
    fn the_irregular_pasts_are_past_tenses_and_no_participle_or_auxiliary() {
        for past in [
            "made", "took", "sought", "withdrew", "overtook", "sang", "swore", "left", "went",
        ] {
            assert!(is_irregular_past(past), "{past}");
        }
        for other in [
            "taken", "known", "done", "sung", "borne", "was", "had", "did", "quizzes", "abetted", "walk",
        ] {
            assert!(!is_irregular_past(other), "{other}");
        }
    }
}
