//! Stage 4: find the same quotation in different sources and group it into clusters.
//!
//! Quotations with the same words (after folding typography) and the same speaker are one
//! *version*. Versions are paired through an inverted index of word bigrams, so the work grows
//! with the number of versions that share words, not with the square of the corpus. Each
//! candidate pair is aligned with a word diff; it counts as the same quotation when the aligned
//! stretch covers most of the shorter version's weight, rare words weighing more than common ones.
//! Clusters are stars around the longest version: every member aligns with the reference itself,
//! so a chain of partial overlaps cannot glue unrelated quotations together.

use std::ops::Range;
use std::sync::atomic::{AtomicU32, Ordering};

use rayon::prelude::*;
use rustc_hash::FxHashMap;
use similar::{Algorithm, DiffOp, capture_diff_slices};

use crate::extract::kind::reads_as_title;
use crate::score::{is_institution, share_a_name};
use crate::types::{Quote, QuoteKind, fnv1a};
use crate::words::{Mark, each_folded, ends_sentence, expanded_len, is_stopword, name_words, nested_quotes};

/// Quotations shorter than this many words are not aligned: they carry too little evidence
/// (except two meaningful words with a named speaker, see `fold`). Nor are titles.
pub const MIN_WORDS: usize = 3;
/// Share of the shorter version's word weight that the aligned stretch must cover.
pub const MIN_COVERAGE: f64 = 0.5;
/// Share of the words that could match (see `align_pair`) that must match, unweighted.
pub const MIN_WORD_SHARE: f64 = 0.75;
/// Bigrams shared by more versions than this are stock phrases and do not propose candidates.
pub const MAX_POSTINGS: usize = 2000;
/// Spoken words two versions must share to align when they name different speakers.
const MIN_MISATTRIBUTED_WORDS: usize = 5;
/// Spoken words in a run that two versions share whole, when that is all they share.
const SEAM_WORDS: usize = 5;
/// Longest versions kept in a bigram's postings when more versions share it.
const KEPT_POSTINGS: usize = 8;
/// Buckets of the sorted lists of word and bigram hashes, by the top byte of the hash.
const BUCKETS: usize = 256;
/// Words at the edges of an overlap that differ on both sides are read as substitutions, up to
/// this many (`fully destroy` against `irreparably destroy`).
const MAX_EDGE_SUBSTITUTION: usize = 3;

/// A word as alignment compares it: no strings, so that a corpus's millions of words stay small
/// (16 bytes a word). Its position is its index, the same as in `words::words` of the quotation's
/// text.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Token {
    /// Hash of the word's variant-free spelling (`Word::key`). Equal spellings hash equal; two
    /// different words colliding among even millions of distinct words is about a 1 in 10⁷ event.
    pub key: u64,
    /// Inverse document frequency over versions, a fifth of it for stop words, nothing for
    /// editorial marks.
    pub weight: f32,
    pub mark: Mark,
    /// Words it stands for with contractions expanded (`won’t` is 2).
    pub expanded: u8,
    /// The facts below, one bit each.
    facts: u8,
}

const _: () = assert!(std::mem::size_of::<Token>() == 16);

impl Token {
    const STOP: u8 = 1;
    const CAPITAL: u8 = 2;
    const ENDS_SENTENCE: u8 = 4;
    const NESTED: u8 = 8;

    /// A stop word (`is_stopword`).
    pub fn stop(&self) -> bool {
        self.facts & Token::STOP != 0
    }

    /// Written with a capital.
    pub fn capital(&self) -> bool {
        self.facts & Token::CAPITAL != 0
    }

    /// Followed by a full stop, question or exclamation mark.
    pub fn ends_sentence(&self) -> bool {
        self.facts & Token::ENDS_SENTENCE != 0
    }

    /// Inside quotation marks of its own: the speaker quoting someone else (`nested_quotes`).
    pub fn nested(&self) -> bool {
        self.facts & Token::NESTED != 0
    }

    fn content(&self) -> bool {
        self.mark == Mark::Spoken && !self.stop()
    }
}

/// Identical wording of one speaker: the unit that is aligned.
#[derive(Debug, Clone)]
pub struct Version {
    pub tokens: Vec<Token>,
    /// Indices into the quotation list, in its order.
    pub quotes: Vec<usize>,
    /// Number of distinct sources among `quotes`.
    pub sources: usize,
    /// Number of spoken words.
    spoken: usize,
    /// A few words in title case (`Face the Nation`): it only aligns with the same words in
    /// running speech (`Obama’s war on religion` for `War on Religion`), never with another title.
    title: bool,
}

/// Where two versions say the same thing.
#[derive(Debug, Clone, PartialEq)]
pub struct Alignment {
    /// The overlapping words (indices into each version's `tokens`).
    pub a: Range<usize>,
    pub b: Range<usize>,
    /// Weighted share of the shorter version that the overlap matches, in [0, 1].
    pub coverage: f64,
}

impl Alignment {
    /// The same alignment seen from the other version.
    fn flipped(&self) -> Alignment {
        Alignment {
            a: self.b.clone(),
            b: self.a.clone(),
            coverage: self.coverage,
        }
    }
}

/// One quotation found in two or more sources.
#[derive(Debug, Clone)]
pub struct Cluster {
    /// Stable identifier derived from the reference quotation (`c` + hash).
    pub id: String,
    /// The reference version (the longest) and the quotation that stands for it.
    pub reference: usize,
    pub reference_quote: usize,
    /// Every version in the cluster, the reference first, with its alignment to the reference.
    pub members: Vec<(usize, Alignment)>,
}

/// The result of alignment over a whole check.
#[derive(Debug, Default)]
pub struct Aligned {
    pub versions: Vec<Version>,
    pub clusters: Vec<Cluster>,
    /// Number of candidate pairs that were diffed.
    pub candidates: usize,
    /// Wall time of each step (`--verbose` prints them).
    pub timings: Vec<(&'static str, std::time::Duration)>,
}

/// Aligns the quotations (sorted by source, then position) across sources.
pub fn align(quotes: &[Quote]) -> Aligned {
    let mut timings = Vec::new();
    let mut since = std::time::Instant::now();
    let mut lap = |step: &'static str| {
        timings.push((step, since.elapsed()));
        since = std::time::Instant::now();
    };
    let mut versions = versions(quotes);
    lap("versions");
    weigh(&mut versions);
    lap("weights");
    let pairs = candidate_pairs(&versions);
    lap("candidates");
    let (clusters, candidates) = clusters(quotes, &versions, &pairs);
    lap("diffs and clusters");
    Aligned {
        versions,
        clusters,
        candidates,
        timings,
    }
}

/// For each item, the index of the first item equal to it. Equal items are found by sorting
/// their hashes in parallel, not by a map filled one item at a time; `hash` need only be equal
/// for equal items.
pub(crate) fn first_equal<T: Eq + Sync>(items: &[T], hash: impl Fn(&T) -> u64 + Sync) -> Vec<usize> {
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

/// Groups aligned-eligible quotations into versions: same folded words, same speaker.
fn versions(quotes: &[Quote]) -> Vec<Version> {
    // Folding the words is the costly part and runs in parallel, and so does the grouping: a
    // sort by each identity's hash.
    let folded: Vec<Option<(Identity, Vec<Token>)>> = quotes.par_iter().map(fold).collect();
    let identities: Vec<Option<Identity>> =
        folded.par_iter().map(|f| f.as_ref().map(|(id, _)| *id)).collect();
    let first = first_equal(&identities, |id| id.map_or(0, |id| id.0));
    // Versions in the order of their first quotation, each taking its first quotation's tokens.
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
    let tokens: Vec<Vec<Token>> = folded
        .into_par_iter()
        .zip(first)
        .enumerate()
        .filter_map(|(i, (f, first))| f.filter(|_| first == i).map(|(_, t)| t))
        .collect();
    groups
        .into_par_iter()
        .zip(tokens)
        .map(|(members, tokens)| {
            // Quotations come sorted by source, so a version meets each source in one run.
            let sources = 1 + members
                .windows(2)
                .filter(|w| quotes[w[0]].source != quotes[w[1]].source)
                .count();
            Version {
                spoken: tokens.iter().filter(|t| t.mark == Mark::Spoken).count(),
                tokens,
                sources,
                // A version is a title only where every source prints it as one: `Deep State`
                // in one is `deep state` in another's running text.
                title: members.iter().all(|&m| reads_as_title(&quotes[m].text)),
                quotes: members,
            }
        })
        .collect()
}

/// What makes quotations one version: the speaker's name and the folded words, hashed to 128
/// bits so that a corpus's identities are compared without being spelled out. It is built from
/// each word's 64-bit hash, so two different words hashing alike is the same rare event as for
/// `Token::key`; past that, two identities colliding among millions is about 1 in 10²⁵.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
struct Identity(u64, u64);

impl Identity {
    /// Marks where the speaker's name ends and the words begin.
    const WORDS: u64 = 0x5eed_f0a0_d5fa_ce01;
    /// Told apart from the same word spoken.
    const BRACKETED: u64 = 0xb7ac_4e7e_d0c0_ffee;

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

/// A quotation's tokens (weights still unset) and the identity of its version. `None` when it
/// is too short to align.
fn fold(q: &Quote) -> Option<(Identity, Vec<Token>)> {
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
    let mut tokens = Vec::with_capacity(q.words + 2);
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
            (is_stopword(norm), Token::STOP),
            (
                written.chars().next().is_some_and(char::is_uppercase),
                Token::CAPITAL,
            ),
            (ends_sentence(&q.text[span.end..]), Token::ENDS_SENTENCE),
            (nested.iter().any(|r| r.contains(&span.start)), Token::NESTED),
        ] {
            if holds {
                facts |= fact;
            }
        }
        tokens.push(Token {
            key: key_hash,
            weight: 0.0,
            mark,
            expanded: expanded_len(norm) as u8,
            facts,
        });
    });
    let spoken = tokens.iter().filter(|t| t.mark == Mark::Spoken).count();
    // Two words align only when one carries meaning and the speaker is known (`“phony
    // theology,” Santorum said`, `is “very close,” Ortiz said`); a single word never does.
    let distinctive_pair = spoken == MIN_WORDS - 1
        && tokens.iter().any(|t| t.mark == Mark::Spoken && !t.stop())
        && !q.speaker.is_empty();
    (spoken >= MIN_WORDS || distinctive_pair).then_some((identity, tokens))
}

/// Sets every token's weight: inverse document frequency over versions, stop words weighing
/// little. Document frequencies come from the sorted list of each version's distinct words.
fn weigh(versions: &mut [Version]) {
    let total = versions.len().max(1) as f64;
    // One map of weights for each bucket of words, built side by side.
    let idf: Vec<FxHashMap<u64, f32>> = in_key_buckets(
        versions,
        |_, v| {
            let mut own: Vec<u64> = v
                .tokens
                .iter()
                .filter(|t| t.mark == Mark::Spoken)
                .map(|t| t.key)
                .collect();
            own.sort_unstable();
            own.dedup();
            own.into_iter().map(|k| (k, ()))
        },
        |keys| {
            keys.chunk_by(|a, b| a.0 == b.0)
                .map(|run| (run[0].0, (1.0 + total / run.len() as f64).ln() as f32))
                .collect()
        },
    );
    versions.par_iter_mut().for_each(|v| {
        for t in &mut v.tokens {
            t.weight = match (t.mark, idf[bucket_of(t.key)].get(&t.key)) {
                (Mark::Spoken, Some(&w)) if t.stop() => w * 0.2,
                (Mark::Spoken, Some(&w)) => w,
                _ => 0.0,
            };
        }
    });
}

/// Pairs of versions (`a < b`) that share at least two distinctive bigrams (or one, when the
/// shorter has no more), found through an inverted index of bigrams.
fn candidate_pairs(versions: &[Version]) -> Vec<(u32, u32)> {
    // The index is a sorted list of (bigram, version), cut into postings afterwards: cheaper
    // than a map of millions of small lists. Each bucket of it is cut into postings on its own.
    let distinct: Vec<AtomicU32> = versions.iter().map(|_| AtomicU32::new(0)).collect();
    let parts: Vec<Index> = in_key_buckets(
        versions,
        |v, version| bigrams(&version.tokens).map(move |g| (g, v)),
        |list| Index::of(list, versions, &distinct),
    );
    let index = Index::concat(parts);
    let distinct: Vec<u32> = distinct.into_iter().map(AtomicU32::into_inner).collect();
    let of_version = PostingsOf::new(versions.len(), &index);
    let (members, distinct) = (&index.members, &distinct);
    // Versions are counted in stretches, each with one tally of the versions met: a version's
    // tally is started afresh by writing its own number beside the count, so nothing is cleared
    // between versions, and nothing sorted.
    let stretch = stretch_of(versions.len());
    let mut pairs: Vec<(u32, u32)> = (0..versions.len().div_ceil(stretch))
        .into_par_iter()
        .flat_map_iter(|c| {
            let mut tally: Vec<(u32, u32)> = vec![(u32::MAX, 0); versions.len()];
            let mut met: Vec<u32> = Vec::new();
            let mut found = Vec::new();
            for v in (c * stretch..((c + 1) * stretch).min(versions.len())).map(|v| v as u32) {
                met.clear();
                for &(start, len) in of_version.of(v) {
                    for &u in &members[start as usize..(start + len) as usize] {
                        if u == v {
                            continue;
                        }
                        let seen = &mut tally[u as usize];
                        if seen.0 != v {
                            *seen = (v, 0);
                            met.push(u);
                        }
                        seen.1 += 1;
                    }
                }
                // Two shared bigrams, or one when the shorter version has no more than two: a
                // single shared name (`Donald Trump`) does not make two long quotations
                // candidates.
                let mine = distinct[v as usize];
                found.extend(
                    met.iter()
                        .filter(|&&u| tally[u as usize].1 >= 2 || mine.min(distinct[u as usize]) <= 2)
                        .map(|&u| (v.min(u), v.max(u))),
                );
            }
            found
        })
        .collect();
    pairs.par_sort_unstable();
    pairs.dedup();
    pairs
}

/// The `(key, item)` pairs that `emit` gives for each version (with its number), sorted, in
/// 256 buckets by the top byte of the key, each handed to `each` in parallel: a bucket is small
/// enough to sort in cache, and the buckets in order are the whole list in order.
fn in_key_buckets<'v, T, I, R>(
    versions: &'v [Version],
    emit: impl Fn(u32, &'v Version) -> I + Sync,
    each: impl Fn(&[(u64, T)]) -> R + Sync,
) -> Vec<R>
where
    T: Copy + Ord + Send + Sync,
    I: Iterator<Item = (u64, T)>,
    R: Send,
{
    let stretch = stretch_of(versions.len());
    let by_stretch: Vec<Vec<Vec<(u64, T)>>> = versions
        .par_chunks(stretch)
        .enumerate()
        .map(|(c, chunk)| {
            let mut buckets: Vec<Vec<(u64, T)>> = vec![Vec::new(); BUCKETS];
            for (i, version) in chunk.iter().enumerate() {
                for (key, item) in emit((c * stretch + i) as u32, version) {
                    buckets[bucket_of(key)].push((key, item));
                }
            }
            buckets
        })
        .collect();
    (0..BUCKETS)
        .into_par_iter()
        .map(|b| {
            let mut list: Vec<(u64, T)> =
                Vec::with_capacity(by_stretch.iter().map(|buckets| buckets[b].len()).sum());
            for buckets in &by_stretch {
                list.extend_from_slice(&buckets[b]);
            }
            sort_bucket(&mut list);
            each(&list)
        })
        .collect()
}

/// Sorts one bucket's list as `sort_unstable` would, by key and then item, but mostly by
/// counting: three stable passes over the 32 key bits below the bucket's byte, then each run
/// that shares those bits sorted on its own where it is not in order already (rarely: a run is
/// almost always one key, whose items arrive in order). A bucket of tens of thousands of
/// entries is read three times instead of compared some fifteen times an entry.
fn sort_bucket<T: Copy + Ord>(list: &mut Vec<(u64, T)>) {
    /// Each pass's lowest key bit and width: bits 24 to 55.
    const PASSES: [(u32, u32); 3] = [(24, 11), (35, 11), (46, 10)];
    if list.len() < 512 {
        list.sort_unstable();
        return;
    }
    let mut other = list.clone();
    let (mut from, mut to) = (&mut *list, &mut other);
    for (shift, bits) in PASSES {
        let digit = |key: u64| ((key >> shift) & ((1 << bits) - 1)) as usize;
        let mut next = vec![0usize; 1 << bits];
        for &(key, _) in from.iter() {
            next[digit(key)] += 1;
        }
        let mut start = 0;
        for slot in &mut next {
            (*slot, start) = (start, start + *slot);
        }
        for &entry in from.iter() {
            let slot = &mut next[digit(entry.0)];
            to[*slot] = entry;
            *slot += 1;
        }
        std::mem::swap(&mut from, &mut to);
    }
    // Three passes leave the sorted list in `other`.
    std::mem::swap(list, &mut other);
    for run in list.chunk_by_mut(|a, b| a.0 >> 24 == b.0 >> 24) {
        if !run.is_sorted() {
            run.sort_unstable();
        }
    }
}

/// Versions a piece of parallel work takes in turn: four pieces a thread, so that a thread
/// that finishes early takes another.
fn stretch_of(versions: usize) -> usize {
    versions.div_ceil(4 * rayon::current_num_threads()).max(1)
}

fn bucket_of(key: u64) -> usize {
    (key >> 56) as usize
}

/// Postings of an inverted index of bigrams.
#[derive(Default)]
struct Index {
    /// The versions of every posting, one range each.
    members: Vec<u32>,
    /// Each posting's `(start, len)` in `members`.
    postings: Vec<(u32, u32)>,
    /// `(version, posting)` for each posting a version is in, kept or cut short: no lookup by
    /// bigram is needed afterwards.
    links: Vec<(u32, u32)>,
}

impl Index {
    /// The postings of `part`, a stretch of the sorted `(bigram, version)` list; counts each
    /// version's distinct bigrams into `distinct`.
    fn of(part: &[(u64, u32)], versions: &[Version], distinct: &[AtomicU32]) -> Index {
        let mut index = Index::default();
        for run in part.chunk_by(|a, b| a.0 == b.0) {
            let start = index.members.len();
            // A bigram repeated in a version is one entry.
            let mut last = None;
            for &(_, v) in run {
                if last != Some(v) {
                    index.members.push(v);
                    distinct[v as usize].fetch_add(1, Ordering::Relaxed);
                    last = Some(v);
                }
            }
            let holders = index.members.len() - start;
            // A bigram of one version proposes nothing. One shared by very many versions is a
            // stock phrase and proposes nothing either. One shared by many (the versions of a
            // viral quotation) proposes only its longest versions: the reference of the star is
            // among them, and it is all that a version needs to be aligned with.
            if !(2..=MAX_POSTINGS).contains(&holders) {
                index.members.truncate(start);
                continue;
            }
            let posting = index.postings.len() as u32;
            index
                .links
                .extend(index.members[start..].iter().map(|&v| (v, posting)));
            if holders > KEPT_POSTINGS {
                index.members[start..].sort_by_key(|&v| (std::cmp::Reverse(versions[v as usize].spoken), v));
                index.members.truncate(start + KEPT_POSTINGS);
            }
            index
                .postings
                .push((start as u32, (index.members.len() - start) as u32));
        }
        index
    }

    /// The parts' postings as one index, numbered in the parts' order.
    fn concat(parts: Vec<Index>) -> Index {
        let total = |size: fn(&Index) -> usize| parts.iter().map(size).sum::<usize>();
        let mut whole = Index {
            members: Vec::with_capacity(total(|p| p.members.len())),
            postings: Vec::with_capacity(total(|p| p.postings.len())),
            links: Vec::with_capacity(total(|p| p.links.len())),
        };
        for part in parts {
            let (members, postings) = (whole.members.len() as u32, whole.postings.len() as u32);
            whole.members.extend(part.members);
            whole
                .postings
                .extend(part.postings.iter().map(|&(start, len)| (start + members, len)));
            whole
                .links
                .extend(part.links.iter().map(|&(v, p)| (v, p + postings)));
        }
        whole
    }
}

/// The postings each version is in, gathered from the index's links by a counting sort; each
/// as its range in the index's `members`, so that reading a version's postings reads no other
/// list.
struct PostingsOf {
    /// Where each version's postings start in `postings`; one more entry for the end.
    start: Vec<u32>,
    postings: Vec<(u32, u32)>,
}

impl PostingsOf {
    fn new(versions: usize, index: &Index) -> PostingsOf {
        let links = &index.links;
        let mut start = vec![0u32; versions + 1];
        for &(v, _) in links {
            start[v as usize + 1] += 1;
        }
        for v in 0..versions {
            start[v + 1] += start[v];
        }
        let mut next = start.clone();
        let mut postings = vec![(0, 0); links.len()];
        for &(v, posting) in links {
            postings[next[v as usize] as usize] = index.postings[posting as usize];
            next[v as usize] += 1;
        }
        PostingsOf { start, postings }
    }

    fn of(&self, v: u32) -> &[(u32, u32)] {
        &self.postings[self.start[v as usize] as usize..self.start[v as usize + 1] as usize]
    }
}

/// Distinct hashes of adjacent spoken word pairs that are not both stop words.
fn bigrams(tokens: &[Token]) -> impl Iterator<Item = u64> + '_ {
    let pairs = tokens
        .windows(2)
        .filter(|w| w[0].mark == Mark::Spoken && w[1].mark == Mark::Spoken)
        .filter(|w| !(w[0].stop() && w[1].stop()))
        .map(|w| w[0].key.rotate_left(21) ^ w[1].key.wrapping_mul(0x9e37_79b9_7f4a_7c15));
    // Runs of four words that open or close on a content word, too: a quotation whose rarest
    // words were all changed is still found by the rest of its wording (`… realize only to, that
    // will all`), and a short one whose only bigram is common by its run (`not going to pay`).
    let runs = tokens
        .windows(4)
        .filter(|w| w.iter().all(|t| t.mark == Mark::Spoken) && (!w[0].stop() || !w[3].stop()))
        .map(|w| {
            w.iter().fold(0x51_7cc1_b727_220a_u64, |h, t| {
                (h.rotate_left(13) ^ t.key).wrapping_mul(0x9e37_79b9_7f4a_7c15)
            })
        });
    pairs.chain(runs)
}

/// A cheap bound before the diff: the words the two share, in any order, must already weigh
/// enough to reach the coverage threshold, or be enough words for a seam (`is_seam`).
fn could_cover(a: &[Token], b: &[Token]) -> bool {
    let (short, long) = if a.len() <= b.len() { (a, b) } else { (b, a) };
    let mut present: Vec<u64> = long.iter().map(|t| t.key).collect();
    present.sort_unstable();
    let weight = |ts: &[Token]| ts.iter().map(|t| f64::from(t.weight)).sum::<f64>();
    let (mut shared_weight, mut shared, mut content) = (0.0, 0, 0);
    for t in short
        .iter()
        .filter(|t| t.mark == Mark::Spoken && present.binary_search(&t.key).is_ok())
    {
        shared_weight += f64::from(t.weight);
        shared += 1;
        content += usize::from(t.content());
    }
    shared_weight >= MIN_COVERAGE * weight(short).min(weight(long)) - 1e-9
        || (shared >= SEAM_WORDS && content >= 2 && shares_run(short, long, SEAM_WORDS))
}

/// Whether `a` and `b` have `n` consecutive words in common: what a seam needs at least,
/// checked on hashes of every window before any diff is paid for.
fn shares_run(a: &[Token], b: &[Token], n: usize) -> bool {
    if a.len() < n || b.len() < n {
        return false;
    }
    let window = |w: &[Token]| {
        w.iter().fold(0xcbf2_9ce4_8422_2325_u64, |h, t| {
            (h ^ t.key).wrapping_mul(0x0100_0000_01b3)
        })
    };
    let mut seen: Vec<u64> = a.windows(n).map(window).collect();
    seen.sort_unstable();
    b.windows(n).any(|w| seen.binary_search(&window(w)).is_ok())
}

/// Aligns two versions' words; `None` unless they render the same quotation.
pub fn align_pair(a: &[Token], b: &[Token]) -> Option<Alignment> {
    align_words(a, b, Speakers::Unknown)
}

/// What the speakers named for two versions tell about them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Speakers {
    Same,
    Different,
    /// One or both have no named speaker.
    Unknown,
}

/// As `align_pair`, knowing the speakers. A speaker in common is evidence too: then one
/// distinctive word in a long identical run is enough (`We will not give the kloprilei one more
/// day` against `… the glarin one more day`).
fn align_words(a: &[Token], b: &[Token], speakers: Speakers) -> Option<Alignment> {
    let an: Vec<u64> = a.iter().map(|t| t.key).collect();
    let bn: Vec<u64> = b.iter().map(|t| t.key).collect();
    // Runs of equal words, each with its weight.
    let runs: Vec<(usize, usize, usize, f64)> = equal_runs(a, b, &an, &bn)
        .into_iter()
        .map(|(old_index, new_index, len)| {
            let weight = a[old_index..old_index + len]
                .iter()
                .map(|t| f64::from(t.weight))
                .sum::<f64>();
            (old_index, new_index, len, weight)
        })
        .collect();
    let anchor = (0..runs.len()).max_by(|&x, &y| runs[x].3.total_cmp(&runs[y].3))?;
    // Grow the anchor into neighbouring runs while the gaps stay small, so that a common word
    // matched far away does not stretch the overlap.
    let shorter = a.len().min(b.len());
    let max_gap = 3.max(shorter / 2);
    let (mut lo, mut hi) = (anchor, anchor);
    // A run of stop words only (`that`, `the`) joins the chain across one substituted word at
    // most: it is as likely to match a far occurrence of the word as the right one. Unless it
    // opens or closes both versions: then it is where both quotations start or end.
    let content = |r: &(usize, usize, usize, f64)| a[r.0..r.0 + r.2].iter().any(Token::content);
    let at_edges = |r: &(usize, usize, usize, f64)| {
        (r.0 == 0 && r.1 == 0) || (r.0 + r.2 == a.len() && r.1 + r.2 == b.len())
    };
    let joins =
        |x: &(usize, usize, usize, f64), y: &(usize, usize, usize, f64), far: &(usize, usize, usize, f64)| {
            let g = gap(x, y);
            g <= 1 || (g <= max_gap && (content(far) || at_edges(far)))
        };
    while lo > 0 && joins(&runs[lo - 1], &runs[lo], &runs[lo - 1]) {
        lo -= 1;
    }
    while hi + 1 < runs.len() && joins(&runs[hi], &runs[hi + 1], &runs[hi + 1]) {
        hi += 1;
    }
    let chain = &runs[lo..=hi];
    let matched: f64 = chain.iter().map(|r| r.3).sum();
    let matched_words = chain
        .iter()
        .flat_map(|r| &a[r.0..r.0 + r.2])
        .filter(|t| t.content())
        .count();
    let longest_run = chain.iter().map(|r| r.2).max().unwrap_or(0);
    let weight = |ts: &[Token]| ts.iter().map(|t| f64::from(t.weight)).sum::<f64>();
    // Words that one version leaves out with an ellipsis right where the overlap stops, and the
    // other prints, are the omission, not a difference (`deserve respect ... And` against
    // `deserve respect, not a spot at a bar`): they do not count against the overlap.
    let (first, last) = (chain[0], chain[chain.len() - 1]);
    let (span_a, span_b) = (first.0..last.0 + last.2, first.1..last.1 + last.2);
    let omitted = |x: &[Token], xs: &Range<usize>, y: &[Token], ys: &Range<usize>| {
        let before = xs.start > 0 && x[xs.start - 1].mark == Mark::Ellipsis;
        let after = x.get(xs.end).is_some_and(|t| t.mark == Mark::Ellipsis);
        (if before { weight(&y[..ys.start]) } else { 0.0 }) + if after { weight(&y[ys.end..]) } else { 0.0 }
    };
    let weight_a = weight(a) - omitted(b, &span_b, a, &span_a);
    let weight_b = weight(b) - omitted(a, &span_a, b, &span_b);
    let coverage = matched / weight_a.min(weight_b).max(f64::EPSILON);
    // Two content words in common, or a long identical run of plain words.
    // With the speaker in common, a run of four, or a whole fragment of three (`with every
    // breath`), needs only one of them.
    let whole_fragment = longest_run == a.len().min(b.len())
        && (longest_run >= MIN_WORDS || (speakers == Speakers::Same && longest_run == MIN_WORDS - 1));
    let substantial = matched_words >= 2
        || (longest_run >= 4 && coverage >= 0.9)
        || (speakers == Speakers::Same && matched_words >= 1 && (longest_run >= 4 || whole_fragment));
    // Two quotations of one statement that each go on where the other stops share little of
    // their weight, but the words they share are whole: a sentence or more, or the end of one
    // and the start of the other (`I have not done anything wrong. I have not broken any laws`
    // against `I have not broken any laws. I have not violated any IRS rules`).
    let seam = speakers != Speakers::Different && chain.iter().any(|r| is_seam(a, b, r));
    if (coverage < MIN_COVERAGE && !seam) || !substantial || longest_run < 2 {
        return None;
    }
    // Words one version quotes from someone else are not that version's quotation of them
    // (`Kristol wrote: “… the war was not ‘a war of Obama’s choosing.’ …”` against Steele's
    // `a war of Obama’s choosing`).
    let all_nested = |x: &[Token], start: usize, len: usize| {
        x[start..start + len]
            .iter()
            .filter(|t| t.mark == Mark::Spoken)
            .all(|t| t.nested())
    };
    let none_nested =
        |x: &[Token], start: usize, len: usize| !x[start..start + len].iter().any(|t| t.nested());
    if (chain.iter().all(|r| all_nested(a, r.0, r.2)) && chain.iter().all(|r| none_nested(b, r.1, r.2)))
        || (chain.iter().all(|r| all_nested(b, r.1, r.2)) && chain.iter().all(|r| none_nested(a, r.0, r.2)))
    {
        return None;
    }
    // A few words in common are a phrase two people may both use (`deeply concerned`); only a
    // longer passage is one person's quotation printed under another's name.
    let spoken = |ts: &[Token]| ts.iter().filter(|t| t.mark == Mark::Spoken).count();
    let matched_spoken = chain.iter().map(|r| spoken(&a[r.0..r.0 + r.2])).sum::<usize>();
    if speakers == Speakers::Different && (matched_spoken < MIN_MISATTRIBUTED_WORDS || matched_words < 2) {
        return None;
    }
    let mut ra = span_a;
    let mut rb = span_b;
    // Words that differ at both edges are substitutions inside the quotation, not its limits:
    // both whole edges when both are short (`It is` / `It's`), else as many words on each side.
    // An editorial mark ends the edge: words beyond an ellipsis are omitted, not substituted.
    let (lead_a, lead_b) = edge_extension(
        spoken_edge(a[..ra.start].iter().rev()),
        spoken_edge(b[..rb.start].iter().rev()),
    );
    ra.start -= lead_a;
    rb.start -= lead_b;
    let (trail_a, trail_b) = edge_extension(spoken_edge(a[ra.end..].iter()), spoken_edge(b[rb.end..].iter()));
    ra.end += trail_a;
    rb.end += trail_b;
    let ra = trim_editorial(a, ra);
    let rb = trim_editorial(b, rb);
    // Most words that could match must match, whatever they weigh: two rare words in common do
    // not make `I was talking about the radical environmentalists` part of a speech that says
    // `I think a lot of radical environmentalists`. The words that could match are the shorter
    // version's words in the overlap and those beyond it where the other version goes on too.
    let matched = matched_spoken;
    // Beyond an ellipsis of the other version nothing is comparable.
    let comparable = |s: &[Token], rs: &Range<usize>, l: &[Token], rl: &Range<usize>| {
        let cut_before = |x: &[Token], r: &Range<usize>| r.start > 0 && x[r.start - 1].mark == Mark::Ellipsis;
        let cut_after =
            |x: &[Token], r: &Range<usize>| x.get(r.end).is_some_and(|t| t.mark == Mark::Ellipsis);
        let head = if cut_before(s, rs) || cut_before(l, rl) {
            0
        } else {
            spoken(&s[..rs.start]).min(spoken(&l[..rl.start]))
        };
        let tail = if cut_after(s, rs) || cut_after(l, rl) {
            0
        } else {
            spoken(&s[rs.end..]).min(spoken(&l[rl.end..]))
        };
        spoken(&s[rs.clone()]) + head + tail
    };
    let comparable = if spoken(a) <= spoken(b) {
        comparable(a, &ra, b, &rb)
    } else {
        comparable(b, &rb, a, &ra)
    };
    // One word off is always allowed (`fully destroy relations`).
    if matched + 1 < comparable && (matched as f64) < MIN_WORD_SHARE * comparable as f64 {
        return None;
    }
    Some(Alignment {
        a: ra,
        b: rb,
        coverage: coverage.min(1.0),
    })
}

/// The runs of equal words (start in `a`, start in `b`, length) of a word diff of two versions,
/// built around their heaviest common run.
///
/// A diff returns one of the longest common subsequences, and between a short fragment and a
/// long speech that may be one whose words lie scattered (`phony` of `phony ideal`, then
/// `theology` a sentence on) rather than the run the fragment was taken from. So the heaviest run
/// is kept whole, and only the words on either side of it are diffed, the longer version cut to
/// about the reach of the shorter.
fn equal_runs(a: &[Token], b: &[Token], an: &[u64], bn: &[u64]) -> Vec<(usize, usize, usize)> {
    let diff = |ra: Range<usize>, rb: Range<usize>, out: &mut Vec<(usize, usize, usize)>| {
        for op in capture_diff_slices(Algorithm::Myers, &an[ra.clone()], &bn[rb.clone()]) {
            if let DiffOp::Equal {
                old_index,
                new_index,
                len,
            } = op
            {
                out.push((old_index + ra.start, new_index + rb.start, len));
            }
        }
    };
    let mut runs = Vec::new();
    let Some((ia, ib, len)) = heaviest_common_run(a, b) else {
        diff(0..a.len(), 0..b.len(), &mut runs);
        return runs;
    };
    let slack = 3 + a.len().min(b.len()) / 2;
    // The longer side reaches as far as the shorter does on each side of the run, plus slack.
    let (before, after) = if a.len() >= b.len() {
        (ib, b.len() - ib - len)
    } else {
        (ia, a.len() - ia - len)
    };
    let reach = |start: usize, end: usize, n: usize| {
        start.saturating_sub(before + slack)..(end + after + slack).min(n)
    };
    let (wa, wb) = if a.len() >= b.len() {
        (reach(ia, ia + len, a.len()), 0..b.len())
    } else {
        (0..a.len(), reach(ib, ib + len, b.len()))
    };
    diff(wa.start..ia, wb.start..ib, &mut runs);
    runs.push((ia, ib, len));
    diff(ia + len..wa.end, ib + len..wb.end, &mut runs);
    runs
}

/// The common run of words of greatest weight (start in `a`, start in `b`, length), by dynamic
/// programming over the run lengths ending at each pair of equal words; `None` when the two
/// share no word or are too long for it. Of equally heavy runs, the first to end (in `a`, then
/// in `b`) is taken.
///
/// Only equal words extend a run, and most pairs of positions hold different words: each row
/// visits just the positions in `b` of its word of `a`, found in `b`'s words sorted once, not
/// every position of `b`.
fn heaviest_common_run(a: &[Token], b: &[Token]) -> Option<(usize, usize, usize)> {
    if a.len() * b.len() > 1_000_000 {
        return None;
    }
    let mut in_b: Vec<(u64, u32)> = b.iter().enumerate().map(|(j, t)| (t.key, j as u32)).collect();
    in_b.sort_unstable();
    // The runs ending in the row before and in this one, `(position in b, length, weight)`, by
    // position.
    let mut previous: Vec<(u32, u32, f64)> = Vec::new();
    let mut current: Vec<(u32, u32, f64)> = Vec::new();
    let mut best: Option<(f64, usize, usize, usize)> = None;
    for (i, x) in a.iter().enumerate() {
        current.clear();
        let from = in_b.partition_point(|&(key, _)| key < x.key);
        let mut before = previous.iter().peekable();
        for &(_, j) in in_b[from..].iter().take_while(|&&(key, _)| key == x.key) {
            // The run ending one word earlier on both sides, if any.
            while before.next_if(|run| run.0 + 1 < j).is_some() {}
            let (len, weight) = match before.peek() {
                Some(&&(k, len, weight)) if k + 1 == j => (len + 1, weight + f64::from(x.weight)),
                _ => (1, f64::from(x.weight)),
            };
            current.push((j, len, weight));
            if best.is_none_or(|(w, ..)| weight > w) {
                let (j, len) = (j as usize, len as usize);
                best = Some((weight, i + 1 - len, j + 1 - len, len));
            }
        }
        std::mem::swap(&mut previous, &mut current);
    }
    best.map(|(_, ia, ib, len)| (ia, ib, len))
}

/// Unmatched spoken words at one edge of an overlap, from the overlap outward, up to the first
/// editorial mark, and whether such a mark cut the edge (rather than the quotation's end).
fn spoken_edge<'a>(words: impl Iterator<Item = &'a Token>) -> Edge<'a> {
    let mut edge = Edge {
        words: Vec::new(),
        cut: false,
    };
    for w in words {
        if w.mark != Mark::Spoken {
            edge.cut = true;
            break;
        }
        edge.words.push(w);
    }
    edge
}

/// The unmatched words at one edge of an overlap, listed from the overlap outward.
struct Edge<'a> {
    words: Vec<&'a Token>,
    cut: bool,
}

/// How far to extend an overlap over its unmatched edge words, on each side.
///
/// Equal words next to the overlap continue it. When what is left on both sides ends the
/// quotations with the same words (`These have does not` / `These have doesn’t`), or is short on
/// both sides, the words between are changes inside the quotation. Otherwise one side goes on
/// where the other stopped, and only as many words as the other has are paired.
fn edge_extension(a: Edge, b: Edge) -> (usize, usize) {
    let same = |x: &&Token, y: &&Token| x.key == y.key;
    let inner = a
        .words
        .iter()
        .zip(&b.words)
        .take_while(|(x, y)| same(x, y))
        .count();
    let (rest_a, rest_b) = (&a.words[inner..], &b.words[inner..]);
    if rest_a.is_empty() || rest_b.is_empty() {
        return (inner, inner);
    }
    let whole = !a.cut && !b.cut;
    let short = |n: usize| n <= MAX_EDGE_SUBSTITUTION;
    let comparable = rest_a.len().max(rest_b.len()) <= 2 * MAX_EDGE_SUBSTITUTION;
    let same_ends = rest_a.last().zip(rest_b.last()).is_some_and(|(x, y)| same(x, y))
        && comparable
        && rest_a.len().abs_diff(rest_b.len()) <= 2;
    // `Does not and will not` against `Doesn’t and won’t`: as many words once expanded.
    let expanded = |rest: &[&Token]| rest.iter().map(|t| usize::from(t.expanded)).sum::<usize>();
    let same_length = comparable && expanded(rest_a) == expanded(rest_b);
    if whole && (same_ends || same_length || (short(rest_a.len()) && short(rest_b.len()))) {
        return (a.words.len(), b.words.len());
    }
    let n = rest_a.len().min(rest_b.len()).min(MAX_EDGE_SUBSTITUTION);
    (inner + n, inner + n)
}

/// Whether a run of equal words is a whole passage of both versions: long, with content words,
/// and at each of its ends, one of the two versions starts or ends there, at its own edge, an
/// ellipsis or a sentence break. Where both go on with other words, the run is a phrase the two
/// happen to share.
fn is_seam(a: &[Token], b: &[Token], run: &(usize, usize, usize, f64)) -> bool {
    let &(ia, ib, len, _) = run;
    let words = &a[ia..ia + len];
    let spoken = words.iter().filter(|t| t.mark == Mark::Spoken).count();
    let content = words.iter().filter(|t| t.content()).count();
    let opens = |x: &[Token], i: usize| i == 0 || x[i - 1].mark == Mark::Ellipsis || x[i - 1].ends_sentence();
    let closes = |x: &[Token], end: usize| {
        end == x.len() || x[end].mark == Mark::Ellipsis || x[end - 1].ends_sentence()
    };
    spoken >= SEAM_WORDS
        && content >= 2
        && (opens(a, ia) || opens(b, ib))
        && (closes(a, ia + len) || closes(b, ib + len))
}

fn gap(x: &(usize, usize, usize, f64), y: &(usize, usize, usize, f64)) -> usize {
    (y.0 - (x.0 + x.2)).max(y.1 - (x.1 + x.2))
}

/// An overlap never starts or ends with an ellipsis: omitted words at its edge are outside it.
fn trim_editorial(words: &[Token], mut r: Range<usize>) -> Range<usize> {
    while r.start < r.end && words[r.start].mark == Mark::Ellipsis {
        r.start += 1;
    }
    while r.end > r.start && words[r.end - 1].mark == Mark::Ellipsis {
        r.end -= 1;
    }
    r
}

/// Star clusters: the longest unassigned version takes every unassigned candidate that aligns
/// with it. Only a version ranked before its partner is diffed against it (as the reference it
/// could become), so a quotation printed in a thousand versions costs about a thousand diffs,
/// not half a million; those diffs run in parallel before the clusters are drawn in order.
/// Returns the clusters and the number of pairs diffed.
fn clusters(quotes: &[Quote], versions: &[Version], pairs: &[(u32, u32)]) -> (Vec<Cluster>, usize) {
    let mut order: Vec<usize> = (0..versions.len()).collect();
    // The first quotation of each version is its own: the order is total.
    order.par_sort_unstable_by_key(|&v| {
        (
            std::cmp::Reverse(versions[v].spoken),
            std::cmp::Reverse(versions[v].sources),
            versions[v].quotes[0],
        )
    });
    let mut rank = vec![0u32; versions.len()];
    for (i, &v) in order.iter().enumerate() {
        rank[v] = i as u32;
    }
    let try_align = |r: usize, v: usize| {
        let (a, b) = (&versions[r].tokens, &versions[v].tokens);
        if (versions[r].title && versions[v].title) || !could_cover(a, b) {
            return None;
        }
        let named = |v: usize| {
            let q = &quotes[versions[v].quotes[0]];
            (!q.speaker.is_empty() && !q.speaker_inferred).then_some(q.speaker.as_str())
        };
        // An institution is neither the same as a person nor a different one: a newspaper may
        // print a person's words under its own name.
        let speakers = match (named(r), named(v)) {
            (Some(x), Some(y)) if share_a_name(x, y) => Speakers::Same,
            (Some(x), Some(y)) if is_institution(x) || is_institution(y) => Speakers::Unknown,
            (Some(_), Some(_)) => Speakers::Different,
            _ => Speakers::Unknown,
        };
        let al = align_words(a, b, speakers)?;
        // A title matches words of running speech, not the same title printed elsewhere.
        let capitalized = |ts: &[Token]| ts.iter().filter(|t| t.content()).all(|t| t.capital());
        let titled = (versions[r].title && capitalized(&b[al.b.clone()]))
            || (versions[v].title && capitalized(&a[al.a.clone()]));
        (!titled).then_some((al, speakers))
    };
    // Each pair is diffed once, the earlier ranked version as the reference.
    let diffs: Vec<Diffed> = pairs
        .par_iter()
        .map(|&(x, y)| {
            let (r, v) = if rank[x as usize] < rank[y as usize] {
                (x, y)
            } else {
                (y, x)
            };
            let (r, v) = (r as usize, v as usize);
            (r, v, try_align(r, v))
        })
        .collect();
    let diffed = diffs.len();
    // Every alignment and what the speakers tell, for the clusters and for moving versions
    // printed under another name afterwards (see `own_speaker_first`).
    let known = Known::new(versions.len(), pairs, &diffs);
    // Versions with an alignment beyond a seam: a seam alone does not take them into a star,
    // away from a statement they share more of.
    let covered: Vec<bool> = (0..versions.len())
        .into_par_iter()
        .map(|v| {
            known
                .aligned_with(v)
                .any(|(_, found, _)| found.alignment.coverage >= MIN_COVERAGE)
        })
        .collect();
    let mut assigned = vec![false; versions.len()];
    // The words of each assigned version that its clusters hold.
    let mut placed: Vec<Vec<Range<usize>>> = vec![Vec::new(); versions.len()];
    let mut out = Vec::new();
    for &r in &order {
        if assigned[r] {
            continue;
        }
        // The alignments of `r` with later versions and with earlier ones: an earlier one that
        // found no cluster of its own may still join this one.
        let mut members: Vec<(usize, Alignment)> = known
            .aligned_with(r)
            .map(|(v, found, speakers)| (v, found.seen_from(r), speakers))
            .filter(|(v, al, speakers)| {
                // A seam also reaches a version already in a cluster, which then stands in two:
                // two sentences of one statement, each quoted on its own as well. So does the
                // speaker's own fragment of two longer quotations that share only it.
                let seam = al.coverage < MIN_COVERAGE;
                // But where the words a version shares with this reference are words it already
                // shares, worded differently, with another, it is that other one's quotation.
                if assigned[*v] {
                    let elsewhere = placed[*v].iter().any(|p| overlaps(p, &al.b));
                    seam || (*speakers == Speakers::Same
                        && (!elsewhere
                            || same_words(
                                &versions[r].tokens[al.a.clone()],
                                &versions[*v].tokens[al.b.clone()],
                            )))
                } else {
                    !seam || !covered[*v]
                }
            })
            .map(|(v, al, _)| (v, al))
            .collect();
        // Most versions stand alone: no cluster to draw.
        if members.is_empty() && versions[r].sources < 2 {
            continue;
        }
        members.sort_by_key(|(v, _)| versions[*v].quotes[0]);
        let whole = 0..versions[r].tokens.len();
        members.insert(
            0,
            (
                r,
                Alignment {
                    a: whole.clone(),
                    b: whole,
                    coverage: 1.0,
                },
            ),
        );
        let mut sources = members
            .iter()
            .flat_map(|(v, _)| versions[*v].quotes.iter().map(|&q| quotes[q].source.as_str()));
        let first = sources.next();
        let one_source = sources.all(|s| Some(s) == first);
        // The same title printed in several sources is not a quotation found twice.
        if one_source || members.iter().all(|(v, _)| versions[*v].title) {
            continue;
        }
        for (v, al) in &members {
            assigned[*v] = true;
            placed[*v].push(al.b.clone());
        }
        let reference_quote = versions[r].quotes[0];
        out.push(Cluster {
            id: format!("c{:08x}", fnv1a(quotes[reference_quote].id.as_bytes()) as u32),
            reference: r,
            reference_quote,
            members,
        });
    }
    // Both passes may leave a cluster with one source; `own_speaker_first` drops those last.
    word_for_word_first(&mut out, versions);
    own_speaker_first(&mut out, versions, quotes, &known);
    out.sort_by_key(|c| c.reference_quote);
    (out, diffed)
}

fn overlaps(x: &Range<usize>, y: &Range<usize>) -> bool {
    x.start < y.end && y.start < x.end
}

/// Whether two stretches say the same spoken words, editorial marks aside.
fn same_words(x: &[Token], y: &[Token]) -> bool {
    fn spoken(ts: &[Token]) -> impl Iterator<Item = u64> + '_ {
        ts.iter().filter(|t| t.mark == Mark::Spoken).map(|t| t.key)
    }
    spoken(x).eq(spoken(y))
}

/// A diffed pair: reference, version, and their alignment with what the speakers tell.
type Diffed = (usize, usize, Option<(Alignment, Speakers)>);

/// A version that stands in two clusters with the same words renders one statement word for word
/// and the other only with changes: it is a quotation of the first, and a remark repeated in other
/// words is no change of it (`went too far` of `I went too far. I made a mistake` and of `I went
/// way too far`). It leaves the second.
fn word_for_word_first(clusters: &mut [Cluster], versions: &[Version]) {
    // Whether each member renders its reference word for word, and each version's word-for-word
    // memberships: the words of it they hold.
    let exact: Vec<Vec<bool>> = clusters
        .iter()
        .map(|c| {
            c.members
                .iter()
                .map(|(v, al)| {
                    same_words(
                        &versions[c.reference].tokens[al.a.clone()],
                        &versions[*v].tokens[al.b.clone()],
                    )
                })
                .collect()
        })
        .collect();
    let mut verbatim: FxHashMap<usize, Vec<Range<usize>>> = FxHashMap::default();
    for (c, exact) in clusters.iter().zip(&exact) {
        for (m, _) in c.members[1..].iter().zip(&exact[1..]).filter(|(_, e)| **e) {
            verbatim.entry(m.0).or_default().push(m.1.b.clone());
        }
    }
    if verbatim.is_empty() {
        return;
    }
    for (c, exact) in clusters.iter_mut().zip(exact) {
        let reference = c.reference;
        let keep: Vec<bool> = c
            .members
            .iter()
            .zip(exact)
            .map(|(m, exact)| {
                m.0 == reference
                    || exact
                    || !verbatim
                        .get(&m.0)
                        .is_some_and(|rs| rs.iter().any(|r| overlaps(r, &m.1.b)))
            })
            .collect();
        let mut keep = keep.into_iter();
        c.members.retain(|_| keep.next().unwrap_or(true));
    }
}

/// Every alignment found, both ways, with what the speakers tell.
struct Known<'d> {
    /// The candidate pairs, sorted, and what diffing each gave (reference first).
    pairs: &'d [(u32, u32)],
    diffs: &'d [Diffed],
    /// Each version beside the diffs it stands in that found an alignment, sorted.
    touching: Vec<(u32, u32)>,
    /// Where each version's part of `touching` starts, and past the last, its end.
    starts: Vec<u32>,
}

/// An alignment found between two versions, as diffed: it reads from `from`.
struct Found<'d> {
    from: usize,
    alignment: &'d Alignment,
}

impl Found<'_> {
    /// The alignment read from version `r`, one of the pair.
    fn seen_from(&self, r: usize) -> Alignment {
        if self.from == r {
            self.alignment.clone()
        } else {
            self.alignment.flipped()
        }
    }
}

impl<'d> Known<'d> {
    fn new(versions: usize, pairs: &'d [(u32, u32)], diffs: &'d [Diffed]) -> Known<'d> {
        let mut touching: Vec<(u32, u32)> = diffs
            .par_iter()
            .enumerate()
            .filter(|(_, (_, _, found))| found.is_some())
            .flat_map_iter(|(i, &(r, v, _))| [(r as u32, i as u32), (v as u32, i as u32)])
            .collect();
        touching.par_sort_unstable();
        let mut starts = Vec::with_capacity(versions + 1);
        for (i, &(v, _)) in touching.iter().enumerate() {
            starts.resize(v as usize + 1, i as u32);
        }
        starts.resize(versions + 1, touching.len() as u32);
        Known {
            pairs,
            diffs,
            touching,
            starts,
        }
    }

    /// The alignment of `r` with `v`, seen from `r`: found in the sorted pairs, not in a map
    /// built one pair at a time.
    fn between(&self, r: usize, v: usize) -> Option<(Alignment, Speakers)> {
        let key = (r.min(v) as u32, r.max(v) as u32);
        let i = self.pairs.binary_search(&key).ok()?;
        let (from, _, found) = &self.diffs[i];
        let (alignment, speakers) = found.as_ref()?;
        let found = Found {
            from: *from,
            alignment,
        };
        Some((found.seen_from(r), *speakers))
    }

    /// Every version `v` aligns with, in order, with the alignment and what the speakers tell.
    fn aligned_with(&self, v: usize) -> impl Iterator<Item = (usize, Found<'d>, Speakers)> + '_ {
        self.touching[self.starts[v] as usize..self.starts[v + 1] as usize]
            .iter()
            .filter_map(move |&(_, i)| {
                let (r, u, found) = &self.diffs[i as usize];
                let (alignment, speakers) = found.as_ref()?;
                let other = if *r == v { *u } else { *r };
                Some((other, Found { from: *r, alignment }, *speakers))
            })
    }

    /// The versions `v` aligns with under the same speaker, in order.
    fn same_speaker(&self, v: usize) -> impl Iterator<Item = usize> + '_ {
        self.aligned_with(v)
            .filter(|(_, _, speakers)| *speakers == Speakers::Same)
            .map(|(u, _, _)| u)
    }
}

/// Moves a version that joined a cluster under another speaker's name to a cluster that holds
/// its own speaker's words, when it aligns with that cluster's reference too: a common phrase
/// (`I'm not going to pay`) said by two people is each one's own quotation.
fn own_speaker_first(clusters: &mut Vec<Cluster>, versions: &[Version], quotes: &[Quote], known: &Known) {
    let mut home_of: FxHashMap<usize, Vec<usize>> = FxHashMap::default();
    for (ci, c) in clusters.iter().enumerate() {
        for (v, _) in &c.members {
            home_of.entry(*v).or_default().push(ci);
        }
    }
    // Versions leaving a cluster, versions joining one, and clusters made anew.
    let mut leaves: Vec<(usize, usize)> = Vec::new();
    let mut joins: Vec<(usize, usize, Alignment)> = Vec::new();
    let mut created: Vec<Cluster> = Vec::new();
    for (ci, c) in clusters.iter().enumerate() {
        for (v, _) in &c.members[1..] {
            if matches!(known.between(c.reference, *v), Some((_, Speakers::Same))) {
                continue;
            }
            // Clusters where a version of the same speaker stands, and the alignment of `v`
            // with their reference.
            let mut homes: Vec<(usize, Alignment)> = Vec::new();
            for u in known.same_speaker(*v) {
                for &cj in home_of.get(&u).into_iter().flatten() {
                    if cj == ci || homes.iter().any(|(k, _)| *k == cj) {
                        continue;
                    }
                    let r = clusters[cj].reference;
                    if let Some((al, s)) = known.between(r, *v)
                        && s != Speakers::Different
                        && al.coverage >= MIN_COVERAGE
                    {
                        homes.push((cj, al));
                    }
                }
            }
            if let Some((cj, al)) = homes
                .into_iter()
                .max_by(|x, y| x.1.coverage.total_cmp(&y.1.coverage).then(y.0.cmp(&x.0)))
            {
                leaves.push((ci, *v));
                joins.push((cj, *v, al));
                continue;
            }
            // Else a version of the same speaker in no cluster yet makes one with it.
            let source = |v: usize| quotes[versions[v].quotes[0]].source.as_str();
            let partner = known.same_speaker(*v).find(|&u| {
                !home_of.contains_key(&u)
                    && source(u) != source(*v)
                    && known
                        .between(u, *v)
                        .is_some_and(|(al, _)| al.coverage >= MIN_COVERAGE)
            });
            if let Some(u) = partner {
                let (r, m) = if versions[u].spoken >= versions[*v].spoken {
                    (u, *v)
                } else {
                    (*v, u)
                };
                let Some((al, _)) = known.between(r, m) else {
                    continue;
                };
                let whole = 0..versions[r].tokens.len();
                let reference_quote = versions[r].quotes[0];
                home_of.entry(u).or_default().push(clusters.len() + created.len());
                leaves.push((ci, *v));
                created.push(Cluster {
                    id: format!("c{:08x}", fnv1a(quotes[reference_quote].id.as_bytes()) as u32),
                    reference: r,
                    reference_quote,
                    members: vec![
                        (
                            r,
                            Alignment {
                                a: whole.clone(),
                                b: whole,
                                coverage: 1.0,
                            },
                        ),
                        (m, al),
                    ],
                });
            }
        }
    }
    clusters.extend(created);
    for (ci, v) in leaves {
        clusters[ci].members.retain(|(m, _)| *m != v);
    }
    for (cj, v, al) in joins {
        let members = &mut clusters[cj].members;
        if members.iter().any(|(m, _)| *m == v) {
            continue;
        }
        let at = members[1..].partition_point(|(m, _)| versions[*m].quotes[0] < versions[v].quotes[0]);
        members.insert(at + 1, (v, al));
    }
    // A cluster left with one source is no longer a quotation found twice.
    clusters.retain(|c| {
        let first = quotes[versions[c.reference].quotes[0]].source.as_str();
        c.members
            .iter()
            .flat_map(|(v, _)| versions[*v].quotes.iter())
            .any(|&q| quotes[q].source != first)
    });
}

/// Versions of plain texts by one named speaker, one source each, weighed: for tests of
/// alignment and verdicts.
#[cfg(test)]
pub(crate) fn versions_of_texts(texts: &[&str]) -> Vec<Version> {
    let quotes: Vec<Quote> = texts
        .iter()
        .enumerate()
        .map(|(i, t)| Quote::for_test(&format!("s{i}"), i, t, "A Speaker"))
        .collect();
    let mut versions: Vec<Version> = quotes
        .iter()
        .enumerate()
        .map(|(i, q)| {
            let (_, tokens) = fold(q).expect("long enough to align");
            Version {
                spoken: tokens.iter().filter(|t| t.mark == Mark::Spoken).count(),
                tokens,
                quotes: vec![i],
                sources: 1,
                title: reads_as_title(&q.text),
            }
        })
        .collect();
    weigh(&mut versions);
    versions
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The recurrence itself, over every pair of positions: what `heaviest_common_run` must give.
    fn heaviest_common_run_everywhere(a: &[Token], b: &[Token]) -> Option<(usize, usize, usize)> {
        let mut previous = vec![(0usize, 0f64); b.len() + 1];
        let mut current = previous.clone();
        let mut best: Option<(f64, usize, usize, usize)> = None;
        for (i, x) in a.iter().enumerate() {
            for (j, y) in b.iter().enumerate() {
                current[j + 1] = if x.key == y.key {
                    let (len, weight) = previous[j];
                    (len + 1, weight + f64::from(x.weight))
                } else {
                    (0, 0.0)
                };
                let (len, weight) = current[j + 1];
                if len > 0 && best.is_none_or(|(w, ..)| weight > w) {
                    best = Some((weight, i + 1 - len, j + 1 - len, len));
                }
            }
            std::mem::swap(&mut previous, &mut current);
        }
        best.map(|(_, ia, ib, len)| (ia, ib, len))
    }

    #[test]
    fn a_bucket_is_sorted_as_by_comparisons() {
        let mut state = 0x9e37_79b9_7f4a_7c15_u64;
        let mut next = move || {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            state
        };
        for (len, keys) in [(100, 40), (600, 50), (5000, 4000), (20000, 100_000)] {
            // Keys of one bucket (one top byte) that often share the 32 bits the passes count by
            // and differ below them, repeated, with items in no order.
            let shared: Vec<u64> = (0..64).map(|_| next() & 0xffff_ffff).collect();
            let pool: Vec<u64> = (0..keys)
                .map(|_| (0x5a << 56) | (shared[(next() % 64) as usize] << 24) | (next() & 0xff_ffff))
                .collect();
            let list: Vec<(u64, u32)> = (0..len)
                .map(|_| (pool[(next() % keys) as usize], (next() % 7) as u32))
                .collect();
            let mut expected = list.clone();
            expected.sort_unstable();
            let mut sorted = list;
            sort_bucket(&mut sorted);
            assert_eq!(sorted, expected, "{len} entries of {keys} keys");
        }
    }

    #[test]
    fn the_heaviest_common_run_is_the_recurrence_over_every_pair_of_positions() {
        // Words from a small vocabulary, so that words repeat and runs cross; weights from a few
        // values, zero among them, so that equally heavy runs compete.
        let mut state = 0x2545_f491_4f6c_dd1d_u64;
        let mut next = move |n: u64| {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            state % n
        };
        let weights = [0.0f32, 0.2, 1.0, 2.5];
        let words = |next: &mut dyn FnMut(u64) -> u64, vocabulary: u64| -> Vec<Token> {
            (0..next(30))
                .map(|_| {
                    let word = next(vocabulary);
                    Token {
                        key: word.wrapping_mul(0x9e37_79b9_7f4a_7c15),
                        weight: weights[(word % 4) as usize],
                        mark: Mark::Spoken,
                        expanded: 1,
                        facts: 0,
                    }
                })
                .collect()
        };
        let mut found = 0;
        for round in 0..3000 {
            let vocabulary = 2 + round % 12;
            let (a, b) = (words(&mut next, vocabulary), words(&mut next, vocabulary));
            let expected = heaviest_common_run_everywhere(&a, &b);
            assert_eq!(heaviest_common_run(&a, &b), expected, "{a:?} against {b:?}");
            found += usize::from(expected.is_some());
        }
        assert!(found > 2500, "{found} of 3000 pairs share a word");
    }

    #[test]
    fn a_known_alignment_is_seen_from_either_version() {
        let al = Alignment {
            a: 0..2,
            b: 3..5,
            coverage: 1.0,
        };
        // Versions 1 and 4, diffed with 4 as the reference; 0, 3 and 5 aligned with 4 too.
        let pairs = [(0u32, 4u32), (1, 4), (2, 3), (3, 4), (4, 5)];
        let diffs: Vec<Diffed> = vec![
            (4, 0, Some((al.clone(), Speakers::Different))),
            (4, 1, Some((al.clone(), Speakers::Same))),
            (2, 3, None),
            (4, 3, Some((al.clone(), Speakers::Unknown))),
            (5, 4, Some((al.clone(), Speakers::Same))),
        ];
        let known = Known::new(6, &pairs, &diffs);
        assert_eq!(known.between(4, 1), Some((al.clone(), Speakers::Same)));
        assert_eq!(known.between(1, 4), Some((al.flipped(), Speakers::Same)));
        assert_eq!(known.between(2, 3), None);
        assert_eq!(known.between(1, 2), None);
        let seen: Vec<_> = known
            .aligned_with(4)
            .map(|(u, found, s)| (u, found.seen_from(4), s))
            .collect();
        assert_eq!(
            seen,
            [
                (0, al.clone(), Speakers::Different),
                (1, al.clone(), Speakers::Same),
                (3, al.clone(), Speakers::Unknown),
                (5, al.flipped(), Speakers::Same)
            ]
        );
        assert_eq!(known.same_speaker(4).collect::<Vec<_>>(), [1, 5]);
        assert_eq!(known.same_speaker(5).collect::<Vec<_>>(), [4]);
        assert_eq!(known.same_speaker(0).count(), 0);
    }

    #[test]
    fn each_item_points_at_the_first_equal_one_whatever_the_hash() {
        let items = ["a", "b", "a", "c", "b", "a"];
        let expected = [0, 1, 0, 3, 1, 0];
        assert_eq!(first_equal(&items, |x| fnv1a(x.as_bytes())), expected);
        // Every hash alike: the items themselves tell.
        assert_eq!(first_equal(&items, |_| 7), expected);
        assert_eq!(first_equal::<&str>(&[], |_| 0), Vec::<usize>::new());
    }

    use crate::words::words;

    fn version_set(texts: &[&str]) -> Vec<Version> {
        versions_of_texts(texts)
    }

    /// The alignment of two texts, weighed among themselves and a third that shares nothing.
    fn align_texts(a: &str, b: &str) -> Alignment {
        let v = version_set(&[a, b, "Unrelated words about weather"]);
        align_pair(&v[0].tokens, &v[1].tokens).expect("aligned")
    }

    #[test]
    fn fragment_inside_a_longer_version_aligns() {
        let v = version_set(&[
            "a big mistake if it arms Ukraine in the war against Russia.",
            "a big mistake",
            "The weather is fine in Hanoi today and tomorrow.",
        ]);
        let al = align_pair(&v[0].tokens, &v[1].tokens).expect("aligned");
        assert_eq!((al.a, al.b), (0..3, 0..3));
    }

    #[test]
    fn words_left_out_with_an_ellipsis_are_no_difference() {
        let v = version_set(&[
            "Open the gates. Keep the harbour open for the fishing boats ... And never close the quay again.",
            "keep the harbour open for the fishing boats, not a glorpish vrandel zenthu kwoxin",
            "The weather is fine in Hanoi today and tomorrow.",
        ]);
        let al = align_pair(&v[0].tokens, &v[1].tokens).expect("aligned");
        assert_eq!((al.a, al.b), (3..11, 0..8));
        // What the first version leaves out weighs nothing against the second.
        assert!(al.coverage > 0.99, "{}", al.coverage);
    }

    #[test]
    fn edge_words_that_differ_are_substitutions() {
        let v = version_set(&[
            "Seoul must understand that the use of weapons will irreparably destroy relations between our countries.",
            "fully destroy relations",
            "Nothing else in common here at all.",
        ]);
        let al = align_pair(&v[0].tokens, &v[1].tokens).expect("aligned");
        let first = words(
            "Seoul must understand that the use of weapons will irreparably destroy relations between our countries.",
        );
        let a: Vec<&str> = first[al.a].iter().map(|w| w.norm.as_str()).collect();
        assert_eq!(a, ["irreparably", "destroy", "relations"]);
    }

    #[test]
    fn edges_that_end_alike_are_changes_inside() {
        let text = "These have does not the never famous labor deal because their union wants it";
        let al = align_texts(
            text,
            "These have doesn’t the never famous labor deal because their union wants it",
        );
        assert_eq!((al.a, al.b), (0..words(text).len(), 0..13));
    }

    #[test]
    fn edges_as_long_once_expanded_are_changes_inside() {
        let text = "Does not and will not give the famous labor deal to their union today";
        let al = align_texts(
            text,
            "Doesn’t and won’t give the famous labor deal to their union today",
        );
        assert_eq!((al.a, al.b), (0..words(text).len(), 0..12));
    }

    #[test]
    fn stop_words_that_open_both_versions_belong_to_the_overlap() {
        let text = "Now of with to, more that is this a famous labor deal for their union today";
        let al = align_texts(
            text,
            "Now of with to, more that’s this a famous labor deal for their union today",
        );
        assert_eq!((al.a, al.b), (0..words(text).len(), 0..15));
    }

    #[test]
    fn a_repeated_word_past_a_fragment_stays_outside() {
        let al = align_texts(
            "the way they are building this bridge we must finish it we must",
            "the way they are building this bridge we must",
        );
        assert_eq!((al.a, al.b), (0..9, 0..9));
    }

    #[test]
    fn a_fragment_aligns_where_its_words_stand_together() {
        let long = "It is about some phony ideal, some phony ideal again, not about you. It is about some \
                    phony theology. Oh, not a theology based on the Bible. A different theology.";
        let v = version_set(&[long, "phony theology", "Unrelated words about weather"]);
        let al = align_pair(&v[0].tokens, &v[1].tokens).expect("aligned");
        let w = words(long);
        let a: Vec<&str> = w[al.a].iter().map(|w| w.norm.as_str()).collect();
        assert_eq!(a, ["phony", "theology"]);
    }

    #[test]
    fn two_rare_words_do_not_make_a_short_quotation_part_of_a_speech() {
        let v = version_set(&[
            "The objective is man, and I think a lot of radical environmentalists have it upside down today.",
            "I was talking about the radical environmentalists",
            "I was talking about the weather in the north",
            "I was talking about the game last night",
            "I was talking about the budget talks again",
            "I think a lot of people agree with that",
            "I think a lot of them left early anyway",
            "I think a lot of voters were talking about the weather",
        ]);
        assert!(align_pair(&v[0].tokens, &v[1].tokens).is_none());
    }

    /// Quotations of one speaker, each `(source, text)`.
    fn quotes(items: &[(&str, &str)]) -> Vec<Quote> {
        items
            .iter()
            .enumerate()
            .map(|(i, (source, text))| Quote::for_test(source, i, text, "Ana Ortiz"))
            .collect()
    }

    #[test]
    fn each_fact_of_a_word_is_kept_apart() {
        let q = Quote::for_test(
            "a.txt",
            0,
            "The levee held. Crews said ‘not again’ and the river fell",
            "Ana Ortiz",
        );
        let (_, tokens) = fold(&q).unwrap();
        let facts: Vec<[bool; 4]> = tokens
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

    fn cluster_texts(quotes: &[Quote]) -> Vec<Vec<&str>> {
        let aligned = align(quotes);
        aligned
            .clusters
            .iter()
            .map(|c| {
                c.members
                    .iter()
                    .flat_map(|(v, _)| {
                        aligned.versions[*v]
                            .quotes
                            .iter()
                            .map(|&q| quotes[q].text.as_str())
                    })
                    .collect()
            })
            .collect()
    }

    #[test]
    fn a_title_aligns_with_running_speech_but_not_with_itself() {
        let q = quotes(&[
            ("a.txt", "Meet the Press"),
            ("b.txt", "Meet the Press."),
            ("a.txt", "War on Religion"),
            ("b.txt", "As mayor I will end the war on religion in our schools"),
        ]);
        assert_eq!(
            cluster_texts(&q),
            [vec![
                "As mayor I will end the war on religion in our schools",
                "War on Religion"
            ]]
        );
    }

    #[test]
    fn a_cluster_takes_the_reference_sources_own_fragments() {
        let q = quotes(&[
            (
                "a.txt",
                "We will rebuild the harbour bridge before the winter storms arrive",
            ),
            ("a.txt", "the harbour bridge before the winter"),
            (
                "b.txt",
                "We will rebuild the harbour bridge before the winter storms arrive.",
            ),
        ]);
        assert_eq!(cluster_texts(&q)[0].len(), 3);
    }

    #[test]
    fn a_shared_run_of_four_words_proposes_a_candidate() {
        let v = version_set(&[
            "zorblat quenk realize the they are of no and then some more",
            "plimbo drast realize the they are of no and then some more",
        ]);
        assert_eq!(candidate_pairs(&v), [(0, 1)]);
    }

    #[test]
    fn a_named_speaker_in_common_lets_one_distinctive_word_align() {
        let mut q = quotes(&[
            ("a.txt", "it is realize the kloprilei we are, no will on no"),
            ("b.txt", "it is realize the glarin we are, no will on no"),
        ]);
        assert_eq!(cluster_texts(&q).len(), 1);
        q[1].speaker = "Bo Lind".to_string();
        assert!(cluster_texts(&q).is_empty());
    }

    #[test]
    fn words_in_title_case_in_one_source_and_running_text_in_another_align() {
        let q = quotes(&[("a.txt", "Harbour Tax"), ("b.txt", "harbour tax.")]);
        assert_eq!(cluster_texts(&q), [["Harbour Tax", "harbour tax."]]);
        let q = quotes(&[("a.txt", "Harbour Tax"), ("b.txt", "Harbour Tax")]);
        assert!(cluster_texts(&q).is_empty());
    }

    #[test]
    fn a_term_of_two_words_aligns_when_someone_is_said_to_use_it() {
        let mut q = quotes(&[
            ("a.txt", "harbour tax"),
            ("b.txt", "We will repeal the harbour tax."),
        ]);
        q[0].kind = QuoteKind::Term;
        assert_eq!(cluster_texts(&q).len(), 1);
        q[0].speaker = String::new();
        assert!(cluster_texts(&q).is_empty());
    }

    #[test]
    fn two_words_with_one_of_meaning_align_only_under_one_named_speaker() {
        let mut q = quotes(&[
            ("a.txt", "very close"),
            ("b.txt", "We are very close"),
            ("c.txt", "not close to the end at all"),
        ]);
        assert_eq!(cluster_texts(&q), [["We are very close", "very close"]]);
        q[1].speaker = "Bo Lind".to_string();
        assert!(cluster_texts(&q).is_empty());
        q[1].speaker = String::new();
        assert!(cluster_texts(&q).is_empty());
        // Two stop words carry nothing, whoever says them.
        let q = quotes(&[("a.txt", "very much"), ("b.txt", "very much")]);
        assert!(cluster_texts(&q).is_empty());
    }

    /// Quotations that share one whole sentence and little else, with texts to weigh them by.
    const SEAM: [(&str, &str); 4] = [
        (
            "a.txt",
            "The ferry fares were never fair to anyone on the islands. We will repeal the harbour tax this winter.",
        ),
        (
            "b.txt",
            "We will repeal the harbour tax this winter. Then the ferries run free for every child in town.",
        ),
        ("c.txt", "Every child in town knows the ferries and the islands."),
        ("d.txt", "Anyone on the ferries this winter was never cold."),
    ];

    #[test]
    fn quotations_that_go_on_where_the_other_stops_align_on_the_sentence_they_share() {
        let q = quotes(&SEAM);
        assert_eq!(cluster_texts(&q), [vec![SEAM[0].1, SEAM[1].1]]);
        // Spoken by two different people, a shared sentence is no evidence.
        let mut q = q;
        q[1].speaker = "Bo Lind".to_string();
        assert!(cluster_texts(&q).is_empty());
    }

    #[test]
    fn a_phrase_shared_inside_two_sentences_is_no_seam() {
        let q = quotes(&[
            (
                "a.txt",
                "The ferry fares were never fair to anyone, so we will repeal the harbour tax on every boat now",
            ),
            (
                "b.txt",
                "Surely we will repeal the harbour tax on every boat before the vote next spring on the islands.",
            ),
            SEAM[2],
            SEAM[3],
        ]);
        assert!(cluster_texts(&q).is_empty());
    }

    #[test]
    fn a_version_without_a_cluster_of_its_own_joins_a_later_one() {
        // The longest shares a seam with the first, which the third quotes in part: the seam
        // does not take the first away from that, and the longest then joins their cluster.
        let longest = "We will repeal the harbour tax this winter. Then the ferries run free for every child in town and every parent too.";
        let q = quotes(&[
            SEAM[0],
            ("b.txt", longest),
            ("e.txt", "The ferry fares were never fair to anyone"),
            SEAM[2],
            SEAM[3],
        ]);
        assert_eq!(cluster_texts(&q), [vec![SEAM[0].1, longest, q[2].text.as_str()]]);
    }

    #[test]
    fn a_short_phrase_under_two_names_is_not_one_quotation() {
        let mut q = quotes(&[
            (
                "a.txt",
                "We are deeply concerned about the harbour closure and its workers",
            ),
            ("b.txt", "deeply concerned about the"),
            SEAM[2],
            SEAM[3],
        ]);
        assert_eq!(cluster_texts(&q).len(), 1);
        q[1].speaker = "Bo Lind".to_string();
        assert!(cluster_texts(&q).is_empty());
        // Five words and more are one person's quotation printed under another's name.
        q[1].text = "deeply concerned about the harbour closure".to_string();
        q[1].words = 6;
        assert_eq!(cluster_texts(&q).len(), 1);
    }

    #[test]
    fn a_speaker_spelled_with_or_without_accents_is_one_version() {
        let mut q = quotes(&[
            ("a.txt", "The harbour stays open to every ship"),
            ("b.txt", "The harbour stays open to every ship"),
        ]);
        q[0].speaker = "Inés Muñoz".to_string();
        q[1].speaker = "Ines Munoz".to_string();
        assert_eq!(align(&q).versions.len(), 1);
    }

    #[test]
    fn a_version_is_one_speakers_words_as_spelled() {
        let versions_of = |texts: &[(&str, &str)]| {
            let mut q = quotes(&texts.iter().map(|&(_, t)| ("a.txt", t)).collect::<Vec<_>>());
            for (quote, &(speaker, _)) in q.iter_mut().zip(texts) {
                quote.speaker = speaker.to_string();
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

    #[test]
    fn a_phrase_goes_with_its_own_speakers_words() {
        let mut q = quotes(&[
            (
                "a.txt",
                "We will not pay for your mistakes and we do not expect you to pay for ours",
            ),
            ("b.txt", "We will not pay for that ugly harbour wall"),
            ("c.txt", "We will not pay,"),
        ]);
        // Nobody named for the longest, so that it does not keep the phrase for itself.
        q[0].speaker = String::new();
        q[1].speaker = "Ana Ortiz".to_string();
        q[2].speaker = "Ortiz".to_string();
        let clusters = cluster_texts(&q);
        assert_eq!(
            clusters,
            vec![vec![
                "We will not pay for that ugly harbour wall",
                "We will not pay,"
            ]]
        );
    }

    #[test]
    fn a_fragment_of_two_quotations_by_its_speaker_stands_in_both_clusters() {
        let mut q = quotes(&[
            (
                "a.txt",
                "Keep the harbour open for the fishing boats and the ferries, the mayor of the town insists every week",
            ),
            ("b.txt", "keep the harbour open for the fishing boats"),
            (
                "c.txt",
                "We must keep the harbour open for the fishing boats and never sell the quay to developers from the capital",
            ),
        ]);
        let fragment = q[1].text.as_str();
        let both = vec![
            vec![q[0].text.as_str(), fragment],
            vec![q[2].text.as_str(), fragment],
        ];
        assert_eq!(cluster_texts(&q), both);
        // Under another name it stays with the first.
        q[1].speaker = "Bo Lind".to_string();
        assert_eq!(cluster_texts(&q).len(), 1);
    }

    #[test]
    fn words_a_speaker_quotes_from_someone_else_are_not_their_quotation() {
        let mut q = quotes(&[
            (
                "a.txt",
                "Needless to say, the harbour was not ‘a port of Ortiz’s choosing.’ It has been run by the city for years.",
            ),
            ("b.txt", "a port of Ortiz’s choosing"),
        ]);
        q[0].speaker = "Bo Lind".to_string();
        assert!(cluster_texts(&q).is_empty());
        // Without the marks the words are the first speaker's own, printed under another name.
        q[0].text = q[0].text.replace(['‘', '’'], "").replace("Ortizs", "Ortiz’s");
        assert_eq!(cluster_texts(&q).len(), 1, "{}", q[0].text);
    }

    #[test]
    fn an_institution_is_no_speaker_in_common() {
        // With the speaker in common one distinctive word would do; a newspaper's name tells
        // nothing about who spoke.
        let mut q = quotes(&[
            ("a.txt", "it is realize the kloprilei we are, no will on no"),
            ("b.txt", "it is realize the glarin we are, no will on no"),
        ]);
        q[0].speaker = "The Daily Post".to_string();
        assert!(cluster_texts(&q).is_empty());
        // Nor is it a different person, who would need five words in common.
        q[0].text = "the harbour closure hurts".to_string();
        q[1].text = "the harbour closure hurts".to_string();
        assert_eq!(cluster_texts(&q).len(), 1);
    }

    #[test]
    fn a_whole_fragment_of_three_words_aligns_with_its_speaker() {
        let mut q = quotes(&[
            (
                "a.txt",
                "I will fight for the harbour with every breath in my body",
            ),
            ("b.txt", "with every breath"),
            SEAM[2],
            SEAM[3],
        ]);
        assert_eq!(cluster_texts(&q).len(), 1);
        q[1].speaker.clear();
        assert!(cluster_texts(&q).is_empty());
    }

    #[test]
    fn a_seam_links_two_clusters() {
        let first = SEAM[0].1;
        let second = "We will repeal the harbour tax this winter. Then the ferries run free for every child in town and every parent too.";
        let q = quotes(&[
            ("a.txt", first),
            ("b.txt", second),
            ("c.txt", "never fair to anyone on the islands"),
            ("d.txt", "the ferries run free for every child"),
            SEAM[2],
            SEAM[3],
        ]);
        assert_eq!(
            cluster_texts(&q),
            [
                vec![first, second, q[2].text.as_str()],
                vec![second, q[3].text.as_str()]
            ]
        );
    }

    #[test]
    fn a_run_in_common_is_found_by_its_window() {
        let v = version_set(&[
            "we will repeal the harbour tax this winter",
            "then we will repeal the harbour tax soon",
            "we will repeal the tax on the harbour",
        ]);
        assert!(shares_run(&v[0].tokens, &v[1].tokens, 5));
        assert!(!shares_run(&v[0].tokens, &v[2].tokens, 5));
        assert!(!shares_run(&v[0].tokens, &v[1].tokens, 7));
    }

    #[test]
    fn stock_phrases_do_not_align() {
        let v = version_set(&[
            "agreed to continue sharing information on North Korean troop deployment to Russia",
            "exchanged intelligence regarding North Korean military units dispatched to Russia.",
            "we are going to be fine",
            "it is going to be a long night",
        ]);
        assert!(align_pair(&v[0].tokens, &v[1].tokens).is_none());
        assert!(align_pair(&v[2].tokens, &v[3].tokens).is_none());
    }

    #[test]
    fn a_version_stays_with_the_statement_it_renders_word_for_word() {
        let q = quotes(&[
            (
                "n.txt",
                "I crossed the line with that poster. I went way too far. The image is too disturbing.",
            ),
            ("n.txt", "I went too far. I made a mistake and I was wrong."),
            ("h.txt", "I went way too far"),
            ("f.txt", "I went too far and I was wrong"),
            ("g.txt", "went too far"),
        ]);
        let clusters = cluster_texts(&q);
        let with = |text: &str| clusters.iter().filter(|c| c.contains(&text)).count();
        let home = |text: &str, reference: &str| {
            clusters
                .iter()
                .any(|c| c.contains(&text) && c[0].starts_with(reference))
        };
        assert_eq!(with("I went way too far"), 1, "{clusters:?}");
        assert!(home("I went way too far", "I crossed"), "{clusters:?}");
        assert_eq!(with("went too far"), 1, "{clusters:?}");
        assert!(home("went too far", "I went too far."), "{clusters:?}");
    }

    #[test]
    fn a_version_that_renders_two_statements_stands_in_both_clusters() {
        let q = quotes(&[
            (
                "h.txt",
                "After hours of prayer and talks with my parents I see the hurt my words caused to many \
                 families across the state this week.",
            ),
            ("h.txt", "I quickly judged both young ladies."),
            (
                "f.txt",
                "I quickly judged the two young ladies. After hours of prayer and talks with my parents I see \
                 the hurt my words caused.",
            ),
        ]);
        let clusters = cluster_texts(&q);
        assert_eq!(clusters.len(), 2, "{clusters:?}");
        assert!(
            clusters
                .iter()
                .all(|c| c.iter().any(|t| t.starts_with("I quickly"))),
            "{clusters:?}"
        );
    }

    #[test]
    fn a_short_version_finds_its_partner_past_a_common_bigram() {
        // Ten longer quotations share `to pay`, the fragment's one bigram, and the index keeps
        // only the longest few for so common a bigram; the fragment's run `not going to pay`
        // still proposes the quotation it comes from.
        let fillers: Vec<String> = (0..10)
            .map(|i| {
                format!("the council voted number {i} to pay the harbour workers every month of this year")
            })
            .collect();
        let mut texts: Vec<&str> = fillers.iter().map(String::as_str).collect();
        texts.extend(["we are not going to pay for that wall", "not going to pay"]);
        let v = version_set(&texts);
        assert!(candidate_pairs(&v).contains(&(10, 11)));
    }

    #[test]
    fn candidates_come_from_shared_bigrams_only() {
        let v = version_set(&[
            "the cat sat down on the old mat",
            "a cat sat down quietly",
            "dogs bark at night",
            "Donald Trump spoke about the economy today",
            "Donald Trump will never win the nomination",
            "fully destroy relations",
        ]);
        // Two shared bigrams (cat sat, sat down) make a candidate; one shared name does not,
        // unless the shorter version is that short.
        assert_eq!(candidate_pairs(&v), [(0, 1)]);
        let v = version_set(&[
            "fully destroy relations",
            "will irreparably destroy relations between us",
        ]);
        assert_eq!(candidate_pairs(&v), [(0, 1)]);
    }

    #[test]
    fn each_version_counts_its_shared_bigrams_afresh() {
        // A chain of long versions, each ending with the words the next starts with: enough of
        // them that one tally serves many versions in turn. A count left over from the version
        // before would make neighbours candidates on one shared bigram.
        let word = |n: usize| -> String {
            let letter = |k: usize| (b'a' + (k % 26) as u8) as char;
            format!("{}{}{}ex", letter(n), letter(n / 26), letter(n / 676))
        };
        let chain = |shared: usize| -> Vec<Version> {
            let texts: Vec<String> = (0..64)
                .map(|i| {
                    let run = |at: usize| (0..shared).map(|k| word(shared * at + k)).collect::<Vec<_>>();
                    let own: Vec<String> = (0..6).map(|k| word(5000 + 6 * i + k)).collect();
                    [run(i), own, run(i + 1)].concat().join(" ")
                })
                .collect();
            versions_of_texts(&texts.iter().map(String::as_str).collect::<Vec<_>>())
        };
        // On one thread, so that each tally serves sixteen versions however many cores run the
        // tests.
        let one_thread = rayon::ThreadPoolBuilder::new().num_threads(1).build().unwrap();
        let candidate_pairs = |v: &[Version]| one_thread.install(|| candidate_pairs(v));
        // Two words in common are one bigram: no candidate.
        assert_eq!(candidate_pairs(&chain(2)), []);
        // Three are two bigrams: each version with the next.
        let expected: Vec<(u32, u32)> = (0..63).map(|i| (i, i + 1)).collect();
        assert_eq!(candidate_pairs(&chain(3)), expected);
    }
}
