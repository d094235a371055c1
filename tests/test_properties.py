"""Properties of the tagger (`parsers.tag`) and the builder (`timeline.build`) over generated news-like
text: no exception, spans that are the text they claim, valid TIMEX3 values, events in chronology order,
and the same output every time.

Profiles (HYPOTHESIS_PROFILE): "ci" (the default) runs about 10,700 inputs, derandomized so that every
run tries the same ones; "dev" a twentieth of them; "thorough" ten times as many, with fresh random
inputs each run.
"""
import datetime as dt
import json
import os
import random
import re
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, Phase, example, given, settings, strategies as st

import timeline
from parsers import tag
from parsers.articles import InputError
from parsers.lang import en
from render.schema import validate
from timeline.merge import chronological_key

settings.register_profile(
    "ci", derandomize=True, deadline=None, database=None, print_blob=True,
    # generated articles are long and the builder is slow next to hypothesis' expectations
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large, HealthCheck.large_base_example])
settings.register_profile("dev", parent=settings.get_profile("ci"), derandomize=False)
settings.register_profile("thorough", parent=settings.get_profile("ci"), derandomize=False)
PROFILE = os.environ.get("HYPOTHESIS_PROFILE", "ci")
settings.load_profile(PROFILE)
_SCALE = {"ci": 1.0, "dev": 0.05, "thorough": 10.0}.get(PROFILE, 1.0)


def _examples(n: int) -> int:
    return max(10, int(n * _SCALE))


# the slowest tests stop at their first failure and report it as found: shrinking it, or looking
# for more, would cost minutes of CI time
_FIRST_FAILURE = {"phases": (Phase.explicit, Phase.reuse, Phase.generate), "report_multiple_bugs": False}

# --- TIMEX3 values ------------------------------------------------------------------------------

_YEAR = r"(?P<y>\d{4}|XXXX)"
_CALENDAR = (rf"{_YEAR}(?:-(?:(?P<m>0[1-9]|1[0-2]|XX)(?:-(?P<d>0[1-9]|[12]\d|3[01]|XX))?"
             r"|W(?P<w>0[1-9]|[1-4]\d|5[0-3]|XX)(?:-(?:[1-7]|WE))?|Q[1-4]|H[12]|SP|SU|FA|WI))?")
_TIME = r"T(?:MO|AF|EV|NI|DT|(?:[01]\d|2[0-3]):[0-5]\d(?::[0-5]\d)?|24:00)"
# (ISO 8601 lets a duration's last unit take a decimal fraction: "PT2.5H")
_DURATION = r"P(?=[\dXT])(?:(?:\d+(?:\.\d+)?|X)(?:Y|Q|M|W|D|DE|CE|X))*(?:T(?:(?:\d+(?:\.\d+)?|X)[HMS])+)?"
# (a year or century before Christ: "BC0753", "BC04")
TIMEX3_DATE = re.compile(rf"{_CALENDAR}(?:{_TIME})?|\d{{3}}|\d{{2}}|BC(?:\d{{2}}|\d{{4,}})|(?:PAST|PRESENT|FUTURE)_REF")
TIMEX3_DURATION = re.compile(_DURATION)
TIMEX3_SET = re.compile(rf"{_DURATION}|{_CALENDAR}(?:{_TIME})?")  # "nightly": XXXX-XX-XXTNI


def timex3_problem(value: str, type_: str) -> str | None:
    """What is wrong with `value` as a TIMEX3 value of `type_`, or None."""
    pattern = {"DURATION": TIMEX3_DURATION, "SET": TIMEX3_SET}.get(type_, TIMEX3_DATE)
    m = pattern.fullmatch(value)
    if m is None or value in ("P", "PT") or value.endswith("T"):
        return f"{value!r} is no TIMEX3 {type_} value"
    groups = m.groupdict()
    y, mo, d, w = (groups.get(k) for k in ("y", "m", "d", "w"))
    if y and y != "XXXX":
        if int(y) < 1:
            return f"{value!r}: year 0000 is no calendar year"
        if mo and mo != "XX" and d and d != "XX":
            try:
                dt.date(int(y), int(mo), int(d))
            except ValueError:
                return f"{value!r}: no such day"
        if w and w != "XX" and int(w) > dt.date(int(y), 12, 28).isocalendar()[1]:
            return f"{value!r}: no such ISO week"
    return None


def test_the_timex3_check_knows_good_values_from_bad():
    good = [("2023-12-30", "DATE"), ("2023-12-29TEV", "TIME"), ("2023-12-30T15:00", "TIME"), ("2023-W52", "DATE"),
            ("2020-W53-WE", "DATE"), ("2023-Q4", "DATE"), ("2023-H1", "DATE"), ("2023-SU", "DATE"), ("2022-02", "DATE"),
            ("2021", "DATE"), ("199", "DATE"), ("19", "DATE"), ("PAST_REF", "DATE"), ("P2Y", "DURATION"),
            ("PT5H30M", "DURATION"), ("P2DT12H", "DURATION"), ("PXDE", "DURATION"), ("P18500Y", "DURATION"),
            ("P1W", "SET"), ("XXXX-WXX-5", "SET"), ("2024-02-29", "DATE"), ("0001-01-01", "DATE"),
            ("BC0753", "DATE"), ("BC04", "DATE")]
    bad = [("2023-02-29", "DATE"), ("0000", "DATE"), ("2023-13", "DATE"), ("2021-W53", "DATE"), ("-1", "DATE"),
           ("10000", "DATE"), ("P", "DURATION"), ("PT", "DURATION"), ("2023-12-30", "DURATION"), ("P2Y", "DATE"),
           ("2023-12-30T25:00", "TIME"), ("2023-12-30T", "TIME"), ("BC753", "DATE"), ("BC0753", "DURATION")]
    assert [v for v, t in good if timex3_problem(v, t)] == []
    assert [v for v, t in bad if not timex3_problem(v, t)] == []


# --- news-like text -----------------------------------------------------------------------------

def _cap(word: str) -> str:
    return word[:1].upper() + word[1:]


MONTHS = sorted({_cap(k) for k in en.MONTHS})
WEEKDAYS = sorted({_cap(k) for k in en.WEEKDAYS})
# every word the tagger's tables know, as news writes it
WORDS = sorted({k for name in ("relative_day", "holiday", "movable_holiday", "unit", "period", "season",
                               "reference_word", "set_word", "narrative_shift", "number_word", "modifier",
                               "quarter", "half", "ordinal", "year_century", "year_tens", "year_ones", "part",
                               "vague_ref", "relation", "speech_verb", "speech_noun")
                for k in en.TABLES[name]})
PHRASES = [
    "Dec. 30", "22 months ago", "next Friday", "last Saturday", "2023", "Feb. 29", "29 February 2023", "2/29/1900",
    "2024-02-29", "1999-13-45", "the 31st", "'98", "03/04/05", "in 3000 BC", "the 21st century", "the 1990s",
    "1800s", "the third quarter", "the year-ago quarter", "last summer", "this weekend", "the next day",
    "a day after the attack", "said", "the mayor said Saturday", "3 p.m.", "10:35 a.m.", "15:30 GMT", "noon",
    "midnight", "twenty twenty", "nineteen ninety-nine", "two thousand and five", "fiscal 1999", "mid-2020",
    "the end of March 2020", "every Friday", "daily", "recently", "now", "for years", "2 1/2 years",
    "three and a half days", "a decade and a half", "first half of 2020", "year-end", "1,500 troops", "since 1800",
    "Q4", "early Tuesday morning", "late Friday evening", "yesterday afternoon", "the day before yesterday",
    "Three days later", "the day before", "a year earlier", "Monday, Oct. 26", "Jan. 1", "New Year's Eve",
    "Thanksgiving", "Easter Monday", "as soon as Tuesday", "until tomorrow", "Wednesday's ruling",
]
SEPARATORS = [" ", " ", " ", "", ", ", ". ", ".\n", "\n\n", ' "', '" ', "“", "” ", "«", "» ", "(", ") ", "'",
              " -- ", "; ", "\t", " — "]
UNITS = ["days", "weeks", "months", "years", "decades", "centuries", "hours", "minutes", "day", "year"]


def _count_and_unit(n: int, unit: str, comma: bool) -> str:
    return f"{n:,} {unit}" if comma else f"{n} {unit}"


# counts that keep every shift inside years 1-9999 from a reference day in 1100-8900 (what lies
# outside is tried by the calendar-edge tests below)
_safe_count = st.one_of(
    st.builds(_count_and_unit, st.integers(0, 999),
              st.sampled_from(["days", "weeks", "months", "years", "hours", "minutes", "day", "year"]), st.just(False)),
    st.builds(_count_and_unit, st.integers(0, 99), st.sampled_from(["decades", "decade"]), st.just(False)),
    st.builds(_count_and_unit, st.integers(0, 9), st.sampled_from(["centuries", "century"]), st.just(False)),
    st.builds(_count_and_unit, st.integers(1000, 10**9), st.sampled_from(["hours", "minutes", "troops"]),
              st.booleans()),
    # "ninety-nine decades" is 990 years; "ninety-nine centuries" would leave the range
    st.builds(lambda w, u: f"{w} {u}", st.sampled_from(WORDS), st.sampled_from([u for u in UNITS if u != "centuries"])),
)
_any_count = st.builds(_count_and_unit, st.integers(0, 10**12), st.sampled_from(UNITS), st.booleans())


def _tokens(counts) -> st.SearchStrategy[str]:
    return st.one_of(
        st.sampled_from(MONTHS), st.sampled_from(WEEKDAYS), st.sampled_from(WORDS), st.sampled_from(PHRASES),
        st.integers(0, 10000).map(str), st.integers(1750, 2100).map(str),
        st.builds(lambda m, d: f"{m} {d}", st.sampled_from(MONTHS), st.integers(0, 40)),
        st.builds(lambda c, a: f"{c} {a}", counts, st.sampled_from(["ago", "earlier", "later", "after the vote", ""])),
        st.builds(lambda a, b, c: f"{a}/{b}/{c}", st.integers(0, 13), st.integers(0, 32), st.integers(0, 3000)),
        st.builds(lambda n: f"the {n}{'th' if n % 10 > 3 or 10 < n % 100 < 14 else ('th', 'st', 'nd', 'rd')[n % 10]} century",
                  st.integers(1, 99)),
        st.text(max_size=6),
    )


def _text(counts, max_tokens: int = 25) -> st.SearchStrategy[str]:
    return st.lists(st.tuples(_tokens(counts), st.sampled_from(SEPARATORS)), max_size=max_tokens).map(
        lambda parts: "".join(token + sep for token, sep in parts))


news_text = _text(_safe_count)
# leap days, the turn of a year, a Sunday and a Saturday: where weekday and year arithmetic turn
_SPECIAL_DAYS = [dt.date(2024, 2, 29), dt.date(2023, 2, 28), dt.date(2000, 2, 29), dt.date(1900, 2, 28),
                 dt.date(2023, 12, 31), dt.date(2024, 1, 1), dt.date(2023, 12, 30), dt.date(2023, 12, 24)]
reference_day = st.one_of(st.dates(dt.date(1100, 1, 1), dt.date(8900, 12, 31)), st.sampled_from(_SPECIAL_DAYS))
EDGE_DAYS = [dt.date(1, 1, 1), dt.date(1, 1, 7), dt.date(1, 12, 31), dt.date(4, 2, 29), dt.date(9999, 12, 31),
             dt.date(9999, 12, 25), dt.date(9999, 1, 1), dt.date(9996, 2, 29)]
edge_day = st.one_of(st.sampled_from(EDGE_DAYS), st.dates(dt.date(1, 1, 1), dt.date(3, 12, 31)),
                     st.dates(dt.date(9997, 1, 1), dt.date(9999, 12, 31)))


# --- the tagger ---------------------------------------------------------------------------------

def _check_tagged(text: str, found) -> None:
    last_end = 0
    for t in found:
        assert 0 <= t.start < t.end <= len(text), (t.start, t.end, len(text))
        assert text[t.start:t.end] == t.text, (t.start, t.end, t.text)
        # in text order and never overlapping: TimeML writes them as inline tags
        assert t.start >= last_end, [(x.start, x.end, x.text) for x in found]
        last_end = t.end
        assert t.type in ("DATE", "TIME", "DURATION", "SET"), t.type
        if t.value is not None:
            problem = timex3_problem(t.value, t.type)
            assert problem is None, f"{problem} for {t.text!r}"
        if t.date is not None and t.date.start is not None:
            assert t.date.end is None or t.date.start <= t.date.end, t.date


def _signature(found) -> list:
    return [(t.start, t.end, t.text, t.type, t.value, t.date) for t in found]


@settings(max_examples=_examples(8000))
@given(news_text, st.one_of(reference_day, st.none()))
def test_tagger_spans_values_and_order_hold_for_any_text(text, published):
    found = tag(text, published)
    _check_tagged(text, found)
    assert _signature(tag(text, published)) == _signature(found)


# words that are read against the reference day: at the edges of the calendar they lead off it
RELATIVE = ["tomorrow", "yesterday", "next year", "last year", "next month", "in March", "the 30th", "Easter",
            "Thanksgiving", "this winter", "next weekend", "the third quarter", "next Friday", "June last year",
            "the day after tomorrow", "year-earlier", "the quarter", "last summer", "Dec. 31", "Jan. 1"]
_AGO = st.builds(lambda c, a: f"{c} {a}", _any_count, st.sampled_from(["ago", "earlier"]))


def _around(middle) -> st.SearchStrategy[str]:
    return st.builds(lambda a, b, c: f"{a} {b} {c}", news_text, middle, news_text)


# these run a fixed number of inputs in every profile
@settings(max_examples=300, **_FIRST_FAILURE)
@given(_around(st.sampled_from(RELATIVE)), edge_day)
def test_tagger_never_fails_at_the_edges_of_the_calendar(text, published):
    _check_tagged(text, tag(text, published))


@settings(max_examples=300, **_FIRST_FAILURE)
@given(_around(_AGO), reference_day)
def test_tagger_never_fails_on_counts_that_leave_the_calendar(text, published):
    _check_tagged(text, tag(text, published))


# --- the builder --------------------------------------------------------------------------------

# sentences that make events: figures, speakers, relations, quotations, story shifts
EVENT_SENTENCES = [
    "Floods hit Ridgeport on Saturday, killing 3 people, officials said.",
    "The dam broke a day after the storm.", "Three days later, the dam broke.",
    "At least 21 people were killed, the governor said.",
    "A day after Russian forces killed 41 civilians, 21 were killed on Saturday.",
    '"We will rebuild by tomorrow," the mayor said Sunday.', "Talks will resume on Tuesday.",
    "The strike on Dec. 30 killed 24.", "Since the invasion 22 months ago, 500 died.",
    "Ukraine attacked Belgorod on Dec. 30, killing 21 people.", "Russia struck Kyiv with 122 missiles on Friday.",
    "The attack came a day after the Kremlin unleashed its biggest air attack.",
    "Regional governor Vyacheslav Gladkov said 110 were wounded.", "The ministry said on Friday that 39 died.",
]
_sentence = st.one_of(st.sampled_from(EVENT_SENTENCES), _text(_safe_count, max_tokens=12))
_article_text = st.lists(_sentence, min_size=1, max_size=6).map(" ".join)
_published = st.one_of(st.none(), st.dates(dt.date(1100, 1, 1), dt.date(8900, 12, 31)).map(str),
                       st.sampled_from(["2023-12-31", "2024-01-01", "2024-01-02", "2024-02-29"]))


@st.composite
def collections(draw, published=_published, max_articles: int = 4):
    texts = draw(st.lists(st.tuples(_article_text, published), min_size=1, max_size=max_articles))
    articles = [{"id": f"a{i}", "text": text, "published": day} for i, (text, day) in enumerate(texts)]
    # a wire copy: near-duplicates are grouped, and which one is the original must not depend on chance
    if len(articles) > 1 and draw(st.booleans()):
        articles[-1]["text"] = articles[0]["text"] + " " + draw(st.sampled_from(EVENT_SENTENCES))
    return articles


def _build(articles):
    """The timeline of `articles`, or None when none of them has any text (which must raise InputError)."""
    if not any(a["text"].strip() for a in articles):
        with pytest.raises(InputError):
            timeline.build(articles)
        return None
    return timeline.build(articles)


def _check_built(articles, tl) -> None:
    texts = {a["id"]: a["text"] for a in articles}
    for e in tl.events:
        assert e.date.is_calendar and e.date.start <= e.date.end, e.date
        assert timex3_problem(e.date.value, "DATE") is None, e.date.value
        for m in e.mentions:
            text = texts[m.article_id]
            s = m.sentence
            assert 0 <= s.start < s.end <= len(text) and text[s.start:s.end] == s.text, (m.article_id, s)
            if m.clause is not None:
                assert s.start <= m.clause[0] < m.clause[1] <= s.end, (m.clause, s)
            assert 0 <= m.date_start <= m.date_end <= len(text), m
            if m.date_end > m.date_start:
                assert text[m.date_start:m.date_end] == m.date_text, (m.date_text, m.date_start, m.date_end)
    keys = [chronological_key(e.date) for e in tl.events]
    assert keys == sorted(keys), [e.date.value for e in tl.events]


@settings(max_examples=_examples(2000))
@given(collections())
def test_builder_cites_exact_sentences_in_chronology_order(articles):
    tl = _build(articles)
    if tl is None:
        return
    _check_built(articles, tl)
    doc = tl.to_json()
    assert tl.to_json() == doc
    validate(json.loads(doc))


@settings(max_examples=200, **_FIRST_FAILURE)
@example([{"id": "a0", "text": "The dam broke a day after the storm in April, officials said Friday.",
           "published": "2023-12-31"}])
@given(collections())
def test_builder_gives_every_event_its_own_id(articles):
    tl = _build(articles)
    if tl is not None:
        ids = [e.id for e in tl.events]
        assert len(set(ids)) == len(ids), ids


@settings(max_examples=_examples(250))
@given(collections())
def test_builder_gives_the_same_json_twice(articles):
    first = _build(articles)
    if first is not None:
        assert _build(articles).to_json() == first.to_json()


def _content(tl) -> list:
    """What the chronology says, whatever order it is told in: each event's date and the sentences it holds."""
    return sorted((e.date.value, tuple(sorted((m.article_id, m.sentence.start, m.cited) for m in e.mentions)))
                  for e in tl.events)


def _permutations(articles):
    return [articles[::-1], articles[1:] + articles[:1]] if len(articles) > 1 else []


@settings(max_examples=_examples(250))
@given(collections(max_articles=3))
def test_builder_finds_the_same_events_whatever_the_article_order(articles):
    tl = _build(articles)
    if tl is None:
        return
    for other in _permutations(articles):
        assert _content(_build(other)) == _content(tl)


@settings(max_examples=200, **_FIRST_FAILURE)
@given(collections(max_articles=3))
def test_builder_events_are_byte_identical_whatever_the_article_order(articles):
    tl = _build(articles)
    if tl is None:
        return
    events = json.dumps({k: tl.to_dict()[k] for k in ("events", "summary")})
    for other in _permutations(articles):
        again = _build(other).to_dict()
        assert json.dumps({k: again[k] for k in ("events", "summary")}) == events


@settings(max_examples=200, **_FIRST_FAILURE)
@given(collections(max_articles=3))
def test_builder_json_is_the_same_whatever_the_article_order(articles):
    tl = _build(articles)
    if tl is None:
        return
    for other in _permutations(articles):
        assert _but_positions(_build(other).to_json()) == _but_positions(tl.to_json())


def _but_positions(doc: str) -> str:
    # records given in Python are named by their place in the list ("article 2"), which the order
    # changes; files are named by their paths (tests/test_determinism.py: byte-identical)
    parsed = json.loads(doc)
    for i in parsed["inputs"] + parsed["articles"]:
        i.pop("source")
    parsed["inputs"].sort(key=lambda i: json.dumps(i, sort_keys=True))
    parsed["warnings"] = sorted(re.sub(r"^article \d+", "article", w) for w in parsed["warnings"])
    return json.dumps(parsed, sort_keys=True)


@settings(max_examples=200, **_FIRST_FAILURE)
@given(collections(published=st.one_of(edge_day.map(str), st.none()), max_articles=3))
def test_builder_never_fails_at_the_edges_of_the_calendar(articles):
    tl = _build(articles)
    if tl is not None:
        _check_built(articles, tl)


_LONG_AGO = st.builds(lambda c, a: f"{c} {a}", _any_count,
                      st.sampled_from(["ago", "earlier", "later", "afterwards", "after the vote", "before the storm"]))
_shifting_text = st.lists(st.one_of(st.sampled_from(EVENT_SENTENCES), _LONG_AGO.map(lambda b: f"Floods hit the city {b}."),
                                    _LONG_AGO.map(lambda b: f"{b[:1].upper()}{b[1:]}, the dam broke.")),
                          min_size=2, max_size=5).map(" ".join)


@settings(max_examples=200, **_FIRST_FAILURE)
@given(st.lists(st.tuples(_shifting_text, _published), min_size=1, max_size=3))
def test_builder_never_fails_on_counts_that_leave_the_calendar(texts):
    articles = [{"id": f"a{i}", "text": text, "published": day} for i, (text, day) in enumerate(texts)]
    _check_built(articles, _build(articles))


_HASH_SEED_SCRIPT = """
import json, sys
import timeline
out = []
for articles in json.load(sys.stdin):
    try:
        out.append(timeline.build(articles).to_json())
    except Exception as e:
        out.append(repr(e))
sys.stdout.write(json.dumps(out))
"""


def test_builder_output_does_not_depend_on_the_hash_seed():
    # set and dict order of strings changes from one process to the next; the output must not
    rng = random.Random(20240101)
    batches = []
    for _ in range(60):
        batches.append([{"id": f"a{i}", "published": rng.choice(["2023-12-31", "2024-01-01", "2024-01-02", None]),
                         "text": " ".join(rng.choice(EVENT_SENTENCES) if rng.random() < 0.6 else
                                          " ".join(rng.choice(PHRASES + MONTHS + WEEKDAYS + WORDS)
                                                   for _ in range(rng.randint(1, 8))) + "."
                                          for _ in range(rng.randint(1, 6)))}
                        for i in range(rng.randint(1, 4))])
    payload = json.dumps(batches)
    root = Path(__file__).resolve().parent.parent
    runs = [subprocess.Popen([sys.executable, "-c", _HASH_SEED_SCRIPT], cwd=root, text=True, stdin=subprocess.PIPE,
                             stdout=subprocess.PIPE, env={**os.environ, "PYTHONHASHSEED": seed})
            for seed in ("1", "2")]
    outputs = [p.communicate(payload, timeout=300)[0] for p in runs]
    assert all(p.returncode == 0 for p in runs)
    first, second = (json.loads(o) for o in outputs)
    assert [i for i, (a, b) in enumerate(zip(first, second)) if a != b] == []
