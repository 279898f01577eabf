//! Scale benchmark: the real `kquote check` over corpora of growing size.
//!
//! When `../shared` (the evaluation data) is beside the repository, the corpora are archives of
//! real, syndicated articles built by `../shared/eval/scale/corpus.py`, 10,000 and 100,000
//! documents unless sizes are given; each round prints wall time, MB/s, the ratio to a warm `cat`
//! of the same files in the same round, peak memory, and `check.py`'s planted rewordings found,
//! false errors and distinct errors (`support/real.rs`). Without it, or with `--generated`, the
//! corpora are generated, as below.
//!
//! ```sh
//! cargo bench --bench scale                      # real articles: 10000 and 100000 documents
//! cargo bench --bench scale -- --generated       # generated: 1000, 10000 and 100000 documents
//! cargo bench --bench scale -- 1000 10000        # chosen sizes
//! cargo bench --bench scale -- 10000 --threads 1 # passed through to kquote
//! cargo bench --bench scale -- 1000 --seed 7     # another corpus
//! cargo bench --bench scale -- 100000 --speed-up # also on one thread, for the speed-up
//! ```
//!
//! For each size the corpus is generated into `target/bench-corpus/<N>-<seed>` (or reused when its
//! stamp says it is complete), and the release binary runs as a child process:
//! `kquote check DIR --out REPORTS --quiet`, once to warm the page cache and then the counted
//! runs (three unless `--runs` says otherwise), in rounds that run every size once each, so that
//! the machine's drift over minutes weighs on all sizes alike. Each check runs under a helper
//! process of its own (this benchmark re-executed), so the peak resident memory read with
//! `getrusage(RUSAGE_CHILDREN)` is that one check's and not the maximum over earlier ones.
//!
//! The reports are then scored against the planted truth: every planted occurrence is mapped to
//! the quotation of the same source whose words overlap it most; *recall* is the share of planted
//! reworded or misattributed occurrences that appear in at least one `error` row of
//! `matches.csv`; *false errors* are `error` rows in which neither quotation is such an
//! occurrence. Nothing is asserted: the numbers are printed.

#[path = "support/args.rs"]
mod args;
#[path = "support/corpus.rs"]
mod corpus;
#[path = "support/measure.rs"]
mod measure;
#[path = "support/real.rs"]
mod real;

use std::collections::{HashMap, HashSet};
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::Instant;
use std::{env, fs};

use corpus::{Change, Truth};

/// Sizes checked when none are given.
const DEFAULT_SIZES: [usize; 3] = [1_000, 10_000, 100_000];
/// Least word overlap for a reported quotation to stand for a planted occurrence.
const MIN_OVERLAP: f64 = 0.5;
/// False error rows shown as examples per size.
const EXAMPLES: usize = 4;

fn main() -> ExitCode {
    measure::bench_main("scale", &DEFAULT_SIZES, run)
}

/// One row of the result table.
struct Row {
    docs: usize,
    mb: f64,
    /// Median wall time.
    wall: f64,
    /// Wall time of each round, in order.
    each_round: Vec<f64>,
    peak_rss_mb: f64,
    clusters: usize,
    match_rows: usize,
    score: Score,
}

fn run(options: &args::Args) -> Result<(), String> {
    if let Some(shared) = real::shared_dir().filter(|_| !options.generated) {
        let mut options = options.clone();
        if options.sizes == DEFAULT_SIZES {
            options.sizes = vec![10_000, 100_000];
        }
        return real::run(&options, &shared);
    }
    let root = args::target_dir().join("bench-corpus");
    fs::create_dir_all(&root).map_err(|e| format!("{}: {e}", root.display()))?;
    println!(
        "kquote scale benchmark: seed {}, threads {}, median of {} runs, binary {}",
        options.seed,
        options.threads.map_or("default".to_string(), |n| n.to_string()),
        options.runs,
        env!("CARGO_BIN_EXE_kquote")
    );
    let mut corpora = Vec::new();
    for &docs in &options.sizes {
        let dir = root.join(format!("{docs}-{}", options.seed));
        let started = Instant::now();
        let (truth, reused) =
            corpus::prepare(&dir, docs, options.seed).map_err(|e| format!("{}: {e}", dir.display()))?;
        println!(
            "\n[{docs} docs] corpus {} in {:.1} s: {} ({:.1} MB, {} planted occurrences of {} families)",
            if reused { "reused" } else { "generated" },
            started.elapsed().as_secs_f64(),
            dir.display(),
            mb(truth.bytes),
            truth.occurrences.len(),
            truth.families
        );
        println!("[{docs} docs] documents per family: {}", family_sizes(&truth));
        let reports = corpus_sibling(&dir, "reports");
        corpora.push((docs, dir, truth, reports));
    }
    // One run of each size first that is not counted: it brings the corpus into the page cache,
    // which a build or the corpus generation may have pushed out. Then the counted runs go in
    // rounds, every size once a round, so that a machine that speeds up or slows down meanwhile
    // does so for all sizes alike and the ratios between them hold.
    // With `--speed-up`, each round also runs every size on one thread, right after the run
    // with the threads asked for, so that the two are measured in the same hour.
    let mut threads = vec![options.threads];
    if options.speed_up {
        threads.push(Some(1));
    }
    let mut runs: Vec<Vec<measure::Measured>> = corpora.iter().map(|_| Vec::new()).collect();
    let mut alone: Vec<Vec<f64>> = corpora.iter().map(|_| Vec::new()).collect();
    for round in 0..options.runs + 1 {
        for (((_, dir, _, reports), runs), alone) in corpora.iter().zip(&mut runs).zip(&mut alone) {
            for (k, &threads) in threads.iter().enumerate() {
                if reports.exists() {
                    fs::remove_dir_all(reports).map_err(|e| format!("{}: {e}", reports.display()))?;
                }
                let run = measure::measure(dir, reports, threads)?;
                match (round, k) {
                    (0, _) => {}
                    (_, 0) => runs.push(run),
                    _ => alone.push(run.wall),
                }
            }
        }
    }
    let mut rows = Vec::new();
    for (((docs, dir, truth, reports), runs), alone) in corpora.iter().zip(runs).zip(alone) {
        // Every run's time, in order: the spread shows what the machine did between them.
        let each_round: Vec<f64> = runs.iter().map(|r| r.wall).collect();
        println!(
            "\n[{docs} docs] wall time of each round: {} s",
            listed(&each_round)
        );
        if !alone.is_empty() {
            print_speed_up(*docs, &alone, &each_round);
        }
        let measured = measure::Measured::median(runs);
        if measured.code > 1 {
            return Err(format!(
                "kquote check exited with {} on {}",
                measured.code,
                dir.display()
            ));
        }
        let reported = Reported::read(reports)?;
        let score = Score::compute(truth, &reported);
        score.print_details(*docs);
        rows.push(Row {
            docs: *docs,
            mb: mb(truth.bytes),
            wall: measured.wall,
            each_round,
            peak_rss_mb: measured.max_rss_kb as f64 / 1024.0,
            clusters: reported.clusters,
            match_rows: reported.matches.len(),
            score,
        });
    }
    print_table(&rows);
    Ok(())
}

/// How many families appear in 1, 2, 3-9, ... documents, and the largest family.
fn family_sizes(truth: &Truth) -> String {
    let mut per_family: HashMap<u32, usize> = HashMap::new();
    for o in &truth.occurrences {
        *per_family.entry(o.family).or_default() += 1;
    }
    let buckets: [(usize, usize, &str); 6] = [
        (1, 1, "1"),
        (2, 2, "2"),
        (3, 9, "3-9"),
        (10, 99, "10-99"),
        (100, 999, "100-999"),
        (1000, usize::MAX, "1000+"),
    ];
    let mut parts: Vec<String> = buckets
        .iter()
        .map(|&(lo, hi, label)| {
            let n = per_family.values().filter(|&&c| (lo..=hi).contains(&c)).count();
            format!("{label}: {n}")
        })
        .collect();
    parts.push(format!(
        "largest: {}",
        per_family.values().max().copied().unwrap_or(0)
    ));
    parts.join(", ")
}

fn mb(bytes: u64) -> f64 {
    bytes as f64 / 1_000_000.0
}

fn corpus_sibling(dir: &Path, suffix: &str) -> PathBuf {
    let mut name = dir.file_name().unwrap_or_default().to_os_string();
    name.push(".");
    name.push(suffix);
    dir.with_file_name(name)
}

fn print_table(rows: &[Row]) {
    println!("\n## kquote check at scale\n");
    println!(
        "| {:>7} | {:>7} | {:>7} | {:>6} | {:>11} | {:>8} | {:>10} | {:>21} | {:>19} |",
        "docs",
        "MB",
        "wall s",
        "MB/s",
        "peak RSS MB",
        "clusters",
        "match rows",
        "recall (inconsistent)",
        "false errors (% cl)"
    );
    println!(
        "|{:-<9}|{:-<9}|{:-<9}|{:-<8}|{:-<13}|{:-<10}|{:-<12}|{:-<23}|{:-<21}|",
        "", "", "", "", "", "", "", "", ""
    );
    for r in rows {
        let s = &r.score;
        let recall = format!(
            "{}/{} = {:.1}%",
            s.inconsistent_caught,
            s.inconsistent,
            percent(s.inconsistent_caught, s.inconsistent)
        );
        let false_errors = format!("{} ({:.2}%)", s.false_errors, percent(s.false_errors, r.clusters));
        println!(
            "| {:>7} | {:>7.1} | {:>7.2} | {:>6.1} | {:>11.1} | {:>8} | {:>10} | {:>21} | {:>19} |",
            r.docs,
            r.mb,
            r.wall,
            r.mb / r.wall.max(1e-9),
            r.peak_rss_mb,
            r.clusters,
            r.match_rows,
            recall,
            false_errors
        );
    }
    let row = |docs: usize| rows.iter().find(|r| r.docs == docs);
    for (small, large) in [(1_000, 10_000), (10_000, 100_000)] {
        if let (Some(a), Some(b)) = (row(small), row(large)) {
            let rounds = per_round(&b.each_round, &a.each_round);
            println!(
                "\ntime({large}) / time({small}) = {:.2} (of the medians); in each round: {}, median {:.2}",
                b.wall / a.wall.max(1e-9),
                listed(&rounds),
                median(rounds)
            );
        }
    }
}

/// One thread's times against the threads asked for, round by round.
fn print_speed_up(docs: usize, alone: &[f64], each_round: &[f64]) {
    let speed_ups = per_round(alone, each_round);
    println!("[{docs} docs] on one thread, each round: {} s", listed(alone));
    println!(
        "[{docs} docs] speed-up in each round: {}, median {:.2}",
        listed(&speed_ups),
        median(speed_ups)
    );
}

/// `top / bottom` of each round.
fn per_round(top: &[f64], bottom: &[f64]) -> Vec<f64> {
    top.iter().zip(bottom).map(|(t, b)| t / b.max(1e-9)).collect()
}

/// Figures with two decimals, in order.
fn listed(values: &[f64]) -> String {
    values
        .iter()
        .map(|v| format!("{v:.2}"))
        .collect::<Vec<_>>()
        .join(", ")
}

fn median(mut values: Vec<f64>) -> f64 {
    values.sort_by(f64::total_cmp);
    values.get(values.len() / 2).copied().unwrap_or(f64::NAN)
}

fn percent(part: usize, whole: usize) -> f64 {
    if whole == 0 {
        0.0
    } else {
        100.0 * part as f64 / whole as f64
    }
}

// ---------------------------------------------------------------------------------------------
// Reading the reports.

/// One row of `matches.csv`, as much as the scoring needs.
#[derive(Debug, Clone, serde::Deserialize)]
struct MatchRow {
    cluster_id: String,
    verdict: String,
    severity: String,
    speaker_a: String,
    speaker_b: String,
    quote_a: String,
    quote_b: String,
    changes: String,
    text_a: String,
    text_b: String,
}

/// One row of `quotes.csv`, as much as the scoring needs.
#[derive(Debug, serde::Deserialize)]
struct QuoteRow {
    quote_id: String,
    /// Quotations of one version are judged once, in a row of their first quotation.
    #[serde(default)]
    version_id: String,
    source: String,
    text: String,
}

/// A reported quotation's words, sorted, for overlap with planted text.
struct Words {
    /// Its version's id, or its own when it has none.
    id: String,
    sorted: Vec<String>,
}

/// What kquote reported.
struct Reported {
    by_source: HashMap<String, Vec<Words>>,
    matches: Vec<MatchRow>,
    clusters: usize,
}

impl Reported {
    fn read(dir: &Path) -> Result<Reported, String> {
        let open = |name: &str| {
            let path = dir.join(name);
            csv::Reader::from_path(&path).map_err(|e| format!("{}: {e}", path.display()))
        };
        // Quotations are named by their version when they have one: a row of a version's first
        // quotation speaks for all its copies.
        let mut by_source: HashMap<String, Vec<Words>> = HashMap::new();
        let mut named: HashMap<String, String> = HashMap::new();
        for row in open("quotes.csv")?.deserialize::<QuoteRow>() {
            let row = row.map_err(|e| format!("quotes.csv: {e}"))?;
            let id = if row.version_id.is_empty() {
                row.quote_id.clone()
            } else {
                row.version_id
            };
            named.insert(row.quote_id, id.clone());
            by_source.entry(unguard(&row.source)).or_default().push(Words {
                id,
                sorted: sorted_words(&row.text),
            });
        }
        let mut matches = open("matches.csv")?
            .deserialize::<MatchRow>()
            .collect::<Result<Vec<_>, _>>()
            .map_err(|e| format!("matches.csv: {e}"))?;
        for m in &mut matches {
            for quote in [&mut m.quote_a, &mut m.quote_b] {
                if let Some(id) = named.get(quote.as_str()) {
                    *quote = id.clone();
                }
            }
        }
        let clusters = open("clusters.csv")?.records().count();
        Ok(Reported {
            by_source,
            matches,
            clusters,
        })
    }
}

/// Undoes the `'` that the reports put before cells a spreadsheet would run as formulas.
fn unguard(cell: &str) -> String {
    match cell.strip_prefix('\'') {
        Some(rest) if rest.starts_with(['=', '+', '-', '@', '\t', '\r']) => rest.to_string(),
        _ => cell.to_string(),
    }
}

/// Lower-case runs of letters and digits, sorted.
fn sorted_words(text: &str) -> Vec<String> {
    let mut words: Vec<String> = text
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect();
    words.sort_unstable();
    words
}

/// Shared words (with multiplicity) over the length of the longer text.
fn overlap(a: &[String], b: &[String]) -> f64 {
    let (mut i, mut j, mut shared) = (0, 0, 0);
    while i < a.len() && j < b.len() {
        match a[i].cmp(&b[j]) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                shared += 1;
                i += 1;
                j += 1;
            }
        }
    }
    shared as f64 / a.len().max(b.len()).max(1) as f64
}

// ---------------------------------------------------------------------------------------------
// Scoring.

/// Per change kind: how the planted occurrences fared.
#[derive(Default, Clone)]
struct KindStats {
    planted: usize,
    mapped: usize,
    /// In at least one match row.
    matched: usize,
    /// Worst severity of the rows it is in.
    error: usize,
    warning: usize,
    /// Verdicts of the rows it is in.
    verdicts: HashMap<String, usize>,
}

/// The reports scored against the truth.
struct Score {
    inconsistent: usize,
    inconsistent_caught: usize,
    false_errors: usize,
    /// False error rows by what the two sides are.
    false_kinds: HashMap<String, usize>,
    examples: Vec<String>,
    kinds: Vec<(Change, KindStats)>,
    /// Planted occurrences that map to a quotation another occurrence already maps to.
    shared_maps: usize,
}

impl Score {
    fn compute(truth: &Truth, reported: &Reported) -> Score {
        let empty = Vec::new();
        let mut planted_of: HashMap<&str, usize> = HashMap::new();
        let mut mapped: Vec<Option<&str>> = Vec::with_capacity(truth.occurrences.len());
        let mut shared_maps = 0;
        for (i, o) in truth.occurrences.iter().enumerate() {
            let want = sorted_words(&o.text);
            let best = reported
                .by_source
                .get(&o.doc)
                .unwrap_or(&empty)
                .iter()
                .map(|w| (overlap(&want, &w.sorted), w.id.as_str()))
                .filter(|(s, _)| *s >= MIN_OVERLAP)
                .max_by(|a, b| a.0.total_cmp(&b.0));
            let id = best.map(|b| b.1);
            if let Some(id) = id
                && planted_of.insert(id, i).is_some()
            {
                shared_maps += 1;
            }
            mapped.push(id);
        }
        let inconsistent_ids: HashSet<&str> = truth
            .occurrences
            .iter()
            .zip(&mapped)
            .filter(|(o, _)| o.change.is_inconsistent())
            .filter_map(|(_, id)| *id)
            .collect();

        let mut error_ids: HashSet<&str> = HashSet::new();
        let mut rows_of: HashMap<&str, Vec<usize>> = HashMap::new();
        let mut false_errors = 0;
        let mut false_kinds: HashMap<String, usize> = HashMap::new();
        let mut examples = Vec::new();
        for (r, m) in reported.matches.iter().enumerate() {
            rows_of.entry(m.quote_a.as_str()).or_default().push(r);
            rows_of.entry(m.quote_b.as_str()).or_default().push(r);
            if m.severity != "error" {
                continue;
            }
            error_ids.insert(&m.quote_a);
            error_ids.insert(&m.quote_b);
            if inconsistent_ids.contains(m.quote_a.as_str()) || inconsistent_ids.contains(m.quote_b.as_str())
            {
                continue;
            }
            false_errors += 1;
            let side = |id: &str| -> String {
                match planted_of.get(id) {
                    Some(&i) => {
                        let o = &truth.occurrences[i];
                        format!("family {} {} ({})", o.family, o.change.as_str(), o.form)
                    }
                    None => "unplanted".into(),
                }
            };
            let family = |id: &str| planted_of.get(id).map(|&i| truth.occurrences[i].family);
            let what = match (family(&m.quote_a), family(&m.quote_b)) {
                (Some(a), Some(b)) if a == b => "both planted, same family",
                (Some(_), Some(_)) => "both planted, different families",
                (None, None) => "both unplanted (noise)",
                _ => "planted + unplanted",
            };
            *false_kinds.entry(format!("{} {what}", m.verdict)).or_default() += 1;
            if examples.len() < EXAMPLES {
                examples.push(format!(
                    "{} {} {}: A [{}] {:?} by {:?} | B [{}] {:?} by {:?} | changes: {}",
                    m.cluster_id,
                    m.verdict,
                    m.severity,
                    side(&m.quote_a),
                    m.text_a,
                    m.speaker_a,
                    side(&m.quote_b),
                    m.text_b,
                    m.speaker_b,
                    m.changes
                ));
            }
        }

        let mut kinds: Vec<(Change, KindStats)> =
            Change::ALL.iter().map(|&c| (c, KindStats::default())).collect();
        let mut inconsistent = 0;
        let mut inconsistent_caught = 0;
        for (o, id) in truth.occurrences.iter().zip(&mapped) {
            let stats = &mut kinds.iter_mut().find(|k| k.0 == o.change).expect("every kind").1;
            stats.planted += 1;
            let caught = id.is_some_and(|id| error_ids.contains(id));
            if o.change.is_inconsistent() {
                inconsistent += 1;
                inconsistent_caught += usize::from(caught);
            }
            let Some(id) = id else { continue };
            stats.mapped += 1;
            let rows = rows_of.get(id).map(Vec::as_slice).unwrap_or_default();
            if rows.is_empty() {
                continue;
            }
            stats.matched += 1;
            if caught {
                stats.error += 1;
            } else if rows.iter().any(|&r| reported.matches[r].severity == "warning") {
                stats.warning += 1;
            }
            for &r in rows {
                *stats
                    .verdicts
                    .entry(reported.matches[r].verdict.clone())
                    .or_default() += 1;
            }
        }
        Score {
            inconsistent,
            inconsistent_caught,
            false_errors,
            false_kinds,
            examples,
            kinds,
            shared_maps,
        }
    }

    fn print_details(&self, docs: usize) {
        println!(
            "[{docs} docs] by planted change (found = mapped to a reported quotation; in rows = in any matches.csv row):"
        );
        println!(
            "  {:<14} {:>8} {:>8} {:>8} {:>8} {:>8}  verdicts of its rows",
            "change", "planted", "found", "in rows", "error", "warning"
        );
        for (change, s) in &self.kinds {
            let mut verdicts: Vec<(&String, &usize)> = s.verdicts.iter().collect();
            verdicts.sort_by(|a, b| b.1.cmp(a.1).then(a.0.cmp(b.0)));
            let verdicts: Vec<String> = verdicts.iter().take(4).map(|(v, n)| format!("{v} {n}")).collect();
            println!(
                "  {:<14} {:>8} {:>7.1}% {:>7.1}% {:>7.1}% {:>7.1}%  {}",
                change.as_str(),
                s.planted,
                percent(s.mapped, s.planted),
                percent(s.matched, s.planted),
                percent(s.error, s.planted),
                percent(s.warning, s.planted),
                verdicts.join(", ")
            );
        }
        if self.shared_maps > 0 {
            println!(
                "  ({} planted occurrences share a reported quotation with another)",
                self.shared_maps
            );
        }
        if self.false_errors > 0 {
            let mut kinds: Vec<(&String, &usize)> = self.false_kinds.iter().collect();
            kinds.sort_by(|a, b| b.1.cmp(a.1).then(a.0.cmp(b.0)));
            let kinds: Vec<String> = kinds.iter().map(|(k, n)| format!("{k}: {n}")).collect();
            println!("  false errors by kind: {}", kinds.join("; "));
            for e in &self.examples {
                println!("  e.g. {e}");
            }
        }
    }
}
