//! `german-quoted-medium`: `„…“, schreibt die „Computerwoche“.` is the publication's.

use super::{Hit, Rule};
use crate::attribute::doc::{Passage, TokKind};
use crate::attribute::mentions::{Mention, MentionKind};
use crate::lexicon;
use crate::types::Via;

/// The rule, as `RULES` lists it.
pub(super) const RULE: Rule = Rule {
    id: "german-quoted-medium",
    description: "A cue right after the quotation, then a publication named in quotation marks",
    evidence: Via::Cue,
    find: |passage, q| passage.german_quoted_medium(q),
};

/// Words a publication's name may have, at most: a title, not a sentence.
const MEDIUM_WORDS: usize = 4;

impl Passage<'_> {
    /// Where the verb comes before its subject (German `„…“, schreibt die „Computerwoche“`,
    /// `„…“, schrieb „Die Zeit“ in einem Nachruf`): a cue right after the quotation, maybe an
    /// article, then a short capitalised title in quotation marks that ends the clause or is
    /// followed by a preposition. The title is the source that speaks; after `zitiert`, the one it
    /// quotes, named right after it, speaks (`„…“, zitiert die „Computerwoche“ Jan Berg`).
    fn german_quoted_medium(&self, q: usize) -> Option<Hit> {
        if !self.profile.verb_second {
            return None;
        }
        let mut cue = q + 1;
        while self.is_punct(cue, &[',', '—', '–']) && cue < q + 3 {
            cue += 1;
        }
        if !self.is_cue(cue) || !self.same_sentence(q, cue) {
            return None;
        }
        let article = lexicon::is_german_article(self.lower(cue + 1));
        let title = if article { cue + 2 } else { cue + 1 };
        let TokKind::Quote(_) = self.tokens.get(title)?.kind else {
            return None;
        };
        let words: Vec<String> = self.text[self.tokens[title].range()]
            .split_whitespace()
            .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()).to_string())
            .filter(|w| !w.is_empty())
            .collect();
        let capitalised = words
            .first()
            .is_some_and(|w| w.starts_with(char::is_uppercase) || w.starts_with(char::is_numeric));
        // A medium that quotes someone names the one quoted after it, who speaks, as after any
        // subject of `zitieren` (`„…“, zitiert die „Computerwoche“ Jan Berg`).
        if capitalised
            && words.len() <= MEDIUM_WORDS
            && self.lower(cue).starts_with("zitier")
            && let Some(quoted) = self.mention_starting_at(title + 1)
        {
            return Some(Hit {
                mention: quoted,
                cue: self.lower(cue).to_string(),
            });
        }
        // The clause ends after the title, or a preposition follows (`in einem Nachruf`).
        let ends = self
            .word(title + 1)
            .is_none_or(|t| lexicon::is_german_preposition(t.lower) || self.is_preposition(t.lower));
        (capitalised && words.len() <= MEDIUM_WORDS && ends).then(|| Hit {
            mention: Mention {
                kind: MentionKind::Name { name: words },
                first: if article { cue + 1 } else { title },
                last: title,
            },
            cue: self.lower(cue).to_string(),
        })
    }
}

#[cfg(test)]
mod tests {
    use crate::attribute::testing::who;

    #[test]
    fn a_publication_in_quotation_marks_after_the_cue_speaks() {
        let text = "Die Firma stellte die neue Version vor.\n\n„Die neue Version zeigt, dass die Firma den \
                    Markt verstanden hat“, schreibt die „Technikwoche“. Die Kunden warten.";
        let found = who(text);
        assert_eq!(found[0].1, "die „Technikwoche“", "{found:?}");
        let text = "Der Sänger lebte zurückgezogen.\n\n„Er war der kreative Kopf der ganzen Band und \
                    blieb es“, schrieb „Die Woche“ in einem Nachruf.";
        assert_eq!(who(text)[0].1, "„Die Woche“");
    }

    #[test]
    fn a_publication_that_quotes_someone_names_the_one_who_speaks() {
        let text = "Die Firma stellte die neue Version vor.\n\n„Das wird die größte Neuerung des Jahres“, \
                    zitiert die „Technikwoche“ Jan Berg in einem Bericht.";
        assert_eq!(who(text)[0].1, "Jan Berg", "{:?}", who(text));
    }

    #[test]
    fn a_quotation_after_the_cues_subject_is_no_publication() {
        // The subject follows the cue; a quotation later in the clause is what was said.
        let text = "Die Firma stellte die neue Version vor.\n\n„Die neue Version ist schnell“, sagte der \
                    Chef Jan Ott und nannte sie „einen Meilenstein der Firma“.";
        assert!(who(text)[0].1.contains("Jan Ott"), "{:?}", who(text));
    }
}
