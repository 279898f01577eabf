//! How sources are found, named and read: names kept exactly, ids that never collide, links that
//! stay inside the checked folder, bounded numeric flags, every line-end convention and UTF-16.
//! Each test runs the real binary and checks the message, the exit code, that the other files
//! were still checked, and that the reports are whole.

mod support;

use std::collections::{HashMap, HashSet};
use std::fs;
use std::path::Path;

use predicates::prelude::*;
use support::{HARBOUR, HARBOUR_REWORDED, assert_reports_whole, kquote, read_report};

/// An article of its own, to show that the rest of a folder is still checked.
const BRIDGE: &str = "Bridge works\n\nEngineer Dan Osei visited the site on Friday.\n\n\
    “Steel takes time, and the bridge will open in the spring,” Osei told reporters.\n";

const ASMOLOV: &str = "2024-12-asmolov-umerov-visit-to-seoul.txt";
const DELEGATION: &str = "2024-11-28-ukrainian-delegation-visits-seoul.txt";

type Rows = Vec<HashMap<String, String>>;

/// `kquote check DIR --out OUT -q` with `args`, as a command to assert on.
fn check(dir: &Path, out: &Path, args: &[&str]) -> assert_cmd::assert::Assert {
    kquote()
        .arg("check")
        .arg(dir)
        .arg("--out")
        .arg(out)
        .args(["--color", "never"])
        .args(args)
        .assert()
}

fn quotes(out: &Path) -> Rows {
    read_report(&out.join("quotes.csv"))
}

/// The distinct sources of a report's quotations.
fn sources_of(rows: &Rows) -> HashSet<String> {
    rows.iter().map(|r| r["source"].clone()).collect()
}

fn is_hex_id(id: &str, prefix: char) -> bool {
    id.strip_prefix(prefix).is_some_and(|hex| {
        hex.len() == 16
            && hex
                .bytes()
                .all(|b| b.is_ascii_hexdigit() && !b.is_ascii_uppercase())
    })
}

#[cfg(unix)]
#[test]
fn names_that_are_not_utf8_are_escaped_and_stay_distinct_sources() {
    use std::ffi::OsStr;
    use std::os::unix::ffi::OsStrExt;
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path().join("in");
    fs::create_dir(&root).unwrap();
    // Once all three were one source, `n�.txt`, and the rewording in the second went unseen.
    for (name, text) in [
        (&b"n\xff.txt"[..], HARBOUR),
        (b"n\xfe.txt", HARBOUR_REWORDED),
        (b"n\xef\xbf\xbd.txt", HARBOUR),
        (b"a\\xff.txt", BRIDGE),
    ] {
        fs::write(root.join(OsStr::from_bytes(name)), text).unwrap();
    }
    let out = dir.path().join("r");
    let assert = check(&root, &out, &[]).code(1);
    let stdout = String::from_utf8(assert.get_output().stdout.clone()).unwrap();
    assert!(stdout.contains("n\\xfe.txt:"), "{stdout}");
    assert!(stdout.contains("4 sources"), "{stdout}");
    let rows = quotes(&out);
    let want: HashSet<String> = ["n\\xff.txt", "n\\xfe.txt", "n\u{fffd}.txt", "a\\\\xff.txt"]
        .map(String::from)
        .into();
    assert_eq!(sources_of(&rows), want);
    // One cluster of three sources, the rewording in one of them.
    let clusters = read_report(&out.join("clusters.csv"));
    let harbour: Vec<_> = clusters.iter().filter(|c| c["speaker"] == "Ana Ortiz").collect();
    assert_eq!(harbour.len(), 1, "{clusters:?}");
    assert_eq!(harbour[0]["sources"], "3");
    let reworded: Vec<_> = read_report(&out.join("matches.csv"))
        .into_iter()
        .filter(|m| m["verdict"] == "reworded")
        .collect();
    assert_eq!(reworded.len(), 1, "{reworded:?}");
    assert_eq!(reworded[0]["source_b"], "n\\xfe.txt");
    assert_reports_whole(&root, &out);
}

#[test]
fn sources_whose_short_hashes_collide_get_ids_of_their_own() {
    let dir = tempfile::tempdir().unwrap();
    // These two names once gave every quotation at the same offset the same id, and the
    // rewording's match row paired a quotation with itself.
    for (name, text) in [
        ("story-sdhacabqij.txt", HARBOUR),
        ("story-hpgzsqqesf.txt", HARBOUR_REWORDED),
        ("bridge.txt", BRIDGE),
    ] {
        fs::write(dir.path().join(name), text).unwrap();
    }
    let out = dir.path().join("r");
    check(dir.path(), &out, &[])
        .code(1)
        .stdout(predicate::str::contains("story-hpgzsqqesf.txt:").and(predicate::str::contains("reworded")));
    let rows = quotes(&out);
    assert_eq!(sources_of(&rows).len(), 3);
    for q in &rows {
        let (hash, start) = q["quote_id"].split_once('-').unwrap();
        assert!(is_hex_id(hash, 'q'), "{}", q["quote_id"]);
        assert_eq!(start, q["start"]);
    }
    let matches = read_report(&out.join("matches.csv"));
    let m = matches
        .iter()
        .find(|m| m["verdict"] == "reworded")
        .expect("a reworded row");
    assert_ne!(m["quote_a"], m["quote_b"]);
    assert!(is_hex_id(&m["cluster_id"], 'c'), "{}", m["cluster_id"]);
    for c in read_report(&out.join("clusters.csv")) {
        assert!(is_hex_id(&c["cluster_id"], 'c'), "{}", c["cluster_id"]);
    }
    assert_reports_whole(dir.path(), &out);
}

/// A folder `in/` with an article, beside a folder `outside/` it must not read unasked.
#[cfg(unix)]
fn folder_with_links_out() -> tempfile::TempDir {
    use std::os::unix::fs::symlink;
    let dir = tempfile::tempdir().unwrap();
    let (root, outside) = (dir.path().join("in"), dir.path().join("outside"));
    fs::create_dir_all(outside.join("etc")).unwrap();
    fs::create_dir(&root).unwrap();
    fs::write(root.join("harbour.txt"), HARBOUR).unwrap();
    fs::write(
        outside.join("secret.json"),
        "{\"token\": \"ghp secret token of the deploy key\", \"user\": \"deploy\"}",
    )
    .unwrap();
    fs::write(outside.join("etc").join("bridge.txt"), BRIDGE).unwrap();
    symlink(outside.join("secret.json"), root.join("config.txt")).unwrap();
    symlink(outside.join("etc"), root.join("etc")).unwrap();
    // A link out that is no source at all: nothing to say about it.
    symlink(outside.join("secret.json"), root.join("config.json")).unwrap();
    dir
}

#[cfg(unix)]
#[test]
fn links_out_of_the_folder_are_named_and_skipped_unless_asked() {
    let dir = folder_with_links_out();
    let (root, out) = (dir.path().join("in"), dir.path().join("r"));
    check(&root, &out, &[])
        .code(0)
        .stderr(predicate::str::contains(
            "warning: not followed: config.txt leads outside the checked folder (--follow-links follows it)",
        ))
        .stderr(predicate::str::contains(
            "warning: not followed: etc leads outside the checked folder (--follow-links follows it)",
        ))
        .stderr(predicate::str::contains("config.json").not())
        .stderr(predicate::str::contains("error").not());
    let rows = quotes(&out);
    assert_eq!(sources_of(&rows), HashSet::from(["harbour.txt".to_string()]));
    let csv = fs::read_to_string(out.join("quotes.csv")).unwrap();
    assert!(!csv.contains("secret token"), "{csv}");
    assert_reports_whole(&root, &out);

    // Asked, they are followed: the link's target is read under the link's name.
    check(&root, &out, &["--follow-links"])
        .code(0)
        .stderr(predicate::str::contains("not followed").not());
    let rows = quotes(&out);
    assert_eq!(
        sources_of(&rows),
        ["harbour.txt", "config.txt", "etc/bridge.txt"]
            .map(String::from)
            .into()
    );
    assert_reports_whole(&root, &out);
}

#[cfg(unix)]
#[test]
fn a_dangling_link_is_an_error_only_when_named_like_a_source() {
    use std::os::unix::fs::symlink;
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path().join("in");
    fs::create_dir(&root).unwrap();
    fs::write(root.join("harbour.txt"), HARBOUR).unwrap();
    symlink(dir.path().join("gone.jpg"), root.join("photo.jpg")).unwrap();
    for follow in [&[][..], &["--follow-links"]] {
        let out = dir.path().join("r");
        // A dangling photo once failed the check (exit 2); it was never going to be read.
        check(&root, &out, follow)
            .code(0)
            .stderr(predicate::str::contains("photo.jpg").not());
        assert_reports_whole(&root, &out);
    }
    symlink(dir.path().join("gone.txt"), root.join("x.txt")).unwrap();
    // A link that leads to itself leads nowhere too.
    symlink(root.join("self.md"), root.join("self.md")).unwrap();
    for follow in [&[][..], &["--follow-links"]] {
        let out = dir.path().join("r");
        check(&root, &out, follow)
            .code(2)
            .stderr(predicate::str::contains(
                "error: x.txt: cannot follow link: No such file or directory",
            ))
            .stderr(predicate::str::contains("error: self.md: cannot follow link:"))
            .stderr(predicate::str::contains("photo.jpg").not());
        assert_eq!(
            sources_of(&quotes(&out)),
            HashSet::from(["harbour.txt".to_string()])
        );
        assert_reports_whole(&root, &out);
    }
}

#[cfg(unix)]
#[test]
fn links_inside_the_folder_are_followed_and_no_folder_is_walked_twice() {
    use std::os::unix::fs::symlink;
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path().join("in");
    fs::create_dir_all(root.join("2024")).unwrap();
    fs::write(root.join("2024").join("harbour.txt"), HARBOUR).unwrap();
    fs::write(root.join("2024").join("notes.text"), HARBOUR_REWORDED).unwrap();
    // A folder link inside the folder (and one to the folder itself): that folder is walked in
    // its own place, once.
    symlink(root.join("2024"), root.join("latest")).unwrap();
    symlink(&root, root.join("2024").join("all")).unwrap();
    // A file link inside the folder is read under its own name.
    symlink(root.join("2024").join("notes.text"), root.join("notes.txt")).unwrap();
    let out = dir.path().join("r");
    check(&root, &out, &[]).code(1).stderr(predicate::str::is_empty());
    let want: HashSet<String> = ["2024/harbour.txt", "notes.txt"].map(String::from).into();
    assert_eq!(sources_of(&quotes(&out)), want);
    assert_reports_whole(&root, &out);
    // Following every link changes nothing inside; the link to the folder it is in is a loop.
    check(&root, &out, &["--follow-links"])
        .code(1)
        .stderr(predicate::str::contains(
            "warning: not followed: 2024/all leads back to the checked folder, a folder it is in (a link loop)",
        ))
        .stderr(predicate::str::contains("latest").not());
    assert_eq!(sources_of(&quotes(&out)), want);
    assert_reports_whole(&root, &out);
}

#[cfg(unix)]
#[test]
fn a_link_loop_outside_the_folder_is_named_when_links_are_followed() {
    use std::os::unix::fs::symlink;
    let dir = tempfile::tempdir().unwrap();
    let (root, outside) = (dir.path().join("in"), dir.path().join("outside"));
    fs::create_dir_all(outside.join("sub")).unwrap();
    fs::create_dir(&root).unwrap();
    fs::write(root.join("harbour.txt"), HARBOUR).unwrap();
    fs::write(outside.join("sub").join("bridge.txt"), BRIDGE).unwrap();
    symlink(&outside, outside.join("sub").join("up")).unwrap();
    symlink(&outside, root.join("ext")).unwrap();
    let out = dir.path().join("r");
    check(&root, &out, &["--follow-links"])
        .code(0)
        .stderr(predicate::str::contains(
            "warning: not followed: ext/sub/up leads back to ext, a folder it is in (a link loop)",
        ));
    let want: HashSet<String> = ["harbour.txt", "ext/sub/bridge.txt"].map(String::from).into();
    assert_eq!(sources_of(&quotes(&out)), want);
    assert_reports_whole(&root, &out);
}

#[test]
fn the_file_size_limit_is_bounded_and_its_highest_value_reads_every_file() {
    let dir = tempfile::tempdir().unwrap();
    fs::write(dir.path().join("harbour.txt"), HARBOUR).unwrap();
    fs::write(dir.path().join("reworded.txt"), HARBOUR_REWORDED).unwrap();
    let out = dir.path().join("r");
    // Once every file read as empty at this limit, and the check passed.
    for absurd in ["18446744073709551615", "4294967297", "0", "-1"] {
        check(dir.path(), &out, &[&format!("--max-file-size={absurd}")])
            .code(2)
            .stderr(predicate::str::contains("--max-file-size"))
            .stderr(predicate::str::contains(absurd));
        assert!(!out.exists(), "no reports for refused arguments");
    }
    check(dir.path(), &out, &["--max-file-size", "18446744073709551615"])
        .stderr(predicate::str::contains("1..=4294967296"));
    check(dir.path(), &out, &["--max-file-size", "4294967296"])
        .code(1)
        .stdout(predicate::str::contains("reworded"));
    assert_eq!(quotes(&out).len(), 2);
    assert_reports_whole(dir.path(), &out);
    // The smallest limit refuses every file, by name.
    check(dir.path(), &out, &["--max-file-size", "1"])
        .code(2)
        .stderr(predicate::str::contains("harbour.txt: too large"));
}

#[test]
fn the_thread_count_is_bounded() {
    let dir = tempfile::tempdir().unwrap();
    fs::write(dir.path().join("harbour.txt"), HARBOUR).unwrap();
    let out = dir.path().join("r");
    for absurd in ["4000", "257", "0", "-1"] {
        check(dir.path(), &out, &[&format!("--threads={absurd}")])
            .code(2)
            .stderr(predicate::str::contains("--threads"))
            .stderr(predicate::str::contains("1..=256"));
        assert!(!out.exists(), "no reports for refused arguments");
    }
    check(dir.path(), &out, &["--threads", "256"]).code(0);
    assert_eq!(quotes(&out).len(), 1);
    assert_reports_whole(dir.path(), &out);
}

/// The sample articles in `sources/`, each text passed through `convert`, in a new folder.
fn converted_sources(convert: impl Fn(&str) -> Vec<u8>) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    for entry in fs::read_dir("sources").unwrap() {
        let path = entry.unwrap().path();
        let text = fs::read_to_string(&path).unwrap();
        fs::write(dir.path().join(path.file_name().unwrap()), convert(&text)).unwrap();
    }
    dir
}

/// Checks `dir` and returns its three reports' rows, each cell's line ends made `\n`; the
/// check must find the sample's one rewording (exit 1).
fn reports(dir: &Path) -> [Rows; 3] {
    let out = dir.join("r");
    check(dir, &out, &[]).code(1);
    assert_reports_whole(dir, &out);
    ["quotes.csv", "matches.csv", "clusters.csv"].map(|name| {
        read_report(&out.join(name))
            .into_iter()
            .map(|row| {
                row.into_iter()
                    .map(|(k, v)| (k, v.replace("\r\n", "\n").replace('\r', "\n")))
                    .collect()
            })
            .collect()
    })
}

#[test]
fn lone_cr_line_ends_read_as_lf_and_crlf_do() {
    let lf = converted_sources(|t| t.as_bytes().to_vec());
    let cr = converted_sources(|t| t.replace('\n', "\r").into_bytes());
    let crlf = converted_sources(|t| t.replace('\n', "\r\n").into_bytes());
    assert!(
        fs::read(cr.path().join(ASMOLOV))
            .unwrap()
            .iter()
            .all(|&b| b != b'\n')
    );
    let [lf_quotes, lf_matches, lf_clusters] = reports(lf.path());
    assert!(lf_quotes.len() > 40, "the sample's quotations");
    // A lone CR changes no byte count: the same quotations, speakers, lines, columns, offsets
    // and ids, and so the same matches and clusters.
    let [cr_quotes, cr_matches, cr_clusters] = reports(cr.path());
    assert_eq!(cr_quotes, lf_quotes);
    assert_eq!(cr_matches, lf_matches);
    assert_eq!(cr_clusters, lf_clusters);
    // A CRLF adds a character a line: everything but the offsets (and the ids made of them).
    let without_offsets = |rows: &Rows| -> Rows {
        rows.iter()
            .map(|r| {
                let mut r = r.clone();
                for column in ["quote_id", "start", "end"] {
                    r.remove(column);
                }
                r
            })
            .collect()
    };
    let [crlf_quotes, crlf_matches, _] = reports(crlf.path());
    assert_eq!(without_offsets(&crlf_quotes), without_offsets(&lf_quotes));
    let verdicts = |rows: &Rows| -> Vec<(String, String, String)> {
        rows.iter()
            .map(|m| (m["verdict"].clone(), m["line_a"].clone(), m["line_b"].clone()))
            .collect()
    };
    assert_eq!(verdicts(&crlf_matches), verdicts(&lf_matches));
}

#[test]
fn utf16_files_with_a_byte_order_mark_are_read_as_text() {
    let utf16 = |text: &str, big_endian: bool| -> Vec<u8> {
        let units = "\u{feff}".encode_utf16().chain(text.encode_utf16());
        if big_endian {
            units.flat_map(u16::to_be_bytes).collect()
        } else {
            units.flat_map(u16::to_le_bytes).collect()
        }
    };
    let utf8 = converted_sources(|t| t.as_bytes().to_vec());
    let le = converted_sources(|t| utf16(t, false));
    let be = converted_sources(|t| utf16(t, true));
    assert!(
        fs::read(le.path().join(DELEGATION))
            .unwrap()
            .starts_with(&[0xFF, 0xFE])
    );
    let want = reports(utf8.path());
    assert!(want[0].len() > 40, "the sample's quotations");
    // Offsets count code points of the text, as they do for UTF-8: every report is the same.
    assert_eq!(reports(le.path()), want);
    assert_eq!(reports(be.path()), want);
}

#[test]
fn broken_utf16_is_named_and_the_rest_is_checked() {
    let dir = tempfile::tempdir().unwrap();
    fs::write(dir.path().join("harbour.txt"), HARBOUR).unwrap();
    fs::write(dir.path().join("reworded.txt"), HARBOUR_REWORDED).unwrap();
    // An odd number of bytes after a little-endian mark, and a lone low surrogate after a
    // big-endian one.
    fs::write(dir.path().join("odd.txt"), [0xFF, 0xFE, b'a', 0, b'b']).unwrap();
    fs::write(dir.path().join("lone.md"), [0xFE, 0xFF, 0, b'a', 0xDC, 0x00]).unwrap();
    let out = dir.path().join("r");
    check(dir.path(), &out, &[])
        .code(2)
        .stderr(predicate::str::contains(
            "error: odd.txt: not valid UTF-16 (an odd number of bytes, 5)",
        ))
        .stderr(predicate::str::contains(
            "error: lone.md: not valid UTF-16 (unpaired surrogate at byte offset 4)",
        ))
        .stdout(predicate::str::contains("reworded"));
    assert_eq!(
        sources_of(&quotes(&out)),
        ["harbour.txt", "reworded.txt"].map(String::from).into()
    );
    assert_reports_whole(dir.path(), &out);
}

#[cfg(unix)]
#[test]
fn a_folder_of_links_leading_out_says_why_it_found_no_sources() {
    let top = tempfile::tempdir().unwrap();
    let dir = top.path().join("src");
    fs::create_dir(&dir).unwrap();
    fs::write(top.path().join("outside.txt"), "“Words,” Ann Lee said.\n").unwrap();
    std::os::unix::fs::symlink(top.path().join("outside.txt"), dir.join("a.txt")).unwrap();
    kquote()
        .arg("check")
        .arg(&dir)
        .arg("--out")
        .arg(top.path().join("r"))
        .assert()
        .code(2)
        .stderr(predicates::str::contains(
            "no sources (.txt, .md, .markdown, .html or .htm files) found; 1 link leading outside the folder not followed (--follow-links follows them)",
        ));
}
