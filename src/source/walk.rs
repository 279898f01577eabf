//! Finding the source files under a folder, and deciding which symbolic links to follow.
//!
//! Without `--follow-links`, a link is followed only when its target, with every link in it
//! resolved, lies inside the checked folder: a file link is read under the link's own name; a
//! folder link is not walked, since the folder it leads to is walked in its own place (so nothing
//! is read twice, and no link can loop). A link that leads out is named and skipped. A dangling
//! link is an error only when its name is a source's (`x.txt`): a dangling `photo.jpg` was never
//! going to be read. With `--follow-links`, every link is followed but a folder link into the
//! checked folder (walked in its own place), and a link back to a folder it is in is named as a
//! loop.

use std::fs;
use std::path::Path;
use std::sync::{Mutex, PoisonError};

use rayon::prelude::*;

use super::name::{path_name, relative_name};
use super::{LinkProblem, Links, SkippedLink, SourceError, SourceFile, SourceList, SourceProblem, WalkError};
use crate::types::IdHashes;

/// File extensions that are read as sources.
const SOURCE_EXTENSIONS: &[&str] = &["txt", "md"];

/// Walks `root` recursively for `.txt` and `.md` files, skipping hidden files and folders and
/// following the `links` asked for; every file gets its name and its id hash.
pub fn find_sources(root: &Path, links: Links) -> Result<SourceList, WalkError> {
    let unreadable = |e: std::io::Error| WalkError::Unreadable {
        path: root.to_path_buf(),
        reason: e.to_string(),
    };
    let meta = fs::metadata(root).map_err(|e| match e.kind() {
        std::io::ErrorKind::NotFound => WalkError::Missing(root.to_path_buf()),
        _ => unreadable(e),
    })?;
    if !meta.is_dir() {
        return Err(WalkError::NotAFolder(root.to_path_buf()));
    }
    fs::read_dir(root).map_err(unreadable)?;
    // Where a link leads is compared with the folder as the file system resolves it.
    let folder = fs::canonicalize(root).map_err(unreadable)?;

    // Folders are listed in parallel; the order is restored by sorting below.
    let found = Mutex::new(SourceList::default());
    let walk = Walk {
        root,
        folder: &folder,
        found: &found,
    };
    let follow_into_folder = folder.clone();
    ignore::WalkBuilder::new(root)
        .standard_filters(false)
        .hidden(true)
        .follow_links(links == Links::Everywhere)
        // Only reached when links are followed: a folder link into the checked folder would read
        // that folder twice.
        .filter_entry(move |entry| {
            !(entry.path_is_symlink()
                && entry.file_type().is_some_and(|t| t.is_dir())
                && inside(&follow_into_folder, entry.path()))
        })
        .threads(rayon::current_num_threads())
        .build_parallel()
        .run(|| {
            Box::new(|entry| {
                match entry {
                    Ok(entry) => walk.entry(&entry),
                    Err(err) => walk.error(&err),
                }
                ignore::WalkState::Continue
            })
        });
    let mut list = found.into_inner().unwrap_or_else(PoisonError::into_inner);
    // Names are unique: an unstable sort gives the one order.
    list.files.par_sort_unstable_by(|a, b| a.name.cmp(&b.name));
    list.errors.sort_by(|a, b| a.file.cmp(&b.file));
    list.skipped_links.sort_by(|a, b| a.link.cmp(&b.link));
    // Claimed in the order of the names, so that the same files always get the same hashes.
    let mut hashes = IdHashes::with_capacity(list.files.len());
    for file in &mut list.files {
        file.id_hash = hashes.claim(file.name.as_bytes());
    }
    Ok(list)
}

/// What the walk's threads share.
struct Walk<'a> {
    root: &'a Path,
    /// `root` with every link resolved.
    folder: &'a Path,
    found: &'a Mutex<SourceList>,
}

impl Walk<'_> {
    fn list(&self) -> std::sync::MutexGuard<'_, SourceList> {
        self.found.lock().unwrap_or_else(PoisonError::into_inner)
    }

    /// A file or folder the walk reached; folders are descended by the walk itself.
    fn entry(&self, entry: &ignore::DirEntry) {
        let path = entry.path();
        let Some(kind) = entry.file_type() else {
            return;
        };
        if kind.is_symlink() {
            // Only when links are not followed: the walk hands the link itself over.
            self.link(path);
        } else if kind.is_file() && has_source_extension(path) {
            self.add(path);
        }
    }

    /// A link the walk did not follow on its own: read as a source when it leads to a file inside
    /// the folder and is named like one.
    fn link(&self, path: &Path) {
        let target = match fs::canonicalize(path) {
            Ok(target) => target,
            Err(e) => return self.broken_link(path, &e.to_string()),
        };
        let is_dir = target.is_dir();
        if !target.starts_with(self.folder) {
            if is_dir || has_source_extension(path) {
                self.list().skipped_links.push(SkippedLink {
                    link: relative_name(self.root, path),
                    why: LinkProblem::Outside,
                });
            }
        } else if !is_dir && has_source_extension(path) && target.is_file() {
            self.add(path);
        }
    }

    /// A link that leads nowhere (its target is missing, or it resolves to itself): an error
    /// when it is named like a source, nothing otherwise.
    fn broken_link(&self, path: &Path, reason: &str) {
        if has_source_extension(path) {
            self.list().errors.push(SourceError {
                file: relative_name(self.root, path),
                reason: SourceProblem::BrokenLink(reason.to_string()),
            });
        }
    }

    fn add(&self, path: &Path) {
        let file = SourceFile {
            name: relative_name(self.root, path),
            path: path.to_path_buf(),
            id_hash: 0,
        };
        self.list().files.push(file);
    }

    /// A path the walk could not read or follow.
    fn error(&self, err: &ignore::Error) {
        match err {
            ignore::Error::WithDepth { err, .. } | ignore::Error::WithLineNumber { err, .. } => {
                self.error(err)
            }
            ignore::Error::Loop { ancestor, child } => {
                let ancestor = match ancestor.strip_prefix(self.root) {
                    Ok(rel) if rel.as_os_str().is_empty() => "the checked folder".to_string(),
                    Ok(_) => relative_name(self.root, ancestor),
                    Err(_) => path_name(ancestor),
                };
                self.list().skipped_links.push(SkippedLink {
                    link: relative_name(self.root, child),
                    why: LinkProblem::Loop(ancestor),
                });
            }
            ignore::Error::WithPath { path, err } => {
                // A link the walk tried to follow (`--follow-links`) and could not.
                if fs::symlink_metadata(path).is_ok_and(|m| m.file_type().is_symlink())
                    && fs::metadata(path).is_err()
                {
                    return self.broken_link(path, &err.to_string());
                }
                self.list().errors.push(SourceError {
                    file: relative_name(self.root, path),
                    reason: SourceProblem::Io(err.to_string()),
                });
            }
            other => self.list().errors.push(SourceError {
                file: path_name(self.root),
                reason: SourceProblem::Io(other.to_string()),
            }),
        }
    }
}

/// Whether `path`, with every link resolved, lies inside `folder` (itself resolved).
fn inside(folder: &Path, path: &Path) -> bool {
    fs::canonicalize(path).is_ok_and(|target| target.starts_with(folder))
}

fn has_source_extension(path: &Path) -> bool {
    path.extension()
        .and_then(|e| e.to_str())
        .is_some_and(|e| SOURCE_EXTENSIONS.iter().any(|x| e.eq_ignore_ascii_case(x)))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::types::fnv1a;

    fn names(list: &SourceList) -> Vec<&str> {
        list.files.iter().map(|f| f.name.as_str()).collect()
    }

    #[test]
    fn sources_are_listed_by_name_with_the_hashes_of_their_names() {
        let dir = tempfile::tempdir().unwrap();
        for name in [
            "b.txt",
            "a.md",
            "sub/c.TXT",
            "sub/d.jpg",
            ".hidden.txt",
            ".git/e.txt",
        ] {
            let path = dir.path().join(name);
            fs::create_dir_all(path.parent().unwrap()).unwrap();
            fs::write(path, "text").unwrap();
        }
        let list = find_sources(dir.path(), Links::WithinFolder).unwrap();
        assert_eq!(names(&list), ["a.md", "b.txt", "sub/c.TXT"]);
        for file in &list.files {
            assert_eq!(file.id_hash, fnv1a(file.name.as_bytes()), "{}", file.name);
            assert_eq!(file.path, dir.path().join(&file.name));
        }
        assert!(list.errors.is_empty() && list.skipped_links.is_empty());
    }

    #[cfg(unix)]
    #[test]
    fn links_are_followed_only_inside_the_folder_unless_asked() {
        use std::os::unix::fs::symlink;
        let dir = tempfile::tempdir().unwrap();
        let (root, outside) = (dir.path().join("in"), dir.path().join("out"));
        fs::create_dir_all(root.join("a")).unwrap();
        fs::create_dir_all(outside.join("etc")).unwrap();
        fs::write(root.join("a").join("story.txt"), "text").unwrap();
        fs::write(outside.join("secret.json"), "{}").unwrap();
        fs::write(outside.join("etc").join("passwd.txt"), "root").unwrap();
        // Inside: a file link is a source; a folder link is not walked, its folder is.
        symlink(root.join("a").join("story.txt"), root.join("copy.md")).unwrap();
        symlink(root.join("a"), root.join("b")).unwrap();
        // Outside: named and skipped, a file link under a source's name and a folder link alike;
        // a link out that is no source is nothing to mention.
        symlink(outside.join("secret.json"), root.join("config.txt")).unwrap();
        symlink(outside.join("etc"), root.join("etc")).unwrap();
        symlink(outside.join("secret.json"), root.join("secret.json")).unwrap();
        // Dangling: an error under a source's name, nothing otherwise.
        symlink(dir.path().join("gone"), root.join("photo.jpg")).unwrap();
        symlink(dir.path().join("gone"), root.join("x.txt")).unwrap();

        let list = find_sources(&root, Links::WithinFolder).unwrap();
        assert_eq!(names(&list), ["a/story.txt", "copy.md"]);
        let skipped: Vec<String> = list.skipped_links.iter().map(ToString::to_string).collect();
        assert_eq!(
            skipped,
            [
                "not followed: config.txt leads outside the checked folder (--follow-links follows it)",
                "not followed: etc leads outside the checked folder (--follow-links follows it)",
            ]
        );
        let errors: Vec<(&str, &SourceProblem)> =
            list.errors.iter().map(|e| (e.file.as_str(), &e.reason)).collect();
        assert!(
            matches!(errors[..], [("x.txt", SourceProblem::BrokenLink(_))]),
            "{errors:?}"
        );

        let list = find_sources(&root, Links::Everywhere).unwrap();
        assert_eq!(
            names(&list),
            ["a/story.txt", "config.txt", "copy.md", "etc/passwd.txt"]
        );
        assert!(list.skipped_links.is_empty(), "{:?}", list.skipped_links);
        assert!(
            matches!(list.errors[..], [SourceError { ref file, reason: SourceProblem::BrokenLink(_) }] if file == "x.txt"),
            "{:?}",
            list.errors
        );
    }

    #[cfg(unix)]
    #[test]
    fn a_link_loop_names_the_link_and_the_folder_it_leads_back_to() {
        use std::os::unix::fs::symlink;
        let dir = tempfile::tempdir().unwrap();
        let (root, outside) = (dir.path().join("in"), dir.path().join("out"));
        fs::create_dir_all(root.join("a")).unwrap();
        fs::create_dir_all(outside.join("x")).unwrap();
        fs::write(outside.join("x").join("far.txt"), "text").unwrap();
        symlink(&root, root.join("a").join("up")).unwrap();
        symlink(&outside, root.join("ext")).unwrap();
        symlink(&outside, outside.join("x").join("back")).unwrap();
        // Without following links out, the link to the folder is inside, and not walked.
        let list = find_sources(&root, Links::WithinFolder).unwrap();
        assert_eq!(list.skipped_links.len(), 1, "ext only: {:?}", list.skipped_links);
        let list = find_sources(&root, Links::Everywhere).unwrap();
        assert_eq!(names(&list), ["ext/x/far.txt"]);
        let skipped: Vec<String> = list.skipped_links.iter().map(ToString::to_string).collect();
        assert_eq!(
            skipped,
            [
                "not followed: a/up leads back to the checked folder, a folder it is in (a link loop)",
                "not followed: ext/x/back leads back to ext, a folder it is in (a link loop)",
            ]
        );
        assert!(list.errors.is_empty(), "{:?}", list.errors);
    }

    #[test]
    fn a_missing_folder_or_a_file_is_no_folder_to_check() {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("a.txt");
        fs::write(&file, "text").unwrap();
        assert!(matches!(
            find_sources(&dir.path().join("none"), Links::WithinFolder),
            Err(WalkError::Missing(_))
        ));
        assert!(matches!(
            find_sources(&file, Links::WithinFolder),
            Err(WalkError::NotAFolder(_))
        ));
    }
}
