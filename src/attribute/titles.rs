//! Titles in quotation marks: the names of works, mottos, headings and programmes (`the film
//! “…”`, `unter dem Motto „…“`, `his “Keepin’ It Real” radio program`), subheadings printed as
//! quotations, and glosses; what `kind::classify` reads as a term whoever is near.

use super::grammar::MINOR_TITLE_WORDS;
use super::quoted_names::words_before;
use crate::extract::QuoteSpan;
use crate::lexicon;
use crate::words::count_words_up_to;

/// A few words in title case that name the work or event the words after them call it (`his
/// “Keepin’ It Real” radio program`, `the “Road to Recovery” tour`).
pub(super) fn names_the_work_after(text: &str, span: &QuoteSpan, inner: &str) -> bool {
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
pub(super) fn is_subheading(text: &str, span: &QuoteSpan, inner: &str) -> bool {
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
pub(super) fn is_gloss(text: &str, span: &QuoteSpan, inner: &str) -> bool {
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
pub(super) fn is_named_work(text: &str, span: &QuoteSpan, inner: &str) -> bool {
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
pub(super) fn is_title_case(inner: &str) -> bool {
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
    use crate::attribute::testing::kinds;
    use crate::types::QuoteKind;

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
    fn short_title_case_reads_as_a_title() {
        assert!(reads_as_title("Meet the Press."));
        assert!(reads_as_title("Save Our Harbour,"));
        assert!(!reads_as_title("We will win."));
        assert!(!reads_as_title(
            "Deep cuts are coming to the Budget Office next year"
        ));
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
}
