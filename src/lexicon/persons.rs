//! Lists about persons: the roles and titles that stand for or before a speaker, the words that
//! do not start a name or that mark a place or an institution.

use std::sync::LazyLock;

use super::{WordSet, list, union};

/// Lower-case nouns that name a role and can stand for a speaker (`the spokesman said`).
static ROLE_NOUNS: WordSet =
    LazyLock::new(|| union(&[list_file!("en/role-nouns"), list_file!("de/role-nouns")]));

/// `spokesman`, `minister`, `Sprecher`: a role that can stand for a speaker.
#[inline]
pub fn is_role_noun(lower: &str) -> bool {
    ROLE_NOUNS.contains(lower)
}

/// Titles that may precede a name and are not part of it (`Deputy Foreign Minister`, `Sen.`).
static TITLES: WordSet = LazyLock::new(|| union(&[list_file!("en/titles"), list_file!("de/titles")]));

/// `president`, `Sen.`, `Bundeskanzlerin`: a title before a name.
#[inline]
pub fn is_title(lower: &str) -> bool {
    TITLES.contains(lower)
}

/// Words written with a capital that do not start a name (sentence openers, days, months).
static NOT_NAMES: WordSet =
    LazyLock::new(|| union(&[list_file!("en/not-names"), list_file!("de/not-names")]));

/// Capitalised words that do not start a name: function words, days, months, and adverbs that
/// open a sentence (`Shortly`, `Unfortunately`).
#[inline]
pub fn is_not_name(lower: &str) -> bool {
    NOT_NAMES.contains(lower) || is_adverb_in_ly(lower)
}

/// `Finally`, `Really`: an adverb in `-ly`; but `Kelly`, `Connolly`, `Reilly` and `Emily` are
/// names, and no common adverb ends in `-elly`, `-olly`, `-illy` or `-ily`.
fn is_adverb_in_ly(lower: &str) -> bool {
    lower.len() > 4
        && lower.ends_with("ly")
        && !["ily", "elly", "olly", "illy"].iter().any(|e| lower.ends_with(e))
}

/// Subject pronouns that refer back to a speaker.
static PRONOUNS: WordSet = LazyLock::new(|| union(&[list_file!("en/pronouns"), list_file!("de/pronouns")]));

/// `he`, `she`, `er`: a subject pronoun that refers back to a speaker.
#[inline]
pub fn is_pronoun(lower: &str) -> bool {
    PRONOUNS.contains(lower)
}

/// Words that mark a capitalised chunk as a place or an institution rather than a person.
static NOT_PERSON_WORDS: WordSet = LazyLock::new(|| {
    union(&[
        list_file!("en/not-person-words"),
        list_file!("de/not-person-words"),
    ])
});

/// `Korea`, `Ministry`, `Zeitung`: a word that makes a capitalised chunk no person.
#[inline]
pub fn is_not_person_word(lower: &str) -> bool {
    NOT_PERSON_WORDS.contains(lower)
}

static NAME_PARTICLES: WordSet = LazyLock::new(|| list(list_file!("en/name-particles")));

/// Name particles written in lower case inside a name (`Ursula von der Leyen`, `bin Salman`).
#[inline]
pub fn is_name_particle(lower: &str) -> bool {
    NAME_PARTICLES.contains(lower)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lexicon::pinned::same_words;

    /// The words each list had when it was code.
    #[test]
    fn the_lists_hold_the_words_they_held_as_code() {
        same_words(
            "is_role_noun",
            &ROLE_NOUNS,
            "child boy girl voter supporter parent delegate attendee farmer miner pastor priest
            historian scientist consultant organizer volunteer journalist columnist commentator
            critic legislator sheriff customer president minister spokesman spokeswoman spokesperson
            official officials ambassador leader senator governor candidate nominee secretary
            chairman chairwoman chair director chief adviser advisor aide aides source sources
            ministry agency office department campaign company police prosecutor prosecutors lawyer
            lawyers attorney mayor general commander expert experts analyst analysts author
            researcher professor economist group committee government administration court judge
            businessman billionaire congressman congresswoman lawmaker lawmakers representative king
            queen pope premier chancellor envoy diplomat statement report newspaper paper magazine
            network kremlin embassy military army army's team organization organisation union
            institute council board commission host actor actress singer star manager coach founder
            owner executive ceo democrat republican democrats republicans activist activists
            protester protesters witness witnesses resident residents mother father wife husband son
            daughter woman man spokesmen critics supporters voters pollster strategist operative
            insider insiders veteran incumbent challenger frontrunner front-runner mogul magnate
            speaker sprecher sprecherin minister ministerin präsident präsidentin staatsanwalt
            staatsanwaltschaft polizei regierung kanzlerin kanzler narrator announcer questioner
            moderator reporter reporters interviewer anchor caller friend neighbor neighbour teacher
            student doctor nurse officer officers soldier worker workers employee employees partner
            colleague strategist donor donors ad clip spot piece memo poll survey groups parents
            brother sister attorneys spokespeople governors senators nominees candidates presidents
            leaders ministers",
        );
        same_words(
            "is_title",
            &TITLES,
            "president vice deputy minister secretary senator sen. sen rep. rep gov. gov governor mr.
            mrs. ms. dr. prof. mr mrs ms dr prof professor spokesman spokeswoman spokesperson
            ambassador chancellor prime general gen. chief director chairman chairwoman leader
            adviser advisor official speaker representative congressman congresswoman mayor judge
            justice attorney king queen prince princess pope rev. lt. col. capt. sgt. adm. gen lt
            col capt sgt adm sir dame lord commander envoy premier chair ceo founder candidate
            nominee herr frau bundeskanzlerin bundeskanzler bundespräsident ministerpräsident
            bundesminister bundesministerin sprecher sprecherin chef chefin kanzlerin kanzler
            präsident präsidentin state",
        );
        same_words(
            "is_not_name",
            &NOT_NAMES,
            "the a an in on at but and or if when while as after before during since although though
            however meanwhile this that these those it its it's we they he she i his her their our
            my your there here what why how who whom yet so still also both some many most for from
            by with without to of last next earlier later now then today yesterday tomorrow monday
            tuesday wednesday thursday friday saturday sunday january february march april june july
            august september october november december according asked speaking instead indeed thus
            because until unless whether where all any each every no not one two three several such
            other another even only just again once said says read more read first second finally
            overall yes well oh okay ok do does did is are was were be has have had can could will
            would should may might must let like than which you me him us them der die das ein eine
            und oder aber als wie im am er sie es wir ihr auch doch dann nach vor mit bei auf für
            über unter zu zum zur vom von dem den des laut dass weil wenn denn nun noch schon nur so
            plus besides moreover furthermore nonetheless nevertheless perhaps maybe tonight thanks
            sure please sorry dear hello hi ah da nachdem außerdem darin ähnlich deshalb dabei dazu
            daher damit jedoch zudem trotzdem allerdings inzwischen obwohl während seit bis gemäß
            zuvor später derzeit damals dort hier darauf daraufhin demnach somit hierzu dafür
            dagegen davon darüber zwar immer oft vielleicht etwa rund mehr viele einige alle beide
            andere jeder jede jedes kein keine dies diese dieser dieses einer eines einem einen
            sondern ihre seine sein gegen ohne um durch heute gestern danach davor dadurch dennoch
            deswegen darum daneben zunächst schließlich anschließend zuletzt erst gleichzeitig
            zugleich ebenfalls überdies indes indessen hingegen daraus daran bereits insgesamt
            insbesondere zusammenfassend januar februar märz juni juli oktober dezember",
        );
        same_words("is_pronoun", &PRONOUNS, "he she it they we i er sie");
        same_words(
            "is_not_person_word",
            &NOT_PERSON_WORDS,
            "korea north south east west united states state kingdom union republic party house
            office ministry council department university news times post street journal agency
            committee court city county club association institute center centre foundation bank
            fund group corporation company inc ltd network press television tv radio federation
            parliament congress senate assembly army navy force forces command nations organization
            organisation alliance peninsula sea ocean river mountain island islands airport station
            hotel palace square avenue road bridge church school college hospital prison district
            province region america europe asia africa ukraine russia china japan germany france
            britain india iran iraq syria israel washington moscow seoul beijing london paris berlin
            kyiv pyongyang tokyo york los angeles san new democrats republicans democratic
            republican federal national international security defense defence foreign affairs
            global world reuters buzzfeed politico breitbart huffpost axios conference convention
            summit cnn bbc fox msnbc nbc abc cbs ap tass telegram twitter facebook instagram youtube
            google white kremlin pentagon zeitung zeitungen nachrichtenagentur agentur sender
            fernsehsender rundfunk magazin wochenzeitung tageszeitung website webseite blatt",
        );
        same_words(
            "is_name_particle",
            &NAME_PARTICLES,
            "de da van von der den bin al la le du di del dos ibn",
        );
    }

    #[test]
    fn adverbs_in_ly_are_no_names_but_names_in_ly_are() {
        assert!(is_not_name("finally") && is_not_name("unfortunately") && is_not_name("monday"));
        assert!(!is_not_name("kelly") && !is_not_name("emily") && !is_not_name("ortiz"));
    }
}
