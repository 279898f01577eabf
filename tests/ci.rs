//! kquote as a CI citizen: finding ids that survive edits, accepted and baselined findings,
//! `--fail-on`, the machine formats validated against their schemas, the review workbook, the
//! quiet levels, completions and the man page. Runs the real binary on real folders.

mod support;

use std::fs;
use std::path::Path;

use calamine::{Data, Reader, Xlsx, open_workbook};
use predicates::prelude::*;
use serde_json::Value;
use support::{kquote, tree as sources};

/// `kquote check DIR --out OUT --format json` as JSON, and its exit code.
fn json_findings(dir: &Path, out: &Path, extra: &[&str]) -> (Value, i32) {
    let output = kquote()
        .arg("check")
        .arg(dir)
        .arg("--out")
        .arg(out)
        .args(["--format", "json"])
        .args(extra)
        .output()
        .unwrap();
    let json = serde_json::from_slice(&output.stdout).expect("JSON on stdout");
    (json, output.status.code().unwrap())
}

fn ids(findings: &Value) -> Vec<String> {
    let mut ids: Vec<String> = findings
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["id"].as_str().unwrap().to_string())
        .collect();
    ids.sort();
    ids
}

const LEVEE_A: &str = "The council met on Monday.\n\n“We will rebuild the levee before the spring floods come back to the valley,” Ann Lee said.\n";
const LEVEE_B: &str = "Rain fell all week.\n\n“We will repair the levee before the spring floods come back to the valley,” Ann Lee said.\n";

#[test]
fn an_id_survives_text_added_above_and_changes_with_a_quoted_word() {
    let dir = sources(&[("a.txt", LEVEE_A), ("b.txt", LEVEE_B)]);
    let out = tempfile::tempdir().unwrap();
    let (before, code) = json_findings(dir.path(), out.path(), &[]);
    assert_eq!(code, 1);
    assert_eq!(ids(&before).len(), 1, "{before:#}");
    let cluster = before[0]["cluster_id"].clone();

    // A paragraph above the quotation moves it; the finding and its cluster keep their ids.
    let above = format!("An editor's note was added here.\n\nAnd a second paragraph.\n\n{LEVEE_B}");
    fs::write(dir.path().join("b.txt"), above).unwrap();
    let (moved, _) = json_findings(dir.path(), out.path(), &[]);
    assert_eq!(ids(&moved), ids(&before));
    assert_eq!(moved[0]["cluster_id"], cluster);
    assert_ne!(moved[0]["b"]["line"], before[0]["b"]["line"]);

    // Another quoted word is another finding.
    fs::write(dir.path().join("b.txt"), LEVEE_B.replace("repair", "fix")).unwrap();
    let (changed, _) = json_findings(dir.path(), out.path(), &[]);
    assert_eq!(ids(&changed).len(), 1);
    assert_ne!(ids(&changed), ids(&before));
}

#[test]
fn accepting_the_findings_of_sources_in_kquote_toml_passes_the_check() {
    let out = tempfile::tempdir().unwrap();
    let (findings, code) = json_findings(Path::new("sources"), out.path(), &[]);
    assert_eq!(code, 1);
    let config = tempfile::tempdir().unwrap();
    let path = config.path().join("kquote.toml");
    let accepted: String = ids(&findings)
        .iter()
        .map(|id| format!("[[accept]]\nid = \"{id}\"\nnote = \"checked against the transcript\"\n\n"))
        .collect();
    fs::write(&path, &accepted).unwrap();
    kquote()
        .args(["check", "sources", "--config"])
        .arg(&path)
        .arg("--out")
        .arg(out.path())
        .env("NO_COLOR", "1")
        .assert()
        .code(0)
        .stdout(predicate::str::contains("0 errors, 0 warnings (2 accepted)"));
    // An accepted finding that no longer occurs is stale, shown with --verbose.
    fs::write(
        &path,
        format!("{accepted}[[accept]]\nid = \"f0123456789abcdef\"\n"),
    )
    .unwrap();
    kquote()
        .args(["check", "sources", "-v", "--config"])
        .arg(&path)
        .arg("--out")
        .arg(out.path())
        .env("NO_COLOR", "1")
        .assert()
        .code(0)
        .stdout(predicate::str::contains(
            "stale: finding f0123456789abcdef is accepted in kquote.toml but no longer occurs",
        ));
}

#[test]
fn kquote_toml_is_found_in_the_checked_folder_and_its_paths_are_its_own() {
    let dir = sources(&[("a.txt", LEVEE_A), ("b.txt", LEVEE_B)]);
    fs::write(
        dir.path().join("kquote.toml"),
        "out = \"r\"\nfail-on = \"never\"\n",
    )
    .unwrap();
    kquote().arg("check").arg(dir.path()).assert().code(0);
    assert!(dir.path().join("r/matches.csv").is_file());
    // A bad file fails the check with its name and the reason.
    fs::write(dir.path().join("kquote.toml"), "fail_on = \"never\"\n").unwrap();
    kquote()
        .arg("check")
        .arg(dir.path())
        .assert()
        .code(2)
        .stderr(predicate::str::contains("kquote.toml").and(predicate::str::contains("fail_on")));
}

#[test]
fn a_written_baseline_passes_the_check_and_reports_only_new_findings() {
    let out = tempfile::tempdir().unwrap();
    let baseline = tempfile::tempdir().unwrap();
    let file = baseline.path().join("kquote-baseline.json");
    kquote()
        .args(["check", "sources", "-q", "--out"])
        .arg(out.path())
        .arg("--write-baseline")
        .arg(&file)
        .assert()
        .code(0);
    let written: Value = serde_json::from_slice(&fs::read(&file).unwrap()).unwrap();
    assert_eq!(written["kquote_baseline"], 1);
    assert_eq!(written["findings"].as_array().unwrap().len(), 2);
    kquote()
        .args(["check", "sources", "--out"])
        .arg(out.path())
        .arg("--baseline")
        .arg(&file)
        .env("NO_COLOR", "1")
        .assert()
        .code(0)
        .stdout(predicate::str::contains(
            "0 errors, 0 warnings (2 in the baseline)",
        ));
    // A new finding beside the baselined ones fails the check, and is the only one shown.
    let dir = sources(&[("a.txt", LEVEE_A), ("b.txt", LEVEE_B)]);
    kquote()
        .arg("check")
        .arg(dir.path())
        .arg("--out")
        .arg(out.path())
        .arg("--write-baseline")
        .arg(&file)
        .assert()
        .code(0);
    fs::write(dir.path().join("c.txt"), LEVEE_B.replace("repair", "fix")).unwrap();
    let (new, code) = json_findings(dir.path(), out.path(), &["--baseline", file.to_str().unwrap()]);
    assert_eq!(code, 1);
    assert_eq!(new.as_array().unwrap().len(), 1);
    assert!(new[0]["changes"].as_str().unwrap().contains("fix"), "{new:#}");
}

#[test]
fn fail_on_sets_what_fails_the_check() {
    // Only a variant (a warning): `defence` against `defense`.
    let warning = sources(&[
        (
            "a.txt",
            "“Our national defence will never be negotiable at any table,” Ann Lee said.\n",
        ),
        (
            "b.txt",
            "“Our national defense will never be negotiable at any table,” Ann Lee said.\n",
        ),
    ]);
    let out = tempfile::tempdir().unwrap();
    for (dir, fail_on, code) in [
        (warning.path(), "error", 0),
        (warning.path(), "warning", 1),
        (warning.path(), "never", 0),
        (Path::new("sources"), "error", 1),
        (Path::new("sources"), "warning", 1),
        (Path::new("sources"), "never", 0),
    ] {
        kquote()
            .arg("check")
            .arg(dir)
            .arg("--out")
            .arg(out.path())
            .args(["-q", "--fail-on", fail_on])
            .assert()
            .code(code);
    }
    // The same from kquote.toml; the flag wins over the file.
    fs::write(warning.path().join("kquote.toml"), "fail-on = \"warning\"\n").unwrap();
    let check = |extra: &[&str]| {
        let mut cmd = kquote();
        cmd.arg("check")
            .arg(warning.path())
            .arg("--out")
            .arg(out.path())
            .arg("-q")
            .args(extra);
        cmd
    };
    check(&[]).assert().code(1);
    check(&["--fail-on", "error"]).assert().code(0);
}

#[test]
fn json_output_validates_against_its_schema() {
    let schema: Value =
        serde_json::from_str(&fs::read_to_string("schema/findings.schema.json").unwrap()).unwrap();
    let validator = jsonschema::validator_for(&schema).expect("a valid schema");
    let out = tempfile::tempdir().unwrap();
    let (findings, _) = json_findings(Path::new("sources"), out.path(), &[]);
    let errors: Vec<String> = validator.iter_errors(&findings).map(|e| e.to_string()).collect();
    assert!(errors.is_empty(), "{errors:#?}");
    assert_eq!(findings.as_array().unwrap().len(), 2);
    let first = &findings[0];
    assert_eq!(first["verdict"], "reworded");
    assert!(first["b"]["path"].as_str().unwrap().starts_with("sources/"));
    // A finding that breaks the schema is caught.
    let mut broken = findings.clone();
    broken[0]["id"] = Value::from("f12");
    assert!(!validator.is_valid(&broken));
}

#[test]
fn sarif_output_validates_against_the_sarif_2_1_0_schema() {
    // The published schema's `language` patterns have a stray `]`, which a regex in Unicode
    // mode refuses: they are read here as meant (kquote writes no `language`).
    let published = fs::read_to_string("schema/sarif-schema-2.1.0.json").unwrap();
    let stray = r#""^[a-zA-Z]{2}|^[a-zA-Z]{2}-[a-zA-Z]{2}]?$""#;
    assert_eq!(published.matches(stray).count(), 2);
    let meant = published.replace(stray, r#""^[a-zA-Z]{2}$|^[a-zA-Z]{2}-[a-zA-Z]{2}$""#);
    let schema: Value = serde_json::from_str(&meant).unwrap();
    let validator = jsonschema::validator_for(&schema).expect("a valid schema");
    let out = tempfile::tempdir().unwrap();
    let config = tempfile::tempdir().unwrap();
    let path = config.path().join("kquote.toml");
    let (findings, _) = json_findings(Path::new("sources"), out.path(), &[]);
    let first = ids(&findings)[0].clone();
    fs::write(&path, format!("[[accept]]\nid = \"{first}\"\nnote = \"fine\"\n")).unwrap();
    let output = kquote()
        .args(["check", "sources", "--format", "sarif", "--config"])
        .arg(&path)
        .arg("--out")
        .arg(out.path())
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(1));
    let sarif: Value = serde_json::from_slice(&output.stdout).unwrap();
    let errors: Vec<String> = validator.iter_errors(&sarif).map(|e| e.to_string()).collect();
    assert!(errors.is_empty(), "{errors:#?}");
    let results = sarif["runs"][0]["results"].as_array().unwrap();
    assert_eq!(results.len(), 2);
    let suppressed: Vec<&Value> = results
        .iter()
        .filter(|r| r.get("suppressions").is_some())
        .collect();
    assert_eq!(suppressed.len(), 1);
    assert_eq!(
        suppressed[0]["partialFingerprints"]["kquoteFinding/v1"],
        first.as_str()
    );
    let uri = results[0]["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]
        .as_str()
        .unwrap();
    assert!(uri.starts_with("sources/"), "{uri}");
}

#[test]
fn github_output_is_one_workflow_command_a_finding() {
    let out = tempfile::tempdir().unwrap();
    let output = kquote()
        .args(["check", "sources", "--format", "github", "--out"])
        .arg(out.path())
        .output()
        .unwrap();
    let text = String::from_utf8(output.stdout).unwrap();
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(lines.len(), 2, "{text}");
    assert!(
        lines[0].starts_with("::error file=sources/2024-11-28-ukrainian-delegation-visits-seoul.txt,line=19,col=187,title=kquote reworded [f"),
        "{text}"
    );
    assert!(
        lines[0].contains("::reworded: Andrey Rudenko is quoted differently"),
        "{text}"
    );
}

/// The rows of a sheet as strings, and whether every non-empty cell of `text_columns` is text.
fn sheet(book: &mut Xlsx<std::io::BufReader<fs::File>>, name: &str) -> Vec<Vec<Data>> {
    let range = book.worksheet_range(name).expect("sheet");
    range.rows().map(<[Data]>::to_vec).collect()
}

fn text(cell: &Data) -> &str {
    match cell {
        Data::String(s) => s,
        Data::Empty => "",
        other => panic!("not a text cell: {other:?}"),
    }
}

#[test]
fn the_review_workbook_has_its_sheets_one_row_a_finding_and_text_kept_as_text() {
    let tricky = "=1+1 is the sum, 50% of the ledger, room 0012, and since 9/11 we have waited";
    let dir = sources(&[
        (
            "a.txt",
            &format!(
                "“{tricky},” Ann Lee said.\n\n“We will rebuild the levee before the spring floods come back to the valley,” Ann Lee said.\n"
            ),
        ),
        (
            "b.txt",
            &format!(
                "“{},” Ann Lee said.\n\n{LEVEE_B}",
                tricky.replace("waited", "hoped")
            ),
        ),
    ]);
    let out = tempfile::tempdir().unwrap();
    let (findings, code) = json_findings(dir.path(), out.path(), &[]);
    assert_eq!(code, 1);
    let mut book: Xlsx<_> = open_workbook(out.path().join("review.xlsx")).expect("a workbook");
    assert_eq!(book.sheet_names(), ["Findings", "Clusters", "Quotations"]);

    let rows = sheet(&mut book, "Findings");
    let header: Vec<&str> = rows[0].iter().map(text).collect();
    assert_eq!(
        header,
        [
            "severity",
            "verdict",
            "speakers",
            "changes",
            "text_a",
            "text_b",
            "source_a",
            "source_b",
            "finding_id",
            "standing",
            "notes"
        ]
    );
    assert_eq!(rows.len() - 1, findings.as_array().unwrap().len());
    for row in &rows[1..] {
        for cell in row {
            text(cell);
        }
        assert_eq!(text(&row[0]), "error");
        assert_eq!(text(&row[10]), "");
    }
    let finding_ids: Vec<&str> = rows[1..].iter().map(|r| text(&r[8])).collect();
    let mut json_ids = ids(&findings);
    let mut sheet_ids: Vec<String> = finding_ids.iter().map(|s| s.to_string()).collect();
    sheet_ids.sort();
    json_ids.sort();
    assert_eq!(sheet_ids, json_ids);
    let tricky_row = rows[1..]
        .iter()
        .find(|r| text(&r[4]).contains("ledger"))
        .expect("the tricky finding");
    let json = findings
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["a"]["text"].as_str().unwrap().contains("ledger"))
        .unwrap();
    assert_eq!(text(&tricky_row[4]), json["a"]["text"].as_str().unwrap());
    assert_eq!(text(&tricky_row[5]), json["b"]["text"].as_str().unwrap());

    let quotations = sheet(&mut book, "Quotations");
    assert_eq!(text(&quotations[0][7]), "text");
    let cells: Vec<&str> = quotations[1..].iter().map(|r| text(&r[7])).collect();
    assert!(cells.contains(&format!("{tricky},").as_str()), "{cells:?}");
    let clusters = sheet(&mut book, "Clusters");
    assert_eq!(text(&clusters[0][0]), "cluster_id");
    assert_eq!(clusters.len() - 1, 2);

    // Text cells carry the text number format, so that no spreadsheet reads `9/11` as a date;
    // numbers do not.
    for (name, text_col, number_col) in [("Findings", 4, None), ("Quotations", 7, Some(1))] {
        let styles = book.worksheet_style(name).expect("the sheet's styles");
        let format = |col| {
            styles
                .get((1, col))
                .and_then(|s| s.number_format.as_ref())
                .map(|f| f.format_code.clone())
        };
        assert_eq!(format(text_col).as_deref(), Some("@"), "{name}");
        if let Some(col) = number_col {
            assert_ne!(format(col).as_deref(), Some("@"), "{name}");
        }
    }
}

#[test]
fn quiet_prints_the_findings_without_the_summary_and_silent_prints_nothing() {
    let out = tempfile::tempdir().unwrap();
    let run = |flag: &str| {
        let output = kquote()
            .args(["check", "sources", flag, "--out"])
            .arg(out.path())
            .env("NO_COLOR", "1")
            .output()
            .unwrap();
        assert_eq!(output.status.code(), Some(1));
        String::from_utf8(output.stdout).unwrap()
    };
    let quiet = run("-q");
    assert!(quiet.contains("error: Andrey Yuryevich Rudenko is quoted differently in 2 sources"));
    assert!(!quiet.contains("reports in"), "{quiet}");
    assert_eq!(run("-qq"), "");
    assert_eq!(run("--silent"), "");
    let normal = run("--color=never");
    assert!(
        normal.contains(&format!(
            "5 sources, 44 quotations, 4 clusters: 2 errors, 0 warnings; reports in {}",
            out.path().display()
        )),
        "{normal}"
    );
    // Without -v a cluster shows its reference and its findings, and never a consistent one.
    assert!(!normal.contains("consistent"), "{normal}");
    assert!(!normal.contains("identical"), "{normal}");
}

#[test]
fn completions_and_the_man_page_are_printed() {
    kquote()
        .args(["completions", "bash"])
        .assert()
        .success()
        .stdout(predicate::str::contains("--write-baseline"));
    kquote()
        .args(["completions", "zsh"])
        .assert()
        .success()
        .stdout(predicate::str::contains("#compdef kquote"));
    kquote()
        .arg("man")
        .assert()
        .success()
        .stdout(predicate::str::contains(".TH kquote").and(predicate::str::contains("fail\\-on")));
}

#[test]
fn completions_and_the_man_page_survive_a_reader_that_stops_early() {
    for args in [&["completions", "bash"][..], &["man"][..]] {
        let mut child = std::process::Command::new(assert_cmd::cargo::cargo_bin("kquote"))
            .args(args)
            .stdout(std::process::Stdio::piped())
            .stderr(std::process::Stdio::piped())
            .spawn()
            .unwrap();
        // The reader goes away before a byte is read.
        drop(child.stdout.take());
        let out = child.wait_with_output().unwrap();
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert!(!stderr.contains("panicked"), "{args:?}: {stderr}");
        assert_eq!(out.status.code(), Some(0), "{args:?}: {stderr}");
    }
}
