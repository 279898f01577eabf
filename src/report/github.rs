//! `--format github`: GitHub Actions workflow commands, one annotation a new finding
//! (`::error file=…,line=…,col=…,title=…::message`), shown on the pull request's lines.

use std::io::Write;

use super::CheckOutcome;
use crate::types::Severity;

/// Writes one workflow command a new finding.
pub(crate) fn write(outcome: &CheckOutcome, out: &mut impl Write) -> std::io::Result<()> {
    for f in outcome.findings.new_ones() {
        let m = &outcome.matches[f.pair];
        let q = &outcome.quotes[m.b];
        let command = if m.severity() == Severity::Error {
            "error"
        } else {
            "warning"
        };
        writeln!(
            out,
            "::{command} file={},line={},col={},title={}::{}",
            property(&outcome.shown_path(&q.source)),
            q.line,
            q.column,
            property(&format!("kquote {} [{}]", m.verdict.as_str(), f.id)),
            data(&outcome.message(m)),
        )?;
    }
    Ok(())
}

/// A command's message, escaped as the runner reads it back: `%`, CR and LF.
fn data(text: &str) -> String {
    text.replace('%', "%25").replace('\r', "%0D").replace('\n', "%0A")
}

/// A property value, escaped as the runner reads it back: also `:` and `,`.
fn property(text: &str) -> String {
    data(text).replace(':', "%3A").replace(',', "%2C")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn messages_and_properties_are_escaped() {
        assert_eq!(data("50% of\nit"), "50%25 of%0Ait");
        assert_eq!(property("a,b:c.txt"), "a%2Cb%3Ac.txt");
    }
}
