"""The Dask engine gives the chronology the in-process engine gives, and the merge split into date
partitions gives the events of one merge.  Runs on one local cluster of two worker processes."""
import datetime as dt
from dataclasses import replace
from pathlib import Path

import pytest

NEEDS = "the Dask engine needs the [dask] extra: pip install -e '.[dask]'"
pytest.importorskip("dask", reason=NEEDS)
distributed = pytest.importorskip("distributed", reason=NEEDS)

import timeline.engine_dask as engine_dask  # noqa: E402  (only once we know dask is there)
from parsers.articles import read_articles  # noqa: E402
from render.json_doc import to_json_dict  # noqa: E402
from timeline.engine_dask import DaskEngine  # noqa: E402
from timeline.engines import SERIAL, Serial  # noqa: E402
from timeline.merge import merge  # noqa: E402
from timeline.model import Precision  # noqa: E402
from timeline.partition import date_partitions, merge_partitioned, pack  # noqa: E402
from timeline.pipeline import article_events, build  # noqa: E402
from timeline.settings import Settings  # noqa: E402

HERE = Path(__file__).parent
EXAMPLE = [HERE.parent / "examples" / "belgorod" / "articles.csv"]
STORIES = sorted((HERE / "stories").glob("*/articles.csv"))  # three stories, read as one collection
SETTINGS = Settings(quiet=True)


@pytest.fixture(scope="module")
def scheduler():
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                                  dashboard_address=":0") as cluster:
        yield cluster.scheduler_address


class Recording(Serial):
    """SERIAL, keeping what the pipeline hands the merge."""

    def merge(self, mentions, settings, order, copy_of):
        self.merged = (mentions, settings, order, copy_of)
        return super().merge(mentions, settings, order, copy_of)


def serial(paths):
    engine = Recording()
    chron = build(read_articles(paths).articles, SETTINGS, engine=engine)
    return to_json_dict(chron), engine.merged


@pytest.mark.parametrize("paths", [EXAMPLE, STORIES], ids=["example", "three-stories"])
def test_chronology_on_the_cluster_is_the_serial_one(scheduler, paths):
    expected, (mentions, *_) = serial(paths)
    assert len(date_partitions(mentions, SETTINGS)) > 1  # the merge does run in parts
    with DaskEngine(scheduler=scheduler) as engine:
        assert to_json_dict(build(read_articles(paths).articles, SETTINGS, engine=engine)) == expected


def test_articles_come_back_in_order_from_many_small_batches(scheduler, monkeypatch):
    monkeypatch.setattr(engine_dask, "BATCH_MIN", 1)
    monkeypatch.setattr(engine_dask, "BATCH_MAX", 1)
    articles = read_articles(STORIES).articles
    with DaskEngine(scheduler=scheduler) as engine:
        found = list(engine.map_articles(article_events, articles, SETTINGS))
    assert found == list(SERIAL.map_articles(article_events, articles, SETTINGS))


def _shifted(date, days):
    """`date` moved by about `days` days: a day exactly, a week or month to the one as far on;
    other periods stay (a year is compared with that same year, in both copies)."""
    if date.precision.rank >= Precision.DAY.rank:
        start = date.start + dt.timedelta(days=days)
        return replace(date, value=start.isoformat() + date.value[10:], start=start,
                       end=date.end + dt.timedelta(days=days))
    if date.precision is Precision.WEEK:
        start = date.start + dt.timedelta(weeks=days // 7)
        year, week, _ = start.isocalendar()
        return replace(date, value=f"{year}-W{week:02d}", start=start, end=start + dt.timedelta(days=6))
    if date.precision is Precision.MONTH:
        month = date.start.year * 12 + date.start.month - 1 + round(days / 30.44)
        start = dt.date(month // 12, month % 12 + 1, 1)
        end = dt.date((month + 1) // 12, (month + 1) % 12 + 1, 1) - dt.timedelta(days=1)
        return replace(date, value=start.strftime("%Y-%m"), start=start, end=end)
    return date


def _copy(m, days, suffix):
    article = m.article_id + suffix
    return replace(m, article_id=article, sentence=replace(m.sentence, article_id=article),
                   date=_shifted(m.date, days),
                   dated_from=(m.dated_from[0] + suffix, m.dated_from[1]) if m.dated_from else None)


@pytest.mark.parametrize("paths", [EXAMPLE, STORIES], ids=["example", "three-stories"])
def test_date_partitions_merged_apart_give_one_merge(scheduler, paths):
    _, (mentions, settings, order, copy_of) = serial(paths)
    mentions = tuple(mentions) + tuple(_copy(m, 400, "+400") for m in mentions)
    order = {**order, **{a + "+400": k + len(order) for a, k in order.items()}}
    copy_of = {**copy_of, **{a + "+400": b + "+400" for a, b in copy_of.items()}}
    whole = merge(mentions, settings, order, copy_of)

    parts = date_partitions(mentions, settings)
    assert len(parts) >= 2
    assert sorted(i for p in parts for i in p) == list(range(len(mentions)))
    # the copy is 400 days away: no part holds a day of both
    for part in parts:
        days = {mentions[i].date.start for i in part if mentions[i].date.precision.rank >= Precision.DAY.rank}
        assert not days or max(days) - min(days) < dt.timedelta(days=400)
    assert merge_partitioned(mentions, settings, order, copy_of, parts) == whole
    assert merge_partitioned(mentions, settings, order, copy_of, pack(mentions, parts, 2)) == whole
    with DaskEngine(scheduler=scheduler) as engine:
        assert engine.merge(mentions, settings, order, copy_of) == whole


def test_without_a_scheduler_the_engine_runs_its_own_local_cluster():
    expected, _ = serial(EXAMPLE)
    with DaskEngine() as engine:
        cluster = engine.cluster
        assert cluster is not None and len(engine.client.nthreads()) == 2
        assert to_json_dict(build(read_articles(EXAMPLE).articles, SETTINGS, engine=engine)) == expected
    assert engine.cluster is None and cluster.status.name == "closed"
