//! Cues: the verbs and phrases that report speech (`said`, `according to`, `laut`), told once a
//! token, and the reading of a stretch of a sentence for a cue and its speaker that several rules
//! share. Which senses of a cue word report speech is `cue_senses`.

use super::doc::{Passage, Told};
use super::grammar::{COORDINATORS, PARTICIPLE_SUBJECT_PREPOSITIONS, base, is_determiner, is_possessive};
use super::mentions::{Mention, MentionKind};
use super::rules::Hit;
use crate::lang::Lang;
use crate::lexicon;

impl<'a> Passage<'a> {
    /// A cue verb used as a verb: lower case (`the United States` is no cue) and not the noun
    /// after a determiner or preposition (`the claims`, `direct demands from`). A counting
    /// determiner after `of` ends its noun phrase (a count closes a noun phrase): a past form
    /// after it is the verb (`the father of two replied`).
    pub(super) fn is_cue(&self, i: usize) -> bool {
        let Some(told) = self.cues.get(i) else {
            return self.reads_as_cue(i);
        };
        match told.get() {
            Told::Yes => true,
            Told::No => false,
            Told::NotYet => {
                let cue = self.reads_as_cue(i);
                told.set(if cue { Told::Yes } else { Told::No });
                cue
            }
        }
    }

    /// [`Passage::is_cue`], read from the words each time.
    fn reads_as_cue(&self, i: usize) -> bool {
        let verb = (self.word(i).is_some_and(|t| {
            // German forms by rule and particle verbs are asked of German text only.
            (lexicon::is_cue_verb(t.lower)
                || (self.profile.verb_second
                    && (lexicon::is_german_weak_plural(t.lower)
                        || lexicon::german_cue_particles(t.lower).is_some())))
                && (!t.capitalized || self.starts_sentence(i))
        }) && (!lexicon::is_also_plural_noun(self.lower(i))
            || self.follows_a_subject(i)
            || self.follows_an_appositive(i))
            || self.present_of_a_cue(i))
            && !(i > 0
                && self.word(i - 1).is_some_and(|p| {
                    (is_determiner(p.lower)
                        && !self.count_closes_a_noun_phrase(i)
                        && !self.quantifier_stands_alone(i))
                        || (is_possessive(p.lower) && !lexicon::is_pronoun(base(p.lower)))
                        || (self.is_preposition(p.lower) && !self.by_gerund(i))
                }));
        (verb
            && !self.names_a_thing(i)
            && self.has_its_particle(i)
            && !self.participle_as_adjective(i)
            && !self.ends_a_time_clause(i))
            || self.is_according_to(i)
            || self.puts_it(i)
            || self.answers_back(i)
            || self.judges_a_quotation(i)
            || self.characterises_as(i)
            || self.holds_a_view(i)
    }

    /// The cue at token `i` as an attribution shows it: `said`, `according to`, `nach Angaben`.
    pub(super) fn cue_text(&self, i: usize) -> String {
        match self.lower(i) {
            "according" => "according to".to_string(),
            "nach" => format!(
                "nach {}",
                self.lower(self.german_account_after(i).unwrap_or(i + 1))
            ),
            other => other.to_string(),
        }
    }

    /// Cues in tokens `[from, to)`, nearest to `to` first; the first one with a speaker wins, and
    /// failing that, the nearest name before the nearest cue.
    pub(super) fn cue_in_range(&self, from: usize, to: usize) -> Option<Hit> {
        let cues: Vec<usize> = (from..to).rev().filter(|&i| self.is_cue(i)).collect();
        for &k in &cues {
            // `sagte die Kanzlerin einigen Teilnehmern zufolge: „…“`: who passed the words on
            // yields to a verb of speech with its own subject.
            if self.lower(k) == "zufolge"
                && cues.iter().any(|&c| {
                    !self.is_according_to(c)
                        && (!self.profile.verb_second
                            || self
                                .german_speaker(c, from, to)
                                .is_some_and(|m| !self.only_a_thing(&m)))
                })
            {
                continue;
            }
            if self.is_according_to(k) {
                if let Some(m) = self.according_to_source(k).filter(|m| m.last < to) {
                    return Some(self.hit(m, k));
                }
                continue;
            }
            // Verb second: the speaker may stand before the verb or after it, and the clause is
            // read whole.
            if self.profile.verb_second {
                match self
                    .german_speaker(k, from, to)
                    .or_else(|| self.german_shared_subject(k, from))
                {
                    // `a-thing-yields-to-a-named-source`: a thing the lexicon knows for no person,
                    // institution or document is a verb's subject as often as a participle is
                    // read for a verb (`Grund waren dem Bericht zufolge nicht näher bezeichnete
                    // „…“`): a source named by `zufolge`, `laut` or `nach Angaben` in the range
                    // speaks instead.
                    Some(m) if self.only_a_thing(&m) && cues.iter().any(|&c| self.is_according_to(c)) => {
                        continue;
                    }
                    Some(m) => return Some(self.hit(m, k)),
                    None => continue,
                }
            }
            // Adverbs between a verb and what stands before it (`and later said`, `Trump
            // reportedly yelling`).
            let before = if k > from && self.is_verb_filler(self.lower(k - 1)) {
                self.skip_back(k, from, |l| self.is_verb_filler(l))
            } else {
                k
            };
            let participle = self.lower(k).ends_with("ing");
            // `footage of Hillary Clinton asking, “…”`: the name right before a participle says
            // it, even as the object of `of` or `with`; after another preposition it is a place
            // or a medium (`on Facebook writing`), and the participle's subject is the sentence's.
            let name_before = participle
                .then(|| self.mention_ending_at(before.checked_sub(1)?))
                .flatten()
                .filter(|m| matches!(m.kind, MentionKind::Name { .. }) && m.first >= from);
            let after_place = name_before.as_ref().is_some_and(|m| {
                self.profile.lang == Lang::English
                    && m.first > from
                    && self.is_preposition(self.lower(m.first - 1))
                    && !PARTICIPLE_SUBJECT_PREPOSITIONS.contains(self.lower(m.first - 1))
            });
            // `…, though he used stronger language, saying “…”`, `with protesters chanting “…”`.
            if participle && let Some(m) = self.nearer_participle_subject(k, before, from) {
                return Some(self.hit(m, k));
            }
            if before > from
                && ((participle
                    && (self.comma_before(k) || after_place || self.participle_after_a_subordinator(before)))
                    || COORDINATORS.contains(self.lower(before - 1))
                    || self.by_gerund(k))
                && let Some(Hit { mention: m, .. }) = self.subject_of_sentence(to)
            {
                // `Trump attacked Clinton …, saying “…”`, `Carson took the stage in Baltimore and
                // called …`: the participle's or second verb's subject is the sentence's.
                return Some(self.hit(m, k));
            }
            if participle && let Some(m) = self.participle_clause_subject(k, before, from) {
                return Some(self.hit(m, k));
            }
            if let Some(m) = name_before.filter(|_| !after_place) {
                return Some(self.hit(m, k));
            }
            if !self.is_passive(k)
                && let Some(m) = self.subject_before(k, from)
            {
                return Some(self.hit(m, k));
            }
            // `a-name-after-the-cue-and-a-preposition-is-its-object`: past a time, a name that is
            // a preposition's object is no subject (`stated on live TV, …`); right after the cue
            // it is (`asked Dunn, …`).
            let j = self.skip_forward(k + 1, lexicon::is_time_word);
            if let Some(m) = self
                .mention_starting_at(j)
                .filter(|m| m.last < to && (m.first == k + 1 || self.is_subject(m)))
                && self.is_punct(m.last + 1, &[':', ','])
            {
                return Some(self.hit(m, k));
            }
        }
        // Verb second: a name before the verb that is not its subject is no speaker.
        if self.profile.verb_second {
            return None;
        }
        let &k = cues.iter().find(|&&k| !self.is_according_to(k))?;
        let skip_adjacent = self.is_passive(k);
        let mut i = k;
        while i > from {
            i -= 1;
            let Some(m) = self.mention_ending_at(i) else {
                continue;
            };
            // A passive cue's subject is what was said about, whether right before the verb
            // (`South Korea was warned`) or opening the sentence (`Family bills paid with
            // campaign funds were labeled as …`).
            if (skip_adjacent && (self.adjacent_subject(m.last, k) || self.starts_sentence(m.first)))
                || !self.is_subject(&m)
                || self.is_document(&m)
                || self.object_before_a_participle(k, &m)
            {
                i = m.first;
                continue;
            }
            return Some(self.hit(m, k));
        }
        None
    }

    /// The hit of mention `m` with the cue at token `k`.
    pub(super) fn hit(&self, m: Mention, k: usize) -> Hit {
        Hit {
            mention: m,
            cue: self.cue_text(k),
        }
    }

    /// Reported speech inside reported speech is credited to whoever reports it: in `Trump said
    /// that Clinton once described the deal as “…”`, the quotation comes through Trump.
    ///
    /// Part of the rules `cue-in-clause-before` and `cue-before`. Not in a verb-second language,
    /// whose clauses `german_speaker` reads whole.
    pub(super) fn outer_reporter(&self, hit: Hit) -> Hit {
        let m = &hit.mention;
        // `that` may be left out: `Ann Lee said Bo Lind called the deal “…”`; but a name after
        // its own cue (`said Bo Lind: “…”`) has no cue after it.
        let inner_clause = || {
            self.is_cue(m.first - 1)
                && !self.is_according_to(m.first - 1)
                && self.is_cue(self.skip_forward(m.last + 1, |l| self.is_verb_filler(l)))
        };
        if self.profile.verb_second || m.first < 2 || !(self.lower(m.first - 1) == "that" || inner_clause()) {
            return hit;
        }
        let start = self.sentence_start(m.first);
        // A newsroom passing on what someone said (`CNN reports that Putin added, “…”`) is no
        // reporter of this kind: the words are still Putin's.
        let newsroom =
            |s: &Mention| (s.first..=s.last).any(|i| lexicon::is_not_person_word(base(self.lower(i))));
        let outer = (start..m.first)
            .rev()
            .filter(|&k| self.is_cue(k) && !self.is_according_to(k))
            .find_map(|k| self.subject_before(k, start).map(|s| self.hit(s, k)))
            .filter(|outer| !newsroom(&outer.mention));
        outer.unwrap_or(hit)
    }
}

#[cfg(test)]
mod tests {
    use crate::attribute::testing::{speakers, who};
    #[test]
    fn a_name_after_the_cue_and_a_preposition_is_its_object() {
        let text = "Ana Ruiz spoke on Monday. Her claim, confidently stated on live TV, was that “voters \
                    will learn.”";
        assert_ne!(who(text)[0].1, "TV", "{:?}", who(text));
        let text = "The vote was close. “Why wait?” asked Bo Lind, a pollster. “The polls are clear.”";
        assert_eq!(speakers(text), ["Bo Lind", "Bo Lind"], "{:?}", who(text));
    }

    #[test]
    fn participle_after_a_comma_takes_the_sentence_subject() {
        let text = "Trump attacked Clinton for her record in Iraq and Libya, saying, “She is trigger-happy and unstable.”";
        assert_eq!(speakers(text), ["Trump"]);
    }

    #[test]
    fn telegram_post_with_participle() {
        let text = "Senior official Dmitry Medvedev wasn't so restrained, writing in a Telegram post, “I wonder what they will say.”";
        assert_eq!(speakers(text), ["Dmitry Medvedev"]);
    }

    #[test]
    fn the_name_before_a_participle_speaks_even_after_a_preposition() {
        let text = "The new ad shows footage of Ana Ortiz asking, “Why are we still waiting for the bridge?”";
        assert_eq!(speakers(text), ["Ana Ortiz"]);
        let text = "The ad ends with footage of Ana Ortiz saying during the debate, “That makes me careful,” when Bo Lind attacked her.";
        assert_eq!(speakers(text), ["Ana Ortiz"]);
    }

    #[test]
    fn a_name_after_a_place_preposition_is_no_participles_subject() {
        // `on`, `in`, `at` make the name a medium or a place; the participle is the sentence's.
        let text = "Ortiz answered the question on Facebook writing, “I was wrong about the bridge.”";
        assert_eq!(speakers(text), ["Ortiz"], "{:?}", who(text));
        let text = "Bo Lind toured the port in Kiel saying, “The harbour is safe.”";
        assert_eq!(speakers(text), ["Bo Lind"], "{:?}", who(text));
        // An adverb may stand between the name and its participle.
        let text =
            "At the rally in Lyle, Ohio, fans pushed a reporter, with Ortiz reportedly yelling: “Get out!”";
        assert_eq!(speakers(text), ["Ortiz"], "{:?}", who(text));
    }

    #[test]
    fn an_adverb_between_and_and_the_second_verb_keeps_the_sentence_subject() {
        let text = "Bo Lind brought up the Kiel Harbour fire and later said, “It was the same thing.”";
        assert_eq!(speakers(text), ["Bo Lind"], "{:?}", who(text));
    }

    #[test]
    fn a_name_right_before_the_quotation_after_a_cue_is_what_is_reported_on() {
        let text = "Meanwhile, the Gazette attacked Osei, saying he “has failed the harbour.”";
        assert_ne!(who(text)[0].1, "he");
        assert_eq!(speakers("Osei said Monday, “The harbour is safe.”"), ["Osei"]);
    }

    #[test]
    fn a_second_verb_after_and_takes_the_sentence_subject() {
        let text =
            "Osei walked onto the stage at the Grand Hotel in Kiel and called the port “rotten to the core.”";
        assert_eq!(speakers(text), ["Osei"]);
    }

    #[test]
    fn a_second_verb_after_but_and_a_time_before_the_subject() {
        let text = "Eight years ago, he supported Bo Lind over Ana Ortiz and said, “She has never done \
                    anything for us.”";
        assert_eq!(who(text)[0].1, "he", "{:?}", who(text));
        let text = "She was defending the group against attacks from Ana Ortiz, but admitted “one or two \
                    mistakes” in its work.";
        assert_eq!(who(text)[0].1, "She", "{:?}", who(text));
    }

    #[test]
    fn reported_speech_inside_reported_speech_is_credited_to_the_reporter() {
        let text = "Ann Lee said at a rally in Kiel that Bo Lind once described the harbour deal as “the gold standard” of deals.";
        assert_eq!(speakers(text), ["Ann Lee"]);
        let text =
            "Ann Lee said that Bo Lind, a rival, called the harbour deal “the gold standard” of deals.";
        assert_eq!(speakers(text), ["Ann Lee"]);
        // A newsroom only passes the words on.
        let text = "CNN reports that Bo Lind added, “the harbour deal is the gold standard.”";
        assert_eq!(speakers(text), ["Bo Lind"]);
        // Without the `that` of reported speech, the nearer cue is the speaker's.
        let text = "After Ann Lee spoke, Bo Lind described the harbour deal as “the gold standard” of deals.";
        assert_eq!(speakers(text), ["Bo Lind"]);
        // Unless the reporting verb stands right before the subject, `that` left out.
        let text = "Ann Lee said Bo Lind called on the council to be “closely coordinated.”";
        assert_eq!(speakers(text), ["Ann Lee"]);
        // The words are Bo Lind's: `according to` frames the sentence, and names its source only
        // where the quotation has no speaker of its own (`according-to-in-sentence`).
        let text = "According to the minutes, Bo Lind called on the council to be “closely coordinated.”";
        assert_eq!(speakers(text), ["Bo Lind"]);
        // A name after its own cue is no inner subject.
        let text = "At the hearing Ann Lee spoke first. Then, said Bo Lind: “We are closely coordinated.”";
        assert_eq!(speakers(text), ["Bo Lind"]);
    }

    #[test]
    fn the_subject_opening_a_passive_sentence_is_not_its_speaker() {
        let text = "The filings are out. Family trips paid with public money were labeled as “staff \
                    retreats” in the filings.";
        assert_eq!(speakers(text), [""]);
    }

    #[test]
    fn german_nach_angaben_names_the_source() {
        let text = "Der Streit eskalierte. Nach Angaben der Anwältin Maria Vogt handelte es sich um „eine \
                    ganz normale Auseinandersetzung unter Nachbarn“.";
        assert!(who(text)[0].1.contains("Maria Vogt"), "{:?}", who(text));
    }

    #[test]
    fn nach_ansicht_von_names_the_source() {
        let text = "Die Lage ist ernst. Nach Ansicht von Ministerpräsident Jonas Berg ist das „ein \
                    schwerer Fehler der Regierung“.";
        assert!(speakers(text)[0].ends_with("Jonas Berg"), "{:?}", speakers(text));
    }

    #[test]
    fn a_thing_yields_to_a_named_source() {
        // `a-thing-yields-to-a-named-source`: `bezeichnete` is a participle here, not a verb.
        let text = "Der Flug endete früh. Der Grund für die Landung waren dem Bericht zufolge nicht näher \
                    bezeichnete „technische Probleme“, die zur Rückkehr zwangen.";
        assert_eq!(who(text)[0].2, "zufolge", "{:?}", who(text));
        let text = "Der Flug endete früh. Der Grund für die Landung waren laut Jonas Brandt nicht näher \
                    bezeichnete „technische Probleme“.";
        assert_eq!(who(text)[0].0, "Jonas Brandt", "{:?}", who(text));
        // A document keeps its verb of speech (`Der Bericht nennt …`), and so does a person.
        let text = "Der Flug endete früh. Der Bericht nennt dem Piloten zufolge „technische Probleme“.";
        assert_eq!(who(text)[0].1, "Der Bericht", "{:?}", who(text));
    }
}
