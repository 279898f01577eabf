//! What the attribution tests share: the attributions of a text, read as a reader checks them.

use super::attribute;
use crate::extract::{extract, paragraphs};

/// `(speaker, mention, cue)` for each quotation of `text`.
pub(super) fn who(text: &str) -> Vec<(String, String, String)> {
    let pars = paragraphs(text);
    let spans = extract(text, &pars);
    attribute(text, &pars, &spans)
        .into_iter()
        .map(|a| a.map(|a| (a.speaker, a.mention, a.cue)).unwrap_or_default())
        .collect()
}

/// The speaker of each quotation of `text`, empty where there is none.
pub(super) fn speakers(text: &str) -> Vec<String> {
    who(text).into_iter().map(|(s, _, _)| s).collect()
}
