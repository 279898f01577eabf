//! Stage 6a: the CSV reports, written for spreadsheets.
//!
//! UTF-8 with a byte-order mark (so spreadsheets detect the encoding), CRLF line ends, every text
//! cell in double quotes (so that a spreadsheet that splits cells at `;` never splits one), and
//! text cells that could run as formulas prefixed with `'`. The files are written into the new
//! report set's folder ([`super::set::ReportSet`]), which replaces the old set whole.

use std::borrow::Cow;
use std::io::Write;
use std::path::Path;

use rayon::prelude::*;
use serde::Serialize;

use crate::align::Aligned;
use crate::score::ClusterSummary;
use crate::types::{Match, Quote};

/// `quotes.csv`: one row per quotation.
#[derive(Debug, Default, Serialize)]
struct QuoteRow<'a> {
    quote_id: &'a str,
    cluster_id: &'a str,
    version_id: &'a str,
    source: Cow<'a, str>,
    line: usize,
    column: usize,
    start: usize,
    end: usize,
    words: usize,
    kind: &'static str,
    speaker: Cow<'a, str>,
    speaker_mention: Cow<'a, str>,
    cue: Cow<'a, str>,
    text: Cow<'a, str>,
}

/// Writes `quotes.csv` into `dir`, rows in the order given, each with its cluster and version
/// when it stands in a cluster.
pub(crate) fn write_quotes(dir: &Path, quotes: &[Quote], aligned: &Aligned) -> std::io::Result<()> {
    // A version in two clusters (see alignment.md) is given the one that holds most of its words.
    let mut cluster_of: Vec<(&str, usize)> = vec![("", 0); aligned.versions.len()];
    for c in &aligned.clusters {
        for m in &c.members {
            let held = m.alignment.b.len();
            if cluster_of[m.version].0.is_empty() || held > cluster_of[m.version].1 {
                cluster_of[m.version] = (&c.id, held);
            }
        }
    }
    let rows: Vec<(&Quote, u32)> = quotes.iter().zip(aligned.version_of.iter().copied()).collect();
    write_csv(dir, "quotes.csv", &rows, |&(q, v)| QuoteRow {
        quote_id: &q.id,
        cluster_id: cluster_of.get(v as usize).map_or("", |c| c.0),
        // Only a version that stands in a cluster is named: copies of a title printed in two
        // sources are no quotation found twice.
        version_id: match cluster_of.get(v as usize) {
            Some((c, _)) if !c.is_empty() => &aligned.version_ids[v as usize],
            _ => "",
        },
        source: guard(&q.source),
        line: q.line,
        column: q.column,
        start: q.start,
        end: q.end,
        words: q.words,
        kind: q.kind.as_str(),
        speaker: guard(&q.speaker),
        speaker_mention: guard(&q.speaker_mention),
        cue: guard(&q.cue),
        text: guard(&q.text),
    })
}

/// `matches.csv`: one row per version of a cluster judged against its reference (or another
/// version, see `align::Against`), by the first quotation of each.
#[derive(Debug, Default, Serialize)]
struct MatchRow<'a> {
    cluster_id: &'a str,
    verdict: &'static str,
    severity: &'static str,
    similarity: f64,
    speaker_a: Cow<'a, str>,
    speaker_b: Cow<'a, str>,
    source_a: Cow<'a, str>,
    line_a: usize,
    quote_a: &'a str,
    copies_a: usize,
    source_b: Cow<'a, str>,
    line_b: usize,
    quote_b: &'a str,
    copies_b: usize,
    changes: Cow<'a, str>,
    text_a: Cow<'a, str>,
    text_b: Cow<'a, str>,
}

/// `clusters.csv`: one row per quotation found in two or more sources.
#[derive(Debug, Default, Serialize)]
struct ClusterRow<'a> {
    cluster_id: &'a str,
    status: &'static str,
    severity: &'static str,
    speaker: Cow<'a, str>,
    sources: usize,
    quotes: usize,
    min_similarity: f64,
    text: Cow<'a, str>,
}

/// Writes `matches.csv` into `dir`, rows in the order given.
pub(crate) fn write_matches(
    dir: &Path,
    quotes: &[Quote],
    aligned: &Aligned,
    matches: &[Match],
) -> std::io::Result<()> {
    write_csv(dir, "matches.csv", matches, |m| {
        let (a, b) = (&quotes[m.a], &quotes[m.b]);
        let copies = |q: usize| {
            aligned
                .versions
                .get(aligned.version_of[q] as usize)
                .map_or(1, |v| v.quotes.len())
        };
        MatchRow {
            cluster_id: &aligned.clusters[m.cluster].id,
            verdict: m.verdict.as_str(),
            severity: m.severity().as_str(),
            similarity: m.similarity,
            speaker_a: guard(&a.speaker),
            speaker_b: guard(&b.speaker),
            source_a: guard(&a.source),
            line_a: a.line,
            quote_a: &a.id,
            copies_a: copies(m.a),
            source_b: guard(&b.source),
            line_b: b.line,
            quote_b: &b.id,
            copies_b: copies(m.b),
            changes: guard(&m.changes),
            text_a: guard(&m.text_a),
            text_b: guard(&m.text_b),
        }
    })
}

/// Writes `clusters.csv` into `dir`.
pub(crate) fn write_clusters(
    dir: &Path,
    quotes: &[Quote],
    aligned: &Aligned,
    summaries: &[ClusterSummary],
) -> std::io::Result<()> {
    write_csv(
        dir,
        "clusters.csv",
        &aligned.clusters.iter().zip(summaries).collect::<Vec<_>>(),
        |&(c, s)| ClusterRow {
            cluster_id: &c.id,
            status: if s.consistent() {
                "consistent"
            } else {
                "inconsistent"
            },
            severity: s.severity.as_str(),
            speaker: guard(&s.speaker),
            sources: s.sources,
            quotes: s.quotes,
            min_similarity: s.min_similarity,
            text: guard(&quotes[c.reference_quote].text),
        },
    )
}

/// Prefixes a cell with `'` when a spreadsheet would read it as a formula: it starts with `=`,
/// `+`, `-`, `@`, a tab or a carriage return, also after leading white space, which spreadsheets
/// skip before a formula.
pub(crate) fn guard(cell: &str) -> Cow<'_, str> {
    if cell
        .trim_start_matches(|c: char| c.is_whitespace() && c != '\t' && c != '\r')
        .starts_with(['=', '+', '-', '@', '\t', '\r'])
    {
        Cow::Owned(format!("'{cell}"))
    } else {
        Cow::Borrowed(cell)
    }
}

/// Serializes a row for each of `items` into the file `name` in `dir`, and syncs it to disk.
/// Rows are serialized in parallel, a batch of chunks at a time, and written in order, so the
/// file is the same at any thread count and the buffers stay small.
pub(crate) fn write_csv<'a, T: Sync, R: Serialize + Default>(
    dir: &Path,
    name: &str,
    items: &'a [T],
    row: impl Fn(&'a T) -> R + Sync,
) -> std::io::Result<()> {
    const CHUNK: usize = 4096;
    const BATCH: usize = 16 * CHUNK;
    let mut file = std::fs::File::create(dir.join(name))?;
    {
        let mut out = std::io::BufWriter::new(&mut file);
        out.write_all("\u{feff}".as_bytes())?;
        if items.is_empty() {
            out.write_all(&header_of::<R>()?)?;
        }
        for (b, batch) in items.chunks(BATCH).enumerate() {
            let buffers = batch
                .par_chunks(CHUNK)
                .enumerate()
                .map(|(c, chunk)| {
                    let mut csv = csv::WriterBuilder::new()
                        .terminator(csv::Terminator::CRLF)
                        .quote_style(csv::QuoteStyle::NonNumeric)
                        // The header goes before the first row only.
                        .has_headers(b == 0 && c == 0)
                        .from_writer(Vec::with_capacity(chunk.len() * 128));
                    for item in chunk {
                        csv.serialize(row(item)).map_err(std::io::Error::other)?;
                    }
                    csv.into_inner().map_err(|e| e.into_error())
                })
                .collect::<std::io::Result<Vec<Vec<u8>>>>()?;
            for buffer in buffers {
                out.write_all(&buffer)?;
            }
        }
        out.flush()?;
    }
    file.sync_all()?;
    super::set::written(name);
    Ok(())
}

/// The header line of `R`'s rows, for a report without rows: what a default row adds when written
/// with a header. Empty for rows without field names.
fn header_of<R: Serialize + Default>() -> std::io::Result<Vec<u8>> {
    let written = |headers: bool| -> std::io::Result<Vec<u8>> {
        let mut csv = csv::WriterBuilder::new()
            .terminator(csv::Terminator::CRLF)
            .quote_style(csv::QuoteStyle::NonNumeric)
            .has_headers(headers)
            .from_writer(Vec::new());
        csv.serialize(R::default()).map_err(std::io::Error::other)?;
        csv.into_inner().map_err(|e| e.into_error())
    };
    let (with, without) = (written(true)?, written(false)?);
    Ok(with[..with.len().saturating_sub(without.len())].to_vec())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_report_without_rows_still_has_its_header() {
        #[derive(Default, Serialize)]
        struct Row {
            a: &'static str,
            b: usize,
        }
        let dir = tempfile::tempdir().unwrap();
        let none: [&str; 0] = [];
        write_csv(dir.path(), "t.csv", &none, |&a| Row { a, b: 1 }).unwrap();
        assert_eq!(
            std::fs::read(dir.path().join("t.csv")).unwrap(),
            "\u{feff}\"a\",\"b\"\r\n".as_bytes()
        );
        // Rows without field names have no header to give.
        write_csv(dir.path(), "u.csv", &none, |&a| (a,)).unwrap();
        assert_eq!(
            std::fs::read(dir.path().join("u.csv")).unwrap(),
            "\u{feff}".as_bytes()
        );
    }

    #[test]
    fn formula_cells_are_guarded() {
        assert_eq!(guard("=SUM(A1)"), "'=SUM(A1)");
        assert_eq!(guard("-5 percent"), "'-5 percent");
        assert_eq!(guard("@user"), "'@user");
        assert_eq!(guard("\tx"), "'\tx");
        assert_eq!(guard("fine"), "fine");
        assert_eq!(guard("a = b"), "a = b");
    }

    #[test]
    fn a_formula_after_leading_spaces_is_guarded() {
        assert_eq!(guard("  =1+1"), "'  =1+1");
        assert_eq!(guard("\u{a0}+1"), "'\u{a0}+1");
        assert_eq!(guard("\n@x"), "'\n@x");
    }

    #[test]
    fn text_cells_are_quoted_so_no_separator_splits_them_and_numbers_are_not() {
        #[derive(Default, Serialize)]
        struct Row {
            text: &'static str,
            line: usize,
            similarity: f64,
        }
        let dir = tempfile::tempdir().unwrap();
        let rows = ["a;=1+1", "y\nz"];
        write_csv(dir.path(), "t.csv", &rows, |&text| Row {
            text,
            line: 7,
            similarity: 0.5,
        })
        .unwrap();
        let bytes = std::fs::read(dir.path().join("t.csv")).unwrap();
        assert_eq!(
            String::from_utf8(bytes).unwrap(),
            "\u{feff}\"text\",\"line\",\"similarity\"\r\n\"a;=1+1\",7,0.5\r\n\"y\nz\",7,0.5\r\n"
        );
    }

    #[cfg(unix)]
    #[test]
    fn a_report_is_as_readable_as_any_new_file() {
        use std::os::unix::fs::PermissionsExt;
        let dir = tempfile::tempdir().unwrap();
        let plain = dir.path().join("plain");
        std::fs::write(&plain, "").unwrap();
        write_csv(dir.path(), "t.csv", &["x"], |&a| (a,)).unwrap();
        let mode = |p: &Path| std::fs::metadata(p).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode(&dir.path().join("t.csv")), mode(&plain));
    }
}
