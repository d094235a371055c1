"""The Python API on the shipped example and on articles given as Python objects."""
import csv
import io
import json
from pathlib import Path

import plotly.graph_objects as go
import pytest

import timeline
from parsers.articles import InputError
from timeline.model import Article, Precision

EXAMPLE = Path(__file__).parent.parent / "examples" / "belgorod" / "articles.csv"
FLOOD = ("Floods hit the coastal town of Ridgeport on Saturday, officials said. "
         "Two days later the river burst its banks again.")


@pytest.fixture(scope="module")
def example():
    return timeline.build(EXAMPLE)


def test_build_from_a_manifest_gives_the_example_chronology(example):
    assert len(example.articles) == 5 and len(example) == len(example.events) > 10
    days = {e.date.value for e in example}
    assert {"2023-12-29", "2023-12-30", "2024-01-01"} <= days
    assert repr(example).startswith(f"<Timeline: {len(example)} events from 5 articles")


def test_build_from_texts_resolves_their_dates_against_their_publication_day():
    tl = timeline.build([{"id": "wire", "text": FLOOD, "published": "2024-01-02", "outlet": "Wire"},
                         Article("daily", "The river burst its banks again on Monday, officials said.",
                                 __import__("datetime").date(2024, 1, 3))])
    assert [a.id for a in tl.articles] == ["wire", "daily"] and tl.articles[0].outlet == "Wire"
    by_day = {e.date.value: set(e.sources) for e in tl}
    assert by_day["2023-12-30"] == {"wire"}  # Saturday before Tuesday 2 January
    assert by_day["2024-01-01"] == {"wire", "daily"}  # "two days later", and Monday


def test_writers_return_what_they_write(example, tmp_path):
    text = example.to_csv(tmp_path / "e.csv")
    assert (tmp_path / "e.csv").read_text(encoding="utf-8") == text
    rows = list(csv.DictReader(io.StringIO(text)))
    assert [r["id"] for r in rows] == [e.id for e in example]
    doc = json.loads(example.to_json(tmp_path / "e.json"))
    assert doc == example.to_dict() and [e["id"] for e in doc["events"]] == [r["id"] for r in rows]
    frame = example.to_frame()
    assert list(frame["id"]) == [e.id for e in example] and frame["n_sources"].max() == 5


def test_figure_and_page_and_notebook_display(example, tmp_path):
    fig = example.figure()
    assert isinstance(fig, go.Figure)
    assert sum(len(t.x) for t in fig.data if t.visible is not False) == sum(
        1 for e in example if e.date.start is not None)
    page = example.to_html(tmp_path / "t.html")
    assert page.startswith("<!DOCTYPE html>") and (tmp_path / "t.html").read_text(encoding="utf-8") == page
    shown = example._repr_html_()
    assert "<html" not in shown and shown.lstrip().startswith("<div")


def test_exports_from_python(example, tmp_path):
    md = example.to_markdown(tmp_path / "e.md")
    assert (tmp_path / "e.md").read_text(encoding="utf-8") == md
    assert sum(1 for line in md.splitlines() if line.startswith("| ") and not line.startswith(("| Date", "| ---"))) == len(example)
    slides = example.to_timelinejs(tmp_path / "tl.json")
    assert json.loads((tmp_path / "tl.json").read_text(encoding="utf-8")) == slides
    assert {s["unique_id"] for s in slides["events"]} == {f"event-{e.id}" for e in example if e.date.start}
    ics = example.to_ics()
    assert ics.count("BEGIN:VEVENT") == sum(1 for e in example if e.date.precision and e.date.precision.rank >= Precision.DAY.rank)


def test_top_and_settings_pass_through():
    tl = timeline.build(EXAMPLE, top=3, merge_threshold=0.2)
    assert tl.settings.top == 3 and tl.settings.merge_threshold == 0.2
    assert len(tl.chronology.summary) == 3 and len(tl.summary()) == 3 and len(tl) > 3
    with pytest.raises(TypeError):
        timeline.build(EXAMPLE, no_such_setting=1)


def test_bad_input_is_named_and_the_rest_is_used():
    tl = timeline.build([{"text": FLOOD, "published": "2024-01-02"}, {"title": "empty"},
                         {"text": FLOOD, "published": "2024-13-40"}])
    assert [(i.status, i.article_id) for i in tl.inputs] == [("used", "article-1"), ("failed", ""), ("failed", "")]
    assert tl.inputs[1].reason.startswith("article 2: no text")
    assert "article 3: published '2024-13-40' is not a full date" in tl.inputs[2].reason
    assert [a.id for a in tl.articles] == ["article-1"]
    with pytest.raises(InputError, match=r"article 2: no text"):
        timeline.build([{"text": FLOOD, "published": "2024-01-02"}, {"title": "empty"}], strict=True)
    with pytest.raises(InputError, match="no article could be used"):
        timeline.build([{"title": "empty"}])
    with pytest.raises(InputError, match="used twice"):
        timeline.build([{"id": "a", "text": FLOOD}, {"id": "a", "text": FLOOD}], strict=True)
    with pytest.raises(ValueError, match="not both"):
        timeline.build([str(EXAMPLE), {"text": FLOOD}])
