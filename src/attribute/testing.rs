//! What the attribution tests share: the attributions of a text, read as a reader checks them.

use super::attribute;
use super::kind::classify;
use crate::extract::{extract, paragraphs};
use crate::types::QuoteKind;
use crate::words::count_words;

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

/// The kind of each quotation of `text`, as `kind::classify` decides it.
pub(super) fn kinds(text: &str) -> Vec<QuoteKind> {
    let pars = paragraphs(text);
    let spans = extract(text, &pars);
    let atts = attribute(text, &pars, &spans);
    spans
        .iter()
        .zip(&atts)
        .map(|(s, a)| {
            let inner = &text[s.start..s.end];
            classify(text, s, inner, count_words(inner), a.as_ref(), false)
        })
        .collect()
}

/// The kind of the first quotation of `text`.
pub(super) fn kind_of(text: &str) -> QuoteKind {
    kinds(text)[0]
}
