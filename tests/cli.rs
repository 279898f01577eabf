//! Runs the real `kquote` binary on real folders.

mod support;

use std::collections::HashMap;
use std::fs;
use std::path::Path;

use assert_cmd::Command;
use predicates::prelude::*;
use support::{kquote, read_report, tree as sources};

/// `kquote check DIR --out DIR/r`.
fn check_dir(dir: &Path) -> Command {
    let mut cmd = kquote();
    cmd.arg("check").arg(dir).arg("--out").arg(dir.join("r"));
    cmd
}

fn check_sources(out: &Path) -> Vec<HashMap<String, String>> {
    kquote()
        .args(["check", "sources", "--out"])
        .arg(out)
        .assert()
        .code(predicate::in_iter([0, 1]));
    read_report(&out.join("quotes.csv"))
}

/// The quotation of `source` whose text starts with `prefix`.
fn find<'a>(rows: &'a [HashMap<String, String>], source: &str, prefix: &str) -> &'a HashMap<String, String> {
    rows.iter()
        .find(|r| r["source"] == source && r["text"].starts_with(prefix))
        .unwrap_or_else(|| panic!("no quotation {prefix:?} in {source}"))
}

const ASMOLOV: &str = "2024-12-asmolov-umerov-visit-to-seoul.txt";
const DELEGATION: &str = "2024-11-28-ukrainian-delegation-visits-seoul.txt";
const PUTIN: &str = "2024-06-21-putin-warns-south-korea.txt";
const RELENT: &str = "2024-06-21-south-korea-may-relent.txt";
const YOON: &str = "2023-04-26-ethnic-koreans-no-arms-to-ukraine.txt";

#[test]
fn quotes_csv_has_the_documented_columns_and_spreadsheet_format() {
    let out = tempfile::tempdir().unwrap();
    check_sources(out.path());
    let bytes = fs::read(out.path().join("quotes.csv")).unwrap();
    let text = String::from_utf8(bytes).unwrap();
    // Every text cell is quoted, so that no spreadsheet splits one at a `;`; numbers are not.
    assert!(text.starts_with(
        "\u{feff}\"quote_id\",\"cluster_id\",\"version_id\",\"source\",\"line\",\"column\",\"start\",\"end\",\"words\",\"kind\",\"speaker\",\"speaker_mention\",\"cue\",\"text\"\r\n"
    ));
    let first_row = text.lines().nth(1).unwrap();
    let line_cell = first_row.split("\",").nth(4).unwrap();
    assert!(line_cell.starts_with(|c: char| c.is_ascii_digit()), "{first_row}");
    assert_eq!(
        text.matches('\n').count(),
        text.matches("\r\n").count(),
        "every line ends with CRLF"
    );
}

#[test]
fn every_text_is_the_files_characters_between_start_and_end() {
    let out = tempfile::tempdir().unwrap();
    let rows = check_sources(out.path());
    assert!(rows.len() > 30);
    for row in &rows {
        let file = fs::read_to_string(Path::new("sources").join(&row["source"])).unwrap();
        let chars: Vec<char> = file.trim_start_matches('\u{feff}').chars().collect();
        let (start, end): (usize, usize) = (row["start"].parse().unwrap(), row["end"].parse().unwrap());
        let text = row["text"]
            .strip_prefix('\'')
            .filter(|t| t.starts_with(['=', '+', '-', '@']))
            .unwrap_or(&row["text"]);
        assert_eq!(chars[start..end].iter().collect::<String>(), text, "{row:?}");
        assert!(row["quote_id"].parse::<f64>().is_err(), "id is not a number");
    }
    let mut ids: Vec<&str> = rows.iter().map(|r| r["quote_id"].as_str()).collect();
    ids.sort();
    ids.dedup();
    assert_eq!(ids.len(), rows.len(), "quote ids are unique");
}

#[test]
fn rudenko_statement_is_one_dash_quotation() {
    let out = tempfile::tempdir().unwrap();
    let rows = check_sources(out.path());
    let q = find(&rows, ASMOLOV, "With regard to Seoul’s linking");
    assert!(q["text"].ends_with("between our countries."));
    assert!(q["speaker"].contains("Rudenko"));
    assert_eq!(q["kind"], "quote");
    let inner = rows
        .iter()
        .filter(|r| r["source"] == ASMOLOV && r["text"].contains("like-minded partners"))
        .count();
    assert_eq!(inner, 1, "quotes nested in the statement are part of it");
}

#[test]
fn delegation_article_quotes_and_speakers() {
    let out = tempfile::tempdir().unwrap();
    let rows = check_sources(out.path());
    for (prefix, speaker) in [
        ("Seoul must realize", "Andrey Rudenko"),
        ("Of course, we will respond", "Andrey Rudenko"),
        ("fully destroy relations", "Andrey Rudenko"),
        ("it’s a little bit of gaslighting there", "Patrick Ryder"),
        ("They could end this war today", "Patrick Ryder"),
    ] {
        assert_eq!(find(&rows, DELEGATION, prefix)["speaker"], speaker, "{prefix}");
    }
    assert_eq!(
        find(&rows, DELEGATION, "Seoul must realize")["speaker_mention"],
        "Rudenko"
    );
}

#[test]
fn june_articles_quotes_and_speakers() {
    let out = tempfile::tempdir().unwrap();
    let rows = check_sources(out.path());
    let unclosed = find(&rows, PUTIN, "a big mistake if it arms Ukraine");
    assert_eq!(
        unclosed["text"],
        "a big mistake if it arms Ukraine in the war against Russia."
    );
    assert_eq!(unclosed["speaker"], "Vladimir Putin");
    let described = find(&rows, PUTIN, "will… [make] decisions");
    assert_eq!(
        (
            described["speaker"].as_str(),
            described["speaker_mention"].as_str()
        ),
        ("Vladimir Putin", "the Russian president")
    );
    assert_eq!(find(&rows, PUTIN, "Those who supply")["speaker_mention"], "he");
    assert_eq!(
        find(&rows, PUTIN, "Those who supply")["speaker"],
        "Vladimir Putin"
    );
    assert_eq!(
        find(&rows, PUTIN, "threaten or blackmail")["speaker"],
        "Georgy Zinoviev"
    );
    assert_eq!(find(&rows, PUTIN, "be of concern")["speaker"], "John Kirby");
    assert_eq!(
        find(&rows, RELENT, "will... [make] decisions")["speaker"],
        "Vladimir Putin"
    );
    assert_eq!(
        find(&rows, RELENT, "I wonder what the people")["speaker"],
        "Dmitry Medvedev"
    );
    assert_eq!(
        find(&rows, RELENT, "threaten or blackmail")["speaker"],
        "Georgy Zinoviev"
    );
    assert_eq!(find(&rows, YOON, "If there is a situation")["speaker"], "Yoon");
}

#[test]
fn scare_quotes_are_terms() {
    let out = tempfile::tempdir().unwrap();
    let rows = check_sources(out.path());
    assert_eq!(find(&rows, ASMOLOV, "already")["kind"], "term");
    assert_eq!(find(&rows, PUTIN, "aggression")["kind"], "term");
}

#[test]
fn missing_folder_is_exit_2_with_a_message() {
    let out = tempfile::tempdir().unwrap();
    kquote()
        .args(["check", "no/such/folder", "--out"])
        .arg(out.path())
        .assert()
        .code(2)
        .stderr(predicate::str::contains("no/such/folder: no such file or folder"));
}

#[test]
fn folder_without_sources_is_exit_2() {
    let dir = tempfile::tempdir().unwrap();
    fs::write(dir.path().join("image.png"), b"\x89PNG").unwrap();
    fs::create_dir(dir.path().join(".hidden")).unwrap();
    fs::write(dir.path().join(".hidden/a.txt"), "He said “hidden text here.”").unwrap();
    check_dir(dir.path())
        .assert()
        .code(2)
        .stderr(predicate::str::contains("no sources"));
}

#[test]
fn a_file_that_is_no_source_is_not_read() {
    kquote()
        .args(["check", "Cargo.toml"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains(
            "Cargo.toml: no sources (.txt, .md, .markdown, .html or .htm files) found",
        ));
}

#[test]
fn bad_files_are_named_and_the_rest_is_checked() {
    let dir = tempfile::tempdir().unwrap();
    let src = dir.path().join("src");
    fs::create_dir_all(src.join("sub dir")).unwrap();
    fs::write(src.join("good.txt"), "“We are ready to talk,” Ann Lee said.").unwrap();
    fs::write(
        src.join("sub dir/ünï cödé.md"),
        "\u{feff}Mayor Bo Kim said: “Roads first, then schools.”",
    )
    .unwrap();
    fs::write(src.join("latin1.txt"), b"caf\xe9 \xab bad \xbb").unwrap();
    fs::write(src.join("binary.txt"), b"\x00\x01\x02binary").unwrap();
    fs::write(src.join("empty.txt"), b"").unwrap();
    fs::write(src.join("notes.csv"), "ignored").unwrap();
    let out = dir.path().join("reports");
    kquote()
        .arg("check")
        .arg(&src)
        .arg("--out")
        .arg(&out)
        .assert()
        .code(2)
        .stderr(predicate::str::contains(
            "latin1.txt: not UTF-8 text (invalid byte at offset 3)",
        ))
        .stderr(predicate::str::contains("binary.txt: binary file"))
        .stderr(predicate::str::contains("empty.txt: empty"));
    let rows = read_report(&out.join("quotes.csv"));
    let sources: Vec<&str> = rows.iter().map(|r| r["source"].as_str()).collect();
    assert_eq!(sources, ["good.txt", "sub dir/ünï cödé.md"]);
    assert_eq!(rows[1]["speaker"], "Bo Kim");
    assert_eq!(rows[1]["start"], "20", "the BOM is not counted");
}

#[test]
fn oversized_files_are_skipped_with_a_reason() {
    let dir = tempfile::tempdir().unwrap();
    fs::write(dir.path().join("big.txt"), "x".repeat(2000)).unwrap();
    fs::write(dir.path().join("small.txt"), "“Fine,” she said.").unwrap();
    kquote()
        .arg("check")
        .arg(dir.path())
        .args(["--max-file-size", "1000", "--out"])
        .arg(dir.path().join("r"))
        .assert()
        .code(2)
        .stderr(predicate::str::contains("big.txt: too large (2000 bytes"));
}

#[test]
fn formula_like_text_is_guarded() {
    let dir = sources(&[(
        "a.txt",
        "He wrote: “=HYPERLINK(\"x\") is a trick,” the analyst said.",
    )]);
    check_dir(dir.path()).assert().success();
    let rows = read_report(&dir.path().join("r/quotes.csv"));
    assert!(rows[0]["text"].starts_with("'=HYPERLINK"));
}

#[test]
fn sources_fail_ci_with_the_rudenko_rewording_on_stdout() {
    let out = tempfile::tempdir().unwrap();
    kquote()
        .args(["check", "sources", "--out"])
        .arg(out.path())
        .env("NO_COLOR", "1")
        .assert()
        .code(1)
        .stdout(predicate::str::contains(
            "error: Andrey Yuryevich Rudenko is quoted differently in 2 sources",
        ))
        .stdout(predicate::str::contains("[-understand-] {+realize+}"))
        .stdout(predicate::str::contains(
            "2024-11-28-ukrainian-delegation-visits-seoul.txt:20:1  reworded",
        ))
        .stdout(predicate::str::contains(
            "5 sources, 44 quotations, 4 clusters: 2 errors, 0 warnings; reports in",
        ))
        .stdout(predicate::str::contains("\u{1b}[").not());
}

#[test]
fn colour_only_when_asked_or_on_a_terminal() {
    let out = tempfile::tempdir().unwrap();
    kquote()
        .args(["check", "sources", "--color", "always", "--out"])
        .arg(out.path())
        .assert()
        .code(1)
        .stdout(predicate::str::contains("\u{1b}["));
}

#[test]
fn silent_prints_nothing_and_verbose_shows_consistent_clusters() {
    let out = tempfile::tempdir().unwrap();
    kquote()
        .args(["check", "sources", "-qq", "--out"])
        .arg(out.path())
        .assert()
        .code(1)
        .stdout("");
    kquote()
        .args(["check", "sources", "-v", "--out"])
        .arg(out.path())
        .env("NO_COLOR", "1")
        .assert()
        .code(1)
        .stdout(predicate::str::contains("consistent: Georgy Zinoviev"))
        .stdout(predicate::str::contains("reference (+1 more source)"));
}

#[test]
fn reports_are_byte_identical_at_any_thread_count() {
    let one = tempfile::tempdir().unwrap();
    let two = tempfile::tempdir().unwrap();
    kquote()
        .args(["check", "sources", "-q", "--threads", "1", "--out"])
        .arg(one.path())
        .assert()
        .code(1);
    kquote()
        .args(["check", "sources", "-q", "--threads", "2", "--out"])
        .arg(two.path())
        .assert()
        .code(1);
    for name in ["quotes.csv", "matches.csv", "clusters.csv"] {
        assert_eq!(
            fs::read(one.path().join(name)).unwrap(),
            fs::read(two.path().join(name)).unwrap(),
            "{name}"
        );
    }
}

#[test]
fn consistent_sources_exit_0() {
    let dir = sources(&[
        (
            "a.txt",
            "“We will rebuild every bridge in the county,” Mayor Ann Lee said.",
        ),
        (
            "b.txt",
            "Ann Lee said: \"We will rebuild every bridge in the county.\"",
        ),
    ]);
    check_dir(dir.path()).assert().code(0);
    // One version in two sources: a cluster, and nothing to judge.
    assert!(read_report(&dir.path().join("r/matches.csv")).is_empty());
    let clusters = read_report(&dir.path().join("r/clusters.csv"));
    assert_eq!((clusters.len(), clusters[0]["sources"].as_str()), (1, "2"));
    let quotes = read_report(&dir.path().join("r/quotes.csv"));
    assert_eq!(quotes[0]["version_id"], quotes[1]["version_id"]);
    assert_eq!(quotes[0]["cluster_id"], clusters[0]["cluster_id"]);
}

#[test]
fn misattributed_quotation_fails_ci() {
    let dir = sources(&[
        (
            "a.txt",
            "“We will rebuild every bridge in the county,” Mayor Ann Lee said.",
        ),
        (
            "b.txt",
            "Governor Tom Ford said: “We will rebuild every bridge in the county.”",
        ),
    ]);
    check_dir(dir.path()).assert().code(1);
    let rows = read_report(&dir.path().join("r/matches.csv"));
    assert_eq!(rows[0]["verdict"], "misattributed");
    assert_eq!(
        (rows[0]["speaker_a"].as_str(), rows[0]["speaker_b"].as_str()),
        ("Ann Lee", "Tom Ford")
    );
}

#[test]
fn threads_must_be_positive() {
    kquote()
        .args(["check", "sources", "--threads", "0"])
        .assert()
        .code(2);
}

#[test]
fn printings_of_one_version_are_judged_once_by_the_first() {
    let dir = sources(&[
        (
            "a.txt",
            "“I’d like to know who those people are and why they came here,” Ann Lee said.",
        ),
        (
            "b.txt",
            "\"I'd like to know who those people are and why,\" Ann Lee said.",
        ),
        (
            "c.txt",
            "“I’d like to know who those people are and why,” Ann Lee said.",
        ),
    ]);
    check_dir(dir.path()).assert().code(0);
    let rows = read_report(&dir.path().join("r/matches.csv"));
    // The two shorter printings are one version, judged once by its first printing.
    let texts: Vec<(&str, &str)> = rows
        .iter()
        .map(|r| (r["text_b"].as_str(), r["copies_b"].as_str()))
        .collect();
    assert_eq!(texts, [("I'd like to know who those people are and why", "2")]);
}

#[test]
fn a_quotation_repeated_in_the_references_source_is_compared_with_another_source() {
    let dir = sources(&[
        (
            "a.txt",
            "Lee: “Every bridge in the county”\n\n“We will rebuild every bridge in the county before the \
             winter comes,” Mayor Ann Lee said on Monday.",
        ),
        (
            "b.txt",
            "Mayor Ann Lee promised to rebuild “every bridge in the county” before winter.",
        ),
    ]);
    let out = check_dir(dir.path()).arg("--verbose").assert().code(0);
    let rows = read_report(&dir.path().join("r/matches.csv"));
    assert_eq!(rows.len(), 2, "{rows:?}");
    assert!(rows.iter().all(|r| r["source_a"] != r["source_b"]), "{rows:?}");
    // Both rows stay in the one cluster, and the terminal names what the headline is judged against.
    assert!(rows.iter().all(|r| r["cluster_id"] == rows[0]["cluster_id"]));
    let stdout = String::from_utf8_lossy(&out.get_output().stdout).to_string();
    // Paths are shown as from the working directory: here the temporary folder's own.
    let against = format!("against {}/b.txt:1:", dir.path().display());
    assert!(stdout.contains(&against), "{stdout}");
}

#[test]
fn reports_without_rows_still_have_their_headers() {
    // One source: quotations, but nothing to align them with.
    let dir = sources(&[(
        "only.txt",
        "Headline\n\n“We will rebuild the levee,” Ana Ruiz said.\n",
    )]);
    check_dir(dir.path()).assert().code(0);
    let header = |name: &str| {
        let bytes = fs::read(dir.path().join("r").join(name)).expect("report exists");
        let text = String::from_utf8(bytes).expect("UTF-8");
        text.trim_start_matches('\u{feff}')
            .lines()
            .next()
            .unwrap_or("")
            .to_string()
    };
    assert!(header("matches.csv").starts_with("\"cluster_id\",\"verdict\",\"severity\",\"similarity\","));
    assert!(header("clusters.csv").starts_with("\"cluster_id\",\"status\",\"severity\",\"speaker\","));
    assert!(read_report(&dir.path().join("r").join("matches.csv")).is_empty());
}

#[test]
fn copies_that_differ_in_their_numbers_are_analysed_once_and_report_their_own_words() {
    let story = |n: u32, months: u32| {
        format!(
            "Dispatch {n:07}\n\nMayor Ana Ortiz spoke on Monday.\n\n“We will rebuild the harbour in \
             {months} months and open it to every ship,” Ortiz said.\n"
        )
    };
    let dir = sources(&[
        ("a.txt", &story(17, 12)),
        ("b.txt", &story(18, 12)),
        ("c.txt", &story(19, 18)),
    ]);
    check_dir(dir.path())
        .arg("-v")
        .env("NO_COLOR", "1")
        .assert()
        .code(1)
        .stderr(predicate::str::contains("2 sources analysed as copies of others"));
    let quotes = read_report(&dir.path().join("r/quotes.csv"));
    let read: Vec<(&str, &str, &str)> = quotes
        .iter()
        .map(|r| (r["source"].as_str(), r["speaker"].as_str(), r["text"].as_str()))
        .collect();
    let said =
        |months: &str| format!("We will rebuild the harbour in {months} months and open it to every ship,");
    assert_eq!(
        read,
        [
            ("a.txt", "Ana Ortiz", said("12").as_str()),
            ("b.txt", "Ana Ortiz", said("12").as_str()),
            ("c.txt", "Ana Ortiz", said("18").as_str())
        ]
    );
    let matches = read_report(&dir.path().join("r/matches.csv"));
    assert!(
        matches
            .iter()
            .any(|r| r["text_b"].contains("18 months") || r["text_a"].contains("18 months"))
    );
}
