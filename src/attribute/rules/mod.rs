//! The attribution rules, one a file, listed in the order they are tried.
//!
//! A rule reads the passage around one quotation and finds a `Hit`: the words that name the
//! speaker and the cue that says they spoke. `RULES` are tried in order on each quotation and
//! the first hit wins; then the `CONTINUATION` pass gives quotations without a hit their
//! neighbour's speaker, and `LAST_RESORT` tries the rest once more. `doc/attribution.md`
//! describes each rule under its id, `doc/adding-a-rule.md` walks through adding one.

mod according_to_in_sentence;
mod agent_after_the_quotation;
mod attribution_just_before;
mod continuation;
mod cue_before;
mod cue_in_clause_before;
mod cue_in_introduction;
mod cue_later_in_sentence;
mod cue_right_after;
mod document_label_before;
mod german_as_frame;
mod german_colon_clause;
mod german_document_source;
mod german_in_the_view_of;
mod german_in_their_opinion;
mod german_quoted_medium;
mod german_reporter_pronoun;
mod german_speech_noun_genitive;
mod label_before;
mod name_before_a_bracketed_quotation;
mod named_in_introduction;
mod parenthetical_reporter;
mod possessive_cue_before;
mod reported_speech;
mod subject_of_sentence;
mod subject_of_sentence_before;

use super::doc::Passage;
use super::mentions::Mention;
use crate::types::{Attribution, Via};

/// One way of finding who said a quotation.
pub(super) struct Rule {
    /// Kebab-case name, the heading of the rule in `doc/attribution.md`.
    // The run needs only `find` and `evidence`; the tests check the names and descriptions
    // against the rulebook.
    #[cfg_attr(not(test), allow(dead_code))]
    pub(super) id: &'static str,
    /// One line: what the rule reads.
    #[cfg_attr(not(test), allow(dead_code))]
    pub(super) description: &'static str,
    /// How an attribution found by the rule was found.
    pub(super) evidence: Via,
    /// The speaker's mention and the cue, for the quotation at the given token.
    pub(super) find: fn(&Passage, usize) -> Option<Hit>,
}

/// What a rule finds: the words that name the speaker and the cue that says they spoke (`said`,
/// `according to`, `:`).
#[derive(Debug)]
pub(super) struct Hit {
    /// The words that name the speaker.
    pub(super) mention: Mention,
    /// The cue as the attribution shows it.
    pub(super) cue: String,
}

/// The rules, in the order they are tried; the first that finds a speaker wins.
///
/// Cues before evidence without one; among the cues, the nearer and more specific first. A cue
/// in the quotation's own clause (`… after Putin stated that the deal provides for “…,”`)
/// outranks one after it, which then belongs to the next clause.
pub(super) static RULES: &[Rule] = &[
    label_before::RULE,
    name_before_a_bracketed_quotation::RULE,
    document_label_before::RULE,
    possessive_cue_before::RULE,
    agent_after_the_quotation::RULE,
    parenthetical_reporter::RULE,
    cue_in_clause_before::RULE,
    german_quoted_medium::RULE,
    cue_right_after::RULE,
    german_as_frame::RULE,
    german_in_their_opinion::RULE,
    german_speech_noun_genitive::RULE,
    cue_before::RULE,
    cue_later_in_sentence::RULE,
    cue_in_introduction::RULE,
    attribution_just_before::RULE,
    german_document_source::RULE,
    german_in_the_view_of::RULE,
    german_colon_clause::RULE,
    // The source that frames the whole sentence (`…, Lee said, according to the Gazette`) speaks
    // only where the quotation has no speaker of its own: the words are Lee's, and the same words
    // printed without the frame are the same speaker's.
    according_to_in_sentence::RULE,
    subject_of_sentence::RULE,
    named_in_introduction::RULE,
    subject_of_sentence_before::RULE,
];

/// Tried after the continuation pass on the quotations still without a speaker.
pub(super) static LAST_RESORT: &[Rule] = &[german_reporter_pronoun::RULE, reported_speech::RULE];

/// A step over all the quotations of a passage at once, after the rules.
pub(super) struct Pass {
    /// Kebab-case name, the heading of the pass in `doc/attribution.md`.
    #[cfg_attr(not(test), allow(dead_code))]
    pub(super) id: &'static str,
    /// One line: what the pass does.
    #[cfg_attr(not(test), allow(dead_code))]
    pub(super) description: &'static str,
    /// How an attribution the pass gives was found.
    pub(super) evidence: Via,
    /// Fills in attributions of `found`, which is parallel to the passage's quotations.
    pub(super) run: fn(&Passage, &mut [Option<Attribution>]),
}

/// Quotations without a cue continue the speech of a neighbour.
pub(super) static CONTINUATION: Pass = continuation::PASS;

/// The first of `rules` that finds a speaker for the quotation at token `q`, and its hit.
pub(super) fn first_hit(rules: &'static [Rule], passage: &Passage, q: usize) -> Option<(&'static Rule, Hit)> {
    rules
        .iter()
        .find_map(|rule| (rule.find)(passage, q).map(|hit| (rule, hit)))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every rule and pass in the order they run.
    fn ids() -> Vec<&'static str> {
        let mut ids: Vec<&str> = RULES.iter().map(|r| r.id).collect();
        ids.push(CONTINUATION.id);
        ids.extend(LAST_RESORT.iter().map(|r| r.id));
        ids
    }

    #[test]
    fn ids_are_unique_and_in_kebab_case() {
        let ids = ids();
        for (i, id) in ids.iter().enumerate() {
            assert!(
                !id.is_empty() && id.bytes().all(|b| b.is_ascii_lowercase() || b == b'-'),
                "{id}"
            );
            assert!(!ids[..i].contains(id), "{id} twice");
        }
        let descriptions = RULES
            .iter()
            .map(|r| r.description)
            .chain([CONTINUATION.description]);
        for description in descriptions {
            assert!(
                !description.is_empty() && !description.contains('\n'),
                "{description}"
            );
        }
    }

    #[test]
    fn the_rulebook_describes_every_rule_in_order() {
        let rulebook = include_str!("../../../doc/attribution.md");
        let headings: Vec<&str> = rulebook
            .lines()
            .filter_map(|l| l.strip_prefix("## "))
            .map(|h| h.trim_matches('`'))
            .collect();
        assert_eq!(headings, ids());
    }
}
