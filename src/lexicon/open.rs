//! Word classes derived from open data by `scripts/lexicon` (see `lexicon/LICENSES.md`): the
//! class of every German form (Wikidata lexemes, compiled into an fst by `build.rs`), English
//! person and group nouns (WordNet), and given names with their usual gender. The rules ask
//! these only for words next to a quotation or a cue.

use std::sync::LazyLock;

use fst::Map;

use super::{WordSet, is_role_noun, list, pairs};

/// The class bits of `lexicon/de/word-classes.txt`, as `scripts/lexicon` writes them.
const NOUN: u64 = 1;
const PERSON: u64 = 2;
// 4 marks a declinable adjective or participle.
const ADJECTIVE: u64 = 4;
const KNOWN: u64 = 8;

/// Every German form the lexemes hold, with its class bits.
static GERMAN: LazyLock<Map<&'static [u8]>> = LazyLock::new(|| {
    Map::new(&include_bytes!(concat!(env!("OUT_DIR"), "/de-word-classes.fst"))[..])
        .expect("build.rs writes a valid fst")
});

/// What the German lexicon tells of a form, in lower case.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct GermanWord(u64);

impl GermanWord {
    /// A form the lexicon holds at all (a noun, verb, adjective, adverb, function word, or a
    /// name the lexemes list).
    pub fn known(self) -> bool {
        self.0 & KNOWN != 0
    }
    /// A form of a common noun (`Zeiten`, `Platzverweis`, `Sprecher`).
    pub fn noun(self) -> bool {
        self.0 & NOUN != 0
    }
    /// A form of a declinable adjective or participle (`neue`, `gewählten`).
    pub fn adjective(self) -> bool {
        self.0 & ADJECTIVE != 0
    }
    /// A noun for a person (`Sprecher`, `Sprecherin`, `Abgeordnete`).
    pub fn person(self) -> bool {
        self.0 & PERSON != 0
    }
}

/// The class of a German form in lower case; unknown words have none.
pub fn german_word(lower: &str) -> GermanWord {
    GermanWord(GERMAN.get(lower).unwrap_or(0))
}

/// What a German noun's head (the last part of a compound: `Polizeisprecher` by `sprecher`)
/// names.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NounHead {
    /// A person or role (`Sprecherin`, `Innenminister`, `Abgeordnete`).
    Person,
    /// An institution, organisation or medium (`Innenministerium`, `Behörde`, `Sender`).
    Institution,
    /// Any other noun the lexicon knows (`Interview`, `Zeiten`, `Einsatz`).
    Thing,
}

/// Whether the German noun `lower` names, by its head, a person or an institution: one that can
/// speak (`Sprecherin`, `Innenministerium`), not a thing.
pub fn german_noun_can_speak(lower: &str) -> bool {
    matches!(
        german_noun_head(lower),
        Some(NounHead::Person | NounHead::Institution)
    )
}

/// German head nouns of institutions (`lexicon/de/institution-nouns.txt`).
static INSTITUTION_NOUNS: WordSet = LazyLock::new(|| list(list_file!("de/institution-nouns")));

/// Shortest head a compound is read by: shorter ends (`amt`, `rat`) only as whole listed heads.
const SHORTEST_HEAD: usize = 3;

/// What the German noun `lower` names by its head, or `None` when the lexicon does not know it
/// as a noun (a name, or a word it lacks).
pub fn german_noun_head(lower: &str) -> Option<NounHead> {
    let whole = german_word(lower);
    let mut found_noun = whole.noun();
    // The longest end of the compound that names a person or an institution decides;
    // `Regierungssprecher` by `sprecher`, `Landeskriminalamt` by `amt`. An end is a head only
    // where what stands before it is a word of its own (`Polizei|sprecher`, `SPD-|Chefin`),
    // not wherever a shorter noun happens to end a longer one (`Vorbe|halte`, `Ver|gleiche`).
    for (i, _) in lower.char_indices() {
        let head = &lower[i..];
        if head.len() < SHORTEST_HEAD {
            break;
        }
        let class = if i == 0 { whole } else { german_word(head) };
        // Declined: `des Gerichts`, `der Ministerien`, `den Behörden`.
        let institution = |end: &str| {
            head.strip_suffix(end)
                .is_some_and(|h| INSTITUTION_NOUNS.contains(h))
        };
        let named = if class.person() || is_role_noun(head) || (class.noun() && is_weak_person_noun(head)) {
            Some(NounHead::Person)
        } else if INSTITUTION_NOUNS.contains(head)
            || ["s", "es", "n", "en"].into_iter().any(institution)
            || umlaut_plural_of_institution(head)
        {
            Some(NounHead::Institution)
        } else {
            None
        };
        let noun_end = head.len() >= 5 && class.noun();
        if (named.is_some() || noun_end) && (i == 0 || is_compound_modifier(&lower[..i], true)) {
            if named.is_some() {
                return named;
            }
            // A compound the lexicon lacks is a noun when a long enough end of it is one.
            found_noun |= i > 0;
        }
    }
    found_noun.then_some(NounHead::Thing)
}

/// `german-umlaut-plural`: the plural of a German institution noun that puts an umlaut on its
/// last vowel and `-e` or `-er` after it (`Verbände` by `Verband`, `Räte` by `Rat`, `Ämter` by
/// `Amt`), in any case (`den Verbänden`).
fn umlaut_plural_of_institution(head: &str) -> bool {
    let Some(stem) = ["en", "ern", "e", "er"]
        .into_iter()
        .find_map(|end| head.strip_suffix(end))
    else {
        return false;
    };
    let Some((i, umlaut)) = stem
        .char_indices()
        .rev()
        .find(|(_, c)| matches!(c, 'ä' | 'ö' | 'ü'))
    else {
        return false;
    };
    let vowel = match umlaut {
        'ä' => "a",
        'ö' => "o",
        _ => "u",
    };
    let singular = format!("{}{vowel}{}", &stem[..i], &stem[i + umlaut.len_utf8()..]);
    INSTITUTION_NOUNS.contains(singular.as_str())
}

/// `german-weak-person-noun`: a German weak masculine noun for a person and its feminine
/// (`Experte`, `Experten`, `Expertin`, `Expertinnen`; `Biologe`, `Russe`): the masculine ends in
/// `-e` in the nominative and `-en` in every other form, the feminine puts `-in` (plural
/// `-innen`) on the stem without the `-e`. A form in `-e`, `-en`, `-in` or `-innen` names such
/// a person when the lexicon holds the stem with `-e`, `-in` and `-innen` as nouns: `Termin`
/// and `Termen` name none, for no `Terminnen` is a word. The lexemes derived by
/// `scripts/lexicon` mark a person by a feminine in `-in` beside the masculine itself
/// (`Sprecher`, `Sprecherin`), which these nouns lack.
fn is_weak_person_noun(head: &str) -> bool {
    let noun = |stem: &str, end: &str| {
        let mut form = String::with_capacity(stem.len() + end.len());
        form.push_str(stem);
        form.push_str(end);
        german_word(&form).noun()
    };
    ["innen", "in", "en", "e"]
        .into_iter()
        .find_map(|end| head.strip_suffix(end))
        .filter(|stem| stem.chars().count() >= 3)
        .is_some_and(|stem| noun(stem, "e") && noun(stem, "in") && noun(stem, "innen"))
}

/// Whether `front` can stand before the head of a German compound: it ends in a hyphen
/// (`SPD-`), or is a form the lexicon knows, bare or with a linking element (`Regierungs-`,
/// `Bundes-`), or, once, two such words (`Bundesinnen-`). After a hyphen inside it, only the
/// part after the last one is judged (`Internet-Nachrichten-`).
pub(super) fn is_compound_modifier(front: &str, split_again: bool) -> bool {
    // The words a hyphen joins before the modifier are modifiers by the hyphen
    // (`internet-nachrichten|site`): the last of them is judged.
    match front.rsplit_once('-') {
        Some((_, "")) => return true,
        Some((_, last)) => return is_compound_modifier(last, split_again),
        None => {}
    }
    let known = |w: &str| w.chars().nth(2).is_some() && german_word(w).0 != 0;
    if ["", "s", "es", "n", "en", "e", "er"]
        .into_iter()
        .any(|end| front.strip_suffix(end).is_some_and(known))
    {
        return true;
    }
    split_again
        && front
            .char_indices()
            .skip(3)
            .any(|(i, _)| known(&front[..i]) && is_compound_modifier(&front[i..], false))
}

/// Shortest known word that ends a compound for `is_german_compound`.
const SHORTEST_COMPOUND_END: usize = 4;

/// Whether the lower-case German word is a compound of words the lexicon knows: a known word of
/// at least four letters ends it, after a part that can stand before the head of a compound
/// (`verteidigens|wert`, `rechts|relevant`).
pub fn is_german_compound(lower: &str) -> bool {
    lower.char_indices().skip(1).any(|(i, _)| {
        let end = &lower[i..];
        end.chars().count() >= SHORTEST_COMPOUND_END
            && german_word(end).known()
            && is_compound_modifier(&lower[..i], true)
    })
}

/// English nouns whose commonest sense is a person (`lobbyist`, `investigators`).
static PERSON_NOUNS: WordSet = LazyLock::new(|| list(list_file!("en/person-nouns")));
/// English nouns whose commonest sense is a group or organisation (`agency`, `committee`).
static GROUP_NOUNS: WordSet = LazyLock::new(|| list(list_file!("en/group-nouns")));

/// An English noun for a person (WordNet), in lower case, or an agent noun of a verb of speech
/// (`is_agent_noun_of_speech`).
#[inline]
pub fn is_person_noun(lower: &str) -> bool {
    PERSON_NOUNS.contains(lower) || is_agent_noun_of_speech(lower)
}

/// **an-agent-noun-of-a-verb-of-speech-is-a-person**: `commenter`, `commenters`: a word the
/// lexicons do not know that is the `-er` form of an English verb of speech (`comment`) names
/// the one who speaks. English builds agent nouns from verbs with `-er` (`caller`, `blogger`,
/// `questioner`), and WordNet lists only some of them: `Another commenter said, "…"` names a
/// speaker as `Another caller said` does. The base verb is the stem, the stem with `e`
/// (`quoter` → `quote`) or the stem with a doubled final consonant undone (`blogger` →
/// `blog`). A word that is a thing noun, no noun, or a group noun keeps
/// its sense (`tweeter`, a loudspeaker); only words ending in `-er`/`-ers` are looked at.
fn is_agent_noun_of_speech(lower: &str) -> bool {
    let singular = lower.strip_suffix('s').unwrap_or(lower);
    let Some(stem) = singular.strip_suffix("er") else {
        return false;
    };
    if stem.chars().count() < 3 {
        return false;
    }
    let known = |w: &str| {
        THING_NOUNS.contains(w)
            || NOT_NOUNS.contains(w)
            || GROUP_NOUNS.contains(w)
            || PERSON_NOUNS.contains(w)
    };
    if known(lower) || known(singular) {
        return false;
    }
    let bytes = stem.as_bytes();
    let undoubled = match bytes {
        [.., a, b] if a == b && !b"aeiou".contains(b) => Some(&stem[..stem.len() - 1]),
        _ => None,
    };
    // The stem with `e` is the singular without its `r`: no word is built to look it up.
    super::is_english_speech_verb(stem)
        || super::is_english_speech_verb(&singular[..singular.len() - 1])
        || undoubled.is_some_and(super::is_english_speech_verb)
}

/// An English noun for a group or organisation (WordNet), in lower case.
#[inline]
pub fn is_group_noun(lower: &str) -> bool {
    GROUP_NOUNS.contains(lower)
}

/// English nouns for things, places, times, events, acts, groups and messages (WordNet).
static THING_NOUNS: WordSet = LazyLock::new(|| list(list_file!("en/thing-nouns")));

/// An English noun whose commonest sense is a thing, a place, a time, an event, an act, a group
/// or a message (`valley`, `day`, `technologies`, `act`), in lower case.
#[inline]
pub fn is_thing_noun(lower: &str) -> bool {
    THING_NOUNS.contains(lower)
}

/// English words that are verb forms, adjectives or adverbs and never nouns, and every participle
/// of a verb (WordNet).
static NOT_NOUNS: WordSet = LazyLock::new(|| list(list_file!("en/not-nouns")));
/// English adjectives written with a capital (WordNet: `Mexican`, `Democratic`).
static PROPER_ADJECTIVES: WordSet = LazyLock::new(|| list(list_file!("en/proper-adjectives")));

/// An English verb form, adjective or adverb that is no noun (`ask`, `informed`), or a participle
/// (`holding`), in lower case.
#[inline]
pub fn is_not_noun(lower: &str) -> bool {
    NOT_NOUNS.contains(lower)
}

/// An English adjective written with a capital (`mexican`, `democratic`), in lower case.
#[inline]
pub fn is_proper_adjective(lower: &str) -> bool {
    PROPER_ADJECTIVES.contains(lower)
}

/// The usual gender of a given name.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Gender {
    Female,
    Male,
}

/// Given names of one usual gender, female and male, and those of either
/// (`lexicon/en/given-names.txt`).
static GIVEN_NAMES: LazyLock<(super::Words, super::Words, super::Words)> = LazyLock::new(|| {
    // One reading of the file (41,000 lines), sorted by gender as it goes.
    let (mut female, mut male, mut either) = (Vec::new(), Vec::new(), Vec::new());
    for (name, gender) in pairs(list_file!("en/given-names")) {
        match gender {
            "f" => female.push(name),
            "m" => male.push(name),
            "x" => either.push(name),
            _ => {}
        }
    }
    (
        female.into_iter().collect(),
        male.into_iter().collect(),
        either.into_iter().collect(),
    )
});

/// The usual gender of a given name in lower case; `None` for a name of either or unknown.
pub fn given_name_gender(lower: &str) -> Option<Gender> {
    let (female, male, _) = &*GIVEN_NAMES;
    if female.contains(lower) {
        Some(Gender::Female)
    } else if male.contains(lower) {
        Some(Gender::Male)
    } else {
        None
    }
}

/// Whether a word in lower case is a given name, of one usual gender or of either (`kim`).
pub fn is_given_name(lower: &str) -> bool {
    let (female, male, either) = &*GIVEN_NAMES;
    female.contains(lower) || male.contains(lower) || either.contains(lower)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn agent_nouns_of_verbs_of_speech_are_persons() {
        for noun in ["commenter", "commenters"] {
            assert!(is_person_noun(noun), "{noun}");
        }
        // A known thing noun keeps its sense; a word not built on a verb of speech is none.
        for word in ["tweeter", "paper", "order", "commentary", "er"] {
            assert!(!is_agent_noun_of_speech(word), "{word}");
        }
    }

    #[test]
    fn umlaut_plurals_of_institutions_are_institutions() {
        for noun in ["verbände", "lehrerverbänden"] {
            assert_eq!(german_noun_head(noun), Some(NounHead::Institution), "{noun}");
        }
        assert_ne!(german_noun_head("wände"), Some(NounHead::Institution));
    }

    #[test]
    fn weak_masculine_nouns_and_their_feminines_name_persons() {
        for noun in [
            "experte",
            "experten",
            "expertin",
            "expertinnen",
            "biologen",
            "umweltexperten",
        ] {
            assert_eq!(german_noun_head(noun), Some(NounHead::Person), "{noun}");
        }
        for noun in ["termin", "termen", "garten", "kosten", "karte"] {
            assert_ne!(german_noun_head(noun), Some(NounHead::Person), "{noun}");
        }
    }

    #[test]
    fn german_forms_have_their_classes() {
        assert!(german_word("zeiten").noun());
        assert!(!german_word("zeiten").person());
        assert!(german_word("sprecherin").person());
        assert!(german_word("reflexartig").known() && !german_word("reflexartig").noun());
        assert!(german_word("unterdessen").known());
        assert!(!german_word("unterdessen").noun());
        assert!(!german_word("xqzv").known());
    }

    #[test]
    fn nominalised_adjectives_are_people_and_nouns_beside_a_verb_stem_are_not() {
        for person in ["abgeordnete", "vorsitzende", "gefangene", "angestellte"] {
            assert!(german_word(person).person(), "{person}");
        }
        // `lag`, `frag` are verb forms: `Lage`, `Lager`, `Frage`, `Frager` decline no adjective.
        for thing in ["lage", "fragen", "kontrolle", "grenze"] {
            assert!(!german_word(thing).person(), "{thing}");
        }
        assert!(german_word("fragen").noun());
    }

    #[test]
    fn a_compound_counts_by_its_head() {
        assert_eq!(german_noun_head("polizeisprecherin"), Some(NounHead::Person));
        assert_eq!(german_noun_head("innenministerium"), Some(NounHead::Institution));
        assert_eq!(german_noun_head("interview"), Some(NounHead::Thing));
        assert_eq!(german_noun_head("gerichts"), Some(NounHead::Institution));
        assert_eq!(german_noun_head("einsatz"), Some(NounHead::Thing));
        assert_eq!(german_noun_head("merkel"), None);
    }

    #[test]
    fn a_head_ends_a_compound_only_after_a_word_of_its_own() {
        // `Vorbehalte` is no `Alte`, `Vergleiche` no `Gleiche`.
        assert_eq!(german_noun_head("vorbehalte"), Some(NounHead::Thing));
        assert_eq!(german_noun_head("vergleiche"), Some(NounHead::Thing));
        assert_eq!(german_noun_head("parteivorsitzenden"), Some(NounHead::Person));
        assert_eq!(german_noun_head("spd-chefin"), Some(NounHead::Person));
        assert_eq!(german_noun_head("landeskriminalamt"), Some(NounHead::Institution));
    }

    #[test]
    fn english_person_and_group_nouns() {
        assert!(is_person_noun("lobbyist"));
        assert!(is_person_noun("investigators"));
        // `person` itself is filed among WordNet's top nouns, not under noun.person.
        assert!(is_person_noun("person"));
        assert!(is_person_noun("people") || is_group_noun("people"));
        assert!(is_group_noun("committee"));
        assert!(!is_person_noun("table"));
    }

    #[test]
    fn given_names_tell_a_gender_unless_both_lists_hold_them() {
        assert_eq!(given_name_gender("angela"), Some(Gender::Female));
        assert_eq!(given_name_gender("peter"), Some(Gender::Male));
        assert_eq!(given_name_gender("jean"), None);
    }

    #[test]
    fn given_names_take_their_gender_from_the_births_recorded_under_them() {
        // In both Moby lists, or in neither, but of one sex by far among US births.
        assert_eq!(given_name_gender("hillary"), Some(Gender::Female));
        assert_eq!(given_name_gender("ted"), Some(Gender::Male));
        assert_eq!(given_name_gender("donald"), Some(Gender::Male));
        // Given to both sexes often enough: no gender.
        assert_eq!(given_name_gender("kim"), None);
        assert_eq!(given_name_gender("taylor"), None);
        // Function words are no names, whatever a birth record holds.
        assert_eq!(given_name_gender("der"), None);
    }
}
