//! The people and institutions a passage names: every capitalised chunk outside the quotations,
//! grouped by name, each counted as an occurrence of the fullest name that contains it.

use std::hash::BuildHasher;
use std::ops::Range;

use rustc_hash::FxHashMap;

use super::doc::Passage;
use super::grammar::{base, without_possessive};
use super::mentions::{Mention, MentionKind, NameWords};
use crate::lexicon;

/// A person or institution the document names with more than a bare word.
#[derive(Debug)]
pub(super) struct Entity<'a> {
    /// The words of its name, without titles.
    pub(super) name: Vec<&'a str>,
    /// Titles and roles it goes by (`president`, `sen`), lower case.
    pub(super) titles: Vec<&'a str>,
    /// Whether the document names it as a person: with a title or role, or with two words or more
    /// standing as a subject; never with a word of a place.
    pub(super) person: bool,
    /// Where its occurrences are in `Passage::occurrences`.
    pub(super) occurrences: Range<usize>,
}

/// An occurrence of an entity, in document order among all entities'.
#[derive(Debug, Clone, Copy)]
pub(super) struct EntityMention {
    /// The first token of the name (after its titles).
    pub(super) at: usize,
    /// Index into `Passage::entities`.
    pub(super) entity: usize,
    /// Whether the name stands as a subject: not after a preposition, not a possessive.
    pub(super) subject: bool,
}

/// An occurrence of an entity that has a given title.
#[derive(Debug, Clone, Copy)]
pub(super) struct TitledMention {
    /// The first token of the name.
    pub(super) at: usize,
    /// Index into `Passage::entities`.
    pub(super) entity: usize,
}

/// For each word of a name, the entities whose names hold it, in order: one list for all the
/// words, each word's entities a stretch of it.
#[derive(Debug, Default)]
pub(super) struct Holders<'a> {
    stretch: FxHashMap<&'a str, Range<u32>>,
    entities: Vec<u32>,
}

impl<'a> Holders<'a> {
    /// The holders of the words of `names`, an entity's name each.
    fn of(names: &[&[&'a str]]) -> Holders<'a> {
        // A word twice in one name counts once: names are a few words long, so the words
        // before it are read rather than a map kept of the entity each word was last seen in.
        fn distinct<'n, 'a>(name: &'n [&'a str]) -> impl Iterator<Item = &'a str> + 'n {
            name.iter()
                .enumerate()
                .filter(move |&(j, w)| !name[..j].contains(w))
                .map(|(_, &w)| w)
        }
        let words = names.iter().map(|name| name.len()).sum();
        let mut stretch: FxHashMap<&'a str, Range<u32>> =
            FxHashMap::with_capacity_and_hasher(words, Default::default());
        // Each word's count first, in the end of its stretch; then each stretch laid out and
        // filled.
        for name in names {
            for w in distinct(name) {
                stretch.entry(w).or_insert(0..0).end += 1;
            }
        }
        let mut end = 0;
        for s in stretch.values_mut() {
            let count = s.end;
            *s = end..end;
            end += count;
        }
        let mut entities = vec![0; end as usize];
        for (k, name) in names.iter().enumerate() {
            for w in distinct(name) {
                if let Some(s) = stretch.get_mut(w) {
                    entities[s.end as usize] = k as u32;
                    s.end += 1;
                }
            }
        }
        Holders { stretch, entities }
    }

    /// The entities whose names hold `word`, in order.
    pub(super) fn get(&self, word: &str) -> Option<&[u32]> {
        let stretch = self.stretch.get(word)?;
        Some(&self.entities[stretch.start as usize..stretch.end as usize])
    }
}

/// What `find_entities` finds, as `Passage` keeps it.
pub(super) struct Entities<'a> {
    /// The entities, in the order of their first occurrence.
    pub(super) entities: Vec<Entity<'a>>,
    /// Each entity's occurrences in a stretch, in document order.
    pub(super) occurrences: Vec<usize>,
    /// The holders of the entities' words.
    pub(super) holders: Holders<'a>,
    /// All occurrences in document order.
    pub(super) mentions: Vec<EntityMention>,
}

impl<'a> Passage<'a> {
    /// Every capitalised chunk outside the quotations, grouped into entities by name.
    pub(super) fn find_entities(&self) -> Entities<'a> {
        // Sized up front from the number of tokens: grown chunk by chunk, these maps cost 8 % of
        // reading, extracting and attributing a large archive.
        let expected = self.tokens.len() / 10;
        let mut entities: Vec<Entity<'a>> = Vec::with_capacity(expected);
        // The first entity of each name's hash; a name whose hash another name took first is
        // looked for among all entities (`named`).
        let mut index: FxHashMap<u64, usize> =
            FxHashMap::with_capacity_and_hasher(expected, Default::default());
        let named = |entities: &[Entity], index: &FxHashMap<u64, usize>, name: &[&str], hash: u64| {
            let first = *index.get(&hash)?;
            if entities[first].name == name {
                return Some(first);
            }
            entities.iter().position(|e| e.name == name)
        };
        // Each chunk: its first name token, the entity of its own name, and whether it is a subject.
        let mut chunks: Vec<EntityMention> = Vec::with_capacity(expected);
        // The words of the chunk at hand: only a new entity's name is allocated.
        let mut name: Vec<&'a str> = Vec::new();
        let mut i = 0;
        while i < self.tokens.len() {
            if !self
                .mention_word(i)
                .is_some_and(|t| t.capitalized && self.can_open_name(i, t))
                || self.in_time_expression(i)
                || self.adjective_before_its_noun(i)
            {
                i += 1;
                continue;
            }
            let mut last = i;
            while self.is_name_word(last + 1, false) {
                last += 1;
            }
            if let NameWords::Name(first) = self.name_words(i, last, &mut name) {
                let mut titles: Vec<&'a str> = (i..first).map(|k| base(self.lower(k))).collect();
                if i > 0
                    && self
                        .word(i - 1)
                        .is_some_and(|t| lexicon::is_role_noun(t.lower) || lexicon::is_title(t.lower))
                {
                    titles.push(base(self.lower(i - 1)));
                }
                let place =
                    (first..=last).any(|k| lexicon::is_not_person_word(without_possessive(self.lower(k))));
                let subject = self.is_subject(&Mention {
                    kind: MentionKind::Name { name: Vec::new() },
                    first: i,
                    last,
                });
                // Two capitalised words are a person only where they stand as a subject
                // (`São Paulo` is always `in São Paulo`).
                // Where every noun has a capital, two capitalised words that open with a common
                // noun are a noun phrase, not a person (`Milliarden Euro`, `Rechte von …`); a
                // role noun opens a person's name (`Abgeordnete Jonas Brandt`). Asked only of
                // such a pair, not of every capitalised word.
                let common = || {
                    let opener = without_possessive(self.lower(first));
                    self.profile.capitalised_nouns
                        && lexicon::german_word(opener).noun()
                        && lexicon::given_name_gender(opener).is_none()
                        && !matches!(lexicon::german_noun_head(opener), Some(lexicon::NounHead::Person))
                };
                let person = !place && (!titles.is_empty() || (name.len() >= 2 && subject && !common()));
                let hash = rustc_hash::FxBuildHasher.hash_one(&name);
                let own = match named(&entities, &index, &name, hash) {
                    Some(k) => {
                        let e = &mut entities[k];
                        e.person |= person;
                        for t in titles {
                            if !e.titles.contains(&t) {
                                e.titles.push(t);
                            }
                        }
                        k
                    }
                    None => {
                        index.entry(hash).or_insert(entities.len());
                        entities.push(Entity {
                            name: name.clone(),
                            titles,
                            person,
                            occurrences: 0..0,
                        });
                        entities.len() - 1
                    }
                };
                chunks.push(EntityMention {
                    at: first,
                    entity: own,
                    subject,
                });
            }
            i = last + 1;
        }
        // Each chunk counts as an occurrence of the fullest entity that contains it (`Putin` of
        // `Vladimir Putin`), so that pronouns find the person and not the surname alone.
        // Only entities that hold every word of a name can contain it: index them by word.
        let names: Vec<&[&'a str]> = entities.iter().map(|e| e.name.as_slice()).collect();
        let holders = Holders::of(&names);
        drop(names);
        // Where several names are as full (`Bill Clinton`, `Hillary Clinton` for `Clinton`), each
        // occurrence is the one of them named last before it, and the first of them before any.
        let key = |e: &Entity| (e.person, e.name.len());
        // The fullest entity holding each entity's name, the first of them on a tie; and the
        // entities whose names several hold as fully, with those, in order.
        let mut targets: Vec<usize> = Vec::with_capacity(entities.len());
        let mut several: Vec<(usize, Vec<usize>)> = Vec::new();
        for (i, own) in entities.iter().enumerate() {
            let containing = || {
                rarest_holders(&holders, &own.name)
                    .into_iter()
                    .flatten()
                    .map(|&k| k as usize)
                    .filter(|&k| contains_run(&entities[k].name, &own.name))
            };
            // One pass for the fullest, the first of them, and whether another is as full.
            let (mut best, mut tied) = (None, false);
            for k in containing() {
                let full = key(&entities[k]);
                match best {
                    Some((b, _)) if full < b => {}
                    Some((b, _)) if full == b => tied = true,
                    _ => (best, tied) = (Some((full, k)), false),
                }
            }
            targets.push(best.map_or(0, |(_, k)| k));
            if let Some((full, _)) = best.filter(|_| tied) {
                several.push((i, containing().filter(|&k| key(&entities[k]) == full).collect()));
            }
        }
        let mut last_named: Vec<Option<usize>> = vec![None; entities.len()];
        let mut mentions = Vec::with_capacity(chunks.len());
        let mut counts = vec![0; entities.len()];
        for chunk in chunks {
            let own = chunk.entity;
            last_named[own] = Some(chunk.at);
            let k = match several.binary_search_by_key(&own, |(o, _)| *o) {
                Ok(at) => several[at]
                    .1
                    .iter()
                    .copied()
                    .max_by_key(|&k| (last_named[k], std::cmp::Reverse(k)))
                    .unwrap_or(targets[own]),
                Err(_) => targets[own],
            };
            counts[k] += 1;
            mentions.push(EntityMention { entity: k, ..chunk });
            if k != own {
                let inherited = entities[own].titles.clone();
                for t in inherited {
                    if !entities[k].titles.contains(&t) {
                        entities[k].titles.push(t);
                    }
                }
            }
        }
        // Each entity's occurrences in a stretch of one list, in document order: a counting sort
        // of the mentions by entity.
        let mut end = 0;
        for (e, count) in entities.iter_mut().zip(counts) {
            e.occurrences = end..end;
            end += count;
        }
        let mut occurrences = vec![0; end];
        for m in &mentions {
            let stretch = &mut entities[m.entity].occurrences;
            occurrences[stretch.end] = m.at;
            stretch.end += 1;
        }
        Entities {
            entities,
            occurrences,
            holders,
            mentions,
        }
    }

    /// The occurrences of entity `e` before token `at`: a document that names someone
    /// thousands of times is not read through for each quotation.
    pub(super) fn occurrences_before(&self, e: &Entity, at: usize) -> &[usize] {
        let all = &self.occurrences[e.occurrences.clone()];
        &all[..all.partition_point(|&o| o < at)]
    }

    /// The occurrences of entities before token `at`, latest first, each with its entity.
    pub(super) fn mentions_before(&self, at: usize) -> impl Iterator<Item = (EntityMention, &Entity<'a>)> {
        self.mentions[..self.mentions.partition_point(|m| m.at < at)]
            .iter()
            .rev()
            .map(|&m| (m, &self.entities[m.entity]))
    }
}

/// The entities (in order) listed under the rarest word of `name`: only those that hold every
/// word of a name can hold the name, and a common first name may be held by thousands. None
/// when some word is held by none.
pub(super) fn rarest_holders<'m, W: AsRef<str>>(holders: &'m Holders, name: &[W]) -> Option<&'m [u32]> {
    name.iter()
        .try_fold(None::<&'m [u32]>, |rarest, w| {
            let listed = holders.get(w.as_ref())?;
            Some(Some(match rarest {
                Some(r) if r.len() <= listed.len() => r,
                _ => listed,
            }))
        })
        .flatten()
}

/// Whether `hay` contains `needle` as a contiguous run of words.
pub(super) fn contains_run<A: AsRef<str>, B: AsRef<str>>(hay: &[A], needle: &[B]) -> bool {
    !needle.is_empty()
        && hay
            .windows(needle.len())
            .any(|w| w.iter().zip(needle).all(|(h, n)| h.as_ref() == n.as_ref()))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::attribute::tokenize::lower_in_place;
    use crate::extract::paragraphs;

    #[test]
    fn a_name_named_again_is_one_entity_and_a_surname_an_occurrence_of_the_full_name() {
        let text = "Ana Ortiz met Luis Vega. Ortiz spoke first. Vega left early. Ana Ortiz stayed.";
        let pars = paragraphs(text);
        let lowered = lower_in_place(text);
        let passage = Passage::new(text, &lowered, &pars, &[]);
        let entities: Vec<(String, Vec<&str>)> = passage
            .entities
            .iter()
            .map(|e| {
                let at = &passage.occurrences[e.occurrences.clone()];
                (
                    e.name.join(" "),
                    at.iter().map(|&t| &text[passage.tokens[t].range()]).collect(),
                )
            })
            .collect();
        assert_eq!(
            entities,
            [
                ("Ana Ortiz".to_string(), vec!["Ana", "Ortiz", "Ana"]),
                ("Luis Vega".to_string(), vec!["Luis", "Vega"]),
                ("Ortiz".to_string(), vec![]),
                ("Vega".to_string(), vec![]),
            ]
        );
    }

    #[test]
    fn a_surname_of_two_people_is_the_one_named_last() {
        let text = "Bill Ortiz spoke on Monday. Ana Ortiz spoke on Tuesday. “We will win,” Ortiz said. \
                    Bill Ortiz left early. “It was fine,” Ortiz said.";
        assert_eq!(
            crate::attribute::testing::speakers(text),
            ["Ana Ortiz", "Bill Ortiz"]
        );
    }

    #[test]
    fn a_name_is_looked_up_under_its_rarest_word() {
        // A word twice in one name (`Ana Ana`) holds it once.
        let holders = Holders::of(&[
            &["Ana"],
            &["Ana", "Ruiz"],
            &["Ana", "Ana"],
            &["Ana", "Maria", "Ruiz"],
        ]);
        assert_eq!(rarest_holders(&holders, &["Ana", "Ruiz"]), Some(&[1, 3][..]));
        assert_eq!(
            rarest_holders(&holders, &["Ana", "Maria", "Ruiz"]),
            Some(&[3][..])
        );
        assert_eq!(rarest_holders(&holders, &["Ana"]), Some(&[0, 1, 2, 3][..]));
        // A word no entity holds: no entity holds the name.
        assert_eq!(rarest_holders(&holders, &["Ana", "Ortiz"]), None);
        assert_eq!(rarest_holders::<&str>(&holders, &[]), None);
    }

    #[test]
    fn german_words_that_open_with_a_common_noun_are_no_person() {
        let text = "Die Brücke ist alt. Peter Brandt kam am Montag. Milliarden Euro flossen in den Bau. \
                    „Das reicht noch lange nicht“, sagte er.";
        assert_eq!(crate::attribute::testing::speakers(text), ["Peter Brandt"]);
    }

    #[test]
    fn a_german_time_expression_is_no_name() {
        // `a-time-expression-is-no-name`: `Norwegen Ende` would be a person's two names.
        let text = "Die Brücke ist alt. Peter Brandt kam an den Fluss. Ende Mai hatte Norwegen Ende August \
                    geprüft. „Das reicht noch lange nicht“, sagte er.";
        assert_eq!(crate::attribute::testing::speakers(text), ["Peter Brandt"]);
        // Before no month or year, the noun may be a surname.
        let text = "Die Brücke ist alt. Michael Ende kam an den Fluss. „Das reicht nicht“, sagte Ende.";
        assert_eq!(crate::attribute::testing::speakers(text), ["Michael Ende"]);
    }

    #[test]
    fn a_declined_adjective_before_its_noun_opens_no_name() {
        // `adjective-before-its-noun-is-no-name`: `Sämtliche Kritik` is no entity, so the
        // adjective is read as one and the subject after the verb speaks.
        let text = "Die Ministerin Eva Kern blieb im Amt. Sämtliche Kritik für die Affäre weist Kern \
                    von sich: „Wir haben alles richtig gemacht.“";
        assert_eq!(crate::attribute::testing::speakers(text), ["Eva Kern"]);
        // Read leftwards from its noun, the phrase is no name either.
        let text = "Die Ministerin Eva Kern blieb im Amt. Sämtliche Kritik weist Kern von sich: \
                    „Wir haben alles richtig gemacht.“";
        assert_eq!(crate::attribute::testing::speakers(text), ["Eva Kern"]);
        // Written with a capital inside a sentence, the adjective is a word of a name.
        let text = "Der Vertrag mit der Deutsche Bahn ist neu. Deutsche Bahn teilte dazu mit: \
                    „Wir haben alles richtig gemacht.“";
        assert_eq!(crate::attribute::testing::speakers(text), ["Deutsche Bahn"]);
    }
}
