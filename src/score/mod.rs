//! Stage 5: judge each aligned pair word by word, and each cluster by its pairs.
//!
//! In: the quotations and their alignment ([`Aligned`]). Out: [`Scored`]: a judged [`Match`]
//! (verdict, similarity, word diff) for each quotation of a cluster against the cluster's
//! reference, and a [`ClusterSummary`] of each cluster (its severity, sources and lowest
//! similarity). Later stages only format what is judged here.

pub mod house_style;
mod judge;
mod similarity;
mod summary;

use crate::align::{Aligned, Alignment};
use crate::types::{Match, Quote};
use crate::words::{Word, words};
pub use house_style::HouseStyle;
use judge::{judge, named_at_cue};
use rayon::prelude::*;
pub use summary::ClusterSummary;

/// What scoring found: the judged pairs, grouped by cluster, and one summary per cluster.
#[derive(Debug, Default)]
pub struct Scored {
    /// Judged pairs, grouped by cluster, in the order of the clusters.
    pub matches: Vec<Match>,
    /// Parallel to `Aligned::clusters`.
    pub(crate) summaries: Vec<ClusterSummary>,
}

/// Judges every version of a cluster against the cluster's reference version, once however many
/// quotations carry either: each version by its first quotation. A version printed only in the
/// reference's own source (a headline repeating a phrase of the speech the article quotes), or a
/// version that a more widely printed one gives with one word replaced, is judged against the
/// quotation that alignment found for it ([`crate::align::Against`]).
pub fn score(quotes: &[Quote], aligned: &Aligned) -> Scored {
    score_with(quotes, aligned, &house_style::BUILT_IN)
}

/// [`score`], with `style` telling which differences are the house's, not the speaker's.
pub fn score_with(quotes: &[Quote], aligned: &Aligned, style: &HouseStyle) -> Scored {
    let matches = judge_versions(quotes, aligned, style);
    let summaries = summary::summarize(quotes, aligned, &matches);
    Scored { matches, summaries }
}

/// One pair to judge: quotation `b` against `a` on `alignment` (`a` in `a`'s version), for
/// cluster `cluster`.
struct Job<'a> {
    cluster: usize,
    a: usize,
    b: usize,
    alignment: &'a Alignment,
}

fn judge_versions(quotes: &[Quote], aligned: &Aligned, style: &HouseStyle) -> Vec<Match> {
    let jobs: Vec<Job> = aligned
        .clusters
        .iter()
        .enumerate()
        .flat_map(|(c, cluster)| {
            cluster.members.iter().skip(1).map(move |m| {
                let (a, alignment) = match &m.against {
                    Some(other) => (other.quote, &other.alignment),
                    None => (cluster.reference_quote, &m.alignment),
                };
                // The version's first quotation from another source than `a`'s, so that a row
                // compares two sources when the version allows it; of those, the first that
                // names its speaker at a cue of its own, so that a copy which lost the paragraph
                // naming the speaker does not hide a misattribution the others print.
                let copies = &aligned.versions[m.version].quotes;
                let elsewhere = |q: &&usize| quotes[**q].source != quotes[a].source;
                let b = copies
                    .iter()
                    .filter(elsewhere)
                    .find(|&&q| named_at_cue(&quotes[q]))
                    .or_else(|| copies.iter().find(elsewhere))
                    .copied()
                    .unwrap_or(copies[0]);
                Job {
                    cluster: c,
                    a,
                    b,
                    alignment,
                }
            })
        })
        .collect();
    // Alignment keeps no strings; the words are read again from each quotation's text, a
    // reference's once for its whole cluster.
    let reference_words: Vec<Vec<Word>> = aligned
        .clusters
        .par_iter()
        .map(|c| words(&quotes[c.reference_quote].text))
        .collect();
    jobs.par_iter()
        .map(|job| judge_job(quotes, aligned, &reference_words, job, style))
        .collect()
}

/// Judges one pair of `score`.
fn judge_job(
    quotes: &[Quote],
    aligned: &Aligned,
    reference_words: &[Vec<Word>],
    job: &Job,
    style: &HouseStyle,
) -> Match {
    let own;
    let words_a = if job.a == aligned.clusters[job.cluster].reference_quote {
        &reference_words[job.cluster]
    } else {
        own = words(&quotes[job.a].text);
        &own
    };
    judge(
        job.cluster,
        (job.a, &quotes[job.a], words_a),
        (job.b, &quotes[job.b], &words(&quotes[job.b].text)),
        job.alignment,
        style,
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::types::Verdict;

    #[test]
    fn a_reprinted_quotation_is_judged_once_per_version() {
        let text = "We will rebuild every bridge in the county before the winter";
        let mut quotes: Vec<Quote> = ["a.txt", "b.txt", "c.txt", "d.txt", "e.txt", "f.txt"]
            .iter()
            .enumerate()
            .map(|(i, s)| Quote::for_test(s, i, text, if i < 3 { "Ann Lee" } else { "Tom Ford" }))
            .collect();
        // A later printing that gives the name only as a guess changes nothing.
        quotes[4].speaker_inferred = true;
        let aligned = crate::align::align(&quotes);
        let verdicts: Vec<(usize, Verdict)> = score(&quotes, &aligned)
            .matches
            .iter()
            .map(|m| (m.b, m.verdict))
            .collect();
        // Ann Lee's version is the reference; Tom Ford's is judged once, by its first
        // quotation, whose speaker is named.
        assert_eq!(verdicts, [(3, Verdict::Misattributed)]);
    }
}
