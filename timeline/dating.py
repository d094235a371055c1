"""Articles -> the same articles, with a publication day wherever their text or collection supports one.

An article's relative dates ("on Saturday", "yesterday") mean nothing without the day it was
published.  A day the input gives (manifest, DCT, date line, --published) is kept as it is; for an
article without one, the day is inferred, and how:

- mentions: the latest full calendar date (day, month and year) the text names as past; the
  article was published that day or after, and is taken to be published that day (a low
  confidence: it may be days later);
- collection: an article that reports what dated articles report is dated by them.  Each
  candidate day around their publication days is tried as its publication day: its time
  expressions are resolved against it, its mentions extracted as the pipeline does, and the
  candidate scored by how well its dated mentions land on the days the dated articles give the
  same happenings (TF-IDF cosine, `timeline.similarity`).  The earliest of the best candidates is
  taken when it is clearly better than any other placement of the article's happenings: news is
  published soon after what it reports;
- neither: the article stays undated, its relative dates unresolved, and a warning names it;
  with `Settings.strict` that is an input error.  Never today: a wrong reference day silently
  misdates every "on Saturday" in the article.

Each inferred or undatable article gets one warning naming its source, the method and the day.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace
from typing import Sequence

import numpy as np

from parsers.articles import DATE_CONFIDENCE, InputError
from parsers.attribution import attributions
from parsers.events import extract_events
from parsers.resolve import resolve, resolve_all
from parsers.sentences import split_sentences
from parsers.timexes import find_times
from timeline.model import Article, DatedBy, EventMention, Precision, TimeMention
from timeline.settings import Settings
from timeline.similarity import vectors

INFERRED = ("mentions", "collection")
# a full date the text names says only "published that day or later", and news writes the year
# mostly for the days of other years: on TimeBank+AQUAINT with dates removed, 1 of the 12
# articles dated so came within 3 days of its date
MENTIONS_CONFIDENCE = 0.3
# candidate days reach this many days around the publication days of the dated articles
WINDOW = 7
# the dated articles most like an undated one whose publication days bound its candidates ...
NEIGHBOURS = 10
# ... each at least this like it (cosine of the whole texts) ...
LIKE = 0.1
# ... and published at most this many days from the most like one: the period of its story
STORY_DAYS = 31
# a mention reports the happening of a dated mention of its day at least this like it
MATCH = 0.2
# the best candidate must beat every other placement of the article's happenings by this share
MARGIN = 0.25

_DAY = (Precision.DAY, Precision.PART_OF_DAY, Precision.TIME)
# mentions whose day comes from their own words: those that move with the candidate day
_OWN = (DatedBy.EXPLICIT, DatedBy.RELATIVE, DatedBy.RELATION)


@dataclass(frozen=True, slots=True)
class _Undated:
    article: Article
    times: tuple[TimeMention, ...]
    # calendar days the text names as past (with or without a year): published no earlier
    named: tuple[TimeMention, ...]
    full: tuple[dt.date, ...]  # the named days with their year written out


@dataclass(frozen=True, slots=True)
class _Inferred:
    day: dt.date
    method: str
    confidence: float


def date_articles(articles: Sequence[Article], settings: Settings | None = None
                  ) -> tuple[tuple[Article, ...], tuple[str, ...]]:
    """The articles, those without a publication day dated where their text or the collection
    supports one (with `date_method` and `date_confidence`), and one warning per article dated
    so or left undated.  Raises InputError for an undatable article when `settings.strict`."""
    settings = settings or Settings()
    out = [_given(a, settings) for a in articles]
    undated = [k for k, a in enumerate(out) if a.published is None]
    if not undated:
        return tuple(out), ()
    found = {k: _undated(out[k], settings) for k in undated}
    evidence = [a for a in out if a.published is not None and a.date_method not in INFERRED]
    by_collection = _by_collection([found[k] for k in undated], evidence, settings) if evidence else {}
    warnings = []
    for k in undated:
        a = out[k]
        where = a.source or a.id
        options = [c for c in (_by_mentions(found[k], settings), by_collection.get(a.id)) if c is not None]
        # the collection wins ties: it places the article's happenings, not only bounds them
        best = max(options, key=lambda c: (c.confidence, c.method == "collection"), default=None)
        if best is None:
            if settings.strict:
                raise InputError(f"{where}: no publication date, and neither its text nor the other "
                                 f"articles give one; give --published or a date in the manifest")
            warnings.append(f"{where}: no publication date, and neither its text nor the other articles "
                            f"give one; its relative dates are left unresolved (give --published or a "
                            f"date in the manifest)")
            continue
        out[k] = replace(a, published=best.day, date_method=best.method, date_confidence=best.confidence)
        how = ("the latest date it names" if best.method == "mentions"
               else "the days other articles give the events it reports")
        warnings.append(f"{where}: no publication date; dated {best.day.isoformat()} from {how} "
                        f"(confidence {best.confidence:.2f})")
    return tuple(out), tuple(warnings)


def _given(a: Article, settings: Settings) -> Article:
    """A day the input gives is the user's word: kept, with its method named as the readers name it."""
    if a.published is not None:
        if a.date_method:
            return a
        confidence = DATE_CONFIDENCE["given"] if a.date_confidence is None else a.date_confidence
        return replace(a, published_at=a.published_at or a.published.isoformat(), date_method="given",
                       date_confidence=confidence)
    if settings.published is not None:  # --published dates what the input leaves undated
        return replace(a, published=settings.published, published_at=settings.published.isoformat(),
                       date_method="option", date_confidence=DATE_CONFIDENCE["option"])
    return a


def _undated(a: Article, settings: Settings) -> _Undated:
    times = find_times(a.text, a.id, settings.language)
    named = tuple(m for m in times if _names_past_day(m))
    full = []
    for m in named:
        if m.reading.year is not None:
            d = resolve(m, None, settings)
            if d is not None and d.start is not None:
                full.append(d.start)
    return _Undated(a, times, named, tuple(full))


def _names_past_day(m: TimeMention) -> bool:
    """A calendar day the text reports as past: a past clause or a statement's date ("said on
    Jan. 3").  The article is no older.  A date that bounds a span ("until Jan. 14") or whose clause
    tells no tense ("the restriction expires on Dec. 31, 1990") may lie ahead."""
    r = m.reading
    if r.type not in ("DATE", "TIME") or r.month is None or r.day is None or m.bound:
        return False
    return m.tense == "PAST" or (m.speech and m.tense != "FUTURE")


def _by_mentions(u: _Undated, settings: Settings) -> _Inferred | None:
    """The latest full date the text names as past, unless it names a later time than that: then
    the article is about the present of some later day, and that date only bounds it ("On April
    4, 1949, NATO was founded ... in 1999")."""
    if not u.full:
        return None
    day = max(u.full)
    if not _admissible(u, day, settings) or any(_later_period(m, day, settings) for m in u.times):
        return None
    return _Inferred(day, "mentions", MENTIONS_CONFIDENCE)


def _later_period(m: TimeMention, day: dt.date, settings: Settings) -> bool:
    """A year or month with its year written out, named as past or present, that begins after `day`."""
    r = m.reading
    if r.year is None or r.day is not None or r.type != "DATE" or m.bound or m.tense == "FUTURE":
        return False
    d = resolve(m, None, settings)
    return d is not None and d.start is not None and d.start > day


def _admissible(u: _Undated, day: dt.date, settings: Settings) -> bool:
    """Whether the article may have been published on `day`: no day it names as past lies after it.
    A day without a year is read as the nearest such day, so that "said on Jan. 3" rules out
    Dec. 31 instead of meaning the Jan. 3 before it."""
    for m in u.named:
        d = resolve(replace(m, tense=""), day, settings)
        if d is not None and d.start is not None and d.start > day:
            return False
    return True


def _words(m: EventMention) -> str:
    """What a mention is compared by, as the merge compares it: what it tells and who says so."""
    text = m.content_text
    return text + " " + m.attribution if m.attribution and m.attribution not in text else text


def _mentions(a: Article, settings: Settings) -> tuple[EventMention, ...]:
    """The day-precise mentions of a dated article, as the pipeline finds them."""
    sentences = split_sentences(a.text, a.id, settings.language)
    said = attributions([s.text for s in sentences], settings.language)
    timexes = resolve_all(find_times(a.text, a.id, settings.language), a.published, settings)
    found = extract_events(a, sentences, timexes, settings, said)
    return tuple(m for m in found.mentions if m.cited and m.date.precision in _DAY)


def _by_collection(undated: list[_Undated], dated: list[Article], settings: Settings) -> dict[str, _Inferred]:
    """The day each undated article's happenings land best on the days the dated articles give
    them, by article id; only for articles that clearly land somewhere."""
    texts = vectors([a.text for a in dated] + [u.article.text for u in undated], settings.language, settings.similarity)
    if texts is None:
        return {}
    like = (texts[len(dated):] @ texts[:len(dated)].T).toarray()
    evidence: dict[str, tuple[EventMention, ...]] = {}  # dated article id -> its day-precise mentions
    out = {}
    for row, u in zip(like, undated):
        order = [j for j in np.argsort(-row, kind="stable")[:NEIGHBOURS] if row[j] >= LIKE]
        if not order or not u.times:
            continue
        # articles of other years that share its words tell another story
        story = dated[order[0]].published
        near = [dated[j] for j in order if abs((dated[j].published - story).days) <= STORY_DAYS]
        for a in near:
            if a.id not in evidence:
                evidence[a.id] = _mentions(a, settings)
        found = _placed(u, near, [m for a in near for m in evidence[a.id]], settings)
        if found is not None:
            out[u.article.id] = found
    return out


def _placed(u: _Undated, near: list[Article], evidence: list[EventMention], settings: Settings) -> _Inferred | None:
    """The candidate publication day on which the article's happenings best meet the dated ones."""
    if not evidence:
        return None
    # days off the calendar (around 0001-01-01 and 9999-12-31) are no candidates
    around = sorted({a.published + dt.timedelta(days=n) for a in near for n in range(-WINDOW, WINDOW + 1)
                     if 1 <= a.published.toordinal() + n <= dt.date.max.toordinal()})
    # a full date after every candidate: the collection's days are the better evidence that it is a
    # plan the text names, not its day ("debentures due March 1, 2011")
    floor = max((d for d in u.full if d <= around[-1]), default=around[0])
    days = [d for d in around if d >= floor and _admissible(u, d, settings)]
    if not days:
        return None
    a = u.article
    sentences = split_sentences(a.text, a.id, settings.language)
    said = attributions([s.text for s in sentences], settings.language)
    texts: dict[str, int] = {}
    placed: dict[dt.date, list[tuple[int, dt.date]]] = {}
    kind: dict[tuple[int, dt.date], bool] = {}  # whether the day moves with the candidate: a relative date
    read: dict[tuple, list[tuple[int, dt.date]]] = {}
    for d in days:
        timexes = resolve_all(u.times, d, settings)
        # the mentions dated by their own words change only with what the expressions resolve to and
        # whether they lie after the publication day (no story time there): each reading is read once
        reading = tuple((t.date, t.date is not None and t.date.start is not None and t.date.start <= d)
                        for t in timexes)
        if reading not in read:
            found = extract_events(replace(a, published=d), sentences, timexes, settings, said)
            read[reading] = []
            for m in found.mentions:
                if m.cited and m.dated_by in _OWN and m.date.precision in _DAY:
                    key = (texts.setdefault(_words(m), len(texts)), m.date.start)
                    kind[key] = kind.get(key, False) or m.dated_by is not DatedBy.EXPLICIT
                    read[reading].append(key)
        placed[d] = read[reading]
    if not texts:
        return None
    x = vectors([_words(m) for m in evidence] + list(texts), settings.language, settings.similarity)
    if x is None:
        return None
    sim = (x[len(evidence):] @ x[:len(evidence)].T).toarray()
    by_day: dict[dt.date, list[int]] = {}
    for j, m in enumerate(evidence):
        by_day.setdefault(m.date.start, []).append(j)
    best: dict[tuple[int, dt.date], float] = {}
    for ms in placed.values():
        for key in ms:
            if key not in best:
                cols = by_day.get(key[1])
                s = float(sim[key[0], cols].max()) if cols else 0.0
                best[key] = s if s >= MATCH else 0.0
    score = {d: sum(best[key] for key in placed[d]) for d in days}
    top = max(score.values())
    if top <= 0:
        return None
    # candidates that land the matched happenings on the same days are one placement of them; the
    # earliest day of the best is taken: news is published soon after what it reports
    placement = {d: frozenset(key for key in placed[d] if best[key] > 0) for d in days}
    start = next(d for d in days if score[d] >= top - 1e-9)
    # another placement as good: the collection cannot tell them apart
    rest = [score[d] for d in days if placement[d] != placement[start]]
    margin = (top - max(rest, default=0.0)) / top
    # the day before must be ruled out by the article's own words, not by where the candidates begin
    # (the calendar's first day has none)
    if margin < MARGIN or (start > dt.date.min and start - dt.timedelta(days=1) not in set(around)):
        return None
    # each matched mention may report the dated one's happening, about as surely as they are alike
    sims = [best[key] for key in placed[start] if best[key] > 0]
    confidence = margin * (1 - float(np.prod([1 - s for s in sims])))
    if not any(kind[key] for key in placed[start] if best[key] > 0):
        # only named days matched ("the Dec. 30 strike"): they give the year, and the latest day the
        # article names bounds it, no more than a full date would
        confidence = min(confidence, MENTIONS_CONFIDENCE)
    return _Inferred(start, "collection", round(confidence, 2))
