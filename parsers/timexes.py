"""Stage 2: text -> TimeMention: find time expressions and say what their words mean.

The engine knows no language: words, patterns and rules come from a module in `parsers/lang`
(see `parsers/lang/en.py` for the format).  Each rule names a builder below that turns its match
into a `Reading`; where rules overlap the longest match wins, then the earlier rule.  Around each
match the engine notes what resolution needs: the tense of the clause, whether the expression
sits inside a quotation, and whether it dates a reporting verb ("said Saturday").
"""
from __future__ import annotations

import bisect
import calendar
import importlib
import re
from dataclasses import dataclass, replace
from functools import lru_cache
from types import ModuleType
from typing import Callable, Iterator

from timeline.model import Reading, TimeMention

_NAME = re.compile(r"\{([a-z_]+)\}")


@dataclass(frozen=True)
class Rule:
    name: str
    regex: re.Pattern
    build: Callable[[dict, ModuleType], Reading | None]
    left: re.Pattern | None = None  # words right before a match that join its extent ("the late" 1970s)
    # the anchor classes one of which every match holds: the rule is tried only in windows holding one
    needs: frozenset[str] | None = None


@dataclass(frozen=True)
class Language:
    """A language module with its rules compiled."""

    lang: ModuleType
    rules: tuple[Rule, ...]
    blocked: tuple[re.Pattern, ...]
    future: re.Pattern
    far_future: re.Pattern  # "will", "is expected to": cues that govern a long verb phrase
    past: re.Pattern
    near: re.Pattern  # "set Friday as the deadline": either side of now, the nearest
    speech_before: re.Pattern
    bound_before: re.Pattern
    bound_after: re.Pattern  # "the Jan. 14 deadline"
    future_before: re.Pattern
    set_for_before: re.Pattern  # "The vote is [Sunday]"
    weak_future_before: re.Pattern
    in_units_span_before: re.Pattern  # "the first rise in [two years]": a span, not a date ahead
    anchors: re.Pattern
    anchor_classes: dict[str, frozenset[str]]  # an anchor as matched, lower-cased -> its classes
    possessive: re.Pattern
    range_join: re.Pattern  # the whole stretch between the two ends of a range
    range_pairs: tuple[tuple[re.Pattern, re.Pattern], ...]  # ("between" before the first end, "and")
    list_join: re.Pattern  # the whole stretch between two dates of a list ("April and May")
    shift_after: re.Pattern  # "later" after "three days": group 1 the word
    data_before: re.Pattern  # "sales for [November]": a period reported on
    data_after: re.Pattern  # "[May] jobs report"
    day_end_before: re.Pattern  # "until" before "midnight": the end of the day, in a past clause too
    infinitive: re.Pattern  # "urged citizens [to leave] by Sunday"
    rescheduled_before: re.Pattern  # "delayed the trial until [January]"
    speech_after: re.Pattern  # "Officials on [Thursday] said", "in a [Dec. 30] interview": the date of the saying
    feast_bound_before: re.Pattern  # "before" a feast: "rushed to buy gifts before [Christmas]"
    dateline_after: re.Pattern  # "TOKYO, [March 16] (Reuters) -": the day the story was filed
    forward_month_before: re.Pattern  # "Brent futures for [December] delivery": a delivery month ahead
    forward_month_after: re.Pattern  # "the [December] Brent contract"
    move_month_before: re.Pattern  # "favoured a [September] cut": a move weighed, the nearer month
    move_month_after: re.Pattern  # and the move after the month: "a September [cut]"
    not_future_cue: re.Pattern  # the "next" of "the next day": a day the story tells, no future
    weekday_apposition: re.Pattern  # "Oct. 7[, a ]Saturday": the weekday names the day before it
    weekday_after_shift: re.Pattern  # "Two days later[, on ]Monday": the day the story moved to
    year_opener: re.Pattern  # "[In ]2014,": a year that dates the next sentence's month too


def _alternation(words, case: str, lang: ModuleType) -> str:
    # Capitalised tables take the capitalised and upper-case forms only, so the verb "may" is
    # never a month; lower-case tables take the lower-case form only, so "a Day of Mourning" is
    # no duration, but in a headline's case after a word so written ("Talks to Resume Next Week",
    # "JAILED FOR TWO YEARS").
    forms = set()
    for w in words:
        if case == "capitalized":
            forms.update({w[:1].upper() + w[1:], w.upper()})
        else:
            forms.add(w)
    alt = trie(forms)
    if case == "lower":
        title, upper = trie({w[:1].upper() + w[1:] for w in words}), trie({w.upper() for w in words})
        alt = (f"{alt}|(?:{lang.TITLE_CASE_BEFORE})(?:{title})(?!{lang.TITLE_CASE_NOT_AFTER})"
               f"|(?:{lang.UPPER_CASE_BEFORE})(?:{upper})")
    return f"(?-i:{alt})" if case else alt


def trie(words, space: str | None = None) -> str:
    """One regex for a set of words, as a trie: "jan(?:uary|\\.)?" rather than "january|jan.|jan".

    The regex engine then tries a shared prefix once instead of once per word, which makes the
    large tables (month and weekday forms) several times cheaper to scan; a word's longer forms
    are tried before it ends, so the longest still wins.  `space`, when given, is the pattern a
    space in a word stands for.
    """
    root: dict = {}
    for w in words:
        node = root
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node: dict) -> str:
        ends = "" in node
        branches = [(space if space is not None and ch == " " else re.escape(ch)) + emit(child)
                    for ch, child in sorted(node.items()) if ch]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 and not ends else "(?:" + "|".join(branches) + ")"
        if ends:
            body = (body if body.startswith("(?:") and len(branches) > 1 else f"(?:{body})") + "?"
        return body

    return emit(root)


def expand(template: str, lang: ModuleType, capture: bool = False) -> str:
    """`template` with each `{name}` replaced by its table's alternation or its fragment."""
    return _expand(template, lang, capture)


def _expand(template: str, lang: ModuleType, capture: bool) -> str:
    def sub(m: re.Match) -> str:
        name = m.group(1)
        if name in lang.TABLES:
            case = ("capitalized" if name in lang.CAPITALIZED else "lower" if name in lang.LOWER_CASE
                    else "exact" if name in lang.EXACT else "")
            body = _alternation(lang.TABLES[name], case, lang)
        elif name in lang.PATTERNS:
            body = _expand(lang.PATTERNS[name], lang, capture=False)
        else:
            raise KeyError(f"unknown pattern name {{{name}}} in {template!r}")
        return f"(?P<{name}>{body})" if capture else f"(?:{body})"

    return _NAME.sub(sub, template)


def _cue_pattern(words) -> re.Pattern:
    # case-sensitive: the cues are lower-case words, and "May" the name or month is no modal; a
    # cue that starts with an apostrophe ends a word ("I'll", "we’ll")
    words = sorted(words, key=len, reverse=True)
    alt = "|".join(re.escape(w) for w in words if w[:1] not in "'’")
    clitics = "|".join(re.escape(w) for w in words if w[:1] in "'’")
    return re.compile(rf"(?:(?<![\w'’])(?:{alt})" + (rf"|(?<=\w)(?:{clitics})" if clitics else "") + r")(?![\w])")


@lru_cache(maxsize=None)
def load_language(code: str = "en") -> Language:
    lang = importlib.import_module(f"parsers.lang.{code}")
    rules = []
    for name, template, builder in lang.RULES:
        try:
            build = BUILDERS[builder]
        except KeyError:
            raise KeyError(f"rule {name!r} names unknown builder {builder!r}") from None
        left = getattr(lang, "LEFT_MODIFIERS", {}).get(name)
        needs = getattr(lang, "RULE_NEEDS", {}).get(name)
        rules.append(Rule(name, re.compile(_expand(template, lang, capture=True), re.IGNORECASE), build,
                          re.compile(f"(?:{_expand(left, lang, capture=False)})\\Z", re.IGNORECASE) if left else None,
                          frozenset(needs) if needs else None))
    blocked = tuple(re.compile(_expand(b, lang, capture=False), re.IGNORECASE) for b in lang.BLOCKED)
    # not a participle after a comma: "The curfew, announced on Feb. 28, was lifted Thursday"
    speech_before = re.compile(expand(r"(?<!,\s)\b(?:{speech_verb}|{speech_noun})" + lang.SPEECH_LINKS + "$", lang),
                               re.IGNORECASE)
    words = {w.lower() for name in lang.ANCHOR_TABLES for w in lang.TABLES[name]} | set(lang.ANCHOR_WORDS)
    anchors = re.compile(rf"\d|\b{trie(words)}s?(?![a-z])", re.IGNORECASE)
    anchor_classes = _anchor_classes(lang, words)
    return Language(lang, tuple(rules), blocked, _cue_pattern(lang.FUTURE_CUES), _cue_pattern(lang.FAR_FUTURE_CUES),
                    _cue_pattern(lang.PAST_CUES), _cue_pattern(lang.NEAR_CUES), speech_before, _ending_with(lang.BOUND_WORDS),
                    re.compile(rf"\s+(?:{'|'.join(map(re.escape, lang.BOUND_NOUNS))})\b", re.IGNORECASE),
                    _ending_with(lang.FUTURE_BEFORE, then=lang.FUTURE_BEFORE_THEN), _ending_with(lang.SET_FOR_BEFORE, lang.NOT_SET_FOR_AFTER),
                    _ending_with(lang.WEAK_FUTURE_BEFORE, lang.WEAK_FUTURE_NOT_AFTER), re.compile(lang.IN_UNITS_SPAN_BEFORE, re.IGNORECASE),
                    anchors, anchor_classes, re.compile(lang.PATTERNS["possessive"]), _joining(lang.RANGE_JOINERS),
                    tuple((_ending_with((opener,)), _joining((joiner,))) for opener, joiner in lang.RANGE_PAIR),
                    _joining(lang.LIST_JOINERS),
                    re.compile(r"\s*,?\s*(" + "|".join(sorted(lang.SHIFT_AFTER_LENGTH, key=len, reverse=True)) + r")\b",
                               re.IGNORECASE),
                    re.compile(rf"\b(?:{'|'.join(lang.DATA_NOUNS)})\s(?:for|of)\s$", re.IGNORECASE),
                    # "the May jobs report", "November and December sales"
                    re.compile(rf"(?:\s(?:{'|'.join(lang.LIST_JOINERS)})\s[A-Z]\w+)?(?:'s|’s)?\s(?:[\w-]+\s)?"
                               rf"(?:{'|'.join(lang.DATA_NOUNS)})\b", re.IGNORECASE),
                    _ending_with(lang.DAY_END_BEFORE), re.compile(lang.INFINITIVE),
                    re.compile(lang.RESCHEDULED_BEFORE, re.IGNORECASE),
                    re.compile(expand(r"(?:\s+(?-i:{speech_verb})|(?:['’]s)?\s+(?:[\w-]+\s+)?(?-i:{speech_noun}))\b", lang),
                               re.IGNORECASE),
                    _ending_with(lang.FEAST_BOUND_BEFORE), re.compile(lang.DATELINE_AFTER),
                    re.compile(lang.FORWARD_MONTH_BEFORE, re.IGNORECASE), re.compile(lang.FORWARD_MONTH_AFTER, re.IGNORECASE),
                    re.compile(lang.MOVE_MONTH_BEFORE, re.IGNORECASE), re.compile(lang.MOVE_MONTH_AFTER, re.IGNORECASE),
                    re.compile(lang.NOT_FUTURE_CUE), re.compile(lang.WEEKDAY_APPOSITION),
                    re.compile(lang.WEEKDAY_AFTER_SHIFT), re.compile(lang.YEAR_OPENER))


def _anchor_classes(lang: ModuleType, words: set[str]) -> dict[str, frozenset[str]]:
    """The classes of each anchor as the anchor pattern can match it (a word, or the word and "s"):
    the tables its words are in and the anchor words it is or holds. Every word of a phrase counts,
    so "the following year" holds a period and a unit as well as a narrative shift."""
    of_word: dict[str, set[str]] = {}
    for name in lang.ANCHOR_TABLES:
        for w in lang.TABLES[name]:
            of_word.setdefault(w.lower(), set()).add(name)
    for w in lang.ANCHOR_WORDS:
        of_word.setdefault(w, set()).add(w)

    def classes(phrase: str) -> frozenset[str]:
        found = set(of_word.get(phrase, ()))
        for token in re.findall(r"[a-z]+", phrase):
            found |= of_word.get(token, set()) | of_word.get(token[:-1], set())
        return frozenset(found)

    return {form: classes(form) for w in words for form in (w, w + "s")}


def _joining(words) -> re.Pattern:
    """Matches, whole, a stretch of text that is one of `words` with spaces around it, and the comma
    that closes a date's year before it ("Dec. 28, 2023, to Jan. 3")."""
    alt = "|".join(re.escape(w) for w in words)
    return re.compile(rf",?\s*(?:{alt})\s*", re.IGNORECASE)


def _ending_with(words, not_after=(), then=()) -> re.Pattern:
    """Matches a stretch of text that ends with one of `words` (what stands right before a date),
    where none of `not_after` stands before that word ("is", but not "Today is") and one of `then`
    may stand after it ("ahead of the June 30 deadline")."""
    alt = "|".join(re.escape(w) for w in words)
    not_after = "".join(rf"(?<!\b{re.escape(w)}\s)" for w in not_after)
    then = rf"(?:(?:{'|'.join(map(re.escape, then))})\s+)?" if then else ""
    return re.compile(rf"{not_after}\b(?:{alt})\s+{then}$", re.IGNORECASE)


# --- builders: match groups -> Reading -------------------------------------------------------

def _key(text: str) -> str:
    return " ".join(text.lower().split())


def _lookup(table: dict, text: str):
    """The value of the matched words in a table, whatever their case and spacing; tables keep
    their keys as news writes them ("New Year's Eve") or in lower case ("this past")."""
    key = _key(text)
    if key in table:
        return table[key]
    return next(v for k, v in table.items() if k.lower() == key)


def _number(text: str, lang: ModuleType) -> int | str:
    t = text.lower().replace(",", "")
    return int(t) if t.isdigit() else lang.NUMBERS[t]


def _year(g: dict) -> int | None:
    # "{year}" is a year of 1800-2099; "{any_year}" any year of four digits, where a month or a
    # preposition says it is one ("5 November 1605", "by 2100")
    year = g.get("year") or g.get("any_year")
    if not year and g.get("fiscal_short"):  # "FY25", "1Q24": with no reference date, this century's
        # below 50 and the last one's above (resolution moves it to the reference date's century)
        short = int(g["fiscal_short"])
        return (2000 if short < 50 else 1900) + short
    return int(year) if year else None


def _month(g: dict, lang: ModuleType) -> int:
    m = g.get("month") or g.get("month_name")
    return lang.MONTHS[m.lower()] if m else int(g["month_num"])


def build_date(g: dict, lang: ModuleType) -> Reading | None:
    year = _year(g)
    has_month = g.get("month") or g.get("month_name") or g.get("month_num")
    month = _month(g, lang) if has_month else None
    day = int(g["day"]) if g.get("day") else None
    weekday = lang.WEEKDAYS[g["weekday"].lower()] if g.get("weekday") else None
    # "last Oct. 23" looks back, "next March 5" ahead; a bare "Oct. 23" is left to the tense
    return Reading(year=year, month=month, day=day, weekday=weekday, direction=_direction(g, lang))


def _short_year_range(g: dict) -> tuple[int, int] | None:
    """The two years of "2023-24", "1999-00"; None where the short one does not follow closely
    ("2023-12" is a month, or a code)."""
    start, end = int(g["range_from"]), int(g["range_to"])
    if not 0 < (end - start) % 100 <= 3:
        return None
    first = int(g["range_century"]) * 100 + start
    return first, first + (end - start) % 100


def build_short_year_start(g: dict, lang: ModuleType) -> Reading | None:
    years = _short_year_range(g)
    return Reading(year=years[0]) if years else None


def build_short_year_end(g: dict, lang: ModuleType) -> Reading | None:
    years = _short_year_range(g)
    return Reading(year=years[1]) if years else None


def build_fiscal_short(g: dict, lang: ModuleType) -> Reading:
    return Reading(year=_year(g))


def build_first_day(g: dict, lang: ModuleType) -> Reading | None:
    # "4-6 July" opens a range; "a 5-4 June ruling" counts votes
    return build_date(g, lang) if int(g["day"]) < int(g["last_day"]) else None


def build_month(g: dict, lang: ModuleType) -> Reading:
    # "this September" is this year's (0); no modifier leaves it to the tense (None)
    return Reading(month=_month(g, lang), direction=_direction(g, lang))


def build_new_year(g: dict, lang: ModuleType) -> Reading:
    return Reading(month=1, year_of=True)


def build_new_year_day(g: dict, lang: ModuleType) -> Reading:
    # "between Christmas and New Year": January 1, on the side the tense asks for, as a feast is
    return Reading(month=1, day=1)


def build_weekday(g: dict, lang: ModuleType) -> Reading:
    direction = _direction(g, lang)
    part = lang.PARTS_OF_DAY[g["part"].lower()] if g.get("part") else None
    # "the previous Friday", "the following Monday" count from the day the story is telling
    narrative = bool(g.get("modifier")) and _key(g["modifier"]) in lang.NARRATIVE_MODIFIERS
    return Reading(type="TIME" if part else "DATE", weekday=lang.WEEKDAYS[g["weekday"].lower()],
                   part_of_day=part, direction=direction, narrative=narrative,
                   unit="day" if narrative else None)


def build_weekday_of_week(g: dict, lang: ModuleType) -> Reading:
    # "Wednesday next week": this week's Wednesday, then a week on
    weeks = lang.MODIFIERS[g["week_modifier"].lower()]
    return Reading(weekday=lang.WEEKDAYS[g["weekday"].lower()], direction=0, shift_days=7 * weeks)


def build_weekday_of_month(g: dict, lang: ModuleType) -> Reading:
    # "the first Monday in October" is a day the calendar moves, as "Labor Day" is: (month, weekday, n)
    n = lang.WEEK_ORDINALS[g["week_ordinal"].lower()]
    return Reading(movable=(_month(g, lang), lang.WEEKDAYS[g["weekday"].lower()], n), year=_year(g))


def build_day_from_date(g: dict, lang: ModuleType) -> Reading | None:
    if g.get("weekday"):
        named = build_weekday(g, lang)
    elif g.get("holiday"):
        named = build_holiday(g, lang)
    elif g.get("movable_holiday"):
        named = build_movable_holiday(g, lang)
    else:
        named = build_date(g, lang)
    # no relation word: "the eve of" the feast
    return replace(named, shift_days=lang.RELATIONS[g["relation"].lower()] if g.get("relation") else -1) if named else None


def build_weeks_on(g: dict, lang: ModuleType) -> Reading:
    # "Tuesday week", "a week on Friday": the coming weekday, then the days on; "a week last
    # Friday": the last one, then the days back; "a week tomorrow": the relative day, then on ("a
    # week ago today": back)
    days = lang.WEEKS_ON[g["weeks_on"].lower()] if g.get("weeks_on") else 7 * lang.NUMBERS[g["weeks_count"].lower()]
    if g.get("rel_word"):
        offset, part = lang.RELATIVE_DAYS[g["rel_word"].lower()]
        back = offset < 0 or g.get("weeks_ago")
        return Reading(type="TIME" if part else "DATE", offset=offset + (-days if back else days),
                       unit="day", part_of_day=part)
    back = bool(g.get("weeks_before"))
    return Reading(weekday=lang.WEEKDAYS[g["weekday"].lower()], direction=-1 if back else None,
                   shift_days=-days if back else days)


def build_relative_day(g: dict, lang: ModuleType) -> Reading:
    if g.get("rel_part"):
        offset, _ = lang.RELATIVE_DAYS[g["rel_word"].lower()]
        part = lang.PARTS_OF_DAY[g["rel_part"].lower()]
    else:
        offset, part = lang.RELATIVE_DAYS[g["relative_day"].lower()]
    return Reading(type="TIME" if part else "DATE", offset=offset, unit="day", part_of_day=part)


def _feast_week(g: dict) -> dict:
    # "Easter week", "the Memorial Day weekend": the week or weekend the feast names
    return dict(week=0 if g.get("holiday_week") or g.get("holiday_weekend") else None,
                weekend=bool(g.get("holiday_weekend")))


def build_holiday(g: dict, lang: ModuleType) -> Reading:
    month, day = _lookup(lang.HOLIDAYS, g["holiday"])
    return Reading(month=month, day=day, direction=_direction(g, lang) or None, **_feast_week(g))


def build_independence_day(g: dict, lang: ModuleType) -> Reading | None:
    # "India's Independence Day" is Aug. 15; "Ukraine marked its Independence Day": no day we know
    day = lang.INDEPENDENCE_DAYS[g["nation"]] if g.get("nation") else None
    return Reading(month=day[0], day=day[1]) if day else None


def build_event_day(g: dict, lang: ModuleType) -> Reading:
    # "the Sept. 11 attacks" (2001), "since 9/11"; "the Sept. 11 deadline" is left to the tense
    if g.get("numeric_event_day"):
        year, month, day = lang.NUMERIC_EVENT_DAYS[g["numeric_event_day"]]
        return Reading(year=year, month=month, day=day, year_if_past=True)
    month, day = _month(g, lang), int(g["day"])
    year, nouns = lang.EVENT_DAYS.get((month, day), (None, ()))
    known = g["event_noun"] in nouns
    return Reading(year=year if known else None, month=month, day=day, year_if_past=known)


def build_month_of_year(g: dict, lang: ModuleType) -> Reading:
    # "June last year": the month of the year the modifier names
    return Reading(month=_month(g, lang), offset=_direction(g, lang), unit="year",
                   period=True)


def build_spelled_day(g: dict, lang: ModuleType) -> Reading | None:
    # "the fifth of April": a day the month has
    day = lang.ORDINALS[g["ordinal"].lower()]
    if day > calendar.monthrange(2024, _month(g, lang))[1]:  # a leap year: "the twenty-ninth of February"
        return None
    return Reading(year=_year(g), month=_month(g, lang), day=day)


def build_day_of_year(g: dict, lang: ModuleType) -> Reading:
    # "Christmas Eve last year", "Thanksgiving 2019", "July 4 this year"
    year = _year(g)
    offset = None if year is not None else _direction(g, lang)
    by_year = dict(year=year, offset=offset, unit="year" if offset is not None else None, direction=offset)
    if g.get("movable_holiday"):
        return Reading(movable=_lookup(lang.MOVABLE_HOLIDAYS, g["movable_holiday"]), **by_year)
    month, day = _lookup(lang.HOLIDAYS, g["holiday"]) if g.get("holiday") else (_month(g, lang), int(g["day"]))
    return Reading(month=month, day=day, **by_year)


def build_season_of_year(g: dict, lang: ModuleType) -> Reading:
    # "spring next year": the season of the year the modifier names
    # ("the summer of this year" is this year's, whatever the tense)
    return Reading(season=lang.SEASONS[g["season"].lower()], offset=_direction(g, lang), unit="year",
                   period=True, direction=_direction(g, lang))


def build_shift_back(g: dict, lang: ModuleType) -> Reading | None:
    # "22 months ago"; "two weeks from now" counts ahead
    n, sign = _number(g.get("number") or g["long_count"], lang), 1 if g.get("ahead") else -1
    if not isinstance(n, int):  # "several years ago": gone, with no count to date it
        return Reading(literal="FUTURE_REF" if sign > 0 else "PAST_REF")
    word = g["calendar_unit"].lower()
    offset, unit = sign * n * lang.UNIT_COUNTS.get(word, 1), lang.CALENDAR_UNITS[word]
    if unit in _YEARS_IN:  # "a decade ago" is the year ten years back, not the decade before this one
        offset, unit = offset * _YEARS_IN[unit] + (sign * _YEARS_IN[unit] // 2 if g.get("half_mark") else 0), "year"
    elif unit == "year" and g.get("half_mark"):  # "three and a half years ago": the month it was
        offset, unit = sign * (12 * n + 6), "month"
    # "two years earlier", "a day earlier" count back from the story's time, "two years ago" from today
    return Reading(offset=offset, unit=unit, narrative=bool(g.get("earlier")))


def build_in_units(g: dict, lang: ModuleType) -> Reading:
    # the span, carrying the date it ends at; the finder keeps the date only in a clause about the
    # future. "in a week or two", "in a few days": ahead, by no count that dates it.
    span = build_duration({"number": g["number"], "unit": g["calendar_unit"]}, lang)
    if g.get("or_count") or not isinstance(_number(g["number"], lang), int):
        return replace(span, literal="FUTURE_REF", date_ahead=True)
    ahead = build_shift_back({"number": g["number"], "calendar_unit": g["calendar_unit"], "ahead": "ahead"}, lang)
    return replace(ahead, type="DURATION", duration=span.duration, date_ahead=True)


def build_period_code(g: dict, lang: ModuleType) -> Reading:
    # "Q3 2024", "in H1": the codes of company reports
    quarter, half = lang.PERIOD_CODES[g["period_code"]]
    return Reading(year=_year(g), quarter=quarter, half=half)


def build_overnight(g: dict, lang: ModuleType) -> Reading:
    return Reading(type="TIME", offset=-1, unit="day", part_of_day="NI")


def build_period(g: dict, lang: ModuleType) -> Reading:
    if g.get("story_period"):  # "by the end of the month": the story's month
        unit = g["story_period"].lower()
        return Reading(offset=0, unit=unit, period=unit != "day", narrative=True)
    offset, unit = _direction(g, lang), lang.PERIODS[g["period"].lower()]
    if g.get("two_back") or g.get("two_ahead"):  # "the week before last", "the year after next"
        offset = -2 if g.get("two_back") else 2
    if unit in _YEARS_IN and offset is not None and offset < 0 and _key(g["modifier"]) in lang.SPAN_MODIFIERS:
        # "the past decade" is the ten years gone, not the calendar decade before this one
        return Reading(type="DURATION", duration=f"P{_YEARS_IN[unit]}Y")
    return Reading(offset=offset, unit=unit, period=True)


def build_long_period(g: dict, lang: ModuleType) -> Reading:
    # "by the end of the decade": this decade
    return Reading(offset=0, unit=lang.PERIODS[g["long_period"].lower()], period=True)


def build_next_period(g: dict, lang: ModuleType) -> Reading:
    return replace(build_period(g, lang), narrative_in_past=True)


# TIMEX3 writes decades and centuries in years ("two decades": P20Y)
_YEARS_IN = {"decade": 10, "century": 100}
# half a unit in the next smaller ones: "2 1/2 years" is P2Y6M, "5 1/2 hours" PT5H30M
_HALF_OF = {"year": "6M", "month": "15D", "day": "T12H", "hour": "30M", "minute": "30S", "second": "0.5S"}


def _time_mark(unit: str) -> str:
    # ISO 8601 writes hours, minutes and seconds after a time mark: PT5H, PTXM, PT40S
    return "T" if unit in ("hour", "minute", "second") else ""


def build_duration(g: dict, lang: ModuleType) -> Reading | None:
    n = _number(g.get("number") or g.get("number_digits") or "1", lang)  # "the past fortnight": one
    word = g.get("unit") or lang.HYPHEN_UNITS[g["hyphen_unit"].lower()]  # "a 30-second advert"
    unit, letter = lang.UNITS[word.lower()]
    n = n * lang.UNIT_COUNTS.get(word.lower(), 1) if isinstance(n, int) else n
    if unit in _YEARS_IN and isinstance(n, int):
        # "two and a half decades" is 25 years
        n = n * _YEARS_IN[unit] + (_YEARS_IN[unit] // 2 if g.get("half_mark") else 0)
        return Reading(type="DURATION", duration=f"P{n}Y")
    if unit == "week" and g.get("half_mark") and isinstance(n, int):
        return Reading(type="DURATION", duration=f"P{7 * n + 3}DT12H")  # weeks and days do not mix
    time_part = _time_mark(unit)
    half = _HALF_OF.get(unit, "") if g.get("half_mark") else ""
    if time_part and half:
        half = half.lstrip("T")
    return Reading(type="DURATION", duration=f"P{time_part}{n}{letter}{half}")


_LENGTH_ORDER = ("year", "month", "week", "day", "hour", "minute", "second")


def build_length_in_parts(g: dict, lang: ModuleType) -> Reading:
    """"four hours and 10 minutes" is PT4H10M: the parts added up by unit, largest first."""
    parts = [(g["number"], g["unit"])] + [(m["count"], m["part_unit"])
                                          for m in re.finditer(lang.LENGTH_PART, g["more"], re.IGNORECASE)]
    total: dict[str, int | str] = {}
    for count, word in parts:
        n, unit = _number(count, lang), lang.UNITS[word.lower()][0]
        if unit in _YEARS_IN:  # "two decades and three years" is 23 years
            n, unit = (n * _YEARS_IN[unit] if isinstance(n, int) else n), "year"
        had = total.get(unit, 0)
        total[unit] = had + n if isinstance(n, int) and isinstance(had, int) else "X"  # "several hours and ..."
    if "week" in total and len(total) > 1:  # weeks and other units do not mix: "one week and three days" is P10D
        weeks = total.pop("week")
        day = total.get("day", 0)
        total["day"] = 7 * weeks + day if isinstance(weeks, int) and isinstance(day, int) else "X"
    letter = dict(lang.UNITS.values())  # unit -> its ISO 8601 letter
    units = [u for u in _LENGTH_ORDER if u in total]
    date = "".join(f"{total[u]}{letter[u]}" for u in units if not _time_mark(u))
    time = "".join(f"{total[u]}{letter[u]}" for u in units if _time_mark(u))
    return Reading(type="DURATION", duration=f"P{date}" + (f"T{time}" if time else ""))


def build_weekends(g: dict, lang: ModuleType) -> Reading:
    return Reading(type="SET", literal="XXXX-WXX-WE")


def build_decimal_duration(g: dict, lang: ModuleType) -> Reading:
    unit, letter = lang.UNITS[g["unit"].lower()]
    number = g["decimal"].rstrip("0").rstrip(".")
    if unit in _YEARS_IN:  # "1.5 decades" is 15 years
        years = float(number) * _YEARS_IN[unit]
        return Reading(type="DURATION", duration=f"P{years:g}Y")
    return Reading(type="DURATION", duration=f"P{_time_mark(unit)}{number}{letter}")


def build_half_unit(g: dict, lang: ModuleType) -> Reading:
    unit, letter = lang.UNITS[g["unit"].lower()]
    if unit in _YEARS_IN:  # "half a century" is fifty years, "half a century ago" the year fifty back
        years = _YEARS_IN[unit] // 2
        return Reading(offset=-years, unit="year") if g.get("ago") else Reading(type="DURATION", duration=f"P{years}Y")
    # "half a day" is PT12H; "half an hour" thirty minutes, written after the time mark
    return Reading(type="DURATION", duration=f"P{_time_mark(unit)}{_HALF_OF[unit]}")


def build_part_of_century(g: dict, lang: ModuleType) -> Reading | None:
    # "a quarter of a century" is 25 years, "the past half-century" 50, "three-quarters of a century" 75
    part = g["century_part"].lower()
    if (part == "quarters") != bool(g.get("three")) or (g.get("ago") and g.get("span")):
        return None  # "three half-century", "the past quarter-century ago"
    years = 75 if g.get("three") else 100 // {"quarter": 4, "half": 2}[part]
    return Reading(offset=-years, unit="year") if g.get("ago") else Reading(type="DURATION", duration=f"P{years}Y")


def build_unknown_duration(g: dict, lang: ModuleType) -> Reading:
    # "for a while": a length with neither count nor unit
    return Reading(type="DURATION", duration="PXX")


def build_past_ref(g: dict, lang: ModuleType) -> Reading:
    return Reading(literal="PAST_REF")


def build_future_ref(g: dict, lang: ModuleType) -> Reading:
    return Reading(literal="FUTURE_REF")


def build_vague_duration(g: dict, lang: ModuleType) -> Reading:
    unit, letter = lang.UNITS[g["vague_unit"].lower()]
    return Reading(type="DURATION", duration=f"P{_time_mark(unit)}X{letter}")  # "for hours" is PTXH


def _direction(g: dict, lang: ModuleType, group: str = "modifier") -> int | None:
    mod = g.get(group)
    # "the weekend" has no modifier of the table: no direction of its own
    return lang.MODIFIERS.get(_key(mod)) if mod else None


def build_quarter(g: dict, lang: ModuleType) -> Reading:
    year = _year(g)
    return Reading(year=year, quarter=4 if g.get("last_part") else lang.QUARTERS[g["quarter"].lower()])


def build_year_quarter(g: dict, lang: ModuleType) -> Reading:
    # "next year's first quarter": the quarter of the year the modifier names
    return Reading(offset=_direction(g, lang), unit="year", quarter=lang.QUARTERS[g["quarter"].lower()])


def build_part_of_year(g: dict, lang: ModuleType) -> Reading:
    # "the second half of next year" is the year after the reference year's; "of the year" has no
    # modifier (direction None): the engine may take the year before or after by the tense
    direction = _direction(g, lang) if g.get("modifier") else None
    words = re.split(r"[\s-]+", g["_text"].lower())  # the ordinal stands in the left extent
    at = next(i for i, w in enumerate(words) if w in ("quarter", "half"))
    if words[at - 1] in lang.LAST_PART_WORDS:  # "the final quarter of the year"
        part = dict(half=2) if words[at] == "half" else dict(quarter=4)
    else:
        part = dict(half=lang.HALVES[words[at - 1]]) if words[at] == "half" else \
            dict(quarter=lang.QUARTERS[words[at - 1]])
    return Reading(offset=direction or 0, unit="year", direction=direction, **part)


def build_year_of_quarter(g: dict, lang: ModuleType) -> Reading:
    # "the 1988 quarter": that year's quarter of the one under discussion (the engine looks back
    # for it); without one, the year
    return Reading(year=int(g["year"]), unit="quarter")


def build_quarters(g: dict, lang: ModuleType) -> Reading | None:
    n = _number(g["number"], lang) if g.get("number") else "X"
    return Reading(type="DURATION", duration=f"P{n}Q")


def build_unit_long(g: dict, lang: ModuleType) -> Reading:
    # "a day-long meeting": one unit; "decades-long": some number of them
    word = g["long_unit"].lower()
    unit, letter = lang.UNITS[word]
    if word in _YEARS_IN:  # "a decade-long career" is ten years, as "a decade" is
        return Reading(type="DURATION", duration=f"P{_YEARS_IN[word]}Y")
    return Reading(type="DURATION", duration=f"P{_time_mark(unit)}{'X' if word != unit else '1'}{letter}")


def build_week_of(g: dict, lang: ModuleType) -> Reading:
    # "the week of March 6" (0); "the first week of May" (1), "the last week of March" (-1): the
    # ordinal stands before the match, in the extent LEFT_MODIFIERS add
    words = g["_text"].lower().split()
    at = words.index("week")
    n = lang.WEEK_ORDINALS[words[at - 1]] if at and words[at - 1] in lang.WEEK_ORDINALS else 0
    if g.get("month") or g.get("month_name"):
        named = build_date(g, lang)
    else:  # "the first week of next month"
        named = Reading(offset=_direction(g, lang), unit="month", period=True)
    return replace(named, week=n)


def build_this_period(g: dict, lang: ModuleType) -> Reading:
    # "for the week": the week of the day the story is telling ("closed Friday ... for the week")
    return Reading(offset=0, unit=(g.get("period") or g["period_own"]).lower(), period=True,
                   narrative=True)


def build_month_of_story_year(g: dict, lang: ModuleType) -> Reading:
    # "October of that year": the month of the year the story is telling
    return Reading(month=_month(g, lang), direction=0, narrative=True)


def build_midweek(g: dict, lang: ModuleType) -> Reading:
    # the week holding the Wednesday meant: on a Sunday "by midweek" is the coming week's
    return Reading(weekday=2, week=0)


def build_fiscal_year(g: dict, lang: ModuleType) -> Reading:
    # "the latest fiscal year": the last one completed; "this fiscal", "next financial year"
    return Reading(offset=lang.FISCAL_MODIFIERS[_key(g["fiscal_mod"])], unit="year", period=True)


def build_part_of_story_day(g: dict, lang: ModuleType) -> Reading:
    # "in the morning", "by mid-afternoon": that part of the day the story is telling
    return Reading(type="TIME", offset=0, unit="day", part_of_day=lang.PARTS_OF_DAY[g["part"].lower()],
                   narrative=True)


def build_holiday_quarter(g: dict, lang: ModuleType) -> Reading:
    # "the holiday quarter": the October-December one
    return Reading(quarter=4)


def build_latest_quarter(g: dict, lang: ModuleType) -> Reading:
    # "the quarter" in a report is the last one completed, the one whose results are in
    return Reading(offset=-1, unit="quarter", period=True)


def build_half(g: dict, lang: ModuleType) -> Reading:
    year = _year(g)
    return Reading(year=year, half=lang.HALVES[g["half"].lower()])


def build_month_span(g: dict, lang: ModuleType) -> Reading:
    # "the April-June quarter" is the second quarter, "the January-June period" the first half
    months = re.split(lang.MONTH_SPAN_JOIN, g["month_span"].lower())
    quarter, half = lang.MONTH_SPAN_PARTS[(lang.MONTHS[months[0]], lang.MONTHS[months[-1]])]
    year = g.get("year") or g.get("year_after")  # "the July-September quarter of 2012"
    return Reading(year=int(year) if year else None, quarter=quarter, half=half)


def build_quarter_month(g: dict, lang: ModuleType) -> Reading:
    return Reading(year=_year(g), quarter=lang.MONTHS[g["quarter_month"].lower()] // 3,
                   direction=-1 if g.get("quarter_ended") else None)


def build_season(g: dict, lang: ModuleType) -> Reading:
    year = _year(g)
    return Reading(year=year, season=lang.SEASONS[g["season"].lower()], direction=_direction(g, lang))


def build_story_season(g: dict, lang: ModuleType) -> Reading:
    return Reading(season=lang.SEASONS[g["season"].lower()], direction=_direction(g, lang), narrative=True)


def build_decade(g: dict, lang: ModuleType) -> Reading:
    if g.get("decade_word"):
        return Reading(decade=lang.DECADE_WORDS[g["decade_word"].lower()])
    if g.get("decade_short"):  # "the '80s": the 20th century's
        return Reading(decade=190 + int(g["decade_short"]))
    decade = int(g["decade"])
    if decade % 10 == 0 and decade < 200:  # "the 1800s" is the century, as is "the early 1900s"
        return Reading(century=decade // 10)
    return Reading(decade=decade)


def build_reference(g: dict, lang: ModuleType) -> Reading:
    return Reading(literal=_lookup(lang.REFERENCE_WORDS, g["reference_word"]))


def build_set(g: dict, lang: ModuleType) -> Reading:
    if g.get("weekday"):
        part = "T" + lang.PARTS_OF_DAY[g["set_part"].lower()] if g.get("set_part") else ""
        return Reading(type="SET", literal=f"XXXX-WXX-{lang.WEEKDAYS[g['weekday'].lower()] + 1}{part}")
    if g.get("month_name") or g.get("may"):  # "each July", "every May" ("May" alone may be a name)
        return Reading(type="SET", literal=f"XXXX-{lang.MONTHS[(g.get('month_name') or g['may']).lower()]:02d}")
    if g.get("season"):  # "every summer"
        return Reading(type="SET", literal=f"XXXX-{lang.SEASONS[g['season'].lower()]}")
    if g.get("holiday"):  # "every Christmas Eve"
        month, day = _lookup(lang.HOLIDAYS, g["holiday"])
        return Reading(type="SET", literal=f"XXXX-{month:02d}-{day:02d}")
    return Reading(type="SET", literal=_lookup(lang.SETS, g["set_word"]))


def build_every_n_units(g: dict, lang: ModuleType) -> Reading:
    if g.get("few"):
        return Reading(type="SET", literal=f"PX{lang.UNITS[g['unit'].lower()][1]}")
    length = build_duration({**g, "number_digits": "2"} if g.get("other") else g, lang).duration
    return Reading(type="SET", literal=length)


def build_times_per_unit(g: dict, lang: ModuleType) -> Reading | None:
    # "three times a week": the set is of weeks; how often within each is not part of the value
    if g["_text"].startswith("times"):  # no count before "times" ("hard times a year ago")
        return None
    return Reading(type="SET", literal=build_duration({"unit": g["unit"], "number_digits": "1"}, lang).duration)


def build_weekend(g: dict, lang: ModuleType) -> Reading:
    if g.get("story_weekend") or g.get("that_weekend"):
        # unit "day": the story's last day is the reference, as for "the following day"
        return Reading(weekend=True, direction=_direction(g, lang, "story_weekend") or 0, narrative=True,
                       unit="day")
    return Reading(weekend=True, direction=_direction(g, lang, "weekend_mod"))


def build_year_earlier(g: dict, lang: ModuleType) -> Reading:
    quarter = lang.QUARTERS[g["quarter"].lower()] if g.get("quarter") else None
    return Reading(offset=-1, unit="year", quarter=quarter)


def _before_christ(g: dict) -> bool:
    return bool(g.get("era")) and g["era"].upper().startswith("B")


def build_century(g: dict, lang: ModuleType) -> Reading:
    n = int(g["century"]) if g.get("century") else lang.ORDINALS[g["ordinal"].lower()]
    if _before_christ(g):  # "the fifth century BC": TimeML writes "BC04"
        return Reading(literal=f"BC{n - 1:02d}")
    return Reading(century=n - 1)


def build_era_year(g: dict, lang: ModuleType) -> Reading | None:
    # "AD 43" is the year 0043; "753 BC" has no place on the calendar the tagger counts in, and
    # TimeML writes it "BC0753"
    n = int(g["era_year"].replace(",", ""))
    if n == 0:
        return None
    if _before_christ(g):
        return Reading(literal=f"BC{n:04d}")
    return Reading(year=n) if n <= 9999 else None


def build_movable_holiday(g: dict, lang: ModuleType) -> Reading:
    # "last Ramadan" is the one before now; "this Diwali" is left to the tense, as "this Christmas" is
    return Reading(movable=_lookup(lang.MOVABLE_HOLIDAYS, g["movable_holiday"]), direction=_direction(g, lang) or None,
                   **_feast_week(g))


def build_vague_reference(g: dict, lang: ModuleType) -> Reading:
    return Reading(literal=lang.VAGUE_REFERENCES[g["vague_ref"].lower()])


def build_year_end(g: dict, lang: ModuleType) -> Reading:
    return Reading(offset=0, unit="year", period=True)


def build_period_to_date(g: dict, lang: ModuleType) -> Reading:
    # "year to date", "quarter-to-date": the period under way
    return Reading(offset=0, unit=lang.PERIODS[g["period"].lower()], period=True)


def build_year_span(g: dict, lang: ModuleType) -> Reading:
    return Reading(type="DURATION", duration="P1Y")


def _spelled_year(words: list[str], lang: ModuleType) -> int:
    # "nineteen ninety-four" -> 19, 90, 4
    year = lang.YEAR_CENTURIES[words[0]] * 100 + lang.YEAR_TENS[words[1]]
    ones = [w for w in words[2:] if w in lang.YEAR_ONES]
    return year + (lang.YEAR_ONES[ones[0]] if ones else 0)


def build_spelled_year(g: dict, lang: ModuleType) -> Reading:
    if g.get("spelled_year"):  # inside a longer date: the fragment's own words are not captured
        year = _spelled_year(g["spelled_year"].lower().replace("-", " ").split(), lang)
    elif g.get("year_century"):
        year = lang.YEAR_CENTURIES[g["year_century"].lower()] * 100 + lang.YEAR_TENS[g["year_tens"].lower()]
        year += lang.YEAR_ONES[g["year_ones"].lower()] if g.get("year_ones") else 0
    else:
        year = 2000 + (lang.YEAR_ONES[g["year_ones"].lower()] if g.get("year_ones") else 0)
    month = _month(g, lang) if g.get("month_name") else None
    season = lang.SEASONS[g["season"].lower()] if g.get("season") else None
    return Reading(year=year, month=month, season=season)


def build_narrative_shift(g: dict, lang: ModuleType) -> Reading:
    if g.get("relation"):
        offset, unit = lang.RELATIONS[g["relation"].lower()], lang.CALENDAR_UNITS[g["calendar_unit"].lower()]
    else:
        offset, unit, *part = _lookup(lang.NARRATIVE_SHIFTS, g["narrative_shift"])
        if part:  # "that night": a part of the story's day
            return Reading(type="TIME", offset=offset, unit=unit, part_of_day=part[0], narrative=True)
    return Reading(offset=offset, unit=unit, narrative=True, period=unit != "day")


def build_day_of_month(g: dict, lang: ModuleType) -> Reading:
    if g.get("modifier"):  # "the 15th of next month"
        return Reading(day=int(g["day"]), offset=_direction(g, lang), unit="month")
    return Reading(day=int(g["day"]))


def _hour_in_part(hour: int, part: str) -> int:
    """A clock hour said with the part of the day (TIMEX3 code) it falls in: "8 in the evening" is
    20, "2 at night" early morning; an hour past 12, or with no part ("half past nine"), says the time
    itself."""
    if hour > 12 or part is None:
        return hour
    hour %= 12
    return hour + 12 if part in ("AF", "EV") or (part == "NI" and hour >= 6) else hour


def _spoken_clock(hour: str, minute: str, g: dict, lang: ModuleType, part: str | None) -> str:
    """"HH:MM" of an hour said with its minutes ("4:45"), or with the minutes before "past" or "to" it
    ("quarter to five"), in the part of the day it falls in."""
    h, m = _number(hour, lang), int(minute)
    if g.get("lead_minutes"):
        lead = _key(g["lead_minutes"])
        m = lang.CLOCK_FRACTIONS[lead] if lead in lang.CLOCK_FRACTIONS else _number(lead.split()[0], lang)
        if lang.CLOCK_SIDES[g["lead_side"].lower()] < 0:  # "quarter to one" is 12:45
            h, m = (h - 1) or 12, 60 - m
    return f"{_hour_in_part(h, part):02d}:{m:02d}"


def build_clock(g: dict, lang: ModuleType) -> Reading:
    if g.get("clock_word"):
        clock = lang.CLOCK_WORDS[g["clock_word"].lower()]
    elif g.get("hour24"):
        clock = f"{int(g['hour24']):02d}:{g['minute24']}"
    elif g.get("hour_colon") or g.get("hour_dot"):
        hour, minute = (g["hour_colon"], g["minute_colon"]) if g.get("hour_colon") else (g["hour_dot"], g["minute_dot"])
        part = lang.PARTS_OF_DAY[g["day_part"].lower()] if g.get("day_part") else None
        clock = f"{_hour_in_part(int(hour), part):02d}:{minute}"
    elif g.get("meridiem") and not g.get("lead_minutes"):
        hour = int(g["hour"]) % 12 + (12 if g["meridiem"].lower() in lang.PM_MARKS else 0)
        clock = f"{hour:02d}:{g.get('minute') or '00'}"
    else:
        # "4 in the morning", "11 at night", "quarter to five in the morning", "quarter past 10 p.m.";
        # "half past nine" and "10 o'clock" as written
        part = g.get("clock_part") or ("night" if g.get("clock_night") else None)
        code = lang.PARTS_OF_DAY[part.lower()] if part else None
        if g.get("meridiem"):
            code = "AF" if g["meridiem"].lower() in lang.PM_MARKS else "MO"
        clock = _spoken_clock(g["hour"], g.get("minute") or "00", g, lang, code)
    weekday = lang.WEEKDAYS[g["weekday"].lower()] if g.get("weekday") else None
    month = _month(g, lang) if g.get("month") or g.get("month_num") else None
    day = int(g["day"]) if g.get("day") else None
    movable = None
    if g.get("holiday") or g.get("movable_holiday"):  # "3 a.m. on New Year's Day": the feast's day
        feast = build_holiday(g, lang) if g.get("holiday") else build_movable_holiday(g, lang)
        month, day, movable = feast.month, feast.day, feast.movable
    # a clock time alone is on the day the story is telling ("shot at 10 p.m.")
    alone = weekday is None and day is None and movable is None
    year = _year(g)
    return Reading(type="TIME", clock=clock, year=year, weekday=weekday, month=month, day=day, movable=movable,
                   narrative=alone, unit="day" if alone else None)


def build_clock_relative_day(g: dict, lang: ModuleType) -> Reading:
    day = build_relative_day(g, lang)
    hour = g.get("hour_bare") or g.get("hour_word") or g.get("hour_colon")
    if hour:
        # "at 9 this morning", "seven o'clock tonight", "at 4:45 this afternoon", "quarter to eight
        # this evening": the part of the day says a.m. or p.m.
        clock = _spoken_clock(hour, g.get("minute_bare") or g.get("minute_colon") or "00", g, lang, day.part_of_day)
    else:
        clock = build_clock(g, lang).clock
    return Reading(type="TIME", clock=clock, offset=day.offset, unit="day")


BUILDERS: dict[str, Callable[[dict, ModuleType], Reading | None]] = {
    "date": build_date,
    "month": build_month,
    "new_year": build_new_year,
    "new_year_day": build_new_year_day,
    "weekday": build_weekday,
    "weekday_of_week": build_weekday_of_week,
    "weekday_of_month": build_weekday_of_month,
    "relative_day": build_relative_day,
    "weeks_on": build_weeks_on,
    "holiday": build_holiday,
    "independence_day": build_independence_day,
    "event_day": build_event_day,
    "shift_back": build_shift_back,
    "in_units": build_in_units,
    "midweek": build_midweek,
    "period": build_period,
    "next_period": build_next_period,
    "long_period": build_long_period,
    "duration": build_duration,
    "decimal_duration": build_decimal_duration,
    "weekends": build_weekends,
    "vague_duration": build_vague_duration,
    "quarter": build_quarter,
    "latest_quarter": build_latest_quarter,
    "period_to_date": build_period_to_date,
    "month_of_story_year": build_month_of_story_year,
    "holiday_quarter": build_holiday_quarter,
    "year_quarter": build_year_quarter,
    "year_of_quarter": build_year_of_quarter,
    "quarters": build_quarters,
    "unit_long": build_unit_long,
    "unknown_duration": build_unknown_duration,
    "past_ref": build_past_ref,
    "future_ref": build_future_ref,
    "this_period": build_this_period,
    "week_of": build_week_of,
    "period_code": build_period_code,
    "overnight": build_overnight,
    "fiscal_year": build_fiscal_year,
    "part_of_story_day": build_part_of_story_day,
    "half": build_half,
    "month_span": build_month_span,
    "season": build_season,
    "decade": build_decade,
    "reference": build_reference,
    "set": build_set,
    "every_n_units": build_every_n_units,
    "times_per_unit": build_times_per_unit,
    "part_of_year": build_part_of_year,
    "story_season": build_story_season,
    "quarter_month": build_quarter_month,
    "length_in_parts": build_length_in_parts,
    "day_from_date": build_day_from_date,
    "weekend": build_weekend,
    "year_earlier": build_year_earlier,
    "century": build_century,
    "era_year": build_era_year,
    "movable_holiday": build_movable_holiday,
    "vague_reference": build_vague_reference,
    "clock": build_clock,
    "clock_relative_day": build_clock_relative_day,
    "spelled_year": build_spelled_year,
    "year_end": build_year_end,
    "year_span": build_year_span,
    "narrative_shift": build_narrative_shift,
    "short_year_start": build_short_year_start,
    "first_day": build_first_day,
    "fiscal_short": build_fiscal_short,
    "half_unit": build_half_unit,
    "part_of_century": build_part_of_century,
    "short_year_end": build_short_year_end,
    "month_of_year": build_month_of_year,
    "season_of_year": build_season_of_year,
    "day_of_year": build_day_of_year,
    "spelled_day": build_spelled_day,
    "day_of_month": build_day_of_month,
}


# --- context around a match --------------------------------------------------------------------

# a period ends a clause only before a capital or the end: "Jan. 3 to stock of record" goes on
# a colon in a clock ("at 14:00 on Thursday") ends no clause
_CLAUSE_END = re.compile(r"[;!?\n“”\"«»]|(?<!\d):(?!\d)|``|''|\.(?=\s+[A-Z\"“`]|\s*$)")
_WORD = re.compile(r"[\w'’-]+")
_LONG_WORD = re.compile(r"\b[^\W\d_][\w'’-]{3,}")


def _headline_case(text: str, start: int, end: int) -> bool:
    """Whether the line around [start, end) is a headline in Title Case or capitals: three words
    or more, every word of four letters or more capitalised, no full stop at its end."""
    line_start = text.rfind("\n", max(0, start - 150), start) + 1
    line_end = text.find("\n", end, end + 150)
    line_end = line_end if line_end >= 0 else len(text)
    if (line_start == 0 and start > 150) or line_end - line_start > 150:
        return False
    line = text[line_start:line_end].rstrip()
    if not line or line.endswith("."):
        return False
    words = _LONG_WORD.findall(line)
    return len(words) >= 3 and all(w[0].isupper() for w in words)


# A few quoted words inside a clause, between lower-case words ("would concede \"if I lose\" on Nov.
# 5", "called the bill \"dead on arrival\" on Monday"): the clause runs on past them, but their own
# verbs govern nothing outside them ("said \"we will win\" on Monday")
_FRAGMENT = re.compile(r"(?<=[a-z] )[\"“][^\"“”\n.!?;:]{1,40}[\"”](?= [a-z])")


def _blank_fragments(text: str) -> str:
    return _FRAGMENT.sub(lambda m: " " * len(m.group()), text) if '"' in text or "“" in text else text


@lru_cache(maxsize=None)
def _quote_marks(lang: ModuleType) -> re.Pattern:
    return re.compile("[" + re.escape("".join({*lang.QUOTES, *lang.QUOTES.values(), "\n"})) + "]")


def quote_spans(text: str, lang: ModuleType) -> list[tuple[int, int]]:
    """Spans inside quotation marks; an unclosed quote ends with its paragraph."""
    spans = []
    open_at, closer = -1, ""
    # only quotation marks and line breaks change anything: the loop visits those alone
    for m in _quote_marks(lang).finditer(text):
        i, ch = m.start(), m.group()
        if open_at >= 0:
            if ch == closer:
                spans.append((open_at, i))
                open_at = -1
            elif ch == "\n":
                spans.append((open_at, i))
                open_at = -1
        elif ch in lang.QUOTES:
            open_at, closer = i, lang.QUOTES[ch]
    if open_at >= 0:
        spans.append((open_at, len(text)))
    return spans


def clause_tense(text: str, start: int, end: int, language: Language, window: int = 8) -> str | None:
    """FUTURE, PAST or NEAR (either side of now, whichever is nearer) from the nearest tense cue of
    the clause around [start, end), else None.

    The governing verb usually precedes the date in news ("will meet on Tuesday"), so the words
    to the left are read first, nearest first; then a few words to the right ("Jan. 1 will be").
    """
    lang = language.lang
    # "as soon as Tuesday", "ahead of Sunday's vote": the date lies ahead of the clause's event;
    # of the speaker's words that is ahead of now, but under a past verb ("Sales rose ahead of
    # Christmas", "Troops massed ahead of Sunday's vote") it may lie on either side of now
    just_before = text[max(0, start - 20):start]
    if language.rescheduled_before.search(text, max(0, start - 70), start):
        return "FUTURE"
    deadline = language.future_before.search(just_before) is not None
    left_from = max(0, start - 120)
    left = _blank_fragments(text[left_from:start])
    headline = _headline_case(text, start, end)
    if headline:
        # a headline's words in Title Case or capitals are its cues in lower case: "Heatwave
        # Expected to Peak on Saturday", "STRIKE TO BEGIN AT MIDNIGHT ON SUNDAY"
        left = left.lower()
    cut = max((m.end() for m in _CLAUSE_END.finditer(left)), default=0)
    clause_words = _WORD.findall(left[cut:])
    if clause_words and clause_words[-1] in lang.CLAUSE_OPENERS:
        # "said Wednesday that Friday would be the worst day": the date opens the reported clause,
        # whose verb follows it; the saying does not date it
        clause_words = []
    elif (clause_words and clause_words[-1].lower() in lang.SPEECH_VERBS
          and _WORD.findall(text[end:end + 12])[:1] in ([m] for m in lang.SUBJECT_MODALS)):
        # "said the weekend would be hot": the date opens the reported clause with no "that"
        clause_words = []
    left_words = clause_words[-window:]
    # the word before the window still says what its first word is: "will [be] held two weeks after
    # the first round on April 14" is passive
    outside = clause_words[-window - 1] if len(clause_words) > window else ""
    # a date that opens its clause ("On Tuesday, the league will ...") is governed by the verb
    # that follows, which may stand a dozen words on
    opens_clause = len(left_words) <= 1
    right = _blank_fragments(text[end:end + (160 if opens_clause else 80)])
    right = right.lower() if headline else right
    stop = _CLAUSE_END.search(right)
    right = right[:stop.start()] if stop else right
    right_words = _WORD.findall(right)
    comma = right.find(",")
    if comma >= 0:
        # an attribution that ends the clause (", the statistics office said") tells when it was
        # said, not when what the date dates happened; "In September, it announced plans" is no tail
        before, after = _WORD.findall(right[:comma]), _WORD.findall(right[comma:])
        said = [i for i, w in enumerate(after) if w.lower() in lang.SPEECH_VERBS]
        if said and len(after) - said[-1] <= 3:
            right_words = before + after[:said[-1]] + after[said[-1] + 1:]
    right_words = right_words[:12 if opens_clause else 5]

    def cue(words: list[str], right: bool = False, before: str = "") -> list[tuple[int, int, str]]:
        """The tense cues among `words`: (character position, rank, tense); at one position a
        cue of several words outranks the past verb it starts with ("planned a"), but not to the
        right of the date, where the verb is what the date dates ("Clinton Saturday vowed to")."""
        phrase = " ".join(words)
        # "the next day": a word of a day the story tells, no future
        story_words = {m.start() for m in language.not_future_cue.finditer(phrase)} if "next" in phrase else ()
        future_spans = [m.span() for m in language.future.finditer(phrase) if m.start() not in story_words]
        near_spans = [m.span() for m in language.near.finditer(phrase)]
        fut = [s for s, _ in future_spans]
        # "since" after a date opens another one: "This Sunday's election is the first since 2019",
        # and before a year it dates that year only: "will pay its first dividend since 2019 in
        # October"; a past verb inside a future cue is part of it (but "should have" outruns "should")
        past = [m.start() for m in language.past.finditer(phrase)
                if not ((right or phrase[m.end() + 1:m.end() + 2].isdigit()) and m.group() in lang.LEFT_ONLY_PAST_CUES)
                and (right or not any(s <= m.start() and m.end() <= e for s, e in future_spans))]
        pos = 0
        speech = []
        previous, previous_as_written, second = before.lower(), before, ""
        for i, w in enumerate(words):
            lw = w.lower()
            # "expected to" is a future cue, not a past verb; "will be held" is passive
            adjective = (previous in lang.ADJECTIVE_AFTER or previous.endswith(("'s", "’s"))
                         or (lw == "cut" and (previous in lang.NOUN_CUT_AFTER or previous.endswith("-point")
                                              or second.lower() in lang.NOUN_CUT_TWO_AFTER))
                         # an -ed word after a modal's verb is an adjective: "will release detailed
                         # earnings" (but "will have finished", and "according to reports published")
                         or (lw.endswith("ed") and second in lang.BASE_FORM_AFTER and second != "to"
                             and previous not in lang.AUXILIARIES_BEFORE_PARTICIPLE))
            # nor is "called" in "was called for", a plan told in the past (NEAR)
            if (len(lw) >= 4 and lw.endswith("ed") and lw not in lang.NOT_PAST_ED and w[0].islower()
                    and not adjective and (right or not any(s <= pos < e for s, e in future_spans + near_spans))):
                past.append(pos)
            elif adjective:  # "a cut on Thursday", "the hit show": a noun or an adjective
                past = [p for p in past if p != pos]
            elif (lw in lang.PLURAL_TIMETABLE_VERBS and w[0].islower()
                  # the window's first word has none; "counted votes Sunday" is a past verb's object
                  and previous and previous not in lang.NOT_PRESENT_AFTER and not previous.endswith("ed")):
                fut.append(pos)
            elif (lw in lang.DUE_WORDS and previous not in lang.DUE_NOT_AFTER
                  and (i + 1 == len(words) or words[i + 1].lower() not in lang.DUE_NOT_BEFORE)):
                # "The results, due Aug. 28, are": what is due lies ahead (but "cancelled due to fog",
                # "was due on Monday")
                fut.append(pos)
            # "Theresa May said": a modal is written in lower case
            if ((previous in lang.PASSIVE_AUXILIARIES and lw not in lang.NOT_PARTICIPLE_PAST_CUES)
                    or previous_as_written in lang.BASE_FORM_AFTER):
                past = [p for p in past if p != pos]
            if lw in lang.SPEECH_VERBS:
                speech.append(pos)
            previous, previous_as_written, second = lw, w, previous_as_written
            pos += len(w) + 1
        if deadline:  # "said the vote could come as early as Tuesday": the saying does not date it
            past = [p for p in past if p not in speech]
        near = [s for s, _ in near_spans]
        # a plan told in the past is no future: "was scheduled to expire at midnight Friday", "were
        # due to take effect on Monday"
        fut = [f for f in fut if not any(s <= f <= e + 1 for s, e in near_spans)]
        return [(p, 0, "FUTURE") for p in fut] + [(p, 1, "PAST") for p in past] + [(p, 2, "NEAR") for p in near]

    # the cue nearest the date governs it: the last one before it, else the first one after it
    cues = cue(left_words, before=outside)
    tense = max(cues)[2] if cues else None
    if (tense == "PAST" and language.weak_future_before.search(just_before)
            and (language.infinitive.search(" ".join(left_words), max(cues)[0])
                 or (text[end:end + 1] == " " and language.infinitive.match(text, end + 1)))):
        # a deadline an order or a plea set lies after it, on either side of now: "urged citizens
        # to leave by Sunday", "ordered him to pay by Friday", "gave Merieux until mid-November to
        # submit more information"
        return "NEAR"
    if tense is None:
        # "will hold its final meeting of the year on Wednesday": a modal governs a long verb
        # phrase, further than other cues reach
        far = clause_words[-window - 6:-window]
        # a phrase may run on into the nearer words, which hold no cue: "is expected | to bring"
        phrase = " ".join(clause_words[-window - 6:len(clause_words) - window + 2])
        if len(clause_words) > window and (language.far_future.search(phrase)
                                           or any(w.endswith(("'ll", "’ll")) for w in far)):
            tense = "FUTURE"
    if tense is None:
        cues = cue(right_words, right=True)
        tense = min(cues, key=lambda c: (c[0], -c[1]))[2] if cues else None
    if tense is None and _headline_infinitive(left, cut, left_from, language):
        # a headline's infinitive is its future: "Fed to announce rate decision Wednesday", "PM to
        # face MPs on Wednesday"
        tense = "FUTURE"
    if deadline:
        return "FUTURE" if tense in (None, "FUTURE") else "NEAR"
    if tense:
        return tense
    if language.weak_future_before.search(just_before):
        return "FUTURE"
    return None


def _headline_infinitive(left: str, cut: int, left_from: int, language: Language) -> bool:
    """Whether the sentence before a date opens with a subject and an infinitive, with no verb: "Fed
    to announce rate decision Wednesday"; not an infinitive of purpose after a verb further back
    ("staged celebrations to mark the entry into NATO on Friday") or after a quotation."""
    if (cut == 0 and left_from > 0) or (cut > 0 and left[cut - 1] not in ".!?\n"):
        return False
    words = _WORD.findall(left[cut:])
    if len(words) > 8:  # a longer opening may hold a verb: "According to reports, the shelling came in ..."
        return False
    opening = " ".join(words)
    to = language.infinitive.search(opening)
    if to is None or not 0 < to.start() or opening[:to.start()].count(" ") > 3:
        return False
    return words[opening[:to.start()].count(" ") - 1].lower() not in language.lang.PREPOSITIONS_BEFORE_TO


def _tense(text: str, start: int, end: int, reading: Reading, language: Language) -> str:
    if language.dateline_after.match(text, end):
        # a dateline's date is the day the story was filed, the nearest one, whatever the tense of
        # the story it heads (filed in Tokyo a day ahead of a publication dated in New York)
        return "NEAR"
    # "Wednesday's ruling" names a happening already reported, whatever the clause's tense, but
    # "ahead of Sunday's vote" and "awaiting Friday's ruling" name one still to come
    before = text[max(0, start - 20):start]
    if (reading.month is not None and reading.day is None and reading.year is None and reading.direction is None
            and (language.forward_month_before.search(text, max(0, start - 30), start)
                 or language.forward_month_after.match(text, end))):
        return "FUTURE"  # a futures contract's delivery month lies ahead: "Brent for [December] delivery"
    if ((reading.quarter is not None or (reading.month is not None and reading.day is None))
            and reading.year is None and reading.direction is None
            and (language.data_before.search(before) or language.data_after.match(text, end))):
        # figures are reported for a period begun, whatever the report's own tense: "Retail sales
        # for November are due on Tuesday", "the May jobs report"
        return "PAST"
    if (reading.weekday is not None or reading.weekend) and language.future_before.search(before):
        return "FUTURE"  # a day this close lies ahead of now too: "massed ahead of Sunday's vote"
    if reading.weekday is not None:
        possessive = language.possessive.match(text, end)
        # but "Tuesday's election will decide" and "this Sunday's vote" name one still to come
        if possessive and reading.direction != 0 and not _future_after(text, possessive.end(), language):
            # "will gather at Saturday's rally": a happening set for a day, in a clause that looks ahead
            if _scheduled_after(text, possessive.end(), language) and clause_tense(text, start, end, language) == "FUTURE":
                return "FUTURE"
            return "PAST"
    if reading.weekday is not None or (reading.month is not None and reading.day is None):
        if language.set_for_before.search(before):  # "The vote is on Sunday", "The election is in November"
            return "FUTURE"
    tense = clause_tense(text, start, end, language) or ""
    if (tense == "PAST" and reading.month is not None and reading.day is None and reading.year is None
            and language.move_month_before.search(text, max(0, start - 10), start)
            and language.move_month_after.match(text, end)):
        return "NEAR"  # "officials favoured a [September] cut": a move weighed, not one made
    if tense == "PAST" and _feast(reading, text[start:end]):
        # "Black Friday deals started earlier this year", "Prices for a Thanksgiving dinner fell":
        # the past verb dates the deals, not the feast, which is the nearer one
        after = _WORD.findall(text[end:end + 20])[:1]
        if after and after[0] in language.lang.FEAST_SEASON_NOUNS:
            return "NEAR"
    return tense


def _feast(reading: Reading, words: str) -> bool:
    """Whether a date is a feast named by its name ("Christmas", "Passover"), not by its number."""
    return reading.movable is not None or (reading.month is not None and reading.day is not None
                                           and not any(c.isdigit() for c in words))


def _scheduled_after(text: str, end: int, language: Language) -> bool:
    """Whether a possessive date names a happening set for that day ("Saturday's rally", "Sunday's
    presidential runoff"), not one reported ("Thursday's ruling")."""
    words = [w.lower() for w in _WORD.findall(text[end:end + 40])[:3]]
    nouns = language.lang.SCHEDULED_NOUNS
    return any(w in nouns or (w.endswith("s") and w[:-1] in nouns) for w in words)


def _future_after(text: str, end: int, language: Language) -> bool:
    """Whether the few words after a possessive date's noun look ahead ("Tuesday's election will")."""
    right = text[end:end + 60]
    stop = re.search(r"[,;:.!?()]", right)
    words = _WORD.findall(right[:stop.start()] if stop else right)[:4]
    return language.future.search(" ".join(words)) is not None


def _date_or_span(reading: Reading, tense: str, before: str, language: Language) -> Reading:
    """"will reopen in [two weeks]" is the date two weeks ahead; "doubled in [two weeks]" and "the
    first rise in [two weeks]" are the span."""
    if tense == "FUTURE" and not language.in_units_span_before.search(before):
        return replace(reading, type="DATE", duration=None, date_ahead=False)
    return Reading(type="DURATION", duration=reading.duration)


# --- the finder ---------------------------------------------------------------------------------

# How far around an anchor word a rule's match (and the look-around it needs) may reach
_REACH = 40
# How far before "in two years" a word may make it a span ("will cut 4,000 jobs in two years")
_SPAN_CUE_REACH = 30
# How far before a match the words that join its extent may start
_LEFT_REACH = 24
# The most text that may stand between the two ends of a range (" through ", " and ")
_RANGE_GAP = 12


# the class of an anchor no table holds: the anchor pattern's one alternative that is no word, a digit
_DIGIT = frozenset({"digit"})


def _windows(text: str, language: Language) -> list[tuple[int, int, frozenset[str]]]:
    """Stretches of text around anchor words, merged, with the classes of the anchors in each: only
    there can an expression start or end, and only a rule whose needs one holds is tried there."""
    spans: list[tuple[int, int, frozenset[str]]] = []
    classes = language.anchor_classes
    for m in language.anchors.finditer(text):
        start, end = max(0, m.start() - _REACH), min(len(text), m.end() + _REACH)
        found = classes.get(m.group().lower(), _DIGIT)
        if spans and start <= spans[-1][1]:
            spans[-1] = (spans[-1][0], end, spans[-1][2] | found)
        else:
            spans.append((start, end, found))
    return spans


def _candidates(text: str, language: Language,
                windows: list[tuple[int, int, frozenset[str]]]) -> Iterator[tuple[int, int, int, Rule, re.Match]]:
    for order, rule in enumerate(language.rules):
        needs = rule.needs
        for w_start, w_end, held in windows:
            if needs is not None and needs.isdisjoint(held):
                continue
            # pos/endpos, not slices: look-behinds and \b still see the text before the window
            for m in rule.regex.finditer(text, w_start, w_end):
                start, end = m.span("t") if "t" in rule.regex.groupindex and m.group("t") else m.span()
                if rule.left is not None:  # tried on matches only: an optional prefix would be tried everywhere
                    before = rule.left.search(text, max(0, start - _LEFT_REACH), start)
                    start = before.start() if before else start
                if end > start:
                    yield start, end, order, rule, m


class _Spans:
    """A set of character spans, kept as disjoint sorted runs so each overlap test is a bisection."""

    def __init__(self) -> None:
        self.starts: list[int] = []
        self.ends: list[int] = []

    def overlaps(self, start: int, end: int) -> bool:
        i = bisect.bisect_left(self.ends, start + 1)  # the first run ending after `start`
        return i < len(self.starts) and self.starts[i] < end

    def add(self, start: int, end: int) -> None:
        i = bisect.bisect_left(self.ends, start)      # runs that touch or overlap join the new one
        j = bisect.bisect_right(self.starts, end)
        if i < j:
            start, end = min(start, self.starts[i]), max(end, self.ends[j - 1])
        self.starts[i:j] = [start]
        self.ends[i:j] = [end]


def find_times(text: str, article_id: str = "", language: str = "en") -> tuple[TimeMention, ...]:
    """All time expressions in `text`, in order, with their readings and context."""
    lang = load_language(language)
    windows = _windows(text, lang)
    blocked = _Spans()
    for b in lang.blocked:
        for w_start, w_end, _ in windows:
            for m in b.finditer(text, w_start, w_end):
                blocked.add(*m.span())
    chosen: list[tuple[int, int, Rule, re.Match]] = []
    taken = _Spans()
    # longest match first, then the earlier rule; a match overlapping a taken one is dropped
    for start, end, _, rule, m in sorted(_candidates(text, lang, windows), key=lambda c: (c[0] - c[1], c[2], c[0])):
        if taken.overlaps(start, end) or blocked.overlaps(start, end):
            continue
        taken.add(start, end)
        chosen.append((start, end, rule, m))
    chosen.sort(key=lambda c: c[0])
    # a document that writes one slashed date day first, where the month cannot come first
    # ("15/03/2024"), writes them all so: its "5/4/2024" is 5 April
    shown_by, read_by = lang.lang.DAY_FIRST_SLASHES
    day_first = any(rule.name == shown_by for _, _, rule, _ in chosen)
    quotes = quote_spans(text, lang.lang)
    quote_starts = [s for s, _ in quotes]
    mentions: list[TimeMention] = []
    for start, end, rule, m in chosen:
        groups = {k: v for k, v in m.groupdict().items() if v is not None}
        groups["_text"] = text[start:end]
        if day_first and rule.name == read_by and int(groups["day"]) <= 12:
            groups["month_num"], groups["day"] = groups["day"], groups["month_num"]
        reading = rule.build(groups, lang.lang)
        if reading is None:
            continue
        if "fiscal_short" in groups and reading.year is not None:
            # a fiscal code names a year near the story's ("FY35" in a plan), a year after an
            # apostrophe more often one long gone ("June '44")
            ahead = lang.lang.SHORT_YEAR_AHEAD if "'" in groups["_text"] or "’" in groups["_text"] else lang.lang.FISCAL_YEAR_AHEAD
            reading = replace(reading, short_year=ahead)
        tense = _tense(text, start, end, reading, lang)
        range_end = bool(mentions) and _ends_range(text, mentions[-1], start, lang)
        listed = bool(mentions) and lang.list_join.fullmatch(text, mentions[-1].end, start) is not None
        if not tense and (range_end or listed):
            # the second date of a pair is governed by the verb of the first, which may stand
            # too far off for it: "is forecast to make landfall late Sunday or [early Monday]"
            tense = mentions[-1].tense
        if reading.date_ahead:
            reading = _date_or_span(reading, tense, text[max(0, start - _SPAN_CUE_REACH):start], lang)
        if (reading.clock == "24:00" and reading.narrative and tense == "PAST"
                and not lang.day_end_before.search(text, max(0, start - 20), start)):
            # "The attack began shortly after midnight": the midnight that began the day, not the
            # one ahead
            reading = replace(reading, clock="00:00")
        # quotes are disjoint and in order: only the last one opening before `start` can hold it
        q = bisect.bisect_left(quote_starts, start) - 1
        mentions.append(TimeMention(
            article_id=article_id, start=start, end=end, text=text[start:end], rule=rule.name,
            reading=reading,
            tense=tense,
            quote=quotes[q] if q >= 0 and end <= quotes[q][1] else None,
            # "said on Thursday", "Officials on Thursday said", "in a Dec. 30 interview" (not "on
            # Thursday, officials said", where the day may be what they said)
            speech=bool(lang.speech_before.search(text[max(0, start - 60):start])
                        or lang.speech_after.match(text, end)),
            bound=bool(lang.bound_before.search(text[max(0, start - 20):start]) or lang.bound_after.match(text, end)
                       or (_feast(reading, text[start:end]) and lang.feast_bound_before.search(text[max(0, start - 20):start]))),
            range_end=range_end or (listed and _next_weekday_of_list(mentions[-1], reading)),
            shift=_story_shift(text, end, reading, lang),
            leads=_LEADS.search(text, max(0, start - 24), start) is not None,
        ))
    if any(m.speech and m.quote is None for m in mentions):
        mentions = _link_statements(text, mentions, lang)
    return tuple(_weekday_apposition(text, _sentence_year(text, _share_years(text, mentions, lang), lang), lang))


# at most two words between a sentence's start and a date: "On Feb. 13, ...", "Later in March ..."
_LEADS = re.compile(r"(?:^|[.!?][\"'”’]*\s+|\n\s*)(?:[A-Z][\w-]*\s(?:[a-z]+\s)?)?$")


def _story_shift(text: str, end: int, reading: Reading, language: Language) -> int:
    """+1 for a length the story moves on by ("Three days later, he fled"), -1 for one it goes back
    by ("A week earlier"), else 0."""
    if reading.type != "DURATION":
        return 0
    after = language.shift_after.match(text, end)
    return language.lang.SHIFT_AFTER_LENGTH[after.group(1).lower()] if after else 0


# Where a sentence may end: a full stop before a capital, or a line break; and where a statement's
# reach ends, a semicolon ('a negotiator said Tuesday; the deal was signed on Thursday'). A false end
# (after "Gen.") only loses a link between a statement and what it reports.
_SENTENCE_END = re.compile(r"[.!?][\"'”’]*\s+(?=[\"“`'‘]*[A-Z])|\n|;")


def _link_statements(text: str, mentions: list[TimeMention], lang: Language) -> list[TimeMention]:
    """Tie the other unquoted mentions of a sentence to the dated reporting verb in it; not
    "Wednesday's talks", which a statement may call off before they were held."""
    ends = [e.start() for e in _SENTENCE_END.finditer(text)]
    sentence = [bisect.bisect_left(ends, m.start) for m in mentions]
    said = {sentence[i]: m.start for i, m in reversed(list(enumerate(mentions))) if m.speech and m.quote is None}
    return [replace(m, statement=said[sentence[i]])
            if m.quote is None and not m.speech and sentence[i] in said and not lang.possessive.match(text, m.end)
            else m
            for i, m in enumerate(mentions)]


# the order of the seasons within the year their TIMEX3 value names ("2022-WI" is the winter 2022 begins)
_SEASON_ORDER = {"SP": 1, "SU": 2, "FA": 3, "WI": 4}


def _place_in_year(r: Reading) -> tuple[str, int, int] | None:
    """Where in its year a month, a day of a month or a season falls, to compare two ends of a range;
    None for any other reading, or one that names its own place ("last March", "the next day")."""
    if r.type != "DATE" or r.offset is not None or r.direction is not None or r.narrative or r.movable:
        return None
    if r.month is not None and r.season is None:
        return ("month", r.month, r.day or 0)
    if r.season is not None and r.month is None:
        return ("season", _SEASON_ORDER[r.season], 0)
    return None


def _later_in_year(a: tuple[str, int, int], b: tuple[str, int, int]) -> bool:
    # days are compared only when both ends have one: "from March 9 to March 2023" is one March
    return a[1] > b[1] or (a[1] == b[1] and a[2] > b[2] > 0)


def _share_years(text: str, mentions: list[TimeMention], lang: Language) -> list[TimeMention]:
    """A year written once, after the last date of a range or list, belongs to each date before it:
    "between [January] and March 2023", "Jan. 5-7, 2023", "in April or May 2022"; a date later in
    the year than the one after it lies in the year before ("from [December] to February 2023"). The
    end of a range with no year lies in its start's year or the one after: "from Dec. 28, 2023, to
    [Jan. 3]" is January 2024."""
    out = list(mentions)
    between = [text[out[i - 1].end:out[i].start] if i else "" for i in range(len(out))]
    joined = [i > 0 and (out[i].range_end or bool(lang.list_join.fullmatch(between[i]))) for i in range(len(out))]
    for i in range(len(out) - 2, 0, -1):  # a comma joins a list that goes on: "January, March and May"
        joined[i] = joined[i] or (joined[i + 1] and between[i] == ", ")
    for i in range(len(out) - 1, 0, -1):  # back to front, so the year passes down the whole list
        first, second = out[i - 1].reading, out[i].reading
        if joined[i] and first.year is None and second.year is not None:
            a, b = _place_in_year(first), _place_in_year(second)
            if a is not None and b is not None and a[0] == b[0]:
                out[i - 1] = replace(out[i - 1], reading=replace(first, year=second.year - _later_in_year(a, b)))
    for i in range(1, len(out)):
        first, second = out[i - 1].reading, out[i].reading
        if joined[i] and first.month == second.month and first.month is not None and first.day is not None \
                and second.day is not None and first.year is None and second.year is None:
            # "on November 13 and [20]": a month written once is one month of one year, whatever the
            # words nearer the second day say of the tense
            out[i] = replace(out[i], tense=out[i - 1].tense)
    for i in range(len(out) - 1, 0, -1):
        first, second = out[i - 1].reading, out[i].reading
        if joined[i] and _bare_clock(first) and second.clock is not None and not _bare_clock(second) \
                and first.clock <= second.clock:
            # a day written once, after the last clock: "from 9am to [5pm on Thursday]", "between 10pm
            # and 11pm on Friday" (not "from 10pm to 6am on Saturday", which may start the night before)
            out[i - 1] = replace(out[i - 1], tense=out[i].tense, reading=replace(
                second, clock=first.clock, type=first.type, part_of_day=first.part_of_day))
    for i in range(1, len(out)):
        first, second = out[i - 1].reading, out[i].reading
        if out[i].range_end and first.year is not None and second.year is None:
            a, b = _place_in_year(first), _place_in_year(second)
            if a is not None and b is not None and a[0] == b[0]:
                out[i] = replace(out[i], reading=replace(second, year=first.year + _later_in_year(a, b)))
    return out


def _weekday_apposition(text: str, mentions: list[TimeMention], lang: Language) -> list[TimeMention]:
    """"on Oct. 7, a Saturday": the weekday names the day before it, which lies in a year in which
    it fell on that weekday; both are that one day. "Two days later, on Monday": the weekday is the
    story's day."""
    out = list(mentions)
    for i in range(1, len(out)):
        first, second = out[i - 1].reading, out[i].reading
        if not _bare_weekday(second):
            continue
        if (first.type == "DATE" and first.month is not None and first.day is not None and first.weekday is None
                and first.offset is None and lang.weekday_apposition.fullmatch(text, out[i - 1].end, out[i].start)):
            day = replace(first, weekday=second.weekday)
            out[i - 1] = replace(out[i - 1], reading=day)
            out[i] = replace(out[i], reading=day, tense=out[i - 1].tense)
        elif ((out[i - 1].shift or (first.narrative and first.unit == "day"))
              and lang.weekday_after_shift.fullmatch(text, out[i - 1].end, out[i].start)):
            # "Two days later, on Monday": the day the story has moved to
            out[i] = replace(out[i], reading=replace(second, narrative=True, unit="day"))
    return out


def _bare_weekday(r: Reading) -> bool:
    """A weekday with nothing to place it: "Monday", not "last Monday" or "Monday, March 4"."""
    return (r.type == "DATE" and r.weekday is not None and r.month is None and r.direction is None
            and r.offset is None and not r.narrative)


def _year_alone(r: Reading) -> bool:
    """A year and nothing finer: "1973", "in early 2006"."""
    return (r.type == "DATE" and r.year is not None and r.month is None and r.quarter is None
            and r.half is None and r.season is None and r.day is None and r.offset is None
            and r.direction is None and not r.narrative and r.decade is None and r.century is None)


def _sentence_year(text: str, mentions: list[TimeMention], lang: Language) -> list[TimeMention]:
    """A year that opens a sentence ("In 1973, ...", "The 2006 war ...") is the year of each month,
    or day of a month, that the sentence names after it without a year of its own: "The 1973 war
    began with a surprise attack on [Oct. 6]" is Oct. 6, 1973, not of the publication year. After
    "In 2014," it is also the year of a month that opens the next sentence ("In 2014, Russia
    annexed Crimea. In [April], ...")."""
    out = list(mentions)
    year: int | None = None
    since = crossed = 0
    carries = False
    for i, m in enumerate(out):
        if year is not None:
            crossed += len(_SENTENCE_END.findall(text, since, m.start))
            since = m.start
            if crossed > carries:
                year = None
        r = m.reading
        if m.leads and _year_alone(r) and m.quote is None:
            year, since, crossed = r.year, m.end, 0
            carries = lang.year_opener.search(text[max(0, m.start - 8):m.start]) is not None
        elif (year is not None and m.quote is None and r.type == "DATE" and r.month is not None
              and r.year is None and r.direction is None and r.offset is None and not r.narrative
              and r.movable is None and r.weekday is None and r.season is None and (not crossed or m.leads)):
            out[i] = replace(m, reading=replace(r, year=year))
    return out


def _next_weekday_of_list(first: TimeMention, reading: Reading) -> bool:
    """Whether a weekday listed right after another (`first`) is the next of days to come, which news
    writes in their order: "will hear the case on Thursday and [Friday]" is the Friday after that
    Thursday, as the end of a range is; days gone may be listed latest first ("statements made Friday
    and Thursday")."""
    return (first.tense == "FUTURE" and first.reading.weekday is not None and reading.weekday is not None
            and first.reading.direction is None and reading.direction is None)


def _bare_clock(r: Reading) -> bool:
    """A clock time with no day of its own: "9am", not "9am on Thursday" or "9am tomorrow"."""
    return r.clock is not None and r.weekday is None and r.day is None and r.month is None \
        and r.movable is None and r.offset is None and r.year is None


def _ends_range(text: str, first: TimeMention, start: int, lang: Language) -> bool:
    """Whether the expression at `start` closes a range that `first` opens: "Friday through
    [Sunday]", "between 1990 and [1995]"."""
    between = text[first.end:start]
    if len(between) > _RANGE_GAP:
        return False
    if lang.range_join.fullmatch(between):
        return True
    before = text[max(0, first.start - 20):first.start]
    return any(opener.search(before) and joiner.fullmatch(between) for opener, joiner in lang.range_pairs)
