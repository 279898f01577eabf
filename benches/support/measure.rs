//! One `kquote check` run and measured in a helper process of its own: the benchmark binary
//! re-executes itself with `MEASURE` first, so that the peak resident memory read with
//! `getrusage(RUSAGE_CHILDREN)` is that one check's and not the maximum over earlier ones.
//!
//! Shared by the benchmarks through `#[path = "support/measure.rs"] mod measure;` (beside
//! `support/args.rs` as `mod args`); their `main` is `bench_main`.

use std::env;
use std::path::Path;
use std::process::{Command, ExitCode, Stdio};
use std::time::Instant;

/// A measuring benchmark's `main`: the helper when the first argument is `MEASURE`, else `run`
/// with the benchmark's arguments parsed (`default_sizes` when none are given).
pub fn bench_main(
    bench: &str,
    default_sizes: &[usize],
    run: impl FnOnce(&crate::args::Args) -> Result<(), String>,
) -> ExitCode {
    let argv: Vec<String> = env::args().skip(1).collect();
    if argv.first().map(String::as_str) == Some(MEASURE) {
        return measure_one_check(&argv[1..]);
    }
    match crate::args::Args::or_usage(bench, &argv, default_sizes) {
        Ok(options) => crate::args::finish(bench, run(&options)),
        Err(code) => code,
    }
}

/// First argument of the helper process that runs and measures one check.
const MEASURE: &str = "--measure-one-check";

/// What the helper process measured.
pub struct Measured {
    pub wall: f64,
    pub max_rss_kb: i64,
    pub code: i32,
}

impl Measured {
    /// The run of median wall time, with the largest peak memory of all runs.
    pub fn median(mut runs: Vec<Measured>) -> Measured {
        let max_rss_kb = runs.iter().map(|r| r.max_rss_kb).max().unwrap_or(-1);
        runs.sort_by(|a, b| a.wall.total_cmp(&b.wall));
        let mut median = runs.swap_remove(runs.len() / 2);
        median.max_rss_kb = max_rss_kb;
        median
    }
}

/// Runs one check under a fresh helper process and reads its measurements.
pub fn measure(dir: &Path, reports: &Path, threads: Option<u16>) -> Result<Measured, String> {
    let exe = env::current_exe().map_err(|e| format!("cannot find this benchmark's binary: {e}"))?;
    let mut cmd = Command::new(exe);
    cmd.arg(MEASURE)
        .arg(env!("CARGO_BIN_EXE_kquote"))
        .arg(dir)
        .arg(reports);
    if let Some(n) = threads {
        cmd.arg(n.to_string());
    }
    let out = cmd
        .stderr(Stdio::inherit())
        .output()
        .map_err(|e| format!("cannot run the measuring helper: {e}"))?;
    let text = String::from_utf8_lossy(&out.stdout);
    let field = |key: &str| -> Option<&str> {
        text.split_whitespace()
            .find_map(|f| f.strip_prefix(key).and_then(|v| v.strip_prefix('=')))
    };
    let parsed = (|| {
        Some(Measured {
            wall: field("wall")?.parse().ok()?,
            max_rss_kb: field("maxrss_kb")?.parse().ok()?,
            code: field("code")?.parse().ok()?,
        })
    })();
    parsed.ok_or_else(|| format!("the measuring helper failed ({}): {text}", out.status))
}

/// The helper: runs `BIN check DIR --out REPORTS --quiet [--threads N]`, waits, and prints the
/// wall time, the child's peak resident set (the only child this process ever had) and its
/// exit code.
pub fn measure_one_check(args: &[String]) -> ExitCode {
    let [bin, dir, reports, rest @ ..] = args else {
        eprintln!("{MEASURE} BIN DIR REPORTS [THREADS]");
        return ExitCode::from(2);
    };
    let mut cmd = Command::new(bin);
    cmd.arg("check").arg(dir).arg("--out").arg(reports).arg("--quiet");
    if let Some(n) = rest.first() {
        cmd.arg("--threads").arg(n);
    }
    let started = Instant::now();
    let status = match cmd.stdout(Stdio::null()).status() {
        Ok(s) => s,
        Err(e) => {
            eprintln!("cannot run {bin}: {e}");
            return ExitCode::from(2);
        }
    };
    let wall = started.elapsed().as_secs_f64();
    let max_rss_kb = match nix::sys::resource::getrusage(nix::sys::resource::UsageWho::RUSAGE_CHILDREN) {
        // Linux reports kilobytes; macOS reports bytes.
        Ok(usage) if cfg!(target_os = "macos") => usage.max_rss() / 1024,
        Ok(usage) => usage.max_rss(),
        Err(_) => -1,
    };
    println!(
        "wall={wall:.6} maxrss_kb={max_rss_kb} code={}",
        status.code().unwrap_or(-1)
    );
    ExitCode::SUCCESS
}
