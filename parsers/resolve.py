"""Stage 3: TimeMention + reference dates -> ResolvedDate.

Resolution is one step with one reference.  `choose_reference` picks what a mention is read
against (the publication day, or the date of the statement a quotation belongs to), then
`resolve` applies one calendar operation to the mention's Reading.  Values follow TIMEX3:
"2023-12-30", "2023-W52", "2022-02", "2021", "199", "2023-12-29TEV", "P2Y", "PRESENT_REF".
"""
from __future__ import annotations

import bisect
import calendar
import datetime as dt
import re
import warnings
from dataclasses import replace
from functools import lru_cache
from typing import Callable, Iterable

from dateutil.easter import EASTER_ORTHODOX, easter
from dateutil.relativedelta import relativedelta, weekday as rd_weekday

from parsers.timexes import load_language
from timeline.model import Precision, Reading, Reference, ResolvedDate, TimeMention, Timex
from timeline.settings import Settings

_DEFAULT = Settings()


def _day(d: dt.date, part: str | None = None) -> ResolvedDate:
    value = d.isoformat() + (f"T{part}" if part else "")
    return ResolvedDate(value, Precision.PART_OF_DAY if part else Precision.DAY, Reference.PUBLISHED, d, d)


def _month(year: int, month: int) -> ResolvedDate:
    last = calendar.monthrange(year, month)[1]
    return ResolvedDate(f"{year:04d}-{month:02d}", Precision.MONTH, Reference.PUBLISHED,
                        dt.date(year, month, 1), dt.date(year, month, last))


def _year(year: int) -> ResolvedDate:
    return ResolvedDate(f"{year:04d}", Precision.YEAR, Reference.PUBLISHED,
                        dt.date(year, 1, 1), dt.date(year, 12, 31))


def _week(d: dt.date) -> ResolvedDate:
    iso_year, week, weekday = d.isocalendar()
    monday = d - dt.timedelta(days=weekday - 1)
    return ResolvedDate(f"{iso_year:04d}-W{week:02d}", Precision.WEEK, Reference.PUBLISHED,
                        monday, monday + dt.timedelta(days=6))


def _quarter(year: int, quarter: int) -> ResolvedDate:
    first = dt.date(year, 3 * quarter - 2, 1)
    last = dt.date(year, 3 * quarter, calendar.monthrange(year, 3 * quarter)[1])
    return ResolvedDate(f"{year:04d}-Q{quarter}", Precision.QUARTER, Reference.PUBLISHED, first, last)


def _half(year: int, half: int) -> ResolvedDate:
    first = dt.date(year, 1 if half == 1 else 7, 1)
    last = dt.date(year, 6, 30) if half == 1 else dt.date(year, 12, 31)
    return ResolvedDate(f"{year:04d}-H{half}", Precision.QUARTER, Reference.PUBLISHED, first, last)


# season code -> (first month, last month); winter runs into the next year
_SEASONS = {"SP": (3, 5), "SU": (6, 8), "FA": (9, 11), "WI": (12, 14)}


def _season(year: int, code: str) -> ResolvedDate:
    first_month, last_month = _SEASONS[code]
    first = dt.date(year, first_month, 1)
    end_year, end_month = year + (last_month - 1) // 12, (last_month - 1) % 12 + 1
    last = dt.date(end_year, end_month, calendar.monthrange(end_year, end_month)[1])
    return ResolvedDate(f"{year:04d}-{code}", Precision.QUARTER, Reference.PUBLISHED, first, last)


def _weekend(saturday: dt.date) -> ResolvedDate:
    iso_year, week, _ = saturday.isocalendar()
    return ResolvedDate(f"{iso_year:04d}-W{week:02d}-WE", Precision.WEEK, Reference.PUBLISHED,
                        saturday, saturday + dt.timedelta(days=1))


def _century(n: int) -> ResolvedDate:
    first = max(n * 100, 1)
    return ResolvedDate(f"{n:02d}", Precision.CENTURY, Reference.PUBLISHED,
                        dt.date(first, 1, 1), dt.date(n * 100 + 99, 12, 31))


def _movable(year: int, rule: tuple) -> dt.date | None:
    """The day a movable holiday falls on in `year` (dateutil knows Easter; the `holidays` package
    the lunar and lunisolar calendars); None for a year its tables do not cover."""
    if rule[0] == "easter":
        return easter(year) + dt.timedelta(days=rule[1])
    if rule[0] == "orthodox easter":
        return easter(year, EASTER_ORTHODOX) + dt.timedelta(days=rule[1])
    if rule[0] == "calendar":
        return min(_feast_days(year, rule), default=None)
    month, weekday, n, *after = rule
    if n > 0:
        day = dt.date(year, month, 1) + relativedelta(weekday=rd_weekday(weekday)(n))
    else:
        day = dt.date(year, month, 1) + relativedelta(day=31, weekday=rd_weekday(weekday)(n))
    return day + dt.timedelta(days=after[0] if after else 0)


def _feast_days(year: int, rule: tuple) -> list[dt.date]:
    """The first days in `year` of a feast of a calendar, of each of its feasts where a name stands
    for several ("Eid": the one that ends Ramadan and the one of the Hajj)."""
    names = rule[2] if isinstance(rule[2], tuple) else (rule[2],)
    return [d for name in names if (d := _first_day_of(rule[1], name, year, *rule[3:]))]


@lru_cache(maxsize=4096)
def _first_day_of(country: str, name: str, year: int, category: str | None = None) -> dt.date | None:
    """The first day of holiday `name` in `year`, from the calendar of `country` in the `holidays`
    package ("Eid al-Fitr" in Turkey's), of its `category` when given ("school"); its observed and
    substitute days are not the feast, and a feast running on from December (Hanukkah) starts in
    the December of its year, not on Jan. 1."""
    import holidays  # its tables take 4 MB: loaded for the first text that names such a feast

    try:
        with warnings.catch_warnings():
            # the package warns that some calendars are "available only from 2001 to 2035", yet it
            # computes their feasts for other years too (the Lunar New Year of 1998 is Jan. 28)
            warnings.simplefilter("ignore", UserWarning)
            days = holidays.country_holidays(country, years=(year - 1, year), language="en_US",
                                             **({"categories": (category,)} if category else {}))
    except (NotImplementedError, KeyError, ValueError):
        return None
    feast = {day for day, names in days.items()
             if any(n.strip().removesuffix(" (estimated)") == name for n in names.split(";"))}
    return min((day for day in feast if day.year == year and day - dt.timedelta(days=1) not in feast), default=None)


def _decade(year: int) -> ResolvedDate:
    first = year - year % 10
    return ResolvedDate(f"{first // 10:03d}", Precision.DECADE, Reference.PUBLISHED,
                        dt.date(first, 1, 1), dt.date(first + 9, 12, 31))


def _period(unit: str, d: dt.date) -> ResolvedDate:
    """The period of `unit` containing day `d`, at that unit's precision."""
    if unit == "day":
        return _day(d)
    if unit == "week":
        return _week(d)
    if unit == "month":
        return _month(d.year, d.month)
    if unit == "quarter":
        return _quarter(d.year, (d.month - 1) // 3 + 1)
    if unit == "year":
        return _year(d.year)
    if unit == "decade":
        return _decade(d.year)
    if unit == "century":
        return _century(d.year // 100)
    raise ValueError(f"no calendar period for unit {unit!r}")


_STEP = {
    "day": lambda n: relativedelta(days=n),
    "week": lambda n: relativedelta(weeks=n),
    "month": lambda n: relativedelta(months=n),
    "quarter": lambda n: relativedelta(months=3 * n),
    "year": lambda n: relativedelta(years=n),
    "decade": lambda n: relativedelta(years=10 * n),
    "century": lambda n: relativedelta(years=100 * n),
}


def _safe_date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _pick(candidates: list[dt.date], ref: dt.date, direction: int | None) -> dt.date | None:
    """The candidate on the side of `ref` that `direction` asks for; nearest when it is 0/None."""
    if direction and direction > 0:
        after = [c for c in candidates if c >= ref]
        return min(after) if after else None
    if direction and direction < 0:
        before = [c for c in candidates if c <= ref]
        return max(before) if before else None
    return min(candidates, key=lambda c: (abs((c - ref).days), c > ref)) if candidates else None


def _tense_direction(mention: TimeMention) -> int | None:
    return {"FUTURE": 1, "PAST": -1}.get(mention.tense)


def _direction(r: Reading, mention: TimeMention) -> int | None:
    """Which side of the reference: the words' own ("last", "next"), else the clause's tense."""
    return r.direction if r.direction is not None else _tense_direction(mention)


def resolve(mention: TimeMention, ref: dt.date | None, settings: Settings = _DEFAULT) -> ResolvedDate | None:
    """The calendar value of `mention` read against reference day `ref`; None if it has none."""
    try:
        return _resolve(mention, ref, settings)
    except (ValueError, OverflowError):
        return None  # "2,025 years ago", "the next day" on Dec. 31, 9999: no day of the calendar


def _resolve(mention: TimeMention, ref: dt.date | None, settings: Settings) -> ResolvedDate | None:
    r: Reading = mention.reading
    if r.shift_days:  # "the day before last Tuesday": the named day, then the days from it
        named_mention = replace(mention, reading=replace(r, shift_days=0))
        if r.shift_days >= 7 and r.weekday is not None and r.direction is None:
            # "Tuesday week": a week on from the Tuesday that "will meet Tuesday" names, whatever the tense
            named_mention = replace(named_mention, tense="FUTURE")
        elif r.weekday is not None and r.direction == 0:
            # "Wednesday next week": the Wednesday of this calendar week, whatever the tense
            named_mention = replace(named_mention, tense=None)
        named = _resolve(named_mention, ref, settings)
        if named is None or named.precision is not Precision.DAY:
            return named
        return replace(_day(named.start + dt.timedelta(days=r.shift_days)), reference=named.reference)
    if r.short_year and r.year is not None and ref is not None:
        # "the summer of '45" is 1945 and "FY27" 2027 in a 2024 story
        year = ref.year // 100 * 100 + r.year % 100
        year += -100 if year > ref.year + r.short_year else 100 if year <= ref.year + r.short_year - 100 else 0
        return _resolve(replace(mention, reading=replace(r, year=year, short_year=0)), ref, settings)
    if r.year_if_past:  # "the Oct. 7 attack": 2023's, unless the reference date is before it
        named = _resolve(replace(mention, reading=replace(r, year_if_past=False)), ref, settings)
        if ref is None or named is None or named.start is None or named.start <= ref:
            return named
        return _resolve(replace(mention, reading=replace(r, year_if_past=False, year=None)), ref, settings)
    if r.year_of:  # "in the new year" in December: the year whose January lies on the tense's side, else nearest
        named = _resolve(replace(mention, reading=replace(r, year_of=False)), ref, settings)
        if named is None or named.start is None:
            return named
        return replace(_year(named.start.year), reference=named.reference)
    if r.type == "DURATION":
        return ResolvedDate(r.duration or "PXX", None, Reference.ABSOLUTE)
    if r.literal:  # a set ("daily": P1D) or a reference word ("recently": PAST_REF)
        return ResolvedDate(r.literal, None, Reference.ABSOLUTE)
    if r.clock is not None:
        # a clock time on the day named with it, else on the reference day
        named = resolve(replace(mention, reading=replace(r, clock=None, type="DATE")), ref, settings) \
            if (r.weekday is not None or r.day is not None or r.movable is not None
                or (r.offset is not None and r.unit == "day")) else None
        day = named.start if named is not None and named.start else ref
        if day is None:
            return None
        return ResolvedDate(f"{day.isoformat()}T{r.clock}", Precision.TIME, Reference.PUBLISHED, day, day)
    if r.week is not None:
        return _week_of(mention, ref, settings)
    if (r.quarter is not None or r.half is not None or r.season is not None) and r.unit == "year" \
            and r.offset is not None and ref is not None:
        # "the year-ago third quarter", "the second half of next year", "spring next year"
        make = _named_part(r)
        part = make(ref.year + r.offset)
        if r.offset == 0 and r.direction is None:
            # "growth slowed in the second half of the year" in January: last year's half
            direction = _tense_direction(mention)
            if direction == -1 and part.start > ref:
                part = make(ref.year - 1)
            elif direction == 1 and part.end < ref - dt.timedelta(days=settings.reporting_lag):
                part = make(ref.year + 1)
        return part
    if r.year is not None and r.quarter is not None:
        return _absolute(_quarter(r.year, r.quarter))
    if r.year is not None and r.half is not None:
        return _absolute(_half(r.year, r.half))
    if r.year is not None and r.season is not None:
        return _absolute(_season(r.year, r.season))

    # words that name the whole date need no reference
    if r.movable is not None and r.year is not None:  # "Thanksgiving 2019"
        d = _movable(r.year, r.movable)
        return _absolute(_day(d)) if d else None
    if r.year is not None and r.month is not None and r.day is not None:
        d = _safe_date(r.year, r.month, r.day)
        return _absolute(_day(d, r.part_of_day)) if d else None
    if r.year is not None and r.month is not None:
        return _absolute(_month(r.year, r.month))
    if r.year is not None:
        return _absolute(_year(r.year))
    if r.decade is not None:
        return _absolute(_decade(r.decade * 10))
    if r.century is not None:
        return _absolute(_century(r.century))

    if ref is None:
        return None
    if r.unit == "year" and r.offset is not None and (r.movable is not None or r.month is not None):
        # "June last year", "Christmas Eve last year", "Easter next year": in the year the modifier names
        year = ref.year + r.offset
        if r.movable is None and r.day is None:
            return _month(year, r.month)
        d = _movable(year, r.movable) if r.movable is not None else _safe_date(year, r.month, r.day)
        return _day(d) if d else None
    if r.day is not None and r.month is None and r.unit == "month" and r.offset is not None:
        month = dt.date(ref.year, ref.month, 1) + relativedelta(months=r.offset)  # "the 15th of next month"
        d = _safe_date(month.year, month.month, r.day)
        return _day(d) if d else None
    if r.day is not None and r.month is None:
        # "on the 30th": that day of the reference month, else of the month before or after,
        # on the side the tense asks for
        months = [dt.date(ref.year, ref.month, 1) + relativedelta(months=k) for k in (-1, 0, 1)]
        cands = [d for m in months if (d := _safe_date(m.year, m.month, r.day))]
        d = _pick(cands, ref, _direction(r, mention)) or _pick(cands, ref, None)
        return _day(d) if d else None
    if r.movable is not None:
        years = (ref.year - 1, ref.year, ref.year + 1)
        cands = ([d for y in years for d in _feast_days(y, r.movable)] if r.movable[0] == "calendar"
                 else [d for y in years if (d := _movable(y, r.movable))])
        direction, near = _direction(r, mention), _pick(cands, ref, None)
        # a feast begun days ago is under way: "would let worshippers pray there during Ramadan" on
        # its second day
        if direction and direction > 0 and near and 0 < (ref - near).days <= settings.reporting_lag // 6:
            return _day(near)
        # a feast of a lunar or lunisolar calendar begins at sundown the evening before its first day
        # (and moon sighting moves it a day): "as Passover began" on the eve of that day
        if direction and direction < 0 and near and 0 < (near - ref).days <= 1 and r.movable[0] == "calendar":
            return _day(near)
        # a limit a past verb set lies ahead: "prices fell before Thanksgiving" three days ahead of it
        if direction and direction < 0 and near and 0 < (near - ref).days <= settings.reporting_lag // 3 \
                and mention.bound:
            return _day(near)
        d = _pick(cands, ref, direction) or near
        return _day(d) if d else None
    if r.month is not None and r.day is not None:
        # a day without a year: the year that puts it on the side of the reference the tense asks for
        direction = _direction(r, mention)
        cands = [d for y in (ref.year - 1, ref.year, ref.year + 1) if (d := _safe_date(y, r.month, r.day))]
        if r.weekday is not None:  # "Monday, Oct. 26": the year in which Oct. 26 is a Monday
            cands = [d for d in cands if d.weekday() == r.weekday] or cands
        # a deadline a few days gone is still this year's ("had until Jan. 14" on Jan. 15)
        near = _pick(cands, ref, None)
        if direction and direction > 0 and near and 0 < (ref - near).days <= settings.reporting_lag // 6:
            return _day(near, r.part_of_day)
        # a limit set by a past verb lies ahead: "asked it to respond by Oct. 31" in an Oct. 26
        # report is five days ahead; "prices rose on Jan. 1" in a December one is the Jan. 1 gone
        if direction and direction < 0 and near and 0 < (near - ref).days <= settings.reporting_lag // 3 \
                and mention.bound:
            return _day(near, r.part_of_day)
        d = _pick(cands, ref, direction) or near
        return _day(d, r.part_of_day) if d else None
    if r.month is not None:
        if r.direction == 0:  # "this September" is this year's
            return _month(ref.year, r.month)
        # a month alone: the side the tense asks for, else the nearest such month
        direction = _direction(r, mention)
        this_month = dt.date(ref.year, ref.month, 1)
        cands = [dt.date(y, r.month, 1) for y in (ref.year - 1, ref.year, ref.year + 1)]
        if r.direction:  # "last March" in March is a year ago; "next May" in May a year ahead
            cands = [c for c in cands if c != this_month]
        if direction:
            d = _pick(cands, this_month, direction)
        else:  # nearest counted in months, and half a year back rather than ahead: news looks back
            d = min(cands, key=lambda c: (abs(12 * (c.year - ref.year) + c.month - ref.month), c > this_month))
        return _month(d.year, d.month) if d else None
    if r.season is not None and r.narrative and not r.direction:
        return _season(ref.year, r.season)  # "that summer": the summer of the story's year
    if r.quarter is not None or r.half is not None or r.season is not None:
        return _named_period(r, mention, ref, settings)
    if r.weekend:
        if r.direction == 0:  # "this weekend": the one of the current week
            return _weekend(ref + dt.timedelta(days=5 - ref.weekday()))
        return _weekend(_weekday(Reading(weekday=5, direction=r.direction), mention, ref, settings))
    if r.weekday is not None:
        return _day(_weekday(r, mention, ref, settings), r.part_of_day)
    if r.offset is not None and r.unit:
        if r.unit == "year" and ref.year + r.offset < 1:
            # "10,000 years ago": a year before the calendar's first, which TimeML writes "BC7976"
            return ResolvedDate(f"BC{1 - ref.year - r.offset:04d}", None, Reference.PUBLISHED)
        moved = ref + _STEP[r.unit](r.offset)
        if r.unit == "day":
            return _day(moved, r.part_of_day)
        return _period(r.unit, moved)
    return None


def _named_part(r: Reading) -> Callable[[int], ResolvedDate]:
    """The quarter, half or season `r` names, as a function of the year."""
    if r.quarter is not None:
        return lambda y: _quarter(y, r.quarter)
    if r.half is not None:
        return lambda y: _half(y, r.half)
    return lambda y: _season(y, r.season)


def _named_period(r: Reading, mention: TimeMention, ref: dt.date, settings: Settings) -> ResolvedDate | None:
    """A quarter, half or season without a year: the most recent one begun by the reference day,
    or the next one when the modifier or tense looks ahead ("the third quarter" in October is
    this year's; "next summer" next year's)."""
    make = _named_part(r)
    periods = [make(y) for y in (ref.year - 2, ref.year - 1, ref.year, ref.year + 1)]
    current = next((p for p in periods if p.start <= ref <= p.end), None)
    direction = _direction(r, mention)
    if direction is not None and direction > 0:
        # "next summer" is never this one; "will slow in the fourth quarter" may be, and results
        # for a period are still to come for some weeks after it closed
        if r.direction is not None:
            return next(p for p in periods if p.start > ref)
        return next(p for p in periods if p.end >= ref - dt.timedelta(days=settings.reporting_lag))
    if direction is not None and direction < 0:
        begun = [p for p in periods if p.start <= ref]
        if current is not None and r.direction is not None:
            begun = [p for p in begun if p is not current]  # "last summer" in summer is a year ago
        return begun[-1]
    # no direction, or "this": the one under way, else the nearest
    return current or min(periods, key=lambda p: min(abs((p.start - ref).days), abs((p.end - ref).days)))


def _weekday(r: Reading, mention: TimeMention, ref: dt.date, settings: Settings) -> dt.date:
    back = (ref.weekday() - r.weekday) % 7  # days back to the most recent such weekday, 0 = ref
    ahead = (r.weekday - ref.weekday()) % 7 or 7
    if r.direction == 0:
        # "this Saturday": the one of the week under way, unless the tense names a side ("will
        # meet this Monday" on a Sunday is tomorrow)
        tense = _tense_direction(mention)
        if tense:
            return ref + dt.timedelta(days=(r.weekday - ref.weekday()) % 7) if tense > 0 \
                else ref - dt.timedelta(days=back)
        return ref + dt.timedelta(days=r.weekday - ref.weekday())
    direction = _direction(r, mention)
    if direction and direction > 0:
        # "will vote Wednesday" in a Wednesday report is today, as the past tense's is; "next
        # Wednesday" is a week on
        return ref + dt.timedelta(days=ahead if r.direction or not settings.weekday_includes_reference else ahead % 7)
    if r.direction and r.direction < 0:
        # "last Friday" is never the publication day itself
        return ref - dt.timedelta(days=back or 7)
    if mention.tense == "NEAR":  # "troops massed ahead of Sunday's vote": the nearer Sunday
        return ref + dt.timedelta(days=ahead) if ahead < back else ref - dt.timedelta(days=back)
    # news reports the past: a bare weekday looks back, the publication day included
    if back == 0 and not settings.weekday_includes_reference:
        back = 7
    return ref - dt.timedelta(days=back)


def _week_of(mention: TimeMention, ref: dt.date | None, settings: Settings) -> ResolvedDate | None:
    """The ISO week of "the week of March 6" or "Easter week", or the n-th week of a month: the week
    holding most of its days 1-7 (8-14, ...; the last: its last seven), so the one holding day 4."""
    r = mention.reading
    named = resolve(replace(mention, reading=replace(r, week=None, weekend=False)), ref, settings)
    if named is None or named.start is None:
        return None
    if r.weekend:
        # "the Memorial Day weekend" is the one before a Monday holiday, "the Thanksgiving weekend"
        # the one after a weekday's, "the Easter weekend" the one it falls on
        weekday = named.start.weekday()
        saturday = named.start - dt.timedelta(days=2 if weekday == 0 else weekday - 5)
        return replace(_weekend(saturday), reference=named.reference)
    if r.week == 0:
        day = named.start
        if r.direction is None and r.year is None and ref is not None:
            # "as Easter week began" in the days before Easter: the week under way, whatever the tense
            near = resolve(replace(mention, reading=replace(r, week=None, direction=0)), ref, settings)
            if near is not None and near.start is not None:
                under_way = _week(near.start)
                if under_way.start <= ref <= under_way.end:
                    day = near.start
    elif r.week > 0:
        day = named.start + dt.timedelta(days=7 * r.week - 4)
        if day > named.end:
            return None  # "the fifth week of February"
    else:
        day = named.end - dt.timedelta(days=3)
    return replace(_week(day), reference=named.reference)


def _absolute(d: ResolvedDate) -> ResolvedDate:
    return ResolvedDate(d.value, d.precision, Reference.ABSOLUTE, d.start, d.end)


def _relative_to(d: ResolvedDate | None, kind: Reference) -> ResolvedDate | None:
    if d is None or d.reference is Reference.ABSOLUTE or not d.is_calendar:
        return d
    return ResolvedDate(d.value, d.precision, kind, d.start, d.end)


def resolve_all(mentions: Iterable[TimeMention], published: dt.date | None,
                settings: Settings = _DEFAULT) -> tuple[Timex, ...]:
    """Resolve the mentions of one article, in text order.

    Relative words inside a quotation are the speaker's: they are read against the date of the
    statement the quotation belongs to: the dated attribution right after it ('"...," the mayor
    said on Sunday'), else the latest dated statement before it ("Klitschko said Saturday ..."),
    else the publication day.
    """
    mentions = tuple(mentions)
    # statements first: a reporting verb's own date is read against the publication day
    statements: list[tuple[int, dt.date]] = []
    said_in_month: dict[int, dt.date] = {}  # "said in January": dates only the months it reports
    for m in mentions:
        if m.speech and m.quote is None:
            d = resolve(m, published, settings)
            if d is not None and d.precision in (Precision.DAY, Precision.PART_OF_DAY):
                statements.append((m.start, d.start))
            elif d is not None and d.precision is Precision.MONTH:
                said_in_month[m.start] = d.start
    positions = [at for at, _ in statements]
    statement_day = dict(statements)
    out = []
    quarter: tuple[int, ResolvedDate] | None = None  # the last quarter mentioned, and where
    story: dt.date | None = None  # the last day the text set: "the next day" counts from it
    story_period: dt.date | None = None  # the last date of any precision: "that year" is its year
    dated_year: tuple[int, dt.date] | None = None  # where the text last gave a month or day with its year
    dated_day: tuple[int, dt.date] | None = None  # where the text last gave a day with its month
    for m in mentions:
        said = _statement_date(m, statements, positions, settings) if m.quote else None
        told = story if m.reading.unit == "day" else story_period
        narrative = m.reading.narrative or (m.reading.narrative_in_past and m.tense == "PAST")
        if narrative and told is not None:
            ref, date = told, _relative_to(resolve(m, told, settings), Reference.NARRATIVE)
        elif said is not None:
            ref, date = said, _relative_to(resolve(m, said, settings), Reference.SPEECH)
        else:
            ref, date = published, resolve(m, published, settings)
            stated = statement_day.get(m.statement) if m.statement is not None else None
            if (stated is not None and date is not None and date.start is not None
                    and (date.start > stated or m.tense == "FUTURE")
                    and m.reading.weekday is not None and m.reading.direction is None):
                # a bare weekday in what a dated statement reports is read from the day it was made:
                # "the storm hit Thursday, officials said Tuesday" is the Thursday before; "said on
                # Wednesday she would meet him on Friday" the Friday after that Wednesday
                ref, date = stated, _relative_to(resolve(m, stated, settings), Reference.SPEECH)
            if stated is None and m.statement is not None:
                stated = said_in_month.get(m.statement)
            if (stated is not None and date is not None and date.start is not None
                    and _is_bare_month(m.reading) and (date.start > stated or m.tense == "FUTURE")):
                # so is a bare month or quarter: "announced in January that the plant would close in
                # March" is the March after that January, "said on Jan. 5 that it had closed in March"
                # the one before
                ref, date = stated, _relative_to(resolve(m, stated, settings), Reference.SPEECH)
        if (dated_year is not None and date is not None and m.start - dated_year[0] <= settings.story_year_reach
                and _takes_story_year(m) and ref == published):
            # "Mubarak resigned on Feb. 11, 2011. On Feb. 13, ...": the year the story is in
            ref = dated_year[1]
            date = _relative_to(resolve(replace(m, tense=""), ref, settings), Reference.NARRATIVE)
        if (dated_day is not None and date is not None and m.start - dated_day[0] <= settings.story_year_reach
                and _is_bare_day(m) and ref == published):
            # "The war started on Oct. 7. On the 8th, ...": that day of the story's month or the
            # next, as a story goes on; or just before the story's day ("arrested on Dec. 3 after
            # a raid on the 1st")
            ref = dated_day[1]
            day = _story_day_of_month(m.reading.day, ref)
            date = _relative_to(_day(day), Reference.NARRATIVE) if day else date
        date = _part_of_period(m, date, ref, settings.language)
        if m.range_end and out:
            date = _range_end(m, date, out[-1].date, settings)
        if (date is not None and date.precision in (Precision.DAY, Precision.PART_OF_DAY, Precision.TIME)
                and not m.bound):  # "have until Wednesday to decide" is a deadline: nothing happened then
            story = date.start
        if (date is not None and date.is_calendar and date.precision is not Precision.CENTURY
                and not _is_count_back(m.reading)):
            story_period = date.start
        if (date is not None and m.reading.year is not None and m.reading.month is not None
                and date.precision is not Precision.YEAR):
            dated_year = (m.end, date.start)
        if (date is not None and m.reading.month is not None and m.reading.day is not None
                and date.precision is not Precision.YEAR and not m.bound and m.quote is None):
            dated_day = (m.end, date.start)
        if (date is not None and quarter is not None and _is_year_shift(m.reading)
                and m.start - quarter[0] <= settings.quarter_context_reach):
            # "profit rose in the third quarter from $3 million a year earlier": the same quarter
            shifted = quarter[1].start + _STEP["year"](m.reading.offset)
            date = _relative_to(_period("quarter", shifted), Reference.NARRATIVE)
        elif quarter is not None and m.start - quarter[0] <= settings.quarter_context_reach:
            number = int(quarter[1].value[6])
            if m.reading.year is not None and m.reading.unit == "quarter" and m.reading.quarter is None:
                date = _quarter(m.reading.year, number)  # "the 1988 quarter": that year's same quarter
            elif m.reading.narrative and m.reading.unit == "quarter" and not m.reading.offset:
                date = _relative_to(quarter[1], Reference.NARRATIVE)  # "that quarter"
        if m.shift and date is not None and story_period is not None:
            # "Three days later": the story moves on by the length, and "the next day" after it
            # counts from there; the TimeML value stays the length
            story, story_period = _moved_story(story, story_period, date.value, m.shift)
        if date is not None and _is_long_span(date.value):
            quarter = None  # "for the nine months ... a year earlier" compares the nine months
        if (date is not None and date.value[4:6] == "-Q" and not _is_year_shift(m.reading)
                and (ref is None or date.start <= ref)):
            # results compared "with a year earlier" are for a quarter begun, not a forecast's
            quarter = (m.end, date)
        out.append(Timex(m, date))
    return tuple(out)


def _is_bare_month(r: Reading) -> bool:
    """A month or a quarter that names neither its year nor a side of now: "in March", "in the first
    quarter", not "last March"."""
    return (r.type == "DATE" and (r.month is not None) != (r.quarter is not None) and r.day is None
            and r.year is None and r.direction is None and r.weekday is None and r.season is None
            and not r.narrative and r.offset is None and r.movable is None)


def _story_day_of_month(day: int, story: dt.date) -> dt.date | None:
    """The `day` of the month on or after the story's day, unless the one before it is more than
    twice as near."""
    months = [dt.date(story.year, story.month, 1) + relativedelta(months=k) for k in (-1, 0, 1)]
    cands = [d for mo in months if (d := _safe_date(mo.year, mo.month, day))]
    ahead = min((d for d in cands if d >= story), default=None)
    back = max((d for d in cands if d < story), default=None)
    if back is not None and (ahead is None or 2 * (story - back).days < (ahead - story).days):
        return back
    return ahead


def _is_bare_day(m: TimeMention) -> bool:
    """A day of the month alone, outside quotation marks: "on the 8th"."""
    r = m.reading
    return (r.day is not None and r.month is None and r.year is None and r.offset is None
            and r.weekday is None and m.quote is None)


def _takes_story_year(m: TimeMention) -> bool:
    """A month, or a day of one, that opens its sentence and names no year nor a side of now, in a
    clause that does not look ahead: after a date with its year it is in that date's year ("By
    April, ..."); further on in a sentence ("had condemned the invasion on Aug. 2") it is news's."""
    r = m.reading
    return (r.month is not None and r.year is None and r.direction is None and r.weekday is None
            and not r.narrative and r.season is None and m.quote is None and m.tense != "FUTURE"
            and r.offset is None and m.leads)


_LENGTH = re.compile(r"P(\d+)([DWMY])")
_LENGTH_UNIT = {"D": "days", "W": "weeks", "M": "months", "Y": "years"}


def length_shift(value: str) -> tuple[relativedelta, str] | None:
    """What a length of whole days, weeks, months or years ("P3D") moves a date by, and its unit
    letter; None for any other value ("PXD", "PT5H")."""
    found = _LENGTH.fullmatch(value)
    if found is None:
        return None
    return relativedelta(**{_LENGTH_UNIT[found.group(2)]: int(found.group(1))}), found.group(2)


def _moved_story(story: dt.date | None, period: dt.date, length: str, sign: int) -> tuple[dt.date | None, dt.date]:
    """The story's day and period moved by a length ("P3D") written before "later" or "earlier"."""
    found = length_shift(length)
    if found is None:  # "days later", "hours later": no count of days to move by
        return story, period
    shift = sign * found[0]
    try:
        return (story + shift if story is not None else None), period + shift
    except (ValueError, OverflowError):  # past the calendar's ends: the story stays where it was
        return story, period


def _range_end(m: TimeMention, date: ResolvedDate | None, first: ResolvedDate | None,
               settings: Settings) -> ResolvedDate | None:
    """The end of a range is not before its start: "from Friday through [Sunday]" is the Sunday
    after that Friday, whatever the tense put the Sunday on its own."""
    if (date is not None and first is not None and date.precision is Precision.TIME
            and first.precision is Precision.TIME and date.value < first.value
            and m.reading.day is None and m.reading.weekday is None):
        # "from 10 p.m. to 6 a.m.": a clock earlier than the start is on the next day
        day = date.start + dt.timedelta(days=1)
        return ResolvedDate(f"{day.isoformat()}{date.value[10:]}", Precision.TIME, Reference.NARRATIVE, day, day)
    # ends of unlike precision join no range: "a revision Friday to December's figures"; but a day
    # may close a range a part of a day opens: "rain Thursday night into [Friday]"
    day_after_part = (date is not None and first is not None and date.precision is Precision.DAY
                      and first.precision is Precision.PART_OF_DAY and m.reading.weekday is not None)
    if date is None or first is None or not date.is_calendar or (date.precision is not first.precision and not day_after_part) \
            or date.start >= first.start or m.reading.year is not None or m.reading.direction is not None:
        return date
    later = resolve(replace(m, tense="FUTURE"), first.start, settings)
    return _relative_to(later, Reference.NARRATIVE) if later is not None else date


def _part_of_period(m: TimeMention, date: ResolvedDate | None, ref: dt.date | None,
                    language: str) -> ResolvedDate | None:
    """"earlier this week" keeps the week's value but covers only its days before the reference
    day; "later this month" only those after it."""
    if date is None or ref is None or not date.is_calendar or date.precision is None \
            or date.precision.rank >= Precision.DAY.rank or not date.start <= ref <= date.end:
        return date
    lang = load_language(language).lang
    first = m.text.split(maxsplit=1)[0].lower()
    if first in getattr(lang, "EARLIER_IN_PERIOD", ()) and date.start < ref:
        return replace(date, end=ref - dt.timedelta(days=1))
    if first in getattr(lang, "LATER_IN_PERIOD", ()) and ref < date.end:
        return replace(date, start=ref + dt.timedelta(days=1))
    return date


def _is_long_span(value: str) -> bool:
    """A length of half a year or more ("the nine months", "the year ended Sept. 30")."""
    if value.startswith("P") and value[1:-1].isdigit():
        n, unit = int(value[1:-1]), value[-1]
        return (unit == "M" and n >= 6) or unit == "Y"
    return False


def _is_count_back(r: Reading) -> bool:
    """"A year ago", "two years earlier": a comparison, which moves the story's time no further
    (the next "a year earlier" compares with the same time)."""
    return r.offset is not None and r.offset < 0 and not r.period and r.unit != "day"


def _is_year_shift(r: Reading) -> bool:
    """'a year ago', 'a year earlier': a span back from a point, not the calendar year 'last year'."""
    return r.unit == "year" and _is_count_back(r)


def _statement_date(m: TimeMention, statements: list[tuple[int, dt.date]], positions: list[int],
                    settings: Settings) -> dt.date | None:
    # statements are in text order: bisection finds the first after the quote, the last before it
    quote_end = m.quote[1]
    i = bisect.bisect_left(positions, quote_end)
    if i < len(positions) and positions[i] <= quote_end + settings.attribution_reach:
        return statements[i][1]
    j = bisect.bisect_left(positions, m.start)
    return statements[j - 1][1] if j else None
