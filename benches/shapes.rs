//! Shapes benchmark: the real `kquote check` on single documents of the shapes that make text
//! tools slow, where a scan back to the start of a line, sentence or paragraph for each
//! quotation turns linear work quadratic.
//!
//! ```sh
//! cargo bench --bench shapes                 # every shape, 40,000 quotations each
//! cargo bench --bench shapes -- 20000 40000  # two sizes: the time should double, not quadruple
//! cargo bench --bench shapes -- --threads 1 --runs 5
//! ```
//!
//! N is the number of quotations (or paragraphs, or people) each shape is built from. Each
//! shape's document (or two, for a quotation two sources share) is written into
//! `target/bench-shapes/<shape>-<N>/`, then checked as the scale benchmark checks a
//! corpus: once to warm the page cache, then the counted runs (three unless `--runs` says
//! otherwise), each under a helper process of its own for its peak memory. The documents are
//! made from fixed templates, so every run checks the same bytes.

#[path = "support/args.rs"]
mod args;
#[path = "support/measure.rs"]
mod measure;

use std::fmt::Write as _;
use std::path::Path;
use std::process::ExitCode;
use std::{env, fs};

/// Quotations a shape is built from when no size is given.
const DEFAULT_SIZES: [usize; 1] = [40_000];

/// One kind of document, built from `n` repetitions of a template; some shapes need two
/// sources, whose documents are told apart by the last argument of `write`.
struct Shape {
    name: &'static str,
    what: &'static str,
    files: usize,
    write: fn(&mut String, usize, usize),
}

const SHAPES: [Shape; 11] = [
    Shape {
        name: "one-line",
        files: 1,
        what: "n quoted sentences on a single line",
        write: |doc, n, _| {
            for i in 0..n {
                let _ = write!(
                    doc,
                    "The council met on day {i} and Ana Ruiz said “we will rebuild the levee number {i} \
                     soon” before leaving. "
                );
            }
        },
    },
    Shape {
        name: "one-sentence",
        files: 1,
        what: "n quotations in one sentence that never ends",
        write: |doc, n, _| {
            for i in 0..n {
                let _ = write!(
                    doc,
                    "and the mayor of town {i} noted “we will rebuild the levee soon” before leaving, "
                );
            }
        },
    },
    Shape {
        name: "one-sentence-de",
        files: 1,
        what: "the same in German indirect speech, where sources are read back over sentences",
        write: |doc, n, _| {
            for i in 0..n {
                let _ = write!(doc, "und die Stadt sei nach Angaben {i} „unzumutbar“ gewesen, ");
            }
        },
    },
    Shape {
        name: "unclosed",
        files: 1,
        what: "n paragraphs that each open a quotation and never close it",
        write: |doc, n, _| {
            for i in 0..n {
                let _ = write!(
                    doc,
                    "“Paragraph {i} of a statement that runs on over every paragraph after it\n\n"
                );
            }
        },
    },
    Shape {
        name: "one-name",
        files: 1,
        what: "15 n short paragraphs that name one person and quote her",
        write: |doc, n, _| {
            for i in 0..15 * n {
                let _ = write!(
                    doc,
                    "Ana Ruiz visited the district on day {i}.\n\n“We will rebuild levee {i} before the rains,” \
                     Ruiz said.\n\n"
                );
            }
        },
    },
    Shape {
        name: "many-names",
        files: 1,
        what: "n people of one first name, each quoted twice",
        write: |doc, n, _| {
            for i in 0..n {
                let name = surname(i);
                let _ = write!(
                    doc,
                    "Ana {name} said on Monday that the levee “held for now.”\n\n“It will hold,” {name} \
                     said.\n\n"
                );
            }
        },
    },
    Shape {
        name: "it-said",
        files: 1,
        what: "n institutions, each quoted and then `it said`",
        write: |doc, n, _| {
            for i in 0..n {
                let name = surname(i);
                let _ = write!(
                    doc,
                    "The Council of {name} said on Monday that it “agrees on item {i}.”\n\n“We agree on \
                     item {i},” it said.\n\n"
                );
            }
        },
    },
    Shape {
        name: "spokesman",
        files: 1,
        what: "one spokesman named, then n other people and n quotations of `the spokesman`",
        write: |doc, n, _| {
            doc.push_str("Spokesman Ana Bakori said the city “is ready.”\n\n");
            for i in 0..n {
                let name = surname(i);
                let _ = write!(
                    doc,
                    "Mayor Lee {name} met officials on Monday.\n\n“We agree on item {i},” the spokesman \
                     said.\n\n"
                );
            }
        },
    },
    Shape {
        name: "objects",
        files: 1,
        what: "n people named only as objects on one line, each followed by `she said`",
        write: |doc, n, _| {
            for i in 0..n {
                let name = surname(i);
                let _ = write!(
                    doc,
                    "Officials met with Lee {name} on day {i}, and she said “we agree.” "
                );
            }
        },
    },
    Shape {
        name: "long-quote",
        files: 2,
        what: "two sources quoting one speech of 5 n words, every thousandth word changed in one",
        write: |doc, n, file| {
            doc.push_str("Ana Bakori said: “");
            for i in 0..5 * n {
                let word = if file == 1 && i % 1_000 == 0 {
                    "changed".to_string()
                } else {
                    surname(i % 97)
                };
                let _ = write!(doc, "{} ", word.to_lowercase());
            }
            doc.push_str("and that is all.”\n");
        },
    },
    Shape {
        name: "no-quotes",
        files: 1,
        what: "15 n paragraphs of prose without a quotation",
        write: |doc, n, _| {
            for i in 0..15 * n {
                let _ = write!(
                    doc,
                    "The council of district {i} met on Tuesday and agreed to rebuild the levee before the \
                     rains.\n\n"
                );
            }
        },
    },
];

/// The `i`-th of many distinct made-up surnames (`Bakori`, `Tamusel`).
fn surname(mut i: usize) -> String {
    const SYLLABLES: [&str; 16] = [
        "ba", "ko", "ri", "ta", "mu", "sel", "dor", "vin", "pa", "lu", "ne", "gro", "fi", "zan", "ter", "mol",
    ];
    let mut name = String::new();
    loop {
        name.push_str(SYLLABLES[i % SYLLABLES.len()]);
        i /= SYLLABLES.len();
        if i == 0 {
            break;
        }
    }
    let mut letters = name.chars();
    letters
        .next()
        .map_or(String::new(), |c| c.to_uppercase().chain(letters).collect())
}

fn main() -> ExitCode {
    measure::bench_main("shapes", &DEFAULT_SIZES, run)
}

/// One row of the result table.
struct Row {
    shape: &'static str,
    n: usize,
    mb: f64,
    quotations: u64,
    wall: f64,
    peak_rss_mb: f64,
}

fn run(options: &args::Args) -> Result<(), String> {
    let root = args::target_dir().join("bench-shapes");
    println!(
        "kquote shapes benchmark: threads {}, median of {} runs, binary {}",
        options.threads.map_or("default".to_string(), |n| n.to_string()),
        options.runs,
        env!("CARGO_BIN_EXE_kquote")
    );
    let mut rows = Vec::new();
    for &n in &options.sizes {
        for shape in &SHAPES {
            let dir = root.join(format!("{}-{n}", shape.name));
            let reports = root.join(format!("{}-{n}.reports", shape.name));
            let bytes = write_document(&dir, shape, n)?;
            let mut runs = Vec::new();
            for _ in 0..options.runs + 1 {
                runs.push(measure::measure(&dir, &reports, options.threads)?);
            }
            runs.remove(0);
            let walls: Vec<String> = runs.iter().map(|r| format!("{:.2}", r.wall)).collect();
            println!(
                "[{} {n}] {}: wall time of each run: {} s",
                shape.name,
                shape.what,
                walls.join(", ")
            );
            let measured = measure::Measured::median(runs);
            if measured.code > 1 {
                return Err(format!(
                    "kquote check exited with {} on {}",
                    measured.code,
                    dir.display()
                ));
            }
            rows.push(Row {
                shape: shape.name,
                n,
                mb: bytes as f64 / 1e6,
                quotations: count_quotations(&reports.join("quotes.csv"))?,
                wall: measured.wall,
                peak_rss_mb: measured.max_rss_kb as f64 / 1024.0,
            });
        }
    }
    println!("\n## kquote check on one document of each shape\n");
    println!(
        "| {:<16} | {:>6} | {:>6} | {:>10} | {:>7} | {:>6} | {:>11} |",
        "shape", "n", "MB", "quotations", "wall s", "MB/s", "peak RSS MB"
    );
    println!(
        "|{:-<18}|{:-<8}|{:-<8}|{:-<12}|{:-<9}|{:-<8}|{:-<13}|",
        "", "", "", "", "", "", ""
    );
    for r in &rows {
        println!(
            "| {:<16} | {:>6} | {:>6.1} | {:>10} | {:>7.2} | {:>6.1} | {:>11.0} |",
            r.shape,
            r.n,
            r.mb,
            r.quotations,
            r.wall,
            r.mb / r.wall,
            r.peak_rss_mb
        );
    }
    Ok(())
}

/// Writes the shape's documents as the only files of `dir`; their size in bytes.
fn write_document(dir: &Path, shape: &Shape, n: usize) -> Result<u64, String> {
    if dir.exists() {
        fs::remove_dir_all(dir).map_err(|e| format!("{}: {e}", dir.display()))?;
    }
    fs::create_dir_all(dir).map_err(|e| format!("{}: {e}", dir.display()))?;
    let mut bytes = 0;
    for file in 0..shape.files {
        let mut doc = String::from("A headline for the document\n\n");
        (shape.write)(&mut doc, n, file);
        doc.push('\n');
        let path = dir.join(format!("document-{file}.txt"));
        fs::write(&path, &doc).map_err(|e| format!("{}: {e}", path.display()))?;
        bytes += doc.len() as u64;
    }
    Ok(bytes)
}

/// Rows of a `quotes.csv`.
fn count_quotations(path: &Path) -> Result<u64, String> {
    let mut reader = csv::Reader::from_path(path).map_err(|e| format!("{}: {e}", path.display()))?;
    let mut rows = 0;
    for record in reader.records() {
        record.map_err(|e| format!("{}: {e}", path.display()))?;
        rows += 1;
    }
    Ok(rows)
}
