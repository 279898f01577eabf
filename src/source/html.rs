//! The visible text of an HTML file, read with `html5gum` (a WHATWG HTML5 tokenizer that gives
//! every token's place in the file).
//!
//! Block elements (`<p>`, `<div>`, headings, list items, table cells, `<blockquote>`) and `<br>`
//! end a paragraph; inside one, white space is one space, and entities are decoded. Not text:
//! comments, `<head>` and `<title>`, `<script>`, `<style>`, `<noscript>`, `<template>`, `<nav>`,
//! `<header>`, `<footer>`, `<aside>`, `<code>`, `<svg>`, `<math>`, `<iframe>` and `<object>`.
//! When the page has an `<article>`, only the text of its articles is read. A `<blockquote>`
//! without quotation marks of its own, and a `<q>`, are quotations: they get the marks a reader
//! sees them as (`<q>` is drawn with marks by every browser).

use html5gum::{DefaultEmitter, Token, Tokenizer};

use super::visible::{Markup, Visible};

/// Elements whose content is not the article's text.
const HIDDEN: [&[u8]; 16] = [
    b"head",
    b"title",
    b"script",
    b"style",
    b"noscript",
    b"template",
    b"nav",
    b"header",
    b"footer",
    b"aside",
    b"code",
    b"svg",
    b"math",
    b"iframe",
    b"object",
    b"select",
];

/// Elements that end one paragraph and start the next.
const BLOCKS: [&[u8]; 33] = [
    b"address",
    b"article",
    b"blockquote",
    b"body",
    b"br",
    b"dd",
    b"details",
    b"dialog",
    b"div",
    b"dl",
    b"dt",
    b"fieldset",
    b"figcaption",
    b"figure",
    b"form",
    b"h1",
    b"h2",
    b"h3",
    b"h4",
    b"h5",
    b"h6",
    b"hr",
    b"li",
    b"main",
    b"ol",
    b"p",
    b"pre",
    b"section",
    b"summary",
    b"table",
    b"td",
    b"th",
    b"ul",
];

fn is_heading(name: &[u8]) -> bool {
    matches!(name, [b'h', b'1'..=b'6'])
}

fn tokens(file: &str) -> impl Iterator<Item = Token<usize>> + '_ {
    let mut emitter = DefaultEmitter::<usize>::new_with_span();
    // `<script>`, `<style>` and the like hold raw text, not tags: the tokenizer switches as a
    // tree builder would.
    emitter.naively_switch_states(true);
    Tokenizer::new_with_emitter(file, emitter).flatten()
}

/// The visible text of HTML `file`, and where each piece of it is in the file.
pub(super) fn visible(file: String) -> (String, Markup) {
    let only_articles = memchr::memmem::find(file.to_ascii_lowercase().as_bytes(), b"<article").is_some()
        && tokens(&file)
            .any(|t| matches!(t, Token::StartTag(ref tag) if tag.name.eq_ignore_ascii_case(b"article")));
    let mut out = Visible::default();
    // The hidden elements open, innermost last.
    let mut hidden: Vec<Vec<u8>> = Vec::new();
    let (mut articles, mut quotes, mut inline_quotes) = (0usize, 0usize, 0usize);
    for token in tokens(&file) {
        match token {
            Token::StartTag(tag) => {
                let name = tag.name.to_ascii_lowercase();
                if HIDDEN.contains(&name.as_slice()) {
                    if !tag.self_closing {
                        hidden.push(name);
                    }
                    continue;
                }
                if name == b"article" {
                    articles += 1;
                }
                let reading = hidden.is_empty() && (!only_articles || articles > 0);
                if BLOCKS.contains(&name.as_slice()) {
                    out.start_block();
                }
                if is_heading(&name) {
                    out.set_heading(true);
                } else if name == b"blockquote" {
                    quotes += 1;
                    out.set_quoted(Some(tag.span.start..tag.span.end));
                } else if name == b"q" && reading {
                    let mark = if inline_quotes % 2 == 0 { '“' } else { '‘' };
                    out.implied(mark, tag.span.start..tag.span.end);
                    inline_quotes += 1;
                }
            }
            Token::EndTag(tag) => {
                let name = tag.name.to_ascii_lowercase();
                if let Some(at) = hidden.iter().rposition(|h| *h == name) {
                    hidden.truncate(at);
                    continue;
                }
                let reading = hidden.is_empty() && (!only_articles || articles > 0);
                if BLOCKS.contains(&name.as_slice()) {
                    out.end_block();
                }
                if is_heading(&name) {
                    out.set_heading(false);
                } else if name == b"blockquote" {
                    quotes = quotes.saturating_sub(1);
                    if quotes == 0 {
                        out.set_quoted(None);
                    }
                } else if name == b"article" {
                    articles = articles.saturating_sub(1);
                } else if name == b"q" && reading && inline_quotes > 0 {
                    inline_quotes -= 1;
                    let mark = if inline_quotes % 2 == 0 { '”' } else { '’' };
                    out.implied(mark, tag.span.start..tag.span.end);
                }
            }
            Token::String(text) if hidden.is_empty() && (!only_articles || articles > 0) => {
                let decoded = String::from_utf8_lossy(&text.value);
                let span = text.span.start.min(file.len())..text.span.end.min(file.len());
                if let Some(raw) = file.get(span.clone()) {
                    out.text(span.start, raw, &decoded);
                }
            }
            _ => {}
        }
    }
    out.finish(file)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn text(html: &str) -> String {
        visible(html.to_string()).0
    }

    #[test]
    fn only_the_articles_visible_text_is_read() {
        let html = "<!DOCTYPE html><html><head><title>“Title”</title><style>q{}</style></head><body>\
            <header>Site “name”</header><nav><a href=\"/\">“Home”</a></nav>\
            <p>Outside the article.</p>\
            <article><h1>Harbour plans</h1>\
            <p>Mayor Ana Ortiz said:\n   <em>we</em>   will &ldquo;build&rdquo; it.</p>\
            <script>var s = \"not text\";</script><!-- “comment” -->\
            <blockquote><p>We will rebuild the harbour.</p></blockquote>\
            <p>She said <q>yes &amp; no</q>.<br>Line two</p>\
            <aside>“Related”</aside><footer>© “us”</footer></article></body></html>";
        assert_eq!(
            text(html),
            "Harbour plans\n\nMayor Ana Ortiz said: we will “build” it.\n\n\
             “We will rebuild the harbour.”\n\nShe said “yes & no”.\n\nLine two"
        );
    }

    #[test]
    fn without_an_article_the_body_is_read_and_positions_point_into_the_file() {
        let html = "<p>He said\n  “we &amp; they”.</p>\n<h2>Later</h2>";
        let (text, map) = visible(html.to_string());
        assert_eq!(text, "He said “we & they”.\n\nLater");
        let start = text.find("we").unwrap();
        let end = text.find("they").unwrap() + 4;
        assert_eq!(&html[map.file_start(start)..map.file_end(end)], "we &amp; they");
        assert!(map.is_heading(text.find("Later").unwrap()));
        // A blockquote's implied mark points at its tag.
        let (text, map) = visible("<blockquote>\n<p>Yes.</p></blockquote>".to_string());
        assert_eq!(text, "“Yes.”");
        assert_eq!(map.file_start(0), 0);
    }
}
