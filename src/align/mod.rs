//! Stage 4: find the same quotation in different sources and group it into clusters.
//!
//! In: the quotations of a check, sorted by source and position, each with its speaker. Out:
//! [`Aligned`]: the versions (a speaker's identical wording, as folded words), the clusters of
//! versions that render one quotation, each member aligned with the cluster's reference, and for
//! a member printed in the reference's own source, its alignment with a quotation from another
//! source.
//!
//! Quotations with the same words (after folding typography) and the same speaker are one
//! *version* (`fold`). Versions are paired through an inverted index of word bigrams
//! (`index`), so the work grows with the number of versions that share words, not with the
//! square of the corpus. Each candidate pair is aligned with a word diff (`pair`); it counts as
//! the same quotation when the aligned stretch covers most of the shorter version's weight, rare
//! words weighing more than common ones. Clusters are stars around the longest version
//! (`cluster`): every member aligns with the reference itself, so a chain of partial overlaps
//! cannot glue unrelated quotations together. What the speakers' names tell is read by
//! `speakers`, which scoring asks as well.

mod cluster;
mod fold;
mod index;
mod known;
mod neighbours;
mod pair;
pub(crate) mod speakers;

use std::ops::Range;

use rayon::prelude::*;

use crate::types::Quote;

pub use fold::Version;
#[cfg(test)]
pub(crate) use pair::align_pair;

/// Quotations shorter than this many words are not aligned: they carry too little evidence
/// (except two meaningful words with a named speaker, see `fold`). Nor are titles.
const MIN_WORDS: usize = 3;
/// Share of the shorter version's word weight that the aligned stretch must cover.
const MIN_COVERAGE: f64 = 0.5;
/// Share of the words that could match (see `align_pair`) that must match, unweighted.
const MIN_WORD_SHARE: f64 = 0.75;
/// Bigrams shared by more versions than this are stock phrases and do not propose candidates.
const MAX_POSTINGS: usize = 2000;

/// Where two versions say the same thing.
#[derive(Debug, Clone, PartialEq)]
pub struct Alignment {
    /// The overlapping words (indices into each version's `words`).
    pub(crate) a: Range<usize>,
    pub(crate) b: Range<usize>,
    /// Weighted share of the shorter version that the overlap matches, in [0, 1].
    pub(crate) coverage: f64,
}

impl Alignment {
    /// A version aligned with itself: every word.
    fn whole(words: usize) -> Alignment {
        Alignment {
            a: 0..words,
            b: 0..words,
            coverage: 1.0,
        }
    }

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
    /// Stable identifier: `c` and a 64-bit hash of what the reference says and who says it.
    pub(crate) id: String,
    /// The reference version (the longest) and the quotation that stands for it.
    pub(crate) reference: usize,
    pub(crate) reference_quote: usize,
    /// Every version in the cluster, the reference first.
    pub(crate) members: Vec<Member>,
}

/// A version in a cluster.
#[derive(Debug, Clone)]
pub struct Member {
    /// Index into `Aligned::versions`.
    pub(crate) version: usize,
    /// Its alignment with the cluster's reference (`a` in the reference, `b` in this version).
    pub(crate) alignment: Alignment,
    /// What this version is judged against instead of the reference, if anything (see
    /// [`Against`]).
    pub(crate) against: Option<Against>,
}

/// Another version of a cluster that a member is judged against instead of the reference, by one
/// quotation of it:
/// - for a version printed only in the reference's own source (a headline repeating a phrase of
///   the speech the article quotes), the first quotation from another source that it aligns
///   with, so that a comparison is between two sources when the cluster allows it;
/// - for a version that is a version printed in more sources with one word replaced (a copy of
///   a wire story that changed a word), that version (see `neighbours`).
#[derive(Debug, Clone, PartialEq)]
pub struct Against {
    /// Index into the quotation list.
    pub(crate) quote: usize,
    /// Its version's alignment with the member's (`a` in its version, `b` in the member's).
    pub(crate) alignment: Alignment,
}

/// The result of alignment over a whole check.
#[derive(Debug, Default)]
pub struct Aligned {
    /// Every version, in the order of its first quotation.
    pub versions: Vec<Version>,
    /// Every cluster, in the order of its reference quotation.
    pub clusters: Vec<Cluster>,
    /// For each quotation, its version; `NO_VERSION` for one too short to align.
    pub version_of: Vec<u32>,
    /// Each version's id, `v` and a 64-bit hash of its speaker and folded words.
    pub version_ids: Vec<String>,
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
    let mut versions = fold::versions(quotes);
    lap("versions");
    index::weigh(&mut versions);
    lap("weights");
    let pairs = index::candidate_pairs(&versions);
    lap("candidates");
    let (mut clusters, candidates) = cluster::clusters(quotes, &versions, &pairs);
    drop(pairs);
    let neighbours = neighbours::neighbours(quotes, &versions);
    neighbours::judge_against_neighbours(&mut clusters, &versions, quotes, &neighbours);
    cluster::find_against(&mut clusters, &versions, quotes);
    lap("diffs and clusters");
    let mut version_of = vec![NO_VERSION; quotes.len()];
    for (v, version) in versions.iter().enumerate() {
        for &q in &version.quotes {
            version_of[q] = v as u32;
        }
    }
    let version_ids = name_versions(&versions);
    lap("version ids");
    Aligned {
        versions,
        clusters,
        version_of,
        version_ids,
        candidates,
        timings,
    }
}

/// A quotation's place in `Aligned::version_of` when it has no version.
pub const NO_VERSION: u32 = u32::MAX;

/// Each version's id, `v{:016x}`: a hash of its identity (speaker and folded words), not of where
/// it is printed, claimed in the order of the identities so that two versions never share one.
fn name_versions(versions: &[Version]) -> Vec<String> {
    let mut order: Vec<(u128, usize)> = versions
        .iter()
        .enumerate()
        .map(|(i, v)| (v.identity, i))
        .collect();
    order.par_sort_unstable();
    let mut hashes = crate::types::IdHashes::with_capacity(versions.len());
    let mut hashed = vec![0u64; versions.len()];
    for (identity, i) in order {
        hashed[i] = hashes.claim(&identity.to_le_bytes());
    }
    hashed.par_iter().map(|h| format!("v{h:016x}")).collect()
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
        .map(|(i, q)| Version::of_one(q, i))
        .collect();
    index::weigh(&mut versions);
    versions
}

/// Quotations of one speaker, each `(source, text)`: for tests of versions and clusters.
#[cfg(test)]
fn quotes_of_one_speaker(items: &[(&str, &str)]) -> Vec<Quote> {
    items
        .iter()
        .enumerate()
        .map(|(i, (source, text))| Quote::for_test(source, i, text, "Ana Ortiz"))
        .collect()
}
