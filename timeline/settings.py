"""Settings: every default of the pipeline in one place, passed explicitly to each stage."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass


@dataclass(frozen=True)
class Settings:
    # articles
    published: dt.date | None = None  # date for articles that carry none
    language: str = "en"
    # resolution: news reports the past, so a bare weekday looks back, the publication day included
    weekday_includes_reference: bool = True
    # a dated attribution at most this many characters after a quotation dates what it says
    attribution_reach: int = 80
    # "a year earlier" within this many characters after a quarter is that quarter a year before
    quarter_context_reach: int = 600
    # days after a period closes during which news still reports its results as to come
    reporting_lag: int = 45
    # a sentence with no time expression takes the story time of an earlier sentence at most this far back
    inherit_window: int = 2
    # merge: cosine similarity (TF-IDF) above which two mentions of one date report one happening
    merge_threshold: float = 0.15
    # titles
    title_words: int = 14
    # HTML
    plotlyjs: str = "inline"  # inline: the page works offline; cdn: a small file
    quiet: bool = False

    def __post_init__(self) -> None:
        if self.inherit_window < 0:
            raise ValueError("inherit_window must be 0 or more")
        if not 0.0 <= self.merge_threshold <= 1.0:
            raise ValueError("merge_threshold must lie between 0 and 1")
        if self.title_words < 3:
            raise ValueError("title_words must be at least 3")
        if self.plotlyjs not in ("inline", "cdn"):
            raise ValueError("plotlyjs must be 'inline' or 'cdn'")
