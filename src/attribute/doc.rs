//! The passage of a document that attribution reads, as the rules share it: tokens with their
//! paragraphs and sentences, the quotations as single tokens, the named entities, and the
//! language profile of the writer's own words; with the moves every rule makes over it (the word
//! at a token, the start of its sentence, past a bracket).

use std::cell::{Cell, OnceCell};

use rustc_hash::FxHashMap;

use super::entities::{Entities, Entity, EntityMention, Holders, TitledMention};
use super::tokenize::{Tokens, narration_lang, title_like_paragraphs, tokenize};
use crate::extract::{Paragraph, QuoteSpan};
use crate::lang::Profile;
use crate::lexicon;

/// Tokens of a sentence read back (or ahead) from a point in it. Sentences are rarely a tenth
/// as long, and a document without sentence ends is not read through for each quotation.
pub(super) const SENTENCE_REACH: usize = 300;
/// Tokens a pronoun may stand after the person or institution it refers to, whatever the
/// paragraphs: ten times a long paragraph.
pub(super) const REFERENCE_REACH: usize = 2_000;

/// What a token is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum TokKind {
    Word,
    Punct(char),
    /// A whole quotation (index into the spans), so that its words never read as context.
    Quote(u32),
}

/// One token; positions are 32 bits wide (`attribute` reads no more than 4 GiB of a document),
/// so that the tokens of a large document take 48 bytes each rather than 72.
#[derive(Debug, Clone)]
pub(super) struct Token<'a> {
    /// A word, a punctuation mark or a whole quotation.
    pub(super) kind: TokKind,
    /// Byte range in the text.
    pub(super) start: u32,
    pub(super) end: u32,
    /// The word in lower case, from the document lowered as a whole (`lower_in_place`).
    pub(super) lower: &'a str,
    /// Whether a word starts with a capital.
    pub(super) capitalized: bool,
    /// Paragraph and sentence numbers, from 0 in document order.
    pub(super) paragraph: u32,
    pub(super) sentence: u32,
}

impl Token<'_> {
    /// The token's byte range in the text.
    pub(super) fn range(&self) -> std::ops::Range<usize> {
        self.start as usize..self.end as usize
    }
}

/// A document split into tokens, with the quotations as single tokens and the named entities:
/// what every rule reads.
pub(super) struct Passage<'a> {
    /// The document's text.
    pub(super) text: &'a str,
    /// Words, punctuation and whole quotations, in document order.
    pub(super) tokens: Vec<Token<'a>>,
    /// The token of each quotation, parallel to the spans.
    pub(super) quote_tokens: Vec<usize>,
    /// The people and institutions the passage names, in the order of their first occurrence.
    pub(super) entities: Vec<Entity<'a>>,
    /// Token positions of every chunk that refers to an entity: an entity's in one stretch, in
    /// document order.
    pub(super) occurrences: Vec<usize>,
    /// For each word of a name, the entities that hold it.
    pub(super) holders: Holders<'a>,
    /// The entities' occurrences merged in document order: what is read back from a quotation
    /// to the latest person, title or subject.
    pub(super) mentions: Vec<EntityMention>,
    /// For each title, the mentions of the entities that have it, in document order; gathered
    /// the first time a description is resolved.
    pub(super) by_title: OnceCell<FxHashMap<&'a str, Vec<TitledMention>>>,
    /// Whether the entity of each name (its words joined, as a speaker carries it) is a person,
    /// gathered the first time `it` is resolved; the first entity of a name decides.
    pub(super) persons: OnceCell<FxHashMap<String, bool>>,
    /// The language of the writer's own words: where the speaker stands to the cue (`erklärte
    /// er`, `sagte der Sprecher`), whether a capital makes a name, how reported speech is marked.
    pub(super) profile: &'static Profile,
    /// Paragraphs in title case (headlines, subheadings), where capitals do not mark names.
    pub(super) title_paragraphs: Vec<bool>,
    /// Whether each token is a cue, told the first time a rule asks (`Passage::is_cue`): the
    /// rules read the same stretch before a quotation again and again.
    pub(super) cues: Vec<Cell<Told>>,
    /// The tokens that open `according to`, in order, gathered the first time a rule asks
    /// (`Passage::according_tos`): one pass over the words rather than one a quotation.
    pub(super) according_tos: OnceCell<Vec<u32>>,
}

/// What is known of a token's answer to a question asked of it more than once.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(super) enum Told {
    NotYet,
    Yes,
    No,
}

impl<'a> Passage<'a> {
    /// The passage of `text` up to the end of `paragraphs`, with `spans` as single tokens;
    /// `lowered` is `text` lowered in place (`lower_in_place`).
    pub(super) fn new(
        text: &'a str,
        lowered: &'a str,
        paragraphs: &[Paragraph],
        spans: &'a [QuoteSpan],
    ) -> Self {
        let Tokens { tokens, quote_tokens } = tokenize(text, lowered, paragraphs, spans);
        let profile = narration_lang(&tokens).profile();
        let title_paragraphs = title_like_paragraphs(text, spans, &tokens, &quote_tokens);
        let cues = vec![Cell::new(Told::NotYet); tokens.len()];
        let mut passage = Passage {
            text,
            tokens,
            quote_tokens,
            entities: Vec::new(),
            occurrences: Vec::new(),
            holders: Holders::default(),
            mentions: Vec::new(),
            by_title: OnceCell::new(),
            persons: OnceCell::new(),
            profile,
            title_paragraphs,
            cues,
            according_tos: OnceCell::new(),
        };
        Entities {
            entities: passage.entities,
            occurrences: passage.occurrences,
            holders: passage.holders,
            mentions: passage.mentions,
        } = passage.find_entities();
        passage
    }

    /// The token at `i` when it is a word.
    pub(super) fn word(&self, i: usize) -> Option<&Token<'_>> {
        self.tokens.get(i).filter(|t| t.kind == TokKind::Word)
    }

    /// A word outside title-case paragraphs, where a mention can be read.
    pub(super) fn mention_word(&self, i: usize) -> Option<&Token<'_>> {
        self.word(i).filter(|t| {
            !self
                .title_paragraphs
                .get(t.paragraph as usize)
                .copied()
                .unwrap_or(false)
        })
    }

    /// The word at `i` in lower case; empty for punctuation, a quotation or past the end.
    pub(super) fn lower(&self, i: usize) -> &'a str {
        self.tokens.get(i).map_or("", |t| t.lower)
    }

    /// Whether `lower` is a preposition of the passage's language: a noun phrase after one is its
    /// object, not a speaker.
    pub(super) fn is_preposition(&self, lower: &str) -> bool {
        (self.profile.preposition)(lower)
    }

    /// Whether `lower` stands between a subject and its verb in the passage's language without
    /// changing who speaks (`has also said`, `hat bereits erklärt`).
    pub(super) fn is_verb_filler(&self, lower: &str) -> bool {
        (self.profile.verb_filler)(lower)
    }

    /// Whether token `i` is one of the punctuation marks `chars`.
    pub(super) fn is_punct(&self, i: usize, chars: &[char]) -> bool {
        matches!(self.tokens.get(i).map(|t| t.kind), Some(TokKind::Punct(c)) if chars.contains(&c))
    }

    /// A comma right before token `i`, maybe inside the closing mark of a quotation
    /// (`needled the “reporter,” saying`).
    pub(super) fn comma_before(&self, i: usize) -> bool {
        i > 0
            && match self.tokens[i - 1].kind {
                TokKind::Punct(c) => c == ',',
                TokKind::Quote(_) => self.text[self.tokens[i - 1].range()]
                    .trim_end_matches(['”', '"', '’', '\''])
                    .ends_with(','),
                TokKind::Word => false,
            }
    }

    /// Whether token `i` opens its sentence.
    pub(super) fn starts_sentence(&self, i: usize) -> bool {
        i == 0 || self.tokens[i - 1].sentence != self.tokens[i].sentence
    }

    /// Whether token `tok` opens its paragraph.
    pub(super) fn opens_paragraph(&self, tok: usize) -> bool {
        tok == 0 || self.tokens[tok - 1].paragraph != self.tokens[tok].paragraph
    }

    /// Whether tokens `a` and `b` are in one sentence.
    pub(super) fn same_sentence(&self, a: usize, b: usize) -> bool {
        self.tokens[a].sentence == self.tokens[b].sentence
    }

    /// The first token of the sentence that token `i` is in, reading back at most
    /// `SENTENCE_REACH` tokens.
    pub(super) fn sentence_start(&self, i: usize) -> usize {
        (i.saturating_sub(SENTENCE_REACH)..=i)
            .rev()
            .take_while(|&j| self.same_sentence(j, i))
            .last()
            .unwrap_or(i)
    }

    /// The last token of the sentence that token `i` is in, reading on at most `SENTENCE_REACH`
    /// tokens.
    pub(super) fn sentence_end(&self, i: usize) -> usize {
        (i..self.tokens.len().min(i + SENTENCE_REACH))
            .take_while(|&j| self.same_sentence(j, i))
            .last()
            .unwrap_or(i)
    }

    /// `sentence_start` of token `i`, when tokens of its sentence come before it.
    pub(super) fn sentence_start_before(&self, i: usize) -> Option<usize> {
        let previous = i.checked_sub(1).filter(|&p| self.same_sentence(p, i))?;
        Some(self.sentence_start(previous))
    }

    /// Whether token `at` is near enough before token `tok` for a pronoun there to refer back
    /// to it: in the same paragraph or one of the `paragraphs` before, and no further back than
    /// `REFERENCE_REACH` tokens (a paragraph that never ends is not read through).
    pub(super) fn near_before(&self, at: usize, tok: usize, paragraphs: u32) -> bool {
        at < tok
            && tok - at <= REFERENCE_REACH
            && self.tokens[tok]
                .paragraph
                .saturating_sub(self.tokens[at].paragraph)
                <= paragraphs
    }

    /// Whether the paragraph ends after token `i`, allowing closing punctuation.
    pub(super) fn ends_paragraph_after(&self, i: usize) -> bool {
        let par = self.tokens[i].paragraph;
        (i + 1..self.tokens.len())
            .take_while(|&j| self.tokens[j].paragraph == par)
            .all(|j| matches!(self.tokens[j].kind, TokKind::Punct(_)))
    }

    /// Skips `(D-Wis.)` after a name.
    pub(super) fn skip_parenthesis(&self, i: usize) -> usize {
        if !self.is_punct(i, &['(']) {
            return i;
        }
        (i + 1..(i + 12).min(self.tokens.len()))
            .find(|&j| self.is_punct(j, &[')']))
            .map_or(i, |j| j + 1)
    }

    /// Read leftwards: the token before `(D-Mo.)` when token `j` closes such a bracket (opened
    /// at `from` or later), else `j` itself.
    pub(super) fn skip_parenthesis_back(&self, j: usize, from: usize) -> Option<usize> {
        if !self.is_punct(j, &[')']) {
            return Some(j);
        }
        match (from..j).rev().take(8).find(|&i| self.is_punct(i, &['('])) {
            Some(paren) => paren.checked_sub(1),
            None => Some(j),
        }
    }

    /// Past up to four words at `i` that `skip` accepts, stopping at a cue.
    pub(super) fn skip_forward(&self, mut i: usize, skip: impl Fn(&str) -> bool) -> usize {
        let limit = i + 4;
        while i < limit && self.word(i).is_some_and(|t| skip(t.lower)) && !self.is_cue(i) {
            i += 1;
        }
        i
    }

    /// Back from token `i` past the words before it that `skip` accepts, at most four and none
    /// before `from`: the first of them, or `i` when there is none.
    pub(super) fn skip_back(&self, mut i: usize, from: usize, skip: impl Fn(&str) -> bool) -> usize {
        let limit = i.saturating_sub(4).max(from);
        while i > limit && self.word(i - 1).is_some_and(|t| skip(t.lower)) {
            i -= 1;
        }
        i
    }

    /// Past the time words at `i` (`on Tuesday`, `last week`).
    pub(super) fn past_time(&self, i: usize) -> usize {
        self.skip_forward(i, lexicon::is_time_word)
    }
}
