"""The merge split by date: groups of mentions it never compares, merged apart, put together again.

The merge compares a mention only with those of its day, of the `claim_reach` days before it, or of
a period holding it (timeline.merge), so stretches of calendar that no such window links never
meet: `date_partitions` gives them, and each, or any union of them, can be merged on its own.
What still reaches across stretches a part merged alone gets from the whole collection:

- a stretch's word weights count every mention of the articles that tell something in it, and two
  sentences are next to each other among all their article's sentences with mentions: a part is
  merged with the other mentions of its articles as stand-ins (`part_mentions`), which weigh words
  and hold their sentence's place but are dated apart from everything and make no event;
- an event's importance measures how central its words are to the whole collection: it is taken
  again over the whole collection when the parts are put together (`Importance`, `combine`).

Put together, the parts give exactly the events of one merge, in its order.
"""
from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import replace
from typing import Iterable, Sequence

from timeline.merge import _importance, _periods, _Texts, _words, chronological_key, merge
from timeline.model import DatedBy, Event, EventMention, Precision, Reference, ResolvedDate, Sentence
from timeline.settings import Settings

Part = tuple[int, ...]
# what merging one part gives: its events, each with the indices (into the part's own mentions) of
# the mentions it cites, in the order they are listed in the event
Merged = tuple[tuple[Event, Part], ...]
# the date of every stand-in: a value no time expression resolves to, on a day no report is about
_NOWHEN = ResolvedDate("stand-in", Precision.CENTURY, Reference.ABSOLUTE, dt.date.min, dt.date.min)


def date_partitions(mentions: Sequence[EventMention], settings: Settings) -> list[Part]:
    """The indices of `mentions` in groups the merge never compares across: the stretches of
    calendar that no window of `settings.claim_reach` days or period links, and each year, season
    or decade value apart.  Chronological, each in index order."""
    labels, _ = _periods(list(mentions), settings.claim_reach)
    parts: dict[int, list[int]] = defaultdict(list)
    for i, label in enumerate(labels):
        parts[label].append(i)
    return [tuple(parts[label]) for label in sorted(parts)]


def pack(mentions: Sequence[EventMention], parts: Iterable[Part], n: int) -> list[Part]:
    """At most `n` unions of `parts` of about equal numbers of mentions, each in index order, that
    split as few articles as they can: an article split between unions is merged in each, its
    mentions of the others as stand-ins.  Parts that share articles stay together unless together
    they are more than a union's share; the larger parts go first, each to the union holding most
    of its articles among those it fits in, else to the lightest."""
    parts = list(parts)
    n = max(1, min(n, len(parts)))
    share = -(-len(mentions) // n)
    # parts linked through their articles (union-find)
    link = list(range(len(parts)))

    def root(k: int) -> int:
        while link[k] != k:
            link[k] = link[link[k]]
            k = link[k]
        return k

    first: dict[str, int] = {}
    for k, part in enumerate(parts):
        for i in part:
            a = mentions[i].article_id
            link[root(k)] = root(first.setdefault(a, k))
    linked: dict[int, list[Part]] = defaultdict(list)
    for k, part in enumerate(parts):
        linked[root(k)].append(part)
    items: list[Part] = []
    for group in linked.values():
        whole = tuple(i for part in group for i in part)
        items.extend([whole] if len(whole) <= share else group)
    loads = [0] * n
    held: list[set[str]] = [set() for _ in range(n)]
    members: list[list[int]] = [[] for _ in range(n)]
    for item in sorted(items, key=len, reverse=True):
        articles = {mentions[i].article_id for i in item}
        fits = [k for k in range(n) if loads[k] + len(item) <= share]
        k = (max(fits, key=lambda k: (len(articles & held[k]), -loads[k], -k)) if fits
             else min(range(n), key=lambda k: (loads[k], k)))
        loads[k] += len(item)
        held[k] |= articles
        members[k].extend(item)
    return [tuple(sorted(m)) for m in members if m]


def part_mentions(mentions: Sequence[EventMention], part: Part,
                  by_article: dict[str, list[int]] | None = None) -> tuple[EventMention, ...]:
    """What a part is merged from: its mentions, in index order, then a stand-in for every other
    mention of their articles.  `by_article` (from `article_index`) saves a pass over all mentions."""
    by_article = by_article if by_article is not None else article_index(mentions)
    own = set(part)
    articles = dict.fromkeys(mentions[i].article_id for i in part)
    others = sorted(i for a in articles for i in by_article[a] if i not in own)
    return tuple(mentions[i] for i in part) + tuple(_stand_in(mentions[i]) for i in others)


def article_index(mentions: Sequence[EventMention]) -> dict[str, list[int]]:
    """The indices of each article's mentions."""
    out: dict[str, list[int]] = defaultdict(list)
    for i, m in enumerate(mentions):
        out[m.article_id].append(i)
    return out


def _stand_in(m: EventMention) -> EventMention:
    """The words `m` is compared by, at its sentence's place in its article, and nothing else: cited
    by nothing, and dated where no report is, continuing no story, so that the merge compares it
    with nothing.  All stand-ins share that date, so their articles count in one stretch more."""
    words = _words(m)
    start = m.sentence.start
    return EventMention(m.article_id, Sentence(m.article_id, start, start + len(words), words, m.sentence.paragraph),
                        _NOWHEN, DatedBy.INHERITED, "", -1, -1, cited=False)


def merge_part(mentions: Sequence[EventMention], own: int, settings: Settings,
               order: dict[str, int] | None = None, copy_of: dict[str, str] | None = None) -> Merged:
    """Merge what `part_mentions` gave for a part of `own` mentions: its events (importance still
    to be taken over the whole collection), each with the indices of its mentions among the own."""
    mentions = tuple(mentions)
    at = {id(m): i for i, m in enumerate(mentions[:own])}
    merged = []
    for event in merge(mentions, settings, order, copy_of):
        # stand-ins make no event, and no event of the part's mentions takes one in
        merged.append((event, tuple(at[id(m)] for m in event.mentions)))
    return tuple(merged)


class Importance:
    """Events' importance as one merge of the whole collection weighs it (timeline.merge)."""

    def __init__(self, mentions: Sequence[EventMention], settings: Settings, copy_of: dict[str, str] | None = None):
        self.mentions = list(mentions)
        self.copy_of = copy_of or {}
        self.texts = _Texts(self.mentions, settings)  # the collection's word weights, as the merge fits them

    def __call__(self, groups: list[list[int]]) -> list[float]:
        return _importance(groups, self.texts, self.mentions, self.copy_of)


def combine(parts: Sequence[Part], merged: Sequence[Merged], importance: Importance | None) -> tuple[Event, ...]:
    """The events of all parts in the merge's order, with the importance the whole collection gives
    them (None: the parts are the whole collection, their importance stands)."""
    events, groups = [], []
    for part, found in zip(parts, merged):
        for event, indices in found:
            events.append(event)
            groups.append([part[i] for i in indices])
    if importance is not None:
        events = [replace(e, importance=w) for e, w in zip(events, importance(groups))]
    events.sort(key=_chronology_order)
    return tuple(events)


def _chronology_order(e: Event) -> tuple:
    # as timeline.merge.merge sorts its events (ties fall only within one part, which keeps its order)
    return (*chronological_key(e.date), -len(e.sources), e.id)


def merge_partitioned(mentions: Sequence[EventMention], settings: Settings, order: dict[str, int] | None = None,
                      copy_of: dict[str, str] | None = None, parts: Sequence[Part] | None = None) -> tuple[Event, ...]:
    """`timeline.merge.merge` done part by part, in this process: `parts` (each mention in exactly
    one; by default `date_partitions`) merged apart and put together."""
    mentions = tuple(mentions)
    if not mentions:
        return ()
    parts = list(parts if parts is not None else date_partitions(mentions, settings))
    if len(parts) == 1:
        return merge(mentions, settings, order, copy_of)
    by_article = article_index(mentions)
    merged = [merge_part(part_mentions(mentions, p, by_article), len(p), settings, order, copy_of) for p in parts]
    return combine(parts, merged, Importance(mentions, settings, copy_of))
