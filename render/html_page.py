"""Chronology + Settings -> one self-contained HTML page: a plotly chart of the events on a date
axis above a table of every event with its cited sentences.

Article text is untrusted. The table escapes it with html.escape; the chart receives only strings
already escaped the same way, so nothing in the figure JSON can close the <script> it sits in, and
plotly's hover labels (which read a subset of HTML) show the words literally.
"""
from __future__ import annotations

import textwrap
from html import escape
from os import PathLike

import pandas as pd
import plotly.graph_objects as go

from render._output import write_text
from render.frame import to_frame
from timeline.model import Article, Chronology, Precision
from timeline.settings import Settings

# marker colour by how precise the date is; the caption under the chart repeats this
_FINE, _WEEK, _MONTH, _COARSE = "#2563eb", "#0d9488", "#d97706", "#9333ea"


def to_html(chron: Chronology, settings: Settings) -> str:
    df = to_frame(chron)
    placed = df[df["start"].notna()]
    n_events, n_articles = len(df), len(chron.articles)
    summary = f"{_count(n_events, 'event')} from {_count(n_articles, 'article')}"
    if len(placed):
        summary += f", {placed['start'].min():%Y-%m-%d} to {placed['end'].fillna(placed['start']).max():%Y-%m-%d}"
    if n_events:
        body = _chart(placed, settings) if len(placed) else ""
        body += _table(df, chron.articles)
    else:
        body = (f'<p class="empty" id="empty-state">No dated events were found in '
                f'{_count(n_articles, "article")}.</p>')
    return _PAGE.format(
        title=escape(f"Chronology: {summary}"),
        summary=escape(summary),
        body=body,
        articles=_articles(chron.articles),
        warnings=_warnings(chron.warnings),
        css=_CSS,
    )


def write_html(chron: Chronology, path: str | PathLike, settings: Settings) -> None:
    write_text(to_html(chron, settings), path)


def _count(n: int, noun: str) -> str:
    return f"{n} {noun}{'' if n == 1 else 's'}"


def _colour(precision: str | None) -> str:
    if precision is None:
        return _COARSE
    rank = Precision(precision).rank
    if rank >= Precision.DAY.rank:
        return _FINE
    if rank == Precision.WEEK.rank:
        return _WEEK
    return _MONTH if rank >= Precision.QUARTER.rank else _COARSE


def _hover_lines(text: str, width: int = 60) -> str:
    # plotly never wraps hover labels; escape first so the <br> we add are the only tags
    return "<br>".join(escape(line) for line in textwrap.wrap(text, width)) or "&nbsp;"


def _chart(placed: pd.DataFrame, settings: Settings) -> str:
    ends = placed["end"].fillna(placed["start"])
    lanes = _lanes(placed["start"], ends)
    customdata = [
        [int(i), _hover_lines(title), escape(date), escape(precision or ""),
         _hover_lines(sources.replace(";", ", "))]
        for i, title, date, precision, sources in zip(
            placed.index, placed["title"], placed["date"], placed["precision"], placed["sources"])
    ]
    def trace(rows: pd.Series, name: str, visible: bool) -> go.Scatter:
        return go.Scatter(
            x=placed["start"][rows], y=lanes[rows], mode="markers", name=name, visible=visible,
            customdata=[c for c, keep in zip(customdata, rows) if keep],
            hovertemplate=("<b>%{customdata[1]}</b><br>%{customdata[2]} (%{customdata[3]})"
                           "<br>Sources: %{customdata[4]}<extra></extra>"),
            marker=dict(size=[min(10 + 4 * (n - 1), 28) for n in placed["n_sources"][rows]],
                        color=[_colour(p) for p in placed["precision"][rows]],
                        line=dict(width=1.5, color="white"), opacity=0.9))

    everything = pd.Series(True, index=placed.index)
    summary = placed["in_summary"].astype(bool)
    # with a summary timeline the page opens on it; the full chronology is one click away
    traces = [trace(everything, "full", not summary.any())]
    if summary.any():
        traces.append(trace(summary, "summary", True))
    fig = go.Figure(traces)
    # a coarse date ("2022-02") covers a period: a faint bar shows all of it, the marker its first day
    # (set in one go: plotly's add_shape copies every shape so far, quadratic in their number)
    shapes = [dict(type="line", x0=start, x1=end + pd.Timedelta(days=1), y0=lane, y1=lane,
                   line=dict(color=_colour(precision), width=6), opacity=0.3, layer="below")
              for start, end, lane, precision in zip(placed["start"], ends, lanes, placed["precision"])
              if end > start]
    fig.update_layout(shapes=shapes)
    # pad the axis ourselves: plotly zooms a single date to a span of milliseconds
    first, last = placed["start"].min(), ends.max()
    pad = max((last - first) * 0.05, pd.Timedelta(days=3))
    top = int(lanes.max())
    fig.update_layout(
        height=min(170 + 34 * (top + 1), 600), margin=dict(l=20, r=20, t=10, b=40),
        plot_bgcolor="white", paper_bgcolor="white", hovermode="closest", showlegend=False,
        hoverlabel=dict(bgcolor="white", bordercolor="#cbd5e1", font=dict(color="#0f172a"), align="left"),
        xaxis=dict(type="date", range=[first - pad, last + pad], showgrid=True, gridcolor="#e2e8f0",
                   linecolor="#94a3b8"),
        yaxis=dict(visible=False, range=[-0.8, top + 0.8], fixedrange=True),
    )
    chart = fig.to_html(
        full_html=False, div_id="chart", default_height=f"{fig.layout.height}px",
        # inline: the page works offline; cdn: the browser fetches plotly.js, the file stays small
        include_plotlyjs=True if settings.plotlyjs == "inline" else "cdn",
        config={"displaylogo": False, "responsive": True},
        post_script=_ON_CLICK,
    )
    caption = ('<p class="caption">Marker size: number of sources. Colour: date precision '
               f'<span style="color:{_FINE}">●</span> day <span style="color:{_WEEK}">●</span> week '
               f'<span style="color:{_MONTH}">●</span> month or quarter '
               f'<span style="color:{_COARSE}">●</span> coarser; a bar spans the whole period. '
               'Click a marker to find its row.</p>')
    return f'<figure class="chart">{chart}</figure>{caption}'


def _lanes(starts: pd.Series, ends: pd.Series) -> pd.Series:
    """Row of each marker: an event goes to the lowest row that is free from its start to its end."""
    # about one marker's width on a desktop-wide chart; 0 for a single day, where only equal days collide
    gap = (ends.max() - starts.min()) / 60
    busy_until: list[pd.Timestamp] = []  # end of the last period placed in each row
    lanes = {}
    for i, start in starts.sort_values(kind="stable").items():
        lane = next((n for n, end in enumerate(busy_until) if start - end > gap), len(busy_until))
        busy_until[lane:lane + 1] = [ends[i]]
        lanes[i] = lane
    return pd.Series(lanes).reindex(starts.index)


# a marker leads to its row in the table; customdata[0] is the row's number, never article text
_ON_CLICK = """
var gd = document.getElementById('{plot_id}');
gd.on('plotly_click', function (ev) {
  var row = document.getElementById('event-' + ev.points[0].customdata[0]);
  if (!row) return;
  row.scrollIntoView({behavior: 'smooth', block: 'center'});
  row.classList.add('hit');
  setTimeout(function () { row.classList.remove('hit'); }, 1600);
});
"""


def _table(df: pd.DataFrame, articles: tuple[Article, ...]) -> str:
    anchor = {a.id: i for i, a in enumerate(articles)}

    def source(art: str) -> str:
        label = escape(art)
        return f'<a class="src" href="#article-{anchor[art]}">{label}</a>' if art in anchor else label

    rows = []
    for i, row in df.iterrows():
        sources = ", ".join(source(s) for s in row["sources"].split(";") if s)
        cites = "".join(f"<li>[{source(art)}] <q>{escape(text)}</q></li>" for art, text in row["quotes"])
        start = f' datetime="{row["start"]:%Y-%m-%d}"' if pd.notna(row["start"]) else ""
        disputed = set(filter(None, row["disputed"].split(";")))
        figures = "".join(
            f'<li{" class=disputed" if line.split(":")[0] in disputed else ""}>{escape(line)}'
            f'{" <span class=differ>sources differ</span>" if line.split(":")[0] in disputed else ""}</li>'
            for line in row["figures"].split("\n") if line)
        who = f'<p class="who">According to {escape(row["attribution"])}</p>' if row["attribution"] else ""
        extra = f'<p class="about">{escape(row["summary"])}</p>' if row["summary"] else ""
        rows.append(
            f'<tr class="event" id="event-{i}" data-id="{escape(row["id"])}"'
            f'{" data-summary" if row["in_summary"] else ""}>'
            f'<td data-label="Date"><time{start}>{escape(row["date"])}</time></td>'
            f'<td data-label="Precision">{escape(row["precision"] or "")}</td>'
            f'<td data-label="Event"><span class="title">{escape(row["title"])}</span>'
            f'<details><summary>More</summary>{extra}{who}</details></td>'
            f'<td data-label="Figures"><ul class="figures">{figures}</ul></td>'
            f'<td data-label="Sources">{sources}</td>'
            f'<td data-label="Citations"><ul class="cites">{cites}</ul></td></tr>')
    views = ""
    if df["in_summary"].any():
        n = int(df["in_summary"].sum())
        views = (f'<div class="views" role="group" aria-label="View">'
                 f'<button type="button" id="view-summary" aria-pressed="true">Summary ({_count(n, "date")})</button>'
                 f'<button type="button" id="view-full" aria-pressed="false">Full chronology '
                 f'({_count(len(df), "event")})</button></div><script>{_VIEWS}</script>')
    table = ('<table class="events"><thead><tr><th>Date</th><th>Precision</th><th>Event</th><th>Figures</th>'
             '<th>Sources</th><th>Citations</th></tr></thead><tbody>\n'
             + "\n".join(rows) + "\n</tbody></table>")
    return table + views if not views else views.replace("<script>", table + "<script>", 1)


# the summary/full switch: the table hides rows off the summary, the chart shows one trace or the other
_VIEWS = """
(function () {
  var page = document.querySelector('table.events');
  function show(summary) {
    page.classList.toggle('summary-only', summary);
    document.getElementById('view-summary').setAttribute('aria-pressed', String(summary));
    document.getElementById('view-full').setAttribute('aria-pressed', String(!summary));
    var gd = document.getElementById('chart');
    if (gd && window.Plotly && gd.data && gd.data.length > 1) {
      Plotly.restyle(gd, {visible: [!summary, summary]}, [0, 1]);
    }
  }
  document.getElementById('view-summary').addEventListener('click', function () { show(true); });
  document.getElementById('view-full').addEventListener('click', function () { show(false); });
  show(true);
})();
"""


def _articles(articles: tuple[Article, ...]) -> str:
    if not articles:
        return ""
    items = []
    for i, a in enumerate(articles):
        parts = [escape(p) for p in (a.title, a.outlet, a.credit) if p]
        if a.published:
            parts.append(f"{a.published:%Y-%m-%d}")
        # only web links: a javascript: or data: URL from the input must not become clickable
        if a.url.lower().startswith(("http://", "https://")):
            parts.append(f'<a href="{escape(a.url)}" rel="noopener noreferrer nofollow">link</a>')
        items.append(f'<li id="article-{i}"><b>{escape(a.id)}</b> {" · ".join(parts)}</li>')
    return f'<section><h2>Articles</h2><ol class="articles">{"".join(items)}</ol></section>'


def _warnings(warnings: tuple[str, ...]) -> str:
    if not warnings:
        return ""
    items = "".join(f"<li>{escape(w)}</li>" for w in warnings)
    return f'<details class="warnings"><summary>{_count(len(warnings), "warning")}</summary><ul>{items}</ul></details>'


_PAGE = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{title}</title>
<style>{css}</style>
</head>
<body>
<header><h1>Chronology</h1><p class="summary">{summary}</p></header>
<main>
{body}
{articles}
{warnings}
</main>
</body>
</html>
"""

_CSS = """
html { overflow-y: scroll; }  /* a scrollbar that comes later would leave the chart too wide */
body { font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #0f172a;
       max-width: 1100px; margin: 0 auto; padding: 1rem 1.25rem 3rem; }
h1 { font-size: 1.6rem; margin: 0.5rem 0 0; }
h2 { font-size: 1.15rem; margin-top: 2rem; }
.summary, .caption { color: #475569; margin: 0.25rem 0 1rem; }
.caption { font-size: 0.85rem; }
figure.chart { margin: 0; border: 1px solid #e2e8f0; border-radius: 6px; overflow: hidden; }
table.events { border-collapse: collapse; width: 100%; margin-top: 1rem; }
.events th { text-align: left; font-size: 0.8rem; text-transform: uppercase; letter-spacing: 0.04em;
             color: #475569; border-bottom: 2px solid #cbd5e1; padding: 0.4rem 0.5rem; }
.events td { vertical-align: top; border-bottom: 1px solid #e2e8f0; padding: 0.5rem; }
.events td:first-child { white-space: nowrap; font-variant-numeric: tabular-nums; }
.events .title { font-weight: 600; }
.events details summary { color: #64748b; font-size: 0.8rem; cursor: pointer; }
.events .about, .events .who { font-size: 0.9rem; color: #334155; margin: 0.3rem 0; }
.figures { list-style: none; margin: 0; padding: 0; font-size: 0.9rem; }
.figures li.disputed { color: #9a3412; }
.differ { font-size: 0.75rem; background: #ffedd5; border-radius: 3px; padding: 0 0.3rem; }
table.summary-only tr.event:not([data-summary]) { display: none; }
.views { margin: 0.75rem 0; display: flex; gap: 0.5rem; }
.views button { font: inherit; padding: 0.3rem 0.8rem; border: 1px solid #cbd5e1; background: white;
                border-radius: 4px; cursor: pointer; }
.views button[aria-pressed="true"] { background: #1e293b; color: white; border-color: #1e293b; }
.events tr.hit { background: #fef9c3; transition: background 0.3s; }
.cites { list-style: none; margin: 0; padding: 0; }
.cites li { margin: 0 0 0.35rem; color: #334155; font-size: 0.92rem; }
a.src { font-family: ui-monospace, SFMono-Regular, Menlo, monospace; font-size: 0.85em; color: #1d4ed8;
        text-decoration: none; }
.articles li { margin-bottom: 0.25rem; overflow-wrap: anywhere; }
.empty { padding: 2rem; text-align: center; color: #475569; background: #f8fafc; border-radius: 6px; }
.warnings { margin-top: 1.5rem; color: #92400e; }
@media (max-width: 640px) {
  .events thead { display: none; }
  .events tr, .events td { display: block; }
  .events tr { border-bottom: 2px solid #cbd5e1; padding: 0.5rem 0; }
  .events td { border: 0; padding: 0.15rem 0; }
  .events td::before { content: attr(data-label) ": "; color: #64748b; font-size: 0.8rem; }
}
"""
