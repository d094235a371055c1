"""build(articles, settings) -> Chronology: the stages in order, and nothing else.

1 read articles (parsers.articles, called by `build_from_paths`)
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

from dataclasses import replace
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
from timeline.engines import SERIAL, Engine
from timeline.merge import merge
from timeline.rank import summarized
from timeline.model import Article, Chronology, EventMention
from timeline.settings import Settings

Progress = Callable[[int, int, Article], None]


def article_events(article: Article, settings: Settings) -> ArticleEvents:
    """Stages 2-4 for one article: what it tells, with its dates.  Depends on nothing but the
    article and the settings, so engines may run it anywhere (timeline.engines)."""
    timexes = resolve_all(find_times(article.text, article.id, settings.language), article.published, settings)
    sentences = split_sentences(article.text, article.id, settings.language)
    said = attributions([s.text for s in sentences], settings.language)
    return extract_events(article, sentences, timexes, settings, said)


def build(articles: Iterable[Article], settings: Settings | None = None,
          warnings: Iterable[str] = (), progress: Progress | None = None, engine: Engine | None = None) -> Chronology:
    settings = settings or Settings()
    articles, dating = date_articles(mark_duplicates(tuple(articles)), settings)
    notes = list(warnings) + list(dating)
    mentions: list[EventMention] = []
    pending: list[PendingRelation] = []
    results = (engine or SERIAL).map_articles(article_events, articles, settings)
    for n, (article, found) in enumerate(zip(articles, results), 1):
        if progress:
            progress(n, len(articles), article)
        if not found.mentions and not found.pending:
            notes.append(f"{article.source or article.id}: no dated event found")
        mentions.extend(found.mentions)
        pending.extend(found.pending)
    related = anchor_relations(tuple(mentions), tuple(pending),
                                        {a.id: a.published for a in articles}, settings)
    mentions.extend(related)
    order = {a.id: i for i, a in enumerate(articles)}
    copy_of = {a.id: a.duplicate_of for a in articles if a.duplicate_of}
    events = (engine or SERIAL).merge(tuple(mentions), settings, order, copy_of)
    return summarized(Chronology(articles, events, tuple(notes)), settings.top)


def build_from_paths(inputs: Iterable[str | Path], settings: Settings | None = None,
                     progress: Progress | None = None, engine: Engine | None = None) -> Chronology:
    settings = settings or Settings()
    read = read_articles(inputs, settings.published, strict=settings.strict)
    return replace(build(read.articles, settings, read.warnings, progress, engine), inputs=read.inputs)
