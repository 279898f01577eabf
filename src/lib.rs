//! kquote: finds the same quotation printed differently in different sources.
//!
//! The check is a pipeline, one module a stage:
//! [`source`] (walk, decode) -> [`extract`] (quotation spans) -> [`attribute`] (speakers) ->
//! [`report`] (CSV); [`check`] runs it.

pub mod analyze;
pub mod attribute;
pub mod check;
pub mod cli;
pub mod exit_codes;
pub mod extract;
pub mod lexicon;
pub mod quote;
pub mod report;
pub mod source;
