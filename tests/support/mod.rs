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

/// An article with one quotation of a named speaker.
pub const HARBOUR: &str = "Harbour plans\n\nMayor Ana Ortiz spoke in Lima on Monday.\n\n\
    “We will rebuild the harbour before the winter storms arrive and we will pay for it \
    ourselves,” Ortiz said.\n";
/// The same article with one word of the quotation changed: a `reworded` finding.
pub const HARBOUR_REWORDED: &str = "Harbour plans\n\nMayor Ana Ortiz spoke in Lima on Monday.\n\n\
    “We will repair the harbour before the winter storms arrive and we will pay for it \
    ourselves,” Ortiz said.\n";

/// The report files of a check.
pub const REPORTS: [&str; 4] = ["quotes.csv", "matches.csv", "clusters.csv", "report.html"];

/// A temporary folder holding `files`, `(path, text)`; a path may name folders under it.
pub fn tree(files: &[(&str, &str)]) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    for (name, text) in files {
        let path = dir.path().join(name);
        fs::create_dir_all(path.parent().unwrap()).unwrap();
        fs::write(path, text).unwrap();
    }
    dir
}

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

/// A cell without the `'` that keeps a spreadsheet from running it (written before a cell that
/// starts, after any spaces, with `=`, `+`, `-`, `@`, tab or CR).
fn unguarded(cell: &str) -> &str {
    match cell.strip_prefix('\'') {
        Some(rest)
            if rest
                .trim_start_matches(|c: char| c.is_whitespace() && c != '\t' && c != '\r')
                .starts_with(['=', '+', '-', '@', '\t', '\r']) =>
        {
            rest
        }
        _ => cell,
    }
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

/// Whether a source is read as markup (Markdown or HTML), by its extension.
fn markup(source: &str, extensions: &[&str]) -> bool {
    source
        .rsplit_once('.')
        .is_some_and(|(_, ext)| extensions.iter().any(|e| ext.eq_ignore_ascii_case(e)))
}

/// What a reader sees of a stretch of HTML: tags and comments dropped, the entities the tests
/// write decoded, white space one space.
fn html_shown(html: &str) -> String {
    let mut out = String::new();
    let mut rest = html;
    while let Some(c) = rest.chars().next() {
        if let Some(after) = rest.strip_prefix("<!--") {
            rest = after.split_once("-->").map_or("", |(_, r)| r);
        } else if c == '<' {
            rest = rest.split_once('>').map_or("", |(_, r)| r);
            out.push(' ');
        } else if c == '&'
            && let Some((entity, after)) = rest[1..].split_once(';')
            && let Some(decoded) = entity_char(entity)
        {
            out.push(decoded);
            rest = after;
        } else {
            out.push(c);
            rest = &rest[c.len_utf8()..];
        }
    }
    one_space(&out)
}

fn entity_char(entity: &str) -> Option<char> {
    if let Some(num) = entity.strip_prefix('#') {
        let code = match num.strip_prefix(['x', 'X']) {
            Some(hex) => u32::from_str_radix(hex, 16).ok()?,
            None => num.parse().ok()?,
        };
        return char::from_u32(code);
    }
    Some(match entity {
        "amp" => '&',
        "lt" => '<',
        "gt" => '>',
        "quot" => '"',
        "apos" => '\'',
        "nbsp" => '\u{a0}',
        "ldquo" => '“',
        "rdquo" => '”',
        "lsquo" => '‘',
        "rsquo" => '’',
        "mdash" => '—',
        "ndash" => '–',
        "hellip" => '…',
        _ => return None,
    })
}

/// `text` with every run of white space one space, trimmed.
pub fn one_space(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Checks that a quotation's `text` is what the file shows at `[start, end)` (`chars`): for
/// plain text the very characters; for HTML the characters a reader sees there (tags, comments
/// dropped, entities decoded, white space one space; marks that `<q>` implies aside); for
/// Markdown, the characters in order, markup between them dropped, the first and the last the
/// file's own.
fn assert_text_shows(source: &str, chars: &[char], start: usize, end: usize, text: &str) {
    let want: String = chars[start..end].iter().collect();
    if markup(source, &["html", "htm"]) {
        let (mut shown, mut text) = (html_shown(&want), one_space(text));
        if want.contains("<q") {
            let implied = ['“', '”', '‘', '’'];
            shown.retain(|c| !implied.contains(&c));
            text.retain(|c| !implied.contains(&c));
        }
        assert_eq!(
            shown, text,
            "{source}: text is what the file shows at {start}..{end}"
        );
    } else if markup(source, &["md", "markdown"]) {
        let mut file = want.chars();
        let all_in_order = text
            .chars()
            .filter(|c| !c.is_whitespace())
            .all(|c| file.any(|f| f == c));
        let ends = |t: &str| (t.chars().next(), t.chars().next_back());
        assert!(
            all_in_order && ends(text) == ends(&want),
            "{source}: text {text:?} is what the file shows at {start}..{end}: {want:?}"
        );
    } else {
        assert_eq!(
            text, want,
            "{source}: text is the file's characters {start}..{end}"
        );
    }
}

/// Checks the invariants of the report set in `out` for the sources in `root`: every report is
/// there and parses; each quotation's `text` is what the file shows at `[start, end)` (for plain
/// text, exactly its characters; see `assert_text_shows`); ids are unique; every id in
/// matches.csv and clusters.csv is in quotes.csv.
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
        assert_text_shows(source, chars, start, end, unguarded(&q["text"]));
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
