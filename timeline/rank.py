"""The summary timeline: the most important dates of a long chronology.

Each date counts as much as its most important event (`Event.importance`: independent sources,
reports, centrality).  `--top N` keeps the N most important dates, each with its most important
event, in chronology order: one line per date, as a timeline summary is read.
"""
from __future__ import annotations

from dataclasses import replace

from timeline.model import Chronology, Event


def summary_ids(events: tuple[Event, ...], top: int) -> tuple[str, ...]:
    """Ids of the summary timeline's events, in chronology order."""
    if top <= 0:
        return ()
    lead: dict[str, Event] = {}
    for e in events:  # in chronology order: the first of equals leads
        best = lead.get(e.date.value)
        if best is None or e.importance > best.importance:
            lead[e.date.value] = e
    chosen = sorted(lead.values(), key=lambda e: (-e.importance, e.date.value, e.id))[:top]
    keep = {e.id for e in chosen}
    return tuple(e.id for e in events if e.id in keep)


def summarized(chron: Chronology, top: int | None) -> Chronology:
    """The chronology marked with its summary timeline (all events kept)."""
    if not top:
        return chron
    return replace(chron, summary=summary_ids(chron.events, top))


def summary_only(chron: Chronology) -> Chronology:
    """Only the events of the summary timeline, for the table writers."""
    if not chron.summary:
        return chron
    keep = set(chron.summary)
    return replace(chron, events=tuple(e for e in chron.events if e.id in keep))
