"""Stage 4: sentences + resolved time expressions -> EventMention.

A mention is one happening told by one sentence, with its date, how the date was found, and the
clause that tells it.  Anchors, strongest first:

- own date: a calendar date (a day, week, month or year; not a duration) in the sentence.  A
  sentence with several dates tells several happenings, one per clause;
- relation: "a day after the barrage, 21 were killed on Saturday" tells two happenings, the
  barrage on the day before Saturday.  When the sentence has no date of its own
  ("The attack came a day after the Kremlin unleashed its biggest air attack"), the relation is
  left pending and `timeline.anchor` dates it from the mention of that happening in any article;
- story shift: "Two days later", "A day earlier" move the story's day by that length;
- story time: a sentence without a date continues the story, on the day set by the latest dated
  sentence a few sentences back (`Settings.inherit_window`), unless it is a statement of what is
  to come and that day lies well before the day the article reports on ("The dam gave way nine
  days ago. The committee will summon its operator, the chairman said.");
- report date: a statement ("the ministry said ...") with nothing better is dated to the day the
  article reports on (the latest day it names up to its publication), marked REPORTED so that
  the merge may still give it to the event it clearly reports.
"""
from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import Sequence

from dateutil.relativedelta import relativedelta

from parsers.attribution import says_only
from parsers.figures import find_figures
from parsers.resolve import length_shift
from parsers.timexes import expand, load_language
from timeline.model import (Article, DatedBy, EventMention, Figure, Precision, Reference, ResolvedDate,
                            Sentence, Timex)
from timeline.settings import Settings

# Story time that a later sentence may inherit: a day is a moment of the narrative, a year is not.
_STORY_PRECISIONS = (Precision.DAY, Precision.PART_OF_DAY, Precision.TIME)
_ENDS_SENTENCE = re.compile(r"[.!?][\"'”’)]*$")
# the fewest words between "since" and a date for the phrase to name a happening of its own
_SPAN_PHRASE_WORDS = 2


@dataclass(frozen=True, slots=True)
class PendingRelation:
    """A sentence that dates its happening from another one, dated nowhere in the sentence.

    `anchor` is the clause naming the other happening ("the Kremlin unleashed its biggest air
    attack on Kyiv"); `main` the clause of the sentence's own happening; `shift` how far the
    main happening lies from the other ("a day after": +1 day)."""

    article_id: str
    sentence: Sentence
    anchor: tuple[int, int]
    main: tuple[int, int]
    shift: relativedelta
    text: str  # the relation words: "a day after"
    start: int
    end: int
    # the main happening on the story's day or the report day, for when the other happening is
    # found nowhere: the other is then dated from it
    fallback: EventMention | None = None
    figures: tuple[Figure, ...] = ()  # all the sentence's, offsets in the sentence
    attribution: str | None = None

    @property
    def anchor_text(self) -> str:
        s = self.sentence
        return s.text[self.anchor[0] - s.start:self.anchor[1] - s.start]


@dataclass(frozen=True, slots=True)
class ArticleEvents:
    mentions: tuple[EventMention, ...]
    pending: tuple[PendingRelation, ...]
    # statements with no date: dated to `report_day` unless the merge finds their event
    report_day: dt.date | None


@dataclass(frozen=True)
class _Patterns:
    relation: re.Pattern
    relation_not_after: re.Pattern
    future: re.Pattern  # the language's cues of what is to come ("will", "is due to")
    span_start: re.Pattern
    clause_break: re.Pattern
    numbers: dict
    calendar_units: dict  # unit word -> the unit it moves a date by ("fortnight": week)
    unit_counts: dict  # how many of that unit the word stands for ("fortnight": 2)
    relations: dict
    language: str
    shift_after_length: re.Pattern  # "later" after "three days": group 1 the word
    shift_signs: dict
    function_words: frozenset  # words that name nothing: "the", "of"


@lru_cache(maxsize=None)
def _patterns(language: str) -> _Patterns:
    compiled = load_language(language)
    lang = compiled.lang
    return _Patterns(re.compile(expand(lang.RELATION, lang, capture=True), re.I),
                     re.compile(lang.RELATION_NOT_AFTER, re.I), compiled.future,
                     re.compile(lang.SPAN_START, re.I), re.compile(lang.CLAUSE_BREAK),
                     lang.NUMBERS, lang.CALENDAR_UNITS, lang.UNIT_COUNTS, lang.RELATIONS, language,
                     compiled.shift_after, lang.SHIFT_AFTER_LENGTH, frozenset(lang.FUNCTION_WORDS))


def _dated_by(t: Timex) -> DatedBy:
    # a named calendar day or month is explicit even when its year is inferred ("Dec. 30")
    r = t.mention.reading
    return DatedBy.EXPLICIT if r.month is not None or r.year is not None else DatedBy.RELATIVE


# the precision of a story day moved by a length of days, weeks, months or years
_SHIFT_PRECISION = {"D": Precision.DAY, "W": Precision.DAY, "M": Precision.MONTH, "Y": Precision.YEAR}


def _story_shifts(text: str, lengths: list[Timex], story: EventMention | None, p: _Patterns) -> list[Timex]:
    """"Three days later" after a dated sentence: the story's day moved by that length, as a date
    expression of its own (extended over "later") that the sentence is dated by."""
    if story is None or story.date.precision not in _STORY_PRECISIONS:
        return []
    out = []
    for t in lengths:
        length = length_shift(t.date.value if t.date else "")
        word = p.shift_after_length.match(text, t.end)
        if length is None or word is None:
            continue
        step, unit = length
        precision = _SHIFT_PRECISION[unit]
        day = _moved(story.date.start, p.shift_signs[word.group(1).lower()] * step)
        date = {Precision.DAY: lambda: ResolvedDate(day.isoformat(), Precision.DAY, Reference.NARRATIVE, day, day),
                Precision.MONTH: lambda: _month_of(day),
                Precision.YEAR: lambda: ResolvedDate(f"{day.year:04d}", Precision.YEAR, Reference.NARRATIVE,
                                                     dt.date(day.year, 1, 1), dt.date(day.year, 12, 31))}[precision]()
        mention = replace(t.mention, end=word.end(), text=text[t.start:word.end()], bound=False,
                          reading=replace(t.mention.reading, type="DATE", narrative=True))
        out.append(Timex(mention, date))
    return out


def _before_the_calendar(t: Timex) -> bool:
    """"A day earlier" than Jan. 1 of the year 1: the tagger has no day for it, but the story's day
    moved by it stops at the calendar's first."""
    r = t.mention.reading
    return t.date is None and r.narrative and bool(r.offset) and r.unit in ("day", "week")


def _story_day_shift(text: str, t: Timex, story: EventMention | None, p: _Patterns) -> Timex | None:
    """"A day earlier", which the tagger read against the publication day for want of a day told
    before it, is in a story the day before the story's day."""
    r = t.mention.reading
    if (story is None or story.date.precision not in _STORY_PRECISIONS or r.unit not in ("day", "week")
            # the tagger reads it from its own story day when it has one; past the calendar's ends
            # it has no date, and the story's day is moved here, stopping at them
            or not r.offset or (t.date is not None and t.date.reference is not Reference.PUBLISHED)):
        return None
    last = t.text.split()[-1].lower() if t.text.split() else ""
    if p.shift_signs.get(last) != (1 if r.offset > 0 else -1):
        return None
    day = _moved(story.date.start, relativedelta(**{r.unit + "s": r.offset}))
    return Timex(replace(t.mention, reading=replace(r, narrative=True)),
                 ResolvedDate(day.isoformat(), Precision.DAY, Reference.NARRATIVE, day, day))


def _month_of(day: dt.date) -> ResolvedDate:
    last = day.replace(day=calendar.monthrange(day.year, day.month)[1])
    return ResolvedDate(f"{day.year:04d}-{day.month:02d}", Precision.MONTH, Reference.NARRATIVE, day.replace(day=1),
                        last)


def _moved(day: dt.date, shift: relativedelta) -> dt.date:
    """`day` moved by `shift`, stopping at the first or last day of the calendar (years 1 and 9999).
    Left unresolved, "20 centuries earlier" would leave its sentence on the story's day; stopped at
    the calendar's start, what it tells still comes before all the rest."""
    try:
        return day + shift
    except (ValueError, OverflowError):
        ahead = (shift.years * 12 + shift.months) * 31 + shift.days > 0
        return dt.date.max if ahead else dt.date.min


def _days_before(day: dt.date, days: int) -> dt.date:
    return day - dt.timedelta(days=days) if day.toordinal() > days else dt.date.min


def _shift(m: re.Match, p: _Patterns) -> relativedelta | None:
    sign = p.relations[m.group("relation").lower()]
    if m.group("same_day"):
        return relativedelta()
    word = (m.group("number") or "").lower()
    n = 1 if not word or word == "the" else (int(word.replace(",", "")) if word[0].isdigit() else p.numbers.get(word))
    if not isinstance(n, int):
        return None  # "several days after": no day to count to
    word = m.group("calendar_unit").lower()
    unit = p.calendar_units[word]
    if unit in ("decade", "century"):
        return None
    return relativedelta(**{unit + "s": sign * n * p.unit_counts.get(word, 1)})


def shifted(date: ResolvedDate, shift: relativedelta) -> ResolvedDate:
    """A day-precise date moved by a relation ("a day after" Dec. 29 is Dec. 30); a relation reaching
    past the calendar's ends stops at them."""
    day = _moved(date.start, shift)
    return ResolvedDate(day.isoformat(), Precision.DAY, Reference.NARRATIVE, day, day)


def _clause_around(text: str, start: int, end: int, lo: int, hi: int, p: _Patterns) -> tuple[int, int]:
    """The clause of `text` holding [start, end), kept within [lo, hi)."""
    left, right = lo, hi
    for b in p.clause_break.finditer(text, lo, hi):
        if b.end() <= start:
            left = b.end()
        elif b.start() >= end:
            right = b.start()
            break
    return left, right


def _split(sentence: Sentence, dates: list[Timex], p: _Patterns) -> list[tuple[Timex, tuple[int, int]]]:
    """Each date of a sentence with the clause it dates (sentence offsets); one date: the sentence."""
    text = sentence.text
    if len(dates) == 1:
        return [(dates[0], (0, len(text)))]
    out = []
    for k, t in enumerate(dates):
        lo = dates[k - 1].end - sentence.start if k else 0
        hi = dates[k + 1].start - sentence.start if k + 1 < len(dates) else len(text)
        out.append((t, _clause_around(text, t.start - sentence.start, t.end - sentence.start, lo, hi, p)))
    return out


def _span_phrase(sentence: Sentence, t: Timex, p: _Patterns) -> tuple[int, int] | None:
    """The "since ..." phrase a date closes, when the phrase names a happening of its own
    ("since Moscow launched hostilities in February 2022"), as sentence offsets."""
    at = t.start - sentence.start
    head = sentence.text[:at]
    opener = None
    for m in p.span_start.finditer(head):
        opener = m
    if opener is None or p.clause_break.search(head, opener.end()):
        return None
    if len(head[opener.end():].split()) < _SPAN_PHRASE_WORDS:
        return None
    return opener.start(), t.end - sentence.start


def _to_article(sentence: Sentence, span: tuple[int, int]) -> tuple[int, int]:
    return sentence.start + span[0], sentence.start + span[1]


def _trim(text: str, span: tuple[int, int]) -> tuple[int, int]:
    a, b = span
    while a < b and text[a] in " ,;:–—-":
        a += 1
    while b > a and text[b - 1] in " ,;:–—-":
        b -= 1
    return a, b


def _relation(sentence: Sentence, p: _Patterns) -> tuple[re.Match, relativedelta, tuple[int, int], tuple[int, int]] | None:
    """The relation a sentence makes to another happening: the match, the shift, the anchor clause
    and the main clause (sentence offsets).  A relation opening the sentence ("A day after X, Y")
    ends at its comma; one that follows the main clause ("Y, a day after X, killing ...") runs to
    the end of the sentence, so that what X did stays with X."""
    text = sentence.text
    m = next((m for m in p.relation.finditer(text) if not p.relation_not_after.search(text, 0, m.start())), None)
    if m is None:
        return None
    shift = _shift(m, p)
    if shift is None:
        return None
    before = text[:m.start()].rstrip(" \"“'")
    brk = p.clause_break.search(text, m.end())
    # it opens its clause when a clause follows it: "On Saturday, a day after X, 21 were killed";
    # after a comma with nothing following it trails: "Holm resigned Monday, six days after X."
    if not before or len(before.split()) <= 1 or (before[-1] in ",;:–—" and brk is not None):
        anchor = (m.end(), brk.start() if brk else len(text))
        main = (anchor[1], len(text))
    else:
        anchor = (m.end(), len(text))
        main = (0, m.start())
    anchor, main = _trim(text, anchor), _trim(text, main)
    if anchor[1] - anchor[0] < 3 or main[1] - main[0] < 3:
        return None
    return m, shift, anchor, main


def extract_events(article: Article, sentences: tuple[Sentence, ...], timexes: tuple[Timex, ...],
                   settings: Settings, said: Sequence[str | None] | None = None) -> ArticleEvents:
    """The event mentions of one article, in text order, with the relations it leaves pending.

    `said` gives, per sentence, who it attributes what it says to ("the ministry"), or None;
    statements with no date of any kind are dated to the article's report day."""
    p = _patterns(settings.language)
    dateline = article.dateline or (0, 0)
    calendar = [t for t in timexes
                if t.date is not None and t.date.is_calendar and t.type in ("DATE", "TIME")
                and not (dateline[0] <= t.start and t.end <= dateline[1])]
    lengths = [t for t in timexes if t.type == "DURATION"]
    beyond = [t for t in timexes if _before_the_calendar(t)]
    report_day = _report_day(article, calendar, settings)
    report = (ResolvedDate(report_day.isoformat(), Precision.DAY, Reference.PUBLISHED, report_day, report_day)
              if report_day is not None else None)
    mentions: list[EventMention] = []
    pending: list[PendingRelation] = []
    story: EventMention | None = None  # the mention whose day the narrative last set
    since_story = 0
    i = 0
    for n, sentence in enumerate(sentences):
        inside = []
        while i < len(calendar) and calendar[i].start < sentence.end:
            if calendar[i].start >= sentence.start:
                inside.append(calendar[i])
            i += 1
        told = story if since_story < settings.inherit_window else None
        shifts = _story_shifts(article.text, [t for t in lengths if sentence.start <= t.start < sentence.end], told, p)
        unreached = [t for t in beyond if sentence.start <= t.start < sentence.end]
        moved = {id(t): m for t, m in ((t, _story_day_shift(article.text, t, told, p)) for t in inside + unreached) if m}
        if shifts or moved:
            inside = sorted([moved.get(id(t), t) for t in inside] + [moved[id(t)] for t in unreached if id(t) in moved]
                            + shifts, key=lambda t: t.start)
        # "until tomorrow" bounds a span; it dates the sentence only when nothing else does
        dates = [t for t in inside if not t.mention.bound] or inside
        who = said[n] if said is not None else None
        # what a sentence without a date of its own is dated by: the story time, else its report day
        if story is not None and since_story < settings.inherit_window:
            carry = (story.date, DatedBy.INHERITED, story.date_text, story.date_start, story.date_end)
        elif report is not None:
            carry = (report, DatedBy.REPORTED, "", sentence.start, sentence.start)
        else:
            carry = None
        waiting = len(pending)
        found, main, rest = _sentence_mentions(article, sentence, dates, p, pending, carry)
        mentions += [_detailed(m, who, settings.language) for m in found]
        if len(pending) > waiting:  # a relation left to the collection keeps its sentence's details
            r = pending[-1]
            pending[-1] = replace(r, fallback=_detailed(r.fallback, who, settings.language) if r.fallback else None,
                                  figures=_figures(sentence.text, settings.language), attribution=who)
        # a day still to come ("the court is due to rule on Friday") is no story time: the
        # sentences after it go on with what has happened
        if main is not None and main.date.precision in _STORY_PRECISIONS and \
                (article.published is None or main.date.start <= article.published):
            story, since_story = main, 0
        if rest is None:
            continue
        since_story += 1
        clause = None if rest == (0, len(sentence.text)) else _to_article(sentence, rest)
        cited = clause is None
        # headlines, captions and boilerplate lines carry no closing punctuation: no story there
        if not _ENDS_SENTENCE.search(sentence.text):
            continue
        # a statement of what is to come after a sentence about the past ("The dam gave way nine
        # days ago. The committee will summon ...") is made on the day the article reports on
        background = (who is not None and report is not None and story is not None
                      and story.date.start < _days_before(report.start, settings.report_reach)
                      and p.future.search(sentence.text) is not None)
        if story is not None and since_story <= settings.inherit_window and not background:
            mentions.append(_detailed(EventMention(article.id, sentence, story.date, DatedBy.INHERITED, story.date_text,
                                                   story.date_start, story.date_end, clause=clause, cited=cited), who, settings.language))
        elif who is not None and report is not None:
            mentions.append(_detailed(EventMention(article.id, sentence, report, DatedBy.REPORTED, "", sentence.start,
                                                   sentence.start, clause=clause, cited=cited), who, settings.language))
    return ArticleEvents(tuple(mentions), tuple(pending), report_day)


def _detailed(m: EventMention, who: str | None, language: str) -> EventMention:
    """A mention with the figures its clause reports and who says so."""
    return replace(m, figures=in_clause(_figures(m.sentence.text, language), m.sentence, m.clause),
                   attribution=who)


def in_clause(figures: tuple[Figure, ...], sentence: Sentence, clause: tuple[int, int] | None) -> tuple[Figure, ...]:
    """The figures (offsets in the sentence) that lie in a clause (article offsets; None: all of it)."""
    if clause is None:
        return figures
    return tuple(f for f in figures if clause[0] <= sentence.start + f.start < clause[1])


def clause_breaks(language: str) -> re.Pattern:
    """Where one clause of a sentence ends and the next begins, in a language."""
    return _patterns(language).clause_break


@lru_cache(maxsize=4096)
def _figures(text: str, language: str) -> tuple[Figure, ...]:
    return find_figures(text, language)


def _sentence_mentions(article: Article, sentence: Sentence, dates: list[Timex], p: _Patterns,
                       pending: list[PendingRelation], carry: tuple | None
                       ) -> tuple[list[EventMention], EventMention | None, tuple[int, int] | None]:
    """The mentions a sentence dates by its own words; the mention of its main happening, when
    dated; and the clause left without a date (sentence offsets), if any."""
    text = sentence.text
    whole = (0, len(text))
    relation = _relation(sentence, p)
    if relation is not None and any(t.start <= sentence.start + relation[0].start() < t.end for t in dates):
        relation = None  # "the day after Christmas": the tagger has counted the day already
    if relation is not None:
        m, shift, anchor, main = relation
        in_anchor = [t for t in dates if anchor[0] <= t.start - sentence.start < anchor[1]]
        own = [t for t in dates if t not in in_anchor]
        rel = (m.group(0).strip(), sentence.start + m.start(), sentence.start + m.end() - 1)
        day_own = next((t for t in own if t.date.precision in _STORY_PRECISIONS), None)
        day_theirs = next((t for t in in_anchor if t.date.precision in _STORY_PRECISIONS), None)
        if day_own is not None:  # "A day after X, 21 were killed on Saturday": X the day before
            found = _dated(article, sentence, own, _to_article(sentence, main), p)
            found.append(EventMention(article.id, sentence, shifted(day_own.date, -shift), DatedBy.RELATION,
                                      *rel, clause=_to_article(sentence, anchor)))
            return found, found[0], None
        if day_theirs is not None:  # "the attack came a day after the Dec. 29 barrage"
            found = _dated(article, sentence, in_anchor, _to_article(sentence, anchor), p)
            if _only_dates(sentence, anchor, in_anchor, p):
                found = []  # "three days before Election Day": a day to count from, no happening
            main_mention = EventMention(article.id, sentence, shifted(day_theirs.date, shift), DatedBy.RELATION,
                                        *rel, clause=_to_article(sentence, main))
            return found + [main_mention], main_mention, None
        if not dates:  # dated from the other happening wherever it is told: timeline.anchor
            fallback = (EventMention(article.id, sentence, *carry, clause=_to_article(sentence, main), cited=False)
                        if carry else None)
            pending.append(PendingRelation(article.id, sentence, _to_article(sentence, anchor),
                                           _to_article(sentence, main), shift, *rel, fallback=fallback))
            return [], None, None
    if not dates:
        return [], None, whole
    spans = [(t, _span_phrase(sentence, t, p)) for t in dates]
    # "... the deadliest since the start of the invasion 22 months ago": the phrase is the
    # invasion's; the rest of the sentence still needs a date
    found = [EventMention(article.id, sentence, t.date, _dated_by(t), t.text, t.start, t.end,
                          clause=_to_article(sentence, span)) for t, span in spans if span is not None]
    plain = [t for t, span in spans if span is None]
    if plain:
        own = _dated(article, sentence, plain, None, p)
        main = next((m for m in own if m.date.precision in _STORY_PRECISIONS), own[0])
        return found + own, main, None
    rest = _trim(text, (0, min(span[0] for _, span in spans if span is not None)))
    return found, None, rest if len(text[rest[0]:rest[1]].split()) >= 4 else None


_WORDS = re.compile(r"\w+")


def _only_dates(sentence: Sentence, span: tuple[int, int], dates: list[Timex], p: _Patterns) -> bool:
    """Whether clause `span` of a sentence (sentence offsets) holds nothing but its dates (in text
    order), articles and who said it ("Jan. 6", "Election Day, officials said"): it names a day,
    not a happening."""
    pieces, at = [], span[0]
    for t in dates:
        pieces.append(sentence.text[at:max(at, t.start - sentence.start)])
        at = max(at, t.end - sentence.start)
    pieces.append(sentence.text[at:span[1]])
    rest = " ".join(pieces)
    words = [w for w in _WORDS.findall(rest) if w.lower() not in p.function_words]
    return not words or says_only(rest.strip(" ,;:–—-"), p.language)


def _dated(article: Article, sentence: Sentence, dates: list[Timex], within: tuple[int, int] | None,
           p: _Patterns) -> list[EventMention]:
    """One mention per distinct date, each with its clause when the sentence holds several."""
    seen: dict[str, Timex] = {}
    for t in dates:
        seen.setdefault(t.date.value, t)
    distinct = list(seen.values())
    out = []
    for t, span in _split(sentence, distinct, p):
        clause = _to_article(sentence, span) if len(distinct) > 1 else within
        out.append(EventMention(article.id, sentence, t.date, _dated_by(t), t.text, t.start, t.end, clause=clause))
    # "Five died in yesterday's blast, police said this afternoon": the clause of saying only
    # reports the other; it tells no happening of its own
    told = [m for m in out if not (len(out) > 1 and says_only(m.clause_text, p.language))]
    return told or out


def _report_day(article: Article, calendar: list[Timex], settings: Settings) -> dt.date | None:
    """The day an article reports on: the day it names most often (the latest of equals) up to its
    publication day and at most `Settings.report_reach` days before it; else the publication day."""
    if article.published is None:
        return None
    reach = _days_before(article.published, settings.report_reach)
    count: dict[dt.date, int] = {}
    for t in calendar:
        if (t.date.precision in _STORY_PRECISIONS and reach <= t.date.start <= article.published
                and not t.mention.bound and t.mention.quote is None):
            count[t.date.start] = count.get(t.date.start, 0) + 1
    return max(count, key=lambda d: (count[d], d)) if count else article.published
