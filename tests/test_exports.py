"""The Markdown, TimelineJS and iCalendar writers: what they say about the example, how each precision
is placed, and that hostile article text stays text."""
import dataclasses
import datetime as dt
import io
import json
import re
from html.parser import HTMLParser
from pathlib import Path

import pytest
from icalendar import Calendar
from markdown_it import MarkdownIt

from render.ics_calendar import to_ics, write_ics
from render.markdown_table import to_markdown, write_markdown
from render.timelinejs import to_timelinejs, write_timelinejs
from timeline.model import Article, Chronology, Precision, Reference, ResolvedDate
from timeline.pipeline import build_from_paths
from timeline.settings import Settings

EXAMPLE = Path(__file__).resolve().parent.parent / "examples" / "belgorod" / "articles.csv"
DAY_OR_FINER = (Precision.DAY, Precision.PART_OF_DAY, Precision.TIME)
# a title that would end a table row, start a link and close an iCalendar event if written raw
HOSTILE_TITLE = "Blast, 3 dead; more | [click](javascript:alert(1))\nEND:VEVENT <a href=x>`code`</a> https://evil.example www.evil.com a@evil.com"


@pytest.fixture(scope="module")
def belgorod():
    return build_from_paths([str(EXAMPLE)], Settings(quiet=True))


def _date(value, precision, start, end):
    return ResolvedDate(value, precision, Reference.ABSOLUTE, start, end)


@pytest.fixture
def mixed(sample_chronology):
    """The sample with an event at every kind of precision, one off the calendar, one hostile title."""
    base = sample_chronology.events[0]
    d = dt.date
    extra = [
        ("year", _date("2021", Precision.YEAR, d(2021, 1, 1), d(2021, 12, 31))),
        ("decade", _date("199", Precision.DECADE, d(1990, 1, 1), d(1999, 12, 31))),
        ("week", _date("2023-W52", Precision.WEEK, d(2023, 12, 25), d(2023, 12, 31))),
        ("season", _date("2023-SU", Precision.QUARTER, d(2023, 6, 1), d(2023, 8, 31))),
        ("evening", _date("2023-12-29TEV", Precision.PART_OF_DAY, d(2023, 12, 29), d(2023, 12, 29))),
        ("clock", _date("2023-12-30T15:00", Precision.TIME, d(2023, 12, 30), d(2023, 12, 30))),
        ("recently", ResolvedDate("PAST_REF", None, Reference.PUBLISHED)),
    ]
    events = list(sample_chronology.events) + [dataclasses.replace(base, id=i, date=date) for i, date in extra]
    events.append(dataclasses.replace(sample_chronology.events[1], id="hostile", title=HOSTILE_TITLE))
    return dataclasses.replace(sample_chronology, events=tuple(events))


# Markdown

def _cells(row: str) -> list[str]:
    # GFM splits a row on every pipe not escaped by a backslash
    return [c.strip() for c in re.split(r"(?<!\\)\|", row.strip())[1:-1]]


def _table(md: str) -> list[list[str]]:
    lines = md.split("\n")
    head = lines.index("| Date | Event | Figures | Sources |")
    rows = []
    for line in lines[head + 2:]:
        if not line.startswith("|"):
            break
        rows.append(_cells(line))
    return rows


def test_markdown_table_has_one_row_per_event_in_chronology_order(belgorod):
    rows = _table(to_markdown(belgorod))
    assert len(rows) == len(belgorod.events) > 20
    assert all(len(r) == 4 for r in rows)
    assert [r[0].split(" (")[0] for r in rows] == [e.date.value for e in belgorod.events]
    assert rows[0][0] == "2021 (year)" and rows[1][0] == "2022-02 (month)"
    assert "2023-12-29TEV (part of day)" in [r[0] for r in rows]


def test_markdown_barrage_row_shows_what_each_source_counts_and_that_they_differ(belgorod):
    md = to_markdown(belgorod)
    number = {a.id: i for i, a in enumerate(belgorod.articles, 1)}
    (barrage,) = [r for r in _table(md) if r[0] == "2023-12-29"]
    groups = dict(g.split(": ", 1) for g in barrage[2].split("; "))
    assert groups["killed"].startswith(f"39 [{number['001_ea61134ae501334f']}], "
                                       f"at least 41 [{number['002_9777391901b12543']}]")
    assert groups["killed"].endswith("(sources differ)")
    assert groups["injured"].endswith("(sources differ)")
    (event,) = [e for e in belgorod.events if e.date.value == "2023-12-29"]
    assert barrage[3] == ", ".join(f"[{number[s]}]" for s in event.sources)
    # the same count from two articles is no dispute
    drones = [r for r in _table(md) if r[2].startswith("drones: 32")]
    assert drones and "sources differ" not in drones[0][2]


def test_markdown_cites_every_sentence_and_lists_the_articles(belgorod):
    md = to_markdown(belgorod)
    citations = md.split("\n## Citations\n")[1].split("\n## Articles\n")[0]
    blocks = citations.split("\n### ")[1:]
    assert len(blocks) == len(belgorod.events)
    for block, event in zip(blocks, belgorod.events):
        items = re.findall(r"^\d+\. \"", block, flags=re.M)
        assert len(items) == len(event.citations)
    barrage = blocks[[e.date.value for e in belgorod.events].index("2023-12-29")]
    assert '"On Friday, Russia carried out an 18-hour aerial bombardment across Ukraine killing at least 41 civilians." [4]' in barrage
    articles = md.split("\n## Articles\n")[1].strip().split("\n")
    assert len(articles) == len(belgorod.articles)
    assert articles[0] == r"1. 000\_94c853d9db102ad8 · AFP · 2023-12-30"
    assert "The Kyiv Independent" in articles[4]  # by publication day: Jan. 3, after four of Dec. 30-31


def test_markdown_renders_hostile_text_as_text(mixed):
    md = to_markdown(mixed)
    rows = _table(md)
    assert len(rows) == len(mixed.events) and all(len(r) == 4 for r in rows)
    html = MarkdownIt("gfm-like").render(md)
    # the only link is the one http(s) article URL; no tag from the articles survives
    assert re.findall(r'<a href="([^"]*)"', html) == ["https://example.org/ap"]
    assert not re.search(r"<(script|img|b|i|code)\b", html)
    assert "javascript" not in md.replace("[click](javascript:alert(1))", "").replace(
        r"\[click\](javascript:alert(1))", "")
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html and "&lt;b&gt;Blog&lt;/b&gt;" in html
    # the rendered table keeps one row per event with four cells each
    body = html.split("<tbody>")[1].split("</tbody>")[0]
    assert [r.count("<td") for r in body.split("</tr>")[:-1]] == [4] * len(mixed.events)
    assert "Blast, 3 dead; more | [click](javascript:alert(1)) END:VEVENT &lt;a href=x&gt;`code`&lt;/a&gt; https://evil.example www.evil.com a@evil.com" in html


def test_markdown_to_a_file_and_a_stream(sample_chronology, tmp_path):
    path = tmp_path / "events.md"
    write_markdown(sample_chronology, path)
    stream = io.StringIO()
    write_markdown(sample_chronology, stream)
    assert path.read_text(encoding="utf-8") == stream.getvalue() == to_markdown(sample_chronology)
    assert stream.getvalue().startswith("<!-- news-timeline-markdown/1 -->\n")


def test_markdown_of_no_events_says_so():
    md = to_markdown(Chronology((Article("a", "Nothing happened.", dt.date(2024, 1, 1)),), ()))
    assert "No dated events were found in 1 article." in md and "| Date |" not in md


# TimelineJS

class _Tags(HTMLParser):
    def __init__(self):
        super().__init__()
        self.tags, self.hrefs = set(), []

    def handle_starttag(self, tag, attrs):
        self.tags.add(tag)
        self.hrefs += [v for k, v in attrs if k == "href"]


def check_timelinejs(doc: dict) -> None:
    """The TimelineJS3 JSON format: a title slide and events, each with a valid start date and a headline."""
    assert set(doc) <= {"title", "events", "eras", "scale"} and doc["scale"] == "human"
    assert isinstance(doc["title"]["text"]["headline"], str) and "start_date" not in doc["title"]

    def day(d):
        assert set(d) <= {"year", "month", "day", "hour", "minute", "second", "millisecond", "display_date"}
        assert isinstance(d["year"], int) or re.fullmatch(r"-?\d+", d["year"])
        if "day" in d:
            assert "month" in d
        assert 1 <= d.get("month", 1) <= 12 and 1 <= d.get("day", 1) <= 31
        dt.date(int(d["year"]), d.get("month", 1), d.get("day", 1))  # a day that exists
        assert 0 <= d.get("hour", 0) <= 23 and 0 <= d.get("minute", 0) <= 59
        return (int(d["year"]), d.get("month", 1), d.get("day", 1))

    ids = []
    for slide in doc["events"]:
        assert set(slide) <= {"start_date", "end_date", "text", "media", "group", "display_date", "background",
                              "autolink", "unique_id"}
        start = day(slide["start_date"])
        if "end_date" in slide:
            assert day(slide["end_date"]) >= start
        assert isinstance(slide["text"]["headline"], str) and slide["text"]["headline"].strip()
        assert isinstance(slide["text"]["text"], str)
        ids.append(slide["unique_id"])
    assert len(set(ids)) == len(ids)


def test_timelinejs_places_every_example_event_at_its_precision(belgorod, tmp_path):
    doc = to_timelinejs(belgorod)
    check_timelinejs(doc)
    assert len(doc["events"]) == len(belgorod.events)
    slides = {s["unique_id"]: s for s in doc["events"]}
    by_value = {e.date.value: slides[f"event-{e.id}"] for e in reversed(belgorod.events)}
    assert by_value["2021"]["start_date"] == {"year": 2021} and "end_date" not in by_value["2021"]
    assert by_value["2022-02"]["start_date"] == {"year": 2022, "month": 2}
    assert by_value["2023-12-29"]["start_date"] == {"year": 2023, "month": 12, "day": 29}
    assert by_value["2023-12-29TEV"]["display_date"] == "2023-12-29TEV"
    barrage = by_value["2023-12-29"]["text"]["text"]
    assert re.search(r"<li>killed: 39 \[[^]]+\], at least 41 \[[^]]+\].*<em>\(sources differ\)</em></li>", barrage)
    assert "<cite>The Kyiv Independent, 2024-01-03</cite>" in barrage
    path = tmp_path / "timeline.json"
    write_timelinejs(belgorod, path)
    assert json.loads(path.read_text(encoding="utf-8")) == doc


def test_timelinejs_spans_periods_and_leaves_out_what_has_no_date(mixed):
    doc = to_timelinejs(mixed)
    check_timelinejs(doc)
    slides = {s["unique_id"]: s for s in doc["events"]}
    assert len(slides) == len(mixed.events) - 1 and "event-recently" not in slides
    assert "1 event without a calendar date is not shown." in doc["title"]["text"]["text"]
    assert slides["event-e1"]["start_date"] == {"year": 2022, "month": 2}
    assert slides["event-e2"]["start_date"] == {"year": 2023, "month": 12, "day": 30}
    assert slides["event-week"] == {**slides["event-week"], "start_date": {"year": 2023, "month": 12, "day": 25},
                                    "end_date": {"year": 2023, "month": 12, "day": 31}, "display_date": "2023-W52"}
    assert (slides["event-season"]["start_date"], slides["event-season"]["end_date"]) == (
        {"year": 2023, "month": 6, "day": 1}, {"year": 2023, "month": 8, "day": 31})
    assert slides["event-season"]["display_date"] == "2023-SU"
    assert (slides["event-decade"]["start_date"], slides["event-decade"]["end_date"]) == ({"year": 1990}, {"year": 1999})
    assert slides["event-clock"]["start_date"] == {"year": 2023, "month": 12, "day": 30, "hour": 15, "minute": 0}


def test_timelinejs_escapes_article_text_and_links_only_web_urls(mixed):
    doc = to_timelinejs(mixed)
    parser = _Tags()
    for slide in [doc["title"]] + doc["events"]:
        parser.feed(slide["text"]["headline"])
        parser.feed(slide["text"]["text"])
        assert slide is doc["title"] or slide["autolink"] is False
    assert parser.tags <= {"p", "ul", "ol", "li", "q", "cite", "em", "a"}
    assert parser.hrefs == ["https://example.org/ap"] * len(parser.hrefs) and parser.hrefs
    text = json.dumps(doc)
    assert "javascript:alert" not in text.replace("(javascript:alert(1))", "")
    (e3,) = [s for s in doc["events"] if s["unique_id"] == "event-e3"]
    assert e3["text"]["headline"] == "Leaflets read &lt;script&gt;alert(1)&lt;/script&gt; &amp; more"
    assert "&lt;img src=x onerror=&quot;window.__xss=1&quot;&gt;" in e3["text"]["text"]
    assert "<cite>&lt;b&gt;Blog&lt;/b&gt;, 2024-01-02</cite>" in e3["text"]["text"]


def test_timelinejs_keeps_unique_ids_unique(sample_chronology):
    twice = dataclasses.replace(sample_chronology, events=sample_chronology.events + sample_chronology.events[:1])
    doc = to_timelinejs(twice)
    check_timelinejs(doc)
    assert [s["unique_id"] for s in doc["events"]] == ["event-e1", "event-e2", "event-e3", "event-e1-2"]


# iCalendar

def test_ics_has_one_all_day_event_per_day_precise_event(belgorod):
    text = to_ics(belgorod)
    cal = Calendar.from_ical(text)
    vevents = cal.walk("VEVENT")
    daily = [e for e in belgorod.events if e.date.precision in DAY_OR_FINER]
    assert len(vevents) == len(daily) == len(belgorod.events) - 2
    assert [str(v["uid"]) for v in vevents] == [f"{e.id}@news-timeline" for e in daily]
    for v, e in zip(vevents, daily):
        assert type(v["dtstart"].dt) is dt.date and v["dtstart"].dt == e.date.start
        assert v["dtend"].dt == e.date.start + dt.timedelta(days=1)
        assert str(v["summary"]) == e.title
    uids = {str(v["uid"]) for v in vevents}
    for e in belgorod.events:
        if e.date.value in ("2021", "2022-02"):
            assert f"{e.id}@news-timeline" not in uids
    assert "DTSTART;VALUE=DATE:20231229\r\n" in text and "DTEND;VALUE=DATE:20231230\r\n" in text
    assert str(cal["x-news-timeline-left-out"]).startswith("2 events")
    # the stamp is the latest publication day, not the time of writing
    assert {v["dtstamp"].dt for v in vevents} == {dt.datetime(2024, 1, 3, tzinfo=dt.timezone.utc)}


def test_ics_description_holds_figures_and_citations(belgorod):
    cal = Calendar.from_ical(to_ics(belgorod))
    (event,) = [e for e in belgorod.events if e.date.value == "2023-12-29"]
    (barrage,) = [v for v in cal.walk("VEVENT") if str(v["uid"]) == f"{event.id}@news-timeline"]
    lines = str(barrage["description"]).split("\n")
    assert lines[0] == "Date: 2023-12-29 (day)"
    killed = [line for line in lines if line.startswith("killed: ")]
    assert killed == ["killed: 39 [001_ea61134ae501334f], at least 41 [002_9777391901b12543], "
                      "at least 41 [004_8ce188758bce3ce7], over 5o [003_23c3bec692f3bafe] (sources differ)"]
    cites = lines[lines.index("Citations:") + 1:lines.index("Articles:")]
    assert len(cites) == len(event.citations)
    assert ('[004_8ce188758bce3ce7] "On Friday, Russia carried out an 18-hour aerial bombardment across '
            'Ukraine killing at least 41 civilians."') in cites
    assert "003_23c3bec692f3bafe: The Kyiv Independent, 2024-01-03" in lines


def test_ics_lines_are_folded_and_text_escaped_by_the_library(mixed, tmp_path):
    path = tmp_path / "events.ics"
    write_ics(mixed, path)
    raw = path.read_bytes()
    assert raw == to_ics(mixed).encode("utf-8")
    assert raw.endswith(b"\r\n") and b"\n" not in raw.replace(b"\r\n", b"")
    assert max(len(line) for line in raw.split(b"\r\n")) <= 75
    assert rb"SUMMARY:Blast\, 3 dead\; more" in raw
    cal = Calendar.from_ical(raw)
    vevents = cal.walk("VEVENT")
    # only the day, part-of-day and clock events: no month, week, season, year, decade or PAST_REF
    assert [str(v["uid"]).split("@")[0] for v in vevents] == ["e2", "e3", "evening", "clock", "hostile"]
    assert str(cal["x-news-timeline-left-out"]).startswith("6 events")
    (hostile,) = [v for v in vevents if str(v["uid"]) == "hostile@news-timeline"]
    assert str(hostile["summary"]) == " ".join(HOSTILE_TITLE.split())
    assert [v["dtstart"].dt for v in vevents] == [dt.date(2023, 12, 30), dt.date(2023, 12, 31),
                                                  dt.date(2023, 12, 29), dt.date(2023, 12, 30), dt.date(2023, 12, 30)]
    description = str(vevents[0]["description"])
    assert "wire-0101: Wire, 2024-01-01" in description and "javascript" not in description
    assert "ap-belgorod: Russia accuses Ukraine of Belgorod attack, AP, 2023-12-31, https://example.org/ap" in description
    assert {v["dtstamp"].dt for v in vevents} == {dt.datetime(2024, 1, 2, tzinfo=dt.timezone.utc)}
