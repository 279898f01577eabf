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
