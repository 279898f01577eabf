//! Stage 6: the reports. In: the quotations, their clusters and the judged matches. Out: the CSV
//! files a reviewer opens in a spreadsheet ([`csv`]) and the findings a person reads in a
//! terminal or a CI log ([`terminal`]).

pub mod csv;
pub mod terminal;
