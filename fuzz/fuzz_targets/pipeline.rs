//! Bytes read through the news grammar as several documents, checked together: analysis,
//! alignment, scoring and the reports.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| kquote::fuzzing::pipeline(&kquote_fuzz::documents(data)));
