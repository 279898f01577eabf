//! Stage 3: attribute each quotation to its speaker.
//!
//! Rules, not a model: a cue (`said`, `told`, `according to`, `sagte`) next to the quotation, in
//! its sentence, or in the sentence that introduces it with a colon; the cue's subject is a name,
//! a pronoun or a description (`the Russian president`), resolved against the people the document
//! names. A quotation without a cue of its own takes the speaker of the quotation it continues.

use std::hash::BuildHasher;
use std::ops::Range;

use rustc_hash::FxHashMap;

use crate::extract::{Paragraph, QuoteSpan};
use crate::lang::{self, Lang};
use crate::lexicon;
use crate::types::{Attribution, Via};
use crate::words::{ascii_alphanumeric_run, first_non_ascii};

/// Tokens an appositive or a relative clause between a subject and its verb may run over
/// (`Christie, who has campaigned for Trump since he suspended his own campaign in February,
/// blasted`).
const APPOSITIVE_REACH: usize = 24;
/// Sentences read back from a quotation in German indirect speech for the one that names its
/// source.
const REPORTED_SENTENCES: usize = 6;
/// Tokens a pronoun may stand after the person or institution it refers to, whatever the
/// paragraphs: ten times a long paragraph.
const REFERENCE_REACH: usize = 2_000;
/// Tokens of a sentence read back (or ahead) from a point in it. Sentences are rarely a tenth
/// as long, and a document without sentence ends is not read through for each quotation.
const SENTENCE_REACH: usize = 300;

/// Attributes every quotation of one document; the result is parallel to `spans`.
pub fn attribute(text: &str, paragraphs: &[Paragraph], spans: &[QuoteSpan]) -> Vec<Option<Attribution>> {
    attribute_within(text, paragraphs, spans, MAX_READ)
}

/// How much of a document attribution reads: token positions are 32 bits wide. Quotations
/// further into a larger document are reported without a speaker.
const MAX_READ: usize = u32::MAX as usize;

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
    let doc = Parsed::new(text, &lowered, &paragraphs[..read], spans);
    // Token of each resolved speaker's mention, in document order: what pronouns refer back to.
    let mut speakers: Vec<(usize, String)> = Vec::new();
    for (q, &tok) in doc.quote_tokens.iter().enumerate() {
        // A cue in the quotation's own clause (`… after Putin stated that the deal provides for
        // “…,”`) outranks one after it, which then belongs to the next clause.
        let hit = doc
            .label_before(tok)
            .or_else(|| doc.possessive_cue_before(tok))
            .or_else(|| doc.cue_in_clause_before(tok).map(|hit| doc.outer_reporter(hit)))
            .or_else(|| doc.cue_right_after(tok))
            .or_else(|| doc.cue_before(tok).map(|hit| doc.outer_reporter(hit)))
            .or_else(|| doc.cue_later_in_sentence(tok))
            .or_else(|| doc.cue_in_introduction(tok))
            .or_else(|| doc.attribution_just_before(tok))
            .or_else(|| doc.german_document_source(tok))
            .map(|(m, c)| (m, c, Via::Cue))
            .or_else(|| doc.subject_of_sentence(tok).map(|(m, c)| (m, c, Via::Subject)))
            .or_else(|| doc.named_in_introduction(tok).map(|(m, c)| (m, c, Via::Subject)))
            .or_else(|| {
                doc.subject_of_sentence_before(tok)
                    .map(|(m, c)| (m, c, Via::Subject))
            });
        if let Some((mention, cue, via)) = hit {
            let speaker = doc.resolve(&mention, &speakers);
            let named = match mention.kind {
                MentionKind::Name { .. } => true,
                // The person who opens the pronoun's sentence, or the only one around.
                MentionKind::Pronoun => {
                    doc.opening_person(mention.first).as_deref() == Some(speaker.as_str())
                        || doc.only_person_around(&speaker, mention.first, &speakers)
                }
                MentionKind::Description { .. } => false,
            };
            if !speaker.is_empty() {
                speakers.push((mention.first, speaker.clone()));
            }
            found[q] = Some(Attribution {
                speaker,
                mention: doc.mention_text(&mention),
                cue,
                via,
                named,
            });
        }
    }
    inherit_from_neighbours(&doc, &mut found[..spans.len()]);
    for (q, &tok) in doc.quote_tokens.iter().enumerate() {
        if found[q].is_none()
            && let Some((mention, cue)) = doc.reported_speech_source(tok)
        {
            found[q] = Some(Attribution {
                speaker: doc.resolve(&mention, &speakers),
                mention: doc.mention_text(&mention),
                cue,
                via: Via::Subject,
                named: false,
            });
        }
    }
    found
}

/// Quotations without a cue continue the speech of a neighbour: an earlier quotation of the same
/// paragraph, a later one of the same sentence, or the last one of the previous paragraph when
/// the quotation opens its paragraph.
fn inherit_from_neighbours(doc: &Parsed, found: &mut [Option<Attribution>]) {
    let continuation = |a: &Attribution| Attribution {
        via: Via::Continuation,
        ..a.clone()
    };
    let paragraph = |q: usize| doc.tokens[doc.quote_tokens[q]].paragraph;
    let sentence = |q: usize| doc.tokens[doc.quote_tokens[q]].sentence;
    // The nearest neighbours with an attribution are carried along in one pass each way, so that
    // a long run of quotations without a cue is not read again for each of them.
    let mut later_in_sentence = vec![None; found.len()];
    let mut next = None;
    for q in (0..found.len()).rev() {
        later_in_sentence[q] = next.filter(|&n| sentence(n) == sentence(q));
        if found[q].is_some() {
            next = Some(q);
        }
    }
    // The last quotation so far with an attribution, its own or inherited.
    let mut earlier = None;
    for q in 0..found.len() {
        if found[q].is_none() {
            let par = paragraph(q);
            let earlier_in_paragraph = earlier.filter(|&p| paragraph(p) == par);
            let previous_paragraph = q
                .checked_sub(1)
                .filter(|&p| doc.opens_paragraph(doc.quote_tokens[q]) && paragraph(p) + 1 == par);
            let inherited = earlier_in_paragraph
                .or(later_in_sentence[q])
                .or(previous_paragraph)
                .and_then(|n| found[n].as_ref())
                .map(continuation);
            found[q] = inherited;
        }
        if found[q].is_some() {
            earlier = Some(q);
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum TokKind {
    Word,
    Punct(char),
    /// A whole quotation (index into the spans), so that its words never read as context.
    Quote(u32),
}

/// One token; positions are 32 bits wide (`attribute` reads no more than 4 GiB of a document),
/// so that the tokens of a large document take 48 bytes each rather than 72.
#[derive(Debug, Clone)]
struct Token<'a> {
    kind: TokKind,
    /// Byte range in the text.
    start: u32,
    end: u32,
    /// The word in lower case, from the document lowered as a whole (`lower_in_place`).
    lower: &'a str,
    capitalized: bool,
    paragraph: u32,
    sentence: u32,
}

impl Token<'_> {
    fn range(&self) -> std::ops::Range<usize> {
        self.start as usize..self.end as usize
    }
}

/// What the words of a capitalised chunk are, read as a name.
enum NameWords {
    /// Titles only (`the Minister`).
    Title,
    /// The first token after the titles; the words from there are the name.
    Name(usize),
    /// A lone initial or bracketed letter.
    None,
}

/// Who a span of tokens names.
#[derive(Debug, Clone, PartialEq, Eq)]
enum MentionKind {
    /// A proper name; `name` without the titles before it.
    Name {
        name: Vec<String>,
    },
    Pronoun,
    /// `the spokesman`, `a source`: a role noun with a determiner.
    Description {
        role: String,
        definite: bool,
    },
}

#[derive(Debug, Clone, PartialEq, Eq)]
struct Mention {
    kind: MentionKind,
    /// Token range of the words shown as the mention (titles excluded for names).
    first: usize,
    last: usize,
}

/// A person or institution the document names with more than a bare word.
#[derive(Debug)]
struct Entity<'a> {
    name: Vec<&'a str>,
    titles: Vec<&'a str>,
    person: bool,
    /// Where its occurrences are in `Parsed::occurrences`.
    occurrences: Range<usize>,
}

/// For each word of a name, the entities whose names hold it, in order: one list for all the
/// words, each word's entities a stretch of it.
#[derive(Debug, Default)]
struct Holders<'a> {
    stretch: FxHashMap<&'a str, Range<u32>>,
    entities: Vec<u32>,
}

impl<'a> Holders<'a> {
    fn of(names: &[&[&'a str]]) -> Holders<'a> {
        let mut holders = Holders::default();
        // Each word's count first, in the end of its stretch (a word twice in one name counts
        // once, as the entity it was last counted for tells), then each stretch laid out and
        // filled.
        let mut last: FxHashMap<&'a str, u32> =
            FxHashMap::with_capacity_and_hasher(2 * names.len(), Default::default());
        for (k, name) in names.iter().enumerate() {
            for &w in *name {
                if last.insert(w, k as u32) != Some(k as u32) {
                    holders.stretch.entry(w).or_insert(0..0).end += 1;
                }
            }
        }
        let mut end = 0;
        for stretch in holders.stretch.values_mut() {
            let count = stretch.end;
            *stretch = end..end;
            end += count;
        }
        holders.entities = vec![0; end as usize];
        for (k, name) in names.iter().enumerate() {
            for &w in *name {
                if let Some(stretch) = holders.stretch.get_mut(w)
                    && (stretch.start == stretch.end
                        || holders.entities[stretch.end as usize - 1] != k as u32)
                {
                    holders.entities[stretch.end as usize] = k as u32;
                    stretch.end += 1;
                }
            }
        }
        holders
    }

    fn get(&self, word: &str) -> Option<&[u32]> {
        let stretch = self.stretch.get(word)?;
        Some(&self.entities[stretch.start as usize..stretch.end as usize])
    }
}

/// What `find_entities` finds: the entities, their occurrences, the holders of their words, and
/// the mentions.
type Entities<'a> = (
    Vec<Entity<'a>>,
    Vec<usize>,
    Holders<'a>,
    Vec<(usize, usize, bool)>,
);

/// A document split into tokens, with the quotations as single tokens and the named entities.
struct Parsed<'a> {
    text: &'a str,
    tokens: Vec<Token<'a>>,
    quote_tokens: Vec<usize>,
    entities: Vec<Entity<'a>>,
    /// Token positions of every chunk that refers to an entity: an entity's in one stretch, in
    /// document order.
    occurrences: Vec<usize>,
    holders: Holders<'a>,
    /// The entities' occurrences merged in document order, `(token, entity, subject)`: what is
    /// read back from a quotation to the latest person, title or subject.
    mentions: Vec<(usize, usize, bool)>,
    /// For each title, the mentions `(token, entity)` of the entities that have it, in document
    /// order; gathered the first time a description is resolved.
    by_title: std::cell::OnceCell<FxHashMap<&'a str, Vec<(usize, usize)>>>,
    /// Whether the entity of each name (its words joined, as a speaker carries it) is a person,
    /// gathered the first time `it` is resolved; the first entity of a name decides.
    persons: std::cell::OnceCell<FxHashMap<String, bool>>,
    /// German word order puts the speaker after the cue (`erklärte er`, `sagte der Sprecher`),
    /// and German capitalises every noun, so names need more than a capital.
    german: bool,
    /// Paragraphs in title case (headlines, subheadings), where capitals do not mark names.
    title_paragraphs: Vec<bool>,
}

impl<'a> Parsed<'a> {
    fn new(text: &'a str, lowered: &'a str, paragraphs: &[Paragraph], spans: &'a [QuoteSpan]) -> Self {
        let (tokens, quote_tokens) = tokenize(text, lowered, paragraphs, spans);
        let profile = narration_lang(&tokens).profile();
        let title_paragraphs = title_like_paragraphs(text, spans, &tokens, &quote_tokens);
        let mut doc = Parsed {
            text,
            tokens,
            quote_tokens,
            entities: Vec::new(),
            occurrences: Vec::new(),
            holders: Holders::default(),
            mentions: Vec::new(),
            by_title: std::cell::OnceCell::new(),
            persons: std::cell::OnceCell::new(),
            german: profile.lang == Lang::German,
            title_paragraphs,
        };
        (doc.entities, doc.occurrences, doc.holders, doc.mentions) = doc.find_entities();
        doc
    }

    /// The occurrences of entity `e` before token `at`: a document that names someone
    /// thousands of times is not read through for each quotation.
    fn occurrences_before(&self, e: &Entity, at: usize) -> &[usize] {
        let all = &self.occurrences[e.occurrences.clone()];
        &all[..all.partition_point(|&o| o < at)]
    }

    fn word(&self, i: usize) -> Option<&Token<'_>> {
        self.tokens.get(i).filter(|t| t.kind == TokKind::Word)
    }

    /// A word outside title-case paragraphs, where a mention can be read.
    fn mention_word(&self, i: usize) -> Option<&Token<'_>> {
        self.word(i).filter(|t| {
            !self
                .title_paragraphs
                .get(t.paragraph as usize)
                .copied()
                .unwrap_or(false)
        })
    }

    fn lower(&self, i: usize) -> &'a str {
        self.tokens.get(i).map_or("", |t| t.lower)
    }

    fn is_punct(&self, i: usize, chars: &[char]) -> bool {
        matches!(self.tokens.get(i).map(|t| t.kind), Some(TokKind::Punct(c)) if chars.contains(&c))
    }

    /// A cue verb used as a verb: lower case (`the United States` is no cue) and not the noun
    /// after a determiner or preposition (`the claims`, `direct demands from`).
    fn is_cue(&self, i: usize) -> bool {
        let verb = self
            .word(i)
            .is_some_and(|t| lexicon::is_cue_verb(t.lower) && (!t.capitalized || self.starts_sentence(i)))
            && (!lexicon::is_also_plural_noun(self.lower(i)) || self.follows_a_subject(i))
            && !(i > 0
                && self.word(i - 1).is_some_and(|p| {
                    is_determiner(p.lower)
                        || (is_possessive(p.lower) && !lexicon::is_pronoun(base(p.lower)))
                        || (lexicon::is_preposition(p.lower) && !self.by_gerund(i))
                }));
        (verb && !self.names_a_thing(i)) || self.is_according_to(i)
    }

    /// `a charity called “Smiles for Life”`: a verb of naming right after a common noun and
    /// right before the quotation names a thing; nobody speaks.
    fn names_a_thing(&self, i: usize) -> bool {
        matches!(
            self.lower(i),
            "called" | "named" | "dubbed" | "titled" | "entitled"
        ) && matches!(self.tokens.get(i + 1).map(|t| t.kind), Some(TokKind::Quote(_)))
            && i > 0
            && self.word(i - 1).is_some_and(|p| {
                !p.capitalized && !lexicon::is_pronoun(p.lower) && !lexicon::is_role_noun(base(p.lower))
            })
    }

    /// `by saying`, `by telling`: the gerund of a cue after `by` says how the sentence's subject
    /// did something, in words.
    fn by_gerund(&self, i: usize) -> bool {
        i > 0 && self.lower(i - 1) == "by" && self.lower(i).ends_with("ing")
    }

    /// Whether the word before `i` can be a subject: a name, pronoun or role noun
    /// (`CBS News reports`, but not `member states`, `direct demands`); or the verb follows a
    /// quotation, with its subject after it (`“…,” reads the letter`).
    fn follows_a_subject(&self, i: usize) -> bool {
        let quote_at = |j: usize| matches!(self.tokens[j].kind, TokKind::Quote(_));
        let after_quote = i > 0
            && self.tokens[i - 1].kind != TokKind::Word
            && (quote_at(i - 1) || (i > 1 && quote_at(i - 2)))
            && self
                .word(i + 1)
                .is_some_and(|t| is_determiner(t.lower) || t.capitalized);
        after_quote
            || i > 0
                && self.word(i - 1).is_some_and(|p| {
                    p.capitalized
                        || lexicon::is_pronoun(p.lower)
                        || lexicon::is_role_noun(base(p.lower))
                        || lexicon::is_document_noun(base(p.lower))
                })
    }

    /// German `In der Erklärung heißt es: „…“`, `Darin steht: „…“`: the words come from a
    /// document, named in the quotation's sentence or, after `darin` or `dort`, in the one before.
    fn german_document_source(&self, q: usize) -> Option<(Mention, String)> {
        if !self.german {
            return None;
        }
        let start = self.sentence_start(q);
        let verb = (start..q).find(|&i| matches!(self.lower(i), "heißt" | "hieß" | "steht" | "stand"))?;
        let document_in = |from: usize, to: usize| {
            (from..to)
                .rev()
                .filter(|&i| is_determiner(self.lower(i)))
                .filter_map(|i| self.german_noun_phrase(i))
                .find(|m| {
                    matches!(&m.kind, MentionKind::Description { role, .. }
                        if lexicon::is_german_document_noun(role))
                })
        };
        let named = document_in(start, q).or_else(|| {
            let back = (start..verb).any(|i| matches!(self.lower(i), "darin" | "dort" | "hierin"));
            let previous = self.sentence_start(start.checked_sub(1)?);
            back.then(|| document_in(previous, start)).flatten()
        })?;
        Some((named, self.cue_text(verb)))
    }

    /// `Clinton: “…”`, `Sen. Ortiz: “…”`: a name alone before a colon, opening its sentence,
    /// labels the words that follow as a transcript does. Not in a headline (`Santorum: ‘Phony
    /// theology’`), which names its subject that way whether or not the words are theirs.
    fn label_before(&self, q: usize) -> Option<(Mention, String)> {
        if q < 2 || !self.is_punct(q - 1, &[':']) || self.tokens[q].paragraph == 0 {
            return None;
        }
        let m = self.mention_ending_at(q - 2)?;
        let start = self.sentence_start(q);
        (matches!(m.kind, MentionKind::Name { .. })
            && !is_possessive(self.tokens[m.last].lower)
            && (start..m.first).all(|i| is_title_word(self.lower(i))))
        .then(|| (m, ":".to_string()))
    }

    /// A comma right before token `i`, maybe inside the closing mark of a quotation
    /// (`needled the “reporter,” saying`).
    fn comma_before(&self, i: usize) -> bool {
        i > 0
            && match self.tokens[i - 1].kind {
                TokKind::Punct(c) => c == ',',
                TokKind::Quote(_) => self.text[self.tokens[i - 1].range()]
                    .trim_end_matches(['”', '"', '’', '\''])
                    .ends_with(','),
                TokKind::Word => false,
            }
    }

    fn starts_sentence(&self, i: usize) -> bool {
        i == 0 || self.tokens[i - 1].sentence != self.tokens[i].sentence
    }

    /// `according to X` and German `laut X`: the speaker follows the cue.
    fn is_according_to(&self, i: usize) -> bool {
        (self.lower(i) == "according" && self.lower(i + 1) == "to")
            || self.lower(i) == "laut"
            || (self.german && self.lower(i) == "nach" && lexicon::is_german_account(self.lower(i + 1)))
    }

    /// The source named by `according to X`, `laut X` or `nach Angaben X` at token `i`.
    fn according_to_source(&self, i: usize) -> Option<Mention> {
        let skip = if self.lower(i) == "laut" { 1 } else { 2 };
        self.mention_starting_at(i + skip)
    }

    fn cue_text(&self, i: usize) -> String {
        match self.lower(i) {
            "according" => "according to".to_string(),
            "nach" => format!("nach {}", self.lower(i + 1)),
            other => other.to_string(),
        }
    }

    /// A quotation that opens its sentence with no cue anywhere, after a sentence that its
    /// subject opens, is that subject's, when no quotation stands between them in the paragraph
    /// of that sentence (`Tiegen was also troubled by the emails. ¶ “Her lack of respect …”`,
    /// `Die SPD will am Kurs festhalten. „Wir wollen …“`).
    fn subject_of_sentence_before(&self, tok: usize) -> Option<(Mention, String)> {
        if tok == 0 || !self.starts_sentence(tok) {
            return None;
        }
        let last = tok - 1;
        let par = self.tokens[last].paragraph;
        let quoted = (0..=last)
            .rev()
            .take_while(|&i| self.tokens[i].paragraph == par)
            .any(|i| matches!(self.tokens[i].kind, TokKind::Quote(_)));
        if quoted || self.tokens[tok].paragraph > par + 1 {
            return None;
        }
        self.subject_of_sentence(last)
    }

    /// The source of the German indirect speech that a quotation's sentence continues: the
    /// speech runs on in the subjunctive over sentences after the one that names its source
    /// (`…, schreibt der Verband auf seiner Website. Betroffenen werde verweigert, … ¶ Die
    /// Klauseln seien „alarmierend“.`), past an aside in the indicative, into the next paragraph
    /// at most.
    fn reported_speech_source(&self, q: usize) -> Option<(Mention, String)> {
        if !self.german {
            return None;
        }
        let subjunctive = |from: usize, to: usize| {
            (from..to).any(|i| {
                self.word(i)
                    .is_some_and(|t| lexicon::is_german_subjunctive(t.lower))
            })
        };
        let start = self.sentence_start(q);
        let reach = self.tokens.len().min(q + SENTENCE_REACH);
        let end = (q..reach).find(|&i| !self.same_sentence(i, q)).unwrap_or(reach);
        if !subjunctive(start, end) || q - start >= SENTENCE_REACH {
            return None;
        }
        let paragraph = self.tokens[q].paragraph;
        let (mut end, mut asides) = (start, 0);
        for _ in 0..REPORTED_SENTENCES {
            let Some(last) = end.checked_sub(1) else {
                break;
            };
            let first = self.sentence_start(last);
            // Past the paragraph before, or a run of words longer than any sentence.
            if self.tokens[first].paragraph + 1 < paragraph || last - first >= SENTENCE_REACH {
                break;
            }
            // `…, schreibt der Verband`: after the words it reports, the cue comes first and its
            // subject after it.
            let inverted = (first + 1..end)
                .rev()
                .filter(|&k| self.is_cue(k) && self.is_punct(k - 1, &[',']))
                .find_map(|k| Some((self.german_subject_after(k, end)?, self.cue_text(k))));
            if let Some(hit) = inverted.or_else(|| self.cue_in_range(first, end)) {
                return Some(hit);
            }
            if !subjunctive(first, end) {
                asides += 1;
                if asides > 1 {
                    break;
                }
            }
            end = first;
        }
        None
    }

    /// Whether token `at` is near enough before token `tok` for a pronoun there to refer back
    /// to it: in the same paragraph or one of the `paragraphs` before, and no further back than
    /// `REFERENCE_REACH` tokens (a paragraph that never ends is not read through).
    fn near_before(&self, at: usize, tok: usize, paragraphs: u32) -> bool {
        at < tok
            && tok - at <= REFERENCE_REACH
            && self.tokens[tok]
                .paragraph
                .saturating_sub(self.tokens[at].paragraph)
                <= paragraphs
    }

    fn opens_paragraph(&self, tok: usize) -> bool {
        tok == 0 || self.tokens[tok - 1].paragraph != self.tokens[tok].paragraph
    }

    fn same_sentence(&self, a: usize, b: usize) -> bool {
        self.tokens[a].sentence == self.tokens[b].sentence
    }

    /// `…,” Ryder said`, `…,” said Ryder`, `…,” according to X`, `…“, so Merkel`.
    fn cue_right_after(&self, q: usize) -> Option<(Mention, String)> {
        let mut i = q + 1;
        let mut dash = false;
        while self.is_punct(i, &[',', '.', '!', '?', '—', '–', '-', '―']) && i < q + 3 {
            dash |= self.is_punct(i, &['—', '–', '―']);
            i += 1;
        }
        self.word(i)?;
        if self.tokens[i].paragraph != self.tokens[q].paragraph {
            return None;
        }
        // `“…,” when Clinton blasted him`: a conjunction opens another clause, with a subject of
        // its own (`“…,” as Trump said` still attributes).
        if matches!(
            self.lower(i),
            "when"
                | "while"
                | "after"
                | "before"
                | "because"
                | "if"
                | "since"
                | "although"
                | "though"
                | "until"
                | "unless"
        ) {
            return None;
        }
        if dash
            && let Some(m) = self.mention_starting_at(i)
            && matches!(m.kind, MentionKind::Name { .. })
            && self.ends_paragraph_after(m.last)
        {
            // A signature: `“…” ― Sonya Herridge`.
            return Some((m, "—".to_string()));
        }
        if !self.same_sentence(q, i) {
            // `“… in history.” He said the …`, `„…“. Laut der Agentur …`: a new sentence, unless
            // it only says who and where (`X said.`, `X told Ana Ortiz in an interview.`).
            let m = self.mention_starting_at(i).or_else(|| self.bare_description(i))?;
            let cue = m.last + 1;
            return (self.is_cue(cue) && self.only_circumstances_after(cue)).then(|| (m, self.cue_text(cue)));
        }
        if self.is_according_to(i) {
            return self.according_to_source(i).map(|m| (m, self.cue_text(i)));
        }
        if self.lower(i) == "so" && !self.tokens[i].capitalized {
            // German `„…“, so der Sprecher.`
            if let Some(m) = self
                .mention_starting_at(i + 1)
                .filter(|m| !matches!(m.kind, MentionKind::Pronoun))
            {
                return Some((m, "so".to_string()));
            }
            // `„…“, so beschrieb ihn der Gewerkschafter`: a cue, its object pronoun, the subject;
            // not a name (`„Wikiasari“, so heißt das Projekt`).
            if self.is_cue(i + 1)
                && !matches!(
                    self.lower(i + 1),
                    "heißt" | "hieß" | "heißen" | "lautet" | "lautete"
                )
            {
                let mut k = i + 1;
                while matches!(
                    self.lower(k + 1),
                    "ihn" | "ihm" | "ihnen" | "uns" | "mich" | "mir" | "dich" | "dir" | "euch"
                ) {
                    k += 1;
                }
                if let Some(m) = self.german_subject_after(k, self.tokens.len()) {
                    return Some((m, self.cue_text(i + 1)));
                }
            }
        }
        if self.is_cue(i) {
            let j = self.skip_forward(i + 1, |l| {
                lexicon::is_time_word(l) || l == "to" || l == "reporters"
            });
            if let Some(m) = self.mention_starting_at(j).or_else(|| self.bare_description(j)) {
                return Some((m, self.cue_text(i)));
            }
        }
        let m = self.mention_starting_at(i).or_else(|| self.bare_description(i))?;
        let cue = self.verb_after_subject(m.last + 1)?;
        Some((m, self.cue_text(cue)))
    }

    /// The cue verb that follows a subject ending just before `i`, allowing fillers and one
    /// appositive (`Ryder, press secretary for the Department of Defense, said`).
    fn verb_after_subject(&self, mut i: usize) -> Option<usize> {
        i = self.skip_parenthesis(i);
        if self.is_punct(i, &[',']) {
            let close = (i + 1..(i + 16).min(self.tokens.len())).find(|&j| self.is_punct(j, &[',']))?;
            if (i + 1..close).any(|j| self.word(j).is_none()) {
                return None;
            }
            i = close + 1;
        }
        let i = self.skip_forward(i, lexicon::is_verb_filler);
        if self.is_cue(i) {
            return Some(i);
        }
        // A short prepositional phrase: `a narrator in the Clinton ad asks`.
        if self.word(i).is_some_and(|t| lexicon::is_preposition(t.lower)) {
            return (i + 1..i + 6)
                .take_while(|&j| self.word(j).is_some())
                .find(|&j| self.is_cue(j));
        }
        None
    }

    /// Skips `(D-Wis.)` after a name.
    fn skip_parenthesis(&self, i: usize) -> usize {
        if !self.is_punct(i, &['(']) {
            return i;
        }
        (i + 1..(i + 12).min(self.tokens.len()))
            .find(|&j| self.is_punct(j, &[')']))
            .map_or(i, |j| j + 1)
    }

    /// Read leftwards: the token before `(D-Mo.)` when token `j` closes such a bracket (opened
    /// at `from` or later), else `j` itself.
    fn skip_parenthesis_back(&self, j: usize, from: usize) -> Option<usize> {
        if !self.is_punct(j, &[')']) {
            return Some(j);
        }
        match (from..j).rev().take(8).find(|&i| self.is_punct(i, &['('])) {
            Some(paren) => paren.checked_sub(1),
            None => Some(j),
        }
    }

    /// Whether the cue at `k` reports no words of its own: its clause goes on with no more than
    /// a time, the person told and a prepositional phrase (`said Monday.`, `told Ana Ortiz in an
    /// interview`), not with reported speech (`said the plan would fail`).
    fn only_circumstances_after(&self, k: usize) -> bool {
        if self.german {
            return self.is_punct(k + 1, &['.', ',']);
        }
        // Time words include prepositions (`on Monday`, `in March`): either ends the clause.
        let circumstance = |j: usize| {
            self.is_punct(j, &['.', ','])
                || self
                    .word(j)
                    .is_some_and(|t| lexicon::is_preposition(t.lower) || lexicon::is_time_word(t.lower))
        };
        if circumstance(k + 1) {
            return true;
        }
        let object_end = if matches!(
            self.lower(k + 1),
            "him" | "her" | "them" | "us" | "me" | "reporters"
        ) {
            Some(k + 1)
        } else {
            self.mention_starting_at(k + 1)
                .filter(|m| matches!(m.kind, MentionKind::Name { .. }))
                .map(|m| m.last)
        };
        object_end.is_some_and(|j| circumstance(j + 1))
    }

    /// Whether the paragraph ends after token `i`, allowing closing punctuation.
    fn ends_paragraph_after(&self, i: usize) -> bool {
        let par = self.tokens[i].paragraph;
        (i + 1..self.tokens.len())
            .take_while(|&j| self.tokens[j].paragraph == par)
            .all(|j| matches!(self.tokens[j].kind, TokKind::Punct(_)))
    }

    fn skip_forward(&self, mut i: usize, skip: impl Fn(&str) -> bool) -> usize {
        let limit = i + 4;
        while i < limit && self.word(i).is_some_and(|t| skip(t.lower)) && !self.is_cue(i) {
            i += 1;
        }
        i
    }

    /// A cue earlier in the quotation's sentence: `Putin said Seoul would be making “…`.
    fn cue_before(&self, q: usize) -> Option<(Mention, String)> {
        let first = self.sentence_start_before(q)?;
        self.cue_in_range(first, q)
    }

    /// Cues in tokens `[from, to)`, nearest to `to` first; the first one with a speaker wins, and
    /// failing that, the nearest name before the nearest cue.
    fn cue_in_range(&self, from: usize, to: usize) -> Option<(Mention, String)> {
        let cues: Vec<usize> = (from..to).rev().filter(|&i| self.is_cue(i)).collect();
        for &k in &cues {
            if self.is_according_to(k) {
                if let Some(m) = self.according_to_source(k).filter(|m| m.last < to) {
                    return Some((m, self.cue_text(k)));
                }
                continue;
            }
            if self.german {
                match self.german_speaker(k, from, to) {
                    Some(m) => return Some((m, self.cue_text(k))),
                    None => continue,
                }
            }
            if k > from
                && ((self.lower(k).ends_with("ing") && self.comma_before(k))
                    || matches!(self.lower(k - 1), "and" | "but")
                    || self.by_gerund(k))
                && let Some((m, _)) = self.subject_of_sentence(to)
            {
                // `Trump attacked Clinton …, saying “…”`, `Carson took the stage in Baltimore and
                // called …`: the participle's or second verb's subject is the sentence's.
                return Some((m, self.cue_text(k)));
            }
            if self.lower(k).ends_with("ing")
                && k > from
                && let Some(m) = self.mention_ending_at(k - 1)
                && matches!(m.kind, MentionKind::Name { .. })
                && m.first >= from
            {
                // `footage of Hillary Clinton asking, “…”`: the name right before a participle
                // says it, even as the object of a preposition.
                return Some((m, self.cue_text(k)));
            }
            if !self.is_passive(k)
                && let Some(m) = self.subject_before(k, from)
            {
                return Some((m, self.cue_text(k)));
            }
            let j = self.skip_forward(k + 1, lexicon::is_time_word);
            if let Some(m) = self.mention_starting_at(j).filter(|m| m.last < to)
                && self.is_punct(m.last + 1, &[':', ','])
            {
                return Some((m, self.cue_text(k)));
            }
        }
        if self.german {
            return None;
        }
        let &k = cues.iter().find(|&&k| !self.is_according_to(k))?;
        let skip_adjacent = self.is_passive(k);
        let mut i = k;
        while i > from {
            i -= 1;
            let Some(m) = self.mention_ending_at(i) else {
                continue;
            };
            // A passive cue's subject is what was said about, whether right before the verb
            // (`South Korea was warned`) or opening the sentence (`Family bills paid with
            // campaign funds were labeled as …`).
            if (skip_adjacent && (self.adjacent_subject(m.last, k) || self.starts_sentence(m.first)))
                || !self.is_subject(&m)
                || self.is_document(&m)
            {
                i = m.first;
                continue;
            }
            return Some((m, self.cue_text(k)));
        }
        None
    }

    /// The speaker of a German cue at `k`, in the clause `from..to`.
    ///
    /// The subject is before the cue when it opens the clause (`Er fuhr fort:`), or stands in
    /// apposition right before it (`Der Vorsitzende, Michael Knipper, kritisierte`); after it
    /// otherwise (`Dazu erklärte er:`), unless what follows is the object (`kritisierte die
    /// Entscheidung`). `zitieren` turns this around: `X zitiert Y mit den Worten` quotes Y, and
    /// `Y wird mit den Worten zitiert` too.
    fn german_speaker(&self, k: usize, from: usize, to: usize) -> Option<Mention> {
        let passive = self.is_passive(k);
        if self.lower(k).starts_with("zitier") {
            return if passive {
                // The clause's subject, past `mit den Worten` and `in einer Erklärung`.
                self.mention_starting_at(from).filter(|m| !self.german_object(m))
            } else {
                self.german_subject_after(k, to)
            };
        }
        let clause_start = (from..k)
            .rev()
            .find(|&j| matches!(self.tokens[j].kind, TokKind::Punct(',' | ':' | ';')))
            .map_or(from, |j| j + 1);
        let before = self
            .subject_before(k, from)
            .filter(|m| !passive && !self.german_object(m));
        let appositive = |m: &Mention| {
            matches!(m.kind, MentionKind::Name { .. }) && m.first > from && self.is_punct(m.first - 1, &[','])
        };
        // Verb second: what stands before the verb is one phrase, the subject unless it is an
        // adverb or a prepositional phrase (`Dazu erklärte`, `In Berlin sagte`).
        let opener = self.lower(clause_start);
        // A subordinate clause puts its subject right after the conjunction and its verb last
        // (`indem sie den Aufsichtsrat zum Handeln aufforderte`).
        if lexicon::is_german_subordinator(opener) {
            return self
                .mention_starting_at(clause_start + 1)
                .filter(|m| m.last < k && !self.german_object(m));
        }
        let subject_first = !lexicon::is_preposition(opener)
            && !lexicon::is_german_preposition(opener)
            && !lexicon::is_german_adverb(opener);
        // A genitive before the verb belongs to the subject before it (`Die Autoren der Studie
        // werfen … vor`), unless the subject follows the verb (`Die Pläne der Regierung
        // bezeichnete er als …`).
        if subject_first
            && !passive
            && let Some(head) = self.mention_starting_at(clause_start)
            && head.last + 1 < k
            && self.skip_german_genitive(head.last + 1) == k
            && !self.german_object(&head)
            && !self.german_subject_after(k, to).is_some_and(|m| {
                matches!(m.kind, MentionKind::Pronoun) || matches!(self.lower(m.first), "der" | "ein")
            })
        {
            return Some(head);
        }
        let whole_phrase = |m: &Mention| m.last + 1 == k && subject_first;
        // A verb right after a comma follows an appositive that closes the subject (`Wolfgang
        // Wieland, Sprecher für Innere Sicherheit, sprach`).
        let after_appositive = clause_start == k;
        if let Some(m) = before.as_ref().filter(|m| {
            m.first == clause_start || m.first == from || appositive(m) || whole_phrase(m) || after_appositive
        }) {
            return Some(m.clone());
        }
        // The perfect puts the participle last and the auxiliary second (`Der Vater habe darin
        // geschrieben`): the phrase before the auxiliary is the subject.
        if subject_first
            && !passive
            && let Some(m) = self.mention_starting_at(clause_start).filter(|m| {
                m.last + 1 < k
                    && lexicon::is_german_auxiliary(self.lower(m.last + 1))
                    && !self.german_object(m)
            })
        {
            return Some(m);
        }
        // Else the phrase before the verb opens with its subject, however long its attributes
        // (`Sascha Kempf vom Max-Planck-Institut für Kernphysik in Heidelberg erläutert`).
        if subject_first
            && !passive
            && let Some(m) = self.mention_starting_at(clause_start).filter(|m| {
                matches!(m.kind, MentionKind::Name { .. }) && m.last < k && !self.german_object(m)
            })
        {
            return Some(m);
        }
        // A verb of naming takes its object right after it (`nannte sie „reine Spekulation“`):
        // the speaker is the subject that opens the sentence (`Die CCE … und nannte sie …`).
        if lexicon::is_german_naming_verb(self.lower(k)) {
            // … unless the sentence opens with the object and a nominative pronoun follows the
            // verb (`Die Bestrebungen … bezeichnete er als „…“`).
            let nominative = self.german_subject_after(k, to).filter(|m| {
                matches!(m.kind, MentionKind::Pronoun) && matches!(self.lower(m.first), "er" | "ich" | "wir")
            });
            return nominative.or_else(|| self.mention_starting_at(from).filter(|m| !self.german_object(m)));
        }
        self.german_subject_after(k, to)
            .filter(|m| !self.german_object(m))
    }

    /// A noun phrase after a German verb that reads as its object: an accusative article
    /// (`den Vorgang`, `einen Brief`), or an abstract or inanimate head noun (`die Entscheidung`,
    /// `die Bezeichnung`, `der Zeitung`).
    fn german_object(&self, m: &Mention) -> bool {
        let head = self.lower(m.last);
        let abstract_noun = ["ung", "heit", "keit", "tion", "nis", "tät", "ismus", "schaft"]
            .iter()
            .any(|suffix| head.ends_with(suffix));
        match m.kind {
            MentionKind::Pronoun => false,
            MentionKind::Name { .. } => lexicon::is_not_person_word(head),
            MentionKind::Description { .. } => {
                matches!(self.lower(m.first), "den" | "einen")
                    || abstract_noun
                    || lexicon::is_not_person_word(head)
                    || lexicon::is_document_noun(head)
                    || lexicon::is_speech_noun(head)
            }
        }
    }

    /// German inversion: the subject right after the cue (`erklärte er:`, `sagte Filep Karma:`,
    /// `begründete der brasilianische Präsident seine Position`), past a few adverbs.
    fn german_subject_after(&self, k: usize, to: usize) -> Option<Mention> {
        let mut j = k + 1;
        while j < k + 4
            && self
                .word(j)
                .is_some_and(|t| !t.capitalized && lexicon::is_german_adverb(t.lower))
        {
            j += 1;
        }
        self.mention_starting_at(j).filter(|m| m.last < to)
    }

    /// A cue after the quotation in the same sentence, before any other quotation:
    /// `“…” was how Smith put it`, `… “agreed to …,” according to the Presidential Office`.
    fn cue_later_in_sentence(&self, q: usize) -> Option<(Mention, String)> {
        let end = (q + 1..self.tokens.len())
            .take(SENTENCE_REACH)
            .take_while(|&i| self.same_sentence(i, q) && !matches!(self.tokens[i].kind, TokKind::Quote(_)))
            .last()?;
        for k in (q + 1..=end).filter(|&i| self.is_cue(i)) {
            if self.is_according_to(k) {
                if let Some(m) = self.according_to_source(k) {
                    return Some((m, self.cue_text(k)));
                }
            } else if let Some(m) = self
                .subject_before(k, q + 1)
                .or_else(|| {
                    // German puts the participle last, after the words it reports (`Die Zeitung
                    // hatte den Auftrag als „…“ bezeichnet`): the subject opens the sentence.
                    self.german
                        .then(|| self.german_speaker(k, self.sentence_start(q), end + 1))
                        .flatten()
                        .filter(|m| m.last < q)
                })
                .or_else(|| self.inverted_subject(k))
            {
                return Some((m, self.cue_text(k)));
            }
        }
        None
    }

    /// `…, in sharp contrast to past races, said Dan Osei, a pollster.`: a cue after a comma with
    /// its subject after it, where the subject ends the sentence or an appositive follows.
    fn inverted_subject(&self, k: usize) -> Option<Mention> {
        if self.german || !self.comma_before(k) {
            return None;
        }
        let j = self.skip_forward(k + 1, lexicon::is_time_word);
        let m = self
            .mention_starting_at(j)
            .or_else(|| self.bare_description(j))
            .filter(|m| !matches!(m.kind, MentionKind::Pronoun))?;
        let after = m.last + 1;
        (after >= self.tokens.len()
            || !self.same_sentence(after, k)
            || self.is_punct(after, &[',', '.', '!', '?']))
        .then_some(m)
    }

    /// A quotation that opens its paragraph after a sentence ending in a colon (a statement set
    /// off as its own paragraph) is introduced by that sentence.
    fn cue_in_introduction(&self, q: usize) -> Option<(Mention, String)> {
        let colon = (0..q).next_back()?;
        if !self.is_punct(colon, &[':']) {
            return None;
        }
        let first = self.sentence_start_before(colon)?;
        self.cue_in_range(first, colon)
    }

    /// A quotation introduced by a colon with no cue (`Politico reveals a few facts: “…”`,
    /// `The timing does not surprise pollster Dan Osei: “…”`): the name that opens the sentence,
    /// else the last name before the colon that is not the object of a preposition or a
    /// possessive.
    fn named_in_introduction(&self, q: usize) -> Option<(Mention, String)> {
        let colon = q.checked_sub(1).filter(|&c| self.is_punct(c, &[':']))?;
        let first = self.sentence_start_before(colon)?;
        // A label is no introduction (`[1] Source: “…”`, `Update: “…”`).
        if (first..colon).filter(|&i| self.word(i).is_some()).count() < 3 {
            return None;
        }
        let usable = |m: &Mention| {
            // A lone capital opening the sentence is a name only when the document names it
            // elsewhere too (`Politico`, not `Nothing`).
            let lone_opener = m.first == first && m.first == m.last && !self.named_elsewhere(m.first);
            matches!(m.kind, MentionKind::Name { .. })
                && m.first >= first
                && self.is_subject(m)
                && !self.is_document(m)
                && !lone_opener
        };
        // The sentence's subject first (`Hoff, who …, proposes language in the GOP platform:`).
        if let Some(m) = self
            .mention_starting_at(first)
            .filter(|m| usable(m) && m.last < colon)
        {
            return Some((m, ":".to_string()));
        }
        let mut i = colon;
        while i > first {
            i -= 1;
            let Some(m) = self.mention_ending_at(i) else {
                continue;
            };
            if usable(&m) {
                return Some((m, ":".to_string()));
            }
            i = m.first;
        }
        None
    }

    /// Whether the entity named at token `at` is named at another place of the document too.
    fn named_elsewhere(&self, at: usize) -> bool {
        self.mentions
            .binary_search_by_key(&at, |m| m.0)
            .is_ok_and(|i| self.entities[self.mentions[i].1].occurrences.len() > 1)
    }

    /// A quotation that opens a sentence with no cue of its own, right after a sentence that
    /// ends with an attribution (`…, Schiff said. “The other factor …”`), or that opens a
    /// paragraph after one that does.
    fn attribution_just_before(&self, q: usize) -> Option<(Mention, String)> {
        let prev = q.checked_sub(1)?;
        if !self.is_punct(prev, &['.']) {
            return None;
        }
        // `X said.` or `said X.` closing the previous sentence.
        let last = prev.checked_sub(1)?;
        if self.tokens[last].paragraph != self.tokens[q].paragraph {
            // A paragraph of reported speech, then the statement itself: `Carter said that the
            // U.S. would not leave.¶“That’s because …”`.
            if !self.german
                && self.tokens[last].paragraph + 1 == self.tokens[q].paragraph
                && self.opens_paragraph(q)
            {
                return self.cue_in_range(self.sentence_start(last), prev);
            }
            return None;
        }
        if self.is_cue(last) && !self.is_according_to(last) {
            let m = self.subject_before(last, self.sentence_start(last))?;
            return Some((m, self.cue_text(last)));
        }
        if let Some(m) = self.mention_ending_at(last)
            && let Some(cue) = m
                .first
                .checked_sub(1)
                .filter(|&c| self.is_cue(c) && !self.is_according_to(c))
        {
            // `Akin told KTVI.`: a subject before the cue speaks, the name after it listens.
            let speaker = self.subject_before(cue, self.sentence_start(cue)).unwrap_or(m);
            return Some((speaker, self.cue_text(cue)));
        }
        // A cue anywhere in the previous sentence of the paragraph: `Smith said the plan would
        // fail. “It is doomed.”`
        let first = self.sentence_start(last);
        self.cue_in_range(first, prev)
    }

    /// The first token of the sentence that token `i` is in, reading back at most
    /// `SENTENCE_REACH` tokens.
    fn sentence_start(&self, i: usize) -> usize {
        (i.saturating_sub(SENTENCE_REACH)..=i)
            .rev()
            .take_while(|&j| self.same_sentence(j, i))
            .last()
            .unwrap_or(i)
    }

    /// `sentence_start` of token `i`, when tokens of its sentence come before it.
    fn sentence_start_before(&self, i: usize) -> Option<usize> {
        let previous = i.checked_sub(1).filter(|&p| self.same_sentence(p, i))?;
        Some(self.sentence_start(previous))
    }

    /// No cue at all: quoted words inside a sentence belong to the sentence's subject when it
    /// opens the sentence and a verb follows it (`Reid has gone after Trump as a “con artist”`,
    /// `Another critic, Laurence H. Tribe, likened the rules to “…”`).
    fn subject_of_sentence(&self, q: usize) -> Option<(Mention, String)> {
        let mut first = self.past_dateline(self.sentence_start(q), q);
        // A heading or a label before a colon (`Steuern: Die SPD will …`) opens no subject.
        if let Some(colon) = (first..q).rev().find(|&j| self.is_punct(j, &[':']))
            && self.word(colon + 1).is_some_and(|t| t.capitalized)
        {
            first = colon + 1;
        }
        if first == q {
            return None;
        }
        // Opening phrases before a comma: `In recent weeks, Reid …`, longer when one opens with a
        // preposition (`During a national security speech earlier in the day, Trump …`), and
        // maybe a second one in lower case (`On Thursday, after remaining neutral in the
        // primary, Warren …`).
        for round in 0..2 {
            let opener = self.word(first);
            let clause_opener = opener.is_some_and(|t| {
                !t.capitalized && (lexicon::is_preposition(t.lower) || is_subordinator(t.lower))
            });
            if round == 1 && !clause_opener {
                break;
            }
            // `Speaking at a town hall in Salem, Trump …`: a participle opens a phrase too.
            let participle = opener.is_some_and(|t| t.lower.len() > 4 && t.lower.ends_with("ing"))
                && self.word(first + 1).is_some_and(|t| !t.capitalized);
            let phrase = lexicon::is_preposition(self.lower(first)) || clause_opener || participle;
            let reach = if phrase { 12 } else { 6 };
            // A capital may open a name, unless the phrase ends in a time (`Eight years ago, he …`).
            match (first..q).take(reach).find(|&j| self.is_punct(j, &[','])) {
                Some(comma)
                    if phrase
                        || !opener.is_some_and(|t| t.capitalized && !lexicon::is_not_name(t.lower))
                        || (comma > first && lexicon::is_time_word(self.lower(comma - 1))) =>
                {
                    first = comma + 1;
                }
                _ => break,
            }
        }
        let mut m = self.mention_starting_at(first)?;
        // `in Salem, New Hampshire, Trump …`: a place's state closes the opening phrase.
        if first > 1
            && self.is_punct(first - 1, &[','])
            && self.is_punct(m.last + 1, &[','])
            && self
                .mention_ending_at(first - 2)
                .is_some_and(|p| matches!(p.kind, MentionKind::Name { .. }) && !self.is_subject(&p))
            && let Some(next) = self.mention_starting_at(m.last + 2)
        {
            first = m.last + 2;
            m = next;
        }
        if is_possessive(self.tokens[m.last].lower) {
            return None;
        }
        // German puts the subject after the verb when an adverbial phrase opens the sentence
        // (`Am Morgen wurden …`, `Bereits am Sonntagabend zogen …`).
        if self.german && (first..=m.first).any(|j| lexicon::is_german_preposition(self.lower(j))) {
            return None;
        }
        let mut verb = self.skip_parenthesis(m.last + 1);
        // `Gov. Earl Ray Tomblin of West Virginia lauded`: the place a title goes with.
        if matches!(m.kind, MentionKind::Name { .. })
            && self.lower(verb) == "of"
            && let Some(place) = self
                .mention_starting_at(verb + 1)
                .filter(|p| matches!(p.kind, MentionKind::Name { .. }))
        {
            verb = place.last + 1;
        }
        if self.is_punct(verb, &[',']) {
            // The name closes an appositive (`Another critic, Laurence H. Tribe, likened`) or
            // opens one (`Aaron Kall, the director of debate, compared`).
            let closes_opening = first > self.sentence_start(q) && self.is_punct(first - 1, &[',']);
            verb = if closes_opening {
                verb + 1
            } else {
                (verb + 1..q).find(|&j| self.is_punct(j, &[',']))? + 1
            };
        }
        let mut after_filler = self.skip_forward(verb, lexicon::is_verb_filler);
        let auxiliary = after_filler > verb;
        if self.german {
            after_filler = self.skip_german_genitive(after_filler);
        } else {
            // `Trump on Tuesday renewed`: a time between the subject and its verb.
            after_filler = self.past_time(after_filler);
        }
        let t = self.word(after_filler)?;
        // A verb: a cue, a past tense, or anything after an auxiliary (`has gone after`).
        // A German article after the subject opens a genitive (`Das Schicksal des Landes`).
        let verb_like = (self.german && !lexicon::is_german_article(t.lower))
            || self.is_cue(after_filler)
            || t.lower.ends_with("ed")
            || (!self.german && lexicon::is_irregular_past(t.lower))
            || auxiliary;
        // German reported speech (`Der Niederländer sei „…“`) keeps the source of the sentences
        // before it; its subject is what is talked about. Nor does an object-like subject speak.
        if self.german && (lexicon::is_german_subjunctive(t.lower) || self.german_object(&m)) {
            return None;
        }
        (after_filler < q && verb_like && !t.capitalized && !lexicon::is_preposition(t.lower))
            .then(|| (m, t.lower.to_string()))
    }

    /// Past the time words at `i` (`on Tuesday`, `last week`).
    fn past_time(&self, i: usize) -> usize {
        self.skip_forward(i, lexicon::is_time_word)
    }

    /// Past the dateline that opens an article's first sentence (`WASHINGTON —`, `LIMA, Peru ―`):
    /// a word in capitals, maybe a few more capitalised ones, and a dash.
    fn past_dateline(&self, first: usize, q: usize) -> usize {
        let opens = self.word(first).is_some_and(|t| {
            let word = &self.text[t.range()];
            word.chars().count() >= 2 && !word.chars().any(char::is_lowercase)
        });
        if !opens {
            return first;
        }
        (first + 1..q.min(first + 6))
            .take_while(|&j| match self.tokens[j].kind {
                TokKind::Word => self.tokens[j].capitalized,
                TokKind::Punct(c) => matches!(c, ',' | '.' | '—' | '―' | '–' | '-'),
                TokKind::Quote(_) => false,
            })
            .find(|&j| self.is_punct(j, &['—', '―', '–', '-']))
            .map_or(first, |dash| dash + 1)
    }

    /// Past a genitive that belongs to the noun before it (`Die Autoren der Studie werfen`,
    /// `Das Schicksal des ganzen Landes stehe`): article, adjectives in lower case, the noun.
    fn skip_german_genitive(&self, i: usize) -> usize {
        if !matches!(self.lower(i), "des" | "der" | "eines" | "einer") {
            return i;
        }
        let mut j = i + 1;
        while j < i + 4 && self.word(j).is_some_and(|t| !t.capitalized) {
            j += 1;
        }
        if self.word(j).is_some_and(|t| t.capitalized) {
            j + 1
        } else {
            i
        }
    }

    /// A cue between the last comma (or the sentence start) and the quotation, with its speaker.
    /// `LePage’s apology and promise to seek “…”`, `Trump’s claim that “…”`: a name's possessive
    /// before a noun of speech, right before the quotation, gives the quotation to that name,
    /// whoever the sentence's verb reports.
    fn possessive_cue_before(&self, q: usize) -> Option<(Mention, String)> {
        let start = self.sentence_start(q);
        // The noun, then nothing, a colon, `that`, `of`, `about`, `as`, `to` and a verb, or `that`
        // and the start of the clause the quotation ends (`Trump’s claim that there have been
        // “…”`).
        let noun = (start.max(q.saturating_sub(7))..q).rev().find(|&k| {
            self.word(k)
                .is_some_and(|t| !t.capitalized && lexicon::is_speech_noun(t.lower))
        })?;
        let link = match q - noun - 1 {
            0 => true,
            1 => {
                self.is_punct(noun + 1, &[':'])
                    || matches!(self.lower(noun + 1), "that" | "of" | "about" | "as")
            }
            2 if self.lower(noun + 1) == "to" => self.word(noun + 2).is_some(),
            _ => {
                self.lower(noun + 1) == "that"
                    && (noun + 2..q).all(|i| self.word(i).is_some() && !self.is_cue(i))
            }
        };
        if !link {
            return None;
        }
        // The possessive name, with at most two words between it and the noun (`apology and`).
        let owner = (start.max(noun.saturating_sub(3))..noun).rev().find(|&i| {
            self.word(i)
                .is_some_and(|t| t.capitalized && is_possessive(t.lower))
        })?;
        if (owner + 1..noun).any(|i| self.word(i).is_none() || self.is_cue(i)) {
            return None;
        }
        // After a cue of its own, the noun is what that cue's speaker talks about, not its
        // content (`Hollande denounced Trump’s remarks as “…”`, `Ryan said Ginsburg’s comments
        // “show bias”`).
        let content = q - noun > 1 && self.lower(noun + 1) != "as";
        if !content && (start..owner).any(|i| self.is_cue(i)) {
            return None;
        }
        let mention = self.mention_ending_at(owner)?;
        matches!(mention.kind, MentionKind::Name { .. }).then(|| (mention, self.lower(noun).to_string()))
    }

    /// Reported speech inside reported speech is credited to whoever reports it: in `Trump said
    /// that Clinton once described the deal as “…”`, the quotation comes through Trump.
    fn outer_reporter(&self, (m, cue): (Mention, String)) -> (Mention, String) {
        if self.german || m.first < 2 || self.lower(m.first - 1) != "that" {
            return (m, cue);
        }
        let start = self.sentence_start(m.first);
        // A newsroom passing on what someone said (`CNN reports that Putin added, “…”`) is no
        // reporter of this kind: the words are still Putin's.
        let newsroom =
            |s: &Mention| (s.first..=s.last).any(|i| lexicon::is_not_person_word(base(self.lower(i))));
        let outer = (start..m.first - 1)
            .rev()
            .filter(|&k| self.is_cue(k) && !self.is_according_to(k))
            .find_map(|k| self.subject_before(k, start).map(|s| (s, self.cue_text(k))))
            .filter(|(s, _)| !newsroom(s));
        outer.unwrap_or((m, cue))
    }

    fn cue_in_clause_before(&self, q: usize) -> Option<(Mention, String)> {
        // German clauses are read whole by `german_speaker`: the subject of `X, Y, kritisierte
        // die Entscheidung` stands before the comma that opens the verb's clause.
        if self.german {
            return None;
        }
        let start = self.sentence_start(q);
        let clause = (start..q)
            .rev()
            .find(|&j| self.is_punct(j, &[',', ';', ':']))
            .map_or(start, |j| j + 1);
        if clause >= q {
            return None;
        }
        let (m, cue) = self.cue_in_range(clause, q)?;
        (m.first >= clause).then_some((m, cue))
    }

    /// `South Korea was warned`: the word before the cue is not its speaker.
    fn is_passive(&self, k: usize) -> bool {
        // The auxiliary and the participle stand together, maybe with adverbs between (`was once
        // again warned`), not with a subject of their own (`would be what Ortiz called`).
        (k.saturating_sub(3)..k)
            .rev()
            .take_while(|&i| self.word(i).is_some_and(|t| !t.capitalized))
            .any(|i| lexicon::is_passive_marker(self.lower(i)))
            && !self.lower(k).ends_with("ing")
    }

    fn adjacent_subject(&self, last: usize, cue: usize) -> bool {
        (last + 1..cue).all(|i| self.word(i).is_some_and(|t| lexicon::is_verb_filler(t.lower)))
    }

    /// The subject right before cue `k`: `Rudenko stated`, `he has also said`, `Seoul on Thursday
    /// said`, `Patrick Ryder, press secretary for the Department of Defense, said`.
    fn subject_before(&self, k: usize, from: usize) -> Option<Mention> {
        let mut j = k.checked_sub(1)?;
        let mut skipped = 0;
        while j > from && skipped < 4 {
            let l = self.lower(j);
            if self.word(j).is_some() && (lexicon::is_verb_filler(l) || lexicon::is_time_word(l)) {
                j -= 1;
                skipped += 1;
            } else {
                break;
            }
        }
        if j < from {
            return None;
        }
        // `Sen. Ann Lee (D-Mo.) said`: the party and state after a name.
        j = self.skip_parenthesis_back(j, from)?;
        if self.is_punct(j, &[',']) {
            // An appositive: `, press secretary …,` or the name itself, `…, Andrey Rudenko,`.
            let mut open = (from..j)
                .rev()
                .take(APPOSITIVE_REACH)
                .find(|&i| self.is_punct(i, &[',']))?;
            if let Some(m) = self.mention_ending_at(j - 1)
                && m.first == open + 1
                && matches!(m.kind, MentionKind::Name { .. })
            {
                // `in Columbus, Ohio,`: a place's state or country, not an appositive (which
                // names a person in full: `in Deutschland, Michael Knipper,`).
                let place = m.first == m.last
                    && open
                        .checked_sub(1)
                        .and_then(|p| self.mention_ending_at(p))
                        .is_some_and(|p| matches!(p.kind, MentionKind::Name { .. }) && !self.is_subject(&p));
                match (
                    place,
                    (from..open).rev().take(16).find(|&i| self.is_punct(i, &[','])),
                ) {
                    (false, _) => return Some(m),
                    (true, Some(earlier)) => open = earlier,
                    (true, None) => return None,
                }
            }
            // A relative clause or a further description after the first one (`Mulgrew, president
            // of the union, which represents New York City teachers, said`): back to the name.
            for _ in 0..3 {
                // `, which …,`, `, the mayor of …,`, `, of Flint,`, `, 22,`.
                let relative = matches!(
                    self.lower(open + 1),
                    "which" | "who" | "whose" | "that" | "where" | "the" | "a" | "an" | "of"
                ) || self.lower(open + 1).starts_with(|c: char| c.is_ascii_digit());
                let earlier = (from..open)
                    .rev()
                    .take(APPOSITIVE_REACH)
                    .find(|&i| self.is_punct(i, &[',']));
                // The name the relative clause is about stands right after the earlier comma, maybe
                // behind titles and before a party (`show, Sen. Ann Lee (D-Mo.), who …`).
                let names_the_subject = |e: usize| {
                    self.skip_parenthesis_back(open - 1, e + 1)
                        .and_then(|end| self.mention_ending_at(end))
                        .is_some_and(|m| (e + 1..m.first).all(|i| is_title_word(self.lower(i))))
                };
                match earlier {
                    Some(e) if relative && !names_the_subject(e) => open = e,
                    _ => break,
                }
            }
            // `Sen. Ann Lee (D-Mo.), who …, said`.
            let end = self.skip_parenthesis_back(open.checked_sub(1)?, from)?;
            let m = self.mention_ending_at(end)?;
            return (self.is_subject(&m) && m.first >= from).then_some(m);
        }
        let m = self.mention_ending_at(j)?;
        (self.is_subject(&m) && m.first >= from).then_some(m)
    }

    /// `the statement`, `his letter`: speaks only as the direct subject of a cue.
    fn is_document(&self, m: &Mention) -> bool {
        matches!(&m.kind, MentionKind::Description { role, .. } if lexicon::is_document_noun(role))
    }

    /// A mention that is not the object of a preposition nor a possessive (`Putin’s remarks`).
    fn is_subject(&self, m: &Mention) -> bool {
        // `He’s claiming`: a contracted pronoun is a subject, not a possessive.
        let possessive = is_possessive(self.tokens[m.last].lower) && !matches!(m.kind, MentionKind::Pronoun);
        // `Secretary of State Ana Ortiz`: `of` inside a title is no preposition of the name.
        let in_title = |of: usize| {
            self.lower(of) == "of"
                && of > 0
                && self.word(of - 1).is_some_and(|t| {
                    t.capitalized && (lexicon::is_title(t.lower) || lexicon::is_role_noun(t.lower))
                })
        };
        let object = m.first > 0
            && self
                .word(m.first - 1)
                .is_some_and(|t| lexicon::is_preposition(t.lower))
            && !in_title(m.first - 1);
        !possessive && !object
    }

    /// The mention whose last word is token `j`, read leftwards.
    fn mention_ending_at(&self, j: usize) -> Option<Mention> {
        let t = self.mention_word(j)?;
        if lexicon::is_pronoun(t.lower) || lexicon::is_pronoun(base(t.lower)) {
            return Some(Mention {
                kind: MentionKind::Pronoun,
                first: j,
                last: j,
            });
        }
        if self.german
            && t.capitalized
            && let Some(det) = (j.saturating_sub(4)..j)
                .rev()
                .take_while(|&i| self.word(i).is_some())
                .find(|&i| is_determiner(self.lower(i)))
            && (det + 1..j).all(|i| !self.tokens[i].capitalized || i + 1 == j)
        {
            // `Ursula von der Leyen`, `Von der Leyen`: a name with its particles, no article.
            if det > 0 && self.lower(det - 1) == "von" && det + 1 == j {
                let von = det - 1;
                let first = if self.tokens[von].capitalized {
                    Some(von)
                } else {
                    von.checked_sub(1)
                        .filter(|&i| self.word(i).is_some_and(|t| t.capitalized))
                };
                if let Some(first) = first {
                    let name = (first..=j)
                        .map(|i| strip_possessive(&self.text[self.tokens[i].range()]))
                        .collect();
                    return Some(Mention {
                        kind: MentionKind::Name { name },
                        first,
                        last: j,
                    });
                }
            }
            return self.german_noun_phrase(det).filter(|m| m.last == j);
        }
        if t.capitalized && !lexicon::is_not_name(t.lower) {
            let mut first = j;
            while first > 0 && self.is_name_word(first - 1, true) {
                first -= 1;
            }
            return self.name_mention(first, j);
        }
        if lexicon::is_role_noun(base(t.lower)) {
            // The determiner may be a possessive name: `South Korea’s presidential office`.
            let det = (j.saturating_sub(4)..j)
                .rev()
                .take_while(|&i| self.word(i).is_some())
                .find(|&i| is_determiner(self.lower(i)) || is_possessive(self.lower(i)))?;
            let det = if is_possessive(self.lower(det)) {
                let mut first = det;
                while first > 0 && self.is_name_word(first - 1, true) {
                    first -= 1;
                }
                first
            } else {
                det
            };
            let definite = is_definite(self.lower(det))
                || is_possessive(self.lower(det))
                || self.tokens[det].capitalized && !is_determiner(self.lower(det));
            if !definite && lexicon::is_document_noun(base(t.lower)) {
                // `released a statement saying`: the statement is what was said, not who.
                return None;
            }
            if (det + 1..j).any(|i| self.is_cue(i) || lexicon::is_preposition(self.lower(i))) {
                return None;
            }
            return Some(Mention {
                kind: MentionKind::Description {
                    role: base(t.lower).to_string(),
                    definite,
                },
                first: det,
                last: j,
            });
        }
        None
    }

    /// The mention that starts at token `i`, read rightwards: a pronoun, `the spokesman`,
    /// `the South Korean Presidential Office`, `Deputy Foreign Minister Andrey Rudenko`.
    /// Next to a cue right after a quotation, any noun phrase with an article is the speaker, not
    /// only a known role (`“…,” said the 46-year-old`, `“…,” a person close to the family said`):
    /// the article and the words up to a comma, clause word or preposition, at most five.
    fn bare_description(&self, i: usize) -> Option<Mention> {
        let det = self.mention_word(i)?;
        let article = is_determiner(det.lower) || matches!(det.lower, "my" | "your");
        if self.german || !article || is_possessive(det.lower) {
            return None;
        }
        let last = (i + 1..i + 6)
            .take_while(|&j| {
                self.word(j).is_some_and(|t| {
                    !t.capitalized
                        && !is_clause_word(t.lower)
                        && !lexicon::is_preposition(t.lower)
                        && !lexicon::is_verb_filler(t.lower)
                }) && !self.is_cue(j)
            })
            .last()?;
        Some(Mention {
            kind: MentionKind::Description {
                role: base(self.lower(last)).to_string(),
                definite: is_definite(det.lower),
            },
            first: i,
            last,
        })
    }

    fn mention_starting_at(&self, i: usize) -> Option<Mention> {
        let t = self.mention_word(i)?;
        if lexicon::is_pronoun(t.lower) {
            return Some(Mention {
                kind: MentionKind::Pronoun,
                first: i,
                last: i,
            });
        }
        if self.german && is_determiner(t.lower) {
            return self.german_noun_phrase(i);
        }
        if is_determiner(t.lower) {
            let mut j = i + 1;
            let mut last_role = None;
            while j < i + 7 && self.word(j).is_some() && !self.is_cue(j) && !is_clause_word(self.lower(j)) {
                // A verb after the role ends the phrase (`Clinton’s right-hand woman rallied
                // supporters`).
                let verb = |l: &str| {
                    l.ends_with("ed") || lexicon::is_irregular_past(l) || lexicon::is_verb_filler(l)
                };
                if last_role.is_some() && verb(self.lower(j)) {
                    break;
                }
                let noun = base(self.lower(j));
                // A title in lower case is a role too (`the prince`), not before a name.
                if lexicon::is_role_noun(noun)
                    || (lexicon::is_title(noun) && !self.tokens[j].capitalized)
                    || (is_definite(t.lower) && lexicon::is_document_noun(noun))
                {
                    last_role = Some(j);
                }
                j += 1;
            }
            let end = j - 1;
            if let Some(r) = last_role {
                return Some(Mention {
                    kind: MentionKind::Description {
                        role: base(self.lower(r)).to_string(),
                        definite: is_definite(t.lower),
                    },
                    first: i,
                    last: r,
                });
            }
            let first_cap = (i + 1..=end).find(|&k| self.tokens[k].capitalized)?;
            let mut last = first_cap;
            while last < end && self.is_name_word(last + 1, false) {
                last += 1;
            }
            return self
                .name_mention(first_cap, last)
                .map(|m| Mention { first: i, ..m });
        }
        if t.capitalized && !lexicon::is_not_name(t.lower) {
            let mut last = i;
            while self.is_name_word(last + 1, false) {
                last += 1;
            }
            // `Senior official Dmitry Medvedev`, `U.S. National Security Council spokesman John
            // Kirby`: the name after a lower-case title is the person.
            if self
                .word(last + 1)
                .is_some_and(|n| lexicon::is_role_noun(n.lower) || lexicon::is_title(n.lower))
                && let Some(after) = self.mention_starting_at(last + 2)
                && matches!(after.kind, MentionKind::Name { .. })
            {
                return Some(after);
            }
            return self.name_mention(i, last);
        }
        // `panel Chairman Rep. Jason Chaffetz`: lower-case words of a title before a name.
        let name_at = (i + 1..i + 3)
            .take_while(|&j| self.word(j).is_some())
            .find(|&j| self.tokens[j].capitalized && !lexicon::is_not_name(self.lower(j)))?;
        if (i..name_at).any(|j| {
            self.is_cue(j) || lexicon::is_preposition(self.lower(j)) || is_clause_word(self.lower(j))
        }) {
            return None;
        }
        self.mention_starting_at(name_at)
            .filter(|m| matches!(m.kind, MentionKind::Name { .. }))
    }

    /// `der brasilianische Präsident`, `der US-Präsident George W. Bush`, `ein Reporter des
    /// Senders`: a German noun phrase; the capitalised words after its head noun are a name.
    fn german_noun_phrase(&self, det: usize) -> Option<Mention> {
        // `Der 58-Jährige`: a noun after a number is capitalised past the hyphen.
        let noun = |t: &Token| {
            t.capitalized
                || t.lower
                    .split_once('-')
                    .is_some_and(|(n, _)| n.bytes().all(|b| b.is_ascii_digit()))
                    && self.text[t.range()]
                        .split_once('-')
                        .is_some_and(|(_, w)| w.starts_with(char::is_uppercase))
        };
        let mut j = det + 1;
        while self
            .word(j)
            .is_some_and(|t| !noun(t) && !self.is_cue(j) && !lexicon::is_preposition(t.lower))
            && j < det + 4
        {
            j += 1;
        }
        let head = self
            .word(j)
            .filter(|t| noun(t) && !lexicon::is_not_name(t.lower))?;
        let role = base(head.lower).to_string();
        let mut last = j;
        while self
            .word(last + 1)
            .is_some_and(|t| t.capitalized && !lexicon::is_not_name(t.lower))
            && !self.is_cue(last + 1)
        {
            last += 1;
        }
        if last > j {
            let name = (j + 1..=last)
                .map(|i| strip_possessive(&self.text[self.tokens[i].range()]))
                .collect();
            return Some(Mention {
                kind: MentionKind::Name { name },
                first: det,
                last,
            });
        }
        Some(Mention {
            kind: MentionKind::Description {
                role,
                definite: is_definite(self.lower(det)),
            },
            first: det,
            last: j,
        })
    }

    /// Whether token `i` can continue a name chunk: a capitalised word, or a particle inside one.
    fn is_name_word(&self, i: usize, leftwards: bool) -> bool {
        let Some(t) = self.mention_word(i) else {
            return false;
        };
        // A name never runs over a paragraph break.
        let neighbour = if leftwards { i + 1 } else { i.wrapping_sub(1) };
        if self
            .tokens
            .get(neighbour)
            .is_some_and(|n| n.paragraph != t.paragraph)
        {
            return false;
        }
        if t.capitalized {
            return !lexicon::is_not_name(t.lower) && !self.is_cue(i);
        }
        lexicon::is_name_particle(t.lower) && {
            let next = if leftwards { i.checked_sub(1) } else { Some(i + 1) };
            next.and_then(|n| self.word(n)).is_some_and(|n| n.capitalized)
        }
    }

    /// A name mention over the chunk `[first, last]`: the words after its last title.
    fn name_mention(&self, first: usize, last: usize) -> Option<Mention> {
        let mut name = Vec::new();
        match self.name_words(first, last, &mut name) {
            NameWords::Title => Some(Mention {
                kind: MentionKind::Description {
                    role: base(self.lower(last)).to_string(),
                    definite: true,
                },
                first,
                last,
            }),
            NameWords::Name(name_first) => Some(Mention {
                kind: MentionKind::Name {
                    name: name.into_iter().map(str::to_string).collect(),
                },
                first: name_first,
                last,
            }),
            NameWords::None => None,
        }
    }

    /// What the chunk `[first, last]` names; the words after its last title, borrowed from the
    /// text, are put in `name` (a buffer the caller may use again).
    fn name_words(&self, first: usize, last: usize, name: &mut Vec<&'a str>) -> NameWords {
        name.clear();
        let name_first = (first..=last)
            .rev()
            .find(|&i| is_title_word(self.lower(i)))
            .map_or(first, |t| t + 1);
        if name_first > last {
            return NameWords::Title;
        }
        let text = self.text;
        name.extend((name_first..=last).map(|i| without_possessive(&text[self.tokens[i].range()])));
        if name.len() == 1 && (!has_two_letters(name[0]) || is_party_label(name[0])) {
            // `(R)`, an initial, a party and state (`R-Ariz.`): not a name on its own.
            return NameWords::None;
        }
        NameWords::Name(name_first)
    }

    fn mention_text(&self, m: &Mention) -> String {
        let text = &self.text[self.tokens[m.first].start as usize..self.tokens[m.last].end as usize];
        strip_possessive(text)
    }

    /// The canonical speaker for a mention: the fullest name of the entity it refers to.
    fn resolve(&self, m: &Mention, speakers: &[(usize, String)]) -> String {
        match &m.kind {
            MentionKind::Name { name } => self.fullest_name(name, m.first),
            MentionKind::Pronoun => match self.lower(m.first) {
                "he" | "she" | "i" | "er" => self.last_person_before(m.first, speakers),
                "it" => self.last_institution_before(m.first, speakers),
                _ => String::new(),
            },
            MentionKind::Description { role, definite } => {
                if !definite {
                    return String::new();
                }
                // The latest entity with that title; none when no entity has it.
                let by_title = self.by_title.get_or_init(|| {
                    let mut by_title: FxHashMap<&'a str, Vec<(usize, usize)>> = FxHashMap::default();
                    for &(at, k, _) in &self.mentions {
                        for &title in &self.entities[k].titles {
                            by_title.entry(title).or_default().push((at, k));
                        }
                    }
                    by_title
                });
                let mentioned = by_title.get(role.as_str()).map_or(&[][..], Vec::as_slice);
                mentioned[..mentioned.partition_point(|&(at, _)| at < m.first)]
                    .last()
                    .map(|&(_, k)| self.entities[k].name.join(" "))
                    .unwrap_or_default()
            }
        }
    }

    fn fullest_name(&self, name: &[String], at: usize) -> String {
        let best = rarest_holders(&self.holders, name)
            .into_iter()
            .flatten()
            .map(|&k| &self.entities[k as usize])
            .filter(|e| contains_run(&e.name, name) && (e.person || e.name.len() == name.len()))
            .max_by_key(|e| {
                let recent = self.occurrences_before(e, at + 1).last().map_or(0, |o| o + 1);
                (e.person, e.name.len(), recent)
            });
        match best {
            Some(e) if e.name.len() >= name.len() => e.name.join(" "),
            _ => name.join(" "),
        }
    }

    /// Whether `name` is the one person named from the paragraph before token `tok` up to it, so
    /// that a pronoun at `tok` can mean no one else.
    fn only_person_around(&self, name: &str, tok: usize, speakers: &[(usize, String)]) -> bool {
        if name.is_empty() {
            return false;
        }
        let near = |at: usize| self.near_before(at, tok, 1);
        let named_people = self
            .mentions_before(tok)
            .take_while(|(at, _, _)| near(*at))
            .filter(|(_, e, _)| e.person)
            .map(|(_, e, _)| e.name.join(" "));
        // Speakers come in document order: only the last few can be near.
        let before = &speakers[..speakers.partition_point(|(at, _)| *at < tok)];
        let speakers = before
            .iter()
            .rev()
            .take_while(|(at, _)| near(*at))
            .map(|(_, s)| s.clone());
        let mut seen = named_people.chain(speakers).peekable();
        seen.peek().is_some() && seen.all(|other| other == name)
    }

    /// The person a pronoun refers to: the person who opens its sentence, when a quotation
    /// stands between them, else the latest named subject or speaker before it, within the
    /// current or previous two paragraphs.
    fn last_person_before(&self, tok: usize, speakers: &[(usize, String)]) -> String {
        if let Some(name) = self.opening_person(tok) {
            return name;
        }
        // A subject further back than two paragraphs is too far anyway.
        let named = self
            .mentions_before(tok)
            .take_while(|(at, _, _)| self.near_before(*at, tok, 2))
            .find(|(_, e, subject)| *subject && e.person)
            .map(|(at, e, _)| (at, e.name.join(" ")));
        let spoke = speakers.iter().rev().find(|(at, _)| *at < tok).cloned();
        let latest = match (named, spoke) {
            (Some(n), Some(s)) => Some(if s.0 >= n.0 { s } else { n }),
            (n, s) => n.or(s),
        };
        latest
            .filter(|(at, _)| self.near_before(*at, tok, 2))
            .map(|(_, name)| name)
            .unwrap_or_default()
    }

    /// The person named as the subject at the start of the sentence of a pronoun that follows a
    /// quotation: the pronoun of a trailing cue speaks for the sentence's subject, not for
    /// someone its quotation or predicate names (`President Ana Ortiz is “very close” to
    /// replacing Director Lee Park, she told reporters`). Only titles, determiners and
    /// capitalised words (a dateline) may stand before the name.
    fn opening_person(&self, tok: usize) -> Option<String> {
        let start = self.sentence_start(tok);
        let quoted = (start..tok).any(|i| matches!(self.tokens[i].kind, TokKind::Quote(_)));
        if !quoted {
            return None;
        }
        let &(at, k, _) = self.mentions[self.mentions.partition_point(|m| m.0 < start)..]
            .iter()
            .take_while(|m| m.0 < tok)
            .find(|m| m.2 && self.entities[m.1].person)?;
        let e = &self.entities[k];
        let opens = self.tokens[start..at].iter().all(|t| match t.kind {
            TokKind::Word => {
                t.capitalized
                    || is_determiner(t.lower)
                    || lexicon::is_title(t.lower)
                    || lexicon::is_role_noun(t.lower)
            }
            TokKind::Punct(c) => matches!(c, '―' | '—' | '–' | '-' | ':' | '(' | ')'),
            TokKind::Quote(_) => false,
        });
        opens.then(|| e.name.join(" "))
    }

    /// What `it` speaks for: the last speaker before token `tok` that the document does not name
    /// as a person (`“…,” the Times wrote. “…,” it added.`), within two paragraphs.
    fn last_institution_before(&self, tok: usize, speakers: &[(usize, String)]) -> String {
        speakers
            .iter()
            .rev()
            .filter(|(at, _)| *at < tok)
            .take_while(|(at, _)| self.near_before(*at, tok, 2))
            .find(|(_, name)| {
                let persons = self.persons.get_or_init(|| {
                    let mut persons = FxHashMap::default();
                    for e in &self.entities {
                        persons.entry(e.name.join(" ")).or_insert(e.person);
                    }
                    persons
                });
                persons.get(name.as_str()).is_some_and(|&person| !person)
            })
            .map(|(_, name)| name.clone())
            .unwrap_or_default()
    }

    /// Every capitalised chunk outside the quotations, grouped into entities by name.
    fn find_entities(&self) -> Entities<'a> {
        // Sized up front from the number of tokens: grown chunk by chunk, these maps cost 8 % of
        // reading, extracting and attributing a large archive.
        let expected = self.tokens.len() / 10;
        let mut entities: Vec<Entity<'a>> = Vec::with_capacity(expected);
        // The first entity of each name's hash; a name whose hash another name took first is
        // looked for among all entities (`named`).
        let mut index: FxHashMap<u64, usize> =
            FxHashMap::with_capacity_and_hasher(expected, Default::default());
        let named = |entities: &[Entity], index: &FxHashMap<u64, usize>, name: &[&str], hash: u64| {
            let first = *index.get(&hash)?;
            if entities[first].name == name {
                return Some(first);
            }
            entities.iter().position(|e| e.name == name)
        };
        // Each chunk: its first name token, the entity of its own name, and whether it is a subject.
        let mut chunks: Vec<(usize, usize, bool)> = Vec::with_capacity(expected);
        // The words of the chunk at hand: only a new entity's name is allocated.
        let mut name: Vec<&'a str> = Vec::new();
        let mut i = 0;
        while i < self.tokens.len() {
            if !self
                .mention_word(i)
                .is_some_and(|t| t.capitalized && !lexicon::is_not_name(t.lower))
            {
                i += 1;
                continue;
            }
            let mut last = i;
            while self.is_name_word(last + 1, false) {
                last += 1;
            }
            if let NameWords::Name(first) = self.name_words(i, last, &mut name) {
                let mut titles: Vec<&'a str> = (i..first).map(|k| base(self.lower(k))).collect();
                if i > 0
                    && self
                        .word(i - 1)
                        .is_some_and(|t| lexicon::is_role_noun(t.lower) || lexicon::is_title(t.lower))
                {
                    titles.push(base(self.lower(i - 1)));
                }
                let place =
                    (first..=last).any(|k| lexicon::is_not_person_word(without_possessive(self.lower(k))));
                let subject = self.is_subject(&Mention {
                    kind: MentionKind::Name { name: Vec::new() },
                    first: i,
                    last,
                });
                // Two capitalised words are a person only where they stand as a subject
                // (`São Paulo` is always `in São Paulo`).
                let person = !place && (!titles.is_empty() || (name.len() >= 2 && subject));
                let hash = rustc_hash::FxBuildHasher.hash_one(&name);
                let own = match named(&entities, &index, &name, hash) {
                    Some(k) => {
                        let e = &mut entities[k];
                        e.person |= person;
                        for t in titles {
                            if !e.titles.contains(&t) {
                                e.titles.push(t);
                            }
                        }
                        k
                    }
                    None => {
                        index.entry(hash).or_insert(entities.len());
                        entities.push(Entity {
                            name: name.clone(),
                            titles,
                            person,
                            occurrences: 0..0,
                        });
                        entities.len() - 1
                    }
                };
                chunks.push((first, own, subject));
            }
            i = last + 1;
        }
        // Each chunk counts as an occurrence of the fullest entity that contains it (`Putin` of
        // `Vladimir Putin`), so that pronouns find the person and not the surname alone.
        // Only entities that hold every word of a name can contain it: index them by word.
        let names: Vec<&[&'a str]> = entities.iter().map(|e| e.name.as_slice()).collect();
        let holders = Holders::of(&names);
        drop(names);
        let targets: Vec<usize> = entities
            .iter()
            .map(|own| {
                rarest_holders(&holders, &own.name)
                    .into_iter()
                    .flatten()
                    .map(|&k| (k as usize, &entities[k as usize]))
                    .filter(|(_, e)| contains_run(&e.name, &own.name))
                    .max_by_key(|(_, e)| (e.person, e.name.len()))
                    .map_or(0, |(k, _)| k)
            })
            .collect();
        let mut mentions = Vec::with_capacity(chunks.len());
        let mut counts = vec![0; entities.len()];
        for (at, own, subject) in chunks {
            let k = targets[own];
            counts[k] += 1;
            mentions.push((at, k, subject));
            if k != own {
                let inherited = entities[own].titles.clone();
                for t in inherited {
                    if !entities[k].titles.contains(&t) {
                        entities[k].titles.push(t);
                    }
                }
            }
        }
        // Each entity's occurrences in a stretch of one list, in document order: a counting sort
        // of the mentions by entity.
        let mut end = 0;
        for (e, count) in entities.iter_mut().zip(counts) {
            e.occurrences = end..end;
            end += count;
        }
        let mut occurrences = vec![0; end];
        for &(at, k, _) in &mentions {
            let stretch = &mut entities[k].occurrences;
            occurrences[stretch.end] = at;
            stretch.end += 1;
        }
        (entities, occurrences, holders, mentions)
    }

    /// The occurrences of entities before token `at`, latest first.
    fn mentions_before(&self, at: usize) -> impl Iterator<Item = (usize, &Entity<'a>, bool)> {
        self.mentions[..self.mentions.partition_point(|m| m.0 < at)]
            .iter()
            .rev()
            .map(|&(at, k, subject)| (at, &self.entities[k], subject))
    }
}

/// The entities (in order) listed under the rarest word of `name`: only those that hold every
/// word of a name can hold the name, and a common first name may be held by thousands. None
/// when some word is held by none.
fn rarest_holders<'m, W: AsRef<str>>(holders: &'m Holders, name: &[W]) -> Option<&'m [u32]> {
    name.iter()
        .try_fold(None::<&'m [u32]>, |rarest, w| {
            let listed = holders.get(w.as_ref())?;
            Some(Some(match rarest {
                Some(r) if r.len() <= listed.len() => r,
                _ => listed,
            }))
        })
        .flatten()
}

/// Paragraphs whose longer words are all capitalised: headlines and subheadings (`Michael Steele Criticized for Afghanistan Comments`).
fn title_like_paragraphs(
    text: &str,
    spans: &[QuoteSpan],
    tokens: &[Token],
    quote_tokens: &[usize],
) -> Vec<bool> {
    let count = tokens.last().map_or(0, |t| t.paragraph as usize + 1);
    let mut caps = vec![(0usize, 0usize); count];
    // Longer words count, not minor ones (`From`, `With` stay lower case in titles).
    let counts = |word: &str| {
        // Up to three bytes are up to three letters, and more than twelve are more than three.
        let long = match word.len() {
            0..=3 => false,
            13.. => true,
            _ => word.chars().count() > 3,
        };
        // The minor words have at most five letters: longer words skip the comparisons.
        long && (word.len() > 5
            || ![
                "from", "with", "into", "over", "about", "after", "than", "that", "this", "their",
            ]
            .iter()
            .any(|m| word.eq_ignore_ascii_case(m)))
    };
    // One longer word in lower case is enough to tell: the rest of its paragraph is not read.
    let mut i = 0;
    while let Some(first) = tokens.get(i) {
        let p = first.paragraph as usize;
        let end = paragraph_end(tokens, i);
        for t in tokens[i..end]
            .iter()
            .filter(|t| t.kind == TokKind::Word && counts(t.lower))
        {
            caps[p].1 += 1;
            if !t.capitalized {
                break;
            }
            caps[p].0 += 1;
        }
        i = end;
    }
    // A quotation's words count too: a signature line (`“We are hurt.” ― Ana Ortiz`) is no
    // headline, `Trump Says “Nobody Respects Women More”` is one. Only paragraphs still in title
    // case need them read.
    for (q, &at) in quote_tokens.iter().enumerate() {
        let p = tokens.get(at).map_or(0, |t| t.paragraph as usize);
        if p < count && caps[p].0 == caps[p].1 {
            let span = &spans[q];
            for w in text[span.start..span.end].split_whitespace() {
                let w = w.trim_matches(|c: char| !c.is_alphanumeric());
                if counts(w) {
                    caps[p].1 += 1;
                    if !w.starts_with(char::is_uppercase) {
                        // One word in lower case is enough to tell.
                        break;
                    }
                    caps[p].0 += 1;
                }
            }
        }
    }
    caps.iter().map(|&(c, n)| n >= 3 && c == n).collect()
}

/// The end of the tokens of the paragraph that token `start` is in, found by galloping: a long
/// paragraph is not read token by token, and a short one costs a probe or two nearby.
fn paragraph_end(tokens: &[Token], start: usize) -> usize {
    let p = tokens[start].paragraph;
    // Every token before `lo` is in the paragraph.
    let (mut lo, mut step) = (start + 1, 1);
    while tokens.get(lo + step - 1).is_some_and(|t| t.paragraph == p) {
        lo += step;
        step *= 2;
    }
    let hi = (lo + step - 1).min(tokens.len());
    lo + tokens[lo..hi].partition_point(|t| t.paragraph == p)
}

/// The language of the writer's own words (quotations are single tokens and do not count).
fn narration_lang(tokens: &[Token]) -> Lang {
    lang::detect(tokens.iter().filter(|t| t.kind == TokKind::Word).map(|t| t.lower))
}

/// Splits the text into words, punctuation and whole quotations, and numbers the sentences; with
/// the token of each quotation.
fn tokenize<'a>(
    text: &'a str,
    lowered: &'a str,
    paragraphs: &[Paragraph],
    spans: &[QuoteSpan],
) -> (Vec<Token<'a>>, Vec<usize>) {
    let read = paragraphs.last().map_or(0, |p| p.end);
    let mut tokens: Vec<Token> = Vec::with_capacity(read / 5);
    let mut quote_tokens = vec![0; spans.len()];
    let mut next_quote = 0;
    for (p, par) in paragraphs.iter().enumerate() {
        let mut i = par.start;
        // A quotation that runs over paragraphs owns them: resume after it.
        if let Some(prev) = tokens.last()
            && let TokKind::Quote(q) = prev.kind
            && spans[q as usize].after > i
        {
            i = spans[q as usize].after;
        }
        while i < par.end {
            if next_quote < spans.len() && spans[next_quote].open <= i {
                let q = next_quote;
                next_quote += 1;
                quote_tokens[q] = tokens.len();
                tokens.push(token(
                    text,
                    lowered,
                    TokKind::Quote(q as u32),
                    spans[q].open,
                    spans[q].after.max(spans[q].end),
                    p,
                ));
                i = spans[q].after.max(spans[q].end);
                continue;
            }
            let limit = spans.get(next_quote).map_or(par.end, |s| s.open.min(par.end));
            push_words(text, lowered, i, limit, p, &mut tokens);
            i = limit.max(i);
        }
    }
    number_sentences(text, spans, &mut tokens);
    (tokens, quote_tokens)
}

/// Words and punctuation of `text[start..limit]`, which holds no quotation.
fn push_words<'a>(
    text: &'a str,
    lowered: &'a str,
    start: usize,
    limit: usize,
    paragraph: usize,
    tokens: &mut Vec<Token<'a>>,
) {
    let bytes = text.as_bytes();
    let mut i = start;
    while i < limit {
        let b = bytes[i];
        // ASCII is most text: it is read byte by byte, the rest character by character.
        let (kind, len) = if b.is_ascii() {
            if matches!(b, b' ' | b'\t' | b'\n' | b'\r' | 0x0b | 0x0c) {
                i += 1;
                continue;
            }
            if b.is_ascii_alphanumeric() {
                let end = i + ascii_alphanumeric_run(&bytes[i..limit]);
                // A word that goes on past ASCII letters (`Korea’s`, `U.S.`, `Won-Sik`) takes the
                // general rule.
                let plain = end == limit
                    || (bytes[end].is_ascii() && !matches!(bytes[end], b'\'' | b'-' | b'.' | b'&'));
                (
                    TokKind::Word,
                    if plain { end - i } else { word_len(&text[i..limit]) },
                )
            } else {
                (TokKind::Punct(char::from(b)), 1)
            }
        } else {
            let Some(c) = text[i..limit].chars().next() else {
                break;
            };
            if c.is_whitespace() {
                i += c.len_utf8();
                continue;
            }
            if c.is_alphanumeric() {
                (TokKind::Word, word_len(&text[i..limit]))
            } else {
                (TokKind::Punct(c), c.len_utf8())
            }
        };
        tokens.push(token(text, lowered, kind, i, i + len, paragraph));
        i += len;
    }
}

fn token<'a>(
    text: &str,
    lowered: &'a str,
    kind: TokKind,
    start: usize,
    end: usize,
    paragraph: usize,
) -> Token<'a> {
    let (lower, capitalized) = match kind {
        TokKind::Word => (
            &lowered[start..end],
            match text.as_bytes()[start] {
                b if b.is_ascii() => b.is_ascii_uppercase(),
                _ => text[start..end].chars().next().is_some_and(char::is_uppercase),
            },
        ),
        _ => ("", false),
    };
    Token {
        kind,
        start: start as u32,
        end: end as u32,
        lower,
        capitalized,
        paragraph: paragraph as u32,
        sentence: 0,
    }
}

/// `text` in lower case with every character at the same byte offset, so that a word's lower
/// case is the same range of it: one allocation a document instead of one a capitalised word.
/// The few capitals whose lower case is longer or shorter in UTF-8 (`İ`, `ẞ`) stay as they are.
fn lower_in_place(text: &str) -> String {
    let mut lowered = text.to_owned();
    lowered.make_ascii_lowercase();
    let mut i = 0;
    while let Some(skip) = first_non_ascii(&text.as_bytes()[i..]) {
        i += skip;
        let Some(c) = text[i..].chars().next() else {
            break;
        };
        let mut lower = c.to_lowercase();
        if let (Some(l), None) = (lower.next(), lower.next())
            && l != c
            && l.len_utf8() == c.len_utf8()
        {
            // The same number of bytes in place: nothing after them moves.
            lowered.replace_range(i..i + c.len_utf8(), l.encode_utf8(&mut [0; 4]));
        }
        i += c.len_utf8();
    }
    lowered
}

/// Length in bytes of the word at the start of `s`: letters and digits, joined by apostrophes,
/// hyphens and inner periods (`Korea’s`, `Won-Sik`, `U.S.`), plus the period of an abbreviation.
fn word_len(s: &str) -> usize {
    let mut end = 0;
    loop {
        end += ascii_alphanumeric_run(&s.as_bytes()[end..]);
        let mut rest = s[end..].chars();
        match rest.next() {
            Some(c) if c.is_alphanumeric() => end += c.len_utf8(),
            // A joiner counts when a letter or digit follows it.
            Some(c @ ('’' | '\'' | '-' | '.' | '&')) if rest.next().is_some_and(char::is_alphanumeric) => {
                end += c.len_utf8();
            }
            _ => break,
        }
    }
    let word = &s[..end];
    // A period before a comma ends no sentence: an abbreviation (`Flint, Mich., said`).
    if s[end..].starts_with(".,") {
        return end + 1;
    }
    if s[end..].starts_with('.') {
        let initial = word.chars().count() == 1 && word.chars().all(char::is_uppercase);
        if initial || word.contains('.') || is_abbreviation_word(word) {
            return end + 1;
        }
    }
    end
}

/// `lexicon::is_abbreviation` of the word in lower case; a short ASCII word (every sentence's
/// last word is asked) is lowered on the stack.
fn is_abbreviation_word(word: &str) -> bool {
    let mut lowered = [0u8; 16];
    match lowered.get_mut(..word.len()) {
        Some(lowered) if word.is_ascii() => {
            lowered.copy_from_slice(word.as_bytes());
            lowered.make_ascii_lowercase();
            std::str::from_utf8(lowered).is_ok_and(lexicon::is_abbreviation)
        }
        _ => lexicon::is_abbreviation(&word.to_lowercase()),
    }
}

/// Sentence numbers: a new sentence after `.`, `!` or `?` followed by a capital, a quotation or
/// the end, after a quotation that ends its own sentence and is followed by a capital, and at
/// every paragraph.
fn number_sentences(text: &str, spans: &[QuoteSpan], tokens: &mut [Token]) {
    let mut sentence = 0;
    for i in 0..tokens.len() {
        if i > 0 && tokens[i].paragraph != tokens[i - 1].paragraph {
            sentence += 1;
        }
        tokens[i].sentence = sentence;
        let next_starts = tokens.get(i + 1).is_none_or(|n| match n.kind {
            TokKind::Word => n.capitalized,
            TokKind::Quote(_) => true,
            TokKind::Punct(_) => false,
        });
        let ends = match tokens[i].kind {
            TokKind::Punct(c) => matches!(c, '.' | '!' | '?') && next_starts,
            TokKind::Quote(q) => {
                let inner = text[spans[q as usize].start..spans[q as usize].end].trim_end();
                inner.ends_with(['.', '!', '?'])
                    && tokens
                        .get(i + 1)
                        .is_some_and(|n| n.kind == TokKind::Word && n.capitalized)
            }
            TokKind::Word => false,
        };
        if ends {
            sentence += 1;
        }
    }
}

/// A party and state after a politician's name (`R-Ariz.`, `D-N.Y.`).
fn is_party_label(word: &str) -> bool {
    matches!(word.as_bytes(), [b'R' | b'D' | b'I', b'-', state, ..] if state.is_ascii_uppercase())
}

/// Whether `word` holds at least two letters: more than an initial.
fn has_two_letters(word: &str) -> bool {
    word.chars().filter(|c| c.is_alphabetic()).nth(1).is_some()
}

/// Conjunctions that open an adverbial clause (`after remaining neutral in the primary, …`).
fn is_subordinator(lower: &str) -> bool {
    matches!(
        lower,
        "after"
            | "before"
            | "while"
            | "when"
            | "since"
            | "although"
            | "though"
            | "despite"
            | "because"
            | "once"
            | "until"
            | "unless"
    )
}

fn is_determiner(lower: &str) -> bool {
    matches!(
        lower,
        "the"
            | "a"
            | "an"
            | "another"
            | "one"
            | "his"
            | "her"
            | "its"
            | "their"
            | "our"
            | "two"
            | "several"
            | "der"
            | "die"
            | "das"
            | "ein"
            | "eine"
            | "einer"
            | "des"
    )
}

fn is_definite(lower: &str) -> bool {
    matches!(
        lower,
        "the" | "his" | "her" | "its" | "their" | "der" | "die" | "das"
    )
}

/// Words that end a noun phrase read rightwards (`the man who`, `the official that`).
fn is_clause_word(lower: &str) -> bool {
    matches!(
        lower,
        "who" | "that" | "which" | "whose" | "and" | "or" | "but" | "as" | "in" | "on" | "at" | "to" | "for"
    )
}

fn is_possessive(lower: &str) -> bool {
    lower.ends_with("’s") || lower.ends_with("'s") || lower.ends_with('’') || lower.ends_with('\'')
}

fn strip_possessive(word: &str) -> String {
    without_possessive(word).to_string()
}

fn without_possessive(word: &str) -> &str {
    word.strip_suffix("’s")
        .or_else(|| word.strip_suffix("'s"))
        .unwrap_or(word)
}

/// A lower-case word without its possessive ending and trailing period (`minister’s` -> `minister`).
fn base(lower: &str) -> &str {
    let w = lower
        .strip_suffix("’s")
        .or_else(|| lower.strip_suffix("'s"))
        .unwrap_or(lower);
    if lexicon::is_title(w) {
        w
    } else {
        w.trim_end_matches('.')
    }
}

/// `is_title(base(lower))` with one lookup for most words: only a word with a trailing period
/// (`Sen.`) is looked up again without it.
fn is_title_word(lower: &str) -> bool {
    let w = without_possessive(lower);
    lexicon::is_title(w) || (w.ends_with('.') && lexicon::is_title(w.trim_end_matches('.')))
}

/// Whether `hay` contains `needle` as a contiguous run of words.
fn contains_run<A: AsRef<str>, B: AsRef<str>>(hay: &[A], needle: &[B]) -> bool {
    !needle.is_empty()
        && hay
            .windows(needle.len())
            .any(|w| w.iter().zip(needle).all(|(h, n)| h.as_ref() == n.as_ref()))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::{extract, paragraphs};

    /// `(speaker, mention, cue)` for each quotation of `text`.
    fn who(text: &str) -> Vec<(String, String, String)> {
        let pars = paragraphs(text);
        let spans = extract(text, &pars);
        attribute(text, &pars, &spans)
            .into_iter()
            .map(|a| a.map(|a| (a.speaker, a.mention, a.cue)).unwrap_or_default())
            .collect()
    }

    fn speakers(text: &str) -> Vec<String> {
        who(text).into_iter().map(|(s, _, _)| s).collect()
    }

    #[test]
    fn a_document_is_lowered_in_place() {
        // Capitals outside ASCII are lowered where their lower case takes as many bytes; `İ`
        // (two bytes, three in lower case) and `ẞ` (three bytes, two) stay.
        let text = "“ÉLYSÉE”, said Łukasz ÖZTÜRK İSTANBUL ẞ. ΑΘΗΝΑ, at the end: É";
        assert_eq!(
            lower_in_place(text),
            "“élysée”, said łukasz öztürk İstanbul ẞ. αθηνα, at the end: é"
        );
        for (start, _) in text.char_indices() {
            let lowered = lower_in_place(&text[start..]);
            assert_eq!(lowered.len(), text.len() - start);
            assert!(lowered.ends_with('é'));
        }
    }

    #[test]
    fn a_name_named_again_is_one_entity_and_a_surname_an_occurrence_of_the_full_name() {
        let text = "Ana Ortiz met Luis Vega. Ortiz spoke first. Vega left early. Ana Ortiz stayed.";
        let pars = paragraphs(text);
        let lowered = lower_in_place(text);
        let doc = Parsed::new(text, &lowered, &pars, &[]);
        let entities: Vec<(String, Vec<&str>)> = doc
            .entities
            .iter()
            .map(|e| {
                let at = &doc.occurrences[e.occurrences.clone()];
                (
                    e.name.join(" "),
                    at.iter().map(|&t| &text[doc.tokens[t].range()]).collect(),
                )
            })
            .collect();
        assert_eq!(
            entities,
            [
                ("Ana Ortiz".to_string(), vec!["Ana", "Ortiz", "Ana"]),
                ("Luis Vega".to_string(), vec!["Luis", "Vega"]),
                ("Ortiz".to_string(), vec![]),
                ("Vega".to_string(), vec![]),
            ]
        );
    }

    #[test]
    fn party_labels_and_initials_are_no_names_on_their_own() {
        for label in ["R-Ariz.", "D-N.Y.", "I-Vt."] {
            assert!(is_party_label(label), "{label}");
        }
        for word in ["R-", "Re-Ariz.", "D-n.y.", "X-Men", "Rand", ""] {
            assert!(!is_party_label(word), "{word}");
        }
        assert!(has_two_letters("Al") && has_two_letters("Ñu") && has_two_letters("J.R."));
        assert!(!has_two_letters("J.") && !has_two_letters("(R)") && !has_two_letters("É"));
    }

    #[test]
    fn a_paragraph_ends_where_its_tokens_end_however_long_it_is() {
        let text: String = [1, 2, 3, 40, 1, 17, 200, 5]
            .iter()
            .map(|&n| "word ".repeat(n) + "\n")
            .collect();
        let pars = paragraphs(&text);
        let lowered = lower_in_place(&text);
        let (tokens, _) = tokenize(&text, &lowered, &pars, &[]);
        for start in 0..tokens.len() {
            let linear = start
                + tokens[start..]
                    .iter()
                    .take_while(|t| t.paragraph == tokens[start].paragraph)
                    .count();
            assert_eq!(paragraph_end(&tokens, start), linear, "from token {start}");
        }
    }

    #[test]
    fn words_hold_their_joiners_and_an_abbreviation_its_period() {
        fn len(s: &str) -> &str {
            &s[..word_len(s)]
        }
        assert_eq!(len("Korea\u{2019}s ally"), "Korea\u{2019}s");
        assert_eq!(len("Won-Sik said"), "Won-Sik");
        assert_eq!(len("don't stop"), "don't");
        assert_eq!(len("U.S. troops"), "U.S.");
        assert_eq!(len("Mich., said"), "Mich.");
        assert_eq!(len("Sen. Ortiz"), "Sen.");
        assert_eq!(len("SEN. ORTIZ"), "SEN.");
        assert_eq!(len("sen. Ortiz"), "sen.");
        assert_eq!(len("Senators. Next"), "Senators");
        assert_eq!(len("Internationalization. Next"), "Internationalization");
        assert_eq!(len("Señ. Ortiz"), "Señ");
        assert_eq!(len("end. Next"), "end");
        assert_eq!(len("well--known"), "well");
        assert_eq!(len("AT&T shares"), "AT&T");
        assert_eq!(len("Gro\u{df}stadt-Pl\u{e4}ne sind"), "Gro\u{df}stadt-Pl\u{e4}ne");
    }

    #[test]
    fn a_cue_after_a_comma_late_in_the_sentence_takes_the_subject_after_it() {
        let text = "The council met on Monday.\n\
                    “We will rebuild the harbour before winter,” in a sharp break with past plans, \
                    said Ana Ortiz, the mayor.\n\
                    The plan would bring a “season of hardship” to the valley, forcing farmers to \
                    sell, said Lee Park, an economist.\n";
        assert_eq!(speakers(text), ["Ana Ortiz", "Lee Park"]);
    }

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

    #[test]
    fn german_subject_in_apposition_before_the_cue_and_object_after_it() {
        assert_eq!(
            speakers(
                "Die Stadt baut die Brücke neu. Die Sprecherin des Verbands, Anna Keller, kritisierte die \
                 Entscheidung scharf: „Das ist zu teuer und kommt viel zu spät für die Pendler.“"
            ),
            ["Anna Keller"]
        );
    }

    #[test]
    fn german_subject_before_an_appositive_and_object_after_the_verb() {
        let text = "Die Stadt baut neu. Der Verkehrsminister, Jonas Weber, charakterisierte das Opfer als \
                    ein „Beispiel taktlosen Verhaltens gegenüber den Fahrgästen“.";
        assert_eq!(speakers(text), ["Jonas Weber"]);
        let text = "Die Stadt baut neu. Lena Brandt, Aufsichtsvorsitzende der Stadtwerke, nennt den Vorgang \
                    ein „Muster für die Zusammenarbeit der Gemeinden im ganzen Land“.";
        assert_eq!(speakers(text), ["Lena Brandt"]);
        let text = "Die Stadt baut neu. Der englischen Zeitung sagte Filip Marek: „Ich werde nicht \
                    aufgeben und kämpfe weiter für die Freiheit.“";
        assert_eq!(speakers(text), ["Filip Marek"]);
    }

    #[test]
    fn a_name_is_looked_up_under_its_rarest_word() {
        // A word twice in one name (`Ana Ana`) holds it once.
        let holders = Holders::of(&[
            &["Ana"],
            &["Ana", "Ruiz"],
            &["Ana", "Ana"],
            &["Ana", "Maria", "Ruiz"],
        ]);
        assert_eq!(rarest_holders(&holders, &["Ana", "Ruiz"]), Some(&[1, 3][..]));
        assert_eq!(
            rarest_holders(&holders, &["Ana", "Maria", "Ruiz"]),
            Some(&[3][..])
        );
        assert_eq!(rarest_holders(&holders, &["Ana"]), Some(&[0, 1, 2, 3][..]));
        // A word no entity holds: no entity holds the name.
        assert_eq!(rarest_holders(&holders, &["Ana", "Ortiz"]), None);
        assert_eq!(rarest_holders::<&str>(&holders, &[]), None);
    }

    #[test]
    fn quotations_without_a_cue_continue_a_neighbours_speech() {
        let via = |text: &str| -> Vec<(String, Option<Via>)> {
            let pars = paragraphs(text);
            let spans = extract(text, &pars);
            attribute(text, &pars, &spans)
                .into_iter()
                .map(|a| a.map_or((String::new(), None), |a| (a.speaker, Some(a.via))))
                .collect()
        };
        let cont = |s: &str| (s.to_string(), Some(Via::Continuation));
        let cue = |s: &str| (s.to_string(), Some(Via::Cue));
        // An earlier quotation of the same paragraph, over others without a cue.
        let text = "Title\n\nThe levee held. “It held,” Ana Ruiz said. Then came rain; “and more rain” and \
                    “more still” fell.";
        assert_eq!(via(text), [cue("Ana Ruiz"), cont("Ana Ruiz"), cont("Ana Ruiz")]);
        // A later one of the same sentence.
        let text = "Title\n\nThe levee held; “so far” and “for now,” said Ana Ruiz.";
        assert_eq!(via(text), [cont("Ana Ruiz"), cue("Ana Ruiz")]);
        // The last one of the paragraph before, when the quotation opens its paragraph.
        let text = "Title\n\nRain fell. Ana Ruiz said the levee “held for now.”\n\n“It will hold in May.”";
        assert_eq!(via(text), [cue("Ana Ruiz"), cont("Ana Ruiz")]);
        // Not one of a paragraph further back, nor of the one before when the quotation does
        // not open its paragraph.
        let text =
            "Title\n\nAna Ruiz said the levee “held for now.”\n\nThe levee held.\n\n“It will hold in May.”";
        assert_eq!(via(text)[1], (String::new(), None));
        let text = "Title\n\nAna Ruiz said the levee “held for now.”\n\nand then “more still” came.";
        assert_eq!(via(text)[1], (String::new(), None));
    }

    #[test]
    fn german_indirect_speech_keeps_the_source_that_a_sentence_before_names() {
        // The cue after the words it reports, its subject after it; an indicative aside between.
        let text = "Es gebe keine Möglichkeit, sich dagegen zu wehren, schreibt der Mieterbund. \
                    Die Stadt habe das lange verschwiegen. Der Rat tagt im Juni.\n\n\
                    Die neuen Tarife seien „unzumutbar“.";
        assert_eq!(who(text)[0].1, "der Mieterbund");
        // The subject before the cue.
        let text = "Die Ärztekammer kritisierte die Reform scharf. Die Kliniken müssten „kaputtsparen“.";
        assert_eq!(who(text)[0].1, "Die Ärztekammer");
        // Not in the subjunctive: the writer's own words, no source carried over.
        let text = "Der Mieterbund kritisierte die Pläne scharf. Im Mai kamen die „neuen Tarife“.";
        assert_eq!(who(text)[0], Default::default());
        let text = "Der Mieterbund kritisierte die Pläne scharf. Im Mai seien die „neuen Tarife“ gekommen.";
        assert_eq!(who(text)[0].1, "Der Mieterbund");
        // Two asides in the indicative end the indirect speech.
        let text = "Die Ärztekammer kritisierte die Reform scharf. Die Kliniken sind voll. Der Winter \
                    kommt. Die Kliniken müssten „kaputtsparen“.";
        assert_eq!(who(text)[0], Default::default());
        // Nor over a run of words longer than any sentence, before the quotation's sentence or
        // in it.
        let run = "und die Stadt sei ".repeat(SENTENCE_REACH / 4 + 1);
        let text =
            format!("Der Mieterbund kritisierte die Pläne scharf. Im Mai {run}. Die „Tarife“ seien neu.");
        assert_eq!(who(&text)[0], Default::default());
        let text =
            format!("Der Mieterbund kritisierte die Pläne scharf. Im Mai {run}seien die „Tarife“ neu.");
        assert_eq!(who(&text)[0], Default::default());
        // Nor is a source read back past the paragraph before.
        let text = "Die Ärztekammer kritisierte die Reform scharf.\n\nDie Kliniken müssten sparen.\n\n\
                    Die Kliniken müssten „kaputtsparen“.";
        assert_eq!(who(text)[0], Default::default());
    }

    #[test]
    fn german_advice_and_rejoinders_are_cues() {
        let text = "Die Lage bleibt unklar. Das Außenministerium rät dazu, „nicht notwendige Reisen in das \
                    Land zu verschieben“.";
        assert_eq!(who(text)[0].1, "Das Außenministerium");
        let text = "Die Debatte war hitzig. Danach entgegnete Jana Roth empört: „Das lassen wir so nicht \
                    stehen, das ist schlicht falsch.“";
        assert_eq!(speakers(text), ["Jana Roth"]);
    }

    #[test]
    fn german_names_with_von_der() {
        let text = "Die Lage ist ernst. Ursula von der Leyen betonte: „Wir brauchen viele Frauen mit viel \
                    Erfahrung im Umgang mit Kindern.“";
        assert_eq!(speakers(text), ["Ursula von der Leyen"]);
        let text = "Die Lage ist ernst. Von der Leyen betonte, unter den Bewerberinnen seien „viele Frauen \
                    mit viel Erfahrung im Umgang mit Kindern“.";
        assert_eq!(who(text)[0].1, "Von der Leyen");
    }

    #[test]
    fn german_newspapers_after_the_verb_are_not_speakers() {
        let text = "Die Ministerin Anna Roth (SPD) sagte hierzu der Nordischen Zeitung, sie hoffe, dass \
                    „viele Frauen diese neue Chance ergreifen wollen“.";
        assert!(!who(text)[0].1.contains("Zeitung"), "{:?}", who(text));
        let text = "Die Ministerin Anna Roth sagte der Zeitung: „Wir werden die Brücke noch vor dem Winter \
                    wieder aufbauen.“";
        assert!(speakers(text)[0].ends_with("Anna Roth"), "{:?}", speakers(text));
    }

    #[test]
    fn german_object_first_then_the_naming_verb_and_its_subject() {
        let text = "Die Lage ist ernst. Die Pläne der Regierung bezeichnete er als einen „Angriff auf die \
                    Freiheit der Presse im ganzen Land“.";
        assert_eq!(who(text)[0].1, "er");
    }

    #[test]
    fn german_nach_angaben_names_the_source() {
        let text = "Der Streit eskalierte. Nach Angaben der Anwältin Maria Vogt handelte es sich um „eine \
                    ganz normale Auseinandersetzung unter Nachbarn“.";
        assert!(who(text)[0].1.contains("Maria Vogt"), "{:?}", who(text));
    }

    #[test]
    fn a_cue_after_the_quotations_sentence_belongs_to_the_next() {
        let text = "Die Ministerin Eva Roth zitiert dazu Jonas Berg mit den Worten: „Die Werft bleibt \
                    offen. Das ist beschlossen.“ Laut der gleichen Agentur plant die Stadt einen Neubau.";
        assert_eq!(who(text)[0].0, "Jonas Berg");
        let text = "The mayor spoke on Monday. “The shipyard stays open. That is settled.” According to \
                    the same agency, the city plans a new dock.";
        assert!(!who(text)[0].1.contains("agency"), "{:?}", who(text));
        let text = "Sie sagte am Montag, das Gesetz sei „ein Fehler“. Den Rat der Stadt forderte sie auf, \
                    es zu ändern.";
        assert!(!who(text)[0].1.contains("Rat"), "{:?}", who(text));
        // A sentence that only says who and where is the quotation's own: `X said.`, `X told Y
        // in an interview.`; one that reports more words is not.
        let text = "“The shipyard stays open. That is settled.” Ana Ortiz said.";
        assert_eq!(who(text)[0].0, "Ana Ortiz");
        let text = "“The shipyard stays open!” Ana Ortiz told Jorge Ramos in an interview for Radio Sur.";
        assert_eq!(who(text)[0].0, "Ana Ortiz");
        let text = "“The shipyard stays open!” Ana Ortiz told him on Monday.";
        assert_eq!(who(text)[0].0, "Ana Ortiz");
        let text = "The mayor spoke first. “The shipyard stays open!” Ana Ortiz said the dock would close.";
        assert_ne!(who(text)[0].0, "Ana Ortiz");
    }

    #[test]
    fn german_accusations_are_cues() {
        let text = "Sie warf der Regierung vor, die Lage auszunutzen, um diese „massiven Einschnitte“ zu \
                    beschließen.";
        assert_eq!(who(text)[0].1, "Sie", "{:?}", who(text));
    }

    #[test]
    fn a_german_genitive_before_the_cue_belongs_to_the_subject() {
        let text = "Die Regierung versuchte, die Märkte mit Worten zu beruhigen. Ein Sprecher des \
                    Finanzministeriums sagte: „Wir sind zuversichtlich, dass es reicht.“";
        assert_eq!(who(text)[0].1, "Ein Sprecher", "{:?}", who(text));
    }

    #[test]
    fn a_german_verb_after_an_appositive_has_the_name_before_it() {
        let text = "Die Opposition wies die Pläne zurück. Der Sprecher der Partei, Jonas Berg, und Eva Roth, \
                    Sprecherin für Innere Sicherheit, sprachen von einem „gefährlichen Dammbruch“ und \
                    forderten eine Debatte.";
        assert_eq!(who(text)[0].1, "Eva Roth", "{:?}", who(text));
    }

    #[test]
    fn a_german_quotation_without_a_cue_is_the_subject_of_the_sentence_before() {
        let text = "Die Partei hat ihr Programm vorgestellt.\n\nEuropapolitik: Die SPD will am Kurs der \
                    Erweiterung festhalten. „Wir wollen ein Europa, auf das man sich verlassen kann.“";
        assert_eq!(who(text)[0].1, "Die SPD", "{:?}", who(text));
    }

    #[test]
    fn a_german_article_after_the_subject_is_no_verb() {
        let text = "Das Schicksal der Werft stehe „auf Messers Schneide“.";
        assert_eq!(who(text)[0].1, "", "{:?}", who(text));
    }

    #[test]
    fn a_german_genitive_belongs_to_the_subject() {
        let text = "Die Prüfer des Landesamtes werfen den Kommunen vor: „Eine Kontrolle findet nicht statt.“";
        assert_eq!(who(text)[0].1, "Die Prüfer", "{:?}", who(text));
    }

    #[test]
    fn a_german_subject_keeps_its_long_attributes() {
        let text = "Jana Holm vom Institut für Meeresforschung in Kiel erläutert die Hypothese so: „Das \
                    Wasser wird wärmer.“";
        assert_eq!(who(text)[0].0, "Jana Holm", "{:?}", who(text));
        // A capitalised adverb opens the sentence, not a name.
        let text = "Ganz aktuell berichtete die Forscherin Jana Holm: „Das Wasser wird wärmer.“";
        assert!(who(text)[0].1.contains("Jana Holm"), "{:?}", who(text));
    }

    #[test]
    fn a_label_before_a_colon_is_no_subject() {
        let text = "Steuern: Die Partei will hohe Einkommen („ab 250.000 Euro im Jahr“) stärker belasten.";
        assert_eq!(who(text)[0].1, "Die Partei", "{:?}", who(text));
    }

    #[test]
    fn german_so_with_a_cue_and_an_object_pronoun() {
        let text = "„Er ist die eiserne Hand im Samthandschuh“, so beschrieb ihn der Betriebsrat Jens Ott.";
        assert!(who(text)[0].0.contains("Jens Ott"), "{:?}", who(text));
        // `so heißt` names, it does not report.
        let text = "„Wikiwerk“, so heißt das geplante Projekt.";
        assert_eq!(who(text)[0].1, "", "{:?}", who(text));
    }

    #[test]
    fn a_german_subordinate_clause_has_its_subject_after_the_conjunction() {
        let text = "Der Verband Mieterbund legte nach, indem er die Stadt zum Handeln aufforderte: „Die \
                    Mieten steigen jeden Monat.“";
        assert_eq!(who(text)[0].1, "er", "{:?}", who(text));
    }

    #[test]
    fn german_verb_of_naming_takes_its_object_after_it() {
        let text = "Die Stadtwerke bestätigten die Zahlen der Gewerkschaft nicht und nannten sie „reine \
                    Spekulation ohne jede Grundlage“.";
        assert_eq!(who(text)[0].1, "Die Stadtwerke");
    }

    #[test]
    fn german_zitieren_quotes_its_object_or_its_passive_subject() {
        let active = "Die Lokalzeitung zitiert den Bürgermeister Jan Brandt mit den Worten: „Wir bauen die \
                      Brücke bis zum Winter wieder auf und das ist nicht verhandelbar.“";
        assert!(speakers(active)[0].ends_with("Jan Brandt"));
        let passive = "Der Bürgermeister Jan Brandt wird in der Zeitung mit den Worten zitiert: „Wir bauen \
                       die Brücke bis zum Winter wieder auf und das ist nicht verhandelbar.“";
        assert!(speakers(passive)[0].ends_with("Jan Brandt"));
    }

    #[test]
    fn a_german_sentence_opened_by_an_adverbial_phrase_has_no_subject_before_its_verb() {
        for text in [
            "Die Lage ist ruhig. Am Abend wurden in Kiel zwei Männer wegen der „Aktion Sturmflut“ \
             festgenommen.",
            "Die Lage ist ruhig. Bereits am Sonntagabend standen Hunderte vor dem „Haus der \
             Demokratie“ in Kiel.",
            "Die Lage ist ruhig. Insgesamt wurden bei der Mission „Blaue Brücke“ drei Soldaten verletzt.",
        ] {
            assert_eq!(speakers(text), [""], "{text}");
        }
    }

    #[test]
    fn german_perfect_has_its_subject_before_the_auxiliary() {
        for (text, mention) in [
            (
                "Die Polizei liest den Brief. Der 58-Jährige habe darin geschrieben, er müsse die Stadt \
                 „aus diesem schlechten Leben“ führen.",
                "Der 58-Jährige",
            ),
            (
                "Die Lage ist ruhig. Die Ministerin hat am Montag angekündigt, man werde „mit aller Härte“ \
                 vorgehen.",
                "Die Ministerin",
            ),
        ] {
            assert_eq!(who(text)[0].1, mention, "{text}");
        }
    }

    #[test]
    fn german_participle_after_the_quotation_has_the_subject_that_opens_the_sentence() {
        let text = "Die Lage ist ruhig. Der Minister hatte den Auftrag als „Geschäft des Jahrhunderts“ \
                    bezeichnet.";
        assert_eq!(who(text)[0].2, "bezeichnet");
        assert_eq!(who(text)[0].1, "Der Minister");
    }

    #[test]
    fn german_words_from_a_document_are_the_documents() {
        for (text, mention) in [
            (
                "Die Lage ist ruhig. Die Behörde gab eine Stellungnahme ab. Darin steht: „Wir sind \
                 sehr betroffen von dem Fall.“",
                "eine Stellungnahme",
            ),
            (
                "Die Lage ist ruhig. In der Erklärung der Regierung heißt es: „Wir werden die Lage \
                 genau beobachten.“",
                "der Erklärung",
            ),
        ] {
            assert_eq!(who(text)[0].1, mention, "{text}");
        }
    }

    #[test]
    fn german_reported_speech_subject_is_not_the_speaker() {
        let text = "Nach Angaben der Anwältin Maria Vogt ging es um einen Streit. Der Nachbar sei \
                    „nicht aggressiv oder so“.";
        let found = who(text);
        assert!(!found[0].1.contains("Nachbar"), "{found:?}");
    }

    #[test]
    fn a_relative_clause_after_the_appositive_is_read_past() {
        let text = "Ana Ortiz, president of the union, which represents New York City teachers, said she \
                    hopes the strike sends a message that “the schools belong to the children.”";
        assert_eq!(speakers(text), ["Ana Ortiz"]);
    }

    #[test]
    fn a_pronoun_with_one_person_around_is_firm_evidence() {
        let named = |text: &str| -> Vec<bool> {
            let pars = paragraphs(text);
            let spans = extract(text, &pars);
            attribute(text, &pars, &spans)
                .into_iter()
                .map(|a| a.is_some_and(|a| a.named))
                .collect()
        };
        let alone = "Mayor Ana Ortiz arrived in Lima on Monday.\n\n“We will rebuild the bridge,” she said.";
        assert_eq!(named(alone), [true]);
        let crowded = "Mayor Ana Ortiz met Governor Rosa Diaz in Lima on Monday.\n\n“We will rebuild the \
                       bridge,” she said.";
        assert_eq!(named(crowded), [false]);
    }

    #[test]
    fn a_pronoun_after_a_quotation_speaks_for_the_sentences_subject() {
        let text = "LIMA ― Mayor Ana Ortiz is “very close” to naming a successor to former Police Chief \
                    Rosa Diaz, she told reporters on Monday.";
        assert_eq!(speakers(text), ["Ana Ortiz"]);
        let named = attribute(text, &paragraphs(text), &extract(text, &paragraphs(text)));
        assert!(named[0].as_ref().is_some_and(|a| a.named));
        // Without a quotation between them, the pronoun is the latest subject's.
        let text = "Mayor Ana Ortiz met Rosa Diaz on Monday.\n\nRosa Diaz left early, and she said the talks \
                    went “very well.”";
        assert_eq!(speakers(text), ["Rosa Diaz"]);
    }

    #[test]
    fn a_participle_after_a_dateline_and_an_irregular_verb_takes_the_sentences_subject() {
        let text = "LIMA ― Mayor Ana Ortiz made her first visit to the port on Monday, meeting the pilot \
                    Rosa Diaz and calling the new harbour tax “a burden on every family.”";
        assert_eq!(speakers(text), ["Ana Ortiz"]);
    }

    #[test]
    fn a_time_may_stand_between_the_subject_and_its_verb() {
        let text = "LIMA ― Mayor Ana Ortiz on Tuesday renewed her attack on the “harbour tax” and the port.";
        assert_eq!(speakers(text), ["Ana Ortiz"]);
        // Words after a preposition are no verb (`in benefits`), as they are after an auxiliary.
        let text = "Reductions in benefits would be “minimal,” the report found.";
        assert_ne!(speakers(text), ["Reductions"]);
    }

    #[test]
    fn a_verb_that_is_also_a_noun_is_a_cue_after_a_quotation() {
        let text = "Apple chief Ana Ortiz called the law dangerous.\n\n“We are deeply concerned about the \
                    harm it does to our workers,” reads the letter.";
        assert_eq!(who(text)[0].1, "the letter", "{:?}", who(text));
        // Not when a clause of its own follows (`insists he'll …`).
        let text = "The front-runner, who called them “rapists,” insists he'll make Peru pay.";
        assert_ne!(who(text)[0].1, "Peru", "{:?}", who(text));
    }

    #[test]
    fn by_and_the_gerund_of_a_cue_report_the_subjects_words() {
        let text = "Senator Bo Lind distanced himself from the group by saying “he would help if asked.”";
        assert_eq!(speakers(text), ["Bo Lind"]);
        let text = "Mayor Ana Ortiz surprised the council by saying she would resign. “I am going to leave \
                    this office with my head held high.”";
        assert_eq!(speakers(text), ["Ana Ortiz"]);
    }

    #[test]
    fn a_quotation_without_a_cue_is_the_subject_of_the_sentence_before() {
        let text = "The inquiry closed last week.\n\nSenator Ana Ortiz was also troubled by the handling of the \
                    files.\n\n“Her lack of respect for secret information puts lives in jeopardy.”";
        assert_eq!(speakers(text), ["Ana Ortiz"]);
        // In the same paragraph too.
        let text = "The inquiry closed last week.\n\nSenator Ana Ortiz was also troubled by the handling of \
                    the files. “Her lack of respect for secret information puts lives in jeopardy.”";
        assert_eq!(speakers(text), ["Ana Ortiz"]);
        // Not when that paragraph quotes someone: its speaker goes on.
        let text = "The inquiry closed last week.\n\nSenator Ana Ortiz listened as Bo Lind called the leak \
                    “a disgrace to the service.”\n\n“Her lack of respect for secret information puts lives in \
                    jeopardy.”";
        assert_eq!(speakers(text), ["Bo Lind", "Bo Lind"]);
    }

    #[test]
    fn a_second_verb_after_but_and_a_time_before_the_subject() {
        let text = "Eight years ago, he supported Bo Lind over Ana Ortiz and said, “She has never done \
                    anything for us.”";
        assert_eq!(who(text)[0].1, "he", "{:?}", who(text));
        let text = "She was defending the group against attacks from Ana Ortiz, but admitted “one or two \
                    mistakes” in its work.";
        assert_eq!(who(text)[0].1, "She", "{:?}", who(text));
    }

    #[test]
    fn third_person_and_ing_forms_of_cue_verbs_are_cues() {
        let text = "The council met on Monday. Mayor Ana Ortiz left the hall early, conceding “we lost this \
                    vote fair and square.”";
        assert_eq!(
            who(text)[0],
            ("Ana Ortiz".into(), "Ana Ortiz".into(), "conceding".into())
        );
        let text =
            "The council met on Monday. Bo Lind cites the “union placards carried by marchers” as proof.";
        assert_eq!(speakers(text), ["Bo Lind"]);
    }

    #[test]
    fn a_thing_called_something_is_named_not_quoted() {
        let text = "The filing accuses the Linds of booking dental work as a gift to a charity called \
                    “Smiles for Life” and theatre tickets as an event for “Republican women.”";
        assert_eq!(speakers(text), ["", ""], "{:?}", who(text));
        // A speaker who calls something so is still a speaker.
        let text = "Senator Ana Ortiz called “the whole filing a disgrace” on Monday.";
        assert_eq!(speakers(text), ["Ana Ortiz"]);
    }

    #[test]
    fn a_long_relative_clause_between_subject_and_cue_is_read_past() {
        let text = "Ana Ortiz, who has campaigned heavily for the mayor since she suspended her own campaign \
                    for the council in February, blasted the plan as a “disgrace” on Monday.";
        assert_eq!(speakers(text), ["Ana Ortiz"]);
    }

    #[test]
    fn a_pronoun_finds_the_person_after_a_title_with_of() {
        let text = "Secretary of State Ana Ortiz arrived in Lima on Monday for talks.\n\n“We will sign the \
                    treaty before the summer is over,” she said.";
        assert_eq!(speakers(text), ["Ana Ortiz"]);
    }

    #[test]
    fn possessive_noun_of_speech_names_the_speaker() {
        let found = who(
            "Senator Alma Brandt said many members still doubted Mr. Okafor’s apology and promise to \
             seek “a fresh start” with the union.",
        );
        assert_eq!((found[0].0.as_str(), found[0].2.as_str()), ("Okafor", "promise"));
        let found = who("Gov. Ruth Lindqvist mocked Mayor Dan Osei’s claim that “the budget is balanced.”");
        assert_eq!(found[0].0, "Dan Osei");
    }

    #[test]
    fn name_then_cue_after_the_quote() {
        assert_eq!(
            who("“We are ready,” Ryder said."),
            [("Ryder".into(), "Ryder".into(), "said".into())]
        );
    }

    #[test]
    fn cue_then_name_after_the_quote() {
        assert_eq!(
            speakers("“We are ready,” said Maria Lopez, the mayor."),
            ["Maria Lopez"]
        );
    }

    #[test]
    fn cue_before_the_quote() {
        assert_eq!(
            speakers("Putin said Seoul would be making “a big mistake” soon."),
            ["Putin"]
        );
        assert_eq!(
            speakers("Zinoviev told officials that any attempts to “threaten or blackmail” failed."),
            ["Zinoviev"]
        );
    }

    #[test]
    fn cue_with_colon() {
        assert_eq!(
            speakers("The mayor, Ann Lee, stated: “We will rebuild.”"),
            ["Ann Lee"]
        );
    }

    #[test]
    fn according_to_after_the_quote() {
        let w = who("Yoon “agreed to keep sharing data,” according to the Presidential Office.");
        assert_eq!(w[0].1, "the Presidential Office");
        assert_eq!(w[0].2, "according to");
    }

    #[test]
    fn titles_are_not_part_of_the_name() {
        let text = "Deputy Foreign Minister Andrey Rudenko released a statement. “Seoul must realize it,” Rudenko stated to TASS.";
        assert_eq!(
            who(text)[0],
            ("Andrey Rudenko".into(), "Rudenko".into(), "stated".into())
        );
    }

    #[test]
    fn appositive_between_name_and_cue() {
        let text = "Patrick Ryder, press secretary for the Department of Defense, said Tuesday that “it’s a little bit of gaslighting there.”";
        assert_eq!(speakers(text), ["Patrick Ryder"]);
    }

    #[test]
    fn pronoun_resolves_to_the_last_named_speaker() {
        let text =
            "Russian President Vladimir Putin spoke in Hanoi.\n“We reserve the right to respond,” he said.";
        assert_eq!(
            who(text)[0],
            ("Vladimir Putin".into(), "he".into(), "said".into())
        );
    }

    #[test]
    fn description_resolves_through_titles() {
        let text = "Russian President Vladimir Putin visited Hanoi.\nThe Russian president said that Moscow “will respond.”";
        assert_eq!(
            who(text)[0],
            (
                "Vladimir Putin".into(),
                "The Russian president".into(),
                "said".into()
            )
        );
    }

    #[test]
    fn a_pronoun_refers_back_only_so_far_within_a_paragraph() {
        let text = |filler: usize| {
            format!(
                "Title\n\nAna Ruiz arrived on Monday, {}and she said “we agree.”",
                "and the rain fell, ".repeat(filler)
            )
        };
        assert_eq!(speakers(&text(REFERENCE_REACH / 5 - 10)), ["Ana Ruiz"]);
        assert_eq!(speakers(&text(REFERENCE_REACH / 5 + 10)), [""]);
    }

    #[test]
    fn a_description_is_the_latest_entity_with_its_title_before_it() {
        let text = "Title\n\nSpokesman Ana Ruiz met the press.\n\n“We are ready,” the spokesman said.\n\n\
                    Later, Spokesman Lee Park arrived.\n\n“We are late,” the spokesman said.";
        assert_eq!(speakers(text), ["Ana Ruiz", "Lee Park"]);
    }

    #[test]
    fn indefinite_description_is_not_resolved() {
        let text = "Senator Jane Roe spoke first.\n“It was chaos,” a source said.";
        assert_eq!(who(text)[0], ("".into(), "a source".into(), "said".into()));
    }

    #[test]
    fn telegram_post_with_participle() {
        let text = "Senior official Dmitry Medvedev wasn't so restrained, writing in a Telegram post, “I wonder what they will say.”";
        assert_eq!(speakers(text), ["Dmitry Medvedev"]);
    }

    #[test]
    fn the_subject_opening_a_passive_sentence_is_not_its_speaker() {
        let text = "The filings are out. Family trips paid with public money were labeled as “staff \
                    retreats” in the filings.";
        assert_eq!(speakers(text), [""]);
    }

    #[test]
    fn a_description_ends_before_its_verb() {
        let text = "The race is close. The campaign’s senior adviser rallied supporters, saying “We have \
                    to be ready.”";
        assert_eq!(who(text)[0].1, "The campaign’s senior adviser");
    }

    #[test]
    fn a_possessive_after_a_cue_is_what_the_cues_speaker_talks_about() {
        for (text, speaker) in [
            (
                "The rally ended. Ortiz denounced Lind’s remarks as “hurtful and humiliating” on Monday.",
                "Ortiz",
            ),
            (
                "The rally ended. Ortiz told reporters that Lind’s comments “show bias to me.”",
                "Ortiz",
            ),
            // Without a cue of its own, the noun's content is the owner's.
            (
                "The rally ended. Lind’s claim that “the city is broke” went unchallenged.",
                "Lind",
            ),
        ] {
            assert_eq!(speakers(text), [speaker], "{text}");
        }
    }

    #[test]
    fn people_described_by_what_they_do_speak() {
        for (text, mention) in [
            (
                "A boy asked who was in the painting. Another child responded, “That is her husband.”",
                "Another child",
            ),
            (
                "Members gathered at the hall. “We will not give up,” one supporter said.",
                "one supporter",
            ),
        ] {
            assert_eq!(who(text)[0].1, mention, "{text}");
        }
    }

    #[test]
    fn a_name_before_a_colon_labels_the_words_after_it() {
        let text = "The two differ on the war.\n\nOrtiz: “Our goal is to end it.” Sen. Bo Lind: “The mission \
                    is to win it.”";
        assert_eq!(speakers(text), ["Ortiz", "Bo Lind"]);
        // A headline names its subject that way too, whoever spoke.
        assert_eq!(speakers("Ortiz: “Phony theology”\n\nThe debate went on."), [""]);
    }

    #[test]
    fn verbs_of_manner_of_speaking_are_cues() {
        assert_eq!(
            speakers("“They would have gone to the bill,” Ortiz fumed on Tuesday."),
            ["Ortiz"]
        );
    }

    #[test]
    fn a_title_in_lower_case_is_a_role() {
        let text =
            "In December, the prince called for Lind to drop out, calling her “a disgrace to the party.”";
        assert_eq!(who(text)[0].1, "the prince");
        // Before a name it is the name's title.
        let text = "The vigil was long. “The city will heal,” said the Rev. Ana Ortiz.";
        assert_eq!(speakers(text), ["Ana Ortiz"]);
    }

    #[test]
    fn names_in_ly_are_names_and_adverbs_are_not() {
        for (text, speaker) in [
            (
                "Kelly responded pointedly: “It can happen when you are 45.”",
                "Kelly",
            ),
            ("Connolly said: “It can happen when you are 45.”", "Connolly"),
            (
                "Recently Ortiz told reporters: “It can happen when you are 45.”",
                "Ortiz",
            ),
        ] {
            assert_eq!(speakers(text), [speaker], "{text}");
        }
    }

    #[test]
    fn an_auxiliary_before_a_name_makes_no_passive() {
        let text = "Another would be a leadership PAC, while a third would be what Ortiz called a “let a \
                    thousand flowers bloom” approach.";
        assert_eq!(speakers(text), ["Ortiz"]);
    }

    #[test]
    fn passive_cue_does_not_make_its_subject_the_speaker() {
        let text = "On Monday, the minister, Andrey Rudenko, gave an interview, in which South Korea was once again warned:\n– Seoul must understand the risk.";
        assert_eq!(speakers(text), ["Andrey Rudenko"]);
    }

    #[test]
    fn second_quote_of_a_paragraph_continues_the_first() {
        let text = "“Russia invaded Ukraine,” Ryder said. “They could end this war today.”";
        assert_eq!(speakers(text), ["Ryder", "Ryder"]);
    }

    #[test]
    fn split_quote_around_the_cue() {
        let text = "“It is still morning,” he posited, “it just happens to be a hard one.”";
        let w = who(text);
        assert_eq!(w[0].1, "he");
        assert_eq!(w[1].1, "he");
    }

    #[test]
    fn quote_paragraph_continues_previous_paragraph_speaker() {
        let text = "“First we fix roads,” Mayor Ann Lee said.\n\n“Then we fix schools.”";
        assert_eq!(speakers(text), ["Ann Lee", "Ann Lee"]);
    }

    #[test]
    fn possessive_is_not_a_speaker() {
        let text = "Putin’s comments follow the “aggression” clause.";
        assert_eq!(speakers(text), [""]);
    }

    #[test]
    fn party_and_state_in_parentheses_are_skipped() {
        assert_eq!(
            speakers("“It is a dog whistle,” Rep. Gwen Moore (D-Wis.) said Friday."),
            ["Gwen Moore"]
        );
    }

    #[test]
    fn dash_signature_after_a_testimonial() {
        assert_eq!(
            speakers("“He represents our greatest shame.” ― Sonya Herridge\n"),
            ["Sonya Herridge"]
        );
    }

    #[test]
    fn description_with_a_prepositional_phrase() {
        let w = who("“You pay your taxes,” a narrator in the new ad asks.");
        assert_eq!(w[0].1, "a narrator");
    }

    #[test]
    fn document_as_direct_subject() {
        assert_eq!(who("“We see hope,” the letter reads.")[0].1, "the letter");
    }

    #[test]
    fn sentence_subject_without_a_cue_verb() {
        let text =
            "Another critic, Laurence H. Tribe, likened the rules to “burning the Constitution” last year.";
        assert_eq!(speakers(text), ["Laurence H. Tribe"]);
    }

    #[test]
    fn attribution_closing_the_previous_sentence() {
        let text = "The administration may wait, Schiff said. “The other factor is timing in the talks.”";
        assert_eq!(speakers(text), ["Schiff"]);
    }

    #[test]
    fn cue_in_the_quotations_own_clause_wins() {
        let text = "Shortly after Vladimir Putin stated that the deal provides “mutual assistance in case of aggression,” Seoul on Thursday said it would act.";
        assert_eq!(speakers(text), ["Vladimir Putin"]);
    }

    #[test]
    fn participle_after_a_comma_takes_the_sentence_subject() {
        let text = "Trump attacked Clinton for her record in Iraq and Libya, saying, “She is trigger-happy and unstable.”";
        assert_eq!(speakers(text), ["Trump"]);
    }

    #[test]
    fn a_long_opening_phrase_does_not_hide_the_sentence_subject() {
        let text = "During a long speech at the harbour earlier in the day, Osei attacked Lind over the port and the bridge, saying, “She has failed the city.”";
        assert_eq!(speakers(text), ["Osei"]);
    }

    #[test]
    fn an_opening_phrase_does_not_hide_a_named_subject_before_its_relative_clause() {
        for (text, speaker) in [
            (
                "Later on the same show, Sen. Ana Ortiz (D-Mo.), who has endorsed Lind, said the race \
                 made her a “stronger” candidate.",
                "Ana Ortiz",
            ),
            (
                "In a call with reporters, Col. Bo Lind, a military spokesman in Basra, said, “A raid \
                 is a combat operation.”",
                "Bo Lind",
            ),
        ] {
            assert_eq!(who(text)[0].1, speaker, "{text}");
        }
    }

    #[test]
    fn a_participle_phrase_and_a_place_with_its_state_open_the_sentence() {
        let text = "Addressing a town hall in Dover, Delaware, Ortiz went after Lind, calling her “a \
                    total failure.”";
        assert_eq!(speakers(text), ["Ortiz"]);
        let text = "Speaking at a town hall in Dover, Ortiz went after Lind, calling her “a total failure.”";
        assert_eq!(speakers(text), ["Ortiz"]);
    }

    #[test]
    fn a_party_and_state_or_a_state_abbreviation_in_an_appositive_is_no_speaker() {
        for (text, speaker) in [
            (
                "On the show, Sen. Ana Ortiz, R-Ariz., said the plan was “wildly inaccurate.”",
                "Ana Ortiz",
            ),
            (
                "Bo Lind, 22, of Flint, Mich., said he had not given up on a “surprise” at the vote.",
                "Bo Lind",
            ),
        ] {
            assert_eq!(speakers(text), [speaker], "{text}");
        }
    }

    #[test]
    fn a_participle_after_a_comma_inside_a_closing_mark_takes_the_sentence_subject() {
        let text = "Ortiz needled the KTV “reporter,” saying, “A reporter who posts on request!”";
        assert_eq!(speakers(text)[1], "Ortiz");
    }

    #[test]
    fn a_long_phrase_opening_with_outside_or_amid_comes_before_the_subject() {
        let text = "Outside the old sports arena in downtown Dover, Ortiz met voters, saying, “We will win.”";
        assert_eq!(speakers(text), ["Ortiz"]);
    }

    #[test]
    fn two_opening_phrases_do_not_hide_the_sentence_subject() {
        let text = "On Thursday, after staying neutral for months in the race, Ortiz met the press and \
                    endorsed Lind, saying, “She is ready for the job.”";
        assert_eq!(speakers(text), ["Ortiz"]);
        // A pronoun after the first phrase is the subject already.
        let text = "Meanwhile, it attacked Lind, saying she “has failed the city.”";
        assert_ne!(speakers(text), ["Lind"]);
    }

    #[test]
    fn the_name_before_a_participle_speaks_even_after_a_preposition() {
        let text = "The new ad shows footage of Ana Ortiz asking, “Why are we still waiting for the bridge?”";
        assert_eq!(speakers(text), ["Ana Ortiz"]);
        let text = "The ad ends with footage of Ana Ortiz saying during the debate, “That makes me careful,” when Bo Lind attacked her.";
        assert_eq!(speakers(text), ["Ana Ortiz"]);
    }

    #[test]
    fn a_conjunction_after_the_quotation_opens_another_clause() {
        let text = "Bo Lind wrote in a memo, “We lost the vote,” when Ana Ortiz criticized the plan.";
        assert_eq!(speakers(text), ["Bo Lind"]);
        let text = "“We lost the vote,” as Ana Ortiz said on Monday.";
        assert_eq!(speakers(text), ["Ana Ortiz"]);
    }

    #[test]
    fn any_noun_phrase_next_to_the_cue_after_a_quotation_is_the_speaker() {
        let mention = |text: &str| who(text)[0].1.clone();
        assert_eq!(
            mention("“We will build it,” said the 46-year-old."),
            "the 46-year-old"
        );
        assert_eq!(
            mention("“The vote is lost,” said a person close to the mayor."),
            "a person close"
        );
        assert_eq!(
            mention("“We will build it,” the former welder said."),
            "the former welder"
        );
        // Not inside the writer's own sentence.
        assert_eq!(mention("“We will build it” is the motto of the harbour."), "");
    }

    #[test]
    fn cues_of_jokes_echoes_and_mockery() {
        assert_eq!(speakers("Dan Osei jokes, “The line never ends!”"), ["Dan Osei"]);
        assert_eq!(
            speakers("“The bridge will stand,” Ana Ortiz echoed."),
            ["Ana Ortiz"]
        );
        assert_eq!(
            speakers("Bo Lind mocks the plan as “a bridge to nowhere.”"),
            ["Bo Lind"]
        );
    }

    #[test]
    fn a_colon_without_a_cue_gives_the_quotation_to_the_name_before_it() {
        assert_eq!(
            speakers("The Harbour Gazette lists a few facts: “The bridge cost twice the estimate.”"),
            ["Harbour Gazette"]
        );
        assert_eq!(
            speakers(
                "Costs rose, according to Politico.\nPolitico lists a few facts: “The bridge cost twice the estimate.”"
            ),
            ["Politico"]
        );
        assert_eq!(
            speakers("The delay does not surprise engineer Dan Osei:\n\n“Steel takes time.”"),
            ["Dan Osei"]
        );
        // Not a name after a preposition.
        assert_eq!(speakers("In Kiel, little changed: “The bridge is closed.”"), [""]);
        // The name that opens the sentence comes first.
        assert_eq!(
            speakers("Dan Osei faces his critic Ana Ortiz in person: “The bridge was never late.”"),
            ["Dan Osei"]
        );
        // Nor a capital that only opens the sentence, nor a label.
        assert_eq!(
            speakers("Anyway the harbour waits: “The bridge is closed.”"),
            [""]
        );
        assert_eq!(
            speakers(
                "[1] Source: “a statement by the workers on the bridge”\n[2] Source: “a letter from the port”"
            ),
            ["", ""]
        );
    }

    #[test]
    fn party_and_state_in_brackets_stand_between_name_and_cue() {
        assert_eq!(
            speakers("Sen. Ann Lee (D-Mo.) said “the harbour needs it.”"),
            ["Ann Lee"]
        );
    }

    #[test]
    fn a_state_after_a_city_is_no_appositive() {
        let text = "Ortiz, during a town hall in Springfield, Ohio, said she would “close the old harbour.”";
        assert_eq!(speakers(text), ["Ortiz"]);
        let text = "Der Vorsitzende des Verbands in Deutschland, Michael Knipper, kritisierte das scharf: „Das ist falsch.“";
        assert_eq!(speakers(text), ["Michael Knipper"]);
    }

    #[test]
    fn a_signature_line_is_no_headline() {
        let text = "“We want the bridge.” ― Ann Bo\n“We want it now!” ― Julie A. Diaz Martinez.\n“Ask again.” ― Christina N Luis Olidem\n\nPhotos.";
        assert_eq!(
            speakers(text),
            ["Ann Bo", "Julie A. Diaz Martinez", "Christina N Luis Olidem"]
        );
    }

    #[test]
    fn a_name_right_before_the_quotation_after_a_cue_is_what_is_reported_on() {
        let text = "Meanwhile, the Gazette attacked Osei, saying he “has failed the harbour.”";
        assert_ne!(who(text)[0].1, "he");
        assert_eq!(speakers("Osei said Monday, “The harbour is safe.”"), ["Osei"]);
    }

    #[test]
    fn descriptions_in_apposition_lead_back_to_the_name() {
        let text =
            "Jean Roux, the mayor of Nantes, a member of the harbour board, said the plan was “a disgrace.”";
        assert_eq!(speakers(text), ["Jean Roux"]);
    }

    #[test]
    fn the_place_after_a_title_and_name_is_part_of_the_subject() {
        let text = "In January, Gov. Ann Lee of West Virginia lauded the port for helping develop “new and better ideas.”";
        assert_eq!(speakers(text), ["Ann Lee"]);
    }

    #[test]
    fn a_relative_after_the_quotation_is_its_speaker() {
        assert_eq!(
            who("“We live by the harbour,” my father often said.")[0].1,
            "my father"
        );
    }

    #[test]
    fn it_speaks_for_the_last_institution_quoted() {
        let text = "“The port is broke,” the Gazette wrote.\n\n“The bridge is late,” it added.";
        assert_eq!(
            who(text)[1],
            ("Gazette".to_string(), "it".to_string(), "added".to_string())
        );
        // Not a person.
        let text = "Ann Lee spoke.\n“The port is broke,” Ann Lee said.\n\n“The bridge is late,” it added.";
        assert_eq!(who(text)[1].0, "");
    }

    #[test]
    fn a_possessive_claim_that_opens_the_clause_of_the_quotation() {
        let text =
            "The Gazette checked Ann Lee’s claim that there have been “hundreds of delays” at the port.";
        assert_eq!(speakers(text), ["Ann Lee"]);
    }

    #[test]
    fn reported_speech_inside_reported_speech_is_credited_to_the_reporter() {
        let text = "Ann Lee said at a rally in Kiel that Bo Lind once described the harbour deal as “the gold standard” of deals.";
        assert_eq!(speakers(text), ["Ann Lee"]);
        let text =
            "Ann Lee said that Bo Lind, a rival, called the harbour deal “the gold standard” of deals.";
        assert_eq!(speakers(text), ["Ann Lee"]);
        // A newsroom only passes the words on.
        let text = "CNN reports that Bo Lind added, “the harbour deal is the gold standard.”";
        assert_eq!(speakers(text), ["Bo Lind"]);
        // Without the `that` of reported speech, the nearer cue is the speaker's.
        let text = "After Ann Lee spoke, Bo Lind described the harbour deal as “the gold standard” of deals.";
        assert_eq!(speakers(text), ["Bo Lind"]);
    }

    #[test]
    fn a_second_verb_after_and_takes_the_sentence_subject() {
        let text =
            "Osei walked onto the stage at the Grand Hotel in Kiel and called the port “rotten to the core.”";
        assert_eq!(speakers(text), ["Osei"]);
    }

    #[test]
    fn age_origin_and_party_in_apposition_lead_back_to_the_name() {
        let text = "Dan Osei, 22, of Flint, Michigan, said the vote was “a surprise.”";
        assert_eq!(speakers(text), ["Dan Osei"]);
        // A party and state tag is no name.
        let text = "Ann Lee, R-Ariz., said the vote was “a surprise.”";
        assert_eq!(speakers(text), ["Ann Lee"]);
        let text = "Dan Osei, 22, of Flint, said the vote was “a surprise.”";
        assert_eq!(speakers(text), ["Dan Osei"]);
        let text = "Sen. Ann Lee (D-Mo.), who backs the port, said it was “a good day.”";
        assert_eq!(speakers(text), ["Ann Lee"]);
    }

    #[test]
    fn a_statement_after_a_paragraph_of_reported_speech_is_the_reporters() {
        let text = "Osei said that for decades critics had predicted the port would close, but it would not.\n\n“That is because this harbour is home to half the trade.”";
        assert_eq!(speakers(text), ["Osei"]);
    }

    #[test]
    fn lower_case_title_before_the_name() {
        let text = "“Subpoenas are not optional,” panel chairman Jason Chaffetz said.";
        assert_eq!(speakers(text), ["Jason Chaffetz"]);
    }

    #[test]
    fn contracted_pronoun_is_a_subject() {
        let text =
            "Senator Ann Lee spoke.\nShe’s claiming that fraud is “a big, big problem in this country.”";
        assert_eq!(who(text)[0].1, "She");
    }

    #[test]
    fn a_new_sentence_after_a_closed_quote_is_not_its_attribution() {
        let text = "Mayor Ann Lee said: “Roads come first in this city.” She visited the bridge later.";
        assert_eq!(speakers(text), ["Ann Lee"]);
    }

    #[test]
    fn german_so_after_quote() {
        assert_eq!(speakers("„Wir sind bereit“, so Merkel."), ["Merkel"]);
    }

    #[test]
    fn surname_resolves_to_full_name() {
        let text = "Kremlin spokesman Dmitry Peskov spoke.\nPeskov said “no deal” was near.";
        assert_eq!(speakers(text), ["Dmitry Peskov"]);
    }
}
