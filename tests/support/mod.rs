//! What the CLI tests share: running the binary, reading reports, and the invariants every
//! report set must keep whatever the input.

#![allow(dead_code)]

use std::collections::{HashMap, HashSet};
use std::fs;
use std::path::Path;

use assert_cmd::Command;

pub fn kquote() -> Command {
    Command::cargo_bin("kquote").expect("binary built")
}

/// The report files of a check.
pub const REPORTS: [&str; 4] = ["quotes.csv", "matches.csv", "clusters.csv", "report.html"];

/// The rows of a report as maps from column to cell.
pub fn read_report(path: &Path) -> Vec<HashMap<String, String>> {
    let bytes = fs::read(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    assert!(
        bytes.starts_with("\u{feff}".as_bytes()),
        "{} has a BOM",
        path.display()
    );
    let mut reader = csv::Reader::from_reader(&bytes[3..]);
    let headers = reader.headers().expect("header").clone();
    reader
        .records()
        .map(|r| {
            headers
                .iter()
                .zip(r.expect("row").iter())
                .map(|(h, v)| (h.to_string(), v.to_string()))
                .collect()
        })
        .collect()
}

/// A cell as the report wrote it, without the `'` that keeps a spreadsheet from running it.
fn unguarded(cell: &str, original: &str) -> bool {
    cell == original || cell.strip_prefix('\'') == Some(original)
}

/// A source file's text as kquote reads it: UTF-16 after its byte-order mark, or UTF-8 (invalid
/// bytes replaced) without one.
pub fn decoded(bytes: &[u8]) -> String {
    let units = |pair: &[u8], big_endian: bool| {
        let pair = [pair[0], pair[1]];
        if big_endian {
            u16::from_be_bytes(pair)
        } else {
            u16::from_le_bytes(pair)
        }
    };
    match bytes {
        [0xFF, 0xFE, rest @ ..] | [0xFE, 0xFF, rest @ ..] => {
            let big_endian = bytes[0] == 0xFE;
            let units: Vec<u16> = rest.chunks_exact(2).map(|p| units(p, big_endian)).collect();
            String::from_utf16_lossy(&units)
        }
        [0xEF, 0xBB, 0xBF, rest @ ..] => String::from_utf8_lossy(rest).into_owned(),
        _ => String::from_utf8_lossy(bytes).into_owned(),
    }
}

/// Checks the invariants of the report set in `out` for the sources in `root`: every report is
/// there and parses; each quotation's `text` is the file's characters `[start, end)`; ids are
/// unique; every id in matches.csv and clusters.csv is in quotes.csv.
pub fn assert_reports_whole(root: &Path, out: &Path) {
    for name in REPORTS {
        assert!(
            out.join(name).is_file(),
            "{} is written",
            out.join(name).display()
        );
    }
    let quotes = read_report(&out.join("quotes.csv"));
    let mut ids = HashSet::new();
    let mut texts: HashMap<String, Vec<char>> = HashMap::new();
    for q in &quotes {
        assert!(
            ids.insert(q["quote_id"].clone()),
            "quote id {} is unique",
            q["quote_id"]
        );
        let source = &q["source"];
        let chars = texts.entry(source.clone()).or_insert_with(|| {
            decoded(&fs::read(root.join(source)).unwrap_or_default())
                .chars()
                .collect()
        });
        if chars.is_empty() {
            // A source whose name or encoding the test cannot reopen as written.
            continue;
        }
        let (start, end): (usize, usize) = (q["start"].parse().unwrap(), q["end"].parse().unwrap());
        assert!(
            start <= end && end <= chars.len(),
            "{source}: {start}..{end} within the text"
        );
        let want: String = chars[start..end].iter().collect();
        assert!(
            unguarded(&q["text"], &want),
            "{source}: text {:?} is the file's {want:?}",
            q["text"]
        );
    }
    for m in read_report(&out.join("matches.csv")) {
        for side in ["quote_a", "quote_b"] {
            assert!(
                ids.contains(&m[side]),
                "matches.csv {side} {} is in quotes.csv",
                m[side]
            );
        }
        assert_ne!(m["quote_a"], m["quote_b"], "a match pairs two quotations");
    }
    for c in read_report(&out.join("clusters.csv")) {
        if let Some(id) = c.get("reference_quote") {
            assert!(ids.contains(id), "clusters.csv reference {id} is in quotes.csv");
        }
    }
}
