//! Compiles the large derived word table `lexicon/de/word-classes.txt` into an fst map, which
//! `src/lexicon/open.rs` includes with `include_bytes!`: 670,000 German forms take about 2 MB
//! in the binary that way and need no parsing at run time.

use std::io::Write;

fn main() {
    let source = "lexicon/de/word-classes.txt";
    println!("cargo::rerun-if-changed={source}");
    let text = std::fs::read_to_string(source).expect("lexicon/de/word-classes.txt is readable");
    // The file is sorted by scripts/lexicon; byte order is what the fst needs, so sort again
    // rather than trust the file.
    let mut entries: Vec<(&str, u64)> = text
        .lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        .filter_map(|l| {
            let (word, class) = l.split_once(' ')?;
            Some((word, class.trim().parse().ok()?))
        })
        .collect();
    entries.sort_unstable();
    entries.dedup_by(|a, b| a.0 == b.0);
    let mut builder = fst::MapBuilder::memory();
    for (word, class) in entries {
        builder.insert(word, class).expect("sorted, unique keys");
    }
    let bytes = builder.into_inner().expect("the fst builds");
    let out = std::path::Path::new(&std::env::var("OUT_DIR").expect("cargo sets OUT_DIR"))
        .join("de-word-classes.fst");
    std::fs::File::create(out)
        .and_then(|mut f| f.write_all(&bytes))
        .expect("OUT_DIR is writable");
}
