"""Corpus tests: each [bracketed] expression in tests/corpus/en/*.py is tagged with that extent, type and value.

A corpus file defines either PUBLISHED + EXAMPLES or CASES = [(published, examples), ...], and optionally
NOT_TIMES (sentences that must yield no time expression of any type, resolved against the file's first
publication day). An example is (sentence, value) or (sentence, value, type); it may be wrapped in
pytest.param(..., marks=pytest.mark.xfail(reason=...)) to record a known miss.
"""
from __future__ import annotations

import datetime as dt
import importlib.util
import re
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType

import pytest

CORPUS = Path(__file__).parent / "corpus" / "en"
BRACKET = re.compile(r"\[([^\[\]]*)\]")
TYPES = ("DATE", "TIME", "DURATION", "SET")
# TIMEX3 values the corpus may expect: calendar values (day, month, year, ISO week, day + part of day
# or clock time), the PRESENT_REF family, and ISO 8601 durations.
CALENDAR_VALUE = re.compile(r"(\d{4})(?:-W(\d\d)|-(\d\d)(?:-(\d\d)(?:T(?:MO|AF|EV|NI|\d\d:\d\d))?)?)?")
# (ISO 8601 lets the last unit of a duration take a decimal fraction: "PT2.5H")
_N = r"\d+(?:\.\d+)?"
DURATION_VALUE = re.compile(rf"PX(?:[YQMWDX]|DE|CE)|PTX[HMS]|P(?=\d|T\d)(?:{_N}Y)?(?:\d+Q)?(?:{_N}M)?(?:\d+W)?(?:{_N}D)?"
                            rf"(?:T(?=\d)(?:{_N}H)?(?:{_N}M)?(?:{_N}S)?)?")
REF_VALUES = ("PRESENT_REF", "PAST_REF", "FUTURE_REF")
# a year or century before Christ, which TimeML writes apart from the calendar: "BC0753", "BC04"
BC_VALUE = re.compile(r"BC(?:\d{2}|\d{4,})")
# periods named within a year (quarter, half, season), a weekend, a decade, a repetition (weekly,
# nightly, every weekend, every such holiday)
PERIOD_VALUE = re.compile(r"\d{4}-(?:Q[1-4]|H[12]|SP|SU|FA|WI)|\d{4}-W(?:0[1-9]|[1-4]\d|5[0-3])-WE|\d{2,3}|XXXX-WXX-[1-7](?:T(?:MO|AF|EV|NI))?|XXXX-(?:0[1-9]|1[0-2]|SP|SU|FA|WI)"
                          r"|XXXX-WXX-WE|XXXX-XX-XXT(?:MO|AF|EV|NI)|XXXX-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])")


@dataclass(frozen=True)
class Example:
    corpus: str  # file stem, e.g. "weekdays"
    published: str  # "YYYY-MM-DD", as written in the corpus file
    sentence: str  # as written, with the [brackets]
    value: str
    type: str  # "DATE" unless given or implied by the value


def load_corpus() -> list[tuple[str, ModuleType]]:
    """Every corpus module, by file name, imported from its path (tests/ is not a package)."""
    modules = []
    for path in sorted(CORPUS.glob("*.py")):
        if path.name.startswith("_"):
            continue
        spec = importlib.util.spec_from_file_location(f"corpus_en_{path.stem}", path)
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        modules.append((path.stem, module))
    return modules


def groups(module: ModuleType) -> list[tuple[str, tuple]]:
    """(published, examples) pairs: CASES when defined, else the single PUBLISHED + EXAMPLES."""
    if hasattr(module, "CASES"):
        return [(published, tuple(examples)) for published, examples in module.CASES]
    if hasattr(module, "EXAMPLES"):
        return [(module.PUBLISHED, tuple(module.EXAMPLES))]
    return []


def unwrap(item) -> tuple[tuple, tuple]:
    """(values, marks) of a plain tuple or of a pytest.param(...) object."""
    if hasattr(item, "values") and hasattr(item, "marks"):
        return tuple(item.values), tuple(item.marks)
    return tuple(item), ()


def split_brackets(sentence: str) -> tuple[str, int, int]:
    """The sentence without its brackets, and the start and end of the bracketed part in that text."""
    found = BRACKET.findall(sentence)
    if len(found) != 1 or sentence.count("[") != 1 or sentence.count("]") != 1:
        raise ValueError(f"expected exactly one [bracketed] expression: {sentence!r}")
    match = BRACKET.search(sentence)
    if not match.group(1).strip():
        raise ValueError(f"empty brackets: {sentence!r}")
    text = sentence[: match.start()] + match.group(1) + sentence[match.end():]
    return text, match.start(), match.start() + len(match.group(1))


def default_type(value: str) -> str:
    """TIME for a day with a part of day or clock time, DURATION for a period, else DATE."""
    if re.match(r"\d{4}-\d\d-\d\dT", value):
        return "TIME"
    if DURATION_VALUE.fullmatch(value) or value.startswith("XXXX-"):
        return "SET" if value.startswith("XXXX") else "DURATION"
    return "DATE"


def value_problem(value: str) -> str | None:
    """Why `value` is not a well-formed TIMEX3 value on a real calendar, or None."""
    if (value in REF_VALUES or DURATION_VALUE.fullmatch(value) or PERIOD_VALUE.fullmatch(value)
            or BC_VALUE.fullmatch(value)):
        return None
    match = CALENDAR_VALUE.fullmatch(value)
    if not match:
        return "not a TIMEX3 value"
    year, week, month, day = (int(part) if part else None for part in match.groups())
    if week is not None and not 1 <= week <= dt.date(year, 12, 28).isocalendar()[1]:
        return f"{year} has no ISO week {week}"
    try:
        dt.date(year, month or 1, day or 1)
    except ValueError as error:
        return str(error)
    return None


def example_id(sentence: str, width: int = 60) -> str:
    return sentence if len(sentence) <= width else sentence[: width - 3] + "..."


def collect() -> tuple[list, list]:
    """pytest params for the examples and for the NOT_TIMES sentences of every corpus file."""
    examples, not_times = [], []
    for stem, module in load_corpus():
        for published, items in groups(module):
            for item in items:
                values, marks = unwrap(item)
                sentence, value = values[0], values[1]
                kind = values[2] if len(values) > 2 else default_type(value)
                example = Example(stem, published, sentence, value, kind)
                examples.append(pytest.param(example, marks=marks, id=example_id(sentence)))
        first = groups(module)[0][0] if groups(module) else getattr(module, "PUBLISHED", None)
        for item in getattr(module, "NOT_TIMES", ()):
            values, marks = unwrap(item if not isinstance(item, str) else (item,))
            not_times.append(pytest.param(stem, first, values[0], marks=marks, id=example_id(values[0])))
    return examples, not_times


EXAMPLES, NOT_TIMES = collect()


def describe(found) -> str:
    """The tagger's output, one expression a line, for failure messages."""
    if not found:
        return "  (nothing)"
    lines = []
    for timex in found:
        rule = getattr(getattr(timex, "mention", None), "rule", "")
        lines.append(f"  [{timex.start}:{timex.end}] {timex.text!r} {timex.type} {timex.value!r}"
                     + (f"  rule={rule!r}" if rule else ""))
    return "\n".join(lines)


@pytest.mark.parametrize("example", EXAMPLES)
def test_corpus_example(example: Example):
    from parsers import tag

    text, start, end = split_brackets(example.sentence)
    published = dt.date.fromisoformat(example.published)
    found = tag(text, published)
    context = (f"{example.corpus}.py, published {example.published} ({published:%A})\n  {example.sentence}\n"
               f"expected [{start}:{end}] {text[start:end]!r} {example.type} {example.value!r}; tagger gave:\n"
               f"{describe(found)}")
    overlapping = [timex for timex in found if timex.start < end and timex.end > start]
    assert len(overlapping) == 1, context
    timex = overlapping[0]
    assert (timex.start, timex.end) == (start, end), context
    assert timex.value == example.value, context
    assert timex.type == example.type, context


@pytest.mark.parametrize("corpus, published, sentence", NOT_TIMES)
def test_corpus_not_a_time(corpus: str, published: str, sentence: str):
    from parsers import tag

    found = tag(sentence, dt.date.fromisoformat(published))
    assert not found, f"{corpus}.py, published {published}\n  {sentence}\nmust yield no time expression; tagger gave:\n" \
                      f"{describe(found)}"


def test_corpus_files_are_well_formed():
    """Every file has examples, one [expression] per sentence, real publication days and valid values."""
    modules = load_corpus()
    assert modules, f"no corpus files in {CORPUS}"
    problems = []
    for stem, module in modules:
        where = f"{stem}.py"
        if not (hasattr(module, "EXAMPLES") or hasattr(module, "CASES")):
            problems.append(f"{where}: defines neither EXAMPLES nor CASES")
            continue
        if not (module.__doc__ or "").strip():
            problems.append(f"{where}: no docstring stating its rule")
        if hasattr(module, "NOT_TIMES") and not (hasattr(module, "PUBLISHED") or hasattr(module, "CASES")):
            problems.append(f"{where}: NOT_TIMES without a PUBLISHED date")
        for published, items in groups(module):
            try:
                dt.date.fromisoformat(published)
            except (TypeError, ValueError):
                problems.append(f"{where}: PUBLISHED {published!r} is not a YYYY-MM-DD date")
            if not items:
                problems.append(f"{where}: no examples for {published}")
            for item in items:
                values, _ = unwrap(item)
                if len(values) not in (2, 3) or not all(isinstance(v, str) for v in values):
                    problems.append(f"{where}: not (sentence, value[, type]): {values!r}")
                    continue
                try:
                    split_brackets(values[0])
                except ValueError as error:
                    problems.append(f"{where}: {error}")
                if problem := value_problem(values[1]):
                    problems.append(f"{where}: {values[1]!r}: {problem}")
                if len(values) == 3 and values[2] not in TYPES:
                    problems.append(f"{where}: type {values[2]!r} is not one of {TYPES}")
        for item in getattr(module, "NOT_TIMES", ()):
            sentence = item if isinstance(item, str) else unwrap(item)[0][0]
            if "[" in sentence or "]" in sentence:
                problems.append(f"{where}: NOT_TIMES sentence has brackets: {sentence!r}")
    assert not problems, "\n".join(problems)


def test_every_rule_of_the_language_is_exercised_by_the_corpus():
    """A rule no example reaches is untested: the corpus names each rule at least once."""
    from parsers import tag
    from parsers.timexes import load_language

    language = load_language("en")  # compiling every pattern is the first check
    used = set()
    for param in EXAMPLES:
        example = param.values[0]
        text, start, end = split_brackets(example.sentence)
        used.update(t.mention.rule for t in tag(text, dt.date.fromisoformat(example.published))
                    if t.start < end and t.end > start)
    unused = [rule.name for rule in language.rules if rule.name not in used]
    assert unused == [], f"rules with no corpus example: {unused}"


def test_scanning_only_around_anchor_words_finds_what_a_full_scan_finds(monkeypatch):
    """The engine runs its rules only near anchor words, and each rule only near the anchors it
    needs; every corpus expression must hold them."""
    from parsers import timexes

    text = " ".join(split_brackets(param.values[0].sentence)[0] for param in EXAMPLES)
    windowed = [(m.start, m.end, m.rule) for m in timexes.find_times(text)]
    every_class = frozenset().union(*(r.needs for r in timexes.load_language("en").rules if r.needs))
    monkeypatch.setattr(timexes, "_windows", lambda text, language: [(0, len(text), every_class)])
    full = [(m.start, m.end, m.rule) for m in timexes.find_times(text)]
    assert windowed == full
