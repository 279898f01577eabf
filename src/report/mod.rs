//! Stage 6: the reports. In: the quotations, their clusters ([`crate::align::Aligned`]) and what
//! scoring judged ([`crate::score::Scored`]). Out: the CSV files a reviewer opens in a
//! spreadsheet (`csv`) and the findings a person reads in a terminal or a CI log ([`terminal`]).
//! Nothing is judged here: verdicts and severities come from scoring, and are only formatted.

pub(crate) mod csv;
pub(crate) mod set;
pub mod terminal;

use crate::align::Aligned;
use crate::score::ClusterSummary;
use crate::source::{SkippedLink, SourceError};
use crate::types::{Match, Quote, Severity};

/// What a check found: everything the reports are made of.
#[derive(Debug, Default)]
pub struct CheckOutcome {
    /// Number of sources read.
    pub(crate) sources: usize,
    /// Bytes of source text read.
    pub(crate) bytes: u64,
    /// Every quotation, sorted by source and position.
    pub(crate) quotes: Vec<Quote>,
    pub(crate) aligned: Aligned,
    /// Judged pairs, grouped by cluster.
    pub(crate) matches: Vec<Match>,
    /// One summary per cluster, parallel to `aligned.clusters`.
    pub(crate) summaries: Vec<ClusterSummary>,
    /// Sources that were skipped, with the reason.
    pub(crate) source_errors: Vec<SourceError>,
    /// Links that were not followed (they lead out of the checked folder, or loop); named as
    /// warnings, they do not make a check incomplete.
    pub(crate) skipped_links: Vec<SkippedLink>,
    /// Sources that were read but hold no text.
    pub(crate) empty_sources: Vec<String>,
    /// Wall time of each stage, in pipeline order (`--verbose` prints them).
    pub(crate) timings: Vec<(&'static str, std::time::Duration)>,
}

impl CheckOutcome {
    /// The most severe finding.
    pub(crate) fn severity(&self) -> Severity {
        self.summaries
            .iter()
            .map(|s| s.severity)
            .max()
            .unwrap_or(Severity::None)
    }
}
