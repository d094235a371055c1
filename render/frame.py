"""Chronology -> pandas DataFrame: one row per event in chronology order, the shared form of the writers.

Columns:
  id, date (TIMEX3 value), precision (Precision value or None), start, end (datetime64[s], NaT when the
  date is not on the calendar), title, sources (article ids joined by ";"), n_sources, n_mentions,
  citations (one line per mention: [article_id] "sentence"), quotes (tuple of (article_id, sentence)
  pairs, for writers that format citations themselves), figures (one line per kind:
  "killed: 21 [a], 24 [b]"), disputed (kinds whose numbers differ, joined by ";"), attribution
  ("who [article]" joined by "; "), summary, importance, in_summary (on the summary timeline),
  independent_sources (the sources counting a group of wire copies once), inferred_dates (the sources
  whose publication day was inferred: "id: method confidence" joined by "; ").
"""
from __future__ import annotations

import numpy as np
import pandas as pd

from parsers.duplicates import group_of, independent
from timeline.model import Article, Chronology, Event

COLUMNS = ("id", "date", "precision", "start", "end", "title", "sources", "n_sources", "n_mentions",
           "citations", "quotes", "figures", "disputed", "attribution", "summary", "importance", "in_summary",
           "independent_sources", "inferred_dates")

# publication days the input did not give for the article itself: worked out, or a default for all
INFERRED_METHODS = ("mentions", "collection", "option")


def to_frame(chron: Chronology) -> pd.DataFrame:
    keep = set(chron.summary)
    groups = group_of(chron.articles)
    inferred = {a.id: inferred_date(a) for a in chron.articles if a.date_method in INFERRED_METHODS}
    df = pd.DataFrame([_row(e, e.id in keep, groups, inferred) for e in chron.events], columns=list(COLUMNS))
    # datetime64 so plotly puts them on a date axis and to_csv writes plain ISO dates; in seconds, as
    # pandas' default nanoseconds hold only the years 1678-2261 and a date of any year 1-9999 must fit
    for col in ("start", "end"):
        df[col] = pd.Series(np.array(df[col].tolist(), dtype="datetime64[s]"), index=df.index)
    for col in ("n_sources", "n_mentions", "independent_sources"):
        df[col] = df[col].astype("int64")
    return df


def inferred_date(article: Article) -> str:
    """How an article's day was found, for a table cell: "blog: collection 0.7" (no confidence when none)."""
    confidence = "" if article.date_confidence is None else f" {confidence_text(article.date_confidence)}"
    return f"{article.id}: {article.date_method}{confidence}"


def confidence_text(confidence: float) -> str:
    # two decimals at most: 0.7, 0.65, 1
    return f"{round(confidence, 2):g}"


def _row(event: Event, in_summary: bool = False, groups: dict[str, str] | None = None,
         inferred: dict[str, str] | None = None) -> dict:
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
        "independent_sources": independent(event.sources, groups or {}),
        "inferred_dates": "; ".join(inferred[s] for s in event.sources if s in (inferred or {})),
    }
