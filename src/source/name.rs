//! Source names: a path relative to the checked folder, kept exactly.
//!
//! A name is the path's components joined by `/`. Each component is written as it is when it is
//! UTF-8 and holds no backslash, which is every name in practice. Otherwise it is escaped, so
//! that the mapping from paths to names stays one to one and two files never become one source:
//!
//! - a byte that is not part of valid UTF-8 is written `\xNN` (two lower-case hex digits);
//! - a backslash is written `\\`, so that a name that truly holds `\xff` reads `\\xff`.
//!
//! Reading the escapes back (`\\` to `\`, `\xNN` to the byte) gives the path's bytes again. On
//! Windows the bytes are the platform's encoding of the name (WTF-8), whose unpaired surrogates
//! are escaped the same way.

use std::path::Path;

/// `path` relative to `root`, with `/` separators whatever the platform, each component escaped
/// as the module says.
pub(super) fn relative_name(root: &Path, path: &Path) -> String {
    if let Some(rel) = plain_relative(root, path) {
        let mut name = String::with_capacity(rel.len());
        escape_into(rel, &mut name);
        return name;
    }
    name_by_components(root, path)
}

/// `relative_name` the general way: the components of `path` after `root`, each escaped.
fn name_by_components(root: &Path, path: &Path) -> String {
    let rel = path.strip_prefix(root).unwrap_or(path);
    let mut name = String::with_capacity(rel.as_os_str().len());
    for (i, part) in rel.components().enumerate() {
        if i > 0 {
            name.push('/');
        }
        escape_into(part.as_os_str().as_encoded_bytes(), &mut name);
    }
    name
}

/// The bytes of `path` after `root` and a `/`, when `path` spells `root` out and the rest is
/// `/`-separated parts with nothing for `components` to drop (no `.`, no empty part): the name
/// the components give, without parsing them, which a walk of 100,000 files would do twice a file.
#[cfg(unix)]
fn plain_relative<'p>(root: &Path, path: &'p Path) -> Option<&'p [u8]> {
    let (root, path) = (
        root.as_os_str().as_encoded_bytes(),
        path.as_os_str().as_encoded_bytes(),
    );
    let rest = path.strip_prefix(root).filter(|_| !root.is_empty())?;
    let rest = if root.ends_with(b"/") {
        rest
    } else {
        rest.strip_prefix(b"/")?
    };
    let plain = !rest.is_empty()
        && rest
            .split(|&b| b == b'/')
            .all(|part| !part.is_empty() && part != b".");
    plain.then_some(rest)
}

#[cfg(not(unix))]
fn plain_relative<'p>(_: &Path, _: &'p Path) -> Option<&'p [u8]> {
    None
}

/// A whole path as one name, for paths outside the checked folder (a link loop's ancestor): its
/// bytes escaped as the module says, separators as they are.
pub(super) fn path_name(path: &Path) -> String {
    let mut name = String::new();
    escape_into(path.as_os_str().as_encoded_bytes(), &mut name);
    name
}

/// Appends `bytes` to `name`, escaped: valid UTF-8 as it is but for `\`, which is doubled, and
/// every other byte as `\xNN`.
fn escape_into(bytes: &[u8], name: &mut String) {
    for chunk in bytes.utf8_chunks() {
        let valid = chunk.valid();
        if valid.contains('\\') {
            name.push_str(&valid.replace('\\', "\\\\"));
        } else {
            name.push_str(valid);
        }
        for byte in chunk.invalid() {
            name.push_str(&format!("\\x{byte:02x}"));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn escaped(bytes: &[u8]) -> String {
        let mut name = String::new();
        escape_into(bytes, &mut name);
        name
    }

    /// The escapes read back, as the module says they can be.
    fn unescaped(name: &str) -> Vec<u8> {
        let mut out = Vec::new();
        let mut rest = name.as_bytes();
        while let Some((&first, tail)) = rest.split_first() {
            match (first, tail) {
                (b'\\', [b'\\', after @ ..]) => {
                    out.push(b'\\');
                    rest = after;
                }
                (b'\\', [b'x', hi, lo, after @ ..]) => {
                    let hex = std::str::from_utf8(&[*hi, *lo]).unwrap().to_string();
                    out.push(u8::from_str_radix(&hex, 16).unwrap());
                    rest = after;
                }
                (b'\\', _) => panic!("a lone backslash in {name:?}"),
                _ => {
                    out.push(first);
                    rest = tail;
                }
            }
        }
        out
    }

    #[test]
    fn a_path_that_spells_its_root_out_is_named_as_its_components_name_it() {
        for (root, path) in [
            ("corpus", "corpus/a/b.txt"),
            ("corpus/", "corpus/a/b.txt"),
            (".", "./a.txt"),
            ("./corpus", "./corpus/x y/ü.md"),
            ("corpus", "corpus/./a.txt"),
            ("corpus", "corpus//a.txt"),
            ("corpus", "corpus/a/"),
            ("corpus", "corpus/a/."),
            ("corpus", "corpusx/a.txt"),
            ("corpus", "other/a.txt"),
            ("/abs/corpus", "/abs/corpus/0001/doc.txt"),
            ("", "a.txt"),
            ("", "/a.txt"),
            ("corpus", "corpus/../a.txt"),
            ("corpus", "corpus/a\\b.txt"),
        ] {
            let (root, path) = (Path::new(root), Path::new(path));
            assert_eq!(
                relative_name(root, path),
                name_by_components(root, path),
                "{root:?} {path:?}"
            );
        }
        assert!(plain_relative(Path::new("corpus"), Path::new("corpus/a/b.txt")).is_some());
    }

    #[test]
    fn relative_names_use_forward_slashes() {
        let root = Path::new("corpus");
        assert_eq!(relative_name(root, &root.join("a").join("b.txt")), "a/b.txt");
    }

    #[test]
    fn utf8_names_without_backslashes_are_kept_as_they_are() {
        for name in [
            "a.txt",
            "2024-12 Überblick/Zürich – «ça va».md",
            "报道.txt",
            "n\u{fffd}.txt",
            "x y.txt",
        ] {
            assert_eq!(escaped(name.as_bytes()), name);
        }
    }

    #[test]
    fn bytes_that_are_not_utf8_are_escaped_and_names_stay_distinct() {
        // Once all three were `n�.txt`.
        let names: Vec<String> = [&b"n\xff.txt"[..], b"n\xfe.txt", b"n\xef\xbf\xbd.txt"]
            .iter()
            .map(|b| escaped(b))
            .collect();
        assert_eq!(names, ["n\\xff.txt", "n\\xfe.txt", "n\u{fffd}.txt"]);
        // A truncated sequence is escaped byte by byte; valid text around it stays.
        assert_eq!(escaped(b"\xc3\xa4\xe2\x80.md"), "ä\\xe2\\x80.md");
    }

    #[test]
    fn a_backslash_is_doubled_so_that_no_name_reads_as_an_escape() {
        assert_eq!(escaped(b"a\\xff.txt"), "a\\\\xff.txt");
        assert_ne!(escaped(b"a\\xff.txt"), escaped(b"a\xff.txt"));
    }

    /// Seeded random byte names, heavy in backslashes, `x`, hex digits and broken UTF-8: every
    /// name reads back to its bytes, so no two are ever one.
    #[test]
    fn escaping_is_one_to_one() {
        const BYTES: [u8; 12] = [
            b'\\', b'x', b'f', b'0', b'a', b'.', 0xff, 0xc3, 0xa4, 0xe2, 0x80, 0x82,
        ];
        let mut state: u64 = 0x9e37_79b9_7f4a_7c15;
        let mut seen = std::collections::HashMap::new();
        for _ in 0..20_000 {
            let len = (state % 7) as usize;
            let bytes: Vec<u8> = (0..len)
                .map(|_| {
                    state ^= state << 13;
                    state ^= state >> 7;
                    state ^= state << 17;
                    BYTES[(state % BYTES.len() as u64) as usize]
                })
                .collect();
            state = state.wrapping_add(1);
            let name = escaped(&bytes);
            assert_eq!(unescaped(&name), bytes, "{name:?}");
            if let Some(other) = seen.insert(name.clone(), bytes.clone()) {
                assert_eq!(other, bytes, "{name:?} names two paths");
            }
        }
    }

    #[cfg(unix)]
    #[test]
    fn components_are_escaped_one_by_one() {
        use std::ffi::OsStr;
        use std::os::unix::ffi::OsStrExt;
        let root = Path::new("r");
        let path = root
            .join(OsStr::from_bytes(b"d\xff"))
            .join(OsStr::from_bytes(b"a\\b.txt"));
        assert_eq!(relative_name(root, &path), "d\\xff/a\\\\b.txt");
    }
}
