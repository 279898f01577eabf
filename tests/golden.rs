//! Golden test: the three reports for the bundled `sources/` are pinned byte for byte.
//!
//! After an intended change, regenerate them with `KQUOTE_BLESS=1 cargo test --test golden` and
//! review the diff of `tests/golden/` like any other change.

use std::fs;
use std::path::Path;

use assert_cmd::Command;

const REPORTS: [&str; 3] = ["quotes.csv", "matches.csv", "clusters.csv"];

#[test]
fn reports_for_sources_match_the_golden_files() {
    let out = tempfile::tempdir().unwrap();
    Command::cargo_bin("kquote")
        .unwrap()
        .args(["check", "sources", "--quiet", "--out"])
        .arg(out.path())
        .assert()
        .code(1);
    let golden = Path::new("tests/golden");
    let bless = std::env::var_os("KQUOTE_BLESS").is_some();
    for name in REPORTS {
        let got = fs::read(out.path().join(name)).unwrap();
        if bless {
            fs::write(golden.join(name), &got).unwrap();
            continue;
        }
        let want = fs::read(golden.join(name)).unwrap();
        if got != want {
            let got = String::from_utf8_lossy(&got);
            let want = String::from_utf8_lossy(&want);
            let first = got.lines().zip(want.lines()).position(|(g, w)| g != w);
            panic!(
                "{name} differs from tests/golden/{name} (first differing line {first:?}):\n got: {}\nwant: {}",
                first.and_then(|i| got.lines().nth(i)).unwrap_or("<end>"),
                first.and_then(|i| want.lines().nth(i)).unwrap_or("<end>"),
            );
        }
    }
}
