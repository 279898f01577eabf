//! The report folder is replaced as a whole, so that a reader never sees a torn set: a new
//! `quotes.csv` beside an old `matches.csv` whose quote ids point at nothing.
//!
//! A check writes its reports into a new folder beside the reports folder
//! (`.reports.kquote-new-<pid>`), and when every report is written and synced, swaps the two
//! folders in one step: `renameat2(RENAME_EXCHANGE)` on Linux, or where that is not available,
//! two renames (the old folder aside, the new one into place), between which the folder is
//! briefly missing but never torn. The old set is then deleted.
//!
//! A lock file beside the folder (`.reports.kquote.lock`) keeps two checks from writing one
//! folder at once; holding it, a check deletes what a killed check left behind. All this happens
//! before the analysis starts, so a folder that cannot be written is known at once.

use std::fs::{self, File};
use std::io;
use std::path::{Path, PathBuf};

use thiserror::Error;

use crate::fault;

/// The files kquote writes into a reports folder. A folder that holds anything else is not
/// replaced: it is not kquote's to replace.
pub(crate) const REPORT_FILES: [&str; 5] = [
    "quotes.csv",
    "matches.csv",
    "clusters.csv",
    "review.xlsx",
    "report.html",
];

/// Why a reports folder cannot be used.
#[derive(Debug, Error)]
pub enum ReportSetError {
    #[error("{}: cannot write reports here: {reason}", path.display())]
    Io { path: PathBuf, reason: io::Error },
    #[error("{}: is not a folder", .0.display())]
    NotAFolder(PathBuf),
    #[error("{}: names no folder to write reports into", .0.display())]
    NoName(PathBuf),
    #[error(
        "{}: holds {found}, which kquote did not write; kquote replaces its reports folder as a whole, so give --out a folder of its own",
        path.display()
    )]
    NotOurs { path: PathBuf, found: String },
    #[error("{}: another kquote check is writing reports here (lock {})", path.display(), lock.display())]
    Busy { path: PathBuf, lock: PathBuf },
}

/// A new set of reports being written; [`ReportSet::commit`] puts it in place of the old one.
/// Dropped uncommitted, the new set is deleted and the old one stays.
#[derive(Debug)]
pub struct ReportSet {
    /// The reports folder.
    out: PathBuf,
    /// The new set, beside it.
    staging: PathBuf,
    /// Held for the whole check; the lock is released when the file is closed.
    _lock: File,
    committed: bool,
}

impl ReportSet {
    /// Locks the reports folder `out`, deletes what killed checks left beside it, and makes the
    /// folder for the new set.
    pub fn begin(out: &Path) -> Result<ReportSet, ReportSetError> {
        let fail = |path: &Path| {
            let path = path.to_path_buf();
            move |reason| ReportSetError::Io { path, reason }
        };
        let Some(name) = out.file_name() else {
            return Err(ReportSetError::NoName(out.to_path_buf()));
        };
        let name = name.to_string_lossy();
        let parent = match out.parent() {
            Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
            _ => PathBuf::from("."),
        };
        fs::create_dir_all(&parent).map_err(fail(&parent))?;
        let lock_path = parent.join(format!(".{name}.kquote.lock"));
        let lock = File::options()
            .create(true)
            .truncate(false)
            .write(true)
            .open(&lock_path)
            .map_err(fail(&lock_path))?;
        match lock.try_lock() {
            Ok(()) => {}
            Err(fs::TryLockError::WouldBlock) => {
                return Err(ReportSetError::Busy {
                    path: out.to_path_buf(),
                    lock: lock_path,
                });
            }
            Err(fs::TryLockError::Error(err)) => return Err(fail(&lock_path)(err)),
        }
        check_is_ours(out)?;
        // Holding the lock, nothing else writes beside this folder: what is there is left over.
        remove_left_over(&parent, &name).map_err(fail(&parent))?;
        let staging = parent.join(format!(".{name}.kquote-new-{}", std::process::id()));
        fs::create_dir(&staging).map_err(fail(&staging))?;
        fault::point("begun");
        Ok(ReportSet {
            out: out.to_path_buf(),
            staging,
            _lock: lock,
            committed: false,
        })
    }

    /// Where the new set's reports are written.
    pub fn dir(&self) -> &Path {
        &self.staging
    }

    /// Puts the new set in place of the old one, in one step where the system allows it, and
    /// deletes the old set.
    pub fn commit(mut self) -> Result<(), ReportSetError> {
        let fail = |path: &Path| {
            let path = path.to_path_buf();
            move |reason| ReportSetError::Io { path, reason }
        };
        sync_dir(&self.staging).map_err(fail(&self.staging))?;
        fault::point("before-swap");
        let old = if self.out.exists() {
            swap(&self.staging, &self.out).map_err(fail(&self.out))?
        } else {
            fs::rename(&self.staging, &self.out).map_err(fail(&self.out))?;
            None
        };
        self.committed = true;
        fault::point("swapped");
        if let Some(parent) = self.out.parent().filter(|p| !p.as_os_str().is_empty()) {
            sync_dir(parent).map_err(fail(parent))?;
        }
        if let Some(old) = old {
            fs::remove_dir_all(&old).map_err(fail(&old))?;
        }
        fault::point("committed");
        Ok(())
    }
}

impl Drop for ReportSet {
    fn drop(&mut self) {
        if !self.committed {
            // Best effort: what is left is deleted by the next check.
            let _ = fs::remove_dir_all(&self.staging);
        }
    }
}

/// Refuses a reports folder that holds anything kquote did not write.
fn check_is_ours(out: &Path) -> Result<(), ReportSetError> {
    let entries = match fs::read_dir(out) {
        Ok(entries) => entries,
        Err(err) if err.kind() == io::ErrorKind::NotFound => return Ok(()),
        Err(_) if !out.is_dir() && out.exists() => return Err(ReportSetError::NotAFolder(out.to_path_buf())),
        Err(reason) => {
            return Err(ReportSetError::Io {
                path: out.to_path_buf(),
                reason,
            });
        }
    };
    let mut foreign: Vec<String> = Vec::new();
    for entry in entries {
        let entry = entry.map_err(|reason| ReportSetError::Io {
            path: out.to_path_buf(),
            reason,
        })?;
        let name = entry.file_name().to_string_lossy().into_owned();
        // Reports, and the temporary files earlier versions wrote beside them (`.quotes.csv.*.tmp`).
        let ours = REPORT_FILES.contains(&name.as_str())
            || REPORT_FILES
                .iter()
                .any(|r| name.starts_with(&format!(".{r}.")) && name.ends_with(".tmp"));
        if !ours {
            foreign.push(name);
        }
    }
    if foreign.is_empty() {
        return Ok(());
    }
    foreign.sort();
    let more = foreign.len().saturating_sub(3);
    let mut found = foreign
        .iter()
        .take(3)
        .map(|n| format!("`{}`", crate::report::terminal::printable(n)))
        .collect::<Vec<_>>()
        .join(", ");
    if more > 0 {
        found.push_str(&format!(" and {more} more"));
    }
    Err(ReportSetError::NotOurs {
        path: out.to_path_buf(),
        found,
    })
}

/// Deletes the new and old sets that killed checks left beside the folder `name` in `parent`.
fn remove_left_over(parent: &Path, name: &str) -> io::Result<()> {
    let prefixes = [format!(".{name}.kquote-new-"), format!(".{name}.kquote-old-")];
    for entry in fs::read_dir(parent)? {
        let entry = entry?;
        let file_name = entry.file_name();
        let file_name = file_name.to_string_lossy();
        if prefixes.iter().any(|p| file_name.starts_with(p.as_str())) {
            fs::remove_dir_all(entry.path())?;
        }
    }
    Ok(())
}

/// Swaps the folders `new` and `out`: afterwards the new set is at `out`. Returns where the old
/// set now is, to be deleted.
fn swap(new: &Path, out: &Path) -> io::Result<Option<PathBuf>> {
    #[cfg(target_os = "linux")]
    {
        use rustix::fs::{CWD, RenameFlags, renameat_with};
        match renameat_with(CWD, new, CWD, out, RenameFlags::EXCHANGE) {
            Ok(()) => return Ok(Some(new.to_path_buf())),
            // File systems and kernels without the exchange take the two renames below.
            Err(rustix::io::Errno::INVAL | rustix::io::Errno::NOSYS | rustix::io::Errno::NOTSUP) => {}
            Err(err) => return Err(err.into()),
        }
    }
    let name = out
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let old = out.with_file_name(format!(".{name}.kquote-old-{}", std::process::id()));
    fs::rename(out, &old)?;
    fault::point("old-aside");
    fs::rename(new, out)?;
    Ok(Some(old))
}

/// Makes a folder's entries durable: a crash after the swap keeps the new set.
fn sync_dir(dir: &Path) -> io::Result<()> {
    #[cfg(unix)]
    File::open(dir)?.sync_all()?;
    #[cfg(not(unix))]
    let _ = dir;
    Ok(())
}

/// In debug builds, the fault point after writing the report `name` (`written:quotes.csv`).
pub(crate) fn written(name: &str) {
    #[cfg(debug_assertions)]
    fault::point(&format!("written:{name}"));
    #[cfg(not(debug_assertions))]
    let _ = name;
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names(dir: &Path) -> Vec<String> {
        let mut names: Vec<String> = fs::read_dir(dir)
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .collect();
        names.sort();
        names
    }

    #[test]
    fn a_committed_set_replaces_the_old_one_whole() {
        let top = tempfile::tempdir().unwrap();
        let out = top.path().join("reports");
        fs::create_dir(&out).unwrap();
        fs::write(out.join("quotes.csv"), "old").unwrap();
        fs::write(out.join("matches.csv"), "old").unwrap();
        let set = ReportSet::begin(&out).unwrap();
        fs::write(set.dir().join("quotes.csv"), "new").unwrap();
        set.commit().unwrap();
        assert_eq!(names(&out), ["quotes.csv"]);
        assert_eq!(fs::read_to_string(out.join("quotes.csv")).unwrap(), "new");
        // Nothing is left beside it but the lock.
        assert_eq!(names(top.path()), [".reports.kquote.lock", "reports"]);
    }

    #[test]
    fn a_set_dropped_uncommitted_leaves_the_old_one() {
        let top = tempfile::tempdir().unwrap();
        let out = top.path().join("reports");
        fs::create_dir(&out).unwrap();
        fs::write(out.join("quotes.csv"), "old").unwrap();
        let set = ReportSet::begin(&out).unwrap();
        fs::write(set.dir().join("quotes.csv"), "new").unwrap();
        drop(set);
        assert_eq!(fs::read_to_string(out.join("quotes.csv")).unwrap(), "old");
        assert_eq!(names(top.path()), [".reports.kquote.lock", "reports"]);
    }

    #[test]
    fn a_folder_that_does_not_exist_is_made() {
        let top = tempfile::tempdir().unwrap();
        let out = top.path().join("a").join("reports");
        let set = ReportSet::begin(&out).unwrap();
        fs::write(set.dir().join("quotes.csv"), "new").unwrap();
        set.commit().unwrap();
        assert_eq!(names(&out), ["quotes.csv"]);
    }

    #[test]
    fn a_second_check_cannot_write_a_locked_folder() {
        let top = tempfile::tempdir().unwrap();
        let out = top.path().join("reports");
        let first = ReportSet::begin(&out).unwrap();
        let second = ReportSet::begin(&out);
        assert!(matches!(second, Err(ReportSetError::Busy { .. })), "{second:?}");
        drop(first);
        assert!(ReportSet::begin(&out).is_ok());
    }

    #[test]
    fn sets_left_by_killed_checks_are_deleted() {
        let top = tempfile::tempdir().unwrap();
        let out = top.path().join("reports");
        for left in [".reports.kquote-new-1", ".reports.kquote-old-2"] {
            fs::create_dir(top.path().join(left)).unwrap();
            fs::write(top.path().join(left).join("quotes.csv"), "x").unwrap();
        }
        fs::create_dir(top.path().join(".other.kquote-new-1")).unwrap();
        let set = ReportSet::begin(&out).unwrap();
        set.commit().unwrap();
        assert_eq!(
            names(top.path()),
            [".other.kquote-new-1", ".reports.kquote.lock", "reports"]
        );
    }

    #[test]
    fn a_folder_holding_other_files_is_not_replaced() {
        let top = tempfile::tempdir().unwrap();
        let out = top.path().join("reports");
        fs::create_dir(&out).unwrap();
        fs::write(out.join("notes.txt"), "mine").unwrap();
        fs::write(out.join("quotes.csv"), "old").unwrap();
        let err = ReportSet::begin(&out).unwrap_err();
        assert!(err.to_string().contains("`notes.txt`"), "{err}");
        assert_eq!(fs::read_to_string(out.join("notes.txt")).unwrap(), "mine");
    }

    #[test]
    fn a_file_is_no_reports_folder() {
        let top = tempfile::tempdir().unwrap();
        let out = top.path().join("reports");
        fs::write(&out, "a file").unwrap();
        let err = ReportSet::begin(&out).unwrap_err();
        assert!(matches!(err, ReportSetError::NotAFolder(_)), "{err}");
    }
}
