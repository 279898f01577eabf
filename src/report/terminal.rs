//! Stage 6b: what a person reads in a terminal or a CI log, in the manner of lint tools.
//!
//! Findings and the summary go to stdout, problems with sources to stderr. Colour is used only on
//! a terminal and never with `NO_COLOR` (anstream strips it otherwise); the word diff also marks
//! changes with `[-removed-]` and `{+added+}`, so it reads without colour too.

use std::borrow::Cow;
use std::io::Write;

use anstream::{AutoStream, ColorChoice};
use anstyle::{AnsiColor, Effects, Style};

use crate::report::findings::{Counts, Finding, Standing};
use crate::report::{CheckOutcome, Format};
use crate::types::{DiffPiece, Match, Severity};

const ERROR: Style = AnsiColor::Red.on_default().effects(Effects::BOLD);
const WARNING: Style = AnsiColor::Yellow.on_default().effects(Effects::BOLD);
const NOTE: Style = AnsiColor::Green.on_default().effects(Effects::BOLD);
const REMOVED: Style = AnsiColor::Red.on_default().effects(Effects::STRIKETHROUGH);
const ADDED: Style = AnsiColor::Green.on_default().effects(Effects::UNDERLINE);
const DIM: Style = Style::new().effects(Effects::DIMMED);
const BOLD: Style = Style::new().effects(Effects::BOLD);

/// Words of unchanged text kept around each change in the diff line.
const CONTEXT_WORDS: usize = 4;

/// What the terminal shows, decided once from the command line.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct TerminalSettings {
    /// How much is shown.
    pub verbosity: Verbosity,
    /// `Auto` colours a stream only when it is a terminal and `NO_COLOR` is not set.
    pub color: ColorChoice,
    /// How the findings are written on stdout.
    pub format: Format,
}

/// How much the terminal shows, in the manner of ruff.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Verbosity {
    /// Nothing but the sources that could not be read (`-qq`, `--silent`).
    Silent,
    /// The findings, without the summary (`-q`).
    Quiet,
    /// The findings and the summary.
    Normal,
    /// Also the consistent clusters, every member and word diff, stale accepted and baselined
    /// findings, and how long each stage took.
    Verbose,
}

/// Prints the findings in the chosen format, the problems with sources and the summary.
pub fn print(outcome: &CheckOutcome, settings: &TerminalSettings) {
    let mut err = AutoStream::new(std::io::stderr().lock(), settings.color);
    for e in &outcome.source_errors {
        let _ = writeln!(err, "{ERROR}error{ERROR:#}: {}", printable(&e.to_string()));
    }
    if settings.verbosity == Verbosity::Silent {
        return;
    }
    for link in &outcome.skipped_links {
        let _ = writeln!(err, "{WARNING}warning{WARNING:#}: {link}");
    }
    for name in &outcome.empty_sources {
        let _ = writeln!(
            err,
            "{WARNING}warning{WARNING:#}: {}: empty, no quotations",
            printable(name)
        );
    }
    if settings.format != Format::Text {
        let mut out = std::io::BufWriter::new(std::io::stdout().lock());
        let _ = outcome
            .write_machine(settings.format, &mut out)
            .and_then(|()| out.flush());
        return;
    }
    let verbose = settings.verbosity == Verbosity::Verbose;
    // Buffered below the colour handling: a large check prints tens of thousands of lines, and
    // a write each would cost more than the check's reports. Whether stdout is a terminal is
    // asked of stdout itself, not of the buffer.
    let choice = match settings.color {
        ColorChoice::Auto => AutoStream::choice(&std::io::stdout()),
        chosen => chosen,
    };
    let mut buffered = std::io::BufWriter::with_capacity(1 << 16, std::io::stdout().lock());
    let mut out = AutoStream::new(&mut buffered as &mut dyn Write, choice);
    // Flushing the colour handling flushes the buffer below it.
    let _ = write_findings(&mut out, outcome, verbose)
        .and_then(|()| match settings.verbosity {
            Verbosity::Silent | Verbosity::Quiet => Ok(()),
            Verbosity::Normal | Verbosity::Verbose => write_summary(&mut out, outcome),
        })
        .and_then(|()| out.flush());
    if verbose {
        let stages: Vec<String> = outcome
            .timings
            .iter()
            .map(|(stage, t)| format!("{stage} {:.2} s", t.as_secs_f64()))
            .collect();
        let steps: Vec<String> = outcome
            .aligned
            .timings
            .iter()
            .map(|(step, t)| format!("{step} {:.2} s", t.as_secs_f64()))
            .collect();
        let _ = writeln!(
            err,
            "{DIM}timings: {}; align: {}; {} sources analysed as copies of others; {} candidate pairs diffed{DIM:#}",
            stages.join(", "),
            steps.join(", "),
            outcome.copies,
            outcome.aligned.candidates
        );
    }
}

/// Each cluster with a new finding: its reference and the members that are new findings (with
/// `verbose`, every cluster and every member, and the stale accepted and baselined findings).
fn write_findings(out: &mut impl Write, outcome: &CheckOutcome, verbose: bool) -> std::io::Result<()> {
    let mut finding_of: Vec<Option<&Finding>> = vec![None; outcome.matches.len()];
    for f in &outcome.findings.list {
        finding_of[f.pair] = Some(f);
    }
    let mut by_cluster: Vec<Vec<(&Match, Option<&Finding>)>> =
        vec![Vec::new(); outcome.aligned.clusters.len()];
    for (m, f) in outcome.matches.iter().zip(&finding_of) {
        by_cluster[m.cluster].push((m, *f));
    }
    for ((cluster, summary), members) in outcome
        .aligned
        .clusters
        .iter()
        .zip(&outcome.summaries)
        .zip(&by_cluster)
    {
        let is_new = |f: &Option<&Finding>| f.is_some_and(|f| f.standing == Standing::New);
        // The heading tells the worst new finding; a cluster whose findings were all let stand
        // is shown only with `verbose`, and says so.
        let severity = members
            .iter()
            .filter(|(_, f)| is_new(f))
            .map(|(m, _)| m.severity())
            .max()
            .unwrap_or(Severity::None);
        if severity == Severity::None && !verbose {
            continue;
        }
        let (label, style, how) = match (severity, summary.consistent()) {
            (Severity::Error, _) => ("error", ERROR, "differently"),
            (Severity::Warning, _) => ("warning", WARNING, "differently"),
            (Severity::None, true) => ("consistent", NOTE, "the same way"),
            (Severity::None, false) => ("accepted", NOTE, "differently"),
        };
        let speaker = if summary.speaker.is_empty() {
            Cow::Borrowed("unknown speaker")
        } else {
            printable(&summary.speaker)
        };
        writeln!(
            out,
            "{style}{label}{style:#}{BOLD}: {speaker} is quoted {how} in {} sources{BOLD:#} {DIM}[{}]{DIM:#}",
            summary.sources, cluster.id
        )?;
        let reference = &outcome.quotes[cluster.reference_quote];
        writeln!(
            out,
            "  {DIM}-->{DIM:#} {}:{}:{}  {DIM}reference{DIM:#}{}",
            printable(&outcome.shown_path(&reference.source)),
            reference.line,
            reference.column,
            more_sources(outcome, cluster.reference_quote)
        )?;
        for (m, f) in members {
            if !verbose && !is_new(f) {
                continue;
            }
            let q = &outcome.quotes[m.b];
            let style = match m.severity() {
                Severity::Error => ERROR,
                Severity::Warning => WARNING,
                Severity::None => NOTE,
            };
            // A quotation from the reference's own source is judged against another source.
            let against = if m.a == cluster.reference_quote {
                String::new()
            } else {
                let a = &outcome.quotes[m.a];
                format!(
                    " against {}:{}:{}",
                    printable(&outcome.shown_path(&a.source)),
                    a.line,
                    a.column
                )
            };
            let id = match f {
                Some(f) if f.standing == Standing::New => format!(" {DIM}[{}]{DIM:#}", f.id),
                Some(f) => format!(" {DIM}[{}, {}]{DIM:#}", f.id, f.standing.as_str()),
                None => String::new(),
            };
            // A version is listed once, by its first quotation, however many sources print it.
            let more = more_sources(outcome, m.b);
            writeln!(
                out,
                "  {DIM}-->{DIM:#} {}:{}:{}  {style}{}{style:#}{against} {DIM}(similarity {:.2}){DIM:#}{more}{id}",
                printable(&outcome.shown_path(&q.source)),
                q.line,
                q.column,
                m.verdict.as_str(),
                m.similarity
            )?;
            if m.severity() != Severity::None || verbose {
                writeln!(out, "      {}", render_diff(&m.diff))?;
            }
        }
        writeln!(out)?;
    }
    if verbose {
        for stale in &outcome.findings.stale {
            let what = match stale.standing {
                Standing::Accepted => "accepted in kquote.toml",
                _ => "in the baseline",
            };
            let note = if stale.note.is_empty() {
                String::new()
            } else {
                format!(" ({})", printable(&stale.note))
            };
            writeln!(
                out,
                "{WARNING}stale{WARNING:#}: finding {} is {what} but no longer occurs{note}",
                stale.id
            )?;
        }
    }
    Ok(())
}

/// ` (+N more sources)` after a version's first quotation `q` when other sources print it too.
fn more_sources(outcome: &CheckOutcome, q: usize) -> String {
    let aligned = &outcome.aligned;
    let more = aligned
        .version_of
        .get(q)
        .and_then(|&v| aligned.versions.get(v as usize))
        .map_or(0, |v| v.sources.saturating_sub(1));
    match more {
        0 => String::new(),
        1 => format!(" {DIM}(+1 more source){DIM:#}"),
        n => format!(" {DIM}(+{n} more sources){DIM:#}"),
    }
}

/// The closing line: what was checked, the new errors and warnings, what was let stand, and
/// where the reports went.
fn write_summary(out: &mut impl Write, outcome: &CheckOutcome) -> std::io::Result<()> {
    let counts = outcome.findings.counts(&outcome.matches);
    let Counts { errors, warnings, .. } = counts;
    let let_stand = counts.let_stand(|n| n.to_string());
    let let_stand = if let_stand.is_empty() {
        String::new()
    } else {
        format!(" ({})", let_stand.join(", "))
    };
    let (e, w) = (
        if errors > 0 { ERROR } else { Style::new() },
        if warnings > 0 { WARNING } else { Style::new() },
    );
    writeln!(
        out,
        "{}, {}, {}: {e}{}{e:#}, {w}{}{w:#}{let_stand}; reports in {}",
        counted(outcome.sources, "source"),
        counted(outcome.quotes.len(), "quotation"),
        counted(outcome.aligned.clusters.len(), "cluster"),
        counted(errors, "error"),
        counted(warnings, "warning"),
        printable(&outcome.reports.display().to_string()),
    )
}

/// `n thing` or `n things`.
fn counted(n: usize, thing: &str) -> String {
    if n == 1 {
        format!("1 {thing}")
    } else {
        format!("{n} {thing}s")
    }
}

/// Text as it may reach a terminal or a CI log: control characters (which can move the cursor,
/// set the window title, make links or overwrite a line) and bidirectional controls (which can
/// reorder what a line seems to say) are written as escapes (`\n`, `\u{1b}`, `\u{202e}`), so that
/// a file name or a quotation shows what it holds and does nothing else.
pub fn printable(text: &str) -> Cow<'_, str> {
    if !text.chars().any(needs_escape) {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len() + 8);
    for c in text.chars() {
        match c {
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if needs_escape(c) => out.push_str(&format!("\\u{{{:x}}}", u32::from(c))),
            c => out.push(c),
        }
    }
    Cow::Owned(out)
}

/// C0 and C1 controls, DEL, the line and paragraph separators, and the bidirectional controls.
fn needs_escape(c: char) -> bool {
    c.is_control()
        || matches!(
            c,
            '\u{061c}' | '\u{200e}' | '\u{200f}' | '\u{2028}' | '\u{2029}' | '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}'
        )
}

/// The word diff on one line, unchanged stretches shortened to a few words around each change.
fn render_diff(diff: &[DiffPiece]) -> String {
    let mut line = String::new();
    let last = diff.len().saturating_sub(1);
    for (i, piece) in diff.iter().enumerate() {
        if !line.is_empty() {
            line.push(' ');
        }
        match piece {
            DiffPiece::Same(text) => line.push_str(&printable(&shorten(text, i > 0, i < last))),
            // A line break of wrapped text is a space here: the diff stays on one line.
            DiffPiece::Removed(text) => {
                line.push_str(&format!("{REMOVED}[-{}-]{REMOVED:#}", printable(&one_line(text))));
            }
            DiffPiece::Added(text) => {
                line.push_str(&format!("{ADDED}{{+{}+}}{ADDED:#}", printable(&one_line(text))));
            }
        }
    }
    line
}

/// `text` with its white space one space.
fn one_line(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Keeps `CONTEXT_WORDS` words next to a change on each side that has one.
fn shorten(text: &str, after_change: bool, before_change: bool) -> String {
    let words: Vec<&str> = text.split_whitespace().collect();
    if words.len() <= 2 * CONTEXT_WORDS + 1 {
        return words.join(" ");
    }
    match (after_change, before_change) {
        (true, true) => format!(
            "{} … {}",
            words[..CONTEXT_WORDS].join(" "),
            words[words.len() - CONTEXT_WORDS..].join(" ")
        ),
        (true, false) => format!("{} …", words[..CONTEXT_WORDS].join(" ")),
        (false, true) => format!("… {}", words[words.len() - CONTEXT_WORDS..].join(" ")),
        (false, false) => words.join(" "),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn control_and_bidi_characters_reach_a_terminal_as_escapes() {
        assert_eq!(printable("plain name.txt"), "plain name.txt");
        assert!(matches!(printable("Korea’s «ça» ü"), Cow::Borrowed(_)));
        assert_eq!(printable("a\u{1b}]0;title\u{7}b"), "a\\u{1b}]0;title\\u{7}b");
        assert_eq!(printable("line\nfake: ok\r"), "line\\nfake: ok\\r");
        assert_eq!(printable("evil\u{202e}txt.exe"), "evil\\u{202e}txt.exe");
        assert_eq!(printable("\u{9b}31m\u{7f}"), "\\u{9b}31m\\u{7f}");
        assert_eq!(printable("\u{2066}x\u{2069}"), "\\u{2066}x\\u{2069}");
    }

    #[test]
    fn counts_agree_with_their_nouns() {
        assert_eq!(counted(1, "cluster"), "1 cluster");
        assert_eq!(counted(0, "cluster"), "0 clusters");
        assert_eq!(counted(2, "source"), "2 sources");
    }

    #[test]
    fn diff_marks_changes_and_shortens_context() {
        let diff = vec![
            DiffPiece::Same("one two three four five six seven eight nine ten".into()),
            DiffPiece::Removed("understand".into()),
            DiffPiece::Added("realize".into()),
            DiffPiece::Same("that".into()),
        ];
        let plain = anstream::adapter::strip_str(&render_diff(&diff)).to_string();
        assert_eq!(plain, "… seven eight nine ten [-understand-] {+realize+} that");
    }
}
