//! Which capitalised words are words of a name: not a listed non-name, a time expression or a
//! compound adjective before a noun (`Chicago-based`); and the names of institutions, which run
//! over their joining words (`Center for Strategic and International Studies`) and may hold a
//! title (`the State Department`).

use super::doc::{Passage, Token};
use super::grammar::{
    NAME_JOINING_WORDS, base, describes_a_name, has_two_letters, is_clause_word, is_determiner,
    is_party_label, is_possessive, is_title_word, without_possessive,
};
use super::mentions::{Mention, MentionKind, NameWords};
use crate::lexicon;

impl Passage<'_> {
    /// Whether a capitalised word can be a word of a name: not a listed non-name, nor, where
    /// every noun is capitalised, a preposition that opens the sentence (`Gegenüber NDR Info
    /// sagte er`), unless it is a name's particle (`Von der Leyen`).
    #[inline]
    pub(super) fn can_open_name(&self, i: usize, t: &Token) -> bool {
        let preposition = self.profile.capitalised_nouns
            && lexicon::is_german_preposition(t.lower)
            && !lexicon::is_name_particle(t.lower);
        !preposition && !lexicon::is_not_name(t.lower) && !self.in_compound_adjective(i)
    }

    /// **A time expression is no name.** Where every noun has a capital, a noun for a part of a
    /// period before a month or a year (`Ende Januar`, `Anfang 2006`, `Mitte Mai`) is a time
    /// expression, and so is that month: neither word opens or continues a name, though `Ende`
    /// and `August` are names elsewhere. Asked only of capitalised words that would be a name's.
    #[inline]
    pub(super) fn in_time_expression(&self, i: usize) -> bool {
        let opens = |k: usize| {
            lexicon::is_german_time_span_noun(self.lower(k))
                && self.word(k + 1).is_some_and(|next| {
                    lexicon::is_german_month(next.lower)
                        || (next.lower.len() == 4 && next.lower.bytes().all(|b| b.is_ascii_digit()))
                })
        };
        self.profile.capitalised_nouns
            && (opens(i) || (i > 0 && lexicon::is_german_month(self.lower(i)) && opens(i - 1)))
    }

    /// `a-name-runs-over-its-joining-words` (English): the capitalised words of an institution's
    /// name may be joined by words in lower case (`lexicon/en/name-joining-words.txt`: `Center
    /// for Strategic and International Studies`, `Department of the Interior`), and a chunk of
    /// capitals after them is a fragment of that name, not a name of its own (`International
    /// Security` in `Institute for Science and International Security`). The chunk
    /// `first..=last` reaches back over joining words to the capitalised words before them when
    /// the word right before a joining word other than `and` is a noun for a thing or a body of
    /// people (`Center for`, `Department of`), as an institution's head is; a person before `of`
    /// is no part of a name (`Ana Ruiz of the Budget Committee`), and `and` alone joins two
    /// names, not one (`Clinton and Bush`). The start of the longer name, or `first`.
    pub(super) fn longer_name_start(&self, first: usize, last: usize) -> usize {
        // The joining words are short: the length is the cheap test, asked of most mentions.
        let joins = |i: usize| {
            self.word(i)
                .is_some_and(|t| !t.capitalized && t.lower.len() <= 3 && NAME_JOINING_WORDS.contains(t.lower))
        };
        if self.profile.capitalised_nouns || first < 2 || last < first || !joins(first - 1) {
            return first;
        }
        let (mut start, mut found) = (first, first);
        while start >= 2 {
            // Back over one or two joining words (`of the`), all in one sentence.
            let mut k = start;
            while k > start.saturating_sub(2) && joins(k - 1) && self.same_sentence(k - 1, start) {
                k -= 1;
            }
            let only_and = (k..start).all(|i| self.lower(i) == "and");
            // `the` follows the word that joins (`of the`), never joins alone (`the Amendment
            // the Founding Fathers wrote`).
            if k == start || k == 0 || self.lower(k) == "the" || !self.is_name_word(k - 1, true) {
                break;
            }
            if !only_and && !self.capitalised_common_noun(k - 1) {
                break;
            }
            let mut before = k - 1;
            while before > 0 && self.is_name_word(before - 1, true) {
                before -= 1;
            }
            // A given name makes the words before the joining word a person's (`David French of
            // the Retail Federation`).
            if (before..k).any(|i| lexicon::is_given_name(without_possessive(self.lower(i)))) {
                break;
            }
            start = before;
            if !only_and {
                found = start;
            }
        }
        found
    }

    /// The last word of the institution's name that opens at the capitalised word `i`, read
    /// rightwards over its joining words as `longer_name_start` reads them leftwards (`Center
    /// for Nonproliferation Studies`); the end of the plain chunk where there are none.
    pub(super) fn longer_name_end(&self, i: usize) -> usize {
        let mut end = i;
        if !self.is_name_word(i, false) {
            return end;
        }
        loop {
            while self.is_name_word(end + 1, false) {
                end += 1;
            }
            if self.profile.capitalised_nouns {
                return end;
            }
            let mut k = end + 1;
            while k < end + 3
                && self
                    .word(k)
                    .is_some_and(|t| !t.capitalized && NAME_JOINING_WORDS.contains(t.lower))
            {
                k += 1;
            }
            let only_and = (end + 1..k).all(|j| self.lower(j) == "and");
            if k == end + 1
                || self.lower(end + 1) == "the"
                || !(only_and || self.capitalised_common_noun(end))
                || !self.is_name_word(k, false)
            {
                return end;
            }
            end = k;
        }
    }

    /// Whether the word at `i` is capitalised and an English noun whose commonest sense is a
    /// thing or a body of people (`Center`, `Bank`, `Committee`, WordNet), as an institution's
    /// name has at its head; not a person or a name (`Secretary`, `Ruiz`).
    fn capitalised_common_noun(&self, i: usize) -> bool {
        self.word(i).is_some_and(|t| {
            let l = without_possessive(t.lower);
            t.capitalized && (lexicon::is_thing_noun(l) || lexicon::is_group_noun(l))
        })
    }

    /// Whether the capitalised word at `i`, the only one after the title at `title`, is an
    /// English noun for a body of people (WordNet `noun.group`: `Department`, `Committee`,
    /// `Council`), and the title no noun for a person (`State`, `Justice`): the title is then a
    /// word of an institution's name. A person's title (`President`, `Chief`) and a form of
    /// address or abbreviation, with its period or without (`Mr.`, `Ms`, `Sen.`, `Gov`), stand
    /// before a person's name, even one that is also a noun (`Mr. Tribe`, `Ms. Band`). Asked
    /// only of a chunk with a title.
    pub(super) fn title_names_an_institution(&self, title: usize, i: usize) -> bool {
        let t = without_possessive(self.lower(title));
        !self.profile.capitalised_nouns
            && t.len() > 3
            && !t.contains('.')
            && !lexicon::is_person_noun(t)
            && !lexicon::is_role_noun(t)
            && lexicon::is_group_noun(without_possessive(self.lower(i)))
    }

    /// `a-compound-adjective-is-no-name` (English): a word whose part after its last hyphen is
    /// in lower case and the lexicon knows as no noun, only as a participle or an adjective
    /// (`Chicago-based`, `Kremlin-backed`, `state-owned`), is an adjective before a noun, and so
    /// is the capitalised word of a place that opens it (`El Paso-based`, `Los Angeles-based`):
    /// none of them is a word of a name (`Axelrod’s Chicago-based firm`). A noun after the
    /// hyphen keeps the word a name's (`Ban Ki-moon`), and so does a capital
    /// (`Kelleher-Vergantini`). Asked of capitalised words only.
    pub(super) fn in_compound_adjective(&self, i: usize) -> bool {
        if self.profile.capitalised_nouns {
            return false;
        }
        // Most words have no hyphen: the lowered word is searched first, its case read after.
        let adjective = |k: usize, lower: &str| {
            lower.rfind('-').is_some_and(|h| {
                let text = &self.text[self.tokens[k].range()];
                let tail = text.get(h + 1..).unwrap_or("");
                tail.len() >= 4
                    && tail.bytes().next().is_some_and(|b| b.is_ascii_lowercase())
                    && lexicon::is_not_noun(tail)
            })
        };
        let Some(t) = self.word(i) else {
            return false;
        };
        // A compound adjective has a part before its hyphen and four letters after it.
        let hyphenated = |lower: &str| lower.len() >= 6 && lower.bytes().any(|b| b == b'-');
        if hyphenated(t.lower) {
            return adjective(i, t.lower);
        }
        // The first word of a place before the compound (`El Paso-based`); a possessive ends a
        // name before it (`Axelrod’s Chicago-based firm`).
        self.word(i + 1).is_some_and(|n| {
            n.capitalized && hyphenated(n.lower) && adjective(i + 1, n.lower) && !is_possessive(t.lower)
        })
    }
}

impl<'a> Passage<'a> {
    /// `a-capital-then-a-title-before-a-name` (English): after capitalised words (`Republican`,
    /// `Kiel University`), two or three words in lower case that describe a person
    /// (`person_described_before`: one a person or role noun, none a function word, determiner
    /// or verb: not `faces his critic`) are the title of the name after them, which is the
    /// mention (`Republican presidential candidate Ana Ortiz questioned …`). `i` is the first
    /// word after the capital.
    pub(super) fn name_after_a_lower_case_title(&self, i: usize) -> Option<Mention> {
        if self.profile.capitalised_nouns {
            return None;
        }
        let name_at = (i..i + 4)
            .take_while(|&j| self.word(j).is_some())
            .find(|&j| self.tokens[j].capitalized)?;
        if name_at == i
            || (i..name_at).any(|j| {
                self.is_cue(j)
                    || self.is_preposition(self.lower(j))
                    || is_clause_word(self.lower(j))
                    || is_determiner(self.lower(j))
            })
            || !self.person_described_before(i, name_at)
        {
            return None;
        }
        self.mention_starting_at(name_at)
            .filter(|m| matches!(m.kind, MentionKind::Name { .. }))
    }

    /// A name mention over the chunk `[first, last]`: the words after its last title.
    pub(super) fn name_mention(&self, first: usize, last: usize) -> Option<Mention> {
        let mut name = Vec::new();
        match self.name_words(first, last, &mut name) {
            NameWords::Title => Some(Mention {
                kind: MentionKind::Description {
                    role: base(self.lower(last)).to_string(),
                    definite: true,
                },
                first,
                last,
            }),
            // A description before the name stays in the mention, as the subject it opens
            // (`House Republican Bo Lind … said`); a title does not.
            NameWords::Name(name_first) => Some(Mention {
                kind: MentionKind::Name {
                    name: name.into_iter().map(str::to_string).collect(),
                },
                first: if (first..name_first).any(|i| is_title_word(self.lower(i))) {
                    name_first
                } else {
                    first
                },
                last,
            }),
            NameWords::None => None,
        }
    }

    /// What the chunk `[first, last]` names; the words after its last title, borrowed from the
    /// text, are put in `name` (a buffer the caller may use again).
    pub(super) fn name_words(&self, first: usize, last: usize, name: &mut Vec<&'a str>) -> NameWords {
        name.clear();
        let mut name_first = (first..=last)
            .rev()
            .find(|&i| is_title_word(self.lower(i)))
            .map_or(first, |t| t + 1);
        if name_first > last {
            return NameWords::Title;
        }
        // `a-person-noun-before-a-name-describes-it`: `Actor Ana Ruiz`, `Democrat Bo Lind`.
        if name_first + 1 < last && describes_a_name(self.lower(name_first), self.lower(name_first + 1)) {
            name_first += 1;
        }
        // `a-title-before-an-institution-is-its-name`: a title before a noun for a body of people
        // is a word of that body's name, not a person's title (`the State Department`): only a
        // person's name follows a title.
        if name_first > first && name_first == last && self.title_names_an_institution(name_first - 1, last) {
            name_first = first;
        }
        let text = self.text;
        name.extend((name_first..=last).map(|i| without_possessive(&text[self.tokens[i].range()])));
        if name.len() == 1 && (!has_two_letters(name[0]) || is_party_label(name[0])) {
            // `(R)`, an initial, a party and state (`R-Ariz.`): not a name on its own.
            return NameWords::None;
        }
        NameWords::Name(name_first)
    }
}

#[cfg(test)]
mod tests {
    use crate::attribute::testing::{speakers, who};

    #[test]
    fn a_person_noun_before_a_name_describes_it() {
        // The name is the person's; the noun is a description.
        assert_eq!(
            speakers("Actor Ana Ruiz spoke last. “We are ready,” Ruiz said."),
            ["Ana Ruiz"]
        );
        // The noun stays in the mention: `fellow Floridian Ben Ortiz` is still the object of
        // `support`, not the subject of `said`.
        assert_eq!(
            speakers(
                "Ana Lind used to support fellow Floridian Ben Ortiz, but now said Ruiz had “the duty to lead.”"
            ),
            ["Ana Lind"]
        );
        // An adjective of a nation opens no description (`American Israel …`), and a given name
        // is a name's (`Major Garrett`).
        assert!(!crate::attribute::grammar::describes_a_name("american", "israel"));
        assert!(!crate::attribute::grammar::describes_a_name("major", "garrett"));
        assert!(crate::attribute::grammar::describes_a_name("actor", "ana"));
    }

    #[test]
    fn a_capital_then_a_title_before_a_name() {
        for (text, speaker) in [
            (
                "The race went on. Republican presidential candidate Ana Ortiz questioned whether the \
                 port would open “if it were held in a storm.”",
                "Ana Ortiz",
            ),
            (
                "“It was never meant to be,” said Kiel University polling director Bo Lind.",
                "Bo Lind",
            ),
        ] {
            assert_eq!(speakers(text), [speaker], "{text}");
        }
    }

    #[test]
    fn a_title_before_an_institution_is_its_name() {
        // `a-title-before-an-institution-is-its-name`.
        let text = "The hearing ended late. The State Department said the files were “not for release.”";
        assert_eq!(who(text)[0].0, "State Department", "{:?}", who(text));
        // A form of address stands before a person's name, even one that is also a noun.
        let text = "Laurence Tribe taught law for decades. “The court must act,” Mr. Tribe said.";
        assert_eq!(who(text)[0].0, "Laurence Tribe", "{:?}", who(text));
    }

    #[test]
    fn a_compound_adjective_is_no_word_of_a_name() {
        // `a-compound-adjective-is-no-name`: the adjective and the place that opens it.
        let text = "Ana Ruiz ran the campaign. Her rival hired Ruiz’s Denver-based firm. “It was a good \
                    year,” Ruiz said.";
        assert_eq!(who(text)[0].0, "Ana Ruiz", "{:?}", who(text));
        let text = "The vote was close. The Los Angeles-based Harbor Watch said it was “a disgrace.”";
        assert_eq!(who(text)[0].0, "Harbor Watch", "{:?}", who(text));
        // Before a name with its preposition, the adjective leaves the name the preposition's.
        let text = "Ana Ruiz ran the campaign in Ohio and later at the Denver-based Harbor Trust. “It \
                    was a good year,” she said.";
        assert_eq!(who(text)[0].0, "Ana Ruiz", "{:?}", who(text));
    }

    #[test]
    fn a_name_runs_over_its_joining_words() {
        // `a-name-runs-over-its-joining-words`, rightwards: the verb after the institution.
        let text = "The debate went on. “We need more data,” Maria Olsen of the Center for Arms Control \
                    Studies wrote in May.";
        assert_eq!(who(text)[0].0, "Maria Olsen", "{:?}", who(text));
        let text = "The debate went on. “We need more data,” analysts at the Institute for Science and \
                    International Security wrote in May.";
        assert_eq!(who(text)[0].1, "analysts", "{:?}", who(text));
        // Leftwards: the whole name, not its last capitals.
        let text = "The debate went on. The Department of the Interior called the plan “reckless.”";
        assert_eq!(who(text)[0].0, "Department of the Interior", "{:?}", who(text));
        // A person before `of` is no part of a name, nor is a noun before `the` alone.
        let text = "The rules changed. David French of the Retail Federation called them “a burden.”";
        assert_eq!(who(text)[0].0, "David French", "{:?}", who(text));
        let text = "The rules changed. They broke the only Rule the Founding Fathers wrote “shall stand.”";
        assert_eq!(who(text)[0].0, "Founding Fathers", "{:?}", who(text));
    }

    #[test]
    fn a_second_name_shares_the_verb() {
        // `a-second-name-shares-the-verb` (`verb_after_subject`).
        let text = "The debate went on. “The yield is higher,” experts Ana Ruiz and Bo Lind of the \
                    Harbour Trust wrote in May.";
        assert_eq!(who(text)[0].0, "Ana Ruiz", "{:?}", who(text));
    }
}
