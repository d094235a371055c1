"""Publication dates as inputs write them, and the date lines at the top of an article.

`parse_published` reads a date or timestamp in any common form: ISO 8601 with or without a
time and zone, RFC 2822 as feeds write it, "Dec 31, 2023 10:04 AM EST", plain dates and Unix
seconds. It keeps the day in the zone the value was written in, never converted to UTC: an
article's "today" is its local day, and "on Saturday" counts from there.
"""
from __future__ import annotations

import datetime as dt
import re
import warnings
from dataclasses import dataclass

from dateutil import parser as dateutil_parser

# Zone abbreviations news sites and feeds print, as hours from UTC. An abbreviation names
# different zones in different countries; each means here the zone English-language news
# most often means by it (CST: US Central, IST: India, BST: British Summer Time).
ZONE_ABBREVIATIONS = {
    "UTC": 0, "UT": 0, "GMT": 0, "Z": 0, "WET": 0, "WEST": 1,
    "EST": -5, "EDT": -4, "CST": -6, "CDT": -5, "MST": -7, "MDT": -6, "PST": -8, "PDT": -7,
    "AKST": -9, "AKDT": -8, "HST": -10, "AST": -4, "ADT": -3,
    "BST": 1, "IST": 5.5, "CET": 1, "CEST": 2, "EET": 2, "EEST": 3, "MSK": 3,
    "WAT": 1, "CAT": 2, "EAT": 3, "SAST": 2, "PKT": 5, "ICT": 7, "WIB": 7,
    "HKT": 8, "SGT": 8, "JST": 9, "KST": 9, "AEST": 10, "AEDT": 11, "NZST": 12, "NZDT": 13,
}
_TZINFOS = {name: int(hours * 3600) for name, hours in ZONE_ABBREVIATIONS.items()}

# Unix seconds: 9 to 11 digits span 1973 to 5138; fewer are years or compact dates ("20231231")
_UNIX_SECONDS = re.compile(r"\d{9,11}")
# two defaults: a field the text leaves out shows as a difference between the two readings
_DEFAULTS = (dt.datetime(2001, 1, 1, 0, 0), dt.datetime(2002, 2, 2, 1, 1))

# A date line: an optional label, then a date ("date 2023-12-31", "Published: Dec. 31, 2023 10:04").
_LABEL = re.compile(r"(\s*)((?:last\s+)?(?:date|dated|published|updated|posted)\b(?:\s+on)?\s*[:\-–—]?\s*)?", re.I)
_DATELINE_LINES = 3  # a date line sits at the top of an article, not in its story
_DATE_TOKENS = 7  # the longest date a label is followed by: "Sunday, December 31, 2023 10:04 AM GMT"
_YEARS = (1900, 2100)  # a date line outside these is a number that looks like a date

# a wire story's opening: "OSTRELL, March 18 (Global Newswire) - ..." or "KYIV, Ukraine, Dec. 30 (AP) —"
_WIRE_DATELINE = re.compile(r"[A-Z][A-Z.'’ -]{1,40}(?:,\s*[A-Z][\w.'’ -]{1,30})?,\s+(?P<date>[A-Z][a-z]{2,8}\.?\s+\d{1,2}"
                            r"(?:,\s*\d{4})?)\s*(?:\([^)\n]{1,40}\))?\s*[-–—]+\s")


@dataclass(frozen=True, slots=True)
class Published:
    day: dt.date  # the calendar day in the zone it was written in
    at: str  # ISO 8601: the day alone, or with the time (and offset) when given


def parse_published(value: object) -> Published | None:
    """The publication day and ISO timestamp `value` names, or None when it names no full date
    (a year, a month, a weekday or words like "3 hours ago" are not one)."""
    if isinstance(value, dt.datetime):
        return Published(value.date(), value.isoformat())
    if isinstance(value, dt.date):
        return Published(value, value.isoformat())
    if value is None or isinstance(value, bool) or not isinstance(value, (str, int)):
        return None
    text = str(value).strip()
    if _UNIX_SECONDS.fullmatch(text):
        moment = dt.datetime.fromtimestamp(int(text), dt.timezone.utc)
        return Published(moment.date(), moment.isoformat())
    return _parse_text(text)


def _parse_text(text: str) -> Published | None:
    if not text or len(text) > 80:  # a date is short; this also bounds dateutil's work
        return None
    try:
        with warnings.catch_warnings():
            # an abbreviation we do not know leaves the time without a zone, which is right
            warnings.simplefilter("ignore")
            a, b = (dateutil_parser.parse(text, default=d, tzinfos=_TZINFOS) for d in _DEFAULTS)
    except (ValueError, OverflowError, TypeError):
        return None
    if a.date() != b.date():
        return None
    if a.hour != b.hour:  # no time given: the day alone
        return Published(a.date(), a.date().isoformat())
    return Published(a.date(), a.isoformat())


def find_dateline(text: str) -> tuple[dt.date, tuple[int, int]] | None:
    """The date of a date line at the top of `text`, and the span of its label and date.

    A labelled date may be followed by more text on its line ("date 2023-12-31 Follow us...");
    an unlabelled one must fill its line, so that a lead like "On Dec. 30, 2023, Russia..."
    is not taken for metadata.
    """
    found = find_dateline_published(text)
    return None if found is None else (found[0].day, found[1])


def find_dateline_published(text: str) -> tuple[Published, tuple[int, int]] | None:
    """`find_dateline` with the time and zone the line gives ("Updated: Dec. 31, 2023 10:04 GMT")."""
    for line in [m for m in re.finditer(r"[^\n]*", text) if m.group().strip()][:_DATELINE_LINES]:
        label = _LABEL.match(line.group())
        start, after = line.start() + label.end(1), line.start() + label.end()
        rest = text[after:line.end()]
        if label.group(2):
            ends = [t.end() for t in re.finditer(r"\S+", rest)][:_DATE_TOKENS][::-1]  # longest first
        else:
            ends = [len(rest.rstrip())]
        for end in ends:
            candidate = rest[:end].rstrip(",;:|.-–—")
            found = _parse_text(candidate)
            if found is not None and _YEARS[0] <= found.day.year <= _YEARS[1]:
                return found, (start, after + len(candidate))
    return None


def find_wire_dateline(text: str) -> tuple[int, int] | None:
    """The span of a wire dateline opening one of the first lines: metadata, not story."""
    for line in [m for m in re.finditer(r"[^\n]*", text) if m.group().strip()][:_DATELINE_LINES]:
        m = _WIRE_DATELINE.match(line.group())
        if m is not None:
            try:
                dateutil_parser.parse(m.group("date"), default=dt.datetime(2001, 1, 1))
            except (ValueError, OverflowError):
                continue
            return line.start(), line.start() + m.end()
    return None
