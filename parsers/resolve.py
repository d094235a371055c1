"""Stage 3: TimeMention + reference dates -> ResolvedDate.

Resolution is one step with one reference.  `choose_reference` picks what a mention is read
against (the publication day, or the date of the statement a quotation belongs to), then
`resolve` applies one calendar operation to the mention's Reading.  Values follow TIMEX3:
"2023-12-30", "2023-W52", "2022-02", "2021", "199", "2023-12-29TEV", "P2Y", "PRESENT_REF".
"""
from __future__ import annotations

import calendar
import datetime as dt
from typing import Iterable

from dateutil.relativedelta import relativedelta

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
    if unit == "year":
        return _year(d.year)
    if unit == "decade":
        return _decade(d.year)
    raise ValueError(f"no calendar period for unit {unit!r}")


_STEP = {
    "day": lambda n: relativedelta(days=n),
    "week": lambda n: relativedelta(weeks=n),
    "month": lambda n: relativedelta(months=n),
    "year": lambda n: relativedelta(years=n),
    "decade": lambda n: relativedelta(years=10 * n),
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


def resolve(mention: TimeMention, ref: dt.date | None, settings: Settings = _DEFAULT) -> ResolvedDate | None:
    """The calendar value of `mention` read against reference day `ref`; None if it has none."""
    r: Reading = mention.reading
    if r.type == "DURATION":
        return ResolvedDate(r.duration or "PXX", None, Reference.ABSOLUTE)
    if r.literal:
        return ResolvedDate(r.literal, None, Reference.ABSOLUTE)

    # words that name the whole date need no reference
    if r.year is not None and r.month is not None and r.day is not None:
        d = _safe_date(r.year, r.month, r.day)
        return _absolute(_day(d, r.part_of_day)) if d else None
    if r.year is not None and r.month is not None:
        return _absolute(_month(r.year, r.month))
    if r.year is not None:
        return _absolute(_year(r.year))
    if r.decade is not None:
        return _absolute(_decade(r.decade * 10))

    if ref is None:
        return None
    if r.month is not None and r.day is not None:
        # a day without a year: the year that puts it on the side of the reference the tense asks for
        direction = r.direction if r.direction is not None else _tense_direction(mention)
        cands = [d for y in (ref.year - 1, ref.year, ref.year + 1) if (d := _safe_date(y, r.month, r.day))]
        d = _pick(cands, ref, direction) or _pick(cands, ref, None)
        return _day(d, r.part_of_day) if d else None
    if r.month is not None:
        direction = r.direction if r.direction is not None else (_tense_direction(mention) or -1)
        this_month = dt.date(ref.year, ref.month, 1)
        cands = [dt.date(y, r.month, 1) for y in (ref.year - 1, ref.year, ref.year + 1)]
        if r.direction:  # "last March" in March is a year ago; "next May" in May a year ahead
            cands = [c for c in cands if c != this_month]
        d = _pick(cands, this_month, direction)
        return _month(d.year, d.month) if d else None
    if r.weekday is not None:
        return _day(_weekday(r, mention, ref, settings), r.part_of_day)
    if r.offset is not None and r.unit:
        moved = ref + _STEP[r.unit](r.offset)
        if r.unit == "day":
            return _day(moved, r.part_of_day)
        return _period(r.unit, moved)
    return None


def _weekday(r: Reading, mention: TimeMention, ref: dt.date, settings: Settings) -> dt.date:
    back = (ref.weekday() - r.weekday) % 7  # days back to the most recent such weekday, 0 = ref
    ahead = (r.weekday - ref.weekday()) % 7 or 7
    direction = r.direction if r.direction is not None else _tense_direction(mention)
    if direction and direction > 0:
        return ref + dt.timedelta(days=ahead)
    if r.direction and r.direction < 0:
        # "last Friday" is never the publication day itself
        return ref - dt.timedelta(days=back or 7)
    # news reports the past: a bare weekday looks back, the publication day included
    if back == 0 and not settings.weekday_includes_reference:
        back = 7
    return ref - dt.timedelta(days=back)


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
    for m in mentions:
        if m.speech and m.quote is None:
            d = resolve(m, published, settings)
            if d is not None and d.precision in (Precision.DAY, Precision.PART_OF_DAY):
                statements.append((m.start, d.start))
    out = []
    for m in mentions:
        said = _statement_date(m, statements, settings) if m.quote else None
        if said is not None:
            date = _relative_to(resolve(m, said, settings), Reference.SPEECH)
        else:
            date = resolve(m, published, settings)
        out.append(Timex(m, date))
    return tuple(out)


def _statement_date(m: TimeMention, statements: list[tuple[int, dt.date]], settings: Settings) -> dt.date | None:
    quote_end = m.quote[1]
    after = [d for at, d in statements if quote_end <= at <= quote_end + settings.attribution_reach]
    if after:
        return after[0]
    before = [d for at, d in statements if at < m.start]
    return before[-1] if before else None
