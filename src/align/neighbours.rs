//! One-word neighbours: a version that is another version with one word replaced, where the other
//! is printed in more sources. In an archive of syndicated copies, that is a copy that changed a
//! word of the wire text. The inverted index can miss it: every bigram it shares with the wire
//! text may be a stock phrase, or shared by more versions than it keeps, and the wire text may
//! stand in a cluster around a longer reference that its changed word lies outside of, or that it
//! no longer aligns with. So such a version is found by its words themselves, and judged against
//! the wording that more sources print.

use rayon::prelude::*;

use super::fold::{FoldedWord, Version};
use super::index::common_weight;
use super::pair::two_peoples_phrase;
use super::speakers::SaidBy;
use super::{Against, Alignment, Cluster, Member};
use crate::types::Quote;
use crate::words::Mark;

/// Multiplier of the rolling hash of a version's words.
const BASE: u64 = 0x9e37_79b9_7f4a_7c15 | 1;

/// A word's hash as the neighbour keys take it: its key, told apart by its mark.
fn word_hash(t: &FoldedWord) -> u64 {
    let mark = match t.mark {
        Mark::Spoken => 0,
        Mark::Bracketed => 0x2545_f491_4f6c_dd1d,
        _ => 0x5851_f42d_4c95_7f2d,
    };
    (t.key ^ mark).wrapping_mul(0xff51_afd7_ed55_8ccd) | 1
}

/// The hashes of `words` with each word in turn left out (its place kept): two versions of as
/// many words that differ in one place share that place's hash.
fn keys(words: &[FoldedWord]) -> impl Iterator<Item = u64> + '_ {
    let mut whole: u64 = words.len() as u64;
    let mut powers = Vec::with_capacity(words.len());
    let mut power: u64 = 1;
    for t in words.iter().rev() {
        whole = whole.wrapping_add(word_hash(t).wrapping_mul(power));
        powers.push(power);
        power = power.wrapping_mul(BASE);
    }
    powers.reverse();
    words
        .iter()
        .zip(powers)
        .map(move |(t, p)| whole.wrapping_sub(word_hash(t).wrapping_mul(p)))
}

/// Whether `a` and `b` are as long and differ in at most one word.
fn one_word_apart(a: &[FoldedWord], b: &[FoldedWord]) -> bool {
    a.len() == b.len()
        && a.iter()
            .zip(b)
            .filter(|(x, y)| x.key != y.key || x.mark != y.mark)
            .count()
            <= 1
}

/// Spoken words a version needs for a neighbour: one word of four is as much as two versions of
/// one quotation may differ (`MIN_WORD_SHARE`). Titles have none.
const MIN_SPOKEN: usize = 4;

fn fit(v: &Version) -> bool {
    v.spoken >= MIN_SPOKEN && !v.title
}

/// Whether two versions one word apart differ in a word, not only in their speakers.
fn changed(a: &[FoldedWord], b: &[FoldedWord]) -> bool {
    a.iter().zip(b).any(|(x, y)| x.key != y.key || x.mark != y.mark)
}

/// For each version with a neighbour, `(version, neighbour)`: the neighbour is one word apart
/// and printed in more sources (two or more); of several, the one in most sources, then the
/// first. Sorted by version.
///
/// A version printed in one source only is a copy that changed whoever it names. One printed
/// in several sources is a quotation of its own: two people's phrase one word apart (`a lot of
/// patience` against `a lot of courage`) is no copy of the other (`pair::two_peoples_phrase`).
pub(super) fn neighbours(quotes: &[Quote], versions: &[Version]) -> Vec<(usize, usize)> {
    // The keys of the versions printed in two sources or more, each key with the version that
    // more sources print.
    let mut wide: Vec<(u64, std::cmp::Reverse<usize>, usize)> = versions
        .par_iter()
        .enumerate()
        .filter(|(_, v)| v.sources >= 2 && fit(v))
        .flat_map_iter(|(u, v)| keys(&v.words).map(move |k| (k, std::cmp::Reverse(v.sources), u)))
        .collect();
    if wide.is_empty() {
        return Vec::new();
    }
    wide.par_sort_unstable();
    wide.dedup_by_key(|entry| entry.0);
    // A filter of the keys, so that most versions' keys are turned away without a search.
    const FILTER_BITS: u32 = 22;
    let bit = |k: u64| (k >> (64 - FILTER_BITS)) as usize;
    let mut filter = vec![0u64; (1 << FILTER_BITS) / 64];
    for &(k, _, _) in &wide {
        filter[bit(k) / 64] |= 1 << (bit(k) % 64);
    }
    let common = common_weight(versions.len());
    let two_peoples = |u: usize, i: usize| {
        let (a, b) = (&versions[u].words, &versions[i].words);
        let spoken = versions[u].spoken.min(versions[i].spoken);
        two_peoples_phrase(
            spoken,
            a,
            b,
            !changed(a, b),
            &SaidBy::of(quotes, versions, u, i),
            common,
        )
    };
    versions
        .par_iter()
        .enumerate()
        .filter(|(_, v)| fit(v))
        .filter_map(|(i, v)| {
            keys(&v.words)
                .filter(|&k| filter[bit(k) / 64] & (1 << (bit(k) % 64)) != 0)
                .filter_map(|k| {
                    let at = wide.partition_point(|e| e.0 < k);
                    let &(key, _, u) = wide.get(at)?;
                    (key == k
                        && u != i
                        && versions[u].sources > v.sources
                        && one_word_apart(&versions[u].words, &v.words)
                        && (v.sources == 1 || !two_peoples(u, i)))
                    .then_some(u)
                })
                .min_by_key(|&u| (std::cmp::Reverse(versions[u].sources), u))
                .map(|u| (i, u))
        })
        .collect()
}

/// Judges each version with a neighbour against it, in the neighbour's first cluster: a member of
/// that cluster is judged against its neighbour instead of the reference (unless the neighbour
/// is the reference), and any other version joins it, judged against its neighbour (one in
/// another cluster stands in both).
pub(super) fn judge_against_neighbours(
    clusters: &mut [Cluster],
    versions: &[Version],
    quotes: &[Quote],
    neighbours: &[(usize, usize)],
) {
    if neighbours.is_empty() {
        return;
    }
    // Each version's first cluster and its place there.
    let mut placed: Vec<Option<(u32, u32)>> = vec![None; versions.len()];
    let mut touched = vec![false; clusters.len()];
    for (c, cluster) in clusters.iter().enumerate() {
        for (m, member) in cluster.members.iter().enumerate() {
            placed[member.version].get_or_insert((c as u32, m as u32));
        }
    }
    for &(v, u) in neighbours {
        let Some((c, mu)) = placed[u] else { continue };
        let cluster = &clusters[c as usize];
        let member = cluster.members.iter().position(|m| m.version == v);
        let joins = match member {
            // Against the reference, the row shows the changed word already; the reference
            // itself is judged against nothing.
            Some(_) if cluster.reference == u || cluster.reference == v => continue,
            Some(_) => false,
            // A version with a changed word that stands elsewhere stands in this cluster too (as
            // a version through a seam does). The same words under another name (no word
            // changed) stay where alignment put them.
            None if placed[v].is_none() || changed(&versions[u].words, &versions[v].words) => true,
            None => continue,
        };
        // A printing of the neighbour from another source than the version's own.
        let home = quotes[versions[v].quotes[0]].source.as_ref();
        let Some(&quote) = versions[u].quotes.iter().find(|&&q| *quotes[q].source != *home) else {
            continue;
        };
        let against = Some(Against {
            quote,
            alignment: Alignment::whole(versions[v].words.len()),
        });
        let cluster = &mut clusters[c as usize];
        touched[c as usize] = true;
        if joins {
            // One word apart, it lines up with the reference as its neighbour does.
            let alignment = cluster.members[mu as usize].alignment.clone();
            cluster.members.push(Member {
                version: v,
                alignment,
                against,
            });
        } else if let Some(mv) = member {
            cluster.members[mv].against = against;
        }
    }
    // Members in the order of their first quotation, the reference first.
    for (cluster, _) in clusters.iter_mut().zip(touched).filter(|(_, t)| *t) {
        cluster.members[1..].sort_by_key(|m| versions[m.version].quotes[0]);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::align::{align, versions_of_texts};

    #[test]
    fn versions_one_word_apart_share_the_key_of_that_word() {
        let v = versions_of_texts(&[
            "We don't need any more of that",
            "We certainly need any more of that",
            "We don't need any more of this now",
        ]);
        let shared = |a: usize, b: usize| {
            let kb: Vec<u64> = keys(&v[b].words).collect();
            keys(&v[a].words).filter(|k| kb.contains(k)).count()
        };
        assert_eq!(shared(0, 1), 1);
        assert_eq!(shared(0, 2), 0);
        assert!(one_word_apart(&v[0].words, &v[1].words));
        assert!(!one_word_apart(&v[0].words, &v[2].words));
    }

    #[test]
    fn two_peoples_phrase_one_word_apart_is_a_copy_only_when_printed_once() {
        let quote =
            |source: &str, at: usize, text: &str, speaker: &str| Quote::for_test(source, at, text, speaker);
        let mut q = vec![
            quote("a1.txt", 0, "the harbour tax is a mistake", "Ana Ortiz"),
            quote("a2.txt", 1, "the harbour tax is a mistake", "Ana Ortiz"),
            quote("a3.txt", 2, "the harbour tax is a mistake", "Ana Ortiz"),
            quote("b1.txt", 3, "the harbour tax was a mistake", "Bo Lind"),
            quote("b2.txt", 4, "the harbour tax was a mistake", "Bo Lind"),
        ];
        // Other quotations that use each word of the phrase, none two of them in a row.
        for (i, text) in [
            "every harbour in the bay pays a tax",
            "a mistake by the harbour master",
            "no tax at all was the mistake",
            "the harbour was full and the tax was high",
            "our mistake was the timetable",
        ]
        .into_iter()
        .enumerate()
        {
            q.push(quote(&format!("f{i}.txt"), 5 + i, text, "Cy Moss"));
        }
        let with_both = |q: &[Quote]| {
            let aligned = align(q);
            aligned.clusters.iter().any(|c| {
                let has = |text: &str| {
                    c.members.iter().any(|m| {
                        aligned.versions[m.version]
                            .quotes
                            .iter()
                            .any(|&i| *q[i].text == *text)
                    })
                };
                has("the harbour tax is a mistake") && has("the harbour tax was a mistake")
            })
        };
        // Each printed in several sources: two people's phrase.
        assert!(!with_both(&q));
        // Printed once, the other wording is a copy that changed a word, whoever it names.
        q.remove(4);
        assert!(with_both(&q));
    }
}
