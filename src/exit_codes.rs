//! The one place where outcomes become process exit codes.

use crate::report::CheckOutcome;
use crate::types::Severity;

/// No finding of severity `error`.
pub const SUCCESS: i32 = 0;
/// At least one finding of severity `error`: a CI job should fail.
pub const FINDINGS: i32 = 1;
/// The check itself failed or was incomplete: bad arguments, an unreadable folder, no sources, a
/// source that could not be read.
pub const ERROR: i32 = 2;

/// An incomplete check outranks findings: a source that could not be read may hide anything.
pub fn for_outcome(outcome: &CheckOutcome) -> i32 {
    if !outcome.source_errors.is_empty() {
        ERROR
    } else if outcome.severity() == Severity::Error {
        FINDINGS
    } else {
        SUCCESS
    }
}
