//! `cue-in-clause-before`: a cue between the last comma and the quotation (`… after Putin
//! stated that the deal provides “…”`).

use super::{Hit, Rule};
use crate::attribute::doc::Passage;
use crate::types::Via;

/// The rule, as `RULES` lists it.
pub(super) const RULE: Rule = Rule {
    id: "cue-in-clause-before",
    description: "A cue in the quotation's own clause, before it; reported speech inside reported speech goes to the reporter",
    evidence: Via::Cue,
    find: |passage, q| passage.cue_in_clause_before(q),
};

impl Passage<'_> {
    /// A cue between the last comma (or the sentence start) and the quotation, with its speaker;
    /// reported speech inside reported speech is credited to the reporter (`outer_reporter`).
    fn cue_in_clause_before(&self, q: usize) -> Option<Hit> {
        // Verb-second clauses are read whole by `german_speaker`: the subject of `X, Y,
        // kritisierte die Entscheidung` stands before the comma that opens the verb's clause.
        if self.profile.verb_second {
            return None;
        }
        let start = self.sentence_start(q);
        let clause = (start..q)
            .rev()
            .find(|&j| self.is_punct(j, &[',', ';', ':']))
            .map_or(start, |j| j + 1);
        if clause >= q {
            return None;
        }
        let hit = self.cue_in_range(clause, q)?;
        (hit.mention.first >= clause).then(|| self.outer_reporter(hit))
    }
}

#[cfg(test)]
mod tests {
    use crate::attribute::testing::speakers;

    #[test]
    fn cue_in_the_quotations_own_clause_wins() {
        let text = "Shortly after Vladimir Putin stated that the deal provides “mutual assistance in case of aggression,” Seoul on Thursday said it would act.";
        assert_eq!(speakers(text), ["Vladimir Putin"]);
    }

    #[test]
    fn cue_before_the_quote() {
        assert_eq!(
            speakers("Putin said Seoul would be making “a big mistake” soon."),
            ["Putin"]
        );
        assert_eq!(
            speakers("Zinoviev told officials that any attempts to “threaten or blackmail” failed."),
            ["Zinoviev"]
        );
    }

    #[test]
    fn a_german_participle_in_ge_is_a_cue() {
        // `lexicon/de/cue-verbs.txt` holds the participles of the perfect (`gefragt`), not
        // only the past and the present: the subject of the `dass` clause asked.
        let text = "Der Minister Karl Brandt ist zurückgetreten. Ihm zufolge sei der Druck zu groß \
                    geworden. Die Zeitung will wissen, dass Jonas Weber die Schülerin gefragt habe, \
                    ob sie „schon einmal verreist“ sei.";
        assert_eq!(speakers(text), ["Jonas Weber"]);
    }
}
