//! kquote: finds the same quotation printed differently in different sources.
//!
//! The check is a pipeline, one folder a stage, data flowing one way:
//! [`source`] (walk, decode) -> `extract` (quotation spans) -> `attribute` (speakers, kinds)
//! -> [`align`] (the same quotation across sources) -> [`score`] (word diff, verdict, severity)
//! -> [`report`] (CSV, terminal). [`check`] runs it; [`types`] holds what travels between the
//! stages; `lang`, `lexicon` and `words` are the language knowledge every stage shares.

pub mod align;
pub(crate) mod attribute;
pub mod check;
pub mod cli;
pub mod exit_codes;
pub(crate) mod extract;
pub(crate) mod fault;
#[cfg(fuzzing)]
#[doc(hidden)]
pub mod fuzzing;
pub(crate) mod lang;
pub(crate) mod lexicon;
pub mod report;
pub mod score;
pub mod source;
pub mod types;
pub(crate) mod words;
