//! Clusters: stars of versions around a reference, each member aligned with the reference itself;
//! then the moves that give a version to the statement it is a quotation of, and for members
//! printed in the reference's own source, the quotation of another source they are compared with.

use std::ops::Range;

use rayon::prelude::*;
use rustc_hash::FxHashMap;

use super::fold::{FoldedWord, Version};
use super::index::{CandidatePair, common_weight};
use super::known::{Diffed, Known};
use super::pair::{align_pair, align_words, could_cover, two_peoples_phrase};
use super::speakers::{SaidBy, Speakers};
use super::{Against, Alignment, Cluster, MIN_COVERAGE, Member};
use crate::types::{IdHashes, Quote};
use crate::words::{Mark, wording_key};

impl Cluster {
    /// The cluster around version `r`, its first quotation standing for it. Its id is given
    /// when the clusters are final ([`name_clusters`]).
    fn new(r: usize, versions: &[Version], members: Vec<Member>) -> Cluster {
        Cluster {
            id: String::new(),
            reference: r,
            reference_quote: versions[r].quotes[0],
            members,
        }
    }
}

/// Gives each cluster its id, `c{:016x}`: a hash of what its reference says and who says it
/// ([`wording_key`]), not of where it is printed, so that the id survives edits around the
/// quotation and a new order of the files. Hashes are claimed in the order of those keys, not of
/// the clusters, so that two clusters never share an id (see [`IdHashes`]) and the one of two
/// colliding keys that takes the salted hash does not depend on the files either.
fn name_clusters(clusters: &mut [Cluster], quotes: &[Quote]) {
    let mut keys: Vec<(Vec<u8>, usize)> = clusters
        .par_iter()
        .enumerate()
        .map(|(i, c)| {
            let q = &quotes[c.reference_quote];
            let mut key = Vec::with_capacity(q.text.len() + 32);
            wording_key(&q.speaker, &q.text, &mut key);
            (key, i)
        })
        .collect();
    keys.par_sort_unstable();
    let mut hashes = IdHashes::with_capacity(clusters.len());
    for (key, i) in keys {
        clusters[i].id = format!("c{:016x}", hashes.claim(&key));
    }
}

impl Member {
    /// Version `v` aligned with a cluster's reference as `alignment` says.
    fn new(version: usize, alignment: Alignment) -> Member {
        Member {
            version,
            alignment,
            against: None,
        }
    }

    /// The reference of a cluster, aligned with itself.
    fn reference(r: usize, versions: &[Version]) -> Member {
        Member::new(r, Alignment::whole(versions[r].words.len()))
    }
}

/// Star clusters: the longest unassigned version takes every unassigned candidate that aligns
/// with it. Only a version ranked before its partner is diffed against it (as the reference it
/// could become), so a quotation printed in a thousand versions costs about a thousand diffs,
/// not half a million; those diffs run in parallel before the clusters are drawn in order.
/// Returns the clusters and the number of pairs diffed.
pub(super) fn clusters(
    quotes: &[Quote],
    versions: &[Version],
    pairs: &[CandidatePair],
) -> (Vec<Cluster>, usize) {
    let mut order: Vec<usize> = (0..versions.len()).collect();
    // The first quotation of each version is its own: the order is total.
    order.par_sort_unstable_by_key(|&v| {
        (
            std::cmp::Reverse(versions[v].spoken),
            std::cmp::Reverse(versions[v].sources),
            versions[v].quotes[0],
        )
    });
    let mut rank = vec![0u32; versions.len()];
    for (i, &v) in order.iter().enumerate() {
        rank[v] = i as u32;
    }
    let common = common_weight(versions.len());
    let try_align = |r: usize, v: usize| {
        let (a, b) = (&versions[r].words, &versions[v].words);
        if (versions[r].title && versions[v].title) || !could_cover(a, b) {
            return None;
        }
        let said = SaidBy::of(quotes, versions, r, v);
        let speakers = said.speakers;
        let al = align_words(a, b, speakers)?;
        // A phrase anyone may use is one quotation only where one person says it.
        let spoken = versions[r].spoken.min(versions[v].spoken);
        let alike = one_within_the_other(a, b, &al);
        if two_peoples_phrase(spoken, &a[al.a.clone()], &b[al.b.clone()], alike, &said, common) {
            return None;
        }
        // A title matches words of running speech, not the same title printed elsewhere.
        let capitalized = |ts: &[FoldedWord]| ts.iter().filter(|t| t.content()).all(|t| t.capital());
        let titled = (versions[r].title && capitalized(&b[al.b.clone()]))
            || (versions[v].title && capitalized(&a[al.a.clone()]));
        (!titled).then_some((al, speakers))
    };
    // Each pair is diffed once, the earlier ranked version as the reference.
    let diffs: Vec<Diffed> = pairs
        .par_iter()
        .map(|&CandidatePair { a: x, b: y }| {
            let (r, v) = if rank[x as usize] < rank[y as usize] {
                (x, y)
            } else {
                (y, x)
            };
            let (r, v) = (r as usize, v as usize);
            Diffed {
                reference: r,
                version: v,
                found: try_align(r, v),
            }
        })
        .collect();
    let diffed = diffs.len();
    // Every alignment and what the speakers tell, for the clusters and for moving versions
    // printed under another name afterwards (see `own_speaker_first`).
    let known = Known::new(versions.len(), pairs, &diffs);
    // Versions with an alignment beyond a seam: a seam alone does not take them into a star,
    // away from a statement they share more of.
    let covered: Vec<bool> = (0..versions.len())
        .into_par_iter()
        .map(|v| {
            known
                .aligned_with(v)
                .any(|(_, found, _)| found.alignment.coverage >= MIN_COVERAGE)
        })
        .collect();
    let mut assigned = vec![false; versions.len()];
    // The words of each assigned version that its clusters hold.
    let mut placed: Vec<Vec<Range<usize>>> = vec![Vec::new(); versions.len()];
    let mut out = Vec::new();
    for &r in &order {
        if assigned[r] {
            continue;
        }
        // The alignments of `r` with later versions and with earlier ones: an earlier one that
        // found no cluster of its own may still join this one.
        let mut members: Vec<Member> = known
            .aligned_with(r)
            .map(|(v, found, speakers)| (v, found.seen_from(r), speakers))
            .filter(|(v, al, speakers)| {
                // A seam also reaches a version already in a cluster, which then stands in two:
                // two sentences of one statement, each quoted on its own as well. So does the
                // speaker's own fragment of two longer quotations that share only it.
                let seam = al.coverage < MIN_COVERAGE;
                // But where the words a version shares with this reference are words it already
                // shares, worded differently, with another, it is that other one's quotation.
                if assigned[*v] {
                    let elsewhere = placed[*v].iter().any(|p| overlaps(p, &al.b));
                    seam || (*speakers == Speakers::Same
                        && (!elsewhere
                            || same_words(
                                &versions[r].words[al.a.clone()],
                                &versions[*v].words[al.b.clone()],
                            )))
                } else {
                    !seam || !covered[*v]
                }
            })
            .map(|(v, al, _)| Member::new(v, al))
            .collect();
        // Most versions stand alone: no cluster to draw.
        if members.is_empty() && versions[r].sources < 2 {
            continue;
        }
        members.sort_by_key(|m| versions[m.version].quotes[0]);
        members.insert(0, Member::reference(r, versions));
        let mut sources = members.iter().flat_map(|m| {
            versions[m.version]
                .quotes
                .iter()
                .map(|&q| quotes[q].source.as_ref())
        });
        let first = sources.next();
        let one_source = sources.all(|s| Some(s) == first);
        // The same title printed in several sources is not a quotation found twice.
        if one_source || members.iter().all(|m| versions[m.version].title) {
            continue;
        }
        for m in &members {
            assigned[m.version] = true;
            placed[m.version].push(m.alignment.b.clone());
        }
        out.push(Cluster::new(r, versions, members));
    }
    // Both passes may leave a cluster with one source; `own_speaker_first` drops those last.
    word_for_word_first(&mut out, versions);
    own_speaker_first(&mut out, versions, quotes, &known);
    out.sort_by_key(|c| c.reference_quote);
    name_clusters(&mut out, quotes);
    debug_assert_eq!(broken_invariant(&out, versions, quotes), None);
    (out, diffed)
}

/// The first invariant of the clusters that does not hold, if any: each cluster's reference is
/// its first member, with the whole of its words; every member is a version and every range lies
/// within its words; no version stands twice in one cluster; every cluster holds two sources.
/// Checked in debug builds, so that tests and fuzzing find a broken one where it breaks.
pub(super) fn broken_invariant(
    clusters: &[Cluster],
    versions: &[Version],
    quotes: &[Quote],
) -> Option<String> {
    for (ci, c) in clusters.iter().enumerate() {
        let Some(first) = c.members.first() else {
            return Some(format!("cluster {ci} has no members"));
        };
        if first.version != c.reference || versions.get(c.reference).is_none() {
            return Some(format!("cluster {ci}: the reference is not its first member"));
        }
        if !versions[c.reference].quotes.contains(&c.reference_quote) {
            return Some(format!(
                "cluster {ci}: the reference quotation is not the reference's"
            ));
        }
        let reference_len = versions[c.reference].words.len();
        let mut seen = Vec::with_capacity(c.members.len());
        for m in &c.members {
            let Some(v) = versions.get(m.version) else {
                return Some(format!("cluster {ci}: member {} is no version", m.version));
            };
            if m.alignment.a.end > reference_len || m.alignment.b.end > v.words.len() {
                return Some(format!(
                    "cluster {ci}: member {} aligned past its words",
                    m.version
                ));
            }
            if seen.contains(&m.version) {
                return Some(format!("cluster {ci}: version {} stands twice", m.version));
            }
            seen.push(m.version);
        }
        let first = quotes[c.reference_quote].source.as_ref();
        let mut quoted = c.members.iter().flat_map(|m| versions[m.version].quotes.iter());
        if quoted.all(|&q| *quotes[q].source == *first) {
            return Some(format!("cluster {ci} holds one source"));
        }
    }
    None
}

fn overlaps(x: &Range<usize>, y: &Range<usize>) -> bool {
    x.start < y.end && y.start < x.end
}

/// Whether the overlap `al` holds every spoken word of `a` or of `b`, and says the same words in
/// both: one version is the other or a fragment of it.
fn one_within_the_other(a: &[FoldedWord], b: &[FoldedWord], al: &Alignment) -> bool {
    let all_spoken_in = |x: &[FoldedWord], r: &Range<usize>| {
        x[..r.start]
            .iter()
            .chain(&x[r.end..])
            .all(|t| t.mark != Mark::Spoken)
    };
    same_words(&a[al.a.clone()], &b[al.b.clone()]) && (all_spoken_in(a, &al.a) || all_spoken_in(b, &al.b))
}

/// Whether two stretches say the same spoken words, editorial marks aside.
fn same_words(x: &[FoldedWord], y: &[FoldedWord]) -> bool {
    fn spoken(ts: &[FoldedWord]) -> impl Iterator<Item = u64> + '_ {
        ts.iter().filter(|t| t.mark == Mark::Spoken).map(|t| t.key)
    }
    spoken(x).eq(spoken(y))
}

/// A version that stands in two clusters with the same words renders one statement word for word
/// and the other only with changes: it is a quotation of the first, and a remark repeated in other
/// words is no change of it (`went too far` of `I went too far. I made a mistake` and of `I went
/// way too far`). It leaves the second.
fn word_for_word_first(clusters: &mut [Cluster], versions: &[Version]) {
    // Whether each member renders its reference word for word, and each version's word-for-word
    // memberships: the words of it they hold.
    let exact: Vec<Vec<bool>> = clusters
        .iter()
        .map(|c| {
            c.members
                .iter()
                .map(|m| {
                    same_words(
                        &versions[c.reference].words[m.alignment.a.clone()],
                        &versions[m.version].words[m.alignment.b.clone()],
                    )
                })
                .collect()
        })
        .collect();
    let mut verbatim: FxHashMap<usize, Vec<Range<usize>>> = FxHashMap::default();
    for (c, exact) in clusters.iter().zip(&exact) {
        for (m, _) in c.members[1..].iter().zip(&exact[1..]).filter(|(_, e)| **e) {
            verbatim.entry(m.version).or_default().push(m.alignment.b.clone());
        }
    }
    if verbatim.is_empty() {
        return;
    }
    for (c, exact) in clusters.iter_mut().zip(exact) {
        let reference = c.reference;
        let keep: Vec<bool> = c
            .members
            .iter()
            .zip(exact)
            .map(|(m, exact)| {
                m.version == reference
                    || exact
                    || !verbatim
                        .get(&m.version)
                        .is_some_and(|rs| rs.iter().any(|r| overlaps(r, &m.alignment.b)))
            })
            .collect();
        let mut keep = keep.into_iter();
        c.members.retain(|_| keep.next().unwrap_or(true));
    }
}

/// A version leaving a cluster for another, with its alignment with the other's reference.
struct Move {
    to: usize,
    version: usize,
    alignment: Alignment,
}

/// Moves a version that joined a cluster under another speaker's name to a cluster that holds
/// its own speaker's words, when it aligns with that cluster's reference too: a common phrase
/// (`I'm not going to pay`) said by two people is each one's own quotation.
fn own_speaker_first(clusters: &mut Vec<Cluster>, versions: &[Version], quotes: &[Quote], known: &Known) {
    let mut home_of: FxHashMap<usize, Vec<usize>> = FxHashMap::default();
    for (ci, c) in clusters.iter().enumerate() {
        for m in &c.members {
            home_of.entry(m.version).or_default().push(ci);
        }
    }
    // Versions leaving a cluster `(cluster, version)`, versions joining one, and clusters made
    // anew.
    let mut leaves: Vec<(usize, usize)> = Vec::new();
    let mut joins: Vec<Move> = Vec::new();
    let mut created: Vec<Cluster> = Vec::new();
    for (ci, c) in clusters.iter().enumerate() {
        for v in c.members.iter().skip(1).map(|m| m.version) {
            if matches!(known.between(c.reference, v), Some((_, Speakers::Same))) {
                continue;
            }
            // Clusters where a version of the same speaker stands, and the alignment of `v`
            // with their reference.
            let mut homes: Vec<(usize, Alignment)> = Vec::new();
            for u in known.same_speaker(v) {
                for &cj in home_of.get(&u).into_iter().flatten() {
                    if cj == ci || homes.iter().any(|(k, _)| *k == cj) {
                        continue;
                    }
                    // `home_of` also points at the clusters made anew in this pass, which
                    // stand after the existing ones.
                    let home = clusters.get(cj).or_else(|| created.get(cj - clusters.len()));
                    let Some(r) = home.map(|h| h.reference) else {
                        continue;
                    };
                    if let Some((al, s)) = known.between(r, v)
                        && s != Speakers::Different
                        && al.coverage >= MIN_COVERAGE
                    {
                        homes.push((cj, al));
                    }
                }
            }
            if let Some((cj, al)) = homes
                .into_iter()
                .max_by(|x, y| x.1.coverage.total_cmp(&y.1.coverage).then(y.0.cmp(&x.0)))
            {
                leaves.push((ci, v));
                joins.push(Move {
                    to: cj,
                    version: v,
                    alignment: al,
                });
                continue;
            }
            // Else a version of the same speaker in no cluster yet makes one with it.
            let source = |v: usize| quotes[versions[v].quotes[0]].source.as_ref();
            let partner = known.same_speaker(v).find(|&u| {
                !home_of.contains_key(&u)
                    && source(u) != source(v)
                    && known
                        .between(u, v)
                        .is_some_and(|(al, _)| al.coverage >= MIN_COVERAGE)
            });
            if let Some(u) = partner {
                let (r, m) = if versions[u].spoken >= versions[v].spoken {
                    (u, v)
                } else {
                    (v, u)
                };
                let Some((al, _)) = known.between(r, m) else {
                    continue;
                };
                home_of.entry(u).or_default().push(clusters.len() + created.len());
                leaves.push((ci, v));
                let members = vec![Member::reference(r, versions), Member::new(m, al)];
                created.push(Cluster::new(r, versions, members));
            }
        }
    }
    clusters.extend(created);
    for (ci, v) in leaves {
        clusters[ci].members.retain(|m| m.version != v);
    }
    for Move {
        to,
        version: v,
        alignment,
    } in joins
    {
        let members = &mut clusters[to].members;
        if members.iter().any(|m| m.version == v) {
            continue;
        }
        // After the reference, in the order of the quotations.
        let at = members
            .iter()
            .skip(1)
            .take_while(|m| versions[m.version].quotes[0] < versions[v].quotes[0])
            .count();
        members.insert((at + 1).min(members.len()), Member::new(v, alignment));
    }
    // A cluster left with one source is no longer a quotation found twice.
    clusters.retain(|c| {
        let first = quotes[versions[c.reference].quotes[0]].source.as_ref();
        c.members
            .iter()
            .flat_map(|m| versions[m.version].quotes.iter())
            .any(|&q| *quotes[q].source != *first)
    });
}

/// Gives each member printed only in the reference's own source the quotation of another source
/// that it is judged against instead: the first quotation from outside that source, in the order
/// of the members, whose version the member aligns with.
pub(super) fn find_against(clusters: &mut [Cluster], versions: &[Version], quotes: &[Quote]) {
    clusters.par_iter_mut().for_each(|c| {
        let home = quotes[c.reference_quote].source.as_ref();
        let found: Vec<(usize, Against)> = c
            .members
            .iter()
            .enumerate()
            .filter(|(_, m)| {
                m.version != c.reference
                    && m.against.is_none()
                    && versions[m.version]
                        .quotes
                        .iter()
                        .all(|&q| *quotes[q].source == *home)
            })
            .filter_map(|(i, m)| Some((i, against(c, m, versions, quotes, home)?)))
            .collect();
        for (i, other) in found {
            c.members[i].against = Some(other);
        }
    });
}

/// The first quotation of cluster `c` from outside the reference's source `home` whose version
/// `member` aligns with, and that alignment.
fn against(
    c: &Cluster,
    member: &Member,
    versions: &[Version],
    quotes: &[Quote],
    home: &str,
) -> Option<Against> {
    let v = member.version;
    c.members.iter().find_map(|u| {
        let u = u.version;
        let quote = *versions[u].quotes.iter().find(|&&p| *quotes[p].source != *home)?;
        let alignment = if u == c.reference {
            member.alignment.clone()
        } else if u == v {
            Alignment::whole(versions[v].words.len())
        } else {
            align_pair(&versions[u].words, &versions[v].words)?
        };
        Some(Against { quote, alignment })
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::align::{align, quotes_of_one_speaker as quotes};
    use crate::types::QuoteKind;

    fn cluster_texts(quotes: &[Quote]) -> Vec<Vec<&str>> {
        let aligned = align(quotes);
        aligned
            .clusters
            .iter()
            .map(|c| {
                c.members
                    .iter()
                    .flat_map(|m| {
                        aligned.versions[m.version]
                            .quotes
                            .iter()
                            .map(|&q| quotes[q].text.as_ref())
                    })
                    .collect()
            })
            .collect()
    }

    #[test]
    fn a_title_aligns_with_running_speech_but_not_with_itself() {
        let q = quotes(&[
            ("a.txt", "Meet the Press"),
            ("b.txt", "Meet the Press."),
            ("a.txt", "War on Religion"),
            ("b.txt", "As mayor I will end the war on religion in our schools"),
        ]);
        assert_eq!(
            cluster_texts(&q),
            [vec![
                "As mayor I will end the war on religion in our schools",
                "War on Religion"
            ]]
        );
    }

    #[test]
    fn a_cluster_takes_the_reference_sources_own_fragments() {
        let q = quotes(&[
            (
                "a.txt",
                "We will rebuild the harbour bridge before the winter storms arrive",
            ),
            ("a.txt", "the harbour bridge before the winter"),
            (
                "b.txt",
                "We will rebuild the harbour bridge before the winter storms arrive.",
            ),
        ]);
        assert_eq!(cluster_texts(&q)[0].len(), 3);
    }

    #[test]
    fn a_named_speaker_in_common_lets_one_distinctive_word_align() {
        let mut q = quotes(&[
            ("a.txt", "it is realize the kloprilei we are, no will on no"),
            ("b.txt", "it is realize the glarin we are, no will on no"),
        ]);
        assert_eq!(cluster_texts(&q).len(), 1);
        q[1].speaker = "Bo Lind".into();
        assert!(cluster_texts(&q).is_empty());
    }

    #[test]
    fn words_in_title_case_in_one_source_and_running_text_in_another_align() {
        let q = quotes(&[("a.txt", "Harbour Tax"), ("b.txt", "harbour tax.")]);
        assert_eq!(cluster_texts(&q), [["Harbour Tax", "harbour tax."]]);
        let q = quotes(&[("a.txt", "Harbour Tax"), ("b.txt", "Harbour Tax")]);
        assert!(cluster_texts(&q).is_empty());
    }

    #[test]
    fn a_term_of_two_words_aligns_when_someone_is_said_to_use_it() {
        let mut q = quotes(&[
            ("a.txt", "harbour tax"),
            ("b.txt", "We will repeal the harbour tax."),
        ]);
        q[0].kind = QuoteKind::Term;
        assert_eq!(cluster_texts(&q).len(), 1);
        q[0].speaker = "".into();
        assert!(cluster_texts(&q).is_empty());
    }

    #[test]
    fn two_words_with_one_of_meaning_align_only_under_one_named_speaker() {
        let mut q = quotes(&[
            ("a.txt", "very close"),
            ("b.txt", "We are very close"),
            ("c.txt", "not close to the end at all"),
        ]);
        assert_eq!(cluster_texts(&q), [["We are very close", "very close"]]);
        q[1].speaker = "Bo Lind".into();
        assert!(cluster_texts(&q).is_empty());
        q[1].speaker = "".into();
        assert!(cluster_texts(&q).is_empty());
        // Two stop words carry nothing, whoever says them.
        let q = quotes(&[("a.txt", "very much"), ("b.txt", "very much")]);
        assert!(cluster_texts(&q).is_empty());
    }

    /// Quotations of other sources that use `harbour`, `tax` and `mistake`, none two of them in a
    /// row: with the two phrases they make five versions that use each word.
    const COMMON_WORDS: [(&str, &str); 5] = [
        ("c.txt", "every harbour in the bay pays a tax"),
        ("d.txt", "a mistake by the harbour master"),
        ("e.txt", "no tax at all was the mistake"),
        ("f.txt", "the harbour was full and the tax was high"),
        ("g.txt", "our mistake was the timetable"),
    ];

    #[test]
    fn a_phrase_of_common_words_is_one_quotation_only_under_one_speaker() {
        let phrases = [
            ("a.txt", "the harbour tax is a mistake"),
            ("b.txt", "the harbour tax was a mistake"),
        ];
        let with_fillers = |phrases: &[(&'static str, &'static str)]| {
            let mut items = phrases.to_vec();
            items.extend(COMMON_WORDS);
            quotes(&items)
        };
        let mut q = with_fillers(&phrases);
        assert_eq!(cluster_texts(&q), [[phrases[0].1, phrases[1].1]]);
        // Two people, however the second was found.
        q[1].speaker = "Bo Lind".into();
        q[1].speaker_inferred = true;
        assert!(cluster_texts(&q).is_empty());
        q[1].speaker = "".into();
        assert!(cluster_texts(&q).is_empty());
        // Words that few quotations use are evidence enough, as ever.
        let mut q = quotes(&phrases);
        q[1].speaker = "Bo Lind".into();
        q[1].speaker_inferred = true;
        assert_eq!(cluster_texts(&q).len(), 1);
        // Worded alike, the phrase is no misattribution of one to the other, but a source that
        // names no one may print it.
        let alike = [phrases[0], ("b.txt", phrases[0].1)];
        let mut q = with_fillers(&alike);
        q[1].speaker = "Bo Lind".into();
        assert!(cluster_texts(&q).is_empty());
        q[1].speaker = "".into();
        assert_eq!(cluster_texts(&q).len(), 1);
    }

    /// Quotations that share one whole sentence and little else, with texts to weigh them by.
    const SEAM: [(&str, &str); 4] = [
        (
            "a.txt",
            "The ferry fares were never fair to anyone on the islands. We will repeal the harbour tax this winter.",
        ),
        (
            "b.txt",
            "We will repeal the harbour tax this winter. Then the ferries run free for every child in town.",
        ),
        ("c.txt", "Every child in town knows the ferries and the islands."),
        ("d.txt", "Anyone on the ferries this winter was never cold."),
    ];

    #[test]
    fn quotations_that_go_on_where_the_other_stops_align_on_the_sentence_they_share() {
        let q = quotes(&SEAM);
        assert_eq!(cluster_texts(&q), [vec![SEAM[0].1, SEAM[1].1]]);
        // Spoken by two different people, a shared sentence is no evidence.
        let mut q = q;
        q[1].speaker = "Bo Lind".into();
        assert!(cluster_texts(&q).is_empty());
    }

    #[test]
    fn a_phrase_shared_inside_two_sentences_is_no_seam() {
        let q = quotes(&[
            (
                "a.txt",
                "The ferry fares were never fair to anyone, so we will repeal the harbour tax on every boat now",
            ),
            (
                "b.txt",
                "Surely we will repeal the harbour tax on every boat before the vote next spring on the islands.",
            ),
            SEAM[2],
            SEAM[3],
        ]);
        assert!(cluster_texts(&q).is_empty());
    }

    #[test]
    fn a_version_without_a_cluster_of_its_own_joins_a_later_one() {
        // The longest shares a seam with the first, which the third quotes in part: the seam
        // does not take the first away from that, and the longest then joins their cluster.
        let longest = "We will repeal the harbour tax this winter. Then the ferries run free for every child in town and every parent too.";
        let q = quotes(&[
            SEAM[0],
            ("b.txt", longest),
            ("e.txt", "The ferry fares were never fair to anyone"),
            SEAM[2],
            SEAM[3],
        ]);
        assert_eq!(cluster_texts(&q), [vec![SEAM[0].1, longest, q[2].text.as_ref()]]);
    }

    #[test]
    fn a_short_phrase_under_two_names_is_not_one_quotation() {
        let mut q = quotes(&[
            (
                "a.txt",
                "We are deeply concerned about the harbour closure and its workers",
            ),
            ("b.txt", "deeply concerned about the"),
            SEAM[2],
            SEAM[3],
        ]);
        assert_eq!(cluster_texts(&q).len(), 1);
        q[1].speaker = "Bo Lind".into();
        assert!(cluster_texts(&q).is_empty());
        // Five words and more are one person's quotation printed under another's name.
        q[1].text = "deeply concerned about the harbour closure".into();
        q[1].words = 6;
        assert_eq!(cluster_texts(&q).len(), 1);
    }

    #[test]
    fn a_phrase_goes_with_its_own_speakers_words() {
        let mut q = quotes(&[
            (
                "a.txt",
                "We will not pay for your mistakes and we do not expect you to pay for ours",
            ),
            ("b.txt", "We will not pay for that ugly harbour wall"),
            ("c.txt", "We will not pay,"),
        ]);
        // Nobody named for the longest, so that it does not keep the phrase for itself.
        q[0].speaker = "".into();
        q[1].speaker = "Ana Ortiz".into();
        q[2].speaker = "Ortiz".into();
        let clusters = cluster_texts(&q);
        assert_eq!(
            clusters,
            vec![vec![
                "We will not pay for that ugly harbour wall",
                "We will not pay,"
            ]]
        );
    }

    #[test]
    fn a_fragment_of_two_quotations_by_its_speaker_stands_in_both_clusters() {
        let mut q = quotes(&[
            (
                "a.txt",
                "Keep the harbour open for the fishing boats and the ferries, the mayor of the town insists every week",
            ),
            ("b.txt", "keep the harbour open for the fishing boats"),
            (
                "c.txt",
                "We must keep the harbour open for the fishing boats and never sell the quay to developers from the capital",
            ),
        ]);
        let fragment = q[1].text.as_ref();
        let both = vec![
            vec![q[0].text.as_ref(), fragment],
            vec![q[2].text.as_ref(), fragment],
        ];
        assert_eq!(cluster_texts(&q), both);
        // Under another name it stays with the first.
        q[1].speaker = "Bo Lind".into();
        assert_eq!(cluster_texts(&q).len(), 1);
    }

    #[test]
    fn words_a_speaker_quotes_from_someone_else_are_not_their_quotation() {
        let mut q = quotes(&[
            (
                "a.txt",
                "Needless to say, the harbour was not ‘a port of Ortiz’s choosing.’ It has been run by the city for years.",
            ),
            ("b.txt", "a port of Ortiz’s choosing"),
        ]);
        q[0].speaker = "Bo Lind".into();
        assert!(cluster_texts(&q).is_empty());
        // Without the marks the words are the first speaker's own, printed under another name.
        q[0].text = q[0]
            .text
            .replace(['‘', '’'], "")
            .replace("Ortizs", "Ortiz’s")
            .into();
        assert_eq!(cluster_texts(&q).len(), 1, "{}", q[0].text);
    }

    #[test]
    fn an_institution_is_no_speaker_in_common() {
        // With the speaker in common one distinctive word would do; a newspaper's name tells
        // nothing about who spoke.
        let mut q = quotes(&[
            ("a.txt", "it is realize the kloprilei we are, no will on no"),
            ("b.txt", "it is realize the glarin we are, no will on no"),
        ]);
        q[0].speaker = "The Daily Post".into();
        assert!(cluster_texts(&q).is_empty());
        // Nor is it a different person, who would need five words in common.
        q[0].text = "the harbour closure hurts".into();
        q[1].text = "the harbour closure hurts".into();
        assert_eq!(cluster_texts(&q).len(), 1);
    }

    #[test]
    fn a_person_and_an_institution_share_a_short_phrase_only_whole() {
        let mut q = quotes(&[
            (
                "a.txt",
                "a second lockout would badly hurt the harbour this winter",
            ),
            ("b.txt", "sharply hurt the harbour"),
        ]);
        q[1].speaker = "Harbour Council officials".into();
        // Three words of four around a word that differs: a phrase two sources may both use.
        assert!(cluster_texts(&q).is_empty());
        // The whole phrase printed in the person's words is the person's quotation.
        q[1].text = "badly hurt the harbour".into();
        assert_eq!(cluster_texts(&q).len(), 1);
        // Without a name for the second source, nothing tells two sources apart.
        q[1].text = "sharply hurt the harbour".into();
        q[1].speaker = "".into();
        assert_eq!(cluster_texts(&q).len(), 1);
    }

    #[test]
    fn a_whole_fragment_of_three_words_aligns_with_its_speaker() {
        let mut q = quotes(&[
            (
                "a.txt",
                "I will fight for the harbour with every breath in my body",
            ),
            ("b.txt", "with every breath"),
            SEAM[2],
            SEAM[3],
        ]);
        assert_eq!(cluster_texts(&q).len(), 1);
        q[1].speaker = "".into();
        assert!(cluster_texts(&q).is_empty());
    }

    #[test]
    fn a_seam_links_two_clusters() {
        let first = SEAM[0].1;
        let second = "We will repeal the harbour tax this winter. Then the ferries run free for every child in town and every parent too.";
        let q = quotes(&[
            ("a.txt", first),
            ("b.txt", second),
            ("c.txt", "never fair to anyone on the islands"),
            ("d.txt", "the ferries run free for every child"),
            SEAM[2],
            SEAM[3],
        ]);
        assert_eq!(
            cluster_texts(&q),
            [
                vec![first, second, q[2].text.as_ref()],
                vec![second, q[3].text.as_ref()]
            ]
        );
    }

    #[test]
    fn a_version_stays_with_the_statement_it_renders_word_for_word() {
        let q = quotes(&[
            (
                "n.txt",
                "I crossed the line with that poster. I went way too far. The image is too disturbing.",
            ),
            ("n.txt", "I went too far. I made a mistake and I was wrong."),
            ("h.txt", "I went way too far"),
            ("f.txt", "I went too far and I was wrong"),
            ("g.txt", "went too far"),
        ]);
        let clusters = cluster_texts(&q);
        let with = |text: &str| clusters.iter().filter(|c| c.contains(&text)).count();
        let home = |text: &str, reference: &str| {
            clusters
                .iter()
                .any(|c| c.contains(&text) && c[0].starts_with(reference))
        };
        assert_eq!(with("I went way too far"), 1, "{clusters:?}");
        assert!(home("I went way too far", "I crossed"), "{clusters:?}");
        assert_eq!(with("went too far"), 1, "{clusters:?}");
        assert!(home("went too far", "I went too far."), "{clusters:?}");
    }

    #[test]
    fn a_version_that_renders_two_statements_stands_in_both_clusters() {
        let q = quotes(&[
            (
                "h.txt",
                "After hours of prayer and talks with my parents I see the hurt my words caused to many \
                 families across the state this week.",
            ),
            ("h.txt", "I quickly judged both young ladies."),
            (
                "f.txt",
                "I quickly judged the two young ladies. After hours of prayer and talks with my parents I see \
                 the hurt my words caused.",
            ),
        ]);
        let clusters = cluster_texts(&q);
        assert_eq!(clusters.len(), 2, "{clusters:?}");
        assert!(
            clusters
                .iter()
                .all(|c| c.iter().any(|t| t.starts_with("I quickly"))),
            "{clusters:?}"
        );
    }

    #[test]
    fn a_member_printed_in_the_references_source_is_given_a_quotation_of_another_source() {
        let long = "We will rebuild every bridge in the county before the winter comes";
        let fragment = "every bridge in the county";
        // The fragment is printed in the reference's source and in another one: that printing
        // is judged against the reference, for all its copies.
        let q = quotes(&[("a.txt", long), ("a.txt", fragment), ("b.txt", fragment)]);
        let aligned = align(&q);
        assert_eq!(aligned.clusters.len(), 1);
        let others: Vec<_> = aligned.clusters[0]
            .members
            .iter()
            .map(|m| m.against.clone())
            .collect();
        assert_eq!(others, [None, None]);
        // Printed only in the reference's source, it is compared with another version of it,
        // aligned with it for that.
        let q = quotes(&[
            ("a.txt", long),
            ("a.txt", fragment),
            ("b.txt", "rebuild every bridge in the county now"),
        ]);
        let aligned = align(&q);
        assert_eq!(aligned.clusters.len(), 1);
        let c = &aligned.clusters[0];
        let found: Vec<_> = c
            .members
            .iter()
            .map(|m| {
                m.against
                    .as_ref()
                    .map(|o| (o.quote, o.alignment.a.clone(), o.alignment.b.clone()))
            })
            .collect();
        assert_eq!(found, [None, Some((2, 1..6, 0..5)), None]);
    }
}
