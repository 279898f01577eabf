//! The shape of the house: one folder a stage, data flowing one way, files a reader can hold.
//!
//! A stage may use the stages before it and the shared modules, never a later stage; the shared
//! modules (`types`, `lang`, `lexicon`, `words`, `fault`) use no stage at all. See CONTRIBUTING.md.

use std::fs;
use std::path::{Path, PathBuf};

/// The stages in pipeline order; `check` runs them all.
const STAGES: [&str; 7] = [
    "source",
    "extract",
    "attribute",
    "align",
    "score",
    "report",
    "check",
];
/// Modules every stage may use, which use no stage themselves.
const SHARED: [&str; 5] = ["types", "lang", "lexicon", "words", "fault"];
/// Lines a source file may have: beyond this a file holds more than one idea.
const MAX_LINES: usize = 1_000;

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

/// The top-level module a file of `src/` belongs to (`src/align/pair.rs` -> `align`).
fn module_of(path: &Path) -> String {
    let rel = path.strip_prefix("src").unwrap();
    let first = rel.components().next().unwrap().as_os_str().to_string_lossy();
    first.trim_end_matches(".rs").to_string()
}

/// The top-level modules a file names as `crate::<module>`.
fn uses(text: &str) -> Vec<String> {
    let mut found: Vec<String> = text
        .match_indices("crate::")
        .map(|(i, m)| {
            text[i + m.len()..]
                .chars()
                .take_while(|c| c.is_ascii_alphanumeric() || *c == '_')
                .collect()
        })
        .collect();
    found.sort();
    found.dedup();
    found
}

fn files() -> Vec<PathBuf> {
    let mut files = Vec::new();
    rust_files(Path::new("src"), &mut files);
    files.sort();
    files
}

#[test]
fn stages_use_only_earlier_stages_and_shared_modules_use_none() {
    let mut wrong = Vec::new();
    for path in files() {
        let module = module_of(&path);
        let text = fs::read_to_string(&path).unwrap();
        let rank = STAGES.iter().position(|s| *s == module);
        for used in uses(&text) {
            let Some(used_rank) = STAGES.iter().position(|s| *s == used) else {
                continue;
            };
            let allowed = match rank {
                Some(rank) => used_rank <= rank,
                None => !SHARED.contains(&module.as_str()),
            };
            if !allowed {
                wrong.push(format!("{} uses crate::{used}", path.display()));
            }
        }
    }
    assert!(
        wrong.is_empty(),
        "imports against the pipeline's direction:\n{}",
        wrong.join("\n")
    );
}

#[test]
fn every_stage_has_a_folder_whose_mod_rs_says_what_goes_in_and_out() {
    for stage in STAGES {
        let path = Path::new("src").join(stage).join("mod.rs");
        let text = fs::read_to_string(&path).unwrap_or_else(|_| panic!("{} exists", path.display()));
        let doc: String = text.lines().take_while(|l| l.starts_with("//!")).collect();
        assert!(
            doc.contains("In:") && doc.contains("Out:"),
            "{} says what goes in and what comes out",
            path.display()
        );
    }
}

#[test]
fn no_source_file_is_longer_than_a_reader_can_hold() {
    let long: Vec<String> = files()
        .into_iter()
        .filter_map(|path| {
            let lines = fs::read_to_string(&path).unwrap().lines().count();
            (lines > MAX_LINES).then(|| format!("{}: {lines} lines", path.display()))
        })
        .collect();
    assert!(
        long.is_empty(),
        "files over {MAX_LINES} lines:\n{}",
        long.join("\n")
    );
}
