//! Reading one source file: its size against the limit, then its bytes decoded as UTF-8, or as
//! UTF-16 when a UTF-16 byte-order mark says so.

use std::fs;
use std::io::Read;

use super::{Document, Format, SourceError, SourceFile, SourceProblem};

/// Reads and decodes one source file, refusing it when it is larger than `max_bytes`.
pub fn load(file: &SourceFile, max_bytes: u64) -> Result<Document, SourceError> {
    load_with(file, max_bytes, |_| {})
}

/// [`load`], telling `before_read` the file's size (at most `max_bytes`) once it is known and
/// before the file is read: what a reader needs to keep within a budget of bytes in memory.
pub fn load_with(
    file: &SourceFile,
    max_bytes: u64,
    before_read: impl FnOnce(u64),
) -> Result<Document, SourceError> {
    let fail = |reason| SourceError {
        file: file.name.clone(),
        reason,
    };
    let handle = fs::File::open(&file.path).map_err(|e| fail(SourceProblem::Io(e.to_string())))?;
    let size = handle.metadata().map(|m| m.len()).unwrap_or(0);
    if size > max_bytes {
        return Err(fail(SourceProblem::TooLarge {
            size,
            limit: max_bytes,
        }));
    }
    before_read(size);
    let mut bytes = Vec::with_capacity(usize::try_from(size).unwrap_or(0));
    // Read one byte past the limit so a file that grew since `metadata` is still caught; the
    // limit plus one saturates, or a limit of `u64::MAX` would read nothing at all.
    handle
        .take(max_bytes.saturating_add(1))
        .read_to_end(&mut bytes)
        .map_err(|e| fail(SourceProblem::Io(e.to_string())))?;
    if bytes.len() as u64 > max_bytes {
        return Err(fail(SourceProblem::TooLarge {
            size: bytes.len() as u64,
            limit: max_bytes,
        }));
    }
    decode(bytes)
        .map(|text| {
            // By the name it is read under: a link `story.md` to `story.txt` is Markdown.
            let format = Format::of(&file.path).unwrap_or_default();
            Document::read(file.name.clone(), file.id_hash, text, format)
        })
        .map_err(fail)
}

/// Decodes a source file's bytes, dropping a byte-order mark: UTF-16 (little- or big-endian)
/// when a UTF-16 byte-order mark opens them, UTF-8 otherwise. Binary content (a NUL character)
/// and text that is not valid in its encoding are refused.
pub(crate) fn decode(mut bytes: Vec<u8>) -> Result<String, SourceProblem> {
    let text = match bytes.get(..2) {
        Some([0xFF, 0xFE]) => decode_utf16(&bytes, u16::from_le_bytes)?,
        Some([0xFE, 0xFF]) => decode_utf16(&bytes, u16::from_be_bytes)?,
        _ => {
            if bytes.starts_with(&[0xEF, 0xBB, 0xBF]) {
                bytes.drain(..3);
            }
            if let Some(at) = memchr::memchr(0, &bytes) {
                return Err(SourceProblem::Binary(at));
            }
            return String::from_utf8(bytes)
                .map_err(|e| SourceProblem::InvalidUtf8(e.utf8_error().valid_up_to()));
        }
    };
    match memchr::memchr(0, text.as_bytes()) {
        // The offset in the file: two bytes a code unit, after the byte-order mark.
        Some(_) => Err(SourceProblem::Binary(
            2 + 2 * text
                .chars()
                .take_while(|&c| c != '\0')
                .map(char::len_utf16)
                .sum::<usize>(),
        )),
        None => Ok(text),
    }
}

/// UTF-16 `bytes` (the byte-order mark first, which is dropped) as text; `unit` reads one code
/// unit in the file's byte order. Decoded straight from the bytes, without a copy as code units.
fn decode_utf16(bytes: &[u8], unit: fn([u8; 2]) -> u16) -> Result<String, SourceProblem> {
    if !bytes.len().is_multiple_of(2) {
        return Err(SourceProblem::OddUtf16(bytes.len()));
    }
    let units = bytes[2..].chunks_exact(2).map(|pair| unit([pair[0], pair[1]]));
    // Three bytes of UTF-8 for two of UTF-16 at most (a surrogate pair is four for four).
    let mut text = String::with_capacity(bytes.len() / 2 * 3);
    let mut at = 2;
    for c in char::decode_utf16(units) {
        match c {
            Ok(c) => {
                text.push(c);
                at += 2 * c.len_utf16();
            }
            Err(_) => return Err(SourceProblem::InvalidUtf16(at)),
        }
    }
    Ok(text)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn utf16(text: &str, big_endian: bool) -> Vec<u8> {
        let units = "\u{feff}".encode_utf16().chain(text.encode_utf16());
        if big_endian {
            units.flat_map(u16::to_be_bytes).collect()
        } else {
            units.flat_map(u16::to_le_bytes).collect()
        }
    }

    #[test]
    fn bom_is_dropped() {
        assert_eq!(decode(b"\xEF\xBB\xBFhi".to_vec()).unwrap(), "hi");
    }

    #[test]
    fn invalid_utf8_names_the_offset() {
        assert_eq!(decode(b"ab\xFFcd".to_vec()), Err(SourceProblem::InvalidUtf8(2)));
    }

    #[test]
    fn nul_bytes_mean_binary() {
        assert_eq!(
            decode(b"PK\x03\x04\x00\x00".to_vec()),
            Err(SourceProblem::Binary(4))
        );
    }

    #[test]
    fn utf16_with_a_byte_order_mark_is_text_in_either_byte_order() {
        let text = "Zürich: “Ja,” sagte sie. 🇰🇷 ok\r\n";
        assert_eq!(decode(utf16(text, false)).unwrap(), text);
        assert_eq!(decode(utf16(text, true)).unwrap(), text);
        assert_eq!(decode(utf16("", false)).unwrap(), "");
    }

    #[test]
    fn broken_utf16_is_refused_with_the_place() {
        let mut odd = utf16("abc", false);
        odd.push(b'd');
        assert_eq!(decode(odd), Err(SourceProblem::OddUtf16(9)));
        // `ab`, then a high surrogate with no low one after it, at byte 6.
        let mut unpaired = utf16("ab", false);
        unpaired.extend([0x3D, 0xD8, b'c', 0]);
        assert_eq!(decode(unpaired), Err(SourceProblem::InvalidUtf16(6)));
        let mut lone_low = utf16("", true);
        lone_low.extend([0xDC, 0x00]);
        assert_eq!(decode(lone_low), Err(SourceProblem::InvalidUtf16(2)));
        // A NUL character is binary, at its offset in the file.
        assert_eq!(decode(utf16("ab\0", true)), Err(SourceProblem::Binary(6)));
    }

    #[test]
    fn bytes_that_look_like_a_utf16_mark_are_not_utf8() {
        // `FF FE` and `FE FF` never open UTF-8 text, so no UTF-8 file is read as UTF-16.
        for mark in [[0xFF, 0xFE], [0xFE, 0xFF]] {
            assert!(String::from_utf8(mark.to_vec()).is_err());
        }
    }

    #[test]
    fn the_largest_limit_reads_the_whole_file() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("a.txt");
        fs::write(&path, "“We will rebuild the harbour,” Ortiz said.").unwrap();
        let file = SourceFile {
            name: "a.txt".into(),
            path,
            id_hash: 1,
        };
        for limit in [u64::MAX, u64::MAX - 1, 1 << 40, 47] {
            let doc = load(&file, limit).unwrap();
            assert_eq!(doc.text.chars().count(), 42, "limit {limit}");
            assert_eq!((doc.source.as_str(), doc.id_hash), ("a.txt", 1));
        }
        assert!(matches!(
            load(&file, 10),
            Err(SourceError {
                reason: SourceProblem::TooLarge { size: 46, limit: 10 },
                ..
            })
        ));
    }
}
