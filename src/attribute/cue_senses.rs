//! The senses of a word of speech: when a cue verb is used as a verb that reports speech
//! (`Lee fired back`, `führte … aus`), and when it is something else (a noun after a determiner,
//! a German participle used as an adjective, a verb of naming). [`Passage::is_cue`] asks them.

use super::doc::{Passage, SENTENCE_REACH, TokKind, Token};
use super::grammar::{
    COORDINATORS, COPULAS, QUANTIFIER_PRONOUNS, THING_NAMING_VERBS, base, is_count_after_of, is_definite,
    is_determiner, is_possessive, without_possessive,
};
use super::mentions::{Mention, MentionKind};
use crate::lang::Lang;
use crate::lexicon;

impl Passage<'_> {
    /// `a-participle-after-a-copula-is-no-cue`: a German participle in `ge-` of a verb of speech
    /// (`gefragt`, `gelobt`) reports speech in a perfect, with a form of `haben` in its sentence
    /// (`hatte gefragt`, `gefragt habe`). After a form of `sein` or `werden` and with none of
    /// `haben`, it is an adjective or a passive (`waren sehr gefragt`, `wurde gelobt`): its
    /// subject said nothing. A passive with its agent (`wurde von Paul Roth geäußert`) reports
    /// the agent's words.
    pub(super) fn participle_as_adjective(&self, i: usize) -> bool {
        let lower = self.lower(i);
        if !self.profile.verb_second
            || !lower.starts_with("ge")
            || lower.len() < 6
            || !(lower.ends_with('t') || lower.ends_with("en"))
        {
            return false;
        }
        let start = self.sentence_start(i);
        let end = self.sentence_end(i);
        let sein_or_werden =
            |w: &str| COPULAS.contains(w) || lexicon::is_german_passive_marker(w) || w == "worden";
        let haben = |w: &str| lexicon::is_german_auxiliary(w) && !sein_or_werden(w);
        let Some(aux) = (start..i).find(|&j| sein_or_werden(self.lower(j))) else {
            return false;
        };
        // The agent follows the auxiliary or opens the sentence (`Von Roth wurde … geäußert`).
        let by = |j: usize| matches!(self.lower(j), "von" | "vom");
        let agent = by(start) || (aux + 1..i).any(by);
        !(start..=end).any(|j| haben(self.lower(j))) && !agent
    }

    /// `characterises-as`: an English verb that characterises its object as what follows `as`
    /// (`lexicon/en/characterising-verbs.txt`: `referred to the plan as “…”`, `described the
    /// vote as “…”`) reports its subject's words when the quotation follows `as` in the verb's
    /// own clause, past an article or two words of the complement (`as a “…”`, `as the party’s
    /// “…”`), with no comma, colon or semicolon between. Not after an article, possessive or
    /// preposition (`the refer`, `in describing`), and only a finite verb: a participle
    /// (`referring to him as`, `having described it as`) has no subject of its own before it,
    /// and the one the search finds there is as often the main verb's object.
    pub(super) fn characterises_as(&self, i: usize) -> bool {
        const REACH: usize = 10;
        let Some(t) = self.word(i) else {
            return false;
        };
        if self.profile.lang != Lang::English
            || t.capitalized
            || t.lower.ends_with("ing")
            || !self.quote_within(i + 2, i + REACH + 4)
        {
            return false;
        }
        let listed = lexicon::is_english_characterising_verb(t.lower);
        if !(listed || self.past_as_complement(i))
            || (i > 0
                && self.word(i - 1).is_some_and(|p| {
                    is_determiner(p.lower)
                        || is_possessive(p.lower)
                        || self.is_preposition(p.lower)
                        || p.lower == "having"
                }))
        {
            return false;
        }
        let Some(r#as) = (i + 1..self.tokens.len())
            .take(REACH)
            .take_while(|&j| self.same_sentence(i, j) && !self.is_punct(j, &[',', ':', ';']))
            .find(|&j| self.lower(j) == "as")
        else {
            return false;
        };
        // Any other past verb only with an object before `as` (`served as`, `dressed as` take
        // none) and no `such as`, which lists examples.
        if !listed && (r#as == i + 1 || self.lower(r#as - 1) == "such") {
            return false;
        }
        (r#as + 1..self.tokens.len())
            .take(3)
            .find(|&j| self.word(j).is_none())
            .is_some_and(|j| matches!(self.tokens[j].kind, TokKind::Quote(_)))
    }

    /// Whether a quotation stands among tokens `[from, to)`: the quotation `as` introduces lies
    /// at most `REACH` and three tokens on, and a glance at the tokens' kinds settles most words
    /// before any lookup.
    fn quote_within(&self, from: usize, to: usize) -> bool {
        let to = to.min(self.tokens.len());
        self.tokens[from.min(to)..to]
            .iter()
            .any(|t| matches!(t.kind, TokKind::Quote(_)))
    }

    /// `past-verb-as`: any English verb in the past tense (`-ed`, or an irregular past,
    /// `lexicon/en/irregular-pasts.txt`) whose object is followed by `as` and a quotation takes
    /// that quotation as its object's complement (`Lee slammed the deal as “…”`, `Ortiz branded
    /// the plan as “…”`): the words are the verb's subject's, as with a listed characterising
    /// verb. Not after a passive auxiliary (`was branded as “…”`: the one branded is no speaker),
    /// and only with an object between the verb and `as`, which is not `such as` (`served as
    /// “…”`, `searched for words such as “…”` characterise nothing).
    fn past_as_complement(&self, i: usize) -> bool {
        let Some(t) = self.word(i) else {
            return false;
        };
        ((t.lower.len() > 4 && t.lower.ends_with("ed")) || lexicon::is_irregular_past(t.lower))
            && !(i > 0
                && self
                    .word(i - 1)
                    .is_some_and(|p| lexicon::is_passive_marker(p.lower)))
    }

    /// `Lee continues, “…”`, `“…,” Lee admits`: an English present in `-s` whose regular past is
    /// a cue (`lexicon::is_english_present_of_cue`) reports speech after its subject, as the
    /// listed cues that are also plural nouns do; a form that is also a noun for a thing only
    /// after a pronoun or a quotation (`she emails`, `“…,” emails Lee`, not `Clinton emails`).
    pub(super) fn present_of_a_cue(&self, i: usize) -> bool {
        self.profile.lang == Lang::English
            && self
                .word(i)
                .is_some_and(|t| !t.capitalized && lexicon::is_english_present_of_cue(t.lower))
            && self.follows_a_subject(i)
            && !(i > 0
                && self.word(i - 1).is_some_and(|p| {
                    is_determiner(p.lower)
                        || is_possessive(p.lower)
                        // `Clinton emails`, `Obama remarks`: a form that is also a noun for a
                        // thing makes a compound after a name; after a pronoun it is the verb.
                        || (p.capitalized
                            && !lexicon::is_pronoun(p.lower)
                            && lexicon::is_thing_noun(self.lower(i)))
                }))
    }

    /// `Another said`, `…, and one wrote`: a quantifier that opens its clause stands alone for a
    /// noun phrase (`quantifier-subject`), so a cue after it that is no plural noun is its verb,
    /// not a noun it determines (`many claims` stays a noun).
    pub(super) fn quantifier_stands_alone(&self, i: usize) -> bool {
        self.profile.lang == Lang::English
            && i > 0
            && QUANTIFIER_PRONOUNS.contains(self.lower(i - 1))
            && !lexicon::is_also_plural_noun(self.lower(i))
            && (i < 2
                || !self.same_sentence(i - 2, i - 1)
                || self.word(i - 2).is_none_or(|t| COORDINATORS.contains(t.lower)))
    }

    /// `the father of two replied`, `one of several added`: a counting determiner right after
    /// `of` stands for its noun, so a verb in the past after it is no noun.
    pub(super) fn count_closes_a_noun_phrase(&self, i: usize) -> bool {
        let past = |l: &str| l.ends_with("ed") || lexicon::is_irregular_past(l);
        i >= 2
            && self.word(i - 2).is_some()
            && is_count_after_of(self.lower(i - 2), self.lower(i - 1))
            && past(self.lower(i))
    }

    /// German `ist der Meinung`, `war seiner Ansicht`: a form of `sein` before an article or
    /// possessive and a noun for a view (`lexicon/de/opinion-nouns.txt`) says what its subject
    /// holds, as a verb of speech does (`Jonas Brandt ist der Meinung, dass die Pläne „…“`).
    pub(super) fn holds_a_view(&self, i: usize) -> bool {
        self.profile.verb_second
            && COPULAS.contains(self.lower(i))
            && self
                .word(i + 1)
                .is_some_and(|t| is_determiner(t.lower) || lexicon::is_german_article(t.lower))
            && lexicon::is_german_opinion_noun(self.lower(i + 2))
    }

    /// German verbs of judging report the judge's words when the quotation is what they judge:
    /// it stands in the verb's own clause, as its object or complement (`sieht Berg einen
    /// „Angriff auf die Belegschaft“`, `hält die Pläne für „unbezahlbar“`, `die als „sehr
    /// hoch“ eingestuft wird`), with no comma, colon or semicolon between them.
    pub(super) fn judges_a_quotation(&self, i: usize) -> bool {
        const REACH: usize = 12;
        if !self.profile.verb_second
            || !self.word(i).is_some_and(|t| {
                lexicon::is_german_characterising_verb(t.lower) && (!t.capitalized || self.starts_sentence(i))
            })
            || (i > 0
                && self.word(i - 1).is_some_and(|p| {
                    is_determiner(p.lower)
                        || self.is_preposition(p.lower)
                        || lexicon::is_german_preposition(p.lower)
                }))
        {
            return false;
        }
        let in_clause = |j: usize| self.same_sentence(i, j) && !self.is_punct(j, &[',', ':', ';']);
        let quote = |j: usize| matches!(self.tokens[j].kind, TokKind::Quote(_));
        let after = (i + 1..self.tokens.len())
            .take(REACH)
            .take_while(|&j| in_clause(j))
            .any(quote);
        let before = (i.saturating_sub(REACH)..i)
            .rev()
            .take_while(|&j| in_clause(j))
            .any(quote);
        after || before
    }

    /// `as Ana Lee put it, “…”`, `Lee puts it: “…”`: English `put it`, then a comma or colon,
    /// says how someone worded it.
    pub(super) fn puts_it(&self, i: usize) -> bool {
        self.profile.lang == Lang::English
            && matches!(self.lower(i), "put" | "puts")
            && self.lower(i + 1) == "it"
            && self.is_punct(i + 2, &[',', ':'])
    }

    /// `Lee shot back: “…”`, `“…,” Lee fired back.`: an English verb in the past with `back`,
    /// then a comma, colon or full stop or the quotation itself, answers in words: the verb of a
    /// retort, whatever it names otherwise (`hit`, `shot`, `fired`, `pushed`). Not with more of
    /// the clause after `back` (`shot back up`, `fired back at the crowd`).
    pub(super) fn answers_back(&self, i: usize) -> bool {
        self.profile.lang == Lang::English
            && self.lower(i + 1) == "back"
            && self.word(i).is_some_and(|t| {
                !t.capitalized && (t.lower.ends_with("ed") || lexicon::is_irregular_past(t.lower))
            })
            && self.tokens.get(i + 2).is_none_or(|t| {
                matches!(t.kind, TokKind::Quote(_)) || self.is_punct(i + 2, &[',', ':', '.', ';'])
            })
    }

    /// A German cue that reports speech only with its separable particle has it later in its
    /// sentence (`stellte … fest`, `gab … bekannt`, `„…“, fügte er hinzu`), past quotations.
    pub(super) fn has_its_particle(&self, i: usize) -> bool {
        let Some(particles) = lexicon::german_cue_particles(self.lower(i)) else {
            return true;
        };
        (i + 1..self.tokens.len())
            .take(SENTENCE_REACH)
            .take_while(|&j| self.same_sentence(i, j))
            .any(|j| {
                self.word(j)
                    .is_some_and(|t| particles.split(' ').any(|p| p == t.lower))
            })
    }

    /// `a charity called “Smiles for Life”`: a verb of naming right after a common noun and
    /// right before the quotation names a thing; nobody speaks. So does one after a noun
    /// phrase that opens with an indefinite determiner and before a name
    /// (`an-indefinite-noun-called-a-name`: `a super PAC called Citizens First funded by …`,
    /// `an app named Tally`, `a new group called Harbor Watch`): a name is being given, the verb
    /// is a participle (`which is called`), and the noun is no subject. A noun for a person
    /// speaks there as often as it is named (`a senator called Lind a liar`), and stays a
    /// subject.
    pub(super) fn names_a_thing(&self, i: usize) -> bool {
        if !THING_NAMING_VERBS.contains(self.lower(i)) || i == 0 {
            return false;
        }
        let thing = |p: &Token| !lexicon::is_pronoun(p.lower) && !lexicon::is_role_noun(base(p.lower));
        if matches!(self.tokens.get(i + 1).map(|t| t.kind), Some(TokKind::Quote(_))) {
            return self.word(i - 1).is_some_and(|p| !p.capitalized && thing(p));
        }
        self.profile.lang == Lang::English
            && self.word(i + 1).is_some_and(|n| n.capitalized)
            && self.word(i - 1).is_some_and(|p| {
                !lexicon::is_pronoun(p.lower) && !lexicon::is_person_noun(without_possessive(p.lower))
            })
            && (i.saturating_sub(4)..i - 1)
                .rev()
                .take_while(|&k| self.word(k).is_some())
                .find(|&k| is_determiner(self.lower(k)))
                .is_some_and(|k| !is_definite(self.lower(k)))
    }

    /// `by saying`, `by telling`: the gerund of a cue after `by` says how the sentence's subject
    /// did something, in words.
    pub(super) fn by_gerund(&self, i: usize) -> bool {
        i > 0 && self.lower(i - 1) == "by" && self.lower(i).ends_with("ing")
    }

    /// Whether the word before `i` can be a subject: a name, pronoun or role noun
    /// (`CBS News reports`, but not `member states`, `direct demands`); or the verb follows a
    /// quotation, with its subject after it (`“…,” reads the letter`).
    pub(super) fn follows_a_subject(&self, i: usize) -> bool {
        let quote_at = |j: usize| matches!(self.tokens[j].kind, TokKind::Quote(_));
        let after_quote = i > 0
            && self.tokens[i - 1].kind != TokKind::Word
            && (quote_at(i - 1) || (i > 1 && quote_at(i - 2)))
            && self
                .word(i + 1)
                .is_some_and(|t| is_determiner(t.lower) || t.capitalized);
        // `a-relative-pronoun-is-followed-by-its-verb`: `the report, which notes`.
        after_quote
            || (i > 0 && !self.profile.verb_second && self.is_relative_subject(i - 1))
            || i > 0
                && self.word(i - 1).is_some_and(|p| {
                    p.capitalized
                        || lexicon::is_pronoun(p.lower)
                        || lexicon::is_role_noun(base(p.lower))
                        || lexicon::is_document_noun(base(p.lower))
                })
    }

    /// `cue-after-an-appositive`: `Her aide, Ana Ortiz, calls the plan …`, `Bo Lind, a
    /// professor at Lanzhou University, notes …`: a listed cue that is also a plural noun, after
    /// the comma that closes an appositive, follows the subject the appositive describes, as it
    /// does right after a name; the subject is read back past the appositive as for any cue. A
    /// present formed by rule (`continues`) is not read so: it reports speech less often than
    /// it says what someone keeps doing (`Seoul, …, continues to balance`).
    pub(super) fn follows_an_appositive(&self, i: usize) -> bool {
        self.profile.lang == Lang::English
            && i > 1
            && self.is_punct(i - 1, &[','])
            && self.word(i).is_some_and(|t| !t.capitalized)
            && self
                .subject_before(i, self.sentence_start(i))
                .is_some_and(|m| !matches!(m.kind, MentionKind::Pronoun))
    }

    /// Whether German mention `m` is a description whose head the lexicon knows only as a thing
    /// (`Der Grund`, `die Pläne`), not a person, institution or document.
    pub(super) fn only_a_thing(&self, m: &Mention) -> bool {
        let head = self.lower(m.last);
        matches!(m.kind, MentionKind::Description { .. })
            && lexicon::german_noun_head(head) == Some(lexicon::NounHead::Thing)
            && !lexicon::is_german_document_noun(head)
    }
}

#[cfg(test)]
mod tests {
    use crate::attribute::testing::{speakers, who};

    #[test]
    fn a_quotation_after_as_is_the_words_of_who_characterises_it() {
        for (text, speaker, cue) in [
            (
                "Ana Ortiz referred to the mayor as a “reformer.”",
                "Ana Ortiz",
                "referred",
            ),
            (
                "The union dismissed the offer as “an insult” on Friday.",
                "The union",
                "dismissed",
            ),
            (
                "Bo Lind has long described the harbour plan as the city’s “last chance.”",
                "Bo Lind",
                "described",
            ),
        ] {
            let (_, mention, found) = &who(text)[0];
            assert_eq!((mention.as_str(), found.as_str()), (speaker, cue), "{text}");
        }
    }

    #[test]
    fn any_past_verb_with_an_object_then_as_reports_its_subjects_words() {
        // `past-verb-as`: a regular or an irregular past, neither of them listed.
        for (text, speaker, cue) in [
            (
                "The harbour board slammed the ferry timetable as “a shambles.”",
                "The harbour board",
                "slammed",
            ),
            (
                "Bo Lind rebuked the proposal as “reckless” on Monday.",
                "Bo Lind",
                "rebuked",
            ),
            (
                "Ana Ortiz struck the clause down as “unworkable.”",
                "Ana Ortiz",
                "struck",
            ),
        ] {
            let (_, mention, found) = &who(text)[0];
            assert_eq!((mention.as_str(), found.as_str()), (speaker, cue), "{text}");
        }
        // `such as`: the verb reports nothing.
        let text = "The clerks searched the files for words such as “harbour.”";
        assert_ne!(who(text)[0].2, "searched", "{text}");
        // A passive: its subject is what was spoken of, and its agent speaks
        // (`agent-after-the-quotation`).
        let text = "The plan was branded as “reckless” by critics.";
        assert_eq!(who(text)[0].1, "critics", "{text}");
    }

    #[test]
    fn a_verb_that_is_also_a_noun_is_a_cue_after_a_quotation() {
        let text = "Apple chief Ana Ortiz called the law dangerous.\n\n“We are deeply concerned about the \
                    harm it does to our workers,” reads the letter.";
        assert_eq!(who(text)[0].1, "the letter", "{:?}", who(text));
        // Not when a clause of its own follows (`insists he'll …`).
        let text = "The front-runner, who called them “rapists,” insists he'll make Peru pay.";
        assert_ne!(who(text)[0].1, "Peru", "{:?}", who(text));
    }

    #[test]
    fn a_count_after_of_ends_the_noun_phrase_before_a_past_verb() {
        let text = "The club met on Monday.\n\n“We stand by the report,” the father of two replied.";
        assert_eq!(who(text)[0].1, "the father", "{:?}", who(text));
        let text = "The club met on Monday.\n\nLater, the father of two replied: “We stand by the report.”";
        assert_eq!(who(text)[0].1, "the father", "{:?}", who(text));
        // A noun after the count is still a noun (`a copy of two reports`).
        let text = "Ana Ortiz read out a summary of two reports. “The plan is sound,” she said.";
        assert_eq!(speakers(text), ["Ana Ortiz"]);
    }

    #[test]
    fn by_and_the_gerund_of_a_cue_report_the_subjects_words() {
        let text = "Senator Bo Lind distanced himself from the group by saying “he would help if asked.”";
        assert_eq!(speakers(text), ["Bo Lind"]);
        let text = "Mayor Ana Ortiz surprised the council by saying she would resign. “I am going to leave \
                    this office with my head held high.”";
        assert_eq!(speakers(text), ["Ana Ortiz"]);
    }

    #[test]
    fn third_person_and_ing_forms_of_cue_verbs_are_cues() {
        let text = "The council met on Monday. Mayor Ana Ortiz left the hall early, conceding “we lost this \
                    vote fair and square.”";
        assert_eq!(
            who(text)[0],
            ("Ana Ortiz".into(), "Ana Ortiz".into(), "conceding".into())
        );
        let text =
            "The council met on Monday. Bo Lind cites the “union placards carried by marchers” as proof.";
        assert_eq!(speakers(text), ["Bo Lind"]);
    }

    #[test]
    fn a_thing_called_something_is_named_not_quoted() {
        let text = "The filing accuses the Linds of booking dental work as a gift to a charity called \
                    “Smiles for Life” and theatre tickets as an event for “Republican women.”";
        assert_eq!(speakers(text), ["", ""], "{:?}", who(text));
        // A speaker who calls something so is still a speaker.
        let text = "Senator Ana Ortiz called “the whole filing a disgrace” on Monday.";
        assert_eq!(speakers(text), ["Ana Ortiz"]);
        // `an-indefinite-noun-called-a-name`: a name given after an indefinite noun phrase.
        let text = "“They spend against me,” Ana Ruiz said, naming a new group called Citizens First \
                    funded by two donors. “So they fear me.”";
        assert_eq!(speakers(text), ["Ana Ruiz", "Ana Ruiz"], "{:?}", who(text));
        let text = "“We will win,” Ana Ruiz said. A lawmaker called Ruiz “a fraud” on Monday.";
        assert_eq!(who(text)[1].1, "A lawmaker", "{:?}", who(text));
    }

    #[test]
    fn verbs_of_manner_of_speaking_are_cues() {
        assert_eq!(
            speakers("“They would have gone to the bill,” Ortiz fumed on Tuesday."),
            ["Ortiz"]
        );
    }

    #[test]
    fn cues_of_jokes_echoes_and_mockery() {
        assert_eq!(speakers("Dan Osei jokes, “The line never ends!”"), ["Dan Osei"]);
        assert_eq!(
            speakers("“The bridge will stand,” Ana Ortiz echoed."),
            ["Ana Ortiz"]
        );
        assert_eq!(
            speakers("Bo Lind mocks the plan as “a bridge to nowhere.”"),
            ["Bo Lind"]
        );
    }

    #[test]
    fn a_participle_after_a_comma_inside_a_closing_mark_takes_the_sentence_subject() {
        let text = "Ortiz needled the KTV “reporter,” saying, “A reporter who posts on request!”";
        assert_eq!(speakers(text)[1], "Ortiz");
    }

    #[test]
    fn german_advice_and_rejoinders_are_cues() {
        let text = "Die Lage bleibt unklar. Das Außenministerium rät dazu, „nicht notwendige Reisen in das \
                    Land zu verschieben“.";
        assert_eq!(who(text)[0].1, "Das Außenministerium");
        let text = "Die Debatte war hitzig. Danach entgegnete Jana Roth empört: „Das lassen wir so nicht \
                    stehen, das ist schlicht falsch.“";
        assert_eq!(speakers(text), ["Jana Roth"]);
    }

    #[test]
    fn a_german_verb_of_judging_reports_the_quotation_it_judges() {
        let text = "Der Streit um das Werk geht weiter. In dem neuen Tarifvertrag sieht Jonas Brandt \
                    einen „Schlag gegen alle Beschäftigten“.";
        assert_eq!(who(text)[0].0, "Jonas Brandt", "{:?}", who(text));
        let text = "Die Pläne liegen vor. Die Ärztekammer hält die Reform für „kaum bezahlbar“.";
        assert_eq!(who(text)[0].1, "Die Ärztekammer", "{:?}", who(text));
        // Passive: the agent nearest the participle judges.
        let text = "Es ist trocken. Die Gefahr von Bränden wird vom Landesamt als „sehr ernst“ \
                    eingestuft.";
        assert_eq!(who(text)[0].1, "Landesamt", "{:?}", who(text));
    }

    #[test]
    fn a_german_verb_of_judging_in_another_clause_reports_nothing() {
        let text = "Die Feier beginnt. „Freude schöner Götterfunken“ singen die Gäste im Saal, Jonas \
                    Brandt sieht das anders.";
        assert_ne!(who(text)[0].0, "Jonas Brandt", "{:?}", who(text));
    }

    #[test]
    fn a_participle_after_a_copula_is_no_cue() {
        // `a-participle-after-a-copula-is-no-cue`: an adjective, not a perfect.
        let text =
            "Die Lage in Kiel ist ruhig.\n\nDie neuen Karten waren sehr gefragt: „Alle sind verkauft.“";
        assert_eq!(who(text)[0].2, "", "{:?}", who(text));
        // With `haben` it is a verb of speech, before or after the participle.
        let text =
            "Die Lage in Kiel ist ruhig.\n\nDer Bürgermeister Jonas Berg hatte gefragt: „Wer zahlt das?“";
        assert!(who(text)[0].0.ends_with("Jonas Berg"), "{:?}", who(text));
        // A passive with its agent reports the agent's words.
        let text = "Die Lage in Kiel ist ruhig. Es wurde von Jonas Berg die Sorge geäußert, die Stadt \
                    brauche „mehr Geld für alle“.";
        assert!(who(text)[0].0.ends_with("Jonas Berg"), "{:?}", who(text));
        let text = "Die Lage in Kiel ist ruhig. Von Jonas Berg wurde die Sorge geäußert, die Stadt \
                    brauche „mehr Geld für alle“.";
        assert!(who(text)[0].0.ends_with("Jonas Berg"), "{:?}", who(text));
    }

    #[test]
    fn a_german_view_is_held_like_a_verb_of_speech() {
        let text = "Das Gutachten liegt vor, und Jonas Brandt ist der Meinung, dass die Pläne „völlig \
                    überzogen“ sind.";
        assert_eq!(who(text)[0].0, "Jonas Brandt", "{:?}", who(text));
        let text = "Der Streit geht weiter. Jonas Brandt vom Landesverband ist der Meinung, dass die \
                    Pläne „völlig überzogen“ sind.";
        assert_eq!(who(text)[0].2, "ist", "{:?}", who(text));
    }

    #[test]
    fn german_accusations_are_cues() {
        let text = "Sie warf der Regierung vor, die Lage auszunutzen, um diese „massiven Einschnitte“ zu \
                    beschließen.";
        assert_eq!(who(text)[0].1, "Sie", "{:?}", who(text));
    }

    #[test]
    fn a_german_weak_verb_is_a_cue_in_every_person() {
        let text = "Die Lage ist ernst. Die Richter äußerten „gravierende Bedenken“ gegen das Gesetz.";
        assert_eq!(who(text)[0].1, "Die Richter");
        let text = "Die Lage ist ernst.\n\n„Die Koalition bricht ihre Versprechen“, meinen die beiden \
                    Abgeordneten Jan Ott und Eva Roth.";
        assert!(who(text)[0].1.contains("Jan Ott"), "{:?}", who(text));
    }

    #[test]
    fn a_german_particle_verb_reports_speech_only_with_its_particle() {
        let text = "Die Lage ist ernst. Danach stellten die Forscher fest: „Die Zahlen sind nur eine \
                    grobe Schätzung der Kosten.“";
        assert_eq!(who(text)[0].1, "die Forscher");
        // Without its particle `stellten` is no cue; the clause's colon still introduces the
        // quotation, and `german-colon-clause` gives it the clause's subject.
        let text = "Die Lage ist ernst. Danach stellten die Forscher die Zahlen so dar: „Die Zahlen sind \
                    nur eine grobe Schätzung der Kosten.“";
        assert_eq!(who(text)[0].2, ":", "{:?}", who(text));
    }

    #[test]
    fn fuehrte_aus_reports_speech_with_its_particle() {
        let text = "Die Lage ist ernst.\n\n„Der Name zeigt, wie wichtig die Anlage ist“, führte er \
                    gegenüber der Zeitung aus.";
        assert_eq!(who(text)[0].1, "er");
    }

    #[test]
    fn a_fixed_phrase_of_a_verb_and_a_noun_reports_speech() {
        let text = "Die Lage ist ernst. Am Abend nahm auch der Bürgermeister Jonas Berg zu der Frage \
                    Stellung. Jeder Bürger könne „sein Geld jetzt zurückfordern“.";
        assert!(who(text)[0].0.ends_with("Jonas Berg"), "{:?}", who(text));
        // Without its noun the verb reports nothing.
        let text = "Die Lage ist ernst. Am Abend nahm auch der Bürgermeister Jonas Berg an der Sitzung \
                    teil. Jeder Bürger könne „sein Geld jetzt zurückfordern“.";
        assert_ne!(who(text)[0].0, "Jonas Berg", "{:?}", who(text));
    }

    #[test]
    fn verbs_of_emphasis_and_recollection_report_with_their_particle() {
        let text = "Die Lage ist ernst.\n\n„Wir wurden lange belächelt“, erinnerte sich Jonas Brandt.";
        assert_eq!(who(text)[0].1, "Jonas Brandt", "{:?}", who(text));
        let text = "Die Lage ist ernst.\n\n„Das Werk bleibt offen“, hob die Sprecherin hervor.";
        assert_eq!(who(text)[0].1, "die Sprecherin", "{:?}", who(text));
        // Without its particle the verb reports nothing.
        let text = "Die Lage ist ernst.\n\n„Das Werk bleibt offen“, hob die Sprecherin die Hand.";
        assert_ne!(who(text)[0].2, "hob", "{:?}", who(text));
    }

    #[test]
    fn a_verb_and_the_word_that_ends_a_phrase_of_speech() {
        let text = "Die Lage ist ernst.\n\n„Wir helfen, wo wir können“, ließ eine Sprecherin der Stadt \
                    verlauten.";
        assert_eq!(who(text)[0].1, "eine Sprecherin", "{:?}", who(text));
        let text = "Die Lage ist ernst. Die Kammer machte klar, dass „die meisten Zeugen“ gehört wurden.";
        assert_eq!(who(text)[0].1, "Die Kammer", "{:?}", who(text));
    }

    #[test]
    fn an_english_present_of_a_listed_past_is_a_cue() {
        let text =
            "The council met on Monday.\n\nMayor Ana Ortiz continues: “We will keep the library open.”";
        assert_eq!(who(text)[0].2, "continues", "{:?}", who(text));
        let text = "The council met on Monday.\n\n“The budget is tight,” Ana Ortiz cautions.";
        assert_eq!(who(text)[0].2, "cautions", "{:?}", who(text));
        // A form that is also a noun for a thing, after a name, is a compound noun.
        let text = "The council met on Monday.\n\nThe agency marked 22 Ortiz emails “top secret” on Friday.";
        assert_ne!(who(text)[0].2, "emails", "{:?}", who(text));
        let text = "The council met on Monday.\n\nThen she emails: “The vote is on.”";
        assert_eq!(who(text)[0].2, "emails", "{:?}", who(text));
    }

    #[test]
    fn a_past_verb_with_back_answers_in_words() {
        let text = "The council met on Monday.\n\n“You had four years,” Ana Ortiz said. “We had a war,” \
                    Bo Lind shot back.";
        assert_eq!(
            who(text)[1],
            ("Bo Lind".into(), "Bo Lind".into(), "shot".into()),
            "{:?}",
            who(text)
        );
        let text = "The council met on Monday.\n\nAfter Ana Ortiz spoke, Bo Lind fired back: “We had a war.”";
        assert_eq!(who(text)[0].2, "fired", "{:?}", who(text));
        // More of the clause after `back` makes it no retort.
        let text = "The council met on Monday.\n\n“We had a war,” Bo Lind came back up the stairs.";
        assert_ne!(who(text)[0].2, "came", "{:?}", who(text));
    }
}
