//! A cluster's standing: the worst severity of its pairs, and what the reports show beside it.

use crate::align::Aligned;
use crate::types::{Match, Quote, Severity};

/// A cluster's standing, summarised from its matches.
#[derive(Debug, Clone, PartialEq)]
pub struct ClusterSummary {
    /// The most severe verdict among the cluster's matches.
    pub(crate) severity: Severity,
    /// Distinct sources among the cluster's quotations.
    pub(crate) sources: usize,
    pub(crate) quotes: usize,
    /// The lowest similarity of a match, 1 without matches.
    pub(crate) min_similarity: f64,
    /// The first speaker named, the reference's first; empty when none is.
    pub(crate) speaker: String,
}

impl ClusterSummary {
    /// No finding worth a warning: every rendering agrees.
    pub(crate) fn consistent(&self) -> bool {
        self.severity == Severity::None
    }
}

/// One summary per cluster (same order as `aligned.clusters`).
pub(super) fn summarize(quotes: &[Quote], aligned: &Aligned, matches: &[Match]) -> Vec<ClusterSummary> {
    let mut out: Vec<ClusterSummary> = aligned
        .clusters
        .iter()
        .map(|c| {
            let members: Vec<usize> = c
                .members
                .iter()
                .flat_map(|m| aligned.versions[m.version].quotes.iter().copied())
                .collect();
            let mut sources: Vec<&str> = members.iter().map(|&q| quotes[q].source.as_ref()).collect();
            sources.sort_unstable();
            sources.dedup();
            let speaker = std::iter::once(c.reference_quote)
                .chain(members.iter().copied())
                .map(|q| quotes[q].speaker.as_ref())
                .find(|s| !s.is_empty())
                .unwrap_or_default()
                .to_string();
            ClusterSummary {
                severity: Severity::None,
                sources: sources.len(),
                quotes: members.len(),
                min_similarity: 1.0,
                speaker,
            }
        })
        .collect();
    for m in matches {
        let s = &mut out[m.cluster];
        s.severity = s.severity.max(m.severity());
        s.min_similarity = s.min_similarity.min(m.similarity);
    }
    out
}
