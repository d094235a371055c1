"""Wire copies: a story republished with another headline, a dateline, a closing line and small edits
is grouped with the original; other reports of the same event, which share its facts, quotes and
stock phrases, are not; the groups do not depend on the order of the input; and the work stays near
linear in the number of articles."""
import datetime as dt
import random
import re
from dataclasses import replace
from itertools import pairwise

import pytest

from parsers import duplicates
from parsers.duplicates import (MIN_WORDS, duplicate_groups, group_of, independent, mark_duplicates,
                                similarity)
from timeline.model import Article

WIRE = """RIDGEPORT, March 9 (Wire) - Floodwaters from the swollen Orlan River broke through a levee north of Ridgeport early Saturday, forcing about 4,000 residents to leave their homes as water poured into low-lying streets, officials said.

The breach opened shortly after 3 a.m. near the old rail bridge, according to the county emergency management office. By mid-morning the water stood more than a metre deep in parts of the Eastbank district, and rescue crews in boats were taking people from the roofs of cars and houses.

"We had hoped the levee would hold for another day, but the river rose faster than any of our models predicted," county executive Maria Delgado told reporters at a briefing in the town hall. She said no deaths had been reported, but at least 12 people were treated for hypothermia and minor injuries.

The Orlan has been rising since Wednesday after four days of heavy rain across the upper valley. The national weather service said another 50 millimetres of rain could fall on Sunday and warned that the river would not crest before Monday.

Schools in Ridgeport will stay closed on Monday, and the regional rail operator suspended services between Ridgeport and Kessel after water covered the tracks. Three shelters have been opened, at the Eastbank high school, the sports centre on Mill Road and St. Anne's church.

Delgado said the army had been asked to send engineers to help close the breach with sandbags and gravel once the water level fell. "Our first job is to get everyone out safely," she said. "The repairs come after that."
"""

# the same story as three outlets ran it
ECHO = """Thousands flee as Orlan River bursts levee

Floodwaters from the swollen Orlan River broke through a levee north of Ridgeport early Saturday, forcing about 4,000 residents to leave their homes as water poured into low-lying streets, officials said.

The breach opened shortly after 3 a.m. near the old rail bridge, according to the county emergency management office. By mid-morning the water stood more than a metre deep in parts of the Eastbank district, and rescue crews in boats were taking people from the roofs of cars and houses.

“We had hoped the levee would hold for another day, but the river rose faster than any of our models predicted,” county executive Maria Delgado told reporters at a briefing in the town hall. She said no deaths had been reported, but at least 12 people were treated for hypothermia and minor injuries.

The Orlan has been rising since Wednesday after four days of heavy rain across the upper valley. The national weather service said another 50 millimetres of rain could fall on Sunday and warned that the river would not crest before Monday.

Schools in Ridgeport will stay closed on Monday, and the regional rail operator suspended services between Ridgeport and Kessel after water covered the tracks. Three shelters have been opened, at the Eastbank high school, the sports centre on Mill Road and St. Anne’s church.

Delgado said the army had been asked to send engineers to help close the breach with sandbags and gravel once the water level fell. “Our first job is to get everyone out safely,” she said. “The repairs come after that.”

Join our channel on Telegram for the latest news from the valley.
"""

GAZETTE = """RIDGEPORT (Wire) -- Floodwaters from the swollen Orlan River broke through a levee north of Ridgeport early on Saturday, forcing some 4,000 residents to leave their homes as water poured into low-lying streets, officials said.

The breach opened shortly after 3 a.m. near the old rail bridge, according to the county emergency management office. By mid-morning the water stood more than a meter deep in parts of the Eastbank district, and rescue crews in boats were taking people from the roofs of cars and houses.

"We had hoped the levee would hold for another day, but the river rose faster than any of our models predicted," county executive Maria Delgado told reporters at a briefing in the town hall. She said no deaths had been reported, but at least 12 people were treated for hypothermia and minor injuries.

The Orlan has been rising since Wednesday after four days of heavy rain across the upper valley. The national weather service said another 50 millimeters of rain could fall on Sunday and warned that the river would not crest before Monday.

Schools in Ridgeport will stay closed on Monday, and the regional rail operator suspended services between Ridgeport and Kessel after water covered the tracks. Three shelters have been opened, at the Eastbank high school, the sports center on Mill Road and St. Anne's church.

Delgado said the army had been asked to send engineers to help close the breach with sandbags and gravel once the water level fell. "Our first job is to get everyone out safely," she said.
"""

HERALD = """Floodwaters from the swollen Orlan River broke through a levee north of Ridgeport early Saturday, forcing about 4,000 residents to leave their homes as water poured into low-lying streets, officials said.

The breach opened shortly after 3 a.m. near the old rail bridge, according to the county emergency management office. By mid-morning the water stood more than a metre deep in parts of the Eastbank district, and rescue crews in boats were taking people from the roofs of cars and houses.

"We had hoped the levee would hold for another day, but the river rose faster than any of our models predicted," county executive Maria Delgado told reporters at a briefing in the town hall. She said no deaths had been reported, but at least 12 people were treated for hypothermia and minor injuries.

In Kessel, 20 kilometres upstream, the mayor asked residents of the riverside streets to fill sandbags and move their cars to higher ground.

The Orlan has been rising since Wednesday after four days of heavy rain across the upper valley. The national weather service said another 50 millimetres of rain could fall on Sunday and warned that the river would not crest before Monday.

Schools in Ridgeport will stay closed on Monday, and the regional rail operator suspended services between Ridgeport and Kessel after water covered the tracks. Three shelters have been opened, at the Eastbank high school, the sports centre on Mill Road and St. Anne's church.

Delgado said the army had been asked to send engineers to help close the breach with sandbags and gravel once the water level fell. "Our first job is to get everyone out safely," she said.

(Reporting by Wire staff; editing by the Herald news desk)
"""

# reports of the same flood written by others: the same facts, the same quote, the same stock phrases
TRIBUNE = """Thousands of people were forced from their homes in Ridgeport on Saturday after the Orlan River broke through a levee on the northern edge of the town, officials said.

Water poured through a gap near the old rail bridge before dawn and flooded low-lying streets in the Eastbank district, where rescue crews in boats took people from rooftops throughout the morning.

"We had hoped the levee would hold for another day, but the river rose faster than any of our models predicted," county executive Maria Delgado said.

About 4,000 residents left their homes, and at least 12 people were treated for hypothermia and minor injuries, according to the county. No deaths had been reported by Saturday evening.

Residents said the warnings came too late. "The sirens went off when the water was already at the door," said Tom Varga, 63, who spent the night at the shelter in the Eastbank high school with his wife and their dog.

Forecasters expect more rain on Sunday, and the river is not expected to crest before Monday.
"""

FOLLOW_UP = """RIDGEPORT, March 10 (Wire) - Army engineers began closing the breach in the Orlan River levee north of Ridgeport on Sunday, dropping sandbags and gravel from trucks as the water level started to fall for the first time in five days.

About 4,000 residents who left their homes on Saturday were told they could not return before Tuesday. County executive Maria Delgado said inspectors would check every house in the Eastbank district for damage to wiring and gas lines before anyone moved back in.

"Our first job was to get everyone out safely, and we did," Delgado said at a briefing in the town hall. "Now the work of repairing the town begins."

The Orlan has been rising since Wednesday after four days of heavy rain across the upper valley. The rain that forecasters expected on Sunday was lighter than feared, and the national weather service said the river had crested overnight.

Schools in Ridgeport will stay closed on Monday, and trains between Ridgeport and Kessel remain suspended.
"""

JOIN = "Join our channel on Telegram for the latest news."


def article(id, text, title="", outlet=""):
    return Article(id, text, dt.date(2024, 3, 9), title=title, outlet=outlet)


@pytest.fixture
def flood():
    return (article("wire", WIRE, "Levee breach forces thousands from homes in Ridgeport", "Wire"),
            article("tribune", TRIBUNE, "Ridgeport residents flee as levee fails", "Tribune"),
            article("echo", ECHO, "Thousands flee as Orlan River bursts levee", "Daily Echo"),
            article("followup", FOLLOW_UP, "Engineers start closing Ridgeport levee breach", "Wire"),
            article("gazette", GAZETTE, "Orlan River floods Ridgeport", "Gazette"),
            article("herald", HERALD, "Levee gives way in Ridgeport", "Herald"))


def test_the_republications_are_copies_of_the_wire_story_and_the_other_reports_are_not(flood):
    marked = mark_duplicates(flood)
    assert [a.id for a in marked] == [a.id for a in flood]
    assert {a.id: a.duplicate_of for a in marked} == {
        "wire": "", "tribune": "", "echo": "wire", "followup": "", "gazette": "wire", "herald": "wire"}
    assert duplicate_groups(marked) == {"wire": ("wire", "echo", "gazette", "herald")}
    # everything but duplicate_of is kept
    assert all(a.text == b.text and a.title == b.title and a.published == b.published for a, b in zip(flood, marked))


def test_how_alike_the_texts_are():
    # a different headline, a dateline, a closing line, spelling and a cut paragraph: still close
    for copy in (ECHO, GAZETTE, HERALD):
        assert 0.8 <= similarity(WIRE, copy) < 1.0
    # the same event told by another reporter, with the same quote: far apart
    assert similarity(WIRE, TRIBUNE) < 0.15
    # the next day's story by the same agency repeats its background paragraph, no more
    assert 0.02 < similarity(WIRE, FOLLOW_UP) < 0.3


def test_the_first_article_in_input_order_names_the_group(flood):
    wire, tribune, echo, _, gazette, herald = flood
    marked = mark_duplicates((herald, tribune, gazette, wire, echo))
    assert [a.duplicate_of for a in marked] == ["", "", "herald", "herald", "herald"]


def test_group_membership_does_not_depend_on_the_input_order(flood):
    def groups(articles):
        marked = mark_duplicates(articles)
        return {frozenset(members) for members in duplicate_groups(marked).values()}

    expected = groups(flood)
    assert expected == {frozenset({"wire", "echo", "gazette", "herald"})}
    rng = random.Random(7)
    for _ in range(20):
        shuffled = list(flood)
        rng.shuffle(shuffled)
        assert groups(shuffled) == expected


def test_the_threshold_decides_which_copies_join():
    wire, herald = article("wire", WIRE), article("herald", HERALD)
    s = similarity(WIRE, HERALD)
    assert [a.duplicate_of for a in mark_duplicates((wire, herald), threshold=s)] == ["", "wire"]
    assert [a.duplicate_of for a in mark_duplicates((wire, herald), threshold=s + 0.01)] == ["", ""]
    # at 1.0 only the same words are a copy: case, spacing and punctuation do not count
    same = article("same", "  " + WIRE.upper().replace(",", " ").replace("\n\n", "\n"))
    marked = mark_duplicates((wire, herald, same), threshold=1.0)
    assert [a.duplicate_of for a in marked] == ["", "", "wire"]
    for wrong in (0, -0.5, 1.01):
        with pytest.raises(ValueError, match="threshold"):
            mark_duplicates((wire,), threshold=wrong)


def test_a_copy_of_a_copy_joins_the_group_of_the_first():
    # each step changes a tenth of the words; the first and last are too far apart to match directly
    rng = random.Random(3)
    words = WIRE.split()
    versions = [words]
    for _ in range(4):
        w = list(versions[-1])
        for k in rng.sample(range(len(w)), len(w) // 30):
            w[k] = f"changed{rng.randrange(10**6)}"
        versions.append(w)
    texts = [" ".join(w) for w in versions]
    threshold = min(similarity(a, b) for a, b in pairwise(texts))
    assert similarity(texts[0], texts[-1]) < threshold
    marked = mark_duplicates(tuple(article(f"v{k}", t) for k, t in enumerate(texts)), threshold=threshold)
    assert [a.duplicate_of for a in marked] == ["", "v0", "v0", "v0", "v0"]


def test_short_texts_are_copies_only_with_the_same_words():
    short = "Police closed the Mill Road bridge on Saturday after the river rose, officials said."
    assert len(short.split()) < MIN_WORDS
    edited = short.replace("Saturday", "Sunday")
    marked = mark_duplicates((article("a", short), article("b", edited), article("c", f"“{short.upper()}”"),
                              article("d", ""), article("e", "  ")))
    assert [a.duplicate_of for a in marked] == ["", "", "a", "", ""]  # empty texts repeat nothing
    assert similarity(short, edited) == 0.0 and similarity(short, short.lower()) == 1.0


def test_a_dateline_read_as_metadata_is_left_out():
    head = "Published: March 9, 2024\n"
    body = " ".join(WIRE.split()[:25])  # a short text: compared word for word
    dated = Article("dated", head + body, dt.date(2024, 3, 9), dateline=(0, len(head)))
    plain = article("plain", body)
    assert [a.duplicate_of for a in mark_duplicates((dated, plain))] == ["", "dated"]
    undated = Article("undated", head + body, dt.date(2024, 3, 9))  # the line is part of its text
    assert [a.duplicate_of for a in mark_duplicates((undated, plain))] == ["", ""]


def test_marks_from_an_earlier_run_are_replaced():
    stale = (article("wire", WIRE), Article("tribune", TRIBUNE, None, duplicate_of="wire"))
    assert [a.duplicate_of for a in mark_duplicates(stale)] == ["", ""]
    again = mark_duplicates((article("wire", WIRE), article("echo", ECHO)))
    assert mark_duplicates(again) == again


def test_independent_sources_count_a_group_once(flood):
    groups = group_of(mark_duplicates(flood))
    assert independent(["wire", "echo", "herald"], groups) == 1
    assert independent(["echo", "gazette", "tribune"], groups) == 2  # the first need not be among them
    assert independent(["tribune", "followup", "unknown"], groups) == 3
    assert independent([], groups) == 0


# -- many articles --------------------------------------------------------------------------------

def _collection(n_stories, copies_every, seed=11):
    """Synthetic news: stories drawn from one shared vocabulary and stock phrases, some republished with
    a headline, a dateline, a closing line and a few words changed. Returns the articles and the
    expected groups."""
    rng = random.Random(seed)
    vocabulary = [f"w{k}" for k in range(3000)]
    weights = [1 / (k + 1) for k in range(len(vocabulary))]  # Zipf: common words are common everywhere
    stock = ["officials said", "according to the ministry", "at least", "on Saturday", "the regional governor said",
             "in a statement", "were killed and", "people were injured"]
    articles, groups = [], []
    for s in range(n_stories):
        words = rng.choices(vocabulary, weights, k=rng.randrange(250, 600))
        for k in rng.sample(range(len(words)), 10):
            words[k] = rng.choice(stock)
        text = " ".join(words)
        articles.append(article(f"s{s}", text))
        if s % copies_every == 0:
            members = [f"s{s}"]
            for c in range(rng.randrange(1, 4)):
                edited = text.split()
                for k in rng.sample(range(len(edited)), 3):
                    edited[k] = rng.choice(vocabulary)
                copy = f"HEADLINE {s} {c}\n\nCITY (Wire) - {' '.join(edited)}\n\n{JOIN}"
                articles.append(article(f"s{s}-copy{c}", copy))
                members.append(f"s{s}-copy{c}")
            groups.append(frozenset(members))
    return articles, set(groups)


def test_two_thousand_articles_are_grouped_without_comparing_every_pair(monkeypatch):
    articles, expected = _collection(1500, copies_every=4)
    assert len(articles) >= 2000
    compared = []
    exact = duplicates._jaccard
    monkeypatch.setattr(duplicates, "_jaccard", lambda a, b: compared.append(1) or exact(a, b))
    marked = mark_duplicates(tuple(articles))
    assert {frozenset(m) for m in duplicate_groups(marked).values()} == expected
    # pairs: about two million; compared exactly: about the copies alone
    assert len(compared) < 2 * len(articles)
    # a copy points at its story, which comes first
    assert all(re.fullmatch(rf"{a.duplicate_of}-copy\d", a.id) for a in marked if a.duplicate_of)


def test_the_writers_sample_marks_the_copy_the_detector_finds(sample_chronology):
    unmarked = tuple(replace(a, duplicate_of="") for a in sample_chronology.articles)
    assert mark_duplicates(unmarked) == sample_chronology.articles
