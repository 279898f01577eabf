//! The command line: raw arguments become validated settings here, once.

use std::path::PathBuf;

use clap::{Parser, Subcommand, ValueEnum};

use crate::check::CheckSettings;
use crate::report::terminal::{TerminalSettings, Verbosity};
use crate::source::{DEFAULT_MAX_FILE_BYTES, LARGEST_MAX_FILE_BYTES, Links};

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
    /// Check every .txt and .md file under DIR and write CSV reports.
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
    /// Folder of sources, searched recursively (hidden files and folders are skipped).
    dir: PathBuf,

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

    /// Also follow symbolic links that lead outside DIR (by default they are named and
    /// skipped).
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

impl CheckArgs {
    /// The settings of the check itself.
    pub fn settings(&self) -> CheckSettings {
        CheckSettings {
            root: self.dir.clone(),
            out: self.out.clone(),
            max_file_bytes: self.max_file_size,
            links: if self.follow_links {
                Links::Everywhere
            } else {
                Links::WithinFolder
            },
            progress: !self.quiet,
        }
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
