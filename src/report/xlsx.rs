//! `review.xlsx`: the workbook a reviewer sorts and annotates. Sheet "Findings" has one row a
//! finding, its columns in reviewing order (what is wrong, whose words, how they differ, where,
//! then the ids); "Clusters" lists the clusters and "Quotations" the quotations that stand in one
//! (`quotes.csv` has every quotation: an archive's would outgrow a sheet, and the time of a
//! check). Every text cell is written as text,
//! with the text number format, so that a spreadsheet never reads `9/11` as a date, `50%` as a
//! number or `=1+1` as a formula, and no guard character is needed.

use std::path::Path;

use rust_xlsxwriter::{DocProperties, ExcelDateTime, Format, FormatAlign, Workbook, Worksheet, XlsxError};

use super::CheckOutcome;
use super::findings::Finding;
use crate::types::Quote;

/// The file's name in the reports folder.
pub(crate) const NAME: &str = "review.xlsx";

/// Rows a sheet holds besides its header (Excel's limit).
const MAX_ROWS: usize = 1_048_575;
/// UTF-16 units a cell holds (Excel's limit); longer text is cut and marked.
const MAX_CELL: usize = 32_767;
const CUT_MARK: &str = " […]";

/// The columns of a sheet: header and width in characters, and whether the text wraps.
type Columns = [(&'static str, f64, bool)];

const FINDINGS: &Columns = &[
    ("severity", 9.0, false),
    ("verdict", 13.0, false),
    ("speakers", 22.0, true),
    ("changes", 36.0, true),
    ("text_a", 60.0, true),
    ("text_b", 60.0, true),
    ("source_a", 32.0, true),
    ("source_b", 32.0, true),
    ("finding_id", 19.0, false),
    ("standing", 10.0, false),
    ("notes", 40.0, true),
];

const CLUSTERS: &Columns = &[
    ("cluster_id", 19.0, false),
    ("status", 13.0, false),
    ("severity", 9.0, false),
    ("speaker", 22.0, true),
    ("sources", 8.0, false),
    ("quotes", 8.0, false),
    ("min_similarity", 10.0, false),
    ("text", 80.0, true),
];

const QUOTATIONS: &Columns = &[
    ("source", 32.0, true),
    ("line", 7.0, false),
    ("column", 7.0, false),
    ("kind", 9.0, false),
    ("speaker", 22.0, true),
    ("speaker_mention", 18.0, true),
    ("cue", 12.0, false),
    ("text", 80.0, true),
    ("quote_id", 24.0, false),
];

/// Writes `review.xlsx` into `dir`.
pub(crate) fn write(dir: &Path, outcome: &CheckOutcome) -> Result<(), XlsxError> {
    let mut book = Workbook::new();
    // A fixed creation time, not the clock's: the same check writes the same bytes, as the
    // CSV reports do.
    let created = ExcelDateTime::from_ymd(2000, 1, 1)?;
    book.set_properties(&DocProperties::new().set_creation_datetime(&created));
    let header = Format::new().set_bold().set_background_color("#DDE4EE");
    let text = Format::new().set_num_format("@").set_align(FormatAlign::Top);
    let wrapped = text.clone().set_text_wrap();
    let number = Format::new().set_align(FormatAlign::Top);
    let cell = |wrap: bool| if wrap { &wrapped } else { &text };

    let sheet = begin(book.add_worksheet(), "Findings", FINDINGS, &header)?;
    let mut findings: Vec<&Finding> = outcome.findings.list.iter().collect();
    // Errors first; new before accepted; then by place.
    findings.sort_by_key(|f| {
        let m = &outcome.matches[f.pair];
        let b = &outcome.quotes[m.b];
        (std::cmp::Reverse(m.severity()), f.standing, &b.source, b.start)
    });
    for (row, f) in (1..).zip(findings.iter().take(MAX_ROWS)) {
        let m = &outcome.matches[f.pair];
        let (a, b) = (&outcome.quotes[m.a], &outcome.quotes[m.b]);
        let speakers = if a.speaker == b.speaker || a.speaker.is_empty() {
            b.speaker.clone()
        } else if b.speaker.is_empty() {
            a.speaker.clone()
        } else {
            format!("{} / {}", a.speaker, b.speaker)
        };
        let place = |q: &Quote| format!("{}:{}", outcome.shown_path(&q.source), q.line);
        let cells = [
            m.severity().as_str().to_string(),
            m.verdict.as_str().to_string(),
            speakers,
            m.changes.clone(),
            m.text_a.clone(),
            m.text_b.clone(),
            place(a),
            place(b),
            f.id.clone(),
            f.standing.as_str().to_string(),
            String::new(),
        ];
        for (col, (value, &(_, _, wrap))) in (0..).zip(cells.iter().zip(FINDINGS)) {
            write_text(sheet, row, col, value, cell(wrap))?;
        }
    }
    finish(sheet, FINDINGS, findings.len())?;

    let sheet = begin(book.add_worksheet(), "Clusters", CLUSTERS, &header)?;
    let clusters = &outcome.aligned.clusters;
    for (row, (c, s)) in (1..).zip(clusters.iter().zip(&outcome.summaries).take(MAX_ROWS)) {
        let status = if s.consistent() {
            "consistent"
        } else {
            "inconsistent"
        };
        write_text(sheet, row, 0, &c.id, &text)?;
        write_text(sheet, row, 1, status, &text)?;
        write_text(sheet, row, 2, s.severity.as_str(), &text)?;
        write_text(sheet, row, 3, &s.speaker, &wrapped)?;
        sheet.write_number_with_format(row, 4, s.sources as f64, &number)?;
        sheet.write_number_with_format(row, 5, s.quotes as f64, &number)?;
        sheet.write_number_with_format(row, 6, s.min_similarity, &number)?;
        write_text(sheet, row, 7, &outcome.quotes[c.reference_quote].text, &wrapped)?;
    }
    finish(sheet, CLUSTERS, clusters.len())?;

    let sheet = begin(book.add_worksheet(), "Quotations", QUOTATIONS, &header)?;
    let mut clustered = vec![false; outcome.quotes.len()];
    for m in &outcome.matches {
        clustered[m.a] = true;
        clustered[m.b] = true;
    }
    let quotes: Vec<&Quote> = outcome
        .quotes
        .iter()
        .zip(&clustered)
        .filter_map(|(q, &c)| c.then_some(q))
        .collect();
    for (row, q) in (1..).zip(quotes.iter().take(MAX_ROWS)) {
        write_text(sheet, row, 0, &outcome.shown_path(&q.source), &wrapped)?;
        sheet.write_number_with_format(row, 1, q.line as f64, &number)?;
        sheet.write_number_with_format(row, 2, q.column as f64, &number)?;
        write_text(sheet, row, 3, q.kind.as_str(), &text)?;
        write_text(sheet, row, 4, &q.speaker, &wrapped)?;
        write_text(sheet, row, 5, &q.speaker_mention, &wrapped)?;
        write_text(sheet, row, 6, &q.cue, &text)?;
        write_text(sheet, row, 7, &q.text, &wrapped)?;
        write_text(sheet, row, 8, &q.id, &text)?;
    }
    finish(sheet, QUOTATIONS, quotes.len())?;

    let path = dir.join(NAME);
    book.save(&path)?;
    std::fs::File::open(&path)?.sync_all()?;
    super::set::written(NAME);
    Ok(())
}

/// Names the sheet, writes its header row and sets its column widths.
fn begin<'a>(
    sheet: &'a mut Worksheet,
    name: &str,
    columns: &Columns,
    header: &Format,
) -> Result<&'a mut Worksheet, XlsxError> {
    sheet.set_name(name)?;
    for (col, &(title, width, _)) in (0..).zip(columns) {
        sheet.write_string_with_format(0, col, title, header)?;
        sheet.set_column_width(col, width)?;
    }
    Ok(sheet)
}

/// Freezes the header and puts an autofilter over the rows written.
fn finish(sheet: &mut Worksheet, columns: &Columns, rows: usize) -> Result<(), XlsxError> {
    sheet.set_freeze_panes(1, 0)?;
    let last_row = rows.min(MAX_ROWS) as u32;
    sheet.autofilter(0, 0, last_row, columns.len() as u16 - 1)?;
    Ok(())
}

/// A text cell, typed as text; text beyond a cell's limit is cut and marked.
fn write_text(
    sheet: &mut Worksheet,
    row: u32,
    col: u16,
    value: &str,
    format: &Format,
) -> Result<(), XlsxError> {
    if value.is_empty() {
        sheet.write_blank(row, col, format)?;
        return Ok(());
    }
    let fits = value.len() <= MAX_CELL || value.encode_utf16().count() <= MAX_CELL;
    if fits {
        sheet.write_string_with_format(row, col, value, format)?;
        return Ok(());
    }
    let room = MAX_CELL - CUT_MARK.encode_utf16().count();
    let mut units = 0;
    let end = value
        .char_indices()
        .find(|&(_, c)| {
            units += c.len_utf16();
            units > room
        })
        .map_or(value.len(), |(i, _)| i);
    sheet.write_string_with_format(row, col, format!("{}{CUT_MARK}", &value[..end]), format)?;
    Ok(())
}
