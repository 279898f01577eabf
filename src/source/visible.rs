//! The text a reader sees of a Markdown or HTML file, and where each piece of it is in the file.
//!
//! The visible text holds one block (a paragraph, a heading, a list item, a table cell) a line,
//! a blank line between blocks; inside a block, white space is one space. The later stages read
//! it as they read plain text of one paragraph a line. Each stretch of it remembers the file's
//! bytes it shows: characters copied as they are, one for one; a decoded entity (`&rsquo;`), an
//! escaped character (`\*`), a run of white space, or a quotation mark that the markup implies
//! (`<q>`, a `<blockquote>` without marks of its own) stand for the whole stretch of file they
//! come from.

use std::ops::Range;

/// A Markdown or HTML file: its text, and where each stretch of the visible text comes from.
#[derive(Debug, Clone, Default)]
pub struct Markup {
    /// The file's text, without a byte-order mark.
    pub(crate) file: String,
    /// Stretches of the visible text in order, each with the bytes of the file it shows.
    pieces: Vec<Piece>,
    /// Where each heading (`# …`, `<h1>`) starts in the visible text, in order.
    headings: Vec<usize>,
}

/// A stretch of visible text from byte `at` to the next piece's `at`, showing `file`.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Piece {
    at: usize,
    file: Range<usize>,
    /// Whether the stretch is the file's bytes as they are (so each byte maps to its own).
    exact: bool,
}

impl Markup {
    /// The file byte where the visible character at byte `at` starts: its own byte, or the start
    /// of what it stands for.
    pub(crate) fn file_start(&self, at: usize) -> usize {
        let Some(i) = self.pieces.partition_point(|p| p.at <= at).checked_sub(1) else {
            return 0;
        };
        let piece = &self.pieces[i];
        if piece.exact {
            (piece.file.start + (at - piece.at)).min(piece.file.end)
        } else {
            piece.file.start
        }
    }

    /// The file byte just past the visible text that ends at byte `at` (exclusive): past its
    /// last character's own byte, or past what that character stands for.
    pub(crate) fn file_end(&self, at: usize) -> usize {
        if at == 0 {
            return self.file_start(0);
        }
        let Some(i) = self.pieces.partition_point(|p| p.at < at).checked_sub(1) else {
            return 0;
        };
        let piece = &self.pieces[i];
        if piece.exact {
            (piece.file.start + (at - piece.at)).min(piece.file.end)
        } else {
            piece.file.end
        }
    }

    /// Whether the block that starts at byte `at` of the visible text is a heading.
    pub(crate) fn is_heading(&self, at: usize) -> bool {
        self.headings.binary_search(&at).is_ok()
    }
}

/// Builds the visible text of a file, a block at a time.
#[derive(Debug, Default)]
pub(super) struct Visible {
    text: String,
    pieces: Vec<Piece>,
    headings: Vec<usize>,
    /// Where the current block starts in `text`.
    block_start: usize,
    /// White space seen since the last character, not yet written: one space, from these bytes.
    space: Option<Range<usize>>,
    /// Inside a quotation the markup makes (`<blockquote>`): the file bytes of the element that
    /// opened it, for the marks it implies.
    quoted: Option<Range<usize>>,
    /// Whether the current block opened with a mark the markup implies, to be closed at its end.
    implied_open: Option<Range<usize>>,
    /// The current block is a heading.
    heading: bool,
}

/// Characters that open a quotation: a block in a blockquote that starts with one has marks of
/// its own.
const OPENING_MARKS: [char; 13] = ['“', '"', '„', '‘', '\'', '‚', '«', '»', '‹', '「', '『', '—', '–'];

impl Visible {
    /// Appends one visible character that shows `file` (its own bytes when `exact`).
    fn push(&mut self, c: char, file: Range<usize>, exact: bool) {
        if self.text.len() == self.block_start {
            if let Some(quote) = self.quoted.clone()
                && self.implied_open.is_none()
                && !OPENING_MARKS.contains(&c)
            {
                // A blockquote without marks of its own: the marks it implies.
                self.push_piece('“', quote.clone(), false);
                self.implied_open = Some(quote);
            }
        } else if let Some(space) = self.space.take() {
            self.push_piece(' ', space, false);
        }
        self.space = None;
        self.push_piece(c, file, exact);
    }

    fn push_piece(&mut self, c: char, file: Range<usize>, exact: bool) {
        let at = self.text.len();
        self.text.push(c);
        if exact
            && let Some(last) = self.pieces.last_mut()
            && last.exact
            && last.file.end == file.start
            && last.file.end - last.file.start == at - last.at
        {
            last.file.end = file.end;
            return;
        }
        self.pieces.push(Piece { at, file, exact });
    }

    /// White space from `file`: one space before the block's next character, if one comes.
    pub(super) fn space(&mut self, file: Range<usize>) {
        if self.space.is_none() {
            self.space = Some(file);
        }
    }

    /// A character the markup implies (the marks of `<q>`), standing for `file`.
    pub(super) fn implied(&mut self, c: char, file: Range<usize>) {
        self.push(c, file, false);
    }

    /// Text of the file: `decoded` is what the parser made of the file's `raw` text at byte
    /// `raw_at` (entities and escapes decoded, line ends made `\n`). White space is one space.
    pub(super) fn text(&mut self, raw_at: usize, raw: &str, decoded: &str) {
        for (c, file, exact) in aligned(raw, decoded) {
            let file = raw_at + file.start..raw_at + file.end;
            if c.is_ascii_whitespace() {
                self.space(file);
            } else {
                self.push(c, file, exact);
            }
        }
    }

    /// Starts a block (`<p>`, a heading, a list item) at `file`: the block before ends.
    pub(super) fn start_block(&mut self) {
        self.end_block();
    }

    /// Ends the current block, if it holds any text: a blank line follows it.
    pub(super) fn end_block(&mut self) {
        if self.text.len() > self.block_start {
            if let Some(open) = self.implied_open.take() {
                let end = self.pieces.last().map_or(open.end, |p| p.file.end);
                self.push_piece('”', end..end, false);
            }
            if self.heading {
                self.headings.push(self.block_start);
            }
            let end = self.pieces.last().map_or(0, |p| p.file.end);
            self.push_piece('\n', end..end, false);
            self.push_piece('\n', end..end, false);
            self.block_start = self.text.len();
        }
        self.implied_open = None;
        self.space = None;
    }

    /// Whether the blocks from here on are headings.
    pub(super) fn set_heading(&mut self, heading: bool) {
        self.heading = heading;
    }

    /// Whether the blocks from here on are quoted (inside `<blockquote>` at `file`).
    pub(super) fn set_quoted(&mut self, quoted: Option<Range<usize>>) {
        self.quoted = quoted;
    }

    /// The visible text and its map to the file's text.
    pub(super) fn finish(mut self, file: String) -> (String, Markup) {
        self.end_block();
        // The last block's blank line is not text.
        while self.text.ends_with('\n') {
            self.text.pop();
            if self.pieces.last().is_some_and(|p| p.at >= self.text.len()) {
                self.pieces.pop();
            }
        }
        self.text.shrink_to_fit();
        (
            self.text,
            Markup {
                file,
                pieces: self.pieces,
                headings: self.headings,
            },
        )
    }
}

/// Each character of `decoded` with the bytes of `raw` it comes from, and whether they are its
/// own bytes. `decoded` is `raw` with entities (`&amp;`, `&#8220;`) and escapes (`\*`) decoded
/// and `\r\n` or a lone `\r` made `\n`; wherever the two cannot be matched, the rest of
/// `decoded` stands for the rest of `raw`.
pub(super) fn aligned<'a>(
    raw: &'a str,
    decoded: &'a str,
) -> impl Iterator<Item = (char, Range<usize>, bool)> + 'a {
    let mut r = 0;
    let mut lost = false;
    decoded.char_indices().map(move |(d, c)| {
        let rest = &raw[r.min(raw.len())..];
        let len = c.len_utf8();
        if lost {
            return (c, raw.len()..raw.len(), false);
        }
        if rest.starts_with('&') && !decoded[d..].starts_with(entity(rest).unwrap_or(rest)) {
            // An entity: its characters stand for it; a second one (`&NotEqualTilde;`) too.
            let width = entity(rest).map_or(1, str::len);
            let at = r;
            r += width;
            return (c, at..r, false);
        }
        if rest.starts_with(c) {
            r += len;
            return (c, r - len..r, true);
        }
        if c == '\n' && rest.starts_with('\r') {
            let width = if rest.starts_with("\r\n") { 2 } else { 1 };
            r += width;
            return (c, r - width..r, false);
        }
        if rest.starts_with('\\') && rest[1..].starts_with(c) {
            r += 1 + len;
            return (c, r - 1 - len..r, false);
        }
        if r > 0 && raw[..r].ends_with(';') && !rest.starts_with(c) {
            // The second character of an entity just read.
            let start = raw[..r].rfind('&').unwrap_or(r);
            return (c, start..r, false);
        }
        // Out of step: the rest stands for the rest.
        lost = true;
        (c, r.min(raw.len())..raw.len(), false)
    })
}

/// The entity reference that opens `text` (`&amp;`, `&#x201C;`, `&#8220;`), with its `;`.
fn entity(text: &str) -> Option<&str> {
    let body = text.strip_prefix('&')?;
    let (digits, skip) = match body.strip_prefix('#') {
        Some(num) => match num.strip_prefix(['x', 'X']) {
            Some(hex) => (hex.bytes().take_while(u8::is_ascii_hexdigit).count(), 3),
            None => (num.bytes().take_while(u8::is_ascii_digit).count(), 2),
        },
        None => (body.bytes().take_while(u8::is_ascii_alphanumeric).count(), 1),
    };
    let end = skip + digits;
    (digits > 0 && text[end..].starts_with(';')).then(|| &text[..end + 1])
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pieces(raw: &str, decoded: &str) -> Vec<(char, &'static str, bool)> {
        let raw_static: &'static str = Box::leak(raw.to_string().into_boxed_str());
        aligned(raw_static, decoded)
            .map(|(c, r, exact)| (c, &raw_static[r], exact))
            .collect()
    }

    #[test]
    fn decoded_characters_stand_for_their_entities_and_escapes() {
        assert_eq!(
            pieces("a &amp; b", "a & b"),
            [
                ('a', "a", true),
                (' ', " ", true),
                ('&', "&amp;", false),
                (' ', " ", true),
                ('b', "b", true)
            ]
        );
        assert_eq!(
            pieces("&#8220;No&rdquo;", "“No”"),
            [
                ('“', "&#8220;", false),
                ('N', "N", true),
                ('o', "o", true),
                ('”', "&rdquo;", false)
            ]
        );
        assert_eq!(pieces("\\*x", "*x"), [('*', "\\*", false), ('x', "x", true)]);
        assert_eq!(pieces("a\r\nb", "a\nb")[1], ('\n', "\r\n", false));
        // `AT&T` is no entity: its `&` is its own.
        assert_eq!(pieces("AT&T", "AT&T")[2], ('&', "&", true));
    }

    #[test]
    fn positions_map_back_to_the_file() {
        let file = "<p>He said <q>yes &amp; no</q>.</p>";
        let mut v = Visible::default();
        v.start_block();
        v.text(3, "He said ", "He said ");
        v.implied('“', 11..14);
        v.text(14, "yes &amp; no", "yes & no");
        v.implied('”', 26..30);
        v.text(30, ".", ".");
        v.end_block();
        let (text, map) = v.finish(file.to_string());
        assert_eq!(text, "He said “yes & no”.");
        let at = |s: &str| text.find(s).unwrap();
        assert_eq!(&file[map.file_start(at("yes"))..], "yes &amp; no</q>.</p>");
        assert_eq!(&file[..map.file_end(at("&") + 1)], "<p>He said <q>yes &amp;");
        assert_eq!(map.file_start(at("“")), 11);
        assert_eq!(&file[..map.file_end(at(" no") + 3)], "<p>He said <q>yes &amp; no");
    }

    #[test]
    fn a_blockquote_without_marks_gets_the_marks_it_implies() {
        let mut v = Visible::default();
        v.set_quoted(Some(0..12));
        v.start_block();
        v.text(12, "We will   build.", "We will   build.");
        v.end_block();
        v.start_block();
        v.text(40, "“Marked.”", "“Marked.”");
        v.end_block();
        v.set_quoted(None);
        v.start_block();
        v.text(60, "Plain.", "Plain.");
        let (text, _) = v.finish(String::new());
        assert_eq!(text, "“We will build.”\n\n“Marked.”\n\nPlain.");
    }
}
