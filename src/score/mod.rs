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

use std::hash::BuildHasher;
use std::ops::Range;

use rayon::prelude::*;
use rustc_hash::FxBuildHasher;

use crate::align::{Aligned, Alignment, first_equal};
use crate::types::{Match, Quote};
use crate::words::{Word, words};
pub use house_style::HouseStyle;
use judge::judge;
pub use summary::ClusterSummary;

/// What scoring found: the judged pairs, grouped by cluster, and one summary per cluster.
#[derive(Debug, Default)]
pub struct Scored {
    /// Judged pairs, grouped by cluster, in the order of the clusters.
    pub matches: Vec<Match>,
    /// Parallel to `Aligned::clusters`.
    pub(crate) summaries: Vec<ClusterSummary>,
}

/// Judges every reported pair: each quotation of a cluster against the cluster's reference.
/// A quotation from the reference's own source (a headline repeating a phrase of the speech the
/// article quotes) is judged against the quotation from another source that alignment found for
/// it ([`crate::align::OtherSource`]), so that a row always compares two sources when the cluster
/// allows it.
pub fn score(quotes: &[Quote], aligned: &Aligned) -> Scored {
    score_with(quotes, aligned, &house_style::BUILT_IN)
}

/// [`score`], with `style` telling which differences are the house's, not the speaker's.
pub fn score_with(quotes: &[Quote], aligned: &Aligned, style: &HouseStyle) -> Scored {
    let matches = judge_pairs(quotes, aligned, style);
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

fn judge_pairs(quotes: &[Quote], aligned: &Aligned, style: &HouseStyle) -> Vec<Match> {
    let jobs: Vec<Job> = aligned
        .clusters
        .iter()
        .enumerate()
        .flat_map(|(c, cluster)| {
            let r = cluster.reference_quote;
            cluster.members.iter().flat_map(move |m| {
                aligned.versions[m.version]
                    .quotes
                    .iter()
                    .filter(move |&&q| q != r)
                    .map(move |&q| match &m.other_source {
                        Some(other) if quotes[q].source == quotes[r].source => Job {
                            cluster: c,
                            a: other.quote,
                            b: q,
                            alignment: &other.alignment,
                        },
                        _ => Job {
                            cluster: c,
                            a: r,
                            b: q,
                            alignment: &m.alignment,
                        },
                    })
            })
        })
        .collect();
    // A quotation reprinted word for word under the same speaker gets the verdict of its first
    // printing against the same quotation: a viral quotation is judged once per wording, not
    // once per source.
    let printings: Vec<Printing> = jobs
        .par_iter()
        .map(|job| {
            let qb = &quotes[job.b];
            Printing {
                against: job.a,
                text: qb.text.as_str(),
                speaker: qb.speaker.as_str(),
                speaker_inferred: qb.speaker_inferred,
                overlap_a: job.alignment.a.clone(),
                overlap_b: job.alignment.b.clone(),
            }
        })
        .collect();
    let judged_as = first_equal(&printings, |p| FxBuildHasher.hash_one(p));
    drop(printings);
    // Alignment keeps no strings; the words are read again from each quotation's text, a
    // reference's once for its whole cluster.
    let reference_words: Vec<Vec<Word>> = aligned
        .clusters
        .par_iter()
        .map(|c| words(&quotes[c.reference_quote].text))
        .collect();
    let judged: Vec<Option<Match>> = jobs
        .par_iter()
        .enumerate()
        .map(|(i, job)| (judged_as[i] == i).then(|| judge_job(quotes, aligned, &reference_words, job, style)))
        .collect();
    let mut matches: Vec<Match> = Vec::with_capacity(jobs.len());
    for (i, m) in judged.into_iter().enumerate() {
        let m = match m {
            Some(m) => m,
            // The first printing comes earlier in the list.
            None => Match {
                b: jobs[i].b,
                ..matches[judged_as[i]].clone()
            },
        };
        matches.push(m);
    }
    matches
}

/// What a judgement depends on besides the quotation judged against: the other quotation's
/// words, its speaker and how firm that speaker is, and the aligned stretches.
#[derive(PartialEq, Eq, Hash)]
struct Printing<'a> {
    against: usize,
    text: &'a str,
    speaker: &'a str,
    speaker_inferred: bool,
    overlap_a: Range<usize>,
    overlap_b: Range<usize>,
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
    fn a_reprinted_quotation_is_judged_once_per_wording_and_speaker_evidence() {
        let text = "We will rebuild every bridge in the county before the winter";
        let mut quotes: Vec<Quote> = ["a.txt", "b.txt", "c.txt", "d.txt", "e.txt", "f.txt"]
            .iter()
            .enumerate()
            .map(|(i, s)| Quote::for_test(s, i, text, if i < 3 { "Ann Lee" } else { "Tom Ford" }))
            .collect();
        // One printing gives the other name only as a guess: that is no misattribution.
        quotes[4].speaker_inferred = true;
        let aligned = crate::align::align(&quotes);
        let verdicts: Vec<(usize, Verdict)> = score(&quotes, &aligned)
            .matches
            .iter()
            .map(|m| (m.b, m.verdict))
            .collect();
        assert_eq!(
            verdicts,
            [
                (1, Verdict::Identical),
                (2, Verdict::Identical),
                (3, Verdict::Misattributed),
                (4, Verdict::Identical),
                (5, Verdict::Misattributed)
            ]
        );
    }
}
