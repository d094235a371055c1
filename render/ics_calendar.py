"""Chronology -> iCalendar (RFC 5545) text, written to a file or stream.

Layout version "news-timeline-ics/1", named in PRODID:

  BEGIN:VCALENDAR
  VERSION:2.0
  PRODID:-//news-timeline//news-timeline-ics/1//EN
  CALSCALE:GREGORIAN
  X-WR-CALNAME:Chronology
  X-NEWS-TIMELINE-LEFT-OUT:N events dated less precisely than a day ...   (only when N > 0)
  BEGIN:VEVENT
  UID:<event id>@news-timeline
  DTSTAMP:<latest publication day>T000000Z
  DTSTART;VALUE=DATE:20231229
  DTEND;VALUE=DATE:20231230
  SUMMARY:<title>
  DESCRIPTION:<plain text, below>
  TRANSP:TRANSPARENT
  END:VEVENT
  ...
  END:VCALENDAR

One all-day VEVENT per event dated to a day or more precisely (a day, a part of a day, a clock
time), in chronology order; DTEND is the day after, as RFC 5545 wants for all-day events.  Events
dated to a week, month, year or coarser, or not on the calendar, have no day to sit on and are
left out; X-NEWS-TIMELINE-LEFT-OUT says how many.  DTSTAMP is midnight UTC of the latest
publication date among the articles (else of the latest event day), so the same input gives the
same bytes.

DESCRIPTION is plain text, one item a line:
  Date: <TIMEX3 value> (<precision>)
  <summary>
  <kind>: <figure> [<article id>], ... (sources differ)
  According to: <who> [<article id>]; ...
  Citations:
  [<article id>] "<sentence>"
  Articles:
  <article id>: <title>, <outlet>, <credit>, <published>, <http(s) URL>

Escaping (\\, ; , and newlines) and line folding at 75 octets are done by the icalendar library.
Article text and ids keep their words, but whitespace is collapsed to one space per run, and other
control characters and the bidirectional overrides and isolates (which would make a calendar show
text other than it reads) are dropped.  An event on 9999-12-31 has no day after it: its DTEND is
left out, which RFC 5545 reads as one day all the same.
"""
from __future__ import annotations

import datetime as dt
import re

from icalendar import Calendar, Event as VEvent, vText

from render._output import Target, write_text
from timeline.model import Article, Chronology, Event, Precision

FORMAT = "news-timeline-ics/1"
UID_DOMAIN = "news-timeline"
# after whitespace is collapsed: the other control characters, and the bidi overrides and isolates
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def to_ics(chron: Chronology) -> str:
    cal = Calendar()
    cal.add("version", "2.0")
    cal.add("prodid", f"-//news-timeline//{FORMAT}//EN")
    cal.add("calscale", "GREGORIAN")
    cal.add("x-wr-calname", vText("Chronology"))
    stamp = _stamp(chron)
    articles = {a.id: a for a in chron.articles}
    daily = [e for e in chron.events if _on_a_day(e)]
    left = len(chron.events) - len(daily)
    if left:
        cal.add("x-news-timeline-left-out", vText(
            f"{left} event{'' if left == 1 else 's'} dated less precisely than a day "
            f"(week, month, year ...) or not on the calendar"))
    for e in daily:
        cal.add_component(_vevent(e, articles, stamp))
    return cal.to_ical().decode("utf-8")


def write_ics(chron: Chronology, target: Target) -> None:
    # to_ical ends lines with CRLF, as RFC 5545 requires; write_text keeps them
    write_text(to_ics(chron), target)


def _on_a_day(e: Event) -> bool:
    p = e.date.precision
    return e.date.start is not None and p is not None and p.rank >= Precision.DAY.rank


def _stamp(chron: Chronology) -> dt.datetime:
    days = [a.published for a in chron.articles if a.published]
    if not days:
        days = [e.date.end or e.date.start for e in chron.events if e.date.start]
    day = max(days) if days else dt.date(1970, 1, 1)
    return dt.datetime(day.year, day.month, day.day, tzinfo=dt.timezone.utc)


def _plain(text: str) -> str:
    return _CONTROL.sub("", " ".join(str(text).split()))


def _vevent(e: Event, articles: dict[str, Article], stamp: dt.datetime) -> VEvent:
    ev = VEvent()
    ev.add("uid", f"{_plain(e.id)}@{UID_DOMAIN}")
    ev.add("dtstamp", stamp)
    ev.add("dtstart", e.date.start)
    if e.date.start < dt.date.max:
        ev.add("dtend", e.date.start + dt.timedelta(days=1))
    ev.add("summary", _plain(e.title) or e.date.value)
    ev.add("description", _description(e, articles))
    # a news event does not make anyone busy
    ev.add("transp", "TRANSPARENT")
    return ev


def _description(e: Event, articles: dict[str, Article]) -> str:
    lines = [f"Date: {e.date.value} ({e.date.precision.value.replace('_', ' ')})"]
    if e.summary:
        lines.append(_plain(e.summary))
    disputed = set(e.disputed)
    for kind, found in e.figures.items():
        lines.append(f"{_plain(kind)}: " + ", ".join(f"{_plain(f.text)} [{_plain(art)}]" for art, f in found)
                     + (" (sources differ)" if kind in disputed else ""))
    if e.attributions:
        lines.append("According to: " + "; ".join(f"{_plain(who)} [{_plain(art)}]"
                                                for art, who in e.attributions))
    if e.citations:
        lines.append("Citations:")
        lines += [f'[{_plain(m.article_id)}] "{_plain(m.sentence.text)}"' for m in e.citations]
    cited = [articles[s] for s in e.sources if s in articles]
    if cited:
        lines.append("Articles:")
        lines += [_article(a) for a in cited]
    return "\n".join(lines)


def _article(a: Article) -> str:
    parts = [_plain(p) for p in (a.title, a.outlet, a.credit) if p]
    if a.published:
        parts.append(a.published.isoformat())
    # calendar apps link URLs in descriptions: only web links are offered
    if a.url.lower().startswith(("http://", "https://")):
        parts.append(_plain(a.url))
    return f"{_plain(a.id)}: " + ", ".join(parts) if parts else _plain(a.id)
