//! `--format sarif`: SARIF 2.1.0, which GitHub code scanning and other tools read. One run, one
//! rule a verdict that is a finding, one result a finding: located at the quotation judged, with
//! the quotation it was judged against as a related location. Accepted and baselined findings
//! are results too, with a suppression, so that a tool shows them as dismissed. A test validates
//! the output against the SARIF 2.1.0 schema (`schema/sarif-schema-2.1.0.json`).

use std::io::Write;

use serde_json::{Value, json};

use super::CheckOutcome;
use super::findings::Standing;
use crate::types::{Quote, Verdict};

const SCHEMA: &str = "https://json.schemastore.org/sarif-2.1.0.json";

/// The verdicts that are findings, as SARIF rules: id, level, description.
const RULES: [(Verdict, &str, &str); 3] = [
    (
        Verdict::Reworded,
        "error",
        "A word of the quotation is inserted, deleted, substituted or reordered in another source.",
    ),
    (
        Verdict::Misattributed,
        "error",
        "The same words are given to different speakers in two sources.",
    ),
    (
        Verdict::Variant,
        "warning",
        "Only a contraction, a spelling variant or a house style differs between two sources.",
    ),
];

/// Writes the findings as one SARIF 2.1.0 log, and a line end.
pub(crate) fn write(outcome: &CheckOutcome, out: &mut impl Write) -> std::io::Result<()> {
    let rules: Vec<Value> = RULES
        .iter()
        .map(|(verdict, level, text)| {
            json!({
                "id": verdict.as_str(),
                "name": verdict.as_str(),
                "shortDescription": { "text": text },
                "defaultConfiguration": { "level": level },
            })
        })
        .collect();
    let results: Vec<Value> = outcome
        .findings
        .list
        .iter()
        .map(|f| {
            let m = &outcome.matches[f.pair];
            let rule = RULES.iter().position(|r| r.0 == m.verdict).unwrap_or(0);
            let mut result = json!({
                "ruleId": m.verdict.as_str(),
                "ruleIndex": rule,
                "level": RULES[rule].1,
                "message": { "text": outcome.message(m) },
                "locations": [location(outcome, &outcome.quotes[m.b], None)],
                "relatedLocations": [location(
                    outcome,
                    &outcome.quotes[m.a],
                    Some("the version judged against"),
                )],
                "partialFingerprints": { "kquoteFinding/v1": f.id },
                "properties": {
                    "findingId": f.id,
                    "clusterId": outcome.aligned.clusters[m.cluster].id,
                    "similarity": m.similarity,
                    "changes": m.changes,
                },
            });
            let justification = match f.standing {
                Standing::New => None,
                Standing::Accepted => Some(
                    outcome
                        .findings
                        .accepted_note(&f.id)
                        .filter(|note| !note.is_empty())
                        .unwrap_or("accepted in kquote.toml")
                        .to_string(),
                ),
                Standing::Baselined => Some("recorded in the baseline".to_string()),
            };
            if let Some(justification) = justification {
                result["suppressions"] = json!([{
                    "kind": "external",
                    "status": "accepted",
                    "justification": justification,
                }]);
            }
            result
        })
        .collect();
    let log = json!({
        "$schema": SCHEMA,
        "version": "2.1.0",
        "runs": [{
            "tool": { "driver": {
                "name": "kquote",
                "version": env!("CARGO_PKG_VERSION"),
                "rules": rules,
            }},
            "columnKind": "unicodeCodePoints",
            "results": results,
        }],
    });
    serde_json::to_writer_pretty(&mut *out, &log)?;
    writeln!(out)
}

/// Where a quotation is: its file, relative to the working directory, and its opening mark.
fn location(outcome: &CheckOutcome, quote: &Quote, message: Option<&str>) -> Value {
    let mut location = json!({
        "physicalLocation": {
            "artifactLocation": { "uri": uri(&outcome.shown_path(&quote.source)) },
            "region": { "startLine": quote.line, "startColumn": quote.column },
        },
    });
    if let Some(text) = message {
        location["id"] = json!(1);
        location["message"] = json!({ "text": text });
    }
    location
}

/// A relative path as a URI reference: bytes other than letters, digits, `-._~/` are
/// percent-encoded (a space, `%`, `#`, `?`, and every byte of a character beyond ASCII).
fn uri(path: &str) -> String {
    let mut out = String::with_capacity(path.len());
    for &byte in path.as_bytes() {
        if byte.is_ascii_alphanumeric() || b"-._~/".contains(&byte) {
            out.push(char::from(byte));
        } else {
            out.push_str(&format!("%{byte:02X}"));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_become_uri_references() {
        assert_eq!(uri("articles/2024 fox.txt"), "articles/2024%20fox.txt");
        assert_eq!(uri("a/ü#1?.md"), "a/%C3%BC%231%3F.md");
        assert_eq!(uri("plain-name_1.txt"), "plain-name_1.txt");
    }
}
