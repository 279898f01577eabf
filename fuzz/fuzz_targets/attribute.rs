//! Bytes as one document's text: extraction and attribution, and the positions reported.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| kquote::fuzzing::attribute(data));
