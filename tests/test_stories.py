"""Whole chronologies of multi-article stories scored against their gold: the running example
(Belgorod, five outlets) and three invented stories (tests/stories/README.md).

The floors are the figures reached when they were written: a change that loses events, dates
them wrongly or joins happenings the gold keeps apart fails here."""
import json
from pathlib import Path

import pytest

from parsers.articles import read_articles
from render.json_doc import to_json_dict
from timeline.pipeline import build, build_from_paths
from timeline.model import DatedBy
from timeline.settings import Settings

from stories.scoring import score

HERE = Path(__file__).parent
EXAMPLE = HERE.parent / "examples" / "belgorod" / "articles.csv"
STORIES = {
    # name: (manifest, least found, least dated, least complete, most fragments, most overmerged)
    "belgorod": (EXAMPLE, 13, 0.97, 0.95, 1.16, 0),
    "dunmoor-chemical-blast": (HERE / "stories" / "dunmoor-chemical-blast" / "articles.csv", 14, 0.88, 0.93, 1.3, 2),
    "orlan-river-flood": (HERE / "stories" / "orlan-river-flood" / "articles.csv", 14, 0.87, 0.94, 1.43, 2),
    "ostrell-signalling-scandal": (HERE / "stories" / "ostrell-signalling-scandal" / "articles.csv", 13, 0.9, 0.88, 1.39, 4),
}


@pytest.fixture(scope="module", params=sorted(STORIES))
def scored(request):
    manifest, *floors = STORIES[request.param]
    gold = json.loads((HERE / "stories" / request.param / "gold" / "chronology.json").read_text(encoding="utf-8"))
    chron = build_from_paths([manifest], Settings(quiet=True))
    return request.param, score(to_json_dict(chron), gold), floors, chron


def test_story_chronology_keeps_its_scores(scored):
    name, s, (found, dated, complete, fragments, overmerged), _ = scored
    assert s["found"] >= found, (name, s)
    assert s["dated"] >= dated, (name, s)
    assert s["complete"] >= complete, (name, s)
    assert s["fragments"] <= fragments, (name, s)
    assert s["overmerged"] <= overmerged, (name, s)
    assert s["ordered"], (name, s)


def test_figures_of_the_belgorod_strike_and_the_barrage_differ_by_source():
    chron = build_from_paths([EXAMPLE], Settings(quiet=True))
    by_day = {}
    for e in chron.events:
        by_day.setdefault(e.date.value, []).append(e)
    [barrage] = [e for e in by_day["2023-12-29"] if "killed" in e.figures]
    killed = {(art[:3], f.text) for art, f in barrage.figures["killed"]}
    # every figure with its article, and none of the next day's strike on Belgorod
    assert killed == {("001", "39"), ("002", "at least 41"), ("003", "over 5o"), ("004", "at least 41")}
    assert "killed" in barrage.disputed
    strike = max((e for e in by_day["2023-12-30"] if "killed" in e.figures), key=lambda e: len(e.sources))
    values = {f.value for _, f in strike.figures["killed"]}
    assert {21, 24} <= values and "killed" in strike.disputed


def _mention_key(m):
    return (m.article_id, m.sentence.start, m.date_start, m.clause)


def _untouched_ids_kept(before, after, added: set[str]) -> list[str]:
    """The events of `before` whose id is gone from `after` although no added article joined the
    events their mentions went to."""
    home = {_mention_key(m): e for e in after.events for m in e.mentions}
    # a sentence dated through a relation to a happening the added article tells is touched by it
    through = {(m.article_id, m.sentence.start) for e in after.events for m in e.mentions
               if m.dated_from and m.dated_from[0] in added}
    ids = {e.id for e in after.events}
    # an event the added article pulled a mention away from is regrouped, and so is, one step on,
    # the event its other mentions now make: average linkage joins what is left anew
    joined = {id(home[_mention_key(m)]) for e in before.events for m in e.mentions
              if _mention_key(m) in home and added & set(home[_mention_key(m)].sources)}
    pulled = [e for e in before.events if any(id(home.get(_mention_key(m))) in joined for m in e.mentions)]
    regrouped = {id(home[_mention_key(m)]) for e in pulled for m in e.mentions if _mention_key(m) in home}
    lost = []
    for e in before.events:
        # statements dated only by their report day are grouped by wording alone: an article that
        # adds statements of that day may regroup them, so only events founded by a dated
        # sentence are held to their id
        if e.id in ids or all(m.dated_by is DatedBy.REPORTED for m in e.mentions):
            continue
        went = [home[_mention_key(m)] for m in e.mentions if _mention_key(m) in home]
        touched = {a for target in went for a in target.sources}
        if not touched & added and not any((m.article_id, m.sentence.start) in through for m in e.mentions) \
                and not any(id(target) in regrouped for target in went):
            lost.append(f"{e.id} {e.date.value} {e.title}")
    return lost


@pytest.mark.parametrize("name", sorted(STORIES))
def test_adding_an_article_keeps_the_ids_of_events_it_does_not_touch(name):
    articles = read_articles([STORIES[name][0]]).articles
    settings = Settings(quiet=True)
    full = build(articles, settings)
    for k, added in enumerate(articles):
        before = build(articles[:k] + articles[k + 1:], settings)
        assert _untouched_ids_kept(before, full, {added.id}) == [], (name, added.id)
    # an article of another story, published the same season, touches none of this one's events
    other = next(n for n in sorted(STORIES) if n != name)
    stranger = read_articles([STORIES[other][0]]).articles[0]
    after = build((*articles, stranger), settings)
    assert _untouched_ids_kept(full, after, {stranger.id}) == [], (name, stranger.id)
    assert len({e.id for e in full.events} - {e.id for e in after.events}) == 0
