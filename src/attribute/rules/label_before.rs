//! `label-before`: `Clinton: “…”`, as a transcript labels its speakers.

use super::{Hit, Rule};
use crate::attribute::doc::Passage;
use crate::attribute::grammar::{is_possessive, is_title_word};
use crate::attribute::mentions::MentionKind;
use crate::lexicon;
use crate::types::Via;

/// The rule, as `RULES` lists it.
pub(super) const RULE: Rule = Rule {
    id: "label-before",
    description: "A name alone before a colon, opening its sentence, labels the words after it",
    evidence: Via::Cue,
    find: |passage, q| passage.label_before(q),
};

impl Passage<'_> {
    /// `Clinton: “…”`, `Sen. Ortiz: “…”`: a name alone before a colon, opening its sentence,
    /// labels the words that follow as a transcript does. Not in a headline (`Santorum: ‘Phony
    /// theology’`), which names its subject that way whether or not the words are theirs.
    fn label_before(&self, q: usize) -> Option<Hit> {
        if q < 2 || !self.is_punct(q - 1, &[':']) || self.tokens[q].paragraph == 0 {
            return None;
        }
        let m = self.mention_ending_at(q - 2)?;
        // Where the colon ends the paragraph, the quotation opens a sentence of its own: the
        // label must open the sentence the name stands in (`… the scene in Springfield:`).
        let start = self.sentence_start(m.first);
        // `two-names-label-together`: `Ana Ortiz and Bo Lind: “…”` labels the words of both;
        // the label opens at the first name.
        let first = (m.first >= start + 2 && matches!(self.lower(m.first - 1), "and" | "&"))
            .then(|| self.mention_ending_at(m.first - 2))
            .flatten()
            .filter(|other| matches!(other.kind, MentionKind::Name { .. }) && other.first >= start)
            .map_or(m.first, |other| other.first);
        // `a-label-after-a-run-in-heading`: a heading that runs into the paragraph ends at a
        // dash, and the label opens what follows it (`POLLS TIGHTEN - Ana Ortiz: “…”`).
        let opening = (start..first)
            .rev()
            .find(|&i| !is_title_word(self.lower(i)))
            .is_none_or(|i| i > start && self.is_punct(i, &['—', '–', '-']))
            || self.ends_a_list(first, start);
        (matches!(m.kind, MentionKind::Name { .. }) && !is_possessive(self.tokens[m.last].lower) && opening)
            .then(|| Hit {
                mention: m,
                cue: ":".to_string(),
            })
    }
}

impl Passage<'_> {
    /// `a-label-ending-a-list`: where the verb stands second (German), whether the name at
    /// `first` is the last of a list of speakers, each with their words (`…, so der Minister X,
    /// der Leiter Y („…“), und die Ministerin Z: „…“`): between a comma or a closing bracket
    /// and the name stand `und` or `sowie` and at most four words in lower case or of a title or
    /// role (`der norwegische Ministerpräsident`), no cue among them.
    fn ends_a_list(&self, first: usize, start: usize) -> bool {
        if !self.profile.verb_second {
            return false;
        }
        let Some(and) = (first.saturating_sub(5).max(start)..first)
            .rev()
            .find(|&i| matches!(self.lower(i), "und" | "sowie"))
        else {
            return false;
        };
        and > start
            && self.is_punct(and - 1, &[',', ')'])
            && (and + 1..first).all(|i| {
                self.word(i).is_some_and(|t| {
                    !self.is_cue(i)
                        && (!t.capitalized || is_title_word(t.lower) || lexicon::is_role_noun(t.lower))
                })
            })
    }
}

#[cfg(test)]
mod tests {
    use crate::attribute::testing::speakers;

    #[test]
    fn a_name_before_a_colon_labels_the_words_after_it() {
        let text = "The two differ on the war.\n\nOrtiz: “Our goal is to end it.” Sen. Bo Lind: “The mission \
                    is to win it.”";
        assert_eq!(speakers(text), ["Ortiz", "Bo Lind"]);
        // A headline names its subject that way too, whoever spoke.
        assert_eq!(speakers("Ortiz: “Phony theology”\n\nThe debate went on."), [""]);
    }

    #[test]
    fn a_label_after_a_run_in_heading() {
        let text = "The polls moved.\n\nHARBOUR TOWNS OUTVOTE INLAND TOWNS FOR THE FIRST TIME - Ana Ortiz: \
                    “Fewer voters came than in any year.” [Blog.]";
        assert_eq!(speakers(text), ["Ana Ortiz"]);
        // Two names label the words together, after a heading too.
        let text = "The polls moved.\n\nTURNOUT FELL IN THE NORTH - Ana Ortiz and Bo Lind: “Fewer voters \
                    came than in any year.” [Blog.]";
        assert_eq!(speakers(text), ["Bo Lind"]);
        let text = "The two differ on the war.\n\nAna Ortiz and Bo Lind: “We will not vote for it.”";
        assert_eq!(speakers(text), ["Bo Lind"]);
        // Without the dash the name ends a longer sentence and labels nothing.
        let text = "The polls moved.\n\nTurnout was low in the north for Ana Ortiz: “Fewer voters came.”";
        assert_ne!(speakers(text), ["Ana Ortiz"]);
    }

    #[test]
    fn a_name_ending_a_longer_sentence_before_a_colon_is_no_label() {
        // A place at the end of a clause, the colon closing its paragraph, labels nothing.
        let text = "The town was calm.\n\nAs one reporter wrote after the police left Springfield:\n\n\
                    “The council has done almost nothing with the files.”";
        assert_ne!(speakers(text), ["Springfield"]);
        // A name alone in its paragraph still labels the words that follow.
        let text = "The two differ on the war.\n\nSen. Bo Lind:\n\n“The mission is to win it.”";
        assert_eq!(speakers(text), ["Bo Lind"]);
    }

    #[test]
    fn a_name_ending_a_list_labels_its_words() {
        // `a-label-ending-a-list`: each speaker of the list has their words.
        let text = "Viele gratulierten dem Verein. Auch andere Trainer lobten ihn, so der Trainer Karl \
                    Brandt, die Ministerin Eva Kern („Ein großer Tag.“), und der dänische Minister \
                    Jonas Weber: „Der Titel kommt nicht zu früh.“";
        assert_eq!(speakers(text)[1], "Jonas Weber", "{:?}", speakers(text));
        // Without a comma or bracket before `und`, the name ends no list of speakers.
        let text = "Viele gratulierten dem Verein. Sie sprachen mit Karl Brandt und Jonas Weber: \
                    „Der Titel kommt nicht zu früh.“";
        assert_ne!(speakers(text), ["Jonas Weber"]);
    }

    #[test]
    fn the_last_name_of_a_list_of_speakers_ends_it() {
        use crate::attribute::doc::Passage;
        use crate::attribute::tokenize::lower_in_place;
        use crate::extract::{extract, paragraphs};
        let ends = |text: &str| {
            let pars = paragraphs(text);
            let spans = extract(text, &pars);
            let lowered = lower_in_place(text);
            let passage = Passage::new(text, &lowered, &pars, &spans);
            let jonas = (0..passage.tokens.len())
                .find(|&i| &text[passage.tokens[i].range()] == "Jonas")
                .expect("Jonas");
            passage.ends_a_list(jonas, passage.sentence_start(jonas))
        };
        assert!(ends(
            "Viele gratulierten, so Karl Brandt, Eva Kern („Ein großer Tag.“), und der dänische \
             Minister Jonas Weber: „Der Titel kommt nicht zu früh.“"
        ));
        assert!(!ends(
            "Viele gratulierten. Sie sprachen mit Karl Brandt und Jonas Weber: „Der Titel kommt \
             nicht zu früh.“"
        ));
    }
}
