"""Stage 4: sentences + resolved time expressions -> EventMention.

A sentence that holds a calendar date (a day, week, month or year, not a duration) reports
something on that date; one that holds several distinct dates yields one mention per date.
A sentence with none continues the story: it takes the story time, the day set by the latest
dated sentence a few sentences back (`Settings.inherit_window`), and is marked inherited.
"""
from __future__ import annotations

import re

from timeline.model import Article, DatedBy, EventMention, Precision, Sentence, Timex
from timeline.settings import Settings

# Story time that a later sentence may inherit: a day is a moment of the narrative, a year is not.
_STORY_PRECISIONS = (Precision.DAY, Precision.PART_OF_DAY, Precision.TIME)
_ENDS_SENTENCE = re.compile(r"[.!?][\"'”’)]*$")


def _dated_by(t: Timex) -> DatedBy:
    # a named calendar day or month is explicit even when its year is inferred ("Dec. 30")
    r = t.mention.reading
    return DatedBy.EXPLICIT if r.month is not None or r.year is not None else DatedBy.RELATIVE


def extract_events(article: Article, sentences: tuple[Sentence, ...], timexes: tuple[Timex, ...],
                   settings: Settings) -> tuple[EventMention, ...]:
    """The event mentions of one article, in text order."""
    dateline = article.dateline or (0, 0)
    calendar = [t for t in timexes
                if t.date is not None and t.date.is_calendar and t.type in ("DATE", "TIME")
                and not (dateline[0] <= t.start and t.end <= dateline[1])]
    mentions: list[EventMention] = []
    story: Timex | None = None  # the time the narrative last set
    since_story = 0
    i = 0
    for sentence in sentences:
        inside = []
        while i < len(calendar) and calendar[i].start < sentence.end:
            if calendar[i].start >= sentence.start:
                inside.append(calendar[i])
            i += 1
        if inside:
            seen: set[str] = set()
            # "until tomorrow" bounds a span; it dates the sentence only when nothing else does
            happened = [t for t in inside if not t.mention.bound] or inside
            for t in happened:
                if t.date.value in seen:
                    continue
                seen.add(t.date.value)
                mentions.append(EventMention(article.id, sentence, t.date, _dated_by(t), t.text, t.start, t.end))
            # the first date of a sentence is usually its main clause's: it sets the story time
            first = next((t for t in happened if t.date.precision in _STORY_PRECISIONS), None)
            if first is not None:
                story, since_story = first, 0
            continue
        since_story += 1
        # headlines, captions and boilerplate lines carry no closing punctuation: no story there
        if story is not None and since_story <= settings.inherit_window and _ENDS_SENTENCE.search(sentence.text):
            mentions.append(EventMention(article.id, sentence, story.date, DatedBy.INHERITED,
                                         story.text, story.start, story.end))
    return tuple(mentions)
