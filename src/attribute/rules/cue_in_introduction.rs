//! `cue-in-introduction`: a statement set off after a sentence that ends in a colon is
//! introduced by that sentence.

use super::{Hit, Rule};
use crate::attribute::doc::Passage;
use crate::types::Via;

/// The rule, as `RULES` lists it.
pub(super) const RULE: Rule = Rule {
    id: "cue-in-introduction",
    description: "A cue in the sentence that introduces the quotation with a colon",
    evidence: Via::Cue,
    find: |passage, q| passage.cue_in_introduction(q),
};

impl Passage<'_> {
    /// A quotation that opens its paragraph after a sentence ending in a colon (a statement set
    /// off as its own paragraph) is introduced by that sentence.
    fn cue_in_introduction(&self, q: usize) -> Option<Hit> {
        let colon = (0..q).next_back()?;
        if !self.is_punct(colon, &[':']) {
            return None;
        }
        let first = self.sentence_start_before(colon)?;
        self.cue_in_range(first, colon)
    }
}

#[cfg(test)]
mod tests {
    use crate::attribute::testing::speakers;

    #[test]
    fn passive_cue_does_not_make_its_subject_the_speaker() {
        let text = "On Monday, the minister, Andrey Rudenko, gave an interview, in which South Korea was once again warned:\n– Seoul must understand the risk.";
        assert_eq!(speakers(text), ["Andrey Rudenko"]);
    }
}
