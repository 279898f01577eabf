//! The command line: raw arguments become validated settings here, once.

use std::io::Read;
use std::path::{Path, PathBuf};

use clap::{Parser, Subcommand, ValueEnum};
use thiserror::Error;

use crate::check::CheckSettings;
use crate::report::terminal::{TerminalSettings, Verbosity};
use crate::source::{DEFAULT_MAX_FILE_BYTES, LARGEST_MAX_FILE_BYTES, Links, Selection};

/// The most worker threads `--threads` accepts: more than the cores of any machine kquote runs
/// on, and few enough that a typo (`--threads 4000`) is refused rather than run for minutes.
pub const MAX_THREADS: u16 = 256;

/// Finds quotations that are printed differently in different sources.
#[derive(Debug, Parser)]
#[command(name = "kquote", version, about, long_about = None)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Check the files named and every source file (.txt, .md, .markdown, .html, .htm) in the
    /// folders named, and write CSV reports.
    ///
    /// Exit status: 0 when no finding is an error, 1 when at least one is, 2 when the check
    /// itself failed (bad arguments, unreadable folder, no sources, a source that could not be read).
    Check(CheckArgs),
}

/// When to colour terminal output.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
enum ColorWhen {
    /// Colour when stdout is a terminal and `NO_COLOR` is not set.
    Auto,
    Always,
    Never,
}

#[derive(Debug, clap::Args)]
pub struct CheckArgs {
    /// Files and folders to check; folders are searched recursively (hidden files and folders,
    /// and what ignore files leave out, are skipped).
    #[arg(value_name = "PATH", required_unless_present = "files_from")]
    paths: Vec<PathBuf>,

    /// Also check the files and folders listed in FILE, one a line (`-` reads them from standard
    /// input), such as a CI job's changed files.
    #[arg(long, value_name = "FILE")]
    files_from: Option<PathBuf>,

    /// Also read the files that .gitignore, .ignore and .kquoteignore files leave out.
    #[arg(long)]
    no_ignore: bool,

    /// Check only sources whose name matches GLOB (`*.md`, `news/**`); `!GLOB` leaves them out.
    /// May be given more than once.
    #[arg(long, short, value_name = "GLOB")]
    glob: Vec<String>,

    /// Leave out sources whose name matches GLOB. May be given more than once.
    #[arg(long, value_name = "GLOB")]
    exclude: Vec<String>,

    /// Folder for the reports.
    #[arg(long, short, value_name = "REPORTS_DIR", default_value = "reports")]
    out: PathBuf,

    /// Skip (and report) files larger than this many bytes (1 to 4294967296, 4 GiB).
    #[arg(
        long,
        value_name = "BYTES",
        default_value_t = DEFAULT_MAX_FILE_BYTES,
        value_parser = clap::value_parser!(u64).range(1..=LARGEST_MAX_FILE_BYTES)
    )]
    max_file_size: u64,

    /// Number of worker threads, 1 to 256 (default: one per core); with two or more, files are
    /// read by threads of their own.
    #[arg(
        long,
        short = 'j',
        value_name = "N",
        value_parser = clap::value_parser!(u16).range(1..=i64::from(MAX_THREADS))
    )]
    pub threads: Option<u16>,

    /// Also follow symbolic links that lead outside the folder they are in (by default they are
    /// named and skipped).
    #[arg(long)]
    follow_links: bool,

    /// Print nothing but errors.
    #[arg(long, short, conflicts_with = "verbose")]
    quiet: bool,

    /// Also show consistent clusters, and how long each stage took (on stderr).
    #[arg(long, short)]
    verbose: bool,

    /// When to use colour.
    #[arg(long, value_enum, value_name = "WHEN", default_value_t = ColorWhen::Auto)]
    color: ColorWhen,
}

/// Arguments that are well formed but cannot be used.
#[derive(Debug, Error)]
pub enum ArgsError {
    #[error("--files-from {}: cannot read: {reason}", path.display())]
    FilesFrom { path: PathBuf, reason: String },
    #[error("--glob or --exclude: {0}")]
    Glob(#[from] globset::Error),
}

impl CheckArgs {
    /// The settings of the check itself; the list of `--files-from` is read here.
    pub fn settings(&self) -> Result<CheckSettings, ArgsError> {
        let listed = match &self.files_from {
            Some(path) => read_list(path).map_err(|e| ArgsError::FilesFrom {
                path: path.clone(),
                reason: e.to_string(),
            })?,
            None => Vec::new(),
        };
        let sources = Selection {
            paths: self.paths.clone(),
            listed,
            links: if self.follow_links {
                Links::Everywhere
            } else {
                Links::WithinFolder
            },
            ignore_files: !self.no_ignore,
            ..Selection::default()
        }
        .with_globs(&self.glob, &self.exclude)?;
        Ok(CheckSettings {
            sources,
            out: self.out.clone(),
            max_file_bytes: self.max_file_size,
            progress: !self.quiet,
        })
    }

    /// What the terminal shows, and whether in colour.
    pub fn terminal(&self) -> TerminalSettings {
        TerminalSettings {
            verbosity: match (self.quiet, self.verbose) {
                (true, _) => Verbosity::Quiet,
                (false, true) => Verbosity::Verbose,
                (false, false) => Verbosity::Normal,
            },
            color: match self.color {
                ColorWhen::Auto => anstream::ColorChoice::Auto,
                ColorWhen::Always => anstream::ColorChoice::Always,
                ColorWhen::Never => anstream::ColorChoice::Never,
            },
        }
    }
}

/// The paths listed in the file at `path` (`-`: standard input), one a line; blank lines are
/// skipped and a line may end with CRLF.
fn read_list(path: &Path) -> std::io::Result<Vec<PathBuf>> {
    let mut bytes = Vec::new();
    if path == Path::new("-") {
        std::io::stdin().lock().read_to_end(&mut bytes)?;
    } else {
        std::fs::File::open(path)?.read_to_end(&mut bytes)?;
    }
    Ok(bytes
        .split(|&b| b == b'\n')
        .map(|line| line.strip_suffix(b"\r").unwrap_or(line))
        .filter(|line| !line.iter().all(u8::is_ascii_whitespace))
        .map(path_of_bytes)
        .collect())
}

/// A path from the bytes of a list: as they are on Unix, where a name may be any bytes; read as
/// UTF-8 elsewhere.
fn path_of_bytes(bytes: &[u8]) -> PathBuf {
    #[cfg(unix)]
    {
        use std::os::unix::ffi::OsStrExt;
        PathBuf::from(std::ffi::OsStr::from_bytes(bytes))
    }
    #[cfg(not(unix))]
    {
        PathBuf::from(String::from_utf8_lossy(bytes).into_owned())
    }
}
