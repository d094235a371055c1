"""Settings: every default of the pipeline in one place, passed explicitly to each stage."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass


@dataclass(frozen=True)
class Settings:
    # articles
    published: dt.date | None = None  # date for articles that carry none
    # stop at the first input problem (bad file, undatable article) instead of reporting it and going on
    strict: bool = False
    language: str = "en"
    # seconds the per-article stages may take on one article before it is left out and reported
    # (None: no limit); enforced where signals can interrupt the work (see timeline.engines)
    article_seconds: float | None = 60.0
    # resolution: news reports the past, so a bare weekday looks back, the publication day included;
    # in a clause about the future it looks ahead, the publication day included too ("will vote
    # Wednesday" in a Wednesday report is that day)
    weekday_includes_reference: bool = True
    # a dated attribution at most this many characters after a quotation dates what it says
    attribution_reach: int = 80
    # "a year earlier" within this many characters after a quarter is that quarter a year before
    quarter_context_reach: int = 1000
    # a month or day with no year at most this many characters after a date with its year ("in
    # February 2022. By April, ...") is the one nearest that date, not the publication day
    story_year_reach: int = 400
    # days after a period closes during which news still reports its results as to come
    reporting_lag: int = 45
    # a sentence with no time expression takes the story time of an earlier sentence at most this far back
    inherit_window: int = 2
    # a statement with no date is dated to the latest day its article names at most this many days
    # before publication (the day the article reports on), else to the publication day
    report_reach: int = 3
    # how mentions are compared: "concepts" (TF-IDF over stems and event concepts), "words", "chars"
    similarity: str = "concepts"
    # merge: cosine similarity above which two mentions of one date report one happening
    merge_threshold: float = 0.1
    # added to the similarity of two sentences next to each other in one article, on one day
    adjacent_bonus: float = 0.1
    # a happening dated by a relation joins the event of its day it is at least this like
    relation_join: float = 0.05
    # a statement dated only by its report day joins an earlier event it is at least this like
    claim_threshold: float = 0.3
    # ... among the events of at most this many days before its report day
    claim_reach: int = 14
    # "a day after the barrage" is dated from the dated mention at least this like the barrage
    relation_threshold: float = 0.2
    # ... and at least this like it to outweigh the story's own day
    relation_override: float = 0.4
    # titles
    title_words: int = 14
    # the summary timeline: the N most important dates, one event each (None: no summary)
    top: int | None = None
    # HTML
    plotlyjs: str = "inline"  # inline: the page works offline; cdn: a small file
    quiet: bool = False

    def __post_init__(self) -> None:
        if self.article_seconds is not None and not self.article_seconds > 0:
            raise ValueError("article_seconds must be more than 0 (or None: no limit)")
        if self.inherit_window < 0:
            raise ValueError("inherit_window must be 0 or more")
        for name in ("merge_threshold", "adjacent_bonus", "relation_join", "claim_threshold", "relation_threshold", "relation_override"):
            if not 0.0 <= getattr(self, name) <= 1.0:
                raise ValueError(f"{name} must lie between 0 and 1")
        if self.similarity not in ("concepts", "words", "chars"):
            raise ValueError("similarity must be 'concepts', 'words' or 'chars'")
        if self.top is not None and self.top < 1:
            raise ValueError("top must be 1 or more")
        if self.title_words < 3:
            raise ValueError("title_words must be at least 3")
        if self.plotlyjs not in ("inline", "cdn"):
            raise ValueError("plotlyjs must be 'inline' or 'cdn'")
