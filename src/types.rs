//! The values that travel between the stages: a [`Quote`] with its [`Attribution`] from
//! extraction and attribution, a judged [`Match`] with its [`Verdict`] from scoring. This module
//! imports no stage, so that every stage can take the one before it by these types alone.

use serde::Serialize;

/// What a quoted stretch of text is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum QuoteKind {
    /// A sentence or more of speech.
    Quote,
    /// A few quoted words woven into the writer's sentence.
    Fragment,
    /// One or two words in quote marks that are not speech: scare quotes, titles, nicknames.
    Term,
}

impl QuoteKind {
    pub fn as_str(self) -> &'static str {
        match self {
            QuoteKind::Quote => "quote",
            QuoteKind::Fragment => "fragment",
            QuoteKind::Term => "term",
        }
    }
}

/// One direct quotation found in one source.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Quote {
    /// Stable identifier: a hash of the source path and the start offset (`q1f3a9c20-235`).
    pub id: String,
    /// Path relative to the checked folder, `/`-separated.
    pub source: String,
    /// 1-based line and column (in characters) of the opening mark.
    pub line: usize,
    pub column: usize,
    /// Code-point offsets of the quoted words in the file's text, end exclusive.
    pub start: usize,
    pub end: usize,
    /// Number of words.
    pub words: usize,
    pub kind: QuoteKind,
    /// Canonical speaker name; empty when unknown.
    pub speaker: String,
    pub speaker_mention: String,
    pub cue: String,
    /// Whether the speaker was inferred (from a neighbouring quotation, the sentence's subject, or
    /// a pronoun or description resolved to a name) rather than named next to a cue: weaker
    /// evidence, never enough for `misattributed`.
    pub speaker_inferred: bool,
    /// Exactly the file's characters `[start, end)`.
    pub text: String,
}

impl Quote {
    /// A quotation of `text` by `speaker` in `source`, as tests need one; `at` stands for its
    /// position.
    #[cfg(test)]
    pub(crate) fn for_test(source: &str, at: usize, text: &str, speaker: &str) -> Quote {
        Quote {
            id: format!("q{at}"),
            source: source.to_string(),
            line: 1,
            column: 1,
            start: at,
            end: at + 1,
            words: crate::words::count_words(text),
            kind: QuoteKind::Quote,
            speaker: speaker.to_string(),
            speaker_mention: String::new(),
            cue: String::new(),
            speaker_inferred: false,
            text: text.to_string(),
        }
    }
}

/// Who said a quotation, and the words that say so.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Attribution {
    /// Canonical full name as the document gives it (`Andrey Rudenko`); empty when the mention is
    /// a pronoun or description that could not be resolved to a name.
    pub speaker: String,
    /// The words next to the quotation that name the speaker (`Rudenko`, `he`, `the minister`).
    pub mention: String,
    /// The verb or phrase that marks the speech (`said`, `according to`).
    pub cue: String,
    /// How the speaker was found.
    pub via: Via,
    /// Whether the mention is the speaker's name, or a pronoun with only one person to refer to
    /// (`Hansen arrived in Lagos. “…,” he said.`); not a description or an ambiguous pronoun.
    pub named: bool,
}

/// How an attribution was found; inherited ones are weaker evidence.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Via {
    /// A cue in the quotation's own sentence or its introduction.
    #[default]
    Cue,
    /// Taken over from a neighbouring quotation of the same passage.
    Continuation,
    /// No cue: the subject of the sentence the quotation sits in.
    Subject,
}

/// How two renderings of one quotation differ, from harmless to wrong.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Verdict {
    /// The same characters.
    Identical,
    /// Only quote, apostrophe, dash or ellipsis glyphs, case, white space or punctuation.
    Typographic,
    /// One is a part of the other and the shared words agree.
    Fragment,
    /// Only editorial marks: an ellipsis for omitted words, `[bracketed]` insertions.
    Editorial,
    /// Only contractions or spelling variants (`it's`/`it is`, `defence`/`defense`).
    Variant,
    /// A word inserted, deleted, substituted or reordered.
    Reworded,
    /// The same words given to different speakers.
    Misattributed,
}

impl Verdict {
    pub fn as_str(self) -> &'static str {
        match self {
            Verdict::Identical => "identical",
            Verdict::Typographic => "typographic",
            Verdict::Fragment => "fragment",
            Verdict::Editorial => "editorial",
            Verdict::Variant => "variant",
            Verdict::Reworded => "reworded",
            Verdict::Misattributed => "misattributed",
        }
    }

    pub fn severity(self) -> Severity {
        match self {
            Verdict::Reworded | Verdict::Misattributed => Severity::Error,
            Verdict::Variant => Severity::Warning,
            _ => Severity::None,
        }
    }
}

/// How much a finding matters to a CI job: errors fail it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    None,
    Warning,
    Error,
}

impl Severity {
    pub fn as_str(self) -> &'static str {
        match self {
            Severity::None => "none",
            Severity::Warning => "warning",
            Severity::Error => "error",
        }
    }
}

/// One piece of the word diff between the overlapping parts, in reading order.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DiffPiece {
    Same(String),
    /// Words of `a` that `b` does not have.
    Removed(String),
    /// Words of `b` that `a` does not have.
    Added(String),
}

/// An aligned pair of quotations from different sources, judged.
#[derive(Debug, Clone)]
pub struct Match {
    pub cluster: usize,
    /// Indices into the quotation list; `a` is the cluster's reference, or for a quotation from
    /// the reference's own source, a version from another source (see `score`).
    pub a: usize,
    pub b: usize,
    pub verdict: Verdict,
    pub similarity: f64,
    /// Human-readable word changes (`understand → realize; potential → possible`).
    pub changes: String,
    pub diff: Vec<DiffPiece>,
    /// The overlapping parts of each quotation.
    pub text_a: String,
    pub text_b: String,
}

impl Match {
    pub fn severity(&self) -> Severity {
        self.verdict.severity()
    }
}
/// Identifier of a quotation: not a bare number, and stable while the file is unchanged.
pub fn quote_id(source: &str, start: usize) -> String {
    // `q{:08x}-{start}`, spelled out: one id a quotation, and `format!` costs more than the rest
    // of it.
    const HEX: &[u8; 16] = b"0123456789abcdef";
    let hash = fnv1a(source.as_bytes()) as u32;
    let mut id = String::with_capacity(30);
    id.push('q');
    for shift in (0..8).rev() {
        id.push(char::from(HEX[(hash >> (4 * shift)) as usize & 15]));
    }
    id.push('-');
    let mut digits = [0u8; 20];
    let mut at = digits.len();
    let mut rest = start;
    loop {
        at -= 1;
        digits[at] = b'0' + (rest % 10) as u8;
        rest /= 10;
        if rest == 0 {
            break;
        }
    }
    id.extend(digits[at..].iter().map(|&d| char::from(d)));
    id
}

/// FNV-1a: a tiny hash whose value never changes between releases or platforms.
pub fn fnv1a(bytes: &[u8]) -> u64 {
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for &b in bytes {
        hash ^= u64::from(b);
        hash = hash.wrapping_mul(0x0100_0000_01b3);
    }
    hash
}
