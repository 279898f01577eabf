//! Versions: quotations folded to their words, and grouped by speaker and wording, each distinct
//! printing folded once; and `first_equal`, the grouping of equal items by their hashes.

use std::hash::BuildHasher;
use std::sync::Arc;

use rayon::prelude::*;

use super::MIN_WORDS;
use crate::attribute::titles::reads_as_title;
use crate::types::{Quote, QuoteKind, fnv1a};
use crate::words::{Mark, each_folded, ends_sentence, expanded_len, is_stopword, name_words, nested_quotes};

/// A word as alignment compares it: no strings, so that a corpus's millions of words stay small
/// (16 bytes a word). Its position is its index, the same as in `words::words` of the quotation's
/// text.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) struct FoldedWord {
    /// Hash of the word's variant-free spelling (`Word::key`). Equal spellings hash equal; two
    /// different words colliding among even millions of distinct words is about a 1 in 10⁷ event.
    pub(crate) key: u64,
    /// Inverse document frequency over versions, a fifth of it for stop words, nothing for
    /// editorial marks.
    pub(crate) weight: f32,
    pub(crate) mark: Mark,
    /// Words it stands for with contractions expanded (`won’t` is 2).
    pub(crate) expanded: u8,
    /// The facts below, one bit each.
    facts: u8,
}

const _: () = assert!(std::mem::size_of::<FoldedWord>() == 16);

impl FoldedWord {
    const STOP: u8 = 1;
    const CAPITAL: u8 = 2;
    const ENDS_SENTENCE: u8 = 4;
    const NESTED: u8 = 8;

    /// A stop word (`is_stopword`).
    pub(crate) fn stop(&self) -> bool {
        self.facts & FoldedWord::STOP != 0
    }

    /// Written with a capital.
    pub(crate) fn capital(&self) -> bool {
        self.facts & FoldedWord::CAPITAL != 0
    }

    /// Followed by a full stop, question or exclamation mark.
    pub(crate) fn ends_sentence(&self) -> bool {
        self.facts & FoldedWord::ENDS_SENTENCE != 0
    }

    /// Inside quotation marks of its own: the speaker quoting someone else (`nested_quotes`).
    pub(crate) fn nested(&self) -> bool {
        self.facts & FoldedWord::NESTED != 0
    }

    /// A spoken word that is not a stop word: one that carries meaning.
    pub(crate) fn content(&self) -> bool {
        self.mark == Mark::Spoken && !self.stop()
    }

    /// A spoken word of no other fact, as tests of word runs need one.
    #[cfg(test)]
    pub(crate) fn spoken_for_test(key: u64, weight: f32) -> FoldedWord {
        FoldedWord {
            key,
            weight,
            mark: Mark::Spoken,
            expanded: 1,
            facts: 0,
        }
    }
}

/// Identical wording of one speaker: the unit that is aligned.
#[derive(Debug, Clone)]
pub struct Version {
    pub(crate) words: Vec<FoldedWord>,
    /// Indices into the quotation list, in its order.
    pub(crate) quotes: Vec<usize>,
    /// Number of distinct sources among `quotes`.
    pub(crate) sources: usize,
    /// Number of spoken words.
    pub(crate) spoken: usize,
    /// A few words in title case (`Face the Nation`): it only aligns with the same words in
    /// running speech (`Obama’s war on religion` for `War on Religion`), never with another title.
    pub(crate) title: bool,
    /// What makes it one version (its speaker's name and its folded words), hashed: the source of
    /// its `version_id`.
    pub(crate) identity: u128,
}

impl Version {
    /// The version of one quotation, `q`, number `i` of the list, weights unset: for tests.
    #[cfg(test)]
    pub(crate) fn of_one(q: &Quote, i: usize) -> Version {
        let (identity, words) = fold(q).expect("long enough to align");
        Version {
            identity: identity.wide(),
            spoken: words.iter().filter(|t| t.mark == Mark::Spoken).count(),
            words,
            quotes: vec![i],
            sources: 1,
            title: reads_as_title(&q.text),
        }
    }
}

/// For each item, the index of the first item equal to it. Equal items are found by sorting
/// their hashes in parallel, not by a map filled one item at a time; `hash` need only be equal
/// for equal items.
pub(super) fn first_equal<T: Eq + Sync>(items: &[T], hash: impl Fn(&T) -> u64 + Sync) -> Vec<usize> {
    let mut hashed: Vec<(u64, usize)> = items.par_iter().enumerate().map(|(i, x)| (hash(x), i)).collect();
    hashed.par_sort_unstable();
    // A run of one hash is in the order of the items: the first equal item found in it is the
    // first of all.
    let later: Vec<(usize, usize)> = hashed
        .par_chunk_by(|x, y| x.0 == y.0)
        .filter(|run| run.len() > 1)
        .flat_map_iter(|run| {
            let mut firsts: Vec<usize> = Vec::new();
            run.iter()
                .filter_map(|&(_, i)| match firsts.iter().find(|&&j| items[j] == items[i]) {
                    Some(&j) => Some((i, j)),
                    None => {
                        firsts.push(i);
                        None
                    }
                })
                .collect::<Vec<_>>()
        })
        .collect();
    let mut first: Vec<usize> = (0..items.len()).collect();
    for (i, j) in later {
        first[i] = j;
    }
    first
}

/// [`first_equal`] over items already grouped: `same` gives, for each item, the first of its
/// group, whose items are all equal. Only the first of each group is compared, by `key` and its
/// hash; the others take their group's answer.
fn first_equal_by_groups<K: Eq + Send + Sync>(
    same: Vec<usize>,
    key: impl Fn(usize) -> K + Sync,
    hash: impl Fn(&K) -> u64 + Sync,
) -> Vec<usize> {
    let firsts: Vec<usize> = (0..same.len()).filter(|&i| same[i] == i).collect();
    let keys: Vec<K> = firsts.par_iter().map(|&i| key(i)).collect();
    let among = first_equal(&keys, hash);
    drop(keys);
    // The first of a group is the first of its key among the firsts; any item equal to it lies in
    // a group whose first comes no later.
    let mut first = same;
    for (k, &i) in firsts.iter().enumerate() {
        first[i] = firsts[among[k]];
    }
    for i in 0..first.len() {
        first[i] = first[first[i]];
    }
    first
}

/// For each quotation, the index of the first one printed alike: the same speaker, kind and
/// text. The copies of a text share the allocations of their speaker and words
/// (`check::copies`), so quotations are first told apart by those addresses, and only the first
/// of each is hashed and compared by its characters: 100,000 syndicated documents hold 744,522
/// quotations, but only 27,340 texts were analysed, and a copy allocates its words only where it
/// prints another number.
fn first_printings(quotes: &[Quote]) -> Vec<usize> {
    // Both allocations live as long as `quotes`, so equal addresses are one allocation.
    let places: Vec<(usize, QuoteKind, usize, usize)> = quotes
        .par_iter()
        .map(|q| {
            let at = |s: &Arc<str>| Arc::as_ptr(s).cast::<u8>() as usize;
            (at(&q.speaker), q.kind, q.words, at(&q.text))
        })
        .collect();
    let same_place = first_equal(&places, |p| rustc_hash::FxBuildHasher.hash_one(p));
    drop(places);
    first_equal_by_groups(
        same_place,
        |i| {
            let q = &quotes[i];
            (q.speaker.as_ref(), q.kind, q.words, q.text.as_ref())
        },
        |p: &(&str, QuoteKind, usize, &str)| rustc_hash::FxBuildHasher.hash_one(p),
    )
}

/// Groups aligned-eligible quotations into versions: same folded words, same speaker.
pub(super) fn versions(quotes: &[Quote]) -> Vec<Version> {
    // A syndicated quotation is printed character for character in many sources: each distinct
    // printing (speaker, kind, text) is folded once, and its copies take its identity.
    let printed_as = first_printings(quotes);
    // Folding the words is the costly part and runs in parallel, and so does the grouping: a
    // sort by each identity's hash.
    let mut folded: Vec<Option<(Identity, Vec<FoldedWord>)>> = quotes
        .par_iter()
        .enumerate()
        .map(|(i, q)| if printed_as[i] == i { fold(q) } else { None })
        .collect();
    let identities: Vec<Option<Identity>> = printed_as
        .par_iter()
        .map(|&p| folded[p].as_ref().map(|(id, _)| *id))
        .collect();
    // Printed alike is one identity: only the first of each printing is looked up.
    let first = first_equal_by_groups(
        printed_as.clone(),
        |i| identities[i],
        |id| id.map_or(0, |id| id.0),
    );
    // Versions in the order of their first quotation, each taking its first quotation's words.
    let mut by_first: Vec<(usize, usize)> = first
        .par_iter()
        .enumerate()
        .filter(|&(i, _)| identities[i].is_some())
        .map(|(i, &f)| (f, i))
        .collect();
    drop(identities);
    by_first.par_sort_unstable();
    let groups: Vec<Vec<usize>> = by_first
        .par_chunk_by(|x, y| x.0 == y.0)
        .map(|run| run.iter().map(|&(_, i)| i).collect())
        .collect();
    // The first quotation of a version is the first of its printing: it was folded. Only the
    // versions' words are kept.
    for (i, f) in folded.iter_mut().enumerate() {
        if first[i] != i {
            *f = None;
        }
    }
    let words: Vec<(Identity, Vec<FoldedWord>)> = folded.into_par_iter().flatten().collect();
    groups
        .into_par_iter()
        .zip(words)
        .map(|(members, (identity, words))| {
            // Quotations come sorted by source, so a version meets each source in one run.
            let sources = 1 + members
                .windows(2)
                .filter(|w| quotes[w[0]].source != quotes[w[1]].source)
                .count();
            Version {
                spoken: words.iter().filter(|t| t.mark == Mark::Spoken).count(),
                words,
                sources,
                // A version is a title only where every source prints it as one: `Deep State`
                // in one is `deep state` in another's running text.
                // (One copy of each printing tells.)
                title: members
                    .iter()
                    .filter(|&&m| printed_as[m] == m)
                    .all(|&m| reads_as_title(&quotes[m].text)),
                identity: identity.wide(),
                quotes: members,
            }
        })
        .collect()
}

/// What makes quotations one version: the speaker's name and the folded words, hashed to 128
/// bits so that a corpus's identities are compared without being spelled out. It is built from
/// each word's 64-bit hash, so two different words hashing alike is the same rare event as for
/// `FoldedWord::key`; past that, two identities colliding among millions is about 1 in 10²⁵.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
struct Identity(u64, u64);

impl Identity {
    /// Marks where the speaker's name ends and the words begin.
    const WORDS: u64 = 0x5eed_f0a0_d5fa_ce01;
    /// Told apart from the same word spoken.
    const BRACKETED: u64 = 0xb7ac_4e7e_d0c0_ffee;

    /// Both halves as one number.
    fn wide(self) -> u128 {
        (u128::from(self.0) << 64) | u128::from(self.1)
    }

    /// Takes in the hash of the next word (or name word, or mark): two independent mixes of the
    /// sequence, each an invertible step, so that no two different words' hashes leave the
    /// same state.
    fn add(&mut self, word: u64) {
        self.0 = (self.0 ^ word)
            .wrapping_mul(0x9e37_79b9_7f4a_7c15)
            .rotate_left(29);
        self.1 = (self.1.rotate_left(23) ^ word).wrapping_mul(0xff51_afd7_ed55_8ccd);
    }
}

/// A quotation's words (weights still unset) and the identity of its version. `None` when it
/// is too short to align.
fn fold(q: &Quote) -> Option<(Identity, Vec<FoldedWord>)> {
    // Terms (scare quotes, titles) of three words or more may be someone's phrase.
    let too_short = if q.kind == QuoteKind::Term && q.speaker.is_empty() {
        MIN_WORDS
    } else {
        MIN_WORDS - 1
    };
    if q.words < too_short {
        return None;
    }
    // The speaker as folded as the words: `Calderón` and `Calderon` are one version's speaker.
    let mut identity = Identity::default();
    for w in name_words(&q.speaker) {
        identity.add(fnv1a(w.as_bytes()));
    }
    identity.add(Identity::WORDS);
    let mut words = Vec::with_capacity(q.words + 2);
    let nested = nested_quotes(&q.text);
    each_folded(&q.text, |span, norm, key, mark| {
        let written = &q.text[span.clone()];
        let key_hash = fnv1a(key.as_bytes());
        // The identity keeps the spelling (`defence` and `defense` are two versions); the key
        // does not.
        let spelled = if key == norm {
            key_hash
        } else {
            fnv1a(norm.as_bytes())
        };
        identity.add(if mark == Mark::Bracketed {
            spelled ^ Identity::BRACKETED
        } else {
            spelled
        });
        let mut facts = 0;
        for (holds, fact) in [
            (is_stopword(norm), FoldedWord::STOP),
            (
                written.chars().next().is_some_and(char::is_uppercase),
                FoldedWord::CAPITAL,
            ),
            (ends_sentence(&q.text[span.end..]), FoldedWord::ENDS_SENTENCE),
            (nested.iter().any(|r| r.contains(&span.start)), FoldedWord::NESTED),
        ] {
            if holds {
                facts |= fact;
            }
        }
        words.push(FoldedWord {
            key: key_hash,
            weight: 0.0,
            mark,
            expanded: expanded_len(norm) as u8,
            facts,
        });
    });
    let spoken = words.iter().filter(|t| t.mark == Mark::Spoken).count();
    // Two words align only when one carries meaning and the speaker is known (`“phony
    // theology,” Santorum said`, `is “very close,” Ortiz said`); a single word never does.
    let distinctive_pair = spoken == MIN_WORDS - 1
        && words.iter().any(|t| t.mark == Mark::Spoken && !t.stop())
        && !q.speaker.is_empty();
    (spoken >= MIN_WORDS || distinctive_pair).then_some((identity, words))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::align::{align, quotes_of_one_speaker as quotes};

    #[test]
    fn each_item_points_at_the_first_equal_one_whatever_the_hash() {
        let items = ["a", "b", "a", "c", "b", "a"];
        let expected = [0, 1, 0, 3, 1, 0];
        assert_eq!(first_equal(&items, |x| fnv1a(x.as_bytes())), expected);
        // Every hash alike: the items themselves tell.
        assert_eq!(first_equal(&items, |_| 7), expected);
        assert_eq!(first_equal::<&str>(&[], |_| 0), Vec::<usize>::new());
    }

    #[test]
    fn a_printing_is_first_printed_where_its_words_first_are_whatever_their_allocation() {
        let mut q = quotes(&[
            ("a.txt", "we will rebuild the harbour"),
            ("b.txt", "we will rebuild the harbour"),
            ("c.txt", "we will pay for it"),
            ("d.txt", "we will rebuild the harbour"),
            ("e.txt", "we will pay for it"),
        ]);
        // Copies of one text share its allocation; 1 and 3 hold the same words in their own.
        q[4].text = Arc::clone(&q[2].text);
        q[3].text = Arc::clone(&q[1].text);
        assert_eq!(first_printings(&q), [0, 0, 2, 0, 2]);
        // Another speaker's words are another printing, shared allocation or not.
        q[3].speaker = "Bo Lind".into();
        q[4].speaker = "Bo Lind".into();
        assert_eq!(first_printings(&q), [0, 0, 2, 3, 4]);
    }

    #[test]
    fn each_fact_of_a_word_is_kept_apart() {
        let q = Quote::for_test(
            "a.txt",
            0,
            "The levee held. Crews said ‘not again’ and the river fell",
            "Ana Ortiz",
        );
        let (_, words) = fold(&q).unwrap();
        let facts: Vec<[bool; 4]> = words
            .iter()
            .map(|t| [t.stop(), t.capital(), t.ends_sentence(), t.nested()])
            .collect();
        assert_eq!(
            facts,
            [
                [true, true, false, false],   // The
                [false, false, false, false], // levee
                [false, false, true, false],  // held.
                [false, true, false, false],  // Crews
                [true, false, false, false],  // said
                [true, false, false, true],   // not
                [false, false, false, true],  // again
                [true, false, false, false],  // and
                [true, false, false, false],  // the
                [false, false, false, false], // river
                [false, false, false, false], // fell
            ]
        );
    }

    #[test]
    fn a_speaker_spelled_with_or_without_accents_is_one_version() {
        let mut q = quotes(&[
            ("a.txt", "The harbour stays open to every ship"),
            ("b.txt", "The harbour stays open to every ship"),
        ]);
        q[0].speaker = "Inés Muñoz".into();
        q[1].speaker = "Ines Munoz".into();
        assert_eq!(align(&q).versions.len(), 1);
    }

    #[test]
    fn a_version_is_one_speakers_words_as_spelled() {
        let versions_of = |texts: &[(&str, &str)]| {
            let mut q = quotes(&texts.iter().map(|&(_, t)| ("a.txt", t)).collect::<Vec<_>>());
            for (quote, &(speaker, _)) in q.iter_mut().zip(texts) {
                quote.speaker = speaker.into();
            }
            align(&q).versions.len()
        };
        // Typography and case are folded.
        assert_eq!(
            versions_of(&[
                ("Ortiz", "We won’t reopen the harbour"),
                ("Ortiz", "we won't reopen the HARBOUR"),
            ]),
            1
        );
        // A spelling, an inserted word, another speaker, another word order: each its own.
        for (a, b) in [
            (
                ("Ortiz", "We will defend the harbour"),
                ("Ortiz", "We will defend the harbor"),
            ),
            (
                ("Ortiz", "We will defend [the] harbour"),
                ("Ortiz", "We will defend the harbour"),
            ),
            (
                ("Ortiz", "We will defend the harbour"),
                ("Ruiz", "We will defend the harbour"),
            ),
            (
                ("Ortiz", "We will defend the harbour"),
                ("Ortiz", "We will the defend harbour"),
            ),
            (
                ("Ana Ortiz", "We will defend it"),
                ("Ana", "Ortiz we will defend it"),
            ),
        ] {
            assert_eq!(versions_of(&[a, b]), 2, "{a:?} {b:?}");
        }
    }
}
