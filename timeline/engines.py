"""Where the per-article stages and the merge run.  An engine maps `article_events` over the
articles (results in article order) and runs the merge; every engine gives the same chronology.

SERIAL runs everything in this process, one article after another.

`time_limit` bounds the time of one article's stages wherever an engine runs them: with a timer
signal, which only the main thread of a process can receive.  SERIAL and Processes run the
stages in a main thread; elsewhere (Dask runs its tasks in worker threads, Windows has no timer
signal) an article runs without a limit, since a thread cannot be stopped from outside.
"""
from __future__ import annotations

import signal
import threading
import time
from contextlib import contextmanager
from typing import Callable, Iterable, Iterator, Protocol

from timeline.merge import merge
from timeline.model import Article, EventMention
from timeline.settings import Settings


class ArticleError(RuntimeError):
    """The per-article stages failed on one article (--strict: the run stops there)."""

    def __init__(self, article_id: str, message: str):
        super().__init__(message)
        self.article_id = article_id

    def __reduce__(self):  # raised in a worker and sent back: pickled with both arguments
        return type(self), (self.article_id, self.args[0])


def run_one(fn: Callable, article: Article, settings: Settings):
    """fn on one article; a failure names the article (only the engine knows which one it was)."""
    try:
        return fn(article, settings)
    except Exception as e:
        raise ArticleError(article.id, f"{article.source or article.id}: {type(e).__name__}: {e}") from e


class Engine(Protocol):
    def map_articles(self, fn: Callable, articles: tuple[Article, ...], settings: Settings) -> Iterator: ...

    def merge(self, mentions: tuple[EventMention, ...], settings: Settings, order: dict[str, int],
              copy_of: dict[str, str]) -> tuple: ...


class Serial:
    """Everything in this process, in order."""

    def map_articles(self, fn: Callable, articles: Iterable[Article], settings: Settings) -> Iterator:
        return (run_one(fn, a, settings) for a in articles)

    def merge(self, mentions, settings, order, copy_of):
        return merge(mentions, settings, order, copy_of)


SERIAL = Serial()


class OutOfTime(BaseException):
    """Raised into the work when its time limit has passed.  Not an Exception: a stage that
    catches every Exception to go on must not swallow it."""


def can_limit_time() -> bool:
    return hasattr(signal, "setitimer") and threading.current_thread() is threading.main_thread()


@contextmanager
def time_limit(seconds: float | None):
    """Raise OutOfTime in the body once `seconds` have passed (None, or no timer signal here: no
    limit).  A timer already running (a caller's own deadline) is kept: when it is due first it
    alone runs, else it is set again, for what is left of it, when the body ends."""
    if not seconds or not can_limit_time():
        yield
        return
    began = time.monotonic()
    outer, interval = signal.setitimer(signal.ITIMER_REAL, 0)
    if outer and outer <= seconds:  # the caller's deadline comes first: it stops the work
        signal.setitimer(signal.ITIMER_REAL, outer, interval)
        yield
        return

    def stop(signum, frame):
        raise OutOfTime(f"took longer than {seconds:g} s")

    previous = signal.signal(signal.SIGALRM, stop)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
        if outer:
            # at least a microsecond: 0 would cancel a deadline that is due now
            signal.setitimer(signal.ITIMER_REAL, max(outer - (time.monotonic() - began), 1e-6), interval)
