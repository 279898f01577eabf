//! `--format json`: one object per new finding, in an array, as `schema/findings.schema.json`
//! describes (a test validates the output against it).

use std::io::Write;

use serde::Serialize;

use super::CheckOutcome;

/// A finding as JSON.
#[derive(Debug, Serialize)]
struct Finding<'a> {
    id: &'a str,
    cluster_id: &'a str,
    verdict: &'static str,
    severity: &'static str,
    similarity: f64,
    /// The word differences, as in `matches.csv`.
    changes: &'a str,
    /// The version judged against.
    a: Side<'a>,
    /// The version judged.
    b: Side<'a>,
}

/// One of the two quotations of a finding.
#[derive(Debug, Serialize)]
struct Side<'a> {
    speaker: &'a str,
    /// Relative to the working directory, `/`-separated.
    path: String,
    /// 1-based line and column (in characters) of the opening mark.
    line: usize,
    column: usize,
    quote_id: String,
    /// The part of the quotation that overlaps the other.
    text: &'a str,
}

/// Writes the new findings as a JSON array, one object a finding, and a line end.
pub(crate) fn write(outcome: &CheckOutcome, out: &mut impl Write) -> std::io::Result<()> {
    let findings: Vec<Finding> = outcome
        .findings
        .new_ones()
        .map(|f| {
            let m = &outcome.matches[f.pair];
            let side = |q: usize, text| {
                let quote = &outcome.quotes[q];
                Side {
                    speaker: &quote.speaker,
                    path: outcome.shown_path(&quote.source),
                    line: quote.line,
                    column: quote.column,
                    quote_id: quote.id(),
                    text,
                }
            };
            Finding {
                id: &f.id,
                cluster_id: &outcome.aligned.clusters[m.cluster].id,
                verdict: m.verdict.as_str(),
                severity: m.severity().as_str(),
                similarity: m.similarity,
                changes: &m.changes,
                a: side(m.a, &m.text_a),
                b: side(m.b, &m.text_b),
            }
        })
        .collect();
    serde_json::to_writer_pretty(&mut *out, &findings)?;
    writeln!(out)
}
