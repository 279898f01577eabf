//! A deterministic, seeded corpus of article-shaped text files with planted quotations.
//!
//! Shared by the benchmarks through `#[path = "support/corpus.rs"] mod corpus;`.
//!
//! Every document is a headline and 6 to 15 paragraphs (one a line, blank lines between some) of
//! filler prose made from a vocabulary of pseudo-words, with quotations attributed in the forms
//! that news copy uses. Two kinds of quotation are mixed:
//!
//! - *planted* quotations: occurrences of a pool of *families*, each a canonical text with a
//!   canonical speaker. Family sizes are heavy-tailed: most families appear in one or two
//!   documents, a few in thousands. Every occurrence but the first of a family is printed with a
//!   known [`Change`]; the first one is always the canonical text by the canonical speaker, so
//!   every inconsistent occurrence has something to be inconsistent with;
//! - *noise*: one-off quotations, different in every document.
//!
//! The randomness is a hand-written SplitMix64, so the corpus depends on nothing but the seed,
//! the document count and [`GENERATOR_VERSION`]. Each document draws from its own stream, so the
//! files are written in parallel and still come out the same.
//!
//! The planted truth is written beside the corpus folder, never inside it (see [`truth_path`]):
//! one JSON line per planted occurrence.

#![allow(dead_code)]

use std::collections::HashSet;
use std::fs;
use std::io::{self, BufRead, BufWriter, Write};
use std::path::{Path, PathBuf};

use rayon::prelude::*;
use serde::{Deserialize, Serialize};

/// Bumped whenever the generated text changes, so that stale corpora are regenerated (any edit of
/// this file also does, through its fingerprint in the stamp).
pub const GENERATOR_VERSION: u32 = 1;
/// Documents per subfolder.
pub const DOCS_PER_FOLDER: usize = 100;
/// Most planted occurrences one document carries.
const MAX_PLANTED_PER_DOC: usize = 5;
/// Planted occurrences per document, on average (numerator / denominator).
const PLANTED_PER_DOC: (usize, usize) = (3, 2);
/// Pseudo-words in the vocabulary.
const VOCABULARY_SIZE: usize = 12_000;

// Independent random streams.
const STREAM_VOCABULARY: u64 = 1;
const STREAM_PEOPLE: u64 = 2;
const STREAM_FAMILY: u64 = 3;
const STREAM_PLACEMENT: u64 = 4;
const STREAM_DOC: u64 = 5;

/// SplitMix64: a small, fast, well-mixed generator whose output never depends on a crate version.
#[derive(Debug, Clone)]
pub struct Rng(u64);

impl Rng {
    /// A generator started at `seed`.
    pub fn new(seed: u64) -> Self {
        Rng(seed)
    }

    /// An independent stream for item `index` of stream `stream` under `seed`.
    pub fn stream(seed: u64, stream: u64, index: u64) -> Self {
        let mut mix = Rng(seed ^ stream.wrapping_mul(0xA076_1D64_78BD_642F));
        let a = mix.next_u64();
        let mut r = Rng(a ^ index.wrapping_mul(0xE703_7ED1_A0B4_28DB));
        r.next_u64();
        r
    }

    /// The next 64 random bits.
    pub fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// A number in `0..n` (`n > 0`).
    pub fn below(&mut self, n: usize) -> usize {
        ((self.next_u64() as u128 * n as u128) >> 64) as usize
    }

    /// A number in `lo..=hi`.
    pub fn range(&mut self, lo: usize, hi: usize) -> usize {
        lo + self.below(hi - lo + 1)
    }

    /// True with probability `percent` / 100.
    pub fn percent(&mut self, percent: usize) -> bool {
        self.below(100) < percent
    }

    /// One element of a non-empty slice.
    pub fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len())]
    }

    /// One word of a non-empty list.
    pub fn word(&mut self, words: &[&'static str]) -> &'static str {
        words[self.below(words.len())]
    }

    /// An index chosen with the given integer weights.
    pub fn weighted(&mut self, weights: &[usize]) -> usize {
        let total: usize = weights.iter().sum();
        let mut x = self.below(total);
        for (i, &w) in weights.iter().enumerate() {
            if x < w {
                return i;
            }
            x -= w;
        }
        weights.len() - 1
    }
}

/// How a planted occurrence differs from its family's canonical quotation.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Change {
    /// The canonical words by the canonical speaker (a final period may become the comma before
    /// an attribution that follows the quotation).
    Identical,
    /// Apostrophe glyph, case of the first word, trailing punctuation, quote-mark style.
    Typographic,
    /// Two to four inner words replaced by `...` or `…`, or a `[bracketed]` word inserted.
    Editorial,
    /// Four to eight consecutive inner words woven into the writer's sentence.
    Fragment,
    /// British/American spelling or a contraction swapped (`defence`/`defense`, `it is`/`it’s`).
    Variant,
    /// One or two content words substituted, or one deleted.
    Reworded,
    /// The canonical words attributed to somebody else.
    Misattributed,
}

impl Change {
    /// Every change, mildest first.
    pub const ALL: [Change; 7] = [
        Change::Identical,
        Change::Typographic,
        Change::Editorial,
        Change::Fragment,
        Change::Variant,
        Change::Reworded,
        Change::Misattributed,
    ];

    /// The name used in the truth file.
    pub fn as_str(self) -> &'static str {
        match self {
            Change::Identical => "identical",
            Change::Typographic => "typographic",
            Change::Editorial => "editorial",
            Change::Fragment => "fragment",
            Change::Variant => "variant",
            Change::Reworded => "reworded",
            Change::Misattributed => "misattributed",
        }
    }

    /// Whether a checker should call this occurrence an error against the canonical text.
    pub fn is_inconsistent(self) -> bool {
        matches!(self, Change::Reworded | Change::Misattributed)
    }
}

/// One planted occurrence: a line of the truth file.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Occurrence {
    /// Document path relative to the corpus folder, `/`-separated.
    pub doc: String,
    /// Family id (0 is the most frequent family).
    pub family: u32,
    pub change: Change,
    /// How the attribution is written (`after-surname`, `pronoun`, `dash`, `fragment`, ...).
    pub form: String,
    /// Full name of the person the document gives the quotation to.
    pub speaker: String,
    /// Exactly the characters between the quotation marks (or after the dash).
    pub text: String,
}

/// What was planted in a corpus.
#[derive(Debug, Clone, Default)]
pub struct Truth {
    pub docs: usize,
    /// Total size of the documents in bytes.
    pub bytes: u64,
    pub families: usize,
    pub occurrences: Vec<Occurrence>,
}

/// The truth file of the corpus in `dir`: a sibling, `DIR.truth.jsonl`.
pub fn truth_path(dir: &Path) -> PathBuf {
    sibling(dir, "truth.jsonl")
}

/// The stamp that marks the corpus in `dir` as complete: `DIR.stamp`.
pub fn stamp_path(dir: &Path) -> PathBuf {
    sibling(dir, "stamp")
}

fn sibling(dir: &Path, suffix: &str) -> PathBuf {
    let mut name = dir.file_name().unwrap_or_default().to_os_string();
    name.push(".");
    name.push(suffix);
    dir.with_file_name(name)
}

/// Relative path of document `index`: `0042/doc-0004217.txt`.
pub fn doc_name(index: usize) -> String {
    format!("{:04}/doc-{:07}.txt", index / DOCS_PER_FOLDER, index)
}

/// The corpus of `docs` documents for `seed` in `dir`: reused when its stamp says it is complete
/// and was made by this generator, else generated afresh. Returns the truth and whether the
/// corpus was reused.
pub fn prepare(dir: &Path, docs: usize, seed: u64) -> io::Result<(Truth, bool)> {
    let stamp = stamp_path(dir);
    let expected = stamp_prefix(docs, seed);
    if let Ok(text) = fs::read_to_string(&stamp)
        && let Some(rest) = text.trim_end().strip_prefix(&expected)
        && dir.is_dir()
    {
        let mut truth = read_truth(dir)?;
        truth.docs = docs;
        for field in rest.split_whitespace() {
            if let Some(v) = field.strip_prefix("bytes=") {
                truth.bytes = v.parse().unwrap_or(0);
            } else if let Some(v) = field.strip_prefix("families=") {
                truth.families = v.parse().unwrap_or(0);
            }
        }
        return Ok((truth, true));
    }
    Ok((generate(dir, docs, seed)?, false))
}

fn stamp_prefix(docs: usize, seed: u64) -> String {
    format!(
        "kquote-bench-corpus v{GENERATOR_VERSION} source={:016x} docs={docs} seed={seed}",
        source_fingerprint()
    )
}

/// FNV-1a of this file, so that any edit of the generator invalidates corpora made before it.
fn source_fingerprint() -> u64 {
    include_str!("corpus.rs")
        .bytes()
        .fold(0xcbf2_9ce4_8422_2325, |h, b| {
            (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3)
        })
}

/// Reads the truth file written by [`generate`] for the corpus in `dir`.
pub fn read_truth(dir: &Path) -> io::Result<Truth> {
    let file = fs::File::open(truth_path(dir))?;
    let mut truth = Truth::default();
    for line in io::BufReader::new(file).lines() {
        let line = line?;
        if line.trim().is_empty() {
            continue;
        }
        truth
            .occurrences
            .push(serde_json::from_str(&line).map_err(io::Error::other)?);
    }
    truth.families = truth
        .occurrences
        .iter()
        .map(|o| o.family)
        .collect::<HashSet<_>>()
        .len();
    Ok(truth)
}

/// Writes `docs` documents for `seed` under `dir` (emptied first), the truth beside it, and
/// finally the stamp that marks the corpus complete.
pub fn generate(dir: &Path, docs: usize, seed: u64) -> io::Result<Truth> {
    let stamp = stamp_path(dir);
    if stamp.exists() {
        fs::remove_file(&stamp)?;
    }
    if dir.exists() {
        fs::remove_dir_all(dir)?;
    }
    fs::create_dir_all(dir)?;

    let world = World::new(docs, seed);
    let placement = world.place(docs, seed);
    let folders = docs.div_ceil(DOCS_PER_FOLDER);
    let per_folder: Vec<io::Result<(u64, Vec<Occurrence>)>> = (0..folders)
        .into_par_iter()
        .map(|folder| {
            let first = folder * DOCS_PER_FOLDER;
            let last = (first + DOCS_PER_FOLDER).min(docs);
            fs::create_dir_all(dir.join(format!("{folder:04}")))?;
            let mut bytes = 0;
            let mut planted = Vec::new();
            for (index, carried) in (first..last).zip(&placement[first..last]) {
                let name = doc_name(index);
                let (text, occurrences) = world.document(seed, index, &name, carried);
                fs::write(dir.join(&name), &text)?;
                bytes += text.len() as u64;
                planted.extend(occurrences);
            }
            Ok((bytes, planted))
        })
        .collect();

    let mut truth = Truth {
        docs,
        families: world.families.len(),
        ..Truth::default()
    };
    for result in per_folder {
        let (bytes, planted) = result?;
        truth.bytes += bytes;
        truth.occurrences.extend(planted);
    }

    let mut out = BufWriter::new(fs::File::create(truth_path(dir))?);
    for o in &truth.occurrences {
        serde_json::to_writer(&mut out, o).map_err(io::Error::other)?;
        out.write_all(b"\n")?;
    }
    out.flush()?;
    fs::write(
        &stamp,
        format!(
            "{} bytes={} families={} occurrences={}\n",
            stamp_prefix(docs, seed),
            truth.bytes,
            truth.families,
            truth.occurrences.len()
        ),
    )?;
    Ok(truth)
}

// ---------------------------------------------------------------------------------------------
// Word lists.

#[rustfmt::skip]
const ONSETS: &[&str] = &[
    "b", "d", "f", "g", "k", "l", "m", "n", "p", "r", "s", "t", "v", "z", "br", "dr", "gr", "kr", "pr",
    "tr", "st", "sk", "sh", "ch", "th", "pl", "fl", "gl", "kl", "sl", "vr", "zh", "j", "h", "w",
];
#[rustfmt::skip]
const VOWELS: &[&str] = &["a", "e", "i", "o", "u", "a", "e", "i", "o", "ai", "ou", "ei"];
#[rustfmt::skip]
const CODAS: &[&str] = &["", "", "n", "r", "l", "m", "k", "x", "nt", "rk"];

/// Common English words a pseudo-word must not be (cue verbs, pronouns, titles, stop words...).
#[rustfmt::skip]
const NOT_PSEUDO: &[&str] = &[
    "state", "states", "stated", "note", "noted", "notes", "claim", "urge", "trade", "plane", "slate",
    "stone", "there", "where", "these", "those", "whole", "alone", "shore", "store", "share", "spoke",
    "brave", "drive", "prime", "chief", "leader", "moral", "metal", "panel", "label", "solid", "radio",
    "piano", "patio", "ratio", "tenor", "manor", "minor", "major", "vapor", "motor", "rotor", "sonar",
    "polar", "lunar", "solar", "tumor", "humor", "honor", "valor", "favor", "labor", "color", "razor",
    "dolor", "kebab", "salon", "melon", "lemon", "demon", "venom", "denim", "rabbi", "habit", "limit",
    "vomit", "robin", "sofa", "tuba", "lava", "bravo", "hello", "halo", "polo", "solo", "silo", "judo",
    "mango", "tango", "banjo", "lingo", "bingo", "dingo", "cargo", "zero", "hero", "tempo", "memo",
    "senator", "minister", "general", "premier", "mayor", "governor",
];

#[rustfmt::skip]
const FUNCTION_WORDS: &[&str] = &[
    "the", "the", "the", "of", "of", "and", "and", "to", "to", "in", "we", "our", "that", "will", "must",
    "for", "with", "this", "not", "be", "a", "on", "have", "all", "their", "these", "more", "than", "no",
    "any", "every", "now", "never", "only", "also", "against", "without", "between", "because", "so",
];

/// A word with two spellings, or a phrase with a contracted form: (first, second). Either may be
/// the canonical one.
const VARIANTS: &[(&str, &str)] = &[
    ("defence", "defense"),
    ("realise", "realize"),
    ("colour", "color"),
    ("organisation", "organization"),
    ("centre", "center"),
    ("programme", "program"),
    ("labour", "labor"),
    ("favour", "favor"),
    ("analyse", "analyze"),
    ("recognise", "recognize"),
    ("behaviour", "behavior"),
    ("neighbours", "neighbors"),
    ("honour", "honor"),
    ("prioritise", "prioritize"),
    ("modernise", "modernize"),
    ("it is", "it’s"),
    ("do not", "don’t"),
    ("we will", "we’ll"),
    ("will not", "won’t"),
    ("cannot", "can’t"),
    ("they are", "they’re"),
    ("we are", "we’re"),
    ("does not", "doesn’t"),
    ("is not", "isn’t"),
    ("that is", "that’s"),
];

#[rustfmt::skip]
const FEMALE: &[&str] = &[
    "Anna", "Maria", "Elena", "Olga", "Sofia", "Laura", "Ingrid", "Amara", "Priya", "Mei", "Yuki", "Fatima",
    "Leila", "Nadia", "Grace", "Claire", "Helen", "Irene", "Julia", "Karen", "Lucia", "Marta", "Nora",
    "Paula", "Rosa", "Sara", "Tanya", "Vera", "Wanda", "Zofia", "Agnieszka", "Beatriz", "Chiara", "Dagny",
    "Esther", "Freya", "Hanna", "Ilse", "Joanna", "Katarzyna", "Lena", "Miriam", "Noemi", "Oksana",
    "Renata", "Sigrid", "Thea", "Ursula", "Valentina", "Ayşe",
];
#[rustfmt::skip]
const MALE: &[&str] = &[
    "John", "Peter", "Andrey", "Ivan", "Lukas", "Marco", "Tomas", "Kwame", "Ravi", "Hiroshi", "Omar",
    "Karim", "David", "Daniel", "Felix", "George", "Henry", "Igor", "Jakub", "Kevin", "Leon", "Martin",
    "Nikolai", "Oscar", "Pavel", "Rafael", "Stefan", "Viktor", "Walter", "Yusuf", "Adam", "Bruno", "Carlos",
    "Dmitri", "Emil", "Farid", "Gustav", "Hugo", "Jonas", "Kenji", "Lars", "Mateo", "Nils", "Otto", "Piotr",
    "Ruben", "Samuel", "Tobias", "Vincent", "Zoltán",
];
#[rustfmt::skip]
const SURNAMES: &[&str] = &[
    "Petrova", "Doe", "Rudenko", "Kowalski", "Okafor", "Nakamura", "Fischer", "Haddad", "Novak", "Silva",
    "Lindqvist", "Mensah", "Ivanova", "Moreau", "Rossi", "Horvat", "Kaplan", "Duarte", "Eriksen", "Farrell",
    "Gallagher", "Hoffmann", "Ibrahim", "Jansen", "Karlsson", "Larsen", "Mahmoud", "Nowak", "Oyelaran",
    "Papadopoulos", "Quintero", "Ramirez", "Sato", "Tanaka", "Usmanov", "Varga", "Wagner", "Xu", "Yilmaz",
    "Zielinski", "Abbott", "Bergström", "Castillo", "Dimitrov", "Esposito", "Fontaine", "Gruber", "Hakimi",
    "Iwasaki", "Jovanovic", "Kuznetsov", "Lombardi", "Marchetti", "Nieminen", "Ortega", "Pereira",
    "Ribeiro", "Schulz", "Takahashi", "Ulrich", "Vasquez", "Weber", "Yamamoto", "Zhukov", "Andersen",
    "Baptiste", "Chatterjee", "Delgado", "Engel", "Ferreira", "Gonzalez", "Hansen", "Ishikawa", "Jaramillo",
    "Kovacs", "Lehmann", "Moretti", "Navarro", "Olsen", "Pavlenko", "Romano", "Sokolov", "Torres", "Ueda",
    "Volkov", "Wojcik", "Yoshida", "Zapata", "Achebe", "Bianchi", "Costa", "Dubois", "Eklund", "Fedorov",
    "Gomes", "Herrera", "Inoue", "Johansson", "Kimura", "Laurent", "Morozov", "Nielsen", "Oliveira",
    "Popescu", "Rahman", "Santos", "Tkachenko", "Uchida", "Vidal", "Wiśniewski", "Zaitsev", "Álvarez",
    "Müller", "Sánchez", "Øvergaard", "Nguyen", "Boateng", "Chowdhury", "Demir", "Eze", "Fitzgerald",
    "Grimaldi", "Halvorsen", "Ilunga", "Jablonski", "Keller", "Lunde", "Mwangi", "Nordin", "Osei",
    "Pietrzak", "Reyes", "Sandoval", "Tiwari", "Urbanek", "Valdez", "Wallin", "Zamora", "Asante", "Brennan",
    "Cardoso",
];

/// Titles that go before a name, with the appositive that can stand for it.
const TITLES: &[(&str, &str)] = &[
    ("Deputy Foreign Minister", "the deputy foreign minister"),
    ("Foreign Minister", "the foreign minister"),
    ("Defence Minister", "the defence minister"),
    ("Finance Minister", "the finance minister"),
    ("Interior Minister", "the interior minister"),
    ("Prime Minister", "the prime minister"),
    ("Deputy Prime Minister", "the deputy prime minister"),
    ("President", "the president"),
    ("Sen.", "the senator"),
    ("Rep.", "the lawmaker"),
    ("Gov.", "the governor"),
    ("Mayor", "the mayor"),
    ("Ambassador", "the ambassador"),
    ("Gen.", "the army chief"),
    ("Dr.", "the director of the institute"),
    ("Secretary of State", "the secretary of state"),
];

#[rustfmt::skip]
const PLACES: &[&str] = &[
    "Vienna", "Seoul", "Nairobi", "Lima", "Oslo", "Hanoi", "Accra", "Quito", "Tbilisi", "Riga", "Dakar",
    "Manila", "Porto", "Kraków", "Zürich", "São Paulo", "Reykjavík", "Ankara", "Bogotá", "Helsinki",
    "Jakarta", "Lagos", "Montevideo", "Prague", "Santiago", "Tallinn", "Valletta", "Windhoek", "Yerevan",
    "Brussels", "Geneva", "Ottawa", "Canberra", "Warsaw", "Lisbon", "Athens", "Cairo", "Tunis", "Almaty",
];
#[rustfmt::skip]
const DAYS: &[&str] = &[
    "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
];
#[rustfmt::skip]
const MONTHS: &[&str] = &[
    "January", "February", "March", "April", "June", "July", "August", "September", "October", "November",
    "December",
];
const BRACKETED: &[&str] = &[
    "[the ministry]",
    "[the government]",
    "[Moscow]",
    "[Kyiv]",
    "[sanctions]",
    "[the alliance]",
    "[the agreement]",
    "[the region]",
];

// ---------------------------------------------------------------------------------------------
// The world: vocabulary, people and quotation families.

/// A person who can be quoted.
#[derive(Debug, Clone)]
pub struct Person {
    pub first: &'static str,
    pub last: &'static str,
    pub female: bool,
    /// Index into [`TITLES`].
    pub title: usize,
}

impl Person {
    /// `Anna Petrova`.
    pub fn full(&self) -> String {
        format!("{} {}", self.first, self.last)
    }

    /// `Deputy Foreign Minister Anna Petrova`.
    pub fn titled(&self) -> String {
        format!("{} {} {}", TITLES[self.title].0, self.first, self.last)
    }

    fn role(&self) -> &'static str {
        TITLES[self.title].1
    }

    fn pronoun(&self) -> &'static str {
        if self.female { "she" } else { "he" }
    }

    fn possessive(&self) -> &'static str {
        if self.female { "her" } else { "his" }
    }

    fn shares_a_name_with(&self, other: &Person) -> bool {
        self.first == other.first || self.last == other.last
    }
}

/// One word (or a two-word variant phrase) of a quotation.
#[derive(Debug, Clone)]
struct Tok {
    text: String,
    /// The other spelling or the contraction, when there is one.
    alt: Option<String>,
    /// A pseudo-word: the words that can be substituted or deleted.
    content: bool,
    /// Punctuation right after the word.
    punct: &'static str,
    /// Starts a sentence: printed with a capital.
    cap: bool,
}

/// A quotation family: canonical words and speaker.
#[derive(Debug, Clone)]
struct Family {
    toks: Vec<Tok>,
    speaker: usize,
}

/// Everything the documents are drawn from.
struct World {
    vocabulary: Vec<String>,
    people: Vec<Person>,
    families: Vec<Family>,
    /// Number of documents each family appears in, parallel to `families`.
    counts: Vec<usize>,
}

/// The pseudo-word vocabulary (the same for every seed).
pub fn vocabulary() -> Vec<String> {
    let mut rng = Rng::stream(0x6b71_756f_7465, STREAM_VOCABULARY, 0);
    let mut seen = HashSet::new();
    let mut out = Vec::with_capacity(VOCABULARY_SIZE);
    while out.len() < VOCABULARY_SIZE {
        let syllables = rng.range(2, 3);
        let mut w = String::new();
        for s in 0..syllables {
            w.push_str(rng.word(ONSETS));
            w.push_str(rng.word(VOWELS));
            if s + 1 == syllables || rng.percent(12) {
                w.push_str(rng.word(CODAS));
            }
        }
        // British endings would be respelled by a checker's variant rules; English words would
        // be read as cues, titles or stop words.
        const ENDINGS: &[&str] = &[
            "ise", "yse", "our", "ence", "tre", "ogue", "mme", "ed", "s", "ing", "ly",
        ];
        if w.len() < 5 || ENDINGS.iter().any(|e| w.ends_with(e)) || NOT_PSEUDO.contains(&w.as_str()) {
            continue;
        }
        if seen.insert(w.clone()) {
            out.push(w);
        }
    }
    out
}

impl World {
    fn new(docs: usize, seed: u64) -> World {
        let vocabulary = vocabulary();

        let mut rng = Rng::stream(seed, STREAM_PEOPLE, 0);
        let wanted = (docs / 20 + 400).min(FEMALE.len() * SURNAMES.len() + MALE.len() * SURNAMES.len());
        let mut names = HashSet::new();
        let mut people = Vec::with_capacity(wanted);
        while people.len() < wanted {
            let female = rng.percent(50);
            let first = *rng.pick(if female { FEMALE } else { MALE });
            let last = *rng.pick(SURNAMES);
            if names.insert((first, last)) {
                people.push(Person {
                    first,
                    last,
                    female,
                    title: rng.below(TITLES.len()),
                });
            }
        }

        let counts = family_counts(docs);
        let families = (0..counts.len())
            .map(|f| {
                let mut rng = Rng::stream(seed, STREAM_FAMILY, f as u64);
                let words = rng.range(10, 30);
                Family {
                    toks: quotation(&mut rng, &vocabulary, words, 45),
                    speaker: rng.below(people.len()),
                }
            })
            .collect();
        World {
            vocabulary,
            people,
            families,
            counts,
        }
    }

    /// Which families each document carries, and whether it carries the family's first
    /// (canonical) occurrence.
    fn place(&self, docs: usize, seed: u64) -> Vec<Vec<(usize, bool)>> {
        let mut rng = Rng::stream(seed, STREAM_PLACEMENT, 0);
        let mut per_doc: Vec<Vec<(usize, bool)>> = vec![Vec::new(); docs];
        for (family, &count) in self.counts.iter().enumerate() {
            for _ in 0..count {
                let mut doc = rng.below(docs);
                let mut tries = 0;
                while (per_doc[doc].len() >= MAX_PLANTED_PER_DOC
                    || per_doc[doc].iter().any(|p| p.0 == family))
                    && tries < 64
                {
                    doc = rng.below(docs);
                    tries += 1;
                }
                if tries < 64 {
                    per_doc[doc].push((family, false));
                }
            }
        }
        let mut seen = vec![false; self.families.len()];
        for planted in &mut per_doc {
            for (family, first) in planted.iter_mut() {
                *first = !seen[*family];
                seen[*family] = true;
            }
        }
        per_doc
    }

    /// Text and planted occurrences of document `index`.
    fn document(
        &self,
        seed: u64,
        index: usize,
        name: &str,
        planted: &[(usize, bool)],
    ) -> (String, Vec<Occurrence>) {
        let mut doc = Doc {
            world: self,
            rng: Rng::stream(seed, STREAM_DOC, index as u64),
            name,
            paragraphs: Vec::new(),
            introduced: Vec::new(),
            straight: false,
            truth: Vec::new(),
        };
        doc.straight = doc.rng.percent(20);
        doc.build(planted);
        let mut text = String::new();
        for (i, p) in doc.paragraphs.iter().enumerate() {
            if i > 0 {
                text.push('\n');
                if i == 1 || doc.rng.percent(60) {
                    text.push('\n');
                }
            }
            text.push_str(p);
        }
        text.push('\n');
        (text, doc.truth)
    }
}

/// Documents each family appears in, most frequent first: a shifted Zipf law for the head and
/// singletons for the tail, `PLANTED_PER_DOC` occurrences per document in all.
fn family_counts(docs: usize) -> Vec<usize> {
    let total = docs * PLANTED_PER_DOC.0 / PLANTED_PER_DOC.1;
    let top = (docs / 40).max(2).min(docs.max(1));
    const SHIFT: usize = 4;
    let mut counts = Vec::new();
    let mut sum = 0;
    while sum < total {
        let k = counts.len();
        let c = (top * SHIFT / (k + SHIFT)).max(1);
        counts.push(c);
        sum += c;
    }
    counts
}

/// A quotation of `words` words: function words, pseudo-words and, `variant_percent` of the
/// time for each of a few slots, a word or phrase with a variant spelling.
fn quotation(rng: &mut Rng, vocabulary: &[String], words: usize, variant_percent: usize) -> Vec<Tok> {
    let mut toks: Vec<Tok> = Vec::new();
    let mut count = 0;
    let mut variants: Vec<usize> = Vec::new();
    let mut sentence_start = true;
    while count < words {
        let left = words - count;
        let roll = rng.below(100);
        let after_variant = toks.last().is_some_and(|t| t.alt.is_some());
        let tok = if roll < 12
            && variants.len() < 3
            && left >= 2
            && !after_variant
            && rng.percent(variant_percent * 2)
        {
            let pair = rng.below(VARIANTS.len());
            if variants.contains(&pair) {
                continue;
            }
            variants.push(pair);
            let (a, b) = VARIANTS[pair];
            // Spellings go either way; phrases are canonical in full and contracted as variant.
            let (text, alt) = if a.contains(' ') || a == "cannot" || rng.percent(50) {
                (a, b)
            } else {
                (b, a)
            };
            Tok {
                text: text.to_string(),
                alt: Some(alt.to_string()),
                content: false,
                punct: "",
                cap: false,
            }
        } else if roll < 55 {
            Tok {
                text: rng.pick(FUNCTION_WORDS).to_string(),
                alt: None,
                content: false,
                punct: "",
                cap: false,
            }
        } else {
            Tok {
                text: rng.pick(vocabulary).clone(),
                alt: None,
                content: true,
                punct: "",
                cap: false,
            }
        };
        // Avoid the same function word twice in a row (`the the`).
        if let Some(prev) = toks.last()
            && !tok.content
            && !prev.content
            && prev.text == tok.text
        {
            continue;
        }
        count += tok.text.split(' ').count();
        let mut tok = tok;
        tok.cap = sentence_start;
        sentence_start = false;
        toks.push(tok);
        let left = words.saturating_sub(count);
        if left >= 6 && count >= 6 && rng.percent(6) {
            toks.last_mut().expect("a word").punct = ".";
            sentence_start = true;
        } else if left >= 3 && count >= 3 && rng.percent(8) {
            toks.last_mut().expect("a word").punct = ",";
        }
    }
    // Every quotation carries at least two pseudo-words, so it is distinctive.
    let mut content = toks.iter().filter(|t| t.content).count();
    let mut at = 1;
    while content < 2 && at < toks.len() {
        if !toks[at].content && toks[at].alt.is_none() && !toks[at].text.contains(' ') {
            toks[at].text = rng.pick(vocabulary).clone();
            toks[at].content = true;
            content += 1;
        }
        at += 1;
    }
    toks.last_mut().expect("a word").punct = ".";
    toks
}

/// Prints tokens as text: single spaces, capitals at sentence starts.
fn render(toks: &[Tok], use_alt: &[bool]) -> String {
    let mut out = String::new();
    for (i, t) in toks.iter().enumerate() {
        if i > 0 {
            out.push(' ');
        }
        let word = match (&t.alt, use_alt.get(i).copied().unwrap_or(false)) {
            (Some(alt), true) => alt.as_str(),
            _ => t.text.as_str(),
        };
        if t.cap {
            out.push_str(&capitalize(word));
        } else {
            out.push_str(word);
        }
        out.push_str(t.punct);
    }
    out
}

fn capitalize(word: &str) -> String {
    let mut chars = word.chars();
    match chars.next() {
        Some(c) => c.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

fn lowercase_first(word: &str) -> String {
    let mut chars = word.chars();
    match chars.next() {
        Some(c) => c.to_lowercase().chain(chars).collect(),
        None => String::new(),
    }
}

// ---------------------------------------------------------------------------------------------
// One document.

/// How a quotation is attributed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Form {
    /// `“…,” Petrova said.`
    AfterSurname,
    /// `“…,” said Anna Petrova.`
    SaidFull,
    /// `Petrova said: “…”`
    ColonBefore,
    /// `Anna Petrova, the minister, said that “…”`
    SaidThat,
    /// A paragraph names the person, the next one is `“…,” she said.`
    Pronoun,
    /// `“…,” according to Anna Petrova.`
    AccordingTo,
    /// `… Anna Petrova warned:` then a paragraph `– …`.
    Dash,
}

impl Form {
    const ALL: [Form; 7] = [
        Form::AfterSurname,
        Form::SaidFull,
        Form::ColonBefore,
        Form::SaidThat,
        Form::Pronoun,
        Form::AccordingTo,
        Form::Dash,
    ];
    const WEIGHTS: [usize; 7] = [24, 18, 14, 10, 16, 8, 10];

    fn as_str(self) -> &'static str {
        match self {
            Form::AfterSurname => "after-surname",
            Form::SaidFull => "said-full",
            Form::ColonBefore => "colon-before",
            Form::SaidThat => "said-that",
            Form::Pronoun => "pronoun",
            Form::AccordingTo => "according-to",
            Form::Dash => "dash",
        }
    }

    /// Whether the attribution follows the quotation, so its final period becomes a comma.
    fn attribution_follows(self) -> bool {
        matches!(
            self,
            Form::AfterSurname | Form::SaidFull | Form::Pronoun | Form::AccordingTo
        )
    }
}

/// Change kinds of a non-first occurrence, with their weights (per mille).
const CHANGE_WEIGHTS: [(Change, usize); 7] = [
    (Change::Identical, 400),
    (Change::Typographic, 150),
    (Change::Editorial, 100),
    (Change::Fragment, 80),
    (Change::Variant, 100),
    (Change::Reworded, 110),
    (Change::Misattributed, 60),
];

struct Doc<'a> {
    world: &'a World,
    rng: Rng,
    name: &'a str,
    paragraphs: Vec<String>,
    /// People already named in full in this document.
    introduced: Vec<usize>,
    /// Straight double quotes instead of curly ones.
    straight: bool,
    truth: Vec<Occurrence>,
}

/// One quotation to place in a document.
enum Item {
    Planted { family: usize, first: bool },
    Noise,
}

impl<'a> Doc<'a> {
    fn build(&mut self, planted: &[(usize, bool)]) {
        let mut items: Vec<Item> = planted
            .iter()
            .map(|&(family, first)| Item::Planted { family, first })
            .collect();
        for _ in 0..self.rng.range(1, 3) {
            items.push(Item::Noise);
        }
        // Shuffle (Fisher-Yates).
        for i in (1..items.len()).rev() {
            let j = self.rng.below(i + 1);
            items.swap(i, j);
        }

        let headline = self.headline();
        self.paragraphs.push(headline);
        let target_paragraphs = self.rng.range(6, 15);
        let target_bytes = self.rng.range(2300, 3700);
        let filler_count = target_paragraphs.saturating_sub(items.len() + 1).max(2);
        // Filler paragraphs go around and between the quotations; each starts with one sentence.
        let mut filler_at: Vec<usize> = Vec::new();
        let mut slots: Vec<bool> = vec![true; filler_count];
        slots.extend(std::iter::repeat_n(false, items.len()));
        for i in (2..slots.len()).rev() {
            let j = 1 + self.rng.below(i);
            slots.swap(i, j);
        }
        let mut items = items.into_iter();
        for filler in slots {
            if filler {
                filler_at.push(self.paragraphs.len());
                let s = self.filler_sentence();
                self.paragraphs.push(s);
            } else if let Some(item) = items.next() {
                match item {
                    Item::Planted { family, first } => self.planted(family, first),
                    Item::Noise => self.noise(),
                }
            }
        }
        // Grow the filler until the document reaches its size.
        let mut size: usize = self.paragraphs.iter().map(|p| p.len() + 2).sum();
        while size < target_bytes {
            let at = *self.rng.pick(&filler_at);
            let s = self.filler_sentence();
            size += s.len() + 1;
            self.paragraphs[at].push(' ');
            self.paragraphs[at].push_str(&s);
        }
    }

    fn word(&mut self) -> &'a str {
        let w = self.world;
        w.vocabulary[self.rng.below(w.vocabulary.len())].as_str()
    }

    fn place(&mut self) -> &'static str {
        self.rng.word(PLACES)
    }

    fn headline(&mut self) -> String {
        format!(
            "{} {} {} {} as {} {} {}",
            self.place(),
            capitalize(self.word()),
            capitalize(self.word()),
            capitalize(self.word()),
            self.word(),
            self.word(),
            self.word()
        )
    }

    /// One sentence of prose: no quotation marks, apostrophes or speech verbs.
    fn filler_sentence(&mut self) -> String {
        match self.rng.below(7) {
            0 => format!(
                "The {} {} in {} {}ed the {} {} on {}.",
                self.word(),
                self.word(),
                self.place(),
                self.word(),
                self.word(),
                self.word(),
                self.rng.pick(DAYS)
            ),
            1 => format!(
                "{} and {} {}ed a {} {} last {}, the first such {} since {}.",
                self.place(),
                self.place(),
                self.word(),
                self.word(),
                self.word(),
                self.rng.pick(MONTHS),
                self.word(),
                1990 + self.rng.below(34)
            ),
            2 => format!(
                "Officials {}ed {} {} across the {} {} and the {} of {}.",
                self.word(),
                self.rng.range(3, 900),
                self.word(),
                self.word(),
                self.word(),
                self.word(),
                self.word()
            ),
            3 => format!(
                "The {} {} {}ed {}ly after the {} {} in {} earlier this year.",
                self.word(),
                self.word(),
                self.word(),
                self.word(),
                self.word(),
                self.word(),
                self.place()
            ),
            4 => {
                let p = self.rng.below(self.world.people.len());
                let person = &self.world.people[p];
                format!(
                    "{} met {} officials in {} on {} to review the {} {}.",
                    person.titled(),
                    self.word(),
                    self.place(),
                    self.rng.pick(DAYS),
                    self.word(),
                    self.word()
                )
            }
            5 => format!(
                "By {}, the {} of {} had {}ed by {} percent, with the {} {} still {}.",
                self.rng.pick(MONTHS),
                self.word(),
                self.word(),
                self.word(),
                self.rng.range(2, 60),
                self.word(),
                self.word(),
                self.word()
            ),
            _ => format!(
                "Analysts in {} expect the {} {} to {} the {} before the {} {}.",
                self.place(),
                self.word(),
                self.word(),
                self.word(),
                self.word(),
                self.word(),
                self.word()
            ),
        }
    }

    /// Introduces `person` in a paragraph of its own.
    fn introduce(&mut self, person: usize) {
        let p = &self.world.people[person];
        let s = format!(
            "{} arrived in {} on {} for talks on the {} {}.",
            p.titled(),
            self.place(),
            self.rng.pick(DAYS),
            self.word(),
            self.word()
        );
        self.paragraphs.push(s);
        self.introduced.push(person);
    }

    fn introduce_once(&mut self, person: usize) {
        if !self.introduced.contains(&person) {
            self.introduce(person);
        }
    }

    fn marks(&self, flip: bool) -> (&'static str, &'static str) {
        if self.straight != flip {
            ("\"", "\"")
        } else {
            ("“", "”")
        }
    }

    /// Writes the quotation `text` attributed to `person` in `form`; returns the exact quoted text.
    fn attribute(&mut self, person: usize, text: &str, form: Form, flip_marks: bool) -> String {
        let (open, close) = self.marks(flip_marks);
        let p = self.world.people[person].clone();
        let mut quoted = text.to_string();
        if form.attribution_follows() && quoted.ends_with('.') {
            quoted.pop();
            quoted.push(',');
        }
        match form {
            Form::AfterSurname => {
                self.introduce_once(person);
                let mut par = format!("{open}{quoted}{close} {} said.", p.last);
                if self.rng.percent(30) {
                    par.push(' ');
                    par.push_str(&self.filler_sentence());
                }
                self.paragraphs.push(par);
            }
            Form::SaidFull => {
                let name = if self.rng.percent(40) {
                    format!("{}, {}", p.full(), p.role())
                } else {
                    p.full()
                };
                self.paragraphs
                    .push(format!("{open}{quoted}{close} said {name}."));
                self.introduced.push(person);
            }
            Form::ColonBefore => {
                let lead = if self.introduced.contains(&person) {
                    p.last.to_string()
                } else {
                    self.introduced.push(person);
                    p.titled()
                };
                let par = if self.rng.percent(50) {
                    format!("Speaking in {}, {lead} said: {open}{quoted}{close}", self.place())
                } else {
                    format!("{lead} said: {open}{quoted}{close}")
                };
                self.paragraphs.push(par);
            }
            Form::SaidThat => {
                self.paragraphs.push(format!(
                    "{}, {}, said that {open}{quoted}{close}",
                    p.full(),
                    p.role()
                ));
                self.introduced.push(person);
            }
            Form::Pronoun => {
                self.introduce(person);
                self.paragraphs
                    .push(format!("{open}{quoted}{close} {} said.", p.pronoun()));
            }
            Form::AccordingTo => {
                self.paragraphs
                    .push(format!("{open}{quoted}{close} according to {}.", p.full()));
                self.introduced.push(person);
            }
            Form::Dash => {
                let day = self.rng.pick(DAYS);
                self.paragraphs
                    .push(format!("In a statement on {day}, {} warned:", p.titled()));
                self.paragraphs.push(format!("– {quoted}"));
                self.introduced.push(person);
            }
        }
        quoted
    }

    fn form(&mut self) -> Form {
        Form::ALL[self.rng.weighted(&Form::WEIGHTS)]
    }

    fn noise(&mut self) {
        let words = self.rng.range(8, 25);
        let toks = quotation(&mut self.rng, &self.world.vocabulary, words, 20);
        let person = self.rng.below(self.world.people.len());
        let form = self.form();
        self.attribute(person, &render(&toks, &[]), form, false);
    }

    fn planted(&mut self, family: usize, first: bool) {
        let world = self.world;
        let fam = &world.families[family];
        let mut change = if first {
            Change::Identical
        } else {
            let weights: Vec<usize> = CHANGE_WEIGHTS.iter().map(|c| c.1).collect();
            CHANGE_WEIGHTS[self.rng.weighted(&weights)].0
        };
        if change == Change::Variant && !fam.toks.iter().any(|t| t.alt.is_some()) {
            change = Change::Typographic;
        }
        let mut speaker = fam.speaker;
        let mut flip = false;
        let form = self.form();
        let text = match change {
            Change::Identical => render(&fam.toks, &[]),
            Change::Misattributed => {
                let canonical = &world.people[fam.speaker];
                loop {
                    let other = self.rng.below(world.people.len());
                    if !world.people[other].shares_a_name_with(canonical) {
                        speaker = other;
                        break;
                    }
                }
                render(&fam.toks, &[])
            }
            Change::Typographic => {
                flip = self.rng.percent(50);
                // A statement after a dash starts with a capital in real copy.
                self.typographic(&render(&fam.toks, &[]), form != Form::Dash)
            }
            Change::Variant => {
                let with_alt: Vec<usize> = (0..fam.toks.len())
                    .filter(|&i| fam.toks[i].alt.is_some())
                    .collect();
                let mut use_alt = vec![false; fam.toks.len()];
                for _ in 0..self.rng.range(1, 2) {
                    use_alt[*self.rng.pick(&with_alt)] = true;
                }
                render(&fam.toks, &use_alt)
            }
            Change::Editorial => self.editorial(&fam.toks),
            Change::Reworded => self.reworded(&fam.toks),
            Change::Fragment => {
                let text = self.fragment(&fam.toks, speaker);
                self.truth.push(Occurrence {
                    doc: self.name.to_string(),
                    family: family as u32,
                    change,
                    form: "fragment".into(),
                    speaker: world.people[speaker].full(),
                    text,
                });
                return;
            }
        };
        let quoted = self.attribute(speaker, &text, form, flip);
        self.truth.push(Occurrence {
            doc: self.name.to_string(),
            family: family as u32,
            change,
            form: form.as_str().into(),
            speaker: world.people[speaker].full(),
            text: quoted,
        });
    }

    /// Apostrophe glyphs, the case of the first word (when `recase`), the final period: at least
    /// one changes.
    fn typographic(&mut self, text: &str, recase: bool) -> String {
        loop {
            let mut out = text.to_string();
            if out.contains('’') && self.rng.percent(60) {
                out = out.replace('’', "'");
            }
            if recase && self.rng.percent(50) {
                out = lowercase_first(&out);
            }
            if out.ends_with('.') && self.rng.percent(40) {
                out.pop();
            }
            if out != text {
                return out;
            }
        }
    }

    /// Two to four inner words left out with an ellipsis, or a bracketed word inserted.
    fn editorial(&mut self, toks: &[Tok]) -> String {
        let mut toks = toks.to_vec();
        if toks.len() >= 9 && self.rng.percent(60) {
            let n = self.rng.range(2, 4);
            let start = self.rng.range(2, toks.len() - n - 2);
            let ellipsis = if self.rng.percent(50) { "..." } else { "…" };
            let cap = toks[start].cap;
            toks.splice(
                start..start + n,
                [Tok {
                    text: ellipsis.to_string(),
                    alt: None,
                    content: false,
                    punct: "",
                    cap: false,
                }],
            );
            if cap {
                toks[start + 1].cap = true;
            }
        } else {
            let at = self.rng.range(1, toks.len() - 1);
            let word = *self.rng.pick(BRACKETED);
            toks.insert(
                at,
                Tok {
                    text: word.to_string(),
                    alt: None,
                    content: false,
                    punct: "",
                    cap: false,
                },
            );
        }
        render(&toks, &[])
    }

    /// One or two inner pseudo-words replaced by others, or one deleted.
    fn reworded(&mut self, toks: &[Tok]) -> String {
        let mut toks = toks.to_vec();
        let inner: Vec<usize> = (1..toks.len() - 1).filter(|&i| toks[i].content).collect();
        if inner.is_empty() {
            // Cannot happen with two pseudo-words per quotation and ten words; substitute anyway.
            let at = toks.len() / 2;
            toks[at].text = self.word().to_string();
            toks[at].alt = None;
            return render(&toks, &[]);
        }
        if self.rng.percent(30) {
            let at = *self.rng.pick(&inner);
            let removed = toks.remove(at);
            if removed.cap {
                toks[at].cap = true;
            }
            if !removed.punct.is_empty() && toks[at - 1].punct.is_empty() {
                toks[at - 1].punct = removed.punct;
            }
        } else {
            let n = if inner.len() >= 2 { self.rng.range(1, 2) } else { 1 };
            let mut done = Vec::new();
            while done.len() < n {
                let at = *self.rng.pick(&inner);
                if done.contains(&at) {
                    continue;
                }
                let word = loop {
                    let w = self.word();
                    if !toks.iter().any(|t| t.text == w) {
                        break w;
                    }
                };
                toks[at].text = word.to_string();
                done.push(at);
            }
        }
        render(&toks, &[])
    }

    /// Four to eight consecutive inner words of one sentence, woven into a sentence of the
    /// writer's; returns the quoted text.
    fn fragment(&mut self, toks: &[Tok], person: usize) -> String {
        let n_words = |t: &[Tok]| t.iter().map(|t| t.text.split(' ').count()).sum::<usize>();
        // Inside one sentence (no sentence end before the last word, no capital inside), four to
        // eight words, at least two of them pseudo-words: function words alone say nothing.
        let fits = |span: &[Tok]| {
            let crosses = span[..span.len() - 1].iter().any(|t| t.punct == ".") || span.iter().any(|t| t.cap);
            let content = span.iter().filter(|t| t.content).count();
            !crosses && content >= 2 && (4..=8).contains(&n_words(span))
        };
        let mut best = None;
        for _ in 0..20 {
            let len = self.rng.range(4, 8);
            if toks.len() < len + 2 {
                continue;
            }
            let start = self.rng.range(1, toks.len() - len - 1);
            if fits(&toks[start..start + len]) {
                best = Some((start, start + len));
                break;
            }
        }
        // Rarely no random pick fits: take the first span that does, or any four inner words.
        let best = best
            .or_else(|| {
                (4..=8)
                    .flat_map(|len| (1..toks.len().saturating_sub(len)).map(move |s| (s, s + len)))
                    .find(|&(s, e)| fits(&toks[s..e]))
            })
            .unwrap_or((1, toks.len().min(5)));
        let mut span = toks[best.0..best.1].to_vec();
        span.iter_mut().for_each(|t| t.cap = false);
        span.last_mut().expect("a word").punct = "";
        let text = render(&span, &[]);
        let (open, close) = self.marks(false);
        let p = self.world.people[person].clone();
        self.introduce_once(person);
        let par = match self.rng.below(3) {
            0 => format!(
                "{} called it {open}{text}{close} in {} remarks.",
                p.last,
                p.possessive()
            ),
            1 => format!(
                "{} said the {} would {open}{text}{close} before the vote.",
                p.last,
                self.word()
            ),
            _ => format!(
                "In {}, {} described the {} as {open}{text}{close}.",
                self.place(),
                p.last,
                self.word()
            ),
        };
        self.paragraphs.push(par);
        text
    }
}
