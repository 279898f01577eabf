//! Extraction and attribution of one document, turned into report-ready [`Quote`]s.
//!
//! In: one decoded [`Document`]. Out: its quotations, each with its kind, position and speaker.
//!
//! Positions point into the file: `line` and `column` at the opening mark, `start` and `end`
//! (code points, end exclusive) at the quoted words. A quotation's `text` is what a reader sees
//! there: for plain text, the file's characters `[start, end)`, line breaks included; for
//! Markdown and HTML, the visible text (markup dropped, entities decoded, white space one space),
//! whose first and last characters are the file's at `start` and just before `end`.

use std::borrow::Cow;
use std::sync::Arc;

use crate::attribute::attribute;
use crate::attribute::kind::{classify, share_term_in_coordination};
use crate::extract::{Layout, LineEnds, Paragraph, QuoteSpan, extract, paragraphs_with, per_paragraph};
use crate::source::Document;
use crate::types::{Attribution, Quote, QuoteKind, Via};
use crate::words::{count_words, count_words_up_to};

/// Every quotation of `doc` with its speaker, positions in code points.
pub fn analyze(doc: &Document) -> Vec<Quote> {
    quotes_of(doc, &find(doc))
}

/// What the analysis of a text finds of one quotation, and is the same in every copy of the
/// text: where it is, its kind and its speaker; not its source, id or words, which are the copy's
/// own ([`quotes_of`]).
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Found {
    /// The quoted words' byte range in the document's text.
    bytes: std::ops::Range<usize>,
    line: usize,
    column: usize,
    start: usize,
    end: usize,
    words: usize,
    kind: QuoteKind,
    speaker_inferred: bool,
    /// The speaker, the words that named them and the cue: held by every copy's quotation.
    speaker: Arc<str>,
    mention: Arc<str>,
    cue: Arc<str>,
    /// The quoted words as this text prints them, which a copy's quotation shares when it prints
    /// them alike.
    text: Arc<str>,
}

impl Found {
    /// What was found of the quotation at `span`, of `words` words.
    fn new(
        span: &QuoteSpan,
        attribution: Attribution,
        kind: QuoteKind,
        at: (Position, usize, usize),
        words: usize,
        text: &str,
    ) -> Found {
        let (open, start, end) = at;
        let speaker_inferred = attribution.via != Via::Cue || !attribution.named;
        Found {
            bytes: span.start..span.end,
            line: open.line,
            column: open.column,
            start,
            end,
            words,
            kind,
            speaker_inferred,
            speaker: attribution.speaker.into(),
            mention: attribution.mention.into(),
            cue: attribution.cue.into(),
            text: text.into(),
        }
    }

    /// Whether the quoted words lie in `text`, on character boundaries.
    pub(crate) fn fits(&self, text: &str) -> bool {
        text.get(self.bytes.clone()).is_some()
    }

    pub(crate) fn speaker(&self) -> &str {
        &self.speaker
    }

    pub(crate) fn speaker_mention(&self) -> &str {
        &self.mention
    }

    pub(crate) fn cue(&self) -> &str {
        &self.cue
    }
}

/// The quotations of `doc`, each made of what the analysis of its text found.
pub(crate) fn quotes_of(doc: &Document, found: &[Found]) -> Vec<Quote> {
    // Of Markdown and HTML, a quotation's words are the text a reader sees; of plain text, the
    // file's own, line breaks and all (not the joined copy attribution read).
    let visible = doc.text.as_str();
    let source: Arc<str> = doc.source.as_str().into();
    found
        .iter()
        .map(|f| Quote {
            id_hash: doc.id_hash,
            source: Arc::clone(&source),
            line: f.line,
            column: f.column,
            start: f.start,
            end: f.end,
            words: f.words,
            kind: f.kind,
            speaker: Arc::clone(&f.speaker),
            speaker_mention: Arc::clone(&f.mention),
            cue: Arc::clone(&f.cue),
            speaker_inferred: f.speaker_inferred,
            text: match &visible[f.bytes.clone()] {
                same if *same == *f.text => Arc::clone(&f.text),
                own => own.into(),
            },
        })
        .collect()
}

/// Every quotation of `doc`, as the analysis of its text finds it.
pub(crate) fn find(doc: &Document) -> Vec<Found> {
    let visible = doc.text.as_str();
    // Asked once: nearly every text ends its lines with `\n` alone, and is split fast.
    let line_ends = LineEnds::of(visible);
    // A text wrapped at a fixed width is read with its soft line breaks made spaces, in a copy of
    // the same bytes: every offset below is the text's own.
    let layout = Layout::of(visible, line_ends);
    let joined: Cow<'_, str> = layout.joined(visible, line_ends);
    let text = &*joined;
    let pars = paragraphs_with(text, line_ends);
    let spans = extract(text, &pars);
    // A quotation that runs over paragraphs is reported a paragraph at a time: other sources
    // often quote one of its paragraphs, and a reader finds each in its place. A piece without a
    // cue of its own continues the speaker of the paragraph before (`attribute`), and one that
    // names another speaker (`“…,” added Rep. Jim Clyburn`) is that speaker's.
    let spans: Vec<QuoteSpan> = spans
        .iter()
        .flat_map(|span| per_paragraph(text, &pars, span))
        .collect();
    let attributions = attribute_in_windows(text, &pars, &spans);
    // A short first paragraph is a headline, and so is a heading of Markdown or HTML: their
    // quotations are terms (`classify`). A document of one paragraph has no headline: it is all
    // story.
    let headline = pars.len() > 1
        && pars
            .first()
            .is_some_and(|p| count_words_up_to(&text[p.start..p.end], 25) <= 25);
    let in_headline = |span: &QuoteSpan| {
        (span.first_paragraph == 0 && headline)
            || doc.markup.as_ref().is_some_and(|m| {
                pars.get(span.first_paragraph)
                    .is_some_and(|p| m.is_heading(p.start))
            })
    };
    let positions = where_in_file(doc, visible, line_ends, &spans);
    let words: Vec<usize> = spans.iter().map(|s| count_words(&text[s.start..s.end])).collect();
    let mut kinds: Vec<_> = spans
        .iter()
        .zip(&attributions)
        .zip(&words)
        .map(|((span, attribution), &words)| {
            let inner = &text[span.start..span.end];
            classify(text, span, inner, words, attribution.as_ref(), in_headline(span))
        })
        .collect();
    share_term_in_coordination(text, &spans, &mut kinds);
    spans
        .iter()
        .zip(attributions)
        .zip(positions)
        .zip(kinds)
        .zip(words)
        .map(|((((span, attribution), at), kind), words)| {
            Found::new(
                span,
                attribution.unwrap_or_default(),
                kind,
                at,
                words,
                &visible[span.start..span.end],
            )
        })
        .collect()
}

/// Where each span is in the file: its opening mark, and the code-point offsets of the start and
/// the end of its words. The spans' byte offsets are into `visible`, whose lines end as
/// `line_ends` says: the file's own text for plain text, the visible text of Markdown and HTML.
fn where_in_file(
    doc: &Document,
    visible: &str,
    line_ends: LineEnds,
    spans: &[QuoteSpan],
) -> Vec<(Position, usize, usize)> {
    let Some(markup) = &doc.markup else {
        let mut offsets: Vec<usize> = spans.iter().flat_map(|s| [s.open, s.start, s.end]).collect();
        let positions = Positions::new(visible, line_ends, &mut offsets);
        return spans
            .iter()
            .map(|s| {
                (
                    positions.at(s.open),
                    positions.at(s.start).offset,
                    positions.at(s.end).offset,
                )
            })
            .collect();
    };
    let in_file: Vec<[usize; 3]> = spans
        .iter()
        .map(|s| {
            [
                markup.file_start(s.open),
                markup.file_start(s.start),
                markup.file_end(s.end),
            ]
        })
        .collect();
    let mut offsets: Vec<usize> = in_file.iter().flatten().copied().collect();
    let positions = Positions::new(&markup.file, LineEnds::of(&markup.file), &mut offsets);
    in_file
        .iter()
        .map(|&[open, start, end]| {
            (
                positions.at(open),
                positions.at(start).offset,
                positions.at(end).offset,
            )
        })
        .collect()
}

/// Bytes of a document attribution reads at a time. Its tokens take about ten times the text
/// they come from, so a large document is attributed a window of paragraphs at a time, and its
/// memory stays that of one window. News articles are far smaller: for them the window is the
/// whole document.
const ATTRIBUTION_WINDOW: usize = 1 << 20;
/// Bytes of the paragraphs before a window that are read with it, so that a quotation at its
/// start still finds the cue, the speaker named or the neighbour it continues just before.
const WINDOW_CONTEXT: usize = 64 << 10;

/// [`attribute`], a window of whole paragraphs at a time (see [`ATTRIBUTION_WINDOW`]).
fn attribute_in_windows(text: &str, pars: &[Paragraph], spans: &[QuoteSpan]) -> Vec<Option<Attribution>> {
    if text.len() <= ATTRIBUTION_WINDOW {
        return attribute(text, pars, spans);
    }
    let mut found = Vec::with_capacity(spans.len());
    let (mut first_par, mut first_span) = (0, 0);
    while first_par < pars.len() {
        // At least one paragraph, however long.
        let window_start = pars[first_par].start;
        let end_par = first_par
            + 1
            + pars[first_par + 1..].partition_point(|p| p.end - window_start <= ATTRIBUTION_WINDOW);
        let end_span = first_span + spans[first_span..].partition_point(|s| s.last_paragraph < end_par);
        // Read from a little before the window; what is found there is the window before's.
        let from_par = pars[..first_par].partition_point(|p| p.start + WINDOW_CONTEXT < window_start);
        let from_span = spans[..first_span].partition_point(|s| s.first_paragraph < from_par);
        let (start, end) = (pars[from_par].start, pars[end_par - 1].end);
        // The stretch as a document of its own: offsets and paragraph numbers from its start.
        let stretch_pars: Vec<Paragraph> = pars[from_par..end_par]
            .iter()
            .map(|p| Paragraph {
                start: p.start - start,
                end: p.end - start,
            })
            .collect();
        let stretch_spans: Vec<QuoteSpan> = spans[from_span..end_span]
            .iter()
            .map(|s| QuoteSpan {
                open: s.open.saturating_sub(start),
                start: s.start.saturating_sub(start),
                end: s.end.saturating_sub(start).min(end - start),
                after: s.after.saturating_sub(start).min(end - start),
                first_paragraph: s.first_paragraph.saturating_sub(from_par),
                last_paragraph: s.last_paragraph.saturating_sub(from_par),
                ..s.clone()
            })
            .collect();
        let attributed = attribute(&text[start..end], &stretch_pars, &stretch_spans);
        found.extend(attributed.into_iter().skip(first_span - from_span));
        (first_par, first_span) = (end_par, end_span);
    }
    // Spans past the last paragraph (none are made) keep no speaker.
    found.resize(spans.len(), None);
    found
}

/// A position in text: code-point offset, 1-based line and 1-based column in characters.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
struct Position {
    offset: usize,
    line: usize,
    column: usize,
}

/// Byte offsets converted to positions in one pass over the text.
struct Positions {
    table: Vec<(usize, Position)>,
}

impl Positions {
    /// The positions of `offsets` (byte offsets on character boundaries) in `text`, whose lines
    /// end as `line_ends` says: a lone `\r` is a line break as `\n` and `\r\n` are.
    fn new(text: &str, line_ends: LineEnds, offsets: &mut Vec<usize>) -> Self {
        offsets.sort_unstable();
        offsets.dedup();
        let mut table = Vec::with_capacity(offsets.len());
        let mut pos = Position {
            offset: 0,
            line: 1,
            column: 1,
        };
        let mut byte = 0;
        // Counting bytes and characters of whole stretches is much faster than stepping through
        // the characters one by one.
        for &target in offsets.iter() {
            let stretch = &text[byte..target];
            let chars = stretch.chars().count();
            pos.offset += chars;
            let (breaks, last) = match line_ends {
                LineEnds::Newline => (
                    memchr::memchr_iter(b'\n', stretch.as_bytes()).count(),
                    memchr::memrchr(b'\n', stretch.as_bytes()).map(|i| byte + i),
                ),
                LineEnds::AlsoLoneCr => line_ends
                    .in_range(text, byte, target)
                    .fold((0, None), |(n, _), i| (n + 1, Some(i))),
            };
            match last {
                Some(last) => {
                    pos.line += breaks;
                    pos.column = 1 + text[last + 1..target].chars().count();
                }
                None => pos.column += chars,
            }
            byte = target;
            table.push((target, pos));
        }
        Positions { table }
    }

    fn at(&self, byte: usize) -> Position {
        match self.table.binary_search_by_key(&byte, |&(b, _)| b) {
            Ok(i) => self.table[i].1,
            Err(_) => Position::default(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_large_document_is_attributed_a_window_at_a_time_as_a_whole_one_would_be() {
        // Each paragraph names its speaker; the document is many windows long.
        let paragraph = |i: usize| {
            format!(
                "The council met for the {i}th time. “We will rebuild levee number {i} before the storm season,” Ana Ruiz said. Filler words follow here to make the paragraph long enough for the test.\n"
            )
        };
        let text: String = (0..3 * ATTRIBUTION_WINDOW / 150).map(paragraph).collect();
        assert!(text.len() > 2 * ATTRIBUTION_WINDOW);
        let pars = paragraphs_with(&text, LineEnds::of(&text));
        let spans = extract(&text, &pars);
        let windowed = attribute_in_windows(&text, &pars, &spans);
        assert_eq!(windowed.len(), spans.len());
        assert!(
            windowed
                .iter()
                .all(|a| a.as_ref().is_some_and(|a| a.speaker == "Ana Ruiz"))
        );
    }

    #[test]
    fn a_quotation_at_a_windows_start_finds_its_cue_in_the_paragraph_before() {
        let filler = "Filler words that say nothing at all, over and over again. ".repeat(40) + "\n";
        let cue = "Andrey Rudenko told reporters:\n";
        let quoted = "“Seoul must understand that the potential use of weapons will destroy relations.”\n";
        // The cue's paragraph ends the first window, the quotation opens the second.
        let mut text = filler.repeat((ATTRIBUTION_WINDOW - cue.len()) / filler.len() - 1);
        // A paragraph of padding, so that the cue's paragraph ends right at the window's end.
        let padding = ATTRIBUTION_WINDOW - cue.len() - text.len();
        text.push_str(&"x".repeat(padding - 1));
        text.push('\n');
        text.push_str(cue);
        assert!(text.len() <= ATTRIBUTION_WINDOW && text.len() + quoted.len() > ATTRIBUTION_WINDOW);
        text.push_str(quoted);
        text.push_str(&filler);
        let pars = paragraphs_with(&text, LineEnds::of(&text));
        let spans = extract(&text, &pars);
        let windowed = attribute_in_windows(&text, &pars, &spans);
        assert_eq!(windowed.len(), 1);
        assert_eq!(
            windowed[0].as_ref().map(|a| a.speaker.as_str()),
            Some("Andrey Rudenko")
        );
        assert_eq!(windowed, attribute(&text, &pars, &spans));
    }

    fn who(text: &str) -> Vec<(String, String, usize)> {
        let doc = Document::new("a.txt", text);
        analyze(&doc)
            .into_iter()
            .map(|q| (q.text.to_string(), q.speaker.to_string(), q.line))
            .collect()
    }

    #[test]
    fn a_quotation_over_paragraphs_is_reported_a_paragraph_at_a_time() {
        let quotes = who(
            "Mayor Ana Ortiz said: “We will rebuild the harbour this year.\n\n\
             “And we will open it to every ship that needs it.”\n",
        );
        let ana = "Ana Ortiz".to_string();
        assert_eq!(
            quotes,
            [
                (
                    "We will rebuild the harbour this year.".to_string(),
                    ana.clone(),
                    1
                ),
                (
                    "And we will open it to every ship that needs it.".to_string(),
                    ana,
                    3
                ),
            ]
        );
        // Typewriter marks reopen with two characters.
        let quotes = who(
            "Mayor Ana Ortiz said, ''We will rebuild the harbour this year.\n\n\
             ''And we will open it to every ship that needs it.''\n",
        );
        let texts: Vec<&str> = quotes.iter().map(|q| q.0.as_str()).collect();
        assert_eq!(
            texts,
            [
                "We will rebuild the harbour this year.",
                "And we will open it to every ship that needs it."
            ]
        );
        // A paragraph that names a speaker of its own is that speaker's.
        let quotes = who(
            "“It is a dog whistle,” Rep. Ana Ortiz said. “If he is not legitimate, how can you feel good.\n\n\
             “I have been thinking about where we are as a country,” added Rep. Bo Lind.\n",
        );
        let speakers: Vec<&str> = quotes.iter().map(|q| q.1.as_str()).collect();
        assert_eq!(speakers, ["Ana Ortiz", "Ana Ortiz", "Bo Lind"], "{quotes:?}");
    }

    #[test]
    fn positions_count_code_points_lines_and_columns() {
        let lf = "Zürich ― “Ja.”\r\n\r\nSão Paulo: “Não.” Ça va.\nEnd";
        // The same text with lone `\r` line ends, and with a mixture of all three.
        let cr = lf.replace("\r\n", "\n").replace('\n', "\r");
        let mixed = lf.replace("\r\n\r\n", "\r\r\n");
        for text in [lf, &cr, &mixed] {
            let ends = LineEnds::of(text);
            let offsets: Vec<usize> = text.char_indices().map(|(b, _)| b).chain([text.len()]).collect();
            let positions = Positions::new(text, ends, &mut offsets.clone());
            // Each position against a count of the characters before it, with a lone `\r` read as
            // a `\n`.
            let as_lf: Vec<char> = text
                .replace("\r\n", "\u{1}\n")
                .replace('\r', "\n")
                .chars()
                .collect();
            for &byte in &offsets {
                let before: String = as_lf[..text[..byte].chars().count()].iter().collect();
                let line = 1 + before.matches('\n').count();
                let column = 1 + before.rsplit('\n').next().map_or(0, |l| l.chars().count());
                let expected = Position {
                    offset: text[..byte].chars().count(),
                    line,
                    column,
                };
                assert_eq!(positions.at(byte), expected, "at byte {byte} of {text:?}");
            }
        }
    }

    #[test]
    fn a_text_with_lone_cr_line_ends_reads_as_its_lf_copy() {
        let lf = "Mayor Ana Ortiz spoke on Monday.\n\n“We will rebuild the harbour this year,” she \
                  said.\n“And then the bridge.”\n\n'All Bets Are Off'\n\nThe minister warned:\n\
                  – We will respond in every way.\n";
        let cr = lf.replace('\n', "\r");
        let (a, b) = (
            analyze(&Document::new("a.txt", lf)),
            analyze(&Document::new("a.txt", cr)),
        );
        assert_eq!(a.len(), 4, "{a:?}");
        assert_eq!(a, b);
    }

    #[test]
    fn marks_alone_on_their_paragraphs_are_no_trouble() {
        for text in [
            "He said: “\n\nWe will rebuild the harbour this year.\n\n“And we will open it.”\n",
            "“\n\n“\n\n“x\n",
            "Intro.\r\n\r\n“We will rebuild the harbour,\r\n\r\n“and then the bridge,” Ana Ortiz said.\r\n",
        ] {
            let doc = Document::new("a.txt", text);
            let chars: Vec<char> = text.chars().collect();
            for q in analyze(&doc) {
                assert_eq!(
                    chars[q.start..q.end].iter().collect::<String>(),
                    *q.text,
                    "{text:?}"
                );
            }
        }
    }

    /// Seeded random documents built from the pieces quotations are made of: whatever the
    /// mixture, analysis neither panics nor reports words that are not the file's own.
    #[test]
    fn random_mixtures_of_marks_and_breaks_are_read_safely() {
        const PIECES: [&str; 40] = [
            "“",
            "”",
            "\"",
            "'",
            "‘",
            "’",
            "„",
            "‚",
            "«",
            "»",
            "‹",
            "›",
            "「",
            "」",
            "—",
            "–",
            "-",
            ":",
            ",",
            ".",
            "…",
            "...",
            "\n",
            "\n\n",
            "\r\n",
            " ",
            "[",
            "]",
            "said",
            "sagte",
            "so",
            "Ana Ortiz",
            "he",
            "the harbour",
            "Mr.",
            "İ",
            "ẞ",
            "''",
            "&",
            "f***ing",
        ];
        let mut state: u64 = 0x2545_f491_4f6c_dd1d;
        let mut next = |n: usize| {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            (state % n as u64) as usize
        };
        for _ in 0..2000 {
            let len = 1 + next(60);
            let text: String = (0..len)
                .map(|_| {
                    format!(
                        "{}{}",
                        PIECES[next(PIECES.len())],
                        if next(2) == 0 { " " } else { "" }
                    )
                })
                .collect();
            let doc = Document::new("a.txt", text.clone());
            let chars: Vec<char> = text.chars().collect();
            let quotes = analyze(&doc);
            for q in &quotes {
                assert!(q.start <= q.end && q.end <= chars.len(), "{text:?}");
                assert_eq!(
                    chars[q.start..q.end].iter().collect::<String>(),
                    *q.text,
                    "{text:?}"
                );
            }
            // The same text with each line end that is a `\n` alone made a lone `\r`: the same
            // quotations at the same places (the same bytes, so the same code points), said by the
            // same speakers. Their texts are the copy's own characters.
            let cr = lone_cr_copy(&text);
            let cr_chars: Vec<char> = cr.chars().collect();
            let without_text = |quotes: Vec<Quote>, chars: &[char]| -> Vec<Quote> {
                quotes
                    .into_iter()
                    .map(|mut q| {
                        assert_eq!(*q.text, chars[q.start..q.end].iter().collect::<String>());
                        q.text = "".into();
                        q
                    })
                    .collect()
            };
            assert_eq!(
                without_text(quotes, &chars),
                without_text(analyze(&Document::new("a.txt", cr.clone())), &cr_chars),
                "{text:?} and {cr:?}"
            );
        }
    }

    /// `text` with every `\n` that is not part of a `\r\n` made a `\r`.
    fn lone_cr_copy(text: &str) -> String {
        let mut out = String::with_capacity(text.len());
        let mut prev = '\0';
        for c in text.chars() {
            out.push(if c == '\n' && prev != '\r' { '\r' } else { c });
            prev = c;
        }
        out
    }

    #[test]
    fn a_wrapped_paragraph_is_read_as_one_line_and_its_text_keeps_the_line_breaks() {
        let wrapped = "Harbour plans\n\nMayor Ana Ortiz spoke on Monday. “We will rebuild the harbour\n\
                       before the winter storms arrive, and we will pay for it ourselves,” Ortiz\n\
                       said, and left the meeting early, before the vote on the budget.\n\n\
                       The council agreed with her after a long debate about the cost of it\n\
                       all, and voted in favour of the plan by nine votes to two.\n";
        let unwrapped = wrapped.replace("harbour\nbefore", "harbour before");
        let a = analyze(&Document::new("a.txt", wrapped));
        let b = analyze(&Document::new("a.txt", unwrapped));
        assert_eq!(a.len(), 1);
        assert_eq!(
            &*a[0].text,
            "We will rebuild the harbour\nbefore the winter storms arrive, and we will pay for it ourselves,"
        );
        assert_eq!(
            (a[0].speaker.as_ref(), a[0].line, a[0].column),
            ("Ana Ortiz", 3, 34)
        );
        let chars: Vec<char> = wrapped.chars().collect();
        assert_eq!(chars[a[0].start..a[0].end].iter().collect::<String>(), *a[0].text);
        let without_text = |q: &Quote| Quote {
            text: "".into(),
            ..q.clone()
        };
        assert_eq!(without_text(&a[0]), without_text(&b[0]));
    }

    #[test]
    fn markdown_and_html_positions_point_into_the_file() {
        use crate::source::Format;
        let md = "# Harbour\n\nMayor *Ana Ortiz* said: “We will **rebuild** the\nharbour.”\n";
        let html =
            "<p>Mayor <b>Ana Ortiz</b> said:\n  &ldquo;We will <em>rebuild</em> the harbour.&rdquo;</p>";
        for (file, format) in [(md, Format::Markdown), (html, Format::Html)] {
            let quotes = analyze(&Document::of_format("a", file, format));
            assert_eq!(quotes.len(), 1, "{file}");
            let q = &quotes[0];
            assert_eq!(&*q.text, "We will rebuild the harbour.");
            assert_eq!(&*q.speaker, "Ana Ortiz");
            let chars: Vec<char> = file.chars().collect();
            let shown: String = chars[q.start..q.end].iter().collect();
            assert!(
                shown.starts_with("We will") && shown.ends_with("harbour."),
                "{shown:?}"
            );
            let line = file.lines().nth(q.line - 1).unwrap();
            let at: String = line.chars().skip(q.column - 1).take(7).collect();
            assert!(at.starts_with('“') || at.starts_with("&ldquo;"), "{at:?}");
        }
    }

    #[test]
    fn offsets_are_code_points_and_text_matches() {
        let doc = Document::new("a.txt", "Ünïcödé\nHe said “héllo wörld” twice.");
        let quotes = analyze(&doc);
        assert_eq!(quotes.len(), 1);
        let q = &quotes[0];
        let chars: Vec<char> = doc.text.chars().collect();
        assert_eq!(chars[q.start..q.end].iter().collect::<String>(), *q.text);
        assert_eq!((q.line, q.column), (2, 9));
    }
}
