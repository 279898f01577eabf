//! The bad-input and fault matrix: whatever the sources, a check names each problem, checks the
//! rest, exits with a documented code and leaves a whole report set.

mod support;

use std::fs;
use std::path::Path;

use predicates::prelude::*;
use support::{assert_reports_whole, kquote};

/// `kquote check DIR --out DIR/r`, which must exit 0 or 1 and leave whole reports.
fn check_whole(dir: &Path) -> assert_cmd::assert::Assert {
    let assert = kquote()
        .arg("check")
        .arg(dir)
        .arg("--out")
        .arg(dir.join("r"))
        .assert()
        .code(predicate::in_iter([0, 1]));
    assert_reports_whole(dir, &dir.join("r"));
    assert
}

#[test]
fn three_tiny_articles_that_once_crashed_alignment_are_checked() {
    let dir = tempfile::tempdir().unwrap();
    let files = [
        (
            "d0.txt",
            ":\n— Am Morgen I have not done anything wrong understand",
        ),
        (
            "d1.txt",
            "Überschrift:told Reuters in an interview.“““I have not done anything wrong Hillary Clinton““I have not done anything wrong understand",
        ),
        (
            "d2.txt",
            "Überschrift:told Reuters in an interview.“I have not done anything wrong Korea’s Hillary Clinton",
        ),
    ];
    for (name, text) in files {
        fs::write(dir.path().join(name), text).unwrap();
    }
    for threads in ["1", "2"] {
        kquote()
            .arg("check")
            .arg(dir.path())
            .args(["--quiet", "--threads", threads, "--out"])
            .arg(dir.path().join("r"))
            .assert()
            .code(1);
        assert_reports_whole(dir.path(), &dir.path().join("r"));
    }
    check_whole(dir.path());
}

#[test]
fn names_and_text_reach_the_terminal_escaped() {
    let dir = tempfile::tempdir().unwrap();
    let evil = "a\u{1b}]0;owned\u{7}\u{1b}[2J\rfake\n\u{202e}.txt";
    fs::write(
        dir.path().join(evil),
        "“Seoul must understand that the potential use of weapons will destroy relations,” Andrey Rudenko said.\n",
    )
    .unwrap();
    fs::write(
        dir.path().join("b.txt"),
        "“Seoul must realize that the possible use of weapons will destroy relations,” Andrey Rudenko said.\n",
    )
    .unwrap();
    // A source that cannot be read, with a name of the same kind: its error goes to stderr.
    fs::write(dir.path().join("c\u{1b}[31m.txt"), [0u8, 159, 146, 150]).unwrap();
    let run = kquote()
        .arg("check")
        .arg(dir.path())
        .args(["--color", "never", "--out"])
        .arg(dir.path().join("r"))
        .output()
        .unwrap();
    assert_eq!(run.status.code(), Some(2));
    let (stdout, stderr) = (
        String::from_utf8_lossy(&run.stdout),
        String::from_utf8_lossy(&run.stderr),
    );
    assert!(
        stdout.contains(r"a\u{1b}]0;owned\u{7}\u{1b}[2J\rfake\n\u{202e}.txt:1:1"),
        "{stdout}"
    );
    assert!(stderr.contains(r"c\u{1b}[31m.txt"), "{stderr}");
    for (name, out) in [("stdout", &stdout), ("stderr", &stderr)] {
        assert!(
            !out.contains(['\u{1b}', '\u{7}', '\r', '\u{202e}']),
            "{name} holds a raw control character: {out:?}"
        );
    }
    // No name starts a line of its own.
    assert!(
        !stdout
            .lines()
            .chain(stderr.lines())
            .any(|l| l.starts_with("fake"))
    );
}
