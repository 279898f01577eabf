//! The visible text of a Markdown file, read with `pulldown-cmark` (CommonMark, with tables,
//! strikethrough and front matter).
//!
//! Paragraphs, headings, list items, table cells and block quotes are blocks; soft and hard line
//! breaks inside them are spaces. Emphasis marks are dropped, so that `un*der*stand` stays one
//! word. Not text: front matter (`---` YAML or `+++` TOML at the top), code blocks, inline code
//! (a space where it stood), raw HTML and HTML comments, images, link targets and footnote
//! references. A block quote (`> …`) is a quotation, as `<blockquote>` is in HTML.

use pulldown_cmark::{Event, Options, Parser, Tag, TagEnd};

use super::visible::{Markup, Visible};

/// The visible text of Markdown `file`, and where each piece of it is in the file.
pub(super) fn visible(file: String) -> (String, Markup) {
    let options = Options::ENABLE_YAML_STYLE_METADATA_BLOCKS
        | Options::ENABLE_PLUSES_DELIMITED_METADATA_BLOCKS
        | Options::ENABLE_TABLES
        | Options::ENABLE_STRIKETHROUGH;
    let mut out = Visible::default();
    // Inside something whose text is not read (a code block, front matter, an image).
    let mut hidden = 0usize;
    // Block quotes open, each with the place of its `>`.
    let mut quotes: Vec<std::ops::Range<usize>> = Vec::new();
    for (event, range) in Parser::new_ext(&file, options).into_offset_iter() {
        match event {
            Event::Start(tag) => match tag {
                Tag::CodeBlock(_) | Tag::MetadataBlock(_) | Tag::Image { .. } | Tag::HtmlBlock => {
                    hidden += 1;
                    out.start_block();
                }
                Tag::Heading { .. } => {
                    out.start_block();
                    out.set_heading(true);
                }
                Tag::BlockQuote(_) => {
                    out.start_block();
                    quotes.push(range.start..range.start + 1);
                    out.set_quoted(quotes.last().cloned());
                }
                Tag::Paragraph
                | Tag::Item
                | Tag::List(_)
                | Tag::Table(_)
                | Tag::TableHead
                | Tag::TableRow
                | Tag::TableCell
                | Tag::FootnoteDefinition(_)
                | Tag::DefinitionList
                | Tag::DefinitionListTitle
                | Tag::DefinitionListDefinition => out.start_block(),
                Tag::Emphasis
                | Tag::Strong
                | Tag::Strikethrough
                | Tag::Superscript
                | Tag::Subscript
                | Tag::Link { .. } => {}
            },
            Event::End(tag) => match tag {
                TagEnd::CodeBlock | TagEnd::MetadataBlock(_) | TagEnd::Image | TagEnd::HtmlBlock => {
                    hidden = hidden.saturating_sub(1);
                }
                TagEnd::Heading(_) => {
                    out.end_block();
                    out.set_heading(false);
                }
                TagEnd::BlockQuote(_) => {
                    out.end_block();
                    quotes.pop();
                    out.set_quoted(quotes.last().cloned());
                }
                TagEnd::Emphasis
                | TagEnd::Strong
                | TagEnd::Strikethrough
                | TagEnd::Superscript
                | TagEnd::Subscript
                | TagEnd::Link => {}
                _ => out.end_block(),
            },
            Event::Text(text) if hidden == 0 => out.text(range.start, &file[range.clone()], &text),
            Event::Code(_) | Event::SoftBreak | Event::HardBreak if hidden == 0 => out.space(range),
            Event::Rule => out.end_block(),
            _ => {}
        }
    }
    out.finish(file)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn text(md: &str) -> String {
        visible(md.to_string()).0
    }

    #[test]
    fn markup_code_and_front_matter_are_not_text() {
        let md = "---\ntitle: \"Not a quotation\"\n---\n\n# Harbour “plans”\n\nMayor *Ana* **Ortiz** \
                  said the [harbour](https://example.com/\"x\") would be \
                  re*built*.\nShe said `\"code\"` twice.\n\n```\nlet s = \"not text\";\n```\n\n\
                  <!-- “a comment” -->\n\n> We will build it.\n\n- one item\n- two & three\n";
        assert_eq!(
            text(md),
            "Harbour “plans”\n\nMayor Ana Ortiz said the harbour would be rebuilt. She said twice.\n\n\
             “We will build it.”\n\none item\n\ntwo & three"
        );
    }

    #[test]
    fn positions_point_into_the_file() {
        let md = "# Title\n\nHe said “we *will* &amp; can”\nand left.\n";
        let (text, map) = visible(md.to_string());
        assert_eq!(text, "Title\n\nHe said “we will & can” and left.");
        assert!(map.is_heading(0) && !map.is_heading(text.find("He").unwrap()));
        let start = text.find("we").unwrap();
        let end = text.find("can").unwrap() + 3;
        assert_eq!(
            &md[map.file_start(start)..map.file_end(end)],
            "we *will* &amp; can"
        );
        let left = text.find("left").unwrap();
        assert_eq!(&md[map.file_start(left)..], "left.\n");
    }
}
