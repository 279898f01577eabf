//! Stage 3: attribute each quotation to its speaker.
//!
//! Rules, not a model: a cue (`said`, `told`, `according to`, `sagte`) next to the quotation, in
//! its sentence, or in the sentence that introduces it with a colon; the cue's subject is a name,
//! a pronoun or a description (`the Russian president`), resolved against the people the document
//! names. A quotation without a cue of its own takes the speaker of the quotation it continues.
//!
//! In: a document's text, its paragraphs and quotation spans (from [`crate::extract`]). Out: an
//! [`Attribution`] (speaker, mention, cue, how it was found) or none for each span, and the kind
//! of each quotation ([`kind`]: quote, fragment or term), which depends on its attribution.
//!
//! How it reads: `tokenize` splits the document into a `Passage` of words, punctuation and whole
//! quotations, with its sentences numbered; `entities` gathers the people and institutions it
//! names; the rules of `rules::RULES`, tried in order, each look for a mention and a cue around
//! one quotation (with `mentions`, `cues`, `cue_senses`, `subject` and `verb_second` for what
//! they share); `resolve` turns the mention into a speaker; `kind` and `titles` tell a quote from
//! a fragment or a term. `doc/attribution.md` describes every rule, `doc/adding-a-rule.md` how to
//! add one.

mod cue_senses;
mod cues;
mod doc;
mod entities;
mod grammar;
pub mod kind;
mod lexical;
mod mentions;
mod name_words;
mod named_sources;
mod participle;
mod prepositional_head;
mod quoted_names;
mod resolve;
mod rules;
mod subject;
#[cfg(test)]
mod testing;
mod time_clause;
pub mod titles;
mod tokenize;
mod verb_second;

use crate::extract::{Paragraph, QuoteSpan};
use crate::types::Attribution;
use doc::Passage;
use mentions::MentionKind;
use resolve::SpeakerMention;
use rules::Hit;
use tokenize::lower_in_place;

/// Attributes every quotation of one document; the result is parallel to `spans`.
pub fn attribute(text: &str, paragraphs: &[Paragraph], spans: &[QuoteSpan]) -> Vec<Option<Attribution>> {
    attribute_within(text, paragraphs, spans, MAX_READ)
}

/// How much of a document attribution reads: token positions are 32 bits wide. Quotations
/// further into a larger document are reported without a speaker.
const MAX_READ: usize = u32::MAX as usize;

/// `attribute`, reading no paragraph that ends past byte `max_read`.
fn attribute_within(
    text: &str,
    paragraphs: &[Paragraph],
    spans: &[QuoteSpan],
    max_read: usize,
) -> Vec<Option<Attribution>> {
    let mut found: Vec<Option<Attribution>> = vec![None; spans.len()];
    let paragraphs = &paragraphs[..paragraphs.partition_point(|p| p.end <= max_read)];
    let spans = &spans[..spans.partition_point(|s| s.last_paragraph < paragraphs.len())];
    let Some(last) = spans.last() else {
        return found;
    };
    // Speakers are named before their quotations or right after them: the text past the
    // paragraph that follows the last quotation is never read.
    let read = paragraphs.len().min(last.last_paragraph + 2);
    let lowered = lower_in_place(&text[..paragraphs[..read].last().map_or(0, |p| p.end)]);
    let passage = Passage::new(text, &lowered, &paragraphs[..read], spans);
    // Each resolved speaker at the token of its mention, in document order: what pronouns refer
    // back to.
    let mut speakers: Vec<SpeakerMention> = Vec::new();
    for (q, &tok) in passage.quote_tokens.iter().enumerate() {
        let Some((rule, Hit { mention, cue })) = rules::first_hit(rules::RULES, &passage, tok) else {
            continue;
        };
        let speaker = passage.resolve(&mention, &speakers);
        // A relative pronoun stands for the phrase before it (`Ana Ortiz, who said`); its words
        // are the speaker when they name no one, but no pronoun after it refers to them.
        // (German reads its relative clauses whole, in `verb_second`.)
        let relative = (!passage.profile.verb_second
            && matches!(mention.kind, MentionKind::Pronoun)
            && passage.is_relative_subject(mention.first))
        .then(|| passage.relative_antecedent(mention.first))
        .flatten()
        .map(|a| matches!(a.kind, MentionKind::Name { .. }));
        let named = match mention.kind {
            MentionKind::Name { .. } => true,
            // A relative pronoun right after the name it stands for, or the person who opens
            // the pronoun's sentence, or the only one around.
            MentionKind::Pronoun => {
                relative == Some(true)
                    || passage.opening_person(mention.first).as_deref() == Some(speaker.as_str())
                    || passage.only_person_around(&speaker, mention.first, &speakers)
            }
            MentionKind::Description { .. } => false,
        };
        // A name in another paragraph is no firm evidence: a copy that lost the paragraph
        // between them gives the quotation to whoever spoke last before it.
        let named = named && passage.tokens[mention.first].paragraph == passage.tokens[tok].paragraph;
        if !speaker.is_empty() && relative != Some(false) {
            speakers.push(SpeakerMention {
                at: mention.first,
                speaker: speaker.clone(),
            });
        }
        found[q] = Some(Attribution {
            speaker,
            mention: passage.mention_text(&mention),
            cue,
            via: rule.evidence,
            named,
        });
    }
    (rules::CONTINUATION.run)(&passage, &mut found[..spans.len()]);
    // The last resort, for quotations neither a rule nor a neighbour gave a speaker: what it
    // finds is no firm evidence, and no pronoun refers back to it.
    for (q, &tok) in passage.quote_tokens.iter().enumerate() {
        if found[q].is_none()
            && let Some((rule, Hit { mention, cue })) = rules::first_hit(rules::LAST_RESORT, &passage, tok)
        {
            found[q] = Some(Attribution {
                speaker: passage.resolve(&mention, &speakers),
                mention: passage.mention_text(&mention),
                cue,
                via: rule.evidence,
                named: false,
            });
        }
    }
    found
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::{extract, paragraphs};

    #[test]
    fn quotations_past_the_readable_part_of_a_document_keep_no_speaker() {
        let text = "“We will rebuild the harbour before winter,” Ortiz said.\n\
                    “The bridge comes next,” she added.\n\
                    “And then the school,” Ortiz said.\n";
        let pars = paragraphs(text);
        let spans = extract(text, &pars);
        let speaker = |a: &Option<Attribution>| a.as_ref().map(|a| a.speaker.clone());
        let all: Vec<_> = attribute(text, &pars, &spans).iter().map(speaker).collect();
        assert_eq!(
            all,
            [Some("Ortiz".into()), Some("Ortiz".into()), Some("Ortiz".into())]
        );
        // Read up to the end of the second paragraph only: the third quotation goes unattributed,
        // the first two as before.
        let some: Vec<_> = attribute_within(text, &pars, &spans, pars[1].end)
            .iter()
            .map(speaker)
            .collect();
        assert_eq!(some, [Some("Ortiz".into()), Some("Ortiz".into()), None]);
    }
}
