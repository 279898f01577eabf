//! `attribution-just-before`: `…, Schiff said. “The other factor …”`.

use super::{Hit, Rule};
use crate::attribute::doc::Passage;
use crate::types::Via;

/// The rule, as `RULES` lists it.
pub(super) const RULE: Rule = Rule {
    id: "attribution-just-before",
    description: "A quotation opening a sentence right after one that ends with an attribution",
    evidence: Via::Cue,
    find: |passage, q| passage.attribution_just_before(q),
};

impl Passage<'_> {
    /// A quotation that opens a sentence with no cue of its own, right after a sentence that
    /// ends with an attribution (`…, Schiff said. “The other factor …”`), or that opens a
    /// paragraph after one that does.
    fn attribution_just_before(&self, q: usize) -> Option<Hit> {
        let prev = q.checked_sub(1)?;
        if !self.is_punct(prev, &['.']) {
            return None;
        }
        // `„…“, hieß es vom Abgeordneten X`: a cue right after the quotation and its comma is the
        // quotation's own, whoever it names.
        if self.is_punct(q + 1, &[',']) && self.is_cue(q + 2) {
            return None;
        }
        // `X said.` or `said X.` closing the previous sentence.
        let last = prev.checked_sub(1)?;
        if self.tokens[last].paragraph != self.tokens[q].paragraph {
            // A paragraph of reported speech, then the statement itself: `Carter said that the
            // U.S. would not leave.¶“That’s because …”`. Where reported speech is in the
            // subjunctive, `reported-speech` tells how far it runs.
            if !self.profile.subjunctive_reported_speech
                && self.tokens[last].paragraph + 1 == self.tokens[q].paragraph
                && self.opens_paragraph(q)
            {
                return self.cue_in_range(self.sentence_start(last), prev);
            }
            return None;
        }
        if self.is_cue(last) && !self.is_according_to(last) {
            let m = self.subject_before(last, self.sentence_start(last))?;
            return Some(self.hit(m, last));
        }
        if let Some(m) = self.mention_ending_at(last)
            && let Some(cue) = m
                .first
                .checked_sub(1)
                .filter(|&c| self.is_cue(c) && !self.is_according_to(c))
        {
            // `Akin told KTVI.`: a subject before the cue speaks, the name after it listens.
            let speaker = self.subject_before(cue, self.sentence_start(cue)).unwrap_or(m);
            return Some(self.hit(speaker, cue));
        }
        // A cue anywhere in the previous sentence of the paragraph: `Smith said the plan would
        // fail. “It is doomed.”`
        let first = self.sentence_start(last);
        self.cue_in_range(first, prev)
    }
}

#[cfg(test)]
mod tests {
    use crate::attribute::testing::speakers;

    #[test]
    fn attribution_closing_the_previous_sentence() {
        let text = "The administration may wait, Schiff said. “The other factor is timing in the talks.”";
        assert_eq!(speakers(text), ["Schiff"]);
    }

    #[test]
    fn a_statement_after_a_paragraph_of_reported_speech_is_the_reporters() {
        let text = "Osei said that for decades critics had predicted the port would close, but it would not.\n\n“That is because this harbour is home to half the trade.”";
        assert_eq!(speakers(text), ["Osei"]);
    }

    #[test]
    fn second_quote_of_a_paragraph_continues_the_first() {
        let text = "“Russia invaded Ukraine,” Ryder said. “They could end this war today.”";
        assert_eq!(speakers(text), ["Ryder", "Ryder"]);
    }

    #[test]
    fn quote_paragraph_continues_previous_paragraph_speaker() {
        let text = "“First we fix roads,” Mayor Ann Lee said.\n\n“Then we fix schools.”";
        assert_eq!(speakers(text), ["Ann Lee", "Ann Lee"]);
    }

    #[test]
    fn a_cue_right_after_the_quotation_is_its_own() {
        // `hieß es vom …` names the source after the quotation, not the cue of the sentence
        // before.
        let text = "Der Zug hielt an. Die Behörden schätzen die Lage als ernst ein. „Alle Anzeichen \
                    deuten auf einen Anschlag hin“, hieß es vom Abgeordneten Viktor Ortmann.";
        assert_eq!(
            crate::attribute::testing::who(text)[0].1,
            "Abgeordneten Viktor Ortmann"
        );
    }
}
