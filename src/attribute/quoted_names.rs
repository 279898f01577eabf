//! Names in quotation marks: what shows quoted words to be the name of a publication, a
//! broadcaster, an organisation, a product or a category, not words someone said. Each rule reads
//! the words around the marks and the word classes of the lexicon, never a list of names.

use std::cell::OnceCell;

use super::kind::{after_indefinite_article, in_reported_clause, in_subjunctive_sentence, sentence_around};
use super::lexical::{is_declined_adjective, is_declined_form, is_present_participle};
use crate::extract::QuoteSpan;
use crate::lang::{self, Lang};
use crate::lexicon::{self, NounHead};
use crate::words::count_words_up_to;

/// Whether the quotation is a name by one of the rules below, in their order (each a heading of
/// doc/extraction.md).
pub fn is_quoted_name(text: &str, span: &QuoteSpan, inner: &str) -> bool {
    // The language is told once, last, and only for a quotation a German rule holds for: most
    // quotations meet no rule's first condition, and telling a language reads words.
    let told = OnceCell::new();
    let german = || *told.get_or_init(|| german_text(text, span));
    joined_to_a_compound(text, span, inner)
        || ((named_after_its_kind(text, span, inner)
            || organisation_of_a_person(text, span, inner)
            || name_given(text, span, inner)
            || medium_spoken_to(text, span, inner)
            || known_as(text, span, inner)
            || called_by_verb(text, span, inner)
            || noun_phrase_name(text, span, inner)
            || conferred_title(text, span, inner)
            || source_named(text, span, inner)
            || proper_noun_phrase(text, span, inner))
            && german())
        || unknown_single_word(inner, &german)
        || foreign_phrase(text, span, inner)
        || english_known_as(text, span, inner)
}

/// Bytes read before a quotation to tell the language of the writer's words around it.
const NARRATION_BYTES: usize = 300;

/// German typography, or German words before the mark: the rules of German capitalisation hold.
fn german_text(text: &str, span: &QuoteSpan) -> bool {
    if span.in_german_marks(text) {
        return true;
    }
    let mut from = span.open.saturating_sub(NARRATION_BYTES);
    while !text.is_char_boundary(from) {
        from += 1;
    }
    let lower = text[from..span.open].to_lowercase();
    let words = lower
        .split(|c: char| !c.is_alphabetic())
        .filter(|w| !w.is_empty());
    lang::detect(words) == Lang::German
}

/// The words before the opening mark, last first, each without the punctuation that opens it
/// (`(`); reading stops at a sentence's or a clause's punctuation.
pub(super) fn words_before<'a>(text: &'a str, span: &QuoteSpan) -> impl Iterator<Item = &'a str> {
    text[..span.open]
        .rsplit(char::is_whitespace)
        .filter(|w| !w.is_empty())
        .map_while(|w| {
            let w = w.trim_start_matches(['(', '„', '“', '"', '«', '»']);
            (!w.ends_with([',', '.', ':', ';', '!', '?', ')']) && !w.is_empty()).then_some(w)
        })
}

/// A name's shape: it opens with a capital or a digit, or with a word the lexicon does not know
/// (`nordlicht gmbh`, but not `keine Hürde`), and is no sentence that asks or exclaims.
fn reads_as_name(inner: &str) -> bool {
    let Some(first) = inner.chars().find(|c| c.is_alphanumeric()) else {
        return false;
    };
    // In lower case, only a few words the lexicon knows none of (`nordlicht gmbh`): a lower-case
    // form it lacks is as often an inflection (`übelsten`).
    let unknown_words = || {
        count_words_up_to(inner, 5) <= 5
            && inner
                .split(|c: char| !c.is_alphabetic())
                .all(|w| w.is_empty() || !lexicon::german_word(&w.to_lowercase()).known())
    };
    let opens_as_name = first.is_uppercase() || first.is_ascii_digit() || unknown_words();
    opens_as_name && !inner.trim_end().ends_with(['!', '?']) && count_words_up_to(inner, 12) <= 12
}

/// **A name after the noun for its kind.** `in der Wochenzeitung „…“`, `dem Stadtsender „…“`, `die
/// Operation „…“`, `im Bereich „…“`: right after a capitalised German noun whose head names a kind
/// of named thing (publication, broadcaster, programme, organisation, product, event, place,
/// category, distinction: `lexicon/de/name-kind-nouns.txt`), words that read as a name are that
/// thing's name.
fn named_after_its_kind(text: &str, span: &QuoteSpan, inner: &str) -> bool {
    let mut words = words_before(text, span);
    let Some(mut noun) = words.next() else {
        return false;
    };
    // Names given as examples of their kind: `Zeitungen wie „…“`; the name of what owns one:
    // `die Online-Ausgabe des „…“`, `die Tagung der „…“`.
    if noun == "wie" || noun == "des" || noun == "der" {
        let Some(before) = words.next() else {
            return false;
        };
        noun = before;
    }
    noun.starts_with(char::is_uppercase)
        && lexicon::is_german_name_kind(&noun.to_lowercase())
        && (reads_as_name(inner) || names_a_category(inner))
}

/// A category's name in lower case: words that end in a capitalised noun with no article or
/// preposition among them (`grenzüberschreitende Kriminalität`), unlike a phrase said of the thing
/// (`keine Hürde für den Handel`, `marode`).
fn names_a_category(inner: &str) -> bool {
    let mut words = inner.split_whitespace();
    count_words_up_to(inner, 5) <= 5
        && words
            .next_back()
            .is_some_and(|w| w.starts_with(char::is_uppercase))
        && !inner.split_whitespace().any(|w| {
            let lower = w.to_lowercase();
            lexicon::is_german_noun_phrase_word(&lower) || lower.starts_with("kein")
        })
}

/// **A name joined to a compound.** `die „Abendpost“-Redaktion`, `eine „Alles oder
/// nichts“-Strategie`: quoted words that a hyphen joins to the word after the closing mark are the
/// first part of a compound noun, a name or a term.
fn joined_to_a_compound(text: &str, span: &QuoteSpan, inner: &str) -> bool {
    let mut after = text[span.after..].chars();
    span.closed
        && span.after > span.end
        && after.next() == Some('-')
        && after.next().is_some_and(char::is_alphabetic)
        && count_words_up_to(inner, 6) <= 6
}

/// **An organisation after a person of it.** `Eine Sprecherin der „…“`, `Der Gründer von „…“`, `Eva
/// Brandtmeier von der „…“`: after a German noun for a person or a role (its head, by the lexicon)
/// and a genitive article or `von`, words that read as a name are the organisation the person
/// speaks for.
fn organisation_of_a_person(text: &str, span: &QuoteSpan, inner: &str) -> bool {
    let mut words = words_before(text, span);
    let (Some(last), Some(second)) = (words.next(), words.next()) else {
        return false;
    };
    if !matches!(last, "des" | "der" | "dem" | "den" | "vom" | "von") || !reads_as_name(inner) {
        return false;
    }
    let person = |w: &str| {
        w.starts_with(char::is_uppercase)
            && lexicon::german_noun_head(&w.to_lowercase()) == Some(NounHead::Person)
    };
    // After `von` a person may also be speaking of something (`sprach der Präsident von der
    // „Flut“`): there the words must hold a name, not only common nouns.
    let holds_a_name = || !all_common_nouns(inner);
    match (last, second) {
        ("der" | "dem" | "den", "von") => {
            words.next().is_some_and(|w| person(w) || is_name_word(w)) && holds_a_name()
        }
        ("vom" | "von", noun) => person(noun) && holds_a_name(),
        ("des" | "der", noun) => person(noun),
        _ => false,
    }
}

/// Whether every capitalised word is a German common noun by the lexicon (`Flut`,
/// `Freunde des Hafens`), or a derived noun it lacks, so that the words hold no name; a word with a
/// digit is a name's (`Ostwind 7`).
pub fn all_common_nouns(inner: &str) -> bool {
    let mut words = inner
        .split(|c: char| !c.is_alphanumeric() && c != '-')
        .filter(|w| w.starts_with(char::is_uppercase) || w.contains(|c: char| c.is_ascii_digit()))
        .peekable();
    words.peek().is_some()
        && words.all(|w| {
            let lower = w.to_lowercase();
            let head = lower.rsplit('-').next().unwrap_or(&lower);
            lexicon::german_word(head).noun() || lexicon::has_german_noun_suffix(head)
        })
}

/// A capitalised word the lexicon does not know, as a person's surname is (`Roth von der …`).
fn is_name_word(word: &str) -> bool {
    word.starts_with(char::is_uppercase) && !lexicon::german_word(&word.to_lowercase()).known()
}

/// **A word no lexicon knows is a name.** A single capitalised word in German text that the German
/// lexicon does not know, as a word or as a compound of words it knows, and that does not end like
/// a derived noun (`-ung`, `-ität`), is a name (`„Zwitscherix“`, `„Nordwerk3“`, `„KVB“`): German
/// capitalises every noun, and the nouns are in the lexicon. Hyphenated coinages (`„No-Go-Zonen“`)
/// are left to the other rules.
fn unknown_single_word(inner: &str, german: &dyn Fn() -> bool) -> bool {
    let word = inner.trim_end_matches(['.', ',']);
    if !word.starts_with(char::is_uppercase) || !word.chars().all(char::is_alphanumeric) {
        return false;
    }
    let lower = word.to_lowercase();
    // The language before the compound analysis, which costs more.
    !lexicon::german_word(&lower).known()
        && !lexicon::has_german_noun_suffix(&lower)
        && german()
        && lexicon::german_noun_head(&lower).is_none()
}

/// **A name given with `nennen`.** In a sentence where `nennen` gives a name, reflexive or
/// passive (`die sich selbst „…“ nennt`, `„…“, wie sich der Rat nennt`, `„…“ – so wird der Platz
/// auch genannt`), words that read as a name are the name given. With a subject who names
/// something (`nannte die Pläne „…“`) there is neither `sich` nor a passive, and the words stay
/// speech.
fn name_given(text: &str, span: &QuoteSpan, inner: &str) -> bool {
    if !inner.starts_with(char::is_uppercase) || inner.trim_end().ends_with(['.', '!', '?']) {
        return false;
    }
    let (before, after) = sentence_around(text, span);
    // Most sentences hold no form of `nennen`: told without reading their words.
    if ![before, after]
        .iter()
        .any(|part| part.contains("nenn") || part.contains("nann"))
    {
        return false;
    }
    let words = || {
        before
            .split(|c: char| !c.is_alphabetic())
            .chain(after.split(|c: char| !c.is_alphabetic()))
            .filter(|w| !w.is_empty())
    };
    let lower = |w: &str| w.to_lowercase();
    let reflexive = || words().any(|w| w == "sich");
    let passive = || words().any(|w| lexicon::is_german_auxiliary(&lower(w)) && w.starts_with(['w', 'W']));
    words().any(|w| lexicon::is_german_name_giving_verb(&lower(w)))
        && (reflexive() || (words().any(|w| w == "genannt") && passive()))
}

/// **A name something is known by.** `als`, the quoted words and an adjective that says what
/// something is known by (`lexicon/de/known-as-participles.txt`): `das als „…“ bekannte Lager`,
/// `wurde als „…“ bekannt`. Capitalised words, not a sentence, are the name. With an agent in the
/// clause (`von vielen als „…“ bekannt`) someone names the thing, and the words stay theirs; verbs
/// of naming (`als „…“ bezeichnet`) apply someone's words and are not read so.
fn known_as(text: &str, span: &QuoteSpan, inner: &str) -> bool {
    if !span.closed
        || !inner.starts_with(char::is_uppercase)
        || inner.trim_end().ends_with(['.', '!', '?', ','])
        || count_words_up_to(inner, 6) > 6
    {
        return false;
    }
    let mut before = words_before(text, span);
    if before.next().is_none_or(|w| w != "als") {
        return false;
    }
    let next = text[span.after.max(span.end)..]
        .split(|c: char| !c.is_alphabetic())
        .find(|w| !w.is_empty())
        .unwrap_or("");
    next.starts_with(char::is_lowercase)
        && lexicon::is_german_known_as_participle(next)
        && !before.any(|w| matches!(w, "von" | "vom" | "durch"))
}

/// **An English name something is known by** (`english-known-as-is-a-name`). `known as`, or
/// `known`, one word in lower case and `as` (`known here as`, `known online as`), right before
/// the marks: a few words (five at most), no question or exclamation, are the name the thing or
/// person goes by, no one's words (`the hacker known as “Guccifer,”`, `the 99-county goal, known
/// here as “the full Grassley”`). `dubbed`, `called` and `nicknamed` name someone's naming and are
/// not read so.
fn english_known_as(text: &str, span: &QuoteSpan, inner: &str) -> bool {
    let bare = inner.trim_end_matches(|c: char| !c.is_alphanumeric());
    if !span.closed || bare.is_empty() || count_words_up_to(bare, 6) > 5 || inner.contains(['!', '?']) {
        return false;
    }
    let mut before = words_before(text, span);
    if before.next() != Some("as") {
        return false;
    }
    match before.next() {
        Some("known") => true,
        Some(w) if w.chars().all(|c| c.is_lowercase()) && w != "by" => before.next() == Some("known"),
        _ => false,
    }
}

/// **A name after a verb of being called.** `Damals hieß das Lokal noch „…“`, `Der Name lautet
/// also „…“`: a form of `heißen` or `lauten` (`lexicon/de/verbs-of-being-called.txt`) a few words
/// back in the quotation's clause says what a thing is called. Words that read as a name, or any
/// few words when the clause holds a noun for a name's kind (`Name`), are that name. `heißt es`
/// quotes a text (`heißt es in dem Bericht „…“`) and is not read so.
fn called_by_verb(text: &str, span: &QuoteSpan, inner: &str) -> bool {
    if inner.trim_end().ends_with(['.', '!', '?', ',']) || count_words_up_to(inner, 8) > 8 {
        return false;
    }
    // The verbs are finite forms in lower case: looked up as written, without an allocation.
    let mut after_verb = None;
    let mut verb = false;
    for w in words_before(text, span).take(CALLED_REACH) {
        if super::grammar::VERBS_OF_BEING_CALLED.contains(w) {
            verb = true;
            break;
        }
        after_verb = Some(w);
    }
    // `heißt es`: the words are read last first, so the one after the verb came before it.
    if !verb || after_verb == Some("es") {
        return false;
    }
    if reads_as_name(inner) {
        return true;
    }
    words_before(text, span)
        .take(CALLED_REACH)
        .any(|w| w.starts_with(char::is_uppercase) && lexicon::is_german_name_kind(&w.to_lowercase()))
}

/// **A name of nouns joined by a preposition or a genitive.** `die „Zeit der Ehrlichkeit“`,
/// `von „Ärzte ohne Grenzen“`, `den „Rat für innere Ordnung“`: capitalised nouns joined by a
/// lower-case preposition or article (`lexicon/de/noun-phrase-words.txt`), with no other lower-case
/// word than an adjective before its noun, so no verb and no sentence, standing where a noun
/// phrase stands. A genitive inside (`Stadt der Literatur`) is a name wherever it stands; a
/// preposition only after an article that is no genitive, after `von`, or opening the sentence:
/// after `des` the words may be a charge someone named (`sich des „Aufrufs zu Umsturz“ schuldig`).
fn noun_phrase_name(text: &str, span: &QuoteSpan, inner: &str) -> bool {
    if !span.in_german_marks(text) || inner.contains(['.', '!', '?', ',', ';', ':', '…', '"']) {
        return false;
    }
    let words: Vec<&str> = inner.split_whitespace().collect();
    if !(3..=NOUN_PHRASE_WORDS).contains(&words.len()) {
        return false;
    }
    let capital = |w: &str| w.starts_with(char::is_uppercase);
    if !capital(words[0]) || !capital(words[words.len() - 1]) {
        return false;
    }
    let mut joined = false;
    let mut genitive = false;
    for (i, w) in words.iter().enumerate().skip(1) {
        if capital(w) {
            continue;
        }
        if lexicon::is_german_noun_phrase_word(w) {
            joined = true;
            // A genitive article right after a noun (`Stadt der Literatur`, not `mit der`).
            genitive |= (*w == "der" || *w == "des") && capital(words[i - 1]);
            continue;
        }
        // An adjective before its noun (`für innere Ordnung`), declined.
        let declined = ["e", "en", "er", "es", "em"].iter().any(|e| w.ends_with(e));
        if !(declined && words.get(i + 1).is_some_and(|n| capital(n))) {
            return false;
        }
    }
    if !joined {
        return false;
    }
    let mut back = words_before(text, span);
    let before = back.next();
    // Right after a cue verb and an article the words open its subject, the speaker's epithet
    // (`sagte der „Rebell der Partei“ ab`): attribution reads them. After a preposition and an
    // article they are no subject or object but an adverbial someone words (`rechnet mit der
    // „Wende zum Guten“`).
    if before.is_some_and(lexicon::is_german_article)
        && back.next().is_some_and(|v| {
            let lower = v.to_lowercase();
            lexicon::is_cue_verb(&lower) || lexicon::is_any_german_preposition(&lower)
        })
    {
        return false;
    }
    // A name is definite: after an indefinite article (`einen „Angriff gegen …“`) or `als` (`als
    // „Geschäft des …“ bezeichnet`) the words are a common noun someone applies.
    if after_indefinite_article(text, span) || before == Some("als") {
        return false;
    }
    let stands = genitive
        || match before {
            None => {
                let gone = text[..span.open].trim_end();
                gone.is_empty() || gone.ends_with(['.', '!', '?'])
            }
            Some(w) => (lexicon::is_german_article(w) && w != "des") || w == "von",
        };
    // Reported speech makes the words the speaker's (`es dürfe für die „…“ keine …`).
    stands && !in_subjunctive_sentence(text, span) && !in_reported_clause(text, span)
}

/// The most words a name of joined nouns is read in.
const NOUN_PHRASE_WORDS: usize = 8;

/// Words read back from the mark for a verb of being called (`hieß das alte Lokal damals noch`).
const CALLED_REACH: usize = 6;

/// **A medium spoken to.** The one a speaker tells something, in quotation marks, is a medium's
/// name: after a cue verb of its clause and `dem` (`sagte Eva Roth dem „…“`), after `gegenüber` and an article
/// (`gegenüber der „…“`), after a noun for a conversation, `mit` and an article (`im
/// Interview mit dem „…“`), or after `in` and an article in a clause with a cue verb (`In der
/// „…“ schreibt sie`). A person spoken to is not put in quotation marks. `der` after a
/// verb may open its subject (`sagte der „…“ Roth`) and is not read so.
fn medium_spoken_to(text: &str, span: &QuoteSpan, inner: &str) -> bool {
    let mut words = words_before(text, span);
    let (Some(article), Some(before)) = (words.next(), words.next()) else {
        return false;
    };
    let dative = article == "dem" || article == "der";
    if !dative
        || !inner.starts_with(char::is_uppercase)
        || inner.trim_end().ends_with(['.', '!', '?'])
        || count_words_up_to(inner, 6) > 6
    {
        return false;
    }
    let before = before.to_lowercase();
    let mut words = words.map(str::to_lowercase);
    if dative && before == "gegenüber" {
        return true;
    }
    // The medium written or reported in: `In der „…“ schreibt sie`, `berichtete in der „…“`.
    if dative && before == "in" {
        let (sentence_before, after) = sentence_around(text, span);
        let clause_after = after.split([',', ';', ':']).next().unwrap_or(after);
        let clause_before = sentence_before
            .rsplit([',', ';', ':'])
            .next()
            .unwrap_or(sentence_before);
        return clause_before
            .split(|c: char| !c.is_alphabetic())
            .chain(clause_after.split(|c: char| !c.is_alphabetic()))
            .any(|w| lexicon::is_cue_verb(&w.to_lowercase()));
    }
    if dative && before == "mit" {
        return words
            .next()
            .is_some_and(|n| lexicon::is_german_conversation_noun(&n));
    }
    // The verb may stand a few words back, its subject between (`sagte Eva Roth dem „…“`).
    article == "dem"
        && std::iter::once(before)
            .chain(words)
            .take(VERB_REACH)
            .any(|w| lexicon::is_cue_verb(&w))
}

/// **A title conferred.** `Die Stadt wurde als „…“ ausgezeichnet`, `ihm wurde das „…“ verliehen`,
/// `Mit dem „…“ werden Autoren geehrt`: words that read as a name, after an article, `als` or a
/// preposition, in a clause (up to a comma,
/// semicolon, colon or bracket) with a verb that confers a distinction, an award or a title
/// (`lexicon/de/conferring-verbs.txt`), are the name of what is conferred. Verbs of naming or
/// judging (`als „…“ bezeichnet`) apply someone's words and are not read so.
fn conferred_title(text: &str, span: &QuoteSpan, inner: &str) -> bool {
    // A title conferred is a noun phrase's head: after an article, `als` or a preposition (`mit
    // dem`, `zum`), never after the colon or comma that introduce speech.
    if !span.in_german_marks(text) || inner.trim_end().ends_with(['.', ',']) {
        return false;
    }
    let heads = |lower: &str| {
        lexicon::is_german_article(lower) || lower == "als" || lexicon::is_any_german_preposition(lower)
    };
    let introduced = words_before(text, span).next().is_some_and(|w| {
        if w.starts_with(char::is_uppercase) {
            heads(&w.to_lowercase())
        } else {
            heads(w)
        }
    });
    if !introduced || !reads_as_name(inner) {
        return false;
    }
    let (before, after) = sentence_around(text, span);
    let clause_before = before.rsplit([',', ';', ':', '(', ')']).next().unwrap_or(before);
    let clause_after = after.split([',', ';', ':', '(', ')']).next().unwrap_or(after);
    clause_before
        .split(|c: char| !c.is_alphabetic())
        .chain(clause_after.split(|c: char| !c.is_alphabetic()))
        // The verbs' forms have four letters or more: shorter words are not looked up.
        .any(|w| w.len() >= 4 && w.starts_with(char::is_lowercase) && lexicon::is_german_conferring_verb(w))
}

/// The most words a source named with `laut` or `zufolge` is read in.
const SOURCE_WORDS: usize = 6;

/// **A source named with `laut` or `zufolge`.** Words that read as a name, right after `laut`
/// (maybe and an article) or right before `zufolge`, name the source of an account: `laut
/// „Nordpost“`, `dem „Hafenkurier“ zufolge`. A person who is a source is not put in quotation
/// marks, so the quoted words are the name of a medium or a document, not words someone said.
fn source_named(text: &str, span: &QuoteSpan, inner: &str) -> bool {
    if !span.in_german_marks(text) {
        return false;
    }
    // Where the words stand first, which rules out nearly every quotation at once.
    let mut before = words_before(text, span);
    let after_laut = match before.next() {
        Some(w) if w.eq_ignore_ascii_case("laut") => true,
        Some(w) if lexicon::is_german_article(w) => {
            before.next().is_some_and(|v| v.eq_ignore_ascii_case("laut"))
        }
        _ => false,
    };
    let before_zufolge = || {
        span.closed
            && text[span.after.max(span.end)..]
                .split(|c: char| !c.is_alphabetic())
                .find(|w| !w.is_empty())
                == Some("zufolge")
    };
    (after_laut || before_zufolge())
        && reads_as_name(inner)
        && !inner.trim_end().ends_with(['.', ','])
        && count_words_up_to(inner, SOURCE_WORDS) <= SOURCE_WORDS
}

/// The most words a proper noun phrase is read in.
const PROPER_NOUN_PHRASE_WORDS: usize = 16;

/// **A proper noun phrase.** German writes an adjective in lower case unless it is a word of a
/// name, and a name heads its words with the organisation or distinction it names: quoted words
/// that are a noun phrase (a capital first, no sentence punctuation, no lower-case word but an
/// article, a preposition, an abbreviation or a declined adjective before its noun, so no verb),
/// two to sixteen of them, are a name when a capitalised word inside declines as an adjective
/// before a noun (`das „Große Goldene Abzeichen des Vereins“`, `als „Leiter des Technischen
/// Dienstes“`), or when the first word is a noun whose head the
/// lexicon knows for an institution or a kind of named thing (`lexicon/de/name-kind-nouns.txt`)
/// with a preposition or genitive article right after it (`in den „Rat für innere Ordnung“`, `der
/// „Preis der Stadt für junge Kunst“`), not after an indefinite article or `als`, where such words
/// are a common noun someone applies (`eine „Partei der Reichen“`).
fn proper_noun_phrase(text: &str, span: &QuoteSpan, inner: &str) -> bool {
    if !span.in_german_marks(text)
        || !inner.starts_with(char::is_uppercase)
        || inner.contains(['!', '?', ',', ';', ':', '…', '"'])
        || inner.trim_end().ends_with('.')
        || count_words_up_to(inner, PROPER_NOUN_PHRASE_WORDS) > PROPER_NOUN_PHRASE_WORDS
    {
        return false;
    }
    let words: Vec<&str> = inner
        .split(|c: char| c.is_whitespace() || c == '/')
        .filter(|w| w.contains(char::is_alphabetic))
        .collect();
    let capital = |w: &str| w.starts_with(char::is_uppercase);
    if words.len() < 2 || !capital(words[0]) {
        return false;
    }
    let mut attribute = false;
    for (i, w) in words.iter().enumerate().skip(1) {
        let before_noun = words.get(i + 1).is_some_and(|n| capital(n));
        if capital(w) {
            // Only words the lexicon is asked about: capitalised, inside, before a noun.
            attribute |= before_noun && declines_as_adjective(&w.to_lowercase());
            continue;
        }
        let joining = lexicon::is_german_noun_phrase_word(w) || lexicon::is_any_german_preposition(w);
        let abbreviation = w.contains('.');
        let declined = lexicon::GERMAN_ADJECTIVE_ENDINGS.iter().any(|e| w.ends_with(e)) && before_noun;
        if !(joining || abbreviation || declined) {
            return false;
        }
    }
    if attribute {
        return true;
    }
    let head = words[0].to_lowercase();
    let joined = words
        .get(1)
        .is_some_and(|w| lexicon::is_german_noun_phrase_word(w) || lexicon::is_any_german_preposition(w));
    joined
        && !after_indefinite_article(text, span)
        && words_before(text, span).next() != Some("als")
        && (lexicon::german_noun_head(&head) == Some(NounHead::Institution)
            || lexicon::is_german_name_kind(&head))
}

/// Whether a capitalised word before a noun declines as an adjective: an inflection ending after
/// a stem the lexicon knows (`Goldene` by `golden`, `Technischer` by `technisch`), that ends like a
/// derived adjective or that is a present participle (`Stellvertretender`), where the form itself
/// is no noun (`Vereine` is the plural of `Verein`).
fn declines_as_adjective(lower: &str) -> bool {
    is_declined_form(lower, |stem| {
        lexicon::german_word(stem).known()
            || lexicon::has_german_adjective_suffix(stem)
            || is_present_participle(stem)
    })
}

/// The most words a phrase in another language is read in.
const FOREIGN_PHRASE_WORDS: usize = 5;

/// **A phrase in another language.** Lower-case words in German marks, two to five of them
/// and nothing but letters, at least half of which the German lexicon does not know, are a phrase
/// of another language that the writer quotes as a term (`mit dem Prädikat „magna cum laude“`,
/// `als „running mate“`): German capitalises its nouns, so a lower-case phrase of unknown words is
/// no German name, and its words are no German speech.
fn foreign_phrase(text: &str, span: &QuoteSpan, inner: &str) -> bool {
    let inner = inner.trim();
    if !span.in_german_marks(text)
        || !inner.starts_with(char::is_lowercase)
        || count_words_up_to(inner, FOREIGN_PHRASE_WORDS) > FOREIGN_PHRASE_WORDS
        || !inner.chars().all(|c| c.is_lowercase() || c == ' ')
    {
        return false;
    }
    // Declined adjectives and compounds are German words the lexicon holds only by their stem
    // or their parts (`gravierende`, `verteidigenswert`).
    // The forms first, which most German words are; the stems and parts only if enough remain.
    let (all, unknown_forms) = inner.split_whitespace().fold((0, 0), |(all, unknown), w| {
        (all + 1, unknown + usize::from(!lexicon::german_word(w).known()))
    });
    if all < 2 || 2 * unknown_forms < all {
        return false;
    }
    let unknown = inner
        .split_whitespace()
        .filter(|w| {
            !lexicon::german_word(w).known() && !is_declined_adjective(w) && !lexicon::is_german_compound(w)
        })
        .count();
    2 * unknown >= all
}

/// Words read back from `dem` for the cue verb whose dative it is.
const VERB_REACH: usize = 5;

#[cfg(test)]
mod tests {
    use super::*;

    /// Whether the first quotation of `text` is a name.
    fn first_is_name(text: &str) -> bool {
        let pars = crate::extract::paragraphs(text);
        let spans = crate::extract::extract(text, &pars);
        let span = &spans[0];
        is_quoted_name(text, span, &text[span.start..span.end])
    }

    #[test]
    fn an_english_name_something_is_known_by() {
        for text in [
            "Bo Lind, the hacker known as “Nightjar,” said he had access.",
            "The goal, known here as “the full tour” after Ana Ortiz, costs time.",
            "Many of them are derisively known as ''rabbit patches'' by now.",
        ] {
            assert!(first_is_name(text), "{text}");
        }
        for text in [
            "Bo Lind, known by his rivals as “the man who never says no to a fight,” left.",
            "He is known as “Why not?” around town.",
        ] {
            assert!(!first_is_name(text), "{text}");
        }
    }

    #[test]
    fn a_noun_for_a_kind_of_named_thing_names_what_follows() {
        for text in [
            "Das sagte die Ärztin dem Stadtsender „Hafenwelle“ am Montag.",
            "Der Trainer wird in der Sportzeitung „Kicker am Morgen“ zitiert.",
            "Laut einem Test des Magazins „Rad und Weg“ sind die Bremsen gut.",
            "Die Truppen begannen die Operation „Sturmvogel“ am Morgen.",
            "Bremen liegt im Bereich „grenzüberschreitende Kriminalität“ vorn.",
            "Es ging um Themen wie „Der Hafen im Wandel der Jahrhunderte“ und mehr.",
            "Das meldete die Online-Ausgabe der „Nordpost“ am Abend.",
        ] {
            assert!(first_is_name(text), "{text}");
        }
        for text in [
            // Speech nouns are no kinds; `Beispiel` ends in `spiel` only by accident.
            "Sie skandierten Parolen wie zum Beispiel „Weg mit dem Zaun“ am Hafen.",
            // Lower case a lexicon knows: words said of the thing, not its name.
            "Die Regierung sieht in dem Gesetz „keine Hürde für den Handel“, sagte sie.",
        ] {
            assert!(!first_is_name(text), "{text}");
        }
    }

    #[test]
    fn quoted_words_a_hyphen_joins_to_a_noun_are_part_of_it() {
        assert!(first_is_name(
            "Wie die „Abendpost“-Redaktion berichtet, steigt der Fluss."
        ));
        assert!(first_is_name("The “Buy Local”-campaign ended in May."));
        // A dash after a space is punctuation, not a hyphen.
        assert!(!first_is_name("Er sagte „Wir bleiben“ - und ging."));
    }

    #[test]
    fn a_name_after_a_person_of_it_is_the_organisation() {
        for text in [
            "Ein Sprecher der „Hafenfreunde Kiel“ sagte, das Fest falle aus.",
            "Der Gründer von „Ostwind 7“, Jan Roth, sagte, man wachse.",
            "Eva Brandtmeier von der „Aktion Saubere Küste“ sagte, es fehle Geld.",
        ] {
            assert!(first_is_name(text), "{text}");
        }
        // The person speaks of something: no name.
        assert!(!first_is_name(
            "Der Präsident sprach von der „übelsten Flut seit Jahren“ im Land."
        ));
    }

    #[test]
    fn a_name_given_reflexively_or_in_the_passive_is_a_name() {
        for text in [
            "Die Junta, die sich selbst „Rat für Ordnung und Frieden“ nennt, tagte.",
            "Am Abend erklärte der „Hohe Rat der Küste“, wie sich die Gruppe nennt, sie gebe auf.",
            "Seit Montag halten „Blau-Jacken“ – so werden die Anhänger genannt – den Platz.",
        ] {
            assert!(first_is_name(text), "{text}");
        }
        // A subject names something: speech.
        assert!(!first_is_name(
            "Die Ministerin nannte die Pläne „Unsinn in Tüten“ und ging."
        ));
    }

    #[test]
    fn a_name_something_is_known_by_is_a_name() {
        for text in [
            "Die Polizei räumte das als „Kleine Wildnis“ bekannte Lager am Fluss.",
            "Die Bucht ist als „Hafen der Stürme“ berüchtigt.",
            "Das Dorf wurde später als „Perle der Küste“ bekannt.",
        ] {
            assert!(first_is_name(text), "{text}");
        }
        for text in [
            // An agent names the thing: the words are the agent's.
            "Die Gruppe ist von der Regierung als „Bande von Räubern“ bekannt.",
            // A verb of naming applies someone's words.
            "Der Minister hatte den Sieg als „Fest der Freiheit“ bezeichnet.",
            // No participle of naming after the marks.
            "Er sieht sich als „Anwalt der Fischer“ und kämpft weiter.",
            // A sentence, not a name.
            "Sie wurde als „Wir schaffen das!“ bekannt.",
        ] {
            assert!(!first_is_name(text), "{text}");
        }
    }

    #[test]
    fn a_name_after_a_verb_of_being_called_is_a_name() {
        for text in [
            "Damals hieß das Gasthaus noch „Zum Goldenen Anker“ und lag am Hafen.",
            "Der Name lautet also „kleiner Riese vom Fjord“ nach seinem Fundort.",
            "Heute heißt die Straße „Am Alten Deich“, früher war sie ein Feldweg.",
        ] {
            assert!(first_is_name(text), "{text}");
        }
        for text in [
            // `heißt es` quotes a text.
            "Weiter heißt es in dem Schreiben „Wir lehnen jede Verantwortung ab“ und mehr.",
            // No verb of being called in the clause.
            "Damals sagte der Wirt noch „Zum Wohl“ zu jedem Gast.",
            // A sentence, not a name.
            "Das Motto hieß, so der Wirt, „Wir bleiben hier!“",
        ] {
            assert!(!first_is_name(text), "{text}");
        }
    }

    #[test]
    fn a_medium_spoken_to_is_a_name() {
        for text in [
            "Das sagte Eva Roth dem „Hafenkurier“ am Montag.",
            "Er äußerte sich gegenüber der „Nordpost“ nicht dazu.",
            "Im Fernsehinterview mit dem „Küstenfunk“ nannte sie drei Bedingungen.",
            "In der „Nordpost am Morgen“ schreibt Eva Roth, der Hafen wachse.",
        ] {
            assert!(first_is_name(text), "{text}");
        }
        // `der` after a verb opens its subject; `mit` after no conversation.
        for text in [
            "Damit sagte der „Rebell der Partei“ ab.",
            "Sie rechnet mit der „Wende zum Guten“ im Herbst.",
            // No cue in the clause: a place in the story.
            "In der „Roten Mühle“ tanzten sie bis zum Morgen.",
        ] {
            assert!(!first_is_name(text), "{text}");
        }
    }

    #[test]
    fn a_capitalised_word_no_lexicon_knows_is_a_name() {
        assert!(first_is_name(
            "Die Nachricht verbreitete sich über „Zwitscherix“ rasch."
        ));
        for text in [
            // A noun the lexicon knows, a derived noun it lacks, a hyphenated coinage.
            "Sie sprach von einem „Wortbruch“ der Regierung.",
            "Er warf ihr „Unbelehrbarität“ vor.",
            "Die Viertel seien „No-Go-Zonen“ geworden.",
            // English text: the German lexicon does not decide.
            "He posted it on “Zwitscherix” right away.",
        ] {
            assert!(!first_is_name(text), "{text}");
        }
    }
    #[test]
    fn nouns_joined_by_a_preposition_or_a_genitive_are_a_name() {
        let joined = |text: &str| {
            let pars = crate::extract::paragraphs(text);
            let spans = crate::extract::extract(text, &pars);
            noun_phrase_name(text, &spans[0], &text[spans[0].start..spans[0].end])
        };
        for text in [
            "Am Morgen kam Hilfe. „Helfer ohne Zäune“ schickt zwei Teams in die Region.",
            "Für den Minister ist die „Stunde der Offenheit“ damit vorbei.",
            "Der Verband gründete den „Rat für digitale Bildung“ im Frühjahr.",
            "Die Stadt erhielt am Montag als erste den Titel, nachdem Gäste von „Freunde der Oper“ kamen.",
        ] {
            assert!(joined(text), "{text}");
            assert!(first_is_name(text), "{text}");
        }
        for text in [
            // Indefinite, applied with `als`, in reported speech, governed by a genitive, or a
            // sentence: the words are someone's.
            "Er warf ihr einen „Angriff auf die Pressefreiheit“ vor.",
            "Sie bezeichnete den Plan als „Zeichen der Schwäche“ und ging.",
            "Der Minister sagte, es dürfe für die „Feinde der Freiheit“ keinen Platz geben.",
            "Das Gericht sprach ihn des „Aufrufs zu Umsturz“ schuldig.",
            "Er meinte, die „Regierung ist am Ende“ und ging.",
            "Am Abend sprach der „Hüter der Verfassung“ über den Fall.",
            "Die Lage bleibt wegen „Problemen mit der Kühlung“ ernst.",
        ] {
            assert!(!joined(text), "{text}");
        }
    }

    #[test]
    fn a_title_conferred_is_a_name() {
        for text in [
            "Die Gemeinde wurde als „Dorf der Brunnen“ ausgezeichnet.",
            "Im Mai wurde ihr das „Silberne Ruder“ verliehen.",
            "Mit dem „Preis der Fischer“ werden jedes Jahr zwei Kapitäne geehrt.",
            "Die Jury kürte den Kutter zum „Schiff des Jahres“ am Hafen.",
        ] {
            assert!(
                conferred_title(text, &first_span(text), first_inner(text)),
                "{text}"
            );
            assert!(first_is_name(text), "{text}");
        }
        for text in [
            // A verb of naming or judging applies someone's words.
            "Der Minister hat den Plan als „Fest der Freiheit“ bezeichnet.",
            // The verb stands in another clause.
            "„Wir sind stolz“, sagte die Kapitänin, die am Abend ausgezeichnet wurde.",
            // A sentence, not a name.
            "Der Preis wurde verliehen, und sie rief: „Das freut mich sehr!“",
        ] {
            assert!(
                !conferred_title(text, &first_span(text), first_inner(text)),
                "{text}"
            );
        }
    }

    #[test]
    fn a_proper_noun_phrase_is_a_name() {
        for text in [
            // A capitalised adjective inside, before its noun.
            "Er erhielt 2001 das „Große Goldene Abzeichen des Vereins“ aus der Hand des Bürgermeisters.",
            "Seit Mai arbeitet er als „Stellvertretender Leiter des Technischen Dienstes“ im Hafen.",
            // An institution or a kind of named thing heads the words.
            "Die Junta werde sich in den „Rat für innere Ordnung“ umbenennen.",
            "Der „Preis der Hafenstadt für junge Kunst in Erinnerung an Eva Roth“ geht an Jan Berg.",
        ] {
            assert!(
                proper_noun_phrase(text, &first_span(text), first_inner(text)),
                "{text}"
            );
        }
        for text in [
            // After an indefinite article or `als`, a common noun someone applies.
            "Er nannte die Fraktion eine „Partei der Reichen“ und ging.",
            "Sie bezeichnete den Verband als „Verein ohne Mitglieder“ im Interview.",
            // No institution at the head, no capitalised adjective.
            "Sie sprach von der „Zeit der großen Sorgen“ im Hafen.",
            // A verb inside: words someone said.
            "Er rief: „Neue Wege gehen“ und ging.",
            // Only the first word is capitalised as an adjective, as every first word is.
            "Die „Große Runde der Fischer“ tagte am Montag.",
        ] {
            assert!(
                !proper_noun_phrase(text, &first_span(text), first_inner(text)),
                "{text}"
            );
        }
    }

    #[test]
    fn a_phrase_in_another_language_is_a_term() {
        for text in [
            "Sie bestand die Prüfung mit dem Prädikat „magna cum laude“ im Mai.",
            "Die Partei sucht noch einen „running mate“ für die Wahl.",
        ] {
            assert!(first_is_name(text), "{text}");
        }
        for text in [
            // German words, declined or compounded.
            "Die Lage sei „nicht verteidigenswert“, sagte er.",
            "Die Zahl der Fälle sei „ganz erheblich gestiegen“, sagte sie.",
            // A capitalised noun makes it German.
            "Er sprach von „neuer Hoffnung“ im Hafen.",
            // English text: the German lexicon does not decide.
            "The party still needs a “running mate” for the race.",
        ] {
            assert!(!first_is_name(text), "{text}");
        }
    }

    #[test]
    fn a_source_named_with_laut_or_zufolge_is_a_name() {
        for text in [
            "Laut „Nordpost“ sank der Pegel in der Nacht.",
            "Der Hafen bleibt laut der „Küstenwacht heute“ geschlossen.",
            "Zudem lobte die Ministerin dem „Hafenkurier“ zufolge die Helfer.",
        ] {
            assert!(source_named(text, &first_span(text), first_inner(text)), "{text}");
        }
        for text in [
            // A sentence, not a name.
            "Laut „Wir bleiben hier, komme was wolle.“ hieß das Plakat.",
            // Neither `laut` before nor `zufolge` after.
            "Sie nannte den Plan „Unsinn“ und ging.",
            "Die Lage sei „ernst“, sagte sie laut und deutlich.",
        ] {
            assert!(
                !source_named(text, &first_span(text), first_inner(text)),
                "{text}"
            );
        }
    }

    fn first_span(text: &str) -> QuoteSpan {
        let pars = crate::extract::paragraphs(text);
        crate::extract::extract(text, &pars).swap_remove(0)
    }

    fn first_inner(text: &str) -> &str {
        let span = first_span(text);
        &text[span.start..span.end]
    }
}
