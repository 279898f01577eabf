//! Subjects: the mention a verb has for its subject, read back from the verb past fillers,
//! appositives and relative clauses, or forward from the start of the sentence past datelines
//! and opening phrases.

use super::doc::{Passage, TokKind};
use super::grammar::{
    APPOSITIVE_OPENERS, COPULAS, NOMINATIVE_PRONOUNS, is_determiner, is_possessive, is_subordinator,
    is_title_word,
};
use super::mentions::{Mention, MentionKind};
use super::rules::Hit;
use crate::lexicon;

/// Tokens an appositive or a relative clause between a subject and its verb may run over
/// (`Christie, who has campaigned for Trump since he suspended his own campaign in February,
/// blasted`).
const APPOSITIVE_REACH: usize = 24;

impl<'a> Passage<'a> {
    /// `bare-plural-after-the-quotation`: a plural noun for persons or groups with no
    /// determiner, after up to two words before it that are no name, past, preposition or
    /// pronoun (`“…,” federal prosecutors wrote`, `“…,” said senior aides`): a description, as
    /// `bare-plural-opens-the-sentence` reads one that opens its sentence. A capitalised word
    /// before the noun only when the lexicon knows it as an adjective (`Republican senators`);
    /// English only, where a capital makes a name.
    pub(super) fn bare_plural_starting_at(&self, i: usize) -> Option<Mention> {
        if self.profile.capitalised_nouns {
            return None;
        }
        (i..i + 3).find_map(|j| {
            let t = self.mention_word(j)?;
            let plain = |k: usize| {
                self.word(k).is_some_and(|w| {
                    // A cue's form may modify the noun (`state prosecutors`), a past never does.
                    (!w.capitalized || lexicon::is_proper_adjective(w.lower))
                        && !w.lower.ends_with("ed")
                        && !lexicon::is_irregular_past(w.lower)
                        && !self.is_preposition(w.lower)
                        && !lexicon::is_pronoun(w.lower)
                        && !lexicon::is_not_name(w.lower)
                })
            };
            let head = !t.capitalized
                && t.lower.ends_with('s')
                && (lexicon::is_person_noun(t.lower) || lexicon::is_group_noun(t.lower));
            (head && (i..j).all(plain)).then(|| Mention {
                kind: MentionKind::Description {
                    role: t.lower.to_string(),
                    definite: false,
                },
                first: i,
                last: j,
            })
        })
    }

    /// `adverbial-after-a-filler`: `Beck, who has in the past described …`, `she had on Monday
    /// told …`: a short prepositional phrase (a preposition and at most three words, no
    /// punctuation) between a verb filler and the verb, ending at `j` right before the verb; the
    /// preposition's index, so that the subject is read back past it. Not after a filler already
    /// skipped: in `who was at the dinner and recalled` the phrase completes `was`. English only.
    fn adverbial_after_a_filler(&self, j: usize, from: usize) -> Option<usize> {
        // The phrase ends in a word in lower case (`in the past`); a capital ends a subject.
        if self.profile.verb_second || self.word(j).is_none_or(|t| t.capitalized) {
            return None;
        }
        (j.saturating_sub(3)..=j)
            .rev()
            .take_while(|&p| p > from && self.word(p).is_some())
            .find(|&p| self.is_preposition(self.lower(p)))
            .filter(|&p| self.word(p - 1).is_some_and(|t| self.is_verb_filler(t.lower)))
    }

    /// The subject right before cue `k`: `Rudenko stated`, `he has also said`, `Seoul on Thursday
    /// said`, `Patrick Ryder, press secretary for the Department of Defense, said`.
    pub(super) fn subject_before(&self, k: usize, from: usize) -> Option<Mention> {
        let mut j = k.checked_sub(1)?;
        let mut skipped = 0;
        while j > from && skipped < 4 {
            let l = self.lower(j);
            // Verb second lets an adverb stand between the subject and its verb (`Die Kanadier
            // hingegen sagen`).
            let adverb = self.profile.verb_second && lexicon::is_german_adverb(l);
            if self.word(j).is_some() && (self.is_verb_filler(l) || lexicon::is_time_word(l) || adverb) {
                j -= 1;
                skipped += 1;
            } else if skipped == 0
                && let Some(p) = self.adverbial_after_a_filler(j, from)
            {
                j = p - 1;
                skipped += 1;
            } else {
                break;
            }
        }
        if j < from {
            return None;
        }
        // `quantifier-subject`: `Another said`, `…, and many argued`.
        if self.quantifier_subject(j, j.checked_sub(1), j + 1) {
            return Some(Mention {
                kind: MentionKind::Pronoun,
                first: j,
                last: j,
            });
        }
        // `relative-subject`: `the mayor, who said`, `the agency, which reported`: the relative
        // pronoun is the subject, and stands for the phrase before the comma (`resolve`).
        if !self.profile.verb_second && self.is_relative_subject(j) && self.relative_antecedent(j).is_some() {
            return Some(Mention {
                kind: MentionKind::Pronoun,
                first: j,
                last: j,
            });
        }
        // `Sen. Ann Lee (D-Mo.) said`: the party and state after a name.
        j = self.skip_parenthesis_back(j, from)?;
        if self.is_punct(j, &[',']) {
            // An appositive: `, press secretary …,` or the name itself, `…, Andrey Rudenko,`.
            let mut open = (from..j)
                .rev()
                .take(APPOSITIVE_REACH)
                .find(|&i| self.is_punct(i, &[',']))?;
            // The name of the appositive, maybe before its party (`die Sprecherin der Fraktion,
            // Anna Weber (SPD), erklärte`).
            if let Some(m) = self
                .skip_parenthesis_back(j - 1, open + 1)
                .and_then(|end| self.mention_ending_at(end))
                && m.first == open + 1
                && matches!(m.kind, MentionKind::Name { .. })
            {
                // `in Columbus, Ohio,`: a place's state or country, not an appositive (which
                // names a person in full: `in Deutschland, Michael Knipper,`).
                let place = m.first == m.last
                    && open
                        .checked_sub(1)
                        .and_then(|p| self.mention_ending_at(p))
                        .is_some_and(|p| matches!(p.kind, MentionKind::Name { .. }) && !self.is_subject(&p));
                match (
                    place,
                    (from..open).rev().take(16).find(|&i| self.is_punct(i, &[','])),
                ) {
                    (false, _) => return Some(m),
                    (true, Some(earlier)) => open = earlier,
                    (true, None) => return None,
                }
            }
            // A relative clause or a further description after the first one (`Mulgrew, president
            // of the union, which represents New York City teachers, said`): back to the name.
            for _ in 0..3 {
                // `, which …,`, `, the mayor of …,`, `, of Flint,`, `, 22,`.
                let relative = APPOSITIVE_OPENERS.contains(self.lower(open + 1))
                    || self.lower(open + 1).starts_with(|c: char| c.is_ascii_digit());
                let earlier = (from..open)
                    .rev()
                    .take(APPOSITIVE_REACH)
                    .find(|&i| self.is_punct(i, &[',']));
                // The name the relative clause is about stands right after the earlier comma, maybe
                // behind titles and before a party (`show, Sen. Ann Lee (D-Mo.), who …`).
                let names_the_subject = |e: usize| {
                    self.skip_parenthesis_back(open - 1, e + 1)
                        .and_then(|end| self.mention_ending_at(end))
                        .is_some_and(|m| (e + 1..m.first).all(|i| is_title_word(self.lower(i))))
                };
                match earlier {
                    Some(e) if relative && !names_the_subject(e) => open = e,
                    _ => break,
                }
            }
            // `Sen. Ann Lee (D-Mo.), who …, said`.
            let end = self.skip_parenthesis_back(open.checked_sub(1)?, from)?;
            let m = self.mention_ending_at(end)?;
            return (self.is_subject(&m) && m.first >= from).then_some(m);
        }
        let m = self.mention_ending_at(j)?;
        if !self.is_subject(&m) {
            return self.head_before_a_preposition(&m, from);
        }
        (m.first >= from).then_some(m)
    }

    /// `South Korea was warned`: the word before the cue is not its speaker.
    pub(super) fn is_passive(&self, k: usize) -> bool {
        // The auxiliary and the participle stand together, maybe with adverbs between (`was once
        // again warned`), not with a subject of their own (`would be what Ortiz called`).
        (k.saturating_sub(3)..k)
            .rev()
            .take_while(|&i| self.word(i).is_some_and(|t| !t.capitalized))
            .any(|i| lexicon::is_passive_marker(self.lower(i)))
            && !self.lower(k).ends_with("ing")
    }

    /// Whether only fillers (`has`, `also`) stand between a mention ending at `last` and the cue.
    pub(super) fn adjacent_subject(&self, last: usize, cue: usize) -> bool {
        (last + 1..cue).all(|i| self.word(i).is_some_and(|t| self.is_verb_filler(t.lower)))
    }

    /// No cue at all: quoted words inside a sentence belong to the sentence's subject when it
    /// opens the sentence and a verb follows it (`Reid has gone after Trump as a “con artist”`,
    /// `Another critic, Laurence H. Tribe, likened the rules to “…”`).
    pub(super) fn subject_of_sentence(&self, q: usize) -> Option<Hit> {
        let mut first = self.past_dateline(self.sentence_start(q), q);
        // A heading or a label before a colon (`Steuern: Die SPD will …`) opens no subject.
        if let Some(colon) = (first..q).rev().find(|&j| self.is_punct(j, &[':']))
            && self.word(colon + 1).is_some_and(|t| t.capitalized)
        {
            first = colon + 1;
        }
        if first == q {
            return None;
        }
        if let Some(hit) = self.german_pronoun_after_the_verb(first, q) {
            return Some(hit);
        }
        // Opening phrases before a comma: `In recent weeks, Reid …`, longer when one opens with a
        // preposition (`During a national security speech earlier in the day, Trump …`), and
        // maybe a second one in lower case (`On Thursday, after remaining neutral in the
        // primary, Warren …`).
        for round in 0..2 {
            let opener = self.word(first);
            let clause_opener = opener.is_some_and(|t| {
                !t.capitalized && (self.is_preposition(t.lower) || is_subordinator(t.lower))
            });
            if round == 1 && !clause_opener {
                break;
            }
            // `Speaking at a town hall in Salem, Trump …`: a participle opens a phrase too.
            let participle = opener.is_some_and(|t| t.lower.len() > 4 && t.lower.ends_with("ing"))
                && self.word(first + 1).is_some_and(|t| !t.capitalized);
            let phrase = self.is_preposition(self.lower(first)) || clause_opener || participle;
            let reach = if phrase { 12 } else { 6 };
            // A capital may open a name, unless the phrase ends in a time (`Eight years ago, he …`).
            match (first..q).take(reach).find(|&j| self.is_punct(j, &[','])) {
                Some(comma)
                    if phrase
                        || !opener.is_some_and(|t| t.capitalized && !lexicon::is_not_name(t.lower))
                        || (comma > first && lexicon::is_time_word(self.lower(comma - 1))) =>
                {
                    first = comma + 1;
                }
                _ => break,
            }
        }
        if let Some(hit) = self.german_subject_after_opening_clause(first, q) {
            return Some(hit);
        }
        let mut m = self.mention_starting_at(first)?;
        // `in Salem, New Hampshire, Trump …`: a place's state closes the opening phrase.
        if first > 1
            && self.is_punct(first - 1, &[','])
            && self.is_punct(m.last + 1, &[','])
            && self
                .mention_ending_at(first - 2)
                .is_some_and(|p| matches!(p.kind, MentionKind::Name { .. }) && !self.is_subject(&p))
            && let Some(next) = self.mention_starting_at(m.last + 2)
        {
            first = m.last + 2;
            m = next;
        }
        if is_possessive(self.tokens[m.last].lower) {
            return None;
        }
        // Verb second puts the subject after the verb when an adverbial phrase opens the sentence
        // (`Am Morgen wurden …`, `Bereits am Sonntagabend zogen …`).
        if self.profile.verb_second
            && (first..=m.first).any(|j| lexicon::is_german_preposition(self.lower(j)))
        {
            return None;
        }
        let mut verb = self.skip_parenthesis(m.last + 1);
        // `Gov. Earl Ray Tomblin of West Virginia lauded`: the place a title goes with.
        if matches!(m.kind, MentionKind::Name { .. })
            && self.lower(verb) == "of"
            && let Some(place) = self
                .mention_starting_at(verb + 1)
                .filter(|p| matches!(p.kind, MentionKind::Name { .. }))
        {
            verb = place.last + 1;
        }
        // `german-attributes-before-an-appositive`: verb second, a subject's genitive and a
        // prepositional attribute may stand between it and its appositive (`Der Sprecher der
        // Fraktion im Landtag, Karl Brandt, will`, `Der Bruder des Ministers, Paul Brandt, war`).
        if self.profile.verb_second && !matches!(m.kind, MentionKind::Pronoun) {
            // A genitive may hold a genitive of its own (`Der Sprecher der Fraktion der Grünen`).
            for _ in 0..3 {
                verb = self.skip_german_genitive(verb);
            }
            if self
                .word(verb)
                .is_some_and(|t| !t.capitalized && self.is_preposition(t.lower))
                && let Some(comma) = (verb + 1..(verb + 5).min(q)).find(|&j| self.is_punct(j, &[',']))
                && (verb + 1..comma).all(|j| self.word(j).is_some())
                && (verb + 1..comma).any(|j| self.tokens[j].capitalized)
            {
                verb = comma;
            }
        }
        if self.is_punct(verb, &[',']) {
            // The name closes an appositive (`Another critic, Laurence H. Tribe, likened`) or
            // opens one (`Aaron Kall, the director of debate, compared`).
            let closes_opening = first > self.sentence_start(q) && self.is_punct(first - 1, &[',']);
            verb = if closes_opening {
                verb + 1
            } else if self.profile.verb_second {
                // German appositives run over relative clauses (`Sadiq Khan, einer der
                // Abgeordneten, die den Brief unterschrieben, verurteilte`): the verb is the
                // first word in lower case after a comma that opens no phrase of its own.
                (verb + 1..q)
                    .filter(|&j| self.is_punct(j, &[',']))
                    .take(4)
                    .find(|&j| {
                        self.word(j + 1).is_some_and(|t| {
                            !t.capitalized
                                && !is_determiner(t.lower)
                                && !lexicon::is_german_article(t.lower)
                                && !lexicon::is_german_preposition(t.lower)
                                && !lexicon::is_german_subordinator(t.lower)
                                && !lexicon::is_pronoun(t.lower)
                        })
                    })?
                    + 1
            } else {
                (verb + 1..q).find(|&j| self.is_punct(j, &[',']))? + 1
            };
        }
        let mut after_filler = self.skip_forward(verb, self.profile.verb_filler);
        let auxiliary = after_filler > verb;
        if self.profile.verb_second {
            // Verb second: only the subject's own genitive stands before the verb.
            after_filler = self.skip_german_genitive(after_filler);
        } else {
            // `Trump on Tuesday renewed`: a time between the subject and its verb.
            after_filler = self.past_time(after_filler);
        }
        let t = self.word(after_filler)?;
        // A verb: a cue, a past tense, or anything after an auxiliary (`has gone after`).
        // Verb second: whatever follows the subject is its verb, but for a German article, which
        // opens a genitive (`Das Schicksal des Landes`). The irregular past tenses are English.
        let verb_like = (self.profile.verb_second && !lexicon::is_german_article(t.lower))
            || self.is_cue(after_filler)
            || t.lower.ends_with("ed")
            || (!self.profile.verb_second && lexicon::is_irregular_past(t.lower))
            || (!self.profile.verb_second && self.is_english_present(after_filler, &m))
            || auxiliary;
        // Reported speech in the subjunctive (`Der Niederländer sei „…“`) keeps the source of the
        // sentences before it; its subject is what is talked about. Nor does an object-like
        // subject before a verb-second verb speak.
        if (self.profile.subjunctive_reported_speech && lexicon::is_german_subjunctive(t.lower))
            || (self.profile.verb_second && self.german_object(&m))
            || (self.profile.verb_second && !self.is_cue(after_filler) && self.thing_without_a_cue(&m))
        {
            return None;
        }
        (after_filler < q && verb_like && !t.capitalized && !self.is_preposition(t.lower)).then(|| Hit {
            mention: m,
            cue: t.lower.to_string(),
        })
    }

    /// `a-thing-speaks-only-through-a-cue`: a description whose head the lexicon knows only as a
    /// thing (`Der Plan`, `Die Pflichten`), no person, role, institution or group, is the subject
    /// of a quotation's sentence only when its verb is a cue (`Der Bericht nennt …`).
    fn thing_without_a_cue(&self, m: &Mention) -> bool {
        matches!(m.kind, MentionKind::Description { .. })
            && lexicon::german_noun_head(self.lower(m.last)) == Some(lexicon::NounHead::Thing)
    }

    /// `present-after-the-subject`: an English verb in the present, third person singular,
    /// right after the subject that opens the sentence (`The ad targets a “…”`, `The petition
    /// accuses the campaign of “…”`, `Her plan promises to “…”`), as a verb in the past is: a
    /// word in lower case that ends in `-s` (not `-ss`, `-us` or `-is`: `across`, `various`,
    /// `this`) and that WordNet does not know as no noun (`always`, `perhaps`), nor a
    /// determiner (`his`, `its`). Such a word is as often a plural noun, so the subject must be
    /// a pronoun, a description or a name of more than the sentence's first word (`Western
    /// countries`, `Family trips` are noun phrases), and no verb may follow the word (`Family
    /// trips paid`, `benefits would`).
    fn is_english_present(&self, i: usize, subject: &Mention) -> bool {
        let Some(t) = self.word(i).filter(|t| !t.capitalized) else {
            return false;
        };
        let lone_opening_word = matches!(subject.kind, MentionKind::Name { .. })
            && subject.first == subject.last
            && self.starts_sentence(subject.first);
        let verb_after = self.word(i + 1).is_some_and(|n| {
            self.is_verb_filler(n.lower) || n.lower.ends_with("ed") || lexicon::is_irregular_past(n.lower)
        });
        if lone_opening_word || verb_after {
            return false;
        }
        let l = t.lower;
        l.len() > 3
            && l.ends_with('s')
            && !l.ends_with("ss")
            && !l.ends_with("us")
            && !l.ends_with("is")
            && !l.ends_with(['’', '\''])
            && !is_determiner(l)
            && !self.is_preposition(l)
            && !lexicon::is_not_noun(l)
    }

    /// `german-opening-clause`: verb second counts a clause that opens the sentence before a
    /// comma (`Um Zeit zu gewinnen, will Brandt …`) as its first phrase, so the finite verb
    /// follows the comma at `first - 1` and the subject follows the verb. The verb is a word in
    /// lower case that is no article, determiner, pronoun, preposition, conjunction, adverb or
    /// adjective, that is an auxiliary, a cue or ends like a finite form of the third person,
    /// and not in the subjunctive of reported speech.
    fn german_subject_after_opening_clause(&self, first: usize, q: usize) -> Option<Hit> {
        if !self.profile.verb_second || first == 0 || first >= q || !self.is_punct(first - 1, &[',']) {
            return None;
        }
        if !self.reads_as_german_finite_verb(first) {
            return None;
        }
        let m = self
            .german_subject_after(first, q)
            .filter(|m| !matches!(m.kind, MentionKind::Pronoun) && !self.german_object(m))?;
        Some(Hit {
            mention: m,
            cue: self.lower(first).to_string(),
        })
    }

    /// Whether the word at `i` reads as a German finite verb of the third person: a word in lower
    /// case that is no article, determiner, pronoun, preposition, conjunction, adverb or
    /// adjective, and is an auxiliary or modal (`lexicon/de/modal-verbs.txt`), a cue, or a form
    /// in `-t`, `-te` or `-en` (`will`, `sagte`, `plant`, `wollen`), not a particle (`so`), and
    /// not in the subjunctive of reported speech.
    fn reads_as_german_finite_verb(&self, i: usize) -> bool {
        let Some(t) = self.word(i) else {
            return false;
        };
        !t.capitalized
            && !is_determiner(t.lower)
            && !lexicon::is_german_article(t.lower)
            && !self.is_preposition(t.lower)
            && !lexicon::is_german_preposition(t.lower)
            && !lexicon::is_german_subordinator(t.lower)
            && !lexicon::is_pronoun(t.lower)
            && !lexicon::is_german_adverb(t.lower)
            && !matches!(t.lower, "und" | "oder" | "aber" | "sondern")
            && !lexicon::german_word(t.lower).adjective()
            && (lexicon::is_german_auxiliary(t.lower)
                || lexicon::is_german_modal(t.lower)
                || self.is_cue(i)
                || ["t", "te", "en"].iter().any(|end| t.lower.ends_with(end)))
            && !(self.profile.subjunctive_reported_speech && lexicon::is_german_subjunctive(t.lower))
    }

    /// `german-pronoun-after-the-verb`: verb second puts the subject right after the finite verb
    /// when an adverb or a prepositional phrase opens the sentence (`Ursprünglich wollte er …`,
    /// `Seit Jahren vertritt er die These, …`); `er`, `ich` or `wir`
    /// (`lexicon/de/nominative-pronouns.txt`) there, past adverbs and object pronouns, can be
    /// nothing but the subject, whatever the verb. The verb is the first word that reads as a
    /// finite verb, within seven words and no punctuation of the opening; not a form of `werden`,
    /// whose subject in the passive is what was spoken of (`Danach wurde er als „…“ bezeichnet`),
    /// nor of `sein` or `bleiben` (`lexicon/de/copulas.txt`), whose quoted complement is what he
    /// was called (`Für viele war er „…“`).
    fn german_pronoun_after_the_verb(&self, first: usize, q: usize) -> Option<Hit> {
        if !self.profile.verb_second {
            return None;
        }
        let opener = self.word(first)?;
        let adverbial = lexicon::is_german_preposition(opener.lower)
            || lexicon::is_german_adverb(opener.lower)
            || self.opens_with_adverb(first);
        if !adverbial || lexicon::is_german_subordinator(opener.lower) {
            return None;
        }
        let verb = (first + 1..q.min(first + 8))
            .take_while(|&j| self.word(j).is_some())
            .find(|&j| self.reads_as_german_finite_verb(j))?;
        if lexicon::is_german_passive_marker(self.lower(verb)) || COPULAS.contains(self.lower(verb)) {
            return None;
        }
        let m = self.german_subject_after(verb, q).filter(|m| {
            matches!(m.kind, MentionKind::Pronoun) && NOMINATIVE_PRONOUNS.contains(self.lower(m.first))
        })?;
        Some(Hit {
            mention: m,
            cue: self.lower(verb).to_string(),
        })
    }

    /// Past the dateline that opens an article's first sentence (`WASHINGTON —`, `LIMA, Peru ―`):
    /// a word in capitals, maybe a few more capitalised ones, and a dash.
    /// `a-dateline-with-its-date-and-agency`: the place may be followed by a date in numerals and
    /// the agency in brackets (`PHILADELPHIA, July 25 (UPI) —`).
    fn past_dateline(&self, first: usize, q: usize) -> usize {
        let opens = self.word(first).is_some_and(|t| {
            let word = &self.text[t.range()];
            word.chars().count() >= 2 && !word.chars().any(char::is_lowercase)
        });
        if !opens {
            return first;
        }
        (first + 1..q.min(first + 10))
            .take_while(|&j| match self.tokens[j].kind {
                TokKind::Word => {
                    self.tokens[j].capitalized || self.lower(j).chars().all(|c| c.is_ascii_digit())
                }
                TokKind::Punct(c) => matches!(c, ',' | '.' | '—' | '―' | '–' | '-' | '(' | ')'),
                TokKind::Quote(_) => false,
            })
            .find(|&j| self.is_punct(j, &['—', '―', '–', '-']))
            .map_or(first, |dash| dash + 1)
    }
}

#[cfg(test)]
mod tests {
    use crate::attribute::testing::{speakers, who};

    #[test]
    fn a_relative_clause_after_the_appositive_is_read_past() {
        let text = "Ana Ortiz, president of the union, which represents New York City teachers, said she \
                    hopes the strike sends a message that “the schools belong to the children.”";
        assert_eq!(speakers(text), ["Ana Ortiz"]);
    }

    #[test]
    fn a_long_relative_clause_between_subject_and_cue_is_read_past() {
        let text = "Ana Ortiz, who has campaigned heavily for the mayor since she suspended her own campaign \
                    for the council in February, blasted the plan as a “disgrace” on Monday.";
        assert_eq!(speakers(text), ["Ana Ortiz"]);
    }

    #[test]
    fn a_cue_that_is_also_a_plural_noun_is_a_verb_after_a_relative_pronoun() {
        for (text, mention, speaker) in [
            (
                "The release linked to the Gazette report, which notes, “Half of the donors met the mayor.”",
                "which",
                "the Gazette report",
            ),
            (
                "The release quoted Ana Ortiz, who calls the plan “a disgrace.”",
                "who",
                "Ana Ortiz",
            ),
        ] {
            let found = who(text);
            assert_eq!(
                (found[0].1.as_str(), found[0].0.as_str()),
                (mention, speaker),
                "{text}"
            );
        }
    }

    #[test]
    fn a_relative_pronoun_is_the_subject_and_stands_for_the_phrase_before_it() {
        // The mention is the pronoun, the speaker the name before the comma.
        let text = "The hearing ran late. Bo Lind spoke to Ana Ortiz, who said the ferry was “a lifeline.”";
        assert_eq!(who(text)[0].0, "Ana Ortiz");
        assert_eq!(who(text)[0].1, "who");
        // An institution with `which`, past a party in brackets for a person.
        let text = "The numbers came from the harbour board, which reported “a record season.”";
        assert_eq!(who(text)[0].1, "which");
        assert_eq!(who(text)[0].0, "the harbour board");
        let text = "Bo Lind praised Sen. Ana Ortiz (D-Maine), who called the bill “overdue.”";
        assert_eq!(speakers(text), ["Ana Ortiz"]);
        // The head of the phrase before the comma: not a preposition's object, and the name
        // a description stands beside.
        let text = "Bo Lind praised Sen. Ana Ortiz of Maine, who called the bill “overdue.”";
        assert_eq!(speakers(text), ["Ana Ortiz"]);
        let text = "The bill passed after a talk with Bo Lind, the mayor’s spokesman, who said the bill \
                    was “long overdue.”";
        assert_eq!(speakers(text), ["Bo Lind"], "{:?}", who(text));
        // A title in quotation marks is no phrase a relative pronoun stands for.
        let text = "The studio remade “Night Ferry,” which premiered in May.";
        assert_eq!(who(text)[0].1, "");
        // Not after a preposition: `in which` is no subject.
        let text = "Ana Ortiz wrote a letter, in which she called the bill “overdue.”";
        assert_eq!(who(text)[0].1, "she");
    }

    #[test]
    fn a_verb_in_the_present_after_the_opening_subject_makes_it_the_speaker() {
        // `present-after-the-subject`.
        for (text, mention) in [
            (
                "The campaign ran a new ad on Monday. The ad targets a “rigged system that keeps the rich rich.”",
                "The ad",
            ),
            (
                "The letter accuses the harbour board of “putting profit before safety.”",
                "The letter",
            ),
        ] {
            assert_eq!(who(text)[0].1, mention, "{text}: {:?}", who(text));
        }
        // An adverb in `-s` is no verb.
        let text = "The board always “puts the harbour first,” the mayor wrote.";
        assert_eq!(who(text)[0].1, "the mayor", "{:?}", who(text));
    }

    #[test]
    fn appositive_between_name_and_cue() {
        let text = "Patrick Ryder, press secretary for the Department of Defense, said Tuesday that “it’s a little bit of gaslighting there.”";
        assert_eq!(speakers(text), ["Patrick Ryder"]);
    }

    #[test]
    fn an_opening_phrase_does_not_hide_a_named_subject_before_its_relative_clause() {
        for (text, speaker) in [
            (
                "Later on the same show, Sen. Ana Ortiz (D-Mo.), who has endorsed Lind, said the race \
                 made her a “stronger” candidate.",
                "Ana Ortiz",
            ),
            (
                "In a call with reporters, Col. Bo Lind, a military spokesman in Basra, said, “A raid \
                 is a combat operation.”",
                "Bo Lind",
            ),
        ] {
            assert_eq!(who(text)[0].1, speaker, "{text}");
        }
    }

    #[test]
    fn a_party_and_state_or_a_state_abbreviation_in_an_appositive_is_no_speaker() {
        for (text, speaker) in [
            (
                "On the show, Sen. Ana Ortiz, R-Ariz., said the plan was “wildly inaccurate.”",
                "Ana Ortiz",
            ),
            (
                "Bo Lind, 22, of Flint, Mich., said he had not given up on a “surprise” at the vote.",
                "Bo Lind",
            ),
        ] {
            assert_eq!(speakers(text), [speaker], "{text}");
        }
    }

    #[test]
    fn party_and_state_in_brackets_stand_between_name_and_cue() {
        assert_eq!(
            speakers("Sen. Ann Lee (D-Mo.) said “the harbour needs it.”"),
            ["Ann Lee"]
        );
    }

    #[test]
    fn a_state_after_a_city_is_no_appositive() {
        let text = "Ortiz, during a town hall in Springfield, Ohio, said she would “close the old harbour.”";
        assert_eq!(speakers(text), ["Ortiz"]);
        let text = "Der Vorsitzende des Verbands in Deutschland, Michael Knipper, kritisierte das scharf: „Das ist falsch.“";
        assert_eq!(speakers(text), ["Michael Knipper"]);
    }

    #[test]
    fn descriptions_in_apposition_lead_back_to_the_name() {
        let text =
            "Jean Roux, the mayor of Nantes, a member of the harbour board, said the plan was “a disgrace.”";
        assert_eq!(speakers(text), ["Jean Roux"]);
    }

    #[test]
    fn age_origin_and_party_in_apposition_lead_back_to_the_name() {
        let text = "Dan Osei, 22, of Flint, Michigan, said the vote was “a surprise.”";
        assert_eq!(speakers(text), ["Dan Osei"]);
        // A party and state tag is no name.
        let text = "Ann Lee, R-Ariz., said the vote was “a surprise.”";
        assert_eq!(speakers(text), ["Ann Lee"]);
        let text = "Dan Osei, 22, of Flint, said the vote was “a surprise.”";
        assert_eq!(speakers(text), ["Dan Osei"]);
        let text = "Sen. Ann Lee (D-Mo.), who backs the port, said it was “a good day.”";
        assert_eq!(speakers(text), ["Ann Lee"]);
    }

    #[test]
    fn an_auxiliary_before_a_name_makes_no_passive() {
        let text = "Another would be a leadership PAC, while a third would be what Ortiz called a “let a \
                    thousand flowers bloom” approach.";
        assert_eq!(speakers(text), ["Ortiz"]);
    }

    #[test]
    fn sentence_subject_without_a_cue_verb() {
        let text =
            "Another critic, Laurence H. Tribe, likened the rules to “burning the Constitution” last year.";
        assert_eq!(speakers(text), ["Laurence H. Tribe"]);
    }

    #[test]
    fn a_dateline_with_its_date_and_agency_is_read_past() {
        let text = "LIMA, May 4 (AP) — The harbour board released a statement on Monday, offering \
                    “a full and open apology” to the pilots.";
        assert_eq!(who(text)[0].1, "The harbour board");
    }

    #[test]
    fn a_participle_after_a_dateline_and_an_irregular_verb_takes_the_sentences_subject() {
        let text = "LIMA ― Mayor Ana Ortiz made her first visit to the port on Monday, meeting the pilot \
                    Rosa Diaz and calling the new harbour tax “a burden on every family.”";
        assert_eq!(speakers(text), ["Ana Ortiz"]);
    }

    #[test]
    fn a_long_opening_phrase_does_not_hide_the_sentence_subject() {
        let text = "During a long speech at the harbour earlier in the day, Osei attacked Lind over the port and the bridge, saying, “She has failed the city.”";
        assert_eq!(speakers(text), ["Osei"]);
    }

    #[test]
    fn a_long_phrase_opening_with_outside_or_amid_comes_before_the_subject() {
        let text = "Outside the old sports arena in downtown Dover, Ortiz met voters, saying, “We will win.”";
        assert_eq!(speakers(text), ["Ortiz"]);
    }

    #[test]
    fn two_opening_phrases_do_not_hide_the_sentence_subject() {
        let text = "On Thursday, after staying neutral for months in the race, Ortiz met the press and \
                    endorsed Lind, saying, “She is ready for the job.”";
        assert_eq!(speakers(text), ["Ortiz"]);
        // A pronoun after the first phrase is the subject already.
        let text = "Meanwhile, it attacked Lind, saying she “has failed the city.”";
        assert_ne!(speakers(text), ["Lind"]);
    }

    #[test]
    fn a_participle_phrase_and_a_place_with_its_state_open_the_sentence() {
        let text = "Addressing a town hall in Dover, Delaware, Ortiz went after Lind, calling her “a \
                    total failure.”";
        assert_eq!(speakers(text), ["Ortiz"]);
        let text = "Speaking at a town hall in Dover, Ortiz went after Lind, calling her “a total failure.”";
        assert_eq!(speakers(text), ["Ortiz"]);
    }

    #[test]
    fn an_adverbial_between_a_filler_and_the_verb_is_read_past() {
        let text = "The vote is on Monday.\n\nAna Ortiz, who has in the past described the plan as “a \
                    blank cheque,” will lead the opposition.";
        assert_eq!(who(text)[0].1, "who");
        assert_eq!(speakers(text), ["Ana Ortiz"]);
    }

    #[test]
    fn a_german_appositive_runs_over_its_relative_clause() {
        let text = "Die Abgeordneten schrieben einen Brief. Jonas Berg, einer der Abgeordneten, die den Brief \
                    unterschrieben, verurteilte die Haltung der Regierung. „Diese Regierung hat große Fehler \
                    gemacht.“";
        assert_eq!(speakers(text), ["Jonas Berg"]);
    }

    #[test]
    fn german_attributes_before_an_appositive() {
        let text = "Die Debatte geht weiter. Der Sprecher der Fraktion im Landtag, Karl Brandt, will \
                    „in den kommenden Wochen prüfen“, ob ein Verbot kommt.";
        assert_eq!(who(text)[0].1, "Der Sprecher", "{:?}", who(text));
    }

    #[test]
    fn a_german_adverb_between_the_subject_and_its_verb() {
        let text = "Die Lage ist ernst. Die Anwohner dagegen meinen, die Stadt trage die „volle Schuld“ \
                    an dem Unglück.";
        assert_eq!(who(text)[0].1, "Die Anwohner", "{:?}", who(text));
    }

    #[test]
    fn a_german_clause_before_a_comma_opens_the_sentence_and_the_subject_follows_the_verb() {
        let text = "Die Schulen sollen länger öffnen. Um dafür Zeit zu finden, will Jonas Brandt die \
                    Lehrpläne kürzen. „Nicht jeder Stoff muss in der Schule gelernt werden.“";
        assert_eq!(speakers(text), ["Jonas Brandt"], "{:?}", who(text));
    }

    #[test]
    fn a_german_thing_opening_the_sentence_speaks_only_through_a_cue() {
        // `a-thing-speaks-only-through-a-cue`.
        for text in [
            "Die Brücke ist seit Jahren gesperrt. Der Plan bleibt „ein Versprechen ohne Geld“ für die Stadt.",
            "Im Dorf wird gebaut. Die Pflichten der Gemeinde stehen im „Vertrag über die Straßen“ fest.",
        ] {
            assert_eq!(who(text)[0].1, "", "{text}: {:?}", who(text));
        }
        let text = "Die Brücke ist gesperrt. Der Bericht nennt den Plan „ein Versprechen ohne Geld“.";
        assert_eq!(who(text)[0].1, "Der Bericht", "{:?}", who(text));
    }

    #[test]
    fn a_german_pronoun_after_the_verb_is_the_subject_past_an_opening_adverbial() {
        // `german-pronoun-after-the-verb`.
        for text in [
            "Jonas Brandt leitet das Amt. Ursprünglich wollte er „den Hafen bis zum Winter öffnen“.",
            "Jonas Brandt leitet das Amt. Seit dem Sommer vertritt er die These, dass die Brücke „nie \
             hätte gebaut werden dürfen“.",
        ] {
            assert_eq!(who(text)[0].1, "er", "{text}: {:?}", who(text));
            assert_eq!(who(text)[0].0, "Jonas Brandt", "{text}: {:?}", who(text));
        }
        // Not in the passive, nor with a copula: he is what was spoken of.
        for text in [
            "Jonas Brandt leitet das Amt. Danach wurde er als „Verräter der Stadt“ beschimpft.",
            "Jonas Brandt leitet das Amt. Damals war er „der Mann ohne Plan“.",
        ] {
            assert_eq!(who(text)[0].1, "", "{text}: {:?}", who(text));
        }
    }

    #[test]
    fn a_german_genitive_may_hold_a_genitive_of_its_own() {
        let text = "Der Bau beginnt im Mai. Die umweltpolitische Sprecherin der Fraktion der Grünen im \
                    Landtag, Anna Weber, will „noch einmal alles prüfen“, ob die Arbeiten beginnen.";
        assert_eq!(
            who(text)[0].1,
            "Die umweltpolitische Sprecherin",
            "{:?}",
            who(text)
        );
    }

    #[test]
    fn a_german_person_or_institution_opening_the_sentence_speaks_without_a_cue() {
        for (text, mention) in [
            (
                "Die Brücke ist gesperrt. Die Behörde bleibt „sehr besorgt“ über die Lage.",
                "Die Behörde",
            ),
            (
                "Die Brücke ist gesperrt. Die Ministerin hält den Plan für „ein Versprechen ohne Geld“.",
                "Die Ministerin",
            ),
        ] {
            assert_eq!(who(text)[0].1, mention, "{text}: {:?}", who(text));
        }
    }
}
