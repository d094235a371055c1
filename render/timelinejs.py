"""Chronology -> TimelineJS3 JSON (dict, or UTF-8 text written to a file or stream).

The document follows Knight Lab's TimelineJS3 JSON format
(https://timeline.knightlab.com/docs/json-format.html); layout version "news-timeline-timelinejs/1":

  {"scale": "human",
   "title": {"text": {"headline": "Chronology", "text": "<p>25 events from 5 articles, ...</p>"}},
   "events": [{"unique_id": "event-<event id>",
               "start_date": DATE, "end_date": DATE (periods only), "display_date": str (periods only),
               "text": {"headline": TITLE, "text": FRAGMENT},
               "autolink": false}]}
  DATE = {"year": int, "month": int 1-12, "day": int 1-31, "hour": int, "minute": int}, the fields
         down to the event's precision only

start_date follows the event's precision: {"year"} for a year; {"year", "month"} for a month;
{"year", "month", "day"} for a day or part of a day, with "hour" and "minute" for a clock time.
A week, quarter, half or season spans start_date to end_date (its first and last day), a decade or
century its first to last year, and display_date shows the TIMEX3 value ("2023-W52", "2023-SU",
"199"); a part of a day shows its value too ("2023-12-29TEV").  Events without a calendar date
(PAST_REF, durations) cannot be placed and are left out; the title slide says how many.

TimelineJS renders headline and text as HTML.  Every piece of article text is escaped with
html.escape, so the only tags are the writer's own, and loses its control characters (but tab and
line ends; a line or paragraph separator becomes a space) and its bidirectional overrides and
isolates, which would make it display other than it reads.  The FRAGMENT is
  <p>SUMMARY</p>
  <ul class="figures"><li>KIND: FIGURE [NAME], ... <em>(sources differ)</em></li></ul>
  <p class="who">According to: WHO [NAME]; ...</p>
  <ol class="citations"><li><q>SENTENCE</q> <cite>NAME, OUTLET, CREDIT, PUBLISHED, <a href=URL>link</a></cite></li></ol>
where NAME is the article's title, else its outlet, else its credit, else its id (with the id in
brackets when two articles share the name); only http(s) URLs are linked.  autolink is false, so
TimelineJS turns no URL or address in the text into a link.
"""
from __future__ import annotations

import datetime as dt
import json
import re
from html import escape

from render._output import Target, write_text
from timeline.model import Article, Chronology, Event, Precision

FORMAT = "news-timeline-timelinejs/1"

_CLOCK = re.compile(r"T(\d\d):(\d\d)")
_SEPARATOR = re.compile(r"[\x0b\x0c\x1c-\x1e\x85\u2028\u2029]")
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def to_timelinejs(chron: Chronology) -> dict:
    articles = {a.id: a for a in chron.articles}
    labels = _labels(chron)
    slides, used = [], set()
    for e in chron.events:
        if not e.date.is_calendar:
            continue
        slide = _slide(e, articles, labels)
        # TimelineJS bookmarks slides by unique_id; ids are unique per chronology, but a repeat
        # would make two slides one
        uid, n = slide["unique_id"], 1
        while slide["unique_id"] in used:
            n += 1
            slide["unique_id"] = f"{uid}-{n}"
        used.add(slide["unique_id"])
        slides.append(slide)
    return {"scale": "human", "title": _title(chron, len(slides)), "events": slides}


def write_timelinejs(chron: Chronology, target: Target) -> None:
    write_text(json.dumps(to_timelinejs(chron), ensure_ascii=False, indent=1) + "\n", target)


def _count(n: int, noun: str) -> str:
    return f"{n} {noun}{'' if n == 1 else 's'}"


def _title(chron: Chronology, shown: int) -> dict:
    text = f"{_count(len(chron.events), 'event')} from {_count(len(chron.articles), 'article')}"
    placed = [e.date for e in chron.events if e.date.is_calendar]
    if placed:
        text += f", {min(d.start for d in placed).isoformat()} to {max(d.end or d.start for d in placed).isoformat()}"
    text += "."
    if shown < len(chron.events):
        left = len(chron.events) - shown
        text += f" {_count(left, 'event')} without a calendar date {'is' if left == 1 else 'are'} not shown."
    return {"text": {"headline": "Chronology", "text": f"<p>{escape(text)}</p>"}}


def _text(value: str) -> str:
    """Article text as HTML that shows exactly its words."""
    return escape(_CONTROL.sub("", _SEPARATOR.sub(" ", value)))


def _day(d: dt.date) -> dict:
    return {"year": d.year, "month": d.month, "day": d.day}


def _dates(e: Event) -> dict:
    d, p = e.date, e.date.precision
    if p is Precision.YEAR:
        return {"start_date": {"year": d.start.year}}
    if p is Precision.MONTH:
        return {"start_date": {"year": d.start.year, "month": d.start.month}}
    if p is Precision.DAY:
        return {"start_date": _day(d.start)}
    if p is Precision.TIME:
        start = _day(d.start)
        clock = _CLOCK.search(d.value)
        if clock:
            start.update(hour=int(clock[1]), minute=int(clock[2]))
        return {"start_date": start}
    if p is Precision.PART_OF_DAY:
        return {"start_date": _day(d.start), "display_date": d.value}
    # periods: the calendar fields alone would hide what is meant, so the TIMEX3 value is shown
    end = d.end or d.start
    if p in (Precision.CENTURY, Precision.DECADE):
        return {"start_date": {"year": d.start.year}, "end_date": {"year": end.year}, "display_date": d.value}
    # weeks, quarters, halves, seasons, and any calendar span without a precision
    return {"start_date": _day(d.start), "end_date": _day(end), "display_date": d.value}


def _slide(e: Event, articles: dict[str, Article], labels: dict[str, str]) -> dict:
    return {"unique_id": f"event-{e.id}", **_dates(e),
            # an empty headline leaves a blank marker on the time axis
            "text": {"headline": _text(e.title or e.date.value), "text": _fragment(e, articles, labels)},
            "autolink": False}


def _labels(chron: Chronology) -> dict[str, str]:
    """How the slides name an article: its title, outlet or credit, with the id when that is shared."""
    names = {a.id: a.title or a.outlet or a.credit or a.id for a in chron.articles}
    shared = {n for n in names.values() if list(names.values()).count(n) > 1}
    return {i: f"{n} ({i})" if n in shared and n != i else n for i, n in names.items()}


def _fragment(e: Event, articles: dict[str, Article], labels: dict[str, str]) -> str:
    def name(art: str) -> str:
        return _text(labels.get(art, art))

    html = []
    if e.summary:
        html.append(f"<p>{_text(e.summary)}</p>")
    figures = e.figures
    if figures:
        disputed = set(e.disputed)
        items = "".join(
            f"<li>{_text(kind)}: " + ", ".join(f"{_text(f.text)} [{name(art)}]" for art, f in found)
            + (" <em>(sources differ)</em>" if kind in disputed else "") + "</li>"
            for kind, found in figures.items())
        html.append(f'<ul class="figures">{items}</ul>')
    if e.attributions:
        html.append('<p class="who">According to: '
                    + "; ".join(f"{_text(who)} [{name(art)}]" for art, who in e.attributions) + "</p>")
    cites = e.citations
    if cites:
        html.append('<ol class="citations">' + "".join(
            f"<li><q>{_text(m.sentence.text)}</q> <cite>{_source(m.article_id, articles, labels)}</cite></li>"
            for m in cites) + "</ol>")
    return "".join(html)


def _source(art: str, articles: dict[str, Article], labels: dict[str, str]) -> str:
    a = articles.get(art)
    if a is None:
        return _text(art)
    parts = [_text(labels[art])]
    parts += [_text(p) for p in (a.outlet, a.credit) if p and p != labels[art]]
    if a.published:
        parts.append(a.published.isoformat())
    # only web links: a javascript: or data: URL from the input must not become clickable
    if a.url.lower().startswith(("http://", "https://")):
        parts.append(f'<a href="{_text(a.url)}" target="_blank" rel="noopener noreferrer nofollow">link</a>')
    return ", ".join(parts)
