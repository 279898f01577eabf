//! Lists of speech: the verbs that cue it, the nouns that name what was said or where it was
//! written.

use std::sync::LazyLock;

use super::{WordSet, entries, list, pairs, union};

/// Verbs (all inflections) that report speech or writing: `said`, `told`, `warned`, `sagte`.
static CUE_VERBS: WordSet =
    LazyLock::new(|| union(&[list_file!("en/cue-verbs"), list_file!("de/cue-verbs")]));

/// English verbs of speech derived from WordNet (`barked`, `exclaimed`, `opined`): every verb
/// whose commonest sense descends from saying, speaking or asking; German forms left out.
static SPEECH_VERBS: WordSet = LazyLock::new(|| list(list_file!("en/speech-verbs")));

/// German cue verbs that need their separable particle, with the particles.
static GERMAN_CUE_PARTICLES: LazyLock<rustc_hash::FxHashMap<&'static str, &'static str>> =
    LazyLock::new(|| pairs(list_file!("de/particle-cue-verbs")).collect());

/// The particles, separated by spaces, without one of which the German cue `lower` reports no
/// speech (`stellte` needs `fest`, `klar` …); `None` for a cue that needs none.
#[inline]
pub fn german_cue_particles(lower: &str) -> Option<&'static str> {
    GERMAN_CUE_PARTICLES.get(lower).copied()
}

/// The German cue verbs alone, for the forms of the same verb the list leaves out.
static GERMAN_CUE_VERBS: WordSet = LazyLock::new(|| list(list_file!("de/cue-verbs")));

/// `said`, `told`, `barked`, `sagte`: a verb that introduces reported speech. German text asks
/// besides the weak plurals (`is_german_weak_plural`) and the verbs that need their particle
/// (`german_cue_particles`).
#[inline]
pub fn is_cue_verb(lower: &str) -> bool {
    CUE_VERBS.contains(lower) || SPEECH_VERBS.contains(lower)
}

/// The English verbs of speech alone, cue list and WordNet list (`comment`, `tweeted`).
static ENGLISH_SPEECH_VERBS: WordSet =
    LazyLock::new(|| union(&[list_file!("en/cue-verbs"), list_file!("en/speech-verbs")]));

/// `comment`, `tweet`, `warned`: an English verb (any form) that reports speech or writing,
/// German forms left out. Asked where an English word is built from a verb of speech.
#[inline]
pub fn is_english_speech_verb(lower: &str) -> bool {
    ENGLISH_SPEECH_VERBS.contains(lower)
}

/// A plural or infinitive of a German weak verb whose singular the cue list holds: `äußerten`
/// by `äußerte`, `meinen` by `meinte`, `fragen` by `fragt`, `fürchten` by `fürchtet`, `äußern`
/// by `äußert`. A weak verb inflects by rule: the list need not spell every person. Asked
/// only of German text (`Passage::is_cue`).
pub fn is_german_weak_plural(lower: &str) -> bool {
    if let Some(singular) = lower.strip_suffix('n')
        && singular.ends_with("te")
        && GERMAN_CUE_VERBS.contains(singular)
    {
        return true;
    }
    // `-en`, or `-n` after `-er` and `-el` (`äußern`, `wechseln`).
    let stem = lower.strip_suffix("en").or_else(|| {
        lower
            .strip_suffix('n')
            .filter(|s| s.ends_with("er") || s.ends_with("el"))
    });
    stem.is_some_and(|stem| {
        stem.chars().count() >= 3
            && ["te", "t", "ete", "et"].iter().any(|end| {
                // The form in a buffer on the stack: nothing is allocated per word.
                let mut buf = [0u8; 64];
                let len = stem.len() + end.len();
                len <= buf.len() && {
                    buf[..stem.len()].copy_from_slice(stem.as_bytes());
                    buf[stem.len()..len].copy_from_slice(end.as_bytes());
                    std::str::from_utf8(&buf[..len]).is_ok_and(|form| GERMAN_CUE_VERBS.contains(form))
                }
            })
    })
}

/// An English present form in `-s` of a regular verb whose past the cue lists hold:
/// `continues` by `continued`, `points` by `pointed`, `pushes` by `pushed`, `admits` by
/// `admitted`, `queries` by `queried`. A regular verb inflects by rule: the lists need not
/// spell every form. Such a form is also a plural noun as often as a verb (`boasts`, `shouts`),
/// so the caller asks for a subject before it (`Passage::is_cue`).
pub fn is_english_present_of_cue(lower: &str) -> bool {
    let Some(stem) = lower.strip_suffix('s') else {
        return false;
    };
    if stem.len() < 3 || stem.ends_with('s') || !stem.is_ascii() {
        return false;
    }
    // The past form in a buffer on the stack: nothing is allocated per word.
    let past_is_cue = |head: &str, tail: &str| {
        let mut buf = [0u8; 64];
        let len = head.len() + tail.len();
        len <= buf.len() && {
            buf[..head.len()].copy_from_slice(head.as_bytes());
            buf[head.len()..len].copy_from_slice(tail.as_bytes());
            std::str::from_utf8(&buf[..len])
                .is_ok_and(|past| past != lower && (CUE_VERBS.contains(past) || SPEECH_VERBS.contains(past)))
        }
    };
    if let Some(root) = stem.strip_suffix("ie") {
        // `queries` by `queried`.
        return past_is_cue(root, "ied");
    }
    if stem.ends_with('e') {
        // `continues` by `continued`; `pushes` by `pushed`.
        return past_is_cue(stem, "d");
    }
    let last = &stem[stem.len() - 1..];
    // `points` by `pointed`; `admits` by `admitted`.
    past_is_cue(stem, "ed") || {
        let mut doubled = [0u8; 64];
        stem.len() < doubled.len() && {
            doubled[..stem.len()].copy_from_slice(stem.as_bytes());
            doubled[stem.len()..=stem.len()].copy_from_slice(last.as_bytes());
            std::str::from_utf8(&doubled[..=stem.len()]).is_ok_and(|d| past_is_cue(d, "ed"))
        }
    }
}

static ALSO_PLURAL_NOUNS: WordSet = LazyLock::new(|| list(list_file!("en/cue-verbs-also-nouns")));

/// Cue verbs whose `-s` form is also a plural noun (`member states`, `his demands`).
#[inline]
pub fn is_also_plural_noun(lower: &str) -> bool {
    ALSO_PLURAL_NOUNS.contains(lower)
}

/// Nouns of speech after a possessive name (`Trump’s claim that`, `LePage’s promise to seek`):
/// what follows is that person's words.
static SPEECH_NOUNS: WordSet =
    LazyLock::new(|| union(&[list_file!("en/speech-nouns"), list_file!("de/speech-nouns")]));

/// `claim`, `promise`, `remarks`: a noun that names what someone said.
#[inline]
pub fn is_speech_noun(lower: &str) -> bool {
    SPEECH_NOUNS.contains(lower)
}

static DOCUMENT_NOUNS: WordSet = LazyLock::new(|| list(list_file!("en/document-nouns")));

/// The hand-written documents and the nouns for a document or a medium derived from WordNet
/// (`complaint`, `study`, `poll`, `memo`), in one set: one look-up a word.
static WRITTEN_NOUNS: WordSet =
    LazyLock::new(|| union(&[list_file!("en/document-nouns"), list_file!("en/written-nouns")]));

/// `statement`, `tweet`, `interview`, `the complaint`, `the study`: a document or medium that
/// words are quoted from, by the hand-written list or the nouns WordNet files under written
/// communication, documents, news, pleadings, lawsuits and polls.
#[inline]
pub fn is_document_noun(lower: &str) -> bool {
    WRITTEN_NOUNS.contains(lower)
}

/// `statement`, `tweet`, `interview`: the hand-written list alone, for a German text, whose
/// capitalised nouns the English WordNet nouns would misread (`Text`, `Programm`).
#[inline]
pub fn is_listed_document_noun(lower: &str) -> bool {
    DOCUMENT_NOUNS.contains(lower)
}

/// Matched as endings, in the file's order.
static GERMAN_DOCUMENT_NOUNS: LazyLock<Vec<&str>> =
    LazyLock::new(|| entries(list_file!("de/document-nouns")).collect());

/// German documents that words are quoted from, compounds included (`Presseerklärung`,
/// `Positionspapier`, `Abschlussbericht`).
#[inline]
pub fn is_german_document_noun(lower: &str) -> bool {
    GERMAN_DOCUMENT_NOUNS.iter().any(|d| lower.ends_with(d))
}

static GERMAN_ACCOUNTS: WordSet = LazyLock::new(|| list(list_file!("de/account-nouns")));

/// `Angaben`, `Aussagen`: what `nach` names as a source (`nach Angaben der Polizei`).
#[inline]
pub fn is_german_account(lower: &str) -> bool {
    GERMAN_ACCOUNTS.contains(lower)
}

static GERMAN_NAMING_VERBS: WordSet = LazyLock::new(|| list(list_file!("de/naming-verbs")));

/// German verbs of naming, whose object follows them (`nannte sie „reine Spekulation“`).
#[inline]
pub fn is_german_naming_verb(lower: &str) -> bool {
    GERMAN_NAMING_VERBS.contains(lower)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lexicon::pinned::same_words;

    /// The words each list had when it was code.
    #[test]
    fn the_lists_hold_the_words_they_held_as_code() {
        same_words(
            "is_cue_verb",
            &CUE_VERBS,
            "fumed fuming griped griping gushed gushing marveled marvelled marveling bemoaned bemoans
            bemoaning bragged brags bragging implored implores imploring interjected interjecting
            scolded scolds scolding sniped sniping thundered thundering trumpeted trumpeting
            wondered wonders wondering cried crying laughed laughing chided chides chiding taunted
            taunting teased teasing confided confides confiding confessed confesses confessing
            professed professes professing protested protesting grumbled grumbling groused grousing
            muttered mutters muttering murmured murmurs murmuring ranted ranting railed gloated
            gloats gloating crowed reassured reassures reassuring labeled labels labeling labelled
            labelling branded brands branding likened likens likening dismissed dismisses dismissing
            condemned condemns condemning denounced denounces denouncing hailed hails hailing
            characterized characterizes characterizing characterised characterising deemed deems
            termed terms lambasted lambastes lambasting decried decries decrying ridiculed ridicules
            ridiculing derided derides deriding jokes yelling yells screamed screaming joking echoed
            echoes echoing reveals revealed revealing dubbed dubs mocks mocking shouting chanted
            chanting quips quipping say says said saying tell tells told telling state states stated
            stating warn warns warned warning add adds added adding write writes wrote writing
            written note notes noted noting explain explains explained explaining declare declares
            declared declaring insist insists insisted insisting claim claims claimed claiming argue
            argues argued arguing ask asks asked asking answer answers answered reply replies
            replied replying respond responds responded responding tweet tweets tweeted tweeting
            posted announce announces announced announcing acknowledge acknowledges acknowledged
            acknowledging admit admits admitted admitting comment comments commented commenting
            remark remarks remarked recall recalls recalled recalling emphasize emphasizes
            emphasized emphasizing emphasise emphasised stress stresses stressed stressing predict
            predicts predicted promise promises promised promising vow vows vowed vowing pledge
            pledges pledged suggest suggests suggested suggesting urge urges urged urging observe
            observes observed concede concedes conceded conclude concludes concluded mention
            mentions mentioned repeat repeats repeated shout shouted yell yelled exclaim exclaimed
            testify testified testifies confirm confirms confirmed deny denies denied report reports
            reported reporting maintained posit posits posited boast boasted complain complains
            complained lament lamented charge charged contend contends contended countered retort
            retorted assert asserts asserted affirm affirmed quip quipped joke joked muse mused
            continue continued describe describes described describing call calls called calling
            insisted demand demands demanded threaten threatened caution cautioned allege alleges
            alleged announce indicate indicated indicates recount recounted read reads begin began
            went quote quoted quoting cite cited citing acknowledge plead pleaded whisper whispered
            scoff scoffed sigh sighed concur concurred proclaim proclaimed reiterate reiterated
            reiterates add chimed opined declares blasted slammed mocked challenged pointed speaking
            spoke speaks tells advised hinted estimated welcomed thanked praised criticized
            criticised accused apologized agreed disagreed objected reasoned surmised summed
            clarified elaborated conceded predicted expressed vowed informed assured reminded
            prompting adding texted emailed messaged wrote posted tweeted sagte sagt sagten sagen
            gesagt wertete wertet werteten beschwören beschwor geschrieben gefordert angekündigt
            mitgeteilt gewarnt geäußert erklärte erklärt erklärten meinte meint betonte betont
            teilte teilt berichtete berichtet fügte fügt schrieb schreibt forderte fordert
            kritisierte kritisiert warf warfen wirft werfen warnte warnt sprach spricht äußerte
            äußert erläuterte erläutert bestätigte bestätigt kommentierte kommentiert verkündete
            verkündet behauptete behauptet bekräftigte bekräftigt unterstrich unterstreicht
            antwortete antwortet ergänzte ergänzt zitiert zitierte erzählte erzählt versicherte
            versichert mahnte mahnt beklagte beklagt räumte räumt hieß heißt lautete lautet
            verlautete stellte stellt versprach verspricht bezeichnete bezeichnet nannte nennt gab
            gibt argumentierte argumentiert begründete begründet kündigte kündigt wies weist rief
            ruft fragte fragt teilten erklärten sagten betonten warnten forderten kritisierten fuhr
            fährt bestreitet bestritt charakterisierte charakterisiert widersprach widerspricht
            beschreibt beschrieb bezeichneten nannten meinten berichteten schrieben zitierte
            zitieren appellierte mahnten kommentierten reagierte reagiert sprachen lobte lobt
            verteidigte verteidigt bekräftigten unterstrichen urteilte urteilt befand befindet
            schätzte schätzt glaubt glaubte hofft hoffte fürchtet fürchtete beschwört beschworen
            bekanntgegeben bekannt aufforderte forderte rät riet rieten empfahl empfiehlt entgegnete
            entgegnet bemängelte verwies verweist resümierte würdigte würdigt gewürdigt tadelte
            tadelt rügte rügt monierte moniert beanstandete beanstandet bilanzierte bilanziert
            folgerte folgert vermutete vermutet prognostizierte prognostiziert beteuerte beteuert
            dementierte dementiert protestierte protestiert klagte klagt schimpfte schimpft
            spottete spottet scherzte scherzt twitterte twittert seufzte seufzt meldete meldet
            notierte notiert formulierte formuliert ausdrückte ausdrückt riefen gerufen rufen
            skandierte skandierten skandiert skandieren schrie schrien schreit geschrien brüllte
            brüllten brüllt gebrüllt flüsterte flüsterten flüstert geflüstert murmelte murmelten
            murmelt gemurmelt gefragt gesprochen geantwortet gelobt gemahnt geklagt gemeldet
            geurteilt geschimpft gespottet gescherzt geseufzt getwittert accuses advises agrees
            apologizes
            assures cites clarifies criticizes criticises disagrees elaborates expresses muses
            opines surmises accusing advising answering apologizing asserting assuring boasting
            cautioning complaining conceding concluding confirming contending countering criticizing
            demanding exclaiming hinting indicating lamenting maintaining objecting observing
            opining pleading pledging predicting proclaiming recounting reiterating remarking
            repeating retorting scoffing whispering threatening blasting slamming emphasises affirms
            threatens pleads proclaims drawled drawling groaned groaning growled growling hissed
            hissing howled howling moaned moaning wailed wailing whined whining shrieked shrieking
            screeched screeching snarled snarling spluttered sputtered squealed squawked whimpered
            yelped croaked sang sings sung singing intoned intoning exhorted exhorts exhorting
            beseeched besought",
        );
        // Derived: verbs of speech by their meaning, not nouns, adjectives or German words.
        for verb in [
            "barked",
            "exclaimed",
            "opined",
            "muttered",
            "stammered",
            "inquires",
        ] {
            assert!(SPEECH_VERBS.contains(verb), "{verb}");
        }
        for word in [
            "bark",
            "voices",
            "promising",
            "alleging",
            "hallowed",
            "signed",
            "negotiated",
            "will",
        ] {
            assert!(!SPEECH_VERBS.contains(word), "{word}");
        }
        same_words(
            "is_also_plural_noun",
            &ALSO_PLURAL_NOUNS,
            "states labels brands terms demands reports claims calls notes comments remarks answers
            warnings charges promises pledges vows tweets posts quotes reads stresses recalls
            insists",
        );
        same_words(
            "is_speech_noun",
            &SPEECH_NOUNS,
            "claim claims promise promises pledge vow remark remarks comment comments words call
            description warning threat threats assertion insistence admission suggestion accusation
            accusations argument phrase slogan assurance assurances declaration boast charge quip
            refrain mantra plea demand demands criticism characterization apology tweet tweets
            prediction complaint rhetoric catchphrase mocking jab dismissal denial label nickname
            response reply answer behauptung aussage worte warnung forderung versprechen kritik vorwurf",
        );
        same_words(
            "is_document_noun",
            &DOCUMENT_NOUNS,
            "statement report letter post tweet email e-mail interview memo release message video
            speech op-ed column article book note",
        );
        assert_eq!(
            *GERMAN_DOCUMENT_NOUNS,
            "erklärung stellungnahme mitteilung bericht brief schreiben papier studie urteil
            begründung dokument memorandum beschluss antrag resolution gutachten protokoll entwurf
            artikel webseite internetseite homepage website meldung ankündigung anordnung plakat
            transparent aufschrift zettel flugblatt"
                .split_whitespace()
                .collect::<Vec<_>>(),
            "is_german_document_noun"
        );
        same_words(
            "is_german_account",
            &GERMAN_ACCOUNTS,
            "angaben aussagen auffassung ansicht meinung einschätzung darstellung informationen",
        );
        same_words(
            "is_german_naming_verb",
            &GERMAN_NAMING_VERBS,
            "nannte nannten nennt bezeichnete bezeichnet titulierte charakterisierte",
        );
    }

    #[test]
    fn documents_come_from_wordnet_too() {
        for w in [
            "complaint",
            "complaints",
            "lawsuit",
            "study",
            "poll",
            "polls",
            "memo",
            "editorial",
            "transcript",
        ] {
            assert!(is_document_noun(w), "{w}");
        }
        for w in ["spokesman", "committee", "above", "aside", "senator", "crowd"] {
            assert!(!is_document_noun(w), "{w}");
        }
    }

    #[test]
    fn german_documents_are_found_in_compounds() {
        assert!(is_german_document_noun("presseerklärung") && is_german_document_noun("abschlussbericht"));
        assert!(!is_german_document_noun("minister"));
    }

    #[test]
    fn an_english_present_is_a_cue_by_its_regular_past() {
        for present in ["continues", "cautions", "laments", "queries", "snaps"] {
            assert!(is_english_present_of_cue(present), "{present}");
            assert!(
                !is_cue_verb(present),
                "{present} is listed: the test needs a form that is not"
            );
        }
        // Words in `-s` whose would-be past is no cue, and forms too short to inflect.
        for word in ["tables", "press", "this", "is", "gas", "continue"] {
            assert!(!is_english_present_of_cue(word), "{word}");
        }
    }
}
