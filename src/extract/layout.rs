//! How a document marks its paragraphs, decided once for the whole document.
//!
//! Most copy holds one paragraph a line (the sample corpus, text saved from web pages). Wire
//! copy, e-mail and many archives instead put a blank line between paragraphs and wrap their
//! lines at a fixed width (`fmt -w 72`): there a line break inside a paragraph is a space. A
//! document is read as wrapped when, among the line breaks that sit between two lines with text,
//! most follow a line that fills the width of the text's widest line (at least half of it) and a
//! good share fall in the middle of a sentence (after a word or a comma), and no line that could
//! have been wrapped is wider than [`WIDEST_WRAP`] characters. A text of one paragraph a line
//! rarely passes: its lines end sentences, and its paragraphs run longer than any wrap width.
//!
//! A wrapped document is read in a copy whose soft line breaks are spaces, of the same bytes
//! (a `\r\n` is two spaces), so that every byte offset is still the file's.

use std::borrow::Cow;

use super::LineEnds;

/// How a document marks its paragraphs.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Layout {
    /// Every line that is not blank is a paragraph.
    LinePerParagraph,
    /// Blank lines separate paragraphs whose lines are wrapped at about this width (of the
    /// widest line that holds a space): a line break between two lines with text is a space,
    /// unless the line before it is short enough that the next word would have fitted (see
    /// [`Layout::joined`]).
    Wrapped(Width),
}

/// The width of a text's widest line that holds a space, in characters and in bytes: tools that
/// wrap count either (`fmt` counts bytes, so a line of Korean holds a third of the characters).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Width {
    pub chars: usize,
    pub bytes: usize,
}

/// The widest line, in characters, of a text taken to be wrapped: `fmt` wraps at 75 by default,
/// e-mail at 72 to 78, a few archives at 100 or more.
pub const WIDEST_WRAP: usize = 120;

/// One line of a text: where its characters start and end (without the line end), and where the
/// next line starts.
#[derive(Debug, Clone, Copy)]
struct Line {
    start: usize,
    end: usize,
    next: usize,
}

/// The lines of `text`, ending as `ends` says.
fn lines(text: &str, ends: LineEnds) -> impl Iterator<Item = Line> + '_ {
    let mut start = 0;
    let mut breaks = ends.in_range(text, 0, text.len());
    let mut done = false;
    std::iter::from_fn(move || {
        if done {
            return None;
        }
        let line = match breaks.next() {
            Some(at) => {
                // `at` is the line end's last byte: a `\r` before a `\n` belongs to it.
                let end = if text.as_bytes()[at] == b'\n' && at > start && text.as_bytes()[at - 1] == b'\r' {
                    at - 1
                } else {
                    at
                };
                Line {
                    start,
                    end,
                    next: at + 1,
                }
            }
            None => {
                done = true;
                Line {
                    start,
                    end: text.len(),
                    next: text.len(),
                }
            }
        };
        start = line.next;
        Some(line)
    })
}

fn is_blank(line: &str) -> bool {
    line.trim().is_empty()
}

/// Each line break between two lines with text, as the line before it and the line after it.
fn breaks_between_text(text: &str, ends: LineEnds) -> impl Iterator<Item = (Line, Line)> + '_ {
    let mut prev: Option<Line> = None;
    lines(text, ends).filter_map(move |line| {
        if is_blank(&text[line.start..line.end]) {
            prev = None;
            return None;
        }
        prev.replace(line).map(|before| (before, line))
    })
}

/// Whether a line stops in the middle of a sentence: after a word, a comma or a dash.
fn stops_mid_sentence(line: &str) -> bool {
    line.trim_end()
        .chars()
        .next_back()
        .is_some_and(|c| c.is_alphanumeric() || matches!(c, ',' | ';' | '-' | '–' | '—'))
}

/// Marks that open a quotation, as a line may start with one.
const OPENING_MARKS: [char; 4] = ['“', '"', '„', '«'];

/// Whether a line ends with a quotation signed with a dash (`…,” ― Ana Ortiz`): where the next
/// line opens another quotation, the signature ended a paragraph, however full its line is (a
/// list of readers' words, one a paragraph, wrapped).
fn signed_quotation(line: &str) -> bool {
    let Some((quoted, signature)) = line.rsplit_once(['―', '—', '–']) else {
        return false;
    };
    let words: Vec<&str> = signature.split_whitespace().collect();
    quoted.trim_end().ends_with(['”', '"', '“', '«', '»'])
        && (1..=5).contains(&words.len())
        && words
            .iter()
            .all(|w| w.starts_with(char::is_uppercase) || w.len() <= 3)
}

/// Whether a line could have been wrapped: it holds a space between words. A word alone on its
/// line (a long web address) says nothing of the width.
fn wrappable(line: &str) -> bool {
    line.trim().contains(char::is_whitespace)
}

impl Layout {
    /// How `text`, whose lines end as `ends` says, marks its paragraphs.
    pub fn of(text: &str, ends: LineEnds) -> Layout {
        // Most texts are decided in one quick pass: without a line break between two lines with
        // text there is nothing to join, and a line wider than any wrap is a paragraph of its
        // own (one of more bytes than four times the widest wrap holds more characters).
        let mut joins = false;
        let mut prev_blank = true;
        for line in lines(text, ends) {
            let body = &text[line.start..line.end];
            if body.len() > WIDEST_WRAP
                && wrappable(body)
                && (body.len() > 4 * WIDEST_WRAP || body.chars().count() > WIDEST_WRAP)
            {
                return Layout::LinePerParagraph;
            }
            let blank = is_blank(body);
            joins |= !blank && !prev_blank;
            prev_blank = blank;
        }
        if !joins {
            return Layout::LinePerParagraph;
        }
        // The widest line that could have been wrapped, in characters and in bytes.
        let (widest, widest_bytes) = lines(text, ends)
            .map(|line| &text[line.start..line.end])
            .filter(|body| wrappable(body))
            .fold((0, 0), |(chars, bytes), body| {
                (chars.max(body.chars().count()), bytes.max(body.len()))
            });
        if widest > WIDEST_WRAP {
            return Layout::LinePerParagraph;
        }
        // The breaks between two lines with text: how many follow a full line, and how many
        // fall in the middle of a sentence.
        let (mut breaks, mut full, mut mid_sentence) = (0usize, 0usize, 0usize);
        for (prev, _) in breaks_between_text(text, ends) {
            let prev = &text[prev.start..prev.end];
            breaks += 1;
            full += usize::from(2 * prev.trim_end().chars().count() >= widest);
            mid_sentence += usize::from(stops_mid_sentence(prev));
        }
        if 4 * full >= 3 * breaks && 10 * mid_sentence >= 3 * breaks {
            Layout::Wrapped(Width {
                chars: widest,
                bytes: widest_bytes,
            })
        } else {
            Layout::LinePerParagraph
        }
    }

    /// `text` as paragraphs are read from it: as it is, or, when wrapped, with every soft line
    /// break made spaces (as many as its bytes), so that each paragraph is one line and byte
    /// offsets stay the file's.
    ///
    /// A line break between two lines with text is soft when the line before it is full: it and
    /// the next line's first word would not have fitted in four fifths of the width, counted in
    /// characters or in bytes. A wrapping
    /// tool breaks there (`fmt` balances its lines, and fills them less than a greedy wrap does);
    /// a shorter line ends its paragraph, where copy that held one paragraph a line without
    /// blank lines between them was wrapped (`“…” ― Sonya Herridge` then `“During …`).
    pub fn joined(self, text: &str, ends: LineEnds) -> Cow<'_, str> {
        let Layout::Wrapped(width) = self else {
            return Cow::Borrowed(text);
        };
        let mut bytes = text.as_bytes().to_vec();
        for (prev, line) in breaks_between_text(text, ends) {
            let before = text[prev.start..prev.end].trim_end();
            let word = text[line.start..line.end].split_whitespace().next().unwrap_or("");
            let full = |chars: usize, width: usize| 5 * (chars + 1) > 4 * width;
            if (full(before.chars().count() + word.chars().count(), width.chars)
                || full(before.len() + word.len(), width.bytes))
                && !(signed_quotation(before) && word.starts_with(OPENING_MARKS))
            {
                bytes[prev.end..prev.next].fill(b' ');
            }
        }
        // Only ASCII line-end bytes were replaced, by ASCII spaces: the text is still UTF-8.
        Cow::Owned(String::from_utf8(bytes).unwrap_or_else(|_| text.to_string()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `text` wrapped greedily at `width` columns, a blank line between its lines' paragraphs.
    fn wrapped(text: &str, width: usize) -> String {
        let mut out = String::new();
        for paragraph in text.lines() {
            let mut line = String::new();
            for word in paragraph.split_whitespace() {
                if !line.is_empty() && line.chars().count() + 1 + word.chars().count() > width {
                    out.push_str(&line);
                    out.push('\n');
                    line.clear();
                }
                if !line.is_empty() {
                    line.push(' ');
                }
                line.push_str(word);
            }
            out.push_str(&line);
            out.push_str("\n\n");
        }
        out
    }

    const ARTICLE: &str = "Harbour plans for the winter\n\
        Mayor Ana Ortiz spoke in Lima on Monday, after the council had met for a second time to \
        discuss the damage that the storms of last year left along the coast.\n\
        “We will rebuild the harbour before the winter storms arrive and we will pay for it \
        ourselves, whatever the ministry decides in the spring,” Ortiz said. The council agreed.\n\
        Engineer Dan Osei, who visited the site on Friday, was less sure of the timetable.\n\
        “Steel takes time, and the bridge will open in the spring at the earliest,” Osei told \
        reporters.\n";

    #[test]
    fn one_paragraph_a_line_is_read_as_it_is() {
        assert_eq!(
            Layout::of(ARTICLE, LineEnds::of(ARTICLE)),
            Layout::LinePerParagraph
        );
        // Short paragraphs that end their sentences, without blank lines between them.
        let short = "Harbour plans\nBy Ana Ortiz\nThe council met.\nIt agreed.\n“We will build,” she said.\n";
        assert_eq!(Layout::of(short, LineEnds::of(short)), Layout::LinePerParagraph);
        let colon = "The minister warned:\n– We will respond in every way.\n";
        assert_eq!(Layout::of(colon, LineEnds::of(colon)), Layout::LinePerParagraph);
    }

    #[test]
    fn wrapped_paragraphs_are_joined_into_lines_of_the_same_bytes() {
        for width in [40, 60, 72, 80, 100] {
            let text = wrapped(ARTICLE, width);
            let ends = LineEnds::of(&text);
            let layout = Layout::of(&text, ends);
            assert!(
                matches!(layout, Layout::Wrapped(w) if w.chars <= width),
                "at {width}"
            );
            let joined = layout.joined(&text, ends);
            assert_eq!(joined.len(), text.len());
            // Each paragraph of the article is one line again, a blank line after it.
            let lines: Vec<&str> = joined.lines().filter(|l| !l.is_empty()).collect();
            let originals: Vec<&str> = ARTICLE.lines().collect();
            assert_eq!(lines, originals, "at {width}");
            // CRLF and lone CR line ends alike.
            for copy in [text.replace('\n', "\r\n"), text.replace('\n', "\r")] {
                let ends = LineEnds::of(&copy);
                let layout = Layout::of(&copy, ends);
                assert!(matches!(layout, Layout::Wrapped(_)), "at {width}");
                let joined = layout.joined(&copy, ends);
                let lines: Vec<String> = joined
                    .split(['\r', '\n'])
                    .filter(|l| !l.is_empty())
                    .map(|l| l.split_whitespace().collect::<Vec<_>>().join(" "))
                    .collect();
                assert_eq!(lines, originals, "at {width}");
            }
        }
    }

    #[test]
    fn a_long_word_alone_on_its_line_does_not_hide_the_wrapping() {
        let text = wrapped(
            &ARTICLE.replace(
                "Friday,",
                "Friday (https://example.com/a/very/long/address/that/goes/on/and/on/past/any/width/that/a/text/is/ever/wrapped/at/by/any/tool/index.html),",
            ),
            72,
        );
        assert!(text.lines().any(|l| l.len() > WIDEST_WRAP));
        assert!(matches!(
            Layout::of(&text, LineEnds::of(&text)),
            Layout::Wrapped(_)
        ));
    }

    #[test]
    fn a_short_line_inside_a_wrapped_block_ends_its_paragraph() {
        // Paragraphs of one line each, without blank lines between them, then wrapped: where a
        // paragraph ended, the line is short and the next word would have fitted.
        let lines = "“We need law and order, and we will have it in every city of this country,” \
                     one reader wrote. ― Ana Ortiz\n\
                     “He is ignorant of our culture and of our lives, and of what we have built \
                     here over the years,” wrote another. ― Dan Osei\n";
        let text: String = lines
            .lines()
            .map(|l| wrapped(l, 72).trim_end().to_string() + "\n")
            .collect::<String>()
            + "\nThe editors chose these letters from many that arrived in the week before the vote,\n\
               and more will follow in the weeks to come, as they always have in past years.\n";
        let ends = LineEnds::of(&text);
        let layout = Layout::of(&text, ends);
        assert!(matches!(layout, Layout::Wrapped(_)), "{text}");
        let joined = layout.joined(&text, ends);
        let paragraphs: Vec<&str> = joined.lines().filter(|l| !l.is_empty()).collect();
        assert_eq!(paragraphs.len(), 3, "{joined}");
        assert!(paragraphs[0].ends_with("― Ana Ortiz") && paragraphs[1].starts_with("“He is"));
    }

    #[test]
    fn a_signed_quotation_before_another_ends_its_paragraph() {
        // One reader's words a paragraph, no blank lines, wrapped: the signature may end a full
        // line, and the next quotation starts a paragraph all the same.
        let text = "“We need order in every city of this country, and we will have it,” ― Ana Ortiz\n\
                    “He is ignorant of our culture, of our lives and of what we built here,” ― Dan Os\n\
                    “They should listen before they speak, and they never do, not once.” ― Bo Lind\n\
                    \n\
                    The editors chose these letters from many that arrived in the week before\n\
                    the vote, and more will follow in the weeks to come, as they always have.\n";
        let ends = LineEnds::of(text);
        let layout = Layout::of(text, ends);
        assert!(matches!(layout, Layout::Wrapped(_)), "{text}");
        let joined = layout.joined(text, ends);
        let paragraphs: Vec<&str> = joined.lines().filter(|l| !l.is_empty()).collect();
        assert_eq!(paragraphs.len(), 4, "{joined}");
        assert!(signed_quotation("“… all the same,” ― Ana Ortiz"));
        assert!(!signed_quotation("the vote ― and more will follow in the weeks"));
        assert!(!signed_quotation("a dash ― with no quotation before it"));
    }

    #[test]
    fn nothing_to_join_is_one_paragraph_a_line() {
        for text in ["", "\n\n", "One line.", "One.\n\nTwo.\n"] {
            assert_eq!(Layout::of(text, LineEnds::of(text)), Layout::LinePerParagraph);
        }
    }
}
