//! Stage 1: find the source files under a folder and decode them into [`Document`]s.
//!
//! In: a folder. Out: the list of its `.txt` and `.md` files ([`SourceList`], or a [`WalkError`]
//! when the folder itself cannot be read), and each file's text as a [`Document`], or the
//! [`SourceError`] that says why it cannot be checked.

use rayon::prelude::*;
use std::fs;
use std::io::Read;
use std::path::{Path, PathBuf};

use thiserror::Error;

/// File extensions that are read as sources.
const SOURCE_EXTENSIONS: &[&str] = &["txt", "md"];

/// Files larger than this are reported and skipped unless the limit is raised.
pub const DEFAULT_MAX_FILE_BYTES: u64 = 64 * 1024 * 1024;

/// One source file, decoded.
#[derive(Debug, Clone)]
pub struct Document {
    /// Path relative to the checked folder, `/`-separated: the name used in every report.
    pub(crate) source: String,
    /// The file's text without a leading byte-order mark.
    pub(crate) text: String,
}

/// A source file that was found but cannot be checked.
#[derive(Debug, Error, Clone, PartialEq, Eq)]
#[error("{file}: {reason}")]
pub struct SourceError {
    /// Path relative to the checked folder (or the walked path when it has none).
    pub(crate) file: String,
    /// Why the file was skipped.
    pub(crate) reason: SourceProblem,
}

/// Why a source file could not be read.
#[derive(Debug, Error, Clone, PartialEq, Eq)]
pub(crate) enum SourceProblem {
    #[error("cannot read: {0}")]
    Io(String),
    #[error("not UTF-8 text (invalid byte at offset {0})")]
    InvalidUtf8(usize),
    #[error("binary file (NUL byte at offset {0})")]
    Binary(usize),
    #[error("too large ({size} bytes; the limit is {limit}, see --max-file-size)")]
    TooLarge { size: u64, limit: u64 },
}

/// Problems with the folder itself: nothing can be checked.
#[derive(Debug, Error)]
pub enum WalkError {
    #[error("{0}: no such folder")]
    Missing(PathBuf),
    #[error("{0}: not a folder")]
    NotAFolder(PathBuf),
    #[error("{path}: cannot read folder: {reason}")]
    Unreadable { path: PathBuf, reason: String },
}

/// The source files found under a folder, in a stable (sorted) order.
#[derive(Debug, Default)]
pub struct SourceList {
    /// `(relative name, full path)` of every source file.
    pub files: Vec<(String, PathBuf)>,
    /// Entries that could not be listed (unreadable subfolders, broken links).
    pub(crate) errors: Vec<SourceError>,
}

/// Walks `root` recursively for `.txt` and `.md` files, skipping hidden files and folders.
pub fn find_sources(root: &Path) -> Result<SourceList, WalkError> {
    let meta = fs::metadata(root).map_err(|e| match e.kind() {
        std::io::ErrorKind::NotFound => WalkError::Missing(root.to_path_buf()),
        _ => WalkError::Unreadable {
            path: root.to_path_buf(),
            reason: e.to_string(),
        },
    })?;
    if !meta.is_dir() {
        return Err(WalkError::NotAFolder(root.to_path_buf()));
    }
    fs::read_dir(root).map_err(|e| WalkError::Unreadable {
        path: root.to_path_buf(),
        reason: e.to_string(),
    })?;

    // Folders are listed in parallel; the order is restored by sorting below.
    let found = std::sync::Mutex::new(SourceList::default());
    ignore::WalkBuilder::new(root)
        .standard_filters(false)
        .hidden(true)
        .follow_links(true)
        .threads(rayon::current_num_threads())
        .build_parallel()
        .run(|| {
            Box::new(|entry| {
                let mut list = found.lock().unwrap_or_else(std::sync::PoisonError::into_inner);
                match entry {
                    Ok(entry) => {
                        let is_file = entry.file_type().is_some_and(|t| t.is_file());
                        let path = entry.path();
                        if is_file && has_source_extension(path) {
                            list.files.push((relative_name(root, path), path.to_path_buf()));
                        }
                    }
                    Err(err) => list.errors.push(walk_error(root, &err)),
                }
                ignore::WalkState::Continue
            })
        });
    let mut list = found
        .into_inner()
        .unwrap_or_else(std::sync::PoisonError::into_inner);
    // Names are unique: an unstable sort gives the one order.
    list.files.par_sort_unstable();
    list.errors.sort_by(|a, b| a.file.cmp(&b.file));
    Ok(list)
}

fn walk_error(root: &Path, err: &ignore::Error) -> SourceError {
    let path = match err {
        ignore::Error::WithPath { path, .. } => relative_name(root, path),
        ignore::Error::WithDepth { err, .. } => return walk_error(root, err),
        ignore::Error::WithLineNumber { err, .. } => return walk_error(root, err),
        _ => root.display().to_string(),
    };
    let reason = match err {
        ignore::Error::WithPath { err, .. } => err.to_string(),
        other => other.to_string(),
    };
    SourceError {
        file: path,
        reason: SourceProblem::Io(reason),
    }
}

fn has_source_extension(path: &Path) -> bool {
    path.extension()
        .and_then(|e| e.to_str())
        .is_some_and(|e| SOURCE_EXTENSIONS.iter().any(|x| e.eq_ignore_ascii_case(x)))
}

/// `path` relative to `root`, with `/` separators whatever the platform.
fn relative_name(root: &Path, path: &Path) -> String {
    let rel = path.strip_prefix(root).unwrap_or(path);
    let mut name = String::with_capacity(rel.as_os_str().len());
    for (i, part) in rel.components().enumerate() {
        if i > 0 {
            name.push('/');
        }
        name.push_str(&part.as_os_str().to_string_lossy());
    }
    name
}

/// Reads and decodes one source file.
pub fn load(source: &str, path: &Path, max_bytes: u64) -> Result<Document, SourceError> {
    let fail = |reason| SourceError {
        file: source.to_string(),
        reason,
    };
    let file = fs::File::open(path).map_err(|e| fail(SourceProblem::Io(e.to_string())))?;
    let size = file.metadata().map(|m| m.len()).unwrap_or(0);
    if size > max_bytes {
        return Err(fail(SourceProblem::TooLarge {
            size,
            limit: max_bytes,
        }));
    }
    let mut bytes = Vec::with_capacity(size as usize);
    // Read one byte past the limit so a file that grew since `metadata` is still caught.
    file.take(max_bytes + 1)
        .read_to_end(&mut bytes)
        .map_err(|e| fail(SourceProblem::Io(e.to_string())))?;
    if bytes.len() as u64 > max_bytes {
        return Err(fail(SourceProblem::TooLarge {
            size: bytes.len() as u64,
            limit: max_bytes,
        }));
    }
    decode(bytes)
        .map(|text| Document {
            source: source.to_string(),
            text,
        })
        .map_err(fail)
}

/// Decodes UTF-8 text, dropping a byte-order mark; binary and non-UTF-8 content is refused.
pub(crate) fn decode(mut bytes: Vec<u8>) -> Result<String, SourceProblem> {
    if bytes.starts_with(&[0xEF, 0xBB, 0xBF]) {
        bytes.drain(..3);
    }
    if let Some(at) = memchr::memchr(0, &bytes) {
        return Err(SourceProblem::Binary(at));
    }
    String::from_utf8(bytes).map_err(|e| SourceProblem::InvalidUtf8(e.utf8_error().valid_up_to()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bom_is_dropped() {
        assert_eq!(decode(b"\xEF\xBB\xBFhi".to_vec()).unwrap(), "hi");
    }

    #[test]
    fn invalid_utf8_names_the_offset() {
        assert_eq!(decode(b"ab\xFFcd".to_vec()), Err(SourceProblem::InvalidUtf8(2)));
    }

    #[test]
    fn nul_bytes_mean_binary() {
        assert_eq!(
            decode(b"PK\x03\x04\x00\x00".to_vec()),
            Err(SourceProblem::Binary(4))
        );
    }

    #[test]
    fn relative_names_use_forward_slashes() {
        let root = Path::new("corpus");
        assert_eq!(relative_name(root, &root.join("a").join("b.txt")), "a/b.txt");
    }
}
