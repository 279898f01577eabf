//! Stage 1: find the source files a user names and decode them into [`Document`]s.
//!
//! In: a [`Selection`]: files and folders, which links to follow ([`Links`]), whether ignore
//! files count, globs. Out: the list of its source files, each with its name and the hash its
//! quotation ids are made of ([`SourceList`], or a [`WalkError`] when a path named cannot be
//! read), and each file's text as a [`Document`], or the [`SourceError`] that says why it cannot
//! be checked.
//!
//! Finding: folders are walked for `.txt`, `.md`, `.markdown`, `.html` and `.htm` files,
//! honouring `.gitignore`, `.ignore` and `.kquoteignore` (`walk`); files are named on their own
//! or in a list; a source's name is its path relative to the common root of the paths given
//! (`paths`), kept exactly (`name`): a name that is not UTF-8 is escaped, never decoded lossily,
//! so that two files never become one source. Links are followed only where they stay inside the
//! folder walked, unless asked.
//!
//! Reading: text is UTF-8, or UTF-16 with a byte-order mark (`read`). Each format is read into
//! the text the later stages see, [`Document::text`]: plain text as it is; Markdown (`markdown`,
//! with `pulldown-cmark`) and HTML (`html`, with `html5gum`) as the text a reader sees, one block
//! a line, with a [`Markup`] map from each piece of it back to the file (`visible`), so that
//! positions in the reports point into the file.

mod html;
mod markdown;
mod name;
mod paths;
mod read;
mod visible;
mod walk;

use std::path::{Path, PathBuf};

use thiserror::Error;

pub use paths::{Selection, find, find_sources};
// The fuzz targets decode bytes as a file's (`crate::fuzzing`).
#[cfg(fuzzing)]
pub(crate) use read::decode;
pub use read::{load, load_with};
pub use visible::Markup;
pub use walk::IGNORE_FILE;

/// Files larger than this are reported and skipped unless the limit is raised.
pub const DEFAULT_MAX_FILE_BYTES: u64 = 64 * 1024 * 1024;

/// The highest limit `--max-file-size` accepts (4 GiB): a file is read into memory whole.
pub const LARGEST_MAX_FILE_BYTES: u64 = 4 * 1024 * 1024 * 1024;

/// How a source file is written, known by its extension.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Format {
    /// Plain text (`.txt`, and any file named on its own whatever its extension).
    #[default]
    Text,
    /// Markdown (`.md`, `.markdown`).
    Markdown,
    /// HTML (`.html`, `.htm`).
    Html,
}

impl Format {
    /// The extensions of source files, each with its format.
    pub const EXTENSIONS: [(&'static str, Format); 5] = [
        ("txt", Format::Text),
        ("md", Format::Markdown),
        ("markdown", Format::Markdown),
        ("html", Format::Html),
        ("htm", Format::Html),
    ];

    /// The format of a source file by its extension (any case), if it is a source's.
    pub fn of(path: &Path) -> Option<Format> {
        let ext = path.extension()?.as_encoded_bytes();
        Format::EXTENSIONS
            .iter()
            .find(|(e, _)| ext.eq_ignore_ascii_case(e.as_bytes()))
            .map(|&(_, format)| format)
    }
}

/// One source file, decoded.
#[derive(Debug, Clone)]
pub struct Document {
    /// Path relative to the checked folder, `/`-separated: the name used in every report.
    pub(crate) source: String,
    /// The hash its quotations' ids are made of, distinct from every other source's of the
    /// check ([`SourceFile::id_hash`]).
    pub(crate) id_hash: u64,
    /// The text the later stages read: the file's text without a leading byte-order mark, or,
    /// for Markdown and HTML, the text a reader sees of it (`visible`).
    pub(crate) text: String,
    /// For Markdown and HTML: the file's text, and where each piece of `text` is in it.
    pub(crate) markup: Option<Box<Markup>>,
}

impl Document {
    /// A document of `text` named `source`, alone: its id hash is the plain hash of its name, as
    /// in a check where no other name's hash collides with it.
    pub fn new(source: impl Into<String>, text: impl Into<String>) -> Document {
        Document::of_format(source, text, Format::Text)
    }

    /// A document of `file`, written in `format`, named `source`, alone (as [`Document::new`]).
    pub fn of_format(source: impl Into<String>, file: impl Into<String>, format: Format) -> Document {
        let source = source.into();
        Document::read(
            source.clone(),
            crate::types::fnv1a(source.as_bytes()),
            file.into(),
            format,
        )
    }

    /// The document of a file's decoded text.
    pub(crate) fn read(source: String, id_hash: u64, file: String, format: Format) -> Document {
        let (text, markup) = match format {
            Format::Text => (file, None),
            Format::Markdown => {
                let (text, markup) = markdown::visible(file);
                (text, Some(Box::new(markup)))
            }
            Format::Html => {
                let (text, markup) = html::visible(file);
                (text, Some(Box::new(markup)))
            }
        };
        Document {
            source,
            id_hash,
            text,
            markup,
        }
    }
}

/// One source file found under the checked folder.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SourceFile {
    /// Path relative to the checked folder, `/`-separated, escaped where it is not UTF-8 (see
    /// `name`): the name used in every report.
    pub name: String,
    /// Where the file is read from.
    pub path: PathBuf,
    /// The hash its quotations' ids are made of: of its name, and distinct from every other
    /// source's in the list ([`crate::types::IdHashes`]).
    pub id_hash: u64,
}

/// Which symbolic links the walk follows.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Links {
    /// Only those whose target lies inside the checked folder: a link out (`config.txt ->
    /// ~/secret.json`, `etc -> /etc`) is named and skipped, so that nothing outside the folder
    /// reaches the reports unasked.
    #[default]
    WithinFolder,
    /// Every link (`--follow-links`).
    Everywhere,
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
    #[error("cannot follow link: {0}")]
    BrokenLink(String),
    #[error("not UTF-8 text (invalid byte at offset {0})")]
    InvalidUtf8(usize),
    #[error("not valid UTF-16 (an odd number of bytes, {0})")]
    OddUtf16(usize),
    #[error("not valid UTF-16 (unpaired surrogate at byte offset {0})")]
    InvalidUtf16(usize),
    #[error("binary file (NUL byte at offset {0})")]
    Binary(usize),
    #[error("too large ({size} bytes; the limit is {limit}, see --max-file-size)")]
    TooLarge { size: u64, limit: u64 },
}

/// A symbolic link the walk did not follow, and why. It is named as a warning and does not fail
/// the check: what it leads to was left out on purpose, not lost.
#[derive(Debug, Error, Clone, PartialEq, Eq)]
#[error("not followed: {link} {why}")]
pub struct SkippedLink {
    /// The link's path relative to the checked folder.
    pub(crate) link: String,
    pub(crate) why: LinkProblem,
}

/// Why a link was not followed.
#[derive(Debug, Error, Clone, PartialEq, Eq)]
pub(crate) enum LinkProblem {
    #[error("leads outside the checked folder (--follow-links follows it)")]
    Outside,
    #[error("leads back to {0}, a folder it is in (a link loop)")]
    Loop(String),
}

/// Problems with the folder itself: nothing can be checked.
#[derive(Debug, Error)]
pub enum WalkError {
    #[error("{0}: no such file or folder")]
    Missing(PathBuf),
    #[error("{0}: not a folder")]
    NotAFolder(PathBuf),
    #[error("{path}: cannot read folder: {reason}")]
    Unreadable { path: PathBuf, reason: String },
}

/// The source files found under a folder, in a stable (sorted) order.
#[derive(Debug, Default)]
pub struct SourceList {
    /// The folder the sources are named from: the one folder given (or the one file's folder)
    /// as written, or the common root of the paths given, absolute.
    pub root: PathBuf,
    /// Every source file, sorted by name.
    pub files: Vec<SourceFile>,
    /// Entries that could not be listed (unreadable subfolders, dangling links named like a
    /// source).
    pub(crate) errors: Vec<SourceError>,
    /// Links that were not followed, sorted by name.
    pub(crate) skipped_links: Vec<SkippedLink>,
}
