//! `cue-before`: a cue earlier in the quotation's sentence (`Putin said Seoul would be making “…`).

use super::{Hit, Rule};
use crate::attribute::doc::Passage;
use crate::types::Via;

/// The rule, as `RULES` lists it.
pub(super) const RULE: Rule = Rule {
    id: "cue-before",
    description: "A cue earlier in the quotation's sentence; reported speech inside reported speech goes to the reporter",
    evidence: Via::Cue,
    find: |passage, q| passage.cue_before(q),
};

impl Passage<'_> {
    /// A cue earlier in the quotation's sentence: `Putin said Seoul would be making “…`;
    /// reported speech inside reported speech is credited to the reporter (`outer_reporter`).
    fn cue_before(&self, q: usize) -> Option<Hit> {
        let first = self.sentence_start_before(q)?;
        self.cue_in_range(first, q).map(|hit| self.outer_reporter(hit))
    }
}

#[cfg(test)]
mod tests {
    use crate::attribute::testing::{speakers, who};

    #[test]
    fn as_someone_put_it() {
        let text = "The vote failed.\n\nAs the columnist Ana Lee put it, “the plan was dead before it \
                    was born.”";
        assert_eq!(speakers(text), ["Ana Lee"]);
        assert_eq!(who(text)[0].2, "put");
    }

    #[test]
    fn cue_with_colon() {
        assert_eq!(
            speakers("The mayor, Ann Lee, stated: “We will rebuild.”"),
            ["Ann Lee"]
        );
    }

    #[test]
    fn verbs_of_the_manner_of_speaking_are_cues() {
        // `verbs-of-manner-of-speaking-are-cues`: `sing`, `exhort`, `groan` report words sounded
        // out, as `say` does (`lexicon/en/cue-verbs.txt`).
        for (text, cue) in [
            (
                "The vote failed.\n\nAs Bo Lind sang in 1977, “Don't go changing to please me.”",
                "sang",
            ),
            (
                "The vote failed.\n\nIn her new song, Ana Ortiz sings, “Don't go changing.”",
                "sings",
            ),
            (
                "The vote failed.\n\n“Get back to work,” Ana Ortiz exhorted the crowd.",
                "exhorted",
            ),
        ] {
            assert_eq!(who(text)[0].2, cue, "{text}");
        }
    }
}
