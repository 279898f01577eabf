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
use crate::types::{Match, Quote, push_quote_id};

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
    // One row a quotation: an archive's is the largest report by far, so its rows are written
    // field by field, as the csv crate would write `QuoteRow` (see `push_text`), without the
    // crate's per-field parsing of every text as a number.
    write_records(
        dir,
        "quotes.csv",
        &rows,
        header_of::<QuoteRow>()?,
        |chunk, out| {
            for &(q, v) in chunk {
                quote_record(q, v, &cluster_of, aligned, out);
            }
            Ok(())
        },
    )
}

/// Appends the line of `quotes.csv` of quotation `q` of version `v`.
fn quote_record(q: &Quote, v: u32, cluster_of: &[(&str, usize)], aligned: &Aligned, out: &mut Vec<u8>) {
    let cluster = cluster_of.get(v as usize).map_or("", |c| c.0);
    // An id opens with `q`, so it never reads as a number: it is always quoted.
    out.push(b'"');
    push_quote_id(out, q.id_hash, q.start);
    out.extend_from_slice(b"\",");
    push_text(out, cluster);
    // Only a version that stands in a cluster is named: copies of a title printed in two
    // sources are no quotation found twice.
    push_text(
        out,
        if cluster.is_empty() {
            ""
        } else {
            &aligned.version_ids[v as usize]
        },
    );
    push_text(out, &guard(&q.source));
    for n in [q.line, q.column, q.start, q.end, q.words] {
        push_number(out, n);
    }
    push_text(out, q.kind.as_str());
    push_text(out, &guard(&q.speaker));
    push_text(out, &guard(&q.speaker_mention));
    push_text(out, &guard(&q.cue));
    push_text(out, &guard(&q.text));
    // The delimiter after the last field is the line's end.
    out.pop();
    out.extend_from_slice(b"\r\n");
}

/// Appends a text field and its delimiter as the csv crate writes a string with
/// `QuoteStyle::NonNumeric`: in double quotes with inner quotes doubled, unless the whole field
/// reads as a number (`12`, `-1.5e3`, `inf`, `NaN`), which goes as it is.
fn push_text(out: &mut Vec<u8>, field: &str) {
    if !is_non_numeric(field) {
        out.extend_from_slice(field.as_bytes());
        out.push(b',');
        return;
    }
    let bytes = field.as_bytes();
    out.push(b'"');
    let mut from = 0;
    for quote in memchr::memchr_iter(b'"', bytes) {
        out.extend_from_slice(&bytes[from..=quote]);
        out.push(b'"');
        from = quote + 1;
    }
    out.extend_from_slice(&bytes[from..]);
    out.extend_from_slice(b"\",");
}

/// Whether the csv crate quotes `field` under `QuoteStyle::NonNumeric`: unless it parses as a
/// float or an integer. A number is written with digits, signs, points, exponents and the
/// letters of `inf`, `infinity` and `nan`, so any other byte tells at once.
fn is_non_numeric(field: &str) -> bool {
    let number_byte = |b: u8| {
        b.is_ascii_digit()
            || matches!(
                b.to_ascii_lowercase(),
                b'+' | b'-' | b'.' | b'e' | b'i' | b'n' | b'f' | b't' | b'y' | b'a'
            )
    };
    !field.bytes().all(number_byte) || (field.parse::<f64>().is_err() && field.parse::<i128>().is_err())
}

/// Appends a count and its delimiter in decimal digits.
fn push_number(out: &mut Vec<u8>, n: usize) {
    out.extend_from_slice(itoa::Buffer::new().format(n).as_bytes());
    out.push(b',');
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
    quote_a: String,
    copies_a: usize,
    source_b: Cow<'a, str>,
    line_b: usize,
    quote_b: String,
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
            quote_a: a.id(),
            copies_a: copies(m.a),
            source_b: guard(&b.source),
            line_b: b.line,
            quote_b: b.id(),
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
    // Most cells open with a letter or a digit, which one byte tells.
    if cell.as_bytes().first().is_none_or(u8::is_ascii_alphanumeric) {
        return Cow::Borrowed(cell);
    }
    if cell
        .trim_start_matches(|c: char| c.is_whitespace() && c != '\t' && c != '\r')
        .starts_with(['=', '+', '-', '@', '\t', '\r'])
    {
        Cow::Owned(format!("'{cell}"))
    } else {
        Cow::Borrowed(cell)
    }
}

/// Serializes a row for each of `items` into the file `name` in `dir`, and syncs it to disk
/// (see [`write_records`]).
pub(crate) fn write_csv<'a, T: Sync, R: Serialize + Default>(
    dir: &Path,
    name: &str,
    items: &'a [T],
    row: impl Fn(&'a T) -> R + Sync,
) -> std::io::Result<()> {
    write_records(dir, name, items, header_of::<R>()?, |chunk, out| {
        let mut csv = csv::WriterBuilder::new()
            .terminator(csv::Terminator::CRLF)
            .quote_style(csv::QuoteStyle::NonNumeric)
            .has_headers(false)
            .from_writer(std::mem::take(out));
        for item in chunk {
            csv.serialize(row(item)).map_err(std::io::Error::other)?;
        }
        *out = csv.into_inner().map_err(|e| e.into_error())?;
        Ok(())
    })
}

/// Writes `header` and the records `write` appends for each chunk of `items` (line ends
/// included) into the file `name` in `dir`, and syncs it to disk. Chunks are written in
/// parallel, a batch at a time, and put in order, so the file is the same at any thread count
/// and the buffers stay small. A batch is written while the next is made, and the disk is asked
/// to start on it at once, so that the sync at the end waits only for the last: at 100,000
/// documents `quotes.csv` is 166 MB, and a sync of all of it at the end took 95 ms.
fn write_records<'a, T: Sync>(
    dir: &Path,
    name: &str,
    items: &'a [T],
    mut header: Vec<u8>,
    write: impl Fn(&'a [T], &mut Vec<u8>) -> std::io::Result<()> + Sync,
) -> std::io::Result<()> {
    const CHUNK: usize = 4096;
    const BATCH: usize = 16 * CHUNK;
    let mut file = std::fs::File::create(dir.join(name))?;
    let format = |batch: &'a [T]| {
        batch
            .par_chunks(CHUNK)
            .map(|chunk| {
                let mut buffer = Vec::with_capacity(chunk.len() * 128);
                write(chunk, &mut buffer)?;
                Ok(buffer)
            })
            .collect::<std::io::Result<Vec<Vec<u8>>>>()
    };
    header.splice(0..0, "\u{feff}".bytes());
    let mut made = vec![header];
    let mut at = 0;
    for batch in items.chunks(BATCH) {
        let file = &mut file;
        let (written, next) = rayon::join(|| put(file, &made, &mut at), || format(batch));
        written?;
        made = next?;
    }
    put(&mut file, &made, &mut at)?;
    file.sync_all()?;
    super::set::written(name);
    Ok(())
}

/// Writes `buffers` at the end of `file`, the `at` bytes written so far, and asks the disk to
/// start writing them.
fn put(file: &mut std::fs::File, buffers: &[Vec<u8>], at: &mut u64) -> std::io::Result<()> {
    let start = *at;
    for buffer in buffers {
        file.write_all(buffer)?;
        *at += buffer.len() as u64;
    }
    start_writeback(file, start, *at - start);
    Ok(())
}

/// Starts writing `len` bytes from `offset` of `file` to the disk, without waiting: the sync that
/// follows still makes sure of them, so a failure here only costs time. (`POSIX_FADV_DONTNEED`
/// starts the writeback of the range's dirty pages and keeps those under writeback.)
#[cfg(target_os = "linux")]
fn start_writeback(file: &std::fs::File, offset: u64, len: u64) {
    let Some(len) = std::num::NonZeroU64::new(len) else {
        return;
    };
    let _ = rustix::fs::fadvise(file, offset, Some(len), rustix::fs::Advice::DontNeed);
}

#[cfg(not(target_os = "linux"))]
fn start_writeback(_: &std::fs::File, _: u64, _: u64) {}

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

    #[test]
    fn fields_written_by_hand_are_what_the_csv_crate_writes() {
        let fields = [
            "",
            "plain words",
            "a \"quoted\" word",
            "\"",
            "x,y",
            "line\r\nend",
            "é ü",
            "12",
            "-1.5e3",
            "+3",
            ".5",
            "5.",
            "1e",
            "e",
            ".",
            "-",
            "inf",
            "-Infinity",
            "NaN",
            "nan",
            "infinite",
            "1_000",
            " 12",
            "0x1F",
            "99999999999999999999999999999999999999999",
            "'=1+1",
        ];
        for field in fields {
            let mut csv = csv::WriterBuilder::new()
                .terminator(csv::Terminator::CRLF)
                .quote_style(csv::QuoteStyle::NonNumeric)
                .has_headers(false)
                .from_writer(Vec::new());
            csv.serialize((field, 1234usize, field)).unwrap();
            let expected = csv.into_inner().unwrap();
            let mut by_hand = Vec::new();
            push_text(&mut by_hand, field);
            push_number(&mut by_hand, 1234);
            push_text(&mut by_hand, field);
            by_hand.pop();
            by_hand.extend_from_slice(b"\r\n");
            assert_eq!(
                String::from_utf8(by_hand).unwrap(),
                String::from_utf8(expected).unwrap(),
                "{field:?}"
            );
        }
        let mut zero = Vec::new();
        push_number(&mut zero, 0);
        assert_eq!(zero, b"0,");
    }

    #[test]
    fn rows_of_many_batches_are_written_in_order() {
        let dir = tempfile::tempdir().unwrap();
        let items: Vec<usize> = (0..150_001).collect();
        write_records(dir.path(), "n.csv", &items, b"n\r\n".to_vec(), |chunk, out| {
            for n in chunk {
                out.extend_from_slice(format!("{n}\r\n").as_bytes());
            }
            Ok(())
        })
        .unwrap();
        let expected: String = std::iter::once("\u{feff}n\r\n".to_string())
            .chain(items.iter().map(|n| format!("{n}\r\n")))
            .collect();
        assert_eq!(
            std::fs::read_to_string(dir.path().join("n.csv")).unwrap(),
            expected
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
