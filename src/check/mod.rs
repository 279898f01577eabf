//! `kquote check`: runs the pipeline over a folder and writes the reports.
//!
//! In: [`CheckSettings`] (the paths to check, where the reports go, the file size limit). Out: the three
//! CSV reports written into place, and a [`CheckOutcome`] (the quotations, their alignment, the
//! judged matches and cluster summaries, and the sources that could not be read) for the
//! terminal and the exit code. Each source is read ([`crate::source`]) and analyzed
//! ([`document`]: extraction and attribution) in parallel; then the quotations of all sources are
//! aligned ([`crate::align`]), judged ([`crate::score`]) and written ([`crate::report`]).

pub mod config;
pub(crate) mod copies;
pub mod document;

use std::path::PathBuf;
use std::sync::atomic::{AtomicU64, AtomicUsize, Ordering};

use rayon::prelude::*;
use thiserror::Error;

use crate::align::align;
pub use crate::report::CheckOutcome;
use crate::report::baseline::{self, BaselineError};
use crate::report::csv as report;
use crate::report::findings::{Findings, Suppressions};
use crate::report::html;
use crate::report::set::{ReportSet, ReportSetError};
use crate::report::xlsx;
use crate::score::{HouseStyle, Scored, score_with};
use crate::source::{self, Document, Selection, SourceError, SourceFile, WalkError};
use crate::types::Quote;
use copies::Copies;

/// Validated settings of one check.
#[derive(Debug, Clone)]
pub struct CheckSettings {
    /// The files and folders to check, and which files under them.
    pub(crate) sources: Selection,
    pub(crate) out: PathBuf,
    pub(crate) max_file_bytes: u64,
    /// Show a progress bar on stderr (only drawn when stderr is a terminal).
    pub(crate) progress: bool,
    /// Which differences are the house's, not the speaker's.
    pub(crate) house_style: HouseStyle,
    /// Findings accepted in `kquote.toml`, id to note.
    pub(crate) accepted: std::collections::BTreeMap<String, String>,
    /// A baseline to read: its findings are not new.
    pub(crate) baseline: Option<PathBuf>,
    /// Where to record today's findings as a baseline.
    pub(crate) write_baseline: Option<PathBuf>,
    /// Write the review page, `report.html` (`--no-html` turns it off).
    pub(crate) html: bool,
}

/// Failures that stop a check before any report is written.
#[derive(Debug, Error)]
pub enum CheckError {
    #[error(transparent)]
    Walk(#[from] WalkError),
    #[error(
        "{0}: no sources (.txt, .md, .markdown, .html or .htm files) found{note}",
        note = links_note(*.1)
    )]
    NoSources(String, usize),
    #[error("{}: cannot write report: {reason}", path.display())]
    Report { path: PathBuf, reason: std::io::Error },
    #[error(transparent)]
    Reports(#[from] ReportSetError),
    #[error(transparent)]
    Baseline(#[from] BaselineError),
}

/// What a check without sources adds about the links it did not follow.
fn links_note(skipped: usize) -> String {
    match skipped {
        0 => String::new(),
        n => format!(
            "; {n} link{} leading outside the folder not followed (--follow-links follows them)",
            if n == 1 { "" } else { "s" }
        ),
    }
}

/// One source after extraction and attribution; its text is already dropped.
struct Analyzed {
    source: String,
    bytes: u64,
    quotes: Vec<Quote>,
    empty: bool,
}

impl Analyzed {
    fn of(doc: Document, copies: &Copies) -> Analyzed {
        let key = copies.key(&doc);
        Analyzed::keyed(doc, copies, key)
    }

    /// [`Analyzed::of`] a document whose copies' key is already known.
    fn keyed(doc: Document, copies: &Copies, key: Option<u128>) -> Analyzed {
        Analyzed {
            quotes: copies.analyze_keyed(&doc, key),
            bytes: doc.text.len() as u64,
            empty: doc.text.trim().is_empty(),
            source: doc.source,
        }
    }
}

/// Every source read and analyzed: all quotations in the order of the files, and each file's
/// outcome (its quotations moved into `quotes`).
struct Gathered {
    quotes: Vec<Quote>,
    files: Vec<Result<Analyzed, SourceError>>,
    /// Sources whose quotations came from the analysis of an earlier copy of their text.
    copies: usize,
    /// Files to gather in all.
    expected: usize,
}

impl Gathered {
    fn new(expected: usize) -> Gathered {
        Gathered {
            quotes: Vec::new(),
            files: Vec::new(),
            copies: 0,
            expected,
        }
    }

    /// The next file's outcome. Its quotations join the others as soon as it is analyzed, so
    /// that they are held once: gathered only at the end, every quotation was held twice for a
    /// moment, in its file's list and in the list of all, and that moment set the peak memory.
    fn take(&mut self, mut result: Result<Analyzed, SourceError>) {
        if let Ok(file) = &mut result {
            self.make_room(file.quotes.len());
            self.quotes.append(&mut file.quotes);
            file.quotes = Vec::new();
        }
        self.files.push(result);
    }

    /// Room for `more` quotations. The list grows to what the files gathered so far project
    /// for all files, an eighth more: a list that doubled was copied again at each doubling, on
    /// the thread that gathers, into fresh pages (4 % of the CPU time of a check of 100,000
    /// documents). Room the projection overshoots is never touched, and costs no memory. It
    /// grows at most eightfold at a time: a first file of a million quotations does not ask for
    /// room for a million in each of the files after it.
    fn make_room(&mut self, more: usize) {
        let (len, needed) = (self.quotes.len(), self.quotes.len() + more);
        if needed <= self.quotes.capacity() {
            return;
        }
        let gathered = self.files.len() + 1;
        let projected = needed.saturating_mul(self.expected.max(gathered)) / gathered;
        let room = projected
            .saturating_add(projected / 8)
            .min(needed.saturating_mul(8))
            .max(needed);
        self.quotes.reserve_exact(room - len);
    }
}

/// Threads that only read sources; sources are read and handed over in batches (of so many
/// files or bytes), and a few batches may wait for analysis. A reader mostly waits on the disk,
/// so there are many: the more reads in flight, the sooner an archive that is not in the page
/// cache is read (100,000 files with the page cache dropped before each run, measured back to
/// back: 5.0-5.3 s with 4 readers, 4.6-4.7 s with 16, no faster with 64).
const READERS: usize = 16;
/// Files a batch: each batch is one piece of the pool's work, and handing one over has a cost
/// (read, extract, attribute 100,000 files: 1.53-1.58 s in batches of 32, 1.48-1.52 s of 128).
const BATCH: usize = 128;
const BATCH_BYTES: usize = 4 << 20;
const WAITING: usize = 4;

/// Bytes of source text read and not yet analyzed, at most: with large files, readers would
/// otherwise hold sixteen of them at once. A file larger than this is read when nothing else is
/// waiting. News archives never come near it: batches are handed over every few megabytes.
const IN_FLIGHT_BYTES: u64 = 256 << 20;

/// A budget of bytes that readers take before reading a file and the analysis gives back. The
/// count is an atomic: readers take and the analysis gives back for every file, and a lock there
/// put a futex call on most files (41,770 in a check of 10,000 files, against 342 without the
/// budget). Only a reader that must wait, and whoever wakes it, takes the lock.
struct Budget {
    limit: u64,
    taken: AtomicU64,
    /// Readers waiting for bytes to be given back; they wait on the lock and the condition.
    waiting: AtomicUsize,
    lock: std::sync::Mutex<()>,
    given_back: std::sync::Condvar,
}

impl Budget {
    fn new(limit: u64) -> Budget {
        Budget {
            limit,
            taken: AtomicU64::new(0),
            waiting: AtomicUsize::new(0),
            lock: std::sync::Mutex::new(()),
            given_back: std::sync::Condvar::new(),
        }
    }

    /// Takes `n` bytes if they are free now; a file larger than the whole budget is free when
    /// nothing else is taken.
    fn try_take(&self, n: u64) -> bool {
        self.taken
            .fetch_update(Ordering::SeqCst, Ordering::SeqCst, |taken| {
                (taken == 0 || taken + n <= self.limit).then_some(taken + n)
            })
            .is_ok()
    }

    /// Takes `n` bytes, waiting until they are free.
    fn take(&self, n: u64) {
        let mut lock = self
            .lock
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        // Counted as waiting before the bytes are looked at: a `give_back` after this sees the
        // count and wakes the reader (it takes the lock, which the reader holds until it
        // waits); one before it left the bytes that `try_take` then finds.
        self.waiting.fetch_add(1, Ordering::SeqCst);
        while !self.try_take(n) {
            lock = self
                .given_back
                .wait(lock)
                .unwrap_or_else(std::sync::PoisonError::into_inner);
        }
        self.waiting.fetch_sub(1, Ordering::SeqCst);
    }

    fn give_back(&self, n: u64) {
        self.taken.fetch_sub(n, Ordering::SeqCst);
        if self.waiting.load(Ordering::SeqCst) > 0 {
            let _lock = self
                .lock
                .lock()
                .unwrap_or_else(std::sync::PoisonError::into_inner);
            self.given_back.notify_all();
        }
    }
}

/// Every source read and analyzed, in the order of `files`. A few threads of their own read the
/// files while the pool analyzes them, so that waiting on the disk overlaps with work: an
/// archive that is not in the page cache is read as fast as the disk allows. With a pool of one
/// thread (`--threads 1`), that thread does all, as asked.
fn read_and_analyze(files: &[SourceFile], max_file_bytes: u64, bar: &indicatif::ProgressBar) -> Gathered {
    read_and_analyze_within(files, max_file_bytes, bar, IN_FLIGHT_BYTES)
}

/// [`read_and_analyze`] with at most `in_flight` bytes read and not yet analyzed.
fn read_and_analyze_within(
    files: &[SourceFile],
    max_file_bytes: u64,
    bar: &indicatif::ProgressBar,
    in_flight: u64,
) -> Gathered {
    let mut gathered = Gathered::new(files.len());
    let copies = &Copies::default();
    if rayon::current_num_threads() == 1 {
        for file in files {
            bar.inc(1);
            gathered.take(source::load(file, max_file_bytes).map(|doc| Analyzed::of(doc, copies)));
        }
        gathered.copies = copies.reused();
        return gathered;
    }
    let next = AtomicUsize::new(0);
    let budget = &Budget::new(in_flight);
    std::thread::scope(|scope| {
        let (sender, receiver) = std::sync::mpsc::sync_channel(WAITING);
        for _ in 0..READERS.min(files.len().div_ceil(BATCH)) {
            let (sender, next) = (sender.clone(), &next);
            scope.spawn(move || {
                loop {
                    let first = next.fetch_add(BATCH, Ordering::Relaxed);
                    let Some(batch) = files.get(first..(first + BATCH).min(files.len())) else {
                        break;
                    };
                    // A batch goes as soon as it holds a few megabytes, so that large files do
                    // not pile up in memory while they wait.
                    let mut docs = Vec::with_capacity(batch.len());
                    let mut bytes = 0;
                    for (i, file) in (first..).zip(batch) {
                        // Text read and not yet analyzed stays within the budget, taken once the
                        // file's size is known: a reader that must wait for it first hands over
                        // what it holds, so that the wait ends.
                        let (mut size, mut receiver_gone) = (0, false);
                        let doc = source::load_with(file, max_file_bytes, |file_size| {
                            size = file_size;
                            if !budget.try_take(size) {
                                if !docs.is_empty() {
                                    receiver_gone = sender.send(std::mem::take(&mut docs)).is_err();
                                }
                                bytes = 0;
                                // Nothing is given back once the analysis has stopped.
                                if !receiver_gone {
                                    budget.take(size);
                                }
                            }
                        });
                        if receiver_gone {
                            return;
                        }
                        bytes += doc.as_ref().map_or(0, |d| d.text.len());
                        let key = doc.as_ref().ok().and_then(|d| copies.key(d));
                        docs.push((i, doc, size, key));
                        if bytes >= BATCH_BYTES {
                            if sender.send(std::mem::take(&mut docs)).is_err() {
                                return;
                            }
                            bytes = 0;
                        }
                    }
                    if !docs.is_empty() && sender.send(docs).is_err() {
                        return;
                    }
                }
            });
        }
        drop(sender);
        let (done, analyzed) = std::sync::mpsc::channel();
        scope.spawn(move || {
            receiver
                .into_iter()
                .par_bridge()
                .for_each_with(done, |done, docs| {
                    let results: Vec<_> = docs
                        .into_iter()
                        .map(|(i, doc, size, key)| {
                            bar.inc(1);
                            let result = doc.map(|doc| Analyzed::keyed(doc, copies, key));
                            budget.give_back(size);
                            (i, result)
                        })
                        .collect();
                    // One message a batch: one a file woke the gathering thread for every file,
                    // and the wake-ups cost more CPU than the gathering.
                    let _ = done.send(results);
                });
        });
        // Gathered in the order of the files as they come; those analyzed before a file still
        // under way wait for it.
        let mut waiting = std::collections::BTreeMap::new();
        for batch in analyzed {
            waiting.extend(batch);
            while let Some(result) = waiting.remove(&gathered.files.len()) {
                gathered.take(result);
            }
        }
    });
    gathered.copies = copies.reused();
    gathered
}

/// Runs the check: every source is read and analyzed in parallel, the quotations are aligned and
/// judged, then the reports are written.
pub fn run(settings: &CheckSettings) -> Result<CheckOutcome, CheckError> {
    let clock = std::time::Instant::now();
    let mut suppressions = Suppressions {
        accepted: settings.accepted.clone(),
        baseline: Default::default(),
    };
    if let Some(path) = &settings.baseline {
        suppressions.baseline = baseline::read(path)?.into_iter().collect();
    }
    let mut list = source::find(&settings.sources)?;
    // The reports folder may lie among the sources (`--out DIR/reports`): its report.html is
    // kquote's own page, never a source.
    if let (Ok(out), Ok(cwd)) = (std::path::absolute(&settings.out), std::env::current_dir()) {
        // As `std::path::absolute` makes each path, with the working folder asked once, not
        // once a file (`starts_with` compares components, which skip the `.` a join leaves).
        list.files.retain(|file| !cwd.join(&file.path).starts_with(&out));
    }
    if list.files.is_empty() && list.errors.is_empty() {
        return Err(CheckError::NoSources(
            settings.sources.describe(),
            list.skipped_links.len(),
        ));
    }
    let root = list.root.clone();
    // The reports folder is locked and known to be writable before any work is done.
    let set = ReportSet::begin(&settings.out)?;
    crate::fault::point("listed");
    let listed = clock.elapsed();
    let clock = std::time::Instant::now();
    let bar = if settings.progress {
        indicatif::ProgressBar::new(list.files.len() as u64)
    } else {
        indicatif::ProgressBar::hidden()
    };
    bar.set_style(
        indicatif::ProgressStyle::with_template("{spinner} reading sources {pos}/{len} [{bar:30}] {eta}")
            .unwrap_or_else(|_| indicatif::ProgressStyle::default_bar())
            .progress_chars("=> "),
    );
    let Gathered {
        quotes,
        files,
        copies,
        ..
    } = read_and_analyze(&list.files, settings.max_file_bytes, &bar);

    let mut outcome = CheckOutcome {
        source_errors: list.errors,
        skipped_links: list.skipped_links,
        quotes,
        copies,
        ..CheckOutcome::default()
    };
    for result in files {
        match result {
            Ok(file) => {
                outcome.sources += 1;
                outcome.bytes += file.bytes;
                if file.empty {
                    outcome.empty_sources.push(file.source);
                }
            }
            Err(err) => outcome.source_errors.push(err),
        }
    }
    outcome.source_errors.sort_by(|a, b| a.file.cmp(&b.file));
    bar.finish_and_clear();
    outcome.timings.push(("find sources", listed));
    outcome
        .timings
        .push(("read, extract, attribute", clock.elapsed()));

    let fail = |path: PathBuf| move |reason| CheckError::Report { path, reason };
    let fail_writing = |name: &str| fail(settings.out.join(name));
    let quotes = &outcome.quotes;
    let mut since = std::time::Instant::now();
    let aligned = align(quotes);
    outcome.timings.push(("align", since.elapsed()));
    since = std::time::Instant::now();
    let Scored { matches, summaries } = score_with(quotes, &aligned, &settings.house_style);
    let mut findings = Findings::of(quotes, &matches, &suppressions);
    if settings.write_baseline.is_some() {
        // Recorded (when the reports are in place), today's findings are the baseline's: none
        // is new.
        suppressions.baseline = findings.list.iter().map(|f| f.id.clone()).collect();
        findings = Findings::of(quotes, &matches, &suppressions);
    }
    outcome.timings.push(("score", since.elapsed()));
    let since = std::time::Instant::now();
    (outcome.aligned, outcome.matches, outcome.summaries) = (aligned, matches, summaries);
    outcome.findings = findings;
    outcome.shown_root = shown_root(&root);
    outcome.reports = settings.out.clone();
    let done = &outcome;
    let dir = set.dir();
    // The reports are written side by side. The workbook, the longest, is spawned first: an idle
    // thread steals the oldest task, so it starts at once while this one writes the rest. The set
    // replaces the old reports only when all are written.
    let mut review = Ok(());
    let (mut quotes_csv, mut matches_csv, mut clusters_csv) = (Ok(()), Ok(()), Ok(()));
    let mut page = Ok(None);
    rayon::scope(|scope| {
        scope.spawn(|_| {
            review = xlsx::write(dir, done).map_err(|e| fail_writing(xlsx::NAME)(std::io::Error::other(e)))
        });
        scope.spawn(|_| {
            quotes_csv =
                report::write_quotes(dir, &done.quotes, &done.aligned).map_err(fail_writing("quotes.csv"))
        });
        scope.spawn(|_| {
            if settings.html {
                let since = std::time::Instant::now();
                page = html::write(dir, done)
                    .map(|()| Some(since.elapsed()))
                    .map_err(fail_writing(html::NAME));
            }
        });
        scope.spawn(|_| {
            matches_csv = report::write_matches(dir, &done.quotes, &done.aligned, &done.matches)
                .map_err(fail_writing("matches.csv"));
            clusters_csv = report::write_clusters(dir, &done.quotes, &done.aligned, &done.summaries)
                .map_err(fail_writing("clusters.csv"));
        });
    });
    quotes_csv?;
    matches_csv?;
    clusters_csv?;
    review?;
    let html_time = page?;
    set.commit()?;
    if let Some(path) = &settings.write_baseline {
        baseline::write(path, &outcome.quotes, &outcome.matches, &outcome.findings.list)?;
    }
    outcome.timings.push(("write the reports", since.elapsed()));
    if let Some(html_time) = html_time {
        // Beside the others: part of the time above.
        outcome.timings.push(("of which report.html", html_time));
    }
    Ok(outcome)
}

/// The checked folder as paths are shown: relative to the working directory when it lies inside
/// it, `/`-separated, without `./`; empty for the working directory itself.
fn shown_root(root: &std::path::Path) -> String {
    let relative = config::relative_to_working_dir(root);
    let mut shown = relative.to_string_lossy().replace(std::path::MAIN_SEPARATOR, "/");
    while let Some(rest) = shown.strip_prefix("./") {
        shown = rest.to_string();
    }
    let shown = shown.trim_end_matches('/');
    if shown == "." {
        String::new()
    } else {
        shown.to_string()
    }
}

/// The outcome of checking documents already in memory, with nothing read from or written to the
/// disk: each document is analyzed, then all quotations are aligned and judged and the findings
/// named, as [`run`] does.
/// The fuzz targets run the whole pipeline through it.
#[cfg(any(test, fuzzing))]
pub(crate) fn check_documents(mut docs: Vec<Document>) -> CheckOutcome {
    // Alignment takes the quotations in order of source, as `run` finds the files.
    docs.sort_by(|a, b| a.source.cmp(&b.source));
    let copies = Copies::default();
    let analyzed: Vec<Analyzed> = docs
        .into_par_iter()
        .map(|doc| Analyzed::of(doc, &copies))
        .collect();
    let mut outcome = CheckOutcome::default();
    for file in analyzed {
        outcome.sources += 1;
        outcome.bytes += file.bytes;
        if file.empty {
            outcome.empty_sources.push(file.source);
        }
        outcome.quotes.extend(file.quotes);
    }
    outcome.aligned = align(&outcome.quotes);
    // The house style and the suppressions of a folder without `kquote.toml`.
    let Scored { matches, summaries } = crate::score::score(&outcome.quotes, &outcome.aligned);
    outcome.findings = Findings::of(&outcome.quotes, &matches, &Suppressions::default());
    (outcome.matches, outcome.summaries) = (matches, summaries);
    outcome
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A column of a golden report of `sources/`.
    fn golden_column(report: &str, column: &str) -> Vec<String> {
        let bytes = std::fs::read(format!("tests/golden/{report}")).unwrap();
        let mut reader = ::csv::Reader::from_reader(&bytes[3..]);
        let at = reader
            .headers()
            .unwrap()
            .iter()
            .position(|h| h == column)
            .unwrap();
        reader.records().map(|r| r.unwrap()[at].to_string()).collect()
    }

    #[test]
    fn documents_checked_in_memory_give_what_the_reports_of_a_run_hold() {
        let root = std::path::Path::new("sources");
        let docs: Vec<Document> = source::find_sources(root, source::Links::WithinFolder)
            .unwrap()
            .files
            .iter()
            .rev()
            .map(|file| source::load(file, 1 << 20).unwrap())
            .collect();
        let outcome = check_documents(docs);
        let ids: Vec<String> = outcome.quotes.iter().map(Quote::id).collect();
        assert_eq!(ids, golden_column("quotes.csv", "quote_id"));
        let clusters: Vec<&str> = outcome.aligned.clusters.iter().map(|c| c.id.as_str()).collect();
        assert_eq!(clusters, golden_column("clusters.csv", "cluster_id"));
        let verdicts: Vec<&str> = outcome.matches.iter().map(|m| m.verdict.as_str()).collect();
        assert_eq!(verdicts, golden_column("matches.csv", "verdict"));
        assert_eq!(outcome.summaries.len(), clusters.len());
        assert_eq!(outcome.sources, 5);
    }

    #[test]
    fn sources_come_back_in_the_order_of_the_files_whoever_read_them() {
        let dir = tempfile::tempdir().unwrap();
        let files: Vec<SourceFile> = (0..10 * BATCH)
            .map(|i| {
                let name = format!("{i:04}.txt");
                let path = dir.path().join(&name);
                std::fs::write(&path, format!("“Quotation number {i} is here,” Ortiz said.\n")).unwrap();
                SourceFile {
                    name,
                    path,
                    id_hash: i as u64,
                }
            })
            .collect();
        let read = read_and_analyze(&files, 1 << 20, &indicatif::ProgressBar::hidden());
        // Each file's quotation among all, in the order of the files; none left in its file.
        let quoted: Vec<&str> = read.quotes.iter().map(|q| q.source.as_ref()).collect();
        assert!(read.files.iter().all(|r| r.as_ref().unwrap().quotes.is_empty()));
        let names: Vec<String> = files.into_iter().map(|file| file.name).collect();
        assert_eq!(quoted, names);
        let sources: Vec<String> = read.files.into_iter().map(|r| r.unwrap().source).collect();
        assert_eq!(sources, names);
    }

    #[test]
    fn the_list_of_quotations_grows_to_what_the_files_so_far_project() {
        let file = |n: usize| {
            Ok(Analyzed {
                source: String::new(),
                bytes: 0,
                quotes: (0..n).map(|i| Quote::for_test("a.txt", i, "words", "")).collect(),
                empty: false,
            })
        };
        let mut gathered = Gathered::new(100);
        gathered.take(file(10));
        // Ten quotations in the first of 100 files project 1,000: room for eightfold at first.
        assert_eq!(gathered.quotes.capacity(), 80);
        for _ in 1..100 {
            gathered.take(file(10));
        }
        // Then the projection, an eighth more, once: grown three times, not seven.
        assert_eq!((gathered.quotes.len(), gathered.quotes.capacity()), (1000, 1125));
        // A file beyond the projection gets room for at least itself.
        gathered.take(file(500));
        assert!(gathered.quotes.capacity() >= 1500);
        // A first file of many quotations among many files: eightfold, not a thousandfold.
        let mut gathered = Gathered::new(1000);
        gathered.take(file(2000));
        assert_eq!(gathered.quotes.capacity(), 16_000);
    }

    #[test]
    fn a_budget_lends_what_is_free_and_a_large_file_when_nothing_is_out() {
        let budget = Budget::new(100);
        assert!(budget.try_take(60));
        assert!(!budget.try_take(50));
        assert!(budget.try_take(40));
        budget.give_back(100);
        // Larger than the whole budget: only when nothing else is taken.
        assert!(budget.try_take(500));
        assert!(!budget.try_take(1));
        budget.give_back(500);
        assert!(budget.try_take(1));
    }

    #[test]
    fn readers_waiting_on_a_small_budget_finish_and_lose_nothing() {
        let dir = tempfile::tempdir().unwrap();
        let text = "“We will rebuild the levee,” Ana Ruiz said. The council met again today.\n".repeat(100);
        let files: Vec<SourceFile> = (0..3 * BATCH)
            .map(|i| {
                let name = format!("{i:04}.txt");
                let path = dir.path().join(&name);
                // Every tenth file is larger than the whole budget.
                let body = if i % 10 == 0 { text.repeat(3) } else { text.clone() };
                std::fs::write(&path, body).unwrap();
                SourceFile {
                    name,
                    path,
                    id_hash: i as u64,
                }
            })
            .collect();
        let pool = rayon::ThreadPoolBuilder::new().num_threads(3).build().unwrap();
        let read = pool.install(|| {
            read_and_analyze_within(
                &files,
                1 << 30,
                &indicatif::ProgressBar::hidden(),
                2 * text.len() as u64,
            )
        });
        let sources: Vec<String> = read.files.into_iter().map(|r| r.unwrap().source).collect();
        let names: Vec<String> = files.into_iter().map(|file| file.name).collect();
        assert_eq!(sources, names);
    }

    #[test]
    fn large_sources_go_in_smaller_batches_and_none_is_lost() {
        let dir = tempfile::tempdir().unwrap();
        // Half a batch's bytes a file, in plain words.
        let text = "The council met again today. ".repeat(BATCH_BYTES / 2 / 29);
        let files: Vec<SourceFile> = (0..12)
            .map(|i| {
                let name = format!("{i:02}.txt");
                let path = dir.path().join(&name);
                std::fs::write(&path, &text).unwrap();
                SourceFile {
                    name,
                    path,
                    id_hash: i,
                }
            })
            .collect();
        let read = read_and_analyze(&files, 1 << 30, &indicatif::ProgressBar::hidden());
        let sources: Vec<String> = read.files.into_iter().map(|r| r.unwrap().source).collect();
        assert_eq!(sources.len(), 12);
        assert!(sources.windows(2).all(|w| w[0] < w[1]), "{sources:?}");
    }
}
