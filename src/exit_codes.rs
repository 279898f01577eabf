//! The one place where outcomes become process exit codes.

use crate::report::{CheckOutcome, FailOn};

/// No new finding severe enough to fail the check (`--fail-on`, by default an `error`).
pub const SUCCESS: i32 = 0;
/// At least one new finding severe enough to fail the check: a CI job should fail. Accepted and
/// baselined findings do not count.
pub const FINDINGS: i32 = 1;
/// The check itself failed or was incomplete: bad arguments, an unreadable folder, no sources, a
/// source that could not be read, a `kquote.toml` or baseline that cannot be used.
pub const ERROR: i32 = 2;

/// An incomplete check outranks findings: a source that could not be read may hide anything.
pub fn for_outcome(outcome: &CheckOutcome, fail_on: FailOn) -> i32 {
    if !outcome.complete() {
        ERROR
    } else if outcome.fails(fail_on) {
        FINDINGS
    } else {
        SUCCESS
    }
}
