//! Stage 6: the reports. In: the quotations, their clusters ([`crate::align::Aligned`]) and what
//! scoring judged ([`crate::score::Scored`]). Out: the CSV files a reviewer opens in a
//! spreadsheet (`csv`) and the findings a person reads in a terminal or a CI log ([`terminal`]).
//! Nothing is judged here: verdicts and severities come from scoring, and are only formatted.

pub(crate) mod csv;
pub mod terminal;
