//! What the open lexicons (`src/lexicon/open.rs`) tell of a mention: whether a capitalised word
//! looks like a name at all, whether a noun phrase's head names a person or an institution, and
//! whether a pronoun agrees with the person it would refer to. Asked only for the words of a
//! mention next to a cue, never for every token.
//!
//! Each check is a named unit like the rules: `CHECKS` lists them, `doc/attribution.md` describes
//! each under a `###` heading of its id, and its tests are named after it.

use super::doc::{Passage, TokKind};
use super::grammar::is_determiner;
use super::mentions::{Mention, MentionKind};
use crate::lexicon::{self, Gender, NounHead};

/// A lexical check the rules ask of a mention, named like a rule.
// The run calls the checks' functions; the names and descriptions are for the rulebook and its
// test.
#[cfg_attr(not(test), allow(dead_code))]
pub(super) struct Check {
    /// Kebab-case name, the `###` heading of the check in `doc/attribution.md`.
    pub(super) id: &'static str,
    /// One line: what the check asks.
    pub(super) description: &'static str,
}

/// `name-looks-like-one`: where every noun has a capital, a capitalised word alone is a speaker
/// only when it looks like a name or its head names a person, role, institution or document
/// (`can_speak`, `looks_like_name`).
pub(super) const NAME_LOOKS_LIKE_ONE: Check = Check {
    id: "name-looks-like-one",
    description: "Where every noun has a capital, one capitalised word speaks only as a name or a noun for a speaker",
};

/// `a-known-word-is-no-name`: where a capital makes a name, a lone capitalised word the lexicon
/// knows as no noun and that opens its sentence, a capitalised adjective, or a word whose last
/// part is a participle (`Orlando-based`), is no name unless the document names someone by it
/// (`word_posing_as_name`).
pub(super) const A_KNOWN_WORD_IS_NO_NAME: Check = Check {
    id: "a-known-word-is-no-name",
    description: "Where a capital makes a name, an opening verb, adjective or preposition, or a capitalised adjective, is no name",
};

/// `adverb-opens-the-clause`: a capitalised word the lexicon knows, not as a noun, opens a
/// verb-second clause as an adverb; the subject follows the verb (`opens_with_adverb`).
pub(super) const ADVERB_OPENS_THE_CLAUSE: Check = Check {
    id: "adverb-opens-the-clause",
    description: "A known word that is no noun and names no one opens the clause as an adverb, not as its subject",
};

/// `pronouns-agree`: a pronoun refers only to a person whose given name is not of the other
/// gender (`pronoun_gender`, `agrees`).
pub(super) const PRONOUNS_AGREE: Check = Check {
    id: "pronouns-agree",
    description: "A gendered pronoun never refers to a person whose given name is of the other gender",
};

/// Whether the first word of `name` is a given name whose usual gender is the pronoun's
/// `gender`: agreement known, not only not ruled out (`Hillary Clinton` for `she`).
pub(super) fn known_to_agree(gender: Option<Gender>, name: &str) -> bool {
    let first = name.split_whitespace().next().unwrap_or("").to_lowercase();
    gender.is_some() && lexicon::given_name_gender(&first) == gender
}

/// `a-gendered-pronoun-needs-a-person`: `he` or `she` refers to no name whose last word is a noun
/// for a thing, place, time or group, unless its first word is a given name (`person_for`).
pub(super) const A_GENDERED_PRONOUN_NEEDS_A_PERSON: Check = Check {
    id: "a-gendered-pronoun-needs-a-person",
    description: "`he` and `she` never refer to a name whose last word is a noun for a thing, place, time or group",
};

/// `pronoun-bound-by-its-sentence-subject`: `it` or `they` that no speaker before it resolves
/// stands for the group or institution opening its own sentence (`group_opening_the_sentence`
/// in `src/attribute/resolve.rs`).
pub(super) const PRONOUN_BOUND_BY_ITS_SENTENCE_SUBJECT: Check = Check {
    id: "pronoun-bound-by-its-sentence-subject",
    description: "`it` or `they` with no speaker before it stands for the group that opens its own sentence",
};

/// `pronoun-in-an-adverbial-clause`: `he` or `she` right after a conjunction that opens an
/// adverbial clause (`when`, `because`) refers to the person opening its sentence as the subject
/// (`adverbial_clause_subject` in `src/attribute/resolve.rs`).
pub(super) const PRONOUN_IN_AN_ADVERBIAL_CLAUSE: Check = Check {
    id: "pronoun-in-an-adverbial-clause",
    description: "A pronoun opening an adverbial clause refers to the subject of its sentence, not to a name in the predicate",
};

/// `a-thing-speaks-only-through-a-cue`: verb second, a description whose head the German lexicon
/// knows only as a thing opens the quotation's sentence as its subject only when its verb is a
/// cue (`thing_without_a_cue` in `src/attribute/subject.rs`).
pub(super) const A_THING_SPEAKS_ONLY_THROUGH_A_CUE: Check = Check {
    id: "a-thing-speaks-only-through-a-cue",
    description: "A German description whose head names only a thing is the sentence's subject only before a cue",
};

/// The lexical checks, in the order the rulebook describes them.
#[cfg_attr(not(test), allow(dead_code))]
pub(super) static CHECKS: &[Check] = &[
    NAME_LOOKS_LIKE_ONE,
    A_KNOWN_WORD_IS_NO_NAME,
    ADVERB_OPENS_THE_CLAUSE,
    PRONOUNS_AGREE,
    A_GENDERED_PRONOUN_NEEDS_A_PERSON,
    PRONOUN_BOUND_BY_ITS_SENTENCE_SUBJECT,
    PRONOUN_IN_AN_ADVERBIAL_CLAUSE,
    A_THING_SPEAKS_ONLY_THROUGH_A_CUE,
];

impl Passage<'_> {
    /// `name-looks-like-one`: whether mention `m` can stand for a speaker by its words: where every noun has a capital,
    /// a one-word name must look like a name, and a description's head must name a person, a
    /// role, an institution or a document (`die Behörde`, not `das Interview`).
    pub(super) fn can_speak(&self, m: &Mention) -> bool {
        if !self.profile.capitalised_nouns {
            return match &m.kind {
                MentionKind::Name { name } => !self.word_posing_as_name(m.last, name.len() == 1),
                _ => true,
            };
        }
        match &m.kind {
            MentionKind::Pronoun => true,
            MentionKind::Name { name } => {
                (name.len() > 1 || self.looks_like_name(m.last)) && !self.genitive_of_a_thing(m)
            }
            // A description's head noun is weighed by the rules that read the clause
            // (`german_object`): the lexicon cannot tell an institution it lacks from a thing.
            MentionKind::Description { .. } => true,
        }
    }

    /// A name's genitive before a noun that names a thing (`Obamas Einsatz`, `Trumps
    /// Angriffsauftrag`): the phrase is the thing, whose head is the noun, not the person.
    /// The genitive is a word in `-s`, itself no given name, whose stem the lexicon does not know
    /// (a name) or knows as a given name; `Weißes Haus`, `Rotes Kreuz` open with an adjective and
    /// stay names.
    fn genitive_of_a_thing(&self, m: &Mention) -> bool {
        if m.last <= m.first {
            return false;
        }
        // A given name in `-s` is no genitive (`Jonas Berg`, `Klaus Kohl`).
        let Some(stem) = self
            .word(m.first)
            .filter(|t| lexicon::given_name_gender(t.lower).is_none())
            .and_then(|t| t.lower.strip_suffix('s'))
        else {
            return false;
        };
        let stem = stem.trim_end_matches(['’', '\'']);
        (!lexicon::german_word(stem).known() || lexicon::given_name_gender(stem).is_some())
            && self.word(m.first + 1).is_some_and(|t| t.capitalized)
            && matches!(
                lexicon::german_noun_head(self.lower(m.last)),
                Some(NounHead::Thing)
            )
    }

    /// `a-known-word-is-no-name`: whether the capitalised word at `i`, the last of a name (`alone`
    /// when the only one), is a word of the language rather than a name: a word whose last part
    /// is a participle or adjective in lower case (`Orlando-based`, `Republican-leaning`); alone, a
    /// capitalised adjective (`Mexican`, `Democratic`) that is no surname the document gives a
    /// person; alone and opening its sentence, a verb form, adjective, adverb or preposition
    /// (`Holding`, `Ask`, `Informed`, `Among`) that is no given name, follows no title and that
    /// the document never writes with a capital inside a sentence or in a longer name.
    pub(super) fn word_posing_as_name(&self, i: usize, alone: bool) -> bool {
        let Some(t) = self.word(i) else {
            return false;
        };
        let word = super::grammar::without_possessive(&self.text[t.range()]);
        if let Some((_, tail)) = word.rsplit_once('-')
            && tail.starts_with(|c: char| c.is_lowercase())
            && lexicon::is_not_noun(tail)
        {
            return true;
        }
        if !alone || word.contains('-') {
            return false;
        }
        let lower = super::grammar::without_possessive(t.lower);
        // After a title it is a name (`Sen. Early`), after a determiner a noun (`the Texan`),
        // unless a noun follows that it modifies (`the Mexican border`).
        let titled = i > 0
            && self.word(i - 1).is_some_and(|p| {
                lexicon::is_title(p.lower) || lexicon::is_role_noun(p.lower) || is_determiner(p.lower)
            });
        let proper_adjective = lexicon::is_proper_adjective(lower);
        if proper_adjective && self.modifies_a_noun(i) {
            return true;
        }
        if titled || lexicon::given_name_gender(lower).is_some() {
            return false;
        }
        if proper_adjective {
            let surname = self.holders.get(word).is_some_and(|holders| {
                holders.iter().any(|&k| {
                    let e = &self.entities[k as usize];
                    e.person && e.name.len() > 1 && e.name.last() == Some(&word)
                })
            });
            return !surname;
        }
        self.opens_sentence(i)
            && (lexicon::is_not_noun(lower) || self.is_preposition(lower))
            && !self.in_a_longer_name(i)
            && !self.capitalised_inside_a_sentence_elsewhere(i)
    }

    /// Whether the document writes the word at `i` with a capital somewhere else, inside a
    /// sentence: there it is a name (`die Deutsche Bank`, `Holding Corp.`).
    fn capitalised_inside_a_sentence_elsewhere(&self, i: usize) -> bool {
        let lower = self.lower(i);
        self.tokens.iter().enumerate().any(|(j, o)| {
            j != i && o.kind == TokKind::Word && o.capitalized && o.lower == lower && !self.opens_sentence(j)
        })
    }

    /// Whether the word at `i` modifies the noun after it (`the Mexican border`): that word is in lower case, a noun for a thing, place, event or group,
    /// and no verb form the lexicon tells apart (not a cue, not a participle, not in `-s`, which
    /// may be a verb's: `Ortiz claims`).
    fn modifies_a_noun(&self, i: usize) -> bool {
        self.word(i + 1).is_some_and(|n| {
            !n.capitalized
                && lexicon::is_thing_noun(n.lower)
                && !n.lower.ends_with('s')
                && !lexicon::is_not_noun(n.lower)
                && !lexicon::is_cue_verb(n.lower)
        })
    }

    /// Whether the word at `i` is the first word of its sentence (past punctuation only).
    pub(super) fn opens_sentence(&self, i: usize) -> bool {
        let sentence = self.tokens[i].sentence;
        self.tokens[..i]
            .iter()
            .rev()
            .take_while(|t| t.sentence == sentence)
            .all(|t| matches!(t.kind, TokKind::Punct(_)))
    }

    /// Where every noun has a capital: whether the capitalised word at `i` is an adjective that
    /// opens its sentence with the noun it declines for (`Jegliche Schuld weist er von sich`,
    /// `Folgendes`), not a name: a declined adjective (`is_declined_adjective`) that is no given
    /// name nor a word of a name the document gives, and that the document never writes with a
    /// capital inside a sentence (`die Deutsche Bank`).
    pub(super) fn adjective_opens_the_sentence(&self, i: usize) -> bool {
        self.declined_adjective_opens_the_sentence(i)
            && !self.in_a_longer_name(i)
            && !self.capitalised_inside_a_sentence_elsewhere(i)
    }

    /// What both readings of a sentence-opening adjective ask first: where every noun has a
    /// capital, the word at `i` opens its sentence with a capital and is a declined adjective
    /// (`is_declined_adjective`) that is no given name.
    fn declined_adjective_opens_the_sentence(&self, i: usize) -> bool {
        self.profile.capitalised_nouns
            && self.opens_sentence(i)
            && self.word(i).is_some_and(|t| {
                t.capitalized
                    && is_declined_adjective(t.lower)
                    && lexicon::given_name_gender(t.lower).is_none()
            })
    }

    /// `adjective-before-its-noun-is-no-name`: where every noun has a capital, whether the
    /// capitalised word at `i` is a declined adjective that opens its sentence before the common
    /// noun it declines for (`Jegliche Schuld weist er von sich`): the two words are a noun
    /// phrase, and the adjective opens no name, unless it is a given name or the document writes
    /// it with a capital inside a sentence (`die Deutsche Bank`). Asked of the words that open
    /// a capitalised chunk, before the document's names are known.
    pub(super) fn adjective_before_its_noun(&self, i: usize) -> bool {
        // The cheap test first: most chunks are one word.
        self.word(i + 1).is_some_and(|n| n.capitalized)
            && self.declined_adjective_opens_the_sentence(i)
            && self
                .word(i + 1)
                .is_some_and(|n| lexicon::german_word(n.lower).noun())
            && !self.capitalised_inside_a_sentence_elsewhere(i)
    }

    /// Whether the capitalised word at `i`, alone, looks like a name: a given name, a word after
    /// a title or role, a word of a longer name or of a person the document names, or a word the
    /// lexicon does not know in lower case (`Nacke`, not `Zeiten`, `Unterdessen`, `Reflexartig`).
    pub(super) fn looks_like_name(&self, i: usize) -> bool {
        let Some(t) = self.word(i) else {
            return false;
        };
        let lower = t.lower.trim_end_matches(['’', '\'']).trim_end_matches('s');
        if is_present_participle(t.lower) || self.adjective_opens_the_sentence(i) {
            return false;
        }
        if !lexicon::german_word(t.lower).known() && !lexicon::german_word(lower).known() {
            return true;
        }
        if lexicon::given_name_gender(t.lower).is_some() {
            return true;
        }
        // A common noun speaks as a description when its head names a person, a role, an
        // institution or a document (`Analysten sprachen`, `laut Innenministerium`).
        if lexicon::german_noun_can_speak(t.lower)
            || lexicon::is_role_noun(t.lower)
            || lexicon::is_german_document_noun(t.lower)
            || lexicon::is_listed_document_noun(t.lower)
        {
            return true;
        }
        let titled = i > 0
            && self
                .word(i - 1)
                .is_some_and(|p| lexicon::is_title(p.lower) || lexicon::is_role_noun(p.lower));
        titled || self.in_a_longer_name(i)
    }

    /// Whether the word at `i` is a word of a name of two words or more, or of a person, that
    /// the document names (`Merkel` after `Angela Merkel`, `Fischer` after `Joschka Fischer`).
    pub(super) fn in_a_longer_name(&self, i: usize) -> bool {
        let word = &self.text[self.tokens[i].range()];
        let word = super::grammar::without_possessive(word);
        self.holders.get(word).is_some_and(|holders| {
            holders.iter().any(|&k| {
                let e = &self.entities[k as usize];
                e.name.len() > 1 || !e.titles.is_empty()
            })
        })
    }

    /// `adverb-opens-the-clause`: whether a capitalised word that opens a clause is an adverb or adjective rather than its
    /// subject (`Unterdessen sagte er`, `Reflexartig erklärte die Partei`): the lexicon knows it
    /// in lower case, not as a noun, and the document names no one by it.
    pub(super) fn opens_with_adverb(&self, i: usize) -> bool {
        self.word(i).is_some_and(|t| {
            let class = lexicon::german_word(t.lower);
            t.capitalized
                && (class.known() || is_present_participle(t.lower))
                && !is_determiner(t.lower)
                && !lexicon::is_german_article(t.lower)
                && !self.is_preposition(t.lower)
                && !lexicon::is_german_preposition(t.lower)
                && !class.noun()
                && !lexicon::is_pronoun(t.lower)
                && lexicon::given_name_gender(t.lower).is_none()
                && !self.in_a_longer_name(i)
        })
    }
}

/// Whether a German word is the present participle of a verb the lexicon knows, used as an
/// adverb or adjective (`relativierend` from `relativieren`, `abschließend`): the infinitive and
/// `d`, and no noun of its own (`Abend`, `Jugend`).
pub(super) fn is_present_participle(lower: &str) -> bool {
    lower.ends_with("end")
        && lower
            .strip_suffix('d')
            .is_some_and(|infinitive| lexicon::german_word(infinitive).known())
        && !lexicon::german_word(lower).noun()
}

/// Whether a German word is an adjective or participle in one of its declined forms (`jegliche`,
/// `folgendes`, `künftigen`): an inflection ending (`-e`, `-en`, `-er`, `-es`, `-em`) after a stem
/// that the lexicon knows as an adjective, that is a present participle, or that ends like a
/// derived adjective (`lexicon/de/adjective-suffixes.txt`), and no noun of its own (`Verwundete`
/// is a person).
pub(super) fn is_declined_adjective(lower: &str) -> bool {
    is_declined_form(lower, |stem| {
        lexicon::german_word(stem).adjective()
            || is_present_participle(stem)
            || lexicon::has_german_adjective_suffix(stem)
    })
}

/// Whether a German word is an inflection ending (`-e`, `-en`, `-er`, `-es`, `-em`) after a stem
/// of three letters or more that `stem_fits`, and no noun of its own (asked last: most words have
/// no such ending).
pub(super) fn is_declined_form(lower: &str, stem_fits: impl Fn(&str) -> bool) -> bool {
    lexicon::GERMAN_ADJECTIVE_ENDINGS.iter().any(|ending| {
        lower
            .strip_suffix(ending)
            .is_some_and(|stem| stem.chars().count() >= 3 && stem_fits(stem))
    }) && !lexicon::german_word(lower).noun()
}

/// `pronouns-agree`: the gender a personal pronoun asks of its person: `she` and `er` are one gender's, `sie`
/// (she or they) at least not a man's.
pub(super) fn pronoun_gender(lower: &str) -> Option<Gender> {
    match lower {
        "she" | "her" | "sie" => Some(Gender::Female),
        "he" | "him" | "er" => Some(Gender::Male),
        _ => None,
    }
}

/// `pronouns-agree`: whether a person named `name` can be what a pronoun of `gender` refers to: not when the first
/// word of the name is a given name of the other gender.
pub(super) fn agrees(gender: Option<Gender>, name: &str) -> bool {
    let Some(gender) = gender else {
        return true;
    };
    let first = name.split_whitespace().next().unwrap_or("").to_lowercase();
    lexicon::given_name_gender(&first).is_none_or(|g| g == gender)
}

/// `a-gendered-pronoun-needs-a-person`: whether a name can be what the English pronoun `lower`
/// refers to. `he`, `him`, `she` and `her` speak of a person, so not of a name of two words or
/// more whose last word is a noun for a thing, a place, a time, an event or a group (`Sixth
/// Street`, `Labor Day`, `Lucent Technologies`, `Trump Administration`), unless its first word
/// is a given name of either gender (`Theresa May`, `Bernie Sanders`). Other pronouns, and German ones, whose gender is grammatical
/// (`der Verband … er`), ask nothing.
pub(super) fn person_for(lower: &str, name: &str) -> bool {
    if !matches!(lower, "he" | "him" | "she" | "her") {
        return true;
    }
    let mut words = name.split_whitespace();
    let (Some(first), Some(last)) = (words.next(), words.next_back()) else {
        return true;
    };
    let last = super::grammar::without_possessive(last).to_lowercase();
    lexicon::is_given_name(&first.to_lowercase()) || !lexicon::is_thing_noun(&last)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::attribute::testing::{speakers, who};

    #[test]
    fn checks_are_named_and_described_in_the_rulebook_in_order() {
        let ids: Vec<&str> = CHECKS.iter().map(|c| c.id).collect();
        for (i, check) in CHECKS.iter().enumerate() {
            assert!(
                !check.id.is_empty() && check.id.bytes().all(|b| b.is_ascii_lowercase() || b == b'-'),
                "{}",
                check.id
            );
            assert!(!ids[..i].contains(&check.id), "{} twice", check.id);
            assert!(
                !check.description.is_empty() && !check.description.contains('\n'),
                "{}",
                check.description
            );
        }
        let rulebook = include_str!("../../doc/attribution.md");
        let headings: Vec<&str> = rulebook
            .lines()
            .filter_map(|l| l.strip_prefix("### "))
            .map(|h| h.trim_matches('`'))
            .collect();
        assert_eq!(headings, ids);
    }

    #[test]
    fn name_looks_like_one_an_opening_adverb_is_not_the_speaker() {
        let text = "Die Lage ist ernst. Unterdessen sagte der Minister: „Wir werden die Brücke bis zum Winter \
                    wieder aufbauen.“";
        assert_eq!(who(text)[0].1, "der Minister");
        let text =
            "Die Lage ist ernst. Weiter sagte er: „Wir werden die Brücke bis zum Winter wieder aufbauen.“";
        assert_eq!(who(text)[0].1, "er");
    }

    #[test]
    fn name_looks_like_one_a_common_noun_is_no_name() {
        let text = "Die Lage ist ernst. Im Interview sagte die Sprecherin der Behörde: „Wir werden die \
                    Brücke bis zum Winter wieder aufbauen.“";
        assert_eq!(who(text)[0].1, "die Sprecherin");
        // A word of a longer name the document gives is a name.
        let text = "Angela Merkel reiste nach Paris. Merkel sagte: „Wir werden die Brücke bis zum Winter \
                    wieder aufbauen.“";
        assert_eq!(speakers(text), ["Angela Merkel"]);
    }

    #[test]
    fn name_looks_like_one_a_compound_is_a_speaker_by_its_head() {
        let text = "Die Lage ist ernst. Das Innenministerium erklärte: „Wir werden die Brücke bis zum \
                    Winter wieder aufbauen.“";
        assert_eq!(who(text)[0].1, "Das Innenministerium");
    }

    #[test]
    fn name_looks_like_one_asks_nothing_where_a_capital_makes_a_name() {
        // English: a capital is a name's, the lexicon is not asked.
        let text = "The harbour was quiet.\n\n“We will rebuild the bridge,” Winter said.";
        assert_eq!(speakers(text), ["Winter"]);
    }

    #[test]
    fn a_known_word_is_no_name_an_opening_participle_gives_way_to_the_subject() {
        let text = "The strike entered its third week.\n\nWaving placards that called the board “a \
                    disgrace to the city,” the nurses marched to the town hall.";
        assert_ne!(who(text)[0].1, "Waving");
        let text = "The strike entered its third week.\n\nAsk the nurses and they call the offer “an \
                    insult to every one of us.”";
        assert_ne!(who(text)[0].1, "Ask");
        let text = "The strike entered its third week.\n\nAmong the banners was one that read “Fair pay \
                    for fair work.”";
        assert_ne!(who(text)[0].1, "Among");
    }

    #[test]
    fn a_known_word_is_no_name_a_capitalised_adjective_or_a_based_compound_is_none() {
        let text = "Lena Ortiz toured the Canadian border on Monday, adding, “We will build a second \
                    bridge before winter.”";
        assert_eq!(speakers(text), ["Lena Ortiz"]);
        let text = "The talks stalled again.\n\nAt the rally, she only spoke of the need for a fence on \
                    the Canadian border and adding, “We will build a second bridge before winter.”";
        assert_eq!(who(text)[0].1, "she");
        let text = "The talks stalled again.\n\nThe Denver-based firm that built the dam called the \
                    report “a fair reading of the facts.”";
        assert_ne!(who(text)[0].1, "Denver-based");
        // After a determiner the adjective is a noun: `the Texan`.
        let text = "Rick Salas toured the plant.\n\n“We will build a second bridge before winter,” the \
                    Texan said.";
        assert_eq!(who(text)[0].1, "the Texan");
    }

    #[test]
    fn a_known_word_is_no_name_unless_the_document_names_someone_by_it() {
        let quote = "\n\nStrong said, “We will build a second bridge before winter.”";
        // `Strong` is an adjective and nothing else: alone at the opening, no name.
        assert_eq!(speakers(&format!("The plant was quiet.{quote}")), [""]);
        // The surname of a person the document names.
        assert_eq!(
            speakers(&format!("Senator Tom Strong toured the plant.{quote}")),
            ["Tom Strong"]
        );
        // Written with a capital inside a sentence: a name.
        assert_eq!(
            speakers(&format!("Reporters waited for Strong at the gate.{quote}")),
            ["Strong"]
        );
    }

    #[test]
    fn adverb_opens_the_clause_and_the_subject_follows_the_verb() {
        let text = "Die Lage ist ernst. Reflexartig erklärte die Partei: „Wir werden die Brücke bis zum \
                    Winter wieder aufbauen.“";
        assert_eq!(who(text)[0].1, "die Partei");
    }

    #[test]
    fn pronouns_agree_she_never_resolves_to_a_man() {
        let text = "Peter Brandt met the press on Monday.\n\n“We will rebuild the bridge,” she said.";
        assert_eq!(speakers(text), [""]);
        let text = "Anna Brandt met the press on Monday.\n\n“We will rebuild the bridge,” she said.";
        assert_eq!(speakers(text), ["Anna Brandt"]);
        // The nearest person who fits, past a later one who does not.
        let text = "Anna Brandt spoke on Monday. Peter Vogel was there too.\n\n“We will rebuild the \
                    bridge,” she said.";
        assert_eq!(speakers(text), ["Anna Brandt"]);
    }

    #[test]
    fn a_gendered_pronoun_needs_a_person_not_a_place_or_a_day() {
        let text = "Anna Brandt opened the fair.\n\n“We need the trade,” Market Day organisers said.\n\n\
                    “We will rebuild the bridge,” she said.";
        assert_eq!(speakers(text)[1], "Anna Brandt");
        assert!(!person_for("she", "Labor Day"));
        assert!(!person_for("he", "Lucent Technologies"));
        assert!(!person_for("he", "Sixth Street’s"));
        // A given name of either gender first: a person, whatever the surname means.
        assert!(person_for("he", "Theresa May"));
        assert!(person_for("he", "Kim Field"));
        // `it`, and German pronouns, whose gender is grammatical, ask nothing.
        assert!(person_for("it", "Labor Day"));
        assert!(person_for("er", "Deutscher Gewerkschaftsbund"));
    }

    #[test]
    fn pronouns_agree_with_the_given_name() {
        assert!(agrees(pronoun_gender("she"), "Anna Brandt"));
        assert!(!agrees(pronoun_gender("she"), "Peter Brandt"));
        assert!(!agrees(pronoun_gender("er"), "Anna Brandt"));
        assert!(agrees(pronoun_gender("he"), "Kim Lee"));
        assert!(agrees(pronoun_gender("they"), "Peter Brandt"));
    }

    #[test]
    fn a_present_participle_opens_the_clause_and_is_no_name() {
        assert!(is_present_participle("relativierend"));
        assert!(!is_present_participle("abend"));
        let text = "Die Lage ist ernst. Relativierend fügte Jonas Berg hinzu: „Wir werden die Brücke \
                    bis zum Winter wieder aufbauen.“";
        assert_eq!(who(text)[0].1, "Jonas Berg");
    }

    #[test]
    fn a_names_genitive_before_a_thing_is_the_thing() {
        let text = "Die Wahl ist vorbei. Obamas Einsatz für den Frieden würdigte das Komitee als „großen \
                    Schritt für die ganze Welt“.";
        assert_ne!(who(text)[0].1, "Obamas Einsatz");
        // Before a person it names the person (`Obamas Sprecher`).
        let text = "Die Wahl ist vorbei. Obamas Sprecher erklärte: „Wir werden die Brücke bis zum \
                    Winter wieder aufbauen.“";
        assert_eq!(who(text)[0].1, "Obamas Sprecher");
    }

    #[test]
    fn a_declined_adjective_that_opens_the_sentence_is_no_name() {
        for word in ["jegliche", "folgendes", "künftigen"] {
            assert!(super::is_declined_adjective(word), "{word}");
        }
        for word in ["verwundete", "brandt", "lage"] {
            assert!(!super::is_declined_adjective(word), "{word}");
        }
        let text = "Die Sitzung dauerte lange. Folgendes hielt der Vorstand fest: „Wir bleiben.“";
        assert_eq!(who(text)[0].1, "der Vorstand", "{:?}", who(text));
        let text = "Die Sitzung dauerte lange. Künftiges bleibt ungewiss: „Wir wissen es nicht.“";
        assert_eq!(who(text)[0].1, "", "{:?}", who(text));
    }

    #[test]
    fn pronouns_agree_german_sie_is_one_woman_beside_a_singular_cue() {
        let text = "Die Liga tagte. Anna Weber sprach lange. „Wir kämpfen weiter“, sagte sie.";
        assert_eq!(speakers(text), ["Anna Weber"], "{:?}", who(text));
        // Many: `sagten sie` stays unresolved.
        let text = "Die Liga tagte. Anna Weber sprach lange. „Wir kämpfen weiter“, sagten sie.";
        assert_eq!(speakers(text), [""], "{:?}", who(text));
        // Not a man, whatever the number.
        let text = "Die Liga tagte. Karl Weber sprach lange. „Wir kämpfen weiter“, sagte sie.";
        assert_eq!(speakers(text), [""], "{:?}", who(text));
    }

    #[test]
    fn an_agent_noun_of_a_verb_of_speech_is_a_person() {
        let text = "The debate went on for hours online. Another commenter said, \"We all know how she feels \
                    about the police.\"";
        assert_eq!(who(text)[0].1, "Another commenter", "{:?}", who(text));
    }
}
