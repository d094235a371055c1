"""The Python API: build a chronology from files or texts and write it in every format.

    >>> from timeline import build
    >>> tl = build("examples/belgorod/articles.csv")
    >>> tl.to_frame()            # pandas DataFrame, one row per event
    >>> tl.figure()              # plotly Figure of the chart
    >>> tl.to_html("t.html")     # the page (fragment=True: one <div> for a report or CMS)
    >>> tl.to_csv(), tl.to_json(), tl.to_markdown(), tl.to_timelinejs(), tl.to_ics()

In Jupyter a Timeline shows itself as the interactive page (a fragment, so several notebooks
cells never clash).  Writers return the text and also write it when given a path or stream.
"""
from __future__ import annotations

import datetime as dt
import io
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any, Iterable

from timeline.model import Article, Chronology, Event
from timeline.settings import Settings

Source = str | Path | dict | Article


def build(articles: Source | Iterable[Source], *, published: dt.date | str | None = None,
          top: int | None = None, settings: Settings | None = None, fields=None, **options: Any) -> "Timeline":
    """The chronology of `articles`: paths (files, folders, manifests, corpora, saved pages),
    Article objects or dicts with a "text" (and "id", "published", "title", "url", "outlet").

    `published` dates articles that carry no date; `top` marks a summary timeline of the N most
    important dates; `fields` (parsers.articles.Fields) names the keys of corpora; other keywords
    set fields of `Settings` (e.g. merge_threshold=0.15, strict=True).  Inputs that cannot be
    used are listed in `Timeline.inputs` (strict: the first raises InputError); none usable
    raises InputError."""
    from parsers.articles import Fields, InputError, read_articles, read_records
    from timeline.pipeline import build as run, with_inputs

    if isinstance(published, str):
        published = dt.date.fromisoformat(published)
    given = {k: v for k, v in (("published", published), ("top", top)) if v is not None}
    settings = replace(settings or Settings(quiet=True), **given, **options)
    items = [articles] if isinstance(articles, (str, Path, dict, Article)) else list(articles)
    paths = [a for a in items if isinstance(a, (str, Path))]
    records = [a for a in items if not isinstance(a, (str, Path))]
    if paths and records:
        raise ValueError("give either paths or articles (dicts or Article objects), not both")
    reader = read_articles if paths else read_records
    read = reader(paths or records, settings.published, fields=fields or Fields(), strict=settings.strict)
    if not read.articles:
        problems = "; ".join(i.reason for i in read.inputs if i.status != "used")
        raise InputError(f"no article could be used ({problems or 'no input'})")
    return Timeline(with_inputs(run(read.articles, settings, read.warnings), read.inputs), settings)


@dataclass(frozen=True)
class Timeline:
    """A built chronology and the settings it was built with."""

    chronology: Chronology
    settings: Settings

    @property
    def events(self) -> tuple[Event, ...]:
        return self.chronology.events

    @property
    def articles(self) -> tuple[Article, ...]:
        return self.chronology.articles

    @property
    def warnings(self) -> tuple[str, ...]:
        return self.chronology.warnings

    @property
    def inputs(self):
        """Every input with what became of it: used, skipped or failed, and why."""
        return self.chronology.inputs

    def __len__(self) -> int:
        return len(self.chronology.events)

    def __iter__(self):
        return iter(self.chronology.events)

    def __repr__(self) -> str:
        return f"<Timeline: {len(self)} events from {len(self.articles)} articles>"

    def summary(self) -> "Timeline":
        """Only the events of the summary timeline (build with top=N), as the CSV and JSON hold them."""
        from timeline.rank import summary_only
        return Timeline(summary_only(self.chronology), self.settings)

    def to_frame(self):
        from render.frame import to_frame
        return to_frame(self.chronology)

    def to_dict(self) -> dict:
        from render.json_doc import to_json_dict
        return to_json_dict(self.chronology)

    def figure(self):
        from render.html_page import figure
        return figure(self.chronology, self.settings)

    def to_html(self, path: str | Path | None = None, *, fragment: bool = False) -> str:
        from render.html_page import to_html
        return _written(to_html(self.chronology, self.settings, fragment=fragment), path)

    def to_json(self, path: str | Path | None = None) -> str:
        from render.json_doc import write_json
        return _captured(write_json, self.chronology, path)

    def to_csv(self, path: str | Path | None = None) -> str:
        from render.csv_table import write_csv
        return _captured(write_csv, self.chronology, path)

    def to_markdown(self, path: str | Path | None = None) -> str:
        from render.markdown_table import write_markdown
        return _captured(write_markdown, self.chronology, path)

    def to_timelinejs(self, path: str | Path | None = None) -> dict:
        """TimelineJS3 JSON (a dict; written as JSON when given a path)."""
        from render.timelinejs import to_timelinejs, write_timelinejs
        if path is not None:
            write_timelinejs(self.chronology, path)
        return to_timelinejs(self.chronology)

    def to_ics(self, path: str | Path | None = None) -> str:
        from render.ics_calendar import write_ics
        return _captured(write_ics, self.chronology, path)

    def _repr_html_(self) -> str:
        from render.html_page import to_html
        return to_html(self.chronology, self.settings, fragment=True)


def _captured(writer, chron: Chronology, path) -> str:
    out = io.StringIO()
    writer(chron, out)
    return _written(out.getvalue(), path)


def _written(text: str, path) -> str:
    if path is not None:
        from render._output import write_text
        write_text(text, path)
    return text
