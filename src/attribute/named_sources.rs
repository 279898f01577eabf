//! Named sources: `according to X`, `laut X`, `nach Angaben X` and `X zufolge`, the phrases that
//! name who speaks after them (or, `zufolge`, before them) rather than a verb's subject; and the
//! German accounts that `nach` opens.

use super::doc::Passage;
use super::mentions::Mention;
use crate::lang::Lang;
use crate::lexicon;

impl Passage<'_> {
    /// `according to X` and German `laut X`: the speaker follows the cue; German `X zufolge`:
    /// it comes before.
    pub(super) fn is_according_to(&self, i: usize) -> bool {
        (self.lower(i) == "according" && self.lower(i + 1) == "to")
            || self.lower(i) == "laut"
            // `nach Angaben`, `nach Auskunft`, `nach der Mitteilung`: German words.
            || (self.profile.lang == Lang::German && self.lower(i) == "nach" && self.german_account_after(i).is_some())
            || (self.profile.lang == Lang::German && self.lower(i) == "zufolge" && i > 0)
    }

    /// The account noun that `nach` at `i` opens, right after it or after a dative article
    /// (`nach Angaben`, `nach der Mitteilung`): its index.
    pub(super) fn german_account_after(&self, i: usize) -> Option<usize> {
        let account = if matches!(self.lower(i + 1), "der" | "dem" | "den") {
            i + 2
        } else {
            i + 1
        };
        self.word(account)
            .is_some_and(|t| is_german_account(t.lower))
            .then_some(account)
    }

    /// The source named by `according to X`, `laut X`, `nach Angaben X` or `X zufolge` at token
    /// `i`.
    pub(super) fn according_to_source(&self, i: usize) -> Option<Mention> {
        if self.lower(i) == "zufolge" {
            return self.mention_ending_at(i - 1);
        }
        let skip = match self.german_account_after(i) {
            Some(account) if self.lower(i) == "nach" => account + 1 - i,
            _ if self.lower(i) == "laut" => 1,
            _ => 2,
        };
        // `nach Ansicht von Niedersachsens Ministerpräsident …`: the source after `von`.
        let skip = if self.lower(i) == "nach" && self.lower(i + 2) == "von" {
            3
        } else {
            skip
        };
        self.mention_starting_at(i + skip)
    }
}

/// `german-account-nouns`: what `nach` names as a source: a listed account (`Angaben`,
/// `Auskunft`, `Darstellung`), in the singular or plural, or a noun in `-ung` made from a verb
/// of speech or judging (`Bewertung` by `bewerten`, `Erklärung` by `erklären`), or from a verb
/// that reports speech with its separable particle (`Mitteilung` by `teilt … mit`,
/// `Ankündigung` by `kündigt … an`, `Feststellung` by `stellt … fest`).
fn is_german_account(lower: &str) -> bool {
    let singular = lower
        .strip_suffix("en")
        .filter(|s| s.ends_with("ung"))
        .unwrap_or(lower);
    lexicon::is_german_account(lower)
        || lexicon::is_german_account(singular)
        || singular.strip_suffix("ung").is_some_and(|stem| {
            let verb = format!("{stem}en");
            lexicon::is_cue_verb(&verb)
                || lexicon::is_german_characterising_verb(&verb)
                || particle_verb_of_speech(stem)
        })
}

/// Whether `stem` is a separable particle and the stem of a verb that reports speech with it
/// (`lexicon/de/particle-cue-verbs.txt`): `mitteil` by `teilt … mit`, `ankündig` by
/// `kündigt … an`; the particle is one the list gives the verb's form in `-t`.
fn particle_verb_of_speech(stem: &str) -> bool {
    stem.char_indices().skip(2).take(6).any(|(at, _)| {
        let (particle, rest) = stem.split_at(at);
        rest.chars().nth(2).is_some()
            && lexicon::german_cue_particles(&format!("{rest}t"))
                .is_some_and(|particles| particles.split(' ').any(|p| p == particle))
    })
}

#[cfg(test)]
mod tests {
    use crate::attribute::testing::who;

    #[test]
    fn german_sources_after_nach_and_before_zufolge() {
        let text = "Der Umbau verzögert sich. Nach Bewertungen des Landesamts ist die Brücke „nicht mehr \
                    sicher“.";
        assert_eq!(who(text)[0].1, "des Landesamts", "{:?}", who(text));
        let text = "Der Umbau verzögert sich. Die Brücke sei dem Gutachten zufolge „nicht mehr sicher“.";
        assert_eq!(who(text)[0].1, "Gutachten", "{:?}", who(text));
        let text = "Der Umbau verzögert sich. Im Ausschuss sagte die Ministerin den Zeugen zufolge: „Die \
                    Brücke ist nicht mehr sicher.“";
        assert_eq!(who(text)[0].1, "die Ministerin", "{:?}", who(text));
    }

    #[test]
    fn nach_a_noun_of_a_particle_verb_of_speech_names_the_source() {
        // `Ankündigung` by `kündigt … an`, `Mitteilung` by `teilt … mit`.
        for text in [
            "Die Lage ist ernst. Nach der Ankündigung der Ministerin soll die Brücke „im Regelfall \
             um zwei Jahre“ später öffnen.",
            "Die Lage ist ernst. Nach der Mitteilung der Ministerin soll die Brücke „im Regelfall \
             um zwei Jahre“ später öffnen.",
        ] {
            assert_eq!(who(text)[0].1, "der Ministerin", "{text}: {:?}", who(text));
        }
        // A noun in `-ung` of a verb that reports nothing names no source.
        let text = "Die Lage ist ernst. Nach der Anmeldung der Ministerin soll die Brücke „im Regelfall \
                    um zwei Jahre“ später öffnen.";
        assert_ne!(who(text)[0].1, "der Ministerin", "{:?}", who(text));
    }
}
