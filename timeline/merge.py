"""Stage 5: EventMention... -> Event...: one event per happening and date, citing every source.

Mentions are compared only within their day, or a window of days before it, or the period that
holds it (blocking by date keeps the merge linear and never joins two days).  Within a day,
mentions dated by their own words are compared by TF-IDF cosine similarity (timeline.similarity,
weights fitted per stretch of dates) and average-linkage clustering (scipy) joins those that
report the same happening (a day of thousands of mentions a bounded part at a time, so that
memory stays flat).  Then, each against the events as they stand (one sparse product per
day): a happening named by a relation joins the event of its day it is most like; a sentence
that continues the story goes with the sentence it took its day from; a statement dated only
by its report day joins the event of the days before it clearly reports; a mention that average
linkage left alone joins the event of its day whose centroid it is like; a mention known only
to a week or month joins a day-precise event inside that period.  The event keeps the most
precise date its own-dated sources give.
"""
from __future__ import annotations

import bisect
import datetime as dt
import hashlib
import math
import re
from collections import defaultdict
from dataclasses import replace
from typing import Iterator

import numpy as np
from scipy import sparse
from scipy.cluster.hierarchy import fcluster, linkage
from scipy.spatial.distance import squareform

from parsers.events import clause_breaks
from timeline.model import DatedBy, Event, EventMention, Precision, ResolvedDate
from timeline.settings import Settings
from timeline.similarity import vectors

_COARSE_JOINABLE = (Precision.WEEK, Precision.MONTH)
# pairs of mentions whose similarities are taken in one sparse product (memory: their rows, copied)
_PAIRS = 30_000
_DAY_RANK = Precision.DAY.rank
_DAY_OR_FINER = frozenset(p for p in Precision if p.rank >= _DAY_RANK)
# how much more like another event than its own story an inherited sentence must be to move
_CLEARLY = 0.2
# mentions of one day clustered at a time at most: their similarities take 8 * _PART**2 bytes
# (32 MB), where those of a whole day of tens of thousands would not fit in memory
_PART = 2000


class _Texts:
    """The TF-IDF rows of all mentions, fitted once; similarities are taken block by block."""

    def __init__(self, mentions: list[EventMention], settings: Settings):
        self.x = vectors((_words(m) for m in mentions), settings.language, settings.similarity,
                         *_periods(mentions, settings.claim_reach))
        # where each mention's sentence stands among its article's sentences with mentions
        articles: dict[str, int] = {}
        starts: dict[str, set[int]] = defaultdict(set)
        for m in mentions:
            starts[m.article_id].add(m.sentence.start)
        place = {a: {start: k for k, start in enumerate(sorted(v))} for a, v in starts.items()}
        self.article = np.array([articles.setdefault(m.article_id, len(articles)) for m in mentions])
        self.place = np.array([place[m.article_id][m.sentence.start] for m in mentions])
        self.adjacent_bonus = settings.adjacent_bonus

    def block(self, rows: list[int], cols: list[int] | None = None) -> np.ndarray:
        if self.x is None:
            return np.eye(len(rows)) if cols is None else np.zeros((len(rows), len(cols)))
        a = self.x[rows]
        sim = (a @ (a if cols is None else self.x[cols]).T).toarray()
        if cols is None:
            np.fill_diagonal(sim, 1.0)
        return sim

    def blocks(self, groups: list[list[int]], batch: int = 200) -> Iterator[np.ndarray | None]:
        """block(g) for each group, in order, as the caller takes them (None for a single
        mention): only one chunk is held at a time.  Groups of up to `batch` mentions are done
        together, all their pairs in one sparse product, since most are small."""
        pending: list[list[int]] = []
        pairs = 0
        for g in groups:
            pending.append(g)
            if 1 < len(g) <= batch:
                pairs += len(g) ** 2
            # in chunks of about _PAIRS pairs: the paired rows are copied, so memory stays flat
            if pairs >= _PAIRS:
                yield from self._chunk(pending, batch)
                pending, pairs = [], 0
        yield from self._chunk(pending, batch)

    def _chunk(self, groups: list[list[int]], batch: int) -> Iterator[np.ndarray | None]:
        small = [g for g in groups if 1 < len(g) <= batch]
        sims = iter(self._pair_blocks(small) if small and self.x is not None else ())
        for g in groups:
            if len(g) <= 1:
                yield None
            elif len(g) > batch:
                yield self.block(g)
            else:
                yield next(sims) if self.x is not None else np.eye(len(g))

    def _pair_blocks(self, chunk: list[list[int]]) -> list[np.ndarray]:
        left = np.concatenate([np.repeat(g, len(g)) for g in chunk])
        right = np.concatenate([np.tile(g, len(g)) for g in chunk])
        dots = np.asarray(self.x[left].multiply(self.x[right]).sum(axis=1)).ravel()
        out = []
        at = 0
        for g in chunk:
            n = len(g)
            sim = dots[at:at + n * n].reshape(n, n)
            np.fill_diagonal(sim, 1.0)
            out.append(sim)
            at += n * n
        return out

    def centroids(self, groups: list[list[int]]):
        """One unit-length row per group, the mean of its rows (one sparse product for all)."""
        if self.x is None or not groups:
            return None
        rows = [k for k, g in enumerate(groups) for _ in g]
        cols = [i for g in groups for i in g]
        weights = [1.0 / len(g) for g in groups for _ in g]
        c = sparse.csr_matrix((weights, (rows, cols)), shape=(len(groups), self.x.shape[0])) @ self.x
        norms = np.sqrt(np.asarray(c.multiply(c).sum(axis=1)).ravel())
        norms[norms == 0] = 1.0
        return sparse.diags(1.0 / norms) @ c

    def between(self, g: list[int], h: list[int]) -> float:
        """How alike two groups are: the cosine of their centroids (a group's shared words weigh
        more than in the average of its pairs)."""
        c = self.centroids([g, h])
        return 0.0 if c is None else float((c[0] @ c[1].T).toarray()[0, 0])


def _words(m: EventMention) -> str:
    """What a mention is compared by: what it tells, and who says so when the clause leaves the
    speaker out ("..., saying at a briefing on Jan. 3 that Russia ...")."""
    text = m.content_text
    if m.attribution and m.attribution not in text:
        return text + " " + m.attribution
    return text


def _block(date: ResolvedDate) -> str:
    """The mentions compared with each other: those of one day, whatever part of it or clock time
    they name ("Friday" and "Friday evening" may tell one happening), else of one period value."""
    return date.start.isoformat() if date.precision in _DAY_OR_FINER else date.value


def _periods(mentions: list[EventMention], reach: int) -> tuple[list[int], list[tuple[int, ...]]]:
    """The stretch of calendar each mention belongs to, and the stretches each mention's words
    count in.  Mentions are compared only within their date, a window of `reach` days before it,
    or a period holding it, so stretches that no such window links never meet.  A stretch's IDF
    is fitted on every mention of the articles that tell something in it (a stretch of three
    sentences about 1987 still weighs words against their whole articles), so articles about
    another time leave its weights, and its events, alone."""
    labels = [0] * len(mentions)
    spans, alone = [], defaultdict(list)
    for i, m in enumerate(mentions):
        if m.date.precision in _DAY_OR_FINER or m.date.precision in _COARSE_JOINABLE:
            spans.append((_days_before(m.date.start, reach), m.date.end or m.date.start, i))
        else:  # a year, season or decade meets only mentions of that same value
            alone[m.date.value].append(i)
    label, reach_end = -1, None
    for start, end, i in sorted(spans):
        if reach_end is None or start > reach_end:
            label, reach_end = label + 1, end
        reach_end = max(reach_end, end)
        labels[i] = label
    for indices in alone.values():
        label += 1
        for i in indices:
            labels[i] = label
    told: dict[str, set[int]] = defaultdict(set)
    for m, label in zip(mentions, labels):
        told[m.article_id].add(label)
    counted_in = {a: tuple(sorted(ls)) for a, ls in told.items()}
    return labels, [counted_in[m.article_id] for m in mentions]


def _days_before(day: dt.date, days: int) -> dt.date:
    # a window reaching back past the first day of the calendar starts there
    try:
        return day - dt.timedelta(days=days)
    except OverflowError:
        return dt.date.min


def _clusters(blocks: list[list[int]], texts: _Texts, threshold: float) -> list[list[int]]:
    """Average-linkage clusters of each block: two join while their mean cosine is above
    `threshold` (scipy's hierarchy, cheap enough to call once per date)."""
    out: list[list[int]] = []
    big = {k for k, b in enumerate(blocks) if len(b) > _PART}
    # a big block's n-by-n similarities are never made: it is clustered part by part
    sims = texts.blocks([[] if k in big else b for k, b in enumerate(blocks)])
    for k, (indices, sim) in enumerate(zip(blocks, sims)):
        out.extend(_big_clusters(indices, texts, threshold) if k in big else _linked(indices, sim, texts, threshold))
    return out


def _linked(indices: list[int], sim: np.ndarray | None, texts: _Texts, threshold: float) -> list[list[int]]:
    if sim is None:
        return [indices]
    if texts.adjacent_bonus:
        # one article's sentences next to each other, on one day, go on telling one happening
        art, place = texts.article[indices], texts.place[indices]
        next_to = (art[:, None] == art[None, :]) & (np.abs(place[:, None] - place[None, :]) == 1)
        sim = sim + texts.adjacent_bonus * next_to
    if len(indices) == 2:
        return [indices] if sim[0, 1] > threshold else [indices[:1], indices[1:]]
    cut = np.nextafter(1.0 - threshold, 0.0)  # joined while the distance is below 1 - threshold
    dist = squareform(np.clip(1.0 - sim, 0.0, 1.0), checks=False)
    labels = fcluster(linkage(dist, method="average"), t=cut, criterion="distance")
    groups: dict[int, list[int]] = defaultdict(list)
    for idx, label in zip(indices, labels):
        groups[label].append(idx)
    return list(groups.values())


def _big_clusters(indices: list[int], texts: _Texts, threshold: float) -> list[list[int]]:
    """Average-linkage clusters of a block of more than _PART mentions, in bounded memory: each run
    of _PART mentions clustered as a block of its own, then the clusters joined, _PART at a time,
    by the average linkage of their mean rows (the mean cosine of two clusters' pairs is the dot
    product of their mean rows), until a round joins few."""
    groups = _clusters([indices[k:k + _PART] for k in range(0, len(indices), _PART)], texts, threshold)
    while True:
        runs = [groups[k:k + _PART] for k in range(0, len(groups), _PART)]
        joined = [g for run in runs for g in _average_linkage(run, texts, threshold)]
        if len(runs) == 1 or len(joined) > 0.9 * len(groups):
            return joined
        groups = joined


def _average_linkage(groups: list[list[int]], texts: _Texts, threshold: float) -> list[list[int]]:
    """`groups` joined while the mean cosine of two of them is above `threshold` (UPGMA by the
    nearest-neighbour chain: O(n^2) time and one n-by-n matrix), each in index order."""
    if len(groups) < 2 or texts.x is None:
        return groups
    n = len(groups)
    size = np.array([len(g) for g in groups], dtype=float)
    weights = sparse.csr_matrix((np.concatenate([np.full(len(g), 1.0 / len(g)) for g in groups]),
                                 (np.repeat(np.arange(n), size.astype(int)), np.concatenate(groups))),
                                shape=(n, texts.x.shape[0]))
    means = weights @ texts.x
    sim = (means @ means.T).toarray()
    np.fill_diagonal(sim, -np.inf)
    members = [list(g) for g in groups]
    # open: may still join; a cluster whose best match is at most `threshold` never will (a union's
    # mean cosine with it is a weighted mean of its parts')
    open_ = np.ones(n, dtype=bool)
    chain: list[int] = []
    while True:
        if not chain:
            free = np.flatnonzero(open_)
            if len(free) < 2:
                break
            chain.append(int(free[0]))
        a = chain[-1]
        row = np.where(open_, sim[a], -np.inf)
        b = int(np.argmax(row))
        if len(chain) > 1 and row[chain[-2]] >= row[b]:  # a tie goes back along the chain
            b = chain[-2]
        if not row[b] > threshold:
            open_[a] = False
            chain.pop()
            continue
        if len(chain) > 1 and b == chain[-2]:  # nearest to each other: join them
            chain[-2:] = []
            keep, gone = min(a, b), max(a, b)
            sim[keep] = (size[keep] * sim[keep] + size[gone] * sim[gone]) / (size[keep] + size[gone])
            sim[gone] = -np.inf
            sim[:, keep] = sim[keep]
            sim[:, gone] = -np.inf
            sim[keep, keep] = -np.inf
            size[keep] += size[gone]
            members[keep] += members[gone]
            members[gone] = []
            open_[gone] = False
        else:
            chain.append(b)
    return [sorted(m) for m in members if m]


def _event_id(group: list[EventMention]) -> str:
    # named by its first mention dated by its own words (the ones that found the event), not by
    # its number or the mentions that join it: an article added later that reports other
    # happenings, or a statement that joins it, leaves the id alone.  The clause's end and the
    # date tell apart two happenings of one sentence.
    founders = [m for m in group if m.dated_by not in (DatedBy.REPORTED, DatedBy.INHERITED)] or group
    first = min((m.article_id, m.sentence.start, *(m.clause or (0, 0)), m.date.value) for m in founders)
    return _hash("|".join(map(str, first)))


def _hash(key: str) -> str:
    return hashlib.sha1(key.encode("utf-8")).hexdigest()[:12]


def _unique_ids(events: list[Event]) -> list[Event]:
    """Events that share an id (one founding mention telling both) numbered apart, in the order
    of what they hold: the same events get the same ids whatever order they came in."""
    by_id: dict[str, list[int]] = defaultdict(list)
    for k, e in enumerate(events):
        by_id[e.id].append(k)
    taken = set(by_id)
    for shared in sorted(i for i, ks in by_id.items() if len(ks) > 1):
        ranked = sorted(by_id[shared], key=lambda k: _content(events[k]))
        n = 1
        for k in ranked[1:]:
            new = shared
            while new in taken:
                n += 1
                new = _hash(f"{shared}|{n}")
            taken.add(new)
            events[k] = replace(events[k], id=new)
    return events


def _content(e: Event) -> tuple:
    return (chronological_key(e.date), e.date.value,
            sorted((m.article_id, m.sentence.start, m.date_start, m.date_end, m.clause or (-1, -1),
                    m.date.value, m.dated_by.value, m.cited) for m in e.mentions))


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


class _Wide:
    """The similarities within an event of more than _PART mentions, as _best and _summary ask for
    them, without its n-by-n matrix: each mention's mean similarity from the event's mean row, and
    the columns of the few mentions a summary uses."""

    def __init__(self, texts: _Texts, group: list[int]):
        self.rows = texts.x[group]
        mean = sparse.csr_matrix(self.rows.mean(axis=0))
        # as the mean of a row of the matrix, whose diagonal is 1 (an empty row's too)
        norms = np.asarray(self.rows.multiply(self.rows).sum(axis=1)).ravel()
        self.means = (self.rows @ mean.T).toarray().ravel() + (1.0 - norms) / len(group)

    def columns(self, used: list[int]) -> np.ndarray:
        cols = (self.rows @ self.rows[used].T).toarray()
        cols[used, range(len(used))] = 1.0
        return cols


def _best(group: list[int], sim: np.ndarray | _Wide | None, mentions: list[EventMention]) -> EventMention:
    # the most central mention, preferring one dated by its own words over a weakly dated one
    def score(k: int) -> tuple:
        m = mentions[group[k]]
        if sim is None:
            centrality = 0.0
        else:
            centrality = float(sim.means[k]) if isinstance(sim, _Wide) else float(sim[k].mean())
        return (m.cited, not m.weak, m.dated_by is not DatedBy.RELATION, centrality, -m.sentence.start)
    return mentions[group[max(range(len(group)), key=score)]]


class _DayGroups:
    """The day-precise groups as they stand, ordered by day, with their centroids in one matrix:
    the events a mention is compared with are those of a window of days, found by bisection."""

    def __init__(self, groups: list[list[int]], mentions: list[EventMention], texts: _Texts):
        dated = [g for g in groups if mentions[g[0]].date.precision in _DAY_OR_FINER]
        dated.sort(key=lambda g: mentions[g[0]].date.start)  # stable: groups of a day keep their order
        self.groups = dated
        self.days = [mentions[g[0]].date.start for g in dated]
        self.position = {id(g): k for k, g in enumerate(dated)}
        self.c = texts.centroids(dated)

    def window(self, first: dt.date, last: dt.date) -> range:
        return range(bisect.bisect_left(self.days, first), bisect.bisect_right(self.days, last))

    def similarities(self, rows, window: range) -> np.ndarray:
        """Cosine of each of `rows` (a sparse matrix of unit rows) with each group of `window`."""
        if self.c is None or not len(window):
            return np.zeros((rows.shape[0], len(window)))
        return (rows @ self.c[window.start:window.stop].T).toarray()

    def best(self, sims: np.ndarray, window: range, threshold: float) -> list[list[int] | None]:
        """For each row of `sims` (similarities() with `window`), the group of `window` it is most
        like, if at least `threshold`."""
        if self.c is None or not len(window):  # no words to compare, or no event to join
            return [None] * sims.shape[0]
        picks = sims.argmax(axis=1)
        return [self.groups[window.start + k] if row[k] >= threshold else None for row, k in zip(sims, picks)]

    def best_by_day(self, texts: _Texts, by_day: dict[dt.date, list[int]], reach: int,
                    threshold: float) -> dict[dt.date, list[list[int] | None]]:
        """best() for the mentions of each day, among the groups of that day and the `reach` days
        before it."""
        return {day: self.best(sims, window, threshold)
                for day, _queries, window, sims in self.each_day(texts, by_day, reach)}

    def each_day(self, texts: _Texts, by_day: dict[dt.date, list[int]],
                 reach: int) -> Iterator[tuple[dt.date, list[int], range, np.ndarray]]:
        """For each day of `by_day` in calendar order: its mentions, the window of groups of that day
        and the `reach` days before it, and similarities() of the two."""
        days = sorted(by_day)
        windows = [self.window(_days_before(day, reach), day) for day in days]
        rows = _rows(texts, [i for day in days for i in by_day[day]])
        sizes = [len(by_day[day]) for day in days]
        for day, window, sims in zip(days, windows, self.batched(rows, windows, sizes)):
            yield day, by_day[day], window, sims

    def batched(self, rows, windows: list[range], sizes: list[int],
                cells: int = 2_000_000) -> Iterator[np.ndarray]:
        """similarities() of each run of `rows` (`sizes[k]` rows) with `windows[k]`, in order; the
        windows start in order.  Runs that follow each other are done in one product, up to `cells`
        similarities at a time: one product per day costs more in the calling than in the
        multiplying.  A cell is summed as in a product of its own (over the words of its row, in
        their order), so the values are the same."""
        k = at = 0
        while k < len(windows):
            first, n, stop = k, sizes[k], windows[k].stop
            k += 1
            while (k < len(windows)
                   and (n + sizes[k]) * (max(stop, windows[k].stop) - windows[first].start) <= cells):
                n, stop = n + sizes[k], max(stop, windows[k].stop)
                k += 1
            span = range(windows[first].start, max(stop, windows[first].start))
            sims = self.similarities(rows[at:at + n], span)
            off = 0
            for window, size in zip(windows[first:k], sizes[first:k]):
                yield sims[off:off + size, window.start - span.start:window.stop - span.start]
                off += size
            at += n


def _by_day(indices: list[int], mentions: list[EventMention]) -> dict[dt.date, list[int]]:
    out: dict[dt.date, list[int]] = defaultdict(list)
    for i in indices:
        out[mentions[i].date.start].append(i)
    return out


def _rows(texts: _Texts, indices: list[int]):
    # with no words to compare, rows without columns: nothing is like anything
    return sparse.csr_matrix((len(indices), 0)) if texts.x is None else texts.x[indices]


def _attach_inherited(groups: list[list[int]], inherited: list[int], mentions: list[EventMention],
                      texts: _Texts, settings: Settings) -> list[list[int]]:
    """An inherited mention goes with the mention it took its date from (it goes on telling that
    sentence's story), unless it is clearly about another event of that day: a story moves on
    without a new date ("Drones were shot down over Moscow" after the day's strike).  All are
    compared with the events as the own-dated mentions made them, so the order they come in
    does not matter."""
    home: dict[tuple[str, int], list[int]] = {}
    for g in groups:
        for i in g:
            m = mentions[i]
            home.setdefault((m.article_id, m.date_start), g)
    index = _DayGroups(groups, mentions, texts)
    by_day = _by_day(inherited, mentions)
    moves_of: dict[dt.date, list] = {}
    for day, queries, window, sims in index.each_day(texts, by_day, 0):
        moves = moves_of[day] = []
        for row, i in enumerate(queries):
            m = mentions[i]
            source = home.get((m.article_id, m.date_start))
            if source is not None and _block(mentions[source[0]].date) != _block(m.date):
                source = None
            at = index.position.get(id(source), -1) - window.start if source is not None else -1
            if 0 <= at < len(window):
                own = sims[row, at]
            else:
                own = texts.between([i], source) if source is not None else 0.0
            # the story's day stands: only another event of that day may claim it
            other, score = None, 0.0
            if m.date.precision in _DAY_OR_FINER and len(window):
                scores = sims[row].copy()
                if 0 <= at < len(window):
                    scores[at] = -1.0
                k = int(np.argmax(scores))
                other, score = index.groups[window.start + k], float(scores[k])
            if other is not None and score >= settings.claim_threshold and score > own + _CLEARLY:
                moves.append((other, i))
            elif source is not None:
                moves.append((source, i))
            else:
                moves.append((None, i))
    # in the order of the days as the mentions name them first, as they were compared one day at a time
    for target, i in (move for day in by_day for move in moves_of[day]):
        if target is None:
            groups.append([i])
        else:
            target.append(i)
    return groups


def _claim(groups: list[list[int]], indices: list[int], mentions: list[EventMention], texts: _Texts,
           reach: int, threshold: float) -> list[int]:
    """Each day-dated mention of `indices` joins the day-precise event of its day or the `reach`
    days before that it is most like, if at least `threshold` like it (all compared with the
    events as they stand); those none takes are returned."""
    index = _DayGroups(groups, mentions, texts)
    left, claims = [], []
    by_day = _by_day(indices, mentions)
    best = index.best_by_day(texts, by_day, reach, threshold)
    for day, queries in by_day.items():
        for i, target in zip(queries, best[day]):
            if target is not None and mentions[i].date.precision in _DAY_OR_FINER:
                claims.append((target, i))
            else:
                left.append(i)
    for target, i in claims:
        target.append(i)
    return sorted(left)


def _join_lone(groups: list[list[int]], own: set[int], mentions: list[EventMention], texts: _Texts,
               threshold: float) -> list[list[int]]:
    """Each event of a single day-dated mention of `own` joins the event of its day it is most
    like, if at least `threshold` like its centroid; the rest stand as they are."""
    lone = {g[0] for g in groups if len(g) == 1 and g[0] in own and mentions[g[0]].cited
            and mentions[g[0]].date.precision in _DAY_OR_FINER}
    rest = [g for g in groups if not (len(g) == 1 and g[0] in lone)]
    left = _claim(rest, sorted(lone), mentions, texts, 0, threshold)
    return rest + [[i] for i in left]


def _by_block(indices: list[int], mentions: list[EventMention]) -> list[list[int]]:
    """The mentions grouped as they are compared: by day, else by period value (`_block`)."""
    out: dict[str, list[int]] = defaultdict(list)
    for i in indices:
        out[_block(mentions[i].date)].append(i)
    return list(out.values())


def _summary(best: EventMention, group: list[int], sim: np.ndarray | _Wide | None, mentions: list[EventMention],
             additions: int = 2) -> str:
    """The best report in full, then from other articles the sentences that add most to it."""
    parts = [" ".join(best.sentence.text.split())]
    seen = {best.sentence.text}
    used = [k for k, i in enumerate(group) if mentions[i] is best][:1]
    others = [k for k, i in enumerate(group) if mentions[i].cited and mentions[i].article_id != best.article_id]
    for _ in range(additions):
        fresh = [k for k in others if mentions[group[k]].sentence.text not in seen]
        if not fresh or not used or sim is None:
            break
        # the least like what is said already adds most (the cosine with the centroid of what is
        # used ranks as the summed similarities); a tie goes to the earlier source
        cols = sim.columns(used) if isinstance(sim, _Wide) else sim[:, used]
        k = min(fresh, key=lambda k: float(cols[k].sum()))
        parts.append(" ".join(mentions[group[k]].sentence.text.split()))
        seen.add(mentions[group[k]].sentence.text)
        used.append(k)
    return " ".join(parts)


def _importance(groups: list[list[int]], texts: _Texts, mentions: list[EventMention],
                copy_of: dict[str, str]) -> list[float]:
    """Independent sources count most (a wire story and its copies count once), then how often
    they report it, then how central its words are to the whole collection's (a side remark
    shares few of the story's words)."""
    cited = [[i for i in g if mentions[i].cited] for g in groups]
    story = [i for i, m in enumerate(mentions) if m.cited]
    c = texts.centroids(cited)
    centrality = (np.zeros(len(groups)) if c is None
                  else (c @ texts.centroids([story]).T).toarray().ravel())
    return [round(len({copy_of.get(a, a) for a in {mentions[i].article_id for i in g}})
                  + 0.5 * math.log2(1 + len(g)) + float(centre), 4)
            for g, centre in zip(cited, centrality)]


def merge(mentions: tuple[EventMention, ...], settings: Settings,
          article_order: dict[str, int] | None = None, copy_of: dict[str, str] | None = None) -> tuple[Event, ...]:
    """Events in chronological order, each citing the mentions that report it.  `copy_of` maps an
    article that repeats another (a wire copy) to the first of its group."""
    mentions = list(mentions)
    if not mentions:
        return ()
    order = article_order or {}
    texts = _Texts(mentions, settings)
    own, reported, inherited, related = [], [], [], []
    for i, m in enumerate(mentions):
        if m.dated_by is DatedBy.REPORTED:
            reported.append(i)
        elif m.dated_by is DatedBy.INHERITED:
            inherited.append(i)
        elif m.dated_by is DatedBy.RELATION:
            related.append(i)
        else:
            own.append(i)

    # mentions dated by their own words make the events
    groups = _clusters(_by_block(own, mentions), texts, settings.merge_threshold)
    # a happening named only as what another came after ("a day after the Kremlin unleashed its
    # biggest air attack") joins the event of its day whose words it shares most (the centroid:
    # a barrage told in many words); it builds no event with the day's other mentions, where a
    # clause like "the attack, which took place" would bridge two happenings.  Those that join
    # none cluster among themselves.
    unjoined = _claim(groups, related, mentions, texts, 0, settings.relation_join)
    groups += _clusters(_by_block(unjoined, mentions), texts, settings.merge_threshold)
    # a sentence that only continues the story goes with the sentence it took its day from
    groups = _attach_inherited(groups, inherited, mentions, texts, settings)

    # statements with no date of their own: first the event they report among the days before,
    # else their report day, those of one day alike joined
    unclaimed = _claim(groups, reported, mentions, texts, settings.claim_reach, settings.claim_threshold)
    groups.extend(_clusters(_by_block(unclaimed, mentions), texts, settings.merge_threshold))

    # average linkage can strand a mention beside an event told in many words: one that no other
    # mention is like on average, but that is like the event's centroid, joins it
    groups = _join_lone(groups, set(own), mentions, texts, settings.merge_threshold)

    # week- or month-precise groups join the most similar day-precise group inside their period
    index = _DayGroups(groups, mentions, texts)
    coarse = [g for g in groups if mentions[g[0]].date.precision in _COARSE_JOINABLE]
    centroids = texts.centroids(coarse)
    if centroids is None:  # no words to compare: nothing joins
        coarse = []
    windows = [index.window(mentions[g[0]].date.start, mentions[g[0]].date.end) for g in coarse]
    by_start = sorted(range(len(coarse)), key=lambda k: windows[k].start)
    targets: list[list[int] | None] = [None] * len(coarse)
    if coarse:
        sims = index.batched(centroids[by_start], [windows[k] for k in by_start], [1] * len(by_start))
        for k, sim in zip(by_start, sims):
            [targets[k]] = index.best(sim, windows[k], settings.merge_threshold)
    joining = set()
    joins = []
    for g, target in zip(coarse, targets):
        if target is not None:
            joins.append((target, g))
            joining.add(id(g))
    kept = [g for g in groups if id(g) not in joining]
    for target, g in joins:
        target.extend(g)

    # only clauses told in passing make no event: their sentences are cited elsewhere
    kept = [g for g in kept if any(mentions[i].cited for i in g)]
    events = []
    # an event too big for its n-by-n similarities gets them as they are asked for
    sims = texts.blocks([[] if len(g) > _PART else g for g in kept])
    for g, importance, sim in zip(kept, _importance(kept, texts, mentions, copy_of or {}), sims):
        if len(g) > _PART and texts.x is not None:
            sim = _Wide(texts, g)
        # the event keeps the most precise date its own-dated sources give
        ranked = sorted(g, key=lambda i: (not mentions[i].weak, mentions[i].date.precision.rank), reverse=True)
        date = mentions[ranked[0]].date
        group = sorted((mentions[i] for i in g),
                       key=lambda m: (order.get(m.article_id, 0), m.article_id, m.sentence.start, m.date_start,
                                      m.clause or (-1, -1), m.date.value))
        best = _best(g, sim, mentions)
        title = make_title(title_source(best, settings.language), settings.title_words)
        events.append(Event(_event_id(group), date, title, tuple(group), _summary(best, g, sim, mentions),
                            importance))
    events = _unique_ids(events)
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
    if rank >= _DAY_RANK:  # the day, then its times as their values sort (T09:40, TMO)
        return (date.start, _DAY_RANK, date.value)
    if date.precision in _OPENING:
        return (date.start, rank, date.value)
    return (date.end, 100 - rank, date.value)
