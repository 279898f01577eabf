//! House style: differences an outlet's style guide makes, not the speaker. A hunk of the word
//! diff whose two sides agree once these are folded is a `variant`, not a rewording:
//!
//! - compounds written open, hyphenated or closed (`tax filing`, `tax-filing`, `taxfiling`);
//! - titles written out or abbreviated (`Senator`, `Sen.`), a built-in list;
//! - the spellings and abbreviations a check's `kquote.toml` declares equivalent
//!   (`Gadhafi = Qaddafi`);
//! - a contraction cut by a quotation's edge (`it “is a shame”` against `“It’s a shame”`), which
//!   `judge` recognises from the positions of the hunk.

use std::sync::LazyLock;

use crate::words::{Mark, Word, expanded_len, variant_forms, words};

/// Titles an outlet writes out or abbreviates as its style guide says (`Sen. = Senator`), one
/// equivalence a line.
const TITLES: &str = include_str!(concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/lexicon/en/title-abbreviations.txt"
));

/// The built-in house style: compounds and the title abbreviations.
pub static BUILT_IN: LazyLock<HouseStyle> = LazyLock::new(HouseStyle::built_in);

/// Phrases that count as the same words: each phrase, as folded words, with the phrase of its
/// group that stands for all of them.
#[derive(Debug, Clone, Default)]
pub struct HouseStyle {
    /// `(phrase, canonical)`, longest phrase first, so that `lt. gov` is read before `lt`.
    phrases: Vec<(Vec<String>, Vec<String>)>,
}

/// Why an equivalence of `kquote.toml` cannot be used.
#[derive(Debug, thiserror::Error)]
#[error("{equivalence:?}: {reason}")]
pub struct EquivalenceError {
    pub equivalence: String,
    pub reason: &'static str,
}

impl HouseStyle {
    /// Compounds and the built-in title abbreviations.
    pub fn built_in() -> HouseStyle {
        let titles: Vec<String> = crate::lexicon::entries(TITLES).map(str::to_string).collect();
        let mut style = HouseStyle::default();
        style
            .add_equivalences(&titles)
            .expect("lexicon/en/title-abbreviations.txt holds equivalences");
        style
    }

    /// The built-in house style and `equivalences`, each `A = B` or `A = B = C`: spellings
    /// (`Gadhafi = Qaddafi`) and abbreviations (`Sen. = Senator`) a house uses.
    pub fn with_equivalences(equivalences: &[String]) -> Result<HouseStyle, EquivalenceError> {
        let mut style = HouseStyle::built_in();
        style.add_equivalences(equivalences)?;
        Ok(style)
    }

    /// Adds each equivalence as a group of phrases, the first standing for them all.
    fn add_equivalences(&mut self, equivalences: &[String]) -> Result<(), EquivalenceError> {
        for equivalence in equivalences {
            let fail = |reason| EquivalenceError {
                equivalence: equivalence.clone(),
                reason,
            };
            let group: Vec<Vec<String>> = equivalence.split('=').map(folded).collect();
            if group.len() < 2 {
                return Err(fail("needs two spellings or more, separated by `=`"));
            }
            if group.iter().any(Vec::is_empty) {
                return Err(fail("a side of `=` has no word"));
            }
            let canonical = group[0].clone();
            self.phrases
                .extend(group.into_iter().map(|phrase| (phrase, canonical.clone())));
        }
        // Longest first, so that `lt. gov` is read before `lt`; the first group of a phrase wins.
        self.phrases
            .sort_by(|a, b| b.0.len().cmp(&a.0.len()).then_with(|| a.0.cmp(&b.0)));
        self.phrases.dedup_by(|a, b| a.0 == b.0);
        Ok(())
    }

    /// The spoken words of `side` as house style folds them, in one string: contractions
    /// expanded, spellings made American, equivalent phrases replaced by their group's first,
    /// and neither spaces nor hyphens between words, so that a compound reads the same however
    /// it is joined.
    pub(super) fn fold(&self, side: &[Word]) -> String {
        let expanded: Vec<String> = side
            .iter()
            .filter(|w| w.mark == Mark::Spoken)
            .flat_map(|w| variant_forms(&w.norm))
            .collect();
        let mut out = String::new();
        let mut i = 0;
        while i < expanded.len() {
            let found = self
                .phrases
                .iter()
                .find(|(phrase, _)| expanded[i..].starts_with(phrase));
            match found {
                Some((phrase, canonical)) => {
                    canonical.iter().for_each(|w| out.push_str(w));
                    i += phrase.len();
                }
                None => {
                    out.push_str(&expanded[i]);
                    i += 1;
                }
            }
        }
        out.retain(|c| c != '-');
        out
    }
}

/// A phrase as `fold` compares it: the spoken words' variant-free forms.
fn folded(phrase: &str) -> Vec<String> {
    words(phrase)
        .iter()
        .filter(|w| w.mark == Mark::Spoken)
        .flat_map(|w| variant_forms(&w.norm))
        .collect()
}

/// When `short` and `long`, the two sides of a hunk, are one contraction of which `short` has
/// only a part (`is` against `It’s`, or with `at_end`, `we` against `we’ll`): the words `short`
/// lacks (`it`), which `judge` looks for beyond the edge of the overlap.
pub(super) fn cut_contraction(short: &[Word], long: &[Word], at_end: bool) -> Option<Vec<String>> {
    let (s, l) = (spoken_forms(short), spoken_forms(long));
    if s.is_empty() || l.len() <= s.len() {
        return None;
    }
    // The words `short` lacks are the rest of the contraction at the edge of `long`.
    let contraction = if at_end { long.last() } else { long.first() };
    let contraction = contraction.filter(|w| w.mark == Mark::Spoken)?;
    let cut = l.len() - s.len();
    if cut >= expanded_len(&contraction.norm) {
        return None;
    }
    if at_end {
        l.starts_with(&s).then(|| l[s.len()..].to_vec())
    } else {
        l.ends_with(&s).then(|| l[..cut].to_vec())
    }
}

/// The spoken words' variant-free forms (contractions expanded, spellings made American).
pub(super) fn spoken_forms(side: &[Word]) -> Vec<String> {
    side.iter()
        .filter(|w| w.mark == Mark::Spoken)
        .flat_map(|w| variant_forms(&w.norm))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn same(style: &HouseStyle, a: &str, b: &str) -> bool {
        style.fold(&words(a)) == style.fold(&words(b))
    }

    #[test]
    fn compounds_are_one_word_however_joined() {
        let style = HouseStyle::built_in();
        assert!(same(&style, "tax filing", "tax-filing"));
        assert!(same(&style, "taxfiling", "tax-filing"));
        assert!(same(&style, "work force", "workforce"));
        assert!(!same(&style, "tax filing", "tax returns"));
    }

    #[test]
    fn title_abbreviations_are_the_title() {
        let style = HouseStyle::built_in();
        assert!(same(&style, "Senator", "Sen."));
        assert!(same(&style, "Lt. Gov.", "Lieutenant Governor"));
        assert!(!same(&style, "Senator", "Rep."));
    }

    #[test]
    fn configured_spellings_count_as_the_same_words() {
        let plain = HouseStyle::built_in();
        assert!(!same(&plain, "Muammar al-Qaddafi", "Moammar Gadhafi"));
        let style = HouseStyle::with_equivalences(&[
            "Gadhafi = Qaddafi = al-Qaddafi".to_string(),
            "Moammar = Muammar".to_string(),
        ])
        .unwrap();
        assert!(same(&style, "Muammar al-Qaddafi", "Moammar Gadhafi"));
        assert!(same(&style, "Qaddafi", "Gadhafi"));
    }

    #[test]
    fn an_equivalence_needs_two_sides_with_words() {
        assert!(HouseStyle::with_equivalences(&["Gadhafi".to_string()]).is_err());
        assert!(HouseStyle::with_equivalences(&["Gadhafi = ".to_string()]).is_err());
    }

    #[test]
    fn a_contraction_cut_by_the_edge_is_recognised() {
        let cut = |short: &str, long: &str, at_end| cut_contraction(&words(short), &words(long), at_end);
        assert_eq!(cut("is", "It’s", false), Some(vec!["it".to_string()]));
        assert_eq!(cut("are", "They're", false), Some(vec!["they".to_string()]));
        assert_eq!(cut("we", "we'll", true), Some(vec!["will".to_string()]));
        // Not a cut contraction: other words, or the wrong edge.
        assert_eq!(cut("was", "It’s", false), None);
        assert_eq!(cut("is", "It’s", true), None);
        assert_eq!(cut("is", "is", false), None);
    }
}
