//! Stage 6a: the CSV reports, written for spreadsheets.
//!
//! UTF-8 with a byte-order mark (so spreadsheets detect the encoding), CRLF line ends, text cells
//! that could run as formulas prefixed with `'`, and every file written to a temporary file first
//! and renamed into place, so a report is never half-written.

use std::borrow::Cow;
use std::io::Write;
use std::path::Path;

use serde::Serialize;

use crate::quote::Quote;

/// `quotes.csv`: one row per quotation.
#[derive(Debug, Serialize)]
struct QuoteRow<'a> {
    quote_id: &'a str,
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

/// Writes `quotes.csv` into `dir`, rows in the order given.
pub fn write_quotes(dir: &Path, quotes: &[Quote]) -> std::io::Result<()> {
    write_csv(
        dir,
        "quotes.csv",
        quotes.iter().map(|q| QuoteRow {
            quote_id: &q.id,
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
        }),
    )
}

/// Prefixes a cell with `'` when a spreadsheet would read it as a formula.
pub fn guard(cell: &str) -> Cow<'_, str> {
    if cell.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        Cow::Owned(format!("'{cell}"))
    } else {
        Cow::Borrowed(cell)
    }
}

/// Serializes `rows` as `dir/name` atomically: a temporary file in `dir`, then a rename.
pub fn write_csv<R: Serialize>(
    dir: &Path,
    name: &str,
    rows: impl IntoIterator<Item = R>,
) -> std::io::Result<()> {
    std::fs::create_dir_all(dir)?;
    let mut tmp = tempfile::Builder::new()
        .prefix(&format!(".{name}."))
        .suffix(".tmp")
        .tempfile_in(dir)?;
    {
        let mut out = std::io::BufWriter::new(tmp.as_file_mut());
        out.write_all("\u{feff}".as_bytes())?;
        let mut csv = csv::WriterBuilder::new()
            .terminator(csv::Terminator::CRLF)
            .from_writer(&mut out);
        for row in rows {
            csv.serialize(row).map_err(std::io::Error::other)?;
        }
        csv.flush()?;
        drop(csv);
        out.flush()?;
    }
    tmp.as_file().sync_all()?;
    tmp.persist(dir.join(name)).map_err(|e| e.error)?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formula_cells_are_guarded() {
        assert_eq!(guard("=SUM(A1)"), "'=SUM(A1)");
        assert_eq!(guard("-5 percent"), "'-5 percent");
        assert_eq!(guard("@user"), "'@user");
        assert_eq!(guard("fine"), "fine");
    }

    #[test]
    fn csv_has_bom_crlf_and_no_temp_left() {
        #[derive(Serialize)]
        struct Row {
            a: &'static str,
        }
        let dir = tempfile::tempdir().unwrap();
        write_csv(dir.path(), "t.csv", [Row { a: "x" }, Row { a: "y\nz" }]).unwrap();
        let bytes = std::fs::read(dir.path().join("t.csv")).unwrap();
        assert!(bytes.starts_with("\u{feff}a\r\nx\r\n".as_bytes()));
        assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 1);
    }
}
