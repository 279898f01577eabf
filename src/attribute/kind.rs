//! What a quoted stretch is: a quote, a fragment or a term, from its shape, its place and its
//! attribution.

use super::quoted_names::{all_common_nouns, is_quoted_name};
use super::titles::{
    is_gloss, is_named_work, is_subheading, is_title_case, names_the_work_after, reads_as_title,
};
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::attribute::testing::{kind_of, kinds};
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
    fn words_with_apostrophes_and_hyphens_count_once() {
        assert_eq!(count_words("it’s a well-known … [make] fact"), 5);
    }

    #[test]
    fn words_past_ascii_count_as_words() {
        assert_eq!(count_words("Ärger über Straßenbau — «ça va» 2024 naïve"), 7);
        assert_eq!(count_words_up_to("uno dos tres cuatro", 2), 3);
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
