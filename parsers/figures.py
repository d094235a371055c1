"""Figures: text -> Figure: the numbers a news sentence reports about a happening, and what they count.

The engine knows no language: numbers, qualifiers, the words that say what is counted, and the
templates that tie them together come from `parsers/lang/<language>_figures.py` (see
`parsers/lang/en_figures.py` for the format and the decisions on ranges and additive words).
One regex finds every number with its qualifiers; each is then checked against the language's
BLOCKED templates (dates, ages, measures, names) and given the kind of the first rule whose
template fits the words around it.  A number no rule fits counts nothing and is dropped.
Every pattern looks at most WINDOW characters around a number, so the time spent is linear in
the length of the text.
"""
from __future__ import annotations

import importlib
import re
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from functools import lru_cache
from types import ModuleType
from typing import Iterator

from parsers.timexes import trie
from timeline.model import Figure

try:  # the regex parser of `re`, for the width of a pattern (see `_reach`)
    from re import _parser as _sre_parser  # Python 3.11+
except ImportError:  # pragma: no cover - Python 3.10
    import sre_parse as _sre_parser

_NAME = re.compile(r"\{([a-z_]+)\}")
_MARK = "{figure}"
# how far a template may reach before or after a figure: longer than any template needs
WINDOW = 160
# the words of a written number: "twenty-one" is "twenty" and "one"
_WORDS = re.compile(r"[^\s\-‐–]+")


@dataclass(frozen=True)
class Template:
    """A BLOCKED or RULES entry compiled: what must end where a figure starts, start where it ends."""

    name: str
    before: re.Pattern | None
    after: re.Pattern | None
    kind: str | tuple[str, ...] = ()
    reach: int = WINDOW  # the longest text `before` can match: where its search starts

    def fit(self, text: str, start: int, end: int) -> dict | None:
        """The groups the template captured around the figure at start:end, None when it does not fit."""
        groups: dict = {}
        if self.before is not None:
            m = self.before.search(text, max(0, start - self.reach), start)
            if m is None:
                return None
            groups.update(m.groupdict())
        if self.after is not None:
            m = self.after.match(text, end, end + WINDOW)
            if m is None:
                return None
            groups.update(m.groupdict())
        return groups


@dataclass(frozen=True)
class Language:
    """A figures module with its patterns compiled."""

    lang: ModuleType
    figure: re.Pattern
    blocked: tuple[Template, ...]
    rules: tuple[Template, ...]
    tables: dict  # table name -> {lower-case key: value}, for reading what a group matched
    one_kinds: frozenset
    typos: dict  # str.translate table: letters typed for digits


def _alternation(words, exact: bool) -> str:
    # a space takes up to three whitespace characters (not any number: every template then has a
    # longest match, see `_reach`)
    alt = trie(words, space=r"\s{1,3}")
    return f"(?-i:{alt})" if exact else alt


def _expand(template: str, lang: ModuleType, capture: tuple[str, ...] = ()) -> str:
    """`template` with each `{name}` replaced by its table's alternation or its fragment; the names
    in `capture` become named groups, every other name a plain group."""
    def sub(m: re.Match) -> str:
        name = m.group(1)
        if name in lang.TABLES:
            body = _alternation(lang.TABLES[name], name in lang.EXACT)
        elif name in lang.PATTERNS:
            body = _expand(lang.PATTERNS[name], lang)
        else:
            raise KeyError(f"unknown pattern name {{{name}}} in {template!r}")
        return f"(?P<{name}>{body})" if name in capture else f"(?:{body})"

    return _NAME.sub(sub, template)


def _template(name: str, template: str, lang: ModuleType, kind: str | tuple[str, ...] = ()) -> Template:
    if template.count(_MARK) != 1:
        raise ValueError(f"template {name!r} must hold {_MARK} once: {template!r}")
    capture = kind if isinstance(kind, tuple) else ()
    before, after = template.split(_MARK)
    before = f"(?:{_expand(before, lang, capture)})\\Z" if before else ""
    return Template(
        name,
        re.compile(before, re.IGNORECASE) if before else None,
        re.compile(_expand(after, lang, capture), re.IGNORECASE) if after else None,
        kind,
        _reach(before),
    )


def _reach(pattern: str) -> int:
    """The longest text `pattern` can match, at most WINDOW.

    A search for what ends where a number starts tries every position before it; knowing how far
    back a match can begin ("killing " is 8 characters) makes that search several times shorter.
    The width comes from the parser of the `re` module, which is not public: when it is missing,
    the search starts WINDOW characters back, which finds the same matches, only slower.
    """
    try:
        return min(WINDOW, _sre_parser.parse(pattern, re.IGNORECASE).getwidth()[1])
    except Exception:  # noqa: BLE001 - any change of that private API: fall back to the window
        return WINDOW


@lru_cache(maxsize=None)
def load_figures(code: str = "en") -> Language:
    """The figures module of language `code` (`parsers.lang.<code>_figures`), compiled once."""
    lang = importlib.import_module(f"parsers.lang.{code}_figures")
    figure = re.compile(_expand(lang.PATTERNS["figure"], lang), re.IGNORECASE)
    blocked = tuple(_template(name, t, lang) for name, t in lang.BLOCKED)
    rules = tuple(_template(name, t, lang, kind) for name, t, kind in lang.RULES)
    tables = {name: {_key(k): v for k, v in (table.items() if isinstance(table, dict)
                                              else ((w, w) for w in table))}
              for name, table in lang.TABLES.items()}
    return Language(lang, figure, blocked, rules, tables, frozenset(lang.ONE_KINDS),
                    str.maketrans(lang.DIGIT_TYPOS))


def _key(text: str) -> str:
    return " ".join(text.lower().replace("’", "'").split())


def read_number(text: str, language: str | Language = "en") -> int | None:
    """The value of a number as the figure regex matched it: "2,000", "1.2 million", "twenty-one",
    "a dozen", "5o"; None when it cannot be read."""
    compiled = language if isinstance(language, Language) else load_figures(language)
    lang = compiled.lang
    total = current = Decimal(0)
    for word in _WORDS.findall(text.lower()):
        if word in lang.SCALES:
            current = (current or 1) * lang.SCALES[word]
            if lang.SCALES[word] >= 1000:  # "two hundred thousand": a thousand closes a group
                total, current = total + current, Decimal(0)
        elif word in lang.NUMBER_VALUES:
            current += lang.NUMBER_VALUES[word]
        else:
            digits = word.translate(compiled.typos).replace(lang.THOUSANDS_SEPARATOR, "")
            try:
                current += Decimal(digits.replace(lang.DECIMAL_MARK, "."))
            except InvalidOperation:
                return None
    return int(total + current)


def _kind(rule: Template, groups: dict, language: Language) -> str:
    if isinstance(rule.kind, str):
        return rule.kind
    kinds = []
    for name in rule.kind:
        if groups.get(name):
            kind = language.tables[name][_key(groups[name])]
            if kind not in kinds:
                kinds.append(kind)
    return language.lang.KIND_JOIN.join(kinds)


def _read(m: re.Match, language: Language) -> tuple[int | None, str]:
    """(value, qualifier) of a figure match; value None when it is no count (a score, "3-1")."""
    qualifier = _key(m.group("qualifier") or "")
    if m.group("low"):
        low, high = read_number(m.group("low"), language), read_number(m.group("high"), language)
        if low is None or high is None or high <= low:
            return None, ""
        return low, qualifier or language.lang.RANGE_QUALIFIER
    value = 1 if m.group("one") else read_number(m.group("number"), language)
    return value, qualifier or _key(m.group("post") or "")


def trace_figures(text: str, language: str | Language = "en") -> Iterator[tuple[Figure, str]]:
    """Each figure of `text` in text order, with the name of the rule that gave its kind.

    `language` is a code, or a `Language` from `load_figures` (tests drop a template from one to
    show the corpus needs it).
    """
    lang = language if isinstance(language, Language) else load_figures(language)
    for m in lang.figure.finditer(text):
        start, end = m.span()
        value, qualifier = _read(m, lang)
        if value is None:
            continue
        for rule in lang.rules:
            groups = rule.fit(text, start, end)
            if groups is not None:
                kind = _kind(rule, groups, lang)
                # "one" is a count only of what happened to people ("a man died"), never of things
                single = value == 1 and not m.group("low")
                # most numbers count nothing: the blocked templates are tried only on those that do
                if (not single or kind in lang.one_kinds) and not any(
                        b.fit(text, start, end) is not None for b in lang.blocked):
                    yield Figure(kind, value, m.group(), qualifier, start, end), rule.name
                break


def find_figures(text: str, language: str = "en") -> tuple[Figure, ...]:
    """The figures `text` reports, in text order: "killing at least 21 people" ->
    Figure("killed", 21, "at least 21", "at least", start, end)."""
    return tuple(figure for figure, _ in trace_figures(text, language))
