//! Paths as a user names them: files and folders in any mix, a list of changed files on standard
//! input, ignore files, and globs. Each test runs the real binary and checks which sources were
//! read, how they are named, the exit code, and that the reports are whole.

mod support;

use std::collections::BTreeSet;
use std::fs;
use std::path::Path;

use predicates::prelude::*;
use support::{HARBOUR, HARBOUR_REWORDED, assert_reports_whole, kquote, read_report, tree};

/// The sources of the quotations in the reports at `out`.
fn sources(out: &Path) -> BTreeSet<String> {
    read_report(&out.join("quotes.csv"))
        .into_iter()
        .map(|q| q["source"].clone())
        .collect()
}

/// `kquote check` run in `dir` with `args`, reports in `dir/reports`.
fn check_in(dir: &Path, args: &[&str]) -> assert_cmd::Command {
    let mut cmd = kquote();
    cmd.current_dir(dir)
        .arg("check")
        .args(args)
        .args(["--out", "reports", "--color", "never", "--quiet"]);
    cmd
}

#[test]
fn files_named_on_their_own_are_checked_together() {
    let dir = tree(&[
        ("a.txt", HARBOUR),
        ("b.txt", HARBOUR_REWORDED),
        ("c.txt", HARBOUR),
    ]);
    check_in(dir.path(), &["a.txt", "b.txt"]).assert().code(1);
    let out = dir.path().join("reports");
    assert_eq!(sources(&out), BTreeSet::from(["a.txt".into(), "b.txt".into()]));
    assert_reports_whole(dir.path(), &out);
    // Named by absolute paths, the names are the same: relative to the folder that holds both.
    check_in(
        dir.path(),
        &[
            dir.path().join("a.txt").to_str().unwrap(),
            dir.path().join("c.txt").to_str().unwrap(),
        ],
    )
    .assert()
    .code(0);
    assert_eq!(sources(&out), BTreeSet::from(["a.txt".into(), "c.txt".into()]));
}

#[test]
fn files_and_folders_mix_and_are_named_from_their_common_root() {
    let dir = tree(&[
        ("news/2024/a.txt", HARBOUR),
        ("news/2024/b.md", HARBOUR),
        (
            "wire/c.html",
            &format!("<p>{}</p>", HARBOUR_REWORDED.replace("\n\n", "</p><p>")),
        ),
    ]);
    check_in(dir.path(), &["news/2024", "wire/c.html"])
        .assert()
        .code(1);
    let out = dir.path().join("reports");
    assert_eq!(
        sources(&out),
        BTreeSet::from([
            "news/2024/a.txt".into(),
            "news/2024/b.md".into(),
            "wire/c.html".into()
        ])
    );
    assert_reports_whole(dir.path(), &out);
    // One folder: names from the folder itself, as always.
    check_in(dir.path(), &["news"]).assert().code(0);
    assert_eq!(
        sources(&out),
        BTreeSet::from(["2024/a.txt".into(), "2024/b.md".into()])
    );
}

#[test]
fn a_list_of_changed_files_is_read_from_standard_input() {
    // As `git diff --name-only` prints them: sources, and files that are no sources.
    let dir = tree(&[
        ("articles/a.txt", HARBOUR),
        ("articles/sub/b.md", HARBOUR_REWORDED),
        ("articles/c.txt", HARBOUR),
        ("src/main.rs", "fn main() { println!(\"“not an article”\"); }"),
        (
            "README.md",
            "“We will rebuild the harbour before the winter storms arrive,” said the README.",
        ),
    ]);
    check_in(dir.path(), &["--files-from", "-"])
        .write_stdin("articles/a.txt\r\nsrc/main.rs\n\narticles/sub/b.md\n")
        .assert()
        .code(1);
    let out = dir.path().join("reports");
    assert_eq!(sources(&out), BTreeSet::from(["a.txt".into(), "sub/b.md".into()]));
    assert_reports_whole(&dir.path().join("articles"), &out);
    // From a file, with paths on the command line too.
    fs::write(dir.path().join("changed.txt"), "articles/c.txt\n").unwrap();
    check_in(dir.path(), &["articles/a.txt", "--files-from", "changed.txt"])
        .assert()
        .code(0);
    assert_eq!(sources(&out), BTreeSet::from(["a.txt".into(), "c.txt".into()]));
    // A listed file that is gone (deleted in the change) is named; the rest is checked.
    check_in(dir.path(), &["--files-from", "-"])
        .write_stdin("articles/a.txt\narticles/gone.txt\n")
        .assert()
        .code(2)
        .stderr(predicate::str::contains("articles/gone.txt"));
    assert_eq!(sources(&out), BTreeSet::from(["a.txt".into()]));
    // A list that cannot be read is an error before anything is checked.
    check_in(dir.path(), &["--files-from", "no-such-list"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("--files-from no-such-list: cannot read"));
}

#[test]
fn ignore_files_are_honoured_unless_no_ignore() {
    let dir = tree(&[
        ("articles/.gitignore", "drafts/\n"),
        ("articles/.kquoteignore", "README.md\n"),
        ("articles/a.txt", HARBOUR),
        ("articles/b.txt", HARBOUR),
        ("articles/README.md", HARBOUR_REWORDED),
        ("articles/drafts/c.txt", HARBOUR_REWORDED),
    ]);
    check_in(dir.path(), &["articles"]).assert().code(0);
    let out = dir.path().join("reports");
    assert_eq!(sources(&out), BTreeSet::from(["a.txt".into(), "b.txt".into()]));
    check_in(dir.path(), &["articles", "--no-ignore"])
        .assert()
        .code(1);
    assert_eq!(
        sources(&out),
        BTreeSet::from([
            "README.md".into(),
            "a.txt".into(),
            "b.txt".into(),
            "drafts/c.txt".into()
        ])
    );
    assert_reports_whole(&dir.path().join("articles"), &out);
}

#[test]
fn globs_and_excludes_narrow_the_set() {
    let dir = tree(&[
        ("a.txt", HARBOUR),
        ("b.md", HARBOUR),
        ("drafts/c.md", HARBOUR_REWORDED),
        ("drafts/d.txt", HARBOUR_REWORDED),
    ]);
    let out = dir.path().join("reports");
    check_in(dir.path(), &[".", "--glob", "*.md"]).assert().code(1);
    assert_eq!(
        sources(&out),
        BTreeSet::from(["b.md".into(), "drafts/c.md".into()])
    );
    check_in(dir.path(), &[".", "--exclude", "drafts/**"])
        .assert()
        .code(0);
    assert_eq!(sources(&out), BTreeSet::from(["a.txt".into(), "b.md".into()]));
    check_in(dir.path(), &[".", "-g", "*.md", "-g", "!drafts/*"])
        .assert()
        .code(0);
    assert_eq!(sources(&out), BTreeSet::from(["b.md".into()]));
    check_in(dir.path(), &[".", "-g", "*.md", "-g", "!drafts/*", "-g", "a.*"])
        .assert()
        .code(0);
    assert_eq!(sources(&out), BTreeSet::from(["a.txt".into(), "b.md".into()]));
    check_in(dir.path(), &[".", "--glob", "a["])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("--glob or --exclude"));
    // Neither a path nor a list: a usage error.
    kquote().arg("check").assert().code(2);
}
