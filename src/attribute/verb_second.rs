//! Clauses of a verb-second language (German): the subject stands before the finite verb or
//! right after it (`Dazu erklärte er:`), a noun phrase after the verb may be its object
//! (`kritisierte die Entscheidung`), and a genitive belongs to the noun before it. The rules
//! call these where `Profile::verb_second` holds; the word lists they read are German.

use super::doc::{Passage, TokKind};
use super::grammar::{
    ACCUSATIVE_ARTICLES, GENITIVE_ARTICLES, GERMAN_COORDINATORS, MASCULINE_NOMINATIVE_ARTICLES,
    NOMINATIVE_PRONOUNS, OBJECT_PRONOUNS, RELATIVE_SUBJECT_PRONOUNS, is_determiner,
};
use super::lexical::is_declined_adjective;
use super::mentions::{Mention, MentionKind};
use crate::lexicon::{self, NounHead};

impl<'a> Passage<'a> {
    /// The speaker of a German cue at `k`, in the clause `from..to`.
    ///
    /// The subject is before the cue when it opens the clause (`Er fuhr fort:`), or stands in
    /// apposition right before it (`Der Vorsitzende, Michael Knipper, kritisierte`); after it
    /// otherwise (`Dazu erklärte er:`), unless what follows is the object (`kritisierte die
    /// Entscheidung`). `zitieren` turns this around: `X zitiert Y mit den Worten` quotes Y, and
    /// `Y wird mit den Worten zitiert` too.
    pub(super) fn german_speaker(&self, k: usize, from: usize, to: usize) -> Option<Mention> {
        let clause_start = (from..k)
            .rev()
            .find(|&j| matches!(self.tokens[j].kind, TokKind::Punct(',' | ':' | ';')))
            .map_or(from, |j| j + 1);
        // The finite auxiliary in second place, when the cue is the participle that ends the
        // clause (`Stoiber hatte die Rolle der Vorsitzenden betont:`, `Seine Werke werden von
        // Kennern als „…“ bezeichnet`).
        let auxiliary = self.german_auxiliary_before(k, clause_start);
        let passive = self.is_passive(k)
            || auxiliary.is_some_and(|a| {
                (lexicon::is_passive_marker(self.lower(a)) || self.perfect_passive(k))
                    && is_participle(self.lower(k))
            });
        if self.lower(k).starts_with("zitier") {
            return if passive {
                // The clause's subject, before the auxiliary or right after it (`wird Watzke
                // wie folgt zitiert`), past `mit den Worten` and `in einer Erklärung`.
                auxiliary
                    .and_then(|a| self.german_subject_around(a, clause_start, k))
                    .or_else(|| self.mention_starting_at(from).filter(|m| !self.german_object(m)))
            } else {
                self.german_quoted_object(k, to)
                    .or_else(|| self.german_subject_after(k, to))
            };
        }
        // `german-passive-verb-last`: a relative or subordinate clause puts the participle and
        // then its passive auxiliary last (`der als „…“ bezeichnet wird`, `die als „…“
        // beschrieben wurden`, `das als „…“ bezeichnet worden war`).
        let passive_last = is_participle(self.lower(k))
            && self.word(k + 1).is_some_and(|t| {
                !t.capitalized && (lexicon::is_german_passive_marker(t.lower) || t.lower == "worden")
            });
        if (passive && auxiliary.is_some()) || passive_last {
            // The passive's subject is what was said about; the speaker is its agent, if named
            // (`von Kennern`, `seitens der Regierung`).
            // The agent nearest the participle (`die Gefahr von Bränden wird vom Wetterdienst als
            // „hoch“ eingestuft`).
            // A clause with its verb last may join two verbs: the passive's agent stands in its
            // own part (`der von der Küste kommt und als „…“ bezeichnet wird`).
            let own_part = if passive_last {
                (clause_start..k)
                    .rev()
                    .find(|&j| GERMAN_COORDINATORS.contains(self.lower(j)))
                    .map_or(clause_start, |j| j + 1)
            } else {
                clause_start
            };
            let agent = (own_part..k)
                .rev()
                .filter(|&j| matches!(self.lower(j), "von" | "vom" | "seitens"))
                .find_map(|j| self.mention_starting_at(j + 1).filter(|m| m.last < k));
            // `german-passive-medium`: with no agent, the medium or document the words were
            // printed in speaks (`In der Zeitung wurde der Plan als „…“ bezeichnet`).
            return agent.or_else(|| {
                (own_part..k)
                    .filter(|&j| matches!(self.lower(j), "in" | "im"))
                    .find_map(|j| {
                        self.mention_starting_at(j + 1)
                            .filter(|m| m.last < k && self.prints_words(m))
                    })
            });
        }
        if let Some(a) = auxiliary {
            // The participle or infinitive ends the clause: what stands right before it is its
            // object, the subject stands before the auxiliary or right after it.
            return self.german_subject_around(a, clause_start, k);
        }
        let before = self
            .subject_before(k, from)
            .filter(|m| !passive && !self.german_object(m) && !self.disagrees_in_number(m, k));
        let appositive = |m: &Mention| {
            matches!(m.kind, MentionKind::Name { .. }) && m.first > from && self.is_punct(m.first - 1, &[','])
        };
        // Verb second: what stands before the verb is one phrase, the subject unless it is an
        // adverb or a prepositional phrase (`Dazu erklärte`, `In Berlin sagte`).
        let opener = self.lower(clause_start);
        if let Some(m) = self.german_relative_subject(k, clause_start) {
            return Some(m);
        }
        // A subordinate clause puts its subject right after the conjunction and its verb last
        // (`indem sie den Aufsichtsrat zum Handeln aufforderte`).
        if lexicon::is_german_subordinator(opener) {
            return self
                .mention_starting_at(clause_start + 1)
                .filter(|m| m.last < k && !self.german_object(m));
        }
        // `german-nominative-pronoun-after-the-verb`: `er`, `ich`, `wir` right after the verb
        // are its subject, whatever phrase stands before it, which is then an object or an
        // adverbial (`Die Arbeit der Koalition lobte er mit den Worten`, `Deren Haltung
        // bezeichnete er als „…“`).
        if !passive
            && let Some(m) = self.german_subject_after(k, to).filter(|m| {
                matches!(m.kind, MentionKind::Pronoun) && NOMINATIVE_PRONOUNS.contains(self.lower(m.first))
            })
        {
            return Some(m);
        }
        // An adverb or adjective the lexicon knows opens the clause as readily as a listed one
        // (`Unterdessen sagte`, `Reflexartig erklärte`).
        let adverb_first =
            lexicon::is_german_adverb(opener) || (clause_start < k && self.opens_with_adverb(clause_start));
        let subject_first =
            !self.is_preposition(opener) && !lexicon::is_german_preposition(opener) && !adverb_first;
        // The adverb or prepositional phrase that opens the clause is never its subject
        // (`Weiter sagte er`, `Gegenüber NDR Info sagte er`), unless a name opens with its
        // particle (`Von der Leyen betonte`).
        let particle = lexicon::is_name_particle(opener) && !adverb_first;
        let before = before.filter(|m| subject_first || particle || m.first != clause_start);
        // A genitive before the verb belongs to the subject before it (`Die Autoren der Studie
        // werfen … vor`), unless the subject follows the verb (`Die Pläne der Regierung
        // bezeichnete er als …`).
        if subject_first
            && !passive
            && let Some(head) = self.mention_starting_at(clause_start)
            && head.last + 1 < k
            && (self.skip_german_genitive(head.last + 1) == k
                || clause_start == from && self.attributes_up_to(&head, k))
            && !self.german_object(&head)
            && !self.german_subject_after(k, to).is_some_and(|m| {
                matches!(m.kind, MentionKind::Pronoun)
                    || MASCULINE_NOMINATIVE_ARTICLES.contains(self.lower(m.first))
            })
        {
            return Some(head);
        }
        let whole_phrase = |m: &Mention| m.last + 1 == k && subject_first;
        // A verb right after a comma follows an appositive that closes the subject (`Wolfgang
        // Wieland, Sprecher für Innere Sicherheit, sprach`).
        let after_appositive = clause_start == k;
        if let Some(m) = before.as_ref().filter(|m| {
            m.first == clause_start || m.first == from || appositive(m) || whole_phrase(m) || after_appositive
        }) {
            return Some(m.clone());
        }
        // The perfect puts the participle last and the auxiliary second (`Der Vater habe darin
        // geschrieben`): the phrase before the auxiliary is the subject.
        if subject_first
            && !passive
            && let Some(m) = self.mention_starting_at(clause_start).filter(|m| {
                m.last + 1 < k
                    && lexicon::is_german_auxiliary(self.lower(m.last + 1))
                    && !self.german_object(m)
            })
        {
            return Some(m);
        }
        // Else the phrase before the verb opens with its subject, however long its attributes
        // (`Sascha Kempf vom Max-Planck-Institut für Kernphysik in Heidelberg erläutert`).
        if subject_first
            && !passive
            && let Some(m) = self.mention_starting_at(clause_start).filter(|m| {
                matches!(m.kind, MentionKind::Name { .. }) && m.last < k && !self.german_object(m)
            })
        {
            return Some(m);
        }
        // `german-number-agreement`: a plural phrase that opens the sentence before a verb in the
        // singular is its object, and the phrase after the verb in a case that can be the
        // nominative is its subject, whatever it names (`Die neuen Pläne beschrieb die Zeitung
        // als „…“`).
        if !passive
            && self
                .mention_starting_at(from)
                .is_some_and(|m| self.disagrees_in_number(&m, k))
            && let Some(m) = self
                .german_subject_after(k, to)
                .filter(|m| !self.in_oblique_case(m) && !self.in_german_prepositional_phrase(m))
        {
            return Some(m);
        }
        // A verb of naming takes its object right after it (`nannte sie „reine Spekulation“`):
        // the speaker is the subject that opens the sentence (`Die CCE … und nannte sie …`).
        if lexicon::is_german_naming_verb(self.lower(k)) {
            // An adverbial phrase opens the clause: the subject follows the verb (`Angesichts
            // dessen nannte Reinhard Jung die Kartoffel „…“`).
            if !subject_first
                && !particle
                && let Some(m) = self
                    .german_subject_after(k, to)
                    .filter(|m| !self.german_object(m))
            {
                return Some(m);
            }
            // … unless the sentence opens with the object and a nominative pronoun follows the
            // verb (`Die Bestrebungen … bezeichnete er als „…“`).
            let nominative = self.german_subject_after(k, to).filter(|m| {
                matches!(m.kind, MentionKind::Pronoun) && NOMINATIVE_PRONOUNS.contains(self.lower(m.first))
            });
            return nominative.or_else(|| {
                self.mention_starting_at(from)
                    .filter(|m| !self.german_object(m) && !self.disagrees_in_number(m, k))
            });
        }
        self.german_subject_after(k, to)
            .filter(|m| !self.german_object(m))
    }

    /// Whether the participle at `k` is followed by `worden`, the participle of the passive's
    /// perfect (`war … bezeichnet worden`).
    fn perfect_passive(&self, k: usize) -> bool {
        self.word(k + 1).is_some_and(|t| t.lower == "worden")
    }

    /// `german-passive-medium`: whether mention `m` is a description of a medium or a document,
    /// where words are printed: its head names an institution (`Zeitung`, `Sender`, by
    /// `lexicon/de/institution-nouns.txt`) or a document (`lexicon/de/document-nouns.txt`). A
    /// name after `in` is as often a place (`In Berlin wurde …`) and is not read so.
    fn prints_words(&self, m: &Mention) -> bool {
        let MentionKind::Description { role, .. } = &m.kind else {
            return false;
        };
        lexicon::german_noun_head(role) == Some(lexicon::NounHead::Institution)
            || lexicon::is_german_document_noun(role)
    }

    /// The finite auxiliary in second place of the clause `clause_start..k` whose last word is
    /// the cue `k` (`hatte … betont:`, `wird … zitiert`, `werden … bezeichnet`): an auxiliary in
    /// lower case, with the cue last in its clause.
    fn german_auxiliary_before(&self, k: usize, clause_start: usize) -> Option<usize> {
        // The participle of the passive's perfect stands last but for `worden` (`war … bezeichnet
        // worden`).
        let end = if self.perfect_passive(k) { k + 2 } else { k + 1 };
        let last_in_clause = self.word(end).is_none_or(|t| {
            t.lower == "und" || t.lower == "oder" || lexicon::is_german_subordinator(t.lower)
        }) || matches!(self.tokens.get(end).map(|t| t.kind), Some(TokKind::Quote(_)));
        if !last_in_clause {
            return None;
        }
        (clause_start + 1..k).take(12).find(|&a| {
            self.word(a).is_some_and(|t| {
                !t.capitalized
                    && (lexicon::is_german_auxiliary(t.lower) || lexicon::is_german_passive_marker(t.lower))
            }) && !self.is_cue(a)
        })
    }

    /// The subject of a clause whose finite auxiliary is at `a` and whose verb at `k` ends it:
    /// the phrase that opens the clause and ends right before the auxiliary, or the one right
    /// after the auxiliary (`Hier hatte Jana Roth betont:`).
    fn german_subject_around(&self, a: usize, clause_start: usize, k: usize) -> Option<Mention> {
        let opener = self.lower(clause_start);
        let adverb_first = lexicon::is_german_adverb(opener)
            || lexicon::is_german_preposition(opener) && !lexicon::is_name_particle(opener)
            || self.opens_with_adverb(clause_start);
        let before = (!adverb_first)
            .then(|| self.mention_starting_at(clause_start))
            .flatten()
            .filter(|m| {
                (m.last + 1 == a || self.skip_german_genitive(m.last + 1) == a) && !self.german_object(m)
            });
        before.or_else(|| {
            self.german_subject_after(a, k)
                .filter(|m| m.last < k && !self.german_object(m))
        })
    }

    /// Whether what stands between noun phrase `head` and the verb at `k` are attributes of its
    /// head, verb second putting one phrase before the verb (`Der Einsatzleiter der Polizei in
    /// Dortmund erklärte`): a genitive or a preposition opens them, and no comma, cue or
    /// auxiliary stands among them. Only for a head the lexicon knows for a person or an
    /// institution.
    fn attributes_up_to(&self, head: &Mention, k: usize) -> bool {
        let first = head.last + 1;
        let speaks = matches!(head.kind, MentionKind::Description { .. })
            && lexicon::german_noun_can_speak(self.lower(head.last));
        speaks
            && k - first <= 8
            && (GENITIVE_ARTICLES.contains(self.lower(first))
                || lexicon::is_german_preposition(self.lower(first)))
            && (first..k).all(|j| {
                self.word(j).is_some_and(|t| {
                    !lexicon::is_german_auxiliary(t.lower) && !lexicon::is_german_subordinator(t.lower)
                }) && !self.is_cue(j)
            })
    }

    /// `german-relative-subject`: a relative clause after a comma, its verb last (`Der Führer
    /// des Landes, der den Sieg als „Fest“ bezeichnete, …`, `Demonstranten, die riefen: „…“`):
    /// the relative pronoun is its subject, unless a pronoun that can only be a subject follows
    /// it, or a capitalised noun that makes the pronoun an article. It stands for the phrase
    /// before the comma (`resolve`).
    fn german_relative_subject(&self, k: usize, clause_start: usize) -> Option<Mention> {
        let verb_last = self.word(k + 1).is_none_or(|t| {
            matches!(t.lower, "und" | "oder") || (!t.capitalized && lexicon::is_german_auxiliary(t.lower))
        });
        let next = self.word(clause_start + 1)?;
        (clause_start > 0
            && clause_start < k
            && verb_last
            && self.is_punct(clause_start - 1, &[','])
            && self.word(clause_start).is_some_and(|t| !t.capitalized)
            && RELATIVE_SUBJECT_PRONOUNS.contains(self.lower(clause_start))
            && !next.capitalized
            && !NOMINATIVE_PRONOUNS.contains(next.lower)
            && !matches!(next.lower, "sie" | "es" | "man"))
        .then_some(Mention {
            kind: MentionKind::Pronoun,
            first: clause_start,
            last: clause_start,
        })
    }

    /// `german-shared-subject`: a verb right after `und`, `sowie` or `oder` with no subject of
    /// its own shares the subject of the clause before (`Am Abend zogen die Demonstranten vor
    /// das Rathaus und riefen „…“`): the phrase that opens the sentence, unless it is an adverb or
    /// a prepositional phrase, else the phrase right after the first verb.
    pub(super) fn german_shared_subject(&self, k: usize, from: usize) -> Option<Mention> {
        if k == 0
            || !matches!(self.lower(k - 1), "und" | "sowie" | "oder")
            || self.word(k).is_none_or(|t| t.capitalized)
        {
            return None;
        }
        let start = self.sentence_start(k).max(from);
        let opener = self.lower(start);
        let phrase_first = self.is_preposition(opener)
            || lexicon::is_german_preposition(opener)
            || lexicon::is_german_adverb(opener)
            || lexicon::is_german_subordinator(opener)
            || self.opens_with_adverb(start);
        if !phrase_first {
            // The subject opens the clause and the verb follows it.
            return self
                .mention_starting_at(start)
                .filter(|m| m.last + 2 < k && self.word(m.last + 1).is_some_and(|t| !t.capitalized))
                .filter(|m| !self.german_object(m));
        }
        // The first verb: the first word in lower case after the opening phrase that no article,
        // preposition or pronoun is; the subject right after it.
        let verb = (start + 1..k - 1).find(|&j| {
            self.word(j).is_some_and(|t| {
                !t.capitalized
                    && !is_determiner(t.lower)
                    && !lexicon::is_german_article(t.lower)
                    && !self.is_preposition(t.lower)
                    && !lexicon::is_german_preposition(t.lower)
                    && !lexicon::is_pronoun(t.lower)
                    && !lexicon::german_word(t.lower).adjective()
            })
        })?;
        let j = self.skip_forward(verb + 1, lexicon::is_time_word);
        self.mention_starting_at(j)
            .filter(|m| m.last + 1 < k && !self.german_object(m))
    }

    /// A noun phrase after a German verb that reads as its object: an accusative article
    /// (`den Vorgang`, `einen Brief`), or an abstract or inanimate head noun (`die Entscheidung`,
    /// `die Bezeichnung`, `der Zeitung`).
    pub(super) fn german_object(&self, m: &Mention) -> bool {
        if self.in_oblique_case(m) {
            return true;
        }
        if self.in_german_prepositional_phrase(m) || self.german_genitive_attribute(m) {
            return true;
        }
        let head = self.lower(m.last);
        // A derived abstract noun (`lexicon/de/noun-suffixes.txt`: `die Forderungen`, `die
        // Freiheit`) is a thing. A noun whose head the lexicon knows for an institution or a
        // person is none, whatever its ending (`die Bundesregierung`, `die Universität`).
        let abstract_noun = !lexicon::german_noun_can_speak(head) && lexicon::has_german_noun_suffix(head);
        match m.kind {
            MentionKind::Pronoun => false,
            MentionKind::Name { .. } => lexicon::is_not_person_word(head),
            MentionKind::Description { .. } => {
                ACCUSATIVE_ARTICLES.contains(self.lower(m.first))
                    || abstract_noun
                    // The list of words that make a chunk of capitals no person's name holds
                    // bodies of persons, which speak (`Die Organisation feierte die Absage als
                    // „…“`): a head the German lexicon knows for persons is no object by it.
                    || (lexicon::german_noun_head(head) != Some(NounHead::Person)
                        && lexicon::is_not_person_word(head))
                    || lexicon::is_listed_document_noun(head)
                    || lexicon::is_speech_noun(head)
            }
        }
    }

    /// Whether noun phrase `m` is the genitive of the noun right before it (`die Bestrebungen
    /// der amtierenden Regierung`, `die Rolle der Vorsitzenden`): a genitive article right after
    /// a noun or name of the same sentence (not after an adverb: `Dazu der Minister:`).
    fn german_genitive_attribute(&self, m: &Mention) -> bool {
        !matches!(m.kind, MentionKind::Pronoun)
            && GENITIVE_ARTICLES.contains(self.lower(m.first))
            && m.first > 0
            && self.same_sentence(m.first - 1, m.first)
            && self.word(m.first - 1).is_some_and(|t| {
                let class = lexicon::german_word(t.lower);
                t.capitalized && (class.noun() || !class.known())
            })
    }

    /// Whether the article of noun phrase `m` marks a case other than the nominative, so that
    /// it cannot be a subject: `den`, `dem`, `des`, and every article or possessive in `-em` or
    /// `-en` (`einem`, `seinen`), before the phrase or its adjectives in lower case (`den
    /// iranischen Präsidenten Mahmud Ahmadinedschad`, `des Bundeskanzlers`).
    pub(super) fn in_oblique_case(&self, m: &Mention) -> bool {
        if matches!(m.kind, MentionKind::Pronoun) {
            return false;
        }
        let oblique = |i: usize| self.word(i).is_some_and(|t| is_oblique_article(t.lower));
        if oblique(m.first) {
            return true;
        }
        // Back over adjectives in lower case to the article.
        let mut i = m.first;
        while i > 0
            && i + 3 > m.first
            && self
                .word(i - 1)
                .is_some_and(|t| !t.capitalized && !oblique(i - 1))
        {
            if lexicon::is_german_article(self.lower(i - 1)) || self.is_preposition(self.lower(i - 1)) {
                return false;
            }
            i -= 1;
        }
        i > 0 && oblique(i - 1)
    }

    /// `german-number-agreement`: a phrase that can only be plural is no subject of a verb in the
    /// singular (`Die neuen Pläne beschrieb die Ministerin als …`). The third person singular of
    /// a finite verb never ends in `-n` (`sagte`, `beschrieb`, `erklärt`), and `die` before an
    /// adjective in `-en` is the plural (`die neuen Pläne`; the singular is `die neue Frau`).
    fn disagrees_in_number(&self, m: &Mention, k: usize) -> bool {
        let singular_verb = self
            .word(k)
            .is_some_and(|t| !t.capitalized && !t.lower.ends_with('n'));
        let plural = !matches!(m.kind, MentionKind::Pronoun)
            && self.lower(m.first) == "die"
            && self.word(m.first + 1).is_some_and(|t| {
                !t.capitalized
                    && t.lower.ends_with("en")
                    && (lexicon::german_word(t.lower).adjective() || is_declined_adjective(t.lower))
            });
        singular_verb && plural
    }

    /// German inversion: the subject right after the cue (`erklärte er:`, `sagte Filep Karma:`,
    /// `begründete der brasilianische Präsident seine Position`), past a few adverbs.
    pub(super) fn german_subject_after(&self, k: usize, to: usize) -> Option<Mention> {
        let mut j = k + 1;
        // Past adverbs and object pronouns (`zeigte sich der Trainer`, `sagte ihm der Minister`).
        while j < k + 4
            && self.word(j).is_some_and(|t| {
                !t.capitalized && (lexicon::is_german_adverb(t.lower) || OBJECT_PRONOUNS.contains(t.lower))
            })
        {
            j += 1;
        }
        self.mention_starting_at(j).filter(|m| m.last < to)
    }

    /// `zitieren-quotes-its-object`: the accusative object of an active `zitieren` is the one
    /// quoted, a description as well as a name (`Der Spiegel zitiert den Prediger mit den Worten
    /// „…“`, `Die Zeitung zitiert einen Sprecher der Polizei mit den Worten`). A noun phrase
    /// opened by an oblique article is no subject elsewhere, so it is read here on its own.
    fn german_quoted_object(&self, k: usize, to: usize) -> Option<Mention> {
        let mut j = k + 1;
        while j < k + 4
            && self
                .word(j)
                .is_some_and(|t| !t.capitalized && lexicon::is_german_adverb(t.lower))
        {
            j += 1;
        }
        if !self.word(j).is_some_and(|t| is_oblique_article(t.lower)) {
            return None;
        }
        self.german_noun_phrase(j)
            .filter(|m| m.last < to && self.can_speak(m))
    }

    /// Past a genitive that belongs to the noun before it (`Die Autoren der Studie werfen`,
    /// `Das Schicksal des ganzen Landes stehe`): article, adjectives in lower case, the noun.
    pub(super) fn skip_german_genitive(&self, i: usize) -> usize {
        if !GENITIVE_ARTICLES.contains(self.lower(i)) {
            return i;
        }
        let mut j = i + 1;
        while j < i + 4 && self.word(j).is_some_and(|t| !t.capitalized) {
            j += 1;
        }
        if self.word(j).is_some_and(|t| t.capitalized) {
            j + 1
        } else {
            i
        }
    }
}

/// Whether a German verb form reads as a participle (`bezeichnet`, `gesprochen`, `zitiert`): it
/// opens with `ge` or ends in `t`, an infinitive (`sagen`) in neither.
fn is_participle(lower: &str) -> bool {
    lower.ends_with('t') || (lower.contains("ge") && lower.ends_with("en"))
}

/// A German article, possessive or demonstrative in a case other than the nominative: `des`,
/// `eines`, and the forms in `-em` and `-en` of a closed class of stems (`dem`, `den`, `einem`,
/// `seinen`, `diesem`, `keinen`).
fn is_oblique_article(lower: &str) -> bool {
    const STEMS: [&str; 15] = [
        "d", "ein", "kein", "mein", "dein", "sein", "ihr", "unser", "euer", "dies", "jen", "jed", "manch",
        "solch", "welch",
    ];
    matches!(lower, "des" | "eines")
        || lower
            .strip_suffix("em")
            .or_else(|| lower.strip_suffix("en"))
            .is_some_and(|stem| STEMS.contains(&stem))
}

#[cfg(test)]
mod tests {
    use crate::attribute::testing::{speakers, who};

    #[test]
    fn german_passive_medium_and_the_past_of_werden() {
        // The passive in the past: the agent speaks, never the subject spoken of.
        let text =
            "Der Hafen wächst. Die Pläne wurden gestern von der Regierung als „großer Wurf“ bezeichnet.";
        assert_eq!(who(text)[0].1, "der Regierung", "{:?}", who(text));
        // The passive's perfect, with `worden` after the participle.
        let text = "Der Hafen wächst. Der Plan war von der Regierung als „großer Wurf“ bezeichnet worden.";
        assert_eq!(who(text)[0].1, "der Regierung", "{:?}", who(text));
        // No agent: the medium or document the words were printed in.
        let text = "Der Hafen wächst. In der Zeitung wurde der Plan als „großer Wurf“ bezeichnet.";
        assert_eq!(who(text)[0].1, "der Zeitung", "{:?}", who(text));
        let text = "Der Hafen wächst. In der Erklärung war der Plan als „großer Wurf“ bezeichnet worden.";
        assert_eq!(who(text)[0].1, "der Erklärung", "{:?}", who(text));
        // A place is no medium, and the subject spoken of does not speak.
        let text = "Der Hafen wächst. In Berlin wurde der Plan als „großer Wurf“ bezeichnet.";
        assert_eq!(who(text)[0].1, "", "{:?}", who(text));
    }

    #[test]
    fn a_passive_relative_clause_names_what_was_spoken_of() {
        // `german-passive-verb-last`: the relative pronoun of a passive is no speaker.
        for text in [
            "Der Wind weht aus Osten. Der Strom, der von der Küste kommt und als „Seewind“ bezeichnet \
             wird, ist kühl.",
            "Der Wind weht aus Osten. Die Wolken, die als „bleiern“ bezeichnet wurden, ziehen ab.",
        ] {
            assert_eq!(who(text)[0].1, "", "{text}: {:?}", who(text));
        }
        // Its agent after `von` speaks.
        let text = "Der Wind weht aus Osten. Die Wolken, die vom Landesamt als „bleiern“ bezeichnet \
                    wurden, ziehen ab.";
        assert_eq!(who(text)[0].1, "Landesamt", "{:?}", who(text));
        // In the active the relative pronoun speaks.
        let text = "Der Wind weht aus Osten. Der Fischer, der die Wolken als „bleiern“ beschrieb, \
                    bleibt an Land.";
        assert_eq!(who(text)[0].1, "der", "{:?}", who(text));
    }

    #[test]
    fn a_nominative_pronoun_after_the_verb_is_its_subject() {
        let text = "Der Präsident sprach lange. Die Arbeit der neuen Regierung lobte er mit den \
                    Worten: „Sie arbeitet ruhig und sachlich.“";
        assert_eq!(who(text)[0].1, "er", "{:?}", who(text));
    }

    #[test]
    fn a_relative_pronoun_is_the_subject_of_its_clause() {
        let text = "Die Wahl ist vorbei. Der Vorsitzende Jonas Brandt, der das Ergebnis zunächst als \
                    „großen Sieg“ bezeichnete, schweigt nun.";
        let (speaker, mention, _) = &who(text)[0];
        assert!(
            speaker.ends_with("Jonas Brandt") && mention == "der",
            "{:?}",
            who(text)
        );
        let text = "Die Menge wuchs. Es kamen Tausende Bauern, die immer wieder riefen: „Wir bleiben \
                    hier!“";
        assert_eq!(who(text)[0].1, "die", "{:?}", who(text));
        // An object: the pronoun after it is the subject.
        let text = "Die Wahl ist vorbei. Das Ergebnis, das er als „großen Sieg“ bezeichnete, steht fest.";
        assert_ne!(who(text)[0].1, "das", "{:?}", who(text));
    }

    #[test]
    fn a_verb_after_und_shares_the_subject_of_the_clause_before() {
        let text = "Der Protest wuchs. Am Samstag zogen die Demonstranten vor das Rathaus und \
                    skandierten Sprüche wie „Keine neuen Steuern“.";
        assert_eq!(who(text)[0].1, "die Demonstranten", "{:?}", who(text));
        let text = "Der Protest wuchs. Die Bauern blockierten die Straße und riefen „Wir bleiben hier“.";
        assert_eq!(who(text)[0].1, "Die Bauern", "{:?}", who(text));
    }

    #[test]
    fn german_subject_in_apposition_before_the_cue_and_object_after_it() {
        assert_eq!(
            speakers(
                "Die Stadt baut die Brücke neu. Die Sprecherin des Verbands, Anna Keller, kritisierte die \
                 Entscheidung scharf: „Das ist zu teuer und kommt viel zu spät für die Pendler.“"
            ),
            ["Anna Keller"]
        );
    }

    #[test]
    fn a_phrase_in_an_oblique_case_is_no_subject() {
        // `den …`, `des …`: the accusative and the genitive name no speaker.
        let text = "Die Stadt baut neu. Dabei griff sie auch direkt den iranischen Präsidenten Karim Nasseri \
                    an: „Wer so redet, kann keine Toleranz von uns erwarten.“";
        // `griff … an` attacks in words: its subject speaks, not its object.
        assert_eq!(who(text)[0].1, "sie");
        let text = "Die Stadt baut neu. Die Anwendung der Kompetenz des Bundeskanzlers stellte der \
                    Vorsitzende Franz Berger in Frage: „Das ist nicht lebenswirklich und führt zu nichts.“";
        assert!(
            speakers(text)[0].ends_with("Franz Berger"),
            "{:?}",
            speakers(text)
        );
    }

    #[test]
    fn a_derived_abstract_noun_in_the_plural_is_no_subject() {
        // `-ungen`, `-nisse`, `-sion` are endings of `lexicon/de/noun-suffixes.txt` as `-ung` is:
        // the fronted phrase is the object, and the subject after the verb speaks.
        for object in [
            "Die Forderungen der Gewerkschaft",
            "Die Ergebnisse der Studie",
            "Die neue Version",
        ] {
            let text = format!(
                "Die Stadt baut neu. {object} kommentierte der Vorsitzende Franz Berger knapp: „Das \
                 ist nicht lebenswirklich und führt zu nichts.“"
            );
            assert!(
                speakers(&text)[0].ends_with("Franz Berger"),
                "{object}: {:?}",
                speakers(&text)
            );
        }
    }

    #[test]
    fn a_prepositional_phrase_that_opens_the_clause_is_no_subject() {
        let text = "Die Stadt baut neu. Gegenüber NDR Info äußerte er: „Wir werden die Brücke bis zum \
                    Winter wieder aufbauen.“";
        assert_eq!(who(text)[0].1, "er");
        // A name's particle is no preposition.
        let text = "Die Stadt baut neu. Von der Leyen betonte: „Wir werden die Brücke bis zum Winter \
                    wieder aufbauen.“";
        assert_eq!(speakers(text), ["Von der Leyen"]);
    }

    #[test]
    fn german_subject_before_an_appositive_and_object_after_the_verb() {
        let text = "Die Stadt baut neu. Der Verkehrsminister, Jonas Weber, charakterisierte das Opfer als \
                    ein „Beispiel taktlosen Verhaltens gegenüber den Fahrgästen“.";
        assert_eq!(speakers(text), ["Jonas Weber"]);
        let text = "Die Stadt baut neu. Lena Brandt, Aufsichtsvorsitzende der Stadtwerke, nennt den Vorgang \
                    ein „Muster für die Zusammenarbeit der Gemeinden im ganzen Land“.";
        assert_eq!(speakers(text), ["Lena Brandt"]);
        let text = "Die Stadt baut neu. Der englischen Zeitung sagte Filip Marek: „Ich werde nicht \
                    aufgeben und kämpfe weiter für die Freiheit.“";
        assert_eq!(speakers(text), ["Filip Marek"]);
    }

    #[test]
    fn german_newspapers_after_the_verb_are_not_speakers() {
        let text = "Die Ministerin Anna Roth (SPD) sagte hierzu der Nordischen Zeitung, sie hoffe, dass \
                    „viele Frauen diese neue Chance ergreifen wollen“.";
        assert!(!who(text)[0].1.contains("Zeitung"), "{:?}", who(text));
        let text = "Die Ministerin Anna Roth sagte der Zeitung: „Wir werden die Brücke noch vor dem Winter \
                    wieder aufbauen.“";
        assert!(speakers(text)[0].ends_with("Anna Roth"), "{:?}", speakers(text));
    }

    #[test]
    fn german_object_first_then_the_naming_verb_and_its_subject() {
        let text = "Die Lage ist ernst. Die Pläne der Regierung bezeichnete er als einen „Angriff auf die \
                    Freiheit der Presse im ganzen Land“.";
        assert_eq!(who(text)[0].1, "er");
    }

    #[test]
    fn a_german_genitive_before_the_cue_belongs_to_the_subject() {
        let text = "Die Regierung versuchte, die Märkte mit Worten zu beruhigen. Ein Sprecher des \
                    Finanzministeriums sagte: „Wir sind zuversichtlich, dass es reicht.“";
        assert_eq!(who(text)[0].1, "Ein Sprecher", "{:?}", who(text));
    }

    #[test]
    fn a_german_verb_after_an_appositive_has_the_name_before_it() {
        let text = "Die Opposition wies die Pläne zurück. Der Sprecher der Partei, Jonas Berg, und Eva Roth, \
                    Sprecherin für Innere Sicherheit, sprachen von einem „gefährlichen Dammbruch“ und \
                    forderten eine Debatte.";
        assert_eq!(who(text)[0].1, "Eva Roth", "{:?}", who(text));
    }

    #[test]
    fn a_german_genitive_belongs_to_the_subject() {
        let text = "Die Prüfer des Landesamtes werfen den Kommunen vor: „Eine Kontrolle findet nicht statt.“";
        assert_eq!(who(text)[0].1, "Die Prüfer", "{:?}", who(text));
    }

    #[test]
    fn a_german_subject_keeps_its_long_attributes() {
        let text = "Jana Holm vom Institut für Meeresforschung in Kiel erläutert die Hypothese so: „Das \
                    Wasser wird wärmer.“";
        assert_eq!(who(text)[0].0, "Jana Holm", "{:?}", who(text));
        // A capitalised adverb opens the sentence, not a name.
        let text = "Ganz aktuell berichtete die Forscherin Jana Holm: „Das Wasser wird wärmer.“";
        assert!(who(text)[0].1.contains("Jana Holm"), "{:?}", who(text));
    }

    #[test]
    fn a_german_subordinate_clause_has_its_subject_after_the_conjunction() {
        let text = "Der Verband Mieterbund legte nach, indem er die Stadt zum Handeln aufforderte: „Die \
                    Mieten steigen jeden Monat.“";
        assert_eq!(who(text)[0].1, "er", "{:?}", who(text));
    }

    #[test]
    fn german_verb_of_naming_takes_its_object_after_it() {
        let text = "Die Stadtwerke bestätigten die Zahlen der Gewerkschaft nicht und nannten sie „reine \
                    Spekulation ohne jede Grundlage“.";
        assert_eq!(who(text)[0].1, "Die Stadtwerke");
    }

    #[test]
    fn german_zitieren_quotes_its_object_or_its_passive_subject() {
        let active = "Die Lokalzeitung zitiert den Bürgermeister Jan Brandt mit den Worten: „Wir bauen die \
                      Brücke bis zum Winter wieder auf und das ist nicht verhandelbar.“";
        assert!(speakers(active)[0].ends_with("Jan Brandt"));
        let passive = "Der Bürgermeister Jan Brandt wird in der Zeitung mit den Worten zitiert: „Wir bauen \
                       die Brücke bis zum Winter wieder auf und das ist nicht verhandelbar.“";
        assert!(speakers(passive)[0].ends_with("Jan Brandt"));
    }

    #[test]
    fn zitieren_quotes_its_object_when_it_is_a_description() {
        let quote = "„Wir kommen bald wieder und bleiben hier.“";
        for (text, mention) in [
            (
                format!("Die Zeitung zitiert den Prediger mit den Worten {quote}"),
                "den Prediger",
            ),
            (
                format!("Die Zeitung zitiert dazu einen Sprecher der Polizei mit den Worten: {quote}"),
                "einen Sprecher",
            ),
        ] {
            assert_eq!(who(&text)[0].1, mention, "{text}");
        }
    }

    #[test]
    fn german_perfect_has_its_subject_before_the_auxiliary() {
        for (text, mention) in [
            (
                "Die Polizei liest den Brief. Der 58-Jährige habe darin geschrieben, er müsse die Stadt \
                 „aus diesem schlechten Leben“ führen.",
                "Der 58-Jährige",
            ),
            (
                "Die Lage ist ruhig. Die Ministerin hat am Montag angekündigt, man werde „mit aller Härte“ \
                 vorgehen.",
                "Die Ministerin",
            ),
        ] {
            assert_eq!(who(text)[0].1, mention, "{text}");
        }
    }

    #[test]
    fn a_participle_that_ends_the_clause_has_its_subject_around_the_auxiliary() {
        // What stands right before the participle is its object, not its subject.
        let text = "Die Partei stritt lange. Die Ministerin Eva Roth hatte zuvor die Rolle der \
                    Vorsitzenden betont: „Die Entscheidungen fallen im kleinen Kreis.“";
        assert!(who(text)[0].1.contains("Eva Roth"), "{:?}", who(text));
        let text = "Die Partei stritt lange. Danach hatte Eva Roth die Rolle der Vorsitzenden betont: \
                    „Die Entscheidungen fallen im kleinen Kreis.“";
        assert_eq!(who(text)[0].1, "Eva Roth");
    }

    #[test]
    fn a_german_passive_names_its_speaker_by_its_agent() {
        let text = "Der Maler starb im Mai. Seine Bilder werden von Kritikern als „Meilensteine der \
                    Malerei“ bezeichnet.";
        assert_eq!(who(text)[0].1, "Kritikern");
        // No agent, no speaker: the subject is what was spoken of.
        let text = "Der Maler starb im Mai. Seine Bilder wurden oft als „Meilensteine der Malerei“ \
                    bezeichnet.";
        assert_eq!(who(text)[0].1, "");
    }

    #[test]
    fn the_passive_of_zitieren_quotes_its_subject_after_the_auxiliary() {
        let text = "Der Verein hat einen neuen Chef. Zur aktuellen Lage des Vereins wird Jonas Berg auf \
                    der Webseite wie folgt zitiert: „Wir haben viel Arbeit vor uns.“";
        assert_eq!(speakers(text), ["Jonas Berg"]);
    }

    #[test]
    fn a_german_subject_keeps_its_attributes_up_to_the_verb() {
        let text = "Die Lage ist ernst. Der Einsatzleiter der Feuerwehr in Kiel erklärte dazu: „Solche \
                    Brände habe ich noch nie gesehen.“";
        assert_eq!(who(text)[0].1, "Der Einsatzleiter");
    }

    #[test]
    fn an_institution_is_no_abstract_object_whatever_its_ending() {
        let text = "Der Titel wurde entzogen. Dazu erklärte die Universität: „Die Gutachter haben die \
                    Regeln beachtet.“";
        assert_eq!(who(text)[0].1, "die Universität");
        let text = "Der Gipfel beginnt. Die Landesregierung bezeichnete das Treffen als das „größte \
                    Ereignis des Jahres“.";
        assert_eq!(who(text)[0].1, "Die Landesregierung");
    }

    #[test]
    fn a_genitive_after_a_noun_is_no_subject() {
        let text = "Die Lage ist ernst. Die Pläne der amtierenden Regierung, unter dem Präsidenten an \
                    der Macht zu bleiben, bezeichnete er als einen „Akt der Willkür“.";
        assert_eq!(who(text)[0].1, "er");
    }

    #[test]
    fn a_reflexive_pronoun_stands_between_the_verb_and_its_subject() {
        let text = "Das Spiel ist aus.\n\n„Wir haben jetzt vier Punkte und brauchen nur noch ein \
                    Unentschieden“, zeigte sich der Trainer Jonas Berg nach dem Spiel zufrieden.";
        assert!(who(text)[0].1.contains("Jonas Berg"), "{:?}", who(text));
        // Without `sich` the verb shows no stance in words.
        let text = "Das Spiel ist aus.\n\n„Wir haben jetzt vier Punkte und brauchen nur noch ein \
                    Unentschieden“, zeigte der Trainer Jonas Berg auf die Tafel.";
        assert!(!who(text)[0].1.contains("Jonas Berg"), "{:?}", who(text));
    }

    #[test]
    fn a_naming_verb_after_an_adverbial_phrase_has_its_subject_after_it() {
        let text = "Die Ernte ist gut. Angesichts solcher Alternativen nannte Jonas Berg, Sprecher des \
                    Bauernbundes, die neue Kartoffel „völlig überflüssig“.";
        assert!(speakers(text)[0].ends_with("Jonas Berg"), "{:?}", speakers(text));
    }

    #[test]
    fn a_german_subject_keeps_its_name_past_a_relative_clause_or_a_party() {
        let text = "Das Spiel endete torlos. Jonas Berg, der wegen wiederholter Fouls vom Platz musste, \
                    nannte seinen Platzverweis „völlig überzogen“, Trainer Paul Roth bezeichnete die \
                    Entscheidung als „übertrieben“.";
        assert_eq!(speakers(text), ["Jonas Berg", "Paul Roth"], "{:?}", who(text));
        let text = "Die Ministerin Eva Lang wies die Kritik zurück, die schulpolitische Sprecherin der \
                    größten Fraktion, Anna Weber (SPD), erklärte: „Diese Debatte schadet allen Schulen.“";
        assert_eq!(speakers(text), ["Anna Weber"], "{:?}", who(text));
    }

    #[test]
    fn an_institution_before_a_verb_of_judging_is_its_subject() {
        let text = "Die Parade fiel aus. Die Organisation feierte die Absage dagegen als „großen Erfolg \
                    für das ganze Land“.";
        assert_eq!(who(text)[0].1, "Die Organisation", "{:?}", who(text));
    }

    #[test]
    fn a_plural_phrase_before_a_singular_verb_is_its_object() {
        let text = "Der Streik dauert an. Die streikenden Fahrer, die den Verkehr lahmgelegt hatten, \
                    beschrieb die Stadtverwaltung in einer Mitteilung als „völlig rücksichtslos“.";
        assert_eq!(who(text)[0].1, "die Stadtverwaltung", "{:?}", who(text));
        // Whatever the phrase after the verb names.
        let text = "Der Streik dauert an. Die streikenden Fahrer beschrieb die Zeitung in einem Bericht \
                    als „völlig rücksichtslos“.";
        assert_eq!(who(text)[0].1, "die Zeitung", "{:?}", who(text));
        // A plural verb keeps the plural subject before it.
        let text = "Der Streik dauert an. Die streikenden Fahrer, die den Verkehr lahmgelegt hatten, \
                    beschrieben die Lage in einer Mitteilung als „völlig unerträglich“.";
        assert_eq!(who(text)[0].1, "Die streikenden Fahrer", "{:?}", who(text));
    }
}
