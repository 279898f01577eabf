//! The report set is replaced whole: a check killed at any step of its report writing leaves the
//! old set or the new one, complete, and the next check cleans up after it; two checks never
//! write one folder at once; a folder that cannot be written fails the check with its reason.
//!
//! The fault points exist in debug builds only (`KQUOTE_FAULT`, see `src/report/set.rs`), which is
//! what `cargo test` builds.

mod support;

use std::collections::BTreeMap;
use std::fs;
use std::path::{Path, PathBuf};
use std::process::Stdio;
use std::time::Duration;

use support::{REPORTS, assert_reports_whole, kquote};

/// Every step of the report writing where a check can be killed, in order.
const BEFORE_SWAP: [&str; 6] = [
    "begun",
    "written:quotes.csv",
    "written:matches.csv",
    "written:clusters.csv",
    "written:report.html",
    "before-swap",
];
const AFTER_SWAP: [&str; 2] = ["swapped", "committed"];

/// The reports of a folder, by name.
fn set_of(out: &Path) -> BTreeMap<String, Vec<u8>> {
    REPORTS
        .iter()
        .filter_map(|name| Some((name.to_string(), fs::read(out.join(name)).ok()?)))
        .collect()
}

/// Two source folders that give different reports: `a` holds two of the sample articles, `b`
/// all five.
fn two_source_folders(top: &Path) -> (PathBuf, PathBuf) {
    let (a, b) = (top.join("a"), top.join("b"));
    fs::create_dir_all(&a).unwrap();
    fs::create_dir_all(&b).unwrap();
    let mut names: Vec<_> = fs::read_dir("sources")
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    names.sort();
    for (i, path) in names.iter().enumerate() {
        let name = path.file_name().unwrap();
        if i < 2 {
            fs::copy(path, a.join(name)).unwrap();
        }
        fs::copy(path, b.join(name)).unwrap();
    }
    (a, b)
}

fn check(sources: &Path, out: &Path) -> assert_cmd::Command {
    let mut cmd = kquote();
    cmd.arg("check").arg(sources).arg("--out").arg(out).arg("--quiet");
    cmd
}

/// What is beside the reports folder besides it and its lock: sets left behind.
fn left_over(out: &Path) -> Vec<String> {
    let name = out.file_name().unwrap().to_string_lossy().into_owned();
    fs::read_dir(out.parent().unwrap())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.starts_with(&format!(".{name}.kquote-")) && !n.ends_with(".lock"))
        .collect()
}

#[test]
fn a_check_killed_at_any_step_of_writing_leaves_the_old_set_or_the_new_one() {
    let top = tempfile::tempdir().unwrap();
    let (a, b) = two_source_folders(top.path());
    let out = top.path().join("reports");
    // The two sets, as checks that are not killed write them.
    check(&b, &out).assert().code(1);
    let new = set_of(&out);
    check(&a, &out).assert().code(0);
    let old = set_of(&out);
    assert_ne!(old, new);
    assert_eq!(old.len(), 4);

    for point in BEFORE_SWAP.iter().chain(&AFTER_SWAP) {
        check(&a, &out).assert().code(0);
        let killed = check(&b, &out).env("KQUOTE_FAULT", point).output().unwrap();
        assert!(
            killed.status.code().is_none(),
            "{point}: the check was killed: {killed:?}"
        );
        let expected = if BEFORE_SWAP.contains(point) { &old } else { &new };
        assert_eq!(&set_of(&out), expected, "killed at {point}");
        assert_reports_whole(if BEFORE_SWAP.contains(point) { &a } else { &b }, &out);
    }
    // The next check deletes what the killed ones left.
    check(&a, &out).assert().code(0);
    assert_eq!(left_over(&out), Vec::<String>::new());
    assert_eq!(set_of(&out), old);
}

#[test]
fn a_check_killed_at_random_moments_never_leaves_a_torn_set() {
    let top = tempfile::tempdir().unwrap();
    let (a, b) = two_source_folders(top.path());
    // Enough text that the writing takes a while.
    for i in 0..60 {
        for entry in fs::read_dir("sources").unwrap() {
            let path = entry.unwrap().path();
            let name = format!("{i:02}-{}", path.file_name().unwrap().to_string_lossy());
            fs::copy(&path, b.join(name)).unwrap();
        }
    }
    let out = top.path().join("reports");
    check(&b, &out).assert().code(1);
    let new = set_of(&out);
    check(&a, &out).assert().code(0);
    let old = set_of(&out);
    let bin = assert_cmd::cargo::cargo_bin("kquote");
    // A debug check of these sources takes about 0.3 s: the kills fall all through it.
    for delay_ms in (0..400).step_by(15) {
        let mut child = std::process::Command::new(&bin)
            .arg("check")
            .arg(&b)
            .arg("--out")
            .arg(&out)
            .arg("--quiet")
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        std::thread::sleep(Duration::from_millis(delay_ms));
        let _ = child.kill();
        let _ = child.wait();
        let now = set_of(&out);
        assert!(now == old || now == new, "killed after {delay_ms} ms: a torn set");
        // Back to the old set for the next round.
        check(&a, &out).assert().code(0);
    }
    assert_eq!(left_over(&out), Vec::<String>::new());
}

#[test]
fn two_checks_never_write_one_folder_at_once() {
    let top = tempfile::tempdir().unwrap();
    let (a, b) = two_source_folders(top.path());
    let out = top.path().join("reports");
    let bin = assert_cmd::cargo::cargo_bin("kquote");
    // The first check holds the folder for two seconds right after taking it.
    let first = std::process::Command::new(&bin)
        .arg("check")
        .arg(&b)
        .arg("--out")
        .arg(&out)
        .arg("--quiet")
        .env("KQUOTE_FAULT", "wait:begun")
        .spawn()
        .unwrap();
    std::thread::sleep(Duration::from_millis(700));
    let second = check(&a, &out).output().unwrap();
    assert_eq!(second.status.code(), Some(2));
    let message = String::from_utf8_lossy(&second.stderr);
    assert!(
        message.contains("another kquote check is writing reports here"),
        "{message}"
    );
    let first = first.wait_with_output().unwrap();
    assert_eq!(first.status.code(), Some(1));
    assert_reports_whole(&b, &out);
}

#[test]
fn a_reports_folder_that_cannot_be_made_fails_the_check_and_names_it() {
    let top = tempfile::tempdir().unwrap();
    let (a, _) = two_source_folders(top.path());
    let file = top.path().join("a-file");
    fs::write(&file, "not a folder").unwrap();
    let out = file.join("reports");
    let run = check(&a, &out).output().unwrap();
    assert_eq!(run.status.code(), Some(2));
    let message = String::from_utf8_lossy(&run.stderr);
    assert!(
        message.contains("a-file") && message.contains("cannot write reports here"),
        "{message}"
    );
    // A file where the folder should be.
    let run = check(&a, &file).output().unwrap();
    assert_eq!(run.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&run.stderr).contains("is not a folder"));
    assert_eq!(fs::read_to_string(&file).unwrap(), "not a folder");
}

#[test]
fn a_folder_holding_files_kquote_did_not_write_is_left_alone() {
    let top = tempfile::tempdir().unwrap();
    let (a, _) = two_source_folders(top.path());
    let out = top.path().join("reports");
    fs::create_dir(&out).unwrap();
    fs::write(out.join("notes.md"), "my notes").unwrap();
    let run = check(&a, &out).output().unwrap();
    assert_eq!(run.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&run.stderr).contains("`notes.md`"));
    assert_eq!(fs::read_to_string(out.join("notes.md")).unwrap(), "my notes");
}

#[test]
fn reports_inside_the_checked_folder_are_not_read_as_sources() {
    let top = tempfile::tempdir().unwrap();
    let (a, _) = two_source_folders(top.path());
    let out = a.join("reports");
    check(&a, &out).assert().code(0);
    let first = set_of(&out);
    check(&a, &out).assert().code(0);
    assert_eq!(set_of(&out), first);
    assert_reports_whole(&a, &out);
}

/// A full disk, where a small file system can be mounted (in a user namespace of its own):
/// the check fails naming the reason, and the old set stays whole.
#[test]
fn a_full_disk_fails_the_check_and_keeps_the_old_set() {
    let probe = std::process::Command::new("unshare")
        .args(["--user", "--map-root-user", "--mount", "true"])
        .output();
    if !probe.is_ok_and(|p| p.status.success()) {
        eprintln!("skipped: no user namespace to mount a small file system in");
        return;
    }
    let top = tempfile::tempdir().unwrap();
    let (a, b) = two_source_folders(top.path());
    for i in 0..20 {
        for entry in fs::read_dir("sources").unwrap() {
            let path = entry.unwrap().path();
            fs::copy(
                &path,
                b.join(format!("{i:02}-{}", path.file_name().unwrap().to_string_lossy())),
            )
            .unwrap();
        }
    }
    let old = top.path().join("old");
    check(&a, &old).assert().code(0);
    let disk = top.path().join("disk");
    fs::create_dir(&disk).unwrap();
    let script = r#"
        set -e
        mount -t tmpfs -o size=96k tmpfs "$DISK"
        mkdir "$DISK/reports"
        cp "$OLD"/*.csv "$DISK/reports/"
        code=0
        "$KQUOTE" check "$SOURCES" --out "$DISK/reports" --quiet 2>"$TOP/stderr" || code=$?
        echo "$code" >"$TOP/code"
        for f in quotes.csv matches.csv clusters.csv; do cmp "$OLD/$f" "$DISK/reports/$f"; done
        ls -A "$DISK" >"$TOP/listing"
    "#;
    let run = std::process::Command::new("unshare")
        .args(["--user", "--map-root-user", "--mount", "sh", "-c", script])
        .env("DISK", &disk)
        .env("OLD", &old)
        .env("TOP", top.path())
        .env("SOURCES", &b)
        .env("KQUOTE", assert_cmd::cargo::cargo_bin("kquote"))
        .output()
        .unwrap();
    assert!(run.status.success(), "the old set stayed whole: {run:?}");
    assert_eq!(fs::read_to_string(top.path().join("code")).unwrap().trim(), "2");
    let message = fs::read_to_string(top.path().join("stderr")).unwrap();
    assert!(message.contains("No space left on device"), "{message}");
    // Only the old set and the lock: the new set's folder was deleted.
    assert_eq!(
        fs::read_to_string(top.path().join("listing")).unwrap(),
        ".reports.kquote.lock\nreports\n"
    );
}
