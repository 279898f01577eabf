//! Stage 2: find every direct quotation in a document's text.
//!
//! A quotation is the text between a pair of quotation marks (any common style), or a paragraph
//! that a colon introduces and a dash opens (the interview style of many wire services).
//! Offsets here are byte offsets into the document's text; the report converts them.
//!
//! In: a document's text. Out: its [`Paragraph`]s and the [`QuoteSpan`] of every quotation, in
//! document order.

use crate::lang::{self, Lang};

/// A paragraph: one non-blank line of the text, as a byte range without its line ending.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Paragraph {
    pub start: usize,
    pub end: usize,
}

/// The marks that open a quotation.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum MarkStyle {
    /// `“…”` or `"…"` (also the mixed and German `„…“` forms).
    Double,
    /// `‘…’`, `'…'` or `‚…‘`: nested or British-style quotations.
    Single,
    /// `«…»`, `»…«` or `‹…›`.
    Guillemet,
    /// `「…」` or `『…』`.
    Corner,
    /// A paragraph that opens with a dash after an introducing colon.
    Dash,
}

/// Where one quotation sits in the text (byte offsets).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct QuoteSpan {
    /// The opening mark (or the dash).
    pub open: usize,
    /// The quoted words, inside the marks and trimmed of white space: `[start, end)`.
    pub start: usize,
    pub end: usize,
    /// Just past the closing mark; equal to `end` when the quotation is never closed.
    pub after: usize,
    pub style: MarkStyle,
    /// Whether a closing mark was found (an unclosed quotation ends with its paragraph).
    pub closed: bool,
    /// Index of the paragraph holding the opening mark, and of the one holding the end.
    pub first_paragraph: usize,
    pub last_paragraph: usize,
}

impl QuoteSpan {
    /// Whether the quotation opens with a mark of German typography (`„`, `‚`, `»`): one of the
    /// German profile's own opening marks (`lang::of_opening_mark`).
    pub fn in_german_marks(&self, text: &str) -> bool {
        text[self.open..].chars().next().and_then(lang::of_opening_mark) == Some(Lang::German)
    }
}

/// How the lines of a text end: `\n` or `\r\n`, or also a lone `\r` (old Mac exports). Decided
/// once for a document, so that text without a lone `\r`, nearly all, is split at its `\n`s
/// alone, found fast.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LineEnds {
    /// Only `\n` and `\r\n`.
    Newline,
    /// Also a `\r` that no `\n` follows.
    AlsoLoneCr,
}

impl LineEnds {
    /// How the lines of `text` end.
    pub fn of(text: &str) -> LineEnds {
        let bytes = text.as_bytes();
        if memchr::memchr_iter(b'\r', bytes).any(|i| bytes.get(i + 1) != Some(&b'\n')) {
            LineEnds::AlsoLoneCr
        } else {
            LineEnds::Newline
        }
    }

    /// The byte offset of each line end's last byte in `text[from..to]`, in order: every `\n`,
    /// and with [`LineEnds::AlsoLoneCr`] every `\r` that no `\n` follows in `text` (so a
    /// `\r\n` is one line end, where `to` falls between them or not).
    pub fn in_range(self, text: &str, from: usize, to: usize) -> impl Iterator<Item = usize> + '_ {
        let bytes = text.as_bytes();
        let stretch = bytes.get(from..to).unwrap_or_default();
        // With no lone `\r`, both needles are `\n`.
        let cr = match self {
            LineEnds::Newline => b'\n',
            LineEnds::AlsoLoneCr => b'\r',
        };
        memchr::memchr2_iter(b'\n', cr, stretch)
            .map(move |i| from + i)
            .filter(move |&i| bytes[i] == b'\n' || bytes.get(i + 1) != Some(&b'\n'))
    }
}

/// Splits text into paragraphs: every line that is not blank. A line ends at `\n`, `\r\n` or a
/// lone `\r`.
#[allow(
    dead_code,
    reason = "the check asks `LineEnds::of` once for both paragraphs and positions; tests and fuzz targets split a text in one call"
)]
pub fn paragraphs(text: &str) -> Vec<Paragraph> {
    paragraphs_with(text, LineEnds::of(text))
}

/// [`paragraphs`], with how the lines end already known.
pub fn paragraphs_with(text: &str, ends: LineEnds) -> Vec<Paragraph> {
    let mut out = Vec::new();
    let mut start = 0;
    let mut push = |start: usize, end: usize| {
        // Each line with its line end; the last one may have none.
        let body = text[start..end].trim_end_matches(['\n', '\r']);
        if !body.trim().is_empty() {
            out.push(Paragraph {
                start,
                end: start + body.len(),
            });
        }
    };
    match ends {
        // The fast path: `memchr` alone.
        LineEnds::Newline => {
            for newline in memchr::memchr_iter(b'\n', text.as_bytes()) {
                push(start, newline + 1);
                start = newline + 1;
            }
        }
        LineEnds::AlsoLoneCr => {
            for end in ends.in_range(text, 0, text.len()) {
                push(start, end + 1);
                start = end + 1;
            }
        }
    }
    push(start, text.len());
    out
}

/// Every quotation in `text`, in order of the opening mark. Quotations nested inside another are
/// part of the outer one and not reported on their own.
pub fn extract(text: &str, paragraphs: &[Paragraph]) -> Vec<QuoteSpan> {
    let mut quotes = Vec::new();
    let mut open: Option<OpenQuote> = None;
    for (index, par) in paragraphs.iter().enumerate() {
        let body = &text[par.start..par.end];
        let mut from = 0;
        if let Some(mut pending) = open.take() {
            // A quotation left open at the end of the previous paragraph continues only when this
            // paragraph opens again with a mark of the same kind (the multi-paragraph convention).
            match reopening(body, pending.style) {
                Some(skip) => {
                    from = skip;
                    pending.last_paragraph = index;
                    open = Some(pending);
                }
                None => quotes.extend(pending.finish(text, None)),
            }
        }
        if open.is_none() && is_dash_statement(text, paragraphs, index) {
            let dash_len = body.chars().next().map_or(0, char::len_utf8);
            let span = OpenQuote {
                open: par.start,
                start: par.start + dash_len,
                style: MarkStyle::Dash,
                closers: Closers::None,
                first_paragraph: index,
                last_paragraph: index,
                end_hint: par.end,
            };
            quotes.extend(span.finish(text, None));
            continue;
        }
        open = scan_paragraph(text, par, index, from, open, &mut quotes);
        if let Some(pending) = &mut open {
            pending.end_hint = par.end;
        }
    }
    if let Some(pending) = open {
        quotes.extend(pending.finish(text, None));
    }
    join_consecutive(text, quotes)
}

/// Quotations in German marks that follow each other with nothing but a space between them, the
/// first ending its sentence, are one quotation closed and opened again for each sentence
/// (`„Satz eins.“ „Satz zwei.“`). Not in English marks, where a title keeps the sentence's full
/// stop inside (`on “Meet the Press.” “But …`).
fn join_consecutive(text: &str, quotes: Vec<QuoteSpan>) -> Vec<QuoteSpan> {
    let german = |q: &QuoteSpan| q.in_german_marks(text);
    let mut out: Vec<QuoteSpan> = Vec::with_capacity(quotes.len());
    for q in quotes {
        if let Some(prev) = out.last_mut()
            && german(prev)
            && german(&q)
            && prev.closed
            && prev.style == q.style
            && prev.last_paragraph == q.first_paragraph
            && q.style != MarkStyle::Dash
            && text[prev.after..q.open].chars().all(|c| c == ' ')
            && text[prev.start..prev.end].ends_with(['.', '!', '?'])
        {
            prev.end = q.end;
            prev.after = q.after;
            prev.closed = q.closed;
            prev.last_paragraph = q.last_paragraph;
            continue;
        }
        out.push(q);
    }
    out
}

/// A quotation whose closing mark has not been seen yet.
#[derive(Debug, Clone, Copy)]
struct OpenQuote {
    open: usize,
    start: usize,
    style: MarkStyle,
    closers: Closers,
    first_paragraph: usize,
    last_paragraph: usize,
    /// End of the last paragraph seen, where an unclosed quotation stops.
    end_hint: usize,
}

impl OpenQuote {
    /// The finished span; `close` is the byte offset of the closing mark, `None` if unclosed.
    fn finish(self, text: &str, close: Option<(usize, usize)>) -> Option<QuoteSpan> {
        let (raw_end, after) = close.unwrap_or((self.end_hint, self.end_hint));
        let inner = text.get(self.start..raw_end)?;
        let lead = inner.len() - inner.trim_start().len();
        let trimmed = inner.trim();
        if !trimmed.chars().any(char::is_alphanumeric) {
            return None;
        }
        let start = self.start + lead;
        let end = start + trimmed.len();
        Some(QuoteSpan {
            open: self.open,
            start,
            end,
            after: if close.is_some() { after } else { end },
            style: self.style,
            closed: close.is_some(),
            first_paragraph: self.first_paragraph,
            last_paragraph: self.last_paragraph,
        })
    }
}

/// Which characters may close an open quotation.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Closers {
    /// `”`, `"`, or `“` at the end of a word (German `„…“` and sloppy typing).
    Double,
    /// `’`, `'` or `‘` at the end of a word, never inside one (`it’s`).
    Single,
    /// Two apostrophes, `''`, the typewriter double mark (also closing ``…'').
    Apostrophes,
    Exact(char),
    None,
}

fn scan_paragraph(
    text: &str,
    par: &Paragraph,
    index: usize,
    from: usize,
    open: Option<OpenQuote>,
    quotes: &mut Vec<QuoteSpan>,
) -> Option<OpenQuote> {
    let body = &text[par.start..par.end];
    // Single quotes that never close in their paragraph were apostrophes after all; the scan is
    // repeated without them so that they do not hide the quotations around them.
    let mut refused: Vec<usize> = Vec::new();
    'rescan: loop {
        let mut found = Vec::new();
        let mut state = open;
        // Only quotation marks change the state, so the scan jumps from one to the next.
        let mut chars = mark_positions(body, from);
        while let Some((i, c)) = chars.next() {
            let prev = body[..i].chars().next_back();
            let next = body[i + c.len_utf8()..].chars().next();
            match state {
                Some(q) => {
                    if closes(q.closers, c, prev, next) {
                        let at = par.start + i;
                        let width = if q.closers == Closers::Apostrophes {
                            chars.next();
                            2
                        } else {
                            c.len_utf8()
                        };
                        found.extend(q.finish(text, Some((at, at + width))));
                        state = None;
                    }
                }
                None => {
                    if !refused.contains(&i)
                        && let Some((style, closers)) = opens(c, prev, next)
                    {
                        // Two apostrophes (or backticks) make one double mark: ''…''.
                        let width = if closers == Closers::Apostrophes {
                            chars.next();
                            2
                        } else {
                            c.len_utf8()
                        };
                        state = Some(OpenQuote {
                            open: par.start + i,
                            start: par.start + i + width,
                            style,
                            closers,
                            first_paragraph: index,
                            last_paragraph: index,
                            end_hint: par.end,
                        });
                    }
                }
            }
        }
        if let Some(q) = state
            && q.style == MarkStyle::Single
            && q.first_paragraph == index
        {
            refused.push(q.open - par.start);
            continue 'rescan;
        }
        quotes.extend(found);
        return state;
    }
}

/// The characters of `body[from..]` that may open or close a quotation, with their byte offsets.
/// Every mark is ASCII or starts with one of three lead bytes, so the search is over bytes.
fn mark_positions(body: &str, from: usize) -> impl Iterator<Item = (usize, char)> + '_ {
    // The ASCII marks, and the lead bytes of every other mark in UTF-8, found with vector
    // instructions: most of a text holds none.
    let rest = &body.as_bytes()[from..];
    let mut ascii = memchr::memchr3_iter(b'"', b'\'', b'`', rest).peekable();
    let mut leads = memchr::memchr3_iter(0xC2, 0xE2, 0xE3, rest).peekable();
    std::iter::from_fn(move || match (ascii.peek(), leads.peek()) {
        (Some(&a), Some(&l)) if a < l => ascii.next(),
        (Some(_), None) => ascii.next(),
        _ => leads.next(),
    })
    .filter_map(move |k| {
        let c = body[from + k..].chars().next()?;
        MARKS.contains(&c).then_some((from + k, c))
    })
}

/// Every character that `opens` or `closes` can accept (a test keeps the three in step).
const MARKS: [char; 17] = [
    '"', '\'', '`', '“', '”', '„', '‘', '’', '‚', '«', '»', '‹', '›', '「', '」', '『', '』',
];

/// Whether `c` opens a quotation here, and what closes it.
fn opens(c: char, prev: Option<char>, next: Option<char>) -> Option<(MarkStyle, Closers)> {
    let at_word_start = prev.is_none_or(is_opening_context) && next.is_some_and(|n| !n.is_whitespace());
    match c {
        '\'' | '`' if next == Some(c) && prev.is_none_or(is_opening_context) => {
            Some((MarkStyle::Double, Closers::Apostrophes))
        }
        '“' | '„' => Some((MarkStyle::Double, Closers::Double)),
        '"' | '”' if at_word_start => Some((MarkStyle::Double, Closers::Double)),
        '‘' | '\'' | '‚' if at_word_start => Some((MarkStyle::Single, Closers::Single)),
        '«' => Some((MarkStyle::Guillemet, Closers::Exact('»'))),
        '»' if at_word_start => Some((MarkStyle::Guillemet, Closers::Exact('«'))),
        '‹' => Some((MarkStyle::Guillemet, Closers::Exact('›'))),
        '「' => Some((MarkStyle::Corner, Closers::Exact('」'))),
        '『' => Some((MarkStyle::Corner, Closers::Exact('』'))),
        _ => None,
    }
}

fn closes(closers: Closers, c: char, prev: Option<char>, next: Option<char>) -> bool {
    let at_word_end = prev.is_some_and(|p| !p.is_whitespace()) && next.is_none_or(|n| !n.is_alphanumeric());
    match closers {
        Closers::Double => matches!(c, '”' | '"') || (c == '“' && at_word_end),
        Closers::Single => matches!(c, '’' | '\'' | '‘') && at_word_end,
        Closers::Apostrophes => c == '\'' && next == Some('\'') && prev.is_some_and(|p| !p.is_whitespace()),
        Closers::Exact(x) => c == x,
        Closers::None => false,
    }
}

/// Characters after which a quotation mark opens rather than closes.
fn is_opening_context(c: char) -> bool {
    c.is_whitespace()
        || matches!(
            c,
            '(' | '['
                | '{'
                | '—'
                | '–'
                | '-'
                | '/'
                | ':'
                | '“'
                | '"'
                | '„'
                | '«'
                | '‹'
                | '»'
                | '‘'
                | '\''
                | '‚'
        )
}

/// The pieces of `span`, one a paragraph: the first from its opening mark, each later one from
/// the mark that reopens it at its paragraph (or its first word), each up to its paragraph's
/// end and the last up to the quotation's end. A quotation within one paragraph is one piece.
pub fn per_paragraph(text: &str, paragraphs: &[Paragraph], span: &QuoteSpan) -> Vec<QuoteSpan> {
    if span.first_paragraph >= span.last_paragraph || span.last_paragraph >= paragraphs.len() {
        return vec![span.clone()];
    }
    let mut pieces = Vec::new();
    let reach = &paragraphs[span.first_paragraph..=span.last_paragraph];
    for (p, par) in (span.first_paragraph..).zip(reach) {
        let last = p == span.last_paragraph;
        let (open, start) = if p == span.first_paragraph {
            (span.open, span.start)
        } else {
            let body = &text[par.start..par.end];
            let lead = body.len() - body.trim_start().len();
            let past_mark = reopening(body, span.style).unwrap_or(lead);
            let words = &body[past_mark..];
            (
                par.start + lead,
                par.start + past_mark + (words.len() - words.trim_start().len()),
            )
        };
        // The quoted words may begin past this paragraph (a mark left alone at its end).
        let limit = if last { span.end } else { par.end };
        if start >= limit {
            continue;
        }
        let end = if last {
            span.end
        } else {
            start + text[start..par.end].trim_end().len()
        };
        pieces.push(QuoteSpan {
            open,
            start,
            end,
            after: if last { span.after } else { end },
            closed: last && span.closed,
            first_paragraph: p,
            last_paragraph: p,
            ..span.clone()
        });
    }
    if pieces.is_empty() {
        pieces.push(span.clone());
    }
    pieces
}

/// If `body` starts (after white space) with a mark that reopens a quotation of `style`, the byte
/// offset just past it.
fn reopening(body: &str, style: MarkStyle) -> Option<usize> {
    let lead = body.len() - body.trim_start().len();
    let mut rest = body[lead..].chars();
    let c = rest.next()?;
    let next = rest.next();
    let (found, closers) = opens(c, None, next)?;
    let width = if closers == Closers::Apostrophes {
        2
    } else {
        c.len_utf8()
    };
    (found == style).then_some(lead + width)
}

/// A paragraph that opens with a dash, directly after a paragraph ending in a colon, and reads as
/// a sentence (capitalised): a statement set off without quotation marks.
fn is_dash_statement(text: &str, paragraphs: &[Paragraph], index: usize) -> bool {
    let Some(prev) = index.checked_sub(1).map(|i| paragraphs[i]) else {
        return false;
    };
    if !text[prev.start..prev.end].trim_end().ends_with(':') {
        return false;
    }
    let body = &text[paragraphs[index].start..paragraphs[index].end];
    let mut chars = body.chars();
    matches!(chars.next(), Some('–' | '—'))
        && chars.next().is_some_and(char::is_whitespace)
        && chars.find(|c| !c.is_whitespace()).is_some_and(char::is_uppercase)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn quotes(text: &str) -> Vec<&str> {
        extract(text, &paragraphs(text))
            .iter()
            .map(|q| &text[q.start..q.end])
            .collect()
    }

    #[test]
    fn curly_double_quotes() {
        assert_eq!(quotes("He said “we will win” today."), ["we will win"]);
    }

    #[test]
    fn german_quotations_reopened_for_each_sentence_are_one() {
        assert_eq!(
            quotes("Sie sagte: „Wir bauen. Bald.“ „Der Hafen bleibt.“ Dann ging sie."),
            ["Wir bauen. Bald.“ „Der Hafen bleibt."]
        );
        // Words between them, or no sentence end, keep them apart.
        assert_eq!(quotes("„Wir bauen.“ Und: „Der Hafen bleibt.“").len(), 2);
        assert_eq!(quotes("Die „Brücke“ „Nord“ ist neu.").len(), 2);
        // English marks keep a title's full stop inside: `on “Meet the Press.” “But …`.
        assert_eq!(
            quotes("Osei said on “Harbour Talk.” “But we will build,” he added.").len(),
            2
        );
    }

    #[test]
    fn straight_double_quotes() {
        assert_eq!(
            quotes(r#"She said "yes, now" and "no, later"."#),
            ["yes, now", "no, later"]
        );
    }

    #[test]
    fn every_opening_or_closing_character_is_a_mark() {
        let closers = [
            Closers::Double,
            Closers::Single,
            Closers::Apostrophes,
            Closers::Exact('»'),
            Closers::Exact('«'),
            Closers::Exact('›'),
            Closers::Exact('」'),
            Closers::Exact('』'),
        ];
        for c in (0..0x3_0000).filter_map(char::from_u32) {
            let opening = [None, Some(' ')]
                .iter()
                .any(|&prev| opens(c, prev, Some(c)).is_some());
            let closing = closers.iter().any(|&k| closes(k, c, Some('a'), Some('\'')));
            if opening || closing {
                assert!(MARKS.contains(&c), "{c:?} opens or closes but is not in MARKS");
            }
        }
    }

    #[test]
    fn two_apostrophes_are_one_double_mark() {
        assert_eq!(
            quotes("''This isn't tax reform,'' he said. ``It's anti-reform.''"),
            ["This isn't tax reform,", "It's anti-reform."]
        );
        let text = "''We will build it.\n\n''And we will pay for it,'' she said.";
        assert_eq!(quotes(text), ["We will build it.\n\n''And we will pay for it,"]);
    }

    #[test]
    fn german_low_high_quotes() {
        assert_eq!(quotes("Er sagte: „Wir kommen.“ Dann ging er."), ["Wir kommen."]);
    }

    #[test]
    fn guillemets_both_directions() {
        assert_eq!(
            quotes("Il a dit «non merci» et »ja« sowie ‹peut-être›."),
            ["non merci", "ja", "peut-être"]
        );
    }

    #[test]
    fn corner_brackets() {
        assert_eq!(quotes("彼は「ありがとう」と言った。"), ["ありがとう"]);
    }

    #[test]
    fn single_quotes_british_style() {
        assert_eq!(
            quotes("The minister said ‘we are ready’ on Monday."),
            ["we are ready"]
        );
        assert_eq!(
            quotes("The minister said 'we are ready' on Monday."),
            ["we are ready"]
        );
    }

    #[test]
    fn apostrophes_never_open_or_close() {
        assert!(quotes("Korea’s army and Russians' views: it’s fine, isn't it.").is_empty());
        assert_eq!(
            quotes("He said ‘it’s the Russians’ choice’ twice."),
            ["it’s the Russians"]
        );
    }

    #[test]
    fn apostrophe_that_never_closes_does_not_hide_later_quotes() {
        assert_eq!(
            quotes("In the ’90s, 'rock was king, he said “we loved it” then."),
            ["we loved it"]
        );
    }

    #[test]
    fn nested_quotes_belong_to_the_outer_quotation() {
        assert_eq!(
            quotes("“They call it ‘peace’,” he said."),
            ["They call it ‘peace’,"]
        );
    }

    #[test]
    fn paragraphs_are_the_lines_with_text_without_their_line_ends() {
        let text = "One.\r\n\n  \t\nTwo, two.\n\nThree";
        let bodies: Vec<&str> = paragraphs(text).iter().map(|p| &text[p.start..p.end]).collect();
        assert_eq!(bodies, ["One.", "Two, two.", "Three"]);
        assert_eq!(paragraphs("Last.\n").len(), 1);
        assert!(paragraphs("").is_empty() && paragraphs("\n\n").is_empty());
    }

    #[test]
    fn a_lone_cr_ends_a_line_as_lf_and_crlf_do() {
        let lf = "One.\n\nTwo, “two.\nThree\n";
        for text in [lf.to_string(), lf.replace('\n', "\r\n"), lf.replace('\n', "\r")] {
            let bodies: Vec<&str> = paragraphs(&text).iter().map(|p| &text[p.start..p.end]).collect();
            assert_eq!(bodies, ["One.", "Two, “two.", "Three"], "{text:?}");
        }
        // Mixed in one text: `\r\n` is one line end, a `\r` before another `\r` is one of its own.
        let text = "a\r\r\nb\rc\n\rd";
        let bodies: Vec<&str> = paragraphs(text).iter().map(|p| &text[p.start..p.end]).collect();
        assert_eq!(bodies, ["a", "b", "c", "d"]);
        assert_eq!(LineEnds::of(text), LineEnds::AlsoLoneCr);
        assert_eq!(LineEnds::of("a\r\nb\n"), LineEnds::Newline);
        // A lone `\r` at the very end, too.
        assert_eq!(LineEnds::of("a\r"), LineEnds::AlsoLoneCr);
    }

    #[test]
    fn line_ends_are_found_in_any_stretch_whole() {
        let text = "a\r\nb\rc\n\r\r\nd";
        let all: Vec<usize> = LineEnds::AlsoLoneCr.in_range(text, 0, text.len()).collect();
        assert_eq!(all, [2, 4, 6, 7, 9]);
        // A stretch that ends between `\r` and `\n` does not count the `\r`.
        assert_eq!(LineEnds::AlsoLoneCr.in_range(text, 0, 2).count(), 0);
        assert_eq!(
            LineEnds::AlsoLoneCr.in_range(text, 2, 5).collect::<Vec<_>>(),
            [2, 4]
        );
        assert_eq!(
            LineEnds::Newline
                .in_range(text, 0, text.len())
                .collect::<Vec<_>>(),
            [2, 6, 9]
        );
    }

    #[test]
    fn unclosed_quote_ends_at_paragraph() {
        let text =
            "Putin said it is “a big mistake if it arms Ukraine.\n\nWhile speaking, he “smiled” a lot.";
        assert_eq!(quotes(text), ["a big mistake if it arms Ukraine.", "smiled"]);
    }

    #[test]
    fn quote_over_paragraphs_is_one_quotation() {
        let text = "He said: “First part.\n“Second part.” Then he left.";
        let spans = extract(text, &paragraphs(text));
        assert_eq!(spans.len(), 1);
        assert_eq!(&text[spans[0].start..spans[0].end], "First part.\n“Second part.");
        assert_eq!((spans[0].first_paragraph, spans[0].last_paragraph), (0, 1));
    }

    #[test]
    fn mixed_curly_open_and_straight_close() {
        assert_eq!(quotes("there was “no evidence\" yet."), ["no evidence"]);
        assert_eq!(quotes("it was “Mostly False.“ Then"), ["Mostly False."]);
    }

    #[test]
    fn dash_statement_after_colon_is_a_quotation() {
        let text = "The minister warned:\n– We will respond in every way.\n";
        let spans = extract(text, &paragraphs(text));
        assert_eq!(spans.len(), 1);
        assert_eq!(spans[0].style, MarkStyle::Dash);
        assert_eq!(
            &text[spans[0].start..spans[0].end],
            "We will respond in every way."
        );
    }

    #[test]
    fn dash_list_items_are_not_statements() {
        assert!(quotes("Results were as follows:\n– the parties met.\n– talks went on.").is_empty());
        assert!(quotes("No colon here\n– We will respond.").is_empty());
    }

    #[test]
    fn quotes_inside_a_dash_statement_are_nested() {
        assert_eq!(quotes("He said:\n— Our “partners” failed.").len(), 1);
    }

    #[test]
    fn empty_or_punctuation_only_marks_are_skipped() {
        assert!(quotes("a “” b “ … ” c").is_empty());
    }
}
