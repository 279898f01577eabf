//! The word alignment of two versions: where they say the same thing, and whether that is enough
//! to be one quotation.

use std::ops::Range;

use similar::{Algorithm, DiffOp, capture_diff_slices};

use super::fold::FoldedWord;
use super::speakers::{SaidBy, Speakers};
use super::{Alignment, MIN_COVERAGE, MIN_WORD_SHARE, MIN_WORDS};
use crate::words::Mark;

/// Spoken words two versions must share to align when they name different speakers.
const MIN_MISATTRIBUTED_WORDS: usize = 5;
/// Spoken words in a run that two versions share whole, when that is all they share.
const SEAM_WORDS: usize = 5;
/// Words at the edges of an overlap that differ on both sides are read as substitutions, up to
/// this many (`fully destroy` against `irreparably destroy`).
const MAX_EDGE_SUBSTITUTION: usize = 3;

/// Spoken words up to which a quotation may be a phrase that anyone uses.
const PHRASE_WORDS: usize = 6;

/// Whether two versions are a phrase anyone may use: the shorter has `spoken` spoken words or
/// fewer than `PHRASE_WORDS`, and every content word their overlaps (`in_a`, `in_b`) share weighs
/// no more than `common` (many versions use it): `do the right thing` against `doing the right
/// thing`, `climate change is` against `climate change skeptic`. Said by two people, such words
/// are two quotations.
pub(super) fn is_common_phrase(spoken: usize, in_a: &[FoldedWord], in_b: &[FoldedWord], common: f32) -> bool {
    spoken <= PHRASE_WORDS
        && in_a
            .iter()
            .filter(|t| t.content() && in_b.iter().any(|u| u.key == t.key))
            .all(|t| t.weight <= common)
}

/// Whether two versions, the shorter of `spoken` spoken words, overlapping in `in_a` and `in_b`,
/// are a phrase anyone may use (`is_common_phrase`) that two people say: worded differently (not
/// `alike`), or alike under two firm names, by speakers who share no name however each was found.
/// Such a pair is two quotations.
pub(super) fn two_peoples_phrase(
    spoken: usize,
    in_a: &[FoldedWord],
    in_b: &[FoldedWord],
    alike: bool,
    said: &SaidBy,
    common: f32,
) -> bool {
    (said.speakers == Speakers::Different || !alike)
        && !said.one_person()
        && is_common_phrase(spoken, in_a, in_b, common)
}

/// A cheap bound before the diff: the words the two share, in any order, must already weigh
/// enough to reach the coverage threshold, or be enough words for a seam (`is_seam`).
pub(super) fn could_cover(a: &[FoldedWord], b: &[FoldedWord]) -> bool {
    let (short, long) = if a.len() <= b.len() { (a, b) } else { (b, a) };
    let mut present: Vec<u64> = long.iter().map(|t| t.key).collect();
    present.sort_unstable();
    let weight = |ts: &[FoldedWord]| ts.iter().map(|t| f64::from(t.weight)).sum::<f64>();
    let (mut shared_weight, mut shared, mut content) = (0.0, 0, 0);
    for t in short
        .iter()
        .filter(|t| t.mark == Mark::Spoken && present.binary_search(&t.key).is_ok())
    {
        shared_weight += f64::from(t.weight);
        shared += 1;
        content += usize::from(t.content());
    }
    shared_weight >= MIN_COVERAGE * weight(short).min(weight(long)) - 1e-9
        || (shared >= SEAM_WORDS && content >= 2 && shares_run(short, long, SEAM_WORDS))
}

/// Whether `a` and `b` have `n` consecutive words in common: what a seam needs at least,
/// checked on hashes of every window before any diff is paid for.
fn shares_run(a: &[FoldedWord], b: &[FoldedWord], n: usize) -> bool {
    if a.len() < n || b.len() < n {
        return false;
    }
    let window = |w: &[FoldedWord]| {
        w.iter().fold(0xcbf2_9ce4_8422_2325_u64, |h, t| {
            (h ^ t.key).wrapping_mul(0x0100_0000_01b3)
        })
    };
    let mut seen: Vec<u64> = a.windows(n).map(window).collect();
    seen.sort_unstable();
    b.windows(n).any(|w| seen.binary_search(&window(w)).is_ok())
}

/// Aligns two versions' words; `None` unless they render the same quotation.
pub(crate) fn align_pair(a: &[FoldedWord], b: &[FoldedWord]) -> Option<Alignment> {
    align_words(a, b, Speakers::Unknown)
}

/// A run of equal words of two versions: where it starts in each, and how many words it holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct EqualRun {
    a: usize,
    b: usize,
    len: usize,
}

impl EqualRun {
    /// The run's words in `a`.
    fn in_a(&self) -> Range<usize> {
        self.a..self.a + self.len
    }

    /// The run's words in `b`.
    fn in_b(&self) -> Range<usize> {
        self.b..self.b + self.len
    }
}

/// A run of equal words and what its words weigh.
#[derive(Debug, Clone, Copy)]
struct WeighedRun {
    run: EqualRun,
    weight: f64,
}

/// As `align_pair`, knowing the speakers. A speaker in common is evidence too: then one
/// distinctive word in a long identical run is enough (`We will not give the kloprilei one more
/// day` against `… the glarin one more day`).
pub(super) fn align_words(a: &[FoldedWord], b: &[FoldedWord], speakers: Speakers) -> Option<Alignment> {
    let an: Vec<u64> = a.iter().map(|t| t.key).collect();
    let bn: Vec<u64> = b.iter().map(|t| t.key).collect();
    // Runs of equal words, each with its weight.
    let runs: Vec<WeighedRun> = equal_runs(a, b, &an, &bn)
        .into_iter()
        .map(|run| {
            let weight = a[run.in_a()].iter().map(|t| f64::from(t.weight)).sum::<f64>();
            WeighedRun { run, weight }
        })
        .collect();
    let anchor = (0..runs.len()).max_by(|&x, &y| runs[x].weight.total_cmp(&runs[y].weight))?;
    // Grow the anchor into neighbouring runs while the gaps stay small, so that a common word
    // matched far away does not stretch the overlap.
    let shorter = a.len().min(b.len());
    let max_gap = 3.max(shorter / 2);
    let (mut lo, mut hi) = (anchor, anchor);
    // A run of stop words only (`that`, `the`) joins the chain across one substituted word at
    // most: it is as likely to match a far occurrence of the word as the right one. Unless it
    // opens or closes both versions: then it is where both quotations start or end.
    let content = |r: &WeighedRun| a[r.run.in_a()].iter().any(FoldedWord::content);
    let at_edges = |r: &WeighedRun| {
        (r.run.a == 0 && r.run.b == 0) || (r.run.in_a().end == a.len() && r.run.in_b().end == b.len())
    };
    let joins = |x: &WeighedRun, y: &WeighedRun, far: &WeighedRun| {
        let g = gap(&x.run, &y.run);
        g <= 1 || (g <= max_gap && (content(far) || at_edges(far)))
    };
    while lo > 0 && joins(&runs[lo - 1], &runs[lo], &runs[lo - 1]) {
        lo -= 1;
    }
    while hi + 1 < runs.len() && joins(&runs[hi], &runs[hi + 1], &runs[hi + 1]) {
        hi += 1;
    }
    let chain = &runs[lo..=hi];
    let matched: f64 = chain.iter().map(|r| r.weight).sum();
    let matched_words = chain
        .iter()
        .flat_map(|r| &a[r.run.in_a()])
        .filter(|t| t.content())
        .count();
    let longest_run = chain.iter().map(|r| r.run.len).max().unwrap_or(0);
    // Content words in common that are not a name: capitalised in both versions, `New York` and
    // `Al Qaeda` are one name mentioned twice, not one quotation (`New York, and` against
    // `New York values`).
    let plain_words = chain
        .iter()
        .flat_map(|r| a[r.run.in_a()].iter().zip(&b[r.run.in_b()]))
        .filter(|(x, y)| x.content() && !(x.capital() && y.capital()))
        .count();
    let weight = |ts: &[FoldedWord]| ts.iter().map(|t| f64::from(t.weight)).sum::<f64>();
    // Words that one version leaves out with an ellipsis right where the overlap stops, and the
    // other prints, are the omission, not a difference (`deserve respect ... And` against
    // `deserve respect, not a spot at a bar`): they do not count against the overlap.
    let (first, last) = (chain[0].run, chain[chain.len() - 1].run);
    let (span_a, span_b) = (first.a..last.in_a().end, first.b..last.in_b().end);
    let omitted = |x: &[FoldedWord], xs: &Range<usize>, y: &[FoldedWord], ys: &Range<usize>| {
        let before = xs.start > 0 && x[xs.start - 1].mark == Mark::Ellipsis;
        let after = x.get(xs.end).is_some_and(|t| t.mark == Mark::Ellipsis);
        (if before { weight(&y[..ys.start]) } else { 0.0 }) + if after { weight(&y[ys.end..]) } else { 0.0 }
    };
    let weight_a = weight(a) - omitted(b, &span_b, a, &span_a);
    let weight_b = weight(b) - omitted(a, &span_a, b, &span_b);
    let coverage = matched / weight_a.min(weight_b).max(f64::EPSILON);
    // Two content words in common, one of them no name's unless three words run alike, or a
    // long identical run of plain words.
    // With the speaker in common, a run of four, or a whole fragment of three (`with every
    // breath`), needs only one of them.
    let whole_fragment = longest_run == a.len().min(b.len())
        && (longest_run >= MIN_WORDS || (speakers == Speakers::Same && longest_run == MIN_WORDS - 1));
    let substantial = (matched_words >= 2 && (plain_words >= 1 || longest_run >= MIN_WORDS))
        || (longest_run >= 4 && coverage >= 0.9)
        || (speakers == Speakers::Same && matched_words >= 1 && (longest_run >= 4 || whole_fragment));
    // Two quotations of one statement that each go on where the other stops share little of
    // their weight, but the words they share are whole: a sentence or more, or the end of one
    // and the start of the other (`I have not done anything wrong. I have not broken any laws`
    // against `I have not broken any laws. I have not violated any IRS rules`).
    let seam = speakers != Speakers::Different && chain.iter().any(|r| is_seam(a, b, &r.run));
    if (coverage < MIN_COVERAGE && !seam) || !substantial || longest_run < 2 {
        return None;
    }
    // Words one version quotes from someone else are not that version's quotation of them
    // (`Kristol wrote: “… the war was not ‘a war of Obama’s choosing.’ …”` against Steele's
    // `a war of Obama’s choosing`).
    let all_nested = |x: &[FoldedWord]| x.iter().filter(|t| t.mark == Mark::Spoken).all(|t| t.nested());
    let none_nested = |x: &[FoldedWord]| !x.iter().any(|t| t.nested());
    let in_a = |r: &WeighedRun| &a[r.run.in_a()];
    let in_b = |r: &WeighedRun| &b[r.run.in_b()];
    if (chain.iter().all(|r| all_nested(in_a(r))) && chain.iter().all(|r| none_nested(in_b(r))))
        || (chain.iter().all(|r| all_nested(in_b(r))) && chain.iter().all(|r| none_nested(in_a(r))))
    {
        return None;
    }
    // A few words in common are a phrase two people may both use (`deeply concerned`); only a
    // longer passage is one person's quotation printed under another's name.
    let spoken = |ts: &[FoldedWord]| ts.iter().filter(|t| t.mark == Mark::Spoken).count();
    let matched_spoken = chain.iter().map(|r| spoken(in_a(r))).sum::<usize>();
    if speakers == Speakers::Different && (matched_spoken < MIN_MISATTRIBUTED_WORDS || matched_words < 2) {
        return None;
    }
    // A person and an institution are two sources: a newspaper may print the person's words
    // under its own name, but then it prints them whole. A part of a short phrase, around a word
    // that differs, is a phrase both may use (`would materially increase the risk` against
    // `significantly increase the risk`).
    if speakers == Speakers::Institution
        && matched_spoken < MIN_MISATTRIBUTED_WORDS
        && longest_run < a.len().min(b.len())
    {
        return None;
    }
    let mut ra = span_a;
    let mut rb = span_b;
    // Words that differ at both edges are substitutions inside the quotation, not its limits:
    // both whole edges when both are short (`It is` / `It's`), else as many words on each side.
    // An editorial mark ends the edge: words beyond an ellipsis are omitted, not substituted.
    let (lead_a, lead_b) = edge_extension(
        spoken_edge(a[..ra.start].iter().rev()),
        spoken_edge(b[..rb.start].iter().rev()),
    );
    ra.start -= lead_a;
    rb.start -= lead_b;
    let (trail_a, trail_b) = edge_extension(spoken_edge(a[ra.end..].iter()), spoken_edge(b[rb.end..].iter()));
    ra.end += trail_a;
    rb.end += trail_b;
    let ra = trim_editorial(a, ra);
    let rb = trim_editorial(b, rb);
    // Most words that could match must match, whatever they weigh: two rare words in common do
    // not make `I was talking about the radical environmentalists` part of a speech that says
    // `I think a lot of radical environmentalists`. The words that could match are the shorter
    // version's words in the overlap and those beyond it where the other version goes on too.
    let matched = matched_spoken;
    // Beyond an ellipsis of the other version nothing is comparable.
    let comparable = |s: &[FoldedWord], rs: &Range<usize>, l: &[FoldedWord], rl: &Range<usize>| {
        let cut_before =
            |x: &[FoldedWord], r: &Range<usize>| r.start > 0 && x[r.start - 1].mark == Mark::Ellipsis;
        let cut_after =
            |x: &[FoldedWord], r: &Range<usize>| x.get(r.end).is_some_and(|t| t.mark == Mark::Ellipsis);
        let head = if cut_before(s, rs) || cut_before(l, rl) {
            0
        } else {
            spoken(&s[..rs.start]).min(spoken(&l[..rl.start]))
        };
        let tail = if cut_after(s, rs) || cut_after(l, rl) {
            0
        } else {
            spoken(&s[rs.end..]).min(spoken(&l[rl.end..]))
        };
        spoken(&s[rs.clone()]) + head + tail
    };
    let comparable = if spoken(a) <= spoken(b) {
        comparable(a, &ra, b, &rb)
    } else {
        comparable(b, &rb, a, &ra)
    };
    // One word off is always allowed (`fully destroy relations`).
    if matched + 1 < comparable && (matched as f64) < MIN_WORD_SHARE * comparable as f64 {
        return None;
    }
    Some(Alignment {
        a: ra,
        b: rb,
        coverage: coverage.min(1.0),
    })
}

/// The runs of equal words of a word diff of two versions, built around their heaviest common
/// run.
///
/// A diff returns one of the longest common subsequences, and between a short fragment and a
/// long speech that may be one whose words lie scattered (`phony` of `phony ideal`, then
/// `theology` a sentence on) rather than the run the fragment was taken from. So the heaviest run
/// is kept whole, and only the words on either side of it are diffed, the longer version cut to
/// about the reach of the shorter.
fn equal_runs(a: &[FoldedWord], b: &[FoldedWord], an: &[u64], bn: &[u64]) -> Vec<EqualRun> {
    let diff = |ra: Range<usize>, rb: Range<usize>, out: &mut Vec<EqualRun>| {
        for op in capture_diff_slices(Algorithm::Myers, &an[ra.clone()], &bn[rb.clone()]) {
            if let DiffOp::Equal {
                old_index,
                new_index,
                len,
            } = op
            {
                out.push(EqualRun {
                    a: old_index + ra.start,
                    b: new_index + rb.start,
                    len,
                });
            }
        }
    };
    let mut runs = Vec::new();
    let Some(heaviest) = heaviest_common_run(a, b) else {
        diff(0..a.len(), 0..b.len(), &mut runs);
        return runs;
    };
    let EqualRun { a: ia, b: ib, len } = heaviest;
    let slack = 3 + a.len().min(b.len()) / 2;
    // The longer side reaches as far as the shorter does on each side of the run, plus slack.
    let (before, after) = if a.len() >= b.len() {
        (ib, b.len() - ib - len)
    } else {
        (ia, a.len() - ia - len)
    };
    let reach = |start: usize, end: usize, n: usize| {
        start.saturating_sub(before + slack)..(end + after + slack).min(n)
    };
    let (wa, wb) = if a.len() >= b.len() {
        (reach(ia, ia + len, a.len()), 0..b.len())
    } else {
        (0..a.len(), reach(ib, ib + len, b.len()))
    };
    diff(wa.start..ia, wb.start..ib, &mut runs);
    runs.push(heaviest);
    diff(ia + len..wa.end, ib + len..wb.end, &mut runs);
    runs
}

/// The common run of words of greatest weight, by dynamic programming over the run lengths ending at each pair of equal words; `None` when the two
/// share no word or are too long for it. Of equally heavy runs, the first to end (in `a`, then
/// in `b`) is taken.
///
/// Only equal words extend a run, and most pairs of positions hold different words: each row
/// visits just the positions in `b` of its word of `a`, found in `b`'s words sorted once, not
/// every position of `b`.
fn heaviest_common_run(a: &[FoldedWord], b: &[FoldedWord]) -> Option<EqualRun> {
    if a.len() * b.len() > 1_000_000 {
        return None;
    }
    let mut in_b: Vec<(u64, u32)> = b.iter().enumerate().map(|(j, t)| (t.key, j as u32)).collect();
    in_b.sort_unstable();
    /// A run ending at a word of `a`: the position of its last word in `b`, its length and
    /// weight.
    struct RunEnd {
        at: u32,
        len: u32,
        weight: f64,
    }
    // The runs ending in the row before and in this one, by position.
    let mut previous: Vec<RunEnd> = Vec::new();
    let mut current: Vec<RunEnd> = Vec::new();
    let mut best: Option<WeighedRun> = None;
    for (i, x) in a.iter().enumerate() {
        current.clear();
        let from = in_b.partition_point(|&(key, _)| key < x.key);
        let mut before = previous.iter().peekable();
        for &(_, j) in in_b[from..].iter().take_while(|&&(key, _)| key == x.key) {
            // The run ending one word earlier on both sides, if any.
            while before.next_if(|run| run.at + 1 < j).is_some() {}
            let (len, weight) = match before.peek() {
                Some(run) if run.at + 1 == j => (run.len + 1, run.weight + f64::from(x.weight)),
                _ => (1, f64::from(x.weight)),
            };
            current.push(RunEnd { at: j, len, weight });
            if best.is_none_or(|best| weight > best.weight) {
                let (j, len) = (j as usize, len as usize);
                let run = EqualRun {
                    a: i + 1 - len,
                    b: j + 1 - len,
                    len,
                };
                best = Some(WeighedRun { run, weight });
            }
        }
        std::mem::swap(&mut previous, &mut current);
    }
    best.map(|best| best.run)
}

/// Unmatched spoken words at one edge of an overlap, from the overlap outward, up to the first
/// editorial mark, and whether such a mark cut the edge (rather than the quotation's end).
fn spoken_edge<'a>(words: impl Iterator<Item = &'a FoldedWord>) -> Edge<'a> {
    let mut edge = Edge {
        words: Vec::new(),
        cut: false,
    };
    for w in words {
        if w.mark != Mark::Spoken {
            edge.cut = true;
            break;
        }
        edge.words.push(w);
    }
    edge
}

/// The unmatched words at one edge of an overlap, listed from the overlap outward.
struct Edge<'a> {
    words: Vec<&'a FoldedWord>,
    cut: bool,
}

/// How far to extend an overlap over its unmatched edge words, on each side.
///
/// Equal words next to the overlap continue it. When what is left on both sides ends the
/// quotations with the same words (`These have does not` / `These have doesn’t`), or is short on
/// both sides, the words between are changes inside the quotation. Otherwise one side goes on
/// where the other stopped, and only as many words as the other has are paired.
fn edge_extension(a: Edge, b: Edge) -> (usize, usize) {
    let same = |x: &&FoldedWord, y: &&FoldedWord| x.key == y.key;
    let inner = a
        .words
        .iter()
        .zip(&b.words)
        .take_while(|(x, y)| same(x, y))
        .count();
    let (rest_a, rest_b) = (&a.words[inner..], &b.words[inner..]);
    if rest_a.is_empty() || rest_b.is_empty() {
        return (inner, inner);
    }
    let whole = !a.cut && !b.cut;
    let short = |n: usize| n <= MAX_EDGE_SUBSTITUTION;
    let comparable = rest_a.len().max(rest_b.len()) <= 2 * MAX_EDGE_SUBSTITUTION;
    let same_ends = rest_a.last().zip(rest_b.last()).is_some_and(|(x, y)| same(x, y))
        && comparable
        && rest_a.len().abs_diff(rest_b.len()) <= 2;
    // `Does not and will not` against `Doesn’t and won’t`: as many words once expanded.
    let expanded = |rest: &[&FoldedWord]| rest.iter().map(|t| usize::from(t.expanded)).sum::<usize>();
    let same_length = comparable && expanded(rest_a) == expanded(rest_b);
    if whole && (same_ends || same_length || (short(rest_a.len()) && short(rest_b.len()))) {
        return (a.words.len(), b.words.len());
    }
    let n = rest_a.len().min(rest_b.len()).min(MAX_EDGE_SUBSTITUTION);
    (inner + n, inner + n)
}

/// Whether a run of equal words is a whole passage of both versions: long, with content words,
/// and at each of its ends, one of the two versions starts or ends there, at its own edge, an
/// ellipsis or a sentence break. Where both go on with other words, the run is a phrase the two
/// happen to share.
fn is_seam(a: &[FoldedWord], b: &[FoldedWord], run: &EqualRun) -> bool {
    let &EqualRun { a: ia, b: ib, len } = run;
    let words = &a[run.in_a()];
    let spoken = words.iter().filter(|t| t.mark == Mark::Spoken).count();
    let content = words.iter().filter(|t| t.content()).count();
    let opens =
        |x: &[FoldedWord], i: usize| i == 0 || x[i - 1].mark == Mark::Ellipsis || x[i - 1].ends_sentence();
    let closes = |x: &[FoldedWord], end: usize| {
        end == x.len() || x[end].mark == Mark::Ellipsis || x[end - 1].ends_sentence()
    };
    spoken >= SEAM_WORDS
        && content >= 2
        && (opens(a, ia) || opens(b, ib))
        && (closes(a, ia + len) || closes(b, ib + len))
}

/// Words between two runs, `x` before `y`, on the side where more lie between.
fn gap(x: &EqualRun, y: &EqualRun) -> usize {
    (y.a - x.in_a().end).max(y.b - x.in_b().end)
}

/// An overlap never starts or ends with an ellipsis: omitted words at its edge are outside it.
fn trim_editorial(words: &[FoldedWord], mut r: Range<usize>) -> Range<usize> {
    while r.start < r.end && words[r.start].mark == Mark::Ellipsis {
        r.start += 1;
    }
    while r.end > r.start && words[r.end - 1].mark == Mark::Ellipsis {
        r.end -= 1;
    }
    r
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::align::versions_of_texts as version_set;
    use crate::words::words;

    #[test]
    fn a_common_phrase_is_short_and_shares_only_light_content_words() {
        let word = |key: u64, weight: f32| FoldedWord::spoken_for_test(key, weight);
        let common = 3.0;
        let light = [word(1, 2.0), word(2, 3.0), word(3, 1.0)];
        assert!(is_common_phrase(3, &light, &light, common));
        // One heavy word in common, and the phrase is someone's.
        let heavy = [word(1, 2.0), word(4, 7.0), word(3, 1.0)];
        assert!(!is_common_phrase(3, &heavy, &heavy, common));
        // A heavy word that only one version has does not count.
        let other = [word(1, 2.0), word(5, 7.0), word(3, 1.0)];
        assert!(is_common_phrase(3, &light, &other, common));
        // Longer than a phrase.
        let long: Vec<FoldedWord> = (1..=7).map(|k| word(k, 1.0)).collect();
        assert!(!is_common_phrase(7, &long, &long, common));
    }

    /// The recurrence itself, over every pair of positions: what `heaviest_common_run` must give.
    fn heaviest_common_run_everywhere(a: &[FoldedWord], b: &[FoldedWord]) -> Option<EqualRun> {
        let mut previous = vec![(0usize, 0f64); b.len() + 1];
        let mut current = previous.clone();
        let mut best: Option<(f64, usize, usize, usize)> = None;
        for (i, x) in a.iter().enumerate() {
            for (j, y) in b.iter().enumerate() {
                current[j + 1] = if x.key == y.key {
                    let (len, weight) = previous[j];
                    (len + 1, weight + f64::from(x.weight))
                } else {
                    (0, 0.0)
                };
                let (len, weight) = current[j + 1];
                if len > 0 && best.is_none_or(|(w, ..)| weight > w) {
                    best = Some((weight, i + 1 - len, j + 1 - len, len));
                }
            }
            std::mem::swap(&mut previous, &mut current);
        }
        best.map(|(_, ia, ib, len)| EqualRun { a: ia, b: ib, len })
    }

    #[test]
    fn the_heaviest_common_run_is_the_recurrence_over_every_pair_of_positions() {
        // Words from a small vocabulary, so that words repeat and runs cross; weights from a few
        // values, zero among them, so that equally heavy runs compete.
        let mut state = 0x2545_f491_4f6c_dd1d_u64;
        let mut next = move |n: u64| {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            state % n
        };
        let weights = [0.0f32, 0.2, 1.0, 2.5];
        let words = |next: &mut dyn FnMut(u64) -> u64, vocabulary: u64| -> Vec<FoldedWord> {
            (0..next(30))
                .map(|_| {
                    let word = next(vocabulary);
                    FoldedWord::spoken_for_test(
                        word.wrapping_mul(0x9e37_79b9_7f4a_7c15),
                        weights[(word % 4) as usize],
                    )
                })
                .collect()
        };
        let mut found = 0;
        for round in 0..3000 {
            let vocabulary = 2 + round % 12;
            let (a, b) = (words(&mut next, vocabulary), words(&mut next, vocabulary));
            let expected = heaviest_common_run_everywhere(&a, &b);
            assert_eq!(heaviest_common_run(&a, &b), expected, "{a:?} against {b:?}");
            found += usize::from(expected.is_some());
        }
        assert!(found > 2500, "{found} of 3000 pairs share a word");
    }

    /// The alignment of two texts, weighed among themselves and a third that shares nothing.
    fn align_texts(a: &str, b: &str) -> Alignment {
        let v = version_set(&[a, b, "Unrelated words about weather"]);
        align_pair(&v[0].words, &v[1].words).expect("aligned")
    }

    #[test]
    fn fragment_inside_a_longer_version_aligns() {
        let v = version_set(&[
            "a big mistake if it arms Ukraine in the war against Russia.",
            "a big mistake",
            "The weather is fine in Hanoi today and tomorrow.",
        ]);
        let al = align_pair(&v[0].words, &v[1].words).expect("aligned");
        assert_eq!((al.a, al.b), (0..3, 0..3));
    }

    #[test]
    fn a_name_in_common_is_no_quotation_in_common() {
        let v = version_set(&[
            "Lake Forest, and",
            "Lake Forest values",
            "crooked Lake Forest",
            "The weather is fine in Hanoi today and tomorrow.",
        ]);
        // Two words in common, both a name's: two mentions of the name.
        assert!(align_pair(&v[0].words, &v[1].words).is_none());
        // A word in common that is no name's makes the pair.
        let v = version_set(&[
            "crooked Lake Forest",
            "Crooked Lake Forest",
            "The weather is fine in Hanoi today and tomorrow.",
        ]);
        assert!(align_pair(&v[0].words, &v[1].words).is_some());
    }

    #[test]
    fn words_left_out_with_an_ellipsis_are_no_difference() {
        let v = version_set(&[
            "Open the gates. Keep the harbour open for the fishing boats ... And never close the quay again.",
            "keep the harbour open for the fishing boats, not a glorpish vrandel zenthu kwoxin",
            "The weather is fine in Hanoi today and tomorrow.",
        ]);
        let al = align_pair(&v[0].words, &v[1].words).expect("aligned");
        assert_eq!((al.a, al.b), (3..11, 0..8));
        // What the first version leaves out weighs nothing against the second.
        assert!(al.coverage > 0.99, "{}", al.coverage);
    }

    #[test]
    fn edge_words_that_differ_are_substitutions() {
        let v = version_set(&[
            "Seoul must understand that the use of weapons will irreparably destroy relations between our countries.",
            "fully destroy relations",
            "Nothing else in common here at all.",
        ]);
        let al = align_pair(&v[0].words, &v[1].words).expect("aligned");
        let first = words(
            "Seoul must understand that the use of weapons will irreparably destroy relations between our countries.",
        );
        let a: Vec<&str> = first[al.a].iter().map(|w| w.norm.as_str()).collect();
        assert_eq!(a, ["irreparably", "destroy", "relations"]);
    }

    #[test]
    fn edges_that_end_alike_are_changes_inside() {
        let text = "These have does not the never famous labor deal because their union wants it";
        let al = align_texts(
            text,
            "These have doesn’t the never famous labor deal because their union wants it",
        );
        assert_eq!((al.a, al.b), (0..words(text).len(), 0..13));
    }

    #[test]
    fn edges_as_long_once_expanded_are_changes_inside() {
        let text = "Does not and will not give the famous labor deal to their union today";
        let al = align_texts(
            text,
            "Doesn’t and won’t give the famous labor deal to their union today",
        );
        assert_eq!((al.a, al.b), (0..words(text).len(), 0..12));
    }

    #[test]
    fn stop_words_that_open_both_versions_belong_to_the_overlap() {
        let text = "Now of with to, more that is this a famous labor deal for their union today";
        let al = align_texts(
            text,
            "Now of with to, more that’s this a famous labor deal for their union today",
        );
        assert_eq!((al.a, al.b), (0..words(text).len(), 0..15));
    }

    #[test]
    fn a_repeated_word_past_a_fragment_stays_outside() {
        let al = align_texts(
            "the way they are building this bridge we must finish it we must",
            "the way they are building this bridge we must",
        );
        assert_eq!((al.a, al.b), (0..9, 0..9));
    }

    #[test]
    fn a_fragment_aligns_where_its_words_stand_together() {
        let long = "It is about some phony ideal, some phony ideal again, not about you. It is about some \
                    phony theology. Oh, not a theology based on the Bible. A different theology.";
        let v = version_set(&[long, "phony theology", "Unrelated words about weather"]);
        let al = align_pair(&v[0].words, &v[1].words).expect("aligned");
        let w = words(long);
        let a: Vec<&str> = w[al.a].iter().map(|w| w.norm.as_str()).collect();
        assert_eq!(a, ["phony", "theology"]);
    }

    #[test]
    fn two_rare_words_do_not_make_a_short_quotation_part_of_a_speech() {
        let v = version_set(&[
            "The objective is man, and I think a lot of radical environmentalists have it upside down today.",
            "I was talking about the radical environmentalists",
            "I was talking about the weather in the north",
            "I was talking about the game last night",
            "I was talking about the budget talks again",
            "I think a lot of people agree with that",
            "I think a lot of them left early anyway",
            "I think a lot of voters were talking about the weather",
        ]);
        assert!(align_pair(&v[0].words, &v[1].words).is_none());
    }

    #[test]
    fn a_run_in_common_is_found_by_its_window() {
        let v = version_set(&[
            "we will repeal the harbour tax this winter",
            "then we will repeal the harbour tax soon",
            "we will repeal the tax on the harbour",
        ]);
        assert!(shares_run(&v[0].words, &v[1].words, 5));
        assert!(!shares_run(&v[0].words, &v[2].words, 5));
        assert!(!shares_run(&v[0].words, &v[1].words, 7));
    }

    #[test]
    fn stock_phrases_do_not_align() {
        let v = version_set(&[
            "agreed to continue sharing information on North Korean troop deployment to Russia",
            "exchanged intelligence regarding North Korean military units dispatched to Russia.",
            "we are going to be fine",
            "it is going to be a long night",
        ]);
        assert!(align_pair(&v[0].words, &v[1].words).is_none());
        assert!(align_pair(&v[2].words, &v[3].words).is_none());
    }
}
