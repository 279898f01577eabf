//! Alignment benchmark: `align` then `score`, in process, over generated corpora.
//!
//! ```sh
//! cargo bench --bench align                   # 1000 and 10000 documents
//! cargo bench --bench align -- 1000 10000 30000
//! cargo bench --bench align -- 10000 --threads 1 --seed 7
//! ```
//!
//! Each corpus is generated into `target/bench-corpus/<N>-<seed>` (or reused), every file is read
//! and analyzed outside the timed region, and then `kquote::align::align` followed by
//! `kquote::score::score` is timed three times (`--runs R`); the median is reported with the sizes that drive
//! the cost (quotations, versions, candidate pairs, clusters, match rows) and the growth from one
//! size to the next, and the median of each step of `align`.

#[path = "support/args.rs"]
mod args;
#[path = "support/corpus.rs"]
mod corpus;

use std::path::Path;
use std::process::ExitCode;
use std::time::Instant;
use std::{env, fs};

use kquote::types::Quote;
use rayon::prelude::*;

// The allocator of the `kquote` binary, so that the steps cost what they cost in a check.
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

/// Sizes measured when none are given.
const DEFAULT_SIZES: [usize; 2] = [1_000, 10_000];

fn main() -> ExitCode {
    let argv: Vec<String> = env::args().skip(1).collect();
    let options = match args::Args::or_usage("align", &argv, &DEFAULT_SIZES) {
        Ok(a) => a,
        Err(code) => return code,
    };
    if let Some(n) = options.threads
        && let Err(e) = rayon::ThreadPoolBuilder::new()
            .num_threads(n.into())
            .build_global()
    {
        return args::finish("align", Err(format!("cannot start {n} threads: {e}")));
    }
    args::finish("align", run(&options))
}

/// Every quotation of every source under `dir`, in the order `kquote check` builds it.
fn load_quotes(dir: &Path) -> Result<Vec<Quote>, String> {
    let list =
        kquote::source::find_sources(dir, kquote::source::Links::WithinFolder).map_err(|e| e.to_string())?;
    let per_file: Vec<Vec<Quote>> = list
        .files
        .par_iter()
        .map(|file| {
            kquote::source::load(file, kquote::source::DEFAULT_MAX_FILE_BYTES)
                .map(|doc| kquote::check::document::analyze(&doc))
                .map_err(|e| e.to_string())
        })
        .collect::<Result<_, _>>()?;
    Ok(per_file.into_iter().flatten().collect())
}

/// One row of the result table.
struct Row {
    docs: usize,
    quotes: usize,
    versions: usize,
    candidates: usize,
    clusters: usize,
    match_rows: usize,
    align_ms: f64,
    score_ms: f64,
    total_ms: f64,
}

fn run(options: &args::Args) -> Result<(), String> {
    let (seed, repeats) = (options.seed, options.runs);
    let root = args::target_dir().join("bench-corpus");
    fs::create_dir_all(&root).map_err(|e| format!("{}: {e}", root.display()))?;
    println!(
        "kquote alignment benchmark: seed {seed}, {} threads, median of {repeats} runs of align + score",
        rayon::current_num_threads()
    );
    let mut rows = Vec::new();
    for &docs in &options.sizes {
        let dir = root.join(format!("{docs}-{seed}"));
        let started = Instant::now();
        let (truth, reused) =
            corpus::prepare(&dir, docs, seed).map_err(|e| format!("{}: {e}", dir.display()))?;
        let prepared = started.elapsed().as_secs_f64();
        let started = Instant::now();
        let quotes = load_quotes(&dir)?;
        println!(
            "[{docs} docs] corpus {} in {prepared:.1} s ({:.1} MB); {} quotations loaded and analyzed in {:.1} s",
            if reused { "reused" } else { "generated" },
            truth.bytes as f64 / 1e6,
            quotes.len(),
            started.elapsed().as_secs_f64()
        );

        let mut runs: Vec<(f64, f64)> = Vec::with_capacity(repeats);
        let mut steps: Vec<(&'static str, Vec<f64>)> = Vec::new();
        let mut row = None;
        for _ in 0..repeats {
            let started = Instant::now();
            let aligned = kquote::align::align(&quotes);
            let aligned_at = started.elapsed();
            let scored = kquote::score::score(&quotes, &aligned);
            let total = started.elapsed();
            runs.push((aligned_at.as_secs_f64() * 1e3, total.as_secs_f64() * 1e3));
            for (i, &(step, took)) in aligned.timings.iter().enumerate() {
                if steps.len() <= i {
                    steps.push((step, Vec::new()));
                }
                steps[i].1.push(took.as_secs_f64() * 1e3);
            }
            row.get_or_insert(Row {
                docs,
                quotes: quotes.len(),
                versions: aligned.versions.len(),
                candidates: aligned.candidates,
                clusters: aligned.clusters.len(),
                match_rows: scored.matches.len(),
                align_ms: 0.0,
                score_ms: 0.0,
                total_ms: 0.0,
            });
        }
        let medians: Vec<String> = steps
            .iter_mut()
            .map(|(step, times)| {
                times.sort_by(f64::total_cmp);
                format!("{step} {:.1}", times[times.len() / 2])
            })
            .collect();
        println!("[{docs} docs] align steps, median ms: {}", medians.join(", "));
        let mut row = row.expect("at least one run");
        runs.sort_by(|a, b| a.1.total_cmp(&b.1));
        let (align_ms, total_ms) = runs[runs.len() / 2];
        row.align_ms = align_ms;
        row.score_ms = total_ms - align_ms;
        row.total_ms = total_ms;
        rows.push(row);
    }
    print_table(&rows);
    Ok(())
}

fn print_table(rows: &[Row]) {
    println!("\n## align + score\n");
    println!(
        "| {:>7} | {:>10} | {:>9} | {:>15} | {:>8} | {:>10} | {:>9} | {:>9} | {:>9} | {:>13} |",
        "docs",
        "quotations",
        "versions",
        "candidate pairs",
        "clusters",
        "match rows",
        "median ms",
        "align ms",
        "score ms",
        "growth (docs)"
    );
    println!(
        "|{:-<9}|{:-<12}|{:-<11}|{:-<17}|{:-<10}|{:-<12}|{:-<11}|{:-<11}|{:-<11}|{:-<15}|",
        "", "", "", "", "", "", "", "", "", ""
    );
    for (i, r) in rows.iter().enumerate() {
        let growth = match i.checked_sub(1).map(|p| &rows[p]) {
            Some(prev) => format!(
                "{:.2}x ({:.0}x)",
                r.total_ms / prev.total_ms.max(1e-9),
                r.docs as f64 / prev.docs as f64
            ),
            None => "-".to_string(),
        };
        println!(
            "| {:>7} | {:>10} | {:>9} | {:>15} | {:>8} | {:>10} | {:>9.1} | {:>9.1} | {:>9.1} | {:>13} |",
            r.docs,
            r.quotes,
            r.versions,
            r.candidates,
            r.clusters,
            r.match_rows,
            r.total_ms,
            r.align_ms,
            r.score_ms,
            growth
        );
    }
}
