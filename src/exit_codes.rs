//! The one place where outcomes become process exit codes.

/// No finding of severity `error`.
pub const SUCCESS: i32 = 0;
/// At least one finding of severity `error`: a CI job should fail.
pub const FINDINGS: i32 = 1;
/// The check itself failed or was incomplete: bad arguments, an unreadable folder, no sources, a
/// source that could not be read.
pub const ERROR: i32 = 2;
