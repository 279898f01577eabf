//! `german-in-the-view-of`: `Für die Ministerin ist der Plan „ein Fehler“`.

use super::{Hit, Rule};
use crate::attribute::doc::{Passage, TokKind};
use crate::attribute::grammar::COPULAS;
use crate::lexicon;
use crate::types::Via;

/// The rule, as `RULES` lists it.
pub(super) const RULE: Rule = Rule {
    id: "german-in-the-view-of",
    description: "German `Für X ist …`: a clause that opens with `für` and a person, then a form of `sein`, gives X's view",
    evidence: Via::Cue,
    find: |passage, q| passage.german_in_the_view_of(q),
};

impl Passage<'_> {
    /// German `Für die Ministerin ist der Plan „ein Fehler“`, `Für Jonas Brandt (SPD) sei das
    /// „…“`: a clause that opens with `für`, a person or institution and a form of `sein` or
    /// `bleiben` judges in that person's view; the words quoted in it are theirs.
    fn german_in_the_view_of(&self, q: usize) -> Option<Hit> {
        if !self.profile.verb_second {
            return None;
        }
        let start = self.sentence_start(q);
        let clause = (start..q)
            .rev()
            .find(|&j| matches!(self.tokens[j].kind, TokKind::Punct(',' | ':' | ';')))
            .map_or(start, |j| j + 1);
        if self.lower(clause) != "für" {
            return self.german_view_inside_the_clause(clause, q);
        }
        let m = self.mention_starting_at(clause + 1).filter(|m| m.last < q)?;
        let speaks = m.can_speak_in_german();
        let verb = self.skip_parenthesis(m.last + 1);
        (speaks && verb < q && COPULAS.contains(self.lower(verb))).then(|| self.hit(m, verb))
    }

    /// `für` and a person further into the quotation's clause, with a form of `sein` in the
    /// indicative before it or right after the quotation (`…, war für die Verbände „ein
    /// Wortbruch“`, `Was für die Ministerin eine „Lösung“ ist`). A copula in the subjunctive is
    /// reported speech, whose source is someone else (`die Lage sei für die Mehrheit „…“`).
    fn german_view_inside_the_clause(&self, clause: usize, q: usize) -> Option<Hit> {
        let indicative_copula =
            |i: usize| COPULAS.contains(self.lower(i)) && !lexicon::is_german_subjunctive(self.lower(i));
        let after = q + 1;
        (clause..q).filter(|&f| self.lower(f) == "für").find_map(|f| {
            let m = self
                .mention_starting_at(f + 1)
                .filter(|m| m.last < q && m.can_speak_in_german())?;
            let verb = (clause..f)
                .find(|&i| indicative_copula(i))
                .or_else(|| indicative_copula(after).then_some(after))?;
            Some(self.hit(m, verb))
        })
    }
}

#[cfg(test)]
mod tests {
    use crate::attribute::testing::who;

    #[test]
    fn a_clause_opening_with_fuer_and_a_person_gives_their_view() {
        let text = "Der Plan liegt vor. Für die Ministerin ist der Entwurf „ein mutiger Schritt“.";
        assert_eq!(who(text)[0].1, "die Ministerin", "{:?}", who(text));
        let text = "Der Plan liegt vor. Für Jonas Brandt (SPD) sei der Entwurf „schlicht verfehlt“.";
        assert_eq!(who(text)[0].0, "Jonas Brandt", "{:?}", who(text));
    }

    #[test]
    fn fuer_and_a_person_further_into_the_clause_gives_their_view() {
        let text = "Der Plan liegt vor. Was für die Ministerin eine „gerechte Lösung“ ist, sehen die \
                    Verbände anders.";
        assert_eq!(who(text)[0].1, "die Ministerin", "{:?}", who(text));
        let text = "Der Plan liegt seit Montag vor, war aber für die Verbände „ein klarer Wortbruch“.";
        assert_eq!(who(text)[0].1, "die Verbände", "{:?}", who(text));
        // In the subjunctive the clause is someone else's reported speech.
        let text = "Der Plan liegt vor. Die Lage sei für die Ministerin „kaum tragbar“.";
        assert_ne!(who(text)[0].1, "die Ministerin", "{:?}", who(text));
    }

    #[test]
    fn fuer_and_a_thing_gives_no_view() {
        let text = "Der Plan liegt vor. Für den Umbau ist das Geld „längst verplant“.";
        assert_eq!(who(text)[0].1, "", "{:?}", who(text));
    }
}
