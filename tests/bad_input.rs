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

/// Runs `kquote check DIR --out OUT` as a user who cannot read what mode 000 forbids: the user
/// running the tests, or when that is root (who reads everything), `nobody` in a user namespace.
/// `None` where neither is possible.
fn check_as_an_ordinary_user(dir: &Path, out: &Path) -> Option<std::process::Output> {
    let bin = assert_cmd::cargo::cargo_bin("kquote");
    let is_root = nix::unistd::geteuid().is_root();
    let mut cmd = if is_root {
        let mut c = std::process::Command::new("unshare");
        c.args(["--user", "--"]).arg(bin);
        c
    } else {
        std::process::Command::new(bin)
    };
    let output = cmd.arg("check").arg(dir).arg("--out").arg(out).output().ok()?;
    // `unshare` itself failed: no user namespaces here.
    if is_root
        && output.status.code() == Some(1)
        && output.stdout.is_empty()
        && String::from_utf8_lossy(&output.stderr).contains("unshare")
    {
        return None;
    }
    Some(output)
}

#[cfg(unix)]
#[test]
fn unreadable_files_and_folders_are_named_and_the_rest_is_checked() {
    use std::os::unix::fs::PermissionsExt;
    let top = tempfile::tempdir().unwrap();
    let mode = |p: &Path, m: u32| fs::set_permissions(p, fs::Permissions::from_mode(m)).unwrap();
    mode(top.path(), 0o755);
    let dir = top.path().join("src");
    fs::create_dir_all(dir.join("locked")).unwrap();
    fs::write(dir.join("good.txt"), "“We are ready to talk,” Ann Lee said.\n").unwrap();
    fs::write(dir.join("secret.txt"), "“Hidden words,” Bo Kim said.\n").unwrap();
    fs::write(dir.join("locked/inner.txt"), "“Inner words,” Cy Park said.\n").unwrap();
    mode(&dir, 0o755);
    mode(&dir.join("good.txt"), 0o644);
    mode(&dir.join("secret.txt"), 0o000);
    mode(&dir.join("locked"), 0o000);
    let out = top.path().join("reports");
    fs::create_dir(&out).unwrap();
    mode(&out, 0o777);
    let Some(run) = check_as_an_ordinary_user(&dir, &out) else {
        eprintln!("skipped: running as root without user namespaces, nothing is unreadable");
        return;
    };
    mode(&dir.join("locked"), 0o755);
    let stderr = String::from_utf8_lossy(&run.stderr);
    assert_eq!(run.status.code(), Some(2), "{stderr}");
    assert!(
        stderr.contains("secret.txt: ") && stderr.contains("ermission denied"),
        "{stderr}"
    );
    assert!(stderr.contains("locked"), "{stderr}");
    let rows = support::read_report(&out.join("quotes.csv"));
    let sources: Vec<&str> = rows.iter().map(|r| r["source"].as_str()).collect();
    assert_eq!(sources, ["good.txt"]);
}

#[test]
fn a_file_that_vanishes_before_it_is_read_is_named_and_the_rest_is_checked() {
    let dir = tempfile::tempdir().unwrap();
    let src = dir.path().join("src");
    fs::create_dir(&src).unwrap();
    fs::write(src.join("stays.txt"), "“We are ready to talk,” Ann Lee said.\n").unwrap();
    fs::write(src.join("vanishes.txt"), "“Gone soon,” Bo Kim said.\n").unwrap();
    let bin = assert_cmd::cargo::cargo_bin("kquote");
    // The check waits after listing the sources; the file goes meanwhile.
    let child = std::process::Command::new(bin)
        .arg("check")
        .arg(&src)
        .arg("--out")
        .arg(dir.path().join("r"))
        .env("KQUOTE_FAULT", "wait:listed")
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    std::thread::sleep(std::time::Duration::from_millis(700));
    fs::remove_file(src.join("vanishes.txt")).unwrap();
    let run = child.wait_with_output().unwrap();
    let stderr = String::from_utf8_lossy(&run.stderr);
    assert_eq!(run.status.code(), Some(2), "{stderr}");
    assert!(
        stderr.contains("vanishes.txt: ") && stderr.contains("No such file"),
        "{stderr}"
    );
    let rows = support::read_report(&dir.path().join("r/quotes.csv"));
    assert_eq!(rows.len(), 1);
    assert_eq!(rows[0]["source"], "stays.txt");
}
