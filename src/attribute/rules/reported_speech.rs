//! `reported-speech`: `…, schreibt der Verband. Die Klauseln seien „alarmierend“.` The last
//! resort, tried after the continuation pass, where reported speech is marked by the
//! subjunctive.

use super::{Hit, Rule};
use crate::attribute::doc::{Passage, SENTENCE_REACH, TokKind};
use crate::attribute::mentions::MentionKind;
use crate::lexicon;
use crate::types::Via;

/// Sentences read back from a quotation in indirect speech for the one that names its source.
const REPORTED_SENTENCES: usize = 6;

/// The rule, as `RULES` lists it.
pub(super) const RULE: Rule = Rule {
    id: "reported-speech",
    description: "Indirect speech in the subjunctive keeps the source that a sentence before names",
    evidence: Via::Subject,
    find: |passage, q| passage.reported_speech_source(q),
};

impl Passage<'_> {
    /// The source of the indirect speech that a quotation's sentence continues: the
    /// speech runs on in the subjunctive over sentences after the one that names its source
    /// (`…, schreibt der Verband auf seiner Website. Betroffenen werde verweigert, … ¶ Die
    /// Klauseln seien „alarmierend“.`), past an aside in the indicative, into the next paragraph
    /// at most.
    fn reported_speech_source(&self, q: usize) -> Option<Hit> {
        if !self.profile.subjunctive_reported_speech {
            return None;
        }
        let subjunctive = |from: usize, to: usize| {
            (from..to).any(|i| {
                self.word(i)
                    .is_some_and(|t| lexicon::is_german_subjunctive(t.lower))
            })
        };
        let start = self.sentence_start(q);
        let reach = self.tokens.len().min(q + SENTENCE_REACH);
        let end = (q..reach).find(|&i| !self.same_sentence(i, q)).unwrap_or(reach);
        if !subjunctive(start, end) || q - start >= SENTENCE_REACH {
            return None;
        }
        if let Some(hit) = self.reporter_of_own_sentence(start, q) {
            return Some(hit);
        }
        let paragraph = self.tokens[q].paragraph;
        let (mut end, mut asides) = (start, 0);
        for _ in 0..REPORTED_SENTENCES {
            let Some(last) = end.checked_sub(1) else {
                break;
            };
            let first = self.sentence_start(last);
            // Past the paragraph before, or a run of words longer than any sentence.
            if self.tokens[first].paragraph + 1 < paragraph || last - first >= SENTENCE_REACH {
                break;
            }
            // `…, schreibt der Verband`: after the words it reports, the cue comes first and its
            // subject after it. Those words are speech reported in the subjunctive or quoted; a
            // comma after a name in apposition (`Die Sprecherin, Anna Weber, kritisierte die
            // Pläne`) closes no words reported, and the subject stands before the cue.
            let reported_before = |k: usize| {
                subjunctive(first, k) || (first..k).any(|i| matches!(self.tokens[i].kind, TokKind::Quote(_)))
            };
            let inverted = (first + 1..end)
                .rev()
                .filter(|&k| self.is_cue(k) && self.is_punct(k - 1, &[',']) && reported_before(k))
                .find_map(|k| Some(self.hit(self.german_subject_after(k, end)?, k)));
            // `Die Lage sei, so der Minister, sehr ernst.`: `so` after a comma names the source
            // of the words around it, as it does after a quotation.
            let so = || {
                (first + 1..end)
                    .filter(|&k| {
                        self.lower(k) == "so" && !self.tokens[k].capitalized && self.is_punct(k - 1, &[','])
                    })
                    .find_map(|k| {
                        let m = self.mention_starting_at(k + 1).filter(|m| {
                            m.last < end
                                && (!matches!(m.kind, MentionKind::Pronoun)
                                    || self.demonstrative_stands_alone(m.first))
                        })?;
                        Some(Hit {
                            mention: m,
                            cue: "so".to_string(),
                        })
                    })
            };
            if let Some(hit) = inverted.or_else(so).or_else(|| self.cue_in_range(first, end)) {
                return Some(hit);
            }
            if !subjunctive(first, end) {
                asides += 1;
                if asides > 1 {
                    break;
                }
            }
            end = first;
        }
        None
    }
}

impl Passage<'_> {
    /// `german-reporting-verb`: a main clause that opens the quotation's sentence, a subject
    /// and its verb right before a comma (`Paul Roth kritisierte, Berg habe „…“`), reports the
    /// clause after the comma when that clause is in the subjunctive: whatever the verb, it
    /// introduces indirect speech, and its subject is the source.
    fn reporter_of_own_sentence(&self, start: usize, q: usize) -> Option<Hit> {
        let first = self.skip_forward(start, lexicon::is_german_adverb);
        let m = self
            .mention_starting_at(first)
            .filter(|m| !matches!(m.kind, MentionKind::Pronoun))?;
        let verb = m.last + 1;
        let comma = verb + 1;
        let reports = verb < q
            && self.is_punct(comma, &[','])
            && self.word(verb).is_some_and(|t| {
                !t.capitalized
                    && !lexicon::is_german_subjunctive(t.lower)
                    && !lexicon::is_german_auxiliary(t.lower)
            })
            && (comma + 1..q).any(|i| {
                self.word(i)
                    .is_some_and(|t| lexicon::is_german_subjunctive(t.lower))
            });
        (reports && !self.german_object(&m)).then(|| self.hit(m, verb))
    }
}

#[cfg(test)]
mod tests {
    use crate::attribute::doc::SENTENCE_REACH;
    use crate::attribute::testing::who;

    #[test]
    fn german_indirect_speech_keeps_the_source_that_a_sentence_before_names() {
        // The cue after the words it reports, its subject after it; an indicative aside between.
        let text = "Es gebe keine Möglichkeit, sich dagegen zu wehren, schreibt der Mieterbund. \
                    Die Stadt habe das lange verschwiegen. Der Rat tagt im Juni.\n\n\
                    Die neuen Tarife seien „unzumutbar“.";
        assert_eq!(who(text)[0].1, "der Mieterbund");
        // The subject before the cue.
        let text = "Die Ärztekammer kritisierte die Reform scharf. Die Kliniken müssten „kaputtsparen“.";
        assert_eq!(who(text)[0].1, "Die Ärztekammer");
        // Not in the subjunctive: the writer's own words, no source carried over.
        let text = "Der Mieterbund kritisierte die Pläne scharf. Im Mai kamen die „neuen Tarife“.";
        assert_eq!(who(text)[0], Default::default());
        let text = "Der Mieterbund kritisierte die Pläne scharf. Im Mai seien die „neuen Tarife“ gekommen.";
        assert_eq!(who(text)[0].1, "Der Mieterbund");
        // Two asides in the indicative end the indirect speech.
        let text = "Die Ärztekammer kritisierte die Reform scharf. Die Kliniken sind voll. Der Winter \
                    kommt. Die Kliniken müssten „kaputtsparen“.";
        assert_eq!(who(text)[0], Default::default());
        // Nor over a run of words longer than any sentence, before the quotation's sentence or
        // in it.
        let run = "und die Stadt sei ".repeat(SENTENCE_REACH / 4 + 1);
        let text =
            format!("Der Mieterbund kritisierte die Pläne scharf. Im Mai {run}. Die „Tarife“ seien neu.");
        assert_eq!(who(&text)[0], Default::default());
        let text =
            format!("Der Mieterbund kritisierte die Pläne scharf. Im Mai {run}seien die „Tarife“ neu.");
        assert_eq!(who(&text)[0], Default::default());
        // Nor is a source read back past the paragraph before.
        let text = "Die Ärztekammer kritisierte die Reform scharf.\n\nDie Kliniken müssten sparen.\n\n\
                    Die Kliniken müssten „kaputtsparen“.";
        assert_eq!(who(text)[0], Default::default());
    }

    #[test]
    fn a_comma_after_an_appositive_closes_no_reported_words() {
        // The comma before the cue ends a name in apposition: the subject stands before the
        // cue, and the phrase after it is its object.
        let text = "Die Sprecherin der Fraktion, Anna Weber, kritisierte die Pläne der Regierung. \
                    Die Mittel seien „völlig unrealistisch“.";
        assert_eq!(who(text)[0].0, "Anna Weber", "{:?}", who(text));
        // After words reported in the subjunctive the cue comes first and its subject after it.
        let text = "Die Mittel würden nicht reichen, schreibt der Verband. Die Pläne seien „völlig \
                    unrealistisch“.";
        assert_eq!(who(text)[0].1, "der Verband", "{:?}", who(text));
    }

    #[test]
    fn so_and_a_source_inside_a_sentence_before() {
        let text = "Die Lage sei, so der Minister Paul Roth in einem Interview, sehr ernst. Deshalb \
                    müsse man „jetzt handeln“.";
        assert_eq!(who(text)[0].0, "Paul Roth", "{:?}", who(text));
    }

    #[test]
    fn german_reported_speech_subject_is_not_the_speaker() {
        let text = "Nach Angaben der Anwältin Maria Vogt ging es um einen Streit. Der Nachbar sei \
                    „nicht aggressiv oder so“.";
        let found = who(text);
        assert!(!found[0].1.contains("Nachbar"), "{found:?}");
    }

    #[test]
    fn a_verb_before_a_clause_in_the_subjunctive_reports_it_whatever_the_verb() {
        let text = "Das Spiel ist vorbei. Der Trainer Jan Ohm sagte, das Team habe gut gespielt. Auch \
                    der frühere Spieler Paul Roth kritisierte, Berg habe im Spiel „nicht die richtige \
                    Linie gefunden“.";
        assert_eq!(who(text)[0].1, "der frühere Spieler Paul Roth", "{:?}", who(text));
        // In the indicative the clause after the comma is no reported speech.
        let text = "Das Spiel ist vorbei. Der Trainer Jan Ohm sagte, das Team habe gut gespielt. Auch \
                    der frühere Spieler Paul Roth lachte, Berg hat im Spiel „nicht die richtige \
                    Linie gefunden“.";
        assert_ne!(who(text)[0].1, "der frühere Spieler Paul Roth", "{:?}", who(text));
    }
}
