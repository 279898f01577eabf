//! `a-verb-that-ends-a-clause-of-time-is-no-cue`: `after Rubio spoke,`, `as the hearing began,`
//! say when the main clause happened, not who spoke its quotation.

use std::sync::LazyLock;

use super::doc::Passage;
use super::grammar::is_subordinator;
use crate::lexicon::{self, WordList};

const EN_CONTENTLESS_SPEECH_VERBS: &str = include_str!("../../lexicon/en/contentless-speech-verbs.txt");
/// `spoke`, `began`: verbs of speaking that report no words of their own.
static CONTENTLESS_SPEECH_VERBS: LazyLock<WordList> =
    LazyLock::new(|| lexicon::list(EN_CONTENTLESS_SPEECH_VERBS));

/// How many words may stand between the conjunction and the verb (the clause's subject).
const SUBJECT_REACH: usize = 6;

impl Passage<'_> {
    /// `a-verb-that-ends-a-clause-of-time-is-no-cue`: an English verb of speaking that reports
    /// no words (`lexicon/en/contentless-speech-verbs.txt`: `spoke`, `began`) and ends, before a
    /// comma, period, semicolon or closing bracket, a clause opened by a conjunction of an
    /// adverbial clause or by `as` (`"…," Hooton said after Rubio spoke.`, `As Lind spoke, the
    /// lobby was …`), only says when the rest happened: it is no cue, and the quotation goes to
    /// the cue of the main clause, or to no one. Before a colon or a quotation it still is
    /// (`As Lind spoke: “…”`).
    pub(super) fn ends_a_time_clause(&self, i: usize) -> bool {
        if self.profile.verb_second
            || !CONTENTLESS_SPEECH_VERBS.contains(self.lower(i))
            || !self.is_punct(i + 1, &[',', '.', ';', ')'])
        {
            return false;
        }
        let start = self.sentence_start(i).max(i.saturating_sub(SUBJECT_REACH + 1));
        (start..i).rev().take_while(|&k| self.word(k).is_some()).any(|k| {
            let lower = self.lower(k);
            k + 1 < i && (lower == "as" || is_subordinator(lower))
        })
    }
}

#[cfg(test)]
mod tests {
    use crate::attribute::testing::{speakers, who};

    #[test]
    fn a_speaker_who_spoke_before_is_not_the_one_quoted() {
        let text = "“We were heard,” Dana Okafor said after Senator Ruiz spoke. “Now we wait.”";
        assert_eq!(speakers(text), ["Dana Okafor", "Dana Okafor"]);
    }

    #[test]
    fn a_description_that_spoke_before_is_not_the_one_quoted() {
        let text = "“We need a full recount,” said Dan Osei, the union’s lawyer, before the mayor spoke. “She has no answer.”";
        assert_eq!(who(text)[1].1, "Dan Osei");
    }

    #[test]
    fn a_verb_of_speaking_before_its_quotation_is_still_a_cue() {
        assert_eq!(
            speakers("Before the vote, Jonas Berg spoke: “This plan fails us.”"),
            ["Jonas Berg"]
        );
        // Inside a clause of time too: before a colon the verb introduces the words.
        let found = who("As Jonas Berg spoke: “This plan fails us.”");
        assert_eq!(found[0].2, "spoke", "{found:?}");
        assert_eq!(
            speakers("“This plan fails us,” Jonas Berg spoke softly."),
            ["Jonas Berg"]
        );
    }
}
