//! Stage 4: find the same quotation in different sources and group it into clusters.
//!
//! Quotations with the same words (after folding typography) and the same speaker are one
//! *version*. Versions are paired through an inverted index of word bigrams, so the work grows
//! with the number of versions that share words, not with the square of the corpus. Each
//! candidate pair is aligned with a word diff; it counts as the same quotation when the aligned
//! stretch covers most of the shorter version's weight, rare words weighing more than common ones.
//! Clusters are stars around the longest version: every member aligns with the reference itself,
//! so a chain of partial overlaps cannot glue unrelated quotations together.

use std::hash::{Hash, Hasher};
use std::ops::Range;

use rayon::prelude::*;
use rustc_hash::{FxHashMap, FxHashSet};
use similar::{Algorithm, DiffOp, capture_diff_slices};

use crate::quote::{Quote, QuoteKind, fnv1a};
use crate::words::{Mark, Word, is_stopword, words};

/// Quotations shorter than this many words are not aligned: they carry too little evidence
/// (except two meaningful words with a named speaker, see `versions`).
pub const MIN_WORDS: usize = 3;
/// Share of the shorter version's word weight that the aligned stretch must cover.
pub const MIN_COVERAGE: f64 = 0.5;
/// Bigrams shared by more versions than this are stock phrases and do not propose candidates.
pub const MAX_POSTINGS: usize = 2000;
/// Longest versions kept in a bigram's postings when more versions share it.
const KEPT_POSTINGS: usize = 16;
/// Words at the edges of an overlap that differ on both sides are read as substitutions, up to
/// this many (`fully destroy` against `irreparably destroy`).
const MAX_EDGE_SUBSTITUTION: usize = 3;

/// Identical wording of one speaker: the unit that is aligned.
#[derive(Debug, Clone)]
pub struct Version {
    pub words: Vec<Word>,
    /// Indices into the quotation list, in its order.
    pub quotes: Vec<usize>,
    /// Number of distinct sources among `quotes`.
    pub sources: usize,
}

impl Version {
    fn spoken(&self) -> usize {
        self.words.iter().filter(|w| w.mark == Mark::Spoken).count()
    }
}

/// Where two versions say the same thing.
#[derive(Debug, Clone, PartialEq)]
pub struct Alignment {
    /// The overlapping words (indices into each version's `words`).
    pub a: Range<usize>,
    pub b: Range<usize>,
    /// Weighted share of the shorter version that the overlap matches, in [0, 1].
    pub coverage: f64,
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
}

/// Aligns the quotations (sorted by source, then position) across sources.
pub fn align(quotes: &[Quote]) -> Aligned {
    let versions = versions(quotes);
    let weights = Weights::new(&versions);
    let partners = partners(&versions, candidate_pairs(&versions));
    let (clusters, candidates) = clusters(quotes, &versions, &partners, &weights);
    Aligned {
        versions,
        clusters,
        candidates,
    }
}

/// Each version's candidates, in both directions, in order.
fn partners(versions: &[Version], pairs: Vec<(usize, usize)>) -> Vec<Vec<usize>> {
    let mut out: Vec<Vec<usize>> = vec![Vec::new(); versions.len()];
    for (a, b) in pairs {
        out[a].push(b);
        out[b].push(a);
    }
    for list in &mut out {
        list.sort_unstable();
    }
    out
}

/// Groups aligned-eligible quotations into versions: same folded words, same speaker.
fn versions(quotes: &[Quote]) -> Vec<Version> {
    let mut index: FxHashMap<String, usize> = FxHashMap::default();
    let mut out: Vec<Version> = Vec::new();
    let mut seen_sources: Vec<FxHashSet<&str>> = Vec::new();
    for (i, q) in quotes.iter().enumerate() {
        if q.kind == QuoteKind::Term || q.words < MIN_WORDS - 1 {
            continue;
        }
        let words = words(&q.text);
        let spoken: Vec<&Word> = words.iter().filter(|w| w.mark == Mark::Spoken).collect();
        // Two words align only when both carry meaning and the speaker is known
        // (`“phony theology,” Santorum said`); a single word never does.
        let distinctive_pair = spoken.len() == MIN_WORDS - 1
            && spoken.iter().all(|w| !is_stopword(&w.norm))
            && !q.speaker.is_empty();
        if spoken.len() < MIN_WORDS && !distinctive_pair {
            continue;
        }
        let mut key = q.speaker.to_lowercase();
        for w in &words {
            key.push('\u{1}');
            if w.mark == Mark::Bracketed {
                key.push('[');
            }
            key.push_str(&w.norm);
        }
        let v = *index.entry(key).or_insert_with(|| {
            out.push(Version {
                words,
                quotes: Vec::new(),
                sources: 0,
            });
            seen_sources.push(FxHashSet::default());
            out.len() - 1
        });
        out[v].quotes.push(i);
        if seen_sources[v].insert(q.source.as_str()) {
            out[v].sources += 1;
        }
    }
    out
}

fn crosses_sources(quotes: &[Quote], a: &Version, b: &Version) -> bool {
    a.sources > 1 || b.sources > 1 || quotes[a.quotes[0]].source != quotes[b.quotes[0]].source
}

/// Word weights: inverse document frequency over versions, stop words weighing little.
pub struct Weights {
    idf: FxHashMap<String, f64>,
    total: f64,
}

impl Weights {
    pub fn new(versions: &[Version]) -> Self {
        let mut df: FxHashMap<String, usize> = FxHashMap::default();
        for v in versions {
            let distinct: FxHashSet<&str> = v
                .words
                .iter()
                .filter(|w| w.mark == Mark::Spoken)
                .map(|w| w.norm.as_str())
                .collect();
            for w in distinct {
                *df.entry(w.to_string()).or_default() += 1;
            }
        }
        let total = versions.len().max(1) as f64;
        let idf = df
            .into_iter()
            .map(|(w, n)| (w, (1.0 + total / n as f64).ln()))
            .collect();
        Weights { idf, total }
    }

    pub fn of(&self, word: &Word) -> f64 {
        if word.mark != Mark::Spoken {
            return 0.0;
        }
        let idf = self
            .idf
            .get(&word.norm)
            .copied()
            .unwrap_or_else(|| (1.0 + self.total).ln());
        if is_stopword(&word.norm) { idf * 0.2 } else { idf }
    }
}

/// Pairs of versions (`a < b`) that share at least one distinctive bigram.
fn candidate_pairs(versions: &[Version]) -> Vec<(usize, usize)> {
    let mut postings: FxHashMap<u64, Vec<usize>> = FxHashMap::default();
    let bigrams: Vec<FxHashSet<u64>> = versions.par_iter().map(|v| bigrams(&v.words)).collect();
    for (v, grams) in bigrams.iter().enumerate() {
        for &g in grams {
            postings.entry(g).or_default().push(v);
        }
    }
    // A bigram shared by very many versions is a stock phrase and proposes nothing. One shared by
    // many (the versions of a viral quotation) proposes only its longest versions: the reference
    // of the star is among them, and it is all that a version needs to be aligned with.
    postings.par_iter_mut().for_each(|(_, list)| {
        if list.len() > MAX_POSTINGS {
            list.clear();
        } else if list.len() > KEPT_POSTINGS {
            list.sort_by_key(|&v| (std::cmp::Reverse(versions[v].spoken()), v));
            list.truncate(KEPT_POSTINGS);
        }
    });
    let bigrams = &bigrams;
    let mut pairs: Vec<(usize, usize)> = bigrams
        .par_iter()
        .enumerate()
        .flat_map_iter(|(v, grams)| {
            let mut shared: FxHashMap<usize, usize> = FxHashMap::default();
            for g in grams {
                for &u in postings[g].iter().filter(|&&u| u != v) {
                    *shared.entry(u).or_default() += 1;
                }
            }
            // Two shared bigrams, or one when the shorter version has no more than two: a single
            // shared name (`Donald Trump`) does not make two long quotations candidates.
            let own = grams.len();
            shared
                .into_iter()
                .filter(move |&(u, n)| n >= 2 || own.min(bigrams[u].len()) <= 2)
                .map(move |(u, _)| (v.min(u), v.max(u)))
        })
        .collect();
    pairs.par_sort_unstable();
    pairs.dedup();
    pairs
}

/// Hashes of adjacent spoken word pairs that are not both stop words.
fn bigrams(words: &[Word]) -> FxHashSet<u64> {
    words
        .windows(2)
        .filter(|w| w[0].mark == Mark::Spoken && w[1].mark == Mark::Spoken)
        .filter(|w| !(is_stopword(&w[0].norm) && is_stopword(&w[1].norm)))
        .map(|w| {
            let mut h = rustc_hash::FxHasher::default();
            (&w[0].key, &w[1].key).hash(&mut h);
            h.finish()
        })
        .collect()
}

/// A cheap bound before the diff: the words the two share, in any order, must already weigh
/// enough to reach the coverage threshold.
fn could_cover(a: &[Word], b: &[Word], weights: &Weights) -> bool {
    let (short, long) = if a.len() <= b.len() { (a, b) } else { (b, a) };
    let present: FxHashSet<&str> = long.iter().map(|w| w.key.as_str()).collect();
    let total: f64 = short.iter().map(|w| weights.of(w)).sum();
    let shared: f64 = short
        .iter()
        .filter(|w| present.contains(w.key.as_str()))
        .map(|w| weights.of(w))
        .sum();
    let total_long: f64 = long.iter().map(|w| weights.of(w)).sum();
    shared >= MIN_COVERAGE * total.min(total_long) - 1e-9
}

/// Aligns two versions' words; `None` unless they render the same quotation.
pub fn align_pair(a: &[Word], b: &[Word], weights: &Weights) -> Option<Alignment> {
    let an: Vec<&str> = a.iter().map(|w| w.key.as_str()).collect();
    let bn: Vec<&str> = b.iter().map(|w| w.key.as_str()).collect();
    let ops = capture_diff_slices(Algorithm::Myers, &an, &bn);
    // Runs of equal words, each with its weight.
    let runs: Vec<(usize, usize, usize, f64)> = ops
        .iter()
        .filter_map(|op| match *op {
            DiffOp::Equal {
                old_index,
                new_index,
                len,
            } => {
                let weight = a[old_index..old_index + len]
                    .iter()
                    .map(|w| weights.of(w))
                    .sum::<f64>();
                Some((old_index, new_index, len, weight))
            }
            _ => None,
        })
        .collect();
    let anchor = (0..runs.len()).max_by(|&x, &y| runs[x].3.total_cmp(&runs[y].3))?;
    // Grow the anchor into neighbouring runs while the gaps stay small, so that a common word
    // matched far away does not stretch the overlap.
    let shorter = a.len().min(b.len());
    let max_gap = 3.max(shorter / 2);
    let (mut lo, mut hi) = (anchor, anchor);
    // A run of stop words only (`that`, `the`) joins the chain across one substituted word at
    // most: it is as likely to match a far occurrence of the word as the right one.
    let content = |r: &(usize, usize, usize, f64)| {
        a[r.0..r.0 + r.2]
            .iter()
            .any(|w| w.mark == Mark::Spoken && !is_stopword(&w.norm))
    };
    let joins =
        |x: &(usize, usize, usize, f64), y: &(usize, usize, usize, f64), far: &(usize, usize, usize, f64)| {
            let g = gap(x, y);
            g <= 1 || (g <= max_gap && content(far))
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
        .filter(|w| w.mark == Mark::Spoken && !is_stopword(&w.norm))
        .count();
    let longest_run = chain.iter().map(|r| r.2).max().unwrap_or(0);
    let weight_a: f64 = a.iter().map(|w| weights.of(w)).sum();
    let weight_b: f64 = b.iter().map(|w| weights.of(w)).sum();
    let coverage = matched / weight_a.min(weight_b).max(f64::EPSILON);
    // Two content words in common, or a long identical run of plain words.
    let substantial = matched_words >= 2 || (longest_run >= 4 && coverage >= 0.9);
    if coverage < MIN_COVERAGE || !substantial || longest_run < 2 {
        return None;
    }
    let (first, last) = (chain[0], chain[chain.len() - 1]);
    let mut ra = first.0..last.0 + last.2;
    let mut rb = first.1..last.1 + last.2;
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
    Some(Alignment {
        a: ra,
        b: rb,
        coverage: coverage.min(1.0),
    })
}

/// Unmatched spoken words at one edge of an overlap, up to the first editorial mark; an edge cut
/// by a mark counts as long, so that only the words next to the overlap are paired.
fn spoken_edge<'a>(mut words: impl Iterator<Item = &'a Word>) -> (usize, bool) {
    let mut n = 0;
    loop {
        match words.next() {
            Some(w) if w.mark == Mark::Spoken => n += 1,
            Some(_) => return (n, true),
            None => return (n, false),
        }
    }
}

/// How far to extend an overlap at one edge, given the unmatched words left on each side.
fn edge_extension((left_a, cut_a): (usize, bool), (left_b, cut_b): (usize, bool)) -> (usize, usize) {
    if left_a == 0 || left_b == 0 {
        (0, 0)
    } else if left_a <= MAX_EDGE_SUBSTITUTION && left_b <= MAX_EDGE_SUBSTITUTION && !cut_a && !cut_b {
        (left_a, left_b)
    } else {
        let n = left_a.min(left_b).min(MAX_EDGE_SUBSTITUTION);
        (n, n)
    }
}

fn gap(x: &(usize, usize, usize, f64), y: &(usize, usize, usize, f64)) -> usize {
    (y.0 - (x.0 + x.2)).max(y.1 - (x.1 + x.2))
}

/// An overlap never starts or ends with an ellipsis: omitted words at its edge are outside it.
fn trim_editorial(words: &[Word], mut r: Range<usize>) -> Range<usize> {
    while r.start < r.end && words[r.start].mark == Mark::Ellipsis {
        r.start += 1;
    }
    while r.end > r.start && words[r.end - 1].mark == Mark::Ellipsis {
        r.end -= 1;
    }
    r
}

/// Star clusters: the longest unassigned version takes every unassigned candidate that aligns
/// with it. Only references are diffed against candidates, so a quotation printed in a thousand
/// versions costs about a thousand diffs, not half a million. Returns the clusters and the
/// number of pairs diffed.
fn clusters(
    quotes: &[Quote],
    versions: &[Version],
    partners: &[Vec<usize>],
    weights: &Weights,
) -> (Vec<Cluster>, usize) {
    let mut order: Vec<usize> = (0..versions.len()).collect();
    order.sort_by_key(|&v| {
        (
            std::cmp::Reverse(versions[v].spoken()),
            std::cmp::Reverse(versions[v].sources),
            versions[v].quotes[0],
        )
    });
    let mut assigned = vec![false; versions.len()];
    let mut out = Vec::new();
    let mut diffed = 0;
    for &r in &order {
        if assigned[r] {
            continue;
        }
        let open: Vec<usize> = partners[r]
            .iter()
            .copied()
            .filter(|&v| !assigned[v] && crosses_sources(quotes, &versions[r], &versions[v]))
            .collect();
        diffed += open.len();
        let try_align = |&v: &usize| {
            let (a, b) = (&versions[r].words, &versions[v].words);
            if !could_cover(a, b, weights) {
                return None;
            }
            align_pair(a, b, weights).map(|al| (v, al))
        };
        // Parallel where a reference has many candidates; the order of the result is kept.
        let mut members: Vec<(usize, Alignment)> = if open.len() > 16 {
            open.par_iter().filter_map(try_align).collect()
        } else {
            open.iter().filter_map(try_align).collect()
        };
        members.sort_by_key(|(v, _)| versions[*v].quotes[0]);
        let whole = 0..versions[r].words.len();
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
        let sources: FxHashSet<&str> = members
            .iter()
            .flat_map(|(v, _)| versions[*v].quotes.iter().map(|&q| quotes[q].source.as_str()))
            .collect();
        if sources.len() < 2 {
            continue;
        }
        for (v, _) in &members {
            assigned[*v] = true;
        }
        let reference_quote = versions[r].quotes[0];
        out.push(Cluster {
            id: format!("c{:08x}", fnv1a(quotes[reference_quote].id.as_bytes()) as u32),
            reference: r,
            reference_quote,
            members,
        });
    }
    out.sort_by_key(|c| c.reference_quote);
    (out, diffed)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn version_set(texts: &[&str]) -> (Vec<Version>, Weights) {
        let versions: Vec<Version> = texts
            .iter()
            .enumerate()
            .map(|(i, t)| Version {
                words: words(t),
                quotes: vec![i],
                sources: 1,
            })
            .collect();
        let weights = Weights::new(&versions);
        (versions, weights)
    }

    #[test]
    fn fragment_inside_a_longer_version_aligns() {
        let (v, w) = version_set(&[
            "a big mistake if it arms Ukraine in the war against Russia.",
            "a big mistake",
            "The weather is fine in Hanoi today and tomorrow.",
        ]);
        let al = align_pair(&v[0].words, &v[1].words, &w).expect("aligned");
        assert_eq!((al.a, al.b), (0..3, 0..3));
    }

    #[test]
    fn edge_words_that_differ_are_substitutions() {
        let (v, w) = version_set(&[
            "Seoul must understand that the use of weapons will irreparably destroy relations between our countries.",
            "fully destroy relations",
            "Nothing else in common here at all.",
        ]);
        let al = align_pair(&v[0].words, &v[1].words, &w).expect("aligned");
        let a: Vec<&str> = v[0].words[al.a].iter().map(|w| w.norm.as_str()).collect();
        assert_eq!(a, ["irreparably", "destroy", "relations"]);
    }

    #[test]
    fn stock_phrases_do_not_align() {
        let (v, w) = version_set(&[
            "agreed to continue sharing information on North Korean troop deployment to Russia",
            "exchanged intelligence regarding North Korean military units dispatched to Russia.",
            "we are going to be fine",
            "it is going to be a long night",
        ]);
        assert!(align_pair(&v[0].words, &v[1].words, &w).is_none());
        assert!(align_pair(&v[2].words, &v[3].words, &w).is_none());
    }

    #[test]
    fn candidates_come_from_shared_bigrams_only() {
        let (v, _) = version_set(&[
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
        let (v, _) = version_set(&[
            "fully destroy relations",
            "will irreparably destroy relations between us",
        ]);
        assert_eq!(candidate_pairs(&v), [(0, 1)]);
    }
}
