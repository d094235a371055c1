"""Where the per-article stages and the merge run.  An engine maps `article_events` over the
articles (results in article order) and runs the merge; every engine gives the same chronology.

SERIAL runs everything in this process, one article after another.
"""
from __future__ import annotations

from typing import Callable, Iterable, Iterator, Protocol

from timeline.merge import merge
from timeline.model import Article, EventMention
from timeline.settings import Settings


class Engine(Protocol):
    def map_articles(self, fn: Callable, articles: tuple[Article, ...], settings: Settings) -> Iterator: ...

    def merge(self, mentions: tuple[EventMention, ...], settings: Settings, order: dict[str, int],
              copy_of: dict[str, str]) -> tuple: ...


class Serial:
    """Everything in this process, in order."""

    def map_articles(self, fn: Callable, articles: Iterable[Article], settings: Settings) -> Iterator:
        return (fn(a, settings) for a in articles)

    def merge(self, mentions, settings, order, copy_of):
        return merge(mentions, settings, order, copy_of)


SERIAL = Serial()
