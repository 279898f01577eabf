//! The review page, `report.html`, read back with an HTML5 parser: a card per inconsistent
//! cluster with the word diff of each version, the counts, the filters, nothing loaded from
//! anywhere, and hostile text in sources and file names shown as text, never obeyed as markup.

mod support;

use std::fs;
use std::path::Path;

use scraper::{ElementRef, Html, Selector};
use support::{kquote, read_report};

fn select(selector: &str) -> Selector {
    Selector::parse(selector).expect("a valid selector")
}

/// `kquote check DIR --out OUT` with `extra` arguments; returns the parsed page.
fn check_page(dir: &Path, out: &Path, extra: &[&str]) -> Html {
    kquote()
        .arg("check")
        .arg(dir)
        .arg("--out")
        .arg(out)
        .arg("--quiet")
        .args(extra)
        .output()
        .unwrap();
    let text = fs::read_to_string(out.join("report.html")).expect("report.html is written");
    Html::parse_document(&text)
}

fn text_of(element: ElementRef) -> String {
    element.text().collect()
}

#[test]
fn the_page_has_a_card_per_inconsistent_cluster_with_its_word_diff() {
    let out = tempfile::tempdir().unwrap();
    let page = check_page(Path::new("sources"), out.path(), &[]);
    let clusters = read_report(&out.path().join("clusters.csv"));
    let inconsistent: Vec<&str> = clusters
        .iter()
        .filter(|c| c["status"] == "inconsistent")
        .map(|c| c["cluster_id"].as_str())
        .collect();
    let cards: Vec<ElementRef> = page.select(&select("article.card")).collect();
    let ids: Vec<&str> = cards.iter().map(|c| c.value().id().unwrap()).collect();
    assert_eq!(ids, inconsistent);

    // The Rudenko card: the reference with its place, and each word changed marked.
    let card = cards[0];
    assert!(text_of(card.select(&select("h2")).next().unwrap()).contains("Rudenko"));
    let reference = text_of(card.select(&select(".reference")).next().unwrap());
    assert!(
        reference.contains("2024-12-asmolov-umerov-visit-to-seoul.txt:20"),
        "{reference}"
    );
    let deleted: Vec<String> = card.select(&select("del")).map(text_of).collect();
    let inserted: Vec<String> = card.select(&select("ins")).map(text_of).collect();
    for (from, to) in [
        ("understand", "realize"),
        ("potential", "possible"),
        ("irreparably", "fully"),
    ] {
        assert!(deleted.iter().any(|d| d == from), "{from} struck: {deleted:?}");
        assert!(inserted.iter().any(|i| i == to), "{to} inserted: {inserted:?}");
    }
    let card_text = text_of(card);
    for expected in [
        "reworded",
        "similarity 0.84",
        "f1ce14673d2ad1b3b",
        "f5e97dd3fd076faaa",
        "understand → realize; potential → possible; irreparably → fully",
        "2024-11-28-ukrainian-delegation-visits-seoul.txt:20",
    ] {
        assert!(
            card_text.contains(expected),
            "{expected} on the card: {card_text}"
        );
    }
    assert!(card.value().classes().any(|c| c == "severity-error"));
    assert!(card.value().classes().any(|c| c == "verdict-reworded"));

    // The counts, as the terminal's summary gives them.
    let counts: Vec<(String, String)> = page
        .select(&select(".counts div"))
        .map(|d| {
            let part = |s| text_of(d.select(&select(s)).next().unwrap());
            (part("dt"), part("dd"))
        })
        .collect();
    let expected = [
        ("sources", "5"),
        ("quotations", "44"),
        ("clusters", "4"),
        ("errors", "2"),
        ("warnings", "0"),
    ];
    assert_eq!(counts, expected.map(|(a, b)| (a.to_string(), b.to_string())));

    // The filters: severity and verdict by anchor, speakers and sources by index.
    for anchor in ["severity-error", "verdict-reworded"] {
        assert_eq!(page.select(&select(&format!("i.target#{anchor}"))).count(), 1);
        assert_eq!(
            page.select(&select(&format!("nav a[href='#{anchor}']"))).count(),
            1
        );
    }
    let speakers: Vec<String> = page.select(&select("#speakers li .pick")).map(text_of).collect();
    assert!(speakers.iter().any(|s| s.contains("Rudenko")), "{speakers:?}");
    assert_eq!(page.select(&select("#sources li")).count(), 2);

    // The consistent clusters, collapsed at the end.
    assert_eq!(page.select(&select("#consistent details li")).count(), 3);
    assert!(page.select(&select("#consistent details[open]")).next().is_none());
}

#[test]
fn the_page_loads_nothing_from_anywhere() {
    let out = tempfile::tempdir().unwrap();
    let page = check_page(Path::new("sources"), out.path(), &[]);
    assert_eq!(
        page.select(&select("link, img, iframe, object, embed")).count(),
        0
    );
    assert_eq!(page.select(&select("script[src]")).count(), 0);
    for a in page.select(&select("a[href]")) {
        let href = a.value().attr("href").unwrap();
        assert!(
            href.starts_with('#') || !href.contains(':'),
            "a link to a file beside the page, or within it: {href}"
        );
    }
    let style = text_of(page.select(&select("style")).next().unwrap());
    assert!(
        !style.contains("url(") && !style.contains("@import"),
        "no external style"
    );
}

/// Text meant to break out of the page, or to reorder what it seems to say.
/// (A straight `"` would end the quotation: the file name below carries that one.)
const HOSTILE: &str =
    "<script>alert(1)</script> '><img src=x onerror=alert(2)> \u{202e}gnp.exe\u{1b}[31m\u{7}";

#[test]
fn hostile_text_and_file_names_reach_the_page_as_text() {
    let dir = tempfile::tempdir().unwrap();
    let a = format!(
        "The council met on Monday.\n\n“We will rebuild the levee {HOSTILE} before the spring floods come back to the valley,” Ann Lee said.\n"
    );
    let b = format!(
        "Rain fell all week.\n\n“We will repair the levee {HOSTILE} before the spring floods come back to the valley,” Ann Lee said.\n"
    );
    fs::write(dir.path().join("a.txt"), a).unwrap();
    // A file name is text too (it holds no `/`).
    fs::write(
        dir.path()
            .join("b \"><img src=x onerror=alert(3)><svg onload=x()>\u{202e}.txt"),
        b,
    )
    .unwrap();
    let out = tempfile::tempdir().unwrap();
    let page = check_page(dir.path(), out.path(), &[]);
    let raw = fs::read_to_string(out.path().join("report.html")).unwrap();

    assert_eq!(page.select(&select("article.card")).count(), 1, "{raw}");
    // Nothing injected: one script, the page's own; no image; no handler attributes.
    let scripts: Vec<String> = page.select(&select("script")).map(text_of).collect();
    assert_eq!(scripts.len(), 1);
    assert!(!scripts[0].contains("alert"));
    assert_eq!(page.select(&select("img")).count(), 0);
    for element in page.select(&select("*")) {
        for (name, _) in element.value().attrs() {
            assert!(!name.starts_with("on"), "an injected {name} attribute");
        }
    }
    // The words are on the page as text, the controls as escapes.
    let card = text_of(page.select(&select("article.card")).next().unwrap());
    assert!(card.contains("<script>alert(1)</script>"), "{card}");
    assert!(card.contains("'><img src=x onerror=alert(2)>"), "{card}");
    assert!(card.contains("\\u{202e}gnp.exe\\u{1b}[31m\\u{7}"), "{card}");
    assert!(card.contains("onerror=alert(3)"), "the file name: {card}");
    assert!(
        !raw.chars().any(|c| (c.is_control() && c != '\n')
            || matches!(c, '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}')),
        "no control or bidi character reaches the page"
    );
    // Article text is isolated from the page's direction.
    assert!(page.select(&select("blockquote[dir=auto]")).count() >= 2);
}

#[test]
fn no_html_writes_no_page_and_the_other_reports_as_before() {
    let out = tempfile::tempdir().unwrap();
    kquote()
        .args(["check", "sources", "--quiet", "--no-html", "--out"])
        .arg(out.path())
        .assert()
        .code(1);
    assert!(!out.path().join("report.html").exists());
    for name in ["quotes.csv", "matches.csv", "clusters.csv", "review.xlsx"] {
        assert!(out.path().join(name).is_file(), "{name}");
    }
    // Without it, the page comes back.
    let page = check_page(Path::new("sources"), out.path(), &[]);
    assert_eq!(page.select(&select("article.card")).count(), 1);
}
