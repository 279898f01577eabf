//! Lists that tell a name in quotation marks from words someone said: the German nouns for the
//! kinds of things that bear names, and the words that put a quotation in someone's mouth (a view
//! held, a verb of judging).

use std::sync::LazyLock;

use super::open::is_compound_modifier;
use super::{WordSet, entries, list};

/// German nouns for kinds of named things (`lexicon/de/name-kind-nouns.txt`).
static GERMAN_NAME_KINDS: WordSet = LazyLock::new(|| list(list_file!("de/name-kind-nouns")));

/// Endings a German noun takes in its cases and numbers (`Fachmagazins`, `Magazine`,
/// `Spitznamen`), tried after the bare form.
const NOUN_ENDINGS: [&str; 7] = ["", "s", "es", "e", "n", "en", "ns"];

/// Shortest head a compound is read by (`bar`, `amt` only as whole words).
const SHORTEST_HEAD: usize = 4;

/// Whether the German noun `lower` (lower case, declined or not) is, by its head, a noun for a
/// kind of named thing: `wochenzeitung` by `zeitung`, `stadtsenders` by `sender`, `tv-sender`. The
/// part before the head must be a word of its own, so that `Beispiel` is no `Spiel`.
pub fn is_german_name_kind(lower: &str) -> bool {
    NOUN_ENDINGS.iter().any(|ending| {
        let Some(stem) = lower.strip_suffix(ending) else {
            return false;
        };
        if GERMAN_NAME_KINDS.contains(stem) {
            return true;
        }
        stem.char_indices().skip(1).any(|(i, _)| {
            let head = &stem[i..];
            head.len() >= SHORTEST_HEAD
                && GERMAN_NAME_KINDS.contains(head)
                && is_compound_modifier(&stem[..i], true)
        })
    })
}

static GERMAN_OPINION_NOUNS: WordSet = LazyLock::new(|| list(list_file!("de/opinion-nouns")));

/// `meinung`, `auffassung`: a German noun for a view held, in lower case.
#[inline]
pub fn is_german_opinion_noun(lower: &str) -> bool {
    GERMAN_OPINION_NOUNS.contains(lower)
}

static GERMAN_CHARACTERISING_VERBS: WordSet = LazyLock::new(|| list(list_file!("de/characterising-verbs")));

/// `beschrieben`, `verurteilte`, `eingestuft`: a German verb of judging that is no cue, in lower
/// case.
#[inline]
pub fn is_german_characterising_verb(lower: &str) -> bool {
    GERMAN_CHARACTERISING_VERBS.contains(lower)
}

static ENGLISH_CHARACTERISING_VERBS: WordSet = LazyLock::new(|| list(list_file!("en/characterising-verbs")));

/// `described`, `referred`, `dismissed`: an English verb that characterises its object as what
/// follows `as`, in lower case.
#[inline]
pub fn is_english_characterising_verb(lower: &str) -> bool {
    ENGLISH_CHARACTERISING_VERBS.contains(lower)
}

static GERMAN_NAME_GIVING_VERBS: WordSet = LazyLock::new(|| list(list_file!("de/name-giving-verbs")));

/// `nennt`, `genannt`: a form of German `nennen`, in lower case.
#[inline]
pub fn is_german_name_giving_verb(lower: &str) -> bool {
    GERMAN_NAME_GIVING_VERBS.contains(lower)
}

static GERMAN_KNOWN_AS_PARTICIPLES: WordSet = LazyLock::new(|| list(list_file!("de/known-as-participles")));

/// `bekannt`, `berühmten`: a German adjective or participle, bare or declined, that says what
/// something is known by, in lower case.
pub fn is_german_known_as_participle(lower: &str) -> bool {
    GERMAN_KNOWN_AS_PARTICIPLES.contains(lower)
        || super::GERMAN_ADJECTIVE_ENDINGS.iter().any(|e| {
            lower
                .strip_suffix(e)
                .is_some_and(|stem| GERMAN_KNOWN_AS_PARTICIPLES.contains(stem))
        })
}

static GERMAN_CONFERRING_VERBS: WordSet = LazyLock::new(|| list(list_file!("de/conferring-verbs")));

/// `ausgezeichnet`, `verlieh`, `gekürt`: a form of a German verb that confers a distinction, an
/// award or a title (`lexicon/de/conferring-verbs.txt`), in lower case.
pub fn is_german_conferring_verb(lower: &str) -> bool {
    GERMAN_CONFERRING_VERBS.contains(lower)
}

/// German nouns for a conversation (`lexicon/de/conversation-nouns.txt`), matched as ends.
static GERMAN_CONVERSATION_NOUNS: LazyLock<Vec<&str>> =
    LazyLock::new(|| entries(list_file!("de/conversation-nouns")).collect());

/// Whether the lower-case German noun ends in a noun for a conversation (`fernsehinterview`,
/// `gesprächs`), declined or not.
pub fn is_german_conversation_noun(lower: &str) -> bool {
    let stem = lower
        .strip_suffix("es")
        .or_else(|| lower.strip_suffix('s'))
        .unwrap_or(lower);
    GERMAN_CONVERSATION_NOUNS
        .iter()
        .any(|n| lower.ends_with(n) || stem.ends_with(n))
}

static GERMAN_SLOGAN_NOUNS: WordSet = LazyLock::new(|| list(list_file!("de/slogan-nouns")));

/// Whether the lower-case German noun is, by its head, a noun for words chanted or written up
/// (`parolen`, `protestsprüche`, `aufschrift`).
pub fn is_german_slogan_noun(lower: &str) -> bool {
    GERMAN_SLOGAN_NOUNS.contains(lower)
        || lower.char_indices().skip(1).any(|(i, _)| {
            GERMAN_SLOGAN_NOUNS.contains(&lower[i..]) && is_compound_modifier(&lower[..i], true)
        })
}

/// Endings of German derived nouns (`lexicon/de/noun-suffixes.txt`).
static GERMAN_NOUN_SUFFIXES: LazyLock<Vec<&str>> =
    LazyLock::new(|| entries(list_file!("de/noun-suffixes")).collect());

/// Whether the lower-case word ends like a German derived noun (`unsensibilität`, `verschwendung`).
pub fn has_german_noun_suffix(lower: &str) -> bool {
    GERMAN_NOUN_SUFFIXES
        .iter()
        .any(|s| lower.len() > s.len() + 2 && lower.ends_with(s))
}

/// Endings of German derived adjectives (`lexicon/de/adjective-suffixes.txt`).
static GERMAN_ADJECTIVE_SUFFIXES: LazyLock<Vec<&str>> =
    LazyLock::new(|| entries(list_file!("de/adjective-suffixes")).collect());

/// Whether the lower-case stem ends like a German derived adjective (`jeglich`, `künftig`).
pub fn has_german_adjective_suffix(lower: &str) -> bool {
    GERMAN_ADJECTIVE_SUFFIXES
        .iter()
        .any(|s| lower.len() > s.len() + 2 && lower.ends_with(s))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_kind_counts_by_the_head_of_its_compound_in_any_case() {
        for word in [
            "zeitung",
            "wochenzeitung",
            "stadtsenders",
            "stadtmagazins",
            "magazine",
            "tv-sender",
            "online-nachrichtenmagazin",
        ] {
            assert!(is_german_name_kind(word), "{word}");
        }
        // `Bei|spiel`, `Inter|view`: no kind at the end; `Wort` is speech.
        for word in ["beispiel", "interview", "worte", "minister", "bar"] {
            assert!(!is_german_name_kind(word), "{word}");
        }
    }

    #[test]
    fn views_and_verbs_of_judging() {
        assert!(is_german_opinion_noun("meinung") && !is_german_opinion_noun("zeitung"));
        assert!(is_german_characterising_verb("eingestuft") && !is_german_characterising_verb("sagte"));
        assert!(has_german_noun_suffix("unsensibilität") && !has_german_noun_suffix("ung"));
        assert!(is_german_name_giving_verb("genannt") && !is_german_name_giving_verb("sagte"));
        assert!(is_german_known_as_participle("bekannten") && !is_german_known_as_participle("bezeichnete"));
        assert!(is_german_conferring_verb("verliehen") && !is_german_conferring_verb("bezeichnet"));
        assert!(is_german_slogan_noun("protestparolen") && !is_german_slogan_noun("parteien"));
        assert!(is_german_conversation_noun("fernsehinterviews") && !is_german_conversation_noun("sendung"));
    }
}
