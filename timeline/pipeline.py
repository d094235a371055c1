"""build(articles, settings) -> Chronology: the stages in order, and nothing else.

1 read articles (parsers.articles, called by `build_from_paths`)
  in a fixed order           in_canonical_order (by publication day, then id)
  group wire copies          parsers.duplicates.mark_duplicates
  date the undated ones      timeline.dating.date_articles
2 find time expressions      parsers.timexes.find_times
3 resolve them               parsers.resolve.resolve_all
  split sentences            parsers.sentences.split_sentences
  who says so                parsers.attribution.attributions
4 extract event mentions     parsers.events.extract_events (figures: parsers.figures)
  date relations across them timeline.anchor.anchor_relations
5 merge across sources       timeline.merge.merge
6 render                     render.* (called by the CLI or the caller)
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Callable, Iterable

from parsers.articles import read_articles
from parsers.attribution import attributions
from parsers.duplicates import mark_duplicates
from parsers.events import ArticleEvents, PendingRelation, extract_events
from parsers.resolve import resolve_all
from parsers.sentences import split_sentences
from parsers.timexes import find_times
from timeline.anchor import anchor_relations
from timeline.dating import date_articles
from timeline.engines import SERIAL, Engine, OutOfTime, time_limit
from timeline.rank import summarized
from timeline.model import Article, Chronology, EventMention, InputStatus
from timeline.settings import Settings

Progress = Callable[[int, int, Article], None]


@dataclass(frozen=True, slots=True)
class LeftOut:
    """What an engine gives back for an article whose stages did not finish, and why."""

    article_id: str
    reason: str
    status: str = "skipped"  # "failed": a stage raised on it


def article_events(article: Article, settings: Settings) -> ArticleEvents | LeftOut:
    """Stages 2-4 for one article: what it tells, with its dates.  Depends on nothing but the
    article and the settings, so engines may run it anywhere (timeline.engines).  An article that
    takes longer than `settings.article_seconds`, or that a stage fails on (unless `settings.strict`),
    is left out and reported: one bad input must not stall or stop a run."""
    try:
        with time_limit(settings.article_seconds):
            timexes = resolve_all(find_times(article.text, article.id, settings.language), article.published,
                                  settings)
            sentences = split_sentences(article.text, article.id, settings.language)
            said = attributions([s.text for s in sentences], settings.language)
            return extract_events(article, sentences, timexes, settings, said)
    except OutOfTime as e:
        return LeftOut(article.id, str(e))
    except Exception as e:
        if settings.strict:
            raise
        # a fault on one article must not cost the others: it is reported, and the run goes on
        return LeftOut(article.id, f"failed: {type(e).__name__}: {e}", "failed")


def in_canonical_order(articles: Iterable[Article]) -> tuple[Article, ...]:
    """The articles by publication day, then id: any order of the same articles gives the same
    chronology, byte for byte, and the first published of a group of wire copies names it.  Ids
    are unique in a collection read from inputs; articles given in Python under one id are ordered
    by what they hold."""
    return tuple(sorted(articles, key=lambda a: (a.published is None, a.published or dt.date.min, a.id,
                                                 a.text, a.source)))


def build(articles: Iterable[Article], settings: Settings | None = None,
          warnings: Iterable[str] = (), progress: Progress | None = None, engine: Engine | None = None) -> Chronology:
    """The chronology of `articles`.  Its `inputs` are those of the articles left out (skipped or
    failed, with the reason); `with_inputs` adds the rest."""
    settings = settings or Settings()
    articles, dating = date_articles(mark_duplicates(in_canonical_order(articles)), settings)
    # sorted: the reading's warnings must not depend on the order of the inputs
    notes = sorted(warnings) + list(dating)
    mentions: list[EventMention] = []
    pending: list[PendingRelation] = []
    left_out: dict[str, LeftOut] = {}
    results = (engine or SERIAL).map_articles(article_events, articles, settings)
    for n, (article, found) in enumerate(zip(articles, results), 1):
        if progress:
            progress(n, len(articles), article)
        if isinstance(found, LeftOut):
            left_out[article.id] = found
            notes.append(f"{article.source or article.id}: {found.reason}; left out")
            continue
        if not found.mentions and not found.pending:
            notes.append(f"{article.source or article.id}: no dated event found")
        mentions.extend(found.mentions)
        pending.extend(found.pending)
    skipped = tuple(InputStatus(a.source or a.id, a.id, left_out[a.id].status, left_out[a.id].reason)
                    for a in articles if a.id in left_out)
    articles = tuple(a for a in articles if a.id not in left_out)
    related = anchor_relations(tuple(mentions), tuple(pending),
                                        {a.id: a.published for a in articles}, settings)
    mentions.extend(related)
    order = {a.id: i for i, a in enumerate(articles)}
    copy_of = {a.id: a.duplicate_of for a in articles if a.duplicate_of}
    events = (engine or SERIAL).merge(tuple(mentions), settings, order, copy_of)
    return summarized(Chronology(articles, events, tuple(notes), inputs=skipped), settings.top)


def with_inputs(chron: Chronology, inputs: Iterable[InputStatus]) -> Chronology:
    """`chron` (as `build` gives it) with every input read and what became of it (an article the
    build left out is skipped or failed, with the reason), in an order that does not depend on the order of the inputs: by
    source, numbers by value ("row 10" after "row 9")."""
    left_out = {i.article_id: i for i in chron.inputs if i.status in ("skipped", "failed")}
    inputs = [replace(i, status=left_out[i.article_id].status, reason=left_out[i.article_id].reason)
              if i.status == "used" and i.article_id in left_out else i for i in inputs]
    return replace(chron, inputs=tuple(sorted(inputs, key=_input_key)))


def _input_key(i: InputStatus) -> tuple:
    # split into text and numbers, which then alternate: "a.csv, row 10" -> ("a.csv, row ", 10, "")
    parts = re.split(r"(\d+)", i.source)
    parts[1::2] = [int(p) for p in parts[1::2]]
    return (parts, i.article_id, i.status, i.reason)


def build_from_paths(inputs: Iterable[str | Path], settings: Settings | None = None,
                     progress: Progress | None = None, engine: Engine | None = None) -> Chronology:
    settings = settings or Settings()
    read = read_articles(inputs, settings.published, strict=settings.strict)
    return with_inputs(build(read.articles, settings, read.warnings, progress, engine), read.inputs)
