//! The command line: raw arguments become validated settings here, once.

use std::io::Read;
use std::path::{Path, PathBuf};

use clap::{ArgAction, CommandFactory, Parser, Subcommand, ValueEnum};

use crate::check::CheckSettings;
use crate::check::config::{Config, ConfigError};
use crate::report::terminal::{TerminalSettings, Verbosity};
use crate::report::{FailOn, Format};
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
    /// folders named, and write the reports (CSV, review.xlsx and report.html).
    ///
    /// Exit status: 0 when no new finding is an error (or as `--fail-on` says), 1 when at least
    /// one is, 2 when the check itself failed (bad arguments, unreadable folder, no sources, a
    /// source that could not be read, a bad kquote.toml or baseline).
    Check(Box<CheckArgs>),
    /// Print a completion script for SHELL on stdout.
    Completions {
        #[arg(value_enum)]
        shell: clap_complete::Shell,
    },
    /// Print kquote's man page (roff) on stdout.
    Man,
}

/// Prints the completion script for `shell`. The script is made in memory first: the generator
/// panics when it cannot write, and a reader may close the pipe early (`| head`).
pub fn print_completions(shell: clap_complete::Shell) -> std::io::Result<()> {
    let mut script = Vec::new();
    clap_complete::generate(shell, &mut Cli::command(), "kquote", &mut script);
    write_out(&script)
}

/// Writes to stdout; a reader that stopped reading is no error.
fn write_out(bytes: &[u8]) -> std::io::Result<()> {
    use std::io::Write;
    let mut out = std::io::stdout().lock();
    match out.write_all(bytes).and_then(|()| out.flush()) {
        Err(err) if err.kind() == std::io::ErrorKind::BrokenPipe => Ok(()),
        other => other,
    }
}

/// Prints the man page, with a section for each subcommand.
pub fn print_man() -> std::io::Result<()> {
    let command = Cli::command();
    let mut page = Vec::new();
    clap_mangen::Man::new(command.clone()).render(&mut page)?;
    for sub in command.get_subcommands() {
        let name = format!("kquote-{}", sub.get_name());
        let sub = sub.clone().display_name(name.clone()).bin_name(name);
        clap_mangen::Man::new(sub).render(&mut page)?;
    }
    write_out(&page)
}

/// When to colour terminal output.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
enum ColorWhen {
    /// Colour when stdout is a terminal and `NO_COLOR` is not set.
    Auto,
    Always,
    Never,
}

/// How findings are written on stdout.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
enum FormatArg {
    /// For people, in the manner of lint tools.
    Text,
    /// One JSON object per finding (schema/findings.schema.json).
    Json,
    /// SARIF 2.1.0, for code scanning.
    Sarif,
    /// GitHub Actions workflow commands: annotations.
    Github,
}

/// What fails the check.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
enum FailOnArg {
    /// A new finding of severity error.
    Error,
    /// A new finding of severity warning or error.
    Warning,
    /// No finding: only a check that could not run.
    Never,
}

#[derive(Debug, clap::Args)]
pub struct CheckArgs {
    /// Files and folders to check; folders are searched recursively (hidden files and folders,
    /// and what ignore files leave out, are skipped); default: `dir` of kquote.toml.
    #[arg(value_name = "PATH")]
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

    /// Folder for the reports [default: reports].
    #[arg(long, short, value_name = "REPORTS_DIR")]
    out: Option<PathBuf>,

    /// Skip (and report) files larger than this many bytes (1 to 4294967296, 4 GiB) [default:
    /// 67108864].
    #[arg(
        long,
        value_name = "BYTES",
        value_parser = clap::value_parser!(u64).range(1..=LARGEST_MAX_FILE_BYTES)
    )]
    max_file_size: Option<u64>,

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

    /// Print the findings without the summary; twice (-qq), print nothing but the sources that
    /// could not be read.
    #[arg(long, short, action = ArgAction::Count, conflicts_with = "verbose")]
    quiet: u8,

    /// Print nothing but the sources that could not be read (as -qq).
    #[arg(long, conflicts_with = "verbose")]
    silent: bool,

    /// Also show consistent clusters, and how long each stage took (on stderr).
    #[arg(long, short)]
    verbose: bool,

    /// When to use colour.
    #[arg(long, value_enum, value_name = "WHEN", default_value_t = ColorWhen::Auto)]
    color: ColorWhen,

    /// How findings are written on stdout [default: text].
    #[arg(long, value_enum, value_name = "FORMAT")]
    format: Option<FormatArg>,

    /// Which new findings fail the check (exit 1) [default: error].
    #[arg(long, value_enum, value_name = "SEVERITY")]
    fail_on: Option<FailOnArg>,

    /// Settings file to use instead of the kquote.toml found in DIR or a folder above it.
    #[arg(long, value_name = "FILE")]
    config: Option<PathBuf>,

    /// Report only findings that are not in this baseline.
    #[arg(long, value_name = "FILE")]
    baseline: Option<PathBuf>,

    /// Record today's findings in FILE as a baseline (then none of them is new).
    #[arg(long, value_name = "FILE")]
    write_baseline: Option<PathBuf>,

    /// Do not write the review page, report.html.
    #[arg(long)]
    no_html: bool,
}

/// A check's settings, from the command line and kquote.toml.
#[derive(Debug)]
pub struct Resolved {
    pub settings: CheckSettings,
    pub terminal: TerminalSettings,
    /// Worker threads, when set.
    pub threads: Option<u16>,
    pub fail_on: FailOn,
}

/// Why the settings of a check cannot be made.
#[derive(Debug, thiserror::Error)]
pub enum SettingsError {
    #[error(transparent)]
    Config(#[from] ConfigError),
    #[error("nothing to check: give PATH or --files-from, or `dir` in kquote.toml")]
    NoDir,
    #[error("--files-from {}: cannot read: {reason}", path.display())]
    FilesFrom { path: PathBuf, reason: String },
    #[error("--glob or --exclude: {0}")]
    Glob(#[from] globset::Error),
    #[error("{}: threads must be 1 to {MAX_THREADS}", .0.display())]
    Threads(PathBuf),
    #[error("{}: max-file-size must be 1 to {LARGEST_MAX_FILE_BYTES}", .0.display())]
    MaxFileSize(PathBuf),
}

impl CheckArgs {
    /// The settings of the check: the command line first, then kquote.toml (`--config`, or the
    /// nearest in the first PATH's folder or a folder above it; without PATH, in the working
    /// directory or above), then the defaults. The list of `--files-from` is read here.
    pub fn resolve(&self) -> Result<Resolved, SettingsError> {
        let first = self.paths.first().map(|p| {
            if p.is_dir() {
                p.as_path()
            } else {
                p.parent().unwrap_or(Path::new("."))
            }
        });
        let found = match &self.config {
            Some(path) => Some(path.clone()),
            None => Config::find(
                first
                    .filter(|p| !p.as_os_str().is_empty())
                    .unwrap_or(Path::new(".")),
            ),
        };
        let (config, config_path) = match found {
            Some(path) => (Config::load(&path)?, path),
            None => (Config::default(), PathBuf::from(crate::check::config::FILE_NAME)),
        };
        let listed = match &self.files_from {
            Some(path) => read_list(path).map_err(|e| SettingsError::FilesFrom {
                path: path.clone(),
                reason: e.to_string(),
            })?,
            None => Vec::new(),
        };
        let paths = match (&self.paths[..], &config.dir) {
            ([], Some(dir)) if self.files_from.is_none() => vec![dir.clone()],
            ([], _) if self.files_from.is_none() => return Err(SettingsError::NoDir),
            (paths, _) => paths.to_vec(),
        };
        let threads = match (self.threads, config.threads) {
            (Some(n), _) => Some(n),
            (None, Some(n)) if (1..=MAX_THREADS).contains(&n) => Some(n),
            (None, Some(_)) => return Err(SettingsError::Threads(config_path)),
            (None, None) => None,
        };
        let max_file_bytes = match (self.max_file_size, config.max_file_size) {
            (Some(n), _) => n,
            (None, Some(n)) if (1..=LARGEST_MAX_FILE_BYTES).contains(&n) => n,
            (None, Some(_)) => return Err(SettingsError::MaxFileSize(config_path)),
            (None, None) => DEFAULT_MAX_FILE_BYTES,
        };
        let format = match self.format {
            Some(FormatArg::Text) => Format::Text,
            Some(FormatArg::Json) => Format::Json,
            Some(FormatArg::Sarif) => Format::Sarif,
            Some(FormatArg::Github) => Format::Github,
            None => config.format.unwrap_or_default(),
        };
        let fail_on = match self.fail_on {
            Some(FailOnArg::Error) => FailOn::Error,
            Some(FailOnArg::Warning) => FailOn::Warning,
            Some(FailOnArg::Never) => FailOn::Never,
            None => config.fail_on.unwrap_or_default(),
        };
        let verbosity = match (self.quiet, self.silent, self.verbose) {
            (_, true, _) | (2.., _, _) => Verbosity::Silent,
            (1, _, _) => Verbosity::Quiet,
            (0, _, true) => Verbosity::Verbose,
            (0, _, false) => Verbosity::Normal,
        };
        let follow_links = self.follow_links || config.follow_links.unwrap_or(false);
        let sources = Selection {
            paths,
            listed,
            links: if follow_links {
                Links::Everywhere
            } else {
                Links::WithinFolder
            },
            ignore_files: !self.no_ignore,
            ..Selection::default()
        }
        .with_globs(&self.glob, &self.exclude)?;
        let settings = CheckSettings {
            sources,
            out: self
                .out
                .clone()
                .or_else(|| config.out.clone())
                .unwrap_or_else(|| PathBuf::from("reports")),
            max_file_bytes,
            // A progress bar beside machine output or a quiet check would only be noise.
            progress: verbosity >= Verbosity::Normal,
            house_style: config.house_style(&config_path)?,
            accepted: config.accepted(),
            baseline: self.baseline.clone().or_else(|| config.baseline.clone()),
            write_baseline: self.write_baseline.clone(),
            html: !self.no_html,
        };
        let terminal = TerminalSettings {
            verbosity,
            color: match self.color {
                ColorWhen::Auto => anstream::ColorChoice::Auto,
                ColorWhen::Always => anstream::ColorChoice::Always,
                ColorWhen::Never => anstream::ColorChoice::Never,
            },
            format,
        };
        Ok(Resolved {
            settings,
            terminal,
            threads,
            fail_on,
        })
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
