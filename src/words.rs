//! Quotation text as words to compare: typography folded away, editorial marks kept apart.
//!
//! Case, quote and apostrophe glyphs, dashes, white space and edge punctuation never count as a
//! difference; an ellipsis (omitted words) and `[bracketed]` words (inserted by the writer) are
//! editorial marks, which the verdict treats on their own.

use std::borrow::Cow;
use std::ops::Range;

use unicode_normalization::UnicodeNormalization;

use crate::lang;
use crate::lexicon;

/// What a word of a quotation is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Mark {
    /// A word the speaker said.
    Spoken,
    /// A word inside `[…]`: inserted or replaced by the writer.
    Bracketed,
    /// `...`, `…` or `[…]`: words left out here.
    Ellipsis,
}

/// One word of a quotation.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Word {
    /// Lower case, NFKC, apostrophes and dashes unified, edge punctuation removed.
    pub norm: String,
    pub mark: Mark,
    /// Byte range of the word in the quotation's text.
    pub start: usize,
    pub end: usize,
}

/// The words of a quotation's text, in order.
pub fn words(text: &str) -> Vec<Word> {
    let mut out = Vec::new();
    scan(text, |start, end, mark| {
        let norm = if mark == Mark::Ellipsis {
            "…".to_string()
        } else {
            normalize(&text[start..end])
        };
        out.push(Word {
            norm,
            mark,
            start,
            end,
        });
    });
    out
}

/// Calls `each(span, norm, key, mark)` for every word of `text`, as `words` would make them,
/// without allocating per word: for passes over every quotation of a large corpus. `span` is the
/// word's byte range in `text`; `key` is `norm` with British spellings made American: what
/// alignment compares.
pub fn each_folded(text: &str, mut each: impl FnMut(Range<usize>, &str, &str, Mark)) {
    let mut buffer = String::new();
    scan(text, |start, end, mark| {
        if mark == Mark::Ellipsis {
            return each(start..end, "…", "…", mark);
        }
        let word = &text[start..end];
        // Most words are their own normal form.
        let norm = if ascii_capitals(word) == Some(false) {
            word
        } else {
            buffer.clear();
            normalize_into(word, &mut buffer);
            &buffer
        };
        each(start..end, norm, &variant_free(norm), mark);
    });
}

/// The words of a person's name, lower case and without accents: `Calderón` and `Calderon`
/// are one name however an outlet spells it.
pub fn name_words(name: &str) -> impl Iterator<Item = String> + '_ {
    name.split(|c: char| !c.is_alphanumeric() && c != '-')
        .filter(|w| !w.is_empty())
        .map(|w| {
            if w.is_ascii() {
                w.to_ascii_lowercase()
            } else {
                w.nfd()
                    .filter(|&c| !unicode_normalization::char::is_combining_mark(c))
                    .flat_map(char::to_lowercase)
                    .collect()
            }
        })
}

/// What a quotation says and who says it, as bytes to hash into an id that survives edits
/// around it: the speaker's name words and the quotation's normalized words, editorial marks
/// kept apart. Typography, case and the quotation's place in its source do not count.
pub fn wording_key(speaker: &str, text: &str, out: &mut Vec<u8>) {
    for name in name_words(speaker) {
        out.extend_from_slice(name.as_bytes());
        out.push(b' ');
    }
    out.push(0x1f);
    for word in words(text) {
        if word.mark == Mark::Bracketed {
            out.push(b'[');
        }
        out.extend_from_slice(word.norm.as_bytes());
        out.push(b' ');
    }
}

/// Byte ranges of `text` (a quotation's words) inside quotation marks of their own: the
/// speaker quoting someone else (`the war was not ‘a war of Obama’s choosing.’`). Only closed
/// pairs count, and a mark that opens a paragraph continues the quotation, it does not nest.
/// German marks (`„…“`) close with the glyph English opens with, so text in another
/// language's own marks (`lang::of_opening_mark`) has none.
pub fn nested_quotes(text: &str) -> Vec<Range<usize>> {
    let mut ranges = Vec::new();
    // Most quotations hold no mark at all: they are not read character by character. `«` is no
    // profile's own opening mark (it closes `»…«` and opens the French and Swiss `«…»`), but it
    // is not English typography either: text holding it is left alone too, as it always was.
    if !text.contains(['“', '"', '‘']) || text.contains(|c| c == '«' || lang::of_opening_mark(c).is_some())
    {
        return ranges;
    }
    let mut open: Option<(char, usize)> = None;
    let mut chars = text.char_indices().peekable();
    let mut prev = ' ';
    while let Some((i, c)) = chars.next() {
        let next = chars.peek().map_or(' ', |&(_, n)| n);
        let after = i + c.len_utf8();
        // Only asked of an opening mark: whether it starts a paragraph.
        let opens_paragraph = || text[..i].trim_end_matches([' ', '\t']).ends_with(['\n', '\r']);
        match (c, open) {
            ('“' | '"', None) if !prev.is_alphanumeric() && !opens_paragraph() => open = Some(('”', after)),
            ('‘', None) if !prev.is_alphanumeric() => open = Some(('’', after)),
            ('”' | '"', Some(('”', start))) => {
                ranges.push(start..i);
                open = None;
            }
            // `’` between letters is an apostrophe (`Obama’s`).
            ('’', Some(('’', start))) if !(prev.is_alphanumeric() && next.is_alphanumeric()) => {
                ranges.push(start..i);
                open = None;
            }
            _ => {}
        }
        prev = c;
    }
    ranges
}

/// Whether the text after a word ends its sentence: a full stop, question or exclamation mark,
/// maybe behind closing quotation marks or brackets, and not the first dot of an ellipsis.
pub fn ends_sentence(after: &str) -> bool {
    let rest = after.trim_start_matches(['"', '\'', '’', '”', '»', '«', ')', ']']);
    let mut chars = rest.chars();
    match chars.next() {
        Some('!' | '?') => true,
        Some('.') => chars.next() != Some('.'),
        _ => false,
    }
}

/// Eight bytes of text as one number, the first byte lowest.
pub fn block_at(bytes: &[u8], at: usize) -> Option<u64> {
    let block: [u8; 8] = bytes.get(at..at + 8)?.try_into().ok()?;
    Some(u64::from_le_bytes(block))
}

const LOW: u64 = 0x7f7f_7f7f_7f7f_7f7f;
/// The high bit of every byte of a block.
pub const HIGH: u64 = 0x8080_8080_8080_8080;

const fn each(b: u8) -> u64 {
    b as u64 * 0x0101_0101_0101_0101
}

/// High bit of each byte of `x` set where the byte's low seven bits are in `lo..=hi` (both ASCII).
const fn within(x: u64, lo: u8, hi: u8) -> u64 {
    let low = x & LOW;
    (low + each(0x80 - lo)) & !(low + each(0x7f - hi)) & HIGH
}

/// High bit of each byte of a block set where the byte is an ASCII letter or digit.
pub fn alphanumeric_bytes(x: u64) -> u64 {
    // Setting bit 5 folds `A..=Z` onto `a..=z` and moves no other byte into that range.
    (within(x, b'0', b'9') | within(x | each(0x20), b'a', b'z')) & !x & HIGH
}

/// High bit of each byte of a block set where the byte is an ASCII digit.
pub fn digit_bytes(x: u64) -> u64 {
    within(x, b'0', b'9') & !x & HIGH
}

/// High bit of each byte of a block set where the byte is `byte` (ASCII).
pub fn bytes_equal(x: u64, byte: u8) -> u64 {
    within(x, byte, byte) & !x & HIGH
}

/// Where the first byte of `bytes` outside ASCII is, looked for eight bytes at a time.
pub fn first_non_ascii(bytes: &[u8]) -> Option<usize> {
    let mut n = 0;
    while let Some(x) = block_at(bytes, n) {
        let high = x & HIGH;
        if high != 0 {
            return Some(n + (high.trailing_zeros() / 8) as usize);
        }
        n += 8;
    }
    bytes[n..].iter().position(|b| !b.is_ascii()).map(|p| n + p)
}

/// Length of the run of ASCII letters and digits that `bytes` starts with, found eight bytes at
/// a time: a word's end is one test, not one branch a letter.
pub fn ascii_alphanumeric_run(bytes: &[u8]) -> usize {
    let mut n = 0;
    while let Some(x) = block_at(bytes, n) {
        let stop = !alphanumeric_bytes(x) & HIGH;
        if stop != 0 {
            return n + (stop.trailing_zeros() / 8) as usize;
        }
        n += 8;
    }
    n + bytes[n..]
        .iter()
        .take_while(|b| b.is_ascii_alphanumeric())
        .count()
}

/// Finds the words and editorial marks of `text`: calls `each(start, end, mark)` with byte
/// ranges, in order.
fn scan(text: &str, mut each: impl FnMut(usize, usize, Mark)) {
    let mut depth = 0usize;
    // Consecutive ellipses (`... …`) mark one omission, so an ellipsis waits for the next word.
    let mut ellipsis: Option<(usize, usize)> = None;
    let mut i = 0;
    let bytes = text.as_bytes();
    while let Some(&b) = bytes.get(i) {
        // Spaces and ASCII punctuation that mark nothing are passed byte by byte, not decoded.
        if b.is_ascii() && !b.is_ascii_alphanumeric() && !matches!(b, b'[' | b']' | b'.' | b'&') {
            i += 1;
            continue;
        }
        let Some(c) = text[i..].chars().next() else {
            break;
        };
        // Where reading goes on: after this character, or after the word or dots it starts.
        let mut next = i + c.len_utf8();
        match c {
            '[' => depth += 1,
            ']' => depth = depth.saturating_sub(1),
            '…' => {
                let end = i + c.len_utf8();
                ellipsis = Some((ellipsis.map_or(i, |(s, _)| s), end));
            }
            '.' => {
                // `..`, `...`, `. . .`: dots with at most single spaces between them.
                let mut end = i + 1;
                let mut dots = 1;
                let mut probe = text[end..].chars();
                loop {
                    match (probe.next(), probe.next()) {
                        (Some('.'), _) => {
                            end += 1;
                            dots += 1;
                            probe = text[end..].chars();
                        }
                        (Some(' '), Some('.')) => {
                            end += 2;
                            dots += 1;
                            probe = text[end..].chars();
                        }
                        _ => break,
                    }
                }
                if dots >= 2 {
                    next = end;
                    ellipsis = Some((ellipsis.map_or(i, |(s, _)| s), end));
                }
            }
            // A free-standing ampersand is the word `and` (`Comey & others`).
            '&' if text[..i].ends_with(char::is_whitespace)
                && text[i + 1..].starts_with(char::is_whitespace) =>
            {
                if let Some((s, e)) = ellipsis.take() {
                    each(s, e, Mark::Ellipsis);
                }
                each(i, i + 1, if depth > 0 { Mark::Bracketed } else { Mark::Spoken });
            }
            c if c.is_alphanumeric() => {
                let mut end = next;
                loop {
                    // ASCII letters and digits a block at a time, then what else joins the word.
                    end += ascii_alphanumeric_run(&bytes[end..]);
                    // Most words end at a space or an ASCII mark that joins nothing.
                    if bytes.get(end).is_some_and(|&b| {
                        b.is_ascii() && !matches!(b, b'\'' | b'`' | b'-' | b'.' | b'&' | b'*')
                    }) {
                        break;
                    }
                    let Some(n) = text[end..].chars().next() else {
                        break;
                    };
                    let joins = matches!(n, '\'' | '’' | '‘' | '`' | '´' | '-' | '‐' | '‑' | '.' | '&')
                        && text[end + n.len_utf8()..]
                            .chars()
                            .next()
                            .is_some_and(char::is_alphanumeric);
                    if n.is_alphanumeric() || joins {
                        end += n.len_utf8();
                    } else if let Some(len) = censored_letters(&text[end..]) {
                        // `f***ing`, `b----`: letters blanked out stay part of the word.
                        end += len;
                    } else {
                        break;
                    }
                }
                next = end;
                if let Some((s, e)) = ellipsis.take() {
                    each(s, e, Mark::Ellipsis);
                }
                let mark = if depth > 0 { Mark::Bracketed } else { Mark::Spoken };
                each(i, end, mark);
            }
            _ => {}
        }
        i = next;
    }
    if let Some((s, e)) = ellipsis {
        each(s, e, Mark::Ellipsis);
    }
}

/// Length in bytes of a run of blanked-out letters at the start of `rest`, right after a letter:
/// any run of `*`, or three or more hyphens (two are a dash).
fn censored_letters(rest: &str) -> Option<usize> {
    let stars = rest.len() - rest.trim_start_matches('*').len();
    if stars > 0 {
        return Some(stars);
    }
    let hyphens = rest.len() - rest.trim_start_matches('-').len();
    (hyphens >= 3).then_some(hyphens)
}

/// Whether `censored` (`f***ing`, `son-of-a-b----`) is `word` with letters blanked out, or
/// another blanked-out form of the same word.
pub fn censors(censored: &str, word: &str) -> bool {
    let Some(at) = censored.find(['*']).or_else(|| censored.find("---")) else {
        return false;
    };
    if word.contains('*') {
        // Two blanked-out forms of one word (`f***ing`, `f**king`): letter for letter alike
        // wherever neither is blanked.
        return censored.chars().count() == word.chars().count()
            && censored
                .chars()
                .zip(word.chars())
                .all(|(x, y)| x == y || x == '*' || y == '*');
    }
    let prefix = &censored[..at];
    let suffix = censored[at..].trim_start_matches(['*', '-']);
    word.len() > prefix.len() + suffix.len() && word.starts_with(prefix) && word.ends_with(suffix)
}

/// Folds a word's typography: NFKC, lower case, one apostrophe and one hyphen glyph, no dots in
/// an acronym (`F.B.I.`, `FBI`).
pub fn normalize(word: &str) -> String {
    let mut out = String::with_capacity(word.len());
    normalize_into(word, &mut out);
    out
}

fn normalize_into(word: &str, out: &mut String) {
    if ascii_capitals(word).is_some() {
        let start = out.len();
        out.push_str(word);
        out[start..].make_ascii_lowercase();
        return;
    }
    if is_dotted_acronym(word) {
        out.extend(word.chars().filter(|&c| c != '.').flat_map(char::to_lowercase));
        return;
    }
    if word == "&" {
        out.push_str("and");
        return;
    }
    if word.is_ascii() {
        // NFKC leaves ASCII alone; a backtick is an apostrophe.
        let start = out.len();
        out.push_str(word);
        out[start..].make_ascii_lowercase();
        if word.contains('`') {
            let folded = out[start..].replace('`', "'");
            out.truncate(start);
            out.push_str(&folded);
        }
        return;
    }
    out.extend(word.nfkc().flat_map(char::to_lowercase).map(|c| match c {
        '’' | '‘' | '`' | '´' | 'ʼ' => '\'',
        '‐' | '‑' | '‒' | '–' | '—' => '-',
        c => c,
    }));
}

/// For a word whose normal form is its lower case, as most words' is (ASCII without a dot or a
/// backtick, and not the lone `&`): whether it has capitals to lower. `None` for other words.
fn ascii_capitals(word: &str) -> Option<bool> {
    if word == "&" {
        return None;
    }
    let mut capitals = false;
    for b in word.bytes() {
        if !b.is_ascii() || b == b'.' || b == b'`' {
            return None;
        }
        capitals |= b.is_ascii_uppercase();
    }
    Some(capitals)
}

/// `F.B.I`, `N.A.T.O`: three or more single letters joined by dots (`U.S` stays apart from `us`).
fn is_dotted_acronym(word: &str) -> bool {
    // The shortest is three letters and two dots (`F.B.I`).
    if word.len() < 5 || !word.contains('.') {
        return false;
    }
    let mut parts = 0;
    for part in word.split('.') {
        let mut chars = part.chars();
        if !(chars.next().is_some_and(char::is_alphabetic) && chars.next().is_none()) {
            return false;
        }
        parts += 1;
    }
    parts >= 3
}

/// A word in its variant-free form: contractions expanded, British spellings made American
/// (`it's` -> `it is`, `defence` -> `defense`, `realise` -> `realize`).
pub fn variant_forms(norm: &str) -> Vec<String> {
    if let Some(expanded) = expand_contraction(norm) {
        return expanded.split(' ').map(str::to_string).collect();
    }
    vec![variant_free(norm).into_owned()]
}

/// A word that is no contraction in its variant-free form: American spelling, and the
/// possessive of a word ending in `s` written one way. `ISIS’ leader` and `ISIS's leader` are
/// house styles of one word: the apostrophe that ends a word is not part of it, so `'s` after an
/// `s` is dropped too.
#[inline]
fn variant_free(norm: &str) -> Cow<'_, str> {
    let word = norm
        .strip_suffix("'s")
        .filter(|stem| stem.len() > 1 && stem.ends_with('s'))
        .unwrap_or(norm);
    american_spelling(word)
}

/// How many words a word stands for once contractions are expanded (`won't` is 2).
pub fn expanded_len(norm: &str) -> usize {
    // `cannot` is the one contraction without an apostrophe (a test checks the list).
    if !norm.contains('\'') && norm != "cannot" {
        return 1;
    }
    expand_contraction(norm).map_or(1, |e| e.split(' ').count())
}

fn expand_contraction(w: &str) -> Option<String> {
    if let Some(full) = lexicon::contraction(w) {
        return Some(full.to_string());
    }
    for (ending, full) in lexicon::contraction_endings() {
        if let Some(stem) = w.strip_suffix(ending).filter(|s| !s.is_empty()) {
            return Some(format!("{stem} {full}"));
        }
    }
    // `it's`, `that's`, `he's`: `'s` after a pronoun-like word is `is`; after a name it is a
    // possessive and stays.
    let stem = w.strip_suffix("'s")?;
    lexicon::is_contraction_stem(stem).then(|| format!("{stem} is"))
}

/// A word in American spelling (`defence` -> `defense`, `realise` -> `realize`): the whole word
/// from `lexicon/en/british-spellings.txt`, else its first British ending, unless the word is an
/// exception.
fn american_spelling(w: &str) -> Cow<'_, str> {
    if let Some(us) = lexicon::american_word(w) {
        return Cow::Borrowed(us);
    }
    if w.len() < 5 {
        return Cow::Borrowed(w);
    }
    for (gb, us) in lexicon::british_endings_of(w) {
        let stem = &w[..w.len() - gb.len()];
        if stem.len() >= 2 {
            if lexicon::keeps_british_ending(w) {
                break;
            }
            return Cow::Owned(format!("{stem}{us}"));
        }
    }
    Cow::Borrowed(w)
}

/// Small words that carry little evidence that two quotations are the same
/// (`lexicon/<lang>/stopwords.txt`).
pub fn is_stopword(norm: &str) -> bool {
    lexicon::is_stopword(norm)
}

/// Counts the words (runs of letters and digits) of a text.
pub fn count_words(text: &str) -> usize {
    count_words_up_to(text, usize::MAX)
}

/// `count_words`, but reading stops once the count passes `limit`.
pub fn count_words_up_to(text: &str, limit: usize) -> usize {
    let bytes = text.as_bytes();
    let mut count = 0;
    // Whether the character before is part of a word: a letter or digit, or an apostrophe or
    // hyphen right after one (`it’s`, `well-known` are one word each).
    let mut in_word = false;
    let mut i = 0;
    loop {
        // Eight bytes of ASCII without an apostrophe or hyphen at a time: a word starts at each
        // letter or digit that does not follow one.
        if let Some(x) = block_at(bytes, i)
            && x & HIGH == 0
            && bytes_equal(x, b'\'') | bytes_equal(x, b'-') == 0
        {
            let word = alphanumeric_bytes(x);
            let after_word = word << 8 | u64::from(in_word) << 7;
            count += (word & !after_word).count_ones() as usize;
            if count > limit {
                return limit + 1;
            }
            in_word = word >> 63 != 0;
            i += 8;
            continue;
        }
        // Else one character: ASCII as a byte, the rest decoded.
        let Some(&b) = bytes.get(i) else {
            break;
        };
        let c = if b.is_ascii() {
            char::from(b)
        } else {
            text[i..].chars().next().unwrap_or(char::REPLACEMENT_CHARACTER)
        };
        i += c.len_utf8();
        if c.is_alphanumeric() {
            if !in_word {
                count += 1;
                if count > limit {
                    break;
                }
            }
            in_word = true;
            // The rest of its ASCII letters and digits, a block at a time.
            i += ascii_alphanumeric_run(&bytes[i..]);
        } else {
            in_word = in_word && matches!(c, '’' | '\'' | '-');
        }
    }
    count
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_first_byte_outside_ascii_is_found_in_any_block() {
        let text = "plain words, then a curly “quote” and more plain words".as_bytes();
        for start in 0..text.len() {
            let expected = text[start..].iter().position(|b| !b.is_ascii());
            assert_eq!(first_non_ascii(&text[start..]), expected, "from byte {start}");
        }
        assert_eq!(first_non_ascii(b""), None);
        assert_eq!(first_non_ascii("é".as_bytes()), Some(0));
    }

    #[test]
    fn folded_words_are_the_words_normalized() {
        for text in [
            "it’s a well-known … [make] fact",
            "The F.B.I. & the C.I.A. said It`S the Colour of DEFENCE",
            "Ärger über Straßenbau — «ça va» 2024 naïve",
            "plain lower case words and don't stop",
            "f***ing b---- ... . . . U.S",
        ] {
            let mut folded = Vec::new();
            each_folded(text, |span, norm, key, mark| {
                folded.push((span, norm.to_string(), key.to_string(), mark));
            });
            let expected: Vec<_> = words(text)
                .into_iter()
                .map(|w| {
                    let key = american_spelling(&w.norm).into_owned();
                    (w.start..w.end, w.norm, key, w.mark)
                })
                .collect();
            assert_eq!(folded, expected, "{text}");
        }
    }

    #[test]
    fn alphanumeric_runs_are_found_eight_bytes_at_a_time_as_one_at_a_time() {
        let texts = [
            "",
            "a",
            "word",
            "exactly8",
            "ninechars",
            "sixteen0letters1 rest",
            "Hello, world",
            "09AZaz@[`{/:",
            "Korea\u{2019}s",
            "caf\u{e9} au lait",
            "x\u{7f}y",
            "longwordlongwordlongwordlongword.",
        ];
        let simple = |bytes: &[u8]| bytes.iter().take_while(|b| b.is_ascii_alphanumeric()).count();
        for text in texts {
            for start in 0..text.len() {
                let bytes = &text.as_bytes()[start..];
                assert_eq!(
                    ascii_alphanumeric_run(bytes),
                    simple(bytes),
                    "{text:?} from {start}"
                );
            }
        }
        // Every byte value at every place of a block.
        for b in 0..=255u8 {
            for at in 0..12 {
                let mut bytes = b"abcdefghijklmnop".to_vec();
                bytes[at] = b;
                assert_eq!(ascii_alphanumeric_run(&bytes), simple(&bytes), "{b:#x} at {at}");
            }
        }
    }

    fn norms(text: &str) -> Vec<String> {
        words(text).into_iter().map(|w| w.norm).collect()
    }

    #[test]
    fn sentence_ends_behind_closing_marks_but_not_at_an_ellipsis() {
        assert!(ends_sentence(". Then"));
        assert!(ends_sentence("?” he asked"));
        assert!(ends_sentence(")! And"));
        assert!(!ends_sentence("... and"));
        assert!(!ends_sentence(", and"));
        assert!(!ends_sentence(""));
    }

    #[test]
    fn typography_is_folded() {
        assert_eq!(
            norms("It’s “Non‑traditional”, SAID he."),
            ["it's", "non-traditional", "said", "he"]
        );
        assert_eq!(
            norms("it's non-traditional said he"),
            ["it's", "non-traditional", "said", "he"]
        );
        assert_eq!(norms("It`S the F.B.I."), ["it's", "the", "fbi"]);
    }

    #[test]
    fn quotation_marks_inside_a_quotation_nest() {
        let text = "the war was not ‘a war of Obama’s choosing.’ It has been";
        let r = nested_quotes(text);
        assert_eq!(
            r.iter().map(|r| &text[r.clone()]).collect::<Vec<_>>(),
            ["a war of Obama’s choosing."]
        );
        let text = "he called it “fake news” twice";
        assert_eq!(nested_quotes(text).len(), 1);
        // An opening mark at a paragraph continues the quotation; an unclosed one is no pair.
        assert!(nested_quotes("we will.\n\n“We will go on").is_empty());
        // Whatever ends the line: `\n`, `\r\n` or a lone `\r`.
        for end in ["\n\n", "\r\n\r\n", "\r\r"] {
            assert!(nested_quotes(&format!("we will.{end}“We will go on” and on")).is_empty());
        }
        assert!(nested_quotes("not “a war of choosing").is_empty());
        assert!(nested_quotes("Satz eins.“ „Satz zwei.").is_empty());
    }

    #[test]
    fn a_free_standing_ampersand_is_and() {
        assert_eq!(norms("Comey & others"), ["comey", "and", "others"]);
        assert_eq!(norms("AT&T and R&D"), ["at&t", "and", "r&d"]);
    }

    #[test]
    fn ellipses_in_any_form_are_one_mark() {
        for text in [
            "will... [make] decisions",
            "will… [make] decisions",
            "will . . . [make] decisions",
        ] {
            let w = words(text);
            let marks: Vec<Mark> = w.iter().map(|w| w.mark).collect();
            assert_eq!(
                marks,
                [Mark::Spoken, Mark::Ellipsis, Mark::Bracketed, Mark::Spoken],
                "{text}"
            );
        }
    }

    #[test]
    fn contractions_and_british_spellings_have_variant_forms() {
        assert_eq!(variant_forms("it's"), ["it", "is"]);
        assert_eq!(variant_forms("don't"), ["do", "not"]);
        assert_eq!(variant_forms("defence"), ["defense"]);
        assert_eq!(variant_forms("realise"), ["realize"]);
        assert_eq!(variant_forms("colour"), ["color"]);
        assert_eq!(variant_forms("promise"), ["promise"]);
        assert_eq!(variant_forms("russia's"), ["russia's"]);
    }

    #[test]
    fn the_possessive_of_a_word_in_s_is_one_word_however_written() {
        // The scanner leaves the apostrophe that ends `ISIS’` out of the word.
        let keys = |text: &str| {
            let mut out = Vec::new();
            each_folded(text, |_, _, key, _| out.push(key.to_string()));
            out
        };
        assert_eq!(keys("ISIS’ best recruiter"), keys("ISIS's best recruiter"));
        assert_eq!(variant_forms("jones's"), ["jones"]);
        // Only after an `s`, and a contraction stays one.
        assert_eq!(variant_forms("russia's"), ["russia's"]);
        assert_eq!(variant_forms("it's"), ["it", "is"]);
        assert_eq!(variant_forms("s's"), ["s's"]);
    }

    #[test]
    fn the_quick_skip_agrees_with_the_list_of_contractions() {
        // `expanded_len` looks further only at words with an apostrophe, and `cannot`.
        for (contracted, _) in lexicon::pairs(include_str!("../lexicon/en/contractions.txt")) {
            assert!(
                contracted.contains('\'') || contracted == "cannot",
                "{contracted}"
            );
        }
    }

    #[test]
    fn german_and_swiss_marks_hold_no_nested_quotation() {
        for text in [
            "er sagte: „ein “Wort” hier“",
            "er sagte: ‚ein “Wort” hier‘",
            "er sagte: »ein “Wort” hier«",
            "il a dit «un “mot” ici»",
        ] {
            assert!(nested_quotes(text).is_empty(), "{text}");
        }
        assert_eq!(nested_quotes("he said “a word” here").len(), 1);
    }

    #[test]
    fn abbreviations_stay_one_word() {
        assert_eq!(norms("the U.S. army"), ["the", "u.s", "army"]);
        assert_eq!(norms("the F.B.I. agents"), norms("the FBI agents"));
    }

    #[test]
    fn censored_words_stay_one_word() {
        assert_eq!(norms("that f***ing wall"), ["that", "f***ing", "wall"]);
        assert_eq!(norms("you son-of-a-b----"), ["you", "son-of-a-b----"]);
        assert_eq!(norms("wait -- no"), ["wait", "no"]);
        assert!(censors("f***ing", "fucking"));
        assert!(censors("son-of-a-b----", "son-of-a-bitch"));
        assert!(!censors("f***ing", "flying-ish"));
        assert!(!censors("fucking", "fucking"));
        assert!(censors("f***ing", "f**king"));
        assert!(!censors("f***ing", "s**ting"));
    }
}
