"""Who says so: a news sentence -> the source it attributes what it reports to, or None.

The engine knows no language: verbs, lead-ins, pronouns and the words that make a source come
from `parsers/lang/<code>_attribution.py` (see `parsers/lang/en_attribution.py` for the format
and the four forms it finds).  A sentence is split into words once; each verb or lead-in of the
language's tables proposes a source, read off the words next to it within a bounded window, so
the work grows with the length of the sentence and no pattern can backtrack.

The source is the noun phrase as the sentence writes it, with a leading article dropped when it
is lower case or opens the sentence ('"...," the ministry said' -> "ministry"; a capitalised
"The" in mid-sentence belongs to a name: "The New York Times").  Of several sources the main
clause wins, in this order:
  1. a closing attribution: "..., the governor said.", '"...," said Gladkov', '"...": Russia'
  2. the subject of a verb of saying that opens a clause: "Russia said ...", "On Friday, police said ..."
  3. the subject of a verb that needs a named source: "Russia accused ...", "Moscow blamed ..."
  4. "according to X"
  5. "citing X": the outlet that cites ("Ukrainian media, citing police, reported ...") is the
     attribution; the cited source only when the sentence names no other.
then the earlier one.  A verb inside a quotation, or in a subordinate clause ("a day after
officials warned ...", "what Moscow says is ..."), attributes nothing.  A bare pronoun is no
source: `find_attribution` returns None, and `attributions` replaces he, she, they and it by the
most recent source of a matching kind (person, group, organisation, name) named at most
PRONOUN_WINDOW sentences before.
"""
from __future__ import annotations

import importlib
import re
from dataclasses import dataclass
from functools import lru_cache
from types import ModuleType
from typing import NamedTuple, Sequence

# Sources are short: more words than this before a verb make a clause, not a subject.
MAX_WORDS = 9
# A pronoun stands for a source named at most this many sentences before it.
PRONOUN_WINDOW = 5
# How far the checks around a verb look, in words: what follows it, and the asides before it.
_LOOK_AHEAD = 12
_ASIDE_REACH = 40

# ranks: the lower, the more the source belongs to the main clause
_CLOSING, _LEAD_SAYING, _LEAD_NAMED, _ACCORDING, _CITING = range(5)
_LEAD_IN_RANKS = {"source": _ACCORDING, "cited": _CITING}
_REQUIREMENTS = ("any", "named", "clause")
# kinds of source, for pronouns: SOURCE_KINDS gives the first three; "name" is a capitalised name
# with none of their words, "other" anything else
KINDS = ("person", "group", "organization", "name", "other")

_TOKEN = re.compile(r"\w+(?:[-'’&.]\w+)*|[^\w\s]")


class _Token(NamedTuple):
    text: str
    start: int
    end: int
    low: str
    key: str | None    # the lower-case form where the word may be a function word; None for a name
    word: bool
    initial: bool      # first word of the sentence or of a quotation: its capital says nothing
    quoted: bool       # inside a quotation
    quote: str | None  # "open" or "close" for a quotation mark


@dataclass(frozen=True, slots=True)
class _Found:
    rank: int
    at: int               # token index of the verb or lead-in
    first: int            # token span of the source
    last: int
    pronoun: str | None   # the pronoun, when the source is one


@dataclass(frozen=True)
class Grammar:
    """A language module's tables as sets and compiled patterns."""

    lang: ModuleType
    verbs: dict           # first word -> ((words, requirement), ...), longest first
    lead_ins: dict        # first word -> ((words, form), ...)
    inverted: frozenset
    articles: frozenset
    possessives: frozenset
    pronouns: dict
    links: frozenset
    forward_links: frozenset
    stops: frozenset      # words that end a source
    clause_words: frozenset
    coordinators: frozenset
    passive: frozenset
    perfect: frozenset
    clause_verbs: frozenset  # auxiliaries and verbs: a clause goes on after a verb of saying
    negations: frozenset
    ambiguous: frozenset     # verbs that may be nouns or adjectives inside a source
    complementizers: frozenset
    adverbs: frozenset
    not_adverbs: frozenset
    ed_adjectives: frozenset
    time_words: frozenset
    time_texts: frozenset    # weekdays and months as written (capitalised)
    months: frozenset
    time_prepositions: frozenset
    statement_nouns: frozenset
    filler: frozenset        # words that may stand around a date of saying ("told reporters in a")
    source_kinds: dict       # lower-case word -> kind
    known_sources: frozenset
    abbreviations: frozenset
    openers: frozenset
    closers: frozenset
    toggles: frozenset       # quotation marks that open and close (")
    comma: str
    headline_mark: str
    agent: str               # the preposition of a passive's agent ("by")
    conjunction: str         # the word that joins names in one source ("Britain and France")
    possessive: re.Pattern
    adverb: re.Pattern
    past_verb: re.Pattern
    common_noun: re.Pattern
    participle: re.Pattern
    plural: re.Pattern
    negation: re.Pattern
    contraction: re.Pattern


def _phrases(table: dict) -> dict:
    out: dict = {}
    for phrase, value in table.items():
        words = tuple(phrase.split())
        out.setdefault(words[0], []).append((words, value))
    return {w: tuple(sorted(v, key=lambda p: -len(p[0]))) for w, v in out.items()}


def _capitalized(words) -> frozenset:
    return frozenset(f for w in words for f in (w[:1].upper() + w[1:], w.upper()))


@lru_cache(maxsize=None)
def load_grammar(code: str = "en") -> Grammar:
    lang = importlib.import_module(f"parsers.lang.{code}_attribution")
    for verb, need in lang.VERBS.items():
        if need not in _REQUIREMENTS:
            raise KeyError(f"verb {verb!r} has unknown requirement {need!r}")
    for form in lang.LEAD_INS.values():
        if form not in _LEAD_IN_RANKS:
            raise KeyError(f"lead-in form {form!r} is unknown")
    for kind in [*lang.SOURCE_KINDS, *(k for ks in lang.PRONOUNS.values() for k in ks)]:
        if kind not in KINDS:
            raise KeyError(f"unknown kind of source {kind!r}")
    kinds = {w: kind for kind, words in lang.SOURCE_KINDS.items() for w in words}
    pronouns = {p: frozenset(k) for p, k in lang.PRONOUNS.items()}
    verb_words = {w for phrase in lang.VERBS for w in phrase.split()[:1]}
    lead_words = {phrase.split()[0] for phrase in lang.LEAD_INS}
    clause_words = frozenset(lang.CLAUSE_WORDS)
    coordinators = frozenset(lang.COORDINATORS)
    passive, perfect = frozenset(lang.PASSIVE_AUXILIARIES), frozenset(lang.PERFECT_AUXILIARIES)
    stops = (clause_words | coordinators | passive | perfect | set(lang.OTHER_VERBS) | set(lang.NEGATIONS)
             | set(pronouns) | set(lang.OTHER_PRONOUNS) | verb_words | lead_words | set(lang.NOT_LINKS))
    toggles = frozenset(o for o, c in lang.QUOTES.items() if o == c)
    pattern = {name: re.compile(p) for name, p in lang.PATTERNS.items()}
    return Grammar(
        lang=lang, verbs=_phrases(lang.VERBS), lead_ins=_phrases(lang.LEAD_INS),
        inverted=frozenset(lang.INVERTED_VERBS), articles=frozenset(lang.ARTICLES),
        possessives=frozenset(lang.POSSESSIVES), pronouns=pronouns, links=frozenset(lang.LINKS),
        forward_links=frozenset(lang.FORWARD_LINKS), stops=frozenset(stops), clause_words=clause_words,
        coordinators=coordinators, passive=passive, perfect=perfect,
        clause_verbs=frozenset(passive | perfect | set(lang.OTHER_VERBS)),
        negations=frozenset(lang.NEGATIONS), ambiguous=frozenset(lang.AMBIGUOUS_VERBS), complementizers=frozenset(lang.COMPLEMENTIZERS), adverbs=frozenset(lang.ADVERBS),
        not_adverbs=frozenset(lang.NOT_ADVERBS), ed_adjectives=frozenset(lang.ED_ADJECTIVES),
        time_words=frozenset(lang.TIME_WORDS), time_texts=_capitalized(lang.DAYS + lang.MONTH_WORDS),
        months=_capitalized(lang.MONTH_WORDS), time_prepositions=frozenset(lang.TIME_PREPOSITIONS),
        statement_nouns=frozenset(lang.STATEMENT_NOUNS), source_kinds=kinds,
        filler=frozenset(lang.SAYING_FILLER) | frozenset(lang.ARTICLES) | frozenset(lang.POSSESSIVES)
        | frozenset(lang.TIME_PREPOSITIONS),
        known_sources=frozenset(lang.KNOWN_SOURCES), abbreviations=frozenset(lang.ABBREVIATIONS),
        openers=frozenset(o for o, c in lang.QUOTES.items() if o != c),
        closers=frozenset(c for o, c in lang.QUOTES.items() if o != c), toggles=toggles,
        comma=lang.COMMA, headline_mark=lang.HEADLINE_MARK, agent=lang.AGENT,
        conjunction=lang.CONJUNCTION, possessive=pattern["possessive"],
        adverb=pattern["adverb"], past_verb=pattern["past_verb"], common_noun=pattern["common_noun"],
        participle=pattern["participle"], plural=pattern["plural"], negation=pattern["negation"],
        contraction=pattern["contraction"],
    )


# --- words ------------------------------------------------------------------------------------

def _tokens(sentence: str, g: Grammar) -> list[_Token]:
    """The words and marks of a sentence, with where each stands in quotations."""
    raw: list[list] = []
    for m in _TOKEN.finditer(sentence):
        text = m.group()
        # "U.N." and "Jan." keep their period; a sentence's final period stands alone
        if (text == "." and raw and raw[-1][2] == m.start() and raw[-1][3]
                and ("." in raw[-1][0] or raw[-1][0] + "." in g.abbreviations)):
            raw[-1][0] += "."
            raw[-1][2] = m.end()
            continue
        raw.append([text, m.start(), m.end(), text[0].isalnum() or text[0] == "_"])
    # quotation marks: curly ones say which they are; a straight one opens before a word and
    # closes after one.  A closing mark with no opening one ends a quotation begun before the
    # sentence, so everything before it was quoted.
    quote: list[str | None] = [None] * len(raw)
    quoted = [False] * len(raw)
    open_at, last_close = -1, -1
    for i, (text, start, end, word) in enumerate(raw):
        if word:
            continue
        if text in g.openers or (text in g.toggles and open_at < 0 and _opens(sentence, start, end)):
            if open_at < 0:
                open_at, quote[i] = i, "open"
        elif text in g.closers or text in g.toggles:
            first = open_at + 1 if open_at >= 0 else last_close + 1
            for k in range(first, i):
                quoted[k] = True
            quote[i], open_at, last_close = "close", -1, i
    if open_at >= 0:
        for k in range(open_at + 1, len(raw)):
            quoted[k] = True
    out = []
    for i, (text, start, end, word) in enumerate(raw):
        initial = i == 0 or quote[i - 1] == "open" or raw[i - 1][0] in ("(", g.headline_mark)
        low = text.lower()
        key = low if (not text[0].isupper() or initial or text == "I") else None
        out.append(_Token(text, start, end, low, key, word, initial, quoted[i], quote[i]))
    return out


def _opens(sentence: str, start: int, end: int) -> bool:
    before = sentence[start - 1] if start else " "
    after = sentence[end] if end < len(sentence) else " "
    return (before.isspace() or before in "([{—–-") and not after.isspace()


def _is_time(t: _Token, g: Grammar) -> bool:
    return t.text in g.time_texts or (t.key is not None and t.key in g.time_words)


def _is_adverb(t: _Token, g: Grammar) -> bool:
    k = t.key
    return k is not None and (k in g.adverbs or (g.adverb.fullmatch(k) is not None and k not in g.not_adverbs))


def _is_verb_form(t: _Token, g: Grammar) -> bool:
    """A word that makes a clause: an auxiliary, a common irregular verb, or an -ed form."""
    k = t.key
    return k is not None and (k in g.clause_verbs or (g.past_verb.fullmatch(k) is not None
                                                     and k not in g.ed_adjectives))


def _pronoun(t: _Token, g: Grammar) -> str | None:
    if t.key is None:
        return None
    if t.key in g.pronouns:
        return t.key
    m = g.contraction.fullmatch(t.key)
    return m.group(1) if m and m.group(1) in g.pronouns else None


def _match(table: dict, toks: list[_Token], i: int, lower_only: bool) -> tuple[int, str] | None:
    """(number of words, value) of the longest phrase of `table` starting at word i."""
    t = toks[i]
    if t.key is None or (lower_only and not t.text[0].islower()):
        return None
    for words, value in table.get(t.key, ()):
        n = len(words)
        if i + n <= len(toks) and all(toks[i + k].key == words[k] for k in range(1, n)):
            return n, value
    return None


# --- finding the source of a sentence ---------------------------------------------------------

def _find(sentence: str, g: Grammar) -> tuple[_Found | None, list[_Token]]:
    toks = _tokens(sentence, g)
    best: _Found | None = None
    for i, t in enumerate(toks):
        if t.quoted:
            continue
        found = None
        if not t.word:
            if t.text == g.headline_mark and i and toks[i - 1].quote == "close":
                found = _headline(toks, i, g)
        elif (lead := _match(g.lead_ins, toks, i, lower_only=False)) is not None:
            span = _forward(toks, i + lead[0], g)
            if span is not None:
                found = _Found(_LEAD_IN_RANKS[lead[1]], i, *span)
        elif (verb := _match(g.verbs, toks, i, lower_only=True)) is not None:
            found = _by_verb(toks, i, verb[0], verb[1], g)
        if found is not None and (best is None or found.rank < best.rank):
            best = found
    return best, toks


def _headline(toks: list[_Token], i: int, g: Grammar) -> _Found | None:
    """'"This crime will not go unpunished": Russia': a source that ends the sentence."""
    span = _forward(toks, i + 1, g)
    if span is None or any(t.word for t in toks[span[1] + 1:]):
        return None
    return _Found(_CLOSING, i, *span)


def _by_verb(toks: list[_Token], i: int, n: int, need: str, g: Grammar) -> _Found | None:
    after = i + n
    prev = toks[i - 1] if i else None
    # '..., said regional governor Vyacheslav Gladkov, ...'
    if (prev is not None and (prev.text == g.comma or prev.quote == "close")
            and toks[i].key in g.inverted and n == 1):
        span = _forward(toks, after, g)
        # "..., said two people died" is no inversion: a clause follows the words
        if span is not None and not toks[span[0]].text[0].isdigit() and _closes(toks, span[1] + 1, g):
            return _Found(_CLOSING, i, *span)
    j = _before_verb(toks, i - 1, g)
    if j is None or j < 0:
        return None
    if need == "clause" and not _goes_on(toks, after, g):
        return None
    closing = _closes(toks, after, g)
    if toks[j].word and (p := _pronoun(toks[j], g)) is not None:
        boundary = _boundary(toks, j - 1, g)
        if boundary is None:
            return None
        return _Found(_rank(boundary, need, closing), i, j, j, p)
    if not toks[j].word:
        if toks[j].text != g.comma or (after < len(toks) and toks[after].key in g.links):
            return None
        span = _before_aside(toks, j, g)
    else:
        span = _subject(toks, j, g)
    if span is None:
        return None
    first, last, stop = span
    if need != "any" and not _is_named(toks, first, last, g):
        return None
    boundary = _boundary(toks, stop, g)
    if boundary is None:
        return None
    return _Found(_rank(boundary, need, closing), i, first, last, None)


def _rank(boundary: str, need: str, closing: bool) -> int:
    if boundary in ("mark", "quote") and closing:
        return _CLOSING
    return _LEAD_SAYING if need == "any" else _LEAD_NAMED


def _before_verb(toks: list[_Token], j: int, g: Grammar) -> int | None:
    """The index of the last word of the subject, past adverbs, dates and "has" before the verb;
    None when a negation or a passive auxiliary says nobody is quoted."""
    saw_time = False
    for _ in range(10):
        if j < 0:
            return j
        t = toks[j]
        if not t.word:
            return j
        k = t.key
        if k is not None and (k in g.negations or g.negation.fullmatch(k)):
            return None
        if k in g.passive:
            return None
        if _is_time(t, g):
            saw_time = True
        elif t.text[0].isdigit() and j and toks[j - 1].text in g.months:
            saw_time = True
        elif saw_time and k in g.time_prepositions:
            saw_time = False
        elif k in g.perfect or _is_adverb(t, g):
            pass
        elif k in g.statement_nouns and (at := _in_statement(toks, j, g)) is not None:
            j = at
        else:
            return j
        j -= 1
    return j


def _in_statement(toks: list[_Token], j: int, g: Grammar) -> int | None:
    """"in a statement", "in a televised address": the index of its "in"."""
    for k in range(j - 1, max(j - 4, -1), -1):
        if toks[k].key in g.time_prepositions:
            return k
        if not toks[k].word:
            return None
    return None


def _subject(toks: list[_Token], j: int, g: Grammar) -> tuple[int, int, int] | None:
    """(first, last, stop) of the subject that ends at word j: the words back to a clause
    boundary, which `stop` indexes (-1 for the start of the sentence)."""
    k, count, joined = j, 0, -1
    while k >= 0:
        t = toks[k]
        if not t.word or _is_time(t, g):
            break
        key = t.key
        if key is None:
            pass
        elif key in g.possessives:
            count += 1
            k -= 1
            # "Ukraine and its allies": a possessive may follow a joined name
            if not (k > 0 and toks[k].key == g.conjunction and _joinable(toks[k - 1], g)):
                break
            continue
        elif key == g.conjunction:
            # "Britain and France said", "Police and prosecutors said": between names or sources
            if not (k + 1 <= j and k > 0 and _joinable(toks[k + 1], g) and _joinable(toks[k - 1], g)):
                break
            joined = k if joined < 0 else joined
        elif key in g.ambiguous or _by_agent(toks, k, g):
            pass
        elif key in g.stops or _pronoun(t, g) is not None:
            break
        elif key not in g.links and key not in g.articles and _is_verb_form(t, g):
            break
        count += 1
        if count > MAX_WORDS + 1:
            return None
        k -= 1
    if joined >= 0:
        k = _list_start(toks, k, g)
        # "Russia attacked Kyiv and officials said": the join ran into a clause; "and" opens one
        if _boundary(toks, k, g) is None:
            k = joined
    return _trimmed(toks, k + 1, j, k, g)


def _joinable(t: _Token, g: Grammar) -> bool:
    return t.word and (t.text[0].isupper() or t.low in g.source_kinds or t.key in g.possessives)


def _list_start(toks: list[_Token], k: int, g: Grammar) -> int:
    """Where a list of names ends that the mark at k continues: "Britain, France and Germany"."""
    while k >= 0 and toks[k].text == g.comma:
        s = _segment(toks, k)
        words = toks[s + 1:k] if s is not None else []
        if not 1 <= len(words) <= 3 or not all(t.key is None or t.initial and t.text[0].isupper()
                                               and t.key not in g.stops and t.key not in g.links
                                               for t in words):
            break
        k = s
    return k


def _trimmed(toks: list[_Token], first: int, last: int, stop: int, g: Grammar) -> tuple[int, int, int] | None:
    """The span without leading prepositions and article; None when nothing of a name is left,
    and for the name before an aside: "Serhii Dvornyk, counsellor of ... said" -> the name."""
    while first <= last and toks[first].key is not None and (toks[first].key in g.links or toks[first].key == g.conjunction):
        first += 1
    opened_lower = first <= last and toks[first].key is not None and not toks[first].initial
    if first <= last and toks[first].key in g.articles and (toks[first].text[0].islower() or toks[first].initial):
        first += 1
    if first > last:
        return None
    end = toks[last]
    if end.key is not None and (end.key in g.links or end.key in g.articles or end.key in g.possessives
                                or end.text[0].isdigit()):
        return None
    if last - first + 1 > MAX_WORDS:
        return None
    if opened_lower and stop >= 0 and toks[stop].text == g.comma:
        name = _name_before(toks, stop, g)
        if name is not None:
            return name
    return first, last, stop


def _segment(toks: list[_Token], pos: int) -> int | None:
    """The index of the mark before the words that end at pos - 1 (-1: the sentence start)."""
    s = pos - 1
    while s >= 0 and toks[s].word:
        if pos - s > _ASIDE_REACH:
            return None
        s -= 1
    return s


def _name_before(toks: list[_Token], comma: int, g: Grammar) -> tuple[int, int, int] | None:
    """A name of one to five words right before `comma`, standing alone in its clause."""
    s = _segment(toks, comma)
    if s is None or not 1 <= comma - s - 1 <= 5:
        return None
    words = toks[s + 1:comma]
    first = words[0]
    if not (first.text[0].isupper() and words[-1].text[0].isupper()):
        return None
    if any(_is_time(t, g) for t in words) or not all(t.text[0].isupper() or t.key in g.links for t in words):
        return None
    k = first.key
    if k is not None and (k in g.stops or k in g.links or k in g.articles or k in g.coordinators
                          or _is_adverb(first, g) or g.participle.fullmatch(k)):
        return None
    return s + 1, comma - 1, s


def _before_aside(toks: list[_Token], comma: int, g: Grammar) -> tuple[int, int, int] | None:
    """The subject before the asides that end right before a verb: "Maria Zakharova, the
    ministry's spokeswoman, said"; "Ukrainian media, citing police, maintains"."""
    pos = comma
    for _ in range(3):
        s = _segment(toks, pos)
        if s is None or s == pos - 1:
            return None
        head = toks[s + 1]
        # an aside opens with a lower-case word: "the ministry's spokeswoman", "citing police", "who ..."
        if head.key is not None and not head.initial and not head.text[0].isupper():
            if s < 0 or toks[s].text != g.comma:
                return None
            pos = s
            continue
        span = _subject(toks, pos - 1, g)
        if span is None or span[2] != s:
            return None
        return span
    return None


def _boundary(toks: list[_Token], k: int, g: Grammar) -> str | None:
    """What stands before a subject: the start, a mark, a closing quotation, a coordinating word
    or a date open a clause of the sentence's own; anything else (a clause word, a verb) makes
    it a subordinate clause, whose source is not the sentence's (None)."""
    if k < 0:
        return "start"
    t = toks[k]
    if not t.word:
        return "quote" if t.quote == "close" else "mark"
    if _is_time(t, g):
        return "mark"
    if t.key in g.coordinators:
        return "coordinated"
    return None


def _goes_on(toks: list[_Token], k: int, g: Grammar) -> bool:
    """Whether what follows a verb is what was said: "that", a quotation, a clause, or nothing
    ("claimed 21 were killed", '"...," he added.'), not an object ("claimed 12 lives")."""
    n = len(toks)
    while k < n and toks[k].word and (_is_time(toks[k], g) or _is_adverb(toks[k], g)
                                      or toks[k].key in g.time_prepositions or toks[k].text[0].isdigit()
                                      and k and _is_time(toks[k - 1], g)):
        k += 1
    if k >= n or not toks[k].word:
        return True
    t = toks[k]
    if t.key is not None and (t.key in g.clause_words or g.participle.fullmatch(t.key)):
        return True
    for m in range(k, min(k + 7, n)):
        u = toks[m]
        if not u.word:
            return False
        if _is_verb_form(u, g) or u.key in g.complementizers:
            return True
    return False


def _closes(toks: list[_Token], k: int, g: Grammar) -> bool:
    """Whether a verb closes its sentence or clause: no clause follows before the next mark
    ("..., the ministry said in a statement on social media.")."""
    for m in range(k, min(k + _LOOK_AHEAD, len(toks))):
        u = toks[m]
        if not u.word:
            return True
        if u.key is not None and (u.key in g.clause_words or _is_verb_form(u, g)):
            return False
    return len(toks) - k <= _LOOK_AHEAD


def _forward(toks: list[_Token], k: int, g: Grammar) -> tuple[int, int] | None:
    """The source that starts at word k, after a lead-in or an inverted verb: up to a mark,
    a date, a clause word or a preposition that opens an adjunct ("in a statement", "on Jan. 2")."""
    n = len(toks)
    if k >= n or not toks[k].word or toks[k].quoted:
        return None
    if (p := _pronoun(toks[k], g)) is not None:
        return (k, k, p) if k + 1 >= n or not toks[k + 1].word else None
    if toks[k].key in g.articles:
        k += 1
    first, count = k, 0
    while k < n and count < MAX_WORDS:
        t = toks[k]
        if not t.word or _is_time(t, g):
            break
        key = t.key
        if key is not None and key not in g.forward_links and key not in g.articles and key not in g.possessives:
            if key == g.conjunction:
                if not (k + 1 < n and toks[k + 1].key is None and toks[k - 1].text[0].isupper()):
                    break
            elif _by_agent(toks, k, g):
                pass
            elif key in g.stops or key in g.links or _pronoun(t, g) is not None or _is_verb_form(t, g):
                break
        count += 1
        k += 1
    last = k - 1
    while last >= first and toks[last].key is not None and (
            toks[last].key in g.links or toks[last].key in g.articles or toks[last].key in g.possessives
            or toks[last].key == g.conjunction):
        last -= 1
    if last < first or (toks[first].key is not None and toks[first].key in g.links):
        return None
    return first, last, None


def _by_agent(toks: list[_Token], k: int, g: Grammar) -> bool:
    """A participle with its agent stands in a source: "figures released by the company"."""
    return (k + 1 < len(toks) and toks[k + 1].key == g.agent and toks[k].key is not None
            and g.past_verb.fullmatch(toks[k].key) is not None)


def _is_named(toks: list[_Token], first: int, last: int, g: Grammar) -> bool:
    """Whether a phrase names a source: a word of SOURCE_KINDS, or a name.  A capitalised first
    word of the sentence is a name only alone, possessive ("Ukraine's") or not shaped like a
    plural or gerund ("Russia", not "Floods")."""
    words = toks[first:last + 1]
    if any(t.low in g.source_kinds for t in words) or any(t.key is None for t in words):
        return True
    head = words[0]
    if not head.text[0].isupper():
        return False
    if len(words) == 1:
        return head.text in g.known_sources or g.common_noun.fullmatch(head.low) is None
    return g.possessive.fullmatch(head.low) is not None


# --- kinds, for pronouns ----------------------------------------------------------------------

def _kind(toks: list[_Token], first: int, last: int, g: Grammar) -> str:
    words = toks[first:last + 1]
    # the head comes before its complement: "head of Kharkiv's regional administration"
    cut = next((i for i, t in enumerate(words) if i and t.key in g.links), len(words))
    head = words[:cut]
    kinds = [g.source_kinds.get(t.low) for t in head]
    if "person" in kinds:
        return "person"
    if kinds[-1] == "group":
        return "group"
    if "organization" in kinds or "group" in kinds:
        return "organization" if "organization" in kinds else "group"
    if all(t.text[0].isupper() or t.key in g.links for t in words):
        return "name"
    if g.plural.fullmatch(head[-1].low):
        return "group"
    return "other"


# --- API ----------------------------------------------------------------------------------------

def find_attribution(sentence: str, language: str = "en") -> str | None:
    """The source `sentence` attributes what it says to, as the sentence writes it, or None
    (also when the source is a bare pronoun: see `attributions`)."""
    found, toks = _find(sentence, load_grammar(language))
    if found is None or found.pronoun is not None:
        return None
    return sentence[toks[found.first].start:toks[found.last].end]


def says_only(clause: str, language: str = "en") -> bool:
    """Whether a clause holds nothing but who said something and how ("police said this
    afternoon", "the ministry said in a statement on Tuesday"): the report of another clause,
    no happening of its own."""
    g = load_grammar(language)
    found, toks = _find(clause, g)
    if found is None or found.pronoun is not None:
        return False
    verb = _match(g.verbs, toks, found.at, lower_only=True)
    said = range(found.at, found.at + (verb[0] if verb else 1))
    for k, t in enumerate(toks):
        if not t.word or found.first <= k <= found.last or k in said:
            continue
        if _is_time(t, g) or t.text in g.time_texts or t.text[:1].isdigit():
            continue
        if t.key is not None and (t.key in g.filler or t.key in g.statement_nouns or t.key in g.adverbs):
            continue
        return False
    return True


def attributions(sentences: Sequence[str], language: str = "en") -> tuple[str | None, ...]:
    """The source of each sentence in order, a pronoun ("he said") replaced by the most recent
    source of its kind named in the PRONOUN_WINDOW sentences before it."""
    g = load_grammar(language)
    out: list[str | None] = []
    named: list[tuple[int, str, str]] = []  # (sentence index, source, kind)
    for n, sentence in enumerate(sentences):
        found, toks = _find(sentence, g)
        if found is None:
            out.append(None)
            continue
        if found.pronoun is None:
            source = sentence[toks[found.first].start:toks[found.last].end]
            named.append((n, source, _kind(toks, found.first, found.last, g)))
            out.append(source)
            continue
        wanted = g.pronouns[found.pronoun]
        match = next(((source, kind) for at, source, kind in reversed(named)
                      if n - at <= PRONOUN_WINDOW and kind in wanted), None)
        out.append(match[0] if match else None)
        if match:
            # a resolved pronoun keeps its source in mind: "he said ... he added"
            named.append((n, *match))
    return tuple(out)
