//! From a document's text to tokens: words, punctuation and whole quotations, numbered by
//! paragraph and sentence; the document lowered once; its language and its title-case
//! paragraphs.

use super::doc::{TokKind, Token};
use super::grammar::MINOR_TITLE_WORDS;
use crate::extract::{Paragraph, QuoteSpan};
use crate::lang::{self, Lang};
use crate::lexicon;
use crate::words::{ascii_alphanumeric_run, first_non_ascii};

/// What `tokenize` makes of a text.
pub(super) struct Tokens<'a> {
    /// Words, punctuation and whole quotations, in document order.
    pub(super) tokens: Vec<Token<'a>>,
    /// The token of each quotation, parallel to the spans.
    pub(super) quote_tokens: Vec<usize>,
}

/// Splits the text into words, punctuation and whole quotations, and numbers the sentences; with
/// the token of each quotation.
pub(super) fn tokenize<'a>(
    text: &'a str,
    lowered: &'a str,
    paragraphs: &[Paragraph],
    spans: &[QuoteSpan],
) -> Tokens<'a> {
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
    Tokens { tokens, quote_tokens }
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

/// The token of `kind` over `text[start..end]`, in paragraph `paragraph`.
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
pub(super) fn lower_in_place(text: &str) -> String {
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
            // Two sentences run together (`sagte Merkel.Als`): a period between a small letter
            // and a capitalised word ends the word, unlike `ver.di`, `U.S.`, `z.B.`.
            Some('.') if s[..end].ends_with(char::is_lowercase) && run_together(rest.clone()) => break,
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
        if initial || (word.contains('.') && !is_web_address(word)) || is_abbreviation_word(word) {
            return end + 1;
        }
    }
    end
}

/// `a-web-address-takes-no-abbreviation-period`: a word whose part after its last inner period
/// is two or more small letters is a web address (`Harbornews.com`, `whitehouse.gov`,
/// `bbc.co.uk`), not an abbreviation, whose parts are single letters (`U.S.`, `a.m.`, `z.B.`):
/// a period after it ends the sentence (`according to Harbornews.com. “…”`).
fn is_web_address(word: &str) -> bool {
    word.rsplit_once('.')
        .is_some_and(|(_, last)| last.len() >= 2 && last.bytes().all(|b| b.is_ascii_lowercase()))
}

/// Whether the characters after a period open a capitalised word: a capital, then a small letter.
fn run_together(mut rest: std::str::Chars) -> bool {
    rest.next().is_some_and(char::is_uppercase) && rest.next().is_some_and(char::is_lowercase)
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
        // `a-bracket-may-open-the-sentence`: after a period, a bracket before a capital or a
        // quotation opens a new sentence (`…, as the crowd booed. (“…,” said one activist.)`).
        let opens = |n: &Token| match n.kind {
            TokKind::Word => n.capitalized,
            TokKind::Quote(_) => true,
            TokKind::Punct(_) => false,
        };
        let next_starts = tokens.get(i + 1).is_none_or(|n| match n.kind {
            TokKind::Punct('(' | '[') => tokens.get(i + 2).is_some_and(opens),
            _ => opens(n),
        });
        let ends = match tokens[i].kind {
            TokKind::Punct(c) => matches!(c, '.' | '!' | '?') && next_starts && !german_ordinal(tokens, i),
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

/// `german-ordinal-number`: whether the period at token `i` is that of a German ordinal number
/// (`am 14. Dezember`, `im 19. Jahrhundert`, `zum 3. Mal`, `der 2. Liga`) and ends no sentence: a
/// number of one or two digits after a preposition or an article (both closed classes), before
/// the capitalised word it counts. A number after any other word may end its sentence (`belegte
/// Platz 3. Danach …`).
fn german_ordinal(tokens: &[Token], i: usize) -> bool {
    i >= 2
        && tokens[i].kind == TokKind::Punct('.')
        && tokens[i - 1].kind == TokKind::Word
        && (1..=2).contains(&tokens[i - 1].lower.len())
        && tokens[i - 1].lower.bytes().all(|b| b.is_ascii_digit())
        && tokens[i - 2].kind == TokKind::Word
        && (lexicon::is_any_german_preposition(tokens[i - 2].lower)
            || lexicon::is_german_article(tokens[i - 2].lower))
}

/// The language of the writer's own words (quotations are single tokens and do not count).
pub(super) fn narration_lang(tokens: &[Token]) -> Lang {
    lang::detect(tokens.iter().filter(|t| t.kind == TokKind::Word).map(|t| t.lower))
}

/// Paragraphs whose longer words are all capitalised: headlines and subheadings (`Michael Steele Criticized for Afghanistan Comments`).
pub(super) fn title_like_paragraphs(
    text: &str,
    spans: &[QuoteSpan],
    tokens: &[Token],
    quote_tokens: &[usize],
) -> Vec<bool> {
    let count = tokens.last().map_or(0, |t| t.paragraph as usize + 1);
    let mut caps = vec![TitleCase::default(); count];
    // Longer words count, not minor ones (`From`, `With` stay lower case in titles).
    let counts = |word: &str| {
        // Up to three bytes are up to three letters, and more than twelve are more than three.
        let long = match word.len() {
            0..=3 => false,
            13.. => true,
            _ => word.chars().count() > 3,
        };
        // The minor words have at most five letters: longer words skip the lookup.
        long && (word.len() > 5 || !is_minor_title_word(word))
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
            caps[p].counted += 1;
            if !t.capitalized {
                break;
            }
            caps[p].capitalised += 1;
        }
        i = end;
    }
    // A quotation's words count too: a signature line (`“We are hurt.” ― Ana Ortiz`) is no
    // headline, `Trump Says “Nobody Respects Women More”` is one. Only paragraphs still in title
    // case need them read.
    for (q, &at) in quote_tokens.iter().enumerate() {
        let p = tokens.get(at).map_or(0, |t| t.paragraph as usize);
        if p < count && caps[p].capitalised == caps[p].counted {
            let span = &spans[q];
            for w in text[span.start..span.end].split_whitespace() {
                let w = w.trim_matches(|c: char| !c.is_alphanumeric());
                if counts(w) {
                    caps[p].counted += 1;
                    if !w.starts_with(char::is_uppercase) {
                        // One word in lower case is enough to tell.
                        break;
                    }
                    caps[p].capitalised += 1;
                }
            }
        }
    }
    caps.iter()
        .map(|c| c.counted >= 3 && c.capitalised == c.counted)
        .collect()
}

/// Of one paragraph: how many of its longer words were read, and how many of those were
/// capitalised.
#[derive(Debug, Clone, Copy, Default)]
struct TitleCase {
    capitalised: usize,
    counted: usize,
}

/// Whether `word` (as it stands, at most five bytes) is a minor word of a title, whatever its
/// case. Quotations' words are not lowered, so it is lowered here, on the stack.
fn is_minor_title_word(word: &str) -> bool {
    let mut lowered = [0u8; 5];
    match lowered.get_mut(..word.len()) {
        Some(lowered) => {
            lowered.copy_from_slice(word.as_bytes());
            lowered.make_ascii_lowercase();
            std::str::from_utf8(lowered).is_ok_and(|w| MINOR_TITLE_WORDS.contains(w))
        }
        None => false,
    }
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::attribute::testing::speakers;
    use crate::extract::paragraphs;

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
    fn a_paragraph_ends_where_its_tokens_end_however_long_it_is() {
        let text: String = [1, 2, 3, 40, 1, 17, 200, 5]
            .iter()
            .map(|&n| "word ".repeat(n) + "\n")
            .collect();
        let pars = paragraphs(&text);
        let lowered = lower_in_place(&text);
        let Tokens { tokens, .. } = tokenize(&text, &lowered, &pars, &[]);
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
    fn a_german_ordinal_ends_no_sentence() {
        let sentences = |text: &str| {
            let pars = paragraphs(text);
            let lowered = lower_in_place(text);
            let Tokens { tokens, .. } = tokenize(text, &lowered, &pars, &[]);
            tokens.last().map_or(0, |t| t.sentence + 1)
        };
        assert_eq!(
            sentences("Die Ministerin sagte am 14. Dezember in Berlin, sie komme."),
            1
        );
        assert_eq!(sentences("Im 19. Jahrhundert stand hier ein Turm."), 1);
        assert_eq!(sentences("Er spielte in der 2. Liga."), 1);
        // After a noun the number is a count that may end its sentence.
        assert_eq!(sentences("Das Team belegte Platz 3. Danach kam der Regen."), 2);
        // The cue and its speaker are read across the date.
        let text = "Lena Sommer sagte am 3. Mai in Berlin: „Der Hafen bleibt offen.“";
        assert_eq!(speakers(text), ["Lena Sommer"]);
    }

    #[test]
    fn a_bracket_may_open_the_sentence() {
        // `a-bracket-may-open-the-sentence`: the cue before the bracket is the last sentence's.
        let text = "“Call the vote,” came shouts, as the crowd booed. (“We want no fight,” said one \
                    delegate.)";
        assert_eq!(crate::attribute::testing::who(text)[1].1, "one delegate");
    }

    #[test]
    fn a_web_address_ends_its_sentence() {
        // `a-web-address-takes-no-abbreviation-period`: the next sentence is read apart.
        let text = "Friends were devastated, according to Harbornews.com. “He had so many plans,” his \
                    friend Ana Ruiz told the site.";
        assert_eq!(crate::attribute::testing::who(text)[0].0, "Ana Ruiz");
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
        assert_eq!(len("Merkel.Als sie"), "Merkel");
        assert_eq!(len("ver.di sagte"), "ver.di");
        assert_eq!(len("z.B. Namen"), "z.B.");
        assert_eq!(len("a.m. Monday"), "a.m.");
        assert_eq!(len("Harbornews.com. Next"), "Harbornews.com");
        assert_eq!(len("bbc.co.uk. Next"), "bbc.co.uk");
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
    fn a_signature_line_is_no_headline() {
        let text = "“We want the bridge.” ― Ann Bo\n“We want it now!” ― Julie A. Diaz Martinez.\n“Ask again.” ― Christina N Luis Olidem\n\nPhotos.";
        assert_eq!(
            speakers(text),
            ["Ann Bo", "Julie A. Diaz Martinez", "Christina N Luis Olidem"]
        );
    }
}
