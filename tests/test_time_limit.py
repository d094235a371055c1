"""One article that takes too long is left out and reported, and the run goes on: in this process
and in worker processes.  The limit keeps a deadline the caller set, and runs no timer where no
signal can stop the work (a thread other than the main one)."""
import json
import signal
import threading
import time
from pathlib import Path

import pytest

import timeline.pipeline as pipeline
from parsers.articles import read_articles
from render.json_doc import to_json_dict
from render.schema import validate
from timeline.engine_local import Processes
from timeline.engines import OutOfTime, time_limit
from timeline.pipeline import build_from_paths
from timeline.settings import Settings

MANIFEST = Path(__file__).resolve().parent.parent / "examples" / "belgorod" / "articles.csv"
SLOW = "002_9777391901b12543"
LIMIT = 0.5
_split = pipeline.split_sentences


def _stalls_on_one(text, article_id, language):
    # a stage that hangs on one article: a runaway pattern, a pathological text
    if article_id == SLOW:
        time.sleep(30)
    return _split(text, article_id, language)


@pytest.fixture
def stalling(monkeypatch):
    monkeypatch.setattr(pipeline, "split_sentences", _stalls_on_one)


def _check_left_out(chron) -> None:
    reason = f"took longer than {LIMIT:g} s"
    assert SLOW not in {a.id for a in chron.articles}
    assert len(chron.articles) == 4
    assert any(SLOW in w and reason in w for w in chron.warnings), chron.warnings
    doc = to_json_dict(chron)
    validate(doc)
    [status] = [i for i in doc["inputs"] if i["article"] == SLOW]
    assert (status["status"], status["reason"]) == ("skipped", reason)
    assert [i["status"] for i in doc["inputs"]].count("used") == 4
    cited = {m["article"] for e in doc["events"] for m in e["mentions"]}
    assert cited == {a.id for a in chron.articles}


def test_an_article_past_the_limit_is_reported_and_the_others_are_built(stalling):
    began = time.monotonic()
    chron = build_from_paths([MANIFEST], Settings(quiet=True, article_seconds=LIMIT))
    assert time.monotonic() - began < 20
    _check_left_out(chron)
    # the others give what they give without it
    rest = [a for a in read_articles([MANIFEST]).articles if a.id != SLOW]
    alone = pipeline.build(rest, Settings(quiet=True))
    assert json.dumps(to_json_dict(chron)["events"]) == json.dumps(to_json_dict(alone)["events"])


def test_an_article_past_the_limit_in_a_worker_process_is_reported(stalling):
    # the pool starts after the patch: the forked workers stall on the same article
    with Processes(2, chunk=1) as engine:
        chron = build_from_paths([MANIFEST], Settings(quiet=True, article_seconds=LIMIT), engine=engine)
    _check_left_out(chron)


def test_no_limit_lets_the_stages_finish():
    with time_limit(None):
        time.sleep(0.05)
    with pytest.raises(ValueError, match="article_seconds"):
        Settings(article_seconds=0)


def test_the_limit_stops_the_body_and_restores_what_was_there():
    before = signal.getsignal(signal.SIGALRM)
    with pytest.raises(OutOfTime, match="took longer than 0.1 s"):
        with time_limit(0.1):
            time.sleep(5)
    assert signal.getsignal(signal.SIGALRM) is before
    assert signal.getitimer(signal.ITIMER_REAL) == (0.0, 0.0)


class _Deadline(Exception):
    pass


def _deadline(signum, frame):
    raise _Deadline


def test_a_deadline_set_by_the_caller_is_kept():
    previous = signal.signal(signal.SIGALRM, _deadline)
    try:
        # later than the limit: set again for what is left of it when the body ends
        signal.setitimer(signal.ITIMER_REAL, 5.0)
        with time_limit(1.0):
            pass
        assert 4.0 < signal.getitimer(signal.ITIMER_REAL)[0] <= 5.0
        assert signal.getsignal(signal.SIGALRM) is _deadline
        # sooner than the limit: the caller's deadline stops the work
        signal.setitimer(signal.ITIMER_REAL, 0.1)
        with pytest.raises(_Deadline):
            with time_limit(1.0):
                time.sleep(5)
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def test_outside_the_main_thread_there_is_no_limit():
    done = []

    def work():
        with time_limit(0.01):
            time.sleep(0.1)
        done.append(True)

    thread = threading.Thread(target=work)
    thread.start()
    thread.join()
    assert done == [True]


def test_the_command_takes_the_limit_and_reports_the_article(stalling, tmp_path):
    from click.testing import CliRunner
    from timeline.cli import main
    result = CliRunner().invoke(main, ["build", str(MANIFEST), "-o", str(tmp_path / "t.html"),
                                       "--json", str(tmp_path / "e.json"), "--article-seconds", str(LIMIT)])
    assert result.exit_code == 0, result.output
    assert f"{SLOW}" in result.stderr and f"took longer than {LIMIT:g} s; left out" in result.stderr
    doc = json.loads((tmp_path / "e.json").read_text(encoding="utf-8"))
    [status] = [i for i in doc["inputs"] if i["article"] == SLOW]
    assert status["status"] == "skipped" and SLOW not in {a["id"] for a in doc["articles"]}
