//! The scale benchmark on real articles: an archive the way a newsroom's looks, each document a
//! copy of a real article (syndication), built by `../shared/eval/scale/corpus.py` from the
//! evaluation sets beside the repository, with planted one-word rewordings that
//! `../shared/eval/scale/check.py` scores (planted found, false errors, distinct errors).
//!
//! Each round runs every size once and, right before each check, a warm `cat` of the same files,
//! so that the ratio of the two is measured in the same minute. Nothing is asserted.

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::Instant;
use std::{env, fs};

/// The folders of real articles that `corpus.py` copies, under the folder beside the repository
/// (`../shared`): the evaluation sets, and the sample articles.
const POOLS: [&str; 5] = [
    "eval/polnear/train/texts",
    "eval/polnear/dev/texts",
    "eval/basil/dev",
    "eval/german/train/texts",
    "corpus",
];

/// `../shared` beside the repository, when it holds the scale corpus's builder and scorer.
pub fn shared_dir() -> Option<PathBuf> {
    let shared = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared");
    (shared.join("eval/scale/corpus.py").is_file() && shared.join("eval/scale/check.py").is_file())
        .then_some(shared)
}

/// What `check.py` says of one check's reports.
struct Checked {
    planted: u64,
    found: u64,
    false_errors: u64,
    distinct_errors: u64,
    error_rows: u64,
}

/// One size's figures in one round.
struct Round {
    wall: f64,
    cat: f64,
    peak_mb: f64,
}

/// Builds (or reuses) the real-syndication corpus of each size, then measures rounds of checks
/// and warm `cat`s, and scores the last round's reports.
pub fn run(options: &crate::args::Args, shared: &Path) -> Result<(), String> {
    let pools: Vec<PathBuf> = POOLS.iter().map(|p| shared.join(p)).collect();
    let pool_size = pools.iter().map(|p| count_txt(p)).sum::<usize>();
    let root = crate::args::target_dir().join("bench-corpus");
    fs::create_dir_all(&root).map_err(|e| format!("{}: {e}", root.display()))?;
    println!(
        "kquote scale benchmark on real articles ({} pool articles from {}), threads {}, {} rounds, binary {}",
        pool_size,
        shared.display(),
        options.threads.map_or("default".to_string(), |n| n.to_string()),
        options.runs,
        env!("CARGO_BIN_EXE_kquote")
    );
    let mut corpora = Vec::new();
    for &docs in &options.sizes {
        let dir = root.join(format!("real-{docs}"));
        let truth = dir.with_extension("truth.jsonl");
        let stamp = dir.with_extension("complete");
        if !stamp.exists() {
            let started = Instant::now();
            if dir.exists() {
                fs::remove_dir_all(&dir).map_err(|e| format!("{}: {e}", dir.display()))?;
            }
            let status = Command::new("python3")
                .arg(shared.join("eval/scale/corpus.py"))
                .args(&pools)
                .arg("--docs")
                .arg(docs.to_string())
                .arg("--out")
                .arg(&dir)
                .stdout(Stdio::null())
                .status()
                .map_err(|e| format!("cannot run python3 corpus.py: {e}"))?;
            if !status.success() {
                return Err(format!("corpus.py failed for {docs} documents ({status})"));
            }
            fs::write(&stamp, b"").map_err(|e| format!("{}: {e}", stamp.display()))?;
            println!(
                "[{docs} docs] corpus built in {:.0} s",
                started.elapsed().as_secs_f64()
            );
        }
        let bytes = bytes_of(&dir);
        println!("[{docs} docs] {} ({:.1} MB)", dir.display(), bytes as f64 / 1e6);
        let reports = dir.with_extension("reports");
        corpora.push((docs, dir, truth, reports, bytes));
    }
    // The first round warms the page cache and is not counted.
    let mut rounds: Vec<Vec<Round>> = corpora.iter().map(|_| Vec::new()).collect();
    for round in 0..options.runs + 1 {
        for ((docs, dir, _, reports, bytes), kept) in corpora.iter().zip(&mut rounds) {
            let cat = warm_cat(dir)?;
            if reports.exists() {
                fs::remove_dir_all(reports).map_err(|e| format!("{}: {e}", reports.display()))?;
            }
            let run = crate::measure::measure(dir, reports, options.threads)?;
            if run.code > 1 {
                return Err(format!(
                    "kquote check exited with {} on {}",
                    run.code,
                    dir.display()
                ));
            }
            if round > 0 {
                println!(
                    "[{docs} docs] round {round}: wall {:.2} s, {:.1} MB/s, cat {:.2} s, ratio {:.2}, peak {:.0} MB",
                    run.wall,
                    *bytes as f64 / 1e6 / run.wall,
                    cat,
                    run.wall / cat.max(1e-9),
                    run.max_rss_kb as f64 / 1024.0
                );
                kept.push(Round {
                    wall: run.wall,
                    cat,
                    peak_mb: run.max_rss_kb as f64 / 1024.0,
                });
            }
        }
    }
    println!("\n## kquote check on real-syndication corpora\n");
    println!(
        "| docs | MB | round | wall s | MB/s | cat s | wall / cat | peak MB | planted found | false errors | distinct errors | error rows |"
    );
    println!("| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |");
    let mut walls = Vec::new();
    for ((docs, _, truth, reports, bytes), kept) in corpora.iter().zip(&rounds) {
        let checked = check(shared, truth, reports, pool_size)?;
        for (i, r) in kept.iter().enumerate() {
            println!(
                "| {docs} | {:.1} | {} | {:.2} | {:.1} | {:.2} | {:.2} | {:.0} | {}/{} = {:.4} | {} | {} | {} |",
                *bytes as f64 / 1e6,
                i + 1,
                r.wall,
                *bytes as f64 / 1e6 / r.wall,
                r.cat,
                r.wall / r.cat.max(1e-9),
                r.peak_mb,
                checked.found,
                checked.planted,
                checked.found as f64 / checked.planted.max(1) as f64,
                checked.false_errors,
                checked.distinct_errors,
                checked.error_rows
            );
        }
        walls.push((*docs, kept.iter().map(|r| r.wall).collect::<Vec<f64>>()));
    }
    for pair in walls.windows(2) {
        let ((small, a), (large, b)) = (&pair[0], &pair[1]);
        let ratios: Vec<String> = b
            .iter()
            .zip(a)
            .map(|(b, a)| format!("{:.2}", b / a.max(1e-9)))
            .collect();
        println!(
            "\ntime({large}) / time({small}) in each round: {}",
            ratios.join(", ")
        );
    }
    Ok(())
}

/// Seconds to read every `.txt` file of `dir` with `cat`, as the scale README times it (`DIR/`,
/// so that a corpus reached through a symbolic link is read as well).
fn warm_cat(dir: &Path) -> Result<f64, String> {
    let started = Instant::now();
    let status = Command::new("sh")
        .arg("-c")
        .arg("find \"$1/\" -name '*.txt' -print0 | xargs -0 cat > /dev/null")
        .arg("sh")
        .arg(dir)
        .status()
        .map_err(|e| format!("cannot run cat: {e}"))?;
    if !status.success() {
        return Err(format!("cat of {} failed ({status})", dir.display()));
    }
    Ok(started.elapsed().as_secs_f64())
}

/// `check.py TRUTH REPORTS POOL_SIZE --json`, read.
fn check(shared: &Path, truth: &Path, reports: &Path, pool_size: usize) -> Result<Checked, String> {
    let out = Command::new("python3")
        .arg(shared.join("eval/scale/check.py"))
        .arg(truth)
        .arg(reports)
        .arg(pool_size.to_string())
        .arg("--json")
        .output()
        .map_err(|e| format!("cannot run check.py: {e}"))?;
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).map_err(|e| {
        format!(
            "check.py said something else than JSON ({e}): {}",
            String::from_utf8_lossy(&out.stderr)
        )
    })?;
    let n = |key: &str| json.get(key).and_then(serde_json::Value::as_u64).unwrap_or(0);
    Ok(Checked {
        planted: n("planted"),
        found: n("found"),
        false_errors: n("false_errors"),
        distinct_errors: n("distinct_errors"),
        error_rows: n("error_rows"),
    })
}

/// The `.txt` files under `dir`, counted.
fn count_txt(dir: &Path) -> usize {
    walk(dir)
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .count()
}

/// The bytes of the `.txt` files under `dir`.
fn bytes_of(dir: &Path) -> u64 {
    walk(dir)
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .filter_map(|p| fs::metadata(p).ok())
        .map(|m| m.len())
        .sum()
}

/// Every file under `dir`, depth first.
fn walk(dir: &Path) -> impl Iterator<Item = PathBuf> {
    let mut stack = vec![dir.to_path_buf()];
    std::iter::from_fn(move || {
        while let Some(path) = stack.pop() {
            if path.is_dir() {
                if let Ok(entries) = fs::read_dir(&path) {
                    stack.extend(entries.flatten().map(|e| e.path()));
                }
            } else {
                return Some(path);
            }
        }
        None
    })
}
