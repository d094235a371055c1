"""Publication days inferred for articles that carry none (timeline/dating.py): from the latest full
date the text names, from the days the dated articles of the collection give what it reports, or
not at all, with a warning (an input error when strict)."""
import datetime as dt
import json
from pathlib import Path

import pytest

from parsers.articles import InputError
from render.json_doc import to_json_dict
from timeline.dating import INFERRED, date_articles
from timeline.model import Article
from timeline.pipeline import build, build_from_paths
from timeline.settings import Settings

from stories.scoring import score

HERE = Path(__file__).parent
SEEDS = sorted((HERE.parent / "examples" / "belgorod" / "articles").glob("*.txt"))
GOLD = HERE / "stories" / "belgorod" / "gold" / "chronology.json"
D = dt.date.fromisoformat


@pytest.fixture(scope="module")
def seeds():
    """The example's five articles as bare text files: no manifest, so no dates but what they hold."""
    return build_from_paths(SEEDS, Settings(quiet=True))


def _article(chron, prefix):
    return next(a for a in chron.articles if a.id.startswith(prefix))


def test_the_date_line_of_an_article_is_read_not_inferred(seeds):
    a = _article(seeds, "002")
    assert (a.published, a.date_method) == (D("2023-12-31"), "dateline")


def test_an_article_naming_days_without_a_year_is_dated_by_the_collection(seeds):
    # "said on Jan. 3" rules out the days before; the Dec. 30 strike it reports is the other articles' Dec. 30
    a = _article(seeds, "003")
    assert a.published in (D("2024-01-03"), D("2024-01-04"))
    assert a.date_method == "collection" and 0 < a.date_confidence < 1


def test_every_undated_seed_is_dated_with_its_method_and_one_warning(seeds):
    for a in seeds.articles:
        assert a.published is not None, a.id
        if a.date_method in INFERRED:
            assert 0 < a.date_confidence <= 1, a.id
            told = [w for w in seeds.warnings if w.startswith(a.source + ":")]
            assert len(told) == 1 and a.published.isoformat() in told[0] and "confidence" in told[0], (a.id, told)
    # the reports of Saturday's strike are dated no earlier than it and within the week it is "Saturday"
    for prefix in ("000", "001", "004"):
        assert D("2023-12-30") <= _article(seeds, prefix).published <= D("2024-01-05"), prefix


def test_seed_chronology_without_the_manifest_keeps_its_events(seeds):
    s = score(to_json_dict(seeds), json.loads(GOLD.read_text(encoding="utf-8")))
    assert s["found"] >= 11, s
    assert s["ordered"], s


def test_latest_full_date_named_dates_an_article_alone_with_low_confidence():
    text = ("The strike on Belgorod came on Dec. 30, 2023. On Jan. 2, 2024, Russia launched 99 missiles "
            "at Kyiv and Kharkiv, officials said. Talks will resume on Jan. 15, 2024.")
    [a], warnings = date_articles([Article("wire", text, None, source="wire.txt")], Settings())
    # the talks are still to come: a plan says nothing of the day it was written
    assert (a.published, a.date_method) == (D("2024-01-02"), "mentions")
    assert a.date_confidence <= 0.5
    assert len(warnings) == 1 and warnings[0].startswith("wire.txt: no publication date; dated 2024-01-02")


def test_a_full_date_is_no_publication_day_when_the_text_speaks_of_a_later_time():
    text = ("NATO was founded on April 4, 1949. In 1999 it admitted Poland, Hungary and the Czech Republic, "
            "which joined on Friday.")
    [a], warnings = date_articles([Article("nato", text, None, source="nato.txt")], Settings())
    assert a.published is None and len(warnings) == 1 and "unresolved" in warnings[0]


FLOOD = (
    ("a", "2024-03-02", "Floods swept through Ridgeport on Saturday after the Harlan River burst its banks, "
                        "forcing 300 families from their homes, Mayor Ana Ruiz said."),
    ("b", "2024-03-03", "The Harlan River burst its banks at Ridgeport on Saturday, flooding 300 homes. "
                        "Mayor Ana Ruiz said on Sunday that the water was falling."),
    ("c", "2024-03-05", "Ridgeport began clearing mud from its streets on Monday. Insurers said claims "
                        "would run into the millions."),
)
UNDATED = Article("d", "Rescue crews evacuated 300 families from Ridgeport on Saturday after the Harlan River "
                       "burst its banks, Mayor Ana Ruiz said.", None, source="d.txt")


def _dated(rows):
    return [Article(id_, text, D(day), source=f"{id_}.txt") for id_, day, text in rows]


def test_an_undated_report_of_a_dated_happening_is_dated_to_the_week_it_names_it_in():
    articles, warnings = date_articles([*_dated(FLOOD), UNDATED], Settings())
    d = articles[-1]
    # any day from that Saturday to the Friday after reads "on Saturday" as March 2; the earliest is taken
    assert d.date_method == "collection" and D("2024-03-02") <= d.published <= D("2024-03-08")
    assert d.published == D("2024-03-02")
    assert [w.split(":")[0] for w in warnings] == ["d.txt"]
    chron = build([*_dated(FLOOD), UNDATED], Settings(quiet=True))
    flood = [e for e in chron.events if "d" in e.sources]
    assert flood and all(e.date.value == "2024-03-02" for e in flood)
    assert any({"a", "b"} & set(e.sources) for e in flood)


def test_a_happening_the_collection_gives_two_saturdays_leaves_the_day_undecided():
    weekly = (("p1", "2024-03-02", "Protesters marched through Ridgeport on Saturday against the Harlan dam plan."),
              ("p2", "2024-03-09", "Protesters marched through Ridgeport on Saturday against the Harlan dam plan."))
    undated = Article("p3", "Protesters marched through Ridgeport on Saturday against the Harlan dam plan, "
                            "organisers said.", None, source="p3.txt")
    articles, warnings = date_articles([*_dated(weekly), undated], Settings())
    assert articles[-1].published is None and articles[-1].date_method == ""
    assert len(warnings) == 1 and warnings[0].startswith("p3.txt: no publication date") and "unresolved" in warnings[0]


def test_an_article_with_nothing_to_go_on_stays_undated_or_is_an_error_when_strict():
    talks = Article("talks", "Officials said talks went well.", None, source="talks.txt")
    articles, warnings = date_articles([*_dated(FLOOD), talks], Settings())
    assert articles[-1].published is None and articles[-1].date_confidence is None
    assert len(warnings) == 1 and warnings[0].startswith("talks.txt:") and "--published" in warnings[0]
    chron = build([*_dated(FLOOD), talks], Settings(quiet=True))
    assert len([w for w in chron.warnings if w.startswith("talks.txt: no publication date")]) == 1
    with pytest.raises(InputError, match=r"talks\.txt.*--published or a date in the manifest"):
        build([*_dated(FLOOD), talks], Settings(quiet=True, strict=True))


def test_a_date_the_user_gives_is_never_replaced_by_inference():
    later = "The strike came on Jan. 2, 2024, officials said."
    given = Article("opt", later, D("2023-12-31"), source="opt.txt", date_method="option", date_confidence=1.0)
    bare = Article("bare", later, D("2023-12-31"), source="bare.txt")
    undated = Article("none", later, None, source="none.txt")
    articles, warnings = date_articles([given, bare, undated], Settings(published=D("2024-01-05")))
    assert articles[0] == given
    assert (articles[1].published, articles[1].date_method) == (D("2023-12-31"), "given")
    assert (articles[2].published, articles[2].date_method) == (D("2024-01-05"), "option")
    assert warnings == ()


@pytest.mark.parametrize("first", ["0001-01-01", "0001-01-05", "9999-12-27", "9999-12-31"])
def test_an_undated_report_at_the_ends_of_the_calendar_is_dated_within_it(first):
    # the candidate days around these reach past years 1 and 9999: only those on the calendar count
    rows = [(id_, str(D(first) + dt.timedelta(days=n)), text) for (id_, _, text), n in zip(FLOOD, range(0, 8, 2))
            if D(first).toordinal() + n <= dt.date.max.toordinal()]
    articles, _ = date_articles([*_dated(rows), UNDATED], Settings())
    d = articles[-1]
    assert d.published is None or dt.date.min <= d.published <= dt.date.max
    chron = build([*_dated(rows), UNDATED], Settings(quiet=True))
    assert all(e.date.start is not None for e in chron.events)
