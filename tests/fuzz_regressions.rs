//! Every crash the fuzz targets (`fuzz/`) have found, kept as a case: a folder of sources in
//! `tests/fuzz-regressions/<case>/`, made from the crash input (see CONTRIBUTING.md). The real
//! binary checks each case at one and at two threads, exits 0 or 1, and leaves a whole report set.

mod support;

use std::fs;
use std::path::{Path, PathBuf};

use predicates::prelude::*;
use support::{assert_reports_whole, kquote};

fn cases() -> Vec<PathBuf> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fuzz-regressions");
    let mut cases: Vec<PathBuf> = fs::read_dir(&root)
        .unwrap_or_else(|e| panic!("{}: {e}", root.display()))
        .map(|entry| entry.unwrap().path())
        .filter(|path| path.is_dir())
        .collect();
    cases.sort();
    cases
}

#[test]
fn every_case_a_fuzz_target_crashed_on_is_checked_whole() {
    let cases = cases();
    assert!(!cases.is_empty(), "tests/fuzz-regressions holds the cases");
    for case in cases {
        let sources = fs::read_dir(&case).unwrap().count();
        assert!(sources > 0, "{} holds sources", case.display());
        for threads in ["1", "2"] {
            // Shown with a failure: the case that failed.
            eprintln!("case {} at {threads} thread(s)", case.display());
            let out = tempfile::tempdir().unwrap();
            let reports = out.path().join("r");
            kquote()
                .arg("check")
                .arg(&case)
                .args(["--quiet", "--threads", threads, "--out"])
                .arg(&reports)
                .assert()
                .code(predicate::in_iter([0, 1]));
            assert_reports_whole(&case, &reports);
        }
    }
}
