"""Processes(jobs): the per-article stages in `jobs` worker processes of this machine.

Articles go to the workers in chunks (fewer round trips than one at a time), and only a bounded
window of chunks is in flight: a collection of any size is read, sent and collected at the pace
the workers take it, so memory stays flat and progress can be shown while it runs.  Results come
back in article order, each chunk as soon as it and every chunk before it are done.  The merge
runs in this process, as SERIAL runs it, so the chronology is the same for any number of jobs.

An exception a stage raises on one article leaves that article out, reported
(pipeline.article_events); with --strict it stops the run with an ArticleError naming the article,
the worker's traceback chained to it, as SERIAL would stop at it.  A worker that dies stops the
run too.  A worker runs its articles in its main thread, so the time limit of `article_events`
holds there as it does in this process.
"""
from __future__ import annotations

import concurrent.futures as cf
import gc
from collections import deque
from itertools import islice
from typing import Callable, Iterable, Iterator

from timeline.engines import SERIAL, ArticleError, run_one
from timeline.model import Article
from timeline.settings import Settings

# chunks per worker in flight: one being worked on, one queued so that no worker waits for the
# parent, and one spare for a chunk that takes long
WINDOW_PER_JOB = 3
# articles per chunk at most: big enough that sending costs little, small enough that progress
# moves and the work stays evenly spread at the end of the run
MAX_CHUNK = 32


def _run_chunk(fn: Callable, articles: list[Article], settings: Settings) -> list:
    """In a worker: fn on each article of a chunk, in order; the traceback of a failure comes back
    to the parent as the cause of the ArticleError."""
    return [run_one(fn, a, settings) for a in articles]


class Processes:
    """The per-article stages in `jobs` processes; `jobs=1` runs them here, starting none.

    `chunk` articles are sent at a time (default: chosen from the collection's size, at most
    MAX_CHUNK); at most `jobs * WINDOW_PER_JOB` chunks are in flight.  Use it as a context
    manager, or call close(), to stop the worker processes; they are started at the first map."""

    def __init__(self, jobs: int, chunk: int | None = None):
        if jobs < 1:
            raise ValueError("jobs must be 1 or more")
        if chunk is not None and chunk < 1:
            raise ValueError("chunk must be 1 or more")
        self.jobs = jobs
        self.chunk = chunk
        self._pool: cf.ProcessPoolExecutor | None = None

    def __repr__(self) -> str:
        return f"Processes(jobs={self.jobs})"

    def __enter__(self) -> Processes:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def close(self) -> None:
        if self._pool is not None:
            self._pool.shutdown(wait=True, cancel_futures=True)
            self._pool = None

    def _executor(self) -> cf.ProcessPoolExecutor:
        if self._pool is None:
            # the platform's own way of starting processes: on Linux (up to Python 3.13) a fork,
            # which starts at once with the modules and compiled patterns of this process
            self._pool = cf.ProcessPoolExecutor(self.jobs)
        return self._pool

    def _chunk_size(self, articles: Iterable[Article]) -> int:
        if self.chunk is not None:
            return self.chunk
        try:
            n = len(articles)  # type: ignore[arg-type]
        except TypeError:  # a stream: its size is not known
            return MAX_CHUNK // 2
        # about eight chunks per worker on small collections, so that the work spreads evenly
        return max(1, min(MAX_CHUNK, n // (self.jobs * 8)))

    def map_articles(self, fn: Callable, articles: Iterable[Article], settings: Settings) -> Iterator:
        if self.jobs == 1:
            return SERIAL.map_articles(fn, articles, settings)
        return self._map(fn, articles, settings)

    def _map(self, fn: Callable, articles: Iterable[Article], settings: Settings) -> Iterator:
        size = self._chunk_size(articles)
        source = iter(articles)
        starting = self._pool is None
        pool = self._executor()
        flight: deque[tuple[cf.Future, list[Article]]] = deque()

        def send() -> bool:
            batch = list(islice(source, size))
            if batch:
                flight.append((pool.submit(_run_chunk, fn, batch, settings), batch))
            return bool(batch)

        try:
            if starting:
                # forked workers share this process's memory until they write to it; their garbage
                # collector would write to every object it visits, so it is kept off what they inherit
                gc.freeze()
                try:
                    send()  # the first task starts the workers
                finally:
                    gc.unfreeze()
            while len(flight) < self.jobs * WINDOW_PER_JOB and send():
                pass
            while flight:
                future, batch = flight[0]
                try:
                    results = future.result()
                except cf.process.BrokenProcessPool as e:
                    pool.shutdown(wait=False, cancel_futures=True)
                    self._pool = None  # unusable now: the next map starts a fresh one
                    raise ArticleError(batch[0].id, f"a worker process died on one of the articles "
                                                    f"{_names(batch)} (out of memory?)") from e
                flight.popleft()
                send()  # keep the window full before handing the results on
                yield from results
        finally:
            for future, _batch in flight:  # stopped early or failed: drop what is queued
                future.cancel()

    def merge(self, mentions, settings, order, copy_of):
        return SERIAL.merge(mentions, settings, order, copy_of)


def _names(batch: list[Article]) -> str:
    first, last = batch[0], batch[-1]
    name = first.source or first.id
    return name if len(batch) == 1 else f"{name} .. {last.source or last.id}"
