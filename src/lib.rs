//! kquote: finds the same quotation printed differently in different sources.
//!
//! The check is a pipeline, one module a stage:
//! [`source`] (walk, decode) -> [`extract`] (quotation spans) -> [`attribute`] (speakers) ->
//! [`align`] (the same quotation across sources) -> [`score`] (word diff, verdict) ->
//! [`report`] (CSV) and [`terminal`] (what a person reads in CI); [`check`] runs it.

pub mod align;
pub mod analyze;
pub mod attribute;
pub mod check;
pub mod cli;
pub mod exit_codes;
pub mod extract;
pub mod lexicon;
pub mod quote;
pub mod report;
pub mod score;
pub mod source;
pub mod terminal;
pub mod words;
