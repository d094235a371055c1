"""Stage 5: EventMention... -> Event...: one event per happening and date, citing every source.

Mentions are compared only within their date (blocking by date keeps the merge near-linear and
never joins two dates).  Within a date, sentences are compared by TF-IDF cosine similarity
(scikit-learn), and average-linkage clustering joins those that report the same happening.
A mention known only to a week or month joins a day-precise event inside that period when it
clearly reports the same happening; the event keeps the precise date.
"""
from __future__ import annotations

import datetime as dt
import hashlib
import math
import re
from collections import defaultdict

import numpy as np
from scipy import sparse
from sklearn.cluster import AgglomerativeClustering

from parsers.events import clause_breaks
from timeline.model import DatedBy, Event, EventMention, Precision, ResolvedDate
from timeline.settings import Settings
from timeline.similarity import vectors

_COARSE_JOINABLE = (Precision.WEEK, Precision.MONTH)
_DAY_RANK = Precision.DAY.rank
# how much more like another event than its own story an inherited sentence must be to move
_CLEARLY = 0.2


class _Texts:
    """The TF-IDF rows of all mentions, fitted once; similarities are taken block by block."""

    def __init__(self, mentions: list[EventMention], settings: Settings):
        self.x = vectors([m.clause_text for m in mentions], settings.language, settings.similarity)
        self._centroids: dict = {}

    def block(self, rows: list[int], cols: list[int] | None = None) -> np.ndarray:
        if self.x is None:
            return np.eye(len(rows)) if cols is None else np.zeros((len(rows), len(cols)))
        a = self.x[rows]
        sim = (a @ (a if cols is None else self.x[cols]).T).toarray()
        if cols is None:
            np.fill_diagonal(sim, 1.0)
        return sim

    def between(self, g: list[int], h: list[int]) -> float:
        """How alike two groups are: the cosine of their centroids (a group's shared words weigh
        more than in the average of its pairs)."""
        if self.x is None:
            return 0.0
        return float((self._centroid(g) @ self._centroid(h).T).toarray()[0, 0])

    def _centroid(self, g: list[int]):
        # one unit-length row per group as it stands; a group that grows gets a new one
        if len(g) == 1:
            return self.x[g[0]]
        key = tuple(g)
        row = self._centroids.get(key)
        if row is None:
            row = self.x[g].mean(axis=0)
            norm = float(np.linalg.norm(row))
            row = sparse.csr_matrix(row / norm if norm else row)
            self._centroids[key] = row
        return row


def _clusters(indices: list[int], texts: _Texts, threshold: float) -> list[list[int]]:
    if len(indices) == 1:
        return [indices]
    dist = 1.0 - texts.block(indices)
    np.fill_diagonal(dist, 0.0)
    labels = AgglomerativeClustering(n_clusters=None, metric="precomputed", linkage="average",
                                     distance_threshold=1.0 - threshold).fit_predict(np.clip(dist, 0, 1))
    groups: dict[int, list[int]] = defaultdict(list)
    for idx, label in zip(indices, labels):
        groups[label].append(idx)
    return list(groups.values())


def _event_id(group: list[EventMention]) -> str:
    # named by its first mention, not by its date or its number: an article added later that
    # reports other happenings leaves the id alone
    first = min((m.article_id, m.sentence.start, m.clause or (0, 0)) for m in group)
    key = f"{first[0]}|{first[1]}|{first[2][0]}"
    return hashlib.sha1(key.encode("utf-8")).hexdigest()[:12]


def make_title(text: str, words: int) -> str:
    """A short title from a sentence: its opening words, cut at a clause end where one is near."""
    text = re.sub(r"\s+", " ", text).strip().strip("\"“”'‘’ ")
    tokens = text.split(" ")
    if len(tokens) <= words:
        return text.rstrip(".")
    head = " ".join(tokens[:words])
    # the first clause that says enough on its own makes the cleanest title
    for m in re.finditer(r"[,;:] ", head):
        if len(head[:m.start()].split()) >= 6:
            return head[:m.start()] + "…"
    return head.rstrip(",;:") + "…"


def title_source(m: EventMention, language: str = "en") -> str:
    """The words of a mention that a title is made from: the clause it tells (a sentence telling
    two happenings), else the clause its date expression sits in ("..., 21 people were killed by
    Kyiv on Saturday"), else the sentence."""
    s = m.sentence
    if m.clause is not None:
        clause = m.clause_text.strip()
        if len(clause.split()) >= 4:
            return clause[:1].upper() + clause[1:]
    if m.dated_by in (DatedBy.INHERITED, DatedBy.REPORTED) or not (s.start <= m.date_start < s.end):
        return s.text
    at = m.date_start - s.start
    breaks = [(b.start(), b.end()) for b in clause_breaks(language).finditer(s.text)]
    left = max((e for b, e in breaks if e <= at), default=0)
    right = min((b for b, e in breaks if b >= at), default=len(s.text))
    clause = s.text[left:right].strip()
    # a clause that opens with a capital or a figure stands alone ("21 people were killed");
    # one opening with "which" or "saying" reads as a fragment
    if len(clause.split()) >= 5 and (clause[:1].isupper() or clause[:1].isdigit()):
        return clause
    return s.text


def _best(group: list[int], texts: _Texts, mentions: list[EventMention]) -> EventMention:
    # the most central mention, preferring one dated by its own words over a weakly dated one
    sim = texts.block(group) if len(group) > 1 else None

    def score(k: int) -> tuple:
        m = mentions[group[k]]
        centrality = float(sim[k].mean()) if sim is not None else 0.0
        return (m.cited, not m.weak, m.dated_by is not DatedBy.RELATION, centrality, -m.sentence.start)
    return mentions[group[max(range(len(group)), key=score)]]


def _attach_inherited(groups: list[list[int]], inherited: list[int], mentions: list[EventMention],
                      texts: _Texts, settings: Settings) -> list[list[int]]:
    """An inherited mention goes with the mention it took its date from (it goes on telling that
    sentence's story), unless it is clearly about another event of that day: a story moves on
    without a new date ("Drones were shot down over Moscow" after the day's strike)."""
    home: dict[tuple[str, int], list[int]] = {}
    for g in groups:
        for i in g:
            m = mentions[i]
            home.setdefault((m.article_id, m.date_start), g)
    index = _DayIndex(groups, mentions)
    for i in inherited:
        m = mentions[i]
        source = home.get((m.article_id, m.date_start))
        if source is not None and mentions[source[0]].date.value != m.date.value:
            source = None
        own = texts.between([i], source) if source is not None else 0.0
        # the story's day stands: only another event of that day may claim it
        score, other = index.best(i, texts, 0, exclude=source)
        if other is not None and score >= settings.claim_threshold and score > own + _CLEARLY:
            other.append(i)
        elif source is not None:
            source.append(i)
        else:
            groups.append([i])
    return groups


class _DayIndex:
    """The day-precise groups by day, to find the events of the days before a mention's."""

    def __init__(self, groups: list[list[int]], mentions: list[EventMention]):
        self.by_day: dict = defaultdict(list)
        for g in groups:
            d = mentions[g[0]].date
            if d.precision.rank >= _DAY_RANK:
                self.by_day[d.start].append(g)
        self.mentions = mentions

    def best(self, i: int, texts: _Texts, reach: int, exclude: list[int] | None = None
             ) -> tuple[float, list[int] | None]:
        day = self.mentions[i].date.start
        near = [g for d in (day - dt.timedelta(days=k) for k in range(reach + 1))
                for g in self.by_day.get(d, ()) if g is not exclude]
        if not near:
            return 0.0, None
        return max(((texts.between([i], g), g) for g in near), key=lambda pair: pair[0])


def _claim_reported(groups: list[list[int]], reported: list[int], mentions: list[EventMention],
                    texts: _Texts, settings: Settings) -> list[int]:
    """Statements dated only by their report day join the event they clearly report, among the
    day-precise events of the days before; the rest are returned."""
    index = _DayIndex(groups, mentions)
    left = []
    for i in reported:
        score, target = index.best(i, texts, settings.claim_reach)
        if target is not None and score >= settings.claim_threshold:
            target.append(i)
        else:
            left.append(i)
    return left


def _summary(best: EventMention, group: list[int], texts: _Texts, mentions: list[EventMention],
             additions: int = 2) -> str:
    """The best report in full, then from other articles the sentences that add most to it."""
    parts = [" ".join(best.sentence.text.split())]
    seen = {best.sentence.text}
    used = [i for i in group if mentions[i] is best][:1]
    others = [i for i in group if mentions[i].cited and mentions[i].article_id != best.article_id]
    for _ in range(additions):
        fresh = [i for i in others if mentions[i].sentence.text not in seen]
        if not fresh or not used:
            break
        # the least like what is said already adds most; a tie goes to the earlier source
        i = min(fresh, key=lambda k: texts.between([k], used))
        parts.append(" ".join(mentions[i].sentence.text.split()))
        seen.add(mentions[i].sentence.text)
        used.append(i)
    return " ".join(parts)


def _importance(group: list[int], story: list[int], texts: _Texts, mentions: list[EventMention]) -> float:
    """Independent sources count most, then how often they report it, then how central its words
    are to the whole collection's (a side remark shares few of the story's words)."""
    cited = [i for i in group if mentions[i].cited]
    sources = len({mentions[i].article_id for i in cited})
    return round(sources + 0.5 * math.log2(1 + len(cited)) + texts.between(cited, story), 4)


def merge(mentions: tuple[EventMention, ...], settings: Settings,
          article_order: dict[str, int] | None = None) -> tuple[Event, ...]:
    """Events in chronological order, each citing the mentions that report it."""
    mentions = list(mentions)
    if not mentions:
        return ()
    order = article_order or {}
    texts = _Texts(mentions, settings)
    by_date: dict[str, list[int]] = defaultdict(list)
    reported, inherited = [], []
    for i, m in enumerate(mentions):
        if m.dated_by is DatedBy.REPORTED:
            reported.append(i)
        elif m.dated_by is DatedBy.INHERITED:
            inherited.append(i)
        else:
            by_date[m.date.value].append(i)

    # mentions dated by their own words make the events; a sentence that only continues the
    # story goes with the sentence it took its day from
    groups: list[list[int]] = []
    for indices in by_date.values():
        groups.extend(_clusters(indices, texts, settings.merge_threshold))
    groups = _attach_inherited(groups, inherited, mentions, texts, settings)

    # statements with no date of their own: first the event they report, else their report day
    left = _claim_reported(groups, reported, mentions, texts, settings)
    # the rest make events of their own, those of one day alike joined
    by_day: dict[str, list[int]] = defaultdict(list)
    for i in left:
        by_day[mentions[i].date.value].append(i)
    for indices in by_day.values():
        groups.extend(_clusters(indices, texts, settings.merge_threshold))

    # week- or month-precise groups join the most similar day-precise group inside their period
    precise = [g for g in groups if mentions[g[0]].date.precision.rank >= _DAY_RANK]
    kept = []
    for g in groups:
        d = mentions[g[0]].date
        if d.precision in _COARSE_JOINABLE:
            inside = [p for p in precise if d.start <= mentions[p[0]].date.start <= d.end]
            if inside:
                score, target = max(((texts.between(g, p), p) for p in inside), key=lambda pair: pair[0])
                if score >= settings.merge_threshold:
                    target.extend(g)
                    continue
        kept.append(g)

    events = []
    story = [i for i, m in enumerate(mentions) if m.cited]
    for g in kept:
        if not any(mentions[i].cited for i in g):
            continue  # only clauses told in passing: their sentences are cited elsewhere
        # the event keeps the most precise date its own-dated sources give
        ranked = sorted(g, key=lambda i: (not mentions[i].weak, mentions[i].date.precision.rank), reverse=True)
        date = mentions[ranked[0]].date
        group = sorted((mentions[i] for i in g),
                       key=lambda m: (order.get(m.article_id, 0), m.article_id, m.sentence.start, m.date_start))
        best = _best(g, texts, mentions)
        title = make_title(title_source(best, settings.language), settings.title_words)
        events.append(Event(_event_id(group), date, title, tuple(group), _summary(best, g, texts, mentions),
                            _importance(g, story, texts, mentions)))
    events.sort(key=lambda e: (*chronological_key(e.date), -len(e.sources), e.id))
    return tuple(events)


# periods written inside the calendar's own hierarchy open it ("2019-09" sorts before "2019-09-01");
# weeks, quarters, halves and seasons cut across it and stand after the days they hold
_OPENING = (Precision.CENTURY, Precision.DECADE, Precision.YEAR, Precision.MONTH)


def chronological_key(date: ResolvedDate) -> tuple:
    """Where an event stands in the chronology.

    A day (or a time within it) stands on that day.  A month, year, decade or century stands at its
    first day, before the days inside it, the coarser first, as ISO 8601 values sort.  A week,
    quarter, half or season stands after the dated events of its last day: the chronology never
    puts a vague report before days it may come after.
    """
    rank = date.precision.rank
    if rank >= Precision.DAY.rank:  # the day, then its times as their values sort (T09:40, TMO)
        return (date.start, Precision.DAY.rank, date.value)
    if date.precision in _OPENING:
        return (date.start, rank, date.value)
    return (date.end, 100 - rank, date.value)
