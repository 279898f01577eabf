//! Turns an input a fuzz target crashed on into a regression case: a folder of sources that
//! `tests/fuzz_regressions.rs` checks with the real binary.
//!
//! ```sh
//! cargo run --manifest-path fuzz/Cargo.toml --example regression -- TARGET INPUT CASE_DIR
//! ```
//!
//! For `pipeline`, each document the input stands for becomes `dN.txt`; for `extract` the input's
//! bytes are `d0.txt`, and for `attribute` its text as the target reads it (invalid UTF-8
//! replaced), so that the binary reads what the target did.

use std::path::PathBuf;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let [target, input, case] = args.as_slice() else {
        return Err("usage: regression TARGET INPUT CASE_DIR".into());
    };
    let data = std::fs::read(input).map_err(|e| format!("{input}: {e}"))?;
    let documents: Vec<Vec<u8>> = match target.as_str() {
        "pipeline" => kquote_fuzz::documents(&data)
            .into_iter()
            .map(String::into_bytes)
            .collect(),
        "extract" => vec![data],
        "attribute" => vec![String::from_utf8_lossy(&data).into_owned().into_bytes()],
        other => return Err(format!("{other}: no such target (extract, attribute, pipeline)").into()),
    };
    let case = PathBuf::from(case);
    std::fs::create_dir_all(&case).map_err(|e| format!("{}: {e}", case.display()))?;
    for (i, document) in documents.iter().enumerate() {
        let path = case.join(format!("d{i}.txt"));
        std::fs::write(&path, document).map_err(|e| format!("{}: {e}", path.display()))?;
    }
    println!("{}: {} source(s)", case.display(), documents.len());
    Ok(())
}
