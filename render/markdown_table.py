"""Chronology -> Markdown report (CommonMark with one GitHub-flavoured table), written to a file or stream.

Format "news-timeline-markdown/1", named in an HTML comment on the first line:

  <!-- news-timeline-markdown/1 -->
  # Chronology

  25 events from 5 articles, 2021-01-01 to 2024-01-03.

  | Date | Event | Figures | Sources |
  | --- | --- | --- | --- |
  | 2022-02 (month) | Since the start of Moscow's invasion … | | [2] |
  | 2023-12-29 | On Friday, Russia carried out … | killed: 39 [1], at least 41 [2] (sources differ); injured: … | [1], [2] |

  ## Citations

  ### 2023-12-29: On Friday, Russia carried out …

  SUMMARY

  According to: regional governor Vyacheslav Gladkov [3]

  1. "SENTENCE" [1]
  2. "SENTENCE" [2]

  ## Articles

  1. 000_94c853d9db102ad8 · TITLE · OUTLET · CREDIT · 2023-12-30 · URL

  ## Warnings

  - WARNING

One table row per event, in chronology order; the Date cell is the TIMEX3 value, followed by the
precision in brackets unless it is a day.  Figures hold one "kind: figure [n], ..." group per kind,
joined by "; ", with "(sources differ)" where the articles' numbers differ.  [n] is the article's
number in the Articles list (by publication day, then id).  Citations repeat the events in the table's order,
each with its summary, who says so and a numbered list of the cited sentences, verbatim but with
whitespace collapsed.  Articles give only http(s) URLs, as <autolinks>.  The Warnings section is
left out when there are none; with no events the table and Citations are replaced by one sentence.

Every piece of article text is escaped: whitespace (newlines included) collapses to one space so
it cannot end a table row or start a block; other control characters, and the bidirectional
overrides and isolates that would make text display other than it reads, are dropped; &, < and >
become entities so no HTML or <autolink> is read; \\ ` * _ [ ] | ~ # are backslash-escaped so
nothing becomes code, emphasis, a link or a cell boundary; and "://", "www." and "@" are broken
with a backslash so GitHub's bare-URL and e-mail autolinks do not fire.
"""
from __future__ import annotations

import re

from render._output import Target, write_text
from timeline.model import Article, Chronology, Event, Precision

FORMAT = "news-timeline-markdown/1"

_SPECIAL = re.compile(r"([\\`*_\[\]|~#])")
# GitHub links bare URLs and addresses; an escaped character inside the trigger stops it
_SCHEME = re.compile(r"(?<=[A-Za-z]):(?=//)")
_WWW = re.compile(r"(?i)\b(www)\.")
# control characters and the bidirectional overrides and isolates that make text display other than it reads
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")
# what a CommonMark autolink can hold: no whitespace, control characters, < or > (and no text turned around)
_WEB_URL = re.compile(r"(?i)https?://[^\s<>\x00-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]+")


def to_markdown(chron: Chronology) -> str:
    number = {a.id: i for i, a in enumerate(chron.articles, 1)}
    parts = [f"<!-- {FORMAT} -->", "# Chronology", _overview(chron)]
    if chron.events:
        rows = ["| Date | Event | Figures | Sources |", "| --- | --- | --- | --- |"]
        rows += [_row(e, number) for e in chron.events]
        parts += ["\n".join(rows), "## Citations"]
        parts += [_citations(e, number) for e in chron.events]
    if chron.articles:
        parts += ["## Articles", "\n".join(f"{i}. {_article(a)}" for i, a in enumerate(chron.articles, 1))]
    if chron.warnings:
        parts += ["## Warnings", "\n".join(f"- {_md(w)}" for w in chron.warnings)]
    return "\n\n".join(parts) + "\n"


def write_markdown(chron: Chronology, target: Target) -> None:
    write_text(to_markdown(chron), target)


def _md(text: str) -> str:
    """Article text as inline Markdown that renders as exactly these characters."""
    text = _CONTROL.sub("", " ".join(str(text).split()))
    text = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    text = _SPECIAL.sub(r"\\\1", text)
    text = _SCHEME.sub(r"\\:", text)
    text = _WWW.sub(r"\1\\.", text)
    return text.replace("@", r"\@")


def _count(n: int, noun: str) -> str:
    return f"{n} {noun}{'' if n == 1 else 's'}"


def _overview(chron: Chronology) -> str:
    if not chron.events:
        return f"No dated events were found in {_count(len(chron.articles), 'article')}."
    text = f"{_count(len(chron.events), 'event')} from {_count(len(chron.articles), 'article')}"
    placed = [e.date for e in chron.events if e.date.is_calendar]
    if placed:
        first = min(d.start for d in placed)
        last = max(d.end or d.start for d in placed)
        text += f", {first.isoformat()} to {last.isoformat()}"
    return text + "."


def _date(event: Event) -> str:
    d = event.date
    label = _md(d.value)
    if d.precision is not None and d.precision is not Precision.DAY:
        label += f" ({d.precision.value.replace('_', ' ')})"
    return label


def _ref(article_id: str, number: dict[str, int]) -> str:
    # an id missing from the article list (a hand-built chronology) is shown as itself
    return f"[{number[article_id]}]" if article_id in number else f"[{_md(article_id)}]"


def _figures(event: Event, number: dict[str, int]) -> str:
    disputed = set(event.disputed)
    groups = []
    for kind, found in event.figures.items():
        text = f"{_md(kind)}: " + ", ".join(f"{_md(f.text)} {_ref(art, number)}" for art, f in found)
        groups.append(text + (" (sources differ)" if kind in disputed else ""))
    return "; ".join(groups)


def _row(event: Event, number: dict[str, int]) -> str:
    sources = ", ".join(_ref(s, number) for s in event.sources)
    return f"| {_date(event)} | {_md(event.title)} | {_figures(event, number)} | {sources} |"


def _citations(event: Event, number: dict[str, int]) -> str:
    block = [f"### {_date(event)}: {_md(event.title)}"]
    if event.summary:
        block.append(_md(event.summary))
    if event.attributions:
        block.append("According to: " + "; ".join(f"{_md(who)} {_ref(art, number)}"
                                                   for art, who in event.attributions))
    cites = [f'{i}. "{_md(m.sentence.text)}" {_ref(m.article_id, number)}'
             for i, m in enumerate(event.citations, 1)]
    if cites:
        block.append("\n".join(cites))
    return "\n\n".join(block)


def _article(a: Article) -> str:
    parts = [_md(a.id)] + [_md(p) for p in (a.title, a.outlet, a.credit) if p]
    if a.published:
        parts.append(a.published.isoformat())
    # only web links, as autolinks (taken verbatim, so the URL needs no escaping); a javascript: or
    # data: URL is left out altogether
    if _WEB_URL.fullmatch(a.url):
        parts.append(f"<{a.url}>")
    return " · ".join(parts)
