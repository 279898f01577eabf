//! Raw bytes as a source file: decoding, paragraphs, quotation spans and their pieces.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| kquote::fuzzing::extract(data));
