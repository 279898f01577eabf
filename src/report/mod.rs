//! Stage 6: the reports. In: the quotations, their clusters ([`crate::align::Aligned`]) and what
//! scoring judged ([`crate::score::Scored`]). Out: the CSV files for machines (`csv`), the
//! workbook a reviewer sorts (`xlsx`), the findings with ids that survive edits ([`findings`],
//! [`baseline`]), and what a person or a CI tool reads on stdout: text ([`terminal`]), JSON,
//! SARIF or GitHub workflow commands. Nothing is judged here: verdicts and severities come from
//! scoring, and are only formatted.

pub mod baseline;
pub(crate) mod csv;
pub mod findings;
pub(crate) mod github;
pub(crate) mod html;
pub(crate) mod json;
pub(crate) mod sarif;
pub(crate) mod set;
pub mod terminal;
pub(crate) mod xlsx;

use std::path::PathBuf;

pub use findings::{FailOn, Findings};

use crate::align::Aligned;
use crate::score::ClusterSummary;
use crate::source::{SkippedLink, SourceError};
use crate::types::{Match, Quote};

/// How the findings are written on stdout.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, serde::Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Format {
    /// For people, in the manner of lint tools ([`terminal`]).
    #[default]
    Text,
    /// One JSON object per finding, in an array (`schema/findings.schema.json`).
    Json,
    /// SARIF 2.1.0, which code scanning tools read.
    Sarif,
    /// GitHub Actions workflow commands: an annotation per finding.
    Github,
}

/// What a check found: everything the reports are made of.
#[derive(Debug, Default)]
pub struct CheckOutcome {
    /// Number of sources read.
    pub(crate) sources: usize,
    /// Bytes of source text read.
    pub(crate) bytes: u64,
    /// Sources whose quotations came from the analysis of an earlier copy of their text.
    pub(crate) copies: usize,
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
    /// The findings, with their ids and standing.
    pub(crate) findings: Findings,
    /// The checked folder as paths are shown: relative to the working directory when it lies
    /// inside it, `/`-separated, empty for the working directory itself.
    pub(crate) shown_root: String,
    /// Where the reports went.
    pub(crate) reports: PathBuf,
}

impl CheckOutcome {
    /// A source's path as shown to people and CI tools: relative to the working directory.
    pub(crate) fn shown_path(&self, source: &str) -> String {
        if self.shown_root.is_empty() {
            source.to_string()
        } else {
            format!("{}/{source}", self.shown_root)
        }
    }

    /// Whether a new finding is severe enough to fail the check.
    pub fn fails(&self, fail_on: FailOn) -> bool {
        self.findings.fail(&self.matches, fail_on)
    }

    /// Whether every source was read: a check that skipped one is incomplete.
    pub fn complete(&self) -> bool {
        self.source_errors.is_empty()
    }

    /// Writes the findings on stdout in `format` (text goes through [`terminal::print`]).
    pub fn write_machine(&self, format: Format, out: &mut impl std::io::Write) -> std::io::Result<()> {
        match format {
            Format::Text => Ok(()),
            Format::Json => json::write(self, out),
            Format::Sarif => sarif::write(self, out),
            Format::Github => github::write(self, out),
        }
    }

    /// The one-line account of a finding for CI tools: who is quoted how, against which place.
    pub(crate) fn message(&self, m: &Match) -> String {
        let (a, b) = (&self.quotes[m.a], &self.quotes[m.b]);
        let against = format!("{}:{}", self.shown_path(&a.source), a.line);
        let who = |speaker: &str| {
            if speaker.is_empty() {
                "an unknown speaker".to_string()
            } else {
                speaker.to_string()
            }
        };
        match m.verdict {
            crate::types::Verdict::Misattributed => format!(
                "misattributed: these words are given to {}, and to {} in {against}",
                who(&b.speaker),
                who(&a.speaker)
            ),
            verdict => format!(
                "{}: {} is quoted differently than in {against}: {}",
                verdict.as_str(),
                who(&b.speaker),
                m.changes
            ),
        }
    }
}
