//! `kquote.toml`: a team's settings for its checks, found in the checked folder or a folder
//! above it (or named with `--config`). It holds default paths and options, what fails the check,
//! the findings the team accepted, and its house style:
//!
//! ```toml
//! dir = "articles"              # paths are relative to the folder of kquote.toml
//! out = "reports"
//! fail-on = "error"             # or "warning", "never"
//! baseline = "kquote-baseline.json"
//!
//! [house-style]
//! spellings = ["Gadhafi = Qaddafi", "Moammar = Muammar"]
//! abbreviations = ["Gov. = Governor"]
//!
//! [[accept]]
//! id = "f3c2d1e0f9a8b7c6d"
//! note = "The Times corrected this on 12 May"
//! ```
//!
//! Unknown keys are refused, so that a misspelt option is not silently ignored.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use serde::Deserialize;
use thiserror::Error;

use crate::report::{FailOn, Format};
use crate::score::HouseStyle;
use crate::score::house_style::EquivalenceError;

/// The file a check looks for.
pub const FILE_NAME: &str = "kquote.toml";

/// Why `kquote.toml` cannot be used.
#[derive(Debug, Error)]
pub enum ConfigError {
    #[error("{}: cannot read: {reason}", path.display())]
    Read { path: PathBuf, reason: std::io::Error },
    #[error("{}: {reason}", path.display())]
    Parse { path: PathBuf, reason: String },
    #[error("{}: house style: {reason}", path.display())]
    HouseStyle { path: PathBuf, reason: EquivalenceError },
    #[error("{}: accept: {id:?} is not a finding id (`f` and 16 hexadecimal digits)", path.display())]
    BadId { path: PathBuf, id: String },
}

/// The settings of `kquote.toml`, paths already relative to the working directory.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct Config {
    /// Folder of sources when none is given.
    pub dir: Option<PathBuf>,
    /// Folder for the reports.
    pub out: Option<PathBuf>,
    pub threads: Option<u16>,
    pub max_file_size: Option<u64>,
    pub follow_links: Option<bool>,
    pub format: Option<Format>,
    pub fail_on: Option<FailOn>,
    /// Baseline read when `--baseline` is not given.
    pub baseline: Option<PathBuf>,
    #[serde(default)]
    pub accept: Vec<Accept>,
    #[serde(default)]
    pub house_style: HouseStyleConfig,
}

/// A finding the team has looked at and lets stand.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Accept {
    pub id: String,
    #[serde(default)]
    pub note: String,
}

/// Equivalences of the house style, each `A = B` (or `A = B = C`).
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct HouseStyleConfig {
    #[serde(default)]
    pub spellings: Vec<String>,
    #[serde(default)]
    pub abbreviations: Vec<String>,
}

impl Config {
    /// The nearest `kquote.toml` in `start` or a folder above it.
    pub fn find(start: &Path) -> Option<PathBuf> {
        let start = std::path::absolute(start).ok()?;
        start
            .ancestors()
            .map(|dir| dir.join(FILE_NAME))
            .find(|candidate| candidate.is_file())
    }

    /// Reads and checks the file at `path`; its paths are made relative to the working
    /// directory.
    pub fn load(path: &Path) -> Result<Config, ConfigError> {
        let text = std::fs::read_to_string(path).map_err(|reason| ConfigError::Read {
            path: path.to_path_buf(),
            reason,
        })?;
        let mut config: Config = toml::from_str(&text).map_err(|e| ConfigError::Parse {
            path: path.to_path_buf(),
            reason: e.to_string().trim_end().replace('\n', "\n  "),
        })?;
        for accept in &config.accept {
            let hex = accept.id.strip_prefix('f').unwrap_or("");
            if hex.len() != 16
                || !hex
                    .bytes()
                    .all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(&b))
            {
                return Err(ConfigError::BadId {
                    path: path.to_path_buf(),
                    id: accept.id.clone(),
                });
            }
        }
        let base = relative_to_working_dir(path.parent().unwrap_or(Path::new("")));
        for p in [&mut config.dir, &mut config.out, &mut config.baseline]
            .into_iter()
            .flatten()
        {
            if p.is_relative() {
                *p = base.join(&*p);
            }
        }
        config.house_style(path)?;
        Ok(config)
    }

    /// The built-in house style and the equivalences of this file.
    pub fn house_style(&self, path: &Path) -> Result<HouseStyle, ConfigError> {
        let equivalences: Vec<String> = self
            .house_style
            .spellings
            .iter()
            .chain(&self.house_style.abbreviations)
            .cloned()
            .collect();
        HouseStyle::with_equivalences(&equivalences).map_err(|reason| ConfigError::HouseStyle {
            path: path.to_path_buf(),
            reason,
        })
    }

    /// The accepted findings, id to note.
    pub fn accepted(&self) -> BTreeMap<String, String> {
        self.accept
            .iter()
            .map(|a| (a.id.clone(), a.note.clone()))
            .collect()
    }
}

/// `dir` relative to the working directory when it lies inside it (`.` for the working
/// directory), else as it is.
pub fn relative_to_working_dir(dir: &Path) -> PathBuf {
    let Ok(cwd) = std::env::current_dir() else {
        return dir.to_path_buf();
    };
    let absolute = std::path::absolute(dir).unwrap_or_else(|_| dir.to_path_buf());
    match absolute.strip_prefix(&cwd) {
        Ok(rel) if rel.as_os_str().is_empty() => PathBuf::from("."),
        Ok(rel) => rel.to_path_buf(),
        Err(_) => dir.to_path_buf(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn load(text: &str) -> Result<Config, ConfigError> {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join(FILE_NAME);
        std::fs::write(&path, text).unwrap();
        Config::load(&path)
    }

    #[test]
    fn a_full_file_is_read() {
        let config = load(
            r#"
            dir = "articles"
            fail-on = "warning"
            format = "sarif"
            threads = 2
            [house-style]
            spellings = ["Gadhafi = Qaddafi"]
            abbreviations = ["Gov. = Governor"]
            [[accept]]
            id = "f0123456789abcdef"
            note = "house style"
            [[accept]]
            id = "ffedcba9876543210"
            "#,
        )
        .unwrap();
        assert!(config.dir.as_ref().unwrap().ends_with("articles"));
        assert_eq!(config.fail_on, Some(FailOn::Warning));
        assert_eq!(config.format, Some(Format::Sarif));
        assert_eq!(config.accepted()["f0123456789abcdef"], "house style");
        assert_eq!(config.accepted()["ffedcba9876543210"], "");
    }

    #[test]
    fn unknown_keys_bad_values_and_bad_ids_are_refused() {
        assert!(matches!(
            load("fail_on = \"error\""),
            Err(ConfigError::Parse { .. })
        ));
        assert!(matches!(
            load("fail-on = \"sometimes\""),
            Err(ConfigError::Parse { .. })
        ));
        assert!(matches!(
            load("[[accept]]\nid = \"q123\""),
            Err(ConfigError::BadId { .. })
        ));
        assert!(matches!(
            load("[house-style]\nspellings = [\"Gadhafi\"]"),
            Err(ConfigError::HouseStyle { .. })
        ));
    }

    #[test]
    fn the_nearest_file_above_the_folder_is_found() {
        let root = tempfile::tempdir().unwrap();
        let deep = root.path().join("a/b");
        std::fs::create_dir_all(&deep).unwrap();
        std::fs::write(root.path().join("a").join(FILE_NAME), "").unwrap();
        assert_eq!(Config::find(&deep), Some(root.path().join("a").join(FILE_NAME)));
    }
}
