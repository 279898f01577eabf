//! The command line the benchmarks take: `[N ...] [--threads N] [--seed S] [--runs R]
//! [--speed-up] [--generated]`, and the cargo target folder they write their corpora into.
//!
//! Shared by the benchmarks through `#[path = "support/args.rs"] mod args;`.

use std::env;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

/// What a benchmark was asked to measure.
#[derive(Clone)]
pub struct Args {
    /// Document counts, in the order given.
    pub sizes: Vec<usize>,
    /// Worker threads; `None` for one per core.
    pub threads: Option<u16>,
    pub seed: u64,
    /// Measurements per size; the median is reported.
    pub runs: usize,
    /// Also measure each size on one thread, in the same rounds, for the speed-up (the scale
    /// benchmark only).
    pub speed_up: bool,
    /// Check the generated corpus even when the real articles of `../shared` are there (the
    /// scale benchmark only).
    pub generated: bool,
}

pub const DEFAULT_SEED: u64 = 42;
pub const DEFAULT_RUNS: usize = 3;

impl Args {
    /// Parses the arguments after the binary's name; `default_sizes` when no size is given.
    pub fn parse(args: &[String], default_sizes: &[usize]) -> Result<Args, String> {
        let mut out = Args {
            sizes: Vec::new(),
            threads: None,
            seed: DEFAULT_SEED,
            runs: DEFAULT_RUNS,
            speed_up: false,
            generated: false,
        };
        let mut it = args.iter();
        while let Some(arg) = it.next() {
            match arg.as_str() {
                // Cargo passes `--bench` to every benchmark binary.
                "--bench" => {}
                "--threads" | "-j" => {
                    let n = it.next().ok_or("--threads needs a number")?;
                    let n = n.parse().ok().filter(|&n| n > 0);
                    out.threads = Some(n.ok_or("--threads needs a number of at least 1")?);
                }
                "--seed" => {
                    let s = it.next().ok_or("--seed needs a number")?;
                    out.seed = s.parse().map_err(|_| format!("bad seed {s:?}"))?;
                }
                "--speed-up" => out.speed_up = true,
                "--generated" => out.generated = true,
                "--runs" => {
                    let r = it.next().ok_or("--runs needs a number")?;
                    out.runs = r
                        .parse()
                        .ok()
                        .filter(|&r| r > 0)
                        .ok_or(format!("bad run count {r:?}"))?;
                }
                n => {
                    let n: usize = n
                        .replace('_', "")
                        .parse()
                        .map_err(|_| format!("unknown argument {n:?}"))?;
                    if n == 0 {
                        return Err("a corpus needs at least one document".into());
                    }
                    out.sizes.push(n);
                }
            }
        }
        if out.sizes.is_empty() {
            out.sizes = default_sizes.to_vec();
        }
        Ok(out)
    }
}

impl Args {
    /// Parses `argv`, or prints the problem and the usage of `cargo bench --bench <bench>` and
    /// gives the exit code to return.
    pub fn or_usage(bench: &str, argv: &[String], default_sizes: &[usize]) -> Result<Args, ExitCode> {
        Args::parse(argv, default_sizes).map_err(|e| {
            eprintln!("{bench}: {e}");
            eprintln!(
                "usage: cargo bench --bench {bench} -- [N ...] [--threads N] [--seed S] [--runs R] [--speed-up] [--generated]"
            );
            ExitCode::from(2)
        })
    }
}

/// The exit code of a benchmark run, with its error printed.
pub fn finish(bench: &str, result: Result<(), String>) -> ExitCode {
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("{bench}: {e}");
            ExitCode::FAILURE
        }
    }
}

/// The cargo target folder: a benchmark lives in `target/<profile>/deps/`.
pub fn target_dir() -> PathBuf {
    env::current_exe()
        .ok()
        .and_then(|exe| Some(exe.parent()?.parent()?.parent()?.to_path_buf()))
        .filter(|t| t.join("release").is_dir() || t.join("debug").is_dir())
        .unwrap_or_else(|| Path::new(env!("CARGO_MANIFEST_DIR")).join("target"))
}
