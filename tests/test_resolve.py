"""Stage 2 and 3 apart: what the words say (Reading), then (reading, reference) -> TIMEX3 value."""
import datetime as dt
import warnings

import pytest

from parsers.resolve import resolve, resolve_all
from parsers.timexes import find_times
from timeline.model import Reading, Reference, TimeMention


def only(text):
    found = find_times(text)
    assert len(found) == 1, [(m.text, m.rule) for m in found]
    return found[0]


@pytest.mark.parametrize("text, fields", [
    ("The strike came on Saturday.", {"weekday": 5}),
    ("It happened late Friday evening.", {"weekday": 4, "part_of_day": "EV", "type": "TIME"}),
    ("They met last Friday.", {"weekday": 4, "direction": -1}),
    ("the invasion 22 months ago", {"offset": -22, "unit": "month"}),
    ("Talks began three days ago.", {"offset": -3, "unit": "day"}),
    ("It was declared on Dec. 30.", {"month": 12, "day": 30, "year": None}),
    ("since February 2022", {"month": 2, "year": 2022, "day": None}),
    ("The vote is set for next week.", {"offset": 1, "unit": "week"}),
    ("an 18-hour bombardment", {"type": "DURATION", "duration": "PT18H"}),
    ("New Year's Eve", {"month": 12, "day": 31}),
])
def test_reading_says_what_the_words_say(text, fields):
    reading = only(text).reading
    for name, value in fields.items():
        assert getattr(reading, name) == value, name


def mention(reading, tense=""):
    return TimeMention("a", 0, 1, "x", "test", reading, tense=tense)


SUNDAY = dt.date(2023, 12, 31)
WEDNESDAY = dt.date(2024, 1, 3)


@pytest.mark.parametrize("reading, tense, ref, value", [
    # news reports the past: a bare weekday is the most recent one, the reference day included
    (Reading(weekday=5), "", SUNDAY, "2023-12-30"),
    (Reading(weekday=6), "", SUNDAY, "2023-12-31"),
    (Reading(weekday=6), "FUTURE", SUNDAY, "2023-12-31"),  # "will vote Sunday" on a Sunday: that day
    (Reading(weekday=6, direction=1), "FUTURE", SUNDAY, "2024-01-07"),  # "next Sunday": a week on
    (Reading(weekday=1), "FUTURE", SUNDAY, "2024-01-02"),
    (Reading(weekday=4, direction=-1), "", dt.date(2023, 12, 29), "2023-12-22"),
    (Reading(weekday=4, part_of_day="EV", type="TIME"), "PAST", SUNDAY, "2023-12-29TEV"),
    # a day without a year: the side of the reference the tense asks for, else the nearest
    (Reading(month=1, day=1), "FUTURE", SUNDAY, "2024-01-01"),
    (Reading(month=1, day=1), "", SUNDAY, "2024-01-01"),
    (Reading(month=12, day=30), "PAST", WEDNESDAY, "2023-12-30"),
    (Reading(month=6, day=5), "PAST", SUNDAY, "2023-06-05"),
    (Reading(month=2, day=29), "", dt.date(2024, 3, 10), "2024-02-29"),
    # a month alone: the side the tense asks for, else the nearest such month
    (Reading(month=5), "PAST", SUNDAY, "2023-05"),
    (Reading(month=8), "", SUNDAY, "2023-08"),
    (Reading(month=2), "", SUNDAY, "2024-02"),
    (Reading(month=9, direction=0), "", dt.date(1998, 6, 26), "1998-09"),
    (Reading(month=3, direction=-1), "", dt.date(2024, 3, 20), "2023-03"),
    (Reading(month=3), "FUTURE", dt.date(2024, 1, 3), "2024-03"),
    # relative days and periods
    (Reading(offset=1, unit="day"), "", SUNDAY, "2024-01-01"),
    (Reading(offset=0, unit="day", part_of_day="NI", type="TIME"), "", SUNDAY, "2023-12-31TNI"),
    (Reading(offset=-22, unit="month"), "", SUNDAY, "2022-02"),
    (Reading(offset=-2, unit="year"), "", dt.date(2023, 12, 30), "2021"),
    (Reading(offset=0, unit="week"), "", dt.date(2023, 12, 30), "2023-W52"),
    (Reading(offset=-1, unit="week"), "", dt.date(2021, 1, 8), "2020-W53"),
    (Reading(offset=0, unit="month"), "", SUNDAY, "2023-12"),
    (Reading(offset=-3, unit="day"), "", dt.date(2024, 3, 1), "2024-02-27"),
    # whole dates need no reference
    (Reading(year=2022, month=2), "", None, "2022-02"),
    (Reading(year=2023, month=12, day=30), "", None, "2023-12-30"),
])
def test_resolution_against_the_reference_day(reading, tense, ref, value):
    assert resolve(mention(reading, tense), ref).value == value


def test_relative_words_without_a_reference_stay_unresolved():
    assert resolve(mention(Reading(weekday=5)), None) is None
    assert resolve(mention(Reading(year=2022)), None).value == "2022"


def test_impossible_dates_are_dropped():
    assert resolve(mention(Reading(year=2023, month=2, day=30)), None) is None


def test_quoted_tomorrow_is_read_against_the_statement_date():
    text = ('Mayor Jane Doe said Saturday that the toll rose to 16. "Crews will keep searching '
            'until tomorrow," she said.')
    timexes = resolve_all(find_times(text), dt.date(2024, 1, 1))  # published on a Monday
    values = {t.text: (t.value, t.date.reference) for t in timexes}
    assert values["Saturday"] == ("2023-12-30", Reference.PUBLISHED)
    assert values["tomorrow"] == ("2023-12-31", Reference.SPEECH)


def test_quoted_today_without_a_dated_statement_is_the_publication_day():
    timexes = resolve_all(find_times('"We can end this war today," he said.'), dt.date(2023, 12, 30))
    assert [t.value for t in timexes] == ["2023-12-30"]


def test_earlier_this_week_covers_the_days_before_the_report_and_later_the_days_after():
    import datetime as dt
    from parsers.resolve import resolve_all
    from parsers.timexes import find_times
    [earlier] = resolve_all(find_times("Kyiv came under attack earlier this week.", "a"), dt.date(2023, 12, 30))
    assert (earlier.date.value, earlier.date.start, earlier.date.end) == \
        ("2023-W52", dt.date(2023, 12, 25), dt.date(2023, 12, 29))
    [later] = resolve_all(find_times("Talks resume later this month.", "a"), dt.date(2023, 12, 10))
    assert (later.date.value, later.date.start, later.date.end) == ("2023-12", dt.date(2023, 12, 11), dt.date(2023, 12, 31))


def test_a_lunar_feast_outside_the_calendars_stated_years_resolves_without_a_warning():
    # the calendar package warns that its Chinese holidays are "available only from 2001 to
    # 2035", but computes the lunar feast for 1998 all the same; the reader sees no warning
    text = "Millions travelled home for the Lunar New Year."
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        (m,) = find_times(text, "a")
        assert resolve(m, dt.date(1998, 1, 30)).value == "1998-01-28"
        assert resolve(m, dt.date(2024, 2, 12)).value == "2024-02-10"
