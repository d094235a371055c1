"""The records passed between stages: articles, time mentions, resolved dates, events.

Every stage takes and returns these frozen dataclasses; none mutates its input.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from enum import Enum


class Precision(str, Enum):
    """How precisely a date is known, coarsest first (the order sorts ties)."""

    CENTURY = "century"
    DECADE = "decade"
    YEAR = "year"
    QUARTER = "quarter"
    MONTH = "month"
    WEEK = "week"
    DAY = "day"
    PART_OF_DAY = "part_of_day"
    TIME = "time"

    rank: int  # place in the order above, CENTURY 0: set once below, as it is read for every mention


for _rank, _precision in enumerate(Precision):
    _precision.rank = _rank
del _rank, _precision


class Reference(str, Enum):
    """What a relative expression was resolved against."""

    ABSOLUTE = "absolute"  # the words name the date; no reference needed
    PUBLISHED = "published"  # the article's publication date
    SPEECH = "speech"  # the date of the statement a quotation belongs to
    NARRATIVE = "narrative"  # the date the story last set


class DatedBy(str, Enum):
    """How an event mention got its date."""

    EXPLICIT = "explicit"  # a calendar date in the sentence: "Dec. 30", "February 2022"
    RELATIVE = "relative"  # a relative expression resolved: "on Saturday", "22 months ago"
    INHERITED = "inherited"  # no expression: the story time set by an earlier sentence
    RELATION = "relation"  # "a day after the barrage": dated from the happening it is related to
    REPORTED = "reported"  # a statement with nothing better: the day the article reports on


@dataclass(frozen=True, slots=True)
class Article:
    id: str
    text: str
    published: dt.date | None
    title: str = ""
    url: str = ""
    outlet: str = ""
    credit: str = ""
    source: str = ""  # the file (or file:line) it was read from, for messages
    dateline: tuple[int, int] | None = None  # span of a date line read from the text: metadata, no story
    # the publication time as the input gives it (ISO 8601, with its time zone when known):
    # `published` is its calendar day there, the reference day of the article's relative dates
    published_at: str = ""
    # how `published` was found (DATE_METHODS) and how sure that is (1.0 given; None: no date)
    date_method: str = ""
    date_confidence: float | None = None
    # the id of the first article of the group this one repeats (a wire copy); "" if none
    duplicate_of: str = ""


# how an article's publication day was found, surest first
DATE_METHODS = (
    "given",       # the manifest, JSON field, TimeML DCT or front matter
    "metadata",    # the page's metadata (HTML: htmldate)
    "dateline",    # a date or "updated" line at the top of the text
    "option",      # --published
    "mentions",    # the latest full date the text names
    "collection",  # the days other articles give the events it reports
)


@dataclass(frozen=True, slots=True)
class InputStatus:
    """What became of one input: an article used, or skipped or failed with the reason."""

    source: str  # the file (and line or row)
    article_id: str  # "" when no article could be read
    status: str  # "used", "skipped" or "failed"
    reason: str = ""  # empty for "used"; else what was wrong ("empty", "duplicate of X", the error)


@dataclass(frozen=True, slots=True)
class Reading:
    """What a time expression says on its own, before any reference date.

    Calendar fields are set when the words give them; `offset` counts `unit`s from
    the reference (tomorrow: +1 day, 22 months ago: -22 months, this week: 0 weeks);
    `direction` says which way a bare weekday or month looks (-1 back, +1 ahead,
    0 nearest, None: decided by tense).
    """

    type: str = "DATE"  # TIMEX3 type: DATE, TIME, DURATION, SET
    year: int | None = None
    month: int | None = None
    day: int | None = None
    weekday: int | None = None  # Monday = 0
    part_of_day: str | None = None  # TIMEX3 code: MO, AF, EV, NI
    clock: str | None = None  # "15:00"
    offset: int | None = None
    unit: str | None = None  # day, week, month, quarter, year, decade, century
    direction: int | None = None
    duration: str | None = None  # an ISO 8601 duration for type DURATION: "P2Y", "PT18H"
    literal: str | None = None  # a value that needs no reference: PRESENT_REF, PAST_REF
    decade: int | None = None  # 199 for "the 1990s"
    quarter: int | None = None  # 1-4
    half: int | None = None  # 1-2
    season: str | None = None  # TIMEX3 code: SP, SU, FA, WI
    weekend: bool = False
    century: int | None = None  # 19 for "the 20th century" (TIMEX3 counts from 0)
    narrative: bool = False  # offset counts from the time the story last set ("the next day")
    narrative_in_past: bool = False  # narrative in a past clause only ("re-elected the next year")
    period: bool = False  # offset counts calendar periods ("last year"), not a span back ("a year ago")
    # a movable holiday's rule: (month, weekday, n[, days after]), ("easter", days),
    # ("orthodox easter", days) or ("calendar", country, name in the `holidays` package)
    movable: tuple | None = None
    week: int | None = None  # the week holding the day named (0), or the n-th week of the month (-1: last)
    shift_days: int = 0  # days from the day named: "the day before last Tuesday" is -1
    year_of: bool = False  # the year the named month falls in: "the new year" is its January's
    # a span that is the date `offset` `unit`s ahead in a clause about the future ("will reopen in
    # two weeks"), and only the span elsewhere ("sales doubled in two years")
    date_ahead: bool = False
    # the year of a day named for what happened on it ("the Sept. 11 attacks"), unless that day is
    # still to come at the reference date: then the name is used of another year's day
    year_if_past: bool = False
    # the year was written with two digits ("FY25", "the summer of '76"): its century is the one
    # that puts it at most this many years after the reference date (0: a year written whole)
    short_year: int = 0


@dataclass(frozen=True, slots=True)
class TimeMention:
    """One time expression at one place in one text."""

    article_id: str
    start: int  # character offsets into Article.text
    end: int
    text: str
    rule: str  # the rule that found it: shown in debug output and test failures
    reading: Reading
    # of the clause around it: PAST, FUTURE, NEAR (either side of now: "set Friday as the
    # deadline"), or "" when no word tells
    tense: str = ""
    quote: tuple[int, int] | None = None  # the quotation it sits in: resolved against the speech date
    speech: bool = False  # dates a reporting verb ("said Saturday"): sets the speech date
    bound: bool = False  # ends a span ("until tomorrow", "into New Year's Eve"): not when it happened
    range_end: bool = False  # ends a range the mention before it opens ("from Friday through Sunday")
    # where the dated reporting verb of its sentence is ("officials said Tuesday"): a bare weekday in
    # what the statement reports is counted from that day
    statement: int | None = None
    # a length the story moves by: +1 for "three days later", -1 for "a week earlier", else 0
    shift: int = 0
    # opens its sentence, after at most two words ("On Feb. 13, the army ..."): the date a story
    # goes on with
    leads: bool = False


@dataclass(frozen=True, slots=True)
class ResolvedDate:
    value: str  # TIMEX3 value: "2023-12-30", "2023-W52", "2022-02", "2023-12-29TEV", "P2Y"
    precision: Precision | None  # None for durations, sets and unanchored references
    reference: Reference
    start: dt.date | None = None  # first day of the period, for ordering and the chart
    end: dt.date | None = None  # last day of the period

    @property
    def is_calendar(self) -> bool:
        """True when the value names a place on the calendar (not a duration or PAST_REF)."""
        return self.start is not None


@dataclass(frozen=True, slots=True)
class Timex:
    """A time mention with its resolution: what the tagger returns."""

    mention: TimeMention
    date: ResolvedDate | None

    @property
    def start(self) -> int:
        return self.mention.start

    @property
    def end(self) -> int:
        return self.mention.end

    @property
    def text(self) -> str:
        return self.mention.text

    @property
    def type(self) -> str:
        return self.mention.reading.type

    @property
    def value(self) -> str | None:
        return self.date.value if self.date else None


@dataclass(frozen=True, slots=True)
class Sentence:
    article_id: str
    start: int
    end: int
    text: str
    paragraph: int  # index of the paragraph (blank-line or line-break block) it sits in


@dataclass(frozen=True, slots=True)
class Figure:
    """A number a sentence reports about a happening: "at least 21" people killed."""

    kind: str  # what is counted: "killed", "injured", "evacuated", "drones", "missiles" ...
    value: int  # the number read: 21 for "at least 21", 50 for "over 5o"
    text: str  # the number as written, with its qualifier: "at least 21", "nearly 160"
    qualifier: str  # "", "at least", "more than", "nearly", "about", "up to" ... as written, lower case
    start: int  # offsets of `text` in the text that was searched
    end: int


@dataclass(frozen=True, slots=True)
class EventMention:
    """One sentence of one article reporting something on a date."""

    article_id: str
    sentence: Sentence
    date: ResolvedDate
    dated_by: DatedBy
    date_text: str  # the time expression it was dated by (for inherited: the earlier one)
    date_start: int  # offsets of that expression in the article
    date_end: int
    # the part of the sentence that tells this happening, as article offsets: the whole sentence
    # unless the sentence tells two ("A day after the barrage, 21 were killed on Saturday")
    clause: tuple[int, int] | None = None
    figures: tuple[Figure, ...] = ()
    attribution: str | None = None  # who says so, as the sentence names them
    # False for the undated main clause of a sentence whose date words belong to another happening
    # it names ("A further 110 were wounded, ... since the invasion 22 months ago"): it adds its
    # figures and context to its event, but the sentence is cited for the happening it dates
    cited: bool = True
    # for a mention dated by a relation: the mention of the other happening its date came from,
    # as (article id, sentence start), which may be in another article
    dated_from: tuple[str, int] | None = None

    @property
    def clause_text(self) -> str:
        """The words of the happening: the clause when there is one, else the sentence."""
        s = self.sentence
        if self.clause is None:
            return s.text
        return s.text[self.clause[0] - s.start:self.clause[1] - s.start]

    @property
    def content_text(self) -> str:
        """The clause without the time expression that dated it: what it tells, not when (every
        mention it is compared with shares the date already)."""
        text = self.clause_text
        at = self.clause[0] if self.clause is not None else self.sentence.start
        if self.dated_by in (DatedBy.INHERITED, DatedBy.REPORTED) or not at <= self.date_start < self.date_end <= at + len(text):
            return text
        return text[:self.date_start - at] + " " + text[self.date_end - at:]

    @property
    def weak(self) -> bool:
        """Dated by no words of its own sentence: another event may claim it in the merge."""
        return self.dated_by in (DatedBy.INHERITED, DatedBy.REPORTED)


@dataclass(frozen=True, slots=True)
class Event:
    """A happening on one date, merged across the articles that report it."""

    id: str
    date: ResolvedDate
    title: str
    mentions: tuple[EventMention, ...]
    summary: str = ""  # the best report in full, and what the other sources add
    importance: float = 0.0  # independent sources, reports and centrality to the story (higher first)

    @property
    def citations(self) -> tuple[EventMention, ...]:
        """The mentions whose sentences report this happening with their own date words or story."""
        return tuple(m for m in self.mentions if m.cited)

    @property
    def figures(self) -> dict[str, tuple[tuple[str, Figure], ...]]:
        """What each source counts, by kind: kind -> ((article id, figure), ...), one figure per
        article and value, in the order reported."""
        out: dict[str, dict[tuple[str, int], tuple[str, Figure]]] = {}
        for m in self.mentions:
            for f in m.figures:
                out.setdefault(f.kind, {}).setdefault((m.article_id, f.value), (m.article_id, f))
        return {kind: tuple(found.values()) for kind, found in out.items()}

    @property
    def disputed(self) -> tuple[str, ...]:
        """The kinds of figure the sources give different numbers for (21 against 24 killed)."""
        return tuple(kind for kind, found in self.figures.items() if len({f.value for _, f in found}) > 1)

    @property
    def attributions(self) -> tuple[tuple[str, str], ...]:
        """Who says so: (article id, source as the sentence names it), once each."""
        seen: dict[tuple[str, str], None] = {}
        for m in self.mentions:
            if m.attribution:
                seen.setdefault((m.article_id, m.attribution), None)
        return tuple(seen)

    @property
    def sources(self) -> tuple[str, ...]:
        seen: dict[str, None] = {}
        for m in self.citations:
            seen.setdefault(m.article_id, None)
        return tuple(seen)


@dataclass(frozen=True, slots=True)
class Chronology:
    articles: tuple[Article, ...]
    events: tuple[Event, ...]
    warnings: tuple[str, ...] = field(default=())
    # ids of the events of the summary timeline (`--top N`), in chronology order; empty: no summary
    summary: tuple[str, ...] = field(default=())
    # every input with what became of it, by source (empty when built from articles alone)
    inputs: tuple[InputStatus, ...] = field(default=())
