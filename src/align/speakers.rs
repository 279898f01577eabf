//! What two speakers' names tell: the same person, different people, or nothing. Alignment asks
//! it to weigh the evidence of shared words, scoring to tell a misattribution.

use super::fold::Version;
use crate::types::Quote;
use crate::words::name_words;

/// Who the first quotations of two versions name, and what their firm names (named at a cue of
/// their own, not inferred from a neighbouring quotation or a pronoun) tell: read once a pair.
#[derive(Debug, Clone, Copy)]
pub(super) struct SaidBy<'q> {
    pub(super) speakers: Speakers,
    /// The two speakers' names, however found (empty where none).
    pub(super) names: (&'q str, &'q str),
}

impl<'q> SaidBy<'q> {
    pub(super) fn of(quotes: &'q [Quote], versions: &[Version], a: usize, b: usize) -> SaidBy<'q> {
        let (qa, qb) = (&quotes[versions[a].quotes[0]], &quotes[versions[b].quotes[0]]);
        let firm =
            |q: &'q Quote| (!q.speaker.is_empty() && !q.speaker_inferred).then_some(q.speaker.as_ref());
        SaidBy {
            speakers: Speakers::of(firm(qa), firm(qb)),
            names: (qa.speaker.as_ref(), qb.speaker.as_ref()),
        }
    }

    /// Whether the two names, however found, can name one person (`share_a_name`).
    pub(super) fn one_person(&self) -> bool {
        share_a_name(self.names.0, self.names.1)
    }
}

/// Whether a speaker's name holds a word of institutions, media or places (`CNN`, `White House`).
pub(crate) fn is_institution(name: &str) -> bool {
    name.split(|c: char| !c.is_alphanumeric())
        .any(|t| crate::lexicon::is_not_person_word(&t.to_lowercase()))
}

/// Whether two speaker names can be one person (`Trump`, `Donald Trump`). Unknown speakers can,
/// and so can names of institutions, media and places (`CNN`, `the Rose Garden`): a newspaper
/// quoting a person is not a different speaker.
pub(crate) fn same_person(a: &str, b: &str) -> bool {
    a.is_empty() || b.is_empty() || is_institution(a) || is_institution(b) || share_a_name(a, b)
}

/// Whether two speaker names can name one person: the surname of one is a word of the other
/// (`Trump`, `Donald Trump`, `Felipe Calderón`, `Calderon`). A first name in common is not
/// enough (`John Kerry`, `John McCain`).
pub(crate) fn share_a_name(a: &str, b: &str) -> bool {
    // Most pairs of a large check quote one speaker under one name: nothing to compare.
    if a == b {
        return name_words(a).any(|w| w.chars().count() > 1);
    }
    let words = |s: &str| -> Vec<String> { name_words(s).filter(|w| w.chars().count() > 1).collect() };
    let (wa, wb) = (words(a), words(b));
    wa.last().is_some_and(|s| wb.contains(s)) || wb.last().is_some_and(|s| wa.contains(s))
}

/// What the speakers named for two versions tell about them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Speakers {
    Same,
    Different,
    /// Both are named and share no name, but one is an institution (`White House officials`,
    /// `Ana Ortiz`): neither the same person nor a different one, yet two sources all the same.
    Institution,
    /// One or both have no named speaker.
    Unknown,
}

impl Speakers {
    /// What two versions' named speakers tell (`None` for a speaker not named, or only inferred).
    /// An institution is neither the same as a person nor a different one: a newspaper may print
    /// a person's words under its own name. Only alignment tells it from no name at all.
    pub(super) fn of(a: Option<&str>, b: Option<&str>) -> Speakers {
        match (a, b) {
            (Some(x), Some(y)) if share_a_name(x, y) => Speakers::Same,
            (Some(x), Some(y)) if is_institution(x) || is_institution(y) => Speakers::Institution,
            (Some(_), Some(_)) => Speakers::Different,
            _ => Speakers::Unknown,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn speakers_share_a_name_by_the_surname() {
        assert!(share_a_name("Donald Trump", "Donald Trump"));
        assert!(share_a_name("Trump", "Donald Trump"));
        assert!(share_a_name("Felipe Calderón", "Calderon"));
        assert!(!share_a_name("John Kerry", "John McCain"));
        // Initials alone name nobody, however alike.
        assert!(!share_a_name("J.", "J."));
        assert!(!share_a_name("", ""));
    }

    #[test]
    fn an_institution_and_a_person_are_neither_one_nor_two() {
        assert_eq!(Speakers::of(Some("Ana Ortiz"), Some("Ortiz")), Speakers::Same);
        assert_eq!(
            Speakers::of(Some("Ana Ortiz"), Some("Bo Lind")),
            Speakers::Different
        );
        assert_eq!(
            Speakers::of(Some("Ana Ortiz"), Some("White House officials")),
            Speakers::Institution
        );
        assert_eq!(Speakers::of(Some("Ana Ortiz"), None), Speakers::Unknown);
    }

    #[test]
    fn surname_and_full_name_are_one_person() {
        assert!(same_person("Trump", "Donald Trump"));
        assert!(same_person("", "Donald Trump"));
        assert!(!same_person("Patrick Ryder", "John Kirby"));
        // A first name in common is two people; a surname with or without accents is one.
        assert!(!same_person("John Kerry", "John McCain"));
        assert!(same_person("Felipe Calderón", "Calderon"));
        assert!(same_person("Todd Akin", "KTVI News"));
        // An outlet or an event is never a different person.
        assert!(same_person("Adam Schiff", "BuzzFeed"));
        assert!(same_person(
            "Glenn Beck",
            "Conservative Political Action Conference"
        ));
    }
}
