"""Chronology -> JSON document (dict, or UTF-8 text written to a file or stream).

Schema "news-timeline/1" (every key always present; dates are ISO 8601 strings or null):

  {"schema": "news-timeline/1",
   "articles": [{"id", "title", "url", "outlet", "credit", "published", "source"}],
   "events": [{"id", "date", "precision", "start", "end", "title", "sources": [article id, ...],
               "mentions": [{"article", "text", "start", "end",
                             "date_text", "date_start", "date_end", "dated_by"}]}],
   "warnings": [str, ...]}

event.date is the TIMEX3 value ("2023-12-30", "2022-02", "2023-W52"), precision a Precision value
("day", "month", ...) or null, start/end the first and last day of that period. mention.text is the
sentence verbatim and start/end its character offsets in the article's text; date_text is the time
expression that dated it, at date_start/date_end; dated_by is "explicit", "relative" or "inherited".
Articles and events keep the chronology's order.
"""
from __future__ import annotations

import datetime as dt
import json

from render._output import Target, write_text
from timeline.model import Article, Chronology, Event, EventMention

SCHEMA = "news-timeline/1"


def to_json_dict(chron: Chronology) -> dict:
    return {
        "schema": SCHEMA,
        "articles": [_article(a) for a in chron.articles],
        "events": [_event(e) for e in chron.events],
        "warnings": list(chron.warnings),
    }


def write_json(chron: Chronology, target: Target) -> None:
    # ensure_ascii=False: quotes stay readable in any language; indent=1 keeps diffs line-based but small
    write_text(json.dumps(to_json_dict(chron), ensure_ascii=False, indent=1) + "\n", target)


def _iso(day: dt.date | None) -> str | None:
    return day.isoformat() if day else None


def _article(a: Article) -> dict:
    return {"id": a.id, "title": a.title, "url": a.url, "outlet": a.outlet, "credit": a.credit,
            "published": _iso(a.published), "source": a.source}


def _event(e: Event) -> dict:
    return {
        "id": e.id,
        "date": e.date.value,
        "precision": e.date.precision.value if e.date.precision else None,
        "start": _iso(e.date.start),
        "end": _iso(e.date.end),
        "title": e.title,
        "sources": list(e.sources),
        "mentions": [_mention(m) for m in e.mentions],
    }


def _mention(m: EventMention) -> dict:
    return {"article": m.article_id, "text": m.sentence.text, "start": m.sentence.start,
            "end": m.sentence.end, "date_text": m.date_text, "date_start": m.date_start,
            "date_end": m.date_end, "dated_by": m.dated_by.value}
