//! What a quoted stretch is: a quote, a fragment or a term, from its shape, its place and its
//! attribution.

use super::grammar::MINOR_TITLE_WORDS;
use super::quoted_names::{all_common_nouns, is_quoted_name, words_before};
use crate::extract::{MarkStyle, QuoteSpan};
use crate::lexicon;
use crate::types::{Attribution, QuoteKind, Via};
use crate::words::count_words_up_to;

/// Decides quote, fragment or term from the quotation's shape and its attribution.
///
/// Speech is what has a speaker: a quotation with a cue of its own is a quote (a sentence) or a
/// fragment (woven words), however short. Without a cue, a sentence that continues a neighbour's
/// speech is still speech; what remains unattributed is a term when it reads like one: a word or
/// two, a title in title case. Anything in a headline is a term.
pub fn classify(
    text: &str,
    span: &QuoteSpan,
    inner: &str,
    words: usize,
    attribution: Option<&Attribution>,
    in_headline: bool,
) -> QuoteKind {
    if span.style == MarkStyle::Dash {
        return QuoteKind::Quote;
    }
    // A headline quotes in shorthand (`Mayor calls plan ‘reckless’`): the words are quoted in full,
    // with their speaker, in the story below it, and that is the quotation to compare.
    if in_headline {
        return QuoteKind::Term;
    }
    let before = text[..span.open].trim_end().chars().next_back();
    let introduced = matches!(before, Some(':' | ','));
    let first_letter = inner.chars().find(|c| c.is_alphabetic());
    let sentence = introduced || first_letter.is_some_and(char::is_uppercase);
    let speech = if sentence {
        QuoteKind::Quote
    } else {
        QuoteKind::Fragment
    };
    if after_slogan_noun(text, span) {
        return speech;
    }
    // A capitalised name or title (`Eine unbequeme Wahrheit`, `Iceland Nature Conservation
    // Association`): short, no sentence punctuation, not introduced, not cued.
    let name_like = !introduced
        && first_letter.is_some_and(char::is_uppercase)
        && words <= 8
        && !inner.trim_end().ends_with(['.', '!', '?', ',', '…']);
    // A web address is a name even next to a cue (`laut „news.bbc.co.uk“`), and so is a
    // multi-word name in title case inside German marks (`sagte Toby Lanzer dem Fernsehsender
    // „Al Jazeera“`): German capitalises every noun, so words in title case there are names, not
    // the nicknames that English copy puts in quotation marks (`called her “Miss Piggy”`).
    let address = !inner.contains(char::is_whitespace) && inner.contains('.') && !inner.ends_with('.');
    let german_marks = span.in_german_marks(text);
    // A German article or preposition in lower case makes a noun phrase someone said, not a
    // name (`Aufrufs zu Subversion`, but `Biennale for Contemporary Art`, `Hvalur hf`).
    let german_phrase = || inner.split_whitespace().any(lexicon::is_german_noun_phrase_word);
    if address || (name_like && german_marks && words >= 2 && is_title_case(inner) && !german_phrase()) {
        return QuoteKind::Term;
    }
    // A title after `on`, `of` or a possessive names a show, a plan or an ad (`on CNN’s “State of
    // the Union.”`, `on this weekend’s broadcast of “Fox News Sunday”`).
    let word_before = text[..span.open]
        .trim_end()
        .rsplit(char::is_whitespace)
        .next()
        .unwrap_or("");
    let names_a_work = lexicon::is_before_a_title(word_before)
        || (word_before.ends_with(['s', 'S']) && word_before[..word_before.len() - 1].ends_with(['’', '\'']));
    if names_a_work && reads_as_title(inner) {
        return QuoteKind::Term;
    }
    if is_named_work(text, span, inner)
        || is_gloss(text, span, inner)
        || is_subheading(text, span, inner)
        || names_the_work_after(text, span, inner)
        || is_quoted_name(text, span, inner)
    {
        return QuoteKind::Term;
    }
    let kind = match attribution.map(|a| a.via) {
        Some(Via::Cue) => speech,
        None | Some(Via::Subject) if name_like => QuoteKind::Term,
        Some(Via::Continuation | Via::Subject) if words > 2 => speech,
        _ if words <= 2 || is_title_case(inner) => QuoteKind::Term,
        _ => speech,
    };
    // German reports speech in the subjunctive (`die Klauseln seien „alarmierend“`, `dass die
    // Opposition nur ein „Papiertiger“ sei`) or in a clause after a verb of saying or a noun for a
    // view (`sagen, der Kapitän trage die „…“`, `ist der Meinung, dass …`): words quoted there are
    // the reported speaker's, not the writer's scare quotes. So are words a verb of judging
    // applies with `als` (`wies die Vorwürfe als „haltlos“ zurück`). A capitalised word there may
    // still be a name (`die Band „Landser“ habe`), unless an indefinite article or a lower-case
    // article inside, or the lexicon, makes it a common noun.
    // A single capitalised noun in a sentence in the subjunctive is as often the writer's
    // name for a thing (`„Landser“ habe`): only a reporting clause or a verb of judging makes
    // it the speaker's.
    let common_noun = || !name_like || german_phrase() || after_indefinite_article(text, span);
    // Words, not a code of letters and digits (`„b7“`).
    let german_words = || {
        inner
            .split(|c: char| !c.is_alphabetic())
            .any(|w| w.chars().nth(3).is_some() || lexicon::german_word(&w.to_lowercase()).known())
    };
    if kind == QuoteKind::Term && german_marks {
        if common_noun() && in_subjunctive_sentence(text, span) {
            return QuoteKind::Fragment;
        }
        if (common_noun() || all_common_nouns(inner))
            && german_words()
            && (in_reported_clause(text, span) || characterised_as(text, span))
        {
            return QuoteKind::Fragment;
        }
    }
    if kind != QuoteKind::Term
        && so_called(text, span)
        && !in_subjunctive_sentence(text, span)
        && !in_reported_clause(text, span)
    {
        return QuoteKind::Term;
    }
    kind
}

/// **A so-called name.** `so genannt` or `sogenannt` in any ending right before the mark: the
/// writer introduces a name or a term (`der so genannte „Hafenwächter“`), whoever speaks in the
/// sentence, unless the words stand in reported speech (`sagte, dass die so genannten „…“`),
/// where they are the speaker's. English `so-called` is not read so: American copy puts it before
/// words inside a speaker's attribution as often.
fn so_called(text: &str, span: &QuoteSpan) -> bool {
    let mut words = text[..span.open].split_whitespace().rev();
    let Some(last) = words.next() else {
        return false;
    };
    let last = last.trim_start_matches('(').to_lowercase();
    last.starts_with("sogenannt")
        || (last.starts_with("genannt") && words.next().is_some_and(|w| w.eq_ignore_ascii_case("so")))
}

/// The sentence before the quotation's opening mark, at most `SENTENCE_BYTES` of it, and the part
/// of it after the mark up to the sentence's end.
pub(super) fn sentence_around<'a>(text: &'a str, span: &QuoteSpan) -> (&'a str, &'a str) {
    let ends = |c: char| matches!(c, '.' | '!' | '?' | '\n' | '\r');
    let mut from = span.open.saturating_sub(SENTENCE_BYTES);
    while !text.is_char_boundary(from) {
        from += 1;
    }
    let mut to = (span.after + SENTENCE_BYTES).min(text.len());
    while !text.is_char_boundary(to) {
        to -= 1;
    }
    let before = &text[from..span.open];
    let before = before.rfind(ends).map_or(before, |at| &before[at + 1..]);
    let after = &text[span.after..to];
    let after = after.find(ends).map_or(after, |at| &after[..at]);
    (before, after)
}

/// **Words quoted in a reported clause.** A verb of saying or a noun for a view held, then a
/// comma, earlier in the quotation's sentence: the quotation is in the clause that reports what
/// was said or held (`Die Lotsen sagen, der Kapitän trage die „…“`, `ist der Meinung, dass die
/// „…“`).
pub(super) fn in_reported_clause(text: &str, span: &QuoteSpan) -> bool {
    let (before, _) = sentence_around(text, span);
    let mut last_was_reporting = false;
    for piece in before.split_inclusive(|c: char| !c.is_alphabetic()) {
        let word = piece.trim_end_matches(|c: char| !c.is_alphabetic());
        let lower = word.to_lowercase();
        if !word.is_empty() {
            last_was_reporting = lexicon::is_cue_verb(&lower) || lexicon::is_german_opinion_noun(&lower);
        }
        if last_was_reporting && piece.ends_with(',') {
            return true;
        }
    }
    false
}

/// **Words a verb of judging applies with `als`.** `als` (or `als` and an article) right before
/// the mark, and in the same clause a verb of judging (`lexicon/de/characterising-verbs.txt`):
/// the judge's words (`wies die Vorwürfe als „haltlos“ zurück`, `die als „dunstig“ beschrieben
/// wurden`, `Als „vertane Chance“ beurteilte …`). Verbs of being (`galt als`, `als „…“
/// bekannt`) do not count.
fn characterised_as(text: &str, span: &QuoteSpan) -> bool {
    let (before, after) = sentence_around(text, span);
    // A clause ends at its punctuation, and at `und` or `oder` that join another.
    let clause_before = before.rsplit([',', ';', ':', '(']).next().unwrap_or(before);
    let clause_before = [" und ", " oder "]
        .iter()
        .filter_map(|c| clause_before.rfind(c).map(|at| at + c.len()))
        .max()
        .map_or(clause_before, |at| &clause_before[at..]);
    let clause_after = after.split([',', ';', ':', ')']).next().unwrap_or(after);
    let clause_after = [" und ", " oder "]
        .iter()
        .filter_map(|c| clause_after.find(c))
        .min()
        .map_or(clause_after, |at| &clause_after[..at]);
    let mut words_before = clause_before.split_whitespace().rev();
    let als = |w: Option<&str>| w.is_some_and(|w| w.eq_ignore_ascii_case("als"));
    let first = words_before.next();
    let after_als = als(first)
        || (first.is_some_and(|w| lexicon::is_german_article(&w.to_lowercase())) && als(words_before.next()));
    let judging = |w: &str| lexicon::is_german_characterising_verb(&w.to_lowercase());
    after_als
        && clause_before
            .split(|c: char| !c.is_alphabetic())
            .chain(clause_after.split(|c: char| !c.is_alphabetic()))
            .any(judging)
}

/// **Quotations in a row share a name's kind.** A quotation joined to a `term` before it by a
/// comma, `und`, `oder`, `and`, `or` or a slash (`„Nordwind“, „Südwind“ und „Westwind“`), or
/// that glosses it in brackets (`„Cap Noir“ („Schwarzes Kap“)`, `(etwa: „…“)`), names the same
/// sort of thing: a `term` too. Speech in a row keeps its own kind. Only after German marks,
/// where names are told by the lexicon: an English title in title case is a guess, and a guess
/// should not spread (`"Feel the Bern" and "…"` may be chants).
pub fn share_term_in_coordination(text: &str, spans: &[QuoteSpan], kinds: &mut [QuoteKind]) {
    for i in 1..spans.len().min(kinds.len()) {
        if kinds[i - 1] == QuoteKind::Term
            && kinds[i] != QuoteKind::Term
            && spans[i].style != MarkStyle::Dash
            && spans[i - 1].in_german_marks(text)
            && in_a_row(text, &spans[i - 1], &spans[i])
        {
            kinds[i] = QuoteKind::Term;
        }
    }
}

/// Most bytes between two quotations in a row (`“ (übersetzt etwa: „`).
const ROW_GAP_BYTES: usize = 24;

/// Whether only a conjunction, a comma, a slash or an opening bracket with a gloss word stands
/// between two quotations of one paragraph.
fn in_a_row(text: &str, before: &QuoteSpan, after: &QuoteSpan) -> bool {
    if !before.closed || before.last_paragraph != after.first_paragraph || after.open < before.after {
        return false;
    }
    let gap = &text[before.after..after.open];
    if gap.len() > ROW_GAP_BYTES {
        return false;
    }
    let gap = gap.trim();
    if matches!(
        gap,
        "," | "/" | "und" | "oder" | "and" | "or" | ", und" | ", oder" | ", and" | ", or"
    ) {
        return true;
    }
    // A gloss: an opening bracket, and at most a word or two saying what follows.
    gap.strip_prefix('(').is_some_and(|rest| {
        let rest = rest.trim();
        rest.is_empty() || (rest.ends_with(':') && count_words_up_to(rest, 3) <= 2)
    })
}

/// **A slogan is its people's words.** Right after a German noun for words chanted, carried or
/// written up (`lexicon/de/slogan-nouns.txt`), or after one and `wie` (`zum Beispiel`, `etwa`):
/// `skandierten Parolen wie „…“`, `mit der Aufschrift „…“`. The words are those people's,
/// speech however they read, not a name or the writer's term.
fn after_slogan_noun(text: &str, span: &QuoteSpan) -> bool {
    let mut words = text[..span.open].split_whitespace().rev();
    let mut word = words.next();
    // `wie`, `wie etwa`, `wie zum Beispiel` between the noun and the mark.
    for filler in [["beispiel", "zum"], ["etwa", ""]] {
        if word.is_some_and(|w| w.eq_ignore_ascii_case(filler[0])) {
            word = words.next();
            if !filler[1].is_empty() && word.is_some_and(|w| w.eq_ignore_ascii_case(filler[1])) {
                word = words.next();
            }
        }
    }
    if word.is_some_and(|w| w == "wie") {
        word = words.next();
    }
    word.is_some_and(|w| {
        w.starts_with(char::is_uppercase) && lexicon::is_german_slogan_noun(&w.to_lowercase())
    })
}

/// Bytes of a sentence read either side of a quotation for its verb: a document on one line is
/// not read through for each of its quotations.
const SENTENCE_BYTES: usize = 300;

/// A verb of reported speech (`sei`, `seien`, `könne`) in the quotation's sentence, outside the
/// marks.
pub(super) fn in_subjunctive_sentence(text: &str, span: &QuoteSpan) -> bool {
    let (before, after) = sentence_around(text, span);
    [before, after].iter().any(|part| {
        part.split(|c: char| !c.is_alphabetic())
            .any(|w| w.len() <= 8 && lexicon::is_german_subjunctive(&w.to_lowercase()))
    })
}

/// `ein „Papiertiger“`, `keine „Lösung“`: an indefinite article right before the mark.
pub(super) fn after_indefinite_article(text: &str, span: &QuoteSpan) -> bool {
    let word = text[..span.open]
        .trim_end()
        .rsplit(char::is_whitespace)
        .next()
        .unwrap_or("");
    let word = word.to_lowercase();
    let word = word.strip_prefix('k').unwrap_or(&word);
    lexicon::is_german_indefinite_article(word)
}

/// A few words in title case that name the work or event the words after them call it (`his
/// “Keepin’ It Real” radio program`, `the “Road to Recovery” tour`).
fn names_the_work_after(text: &str, span: &QuoteSpan, inner: &str) -> bool {
    if !span.closed || !reads_as_title(inner) {
        return false;
    }
    let rest = &text[span.after..];
    // No punctuation between, inside the marks or out: `“Never Again,” tour organisers said` is
    // said.
    if !rest.starts_with(' ') || inner.ends_with(|c: char| c.is_ascii_punctuation()) {
        return false;
    }
    let mut after = rest.split(' ').skip(1).take(2);
    let noun = |w: &str| {
        let w = w.trim_end_matches([',', '.', ';', ':']);
        lexicon::is_work_noun(w) || lexicon::is_programme_noun(w)
    };
    // The noun, or a word for its kind and the noun (`radio program`).
    after.next().is_some_and(|first| {
        noun(first) || (first.chars().all(char::is_alphabetic) && after.next().is_some_and(noun))
    })
}

/// A line of nothing but a few words in title case in quotation marks: a subheading printed as
/// a quotation (`'All Bets Are Off.'`), not words someone said there.
fn is_subheading(text: &str, span: &QuoteSpan, inner: &str) -> bool {
    // Only white space between the line's start and the mark, and no word after the closing mark
    // on its line: each read only as far as it must, as a paragraph may hold a whole document.
    let opens_line = || {
        // A line ends at `\n`, `\r\n` or a lone `\r`.
        let before =
            text[..span.open].trim_end_matches(|c: char| c.is_whitespace() && c != '\n' && c != '\r');
        before.is_empty() || before.ends_with(['\n', '\r'])
    };
    let closes_line = || {
        text[span.after..]
            .chars()
            .take_while(|&c| c != '\n' && c != '\r')
            .all(|c| !c.is_alphanumeric())
    };
    span.closed
        && span.first_paragraph == span.last_paragraph
        // A word or an exclamation on a line of its own is said: `“Nooooo!”`.
        && count_words_up_to(inner, 2) >= 2
        && !inner.trim_end_matches(['"', '\'', '’', '”']).ends_with(['!', '?'])
        && reads_as_title(inner)
        && opens_line()
        && closes_line()
}

/// **A gloss is the writer's.** A quotation that renders words in German or gives a word's
/// meaning is the writer's, not speech: after an opening bracket and a gloss word
/// (`lexicon/de/gloss-words.txt`: `(deutsch „…“)`, `(zu Deutsch „…“)`, `(übersetzt etwa: „…“)`),
/// or, a few words long, after a form of `bedeuten` (`lexicon/de/meaning-verbs.txt`) in a clause
/// with a noun for a name or a word (`Der Name bedeutet auf Zulu etwa „…“`). `wörtlich` says the
/// opposite: the words are verbatim.
fn is_gloss(text: &str, span: &QuoteSpan, inner: &str) -> bool {
    // Only the few bytes before the mark are read for the bracket, and a few words for the verb:
    // every quotation asks.
    let mut from = span.open.saturating_sub(GLOSS_BYTES);
    while !text.is_char_boundary(from) {
        from += 1;
    }
    let near = &text[from..span.open];
    // `(deutsch „…“`: the bracket still open, a few words in it.
    let bracketed = near.rfind('(').is_some_and(|at| {
        let rest = &near[at + 1..];
        !rest.contains(')')
            && count_words_up_to(rest, GLOSS_WORDS + 1) <= GLOSS_WORDS
            && rest
                .split(|c: char| !c.is_alphabetic())
                .any(|w| !w.is_empty() && lexicon::is_german_gloss_word(&w.to_lowercase()))
    });
    if bracketed {
        return true;
    }
    if count_words_up_to(inner, GLOSS_WORDS + 1) > GLOSS_WORDS || inner.trim_end().ends_with(['.', '!', '?'])
    {
        return false;
    }
    // A form of `bedeuten` is a finite verb in lower case: looked up as written.
    let clause = || words_before(text, span).take(MEANING_REACH);
    clause().any(lexicon::is_german_meaning_verb)
        && clause()
            .any(|w| w.starts_with(char::is_uppercase) && lexicon::is_german_name_kind(&w.to_lowercase()))
}

/// Bytes before the mark read for a gloss's open bracket (`(übersetzt etwa: `).
const GLOSS_BYTES: usize = 40;

/// Words read back from the mark for `bedeuten` and the noun for a name (`Der Name Sondby
/// bedeutet auf Dänisch etwa`).
const MEANING_REACH: usize = 10;

/// Most words of a gloss's opening (`zu Deutsch etwa`) and of a meaning.
const GLOSS_WORDS: usize = 4;

/// A title by where it stands: right after a noun for a work, motto or heading (`unter dem Motto
/// „…“`, `(Überschrift: „…“)`, `Der Name lautet „…“`, `the film “…”`), or in title case followed
/// by a year in brackets, as films and books are listed (`„Jungle Fever“ (1991)`).
fn is_named_work(text: &str, span: &QuoteSpan, inner: &str) -> bool {
    // German capitalises every noun; in English a capital makes a name (`Dr. Paul Song “was…`).
    let german = span.in_german_marks(text);
    let head = text[..span.open].trim_end();
    if title_in_apposition(head, inner) {
        return true;
    }
    let (head, colon) = match head.strip_suffix(':') {
        Some(h) if german => (h.trim_end(), true),
        _ => (head, false),
    };
    // The noun stands right before the mark: `album. “We had…` opens a new sentence.
    let mut words = head
        .rsplit(char::is_whitespace)
        .map(|w| w.trim_start_matches(|c: char| !c.is_alphanumeric()));
    let noun = |w: &str| {
        let lower = w.to_lowercase();
        // German nouns come in compounds (`Klima-Dokumentation`, `Erstwerk`, `Spielfilm`).
        let part = lower.rsplit('-').next().unwrap_or(&lower);
        let german_compound = german && lexicon::is_german_work_compound(part);
        (german || !w.starts_with(char::is_uppercase))
            && (lexicon::is_heading_noun(part)
                || ((!colon || german) && lexicon::is_work_noun(part))
                || german_compound)
    };
    let last = words
        .next()
        .filter(|w| w.chars().next_back().is_some_and(char::is_alphanumeric));
    let after_noun = last.is_some_and(noun)
        || (german
            && !colon
            && last.is_some_and(lexicon::is_german_called_verb)
            && words.next().is_some_and(|w| w == "Name" || noun(w)));
    // `(Überschrift auf ihrer Homepage: „…“)`: a heading noun opens the bracket the colon ends.
    // The bracket is the last of these marks on the line: read back only to the nearest one.
    let bracketed_heading = colon
        && head.rfind(['(', ')', '.', ',', '\n', '\r']).is_some_and(|at| {
            head[at..].starts_with('(')
                && head[at + 1..]
                    .split_whitespace()
                    .next()
                    .is_some_and(|w| lexicon::is_heading_noun(&w.to_lowercase()))
        });
    // `„She Hate Me“ (2004)`: a title in title case with its year.
    let rest = text[span.after.max(span.end)..].trim_start();
    let year = rest.strip_prefix('(').is_some_and(|r| {
        let digits = r.chars().take_while(char::is_ascii_digit).count();
        digits == 4 && r[digits..].starts_with(')')
    });
    after_noun || bracketed_heading || (year && is_title_case(inner))
}

/// `a-title-in-apposition-to-its-work`: a noun for a work in lower case, a comma, and words in
/// title case, whatever punctuation closes them: the title of that work, set off as an appositive
/// (`his weekly radio show, “Generations with Kevin Swanson,”`, `its politics podcast, “So, That
/// Happened.”`). Words in lower case there are said (`the grant program, “states were …”`).
fn title_in_apposition(head: &str, inner: &str) -> bool {
    let Some(head) = head.strip_suffix(',') else {
        return false;
    };
    let noun = head.rsplit(char::is_whitespace).next().unwrap_or("");
    let bare = inner.trim_end_matches(|c: char| !c.is_alphanumeric());
    noun.starts_with(char::is_lowercase)
        && (lexicon::is_work_noun(noun) || lexicon::is_programme_noun(noun))
        && bare.starts_with(char::is_uppercase)
        && is_title_case(bare)
}

/// A few words in title case, whatever punctuation closes them (`Face the Nation.`, `In God We
/// Trust`): the name of a show, a law, a motto or a charity, not speech to compare.
pub fn reads_as_title(inner: &str) -> bool {
    let bare = inner.trim_end_matches(|c: char| !c.is_alphanumeric());
    let first = bare.chars().find(|c| c.is_alphabetic());
    first.is_some_and(char::is_uppercase) && count_words_up_to(bare, 5) <= 5 && is_title_case(bare)
}

/// `The Steve Harvey Morning Show`, `War On Drugs`: every longer word capitalised, no sentence.
/// `minor-words-stay-lower-in-a-title`: a longer preposition or conjunction that titles leave in
/// lower case (`lexicon/en/title-case-minor-words.txt`: `This Week with George Stephanopoulos`,
/// `Midday with Charlie Sykes`) does not count.
fn is_title_case(inner: &str) -> bool {
    let words: Vec<&str> = inner.split_whitespace().collect();
    let long: Vec<&&str> = words
        .iter()
        .filter(|w| w.chars().filter(|c| c.is_alphabetic()).count() > 3 && !MINOR_TITLE_WORDS.contains(w))
        .collect();
    words.len() <= 8
        && !long.is_empty()
        && long.iter().all(|w| {
            w.chars()
                .find(|c| c.is_alphabetic())
                .is_some_and(char::is_uppercase)
        })
        && !inner
            .trim_end()
            .trim_end_matches(['"', '\'', '’', '”'])
            .ends_with(['.', '!', '?'])
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::words::count_words;

    /// Words counted one character at a time: what `count_words_up_to` must give.
    fn count_words_one_by_one(text: &str, limit: usize) -> usize {
        let mut count = 0;
        let mut in_word = false;
        for c in text.chars() {
            if c.is_alphanumeric() {
                if !in_word {
                    count += 1;
                    if count > limit {
                        break;
                    }
                }
                in_word = true;
            } else {
                in_word = in_word && matches!(c, '’' | '\'' | '-');
            }
        }
        count
    }

    #[test]
    fn words_are_counted_as_one_character_at_a_time() {
        let pieces = [
            "a", "word", "Putin", "2024", " ", "  ", ", ", ". ", "-", "--", "'", "’", "é", "Ärger", "…", "“",
            "”", "\n", "x-y", "it’s", "a'b", "(", "1.5", "Straße",
        ];
        let mut state = 0x853c_49e6_748f_ea9b_u64;
        let mut next = move |n: usize| {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            (state % n as u64) as usize
        };
        for _ in 0..3000 {
            let text: String = (0..next(40)).map(|_| pieces[next(pieces.len())]).collect();
            for limit in [0, 1, 2, 5, 25, usize::MAX] {
                assert_eq!(
                    count_words_up_to(&text, limit),
                    count_words_one_by_one(&text, limit),
                    "{text:?} up to {limit}"
                );
            }
        }
    }

    fn kinds(text: &str) -> Vec<QuoteKind> {
        let pars = crate::extract::paragraphs(text);
        let spans = crate::extract::extract(text, &pars);
        let atts = crate::attribute::attribute(text, &pars, &spans);
        spans
            .iter()
            .zip(&atts)
            .map(|(s, a)| {
                let inner = &text[s.start..s.end];
                classify(text, s, inner, count_words(inner), a.as_ref(), false)
            })
            .collect()
    }

    #[test]
    fn words_quoted_in_german_indirect_speech_are_a_fragment() {
        use QuoteKind::{Fragment, Term};
        // In the subjunctive, before the mark or after it; with an indefinite article or a
        // lower-case article inside, a capitalised noun is no name.
        for text in [
            "Die Pläne des Senats seien „unzumutbar“ für Familien.",
            "Damit sei die Reform nur ein „Feigenblatt“ für den Senat.",
            "Man müsse die „Retter der Innenstadt“ stärker fördern.",
            "Die Pläne für den „autofreien“ Sonntag seien zu teuer.",
        ] {
            assert_eq!(kinds(text), [Fragment], "{text}");
        }
        for text in [
            // The indicative: the writer's scare quotes.
            "Die Pläne des Senats sind „unzumutbar“ für Familien.",
            // A name in the subjunctive sentence.
            "Die Band „Landser“ habe Hass verbreitet.",
            // The subjunctive in the sentence before.
            "Die Reform sei gescheitert. Die Pläne sind „unzumutbar“.",
            // Not in German marks.
            "The plans sei \"unfair\" to families.",
        ] {
            assert_eq!(kinds(text), [Term], "{text}");
        }
    }

    #[test]
    fn words_quoted_in_a_reported_clause_are_a_fragment() {
        use QuoteKind::{Fragment, Term};
        for text in [
            "Die Lotsen dagegen sagen, der Kapitän trage die „alleinige Schuld“ am Unfall.",
            "Der Verband ist der Meinung, dass die „dreiste Abzocke“ enden müsse.",
            "Im Netz wird behauptet, die Zahlen kämen nur durch „Schönfärberei“ zustande.",
        ] {
            assert_eq!(kinds(text), [Fragment], "{text}");
        }
        for text in [
            // No reporting word before the comma.
            "Am Abend, als die „alleinige Schuld“ feststand, ging er.",
            // A name in the reported clause.
            "Sie sagen, die „Kieler Hafenwelle“ sende nicht mehr.",
        ] {
            assert_eq!(kinds(text), [Term], "{text}");
        }
    }

    #[test]
    fn words_a_verb_of_judging_applies_with_als_are_a_fragment() {
        use QuoteKind::{Fragment, Term};
        for text in [
            "Die Behörde hatte die Meldung umgehend als „haltlos“ zurückgewiesen.",
            "Die Wolken, die als „dunstartig“ beschrieben wurden, zogen nach Osten.",
            "Die Gefahr wird vom Wetteramt als „sehr hoch“ eingestuft.",
            "Als „vertane Chance“ beurteilte die Opposition den Plan.",
        ] {
            assert_eq!(kinds(text), [Fragment], "{text}");
        }
        for text in [
            // Verbs of being and of becoming known are no judgement.
            "Er galt lange als „heimlicher Bürgermeister“ der Stadt.",
            "Der Fall wurde als „Hafenmord von Kiel“ bekannt.",
            // The verb of judging belongs to another clause.
            "Der Fall wurde bewertet und gilt nun als „Störfall“ im Sinne der Regeln.",
        ] {
            assert_eq!(kinds(text), [Term], "{text}");
        }
    }

    #[test]
    fn a_so_called_name_is_a_term() {
        use QuoteKind::Term;
        for text in [
            "Der Sprecher der so genannten „Hafenwache Nord“ sagte, alles sei ruhig, sagte Eva Roth.",
            "Eva Roth, die mit einem sogenannten „Brückenvergleich“ Aufsehen erregt hatte, sagte nichts.",
        ] {
            assert_eq!(kinds(text), [Term], "{text}");
        }
        // In reported speech the words are the speaker's.
        assert_ne!(
            kinds("Ein Sprecher sagte, dass ein mit so genannten „Notpaketen“ beladenes Schiff umkehrte."),
            [Term]
        );
    }

    #[test]
    fn quotations_in_a_row_with_a_name_are_terms() {
        use QuoteKind::Term;
        let with_kinds = |text: &str| {
            let pars = crate::extract::paragraphs(text);
            let spans = crate::extract::extract(text, &pars);
            let mut k = kinds(text);
            share_term_in_coordination(text, &spans, &mut k);
            k
        };
        assert_eq!(
            with_kinds("Die Stürme „Nordwind“ und „Südwind“ zogen über das Land, sagte der Sprecher."),
            [Term, Term]
        );
        assert_eq!(
            with_kinds("Die Operation „Cap Noir“ („Schwarzes Kap Ost“) begann am Morgen."),
            [Term, Term]
        );
        assert_eq!(
            with_kinds("Die Partei „Volk Voran“ (etwa: „das Volk zuerst“) trat an."),
            [Term, Term]
        );
        // A sentence after a name, not in a row: its own kind.
        assert_ne!(
            with_kinds("Sie las die „Abendpost“. „Wir bleiben hier“, sagte Eva Roth.")[1],
            Term
        );
    }

    #[test]
    fn a_headline_quotes_in_shorthand() {
        let text = "Mayor calls harbour plan ‘reckless’\n\n“The plan is reckless,” Mayor Ana Ruiz said.";
        let pars = crate::extract::paragraphs(text);
        let spans = crate::extract::extract(text, &pars);
        let atts = crate::attribute::attribute(text, &pars, &spans);
        let inner = &text[spans[0].start..spans[0].end];
        let kind = |in_headline| classify(text, &spans[0], inner, 1, atts[0].as_ref(), in_headline);
        assert_eq!(kind(true), QuoteKind::Term);
        assert_ne!(kind(false), QuoteKind::Term);
    }

    #[test]
    fn a_slogan_is_its_peoples_words() {
        for text in [
            "Die Menge skandierte Parolen wie „Hafen bleibt“ vor dem Rathaus.",
            "Sie trugen Schilder mit der Aufschrift „Kein Kai für Kohle“ am Ufer.",
            "Man hörte Sprüche wie zum Beispiel „Weg mit dem Zaun“ den ganzen Tag.",
        ] {
            assert_ne!(kinds(text), [QuoteKind::Term], "{text}");
        }
        // `Motto` names the event: a title.
        assert_eq!(
            kinds("Das Fest stand unter dem Motto „Hafen bleibt“ in der Stadt."),
            [QuoteKind::Term]
        );
    }

    #[test]
    fn a_heading_noun_outside_brackets_makes_no_heading() {
        // The noun opens no bracket: after a comma, or after a bracket already closed.
        for text in [
            "Eva Roth sagte, Überschrift hin oder her: „Wir halten unser Wort“.",
            "Eva Roth (Partei) sagte, Überschrift hin oder her: „Wir halten unser Wort“.",
        ] {
            assert_ne!(kinds(text), [QuoteKind::Term], "{text}");
        }
    }

    #[test]
    fn titles_of_works_mottos_and_headings_are_terms() {
        use QuoteKind::{Quote, Term};
        for text in [
            "Das Fest steht unter dem Motto „Wir feiern die Brücke und den Hafen“, sagte Eva Roth.",
            "Auf der Seite (Überschrift: „Wir halten unser Wort“) steht sonst nichts.",
            "Der wissenschaftliche Name lautet „Rana hafenica“ und ist neu.",
            "Osei starred in the film “Harbour Nights Are Long” last year.",
            "Eva Roth drehte „Die Brücke im Nebel“ (2004) in Kiel.",
            "Danach zeigte sie ihre Klima-Dokumentation „Der Hafen steigt“ im Saal.",
            "Das Buch ist ihr literarisches Erstwerk: „Sie wohnen hier“, sagte Eva Roth.",
            "Auf der Seite (Überschrift auf einer Seite ihrer Homepage: „Wir halten Wort“) steht nichts.",
        ] {
            assert_eq!(kinds(text), [Term], "{text}");
        }
        // A surname, not the noun.
        assert_eq!(
            kinds("Dr. Paul Song “was inappropriate,” Osei said."),
            [QuoteKind::Fragment]
        );
        for text in [
            // The noun ends the sentence before.
            "Osei released an album. “We had written two dozen songs,” he said.",
            // An English colon introduces words quoted from the work.
            "Osei wrote in his book: “We had nothing but the harbour.”",
        ] {
            assert_eq!(kinds(text), [Quote], "{text}");
        }
    }

    #[test]
    fn a_gloss_is_the_writers() {
        use QuoteKind::{Quote, Term};
        for text in [
            "Jan Roth rief „Vive la mer“ (deutsch „es lebe das Meer“), sagte die Polizei.",
            "Jan Roth sagte: „Sail away“ (übersetzt etwa: „segle davon, mein Freund“).",
            "Der Name Sondby bedeutet auf Dänisch etwa „Dorf im Süden“, sagte Jan Roth.",
            "Wie Jan Roth sagte, bedeutet der Name auf Dänisch etwa „ein Dorf im Süden“.",
        ] {
            assert_eq!(kinds(text).last(), Some(&Term), "{text}");
        }
        for text in [
            // `wörtlich` gives the words verbatim.
            "Der Minister sagte (wörtlich: „Wir bauen die Brücke“) am Montag.",
            // `bedeuten` in a clause without a noun for a name.
            "Die Ministerin sagte: „Das bedeutet Arbeit für alle.“",
        ] {
            assert_eq!(kinds(text).last(), Some(&Quote), "{text}");
        }
    }

    #[test]
    fn names_next_to_a_cue_are_terms() {
        assert_eq!(
            kinds("Das sagte Ministerin Eva Roth dem Sender „Radio Nord Eins“ am Montag."),
            [QuoteKind::Term]
        );
        assert_eq!(
            kinds("Finance minister Eva Roth said on “radio.example.org” today."),
            [QuoteKind::Term]
        );
        assert_ne!(
            kinds("The mayor, Dan Osei, called the new governor “Little Napoleon” on Tuesday."),
            [QuoteKind::Term]
        );
        assert_eq!(
            kinds("“We will win,” Osei said on KXTV’s “Morning Round Table.”"),
            [QuoteKind::Quote, QuoteKind::Term]
        );
    }

    #[test]
    fn short_title_case_reads_as_a_title() {
        assert!(reads_as_title("Meet the Press."));
        assert!(reads_as_title("Save Our Harbour,"));
        assert!(!reads_as_title("We will win."));
        assert!(!reads_as_title(
            "Deep cuts are coming to the Budget Office next year"
        ));
    }

    #[test]
    fn words_with_apostrophes_and_hyphens_count_once() {
        assert_eq!(count_words("it’s a well-known … [make] fact"), 5);
    }

    #[test]
    fn words_past_ascii_count_as_words() {
        assert_eq!(count_words("Ärger über Straßenbau — «ça va» 2024 naïve"), 7);
        assert_eq!(count_words_up_to("uno dos tres cuatro", 2), 3);
    }

    fn kind_of(text: &str) -> QuoteKind {
        let pars = crate::extract::paragraphs(text);
        let spans = crate::extract::extract(text, &pars);
        let atts = crate::attribute::attribute(text, &pars, &spans);
        let inner = &text[spans[0].start..spans[0].end];
        classify(
            text,
            &spans[0],
            inner,
            count_words(inner),
            atts[0].as_ref(),
            false,
        )
    }

    #[test]
    fn title_case_words_before_a_noun_for_a_programme_name_it() {
        let text = "Ortiz spoke on her “Morning With Ortiz” radio show, and at the “Clean Rivers” \
                    summit she said the plan was “Too Little Too Late” for the valley.";
        assert_eq!(kinds(text), [QuoteKind::Term, QuoteKind::Term, QuoteKind::Quote]);
        // Punctuation between: said, then a new clause.
        let text = "“Too Little Too Late,” tour leader Ana Ruiz said of the plan.";
        assert_eq!(kinds(text), [QuoteKind::Quote]);
    }

    #[test]
    fn a_minor_word_in_lower_case_keeps_a_title() {
        let text = "“The port will reopen,” Ortiz said on ABC’s “This Week with Bo Lind.”";
        assert_eq!(kinds(text), [QuoteKind::Quote, QuoteKind::Term]);
    }

    #[test]
    fn a_title_in_apposition_to_its_work_is_a_term() {
        let text = "Ortiz talked on her weekly radio show, “Mornings with Ortiz,” about the port.";
        assert_eq!(kinds(text), [QuoteKind::Term]);
        let text = "Under the grant program, “states were losing money,” Ortiz said.";
        assert_eq!(kinds(text), [QuoteKind::Quote]);
    }

    #[test]
    fn a_line_of_a_few_title_case_words_in_marks_is_a_subheading() {
        let story = |line: &str| {
            format!(
                "“The river rose overnight,” the mayor, Ana Ruiz, said.\n\n{line}\n\n\
                 Crews worked through the night to fill sandbags.\n"
            )
        };
        assert_eq!(
            kinds(&story("‘High Water Again.’")),
            [QuoteKind::Quote, QuoteKind::Term]
        );
        assert_eq!(
            kinds(&story("\"Sandbags And Patience\"")),
            [QuoteKind::Quote, QuoteKind::Term]
        );
        // Said on a line of its own: an exclamation, one word, a sentence in lower case.
        assert_eq!(
            kinds(&story("“Never Again!”")),
            [QuoteKind::Quote, QuoteKind::Quote]
        );
        assert_eq!(kinds(&story("“Finally.”")), [QuoteKind::Quote, QuoteKind::Quote]);
        assert_eq!(
            kinds(&story("“We will rebuild the levee.”")),
            [QuoteKind::Quote, QuoteKind::Quote]
        );
        // Not alone on its line.
        assert_eq!(
            kinds(&story("“High Water Again,” Ruiz said.")),
            [QuoteKind::Quote, QuoteKind::Quote]
        );
        assert_eq!(
            kinds(&story("Ruiz told the crews: “High Water Again.”")),
            [QuoteKind::Quote, QuoteKind::Quote]
        );
    }

    #[test]
    fn a_german_noun_phrase_with_an_article_or_preposition_is_no_name() {
        let text = "Die Sache ist klar. Nach Auffassung des Gerichts hat er sich des „Aufrufs zu Umsturz“ \
                    schuldig gemacht, sagte der Richter.";
        assert_ne!(kind_of(text), QuoteKind::Term);
        let text =
            "Die Sache ist klar. Der Künstler sagte dem Sender „Radio Nord Aktuell“ am Montag, er komme.";
        assert_eq!(kind_of(text), QuoteKind::Term);
    }

    #[test]
    fn a_short_quotation_a_speaker_characterises_something_as_is_a_fragment() {
        // `characterises-as`: the words after `as` are the subject's, however short.
        assert_eq!(
            kind_of("Ana Ortiz referred to the mayor as a “reformer.”"),
            QuoteKind::Fragment
        );
        assert_eq!(
            kind_of("The union dismissed the offer as “insulting.”"),
            QuoteKind::Fragment
        );
        // Not past a comma, nor without `as`, nor the noun after an article.
        for text in [
            "Ana Ortiz referred the plan to the board, and then to the press as “news.”",
            "Ana Ortiz referred the mayor to the “blue book.”",
            "Bo Lind clicked the refer button, as the “guide” says.",
            "Ana Ortiz met Bo Lind, having referred to the mayor as a “reformer.”",
        ] {
            assert_eq!(kind_of(text), QuoteKind::Term, "{text}");
        }
    }

    #[test]
    fn a_cue_after_an_appositive_makes_a_short_quotation_a_fragment() {
        // `cue-after-an-appositive`: `calls` and `notes` are verbs after the appositive's comma.
        for text in [
            "Her chief aide, Ana Ortiz, calls the plan a “blueprint.”",
            "Bo Lind, a professor at the harbour college, notes the “lifeline.”",
        ] {
            assert_eq!(kind_of(text), QuoteKind::Fragment, "{text}");
        }
    }

    #[test]
    fn scare_quotes_are_terms() {
        assert_eq!(kind_of("Seoul has “already” supplied weapons."), QuoteKind::Term);
    }

    #[test]
    fn woven_words_are_fragments() {
        assert_eq!(
            kind_of("Rudenko said it would “fully destroy relations” soon."),
            QuoteKind::Fragment
        );
    }

    #[test]
    fn sentences_are_quotes() {
        assert_eq!(kind_of("“Russia invaded Ukraine,” Ryder said."), QuoteKind::Quote);
    }

    #[test]
    fn a_word_with_a_cue_is_speech() {
        assert_eq!(
            kind_of("Trump tweeted that Machado was “disgusting” again."),
            QuoteKind::Fragment
        );
    }

    #[test]
    fn words_a_verb_characterises_with_are_speech() {
        for text in [
            "Die Lage ist ruhig. Das Gericht wertete die Zahlungen als „grobe Verschwendung“ von Geld.",
            "Senator Ana Ortiz likened the plan to a “sinking ship” on Monday.",
            "Senator Ana Ortiz condemned the plan as a “grave threat” to the city.",
            "Senator Ana Ortiz dismissed the report as “fiction” on Monday.",
        ] {
            assert_eq!(kind_of(text), QuoteKind::Fragment, "{text}");
        }
    }

    #[test]
    fn titles_and_unattributed_words_are_terms() {
        assert_eq!(
            kind_of("On this weekend’s broadcast of “Fox News Sunday” the host was late."),
            QuoteKind::Term
        );
        assert_eq!(kind_of("The paper sent its “reporter” to Ohio."), QuoteKind::Term);
    }

    #[test]
    fn unattributed_sentences_stay_quotes() {
        assert_eq!(
            kind_of("“We need law and order in this country.”"),
            QuoteKind::Quote
        );
    }

    #[test]
    fn a_word_said_on_its_own_is_speech() {
        assert_eq!(kind_of("“Never,” she said."), QuoteKind::Quote);
    }
}
