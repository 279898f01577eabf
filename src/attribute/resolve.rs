//! From a mention to a speaker: a name to the fullest name of its entity, a pronoun to the
//! person or institution it refers back to, a definite description to the latest entity with
//! that title.

use rustc_hash::FxHashMap;

use super::doc::{Passage, TokKind};
use super::entities::{TitledMention, contains_run, rarest_holders};
use super::grammar::{
    EN_RELATIVE_SUBJECTS, PERSON_PRONOUNS, RELATIVE_SUBJECT_PRONOUNS, TOLD_OBJECTS,
    english_possessive_pronoun, german_demonstrative_pronoun, german_possessive_pronoun, is_determiner,
    is_subordinator, reads_as_english_past,
};
use super::lexical::{agrees, known_to_agree, person_for, pronoun_gender};
use super::mentions::{Mention, MentionKind};
use crate::lang::Lang;
use crate::lexicon;

/// A resolved speaker at the token of its mention: what pronouns after it refer back to.
#[derive(Debug, Clone)]
pub(super) struct SpeakerMention {
    /// The first token of the mention.
    pub(super) at: usize,
    /// The speaker, as `resolve` gives it.
    pub(super) speaker: String,
}

impl<'a> Passage<'a> {
    /// The canonical speaker for a mention: the fullest name of the entity it refers to.
    pub(super) fn resolve(&self, m: &Mention, speakers: &[SpeakerMention]) -> String {
        match &m.kind {
            MentionKind::Name { name } => self.fullest_name(name, m.first),
            MentionKind::Pronoun => match self.lower(m.first) {
                "it" => {
                    let institution = self.last_institution_before(m.first, speakers);
                    if institution.is_empty() {
                        self.group_opening_the_sentence(m.first, speakers)
                            .unwrap_or_default()
                    } else {
                        institution
                    }
                }
                "they" => self
                    .group_opening_the_sentence(m.first, speakers)
                    .unwrap_or_default(),
                person if PERSON_PRONOUNS.contains(person) => self.last_person_before(m.first, speakers),
                // `sagte sie`: German `sie` beside a cue in the singular is one woman; with a
                // plural verb (`sagten sie`) it is many, and stays unresolved.
                "sie" if self.profile.verb_second && self.beside_a_singular_cue(m.first) => {
                    self.last_person_before(m.first, speakers)
                }
                // A relative pronoun after a comma stands for the phrase before it: the entity
                // it names, else its words (`des Verbandes der Veteranen, die …`, `the mayor,
                // who …`).
                // `seiner Meinung nach`: a possessive refers back as its personal pronoun does.
                possessive
                    if self.profile.verb_second
                        && let Some(pronoun) = german_possessive_pronoun(possessive) =>
                {
                    self.last_person_before_as(m.first, pronoun, speakers)
                }
                // `his claim that “…”`: an English possessive refers back as its personal
                // pronoun does.
                possessive
                    if !self.profile.verb_second
                        && let Some(pronoun) = english_possessive_pronoun(possessive) =>
                {
                    self.last_person_before_as(m.first, pronoun, speakers)
                }
                // `sagte dieser`, `so letztere`: the person named last, as the personal pronoun
                // of its gender refers.
                // With a verb in the plural beside it, `diese` is many (`Diese retteten …`) and
                // stays unresolved, as `sie` does.
                demonstrative
                    if self.profile.verb_second
                        && let Some(pronoun) = german_demonstrative_pronoun(demonstrative) =>
                {
                    let plural_verb = |i: usize| {
                        self.word(i)
                            .is_some_and(|t| !t.capitalized && t.lower.ends_with("en"))
                    };
                    if pronoun == "sie"
                        && (plural_verb(m.first + 1) || m.first.checked_sub(1).is_some_and(plural_verb))
                    {
                        String::new()
                    } else {
                        self.last_person_before_as(m.first, pronoun, speakers)
                    }
                }
                _ if self.is_relative_subject(m.first) => self
                    .relative_antecedent(m.first)
                    .map(|a| {
                        let name = self.resolve(&a, speakers);
                        if name.is_empty() {
                            self.mention_text(&a)
                        } else {
                            name
                        }
                    })
                    .unwrap_or_default(),
                _ => String::new(),
            },
            MentionKind::Description { role, definite } => {
                if !definite {
                    return String::new();
                }
                // The latest entity with that title; none when no entity has it.
                let by_title = self.by_title.get_or_init(|| {
                    let mut by_title: FxHashMap<&'a str, Vec<TitledMention>> = FxHashMap::default();
                    for m in &self.mentions {
                        for &title in &self.entities[m.entity].titles {
                            by_title.entry(title).or_default().push(TitledMention {
                                at: m.at,
                                entity: m.entity,
                            });
                        }
                    }
                    by_title
                });
                let mentioned = by_title.get(role.as_str()).map_or(&[][..], Vec::as_slice);
                mentioned[..mentioned.partition_point(|t| t.at < m.first)]
                    .last()
                    .map(|t| self.entities[t.entity].name.join(" "))
                    .unwrap_or_default()
            }
        }
    }

    /// Whether token `i` is a relative pronoun after a comma that may be its clause's subject
    /// (`der Minister, der …`, `the mayor, who …`).
    pub(super) fn is_relative_subject(&self, i: usize) -> bool {
        let relatives = if self.profile.verb_second {
            &RELATIVE_SUBJECT_PRONOUNS
        } else {
            &EN_RELATIVE_SUBJECTS
        };
        i > 1 && relatives.contains(self.lower(i)) && self.is_punct(i - 1, &[','])
    }

    /// The noun phrase a relative pronoun at `i` after a comma stands for: the mention that ends
    /// before the comma, past a party in brackets (`Ann Lee (D-Mo.), who …`).
    ///
    /// In English the phrase's head comes first: a name after a preposition is its object, and
    /// the phrase is the one before the preposition (`Sen. Ana Ortiz of Maine, who …`); a
    /// description in apposition stands for the name before it (`Bo Lind, the mayor's chief
    /// of staff, who …`).
    pub(super) fn relative_antecedent(&self, i: usize) -> Option<Mention> {
        let mut m = self
            .skip_parenthesis_back(i.checked_sub(2)?, 0)
            .and_then(|j| self.any_mention_ending_at(j))
            .filter(|a| !matches!(a.kind, MentionKind::Pronoun))?;
        if self.profile.verb_second {
            return Some(m);
        }
        for _ in 0..4 {
            let before = m.first.checked_sub(1)?;
            let earlier = |end: usize| {
                self.any_mention_ending_at(end)
                    .filter(|a| !matches!(a.kind, MentionKind::Pronoun))
            };
            if self.is_preposition(self.lower(before))
                && let Some(head) = before.checked_sub(1).and_then(earlier)
            {
                m = head;
            } else if matches!(m.kind, MentionKind::Description { .. })
                && let Some(comma) = before.checked_sub(usize::from(is_determiner(self.lower(before))))
                && self.is_punct(comma, &[','])
                && let Some(name) = comma
                    .checked_sub(1)
                    .and_then(|j| self.skip_parenthesis_back(j, 0))
                    .and_then(earlier)
                    .filter(|a| matches!(a.kind, MentionKind::Name { .. }))
            {
                return Some(name);
            } else {
                break;
            }
        }
        Some(m)
    }

    /// The fullest name of an entity that holds `name`, a person's before another's, the one
    /// named last before token `at` on a tie.
    fn fullest_name(&self, name: &[String], at: usize) -> String {
        let best = rarest_holders(&self.holders, name)
            .into_iter()
            .flatten()
            .map(|&k| &self.entities[k as usize])
            .filter(|e| contains_run(&e.name, name) && (e.person || e.name.len() == name.len()))
            .max_by_key(|e| {
                let recent = self.occurrences_before(e, at + 1).last().map_or(0, |o| o + 1);
                (e.person, e.name.len(), recent)
            });
        match best {
            Some(e) if e.name.len() >= name.len() => e.name.join(" "),
            _ => name.join(" "),
        }
    }

    /// Whether `name` is the one person named from the paragraph before token `tok` up to it, so
    /// that a pronoun at `tok` can mean no one else.
    pub(super) fn only_person_around(&self, name: &str, tok: usize, speakers: &[SpeakerMention]) -> bool {
        if name.is_empty() {
            return false;
        }
        let near = |at: usize| self.near_before(at, tok, 1);
        let named_people = self
            .mentions_before(tok)
            .take_while(|(m, _)| near(m.at))
            .filter(|(_, e)| e.person)
            .map(|(_, e)| e.name.join(" "));
        // Speakers come in document order: only the last few can be near.
        let before = &speakers[..speakers.partition_point(|s| s.at < tok)];
        let speakers = before
            .iter()
            .rev()
            .take_while(|s| near(s.at))
            .map(|s| s.speaker.clone());
        let mut seen = named_people.chain(speakers).peekable();
        seen.peek().is_some() && seen.all(|other| other == name)
    }

    /// The person a pronoun refers to: the person who opens its sentence, when a quotation
    /// stands between them, else the latest named subject or speaker before it, within the
    /// current or previous two paragraphs.
    ///
    /// The person must agree with the pronoun: `she` never refers to a man's given name, nor
    /// `he` to a woman's; with no one fitting in reach, the pronoun stays unresolved.
    fn last_person_before(&self, tok: usize, speakers: &[SpeakerMention]) -> String {
        self.last_person_before_as(tok, self.lower(tok), speakers)
    }

    /// `last_person_before` for the word at `tok` read as the personal pronoun `pronoun`.
    fn last_person_before_as(&self, tok: usize, pronoun: &str, speakers: &[SpeakerMention]) -> String {
        let gender = pronoun_gender(pronoun);
        let fits = |name: &str| agrees(gender, name) && person_for(pronoun, name);
        if let Some(name) = self
            .opening_person(tok)
            .or_else(|| self.adverbial_clause_subject(tok))
            .or_else(|| self.reporting_subject(tok))
            .filter(|n| fits(n))
        {
            return name;
        }
        // A subject further back than two paragraphs is too far anyway.
        let candidates = self
            .mentions_before(tok)
            .take_while(|(m, _)| self.near_before(m.at, tok, 2))
            .filter(|(m, e)| m.subject && e.person && !self.bare_possessive(m.at) && fits(&e.name.join(" ")));
        // The nearest subject; an object of a verb nearer (`she called Sanders`) only where its
        // given name says it agrees and the subject's does not (`Sanders accused Hillary
        // Clinton …, she said`), or where no subject is in reach.
        let mut first_object = None;
        let mut agreeing_object = None;
        let mut subject = None;
        for (m, e) in candidates {
            if !self.object_of_a_verb(m.at) {
                subject = Some((m, e));
                break;
            }
            first_object.get_or_insert((m, e));
            if agreeing_object.is_none()
                && gender.is_some()
                && known_to_agree(gender, e.name.first().copied().unwrap_or_default())
            {
                agreeing_object = Some((m, e));
            }
        }
        let named = match (subject, agreeing_object) {
            (Some((_, e)), Some(_))
                if !known_to_agree(gender, e.name.first().copied().unwrap_or_default()) =>
            {
                agreeing_object
            }
            _ => subject.or(agreeing_object).or(first_object),
        }
        .map(|(m, e)| SpeakerMention {
            at: m.at,
            speaker: e.name.join(" "),
        });
        let spoke = speakers
            .iter()
            .rev()
            .find(|s| s.at < tok && fits(&s.speaker))
            .cloned();
        let latest = match (named, spoke) {
            (Some(n), Some(s)) => Some(if s.at >= n.at { s } else { n }),
            (n, s) => n.or(s),
        };
        latest
            .filter(|l| self.near_before(l.at, tok, 2))
            .map(|l| l.speaker)
            .unwrap_or_default()
    }

    /// Whether the German pronoun at `tok` stands right after or right before a cue in the
    /// singular: a finite verb of the third person plural ends in `-n` (`sagten`, `betonen`,
    /// `erklären`), one in the singular does not (`sagte`, `betont`, `sprach`).
    fn beside_a_singular_cue(&self, tok: usize) -> bool {
        [tok.checked_sub(1), Some(tok + 1)]
            .into_iter()
            .flatten()
            .any(|j| {
                self.word(j)
                    .is_some_and(|t| !t.capitalized && !t.lower.ends_with('n') && self.is_cue(j))
            })
    }

    /// The person named as the subject at the start of the sentence of a pronoun that follows a
    /// quotation: the pronoun of a trailing cue speaks for the sentence's subject, not for
    /// someone its quotation or predicate names (`President Ana Ortiz is “very close” to
    /// replacing Director Lee Park, she told reporters`). Only titles, determiners and
    /// capitalised words (a dateline) may stand before the name.
    pub(super) fn opening_person(&self, tok: usize) -> Option<String> {
        let start = self.sentence_start(tok);
        let quoted = (start..tok).any(|i| matches!(self.tokens[i].kind, TokKind::Quote(_)));
        if !quoted {
            return None;
        }
        self.sentence_subject(start, tok)
    }

    /// `pronoun-in-an-adverbial-clause`: the person who opens the sentence of a pronoun that
    /// opens an adverbial clause (`Senator Ruiz met Senator Brandt at the debate, when he called
    /// the plan “…”`): the main clause's subject, not a name its predicate holds.
    fn adverbial_clause_subject(&self, tok: usize) -> Option<String> {
        let before = tok.checked_sub(1).and_then(|j| self.word(j))?;
        if !is_subordinator(before.lower) {
            return None;
        }
        self.sentence_subject(self.sentence_start(tok), tok)
    }

    /// `pronoun-in-a-reported-clause`: the person a pronoun stands for that opens the clause a
    /// cue reports, past `that`, a time and the cue's object: the name right before the cue, its
    /// subject (`Ana Ortiz said Monday that she …`, `with Senator Bo Lind telling reporters on
    /// Thursday he …`), not a name that an earlier sentence or the clause's object holds.
    /// English only.
    fn reporting_subject(&self, tok: usize) -> Option<String> {
        if self.profile.lang != Lang::English {
            return None;
        }
        let mut j = tok;
        if j > 0 && self.lower(j - 1) == "that" {
            j -= 1;
        }
        j = self.skip_back(j, j.saturating_sub(4), lexicon::is_time_word);
        if j > 0 && TOLD_OBJECTS.contains(self.lower(j - 1)) {
            j -= 1;
        }
        let cue = j.checked_sub(1)?;
        if !self.is_cue(cue) || self.is_according_to(cue) {
            return None;
        }
        let subject_end = self.skip_back(cue, cue.saturating_sub(4), |l| self.is_verb_filler(l));
        let m = self.mention_ending_at(subject_end.checked_sub(1)?)?;
        match &m.kind {
            MentionKind::Name { name } => Some(self.fullest_name(name, m.first)),
            _ => None,
        }
    }

    /// `a-name-after-a-verb-is-its-object`: whether the name at token `at` is the object of an
    /// English verb right before it in lower case, a past or a present in `-s` (`she called
    /// Sanders after the vote`, `endorses Bo Lind`), rather than a subject after a cue that
    /// follows a quotation or a comma (`“…,” said Lind`). Passives and fillers make no object.
    fn object_of_a_verb(&self, at: usize) -> bool {
        if self.profile.lang != Lang::English || at == 0 {
            return false;
        }
        let Some(verb) = self.word(at - 1) else {
            return false;
        };
        let finite = reads_as_english_past(verb)
            || (!verb.capitalized && self.is_cue(at - 1) && verb.lower.ends_with('s'));
        if !finite || lexicon::is_passive_marker(verb.lower) || self.is_verb_filler(verb.lower) {
            return false;
        }
        // `“…,” said Lind`, `…, said Lind`: the cue's subject after it.
        let inverted = at >= 2
            && self.is_cue(at - 1)
            && matches!(self.tokens[at - 2].kind, TokKind::Quote(_) | TokKind::Punct(_));
        !inverted
    }

    /// `bare-apostrophe-possessive`: whether the name that starts at token `at` ends in `-s`
    /// and an apostrophe before a space (`Sanders’ approach`): a possessive, no subject, though
    /// the tokens keep the mark apart.
    fn bare_possessive(&self, at: usize) -> bool {
        let mut last = at;
        while last < at + 4 && self.word(last + 1).is_some_and(|t| t.capitalized) {
            last += 1;
        }
        self.tokens[last].lower.ends_with('s')
            && self.text[self.tokens[last].end as usize..]
                .strip_prefix(['’', '\''])
                .is_some_and(|rest| rest.starts_with(' '))
    }

    /// The person named as the subject at `start`, the start of a sentence, before `tok`. Only
    /// titles, determiners and capitalised words (a dateline) may stand before the name.
    fn sentence_subject(&self, start: usize, tok: usize) -> Option<String> {
        let opener = self.mentions[self.mentions.partition_point(|m| m.at < start)..]
            .iter()
            .take_while(|m| m.at < tok)
            .find(|m| m.subject && self.entities[m.entity].person)?;
        let e = &self.entities[opener.entity];
        let opens = self.tokens[start..opener.at].iter().all(|t| match t.kind {
            TokKind::Word => {
                t.capitalized
                    || is_determiner(t.lower)
                    || lexicon::is_title(t.lower)
                    || lexicon::is_role_noun(t.lower)
            }
            TokKind::Punct(c) => matches!(c, '―' | '—' | '–' | '-' | ':' | '(' | ')'),
            TokKind::Quote(_) => false,
        });
        opens.then(|| e.name.join(" "))
    }

    /// `pronoun-bound-by-its-sentence-subject`: what `it` or `they` at `tok` stands for when no
    /// speaker before it does: the group or institution that opens its own sentence as the
    /// subject (`The council met on Friday and condemned what it called “…”`, `The campaign is
    /// contrasting her plan with what they call “…”`). The phrase's head must name a group
    /// (WordNet) or a speaking institution (`campaign`, the role nouns), and no person, or the
    /// phrase be a name the document does not give a person; a person
    /// (`The mayor said it was “…”`) or a thing (`The bill says it …`) binds no such pronoun.
    fn group_opening_the_sentence(&self, tok: usize, speakers: &[SpeakerMention]) -> Option<String> {
        if self.profile.verb_second {
            return None;
        }
        let start = self.sentence_start(tok);
        let m = (start..tok.min(start + 8))
            .filter_map(|j| self.any_mention_ending_at(j))
            .filter(|m| {
                (m.first == start || (m.first == start + 1 && is_determiner(self.lower(start))))
                    && self.is_subject(m)
            })
            .last()?;
        let head = self.lower(m.last);
        let group_head =
            (lexicon::is_group_noun(head) || lexicon::is_role_noun(head)) && !lexicon::is_person_noun(head);
        let group = match &m.kind {
            MentionKind::Pronoun => return None,
            MentionKind::Description { .. } => group_head,
            MentionKind::Name { .. } => {
                let name = self.resolve(&m, speakers);
                let persons = self.persons.get_or_init(|| {
                    let mut persons = FxHashMap::default();
                    for e in &self.entities {
                        persons.entry(e.name.join(" ")).or_insert(e.person);
                    }
                    persons
                });
                // A name whose head names a group is a group's (`Harbour Board`), whatever the
                // document guessed from its two capitals.
                let group = group_head || persons.get(name.as_str()).is_some_and(|&person| !person);
                return group.then(|| {
                    if name.is_empty() {
                        self.mention_text(&m)
                    } else {
                        name
                    }
                });
            }
        };
        group.then(|| self.mention_text(&m))
    }

    /// What `it` speaks for: the last speaker before token `tok` that the document does not name
    /// as a person (`“…,” the Times wrote. “…,” it added.`), within two paragraphs.
    fn last_institution_before(&self, tok: usize, speakers: &[SpeakerMention]) -> String {
        speakers
            .iter()
            .rev()
            .filter(|s| s.at < tok)
            .take_while(|s| self.near_before(s.at, tok, 2))
            .find(|s| {
                let persons = self.persons.get_or_init(|| {
                    let mut persons = FxHashMap::default();
                    for e in &self.entities {
                        persons.entry(e.name.join(" ")).or_insert(e.person);
                    }
                    persons
                });
                persons.get(s.speaker.as_str()).is_some_and(|&person| !person)
            })
            .map(|s| s.speaker.clone())
            .unwrap_or_default()
    }
}

#[cfg(test)]
mod tests {
    use crate::attribute::attribute;
    use crate::attribute::doc::REFERENCE_REACH;
    use crate::attribute::testing::{speakers, who};
    use crate::extract::{extract, paragraphs};

    #[test]
    fn a_possessive_ends_a_name() {
        // The person after a network's or a city's possessive is a name of her own, whom `she`
        // finds; the possessor is not part of it.
        assert_eq!(
            speakers(
                "Bo Lind spoke first. Then Channel Nine’s Ana Ruiz took the floor. “We waited a year,” she said."
            ),
            ["Ana Ruiz"]
        );
        assert_eq!(
            speakers("Ortiz’s Lisbon Harbour Office wrote to the council. “We are ready,” Ortiz said."),
            ["Ortiz"]
        );
    }

    #[test]
    fn it_or_they_stands_for_the_group_that_opens_its_sentence() {
        for (text, speaker) in [
            (
                "The harbour board met on Monday and rejected what it called “a reckless plan.”",
                "The harbour board",
            ),
            (
                "The Northern Harbour Board on Friday condemned the vote and pledged to act against what \
                 it called “a reckless plan.”",
                "Northern Harbour Board",
            ),
            (
                "The Lind campaign is contrasting the plan with what they call the mayor’s “empty promises.”",
                "The Lind campaign",
            ),
        ] {
            assert_eq!(who(text)[0].0, speaker, "{text}: {:?}", who(text));
        }
        // A person or a thing opening the sentence binds no `it`.
        for text in [
            "The mayor met the board and rejected what it called “a reckless plan.”",
            "The bridge reopened on Monday after what it called “urgent repairs.”",
        ] {
            assert_eq!(who(text)[0].0, "", "{text}: {:?}", who(text));
        }
    }

    #[test]
    fn a_pronoun_with_one_person_around_is_firm_evidence() {
        let named = |text: &str| -> Vec<bool> {
            let pars = paragraphs(text);
            let spans = extract(text, &pars);
            attribute(text, &pars, &spans)
                .into_iter()
                .map(|a| a.is_some_and(|a| a.named))
                .collect()
        };
        let alone = "Mayor Ana Ortiz arrived in Lima on Monday.\n\n“We will rebuild the bridge,” she said.";
        assert_eq!(named(alone), [true]);
        let crowded = "Mayor Ana Ortiz met Governor Rosa Diaz in Lima on Monday.\n\n“We will rebuild the \
                       bridge,” she said.";
        assert_eq!(named(crowded), [false]);
    }

    #[test]
    fn a_pronoun_after_a_quotation_speaks_for_the_sentences_subject() {
        let text = "LIMA ― Mayor Ana Ortiz is “very close” to naming a successor to former Police Chief \
                    Rosa Diaz, she told reporters on Monday.";
        assert_eq!(speakers(text), ["Ana Ortiz"]);
        let named = attribute(text, &paragraphs(text), &extract(text, &paragraphs(text)));
        assert!(named[0].as_ref().is_some_and(|a| a.named));
        // Without a quotation between them, the pronoun is the latest subject's.
        let text = "Mayor Ana Ortiz met Rosa Diaz on Monday.\n\nRosa Diaz left early, and she said the talks \
                    went “very well.”";
        assert_eq!(speakers(text), ["Rosa Diaz"]);
    }

    #[test]
    fn a_pronoun_finds_the_person_after_a_title_with_of() {
        let text = "Secretary of State Ana Ortiz arrived in Lima on Monday for talks.\n\n“We will sign the \
                    treaty before the summer is over,” she said.";
        assert_eq!(speakers(text), ["Ana Ortiz"]);
    }

    #[test]
    fn titles_are_not_part_of_the_name() {
        let text = "Deputy Foreign Minister Andrey Rudenko released a statement. “Seoul must realize it,” Rudenko stated to TASS.";
        assert_eq!(
            who(text)[0],
            ("Andrey Rudenko".into(), "Rudenko".into(), "stated".into())
        );
    }

    #[test]
    fn pronoun_resolves_to_the_last_named_speaker() {
        let text =
            "Russian President Vladimir Putin spoke in Hanoi.\n“We reserve the right to respond,” he said.";
        assert_eq!(
            who(text)[0],
            ("Vladimir Putin".into(), "he".into(), "said".into())
        );
    }

    #[test]
    fn description_resolves_through_titles() {
        let text = "Russian President Vladimir Putin visited Hanoi.\nThe Russian president said that Moscow “will respond.”";
        assert_eq!(
            who(text)[0],
            (
                "Vladimir Putin".into(),
                "The Russian president".into(),
                "said".into()
            )
        );
    }

    #[test]
    fn a_pronoun_refers_back_only_so_far_within_a_paragraph() {
        let text = |filler: usize| {
            format!(
                "Title\n\nAna Ruiz arrived on Monday, {}and she said “we agree.”",
                "and the rain fell, ".repeat(filler)
            )
        };
        assert_eq!(speakers(&text(REFERENCE_REACH / 5 - 10)), ["Ana Ruiz"]);
        assert_eq!(speakers(&text(REFERENCE_REACH / 5 + 10)), [""]);
    }

    #[test]
    fn a_description_is_the_latest_entity_with_its_title_before_it() {
        let text = "Title\n\nSpokesman Ana Ruiz met the press.\n\n“We are ready,” the spokesman said.\n\n\
                    Later, Spokesman Lee Park arrived.\n\n“We are late,” the spokesman said.";
        assert_eq!(speakers(text), ["Ana Ruiz", "Lee Park"]);
    }

    #[test]
    fn indefinite_description_is_not_resolved() {
        let text = "Senator Jane Roe spoke first.\n“It was chaos,” a source said.";
        assert_eq!(who(text)[0], ("".into(), "a source".into(), "said".into()));
    }

    #[test]
    fn it_speaks_for_the_last_institution_quoted() {
        let text = "“The port is broke,” the Gazette wrote.\n\n“The bridge is late,” it added.";
        assert_eq!(
            who(text)[1],
            ("Gazette".to_string(), "it".to_string(), "added".to_string())
        );
        // Not a person.
        let text = "Ann Lee spoke.\n“The port is broke,” Ann Lee said.\n\n“The bridge is late,” it added.";
        assert_eq!(who(text)[1].0, "");
    }

    #[test]
    fn surname_resolves_to_full_name() {
        let text = "Kremlin spokesman Dmitry Peskov spoke.\nPeskov said “no deal” was near.";
        assert_eq!(speakers(text), ["Dmitry Peskov"]);
    }

    #[test]
    fn pronoun_in_an_adverbial_clause_is_the_sentence_subject() {
        // The pronoun after `when` is bound by the main clause's subject, not by its object.
        let text =
            "Title\n\nSenator Ruiz met Senator Brandt at the debate, when he called the plan “unfair.”";
        assert_eq!(speakers(text), ["Ruiz"]);
        let text =
            "Title\n\nMayor Okafor thanked Judge Lindqvist on Friday because she called the ruling “fair.”";
        assert_eq!(speakers(text), ["Okafor"]);
        // Not after a subordinator: the latest subject stays the nearest person.
        let text = "Title\n\nSenator Ruiz met the press.\n\nSenator Brandt arrived, and he called the plan “unfair.”";
        assert_eq!(speakers(text), ["Brandt"]);
    }

    #[test]
    fn a_pronoun_in_a_reported_clause_is_the_reporter() {
        let text = "Title\n\nBo Lind closed the port. The parties fought, with Senator Ana Ortiz telling \
                    reporters on Thursday she viewed the mayor as “directly responsible” for it.";
        assert_eq!(speakers(text), ["Ana Ortiz"]);
    }

    #[test]
    fn a_name_after_a_verb_is_its_object_unless_its_given_name_agrees() {
        // `Robin` is given to either sex, and `Robin Lind` is the object of `called`: `she` is
        // the subject's.
        let text = "Title\n\nRobin Lind won the vote. Mary Ortiz said Wednesday she called Robin Lind \
                    after the vote to praise what she called “a fine campaign.”";
        assert_eq!(speakers(text), ["Mary Ortiz"]);
        // An object whose given name agrees, where the subject's does not say.
        let text = "Title\n\nRobin Lind spoke first. When Robin Lind accused Mary Ortiz of weakness, she \
                    said “I stood firm” for years.";
        assert_eq!(speakers(text), ["Mary Ortiz"]);
    }

    #[test]
    fn a_name_before_a_bare_apostrophe_is_a_possessive() {
        let text = "Title\n\nRobin Rivers spoke on Friday. Mary Ortiz backed Rivers’ plans Saturday, \
                    saying she had not yet called for a vote because she believed “we need to focus on \
                    the port.”";
        assert_eq!(speakers(text), ["Mary Ortiz"]);
    }
}
