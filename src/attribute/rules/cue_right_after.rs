//! `cue-right-after`: `…,” Ryder said`, `…,” said Ryder`, `…,” according to X`, `…“, so Merkel`.

use super::{Hit, Rule};
use crate::attribute::doc::{Passage, TokKind};
use crate::attribute::grammar::{
    NEW_CLAUSE_CONJUNCTIONS, OBJECT_PRONOUNS, TOLD_OBJECTS, VERBS_OF_BEING_CALLED, is_determiner,
    is_possessive, reads_as_english_past,
};
use crate::attribute::mentions::{Mention, MentionKind};
use crate::lang::Lang;
use crate::lexicon;
use crate::types::Via;

/// The rule, as `RULES` lists it.
pub(super) const RULE: Rule = Rule {
    id: "cue-right-after",
    description: "A cue and its speaker right after the quotation, either way round",
    evidence: Via::Cue,
    find: |passage, q| passage.cue_right_after(q),
};

impl Passage<'_> {
    /// `…,” Ryder said`, `…,” said Ryder`, `…,” according to X`, `…“, so Merkel`.
    fn cue_right_after(&self, q: usize) -> Option<Hit> {
        let mut i = q + 1;
        let mut dash = false;
        while self.is_punct(i, &[',', '.', '!', '?', '—', '–', '-', '―']) && i < q + 3 {
            dash |= self.is_punct(i, &['—', '–', '―']);
            i += 1;
        }
        self.word(i)?;
        if self.tokens[i].paragraph != self.tokens[q].paragraph {
            return self.signature_line(q, i);
        }
        // `“…,” when Clinton blasted him`: a conjunction opens another clause, with a subject of
        // its own (`“…,” as Trump said` still attributes).
        if NEW_CLAUSE_CONJUNCTIONS.contains(self.lower(i)) {
            return None;
        }
        if dash
            && let Some(m) = self.mention_starting_at(i)
            && matches!(m.kind, MentionKind::Name { .. })
            && self.ends_paragraph_after(m.last)
        {
            // A signature: `“…” ― Sonya Herridge`.
            return Some(Hit {
                mention: m,
                cue: "—".to_string(),
            });
        }
        if !self.same_sentence(q, i) {
            // `“… in history.” He said the …`, `„…“. Laut der Agentur …`: a new sentence, unless
            // it only says who and where (`X said.`, `X told Ana Ortiz in an interview.`).
            // `question-closes-the-quotation`: a quotation that ends on its own question or
            // exclamation mark ends no sentence before its reporting clause (`“…?” Ortiz asked
            // rhetorically`, `“…!” Bo Lind, a retired teacher, said into the phone`, `“…?” Ortiz
            // wondered.`).
            let m = self.mention_starting_at(i).or_else(|| self.bare_description(i))?;
            let own_mark = self.closes_with_question_or_exclamation(q);
            let cue = if own_mark {
                self.verb_after_subject(m.last + 1).unwrap_or(m.last + 1)
            } else {
                m.last + 1
            };
            if self.is_cue(cue) && self.only_circumstances_after(cue) {
                return Some(self.hit(m, cue));
            }
            // Any verb, where it ends the sentence or its clause (`Ortiz wondered.`), not one that
            // modifies the subject (`An ad released Thursday accuses …`).
            return (own_mark && self.is_punct(m.last + 2, &['.', ',']))
                .then(|| self.any_verb_whose_object_is_the_quotation(q, m.last + 1))
                .flatten()
                .map(|k| self.hit(m, k));
        }
        if self.is_according_to(i) {
            return self.according_to_source(i).map(|m| self.hit(m, i));
        }
        if self.lower(i) == "so" && !self.tokens[i].capitalized {
            // German `„…“, so der Sprecher.`
            // A pronoun there is no subject (`so sie will`), but a demonstrative that stands
            // alone is (`so letztere`).
            if let Some(m) = self.mention_starting_at(i + 1).filter(|m| {
                !matches!(m.kind, MentionKind::Pronoun) || self.demonstrative_stands_alone(m.first)
            }) {
                return Some(Hit {
                    mention: m,
                    cue: "so".to_string(),
                });
            }
            // `„…“, so beschrieb ihn der Gewerkschafter`: a cue, its object pronoun, the subject;
            // not a name (`„Wikiasari“, so heißt das Projekt`).
            if self.is_cue(i + 1) && !VERBS_OF_BEING_CALLED.contains(self.lower(i + 1)) {
                let mut k = i + 1;
                while OBJECT_PRONOUNS.contains(self.lower(k + 1)) {
                    k += 1;
                }
                if let Some(m) = self.german_subject_after(k, self.tokens.len()) {
                    return Some(self.hit(m, i + 1));
                }
            }
        }
        if let Some(hit) = self.inverted_verb_after_the_quotation(q, i) {
            return Some(hit);
        }
        if self.is_cue(i) {
            // `participle-after-the-quotation`: an English participle has no subject after it
            // (`…,” saying the city embodied …`, `…,” telling Fox 35 that …`): what follows it
            // is its object or the clause it reports, and its subject is the sentence's.
            if self.profile.lang == Lang::English
                && self
                    .word(i)
                    .is_some_and(|t| !t.capitalized && t.lower.ends_with("ing"))
            {
                return self.subject_of_sentence(q).map(|h| self.hit(h.mention, i));
            }
            // Past a time, and in a verb-second language past object and reflexive pronouns
            // (`„…?“, fragen sich Experten`, `„…“, sagte ihm der Minister`).
            let j = self.skip_forward(i + 1, |l| {
                lexicon::is_time_word(l)
                    || l == "to"
                    || l == "reporters"
                    || (self.profile.verb_second && OBJECT_PRONOUNS.contains(l))
            });
            if let Some(m) = self
                .mention_starting_at(j)
                .or_else(|| self.bare_description(j))
                // A plural with a verb of its own after it is that verb's subject, and the
                // cue before it a word of the phrase (`“…,” state prosecutors wrote`).
                .or_else(|| {
                    self.bare_plural_starting_at(j)
                        .filter(|m| self.verb_after_subject(m.last + 1).is_none())
                })
                .filter(|m| !self.characterised_object(i, m))
            {
                return Some(self.hit(m, i));
            }
        }
        // `german-main-clause-after-the-quotation`: a reporting clause after the quotation puts
        // its verb first in a verb-second language (`„…“, sagte Jonas Berg`, `„…“, hatte Jonas
        // Berg erklärt`); a subject before its verb opens a main clause of its own (`„…“,
        // Trainer Jonas Berg bezeichnete die Entscheidung als „…“`), which reports something
        // else.
        if self.profile.verb_second && !lexicon::is_german_auxiliary(self.lower(i)) {
            return None;
        }
        // The longer noun phrase where the shorter has no verb after it (`“…,” the committee
        // chairmen wrote`, where `the committee` reads as a mention of its own).
        let with_its_verb = |m: Mention| {
            let cue = self
                .verb_after_subject(m.last + 1)
                .or_else(|| self.any_verb_whose_object_is_the_quotation(q, m.last + 1))?;
            Some(self.hit(m, cue))
        };
        [self.mention_starting_at(i), self.bare_description(i)]
            .into_iter()
            .flatten()
            .find_map(with_its_verb)
            // Read only where no mention with an article has a verb: the lexicon is asked last.
            .or_else(|| self.bare_plural_starting_at(i).and_then(with_its_verb))
    }

    /// `a-characterised-object-is-no-subject`: after a verb that characterises its object as
    /// what follows `as` (`lexicon/en/characterising-verbs.txt`), the noun phrase between the
    /// verb and `as` is that object, not a subject put after the verb (`“…,” described the
    /// impact as “…”`: the impact was described, by the sentence's subject).
    fn characterised_object(&self, cue: usize, m: &Mention) -> bool {
        lexicon::is_english_characterising_verb(self.lower(cue)) && self.lower(m.last + 1) == "as"
    }

    /// `any-verb-whose-object-is-the-quotation`: a quotation closed by a comma, then a subject
    /// and a verb in the past tense that takes no object of its own (`“…,” Ortiz retaliated.`,
    /// `“…,” the mayor countered with a smile`): the quotation is what the verb reports,
    /// whatever the verb. English only; `i` is the word after the subject.
    fn any_verb_whose_object_is_the_quotation(&self, q: usize, i: usize) -> Option<usize> {
        if !self.closes_for_an_english_clause(q) {
            return None;
        }
        let verb = self.word(i)?;
        // A regular past, or an irregular one (`“…,” Ortiz broke in.`): the quotation is its
        // object either way.
        let past = reads_as_english_past(verb);
        let no_object = self.is_punct(i + 1, &['.', ','])
            || self
                .word(i + 1)
                .is_some_and(|t| self.is_preposition(t.lower) || lexicon::is_time_word(t.lower));
        (past && no_object).then_some(i)
    }

    /// `inverted-verb-after-the-quotation`: a quotation closed by a comma or its own question or
    /// exclamation mark, then a verb in the past tense and its subject, a name or a description,
    /// that ends the clause (`“…!” beamed Bo Lind of Kiel`, `“…,” remembered Ana Ortiz, the
    /// former mayor.`): English puts the verb first only when it reports the quotation, so any
    /// verb does. `i` is the first word after the quotation's punctuation.
    fn inverted_verb_after_the_quotation(&self, q: usize, i: usize) -> Option<Hit> {
        if !self.closes_for_an_english_clause(q) {
            return None;
        }
        let verb = self.word(i)?;
        let past = reads_as_english_past(verb);
        if !past || self.is_cue(i) {
            return None;
        }
        let m = self
            .mention_starting_at(i + 1)
            .filter(|m| !matches!(m.kind, MentionKind::Pronoun))?;
        // The clause ends with the subject, or goes on with where or who it is; `to` would make
        // the name the verb's object (`… prompted Ortiz to resign`).
        let ends = self.is_punct(m.last + 1, &['.', ',', '!', '?'])
            || self.word(m.last + 1).is_some_and(|t| {
                t.lower != "to" && (self.is_preposition(t.lower) || lexicon::is_time_word(t.lower))
            });
        ends.then(|| self.hit(m, i))
    }

    /// Whether the English quotation at token `q` is closed by a comma, or by its own question or
    /// exclamation mark, so that a reporting clause may follow it.
    fn closes_for_an_english_clause(&self, q: usize) -> bool {
        self.profile.lang == Lang::English
            && (self.is_punct(q + 1, &[','])
                || self.comma_before(q + 1)
                || self.closes_with_question_or_exclamation(q))
    }

    /// Whether the quotation at token `q` ends on its own question or exclamation mark, inside
    /// its closing mark or right after it (`“…?” Ortiz asked`).
    fn closes_with_question_or_exclamation(&self, q: usize) -> bool {
        self.is_punct(q + 1, &['?', '!'])
            || matches!(self.tokens[q].kind, TokKind::Quote(_))
                && self.text[self.tokens[q].range()]
                    .trim_end_matches(['”', '"', '’', '\'', ' '])
                    .ends_with(['?', '!'])
    }

    /// The cue verb that follows a subject ending just before `i`, allowing fillers and an
    /// appositive of up to three parts between commas (`Ryder, press secretary for the
    /// Department of Defense, said`, `Ana Ortiz, the mayor of Lyle, one of the oldest towns in
    /// the state, said`).
    fn verb_after_subject(&self, mut i: usize) -> Option<usize> {
        i = self.skip_parenthesis(i);
        // `a-second-name-shares-the-verb`: two names joined by `and` are one subject (`Ana Ruiz
        // and Bo Lind of the Harbour Trust wrote`): the verb follows the second.
        if self.lower(i) == "and"
            && let Some(second) = self.mention_starting_at(i + 1)
            && matches!(second.kind, MentionKind::Name { .. })
        {
            i = self.skip_parenthesis(second.last + 1);
        }
        if self.is_punct(i, &[',']) {
            // The comma that closes a part of words only, opened by the comma at `open`.
            let part_after = |open: usize| {
                (open + 1..(open + 16).min(self.tokens.len()))
                    .find(|&j| self.is_punct(j, &[',']))
                    .filter(|&close| (open + 1..close).all(|j| self.word(j).is_some()))
            };
            let mut close = part_after(i)?;
            for _ in 1..3 {
                if self.is_cue(self.skip_forward(close + 1, self.profile.verb_filler)) {
                    break;
                }
                match part_after(close) {
                    Some(next) => close = next,
                    None => break,
                }
            }
            i = close + 1;
        }
        let i = self.skip_forward(i, self.profile.verb_filler);
        if self.is_cue(i) {
            return Some(i);
        }
        // A short prepositional phrase: `a narrator in the Clinton ad asks`; or one whose
        // object is an institution's name, read whole (`Ana Ruiz of the Center for Arms Control
        // Studies wrote`).
        if self.word(i).is_some_and(|t| self.is_preposition(t.lower)) {
            let mut name = i + 1;
            if self.word(name).is_some_and(|t| is_determiner(t.lower)) {
                name += 1;
            }
            let after = self.skip_forward(self.longer_name_end(name) + 1, self.profile.verb_filler);
            if after > i + 5 && self.word(name).is_some_and(|t| t.capitalized) && self.is_cue(after) {
                return Some(after);
            }
            return (i + 1..i + 6)
                .take_while(|&j| self.word(j).is_some())
                .find(|&j| self.is_cue(j));
        }
        None
    }

    /// `a-possessive-object-runs-to-its-noun`: the person told may be a name's possessive and the
    /// noun it owns (`told Britain’s ITV television station in an interview`): from a possessive
    /// ending at `last`, the object runs over up to four more words that are no preposition,
    /// time or verb, to its noun.
    fn past_a_possessives_noun(&self, last: usize) -> usize {
        if !is_possessive(self.lower(last)) {
            return last;
        }
        (last + 1..last + 5)
            .take_while(|&j| {
                self.word(j).is_some_and(|t| {
                    !self.is_preposition(t.lower)
                        && !lexicon::is_time_word(t.lower)
                        && !self.is_verb_filler(t.lower)
                        && !self.is_cue(j)
                        && !NEW_CLAUSE_CONJUNCTIONS.contains(t.lower)
                        && t.lower != "that"
                })
            })
            .last()
            .unwrap_or(last)
    }

    /// Whether the cue at `k` reports no words of its own: its clause goes on with no more than
    /// a time, the person told and a prepositional phrase (`said Monday.`, `told Ana Ortiz in an
    /// interview`), not with reported speech (`said the plan would fail`).
    fn only_circumstances_after(&self, k: usize) -> bool {
        // The circumstances read below (`him`, `reporters`, prepositions, times) are English
        // words: in another language only a cue that ends its clause reports no words.
        // A comma after a German cue opens the words it reports (`Roth erklärte, sein Land plane
        // …`), which the quotation before is not.
        if self.profile.lang != Lang::English {
            return self.is_punct(k + 1, &['.']);
        }
        // Time words include prepositions (`on Monday`, `in March`): either ends the clause. So
        // does a conjunction that opens a clause of its own (`said as he left`, `said before
        // the vote`).
        let circumstance = |j: usize| {
            self.is_punct(j, &['.', ','])
                || self.word(j).is_some_and(|t| {
                    self.is_preposition(t.lower)
                        || lexicon::is_time_word(t.lower)
                        // A manner adverb (`asked rhetorically`, `said pleasantly`).
                        || (t.lower.ends_with("ly") && lexicon::is_not_noun(t.lower))
                })
                || NEW_CLAUSE_CONJUNCTIONS.contains(self.lower(j))
                || (self.lower(j) == "as"
                    && self
                        .mention_starting_at(j + 1)
                        .is_some_and(|m| !matches!(m.kind, MentionKind::Description { .. })))
        };
        if circumstance(k + 1) {
            return true;
        }
        let object_end = if TOLD_OBJECTS.contains(self.lower(k + 1)) {
            Some(k + 1)
        } else {
            self.mention_starting_at(k + 1)
                .filter(|m| matches!(m.kind, MentionKind::Name { .. }))
                .map(|m| self.past_a_possessives_noun(m.last))
        };
        object_end.is_some_and(|j| circumstance(j + 1))
    }
}

impl Passage<'_> {
    /// A signature on a line of its own after a quotation that ends its paragraph: a dash that
    /// opens the next paragraph, then a name that ends it or is followed by a comma and where or
    /// what the speaker is (`“…” ¶ — Ana Ortiz`, `¶ - Ana Ortiz, Denver.`). `i` is the first word
    /// after the quotation's closing punctuation.
    fn signature_line(&self, q: usize, i: usize) -> Option<Hit> {
        let dash = i.checked_sub(1)?;
        if self.tokens[i].paragraph != self.tokens[q].paragraph + 1
            || !self.ends_paragraph_after(q)
            || !self.is_punct(dash, &['—', '–', '―', '-'])
            || !self.opens_paragraph(dash)
        {
            return None;
        }
        let m = self
            .mention_starting_at(i)
            .filter(|m| matches!(m.kind, MentionKind::Name { .. }))?;
        (self.ends_paragraph_after(m.last) || self.is_punct(m.last + 1, &[','])).then(|| Hit {
            mention: m,
            cue: "—".to_string(),
        })
    }
}

#[cfg(test)]
mod tests {
    use crate::attribute::testing::{speakers, who};

    #[test]
    fn a_characterised_object_is_no_subject() {
        // `a-characterised-object-is-no-subject`: the impact was described, by Ana Ruiz.
        let text = "Ana Ruiz, who puts her costs “in the seven figures,” described the impact as \
                    “horrendous.”";
        assert_eq!(speakers(text), ["Ana Ruiz", "Ana Ruiz"], "{:?}", who(text));
    }

    #[test]
    fn german_cue_right_after_then_a_reflexive_pronoun_then_the_subject() {
        let text = "Die Organisation steht unter Druck. „Wozu braucht man sie noch?“, fragen sich \
                    Experten.";
        assert_eq!(who(text)[0].1, "Experten", "{:?}", who(text));
    }

    #[test]
    fn name_then_cue_after_the_quote() {
        assert_eq!(
            who("“We are ready,” Ryder said."),
            [("Ryder".into(), "Ryder".into(), "said".into())]
        );
    }

    #[test]
    fn cue_then_name_after_the_quote() {
        assert_eq!(
            speakers("“We are ready,” said Maria Lopez, the mayor."),
            ["Maria Lopez"]
        );
    }

    #[test]
    fn according_to_after_the_quote() {
        let w = who("Yoon “agreed to keep sharing data,” according to the Presidential Office.");
        assert_eq!(w[0].1, "the Presidential Office");
        assert_eq!(w[0].2, "according to");
    }

    #[test]
    fn an_appositive_of_several_parts_before_the_cue() {
        let text = "“We will rebuild the bridge,” Ana Ortiz, the mayor of Lyle, one of the oldest towns \
                    in the state, said on Monday.";
        assert_eq!(speakers(text), ["Ana Ortiz"]);
        // Parts that reach no cue are no appositive.
        let text = "“We will rebuild the bridge,” Ana Ortiz, the mayor, the council, the town.";
        assert_eq!(speakers(text), [""]);
    }

    #[test]
    fn a_clause_of_its_own_after_the_cue_adds_no_words() {
        let text = "The vote began.\n\n“The great state of Ohio!” Senator Ana Ortiz said as she opened the \
                    roll call.";
        assert_eq!(speakers(text), ["Ana Ortiz"]);
        // Reported speech after the cue is the next sentence's own.
        let text = "The vote began.\n\n“The great state of Ohio!” Senator Ana Ortiz said the roll call \
                    was late.";
        assert_eq!(speakers(text), [""]);
    }

    #[test]
    fn signature_on_a_line_of_its_own() {
        let text = "The mayor spoke last.\n\n“We will rebuild the bridge.”\n\n- Ana Ortiz, Denver.\n\nThe \
                    council met on Monday.";
        assert_eq!(speakers(text), ["Ana Ortiz"]);
        let text = "“We will rebuild the bridge.”\n\n— Ortiz.\n";
        assert_eq!(speakers(text), ["Ortiz"]);
        // A dash that opens a paragraph of its own sentences is no signature.
        let text = "“We will rebuild the bridge.”\n\n— Ana Ortiz visited the harbour on Monday.\n";
        assert_eq!(speakers(text), [""]);
    }

    #[test]
    fn dash_signature_after_a_testimonial() {
        assert_eq!(
            speakers("“He represents our greatest shame.” ― Sonya Herridge\n"),
            ["Sonya Herridge"]
        );
    }

    #[test]
    fn description_with_a_prepositional_phrase() {
        let w = who("“You pay your taxes,” a narrator in the new ad asks.");
        assert_eq!(w[0].1, "a narrator");
    }

    #[test]
    fn a_capitalised_adjective_opens_a_description() {
        let text = "Officials met on Monday. “Will he be the next attorney general?” a Democratic staffer in the room wondered.";
        assert_eq!(who(text)[0].1, "a Democratic staffer");
        let text = "Officials met on Monday. “He will not run,” a Republican aide in the hall said.";
        assert_eq!(who(text)[0].1, "a Republican aide");
    }

    #[test]
    fn document_as_direct_subject() {
        assert_eq!(who("“We see hope,” the letter reads.")[0].1, "the letter");
    }

    #[test]
    fn german_so_after_quote() {
        assert_eq!(speakers("„Wir sind bereit“, so Merkel."), ["Merkel"]);
    }

    #[test]
    fn german_so_with_a_cue_and_an_object_pronoun() {
        let text = "„Er ist die eiserne Hand im Samthandschuh“, so beschrieb ihn der Betriebsrat Jens Ott.";
        assert!(who(text)[0].0.contains("Jens Ott"), "{:?}", who(text));
        // `so heißt` names, it does not report.
        let text = "„Wikiwerk“, so heißt das geplante Projekt.";
        assert_eq!(who(text)[0].1, "", "{:?}", who(text));
    }

    #[test]
    fn bare_plural_after_the_quotation() {
        let mention = |text: &str| who(text)[0].1.clone();
        assert_eq!(
            mention("The trial opened. “The harm is large,” state prosecutors wrote in the brief."),
            "state prosecutors"
        );
        assert_eq!(
            mention("The vote was close. “It was a mistake,” said senior aides to the governor."),
            "senior aides"
        );
        assert_eq!(
            mention("Polls closed late. “Turnout was high,” county election officials said."),
            "county election officials"
        );
        // A plural that names no person or group is no subject.
        assert_ne!(
            who(
                "Ana Ortiz spoke first. “Turnout was high,” she said. “Prices rose,” local markets reported."
            )[1]
            .1,
            "local markets"
        );
    }

    #[test]
    fn any_verb_whose_object_is_the_quotation() {
        let speaker = |text: &str| who(text)[0].0.clone();
        // Comma inside the closing mark, a verb that is no cue, the end of the sentence.
        assert_eq!(
            speaker("Mayor Lind left the hall. She took no questions. “The city is broke,” Walsh started."),
            "Walsh"
        );
        // Comma after the closing mark, a preposition after the verb.
        assert_eq!(
            speaker(
                "Judge Ruiz read the file. He sighed. “The harm is large”, Walsh bristled at the hearing."
            ),
            "Walsh"
        );
        // An irregular past (`lexicon/en/irregular-pasts.txt`) as well as a regular one.
        assert_eq!(
            speaker("Mayor Lind left the hall. She took no questions. “The city is broke,” Walsh broke in."),
            "Walsh"
        );
        // A verb with an object of its own reports something else.
        assert_ne!(
            speaker(
                "Mayor Lind left the hall. She took no questions. “The city is broke,” Walsh started the meeting."
            ),
            "Walsh"
        );
        // A noun phrase longer than the mention it starts with.
        assert_eq!(
            who("Judge Ruiz read the file. He sighed. “The harm is large,” the committee chairmen wrote.")[0]
                .1,
            "the committee chairmen"
        );
        // A quotation closed by a full stop is no verb's object.
        assert_ne!(
            speaker("Mayor Lind left the hall. She took no questions. “The city is broke.” Walsh started."),
            "Walsh"
        );
    }

    #[test]
    fn any_noun_phrase_next_to_the_cue_after_a_quotation_is_the_speaker() {
        let mention = |text: &str| who(text)[0].1.clone();
        assert_eq!(
            mention("“We will build it,” said the 46-year-old."),
            "the 46-year-old"
        );
        assert_eq!(
            mention("“The vote is lost,” said a person close to the mayor."),
            "a person close"
        );
        assert_eq!(
            mention("“We will build it,” the former welder said."),
            "the former welder"
        );
        // Not inside the writer's own sentence.
        assert_eq!(mention("“We will build it” is the motto of the harbour."), "");
    }

    #[test]
    fn a_cue_after_the_quotations_sentence_belongs_to_the_next() {
        let text = "Die Ministerin Eva Roth zitiert dazu Jonas Berg mit den Worten: „Die Werft bleibt \
                    offen. Das ist beschlossen.“ Laut der gleichen Agentur plant die Stadt einen Neubau.";
        assert_eq!(who(text)[0].0, "Jonas Berg");
        let text = "The mayor spoke on Monday. “The shipyard stays open. That is settled.” According to \
                    the same agency, the city plans a new dock.";
        assert!(!who(text)[0].1.contains("agency"), "{:?}", who(text));
        let text = "Sie sagte am Montag, das Gesetz sei „ein Fehler“. Den Rat der Stadt forderte sie auf, \
                    es zu ändern.";
        assert!(!who(text)[0].1.contains("Rat"), "{:?}", who(text));
        // A sentence that only says who and where is the quotation's own: `X said.`, `X told Y
        // in an interview.`; one that reports more words is not.
        let text = "“The shipyard stays open. That is settled.” Ana Ortiz said.";
        assert_eq!(who(text)[0].0, "Ana Ortiz");
        let text = "“The shipyard stays open!” Ana Ortiz told Jorge Ramos in an interview for Radio Sur.";
        assert_eq!(who(text)[0].0, "Ana Ortiz");
        let text = "“The shipyard stays open!” Ana Ortiz told him on Monday.";
        assert_eq!(who(text)[0].0, "Ana Ortiz");
        // `a-possessive-object-runs-to-its-noun`: the person told is a possessive and its noun.
        let text = "Lind spoke first. “Will the shipyard stay open?” Ana Ortiz told Norway’s NRK \
                    television station in an interview aired on Monday.";
        assert_eq!(who(text)[0].0, "Ana Ortiz");
        let text = "The mayor spoke first. “The shipyard stays open!” Ana Ortiz said the dock would close.";
        assert_ne!(who(text)[0].0, "Ana Ortiz");
    }

    #[test]
    fn a_conjunction_after_the_quotation_opens_another_clause() {
        let text = "Bo Lind wrote in a memo, “We lost the vote,” when Ana Ortiz criticized the plan.";
        assert_eq!(speakers(text), ["Bo Lind"]);
        let text = "“We lost the vote,” as Ana Ortiz said on Monday.";
        assert_eq!(speakers(text), ["Ana Ortiz"]);
    }

    #[test]
    fn party_and_state_in_parentheses_are_skipped() {
        assert_eq!(
            speakers("“It is a dog whistle,” Rep. Gwen Moore (D-Wis.) said Friday."),
            ["Gwen Moore"]
        );
    }

    #[test]
    fn a_relative_after_the_quotation_is_its_speaker() {
        assert_eq!(
            who("“We live by the harbour,” my father often said.")[0].1,
            "my father"
        );
    }

    #[test]
    fn split_quote_around_the_cue() {
        let text = "“It is still morning,” he posited, “it just happens to be a hard one.”";
        let w = who(text);
        assert_eq!(w[0].1, "he");
        assert_eq!(w[1].1, "he");
    }

    #[test]
    fn a_german_subject_before_its_verb_after_the_quotation_opens_a_clause_of_its_own() {
        let text = "Das Spiel endete torlos. Der Kapitän nannte den Platzverweis „überzogen“, Trainer \
                    Paul Roth bezeichnete die Entscheidung als „übertrieben“.";
        let mentions: Vec<String> = who(text).into_iter().map(|(_, m, _)| m).collect();
        assert_eq!(mentions, ["Der Kapitän", "Trainer Paul Roth"]);
        // The verb first, the subject after it: the quotation's reporting clause.
        let text = "Das Spiel endete torlos. „Das war überzogen“, sagte Trainer Paul Roth.";
        assert_eq!(speakers(text), ["Paul Roth"], "{:?}", who(text));
        let text = "Das Spiel endete torlos. „Das war überzogen“, hatte Trainer Paul Roth in einem \
                    Interview erklärt.";
        assert_eq!(speakers(text), ["Paul Roth"], "{:?}", who(text));
    }

    #[test]
    fn a_new_sentence_after_a_closed_quote_is_not_its_attribution() {
        let text = "Mayor Ann Lee said: “Roads come first in this city.” She visited the bridge later.";
        assert_eq!(speakers(text), ["Ann Lee"]);
    }

    #[test]
    fn a_german_cue_that_reports_words_of_its_own_is_not_the_attribution_before() {
        // The next sentence's cue reports its own clause after the comma, and the quotation
        // keeps the cue before it.
        let text = "Der Rat tagte lange. Die Außenministerin Jana Roth erklärte: „Wir machen nicht \
                    mit.“ Der Premierminister Paul Brandt erklärte, sein Land plane Angriffe.";
        assert_eq!(speakers(text), ["Außenministerin Jana Roth"], "{:?}", who(text));
        // A cue that ends its clause only says who spoke.
        let text = "Der Rat tagte lange. „Wir machen nicht mit.“ Paul Brandt erklärte.";
        assert_eq!(speakers(text), ["Paul Brandt"], "{:?}", who(text));
    }

    #[test]
    fn a_participle_after_the_quotation_takes_the_sentence_subject() {
        // What follows the participle is its object or the clause it reports, never its subject.
        let text = "Ana Ortiz defended the “harbour tax,” saying the port needed the “money for repairs.”";
        assert_eq!(speakers(text), ["Ana Ortiz", "Ana Ortiz"], "{:?}", who(text));
        let text = "The Lind Foundation did not want to address “that man,” telling KTV that it works for “safe \
                    streets.”";
        assert_eq!(
            speakers(text),
            ["Lind Foundation", "Lind Foundation"],
            "{:?}",
            who(text)
        );
        let text = "Bo Lind said the club will meet again, but said, “We will be quieter,” promising the \
                    Friends of the Harbour will keep going.";
        assert_eq!(speakers(text), ["Bo Lind"], "{:?}", who(text));
    }

    #[test]
    fn a_quotation_that_closes_on_its_own_question_mark_keeps_its_reporting_clause() {
        let text =
            "The hall was full. “Who will pay for the bridge?” Ortiz asked rhetorically, shaking her head.";
        assert_eq!(speakers(text), ["Ortiz"], "{:?}", who(text));
        let text = "The hall was full. “Is the bridge safe?” Bo Lind, a retired teacher from Kiel, said \
                    quietly into the phone.";
        assert_eq!(speakers(text), ["Bo Lind"], "{:?}", who(text));
        // Any verb that ends the clause reports the quotation before it.
        let text = "The hall was full. “What was the point of all this?” Lind questioned.";
        assert_eq!(speakers(text), ["Lind"], "{:?}", who(text));
        // A verb that modifies a subject with a verb of its own is no reporting clause.
        let text = "Lind quit. “Sell it now!” An ad released Monday accuses Lind of lying.";
        assert_ne!(who(text)[0].1, "An ad", "{:?}", who(text));
    }

    #[test]
    fn an_inverted_verb_after_the_quotation_reports_it_whatever_the_verb() {
        let text = "The crowd cheered. “This is wonderful!” beamed Bo Lind of Kiel, who came early.";
        assert_eq!(speakers(text), ["Bo Lind"], "{:?}", who(text));
        let text = "“The board said no, and she went ahead,” remembered Ana Ortiz, the former spokeswoman.";
        assert_eq!(speakers(text), ["Ana Ortiz"], "{:?}", who(text));
        // A name before `to` is the verb's object.
        let text = "“Close the harbour,” pressed Ana Ortiz to act, the letter said.";
        assert_ne!(who(text)[0].1, "Ana Ortiz", "{:?}", who(text));
    }

    #[test]
    fn a_known_word_right_before_its_cue_is_a_name() {
        // A modal never stands right before a past as its subject: `Will` is a columnist.
        let text = "Ann Will writes a column. “The eruption of war is a warning,” Will wrote.";
        assert_eq!(who(text)[0].1, "Will", "{:?}", who(text));
        let text = "Ann Will writes a column. Later, Will described the plan as “a caricature.”";
        assert_eq!(who(text)[0].1, "Will", "{:?}", who(text));
        // Not before a comma, an agent or a subject after the verb.
        let text = "As reported by the Gazette, Bo Lind called both “unfit.”";
        assert_eq!(speakers(text), ["Bo Lind"], "{:?}", who(text));
    }
}
