"""Stage 4: sentences with resolved dates become event mentions; undated ones may inherit."""
import datetime as dt

from parsers.events import extract_events
from parsers.resolve import resolve_all
from parsers.sentences import split_sentences
from parsers.timexes import find_times
from timeline.model import Article, DatedBy
from timeline.settings import Settings


def mentions(text, published="2023-12-31", **settings):
    art = Article("a1", text, dt.date.fromisoformat(published))
    timexes = resolve_all(find_times(text, art.id), art.published)
    return extract_events(art, split_sentences(text, art.id), timexes, Settings(**settings))


def test_a_dated_sentence_is_a_mention_with_its_date_and_expression():
    text = "Floods hit the coastal town of Ridgeport on Saturday, officials said."
    [m] = mentions(text)
    assert (m.date.value, m.dated_by, m.date_text) == ("2023-12-30", DatedBy.RELATIVE, "Saturday")
    assert m.sentence.text == text and text[m.date_start:m.date_end] == "Saturday"


def test_named_calendar_days_are_explicit():
    [m] = mentions("The court ruled on Dec. 29 that the law was void.", "2024-01-03")
    assert (m.date.value, m.dated_by) == ("2023-12-29", DatedBy.EXPLICIT)


def test_two_dates_in_one_sentence_give_two_mentions():
    text = "The ministry commented on a Dec. 30 strike, saying at a briefing on Jan. 3 that it was unlawful."
    found = mentions(text, "2024-01-04")
    assert [m.date.value for m in found] == ["2023-12-30", "2024-01-03"]
    assert all(m.sentence.text == text for m in found)


def test_following_sentences_inherit_the_story_time_within_the_window():
    text = ("A fire broke out at the Lakeside depot on Friday night. Crews fought it for hours. "
            "Three workers were hurt. The depot had been inspected in March. Nobody was arrested.")
    found = mentions(text, "2024-01-06")
    assert [(m.sentence.text, m.date.value, m.dated_by) for m in found] == [
        ("A fire broke out at the Lakeside depot on Friday night.", "2024-01-05TNI", DatedBy.RELATIVE),
        ("Crews fought it for hours.", "2024-01-05TNI", DatedBy.INHERITED),
        ("Three workers were hurt.", "2024-01-05TNI", DatedBy.INHERITED),
        ("The depot had been inspected in March.", "2023-03", DatedBy.EXPLICIT),
        # a month is no moment of the narrative, and Friday night is three sentences back
    ]
    assert found[1].date_text == "Friday night"


def test_headlines_and_boilerplate_do_not_inherit():
    text = "Protesters marched in Lima on Sunday.\nJoin our channel for the latest news"
    assert [m.sentence.text for m in mentions(text)] == ["Protesters marched in Lima on Sunday."]


def test_dateline_is_metadata_not_an_event():
    text = "date 2023-12-31 Storm batters the coast. The storm hit on Saturday."
    art = Article("a1", text, dt.date(2023, 12, 31), dateline=(0, 15))
    timexes = resolve_all(find_times(text, art.id), art.published)
    found = extract_events(art, split_sentences(text, art.id), timexes, Settings())
    assert [m.date.value for m in found] == ["2023-12-30"]


def test_a_bound_dates_the_sentence_only_when_nothing_else_does():
    found = mentions("Crews worked on Saturday and will keep clearing the road until tomorrow.")
    assert [m.date.value for m in found] == ["2023-12-30"]
    found = mentions("The curfew stays in force until Tuesday.")
    assert [m.date.value for m in found] == ["2024-01-02"]
