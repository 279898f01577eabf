//! Every alignment the diffs of candidate pairs found, looked up from either version.

use rayon::prelude::*;

use super::Alignment;
use super::index::CandidatePair;
use super::speakers::Speakers;

/// A diffed candidate pair: the version diffed as the reference, the other one, and their
/// alignment with what the speakers tell, if they align.
#[derive(Debug)]
pub(super) struct Diffed {
    pub(super) reference: usize,
    pub(super) version: usize,
    pub(super) found: Option<(Alignment, Speakers)>,
}

/// Every alignment found, both ways, with what the speakers tell.
pub(super) struct Known<'d> {
    /// The candidate pairs, sorted, and what diffing each gave (reference first).
    pairs: &'d [CandidatePair],
    diffs: &'d [Diffed],
    /// Each version beside the diffs it stands in that found an alignment, sorted.
    touching: Vec<Touching>,
    /// Where each version's part of `touching` starts, and past the last, its end.
    starts: Vec<u32>,
}

/// A version that stands in a diff that found an alignment, by the diff's number. Ordered by
/// version, then diff.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
struct Touching {
    version: u32,
    diff: u32,
}

/// An alignment found between two versions, as diffed: it reads from `from`.
pub(super) struct Found<'d> {
    from: usize,
    pub(super) alignment: &'d Alignment,
}

impl Found<'_> {
    /// The alignment read from version `r`, one of the pair.
    pub(super) fn seen_from(&self, r: usize) -> Alignment {
        if self.from == r {
            self.alignment.clone()
        } else {
            self.alignment.flipped()
        }
    }
}

impl<'d> Known<'d> {
    pub(super) fn new(versions: usize, pairs: &'d [CandidatePair], diffs: &'d [Diffed]) -> Known<'d> {
        let mut touching: Vec<Touching> = diffs
            .par_iter()
            .enumerate()
            .filter(|(_, d)| d.found.is_some())
            .flat_map_iter(|(i, d)| {
                let diff = i as u32;
                [
                    Touching {
                        version: d.reference as u32,
                        diff,
                    },
                    Touching {
                        version: d.version as u32,
                        diff,
                    },
                ]
            })
            .collect();
        touching.par_sort_unstable();
        let mut starts = Vec::with_capacity(versions + 1);
        for (i, t) in touching.iter().enumerate() {
            starts.resize(t.version as usize + 1, i as u32);
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
    pub(super) fn between(&self, r: usize, v: usize) -> Option<(Alignment, Speakers)> {
        let key = CandidatePair {
            a: r.min(v) as u32,
            b: r.max(v) as u32,
        };
        let i = self.pairs.binary_search(&key).ok()?;
        let diffed = &self.diffs[i];
        let (alignment, speakers) = diffed.found.as_ref()?;
        let found = Found {
            from: diffed.reference,
            alignment,
        };
        Some((found.seen_from(r), *speakers))
    }

    /// Every version `v` aligns with, in order, with the alignment and what the speakers tell.
    pub(super) fn aligned_with(&self, v: usize) -> impl Iterator<Item = (usize, Found<'d>, Speakers)> + '_ {
        self.touching[self.starts[v] as usize..self.starts[v + 1] as usize]
            .iter()
            .filter_map(move |t| {
                let diffed = &self.diffs[t.diff as usize];
                let (alignment, speakers) = diffed.found.as_ref()?;
                let (r, u) = (diffed.reference, diffed.version);
                let other = if r == v { u } else { r };
                Some((other, Found { from: r, alignment }, *speakers))
            })
    }

    /// The versions `v` aligns with under the same speaker, in order.
    pub(super) fn same_speaker(&self, v: usize) -> impl Iterator<Item = usize> + '_ {
        self.aligned_with(v)
            .filter(|(_, _, speakers)| *speakers == Speakers::Same)
            .map(|(u, _, _)| u)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_known_alignment_is_seen_from_either_version() {
        let al = Alignment {
            a: 0..2,
            b: 3..5,
            coverage: 1.0,
        };
        // Versions 1 and 4, diffed with 4 as the reference; 0, 3 and 5 aligned with 4 too.
        let pairs: Vec<CandidatePair> = [(0, 4), (1, 4), (2, 3), (3, 4), (4, 5)]
            .into_iter()
            .map(|(a, b)| CandidatePair { a, b })
            .collect();
        let diffs: Vec<Diffed> = [
            (4, 0, Some((al.clone(), Speakers::Different))),
            (4, 1, Some((al.clone(), Speakers::Same))),
            (2, 3, None),
            (4, 3, Some((al.clone(), Speakers::Unknown))),
            (5, 4, Some((al.clone(), Speakers::Same))),
        ]
        .into_iter()
        .map(|(reference, version, found)| Diffed {
            reference,
            version,
            found,
        })
        .collect();
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
}
