"""Chronology -> JSON document (dict, or UTF-8 text written to a file or stream).

Schema "news-timeline/3" (every key always present; dates are ISO 8601 strings or null):

  {"schema": "news-timeline/3",
   "articles": [{"id", "title", "url", "outlet", "credit", "published", "published_at", "date_method",
                 "date_confidence", "source", "duplicate_of", "status"}],
   "inputs": [{"source", "article", "status", "reason"}],
   "events": [{"id", "date", "precision", "start", "end", "title", "summary", "importance",
               "sources": [article id, ...], "independent_sources",
               "figures": {kind: [{"article", "text", "value", "qualifier"}, ...]},
               "disputed": [kind, ...],
               "attribution": [{"article", "who"}, ...],
               "mentions": [MENTION, ...], "context": [MENTION, ...]}],
   "summary": [event id, ...],
   "warnings": [str, ...]}
  MENTION = {"article", "text", "start", "end", "clause", "date_text", "date_start", "date_end",
             "dated_by", "dated_from": {"article", "start"} or null, "attribution",
             "figures": [{"kind", "text", "value"}]}

An article's published is the day its relative dates count from; published_at the publication time as
the input gave it (null when it gave none), date_method how the day was found (timeline.model.DATE_METHODS;
null when no day was found or none recorded) and date_confidence how sure that is (0-1, or null);
duplicate_of the id of the first article of the group of wire copies it repeats, or null; status is
"used": the articles listed are those the chronology was built from.  inputs says what became of every
input: "used", "skipped" (also an article whose stages took longer than the time limit) or "failed", with
the reason (article null when none was read).

event.date is the TIMEX3 value ("2023-12-30", "2022-02", "2023-W52"), precision a Precision value
("day", "month", ...) or null, start/end the first and last day of that period.  independent_sources
counts the sources with a group of wire copies once.  importance ranks events (independent sources,
reports, centrality); summary lists the events of the summary timeline (`--top N`; empty without it).
figures gives what each source counts ("killed": 21 from one article, 24 from another), disputed the
kinds where the sources' numbers differ.

mention.text is the sentence verbatim and start/end its character offsets in the article's text;
clause is the [start, end] of the part of the sentence that tells this happening, or null for the
whole sentence; date_text is the time expression that dated it, at date_start/date_end; dated_by
is "explicit", "relative", "inherited" (the story's day, set by an earlier sentence), "relation"
("a day after the barrage"; dated_from names the sentence, in this or another article, whose date
it was resolved through) or "reported" (a statement dated to the day its article reports on).
mentions cite the event; context holds clauses that tell it in passing inside a sentence cited for
another happening (they add figures).  Articles, inputs and events keep the chronology's order, which
does not depend on the order of the inputs (timeline.pipeline: articles by publication day then id, inputs by source): the
same articles in any order give the same bytes.
"""
from __future__ import annotations

import datetime as dt
import json

from parsers.duplicates import group_of, independent
from render._output import Target, write_text
from timeline.model import Article, Chronology, Event, EventMention, InputStatus

SCHEMA = "news-timeline/3"


def to_json_dict(chron: Chronology) -> dict:
    groups = group_of(chron.articles)
    return {
        "schema": SCHEMA,
        "articles": [_article(a) for a in chron.articles],
        "inputs": [_input(i) for i in chron.inputs],
        "events": [_event(e, groups) for e in chron.events],
        "summary": list(chron.summary),
        "warnings": list(chron.warnings),
    }


def write_json(chron: Chronology, target: Target) -> None:
    # ensure_ascii=False: quotes stay readable in any language; indent=1 keeps diffs line-based but small
    write_text(json.dumps(to_json_dict(chron), ensure_ascii=False, indent=1) + "\n", target)


def _iso(day: dt.date | None) -> str | None:
    return day.isoformat() if day else None


def _article(a: Article) -> dict:
    # the model's "" for "none" is null here, as every absent value of the document
    return {"id": a.id, "title": a.title, "url": a.url, "outlet": a.outlet, "credit": a.credit,
            "published": _iso(a.published), "published_at": a.published_at or None,
            "date_method": a.date_method or None, "date_confidence": a.date_confidence,
            "source": a.source, "duplicate_of": a.duplicate_of or None, "status": "used"}


def _input(i: InputStatus) -> dict:
    return {"source": i.source, "article": i.article_id or None, "status": i.status, "reason": i.reason}


def _event(e: Event, groups: dict[str, str]) -> dict:
    return {
        "id": e.id,
        "date": e.date.value,
        "precision": e.date.precision.value if e.date.precision else None,
        "start": _iso(e.date.start),
        "end": _iso(e.date.end),
        "title": e.title,
        "summary": e.summary,
        "importance": e.importance,
        "sources": list(e.sources),
        "independent_sources": independent(e.sources, groups),
        "figures": {kind: [{"article": art, "text": f.text, "value": f.value, "qualifier": f.qualifier}
                           for art, f in found] for kind, found in e.figures.items()},
        "disputed": list(e.disputed),
        "attribution": [{"article": art, "who": who} for art, who in e.attributions],
        "mentions": [_mention(m) for m in e.citations],
        "context": [_mention(m) for m in e.mentions if not m.cited],
    }


def _mention(m: EventMention) -> dict:
    return {"article": m.article_id, "text": m.sentence.text, "start": m.sentence.start,
            "end": m.sentence.end, "clause": list(m.clause) if m.clause else None,
            "date_text": m.date_text, "date_start": m.date_start, "date_end": m.date_end,
            "dated_by": m.dated_by.value,
            "dated_from": {"article": m.dated_from[0], "start": m.dated_from[1]} if m.dated_from else None,
            "attribution": m.attribution,
            "figures": [{"kind": f.kind, "text": f.text, "value": f.value} for f in m.figures]}
