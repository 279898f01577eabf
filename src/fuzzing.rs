//! What the fuzz targets in `fuzz/` run: stages of the check on fuzzer input, each followed by
//! assertions of the invariants that later stages and the reports rely on. A broken invariant is a
//! panic, which the fuzzer reports as a crash and keeps. Compiled only under `--cfg fuzzing`,
//! which cargo-fuzz sets.

use std::collections::{HashMap, HashSet};
use std::path::{Path, PathBuf};
use std::sync::OnceLock;

use crate::align::NO_VERSION;
use crate::check::check_documents;
use crate::extract::{Paragraph, QuoteSpan, extract as spans_of, paragraphs, per_paragraph};
use crate::report::csv as report;
use crate::report::findings::finding_key;
use crate::source::{Document, decode};
use crate::types::{Quote, QuoteKind, Severity};
use crate::words::count_words;

/// Raw bytes as a source file: decoded, split into paragraphs and quotation spans, each span cut
/// into its per-paragraph pieces. Spans lie on character boundaries within the text, in order.
pub fn extract(data: &[u8]) {
    let Ok(text) = decode(data.to_vec()) else {
        return;
    };
    let pars = paragraphs(&text);
    check_paragraphs(&text, &pars);
    let spans = spans_of(&text, &pars);
    for pair in spans.windows(2) {
        assert!(
            pair[0].after <= pair[1].open,
            "quotations overlap: {:?} then {:?} in {text:?}",
            pair[0],
            pair[1]
        );
    }
    for span in &spans {
        check_span(&text, &pars, span);
        let pieces = per_paragraph(&text, &pars, span);
        assert!(!pieces.is_empty(), "{span:?} has pieces in {text:?}");
        for piece in &pieces {
            check_span(&text, &pars, piece);
            assert!(
                span.open <= piece.open && span.start <= piece.start && piece.end <= span.end,
                "piece {piece:?} lies within {span:?} in {text:?}"
            );
        }
        for pair in pieces.windows(2) {
            assert!(
                pair[0].end <= pair[1].open && pair[0].last_paragraph < pair[1].first_paragraph,
                "pieces in order, a paragraph each: {pieces:?} in {text:?}"
            );
        }
    }
}

/// Bytes as text (invalid UTF-8 replaced), analyzed as one document: every quotation's text is
/// the document's characters `[start, end)`, at the line and column it names.
pub fn attribute(data: &[u8]) {
    single_threaded();
    let doc = Document::new("fuzz.txt", String::from_utf8_lossy(data));
    let quotes = crate::check::document::analyze(&doc);
    check_quotes(&doc.text, &quotes);
    // Copies that differ only in their numbers are analysed once (`check::copies`): the analysis
    // must not tell their digits apart.
    let copy = crate::check::copies::renumbered(&doc.text, |d| b'0' + (d - b'0' + 7) % 10);
    let again = crate::check::document::analyze(&Document::new("fuzz.txt", copy));
    assert!(
        crate::check::copies::same_but_numbers(&quotes, &again),
        "a renumbered copy reads otherwise: {quotes:?} and {again:?} of {:?}",
        doc.text
    );
}

/// Documents checked together as a check does, in memory: the quotations of each keep the
/// invariants of [`attribute`]; every match pairs two quotations of its cluster; cluster ids are
/// unique, a finding id names one content, and every member is a version; and the reports are
/// written and read back whole.
pub fn pipeline(texts: &[String]) {
    single_threaded();
    let docs = texts
        .iter()
        .enumerate()
        .map(|(i, text)| Document::new(format!("d{i}.txt"), text.as_str()))
        .collect();
    let outcome = check_documents(docs);
    let quotes = &outcome.quotes;
    for (i, text) in texts.iter().enumerate() {
        let source = format!("d{i}.txt");
        let own: Vec<Quote> = quotes.iter().filter(|q| *q.source == *source).cloned().collect();
        check_quotes(text, &own);
    }
    let mut ids = HashSet::new();
    for q in quotes {
        assert!(ids.insert(q.id()), "quote id {} is unique", q.id());
    }
    for pair in quotes.windows(2) {
        assert!(
            (&pair[0].source, pair[0].start) < (&pair[1].source, pair[1].start),
            "quotations in order of source and position: {} then {}",
            pair[0].id(),
            pair[1].id()
        );
    }

    let aligned = &outcome.aligned;
    assert_eq!(
        aligned.version_of.len(),
        quotes.len(),
        "a version (or none) per quotation"
    );
    assert_eq!(
        aligned.version_ids.len(),
        aligned.versions.len(),
        "an id per version"
    );
    let mut version_ids = HashSet::new();
    for (v, version) in aligned.versions.iter().enumerate() {
        assert!(!version.quotes.is_empty(), "version {v} has quotations");
        assert!(
            version
                .quotes
                .iter()
                .all(|&q| aligned.version_of.get(q) == Some(&(v as u32))),
            "version {v}: its quotations exist and are its own"
        );
        let id = aligned.version_ids[v].as_str();
        assert!(version_ids.insert(id), "version id {id} is unique");
    }
    for (q, &v) in aligned.version_of.iter().enumerate() {
        assert!(
            v == NO_VERSION
                || aligned
                    .versions
                    .get(v as usize)
                    .is_some_and(|v| v.quotes.contains(&q)),
            "quotation {q}: its version {v} holds it"
        );
    }
    let mut cluster_ids = HashSet::new();
    for (c, cluster) in aligned.clusters.iter().enumerate() {
        assert!(
            cluster_ids.insert(cluster.id.as_str()),
            "cluster id {} is unique",
            cluster.id
        );
        let first = cluster.members.first().expect("a cluster has members");
        assert_eq!(
            first.version, cluster.reference,
            "cluster {c}: the reference comes first"
        );
        let reference = &aligned.versions[cluster.reference];
        assert!(
            reference.quotes.contains(&cluster.reference_quote),
            "cluster {c}: its reference quotation is the reference's"
        );
        let in_cluster = |q: usize| {
            cluster.members.iter().any(|member| {
                aligned
                    .versions
                    .get(member.version)
                    .is_some_and(|v| v.quotes.contains(&q))
            })
        };
        let mut versions = HashSet::new();
        for member in &cluster.members {
            let version = aligned
                .versions
                .get(member.version)
                .unwrap_or_else(|| panic!("cluster {c}: member {} is a version", member.version));
            assert!(
                versions.insert(member.version),
                "cluster {c}: version {} once",
                member.version
            );
            let alignment = &member.alignment;
            assert!(
                alignment.a.start <= alignment.a.end
                    && alignment.a.end <= reference.words.len()
                    && alignment.b.start <= alignment.b.end
                    && alignment.b.end <= version.words.len(),
                "cluster {c}: member {} aligned within the words",
                member.version
            );
            if let Some(against) = &member.against {
                assert!(
                    in_cluster(against.quote) && !version.quotes.contains(&against.quote),
                    "cluster {c}: member {} is judged against another version of the cluster",
                    member.version
                );
                assert!(
                    against.alignment.b.end <= version.words.len(),
                    "cluster {c}: member {} aligned within its words with what it is judged against",
                    member.version
                );
            }
        }
    }
    assert_eq!(
        outcome.summaries.len(),
        aligned.clusters.len(),
        "a summary per cluster"
    );

    for m in &outcome.matches {
        let cluster = aligned
            .clusters
            .get(m.cluster)
            .unwrap_or_else(|| panic!("match of cluster {} that exists", m.cluster));
        assert!(
            m.a < quotes.len() && m.b < quotes.len(),
            "a match's quotations exist"
        );
        assert_ne!(m.a, m.b, "a match pairs two quotations");
        let in_cluster = |q: usize| {
            cluster
                .members
                .iter()
                .any(|member| aligned.versions[member.version].quotes.contains(&q))
        };
        assert!(
            in_cluster(m.a) && in_cluster(m.b),
            "cluster {}: match {} / {} of its quotations",
            cluster.id,
            quotes[m.a].id(),
            quotes[m.b].id()
        );
        assert!(
            (0.0..=1.0).contains(&m.similarity),
            "similarity {} within [0, 1]",
            m.similarity
        );
    }
    // A finding's id names its content: the same difference printed in several places shares
    // one id, and two different contents never do.
    let mut contents: HashMap<&str, Vec<u8>> = HashMap::new();
    let mut ids_of: HashMap<Vec<u8>, &str> = HashMap::new();
    for finding in &outcome.findings.list {
        let m = outcome
            .matches
            .get(finding.pair)
            .unwrap_or_else(|| panic!("finding {} is of a match", finding.id));
        assert_ne!(
            m.severity(),
            Severity::None,
            "finding {} is worth a warning",
            finding.id
        );
        let content = finding_key(quotes, m);
        let id = finding.id.as_str();
        assert_eq!(
            contents.entry(id).or_insert_with(|| content.clone()),
            &content,
            "finding id {id} names one content"
        );
        assert_eq!(
            *ids_of.entry(content).or_insert(id),
            id,
            "one content has one finding id"
        );
    }

    write_and_read_reports(&outcome);
}

/// Paragraphs lie in the text on character boundaries, in order, each a line that is not blank.
fn check_paragraphs(text: &str, pars: &[Paragraph]) {
    for p in pars {
        assert!(
            p.start < p.end && text.get(p.start..p.end).is_some(),
            "paragraph {p:?} within {text:?}"
        );
        let body = &text[p.start..p.end];
        assert!(
            !body.trim().is_empty() && !body.contains(['\n', '\r']),
            "paragraph {p:?} is one line, not blank, in {text:?}"
        );
    }
    for pair in pars.windows(2) {
        assert!(
            pair[0].end < pair[1].start,
            "paragraphs in order: {pars:?} in {text:?}"
        );
    }
}

/// A span's offsets are in order on character boundaries of `text`, within its paragraphs.
fn check_span(text: &str, pars: &[Paragraph], span: &QuoteSpan) {
    let offsets = [span.open, span.start, span.end, span.after];
    assert!(
        offsets.windows(2).all(|w| w[0] <= w[1]) && offsets.iter().all(|&o| text.is_char_boundary(o)),
        "span {span:?}: open <= start <= end <= after, on character boundaries of {text:?}"
    );
    assert!(
        span.first_paragraph <= span.last_paragraph && span.last_paragraph < pars.len(),
        "span {span:?}: paragraphs of the text {pars:?}"
    );
    let (first, last) = (pars[span.first_paragraph], pars[span.last_paragraph]);
    assert!(
        first.start <= span.open && span.open < first.end && span.end <= last.end,
        "span {span:?} lies in its paragraphs {first:?}..{last:?} of {text:?}"
    );
}

/// The quotations of one document's `text`: each `text` is the characters `[start, end)`; the
/// opening mark's line and column (lines end with `\n`, `\r\n` or a lone `\r`) come before
/// `start` with no word between; words and kind agree with the text; starts rise strictly (a quote
/// id is made of the start).
fn check_quotes(text: &str, quotes: &[Quote]) {
    let chars: Vec<char> = text.chars().collect();
    let ends_line = |i: usize| chars[i] == '\n' || (chars[i] == '\r' && chars.get(i + 1) != Some(&'\n'));
    let line_starts: Vec<usize> = std::iter::once(0)
        .chain((0..chars.len()).filter(|&i| ends_line(i)).map(|i| i + 1))
        .collect();
    for q in quotes {
        assert!(
            q.start <= q.end && q.end <= chars.len(),
            "{}: {}..{} within the {} characters of {text:?}",
            q.id(),
            q.start,
            q.end,
            chars.len()
        );
        let quoted: String = chars[q.start..q.end].iter().collect();
        assert_eq!(
            *q.text,
            quoted,
            "{}: text is the characters [start, end) of {text:?}",
            q.id()
        );
        assert!(
            q.line >= 1 && q.line <= line_starts.len() && q.column >= 1,
            "{}: line {} and column {} in {text:?}",
            q.id(),
            q.line,
            q.column
        );
        let at = line_starts[q.line - 1] + q.column - 1;
        // Marks and white space only between the opening and the words: a line break too, as a
        // wrapped paragraph's soft break may fall right after the mark.
        assert!(
            at <= q.start && !chars[at..q.start].iter().any(|c| c.is_alphanumeric()),
            "{}: line {} column {} opens the words at {} in {text:?}",
            q.id(),
            q.line,
            q.column,
            q.start
        );
        assert_eq!(q.words, count_words(&q.text), "{}: words of {:?}", q.id(), q.text);
        assert!(
            [QuoteKind::Quote, QuoteKind::Fragment, QuoteKind::Term]
                .iter()
                .any(|k| k.as_str() == q.kind.as_str()),
            "{}: a kind the reports name",
            q.id()
        );
    }
    for pair in quotes.windows(2) {
        assert!(
            pair[0].start < pair[1].start,
            "quotations {} and {} in order of their start in {text:?}",
            pair[0].id(),
            pair[1].id()
        );
    }
}

/// The three CSV reports of `outcome` and its workbook written to a scratch folder (on a memory
/// file system where there is one, as syncing each to a disk would slow the fuzzer to a crawl),
/// the CSV reports read back: each parses, holds a row per item, and every id in matches.csv is in
/// quotes.csv or clusters.csv.
fn write_and_read_reports(outcome: &crate::report::CheckOutcome) {
    let scratch = scratch();
    let dir = scratch.path();
    let (quotes, aligned) = (&outcome.quotes, &outcome.aligned);
    report::write_quotes(dir, quotes, aligned).expect("quotes.csv written");
    report::write_matches(dir, quotes, aligned, &outcome.matches).expect("matches.csv written");
    report::write_clusters(dir, quotes, aligned, &outcome.summaries).expect("clusters.csv written");
    // The workbook holds only what stands in a cluster; without one it is the same every time,
    // and zipping it would take most of an input's time.
    if !aligned.clusters.is_empty() {
        crate::report::xlsx::write(dir, outcome).unwrap_or_else(|e| panic!("review.xlsx written: {e}"));
    }

    let quote_rows = columns(dir, "quotes.csv", ["quote_id", "cluster_id"]);
    let quote_ids: HashSet<&str> = quote_rows.iter().map(|[id, _]| id.as_str()).collect();
    assert_eq!(
        (quote_rows.len(), quote_ids.len()),
        (quotes.len(), quotes.len()),
        "quotes.csv: a row per quotation, ids unique"
    );
    let cluster_ids: HashSet<String> = columns(dir, "clusters.csv", ["cluster_id"])
        .into_iter()
        .map(|[id]| id)
        .collect();
    for [id, cluster] in &quote_rows {
        assert!(
            cluster.is_empty() || cluster_ids.contains(cluster),
            "quotes.csv: {id}'s cluster {cluster} is in clusters.csv"
        );
    }
    assert_eq!(
        cluster_ids.len(),
        aligned.clusters.len(),
        "clusters.csv: a row per cluster"
    );
    let matches = columns(dir, "matches.csv", ["cluster_id", "quote_a", "quote_b"]);
    assert_eq!(
        matches.len(),
        outcome.matches.len(),
        "matches.csv: a row per match"
    );
    for [cluster, a, b] in &matches {
        assert!(
            cluster_ids.contains(cluster),
            "matches.csv: cluster {cluster} is in clusters.csv"
        );
        assert!(
            quote_ids.contains(a.as_str()),
            "matches.csv: quote_a {a} is in quotes.csv"
        );
        assert!(
            quote_ids.contains(b.as_str()),
            "matches.csv: quote_b {b} is in quotes.csv"
        );
    }
}

/// The cells of the named columns of every row of report `name` in `dir`, which must open with a
/// byte-order mark and parse.
fn columns<const N: usize>(dir: &Path, name: &str, wanted: [&str; N]) -> Vec<[String; N]> {
    let bytes = std::fs::read(dir.join(name)).unwrap_or_else(|e| panic!("{name} read back: {e}"));
    let body = bytes
        .strip_prefix("\u{feff}".as_bytes())
        .unwrap_or_else(|| panic!("{name} opens with a byte-order mark"));
    let mut reader = ::csv::Reader::from_reader(body);
    let headers = reader
        .headers()
        .unwrap_or_else(|e| panic!("{name} has a header: {e}"))
        .clone();
    let at = wanted.map(|column| {
        headers
            .iter()
            .position(|h| h == column)
            .unwrap_or_else(|| panic!("{name} has a column {column}"))
    });
    reader
        .records()
        .map(|record| {
            let record = record.unwrap_or_else(|e| panic!("{name} parses: {e}"));
            at.map(|i| record[i].to_string())
        })
        .collect()
}

/// A folder for one input's reports, deleted with them when dropped.
struct Scratch(PathBuf);

impl Scratch {
    fn path(&self) -> &Path {
        &self.0
    }
}

impl Drop for Scratch {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

/// A new scratch folder, in memory where there is a memory file system.
fn scratch() -> Scratch {
    static PARENT: OnceLock<PathBuf> = OnceLock::new();
    let parent = PARENT.get_or_init(|| {
        let shm = Path::new("/dev/shm");
        if shm.is_dir() {
            shm.to_path_buf()
        } else {
            std::env::temp_dir()
        }
    });
    let dir = parent.join(format!("kquote-fuzz-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap_or_else(|e| panic!("{}: {e}", dir.display()));
    Scratch(dir)
}

/// Parallel stages run on the fuzzer's own thread: no hand-over to a pool for inputs this small,
/// and a slow input is timed where it runs.
fn single_threaded() {
    static POOL: OnceLock<()> = OnceLock::new();
    POOL.get_or_init(|| {
        // Fails only when a pool is already built, which then serves as well.
        let _ = rayon::ThreadPoolBuilder::new()
            .num_threads(1)
            .use_current_thread()
            .build_global();
    });
}
