"""Chronology -> pandas DataFrame: one row per event in chronology order, the shared form of the writers.

Columns:
  id, date (TIMEX3 value), precision (Precision value or None), start, end (datetime64, NaT when the
  date is not on the calendar), title, sources (article ids joined by ";"), n_sources, n_mentions,
  citations (one line per mention: [article_id] "sentence"), quotes (tuple of (article_id, sentence)
  pairs, for writers that format citations themselves), figures (one line per kind:
  "killed: 21 [a], 24 [b]"), disputed (kinds whose numbers differ, joined by ";"), attribution
  ("who [article]" joined by "; "), summary, importance, in_summary (on the summary timeline).
"""
from __future__ import annotations

import pandas as pd

from timeline.model import Chronology, Event

COLUMNS = ("id", "date", "precision", "start", "end", "title", "sources", "n_sources", "n_mentions",
           "citations", "quotes", "figures", "disputed", "attribution", "summary", "importance", "in_summary")


def to_frame(chron: Chronology) -> pd.DataFrame:
    keep = set(chron.summary)
    df = pd.DataFrame([_row(e, e.id in keep) for e in chron.events], columns=list(COLUMNS))
    # datetime64 so plotly puts them on a date axis and to_csv writes plain ISO dates
    for col in ("start", "end"):
        df[col] = pd.to_datetime(df[col])
    for col in ("n_sources", "n_mentions"):
        df[col] = df[col].astype("int64")
    return df


def _row(event: Event, in_summary: bool = False) -> dict:
    quotes = tuple((m.article_id, m.sentence.text) for m in event.citations)
    return {
        "id": event.id,
        "date": event.date.value,
        "precision": event.date.precision.value if event.date.precision else None,
        "start": event.date.start,
        "end": event.date.end,
        "title": event.title,
        "sources": ";".join(event.sources),
        "n_sources": len(event.sources),
        "n_mentions": len(event.citations),
        # one citation per line: a sentence that itself spans lines would blur where the next begins
        "citations": "\n".join(f'[{art}] "{" ".join(text.split())}"' for art, text in quotes),
        "quotes": quotes,
        "figures": "\n".join(f"{kind}: " + ", ".join(f"{f.text} [{art}]" for art, f in found)
                             for kind, found in event.figures.items()),
        "disputed": ";".join(event.disputed),
        "attribution": "; ".join(f"{who} [{art}]" for art, who in event.attributions),
        "summary": event.summary,
        "importance": event.importance,
        "in_summary": in_summary,
    }
