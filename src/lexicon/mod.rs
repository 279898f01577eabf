//! Word lists that the attribution rules consult. All entries are lower case.
//!
//! Kept apart from the rules so that a language or a newsroom's house style is a list to extend,
//! not code to change.

use std::sync::LazyLock;

use rustc_hash::FxHashSet;

/// Verbs (all inflections) that report speech or writing: `said`, `told`, `warned`, `sagte`.
const CUE_VERBS: &[&str] = &[
    // English
    // Verbs of manner of speaking.
    "fumed",
    "fuming",
    "griped",
    "griping",
    "gushed",
    "gushing",
    "marveled",
    "marvelled",
    "marveling",
    "bemoaned",
    "bemoans",
    "bemoaning",
    "bragged",
    "brags",
    "bragging",
    "implored",
    "implores",
    "imploring",
    "interjected",
    "interjecting",
    "scolded",
    "scolds",
    "scolding",
    "sniped",
    "sniping",
    "thundered",
    "thundering",
    "trumpeted",
    "trumpeting",
    "wondered",
    "wonders",
    "wondering",
    "cried",
    "crying",
    "laughed",
    "laughing",
    "chided",
    "chides",
    "chiding",
    "taunted",
    "taunting",
    "teased",
    "teasing",
    "confided",
    "confides",
    "confiding",
    "confessed",
    "confesses",
    "confessing",
    "professed",
    "professes",
    "professing",
    "protested",
    "protesting",
    "grumbled",
    "grumbling",
    "groused",
    "grousing",
    "muttered",
    "mutters",
    "muttering",
    "murmured",
    "murmurs",
    "murmuring",
    "ranted",
    "ranting",
    "railed",
    "gloated",
    "gloats",
    "gloating",
    "crowed",
    "reassured",
    "reassures",
    "reassuring",
    // Verbs that characterise with someone's words (`condemned the test as a “grave threat”`,
    // `likened the refugees to a “vicious snake”`).
    "labeled",
    "labels",
    "labeling",
    "labelled",
    "labelling",
    "branded",
    "brands",
    "branding",
    "likened",
    "likens",
    "likening",
    "dismissed",
    "dismisses",
    "dismissing",
    "condemned",
    "condemns",
    "condemning",
    "denounced",
    "denounces",
    "denouncing",
    "hailed",
    "hails",
    "hailing",
    "characterized",
    "characterizes",
    "characterizing",
    "characterised",
    "characterising",
    "deemed",
    "deems",
    "termed",
    "terms",
    "lambasted",
    "lambastes",
    "lambasting",
    "decried",
    "decries",
    "decrying",
    "ridiculed",
    "ridicules",
    "ridiculing",
    "derided",
    "derides",
    "deriding",
    "jokes",
    "yelling",
    "yells",
    "screamed",
    "screaming",
    "joking",
    "echoed",
    "echoes",
    "echoing",
    "reveals",
    "revealed",
    "revealing",
    "dubbed",
    "dubs",
    "mocks",
    "mocking",
    "shouting",
    "chanted",
    "chanting",
    "quips",
    "quipping",
    "say",
    "says",
    "said",
    "saying",
    "tell",
    "tells",
    "told",
    "telling",
    "state",
    "states",
    "stated",
    "stating",
    "warn",
    "warns",
    "warned",
    "warning",
    "add",
    "adds",
    "added",
    "adding",
    "write",
    "writes",
    "wrote",
    "writing",
    "written",
    "note",
    "notes",
    "noted",
    "noting",
    "explain",
    "explains",
    "explained",
    "explaining",
    "declare",
    "declares",
    "declared",
    "declaring",
    "insist",
    "insists",
    "insisted",
    "insisting",
    "claim",
    "claims",
    "claimed",
    "claiming",
    "argue",
    "argues",
    "argued",
    "arguing",
    "ask",
    "asks",
    "asked",
    "asking",
    "answer",
    "answers",
    "answered",
    "reply",
    "replies",
    "replied",
    "replying",
    "respond",
    "responds",
    "responded",
    "responding",
    "tweet",
    "tweets",
    "tweeted",
    "tweeting",
    "posted",
    "announce",
    "announces",
    "announced",
    "announcing",
    "acknowledge",
    "acknowledges",
    "acknowledged",
    "acknowledging",
    "admit",
    "admits",
    "admitted",
    "admitting",
    "comment",
    "comments",
    "commented",
    "commenting",
    "remark",
    "remarks",
    "remarked",
    "recall",
    "recalls",
    "recalled",
    "recalling",
    "emphasize",
    "emphasizes",
    "emphasized",
    "emphasizing",
    "emphasise",
    "emphasised",
    "stress",
    "stresses",
    "stressed",
    "stressing",
    "predict",
    "predicts",
    "predicted",
    "promise",
    "promises",
    "promised",
    "promising",
    "vow",
    "vows",
    "vowed",
    "vowing",
    "pledge",
    "pledges",
    "pledged",
    "suggest",
    "suggests",
    "suggested",
    "suggesting",
    "urge",
    "urges",
    "urged",
    "urging",
    "observe",
    "observes",
    "observed",
    "concede",
    "concedes",
    "conceded",
    "conclude",
    "concludes",
    "concluded",
    "mention",
    "mentions",
    "mentioned",
    "repeat",
    "repeats",
    "repeated",
    "shout",
    "shouted",
    "yell",
    "yelled",
    "exclaim",
    "exclaimed",
    "testify",
    "testified",
    "testifies",
    "confirm",
    "confirms",
    "confirmed",
    "deny",
    "denies",
    "denied",
    "report",
    "reports",
    "reported",
    "reporting",
    "maintained",
    "posit",
    "posits",
    "posited",
    "boast",
    "boasted",
    "complain",
    "complains",
    "complained",
    "lament",
    "lamented",
    "charge",
    "charged",
    "contend",
    "contends",
    "contended",
    "countered",
    "retort",
    "retorted",
    "assert",
    "asserts",
    "asserted",
    "affirm",
    "affirmed",
    "quip",
    "quipped",
    "joke",
    "joked",
    "muse",
    "mused",
    "continue",
    "continued",
    "describe",
    "describes",
    "described",
    "describing",
    "call",
    "calls",
    "called",
    "calling",
    "insisted",
    "demand",
    "demands",
    "demanded",
    "threaten",
    "threatened",
    "caution",
    "cautioned",
    "allege",
    "alleges",
    "alleged",
    "announce",
    "indicate",
    "indicated",
    "indicates",
    "recount",
    "recounted",
    "read",
    "reads",
    "begin",
    "began",
    "went",
    "quote",
    "quoted",
    "quoting",
    "cite",
    "cited",
    "citing",
    "acknowledge",
    "plead",
    "pleaded",
    "whisper",
    "whispered",
    "scoff",
    "scoffed",
    "sigh",
    "sighed",
    "concur",
    "concurred",
    "proclaim",
    "proclaimed",
    "reiterate",
    "reiterated",
    "reiterates",
    "add",
    "chimed",
    "opined",
    "declares",
    "blasted",
    "slammed",
    "mocked",
    "challenged",
    "pointed",
    "speaking",
    "spoke",
    "speaks",
    "tells",
    "advised",
    "hinted",
    "estimated",
    "welcomed",
    "thanked",
    "praised",
    "criticized",
    "criticised",
    "accused",
    "apologized",
    "agreed",
    "disagreed",
    "objected",
    "reasoned",
    "surmised",
    "summed",
    "clarified",
    "elaborated",
    "conceded",
    "predicted",
    "expressed",
    "vowed",
    "informed",
    "assured",
    "reminded",
    "prompting",
    "adding",
    "texted",
    "emailed",
    "messaged",
    "wrote",
    "posted",
    "tweeted",
    // German
    "sagte",
    "sagt",
    "sagten",
    "sagen",
    "gesagt",
    "wertete",
    "wertet",
    "werteten",
    "beschwören",
    "beschwor",
    "geschrieben",
    "gefordert",
    "angekündigt",
    "mitgeteilt",
    "gewarnt",
    "geäußert",
    "erklärte",
    "erklärt",
    "erklärten",
    "meinte",
    "meint",
    "betonte",
    "betont",
    "teilte",
    "teilt",
    "berichtete",
    "berichtet",
    "fügte",
    "fügt",
    "schrieb",
    "schreibt",
    "forderte",
    "fordert",
    "kritisierte",
    "kritisiert",
    // `warf ihm vor`, `wirft der Regierung vor`: an accusation in the speaker's words.
    "warf",
    "warfen",
    "wirft",
    "werfen",
    "warnte",
    "warnt",
    "sprach",
    "spricht",
    "äußerte",
    "äußert",
    "erläuterte",
    "erläutert",
    "bestätigte",
    "bestätigt",
    "kommentierte",
    "kommentiert",
    "verkündete",
    "verkündet",
    "behauptete",
    "behauptet",
    "bekräftigte",
    "bekräftigt",
    "unterstrich",
    "unterstreicht",
    "antwortete",
    "antwortet",
    "ergänzte",
    "ergänzt",
    "zitiert",
    "zitierte",
    "erzählte",
    "erzählt",
    "versicherte",
    "versichert",
    "mahnte",
    "mahnt",
    "beklagte",
    "beklagt",
    "räumte",
    "räumt",
    "hieß",
    "heißt",
    "lautete",
    "lautet",
    "verlautete",
    "stellte",
    "stellt",
    "versprach",
    "verspricht",
    "bezeichnete",
    "bezeichnet",
    "nannte",
    "nennt",
    "gab",
    "gibt",
    "argumentierte",
    "argumentiert",
    "begründete",
    "begründet",
    "kündigte",
    "kündigt",
    "wies",
    "weist",
    "rief",
    "ruft",
    "fragte",
    "fragt",
    "teilten",
    "erklärten",
    "sagten",
    "betonten",
    "warnten",
    "forderten",
    "kritisierten",
    "fuhr",
    "fährt",
    "bestreitet",
    "bestritt",
    "charakterisierte",
    "charakterisiert",
    "widersprach",
    "widerspricht",
    "beschreibt",
    "beschrieb",
    "bezeichneten",
    "nannten",
    "meinten",
    "berichteten",
    "schrieben",
    "zitierte",
    "zitieren",
    "appellierte",
    "mahnten",
    "kommentierten",
    "reagierte",
    "reagiert",
    "sprachen",
    "lobte",
    "lobt",
    "verteidigte",
    "verteidigt",
    "bekräftigten",
    "unterstrichen",
    "urteilte",
    "urteilt",
    "befand",
    "befindet",
    "schätzte",
    "schätzt",
    "glaubt",
    "glaubte",
    "hofft",
    "hoffte",
    "fürchtet",
    "fürchtete",
    "beschwört",
    "beschworen",
    "bekanntgegeben",
    "bekannt",
    "aufforderte",
    "forderte",
    "rät",
    "riet",
    "rieten",
    "empfahl",
    "empfiehlt",
    "entgegnete",
    "entgegnet",
    "bemängelte",
    "verwies",
    "verweist",
    "resümierte",
    // More third-person and -ing forms of the verbs above.
    "accuses",
    "advises",
    "agrees",
    "apologizes",
    "assures",
    "cites",
    "clarifies",
    "criticizes",
    "criticises",
    "disagrees",
    "elaborates",
    "expresses",
    "muses",
    "opines",
    "surmises",
    "accusing",
    "advising",
    "answering",
    "apologizing",
    "asserting",
    "assuring",
    "boasting",
    "cautioning",
    "complaining",
    "conceding",
    "concluding",
    "confirming",
    "contending",
    "countering",
    "criticizing",
    "demanding",
    "exclaiming",
    "hinting",
    "indicating",
    "lamenting",
    "maintaining",
    "objecting",
    "observing",
    "opining",
    "pleading",
    "pledging",
    "predicting",
    "proclaiming",
    "recounting",
    "reiterating",
    "remarking",
    "repeating",
    "retorting",
    "scoffing",
    "whispering",
    "threatening",
    "blasting",
    "slamming",
];
static CUE_VERBS_SET: WordSet = LazyLock::new(|| CUE_VERBS.iter().copied().collect());

/// Lower-case nouns that name a role and can stand for a speaker (`the spokesman said`).
const ROLE_NOUNS: &[&str] = &[
    "child",
    "boy",
    "girl",
    "voter",
    "supporter",
    "parent",
    "delegate",
    "attendee",
    "farmer",
    "miner",
    "pastor",
    "priest",
    "historian",
    "scientist",
    "consultant",
    "organizer",
    "volunteer",
    "journalist",
    "columnist",
    "commentator",
    "critic",
    "legislator",
    "sheriff",
    "customer",
    "president",
    "minister",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "official",
    "officials",
    "ambassador",
    "leader",
    "senator",
    "governor",
    "candidate",
    "nominee",
    "secretary",
    "chairman",
    "chairwoman",
    "chair",
    "director",
    "chief",
    "adviser",
    "advisor",
    "aide",
    "aides",
    "source",
    "sources",
    "ministry",
    "agency",
    "office",
    "department",
    "campaign",
    "company",
    "police",
    "prosecutor",
    "prosecutors",
    "lawyer",
    "lawyers",
    "attorney",
    "mayor",
    "general",
    "commander",
    "expert",
    "experts",
    "analyst",
    "analysts",
    "author",
    "researcher",
    "professor",
    "economist",
    "group",
    "committee",
    "government",
    "administration",
    "court",
    "judge",
    "businessman",
    "billionaire",
    "congressman",
    "congresswoman",
    "lawmaker",
    "lawmakers",
    "representative",
    "king",
    "queen",
    "pope",
    "premier",
    "chancellor",
    "envoy",
    "diplomat",
    "statement",
    "report",
    "newspaper",
    "paper",
    "magazine",
    "network",
    "kremlin",
    "embassy",
    "military",
    "army",
    "army's",
    "team",
    "organization",
    "organisation",
    "union",
    "institute",
    "council",
    "board",
    "commission",
    "host",
    "actor",
    "actress",
    "singer",
    "star",
    "manager",
    "coach",
    "founder",
    "owner",
    "executive",
    "ceo",
    "democrat",
    "republican",
    "democrats",
    "republicans",
    "activist",
    "activists",
    "protester",
    "protesters",
    "witness",
    "witnesses",
    "resident",
    "residents",
    "mother",
    "father",
    "wife",
    "husband",
    "son",
    "daughter",
    "woman",
    "man",
    "spokesmen",
    "critics",
    "supporters",
    "voters",
    "pollster",
    "strategist",
    "operative",
    "insider",
    "insiders",
    "veteran",
    "incumbent",
    "challenger",
    "frontrunner",
    "front-runner",
    "mogul",
    "magnate",
    "speaker",
    "sprecher",
    "sprecherin",
    "minister",
    "ministerin",
    "präsident",
    "präsidentin",
    "staatsanwalt",
    "staatsanwaltschaft",
    "polizei",
    "regierung",
    "kanzlerin",
    "kanzler",
    "narrator",
    "announcer",
    "questioner",
    "moderator",
    "reporter",
    "reporters",
    "interviewer",
    "anchor",
    "caller",
    "friend",
    "neighbor",
    "neighbour",
    "teacher",
    "student",
    "doctor",
    "nurse",
    "officer",
    "officers",
    "soldier",
    "worker",
    "workers",
    "employee",
    "employees",
    "partner",
    "colleague",
    "strategist",
    "donor",
    "donors",
    "ad",
    "clip",
    "spot",
    "piece",
    "memo",
    "poll",
    "survey",
    "groups",
    "parents",
    "brother",
    "sister",
    "attorneys",
    "spokespeople",
    "governors",
    "senators",
    "nominees",
    "candidates",
    "presidents",
    "leaders",
    "ministers",
];
static ROLE_NOUNS_SET: WordSet = LazyLock::new(|| ROLE_NOUNS.iter().copied().collect());

/// Titles that may precede a name and are not part of it (`Deputy Foreign Minister`, `Sen.`).
const TITLES: &[&str] = &[
    "president",
    "vice",
    "deputy",
    "minister",
    "secretary",
    "senator",
    "sen.",
    "sen",
    "rep.",
    "rep",
    "gov.",
    "gov",
    "governor",
    "mr.",
    "mrs.",
    "ms.",
    "dr.",
    "prof.",
    "mr",
    "mrs",
    "ms",
    "dr",
    "prof",
    "professor",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "ambassador",
    "chancellor",
    "prime",
    "general",
    "gen.",
    "chief",
    "director",
    "chairman",
    "chairwoman",
    "leader",
    "adviser",
    "advisor",
    "official",
    "speaker",
    "representative",
    "congressman",
    "congresswoman",
    "mayor",
    "judge",
    "justice",
    "attorney",
    "king",
    "queen",
    "prince",
    "princess",
    "pope",
    "rev.",
    "lt.",
    "col.",
    "capt.",
    "sgt.",
    "adm.",
    "gen",
    "lt",
    "col",
    "capt",
    "sgt",
    "adm",
    "sir",
    "dame",
    "lord",
    "commander",
    "envoy",
    "premier",
    "chair",
    "ceo",
    "founder",
    "candidate",
    "nominee",
    "herr",
    "frau",
    "bundeskanzlerin",
    "bundeskanzler",
    "bundespräsident",
    "ministerpräsident",
    "bundesminister",
    "bundesministerin",
    "sprecher",
    "sprecherin",
    "chef",
    "chefin",
    "kanzlerin",
    "kanzler",
    "präsident",
    "präsidentin",
    "state",
];
static TITLES_SET: WordSet = LazyLock::new(|| TITLES.iter().copied().collect());

/// Words written with a capital that do not start a name (sentence openers, days, months).
const NOT_NAMES: &[&str] = &[
    "the",
    "a",
    "an",
    "in",
    "on",
    "at",
    "but",
    "and",
    "or",
    "if",
    "when",
    "while",
    "as",
    "after",
    "before",
    "during",
    "since",
    "although",
    "though",
    "however",
    "meanwhile",
    "this",
    "that",
    "these",
    "those",
    "it",
    "its",
    "it's",
    "we",
    "they",
    "he",
    "she",
    "i",
    "his",
    "her",
    "their",
    "our",
    "my",
    "your",
    "there",
    "here",
    "what",
    "why",
    "how",
    "who",
    "whom",
    "yet",
    "so",
    "still",
    "also",
    "both",
    "some",
    "many",
    "most",
    "for",
    "from",
    "by",
    "with",
    "without",
    "to",
    "of",
    "last",
    "next",
    "earlier",
    "later",
    "now",
    "then",
    "today",
    "yesterday",
    "tomorrow",
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "january",
    "february",
    "march",
    "april",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
    "according",
    "asked",
    "speaking",
    "instead",
    "indeed",
    "thus",
    "because",
    "until",
    "unless",
    "whether",
    "where",
    "all",
    "any",
    "each",
    "every",
    "no",
    "not",
    "one",
    "two",
    "three",
    "several",
    "such",
    "other",
    "another",
    "even",
    "only",
    "just",
    "again",
    "once",
    "said",
    "says",
    "read",
    "more",
    "read",
    "first",
    "second",
    "finally",
    "overall",
    "yes",
    "well",
    "oh",
    "okay",
    "ok",
    "do",
    "does",
    "did",
    "is",
    "are",
    "was",
    "were",
    "be",
    "has",
    "have",
    "had",
    "can",
    "could",
    "will",
    "would",
    "should",
    "may",
    "might",
    "must",
    "let",
    "like",
    "than",
    "which",
    "you",
    "me",
    "him",
    "us",
    "them",
    "der",
    "die",
    "das",
    "ein",
    "eine",
    "und",
    "oder",
    "aber",
    "als",
    "wie",
    "im",
    "am",
    "er",
    "sie",
    "es",
    "wir",
    "ihr",
    "auch",
    "doch",
    "dann",
    "nach",
    "vor",
    "mit",
    "bei",
    "auf",
    "für",
    "über",
    "unter",
    "zu",
    "zum",
    "zur",
    "vom",
    "von",
    "dem",
    "den",
    "des",
    "laut",
    "dass",
    "weil",
    "wenn",
    "denn",
    "nun",
    "noch",
    "schon",
    "nur",
    "so",
    "plus",
    "besides",
    "moreover",
    "furthermore",
    "nonetheless",
    "nevertheless",
    "perhaps",
    "maybe",
    "tonight",
    "thanks",
    "sure",
    "please",
    "sorry",
    "dear",
    "hello",
    "hi",
    "ah",
    "da",
    "nachdem",
    "außerdem",
    "darin",
    "ähnlich",
    "deshalb",
    "dabei",
    "dazu",
    "daher",
    "damit",
    "jedoch",
    "zudem",
    "trotzdem",
    "allerdings",
    "inzwischen",
    "obwohl",
    "während",
    "seit",
    "bis",
    "gemäß",
    "zuvor",
    "später",
    "derzeit",
    "damals",
    "dort",
    "hier",
    "darauf",
    "daraufhin",
    "demnach",
    "somit",
    "hierzu",
    "dafür",
    "dagegen",
    "davon",
    "darüber",
    "zwar",
    "immer",
    "oft",
    "vielleicht",
    "etwa",
    "rund",
    "mehr",
    "viele",
    "einige",
    "alle",
    "beide",
    "andere",
    "jeder",
    "jede",
    "jedes",
    "kein",
    "keine",
    "dies",
    "diese",
    "dieser",
    "dieses",
    "einer",
    "eines",
    "einem",
    "einen",
    "sondern",
    "ihre",
    "seine",
    "sein",
    "gegen",
    "ohne",
    "um",
    "durch",
    "heute",
    "gestern",
    "danach",
    "davor",
    "dadurch",
    "dennoch",
    "deswegen",
    "darum",
    "daneben",
    "zunächst",
    "schließlich",
    "anschließend",
    "zuletzt",
    "erst",
    "gleichzeitig",
    "zugleich",
    "ebenfalls",
    "überdies",
    "indes",
    "indessen",
    "hingegen",
    "daraus",
    "daran",
    "bereits",
    "insgesamt",
    "insbesondere",
    "zusammenfassend",
    "januar",
    "februar",
    "märz",
    "juni",
    "juli",
    "oktober",
    "dezember",
];
static NOT_NAMES_SET: WordSet = LazyLock::new(|| NOT_NAMES.iter().copied().collect());

/// Subject pronouns that refer back to a speaker.
const PRONOUNS: &[&str] = &["he", "she", "it", "they", "we", "i", "er", "sie"];
static PRONOUNS_SET: WordSet = LazyLock::new(|| PRONOUNS.iter().copied().collect());

/// Words between a subject and its verb that do not change who speaks (`has also said`).
const VERB_FILLERS: &[&str] = &[
    "has",
    "have",
    "had",
    "also",
    "then",
    "later",
    "again",
    "once",
    "repeatedly",
    "previously",
    "recently",
    "earlier",
    "further",
    "simply",
    "just",
    "still",
    "would",
    "will",
    "could",
    "did",
    "does",
    "do",
    "is",
    "was",
    "were",
    "are",
    "reportedly",
    "publicly",
    "privately",
    "flatly",
    "firmly",
    "bluntly",
    "openly",
    "angrily",
    "quietly",
    "herself",
    "himself",
    "themselves",
    "quickly",
    "immediately",
    "ultimately",
    "finally",
    "subsequently",
    "often",
    "frequently",
    "never",
    "always",
    "hat",
    "habe",
    "auch",
    "dann",
    "noch",
    "bereits",
];
static VERB_FILLERS_SET: WordSet = LazyLock::new(|| VERB_FILLERS.iter().copied().collect());

/// Words of a time phrase that may sit between a cue and its speaker (`said on Thursday`).
const TIME_WORDS: &[&str] = &[
    "on",
    "in",
    "at",
    "last",
    "this",
    "next",
    "early",
    "late",
    "earlier",
    "later",
    "ago",
    "today",
    "yesterday",
    "tonight",
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "morning",
    "afternoon",
    "evening",
    "night",
    "week",
    "month",
    "year",
    "weekend",
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
    "am",
    "gestern",
    "heute",
    "montag",
    "dienstag",
    "mittwoch",
    "donnerstag",
    "freitag",
    "samstag",
    "sonntag",
];
static TIME_WORDS_SET: WordSet = LazyLock::new(|| TIME_WORDS.iter().copied().collect());

/// Prepositions: a name right after one is an object, not a speaker (`told Seoul`, `to TASS`).
const PREPOSITIONS: &[&str] = &[
    "to",
    "with",
    "by",
    "for",
    "of",
    "from",
    "in",
    "on",
    "at",
    "against",
    "about",
    "into",
    "toward",
    "towards",
    "over",
    "under",
    "between",
    "among",
    "than",
    "like",
    "via",
    "through",
    "across",
    "behind",
    "during",
    "without",
    "within",
    "upon",
    "near",
    "per",
    "outside",
    "inside",
    "amid",
    "around",
    "beyond",
    "throughout",
    "told",
    "urged",
    "asked",
    "mit",
    "von",
    "zu",
    "gegen",
    "über",
    "nach",
    "für",
    "bei",
    "aus",
];
static PREPOSITIONS_SET: WordSet = LazyLock::new(|| PREPOSITIONS.iter().copied().collect());

/// Auxiliary verbs that make the following cue passive (`South Korea was warned`).
const PASSIVE_MARKERS: &[&str] = &[
    "was", "were", "been", "being", "is", "are", "be", "wurde", "wurden", "wird", "werden",
];
static PASSIVE_MARKERS_SET: WordSet = LazyLock::new(|| PASSIVE_MARKERS.iter().copied().collect());

/// Words that mark a capitalised chunk as a place or an institution rather than a person.
const NOT_PERSON_WORDS: &[&str] = &[
    "korea",
    "north",
    "south",
    "east",
    "west",
    "united",
    "states",
    "state",
    "kingdom",
    "union",
    "republic",
    "party",
    "house",
    "office",
    "ministry",
    "council",
    "department",
    "university",
    "news",
    "times",
    "post",
    "street",
    "journal",
    "agency",
    "committee",
    "court",
    "city",
    "county",
    "club",
    "association",
    "institute",
    "center",
    "centre",
    "foundation",
    "bank",
    "fund",
    "group",
    "corporation",
    "company",
    "inc",
    "ltd",
    "network",
    "press",
    "television",
    "tv",
    "radio",
    "federation",
    "parliament",
    "congress",
    "senate",
    "assembly",
    "army",
    "navy",
    "force",
    "forces",
    "command",
    "nations",
    "organization",
    "organisation",
    "alliance",
    "peninsula",
    "sea",
    "ocean",
    "river",
    "mountain",
    "island",
    "islands",
    "airport",
    "station",
    "hotel",
    "palace",
    "square",
    "avenue",
    "road",
    "bridge",
    "church",
    "school",
    "college",
    "hospital",
    "prison",
    "district",
    "province",
    "region",
    "america",
    "europe",
    "asia",
    "africa",
    "ukraine",
    "russia",
    "china",
    "japan",
    "germany",
    "france",
    "britain",
    "india",
    "iran",
    "iraq",
    "syria",
    "israel",
    "washington",
    "moscow",
    "seoul",
    "beijing",
    "london",
    "paris",
    "berlin",
    "kyiv",
    "pyongyang",
    "tokyo",
    "york",
    "los",
    "angeles",
    "san",
    "new",
    "democrats",
    "republicans",
    "democratic",
    "republican",
    "federal",
    "national",
    "international",
    "security",
    "defense",
    "defence",
    "foreign",
    "affairs",
    "global",
    "world",
    "reuters",
    "buzzfeed",
    "politico",
    "breitbart",
    "huffpost",
    "axios",
    "conference",
    "convention",
    "summit",
    "cnn",
    "bbc",
    "fox",
    "msnbc",
    "nbc",
    "abc",
    "cbs",
    "ap",
    "tass",
    "telegram",
    "twitter",
    "facebook",
    "instagram",
    "youtube",
    "google",
    "white",
    "kremlin",
    "pentagon",
    "zeitung",
    "zeitungen",
    "nachrichtenagentur",
    "agentur",
    "sender",
    "fernsehsender",
    "rundfunk",
    "magazin",
    "wochenzeitung",
    "tageszeitung",
    "website",
    "webseite",
    "blatt",
];
static NOT_PERSON_WORDS_SET: WordSet = LazyLock::new(|| NOT_PERSON_WORDS.iter().copied().collect());

/// Nouns for what was said or written; `a statement` is never the speaker.
/// Nouns of speech after a possessive name (`Trump’s claim that`, `LePage’s promise to seek`):
/// what follows is that person's words.
const SPEECH_NOUNS: &[&str] = &[
    "claim",
    "claims",
    "promise",
    "promises",
    "pledge",
    "vow",
    "remark",
    "remarks",
    "comment",
    "comments",
    "words",
    "call",
    "description",
    "warning",
    "threat",
    "threats",
    "assertion",
    "insistence",
    "admission",
    "suggestion",
    "accusation",
    "accusations",
    "argument",
    "phrase",
    "slogan",
    "assurance",
    "assurances",
    "declaration",
    "boast",
    "charge",
    "quip",
    "refrain",
    "mantra",
    "plea",
    "demand",
    "demands",
    "criticism",
    "characterization",
    "apology",
    "tweet",
    "tweets",
    "prediction",
    "complaint",
    "rhetoric",
    "catchphrase",
    "mocking",
    "jab",
    "dismissal",
    "denial",
    "label",
    "nickname",
    "behauptung",
    "aussage",
    "worte",
    "warnung",
    "forderung",
    "versprechen",
    "kritik",
    "vorwurf",
];

const DOCUMENT_NOUNS: &[&str] = &[
    "statement",
    "report",
    "letter",
    "post",
    "tweet",
    "email",
    "e-mail",
    "interview",
    "memo",
    "release",
    "message",
    "video",
    "speech",
    "op-ed",
    "column",
    "article",
    "book",
    "note",
];
static SPEECH_NOUNS_SET: WordSet = LazyLock::new(|| SPEECH_NOUNS.iter().copied().collect());
static DOCUMENT_NOUNS_SET: WordSet = LazyLock::new(|| DOCUMENT_NOUNS.iter().copied().collect());

/// A word list, built once: lookups sit on the hot path of attribution.
type WordSet = LazyLock<Words>;

fn contains(set: &WordSet, word: &str) -> bool {
    set.contains(word)
}

/// A hash set of words behind a sketch of them. Four lookups in five miss (a name looked up
/// among the words that are not names, a noun among the cue verbs), and the sketch tells most
/// of those in a few instructions, where hashing the word and probing the set costs some 75.
#[derive(Debug)]
pub struct Words {
    words: FxHashSet<&'static str>,
    /// Two bits set for each word, at `sketch_bits` of it.
    sketch: [u64; SKETCH_BITS / 64],
}

/// Of the sketch: with two bits a word, a list of 600 words sets about a quarter of them and
/// lets through 7 % of the words it does not hold.
const SKETCH_BITS: usize = 4096;

/// A list of words loaded from a data file under `lexicon/`.
pub type WordList = Words;

/// The function words of each language (`lexicon/<lang>/function-words.txt`).
pub const EN_FUNCTION_WORDS: &str = include_str!("../../lexicon/en/function-words.txt");
pub const DE_FUNCTION_WORDS: &str = include_str!("../../lexicon/de/function-words.txt");

/// The words of a list file: one lower-case word a line, `#` to the end of a line a comment,
/// blank lines skipped.
pub fn entries(data: &'static str) -> impl Iterator<Item = &'static str> {
    data.lines()
        .map(|line| line.split_once('#').map_or(line, |(word, _)| word).trim())
        .filter(|word| !word.is_empty())
}

/// A word list built from a list file's text.
pub fn list(data: &'static str) -> Words {
    entries(data).collect()
}

impl Words {
    /// Whether the list holds `word` (lower case).
    pub fn contains(&self, word: &str) -> bool {
        self.may_contain(word) && self.words.contains(word)
    }

    /// What the sketch alone tells: false only for words the set does not hold.
    fn may_contain(&self, word: &str) -> bool {
        sketch_bits(word)
            .iter()
            .all(|&bit| self.sketch[bit / 64] & (1 << (bit % 64)) != 0)
    }
}

impl FromIterator<&'static str> for Words {
    fn from_iter<I: IntoIterator<Item = &'static str>>(list: I) -> Words {
        let mut set = Words {
            words: FxHashSet::default(),
            sketch: [0; SKETCH_BITS / 64],
        };
        for word in list {
            for bit in sketch_bits(word) {
                set.sketch[bit / 64] |= 1 << (bit % 64);
            }
            set.words.insert(word);
        }
        set
    }
}

/// Two positions in the sketch from a word's length and its first, middle and last bytes: what
/// tells most words apart, read without a loop.
fn sketch_bits(word: &str) -> [usize; 2] {
    let bytes = word.as_bytes();
    let n = bytes.len();
    let (first, middle, last) = match n {
        0 => (0, 0, 0),
        _ => (bytes[0], bytes[n / 2], bytes[n - 1]),
    };
    let key = u64::from(first) | u64::from(middle) << 8 | u64::from(last) << 16 | (n as u64) << 24;
    let h = key.wrapping_mul(0x9e37_79b9_7f4a_7c15);
    [(h >> 52) as usize, (h >> 40) as usize % SKETCH_BITS]
}

/// `said`, `told`, `sagte`: a verb that introduces reported speech.
pub fn is_cue_verb(lower: &str) -> bool {
    contains(&CUE_VERBS_SET, lower)
}

/// German adverbs that may stand between a cue and its inverted subject (`sagte dazu der Minister`).
pub fn is_german_adverb(lower: &str) -> bool {
    matches!(
        lower,
        "dazu"
            | "auch"
            | "zudem"
            | "daraufhin"
            | "außerdem"
            | "weiter"
            | "nun"
            | "jedoch"
            | "allerdings"
            | "noch"
            | "bereits"
            | "damals"
            | "später"
            | "gestern"
            | "heute"
            | "ebenfalls"
            | "dabei"
            | "darin"
            | "darauf"
            | "hierzu"
            | "dort"
            | "aber"
            | "mit"
            | "ganz"
            | "erst"
            | "schon"
            | "jetzt"
            | "zuvor"
            | "deshalb"
            | "daher"
            | "trotzdem"
    )
}

/// Cue verbs whose `-s` form is also a plural noun (`member states`, `his demands`).
pub fn is_also_plural_noun(lower: &str) -> bool {
    matches!(
        lower,
        "states"
            | "labels"
            | "brands"
            | "terms"
            | "demands"
            | "reports"
            | "claims"
            | "calls"
            | "notes"
            | "comments"
            | "remarks"
            | "answers"
            | "warnings"
            | "charges"
            | "promises"
            | "pledges"
            | "vows"
            | "tweets"
            | "posts"
            | "quotes"
            | "reads"
            | "stresses"
            | "recalls"
            | "insists"
    )
}

/// `claim`, `promise`, `remarks`: a noun that names what someone said.
pub fn is_speech_noun(lower: &str) -> bool {
    contains(&SPEECH_NOUNS_SET, lower)
}

/// Nouns that name a work: the quotation right after them is its title (`the film “…”`,
/// `Dokumentation „…“`), not speech.
const WORK_NOUNS: &[&str] = &[
    "book",
    "novel",
    "film",
    "movie",
    "documentary",
    "album",
    "song",
    "buch",
    "buches",
    "roman",
    "films",
    "dokumentation",
    "dokumentarfilm",
    "lied",
    "liedes",
];

/// Nouns for what is broadcast, staged or run under a name (`the “Road to Recovery” tour`).
const PROGRAMME_NOUNS: &[&str] = &[
    "program",
    "programme",
    "show",
    "series",
    "podcast",
    "segment",
    "column",
    "tour",
    "forum",
    "festival",
    "conference",
    "summit",
    "initiative",
    "campaign",
];

static PROGRAMME_NOUNS_SET: WordSet = LazyLock::new(|| PROGRAMME_NOUNS.iter().copied().collect());

pub fn is_programme_noun(lower: &str) -> bool {
    contains(&PROGRAMME_NOUNS_SET, lower)
}

/// Nouns that name a motto or a heading, with or without a colon (`unter dem Motto „…“`,
/// `(Überschrift: „…“)`, `the slogan “…”`).
const HEADING_NOUNS: &[&str] = &[
    "motto",
    "mottos",
    "slogan",
    "title",
    "headline",
    "titel",
    "titels",
    "überschrift",
    "schlagzeile",
];

static WORK_NOUNS_SET: WordSet = LazyLock::new(|| WORK_NOUNS.iter().copied().collect());
static HEADING_NOUNS_SET: WordSet = LazyLock::new(|| HEADING_NOUNS.iter().copied().collect());

pub fn is_work_noun(lower: &str) -> bool {
    contains(&WORK_NOUNS_SET, lower)
}

pub fn is_heading_noun(lower: &str) -> bool {
    contains(&HEADING_NOUNS_SET, lower)
}

/// Endings of German compounds that name a work or a motto (`Klima-Dokumentation`, `Erstwerk`,
/// `Spielfilm`, `Arbeitstitel`).
const GERMAN_WORK_ENDINGS: &[&str] = &["dokumentation", "werk", "titel", "motto", "roman", "film", "buch"];

/// A lower-case German compound ending in a noun for a work (not the bare noun itself).
pub fn is_german_work_compound(lower: &str) -> bool {
    GERMAN_WORK_ENDINGS
        .iter()
        .any(|n| lower.len() > n.len() && lower.ends_with(n))
}

pub fn is_document_noun(lower: &str) -> bool {
    contains(&DOCUMENT_NOUNS_SET, lower)
}

pub fn is_role_noun(lower: &str) -> bool {
    contains(&ROLE_NOUNS_SET, lower)
}

pub fn is_title(lower: &str) -> bool {
    contains(&TITLES_SET, lower)
}

/// Capitalised words that do not start a name: function words, days, months, and adverbs that
/// open a sentence (`Shortly`, `Unfortunately`).
pub fn is_not_name(lower: &str) -> bool {
    contains(&NOT_NAMES_SET, lower) || is_adverb_in_ly(lower)
}

/// `Finally`, `Really`: an adverb in `-ly`; but `Kelly`, `Connolly`, `Reilly` and `Emily` are
/// names, and no common adverb ends in `-elly`, `-olly`, `-illy` or `-ily`.
fn is_adverb_in_ly(lower: &str) -> bool {
    lower.len() > 4
        && lower.ends_with("ly")
        && !["ily", "elly", "olly", "illy"].iter().any(|e| lower.ends_with(e))
}

pub fn is_pronoun(lower: &str) -> bool {
    contains(&PRONOUNS_SET, lower)
}

pub fn is_verb_filler(lower: &str) -> bool {
    contains(&VERB_FILLERS_SET, lower)
}

pub fn is_time_word(lower: &str) -> bool {
    contains(&TIME_WORDS_SET, lower) || lower.chars().all(|c| c.is_ascii_digit() || c == ',')
}

/// Common irregular past tenses: a verb after a subject, as `-ed` is for the regular ones.
const IRREGULAR_PASTS: &[&str] = &[
    "made", "took", "gave", "came", "got", "held", "left", "met", "ran", "sent", "spent", "stood", "won",
    "lost", "kept", "brought", "bought", "thought", "found", "became", "led", "paid", "saw", "knew",
    "struck", "wrote", "spoke", "sought", "fought", "drew", "threw", "felt", "heard", "meant", "sat", "fell",
    "rose", "chose", "broke", "hid", "shook", "swore", "woke", "bore", "dealt", "built", "sold", "taught",
    "caught",
];
static IRREGULAR_PASTS_SET: WordSet = LazyLock::new(|| IRREGULAR_PASTS.iter().copied().collect());

pub fn is_irregular_past(lower: &str) -> bool {
    contains(&IRREGULAR_PASTS_SET, lower)
}

pub fn is_preposition(lower: &str) -> bool {
    contains(&PREPOSITIONS_SET, lower)
}

pub fn is_passive_marker(lower: &str) -> bool {
    contains(&PASSIVE_MARKERS_SET, lower)
}

pub fn is_not_person_word(lower: &str) -> bool {
    contains(&NOT_PERSON_WORDS_SET, lower)
}

/// Name particles written in lower case inside a name (`Ursula von der Leyen`, `bin Salman`).
pub fn is_name_particle(lower: &str) -> bool {
    matches!(
        lower,
        "de" | "da"
            | "van"
            | "von"
            | "der"
            | "den"
            | "bin"
            | "al"
            | "la"
            | "le"
            | "du"
            | "di"
            | "del"
            | "dos"
            | "ibn"
    )
}

/// Abbreviations whose period does not end a sentence.
pub fn is_abbreviation(lower: &str) -> bool {
    matches!(
        lower,
        "mr" | "mrs"
            | "ms"
            | "dr"
            | "prof"
            | "sen"
            | "rep"
            | "gov"
            | "gen"
            | "lt"
            | "col"
            | "capt"
            | "sgt"
            | "adm"
            | "st"
            | "jr"
            | "sr"
            | "rev"
            | "no"
            | "vs"
            | "inc"
            | "corp"
            | "co"
            | "ltd"
            | "jan"
            | "feb"
            | "mar"
            | "apr"
            | "aug"
            | "sept"
            | "sep"
            | "oct"
            | "nov"
            | "dec"
            | "mt"
            | "ft"
            | "hon"
            | "dept"
            | "gop"
            | "u.s"
            | "u.k"
            | "u.n"
            | "d.c"
            | "e.g"
            | "i.e"
            | "etc"
            | "approx"
            | "dr.h.c"
            | "bzw"
            | "ca"
            | "nr"
            | "z.b"
            | "hl"
    )
}

/// German conjunctions that open a subordinate clause, which puts its verb last.
pub fn is_german_subordinator(lower: &str) -> bool {
    matches!(
        lower,
        "dass"
            | "weil"
            | "indem"
            | "wenn"
            | "ob"
            | "nachdem"
            | "während"
            | "obwohl"
            | "bevor"
            | "damit"
            | "sodass"
            | "wobei"
            | "falls"
    )
}

/// German prepositions and their contractions with an article (`am`, `zur`): a German sentence
/// that opens with one opens with an adverbial phrase, and its subject follows the verb
/// (`Am Morgen wurden …`, `Auf der Autobahn ist …`).
pub fn is_german_preposition(lower: &str) -> bool {
    matches!(
        lower,
        "an" | "am"
            | "ans"
            | "auf"
            | "aus"
            | "bei"
            | "beim"
            | "durch"
            | "für"
            | "gegen"
            | "hinter"
            | "im"
            | "in"
            | "ins"
            | "mit"
            | "nach"
            | "neben"
            | "ohne"
            | "seit"
            | "trotz"
            | "über"
            | "um"
            | "unter"
            | "vom"
            | "von"
            | "vor"
            | "während"
            | "wegen"
            | "zu"
            | "zum"
            | "zur"
            | "zwischen"
    )
}

/// German documents that words are quoted from, compounds included (`Presseerklärung`,
/// `Positionspapier`, `Abschlussbericht`).
pub fn is_german_document_noun(lower: &str) -> bool {
    [
        "erklärung",
        "stellungnahme",
        "mitteilung",
        "bericht",
        "brief",
        "schreiben",
        "papier",
        "studie",
        "urteil",
        "begründung",
        "dokument",
        "memorandum",
        "beschluss",
        "antrag",
        "resolution",
        "gutachten",
        "protokoll",
        "entwurf",
        "artikel",
    ]
    .iter()
    .any(|d| lower.ends_with(d))
}

/// German auxiliaries of the perfect and the future, in every mood (`hat`, `habe`, `werde`).
pub fn is_german_auxiliary(lower: &str) -> bool {
    matches!(
        lower,
        "habe"
            | "hat"
            | "hatte"
            | "hätte"
            | "haben"
            | "hatten"
            | "hätten"
            | "ist"
            | "sei"
            | "war"
            | "wäre"
            | "sind"
            | "seien"
            | "waren"
            | "wird"
            | "werde"
            | "würde"
            | "werden"
            | "würden"
    )
}

/// German definite and indefinite articles.
pub fn is_german_article(lower: &str) -> bool {
    matches!(
        lower,
        "der"
            | "die"
            | "das"
            | "des"
            | "dem"
            | "den"
            | "ein"
            | "eine"
            | "eines"
            | "einer"
            | "einem"
            | "einen"
    )
}

/// German subjunctive forms that mark reported speech (`sei`, `habe`, `würden`).
pub fn is_german_subjunctive(lower: &str) -> bool {
    matches!(
        lower,
        "sei"
            | "seien"
            | "habe"
            | "hätte"
            | "hätten"
            | "werde"
            | "würde"
            | "würden"
            | "müsse"
            | "müssten"
            | "könne"
            | "könnten"
            | "solle"
            | "sollten"
            | "wolle"
            | "gebe"
            | "stehe"
            | "bestehe"
            | "gelte"
            | "liege"
            | "bleibe"
    )
}

/// `Angaben`, `Aussagen`: what `nach` names as a source (`nach Angaben der Polizei`).
pub fn is_german_account(lower: &str) -> bool {
    matches!(
        lower,
        "angaben" | "aussagen" | "auffassung" | "ansicht" | "einschätzung" | "darstellung" | "informationen"
    )
}

/// German verbs of naming, whose object follows them (`nannte sie „reine Spekulation“`).
pub fn is_german_naming_verb(lower: &str) -> bool {
    matches!(
        lower,
        "nannte" | "nannten" | "nennt" | "bezeichnete" | "bezeichnet" | "titulierte" | "charakterisierte"
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    const LISTS: &[&[&str]] = &[
        CUE_VERBS,
        ROLE_NOUNS,
        TITLES,
        NOT_NAMES,
        PRONOUNS,
        VERB_FILLERS,
        TIME_WORDS,
        PREPOSITIONS,
        PASSIVE_MARKERS,
        NOT_PERSON_WORDS,
        SPEECH_NOUNS,
        DOCUMENT_NOUNS,
        PROGRAMME_NOUNS,
        WORK_NOUNS,
        HEADING_NOUNS,
        IRREGULAR_PASTS,
    ];

    #[test]
    fn a_word_set_holds_its_words_and_no_other() {
        let everything: Vec<&str> = LISTS.iter().flat_map(|l| l.iter().copied()).collect();
        for list in LISTS {
            let set: Words = list.iter().copied().collect();
            for word in *list {
                assert!(set.contains(word), "{word}");
            }
            let others: Vec<&str> = everything.iter().copied().filter(|w| !list.contains(w)).collect();
            for word in &others {
                assert!(!set.contains(word), "{word}");
            }
            // The sketch alone turns most of them away: a sketch with every bit set would pass
            // the checks above and save nothing.
            let passed = others.iter().filter(|w| set.may_contain(w)).count();
            assert!(passed * 5 < others.len(), "{passed} of {} passed", others.len());
        }
    }

    #[test]
    fn the_empty_word_and_words_past_ascii_are_looked_up_too() {
        let set: Words = ["", "für", "über"].into_iter().collect();
        assert!(set.contains("") && set.contains("für") && set.contains("über"));
        assert!(!set.contains("fur") && !set.contains("a"));
    }
}
