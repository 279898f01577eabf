//! The values that travel between the stages: a [`Quote`] with its [`Attribution`] from
//! extraction and attribution, a judged [`Match`] with its [`Verdict`] from scoring. This module
//! imports no stage, so that every stage can take the one before it by these types alone.

use std::sync::Arc;

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
    /// The hash of the source's path that the quotation's id opens with ([`Quote::id`]).
    pub id_hash: u64,
    /// Path relative to the checked folder, `/`-separated: one allocation for all quotations of
    /// a source.
    pub source: Arc<str>,
    /// 1-based line and column (in characters) of the opening mark.
    pub line: usize,
    pub column: usize,
    /// Code-point offsets of the quoted words in the file's text, end exclusive.
    pub start: usize,
    pub end: usize,
    /// Number of words.
    pub words: usize,
    pub kind: QuoteKind,
    /// Canonical speaker name; empty when unknown. The names, the cue and the text are shared
    /// between the copies of a syndicated text, which print them alike (`check::copies`): an
    /// archive holds many times more quotations than distinct ones.
    pub speaker: Arc<str>,
    pub speaker_mention: Arc<str>,
    pub cue: Arc<str>,
    /// Whether the speaker was inferred (from a neighbouring quotation, the sentence's subject, or
    /// a pronoun or description resolved to a name) rather than named next to a cue: weaker
    /// evidence, never enough for `misattributed`.
    pub speaker_inferred: bool,
    /// Exactly the file's characters `[start, end)`.
    pub text: Arc<str>,
}

impl Quote {
    /// Stable identifier: a hash of the source path and the start offset
    /// (`q1f3a9c2045e7d0b1-235`, see [`quote_id`]). Made when a report asks for it, not held:
    /// an archive has a million quotations, and the reports name them once each.
    pub fn id(&self) -> String {
        quote_id(self.id_hash, self.start)
    }

    /// A quotation of `text` by `speaker` in `source`, as tests need one; `at` stands for its
    /// position.
    #[cfg(test)]
    pub(crate) fn for_test(source: &str, at: usize, text: &str, speaker: &str) -> Quote {
        Quote {
            id_hash: at as u64,
            source: source.into(),
            line: 1,
            column: 1,
            start: at,
            end: at + 1,
            words: crate::words::count_words(text),
            kind: QuoteKind::Quote,
            speaker: speaker.into(),
            speaker_mention: "".into(),
            cue: "".into(),
            speaker_inferred: false,
            text: text.into(),
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
/// Identifier of a quotation, `q{:016x}-{start}`: the hash of its source (see [`IdHashes`]) and
/// its start offset. Not a bare number, stable while the file and the names beside it are
/// unchanged, and never shared: no two sources of a check have one hash, and no two quotations of
/// a source one start.
pub fn quote_id(source_hash: u64, start: usize) -> String {
    let mut id = Vec::with_capacity(38);
    push_quote_id(&mut id, source_hash, start);
    // Only ASCII was pushed.
    String::from_utf8(id).unwrap_or_default()
}

/// Appends [`quote_id`] to `out`, as `quotes.csv` writes it without making a string.
pub fn push_quote_id(out: &mut Vec<u8>, source_hash: u64, start: usize) {
    // Spelled out: one id a quotation, and `format!` costs more than the rest of it.
    const HEX: &[u8; 16] = b"0123456789abcdef";
    out.push(b'q');
    for shift in (0..16).rev() {
        out.push(HEX[(source_hash >> (4 * shift)) as usize & 15]);
    }
    out.push(b'-');
    out.extend_from_slice(itoa::Buffer::new().format(start).as_bytes());
}

/// Hands out 64-bit hashes of distinct keys (source names, reference quotation ids) that are
/// distinct by construction, not only by the odds: a key's hash is `fnv1a(key)` unless an
/// earlier key of the same set took it, and then the hash of the key, a NUL and a counter (1, 2,
/// …) that is still free. Keys claimed in a fixed order (sorted file names, clusters in report
/// order) get the same hashes in every run; only a collision, which FNV-1a at 64 bits makes rare
/// but does not rule out, moves a later key's hash.
#[derive(Debug, Default)]
pub struct IdHashes {
    taken: rustc_hash::FxHashSet<u64>,
}

impl IdHashes {
    /// Room for `keys` claims without growing.
    pub fn with_capacity(keys: usize) -> IdHashes {
        let mut taken = rustc_hash::FxHashSet::default();
        taken.reserve(keys);
        IdHashes { taken }
    }

    /// The hash of `key`, distinct from every hash claimed before.
    pub fn claim(&mut self, key: &[u8]) -> u64 {
        self.claim_with(key, fnv1a)
    }

    /// [`IdHashes::claim`] with another hash function, so that tests can make collisions happen.
    fn claim_with(&mut self, key: &[u8], hash: fn(&[u8]) -> u64) -> u64 {
        let first = hash(key);
        if self.taken.insert(first) {
            return first;
        }
        let mut salted = Vec::with_capacity(key.len() + 21);
        let mut counter = 0u64;
        loop {
            counter = counter.wrapping_add(1);
            salted.clear();
            salted.extend_from_slice(key);
            salted.push(0);
            salted.extend_from_slice(counter.to_string().as_bytes());
            let next = hash(&salted);
            if self.taken.insert(next) {
                return next;
            }
        }
    }
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_are_stable_and_not_numbers() {
        let id = quote_id(fnv1a(b"a/b.txt"), 42);
        assert_eq!(id, quote_id(fnv1a(b"a/b.txt"), 42));
        assert!(id.starts_with('q') && id.ends_with("-42"));
        assert_ne!(id, quote_id(fnv1a(b"a/c.txt"), 42));
        // The hash's sixteen hex digits, a dash and the offset.
        for (hash, start) in [
            (0, 0),
            (9, 9),
            (0xdead_beef, 10),
            (u64::MAX, 1_234_567),
            (1 << 63, usize::MAX),
        ] {
            assert_eq!(quote_id(hash, start), format!("q{hash:016x}-{start}"));
        }
    }

    #[test]
    fn names_whose_32_bit_hashes_collide_have_distinct_64_bit_ones() {
        let (a, b) = (b"story-sdhacabqij.txt", b"story-hpgzsqqesf.txt");
        assert_eq!(fnv1a(a) as u32, fnv1a(b) as u32, "the pair ids once shared");
        let mut ids = IdHashes::default();
        assert_eq!((ids.claim(a), ids.claim(b)), (fnv1a(a), fnv1a(b)));
        assert_ne!(fnv1a(a), fnv1a(b));
    }

    #[test]
    fn a_collision_is_resolved_by_a_counter_in_the_order_of_the_claims() {
        // At 32 bits the two names collide: the second, and only it, takes the salted hash.
        let short = |key: &[u8]| u64::from(fnv1a(key) as u32);
        let (a, b) = (b"story-sdhacabqij.txt", b"story-hpgzsqqesf.txt");
        let mut ids = IdHashes::default();
        let first = ids.claim_with(a, short);
        let second = ids.claim_with(b, short);
        assert_eq!(first, short(a));
        assert_eq!(second, short(b"story-hpgzsqqesf.txt\x001"));
        assert_ne!(first, second);
        // The same claims in the same order give the same hashes.
        let mut again = IdHashes::default();
        assert_eq!(
            (again.claim_with(a, short), again.claim_with(b, short)),
            (first, second)
        );
        // A hash that always collides still ends: every claim walks the counter further.
        let mut constant = IdHashes::default();
        let counted = |key: &[u8]| if key.contains(&0) { fnv1a(key) } else { 7 };
        let claimed: Vec<u64> = (0..5).map(|_| constant.claim_with(b"same", counted)).collect();
        let mut distinct = claimed.clone();
        distinct.sort_unstable();
        distinct.dedup();
        assert_eq!(distinct.len(), claimed.len(), "{claimed:?}");
    }
}
