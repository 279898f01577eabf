//! Articles as they really arrive: the five sample articles hard-wrapped as wire copy, written as
//! Markdown and saved as HTML give the quotations, speakers, clusters and verdicts of the plain
//! originals, and nothing from front matter, code, scripts or navigation. Each test writes its
//! copies with code of its own, runs the real binary and checks that the reports are whole.

mod support;

use std::collections::BTreeMap;
use std::fs;
use std::path::Path;

use support::{assert_reports_whole, kquote, one_space, read_report};

/// The sample articles: each file's stem and text.
fn samples() -> Vec<(String, String)> {
    let mut out: Vec<(String, String)> = fs::read_dir("sources")
        .unwrap()
        .map(|entry| {
            let path = entry.unwrap().path();
            let stem = path.file_stem().unwrap().to_string_lossy().into_owned();
            (stem, fs::read_to_string(&path).unwrap())
        })
        .collect();
    out.sort();
    assert_eq!(out.len(), 5);
    out
}

/// What a check finds, without what depends on the file's form (names' extensions, positions,
/// ids, line breaks in texts): quotations as (source, text, speaker, mention, cue, kind);
/// matches as (text a, text b, verdict, changes); clusters as (status, severity, speaker,
/// sources, quotes, lowest similarity, text).
#[derive(Debug, PartialEq)]
struct Findings {
    quotes: Vec<[String; 6]>,
    matches: Vec<[String; 4]>,
    clusters: Vec<[String; 7]>,
}

/// Checks `dir` (the sample's one rewording must fail it, exit 1) and reads what it found.
fn findings(dir: &Path) -> Findings {
    let out = dir.join("reports");
    kquote()
        .arg("check")
        .arg(dir)
        .arg("--out")
        .arg(&out)
        .args(["--quiet", "--color", "never"])
        .assert()
        .code(1);
    assert_reports_whole(dir, &out);
    let quotes = read_report(&out.join("quotes.csv"));
    let stem = |source: &str| source.rsplit_once('.').map_or(source, |(s, _)| s).to_string();
    let text_of: BTreeMap<&str, String> = quotes
        .iter()
        .map(|q| (q["quote_id"].as_str(), one_space(&q["text"])))
        .collect();
    let mut found = Findings {
        quotes: quotes
            .iter()
            .map(|q| {
                [
                    stem(&q["source"]),
                    one_space(&q["text"]),
                    q["speaker"].clone(),
                    q["speaker_mention"].clone(),
                    q["cue"].clone(),
                    q["kind"].clone(),
                ]
            })
            .collect(),
        matches: read_report(&out.join("matches.csv"))
            .iter()
            .map(|m| {
                [
                    text_of[m["quote_a"].as_str()].clone(),
                    text_of[m["quote_b"].as_str()].clone(),
                    m["verdict"].clone(),
                    one_space(&m["changes"]),
                ]
            })
            .collect(),
        clusters: read_report(&out.join("clusters.csv"))
            .iter()
            .map(|c| {
                [
                    c["status"].clone(),
                    c["severity"].clone(),
                    c["speaker"].clone(),
                    c["sources"].clone(),
                    c["quotes"].clone(),
                    c["min_similarity"].clone(),
                    one_space(&c["text"]),
                ]
            })
            .collect(),
    };
    found.quotes.sort();
    found.matches.sort();
    found.clusters.sort();
    found
}

/// A folder holding `files` (name, content).
fn folder(files: &[(String, String)]) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    for (name, text) in files {
        fs::write(dir.path().join(name), text).unwrap();
    }
    dir
}

/// The findings of the sample articles as they are.
fn plain() -> Findings {
    let dir = folder(
        &samples()
            .into_iter()
            .map(|(stem, text)| (format!("{stem}.txt"), text))
            .collect::<Vec<_>>(),
    );
    let found = findings(dir.path());
    assert!(found.quotes.len() > 40 && found.clusters.len() >= 4, "{found:?}");
    found
}

/// `text` as `sed 's/$/\n/' | fmt -w width` lays it out, wrapped greedily: each line a
/// paragraph with a blank line after it, its words on lines of at most `width` characters (a
/// longer word alone on its line), the first line keeping the line's indentation.
fn wrapped(text: &str, width: usize) -> String {
    let mut out = String::new();
    for line in text.lines() {
        let indent: String = line.chars().take_while(|c| *c == ' ').collect();
        let mut current = indent.clone();
        for word in line.split_whitespace() {
            let fits =
                current.trim().is_empty() || current.chars().count() + 1 + word.chars().count() <= width;
            if !fits {
                out.push_str(&current);
                out.push('\n');
                current.clear();
            }
            if !current.trim().is_empty() {
                current.push(' ');
            }
            current.push_str(word);
        }
        out.push_str(&current);
        out.push_str("\n\n");
    }
    out
}

#[test]
fn hard_wrapped_articles_read_as_their_originals() {
    let want = plain();
    for width in [60, 72, 80] {
        let dir = folder(
            &samples()
                .into_iter()
                .map(|(stem, text)| (format!("{stem}.txt"), wrapped(&text, width)))
                .collect::<Vec<_>>(),
        );
        let text = fs::read_to_string(dir.path().join(format!("{}.txt", samples()[4].0))).unwrap();
        assert!(
            text.lines()
                .all(|l| l.chars().count() <= width || !l.trim().contains(' '))
        );
        let found = findings(dir.path());
        assert_eq!(found, want, "wrapped at {width}");
        // A quotation's text keeps the file's line breaks: the CSV cell holds them, quoted.
        let quotes = read_report(&dir.path().join("reports/quotes.csv"));
        assert!(quotes.iter().any(|q| q["text"].contains('\n')), "at {width}");
    }
}

/// The sample article `text` as Markdown: front matter, the first line a heading, a blank line
/// between paragraphs wrapped at 80 columns, emphasis and links in its words; then an HTML
/// comment, inline code and a fenced code block, all holding quotation marks.
fn markdown(text: &str) -> String {
    let mut lines = text.lines();
    let title = lines.next().unwrap_or_default();
    let body: String = lines.map(|l| format!("{l}\n")).collect();
    let body = body
        .replacen("understand", "*understand*", 1)
        .replacen("irreparably", "**irreparably**", 1)
        .replacen("realize", "_realize_", 1)
        .replace(
            " Seoul ",
            " [Seoul](https://example.com/seoul \"The “capital” of Korea\") ",
        )
        .replace("Putin’s", "[Putin](https://example.com/putin)’s");
    format!(
        "---\ntitle: \"{title}\"\nquote: \"We will respond in every way,” he said.\"\n---\n\n\
         # {title}\n\n{}\
         <!-- “Not a quotation,” the editor said. -->\n\n\
         Filed as `\"diplomacy\"` and `“arms”`.\n\n\
         ```\nprint(\"Seoul must understand that the potential use will destroy relations\")\n```\n",
        wrapped(&body, 80)
            .lines()
            .map(escape_line_start)
            .collect::<String>()
    )
}

/// A line of Markdown whose first characters would make it a list item, a heading, a quote or
/// a rule, escaped with a backslash (which a reader does not see), with its line end.
fn escape_line_start(line: &str) -> String {
    let digits = line.bytes().take_while(u8::is_ascii_digit).count();
    let marker = ["- ", "+ ", "* ", "#", ">", "=", "---", "```"];
    if marker.iter().any(|m| line.starts_with(m)) {
        format!("\\{line}\n")
    } else if digits > 0 && (line[digits..].starts_with(". ") || line[digits..].starts_with(") ")) {
        format!("{}\\{}\n", &line[..digits], &line[digits..])
    } else {
        format!("{line}\n")
    }
}

#[test]
fn markdown_articles_read_as_their_originals() {
    let files: Vec<(String, String)> = samples()
        .into_iter()
        .map(|(stem, text)| (format!("{stem}.md"), markdown(&text)))
        .collect();
    assert!(files.iter().any(|(_, md)| md.contains("*understand*")));
    assert!(files.iter().any(|(_, md)| md.contains("[Seoul](")));
    let dir = folder(&files);
    assert_eq!(findings(dir.path()), plain());
}

/// Escapes text for HTML, curly marks and apostrophes as entities when `entities`.
fn escaped(text: &str, entities: bool) -> String {
    let text = text
        .replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;");
    if entities {
        text.replace('“', "&ldquo;")
            .replace('”', "&#8221;")
            .replace('’', "&rsquo;")
    } else {
        text
    }
}

/// The sample article `text` as a saved web page: a head with a title and a script, a header,
/// a navigation bar, an article with the first line as its heading and a paragraph a line, a
/// quotation alone on its line as a blockquote without marks, `“aggression”` as a `<q>`, a
/// script, an aside and a footer holding quotation marks.
fn html(text: &str, entities: bool) -> String {
    let mut lines = text.lines();
    let title = escaped(lines.next().unwrap_or_default(), entities);
    let mut body = String::new();
    for line in lines.filter(|l| !l.trim().is_empty()) {
        let line = line.trim_start();
        if let Some(inner) = line
            .strip_prefix('“')
            .and_then(|l| l.trim_end().strip_suffix('”'))
            .filter(|inner| !inner.contains(['“', '”']))
        {
            body.push_str(&format!(
                "<blockquote>\n  <p>{}</p>\n</blockquote>\n",
                escaped(inner, entities)
            ));
        } else {
            let line = escaped(line, entities)
                .replace("“aggression”", "<q>aggression</q>")
                .replace("&ldquo;aggression&#8221;", "<q>aggression</q>");
            body.push_str(&format!("<p>{line}\n</p>\n"));
        }
    }
    format!(
        "<!DOCTYPE html>\n<html>\n<head><title>“{title}”</title>\n\
         <script>var headline = \"Seoul must understand\";</script>\n\
         <style>q::before {{ content: \"“\"; }}</style></head>\n<body>\n\
         <header><a href=\"/\">“Insights” home</a></header>\n\
         <nav><ul><li><a href=\"/news\">“News”</a></li><li>“Analysis,” said the menu.</li></ul></nav>\n\
         <article>\n<h1>{title}</h1>\n{body}\
         <script>document.write(\"“We will respond in every way,” he said.\");</script>\n\
         <!-- “Not a quotation,” the editor said. -->\n\
         <aside><p>“Read more,” the editor said.</p></aside>\n\
         <footer>© “IRIA” 2025</footer>\n</article>\n</body>\n</html>\n"
    )
}

#[test]
fn html_articles_read_as_their_originals() {
    let files: Vec<(String, String)> = samples()
        .into_iter()
        .enumerate()
        .map(|(i, (stem, text))| (format!("{stem}.html"), html(&text, i % 2 == 1)))
        .collect();
    assert!(files.iter().any(|(_, page)| page.contains("<blockquote>")));
    assert!(files.iter().any(|(_, page)| page.contains("<q>aggression</q>")));
    assert!(files.iter().any(|(_, page)| page.contains("&ldquo;")));
    let dir = folder(&files);
    assert_eq!(findings(dir.path()), plain());
    // The quotation in the blockquote is found at its words in the file.
    let quotes = read_report(&dir.path().join("reports/quotes.csv"));
    let ethnic = quotes
        .iter()
        .find(|q| q["text"].starts_with("Ethnic Koreans in Russia and the CIS oppose"))
        .expect("the blockquote's quotation");
    let page = fs::read_to_string(dir.path().join(&ethnic["source"])).unwrap();
    let line: usize = ethnic["line"].parse().unwrap();
    assert!(page.lines().nth(line - 1).unwrap().contains("<blockquote>"));
}
