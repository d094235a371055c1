"""Pathological inputs: huge articles, endless repetitions aimed at each rule of the tagger, and dates at the
edges of the calendar.  Nothing may raise, hang or blow up: each run has a generous bound of time (and, for
the big articles, which run in a child process watched from here, of memory), and every value it gives is
a valid TIMEX3 value on the calendar of years 1-9999 or none at all."""
import os
import datetime as dt
import json
import subprocess
import sys
import time
from contextlib import contextmanager
from pathlib import Path

import pytest

import timeline
from parsers import tag
from parsers.articles import InputError
from parsers.attribution import attributions, find_attribution
from parsers.sentences import split_sentences
from timeline.engines import OutOfTime, time_limit
from test_properties import timex3_problem

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE_TEXTS = sorted((ROOT / "examples" / "belgorod" / "articles").glob("*.txt"))


class TooSlow(TimeoutError):
    pass


@contextmanager
def deadline(seconds: float):
    """Raise TooSlow in the code under test once `seconds` have passed: the pipeline's own time
    limit (the regex engine checks for signals, so a runaway match is stopped too)."""
    try:
        with time_limit(seconds):
            yield
    except OutOfTime as stopped:
        raise TooSlow(str(stopped)) from None


def check_tagged(text: str, found) -> None:
    last_end = 0
    for t in found:
        assert text[t.start:t.end] == t.text and t.start >= last_end, (t.start, t.end, t.text)
        last_end = t.end
        if t.value is not None:
            assert timex3_problem(t.value, t.type) is None, (t.text, t.value)


def repeat(unit: str, size: int) -> str:
    return (unit * (size // len(unit) + 1))[:size]


# --- one pattern, over and over -------------------------------------------------------------------

# each aims at a rule of parsers/lang/en.py (or at the sentence splitter and the attribution finder):
# many overlapping candidates, long runs a regex may backtrack over, words that only almost make a date
PATTERNS = {
    "digits only": "1234567890",
    "digits with commas": "1,",
    "digits with dots": "1.",
    "digits and spaces": "12 345 6789 0 ",
    "month names": "December ",
    "all month names": "January February March April May June July August September October November December ",
    "month abbreviations": "Dec. ",
    "weekday names": "Friday ",
    "weekday abbreviations": "Fri. Sat. Sun. ",
    "said": "said ",
    "he said,": "he said, ",
    "capitalised words": "Regional Governor Said ",
    "the ... day": "the the the the day ",
    "a day after": "a day after ",
    "iso dates run together": "2023-12-30-",
    "slashed numbers": "12/",
    "month day, year": "Dec. 30, 2023, ",
    "day of month year": "30 of December 2023 30 of ",
    "month day": "Dec. Dec. 30 30 ",
    "time-modified month": "late late mid-December 2023 ",
    "modifier month": "last last this March ",
    "in month": "in in mid-mid-March ",
    "edge of period": "the end of the end of the start of March 2023 ",
    "quarters": "the first quarter of the fiscal first-quarter of ",
    "year-earlier": "the year-earlier year-ago quarter year-earlier ",
    "reporting year": "for the full fiscal year for the year ended ",
    "halves": "the first half of the first half of ",
    "seasons": "the late late summer of the winter of ",
    "spelled years": "twenty ",
    "spelled years with ones": "nineteen ninety-nine and and ",
    "decades": "1990s 1990's ",
    "centuries": "the 21st century the twenty-first ",
    "fiscal years": "FY2023 fiscal fiscal ",
    "mid years": "mid-mid-2023 ",
    "bare years": "2023 ",
    "weekday and part of day": "late late Friday evening evening ",
    "modifier weekday": "this past this past Friday ",
    "relative days": "yesterday today tomorrow morning ",
    "narrative shifts": "the next day the following day that same day later that year ",
    "day before or after": "the day before the day after ",
    "day of month": "the 30th the 31st the 1st ",
    "holidays": "Christmas Christmas Eve New Year's Eve Thanksgiving ",
    "clock times": "10:35 a.m. 3 p.m. 15:30 GMT noon ",
    "colons": "1:1:",
    "units ago": "nearly nearly 22 months ago ago ",
    "modifier period": "earlier this this this week ",
    "N-unit durations": "5-day-",
    "N units": "at least at least 3 3 3 days ",
    "half units": "2 1/2 1/2 years and a half and a half ",
    "recent units": "recent few recent few weeks ",
    "reference words": "now now recently currently the future ",
    "sets": "every every Friday daily daily ",
    "weekends": "this weekend weekend ",
    "straight quotes": '"',
    "curly quotes": "“",
    "guillemets": "«»",
    "apostrophes": "'",
    "commas": ",",
    "nested parentheses": "(",
    "newlines": "\n",
    "control characters": "\x00\x1b[31m\u202e\u2028Friday\u2029",
}
TAG_SIZE, SPLIT_SIZE, BUILD_SIZE = 50_000, 25_000, 10_000
SECONDS = 10.0
# each tried on its own below, at a size where the time they take now shows
DIGIT_RUNS = ("digits only", "digits with commas", "digits with dots")
EQUAL_SENTENCES = ("month abbreviations",)


@pytest.mark.parametrize("name", [n for n in PATTERNS if n not in DIGIT_RUNS])
def test_tagger_on_one_pattern_over_and_over(name):
    text = repeat(PATTERNS[name], TAG_SIZE)
    with deadline(SECONDS):
        found = tag(text, "2023-12-31")
    check_tagged(text, found)


def test_tagger_on_runs_of_digits():
    with deadline(SECONDS):
        for name in DIGIT_RUNS:
            text = repeat(PATTERNS[name], TAG_SIZE)
            check_tagged(text, tag(text, "2023-12-31"))


def _split_and_attribute(text: str) -> None:
    sentences = split_sentences(text)
    said = attributions([s.text for s in sentences])
    whole = find_attribution(text)
    assert all(text[s.start:s.end] == s.text for s in sentences)
    assert len(said) == len(sentences)
    assert whole is None or whole in text


@pytest.mark.parametrize("name", [n for n in PATTERNS if n not in EQUAL_SENTENCES])
def test_sentence_splitter_and_attribution_on_one_pattern_over_and_over(name):
    with deadline(SECONDS):
        _split_and_attribute(repeat(PATTERNS[name], SPLIT_SIZE))


def test_sentence_splitter_on_many_equal_sentences():
    with deadline(SECONDS):
        _split_and_attribute(repeat("Dec. ", 100_000))


@pytest.mark.parametrize("name", [n for n in PATTERNS if n not in DIGIT_RUNS + EQUAL_SENTENCES])
def test_builder_on_one_pattern_over_and_over(name):
    text = repeat(PATTERNS[name], BUILD_SIZE)
    with deadline(SECONDS):
        try:
            tl = timeline.build([{"id": "a", "text": text, "published": "2023-12-31"}])
        except InputError:
            assert not text.strip()  # only an article without text may be refused
            return
        doc = json.loads(tl.to_json())
    for event in doc["events"]:
        for m in event["mentions"]:
            assert text[m["start"]:m["end"]] == m["text"]


def test_a_line_of_a_million_characters_without_spaces():
    for unit in ("x", "Friday", "Dec.30,2023", "-", "“"):
        text = repeat(unit, 1_000_000)
        with deadline(SECONDS):
            found = tag(text, "2023-12-31")
            sentences = split_sentences(text)
            find_attribution(text)
        check_tagged(text, found)
        assert "".join(s.text for s in sentences) == text.strip()


# every word a date: the tagger's time must grow with the text, not with the square of its expressions
DENSE = ("Friday Dec. 30 10:35 a.m. twenty twenty 22 months ago 5-day the next day 2023 "
         "“tomorrow” the first quarter of 2023 last week, ")


def test_tagger_time_grows_linearly_with_dense_dates():
    text = repeat(DENSE, 400_000)  # some 32,000 expressions: about 3 s when linear
    with deadline(SECONDS):
        found = tag(text, "2023-12-31")
    assert len(found) > 30_000


# --- dates at the edges of the calendar ----------------------------------------------------------

# what the tagger must read, whatever the reference day
EDGE_TEXTS = [
    ("On Feb. 29, 2024, the court ruled.", "2024-02-29"), ("On Feb. 29, 2000, the court ruled.", "2000-02-29"),
    ("On Feb. 29, 2023, the court ruled.", None), ("On Feb. 29, 1900, the court ruled.", None),
    ("It opened 2/29/1900.", None), ("It opened 2024-02-30.", None), ("It opened on 29 February 2023.", None),
    ("It opened Jan. 1, 1801.", "1801-01-01"), ("It opened 1/1/1800.", "1800-01-01"), ("It opened in 1850.", "1850"),
    ("It was built in the 1800s.", "18"), ("It was built in the 1st century.", "00"),
    ("It stands in the 99th century.", "98"), ("It was built in eighteen ten.", "1810"),
    ("Troy fell in 3000 BC.", None), ("The class of '98 met.", None), ("They met on 03/04/05.", None),
]


@pytest.mark.parametrize("text, value", EDGE_TEXTS)
@pytest.mark.parametrize("published", ["2023-03-01", "2024-02-29", "1900-02-28"])
def test_dates_at_the_edges_are_read_or_left_alone(text, value, published):
    found = tag(text, published)
    check_tagged(text, found)
    values = [t.value for t in found if t.type == "DATE" and t.value is not None and t.value[:1].isdigit()]
    assert values == ([value] if value else []), [(t.text, t.value) for t in found]


def test_a_leap_day_without_a_year_is_a_leap_day():
    for published in ("2023-03-01", "2024-02-29", "2025-01-15", "1900-02-28", "2100-06-01"):
        (feb29,) = tag("The vote was on Feb. 29.", published)
        assert feb29.value is None or feb29.value[4:] == "-02-29", (published, feb29.value)
        check_tagged("The vote was on Feb. 29.", [feb29])


# read against the reference day: at the edges of the calendar they lead off it
RELATIVE = ["tomorrow", "yesterday", "next year", "last year", "next month", "in March", "the 30th", "Easter",
            "Thanksgiving", "this winter", "next weekend", "the third quarter", "next Friday", "June last year",
            "the day after tomorrow", "the year-earlier quarter", "the quarter", "last summer", "Dec. 31", "Jan. 1",
            "22 months ago", "three decades ago", "the next day", "this weekend", "on Saturday",
            "Eid al-Fitr", "Lunar New Year", "Orthodox Easter", "a fortnight ago", "the 2023-24 season"]


@pytest.mark.parametrize("published", [dt.date(1, 1, 1), dt.date(1, 1, 3), dt.date(9999, 12, 31),
                                       dt.date(9999, 12, 25)])
def test_relative_dates_read_against_the_first_and_last_days_of_the_calendar(published):
    for phrase in RELATIVE:
        text = f"He said it happened {phrase}."
        check_tagged(text, tag(text, published))


@pytest.mark.parametrize("text", [
    pytest.param("It was built in the 0th century.", id="0th century"),
    pytest.param("It happened 2,025 years ago.", id="2,025 years ago"),
    pytest.param("It happened 999 decades ago.", id="999 decades ago"),
    pytest.param("It happened 999,999,999,999 days ago.", id="a trillion days ago"),
])
def test_counts_that_leave_the_calendar_are_left_unresolved(text):
    check_tagged(text, tag(text, "2023-12-31"))


@pytest.mark.parametrize("text", [
    pytest.param("The dam held on Dec. 30. 20 centuries earlier, a fort stood here.", id="story shift"),
    pytest.param("The dam broke on Dec. 30. 10,336,582 months before the storm, the dam broke.", id="relation"),
])
def test_builder_shifts_that_leave_the_calendar_are_left_out(text):
    timeline.build([{"id": "a", "text": text, "published": "2000-01-01"}])


@pytest.mark.parametrize("text, published", [
    pytest.param("Floods hit Ridgeport on Saturday, killing 3 people, officials said. The next day the dam broke. "
                 "Talks will resume on Tuesday.", "0001-01-01", id="resolve, first day"),
    pytest.param("Floods hit Ridgeport on Saturday, killing 3 people, officials said. The next day the dam broke. "
                 "Talks will resume on Tuesday.", "9999-12-31", id="resolve, last day"),
    pytest.param("Floods hit Ridgeport.", "0001-01-02", id="report day"),
    pytest.param("Floods hit Ridgeport today, killing 3 people.", "0001-01-10", id="merge window"),
])
def test_builder_on_the_first_and_last_days_of_the_calendar(text, published):
    timeline.build([{"id": "a", "published": published, "text": text},
                    {"id": "b", "published": None, "text": "The mayor said floods hit Ridgeport."}])


# --- big articles, in a child process watched for time and memory -------------------------------

_CHILD = """
import datetime as dt, json, resource, sys, time
from pathlib import Path
size, what = int(sys.argv[1]), sys.argv[2]
base = "\\n".join(Path(p).read_text(encoding="utf-8") for p in sys.argv[3:])
text = (base * (size // len(base) + 1))[:size]
start = time.perf_counter()
if what == "tag":
    from parsers.resolve import resolve_all
    from parsers.timexes import find_times
    found = resolve_all(find_times(text), dt.date(2023, 12, 31))
    n = len(found)
    bad = [t.text for t in found if text[t.start:t.end] != t.text]
else:
    import timeline
    tl = timeline.build([{"id": "big", "text": text, "published": "2023-12-31"}])
    n = len(tl.events)
    bad = [m.sentence.text for e in tl.events for m in e.mentions if text[m.sentence.start:m.sentence.end] != m.sentence.text]
print(json.dumps({"seconds": time.perf_counter() - start, "n": n, "bad": bad[:3],
                  "peak_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}))
"""


def _rss_mb(pid: int) -> float | None:
    try:
        status = Path(f"/proc/{pid}/status").read_text()
    except OSError:
        return None
    line = next((line for line in status.splitlines() if line.startswith("VmRSS:")), None)
    return int(line.split()[1]) / 1024 if line else None


def run_big(what: str, size: int, seconds: float, megabytes: float) -> dict:
    """Run the tagger or the builder on `size` characters of the shipped example repeated, in a child
    process stopped as soon as it passes `seconds` (startup excluded) or `megabytes` of resident memory."""
    child = subprocess.Popen([sys.executable, "-c", _CHILD, str(size), what, *map(str, EXAMPLE_TEXTS)], cwd=ROOT,
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    began, peak = time.monotonic(), 0.0
    try:
        while child.poll() is None:
            peak = max(peak, _rss_mb(child.pid) or 0.0)
            assert peak <= megabytes, f"{what} of {size:,} characters passed {megabytes} MB of memory"
            # imports and making the text take a few seconds before the clock in the child starts
            assert time.monotonic() - began <= seconds + 15, f"{what} of {size:,} characters passed {seconds} s"
            time.sleep(0.1)
    finally:
        if child.poll() is None:
            child.kill()
        out, err = child.communicate()
    assert child.returncode == 0, err[-2000:]
    result = json.loads(out)
    assert result["bad"] == [], result["bad"]
    assert result["seconds"] <= seconds and result["peak_mb"] <= megabytes, result
    return result


@pytest.mark.skipif(not os.environ.get("TIMELINE_BIG_INPUTS"),
                    reason="a minute or more of tagging; TIMELINE_BIG_INPUTS=1 runs it")
def test_tagger_reads_a_50_mb_article():
    result = run_big("tag", 50_000_000, seconds=120, megabytes=1500)
    assert result["n"] > 100_000


def test_builder_reads_a_2_mb_article():
    result = run_big("build", 2_000_000, seconds=60, megabytes=1500)
    assert result["n"] > 0


@pytest.mark.skipif(not os.environ.get("TIMELINE_BIG_INPUTS"),
                    reason="a big input, slow to make and read; TIMELINE_BIG_INPUTS=1 runs it")
def test_builder_reads_a_5_mb_article():
    result = run_big("build", 5_000_000, seconds=90, megabytes=1500)
    assert result["n"] > 0
