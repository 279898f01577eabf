//! The paths a user names: files and folders in any mix, on the command line or listed in a file
//! (`--files-from`), narrowed by globs, and the one root their sources are named from.
//!
//! A source's name is its path relative to the common root of the paths given: the folder itself
//! when one folder is given (as always), the file's folder when one file is, and the deepest
//! folder that holds them all when several are. Paths are compared as written, made absolute
//! against the current folder and with `.` and `..` resolved, without following links.

use std::path::{Component, Path, PathBuf};

use globset::{Glob, GlobSet, GlobSetBuilder};
use rayon::prelude::*;

use super::name::relative_name;
use super::walk::walk_folder;
use super::{Format, Links, SourceError, SourceFile, SourceList, SourceProblem, WalkError};
use crate::types::IdHashes;

/// What a check reads: the paths named and which of the files under them.
#[derive(Debug, Clone, Default)]
pub struct Selection {
    /// Files and folders named on the command line: one that does not exist stops the check.
    pub paths: Vec<PathBuf>,
    /// Files and folders listed in a file (`--files-from`): one that does not exist is named as
    /// a source that could not be read, and the rest is checked.
    pub listed: Vec<PathBuf>,
    /// Which symbolic links the walk follows.
    pub links: Links,
    /// Whether `.gitignore`, `.ignore` and `.kquoteignore` files are honoured (`--no-ignore`
    /// turns them off).
    pub ignore_files: bool,
    /// Only sources whose name matches one of these (`--glob`), if any.
    pub only: Option<GlobSet>,
    /// No source whose name matches one of these (`--exclude`, `--glob '!…'`).
    pub except: Option<GlobSet>,
}

impl Selection {
    /// One folder, its ignore files honoured, every source in it.
    pub fn folder(root: &Path, links: Links) -> Selection {
        Selection {
            paths: vec![root.to_path_buf()],
            links,
            ignore_files: true,
            ..Selection::default()
        }
    }

    /// Narrows the selection to the names that match one of `globs` (a glob that starts with
    /// `!` leaves out what it matches, as `--exclude` does) and match none of `excludes`. A glob
    /// matches the source's name as the reports write it; `*` crosses `/` (`*.md` is every
    /// Markdown file), and `**/` is any number of folders.
    pub fn with_globs(mut self, globs: &[String], excludes: &[String]) -> Result<Selection, globset::Error> {
        let (negated, plain): (Vec<&String>, Vec<&String>) = globs.iter().partition(|g| g.starts_with('!'));
        let set = |patterns: Vec<&str>| -> Result<Option<GlobSet>, globset::Error> {
            if patterns.is_empty() {
                return Ok(None);
            }
            let mut builder = GlobSetBuilder::new();
            for pattern in patterns {
                builder.add(Glob::new(pattern)?);
            }
            builder.build().map(Some)
        };
        self.only = set(plain.iter().map(|g| g.as_str()).collect())?;
        self.except = set(negated
            .iter()
            .map(|g| &g[1..])
            .chain(excludes.iter().map(String::as_str))
            .collect())?;
        Ok(self)
    }

    /// A short description of the paths, for messages: the one path, or how many.
    pub fn describe(&self) -> String {
        match (&self.paths[..], &self.listed[..]) {
            ([one], []) | ([], [one]) => one.display().to_string(),
            (paths, listed) => format!("{} paths", paths.len() + listed.len()),
        }
    }

    fn wanted(&self, name: &str) -> bool {
        self.only.as_ref().is_none_or(|set| set.is_match(name))
            && self.except.as_ref().is_none_or(|set| !set.is_match(name))
    }
}

/// Walks `root` as [`find`] does with one folder, its ignore files honoured.
pub fn find_sources(root: &Path, links: Links) -> Result<SourceList, WalkError> {
    find(&Selection::folder(root, links))
}

/// Every source file the selection names, sorted by name, each with its id hash. A folder is
/// searched recursively for `.txt`, `.md`, `.markdown`, `.html` and `.htm` files (see
/// `walk`); a file named on its own is read when it has one of those extensions, whatever the
/// ignore files say.
pub fn find(selection: &Selection) -> Result<SourceList, WalkError> {
    let mut list = SourceList::default();
    let mut found: Vec<(PathBuf, bool)> = Vec::new();
    for (path, listed) in selection
        .paths
        .iter()
        .map(|p| (p, false))
        .chain(selection.listed.iter().map(|p| (p, true)))
    {
        match std::fs::metadata(path) {
            // A file that is no source is not read, and does not widen the root.
            Ok(meta) if meta.is_dir() || Format::of(path).is_some() => {
                found.push((path.clone(), meta.is_dir()))
            }
            Ok(_) => {}
            Err(e) if listed => list.errors.push(SourceError {
                file: super::name::path_name(path),
                reason: SourceProblem::Io(e.to_string()),
            }),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
                return Err(WalkError::Missing(path.clone()));
            }
            Err(e) => {
                return Err(WalkError::Unreadable {
                    path: path.clone(),
                    reason: e.to_string(),
                });
            }
        }
    }
    let cwd = std::env::current_dir().unwrap_or_default();
    let absolute: Vec<PathBuf> = found.iter().map(|(p, _)| lexically_absolute(&cwd, p)).collect();
    let root = common_root(found.iter().zip(&absolute).map(|((_, is_dir), abs)| {
        if *is_dir {
            abs.as_path()
        } else {
            abs.parent().unwrap_or(abs)
        }
    }));
    // One path is its own root as written (`sources`, `../articles`); several share an absolute
    // one.
    list.root = match &found[..] {
        [(path, true)] => path.clone(),
        [(path, false)] => match path.parent() {
            Some(parent) if !parent.as_os_str().is_empty() => parent.to_path_buf(),
            _ => PathBuf::from("."),
        },
        _ => root.clone(),
    };
    for ((path, is_dir), abs) in found.iter().zip(&absolute) {
        let name = relative_name(&root, abs);
        if *is_dir {
            let mut walked = walk_folder(path, &name, selection.links, selection.ignore_files)?;
            list.files.append(&mut walked.files);
            list.errors.append(&mut walked.errors);
            list.skipped_links.append(&mut walked.skipped_links);
        } else {
            list.files.push(SourceFile {
                name,
                path: path.clone(),
                id_hash: 0,
            });
        }
    }
    list.files.retain(|file| selection.wanted(&file.name));
    // A file named twice (on its own and in its folder) is one source.
    list.files.par_sort_unstable_by(|a, b| a.name.cmp(&b.name));
    list.files.dedup_by(|a, b| a.name == b.name);
    list.errors.sort_by(|a, b| a.file.cmp(&b.file));
    list.errors.dedup();
    list.skipped_links.sort_by(|a, b| a.link.cmp(&b.link));
    list.skipped_links.dedup();
    // Claimed in the order of the names, so that the same files always get the same hashes.
    let mut hashes = IdHashes::with_capacity(list.files.len());
    for file in &mut list.files {
        file.id_hash = hashes.claim(file.name.as_bytes());
    }
    Ok(list)
}

/// `path` made absolute against `cwd`, with `.` dropped and `..` taking the folder before it.
fn lexically_absolute(cwd: &Path, path: &Path) -> PathBuf {
    let mut out = PathBuf::new();
    for part in cwd.join(path).components() {
        match part {
            Component::CurDir => {}
            Component::ParentDir => {
                out.pop();
            }
            other => out.push(other.as_os_str()),
        }
    }
    out
}

/// The deepest folder that holds every one of `folders`.
fn common_root<'a>(folders: impl Iterator<Item = &'a Path>) -> PathBuf {
    let mut root: Option<PathBuf> = None;
    for folder in folders {
        root = Some(match root {
            None => folder.to_path_buf(),
            Some(root) => root
                .components()
                .zip(folder.components())
                .take_while(|(a, b)| a == b)
                .map(|(a, _)| a.as_os_str())
                .collect(),
        });
    }
    root.unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::fs;

    fn names(list: &SourceList) -> Vec<&str> {
        list.files.iter().map(|f| f.name.as_str()).collect()
    }

    fn tree(files: &[(&str, &str)]) -> tempfile::TempDir {
        let dir = tempfile::tempdir().unwrap();
        for (name, text) in files {
            let path = dir.path().join(name);
            fs::create_dir_all(path.parent().unwrap()).unwrap();
            fs::write(path, text).unwrap();
        }
        dir
    }

    #[test]
    fn names_are_relative_to_the_common_root_of_the_paths_given() {
        let dir = tree(&[
            ("news/a.txt", "a"),
            ("news/b.md", "b"),
            ("news/deep/c.html", "c"),
            ("news/notes.rs", "not a source"),
            ("wire/d.htm", "d"),
        ]);
        let at = |p: &str| dir.path().join(p);
        let select = |paths: Vec<PathBuf>| Selection {
            paths,
            ignore_files: true,
            ..Selection::default()
        };
        // One folder: names from the folder, as always.
        let list = find(&select(vec![at("news")])).unwrap();
        assert_eq!(names(&list), ["a.txt", "b.md", "deep/c.html"]);
        // One file: its own name.
        assert_eq!(
            names(&find(&select(vec![at("news/deep/c.html")])).unwrap()),
            ["c.html"]
        );
        // Files and folders: from the folder that holds them all; a file named twice is one; a
        // file that is no source is not read.
        let list = find(&select(vec![
            at("news/a.txt"),
            at("wire"),
            at("news/./deep/../a.txt"),
            at("news/notes.rs"),
        ]))
        .unwrap();
        assert_eq!(names(&list), ["news/a.txt", "wire/d.htm"]);
        // Hashes are claimed in name order, as for one folder.
        assert_eq!(list.files[0].id_hash, crate::types::fnv1a(b"news/a.txt"));
    }

    #[test]
    fn globs_narrow_the_set_by_name() {
        let dir = tree(&[("a.txt", "a"), ("b.md", "b"), ("drafts/c.md", "c")]);
        let select = |globs: &[&str], excludes: &[&str]| {
            let strings = |s: &[&str]| s.iter().map(|g| g.to_string()).collect::<Vec<_>>();
            let selection = Selection::folder(dir.path(), Links::WithinFolder)
                .with_globs(&strings(globs), &strings(excludes))
                .unwrap();
            find(&selection)
                .unwrap()
                .files
                .into_iter()
                .map(|f| f.name)
                .collect::<Vec<_>>()
        };
        assert_eq!(select(&["*.md"], &[]), ["b.md", "drafts/c.md"]);
        assert_eq!(select(&[], &["drafts/**"]), ["a.txt", "b.md"]);
        assert_eq!(select(&["*.md", "!drafts/*"], &[]), ["b.md"]);
        assert!(Selection::default().with_globs(&["a[".into()], &[]).is_err());
    }

    #[test]
    fn ignore_files_are_honoured_unless_turned_off() {
        let dir = tree(&[
            (".gitignore", "drafts/\n"),
            (".kquoteignore", "README.md\n"),
            ("sub/.ignore", "old.txt\n"),
            ("a.txt", "a"),
            ("README.md", "r"),
            ("drafts/b.txt", "b"),
            ("sub/old.txt", "o"),
            ("sub/new.txt", "n"),
        ]);
        let list = find_sources(dir.path(), Links::WithinFolder).unwrap();
        assert_eq!(names(&list), ["a.txt", "sub/new.txt"]);
        let everything = Selection {
            ignore_files: false,
            ..Selection::folder(dir.path(), Links::WithinFolder)
        };
        let list = find(&everything).unwrap();
        assert_eq!(
            names(&list),
            ["README.md", "a.txt", "drafts/b.txt", "sub/new.txt", "sub/old.txt"]
        );
        // A file named on its own is read whatever the ignore files say.
        let named = Selection {
            paths: vec![dir.path().join("drafts/b.txt")],
            ignore_files: true,
            ..Selection::default()
        };
        assert_eq!(names(&find(&named).unwrap()), ["b.txt"]);
    }

    #[test]
    fn a_missing_path_stops_the_check_unless_it_was_listed() {
        let dir = tree(&[("a.txt", "a")]);
        let missing = dir.path().join("gone.txt");
        let named = Selection {
            paths: vec![dir.path().join("a.txt"), missing.clone()],
            ..Selection::default()
        };
        assert!(matches!(find(&named), Err(WalkError::Missing(_))));
        let listed = Selection {
            paths: vec![dir.path().join("a.txt")],
            listed: vec![missing],
            ..Selection::default()
        };
        let list = find(&listed).unwrap();
        assert_eq!(names(&list), ["a.txt"]);
        assert_eq!(list.errors.len(), 1);
    }
}
