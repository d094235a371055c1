"""Readers and extractors: articles in, dated time expressions and event mentions out."""
from __future__ import annotations

import datetime as dt

from parsers.resolve import resolve_all
from parsers.timexes import find_times
from timeline.model import Timex
from timeline.settings import Settings


def tag(text: str, published: dt.date | str | None, settings: Settings | None = None,
        article_id: str = "") -> list[Timex]:
    """The time expressions of `text`, each resolved against publication day `published`."""
    settings = settings or Settings()
    if isinstance(published, str):
        published = dt.date.fromisoformat(published[:10])
    return list(resolve_all(find_times(text, article_id, settings.language), published, settings))
