//! Word weights and candidate pairs: both read from sorted lists of word and bigram hashes, cut
//! into buckets by the hash's top byte so that each bucket is sorted and read on its own.

use std::sync::atomic::{AtomicU32, Ordering};

use rayon::prelude::*;
use rustc_hash::FxHashMap;

use super::MAX_POSTINGS;
use super::fold::{FoldedWord, Version};
use crate::words::Mark;

/// Longest versions kept in a bigram's postings when more versions share it.
const KEPT_POSTINGS: usize = 8;
/// Buckets of the sorted lists of word and bigram hashes, by the top byte of the hash.
const BUCKETS: usize = 256;

/// Sets every word's weight: inverse document frequency over versions, stop words weighing
/// little. Document frequencies come from the sorted list of each version's distinct words.
pub(super) fn weigh(versions: &mut [Version]) {
    let total = versions.len().max(1) as f64;
    // One map of weights for each bucket of words, built side by side.
    let idf: Vec<FxHashMap<u64, f32>> = in_key_buckets(
        versions,
        |_, v| {
            let mut own: Vec<u64> = v
                .words
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
                .map(|run| (run[0].0, idf(total, run.len())))
                .collect()
        },
    );
    versions.par_iter_mut().for_each(|v| {
        for t in &mut v.words {
            t.weight = match (t.mark, idf[bucket_of(t.key)].get(&t.key)) {
                (Mark::Spoken, Some(&w)) if t.stop() => w * 0.2,
                (Mark::Spoken, Some(&w)) => w,
                _ => 0.0,
            };
        }
    });
}

/// The weight of a word that `versions` of `total` use.
fn idf(total: f64, versions: usize) -> f32 {
    (1.0 + total / versions as f64).ln() as f32
}

/// The most a word weighs that at least `COMMON_VERSIONS` of `total` versions use: a common word.
pub(super) fn common_weight(total: usize) -> f32 {
    idf(total.max(1) as f64, COMMON_VERSIONS)
}

/// Versions that use a word for it to be common in the check: a phrase of such words is
/// anyone's (see `pair::is_common_phrase`).
const COMMON_VERSIONS: usize = 5;

/// Two versions that may render one quotation: the lower number first. Ordered as the tuple
/// `(a, b)` would be.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub(super) struct CandidatePair {
    pub(super) a: u32,
    pub(super) b: u32,
}

/// A version's count of the bigrams it shares with another, in the tally of the versions it
/// meets: `version` is the version whose count it holds, so that a count left from an earlier
/// version reads as none.
#[derive(Clone, Copy)]
struct Shared {
    version: u32,
    bigrams: u32,
}

/// Pairs of versions that share at least two distinctive bigrams (or one, when the shorter has no
/// more), found through an inverted index of bigrams; sorted, each once.
pub(super) fn candidate_pairs(versions: &[Version]) -> Vec<CandidatePair> {
    // The index is a sorted list of (bigram, version), cut into postings afterwards: cheaper
    // than a map of millions of small lists. Each bucket of it is cut into postings on its own.
    let distinct: Vec<AtomicU32> = versions.iter().map(|_| AtomicU32::new(0)).collect();
    let parts: Vec<Index> = in_key_buckets(
        versions,
        |v, version| bigrams(&version.words).map(move |g| (g, v)),
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
    let mut pairs: Vec<CandidatePair> = (0..versions.len().div_ceil(stretch))
        .into_par_iter()
        .flat_map_iter(|c| {
            let none = Shared {
                version: u32::MAX,
                bigrams: 0,
            };
            let mut tally: Vec<Shared> = vec![none; versions.len()];
            let mut met: Vec<u32> = Vec::new();
            let mut found = Vec::new();
            for v in (c * stretch..((c + 1) * stretch).min(versions.len())).map(|v| v as u32) {
                met.clear();
                for posting in of_version.of(v) {
                    for &u in &members[posting.range()] {
                        if u == v {
                            continue;
                        }
                        let seen = &mut tally[u as usize];
                        if seen.version != v {
                            *seen = Shared {
                                version: v,
                                bigrams: 0,
                            };
                            met.push(u);
                        }
                        seen.bigrams += 1;
                    }
                }
                // Two shared bigrams, or one when the shorter version has no more than two: a
                // single shared name (`Donald Trump`) does not make two long quotations
                // candidates.
                let mine = distinct[v as usize];
                found.extend(
                    met.iter()
                        .filter(|&&u| tally[u as usize].bigrams >= 2 || mine.min(distinct[u as usize]) <= 2)
                        .map(|&u| CandidatePair {
                            a: v.min(u),
                            b: v.max(u),
                        }),
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
    /// Each posting's range in `members`.
    postings: Vec<Posting>,
    /// Each posting a version is in, kept or cut short: no lookup by bigram is needed afterwards.
    links: Vec<Link>,
}

/// The versions that share one bigram: a range of the index's `members`.
#[derive(Clone, Copy, Default)]
struct Posting {
    start: u32,
    len: u32,
}

impl Posting {
    fn range(self) -> std::ops::Range<usize> {
        self.start as usize..(self.start + self.len) as usize
    }
}

/// A version in a posting, by the posting's number.
#[derive(Clone, Copy)]
struct Link {
    version: u32,
    posting: u32,
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
            index.links.extend(
                index.members[start..]
                    .iter()
                    .map(|&version| Link { version, posting }),
            );
            if holders > KEPT_POSTINGS {
                index.members[start..].sort_by_key(|&v| (std::cmp::Reverse(versions[v as usize].spoken), v));
                index.members.truncate(start + KEPT_POSTINGS);
            }
            index.postings.push(Posting {
                start: start as u32,
                len: (index.members.len() - start) as u32,
            });
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
            whole.postings.extend(part.postings.iter().map(|p| Posting {
                start: p.start + members,
                len: p.len,
            }));
            whole.links.extend(part.links.iter().map(|l| Link {
                version: l.version,
                posting: l.posting + postings,
            }));
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
    postings: Vec<Posting>,
}

impl PostingsOf {
    fn new(versions: usize, index: &Index) -> PostingsOf {
        let links = &index.links;
        let mut start = vec![0u32; versions + 1];
        for link in links {
            start[link.version as usize + 1] += 1;
        }
        for v in 0..versions {
            start[v + 1] += start[v];
        }
        let mut next = start.clone();
        let mut postings = vec![Posting::default(); links.len()];
        for link in links {
            let v = link.version as usize;
            postings[next[v] as usize] = index.postings[link.posting as usize];
            next[v] += 1;
        }
        PostingsOf { start, postings }
    }

    fn of(&self, v: u32) -> &[Posting] {
        &self.postings[self.start[v as usize] as usize..self.start[v as usize + 1] as usize]
    }
}

/// Distinct hashes of adjacent spoken word pairs that are not both stop words.
fn bigrams(words: &[FoldedWord]) -> impl Iterator<Item = u64> + '_ {
    let pairs = words
        .windows(2)
        .filter(|w| w[0].mark == Mark::Spoken && w[1].mark == Mark::Spoken)
        .filter(|w| !(w[0].stop() && w[1].stop()))
        .map(|w| w[0].key.rotate_left(21) ^ w[1].key.wrapping_mul(0x9e37_79b9_7f4a_7c15));
    // Runs of four words that open or close on a content word, too: a quotation whose rarest
    // words were all changed is still found by the rest of its wording (`… realize only to, that
    // will all`), and a short one whose only bigram is common by its run (`not going to pay`).
    let runs = words
        .windows(4)
        .filter(|w| w.iter().all(|t| t.mark == Mark::Spoken) && (!w[0].stop() || !w[3].stop()))
        .map(|w| {
            w.iter().fold(0x51_7cc1_b727_220a_u64, |h, t| {
                (h.rotate_left(13) ^ t.key).wrapping_mul(0x9e37_79b9_7f4a_7c15)
            })
        });
    pairs.chain(runs)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::align::versions_of_texts;
    use crate::align::versions_of_texts as version_set;

    /// The candidate pairs as `(a, b)`.
    fn candidates(versions: &[Version]) -> Vec<(u32, u32)> {
        candidate_pairs(versions).iter().map(|p| (p.a, p.b)).collect()
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
    fn a_shared_run_of_four_words_proposes_a_candidate() {
        let v = version_set(&[
            "zorblat quenk realize the they are of no and then some more",
            "plimbo drast realize the they are of no and then some more",
        ]);
        assert_eq!(candidates(&v), [(0, 1)]);
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
        assert!(candidates(&v).contains(&(10, 11)));
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
        assert_eq!(candidates(&v), [(0, 1)]);
        let v = version_set(&[
            "fully destroy relations",
            "will irreparably destroy relations between us",
        ]);
        assert_eq!(candidates(&v), [(0, 1)]);
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
        let candidate_pairs = |v: &[Version]| one_thread.install(|| candidates(v));
        // Two words in common are one bigram: no candidate.
        assert_eq!(candidate_pairs(&chain(2)), []);
        // Three are two bigrams: each version with the next.
        let expected: Vec<(u32, u32)> = (0..63).map(|i| (i, i + 1)).collect();
        assert_eq!(candidate_pairs(&chain(3)), expected);
    }
}
