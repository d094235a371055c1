"""Stage 5: EventMention... -> Event...: one event per happening and date, citing every source.

Mentions are compared only within their date (blocking by date keeps the merge near-linear and
never joins two dates).  Within a date, sentences are compared by TF-IDF cosine similarity
(scikit-learn), and average-linkage clustering joins those that report the same happening.
A mention known only to a week or month joins a day-precise event inside that period when it
clearly reports the same happening; the event keeps the precise date.
"""
from __future__ import annotations

import hashlib
import re
from collections import defaultdict

import numpy as np
from sklearn.cluster import AgglomerativeClustering
from sklearn.feature_extraction.text import TfidfVectorizer

from timeline.model import DatedBy, Event, EventMention, Precision, ResolvedDate
from timeline.settings import Settings

_COARSE_JOINABLE = (Precision.WEEK, Precision.MONTH)


def _similarity(texts: list[str]) -> np.ndarray:
    if len(texts) < 2:
        return np.ones((len(texts), len(texts)))
    vec = TfidfVectorizer(stop_words="english", sublinear_tf=True, token_pattern=r"(?u)\b[^\W\d_]{2,}\b")
    try:
        m = vec.fit_transform(texts)
    except ValueError:  # only stop words: nothing to compare
        return np.eye(len(texts))
    return (m @ m.T).toarray()


def _clusters(indices: list[int], sim: np.ndarray, threshold: float) -> list[list[int]]:
    if len(indices) == 1:
        return [indices]
    dist = 1.0 - sim[np.ix_(indices, indices)]
    np.fill_diagonal(dist, 0.0)
    labels = AgglomerativeClustering(n_clusters=None, metric="precomputed", linkage="average",
                                     distance_threshold=1.0 - threshold).fit_predict(np.clip(dist, 0, 1))
    groups: dict[int, list[int]] = defaultdict(list)
    for idx, label in zip(indices, labels):
        groups[label].append(idx)
    return list(groups.values())


def _event_id(group: list[EventMention]) -> str:
    first = min((m.article_id, m.sentence.start) for m in group)
    key = f"{group[0].date.value}|{first[0]}|{first[1]}"
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


_CLAUSE_BREAK = re.compile(r"[,;:]\s|\s[–—-]\s")


def title_source(m: EventMention) -> str:
    """The words of a mention that a title is made from: the clause its date expression sits in
    ("..., 21 people were killed by Kyiv on Saturday"), else the sentence."""
    s = m.sentence
    if m.dated_by is DatedBy.INHERITED or not (s.start <= m.date_start < s.end):
        return s.text
    at = m.date_start - s.start
    breaks = [(b.start(), b.end()) for b in _CLAUSE_BREAK.finditer(s.text)]
    left = max((e for b, e in breaks if e <= at), default=0)
    right = min((b for b, e in breaks if b >= at), default=len(s.text))
    clause = s.text[left:right].strip()
    # a clause that opens with a capital or a figure stands alone ("21 people were killed");
    # one opening with "which" or "saying" reads as a fragment
    if len(clause.split()) >= 5 and (clause[:1].isupper() or clause[:1].isdigit()):
        return clause
    return s.text


def _best(group: list[int], sim: np.ndarray, mentions: list[EventMention]) -> EventMention:
    # the most central mention, preferring one dated by its own words over an inherited one
    def score(i: int) -> tuple:
        centrality = float(np.mean([sim[i, j] for j in group])) if len(group) > 1 else 0.0
        m = mentions[i]
        return (m.dated_by is not DatedBy.INHERITED, centrality, -m.sentence.start)
    return mentions[max(group, key=score)]


def _attach_inherited(groups: list[list[int]], mentions: list[EventMention]) -> list[list[int]]:
    """An inherited mention that joined nothing goes with the sentence it took its date from:
    it goes on telling that sentence's story, and alone it would be an event without a date
    of its own."""
    home: dict[tuple[str, int], list[int]] = {}
    for g in groups:
        for i in g:
            m = mentions[i]
            if m.dated_by is not DatedBy.INHERITED:
                home.setdefault((m.article_id, m.date_start), g)
    kept = []
    for g in groups:
        m = mentions[g[0]]
        target = home.get((m.article_id, m.date_start))
        if len(g) == 1 and m.dated_by is DatedBy.INHERITED and target is not None:
            target.extend(g)
        else:
            kept.append(g)
    return kept


def merge(mentions: tuple[EventMention, ...], settings: Settings,
          article_order: dict[str, int] | None = None) -> tuple[Event, ...]:
    """Events in chronological order, each citing the mentions that report it."""
    mentions = list(mentions)
    if not mentions:
        return ()
    order = article_order or {}
    sim = _similarity([m.sentence.text for m in mentions])
    by_date: dict[str, list[int]] = defaultdict(list)
    for i, m in enumerate(mentions):
        by_date[m.date.value].append(i)

    groups: list[list[int]] = []
    for indices in by_date.values():
        groups.extend(_clusters(indices, sim, settings.merge_threshold))

    groups = _attach_inherited(groups, mentions)

    # week- or month-precise groups join the most similar day-precise group inside their period
    precise = [g for g in groups if mentions[g[0]].date.precision.rank >= Precision.DAY.rank]
    kept = []
    for g in groups:
        d = mentions[g[0]].date
        if d.precision in _COARSE_JOINABLE:
            inside = [p for p in precise if d.start <= mentions[p[0]].date.start <= d.end]
            if inside:
                score, target = max(((float(np.mean(sim[np.ix_(g, p)])), p) for p in inside),
                                    key=lambda pair: pair[0])
                if score >= settings.merge_threshold:
                    target.extend(g)
                    continue
        kept.append(g)

    events = []
    for g in kept:
        precise_first = sorted(g, key=lambda i: -mentions[i].date.precision.rank)
        date = mentions[precise_first[0]].date
        group = sorted((mentions[i] for i in g),
                       key=lambda m: (order.get(m.article_id, 0), m.article_id, m.sentence.start))
        title = make_title(title_source(_best(g, sim, mentions)), settings.title_words)
        events.append(Event(_event_id(group), date, title, tuple(group)))
    events.sort(key=lambda e: (*chronological_key(e.date), -len(e.sources), e.id))
    return tuple(events)


def chronological_key(date: ResolvedDate) -> tuple:
    """Where an event stands in the chronology.

    A day (or a time within it) stands on that day, the day before its times.  An event known
    only to a week, month or year stands after the dated events of that period, the narrower
    period first: the chronology never puts a vague report before days it may come after.
    """
    rank = date.precision.rank
    if rank >= Precision.DAY.rank:
        return (date.start, rank, date.value)
    return (date.end, 100 - rank, date.value)
