"""English language resources for the attribution engine (parsers/attribution.py): data only.

FORMAT: word tables are tuples of lower-case words, or dicts from a lower-case word or phrase to
a value; a phrase (several words) is matched word by word.  A table is read against a word's
lower-case form, except that a capitalised word in mid-sentence is a name and never a function
word ("May", "The" of "The New York Times").  PATTERNS are regex fragments matched against one
whole word in lower case.  A second language is a second module `<code>_attribution.py` with
the same names.

The engine finds the source a sentence names in four forms:
  subject   "<source> said ...", "..., <source> said."           a verb of VERBS after its subject
  inverted  "..., said <source>."                                 a verb of INVERTED_VERBS before it
  lead-in   "according to <source>", "citing <source>"           a phrase of LEAD_INS before it
  headline  '"...": <source>'                                     a quotation, a colon, a source
"""
# the grammar reads ABBREVIATIONS and QUOTES from this module too: the same as the tagger's
from parsers.lang.en import ABBREVIATIONS, MONTHS, QUOTES, RELATIVE_DAYS, SPEECH_NOUNS, WEEKDAYS  # noqa: F401

# verb -> what its subject must be for the sentence to be attributed to it:
#   "any"     any noun phrase: verbs that report speech whatever says it ("The letter said ...")
#   "named"   a named source: a name, or a phrase holding a word of SOURCE_KINDS ("Russia accused
#             ...", "Local officials warned ...", but not "The storm warned")
#   "clause"  a named source, and the verb must go on with what was said: "that", a quotation,
#             a clause, or nothing ("claimed 21 were killed", not "claimed 12 lives")
# Past and present forms are listed apart; a past participle doubles for "has said".
VERBS = {
    "said": "any", "says": "any", "told": "any", "tells": "named", "stated": "any", "states": "clause",
    "wrote": "any", "writes": "any", "written": "any", "tweeted": "any", "tweets": "clause",
    "insisted": "any", "insists": "any", "alleged": "clause", "alleges": "clause",
    "asserted": "any", "asserts": "any", "testified": "any", "testifies": "any",
    "argued": "any", "argues": "any", "stressed": "any", "stresses": "any",
    "emphasized": "any", "emphasised": "any", "explained": "any", "explains": "any",
    "noted": "any", "notes": "clause", "declared": "named", "declares": "named",
    "admitted": "named", "admits": "named", "acknowledged": "named", "acknowledges": "named",
    "conceded": "named", "concedes": "named", "remarked": "any",
    "announced": "named", "announces": "named", "reported": "named", "reports": "clause",
    "warned": "named", "warns": "named", "confirmed": "named", "confirms": "named",
    "posted": "named", "accused": "named", "accuses": "named", "blamed": "named", "blames": "named",
    "vowed": "named", "vows": "named", "denied": "named", "denies": "named",
    "condemned": "named", "condemns": "named", "urged": "named", "urges": "named",
    "pledged": "named", "pledges": "named", "promised": "named", "promises": "named",
    "threatened": "named", "threatens": "named", "predicted": "named", "predicts": "named",
    "estimated": "named", "estimates": "clause", "revealed": "named", "reveals": "named",
    "disclosed": "named", "discloses": "named", "ruled": "named", "rules": "clause",
    "commented": "named", "demanded": "named", "demands": "named",
    "called for": "named", "called on": "named", "calls for": "named", "calls on": "named",
    "put the blame": "named", "placed the blame": "named", "laid the blame": "named",
    "claimed": "clause", "claims": "clause", "added": "clause", "adds": "clause",
    "continued": "clause", "maintained": "clause", "maintains": "clause",
    "asked": "clause", "replied": "clause", "responded": "clause",
    "retorted": "named", "countered": "named", "cautioned": "named", "contended": "named",
    "complained": "named", "recounted": "named", "quoted": "named",
    # plural present forms: "Russian officials say ...", "They claim that ..."
    "say": "any", "tell": "named", "write": "any", "insist": "any", "allege": "any", "argue": "any",
    "note": "clause", "report": "clause", "warn": "named", "confirm": "named", "accuse": "named",
    "blame": "named", "vow": "named", "deny": "named", "urge": "named", "estimate": "clause",
    "claim": "clause", "maintain": "clause",
}
# Words of VERBS that are nouns or adjectives too: inside a source they do not end it going back
# ("A UN report said", "a written statement said", "the noted author said").
AMBIGUOUS_VERBS = ("report", "reports", "claim", "claims", "note", "notes", "states", "estimate",
                   "estimates", "rules", "tweets", "promises", "demands", "calls", "vows", "blame",
                   "alleged", "noted", "accused", "confirmed", "estimated", "reported", "written")
# Words after a verb of the "clause" kind that open what was said ("claimed at the UN that ...").
COMPLEMENTIZERS = ("that", "whether")
# Verbs that may come before their subject, after a quotation or a comma: '..., said the governor.'
INVERTED_VERBS = ("said", "says", "added", "wrote", "noted", "explained", "continued", "asked", "warned")

# phrase -> form: the source follows the phrase.  "source": what it says comes from there
# ("according to local authorities"); "cited": a reporter cites it, and the reporter is the
# attribution when the sentence names one ("Ukrainian media, citing police, reported"), the
# cited source only when nothing else is attributed.
LEAD_INS = {"according to": "source", "citing": "cited"}

# Articles dropped from the front of a source: "the ministry said" -> "ministry".  A capitalised
# "The" in mid-sentence is part of a name and is kept ("The New York Times").
ARTICLES = ("the", "a", "an")
# Determiners that open a source and are kept: "his lawyer said".
POSSESSIVES = ("his", "her", "its", "their", "our", "my", "your")

# pronoun -> kinds of source it may stand for (see SOURCE_KINDS; "name" is a capitalised name
# with no word of SOURCE_KINDS, "other" any other phrase).  A pronoun is never itself a source:
# attributions() replaces it by the most recent source of a matching kind.
PRONOUNS = {
    "he": ("person", "name", "other"), "him": ("person", "name", "other"),
    "she": ("person", "name", "other"),
    "they": ("group", "organization", "other"), "them": ("group", "organization", "other"),
    "it": ("organization", "name"),
}
# Pronouns that stand for no one a sentence could name: never a source.
OTHER_PRONOUNS = ("i", "me", "we", "us", "you", "one", "this", "these", "those", "there", "here",
                  "someone", "anyone", "everyone", "nobody", "something", "anything", "everything")

# Words that make a phrase a source, by kind (the kind lets a pronoun find it again).
SOURCE_KINDS = {
    "person": (
        "spokesman", "spokeswoman", "spokesperson", "minister", "president", "governor", "mayor",
        "chancellor", "premier", "senator", "congressman", "congresswoman", "lawmaker", "legislator",
        "ambassador", "envoy", "diplomat", "official", "head", "chief", "director", "commander",
        "general", "colonel", "officer", "lawyer", "attorney", "prosecutor", "judge", "justice",
        "secretary", "chairman", "chairwoman", "chair", "ceo", "founder", "analyst", "expert",
        "witness", "resident", "survivor", "doctor", "nurse", "professor", "researcher", "economist",
        "scientist", "representative", "counsellor", "counselor", "adviser", "advisor", "aide",
        "deputy", "leader", "sheriff", "executive", "manager", "owner", "coach", "investigator",
        "negotiator", "candidate", "speaker", "reporter", "correspondent", "editor", "activist",
        "firefighter", "soldier", "pilot", "source", "man", "woman", "father", "mother", "son",
        "daughter", "wife", "husband", "brother", "sister", "pope", "king", "queen", "prince",
        "mr.", "mrs.", "ms.", "dr.", "gov.", "sen.", "rep.", "gen.", "col.", "lt.", "sgt.", "capt.",
    ),
    "group": (
        "officials", "authorities", "police", "prosecutors", "investigators", "witnesses",
        "residents", "sources", "analysts", "experts", "lawyers", "doctors", "scientists",
        "researchers", "economists", "diplomats", "lawmakers", "legislators", "leaders",
        "activists", "organizers", "organisers", "protesters", "rescuers", "firefighters", "troops",
        "forces", "soldiers", "media", "outlets", "officers", "workers", "employees", "survivors",
        "relatives", "families", "parents", "observers", "monitors", "medics", "paramedics",
        "services", "agencies", "ministers", "militants", "rebels", "separatists", "insurgents",
        "negotiators", "members", "critics", "supporters", "opponents", "campaigners", "unions",
        "regulators", "shareholders", "executives", "judges", "forecasters", "meteorologists",
        "allies", "envoys", "spokesmen", "representatives", "commanders", "reports", "family",
        "voters", "villagers", "authors", "students", "fans",
    ),
    "organization": (
        "ministry", "government", "administration", "office", "department", "agency", "service",
        "council", "committee", "commission", "court", "tribunal", "parliament", "congress", "senate",
        "assembly", "cabinet", "military", "army", "navy", "command", "embassy", "mission",
        "company", "firm", "group", "corporation", "bank", "union", "party", "campaign",
        "organization", "organisation", "foundation", "institute", "university", "hospital",
        "board", "authority", "regulator", "watchdog", "network", "newspaper", "broadcaster",
        "channel", "station", "website", "report", "statement", "study", "survey", "poll",
        "filing", "indictment", "complaint", "ruling", "lawsuit", "letter", "document", "team",
        "club", "league", "federation", "association", "coalition", "alliance", "regime",
        "kremlin", "pentagon", "television", "tv", "radio", "press", "inc.", "corp.", "co.", "ltd.",
    ),
}
# Names that a sentence may open with and that look like a plural or a gerund (see PATTERNS):
# a plural common noun opening a sentence ("Floods claimed ...") is no named source.
KNOWN_SOURCES = ("Reuters", "Brussels", "Athens", "Philippines", "Netherlands", "Wales", "Beijing",
                 "Boeing", "Nanjing", "Chongqing", "Kunming", "Stevens", "Williams", "Roberts")

# Words that end a source going back from its verb: the start of a clause, so the phrase before
# them is no subject of the verb ("what Moscow says is ..." attributes nothing).
CLAUSE_WORDS = (
    "that", "which", "who", "whom", "whose", "what", "whatever", "when", "whenever", "where",
    "while", "whilst", "whereas", "because", "if", "whether", "though", "although", "as", "after",
    "before", "since", "until", "till", "unless", "once", "so", "than", "how", "why", "lest",
)
# Words that join clauses: the source after them heads a clause of its own ("..., and police said").
COORDINATORS = ("and", "but", "or", "nor", "yet", "however", "meanwhile", "still", "separately",
                "instead", "moreover", "also", "then", "now", "thus", "hence", "indeed", "nonetheless",
                "nevertheless", "furthermore", "besides", "otherwise", "therefore", "overall",
                "again", "thereafter", "afterwards", "elsewhere", "here", "there")
# Words that may stand inside a source: "head of ...", "a spokesman for ...", "ambassador to ...".
# FORWARD_LINKS are taken after a verb or lead-in too; the rest only before a verb, since after
# one they usually start an adjunct (", said the governor in a statement").
LINKS = ("of", "for", "from", "to", "by", "with", "at", "in", "de", "du", "da", "di", "del",
         "della", "der", "den", "van", "von", "al", "el", "bin", "ibn", "la", "le", "dos", "das", "y")
FORWARD_LINKS = ("of", "for", "from", "to", "by", "with", "de", "du", "da", "di", "del", "della",
                 "der", "den", "van", "von", "al", "el", "bin", "ibn", "la", "le", "dos", "das", "y")

# Auxiliaries: before a verb of VERBS, a passive one ("was told", "were reported killed") means
# no one is quoted; a perfect one is passed over ("has said").  Any other auxiliary or verb ends
# a source going back ("... could say").
PASSIVE_AUXILIARIES = ("is", "are", "was", "were", "be", "been", "being", "am", "get", "gets", "got")
PERFECT_AUXILIARIES = ("has", "have", "had")
OTHER_VERBS = (
    "do", "does", "did", "will", "would", "can", "could", "may", "might", "must", "shall", "should",
    "hit", "struck", "took", "came", "went", "fell", "rose", "shot", "fled", "left", "won", "lost",
    "made", "found", "gave", "began", "met", "held", "sent", "saw", "became", "brought", "kept",
    "led", "ran", "put", "set", "cut", "let", "knew", "thought", "spoke", "broke", "seems",
    "appears", "think", "believe", "believes", "know", "knows",
)
# "didn't say", "has not commented", "never claimed": nothing is attributed.
NEGATIONS = ("not", "never", "no", "neither")

# Adverbs that may stand between a source and its verb ("also said", "repeatedly warned"); words
# of the "adverb" pattern are taken too, except NOT_ADVERBS.
ADVERBS = ("also", "later", "earlier", "previously", "again", "then", "now", "still", "already",
           "first", "initially", "separately", "further", "likewise", "once", "long", "too", "since",
           "soon", "herself", "himself", "themselves", "itself", "all", "both", "however")
NOT_ADVERBS = ("family", "ally", "assembly", "supply", "rally", "daily", "weekly", "monthly",
               "quarterly", "reply", "monopoly", "anomaly", "fly", "italy", "only", "early", "july",
               "bully", "belly", "holy", "lily", "sally", "emily", "kelly", "billy", "molly", "ely")
# Words ending in -ed that may stand in a source ("armed forces"): adjectives, and words that are no
# verbs at all ("hundred"); other -ed words are verbs and end a source.
ED_ADJECTIVES = ("armed", "united", "retired", "unnamed", "unidentified", "elected", "appointed",
                 "detained", "wounded", "injured", "concerned", "affected", "displaced", "exiled",
                 "jailed", "so-called", "self-proclaimed", "self-declared", "indicted", "renowned",
                 "designated", "embattled", "besieged", "red", "bed", "seed", "hundred")

# Time words: a date between a source and its verb is passed over ("Police on Tuesday said"), and
# a date ends a source after a verb (", said President Zelensky on Jan. 2").  Weekdays and months
# count only capitalised (the verb "may" is no month).
DAYS = tuple(WEEKDAYS)
MONTH_WORDS = tuple(MONTHS)
TIME_WORDS = tuple(w for w in RELATIVE_DAYS if " " not in w) + (
    "morning", "afternoon", "evening", "night", "overnight", "week", "weekend", "month", "year",
    "day", "late", "early", "earlier", "later", "last", "this", "next", "ago",
)
# Prepositions that open a date: passed over with it ("Police on Tuesday said").
TIME_PREPOSITIONS = ("on", "in", "at", "during", "since", "by")
# Prepositions that end a source going back from its verb: they rarely stand inside one, and the
# words before them are something else ("the attack on Kyiv officials said ...").
NOT_LINKS = ("on", "over", "under", "about", "against", "between", "through", "into", "onto",
             "during", "without", "within", "like", "near", "amid", "despite", "toward", "towards")
# "in a statement", "in an interview": passed over between a source and its verb.
STATEMENT_NOUNS = tuple(dict.fromkeys(n.split()[-1] for n in SPEECH_NOUNS))
# Words that may stand around the date of a statement besides its source, verb and speech noun
# ("told reporters at a news conference on Tuesday"): a clause of only these reports another.
SAYING_FILLER = ("reporters", "journalists", "the", "press", "media", "news", "conference", "to",
                 "at", "in", "on", "a", "an", "later", "also", "and")

PATTERNS = {
    # -ly adverbs: "repeatedly", "publicly"
    "adverb": r"[a-z]+ly",
    # past forms: a word of this shape is a verb, not part of a source, unless in ED_ADJECTIVES
    "past_verb": r"[a-z][a-z-]*ed",
    # plurals and gerunds: a sentence-initial word of this shape is no name ("Floods", "Fighting")
    "common_noun": r"[a-z]*(?:[^aiosu']s|ing)",
    # participles that open an aside: ", citing police,", ", speaking to reporters,"
    "participle": r"[a-z]+ing",
    # plurals: a source of this shape stands for a group ("villagers")
    "plural": r"[a-z]*[^aiosu']s",
    # "hasn't", "didn’t": negations
    "negation": r"[a-z]*n['’]t",
    # possessives: a sentence-initial "Ukraine's" is a name
    "possessive": r".+['’]s",
    # "he's", "they've": a pronoun and an auxiliary; group 1 is the pronoun
    "contraction": r"([a-z]+)['’](?:s|ve|d|ll|re)",
}

# Punctuation.  Any mark ends a source; COMMA sets off asides ("Maria Zakharova, the ministry's
# spokeswoman, said") and comes before an inverted verb; HEADLINE_MARK joins a quotation to its
# speaker in a headline ('"This crime will not go unpunished": Russia').
COMMA = ","
HEADLINE_MARK = ":"
# The preposition of a passive's agent: a participle before it stays in a source ("figures
# released by the company"); any other -ed word ends one.
AGENT = "by"
# The word that joins names into one source: "Britain and France said".
CONJUNCTION = "and"

