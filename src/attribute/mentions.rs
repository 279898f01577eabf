//! Mentions: the words that name someone, read from a token leftwards (`Deputy Foreign Minister
//! Andrey Rudenko said` read back from `said`) or rightwards (`said the Russian president`).

use super::doc::{Passage, TokKind, Token};
use super::grammar::{
    COORDINATORS, FREE_RELATIVES, PERSONAL_POSSESSIVES, QUANTIFIER_PRONOUNS, base,
    german_demonstrative_pronoun, is_clause_word, is_definite, is_determiner, is_possessive, is_subordinator,
    strip_possessive,
};
use super::lexical::is_declined_adjective;
use crate::lang::Lang;
use crate::lexicon;

/// Who a span of tokens names.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) enum MentionKind {
    /// A proper name; `name` without the titles before it.
    Name {
        name: Vec<String>,
    },
    Pronoun,
    /// `the spokesman`, `a source`: a role noun with a determiner.
    Description {
        role: String,
        definite: bool,
    },
}

/// A span of tokens that names someone, and how.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct Mention {
    /// A name, a pronoun or a description.
    pub(super) kind: MentionKind,
    /// Token range of the words shown as the mention (titles excluded for names).
    pub(super) first: usize,
    pub(super) last: usize,
}

impl Mention {
    /// Whether the mention can be a German source: a name, or a description whose head noun
    /// names a person or an institution (`die Ministerin`, `das Blatt`), not a pronoun.
    pub(super) fn can_speak_in_german(&self) -> bool {
        match &self.kind {
            MentionKind::Name { .. } => true,
            MentionKind::Description { role, .. } => lexicon::german_noun_can_speak(role),
            MentionKind::Pronoun => false,
        }
    }
}

/// What the words of a capitalised chunk are, read as a name.
pub(super) enum NameWords {
    /// Titles only (`the Minister`).
    Title,
    /// The first token after the titles; the words from there are the name.
    Name(usize),
    /// A lone initial or bracketed letter.
    None,
}

impl<'a> Passage<'a> {
    /// The mention whose last word is token `j`, read leftwards; only one that can speak by its
    /// words (`can_speak`).
    pub(super) fn mention_ending_at(&self, j: usize) -> Option<Mention> {
        self.any_mention_ending_at(j).filter(|m| self.can_speak(m))
    }

    /// `quantifier-subject`: an English quantifier standing alone for a noun phrase
    /// (`lexicon/en/quantifier-pronouns.txt`) is a subject in its own words, as a pronoun is,
    /// when it opens its clause right before a cue or a verb filler (`Another said`, `One has
    /// argued`, `…, and many wrote`), or stands right after a cue and before the end of its
    /// clause (`“…,” read one.`). Before a noun it is a determiner (`one voter said`), and after
    /// a word of its clause no subject (`They all said`).
    pub(super) fn quantifier_subject(&self, i: usize, before: Option<usize>, after: usize) -> bool {
        // Asked of a few words next to a cue only; the length is the cheap test.
        if self.profile.capitalised_nouns
            || !(3..=7).contains(&self.lower(i).len())
            || !QUANTIFIER_PRONOUNS.contains(self.lower(i))
        {
            return false;
        }
        let opens_clause = before.is_none_or(|b| match self.word(b) {
            Some(t) => COORDINATORS.contains(t.lower) || !self.same_sentence(b, i),
            None => true,
        });
        let verb_after = self
            .word(after)
            .is_some_and(|t| !t.capitalized && (self.is_cue(after) || self.is_verb_filler(t.lower)));
        let closes_after_cue = before.is_some_and(|b| self.is_cue(b)) && self.word(after).is_none();
        (opens_clause && verb_after) || closes_after_cue
    }

    /// `german-demonstrative-pronoun`: whether the word at `i` is a German demonstrative that
    /// stands alone for a person (`lexicon/de/demonstrative-pronouns.txt`: `sagte dieser, dass`,
    /// `„…“, so letztere.`, `Dieser erklärte`): no capitalised word (a noun, `dieser Plan`) and
    /// no declined adjective (`diese neue Regel`) follows it.
    pub(super) fn demonstrative_stands_alone(&self, i: usize) -> bool {
        self.profile.capitalised_nouns
            && german_demonstrative_pronoun(self.lower(i)).is_some()
            && match self.tokens.get(i + 1) {
                Some(next) if next.kind == TokKind::Word => {
                    !next.capitalized && !is_declined_adjective(next.lower)
                }
                _ => true,
            }
    }

    /// `mention_ending_at`, whatever its words.
    pub(super) fn any_mention_ending_at(&self, j: usize) -> Option<Mention> {
        let t = self.mention_word(j)?;
        if lexicon::is_pronoun(t.lower)
            || lexicon::is_pronoun(base(t.lower))
            || self.demonstrative_stands_alone(j)
        {
            return Some(Mention {
                kind: MentionKind::Pronoun,
                first: j,
                last: j,
            });
        }
        // Where every noun is capitalised, a capital after a determiner is a noun phrase's head
        // (`die Ministerin`), not a name.
        if self.profile.capitalised_nouns
            && t.capitalized
            && let Some(det) = (j.saturating_sub(4)..j)
                .rev()
                .take_while(|&i| self.word(i).is_some())
                .find(|&i| is_determiner(self.lower(i)))
            && (det + 1..j).all(|i| !self.tokens[i].capitalized || i + 1 == j)
        {
            // `Ursula von der Leyen`, `Von der Leyen`: a name with its particles, no article.
            if det > 0 && self.lower(det - 1) == "von" && det + 1 == j {
                let von = det - 1;
                let first = if self.tokens[von].capitalized {
                    Some(von)
                } else {
                    von.checked_sub(1)
                        .filter(|&i| self.word(i).is_some_and(|t| t.capitalized))
                };
                if let Some(first) = first {
                    let name = (first..=j)
                        .map(|i| strip_possessive(&self.text[self.tokens[i].range()]))
                        .collect();
                    return Some(Mention {
                        kind: MentionKind::Name { name },
                        first,
                        last: j,
                    });
                }
            }
            return self.german_noun_phrase(det).filter(|m| m.last == j);
        }
        if t.capitalized && (self.can_open_name(j, t) || self.known_word_before_its_verb(j)) {
            let mut first = j;
            while first > 0 && self.is_name_word(first - 1, true) {
                first -= 1;
            }
            let first = self.longer_name_start(first, j);
            // `adjective-before-its-noun-is-no-name`: a declined adjective that opens the
            // sentence opens a noun phrase as an article does (`Jegliche Verantwortung weist er
            // von sich`).
            if first < j && self.adjective_opens_the_sentence(first) {
                return self.german_noun_phrase(first).filter(|m| m.last == j);
            }
            return self.name_mention(first, j);
        }
        // A role, or any noun for a person or group the lexicon knows (`a lobbyist`, `the
        // investigators`, `the committee`), or a document named as the source (`the email said`);
        // `a-clause-word-heads-no-description`: a word that opens a clause is none (`who`, which
        // WordNet also knows as the WHO: `a Kansas native who writes`).
        if is_clause_word(t.lower) {
            return None;
        }
        if lexicon::is_role_noun(base(t.lower))
            || !self.profile.capitalised_nouns
                && (lexicon::is_person_noun(t.lower)
                    || lexicon::is_group_noun(t.lower)
                    || lexicon::is_document_noun(base(t.lower)))
        {
            // The determiner may be a possessive name: `South Korea’s presidential office`.
            let Some(det) = (j.saturating_sub(4)..j)
                .rev()
                .take_while(|&i| self.word(i).is_some())
                .find(|&i| is_determiner(self.lower(i)) || is_possessive(self.lower(i)))
            else {
                return self.bare_plural(j);
            };
            let det = if is_possessive(self.lower(det)) {
                let mut first = det;
                while first > 0 && self.is_name_word(first - 1, true) {
                    first -= 1;
                }
                first
            } else {
                det
            };
            let definite = is_definite(self.lower(det))
                || is_possessive(self.lower(det))
                || self.tokens[det].capitalized && !is_determiner(self.lower(det));
            if !definite && !self.starts_sentence(det) && lexicon::is_document_noun(base(t.lower)) {
                // `released a statement saying`: the statement is what was said, not who; but
                // one that opens its sentence is its subject (`A letter to the board calls for`).
                return None;
            }
            if (det + 1..j).any(|i| self.is_cue(i) || self.is_preposition(self.lower(i))) {
                return None;
            }
            return Some(Mention {
                kind: MentionKind::Description {
                    role: base(t.lower).to_string(),
                    definite,
                },
                first: det,
                last: j,
            });
        }
        None
    }

    /// `bare-plural-opens-the-sentence`: where a capital makes a name, a plural noun for persons
    /// or groups with no determiner is a description when it opens its sentence, alone or after
    /// one or two words that are no name, cue or preposition (`Veteran lobbyists describe`, `Many
    /// investigators said`).
    fn bare_plural(&self, j: usize) -> Option<Mention> {
        let t = self.word(j)?;
        if self.profile.capitalised_nouns
            || !t.lower.ends_with('s')
            || !(lexicon::is_person_noun(t.lower) || lexicon::is_group_noun(t.lower))
        {
            return None;
        }
        let sentence = t.sentence;
        let first = (j.saturating_sub(2)..=j)
            .find(|&i| self.tokens[i].sentence == sentence && self.word(i).is_some())?;
        let opens = self.tokens[..first]
            .iter()
            .rev()
            .take_while(|o| o.sentence == sentence)
            .all(|o| matches!(o.kind, super::doc::TokKind::Punct(_)));
        let plain = (first..j).all(|i| {
            self.word(i).is_some_and(|w| {
                (!w.capitalized || i == first)
                    && !self.is_cue(i)
                    && !self.is_preposition(w.lower)
                    && !lexicon::is_pronoun(w.lower)
                    && !lexicon::is_not_name(w.lower)
            })
        });
        (opens && plain).then(|| Mention {
            kind: MentionKind::Description {
                role: base(t.lower).to_string(),
                definite: false,
            },
            first,
            last: j,
        })
    }

    /// The mention that starts at token `i`, read rightwards: a pronoun, `the spokesman`,
    /// `the South Korean Presidential Office`, `Deputy Foreign Minister Andrey Rudenko`.
    pub(super) fn mention_starting_at(&self, i: usize) -> Option<Mention> {
        self.any_mention_starting_at(i).filter(|m| self.can_speak(m))
    }

    /// `mention_starting_at`, whatever its words.
    fn any_mention_starting_at(&self, i: usize) -> Option<Mention> {
        let t = self.mention_word(i)?;
        if lexicon::is_pronoun(t.lower)
            || self.demonstrative_stands_alone(i)
            || (i > 0 && self.quantifier_subject(i, Some(i - 1), i + 1))
        {
            return Some(Mention {
                kind: MentionKind::Pronoun,
                first: i,
                last: i,
            });
        }
        // An adjective that opens the sentence opens a noun phrase as an article does
        // (`Jegliche Schuld`).
        if self.profile.capitalised_nouns && (is_determiner(t.lower) || self.adjective_opens_the_sentence(i))
        {
            return self.german_noun_phrase(i);
        }
        if is_determiner(t.lower) {
            let mut j = i + 1;
            let mut last_role = None;
            while j < i + 7 && self.word(j).is_some() && !self.is_cue(j) && !is_clause_word(self.lower(j)) {
                // A verb after the role ends the phrase (`Clinton’s right-hand woman rallied
                // supporters`).
                let verb =
                    |l: &str| l.ends_with("ed") || lexicon::is_irregular_past(l) || self.is_verb_filler(l);
                if last_role.is_some() && verb(self.lower(j)) {
                    break;
                }
                let noun = base(self.lower(j));
                // A title in lower case is a role too (`the prince`), not before a name. A
                // document in lower case is the source (`the complaint`); in capitals it is a
                // word of a name (`the Daily News`, `The Wall Street Journal`).
                if lexicon::is_role_noun(noun)
                    || (lexicon::is_title(noun) && !self.tokens[j].capitalized)
                    || (is_definite(t.lower)
                        && !self.tokens[j].capitalized
                        && lexicon::is_document_noun(noun))
                {
                    last_role = Some(j);
                }
                j += 1;
            }
            let end = j - 1;
            if let Some(r) = last_role {
                return Some(Mention {
                    kind: MentionKind::Description {
                        role: base(self.lower(r)).to_string(),
                        definite: is_definite(t.lower),
                    },
                    first: i,
                    last: r,
                });
            }
            let first_cap = (i + 1..=end).find(|&k| self.tokens[k].capitalized)?;
            let mut last = first_cap;
            while last < end && self.is_name_word(last + 1, false) {
                last += 1;
            }
            return self
                .name_mention(first_cap, last)
                .map(|m| Mention { first: i, ..m });
        }
        if t.capitalized && (self.can_open_name(i, t) || self.known_word_before_its_verb(i)) {
            let mut last = i;
            while self.is_name_word(last + 1, false) {
                last += 1;
            }
            // `Senior official Dmitry Medvedev`, `U.S. National Security Council spokesman John
            // Kirby`: the name after a lower-case title is the person.
            if self
                .word(last + 1)
                .is_some_and(|n| lexicon::is_role_noun(n.lower) || lexicon::is_title(n.lower))
                && let Some(after) = self.mention_starting_at(last + 2)
                && matches!(after.kind, MentionKind::Name { .. })
            {
                return Some(after);
            }
            if let Some(after) = self.name_after_a_lower_case_title(last + 1) {
                return Some(after);
            }
            return self.name_mention(i, last);
        }
        // `panel Chairman Rep. Jason Chaffetz`: lower-case words of a title before a name.
        let name_at = (i + 1..i + 5)
            .take_while(|&j| self.word(j).is_some())
            .find(|&j| self.tokens[j].capitalized && !lexicon::is_not_name(self.lower(j)))?;
        if name_at > i + 2 && !self.person_described_before(i, name_at) {
            return None;
        }
        if (i..name_at).any(|j| {
            self.is_cue(j)
                || (self.is_preposition(self.lower(j))
                    && !(j + 1 < name_at && self.of_after_a_person_noun(j)))
                || is_clause_word(self.lower(j))
        }) {
            return None;
        }
        self.mention_starting_at(name_at)
            .filter(|m| matches!(m.kind, MentionKind::Name { .. }))
    }

    /// `a-person-described-before-the-name`: whether the lower-case words `i..name_at` before a
    /// name describe a person, so that more than two of them still make the name's title
    /// (`former tech executive Ana Ortiz`, `master of ceremonies Bo Lind`): one of them is a
    /// person or role noun, and none is a function word or a verb.
    pub(super) fn person_described_before(&self, i: usize, name_at: usize) -> bool {
        let words = i..name_at;
        words.clone().all(|j| {
            let l = self.lower(j);
            l == "of"
                || (!self.profile.function_words.contains(l) && !self.is_verb_filler(l) && !l.ends_with("ed"))
        }) && words.into_iter().any(|j| {
            let noun = base(self.lower(j));
            lexicon::is_role_noun(noun) || lexicon::is_person_noun(noun)
        })
    }

    /// Whether `of` at `j` follows a person or role noun in lower case, inside a title before a
    /// name (`master of ceremonies Bo Lind`, `secretary of state Ana Ortiz`). Right before the
    /// name it is the name's preposition instead (`chairman of Lyle Ferries`).
    fn of_after_a_person_noun(&self, j: usize) -> bool {
        self.lower(j) == "of"
            && j > 0
            && self.word(j - 1).is_some_and(|t| {
                !t.capitalized
                    && (lexicon::is_role_noun(base(t.lower)) || lexicon::is_person_noun(base(t.lower)))
            })
    }

    /// Next to a cue right after a quotation, any noun phrase with an article is the speaker, not
    /// only a known role (`“…,” said the 46-year-old`, `“…,” a person close to the family said`):
    /// the article and the words up to a comma, clause word or preposition, at most five.
    pub(super) fn bare_description(&self, i: usize) -> Option<Mention> {
        let det = self.mention_word(i)?;
        let article = is_determiner(det.lower) || PERSONAL_POSSESSIVES.contains(det.lower);
        // The words up to the noun are told by their lower case: not where every noun has a
        // capital (`german_noun_phrase` reads those).
        if self.profile.capitalised_nouns || !article || is_possessive(det.lower) {
            return None;
        }
        // `a-capitalised-adjective-opens-a-description`: capitalised words may open the phrase
        // before its lower-case head (`a Democratic staffer in the room`, `a Trump aide`), as
        // adjectives and nouns used as adjectives; after the first lower-case word a capital
        // opens a name instead (`a staffer Ana Ortiz`).
        let head_from = (i + 1..i + 4)
            .find(|&j| self.word(j).is_none_or(|t| !t.capitalized))
            .filter(|&j| self.word(j).is_some())?;
        let last = (head_from..i + 6)
            .take_while(|&j| {
                self.word(j).is_some_and(|t| {
                    !t.capitalized
                        && !is_clause_word(t.lower)
                        && !self.is_preposition(t.lower)
                        && !self.is_verb_filler(t.lower)
                }) && !self.is_cue(j)
            })
            .last()?;
        Some(Mention {
            kind: MentionKind::Description {
                role: base(self.lower(last)).to_string(),
                definite: is_definite(det.lower),
            },
            first: i,
            last,
        })
    }

    /// `der brasilianische Präsident`, `der US-Präsident George W. Bush`, `ein Reporter des
    /// Senders`: a German noun phrase; the capitalised words after its head noun are a name.
    pub(super) fn german_noun_phrase(&self, det: usize) -> Option<Mention> {
        // `german-hyphenated-compound`: a compound is a noun by its head, capitalised past the
        // last hyphen whatever stands before it (`Der 58-Jährige`, `die documenta-Homepage`,
        // `der eBay-Sprecher`).
        let noun = |t: &Token| {
            t.capitalized
                || self.text[t.range()]
                    .rsplit_once('-')
                    .is_some_and(|(front, head)| !front.is_empty() && head.starts_with(char::is_uppercase))
        };
        let mut j = det + 1;
        while self
            .word(j)
            .is_some_and(|t| !noun(t) && !self.is_cue(j) && !self.is_preposition(t.lower))
            && j < det + 4
        {
            j += 1;
        }
        let head = self
            .word(j)
            .filter(|t| noun(t) && !lexicon::is_not_name(t.lower))?;
        let role = base(head.lower).to_string();
        let mut last = j;
        while self
            .word(last + 1)
            .is_some_and(|t| t.capitalized && !lexicon::is_not_name(t.lower))
            && !self.is_cue(last + 1)
        {
            last += 1;
        }
        if last > j {
            let name = (j + 1..=last)
                .map(|i| strip_possessive(&self.text[self.tokens[i].range()]))
                .collect();
            return Some(Mention {
                kind: MentionKind::Name { name },
                first: det,
                last,
            });
        }
        Some(Mention {
            kind: MentionKind::Description {
                role,
                definite: is_definite(self.lower(det)),
            },
            first: det,
            last: j,
        })
    }

    /// `a-word-right-before-its-cue-is-a-name` (English): a capitalised word the lexicon knows as
    /// no name (`Will`, `From`, `Early`) is one where a verb of speech in the past or in `-s`
    /// follows it at once (`“…,” Will wrote.`, `Read said`, `Will described Lind as “…”`): a
    /// modal, preposition or adverb never stands right before a finite verb as its subject. Not
    /// a pronoun, determiner, quantifier, conjunction, subordinator or time word (`He said`,
    /// `Who said`), nor before a comma (`That said,`), an agent (`As reported by`) or a subject
    /// after the verb (`Then said Ortiz:`).
    fn known_word_before_its_verb(&self, i: usize) -> bool {
        if self.profile.lang != Lang::English {
            return false;
        }
        let Some(verb) = self.word(i + 1) else {
            return false;
        };
        let finite = !verb.capitalized
            && (verb.lower.ends_with("ed")
                || verb.lower.ends_with('s')
                || lexicon::is_irregular_past(verb.lower));
        let l = self.lower(i);
        // The commonest openers that are no names first (`It was`, `The`), then the cue.
        finite
            && !lexicon::is_pronoun(l)
            && !is_determiner(l)
            && !self.is_punct(i + 2, &[','])
            && self.lower(i + 2) != "by"
            && self.is_cue(i + 1)
            && !self.inverted_subject_after(i + 2)
            && !QUANTIFIER_PRONOUNS.contains(l)
            && !FREE_RELATIVES.contains(l)
            && !COORDINATORS.contains(l)
            && !is_subordinator(l)
            && !lexicon::is_time_word(l)
    }

    /// Whether capitalised words at `i` end their clause (`… said Ortiz.`, `said Bo Lind:`): the
    /// subject of a verb before them, put after it.
    fn inverted_subject_after(&self, i: usize) -> bool {
        let mut k = i;
        while k < i + 4 && self.word(k).is_some_and(|t| t.capitalized) {
            k += 1;
        }
        k > i
            && (self
                .tokens
                .get(k)
                .is_none_or(|t| !matches!(t.kind, TokKind::Word)))
    }

    /// Whether token `i` can continue a name chunk: a capitalised word, or a particle inside one.
    pub(super) fn is_name_word(&self, i: usize, leftwards: bool) -> bool {
        let Some(t) = self.mention_word(i) else {
            return false;
        };
        // A name never runs over a paragraph break.
        let neighbour = if leftwards { i + 1 } else { i.wrapping_sub(1) };
        if self
            .tokens
            .get(neighbour)
            .is_some_and(|n| n.paragraph != t.paragraph)
        {
            return false;
        }
        // A possessive ends a name: what follows is what the name has (`Ortiz’s Lisbon-based
        // firm`, `Channel 9’s Ana Ruiz`). Asked only of a word that could go on a name.
        let closed = || {
            let closing = if leftwards {
                Some(t)
            } else {
                i.checked_sub(1).and_then(|p| self.word(p))
            };
            closing.is_some_and(|w| is_possessive(w.lower))
        };
        if t.capitalized {
            return !closed() && self.can_open_name(i, t) && !self.is_cue(i) && !self.in_time_expression(i);
        }
        lexicon::is_name_particle(t.lower)
            && {
                let next = if leftwards { i.checked_sub(1) } else { Some(i + 1) };
                next.and_then(|n| self.word(n)).is_some_and(|n| n.capitalized)
            }
            && !closed()
    }

    /// The words of mention `m` as the text has them, without a possessive ending.
    pub(super) fn mention_text(&self, m: &Mention) -> String {
        let text = &self.text[self.tokens[m.first].start as usize..self.tokens[m.last].end as usize];
        strip_possessive(text)
    }

    /// A mention that is not the object of a preposition nor a possessive (`Putin’s remarks`).
    pub(super) fn is_subject(&self, m: &Mention) -> bool {
        // `He’s claiming`: a contracted pronoun is a subject, not a possessive.
        let possessive = is_possessive(self.tokens[m.last].lower) && !matches!(m.kind, MentionKind::Pronoun);
        // `Secretary of State Ana Ortiz`: `of` inside a title is no preposition of the name.
        let in_title = |of: usize| {
            self.lower(of) == "of"
                && of > 0
                && self.word(of - 1).is_some_and(|t| {
                    t.capitalized && (lexicon::is_title(t.lower) || lexicon::is_role_noun(t.lower))
                })
        };
        // The word before the mention: in lower case, and whether it is a preposition.
        let before = m.first.checked_sub(1).and_then(|i| self.word(i));
        let after_preposition = before.is_some_and(|t| self.is_preposition(t.lower));
        let object = || after_preposition && !in_title(m.first - 1);
        // `in the United States`, `on congressional Democrats`: a name after an article or
        // adjectives in lower case is still the preposition's object. Asked of every name of a
        // document: the preposition is looked for first, the words between checked only then.
        let after_article = || {
            if self.profile.capitalised_nouns || !matches!(m.kind, MentionKind::Name { .. }) {
                return false;
            }
            // Right before the name a preposition makes `object`: here it stands one or two
            // words further back.
            // A compound adjective is an adjective (`at the Denver-based Harbor Trust`).
            let plain = |i: usize| {
                self.word(i)
                    .is_some_and(|t| !t.capitalized || self.in_compound_adjective(i))
            };
            if m.first < 2 || after_preposition || !plain(m.first - 1) {
                return false;
            }
            let preposition = (m.first.saturating_sub(3)..m.first - 1)
                .rev()
                .take_while(|&i| plain(i))
                .find(|&i| self.is_preposition(self.lower(i)));
            preposition.is_some_and(|p| {
                // `free-relative-opens-a-clause`: `shedding what Lind called “…”`: the name is
                // the subject of the clause `what` opens, not the preposition's object.
                (p..m.first).all(|i| {
                    let l = self.lower(i);
                    !lexicon::is_title(l)
                        && !lexicon::is_role_noun(base(l))
                        && !self.is_cue(i)
                        && !FREE_RELATIVES.contains(l)
                }) && !in_title(p)
            })
        };
        // `a-past-verb-takes-an-object`: `Lind unleashed a series of posts saying …`: a
        // description right after a verb in the past is its object, unless the verb reports
        // (`said the mayor`) or makes a passive (`was the mayor`).
        let verb_object = || {
            !self.profile.capitalised_nouns
                && matches!(m.kind, MentionKind::Description { .. })
                && m.first > 0
                && is_determiner(self.lower(m.first))
                && self.word(m.first - 1).is_some_and(|t| {
                    !t.capitalized
                        && (t.lower.ends_with("ed") || lexicon::is_irregular_past(t.lower))
                        && !lexicon::is_passive_marker(t.lower)
                        && !self.is_verb_filler(t.lower)
                })
                && !self.is_cue(m.first - 1)
        };
        // `den Präsidenten Karim Nasseri`: an accusative, dative or genitive is no subject.
        let oblique = || self.profile.verb_second && self.in_oblique_case(m);
        !possessive
            && !object()
            && !after_article()
            && !verb_object()
            && !oblique()
            && !self.in_german_prepositional_phrase(m)
    }

    /// Where every noun has a capital: whether noun phrase `m` is the object of a preposition
    /// before it or before its article and adjectives in lower case (`im Meer der Ruhe`, `zur
    /// aktuellen Lage`, `nach einer langen Sitzung`). The prepositions are a closed class
    /// (`lexicon/de/opening-prepositions.txt`); a name's particle (`von der Leyen`) opens no
    /// phrase.
    pub(super) fn in_german_prepositional_phrase(&self, m: &Mention) -> bool {
        if !self.profile.capitalised_nouns || matches!(m.kind, MentionKind::Pronoun) {
            return false;
        }
        let mut i = m.first;
        // Back over the article and adjectives in lower case, at most three words.
        while i > 0 && i + 3 > m.first {
            let Some(t) = self.word(i - 1).filter(|_| self.same_sentence(i - 1, m.first)) else {
                return false;
            };
            if lexicon::is_german_preposition(t.lower) {
                // `Von der Leyen`: the particle of a name, capitalised, opens it.
                return !(t.capitalized && lexicon::is_name_particle(t.lower) && i == m.first);
            }
            if t.capitalized || self.is_cue(i - 1) {
                return false;
            }
            i -= 1;
        }
        false
    }

    /// `the statement`, `his letter`: speaks only as the direct subject of a cue.
    pub(super) fn is_document(&self, m: &Mention) -> bool {
        matches!(&m.kind, MentionKind::Description { role, .. } if lexicon::is_document_noun(role))
    }
}

#[cfg(test)]
mod tests {
    use crate::attribute::testing::{speakers, who};

    #[test]
    fn a_quantifier_standing_alone_is_the_subject_in_its_own_words() {
        // `quantifier-subject`.
        for (text, mention) in [
            (
                "Ana Ortiz asked the crowd about the ferry. Another said, “The ferry is our lifeline.”",
                "Another",
            ),
            (
                "Bo Lind spoke first, and many argued that “the bridge can wait.”",
                "many",
            ),
            (
                "Two banners hung over the harbour. “Save the ferry,” read one.",
                "one",
            ),
        ] {
            assert_eq!(who(text)[0].1, mention, "{text}: {:?}", who(text));
        }
        // A determiner before a noun, or a word after the subject, is no subject of its own.
        let text = "Bo Lind met the voters. One voter said, “The ferry is our lifeline.”";
        assert_eq!(who(text)[0].1, "One voter", "{:?}", who(text));
        let text = "Bo Lind met the nurses. They all said, “The ferry is our lifeline.”";
        assert_eq!(who(text)[0].1, "They", "{:?}", who(text));
    }

    #[test]
    fn a_word_that_opens_a_clause_heads_no_description() {
        // `who` is no noun (WordNet knows it as the WHO): the description ends before it.
        let text = "Bo Lind, a Kansas native who writes poems (one is on a race “where the loser wins”), \
                    ran the campaign.";
        assert_eq!(who(text)[0].1, "a Kansas native", "{:?}", who(text));
    }

    #[test]
    fn a_hyphenated_compound_is_a_noun_by_its_head() {
        let text = "Der Verein hat ein neues Logo. Auf der vereins-Homepage heißt es: „Die Farben \
                    stehen für Offenheit.“";
        assert_eq!(who(text)[0].1, "der vereins-Homepage", "{:?}", who(text));
    }

    #[test]
    fn a_german_demonstrative_alone_is_the_person_named_last() {
        let text = "Jonas Brandt besichtigte die Brücke. Im Gespräch sagte dieser, die \
                    Brücke sei „in keinem guten Zustand“.";
        let found = who(text);
        assert_eq!(
            (found[0].0.as_str(), found[0].1.as_str()),
            ("Jonas Brandt", "dieser"),
            "{found:?}"
        );
        let text = "Paul Roth eröffnete die Sitzung, Lena Sommer sprach danach. „Wir brauchen Personal“, so \
                    letztere.";
        let found = who(text);
        assert_eq!(
            (found[0].0.as_str(), found[0].1.as_str()),
            ("Lena Sommer", "letztere"),
            "{found:?}"
        );
        // Beside a verb in the plural, `diese` is many and refers to no one person.
        let text = "Neben Paul Roth sprach die Ärztin Lena Sommer. Diese forderten: „Wir brauchen mehr \
                    Personal.“";
        assert_eq!(who(text)[0].0, "", "{:?}", who(text));
        // Before a noun it is a determiner, and the phrase names no one.
        let text = "Im Gespräch sagte dieser Tage der Architekt Jonas Brandt: „Die Brücke hält.“";
        assert_ne!(who(text)[0].1, "dieser", "{:?}", who(text));
    }

    #[test]
    fn any_noun_for_a_person_is_a_description() {
        let text = "The club met on Monday.\n\nAnother person wrote: “From Monday the pool stays shut.”";
        assert_eq!(who(text)[0].1, "Another person");
    }

    #[test]
    fn a_definite_document_before_its_cue_is_the_source() {
        let text = "The club wrote to its members.\n\nThe letter said, “From Monday the pool stays shut.”";
        assert_eq!(who(text)[0].1, "The letter");
        // An indefinite one is what was said, not who said it.
        let text = "The club sent out a letter saying “from Monday the pool stays shut.”";
        assert_ne!(who(text)[0].1, "a letter");
    }

    #[test]
    fn an_indefinite_document_opening_its_sentence_is_the_source() {
        let text =
            "The pool closed in May.\n\nA short letter warned that the water was “not safe for anyone.”";
        assert_eq!(who(text)[0].1, "A short letter");
        // After a verb it is what was said.
        let text = "The pool closed in May.\n\nThe club sent out a letter saying that the water was “not safe \
                    for anyone.”";
        assert_eq!(who(text)[0].1, "The club");
    }

    #[test]
    fn documents_by_meaning_are_sources() {
        // Nouns WordNet files under documents, pleadings, lawsuits and polls, not in the
        // hand-written list.
        let text = "The tenants went to court in May.\n\nThe complaint alleged that the landlord “ignored \
                    every warning about the boiler.”";
        assert_eq!(who(text)[0].1, "The complaint");
        let text = "The council looked at the data.\n\nThe study found that the bridge was “in urgent need of \
                    repair.”";
        assert_eq!(who(text)[0].1, "The study");
        // In capitals, the noun is a word of a name: the paper is the speaker by its name.
        let text =
            "The mayor resigned on Friday.\n\nThe Evening Journal said the decision was “long overdue.”";
        assert_eq!(speakers(text), ["Evening Journal"]);
    }

    #[test]
    fn german_names_with_von_der() {
        let text = "Die Lage ist ernst. Ursula von der Leyen betonte: „Wir brauchen viele Frauen mit viel \
                    Erfahrung im Umgang mit Kindern.“";
        assert_eq!(speakers(text), ["Ursula von der Leyen"]);
        let text = "Die Lage ist ernst. Von der Leyen betonte, unter den Bewerberinnen seien „viele Frauen \
                    mit viel Erfahrung im Umgang mit Kindern“.";
        assert_eq!(who(text)[0].1, "Von der Leyen");
    }

    #[test]
    fn names_in_ly_are_names_and_adverbs_are_not() {
        for (text, speaker) in [
            (
                "Kelly responded pointedly: “It can happen when you are 45.”",
                "Kelly",
            ),
            ("Connolly said: “It can happen when you are 45.”", "Connolly"),
            (
                "Recently Ortiz told reporters: “It can happen when you are 45.”",
                "Ortiz",
            ),
        ] {
            assert_eq!(speakers(text), [speaker], "{text}");
        }
    }

    #[test]
    fn a_title_in_lower_case_is_a_role() {
        let text =
            "In December, the prince called for Lind to drop out, calling her “a disgrace to the party.”";
        assert_eq!(who(text)[0].1, "the prince");
        // Before a name it is the name's title.
        let text = "The vigil was long. “The city will heal,” said the Rev. Ana Ortiz.";
        assert_eq!(speakers(text), ["Ana Ortiz"]);
    }

    #[test]
    fn lower_case_title_before_the_name() {
        let text = "“Subpoenas are not optional,” panel chairman Jason Chaffetz said.";
        assert_eq!(speakers(text), ["Jason Chaffetz"]);
    }

    #[test]
    fn a_description_after_a_past_verb_is_its_object() {
        let text = "The race is close. Lind unleashed a series of posts on Friday saying the mayor was \
                    “a danger to the harbour.”";
        assert_eq!(who(text)[0].1, "Lind");
        // After a reporting verb the description is its subject.
        let text = "The race is close. “We will win,” said the campaign’s senior adviser.";
        assert_eq!(who(text)[0].1, "the campaign’s senior adviser");
    }

    #[test]
    fn a_person_described_before_the_name() {
        // More than two words in lower case, one of them a person or role noun.
        let text = "“The port must stay open,” said former shipping executive Ana Ortiz.";
        assert_eq!(speakers(text), ["Ana Ortiz"]);
        let text = "“Welcome to the fair,” said master of ceremonies Bo Lind.";
        assert_eq!(speakers(text), ["Bo Lind"]);
        // Words that describe no person are no title, and a preposition after anything but a
        // person noun ends the phrase.
        let text = "“The port must stay open,” said during long hearings Ana Ortiz.";
        assert_ne!(speakers(text), ["Ana Ortiz"]);
        let text = "“The port must stay open,” said voters in northern Lyle County.";
        assert_ne!(speakers(text), ["Lyle County"]);
        // `of` right before the name makes it the preposition's object.
        let text = "“The port must stay open,” said Ana Ortiz, chairman of Lyle Ferries.";
        assert_eq!(speakers(text), ["Ana Ortiz"]);
        // Nor is it a mention of its own.
        let text = "Bo Lind, chairman of Lyle Ferries, spoke.";
        let pars = crate::extract::paragraphs(text);
        let lowered = crate::attribute::tokenize::lower_in_place(text);
        let passage = crate::attribute::doc::Passage::new(text, &lowered, &pars, &[]);
        let chairman = passage.tokens.iter().position(|t| t.lower == "chairman").unwrap();
        assert!(passage.mention_starting_at(chairman).is_none());
    }

    #[test]
    fn a_description_ends_before_its_verb() {
        let text = "The race is close. The campaign’s senior adviser rallied supporters, saying “We have \
                    to be ready.”";
        assert_eq!(who(text)[0].1, "The campaign’s senior adviser");
    }

    #[test]
    fn people_described_by_what_they_do_speak() {
        for (text, mention) in [
            (
                "A boy asked who was in the painting. Another child responded, “That is her husband.”",
                "Another child",
            ),
            (
                "Members gathered at the hall. “We will not give up,” one supporter said.",
                "one supporter",
            ),
        ] {
            assert_eq!(who(text)[0].1, mention, "{text}");
        }
    }

    #[test]
    fn bare_plural_opens_the_sentence_as_a_description() {
        let text = "The talks stalled.\n\nVeteran lobbyists describe such work as “a different game \
                    altogether.”";
        assert_eq!(who(text)[0].1, "Veteran lobbyists");
        let text = "The talks stalled.\n\nSenior advisers called the offer “a fair start.”";
        assert_eq!(who(text)[0].1, "Senior advisers");
        // Not inside a sentence: there the plural is an object or a modifier's noun.
        let text = "The talks stalled.\n\nThe mayor met veteran lobbyists and called it “a fair start.”";
        assert_ne!(who(text)[0].1, "veteran lobbyists");
    }

    #[test]
    fn a_name_after_a_preposition_and_its_article_is_no_subject() {
        let text = "The town met on Monday.\n\nIn response to the plan to close the clinics in the United \
                    States, Ortiz’s right-hand woman rallied supporters, saying: “We have to be ready.”";
        assert_ne!(who(text)[0].1, "United States", "{:?}", who(text));
        // Not a preposition inside a title (`Secretary of the Navy Ana Ortiz`), and the subject
        // itself still speaks.
        let text = "The town met on Monday.\n\nThe United States warned the council, saying: “We have to \
                    be ready.”";
        assert_eq!(who(text)[0].1, "The United States", "{:?}", who(text));
        // Adjectives in lower case between them.
        let text = "Officials raised the stakes on congressional Democrats, warning that delay would \
                    “increase the risk” of a slump.";
        assert_eq!(who(text)[0].1, "Officials", "{:?}", who(text));
    }

    #[test]
    fn a_name_after_what_is_the_subject_of_its_clause() {
        let text = "The vote was close.\n\nAs Harbourton prepares for what Ana Ortiz called “the loudest \
                    race in years,” the mayor is calm.";
        assert_eq!(speakers(text), ["Ana Ortiz"], "{:?}", who(text));
        let text = "The vote was close.\n\nHarbourton sought the fair in the hopes of shedding what Lind \
                    called “a perception problem.”";
        assert_eq!(speakers(text), ["Lind"], "{:?}", who(text));
    }

    #[test]
    fn contracted_pronoun_is_a_subject() {
        let text =
            "Senator Ann Lee spoke.\nShe’s claiming that fraud is “a big, big problem in this country.”";
        assert_eq!(who(text)[0].1, "She");
    }

    #[test]
    fn possessive_is_not_a_speaker() {
        let text = "Putin’s comments follow the “aggression” clause.";
        assert_eq!(speakers(text), [""]);
    }

    #[test]
    fn a_noun_in_a_german_prepositional_phrase_is_no_speaker() {
        let text = "Die Lage ist ernst. Im Brief, den er an die Ministerin schickte, erklärt er: „Sehr \
                    geehrte Frau Ministerin, das Gesetz ist ein Fehler.“";
        assert_eq!(who(text)[0].1, "er");
        let text = "Die Fähre legte an. Der Kapitän Jan Ott steuerte sie zu einem Platz im Hafen der \
                    Stadt und meldete sich mit den Worten: „Hier ist der Hafen, wir sind angekommen.“";
        assert_ne!(who(text)[0].1, "Hafen");
    }
}
