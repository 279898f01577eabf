//! The review page in a real browser: headless Chromium opens `report.html` from disk, and a
//! probe page beside it reads what a reader would see: which cards are displayed with no filter,
//! with the severity filter (CSS `:target`, no script) and with a speaker chosen (the page's
//! script), and how long the page took to load. Skipped, and says so, where Chromium is not
//! installed (`.ci/run` installs it when it can; `scripts/browser-check` does more, with
//! screenshots).

mod support;

use std::fs;
use std::path::Path;
use std::process::Command;
use std::time::Instant;

use scraper::{Html, Selector};
use serde_json::Value;
use support::kquote;

const CHROMIUM: &str = "/usr/bin/chromium";

/// Two stories told differently: one word changed (an error), one spelling (a warning).
const A: &str = "The council met on Monday.\n\n“We will rebuild the levee before the spring floods come back to the valley,” Ann Lee said.\n\nThe port was quiet.\n\n“Our defence of the harbour will continue through the long winter months ahead,” Admiral Bo Chen said.\n";
const B: &str = "Rain fell all week.\n\n“We will repair the levee before the spring floods come back to the valley,” Ann Lee said.\n\nShips came in late.\n\n“Our defense of the harbor will continue through the long winter months ahead,” Admiral Bo Chen said.\n";

/// The probe: loads the page under each fragment in a frame of its own and writes, as JSON,
/// what each frame shows.
const PROBE: &str = r#"<!DOCTYPE html><meta charset="utf-8"><pre id="out"></pre><script>
var hashes = HASHES, results = {}, left = hashes.length;
hashes.forEach(function (hash) {
  var frame = document.createElement("iframe");
  frame.style.width = "1280px"; frame.style.height = "800px";
  frame.onload = function () {
    var doc = frame.contentDocument, win = frame.contentWindow;
    var cards = Array.prototype.slice.call(doc.querySelectorAll("article.card"));
    var nav = win.performance.getEntriesByType("navigation")[0];
    results[hash] = {
      cards: cards.map(function (c) { return c.id; }),
      shown: cards.filter(function (c) { return c.getClientRects().length > 0; }).map(function (c) { return c.id; }),
      picked: doc.body.classList.contains("picked"),
      load_ms: nav ? nav.loadEventStart : -1
    };
    if (--left === 0) { document.getElementById("out").textContent = JSON.stringify(results); }
  };
  frame.src = "reports/report.html" + hash;
  document.body.appendChild(frame);
});
</script>"#;

#[test]
fn the_page_shows_its_cards_and_its_filters_work_in_chromium() {
    if !Path::new(CHROMIUM).exists() {
        println!("skipped: no chromium");
        return;
    }
    let top = tempfile::tempdir().unwrap();
    let dir = top.path().join("sources");
    fs::create_dir(&dir).unwrap();
    fs::write(dir.join("a.txt"), A).unwrap();
    fs::write(dir.join("b.txt"), B).unwrap();
    let out = top.path().join("reports");
    kquote()
        .arg("check")
        .arg(&dir)
        .arg("--out")
        .arg(&out)
        .arg("-qq")
        .assert()
        .code(1);
    let page = Html::parse_document(&fs::read_to_string(out.join("report.html")).unwrap());
    let speaker = page
        .select(&Selector::parse("#speakers li").unwrap())
        .find(|li| li.text().any(|t| t.contains("Bo Chen")))
        .and_then(|li| li.value().id())
        .expect("Bo Chen in the index of speakers")
        .to_string();
    let hashes = [String::new(), "#severity-warning".into(), format!("#{speaker}")];
    let probe = top.path().join("probe.html");
    fs::write(
        &probe,
        PROBE.replace("HASHES", &serde_json::to_string(&hashes).unwrap()),
    )
    .unwrap();

    let profile = tempfile::tempdir().unwrap();
    let clock = Instant::now();
    let run = Command::new(CHROMIUM)
        .args([
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--no-first-run",
            // The probe reads the page's frames: both are files.
            "--allow-file-access-from-files",
            "--virtual-time-budget=10000",
            "--enable-logging=stderr",
            "--v=0",
        ])
        .arg(format!("--user-data-dir={}", profile.path().display()))
        .arg("--dump-dom")
        .arg(format!("file://{}", probe.display()))
        .output()
        .expect("chromium runs");
    let wall = clock.elapsed();
    let stderr = String::from_utf8_lossy(&run.stderr);
    assert!(run.status.success(), "chromium: {stderr}");
    assert!(!stderr.contains("Uncaught"), "a script error: {stderr}");
    let dom = Html::parse_document(&String::from_utf8_lossy(&run.stdout));
    let out_text: String = dom
        .select(&Selector::parse("#out").unwrap())
        .next()
        .map(|e| e.text().collect())
        .unwrap_or_default();
    let results: Value = serde_json::from_str(&out_text).unwrap_or_else(|e| panic!("{e}: {out_text:?}"));

    let all = &results[""];
    let cards = all["cards"].as_array().unwrap();
    assert_eq!(cards.len(), 2, "{results}");
    assert_eq!(all["shown"], all["cards"], "every card is displayed");
    let warning = &results["#severity-warning"]["shown"];
    assert_eq!(warning.as_array().unwrap().len(), 1, "{results}");
    let picked = &results[format!("#{speaker}").as_str()];
    assert_eq!(picked["picked"], true, "the script ran: {results}");
    assert_eq!(picked["shown"], *warning, "Bo Chen's card alone: {results}");
    let load_ms = all["load_ms"].as_f64().unwrap();
    assert!((0.0..3000.0).contains(&load_ms), "loaded in {load_ms} ms");
    println!(
        "report.html loaded in {load_ms:.0} ms; chromium ran {:.1} s",
        wall.as_secs_f64()
    );
}
