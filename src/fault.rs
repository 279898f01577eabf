//! Fault points for the tests: in debug builds (what `cargo test` runs), a check stops or waits
//! where `KQUOTE_FAULT` says, so that the tests can kill it at every step of its report writing,
//! hold it while another check runs, or change its sources under it. Release builds have none.

/// In debug builds, aborts the process at the point named by `KQUOTE_FAULT` (or, for
/// `wait:<point>`, waits there for two seconds): the tests kill a check at every step of its
/// report writing and look at what is left, and hold a check at a step while another runs.
pub(crate) fn point(point: &str) {
    #[cfg(debug_assertions)]
    if let Some(fault) = std::env::var_os("KQUOTE_FAULT") {
        if fault == point {
            std::process::abort();
        }
        if fault.to_str().and_then(|f| f.strip_prefix("wait:")) == Some(point) {
            std::thread::sleep(std::time::Duration::from_secs(2));
        }
    }
    #[cfg(not(debug_assertions))]
    let _ = point;
}
