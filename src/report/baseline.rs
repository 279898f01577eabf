//! Baselines: the findings of a day, recorded so that later checks report only new ones
//! (`--write-baseline FILE`, `--baseline FILE`, as in SwiftLint and ruff).
//!
//! A baseline is JSON: `{"kquote_baseline": 1, "findings": [{"id": …}, …]}`. Only `id` is read;
//! the verdict, speaker, place and changes beside it are written for the person reviewing the
//! file. A reader accepts any format version up to its own and ignores fields it does not know,
//! so that a baseline written by one version of kquote is read by the next.

use std::io::Write;
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};
use thiserror::Error;

use super::findings::Finding;
use crate::types::{Match, Quote};

/// The format version this kquote writes, and the newest it reads.
pub const FORMAT: u32 = 1;

/// Why a baseline cannot be read or written.
#[derive(Debug, Error)]
pub enum BaselineError {
    #[error("{}: cannot read baseline: {reason}", path.display())]
    Read { path: PathBuf, reason: std::io::Error },
    #[error("{}: not a kquote baseline: {reason}", path.display())]
    Format { path: PathBuf, reason: String },
    #[error("{}: baseline format {found} is newer than this kquote reads ({FORMAT}); update kquote", path.display())]
    Newer { path: PathBuf, found: u32 },
    #[error("{}: cannot write baseline: {reason}", path.display())]
    Write { path: PathBuf, reason: std::io::Error },
}

#[derive(Debug, Serialize, Deserialize)]
struct File<E> {
    kquote_baseline: u32,
    findings: Vec<E>,
}

/// An entry as read: the id is all that counts.
#[derive(Debug, Deserialize)]
struct ReadEntry {
    id: String,
}

/// An entry as written.
#[derive(Debug, Serialize)]
struct Entry<'a> {
    id: &'a str,
    verdict: &'static str,
    speaker: &'a str,
    /// Where the finding was printed when the baseline was written, relative to the checked
    /// folder: for the reader, not for matching.
    source: &'a str,
    line: usize,
    changes: &'a str,
}

/// The finding ids recorded in the baseline at `path`.
pub fn read(path: &Path) -> Result<Vec<String>, BaselineError> {
    let text = std::fs::read_to_string(path).map_err(|reason| BaselineError::Read {
        path: path.to_path_buf(),
        reason,
    })?;
    let format = |reason: String| BaselineError::Format {
        path: path.to_path_buf(),
        reason,
    };
    #[derive(Deserialize)]
    struct Version {
        kquote_baseline: u32,
    }
    let version: Version = serde_json::from_str(&text).map_err(|e| format(e.to_string()))?;
    if version.kquote_baseline > FORMAT {
        return Err(BaselineError::Newer {
            path: path.to_path_buf(),
            found: version.kquote_baseline,
        });
    }
    let file: File<ReadEntry> = serde_json::from_str(&text).map_err(|e| format(e.to_string()))?;
    Ok(file.findings.into_iter().map(|e| e.id).collect())
}

/// Writes every finding into a baseline at `path`, one entry an id, replacing the file in one
/// step.
pub fn write(
    path: &Path,
    quotes: &[Quote],
    matches: &[Match],
    findings: &[Finding],
) -> Result<(), BaselineError> {
    let fail = |reason| BaselineError::Write {
        path: path.to_path_buf(),
        reason,
    };
    let mut entries: Vec<Entry> = findings
        .iter()
        .map(|f| {
            let m = &matches[f.pair];
            let b = &quotes[m.b];
            Entry {
                id: &f.id,
                verdict: m.verdict.as_str(),
                speaker: &b.speaker,
                source: &b.source,
                line: b.line,
                changes: &m.changes,
            }
        })
        .collect();
    entries.sort_by(|x, y| {
        x.id.cmp(y.id)
            .then(x.source.cmp(y.source))
            .then(x.line.cmp(&y.line))
    });
    entries.dedup_by(|x, y| x.id == y.id);
    let file = File {
        kquote_baseline: FORMAT,
        findings: entries,
    };
    let mut text = serde_json::to_vec_pretty(&file).map_err(|e| fail(e.into()))?;
    text.push(b'\n');
    let name = path
        .file_name()
        .ok_or_else(|| fail(std::io::ErrorKind::InvalidInput.into()))?;
    let mut staging_name = std::ffi::OsString::from(".");
    staging_name.push(name);
    staging_name.push(".kquote-new");
    let staging = path.with_file_name(staging_name);
    let written = std::fs::File::create(&staging)
        .and_then(|mut f| f.write_all(&text).and_then(|()| f.sync_all()))
        .and_then(|()| std::fs::rename(&staging, path));
    if written.is_err() {
        let _ = std::fs::remove_file(&staging);
    }
    written.map_err(fail)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_baseline_of_format_1_is_read_with_fields_it_does_not_know() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("baseline.json");
        std::fs::write(
            &path,
            r#"{"kquote_baseline": 1, "written_by": "kquote 0.1.0",
                "findings": [{"id": "f00000000000000aa", "verdict": "reworded", "later": [1]}]}"#,
        )
        .unwrap();
        assert_eq!(read(&path).unwrap(), ["f00000000000000aa"]);
    }

    #[test]
    fn a_newer_or_foreign_file_is_refused_with_the_reason() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("baseline.json");
        std::fs::write(&path, r#"{"kquote_baseline": 9, "findings": []}"#).unwrap();
        assert!(matches!(read(&path), Err(BaselineError::Newer { found: 9, .. })));
        std::fs::write(&path, r#"{"version": "2.1.0"}"#).unwrap();
        assert!(matches!(read(&path), Err(BaselineError::Format { .. })));
        assert!(matches!(
            read(&dir.path().join("missing.json")),
            Err(BaselineError::Read { .. })
        ));
    }
}
