"""An engine that runs the per-article stages and the merge on a Dask cluster (distributed).

    with DaskEngine("tcp://host:8786") as engine:      # a running scheduler
        chron = build(articles, settings, engine=engine)
    with DaskEngine(workers=4) as engine:               # a local cluster, closed on leaving
        ...

The articles go to the workers in batches (one task per batch: a task per article would cost more
to schedule than to run), at most a few batches ahead of the one the pipeline waits for, and come
back in article order.  The merge runs in date partitions (timeline.partition), one task per
union of them; the word weights for importance are fitted on the client meanwhile.  The workers
need this package installed, at the client's version: tasks name its functions.  Tasks run in
worker threads, where no timer signal reaches them: `Settings.article_seconds` is not enforced here.
"""
from __future__ import annotations

import pickle
from collections import deque
from typing import Callable, Iterable, Iterator

from timeline.engines import run_one
from timeline.merge import merge
from timeline.model import Article, Event, EventMention
from timeline.partition import (Importance, article_index, combine, date_partitions, merge_part, pack,
                                part_mentions)
from timeline.settings import Settings

try:
    from distributed import Client, LocalCluster
except ImportError as e:  # the [dask] extra
    raise ImportError(f"the dask engine needs dask and distributed ({e.name} is not installed): "
                      "pip install 'news-timeline[dask]'", name=e.name) from e

# articles per task: enough that a task's work outweighs its scheduling, few enough to spread
BATCH_MIN, BATCH_MAX = 50, 200


# Tasks take and give their records pickled: distributed walks a tuple of thousands of dataclasses
# item by item, which costs several times what one pickle of it does.

def _run_batch(fn: Callable, articles: bytes, settings: Settings) -> bytes:
    return _pickled([run_one(fn, a, settings) for a in pickle.loads(articles)])


def _merge(mentions: bytes, settings: Settings) -> bytes:
    mentions, order, copy_of = pickle.loads(mentions)
    return _pickled(merge(mentions, settings, order, copy_of))


def _merge_part(mentions: bytes, settings: Settings) -> bytes:
    mentions, own, order, copy_of = pickle.loads(mentions)
    return _pickled(merge_part(mentions, own, settings, order, copy_of))


def _pickled(x) -> bytes:
    return pickle.dumps(x, protocol=pickle.HIGHEST_PROTOCOL)


class DaskEngine:
    """`scheduler`: the address of a running scheduler (tcp://host:8786); None starts a local
    cluster of `workers` processes of one thread each, closed by close() or on leaving `with`."""

    def __init__(self, scheduler: str | None = None, workers: int = 2):
        if workers < 1:
            raise ValueError("workers must be 1 or more")
        self.scheduler = scheduler
        self.workers = workers
        self.cluster: LocalCluster | None = None
        self._client: Client | None = None
        self._settings: tuple[Settings, object] | None = None

    @property
    def client(self) -> Client:
        """The client, connected (and the local cluster started) on first use."""
        if self._client is None:
            if self.scheduler is None:
                # one thread per process: the stages are pure Python and hold the GIL
                self.cluster = LocalCluster(n_workers=self.workers, threads_per_worker=1, processes=True,
                                            dashboard_address=":0")  # a free port: never clashes with another cluster
                try:
                    self._client = Client(self.cluster, set_as_default=False)
                except BaseException:
                    self.cluster.close()
                    self.cluster = None
                    raise
            else:
                self._client = Client(self.scheduler, set_as_default=False)
        return self._client

    def close(self) -> None:
        """Disconnect; a local cluster this engine started is shut down (a remote one runs on)."""
        if self._client is not None:
            self._client.close()
        if self.cluster is not None:
            self.cluster.close()
        self._client, self.cluster, self._settings = None, None, None

    def __enter__(self) -> DaskEngine:
        _ = self.client  # connect now: a bad address fails here, not in the middle of a build
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def _threads(self) -> int:
        return max(1, sum(self.client.nthreads().values()))

    def _scattered(self, settings: Settings):
        """The settings on every worker, sent once for all the tasks of a build."""
        if self._settings is None or self._settings[0] != settings:
            self._settings = (settings, self.client.scatter(settings, broadcast=True, hash=False))
        return self._settings[1]

    def map_articles(self, fn: Callable, articles: Iterable[Article], settings: Settings) -> Iterator:
        articles = tuple(articles)
        threads = self._threads()
        size = min(BATCH_MAX, max(BATCH_MIN, -(-len(articles) // (4 * threads))))
        batches = [articles[k:k + size] for k in range(0, len(articles), size)]
        return self._in_order(fn, batches, self._scattered(settings), 2 * threads)

    def _in_order(self, fn: Callable, batches: list, settings, ahead: int) -> Iterator:
        # a bounded window of batches: the workers keep busy while the pipeline takes results in
        # order, and results not yet taken never pile up on the workers or here
        running: deque = deque()
        queued = iter(batches)
        try:
            for batch in queued:
                running.append(self.client.submit(_run_batch, fn, _pickled(batch), settings, pure=False))
                if len(running) >= ahead:
                    break
            while running:
                results = running.popleft().result()
                for batch in queued:
                    running.append(self.client.submit(_run_batch, fn, _pickled(batch), settings, pure=False))
                    break
                yield from pickle.loads(results)
        finally:
            for future in running:  # the pipeline stopped early: drop what it will not take
                future.cancel()

    def merge(self, mentions: tuple[EventMention, ...], settings: Settings, order: dict[str, int],
              copy_of: dict[str, str]) -> tuple[Event, ...]:
        mentions = tuple(mentions)
        if not mentions:
            return ()
        client = self.client
        scattered = self._scattered(settings)
        parts = pack(mentions, date_partitions(mentions, settings), self._threads())
        if len(parts) == 1:
            payloads, run = [(mentions, order, copy_of)], _merge
        else:
            by_article = article_index(mentions)
            payloads = [(part_mentions(mentions, p, by_article), len(p), order, copy_of) for p in parts]
            run = _merge_part
        # sent ahead of the tasks: a task graph is no place for megabytes
        data = client.scatter([_pickled(p) for p in payloads], hash=False)
        futures = [client.submit(run, d, scattered, pure=False) for d in data]
        if len(parts) == 1:
            return pickle.loads(futures[0].result())
        importance = Importance(mentions, settings, copy_of)  # while the parts merge
        return combine(parts, [pickle.loads(r) for r in client.gather(futures)], importance)
