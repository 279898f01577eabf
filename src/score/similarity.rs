//! How alike two overlaps' spoken words are: the normalized edit distance, in time near their
//! length however long they are.

use similar::{Algorithm, DiffOp, capture_diff_slices};

use crate::words::{Mark, Word};

/// Characters squared that the exact edit distance may cost (`strsim::levenshtein` is quadratic
/// in the length of what differs): about 4,000 differing characters a side. Beyond it, the
/// distance is summed over the changes of a word diff.
const EDIT_CELLS: usize = 1 << 24;

/// Similarity of the spoken words of two overlaps, in [0, 1] (normalized Levenshtein distance).
pub(super) fn similarity(a: &[Word], b: &[Word]) -> f64 {
    fn spoken(s: &[Word]) -> Vec<&str> {
        s.iter()
            .filter(|w| w.mark == Mark::Spoken)
            .map(|w| w.norm.as_str())
            .collect()
    }
    let (words_a, words_b) = (spoken(a), spoken(b));
    let (a, b) = (words_a.join(" "), words_b.join(" "));
    // Most pairs of a large check agree word for word; only the others need the edit distance.
    if a == b {
        return 1.0;
    }
    // The characters the two share at either end take no edit: only what lies between them is
    // handed to the edit distance, which is quadratic in its length.
    let prefix: usize = a
        .chars()
        .zip(b.chars())
        .take_while(|(x, y)| x == y)
        .map(|(x, _)| x.len_utf8())
        .sum();
    let (rest_a, rest_b) = (&a[prefix..], &b[prefix..]);
    let suffix: usize = rest_a
        .chars()
        .rev()
        .zip(rest_b.chars().rev())
        .take_while(|(x, y)| x == y)
        .map(|(x, _)| x.len_utf8())
        .sum();
    let (mid_a, mid_b) = (&rest_a[..rest_a.len() - suffix], &rest_b[..rest_b.len() - suffix]);
    let distance = if mid_a.len().saturating_mul(mid_b.len()) <= EDIT_CELLS {
        strsim::levenshtein(mid_a, mid_b)
    } else {
        word_diff_distance(&words_a, &words_b)
    };
    let longest = a.chars().count().max(b.chars().count());
    let s = 1.0 - distance as f64 / longest as f64;
    (s * 1000.0).round() / 1000.0
}

/// An edit distance between two long word sequences joined by spaces, in time near their
/// length: the words a diff keeps cost nothing, each changed run costs the exact distance
/// between its two sides (and a run only on one side its characters and their spaces). At least
/// the exact distance, and equal to it for changes apart from each other.
fn word_diff_distance(a: &[&str], b: &[&str]) -> usize {
    let chars = |words: &[&str]| words.iter().map(|w| w.chars().count() + 1).sum::<usize>();
    capture_diff_slices(Algorithm::Myers, a, b)
        .iter()
        .map(|op| match *op {
            DiffOp::Equal { .. } => 0,
            DiffOp::Delete {
                old_index, old_len, ..
            } => chars(&a[old_index..old_index + old_len]),
            DiffOp::Insert {
                new_index, new_len, ..
            } => chars(&b[new_index..new_index + new_len]),
            DiffOp::Replace {
                old_index,
                old_len,
                new_index,
                new_len,
            } => strsim::levenshtein(
                &a[old_index..old_index + old_len].join(" "),
                &b[new_index..new_index + new_len].join(" "),
            ),
        })
        .sum()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::words::words;

    #[test]
    fn similarity_is_the_normalized_edit_distance_of_the_spoken_words() {
        // Shared ends of every kind: repeated letters at the seam, accents, a change at either
        // end, one text inside the other.
        let pairs = [
            ("Seoul must understand the risk", "Seoul must realize the risk"),
            ("we will win", "we will not win"),
            ("aaa bbb aaa", "aaa aaa"),
            ("Calderón said no", "Calderon said no"),
            ("first words differ here", "other words differ here"),
            ("the same start, another end", "the same start, a new end"),
            ("short", "a much longer short"),
        ];
        for (a, b) in pairs {
            let (wa, wb) = (words(a), words(b));
            let joined = |w: &[Word]| w.iter().map(|w| w.norm.as_str()).collect::<Vec<_>>().join(" ");
            let expected = strsim::normalized_levenshtein(&joined(&wa), &joined(&wb));
            assert_eq!(
                similarity(&wa, &wb),
                (expected * 1000.0).round() / 1000.0,
                "{a} / {b}"
            );
        }
    }

    #[test]
    fn long_texts_take_the_edit_distance_of_their_word_diff() {
        let join = |w: &[&str]| w.join(" ");
        // Changes apart from each other: the exact distance; near each other: never less.
        let (a, b) = (
            ["we", "will", "build", "the", "levee", "again"],
            ["we", "shall", "build", "the", "dam", "again"],
        );
        assert_eq!(
            word_diff_distance(&a, &b),
            strsim::levenshtein(&join(&a), &join(&b))
        );
        for (a, b) in [
            (vec!["aaa", "bbb", "aaa"], vec!["aaa", "aaa"]),
            (vec!["short"], vec!["a", "much", "longer", "short"]),
            (
                vec!["first", "words", "differ"],
                vec!["other", "word", "differs", "here"],
            ),
        ] {
            assert!(word_diff_distance(&a, &b) >= strsim::levenshtein(&join(&a), &join(&b)));
        }
        // Past the exact distance's budget, similarity is read from the word diff: a speech of
        // 6,000 words with `x y x` printed as `y x y` every hundred words. The diff keeps `y x`
        // and deletes and inserts a word around it (4 characters); the exact distance is three
        // substitutions, which would round to another similarity.
        let speech: Vec<String> = (0..6_000).map(|i| format!("w{}", i % 97)).collect();
        let (mut ta, mut tb) = (speech.clone(), speech);
        let swaps = (0..ta.len()).step_by(100).count();
        for i in (0..ta.len()).step_by(100) {
            ta[i..i + 3].clone_from_slice(&["x".into(), "y".into(), "x".into()]);
            tb[i..i + 3].clone_from_slice(&["y".into(), "x".into(), "y".into()]);
        }
        let (ta, tb) = (ta.join(" "), tb.join(" "));
        assert!(ta.len() * tb.len() > EDIT_CELLS);
        let (wa, wb) = (words(&ta), words(&tb));
        let (na, nb): (Vec<&str>, Vec<&str>) = (
            wa.iter().map(|w| w.norm.as_str()).collect(),
            wb.iter().map(|w| w.norm.as_str()).collect(),
        );
        let distance = word_diff_distance(&na, &nb);
        assert_eq!(distance, 4 * swaps);
        let longest = ta.chars().count().max(tb.chars().count());
        let rounded = |d: usize| ((1.0 - d as f64 / longest as f64) * 1000.0).round() / 1000.0;
        assert_ne!(rounded(distance), rounded(3 * swaps));
        assert_eq!(similarity(&wa, &wb), rounded(distance));
    }
}
