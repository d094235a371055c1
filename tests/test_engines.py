"""Engines give the chronology SERIAL gives: Processes runs the per-article stages in worker
processes, in chunks, and hands the results back in article order; one job starts no process; a
failing article stops the run with an error naming it.  Then the speed fixes of the stages, each
against what it replaced."""
import datetime as dt
import os
import time
from pathlib import Path

import pysbd
import pytest

import timeline.engine_local as engine_local
from parsers.articles import read_articles
from parsers.duplicates import mark_duplicates, similarity
from parsers.sentences import _Segmenter
from render.json_doc import to_json_dict
from timeline.engine_local import ArticleError, Processes
from timeline.engines import SERIAL
from timeline.model import Article
from timeline.pipeline import article_events, build
from timeline.settings import Settings

HERE = Path(__file__).parent
COLLECTIONS = {"belgorod": HERE.parent / "examples" / "belgorod" / "articles.csv",
               **{p.parent.name: p for p in sorted((HERE / "stories").glob("*/articles.csv"))}}


@pytest.fixture(scope="module")
def two_jobs():
    # one pool for the module: workers start once; chunks of one article, so that every
    # collection is spread over both workers and comes back from both
    with Processes(2, chunk=1) as engine:
        yield engine


@pytest.mark.parametrize("name", sorted(COLLECTIONS))
def test_two_processes_give_the_serial_chronology(name, two_jobs):
    articles = read_articles([COLLECTIONS[name]]).articles
    serial = to_json_dict(build(articles, Settings(quiet=True)))
    parallel = to_json_dict(build(articles, Settings(quiet=True), engine=two_jobs))
    assert serial["events"] and parallel == serial


def test_one_job_starts_no_process(monkeypatch):
    def no_pool(*args, **kwargs):
        raise AssertionError("a process pool was started")

    monkeypatch.setattr(engine_local.cf, "ProcessPoolExecutor", no_pool)
    articles = read_articles([COLLECTIONS["belgorod"]]).articles
    with Processes(1) as engine:
        chron = build(articles, Settings(quiet=True), engine=engine)
    assert to_json_dict(chron) == to_json_dict(build(articles, Settings(quiet=True)))


# -- order, bounds and failures, with stand-ins for article_events (module level: sent to workers) --

def _finish(article: Article, settings: Settings) -> tuple[str, int, float]:
    """Sleeps as long as the article's text says, then tells who did it and when it finished."""
    time.sleep(float(article.text))
    return article.id, os.getpid(), time.monotonic()


def _fail_on_bad(article: Article, settings: Settings) -> str:
    if article.id == "bad":
        raise ValueError("no date in 'Tuesday last'")
    return article.id


def _die_on_bad(article: Article, settings: Settings) -> str:
    if article.id == "bad":
        os._exit(3)  # a worker killed (by the out-of-memory killer, say)
    return article.id


def _articles(*texts: str, ids=None) -> list[Article]:
    return [Article(ids[n] if ids else f"a{n}", text, dt.date(2024, 1, 2), source=f"feed.jsonl:{n + 1}")
            for n, text in enumerate(texts)]


def test_results_come_in_article_order_when_workers_finish_out_of_order(two_jobs):
    # the first article takes long: the other worker finishes the next ones before it
    articles = _articles("0.6", *["0.01"] * 9)
    results = list(two_jobs.map_articles(_finish, articles, Settings()))
    assert [r[0] for r in results] == [a.id for a in articles]
    finished = [r[2] for r in results]
    assert finished[1] < finished[0]  # out of order indeed
    assert len({r[1] for r in results}) == 2  # and in two processes, neither of them this one
    assert os.getpid() not in {r[1] for r in results}


def test_only_a_bounded_window_of_articles_is_taken_ahead():
    taken = []

    def stream():
        for a in _articles(*["0"] * 200):
            taken.append(a.id)
            yield a

    with Processes(2, chunk=4) as engine:
        results = engine.map_articles(_finish, stream(), Settings())
        first = next(results)
        assert first[0] == "a0"
        # the chunks in flight and the one sent when the first came back: far from all 200
        assert len(taken) <= 4 * (2 * engine_local.WINDOW_PER_JOB + 1)
        assert [r[0] for r in results] == [f"a{n}" for n in range(1, 200)]
    assert len(taken) == 200


def test_a_failing_article_stops_the_run_with_an_error_naming_it(two_jobs):
    articles = _articles("x", "x", "x", "x", ids=["a0", "a1", "bad", "a3"])
    results = two_jobs.map_articles(_fail_on_bad, articles, Settings())
    assert [next(results), next(results)] == ["a0", "a1"]  # what comes before it is handed on
    with pytest.raises(ArticleError) as caught:
        next(results)
    assert caught.value.article_id == "bad"
    assert str(caught.value) == "feed.jsonl:3: ValueError: no date in 'Tuesday last'"
    # the worker's traceback comes along as the cause
    assert "_fail_on_bad" in str(caught.value.__cause__)
    # the pool still serves the next collection
    assert list(two_jobs.map_articles(_fail_on_bad, articles[:2], Settings())) == ["a0", "a1"]


def test_a_worker_that_dies_is_an_error_naming_its_articles():
    articles = _articles("x", "x", "x", ids=["a0", "bad", "a2"])
    with Processes(2, chunk=2) as engine:
        with pytest.raises(ArticleError, match=r"worker process died on one of the articles feed.jsonl:1 \.\. "
                                               r"feed.jsonl:2"):
            list(engine.map_articles(_die_on_bad, articles, Settings()))
        # a fresh pool for the next run
        assert list(engine.map_articles(_die_on_bad, articles[:1], Settings())) == ["a0"]


def test_the_serial_results_of_article_events_come_back_equal(two_jobs):
    # what crosses the process boundary (pickled mentions, relations) compares equal to the original
    articles = read_articles([COLLECTIONS["belgorod"]]).articles
    settings = Settings(quiet=True)
    assert list(two_jobs.map_articles(article_events, articles, settings)) == \
        list(SERIAL.map_articles(article_events, articles, settings))


# -- speed fixes, each against what it replaced --------------------------------------------------

@pytest.mark.parametrize("paragraph", [
    "Yes. Yes. Yes.",  # one sentence three times: each occurrence once, in order
    "He said no.\u00a0 He said no.  ",  # non-breaking and trailing spaces go with their sentence
    "A. B.\tC. A. B.",
    "  Leading space. Trailing one.  ",
    "Talks resume at 3 p.m. Friday, officials said. \"We will see,\" he said. Then? Then!",
    # abbreviations with and without a period after them, in every case, and look-alike letters
    "Mr. Smith met Co officials and Co. staff at 5 p.m. Tuesday. St. Louis Co. Inc. said no.",
    "The U.S. and U.K. met. a.m. A.M. p.m. No. 5 and no. 6. Fig. 3 and fig. (4). Gen.: yes.",
    "\u017ft. Louis, \u212a. Co. and st louis",
])
def test_sentence_spans_are_pysbds(paragraph):
    ours = [(s.sent, s.start, s.end) for s in _Segmenter(language="en", clean=False, char_span=True).segment(paragraph)]
    theirs = [(s.sent, s.start, s.end)
              for s in pysbd.Segmenter(language="en", clean=False, char_span=True).segment(paragraph)]
    assert ours == theirs


def test_wire_copies_group_as_when_each_pair_is_compared():
    # many copies of one story (one LSH bucket), copies of copies, and a report that is merely alike
    story = ("Floods hit Ridgeport on Saturday after the river rose two metres overnight, officials said, "
             "and hundreds of residents of the low districts were taken to schools and halls on higher "
             "ground while crews worked to shore up the old embankment near the bridge. ")
    words = story.split()
    texts = [story]
    for n in range(1, 40):  # each copy changes one more word than the one before: copies of copies
        texts.append(" ".join(w if k % 40 != n % 40 else f"changed{n}" for k, w in enumerate(words)))
    texts.append(" ".join(words[:20]) + " but the council said on Monday that the embankment held and no "
                 "one was evacuated from the districts near the bridge or the schools and halls.")
    articles = [Article(f"t{n}", text, dt.date(2024, 1, 2)) for n, text in enumerate(texts)]
    marked = mark_duplicates(articles)
    # the expected groups: connected components of the pairs at the threshold, pair by pair
    parent = list(range(len(texts)))

    def root(k):
        while parent[k] != k:
            k = parent[k]
        return k
    for i in range(len(texts)):
        for j in range(i + 1, len(texts)):
            if similarity(texts[i], texts[j]) >= 0.8:
                parent[max(root(i), root(j))] = min(root(i), root(j))
    first = {}
    expected = [first.setdefault(root(k), a.id) for k, a in enumerate(articles)]
    assert [a.duplicate_of or a.id for a in marked] == expected
    assert expected[-1] == "t40" and len(set(expected)) == 2
