"""Chronology + Settings -> one self-contained HTML page (or one <div> for pasting into another page):
a plotly chart of the events on a date axis, a detail panel, and a sortable, filterable table of every
event with its cited sentences.  The chart places the events of the years 1678-2261; a note under it
counts the others, which the table lists like the rest.

Article text is untrusted. Everything the page shows is written here, escaped with html.escape; the
script only moves, clones and hides those elements and sets textContent, so no article string is ever
parsed as HTML in the browser. The chart's hover labels (plotly reads a subset of HTML in them) get the
same escaped strings, and the figure JSON has every "<" written as \\u003c, so nothing in it can close
the <script> it sits in.

Public: figure(chron, settings) -> plotly Figure; to_html(chron, settings, fragment=False, prefix=None);
write_html(chron, path, settings, fragment=False, prefix=None).
"""
from __future__ import annotations

import base64
import hashlib
import json
import re
import textwrap
from functools import lru_cache
from html import escape
from os import PathLike

import pandas as pd
import plotly.graph_objects as go
from plotly.offline import get_plotlyjs, get_plotlyjs_version
from plotly.utils import PlotlyJSONEncoder

from parsers.duplicates import duplicate_groups
from render._output import write_text
from render.frame import confidence_text, to_frame
from timeline.model import Article, Chronology, DatedBy, Event, EventMention, InputStatus, Precision
from timeline.settings import Settings

# marker colour by how precise the date is; the caption under the chart repeats this
_FINE, _WEEK, _MONTH, _COARSE = "#2563eb", "#0d9488", "#d97706", "#9333ea"
_PREFIX = re.compile(r"[A-Za-z][A-Za-z0-9_-]*")
# The years the chart shows. Its axis limits are computed as pandas timestamps, in nanoseconds since
# 1970, which hold only about these years; and one date centuries from the story (a temple "of the 11th
# century", a misread "9999") would squeeze all the rest into a sliver. Events outside are in the table.
_CHART_FIRST, _CHART_LAST = pd.Timestamp("1678-01-01"), pd.Timestamp("2261-12-31")


def figure(chron: Chronology, settings: Settings | None = None) -> go.Figure:
    """The chart of the page as a plotly Figure: one marker per event with a calendar date, on lanes
    so that no two markers overlap at the opening zoom; a bar under a coarse date spans its period."""
    return _figure(to_frame(chron), chron)


def to_html(chron: Chronology, settings: Settings | None = None, fragment: bool = False,
            prefix: str | None = None) -> str:
    """The page. fragment=True gives one <div> (its own scoped <style> and scripts inside) to paste into
    another page; every id in it starts with `prefix`, by default one derived from the event ids, so
    two timelines on one page never clash."""
    settings = settings or Settings()
    p = _prefix(chron, fragment, prefix)
    root_id = f"{p}timeline"
    df = to_frame(chron)
    dated = df[df["start"].notna()]
    placed = df[_charted(df)]
    n_events, n_articles = len(df), len(chron.articles)
    summary = f"{_count(n_events, 'event')} from {_count(n_articles, 'article')}"
    if len(dated):
        summary += f", {_day(dated['start'].min())} to {_day(dated['end'].fillna(dated['start']).max())}"
    h = 2 if fragment else 1
    parts = [f'<header class="head"><h{h}>Chronology</h{h}><p class="summary">{escape(summary)}</p></header>']
    scripts = ""
    if n_events:
        names = {a.id: _name(a) for a in chron.articles}
        column = []
        if len(placed):
            fig = _figure(df, chron)
            column.append(_chart(p, int(fig.layout.height)))
            scripts = _chart_scripts(fig, settings, fragment)
        elif len(dated):
            column.append('<p class="empty">No event has a date within the years the chart shows.</p>')
        else:
            column.append('<p class="empty">No event has a calendar date to place on the chart.</p>')
        column.append(_off_chart(len(dated) - len(placed)))
        column.append(_controls(p, df, chron.articles))
        column.append(_table(p, df, chron, names))
        column += [_articles(p, chron.articles, h + 1), _left_out(chron.inputs, h + 1), _warnings(chron.warnings)]
        # the panel comes first: printed, the selected event stands above the table
        parts.append(f'<div class="layout">{_detail(p, h + 1)}<div class="column">'
                     + "\n".join(filter(None, column)) + "</div></div>")
        scripts += f"<script>{_APP.replace('__ROOT_ID__', json.dumps(root_id))}</script>"
    else:
        parts.append(f'<p class="empty" id="{p}empty-state">No dated events were found in '
                     f'{_count(n_articles, "article")}.</p>')
        parts += [_articles(p, chron.articles, h + 1), _left_out(chron.inputs, h + 1), _warnings(chron.warnings)]
    css = _CSS.replace("ROOT", f"#{root_id}")
    style = f"<style>{css}</style>" if fragment else ""
    root = f'<div class="ntl" id="{root_id}">{style}\n' + "\n".join(filter(None, parts)) + f"\n{scripts}</div>"
    if fragment:
        return root
    return _PAGE.format(title=escape(f"Chronology: {summary}"), css=_BODY_CSS + css, root=root)


def write_html(chron: Chronology, path: str | PathLike, settings: Settings | None = None,
               fragment: bool = False, prefix: str | None = None) -> None:
    write_text(to_html(chron, settings, fragment=fragment, prefix=prefix), path)


def _prefix(chron: Chronology, fragment: bool, prefix: str | None) -> str:
    if prefix is None:
        if not fragment:
            return ""
        # the same chronology gives the same ids; another chronology others
        digest = hashlib.sha1("\n".join(e.id for e in chron.events).encode("utf-8")).hexdigest()
        return f"tl{digest[:8]}-"
    if (prefix or fragment) and not _PREFIX.fullmatch(prefix):
        raise ValueError(f"prefix must be a letter then letters, digits, - or _: {prefix!r}")
    return prefix


def _count(n: int, noun: str) -> str:
    return f"{n} {noun}{'' if n == 1 else 's'}"


def _name(article: Article) -> str:
    """How the page names an article in short: its outlet, else its credit, title or id."""
    return article.outlet or article.credit or article.title or article.id


def _web_url(url: str) -> bool:
    # only web links: a javascript: or data: URL from the input must never become clickable
    return url.strip().lower().startswith(("http://", "https://"))


def _precision_label(precision: str | None) -> str:
    return (precision or "").replace("_", " ")


def _written(event: Event) -> EventMention | None:
    """The citation whose time expression the page quotes as the date as written: of those dating the
    event's own date, the first dated by a relative or calendar expression, else by a relation ("a day
    after ..."), else inherited from an earlier sentence; then the same among the others. None when only
    report days date the event (no expression at all)."""
    cites = [m for m in event.citations or event.mentions if m.date_text]
    rank = {DatedBy.RELATIVE: 0, DatedBy.EXPLICIT: 0, DatedBy.RELATION: 1, DatedBy.INHERITED: 2}
    best = min(((m.date.value != event.date.value, rank.get(m.dated_by, 3), k) for k, m in enumerate(cites)),
               default=None)
    return cites[best[2]] if best else None


def _colour(precision: str | None) -> str:
    if precision is None:
        return _COARSE
    rank = Precision(precision).rank
    if rank >= Precision.DAY.rank:
        return _FINE
    if rank == Precision.WEEK.rank:
        return _WEEK
    return _MONTH if rank >= Precision.QUARTER.rank else _COARSE


def _day(ts: pd.Timestamp) -> str:
    # isoformat, not strftime: "%Y" gives the year 1 as "1", not "0001"
    return ts.date().isoformat()


def _charted(df: pd.DataFrame) -> pd.Series:
    """Which events the chart places: those with a first day in its years."""
    return df["start"].notna() & (df["start"] >= _CHART_FIRST) & (df["start"] <= _CHART_LAST)


def _off_chart(n: int) -> str:
    """What the chart leaves out, said under it: a reader must not take the chart for all there is."""
    if not n:
        return ""
    are = "is" if n == 1 else "are"
    return (f'<p class="caption off-chart">{_count(n, "event")} dated outside the years the '
            f'chart shows ({_CHART_FIRST.year}-{_CHART_LAST.year}) {are} listed in the table only.</p>')


def _hover_lines(text: str, width: int = 60) -> str:
    # plotly never wraps hover labels; escape first so the <br> we add are the only tags
    return "<br>".join(escape(line) for line in textwrap.wrap(text, width)) or "&nbsp;"


# -- chart ---------------------------------------------------------------------------------------

def _figure(df: pd.DataFrame, chron: Chronology) -> go.Figure:
    placed = df[_charted(df)]
    if not len(placed):
        said = "No dated events" if df["start"].isna().all() else "No event dated within the years the chart shows"
        fig = go.Figure()
        fig.update_layout(
            height=200, plot_bgcolor="white", paper_bgcolor="white", xaxis=dict(visible=False),
            yaxis=dict(visible=False),
            annotations=[dict(text=said, showarrow=False, xref="paper", yref="paper", x=0.5, y=0.5)])
        return fig
    names = {a.id: _name(a) for a in chron.articles}
    # a period running past the chart's last year is drawn up to it
    starts, ends = placed["start"], placed["end"].fillna(placed["start"]).clip(upper=_CHART_LAST)
    nominal = [min(10 + 4 * (n - 1), 28) for n in placed["n_sources"]]
    lanes = _lanes(starts, ends, nominal)
    top = max(lanes)
    height = min(150 + 34 * (top + 1), 640)
    # with many lanes the chart stops growing and the markers shrink to fit theirs
    pitch = (height - 88) / (top + 1.6)
    shrink = min(1.0, (pitch - 2) / max(nominal))
    sizes = [max(3.0, round(s * shrink, 1)) for s in nominal]
    hover = [_hover(chron.events[i], names) for i in placed.index]
    events = go.Scatter(
        x=[f"{s:%Y-%m-%d}" for s in starts], y=lanes, mode="markers", name="events", uid="events",
        customdata=[int(i) for i in placed.index], hovertext=hover, hovertemplate="%{hovertext}<extra></extra>",
        marker=dict(size=sizes, color=[_colour(p) for p in placed["precision"]], opacity=0.9,
                    line=dict(width=1.5, color="white")),
        cliponaxis=False,
    )
    # the page rings the selected event's marker here
    selected = go.Scatter(x=[], y=[], mode="markers", name="selected", uid="selected", hoverinfo="skip",
                          cliponaxis=False,
                          marker=dict(symbol="circle-open", size=20, color="#0f172a", line=dict(width=3)))
    fig = go.Figure([events, selected])
    # the axis ends just after the last day, so that "1w" and the other range buttons (which count back
    # from the end) show the last week of events; markers at either edge may overhang into the margin.
    # Padded by hand: plotly zooms a single date to a span of milliseconds. An invisible line over the
    # same span and the same span as autorange's limits make "all" come back to exactly this view.
    first, last = starts.min(), ends.max() + pd.Timedelta(days=1)
    # the padding stops short of 1677-09-22, the first day a nanosecond timestamp (lo_t.value) holds
    lo_t = max(first - max((last - first) * 0.03, pd.Timedelta(days=2)), _CHART_FIRST - pd.Timedelta(days=90))
    hi_t = last + pd.Timedelta(hours=12)
    lo, hi = f"{lo_t:%Y-%m-%d %H:%M}", f"{hi_t:%Y-%m-%d %H:%M}"
    # plotly.js reads these limits right only as milliseconds since 1970 (a date string gives the year 2000)
    allowed = dict(minallowed=lo_t.value // 1_000_000, maxallowed=hi_t.value // 1_000_000)
    fig.update_layout(
        height=height, margin=dict(l=20, r=20, t=48, b=40),
        plot_bgcolor="white", paper_bgcolor="white", hovermode="closest", showlegend=False, dragmode="zoom",
        hoverlabel=dict(bgcolor="white", bordercolor="#cbd5e1", font=dict(color="#0f172a"), align="left"),
        xaxis=dict(type="date", range=[lo, hi], autorangeoptions=allowed, showgrid=True,
                   gridcolor="#e2e8f0", linecolor="#94a3b8",
                   rangeselector=dict(
                       x=0, y=1.02, xanchor="left", yanchor="bottom", bgcolor="#f1f5f9", activecolor="#cbd5e1",
                       buttons=[dict(count=7, label="1w", step="day", stepmode="backward"),
                                dict(count=1, label="1m", step="month", stepmode="backward"),
                                dict(count=6, label="6m", step="month", stepmode="backward"),
                                dict(count=1, label="1y", step="year", stepmode="backward"),
                                dict(label="all", step="all")])),
        yaxis=dict(visible=False, range=[-0.8, top + 0.8], fixedrange=True),
    )
    # a coarse date ("2022-02") covers a period: a faint bar shows all of it, the marker its first day.
    # Shapes, not a trace, so that the figure's traces hold the events alone; each is named by its
    # event's number for the page to hide it with its marker. Set in one go: plotly's add_shape copies
    # every shape so far, quadratic in their number.
    fig.update_layout(shapes=[
        dict(type="line", xref="x", yref="paper", x0=lo, x1=hi, y0=0, y1=0, opacity=0, line=dict(width=0),
             layer="below", name="frame"),
        *(dict(type="line", x0=f"{s:%Y-%m-%d}", x1=f"{e + pd.Timedelta(days=1):%Y-%m-%d}", y0=lane, y1=lane,
               line=dict(color=_colour(p), width=6), opacity=0.3, layer="below", name=str(i))
          for i, s, e, lane, p in zip(placed.index, starts, ends, lanes, placed["precision"]) if e > s)])
    return fig


def _hover(event: Event, names: dict[str, str]) -> str:
    written = _written(event)
    if written is not None:
        as_written = (f"Written: “{_hover_lines(written.date_text)}” "
                      f"({_hover_lines(names.get(written.article_id, written.article_id))})")
    else:
        as_written = "Written: no date words (dated by the day its article reports on)"
    precision = _precision_label(event.date.precision.value if event.date.precision else None)
    resolved = escape(event.date.value) + (f" ({escape(precision)})" if precision else "")
    sources = _hover_lines(", ".join(names.get(s, s) for s in event.sources))
    return (f"<b>{_hover_lines(event.title)}</b><br>{as_written}<br>Resolved: {resolved}"
            f"<br>Sources ({len(event.sources)}): {sources}")


def _lanes(starts: pd.Series, ends: pd.Series, sizes: list[float], width_px: float = 800) -> list[int]:
    """Row of each marker: an event goes to the lowest row free from its start to its end, leaving room
    for its marker and the last one of that row at a chart `width_px` wide (about a desktop's)."""
    day = pd.Timedelta(days=1)
    first = starts.min()
    s = ((starts - first) / day).to_numpy(float)
    e = ((ends - first) / day).to_numpy(float)
    days_per_px = max(e.max() - s.min(), 1.0) / width_px
    busy: list[tuple[float, float]] = []  # per row: the end of its last period and its marker's size
    lanes = [0] * len(s)
    for k in sorted(range(len(s)), key=lambda k: s[k]):
        need = sizes[k] / 2 + 2
        lane = next((n for n, (end, size) in enumerate(busy)
                     if s[k] - end > days_per_px * (size / 2 + need)), len(busy))
        busy[lane:lane + 1] = [(e[k], sizes[k])]
        lanes[k] = lane
    return lanes


def _chart(p: str, height: int) -> str:
    caption = ('<p class="caption">Marker size: number of sources. Colour: date precision '
               f'<span style="color:{_FINE}">●</span> day <span style="color:{_WEEK}">●</span> week '
               f'<span style="color:{_MONTH}">●</span> month or quarter '
               f'<span style="color:{_COARSE}">●</span> coarser; a bar spans the whole period. '
               '<span class="screen">Drag to zoom, double-click to zoom out; click a marker for its '
               'sources.</span></p>')
    return (f'<figure class="chart"><div class="plot" id="{p}chart" style="height:{height}px"></div>'
            f'</figure>{caption}')


@lru_cache(maxsize=1)
def _plotlyjs() -> tuple[str, str, str]:
    js = get_plotlyjs()
    sri = "sha256-" + base64.b64encode(hashlib.sha256(js.encode("utf-8")).digest()).decode("ascii")
    return js, get_plotlyjs_version(), sri


def _chart_scripts(fig: go.Figure, settings: Settings, fragment: bool) -> str:
    js, version, sri = _plotlyjs()
    cdn = f"https://cdn.plot.ly/plotly-{version}.min.js"
    # JSON.parse of a string reads big data faster than a JS literal; "<" escaped keeps "</script>" out
    data = json.dumps(fig.to_plotly_json(), cls=PlotlyJSONEncoder, separators=(",", ":"), ensure_ascii=False)
    out = f'<script type="application/json" class="ntl-figure">{data.replace("<", chr(92) + "u003c")}</script>'
    if settings.plotlyjs == "inline":
        out += "<script>window.PlotlyConfig = window.PlotlyConfig || {MathJaxConfig: 'local'};</script>"
        if fragment:
            # a second timeline on the page finds plotly.js loaded and skips its own copy: one Plotly for all
            # (not on a page of its own: the guard makes the browser take longer over the library)
            out += f'<script>if (!window.Plotly || window.Plotly.version !== "{version}") {{\n{js}\n}}</script>'
        else:
            out += f"<script>{js}</script>"
    elif not fragment:
        out += f'<script charset="utf-8" src="{cdn}" integrity="{sri}" crossorigin="anonymous"></script>'
    else:
        # fragments load it once between them, when the page has no Plotly yet (see _APP)
        out += (f'<script type="application/json" class="ntl-plotly">'
                f'{json.dumps({"src": cdn, "integrity": sri})}</script>')
    return out


# -- controls, detail panel, table ------------------------------------------------------------

def _controls(p: str, df: pd.DataFrame, articles: tuple[Article, ...]) -> str:
    def label(a: Article) -> str:
        title = a.title if a.title != _name(a) else ""
        return " · ".join(filter(None, (_name(a), title, a.published.isoformat() if a.published else "")))

    options = "".join(f'<option value="{k}">{escape(label(a))}</option>' for k, a in enumerate(articles))
    views = ""
    if df["in_summary"].any():
        n = int(df["in_summary"].sum())
        views = (f'<div class="views" role="group" aria-label="View">'
                 f'<button type="button" id="{p}view-summary" aria-pressed="true">'
                 f'Summary ({_count(n, "date")})</button>'
                 f'<button type="button" id="{p}view-full" aria-pressed="false">Full chronology '
                 f'({_count(len(df), "event")})</button></div>')
    # hidden until the script runs: without it they would do nothing
    return (f'<div class="controls" hidden>{views}'
            f'<label class="find"><span>Find</span><input type="search" id="{p}filter-text" '
            f'placeholder="words in titles and citations" autocomplete="off"></label>'
            f'<label class="source"><span>Source</span><select id="{p}filter-source">'
            f'<option value="">all articles</option>{options}</select></label>'
            f'<p class="count" id="{p}count" aria-live="polite"></p></div>')


def _detail(p: str, level: int) -> str:
    return (f'<aside class="detail" id="{p}detail" aria-label="Event details" tabindex="-1">'
            f'<div class="detail-bar"><h{level}>Event</h{level}>'
            '<button type="button" class="goto" hidden>Show in table</button>'
            '<button type="button" class="close" aria-label="Close">×</button></div>'
            '<p class="detail-hint">Select an event on the chart or in the table to read what each '
            'source says.</p><div class="detail-body"></div></aside>')


def _table(p: str, df: pd.DataFrame, chron: Chronology, names: dict[str, str]) -> str:
    """The events as a table of rows in chronology order. Rows are grid boxes with table roles rather
    than <tr>: the browser can then skip laying out the rows off screen, which keeps a page of
    thousands of events quick to open, sort and filter."""
    anchor = {a.id: k for k, a in enumerate(chron.articles)}

    def source(art: str, tip: bool = True) -> str:
        label = escape(names.get(art, art))
        if art not in anchor:
            return f'<span class="src">{label}</span>'
        tip = f' title="{escape(art)}"' if tip else ""
        return f'<a class="src" href="#{p}article-{anchor[art]}"{tip}>{label}</a>'

    rows = []
    # one row per event in chronology order, the order of chron.events
    for i, (row, event) in enumerate(zip(df.itertuples(index=False), chron.events)):
        sources = ", ".join(source(s) for s in event.sources)
        # quotation marks come from CSS strings: <q> makes the browser count nested quotes page-wide
        cites = "".join(
            f'<li data-a="{anchor.get(m.article_id, "")}">{source(m.article_id, tip=False)} '
            f'<span class="q">{escape(m.sentence.text)}</span></li>'
            for m in event.citations)
        start = f' datetime="{_day(row.start)}"' if pd.notna(row.start) else ""
        disputed = set(event.disputed)
        figures = "".join(
            f'<li{" class=disputed" if kind in disputed else ""}>{escape(kind)}: '
            + ", ".join(f"{escape(f.text)} ({escape(names.get(art, art))})" for art, f in found)
            + (" <span class=differ>sources differ</span>" if kind in disputed else "") + "</li>"
            for kind, found in event.figures.items())
        figures = f'<ul class="figures">{figures}</ul>' if figures else ""
        written = _written(event)
        as_written = ""
        if written is not None:
            said = escape(names.get(written.article_id, written.article_id))
            as_written = f'<span class="written" title="as written in {said}">“{escape(written.date_text)}”</span>'
        more = ""
        if event.summary or event.attributions:
            who = {}
            for art, name in event.attributions:
                who.setdefault(name, []).append(names.get(art, art))
            who = "; ".join(f"{escape(name)} ({escape(', '.join(dict.fromkeys(arts)))})" for name, arts in who.items())
            who = f'<p class="who">According to {who}</p>' if who else ""
            about = f'<p class="about">{escape(event.summary)}</p>' if event.summary else ""
            # hidden, not a <details>: thousands of those cost the browser a second of layout
            more = (f'<button type="button" class="more-toggle" aria-expanded="false">More</button>'
                    f'<div class="more" hidden>{about}{who}</div>')
        src_idx = " ".join(str(anchor[s]) for s in event.sources if s in anchor)
        rows.append(
            f'<div class="event" role="row" id="{p}event-{i}" data-id="{escape(event.id)}" data-i="{i}" '
            f'data-n="{len(event.sources)}" data-src="{src_idx}"{" data-summary" if row.in_summary else ""}>'
            f'<div class="c-date" role="cell"><time{start}>{escape(event.date.value)}</time> '
            f'<span class="prec">{escape(_precision_label(row.precision))}</span> {as_written}</div>'
            f'<div class="c-event" role="cell"><button type="button" class="title">'
            f'{escape(event.title)}</button>{figures}{more}</div>'
            f'<div class="c-src" role="cell"><span class="n">{len(event.sources)}</span> '
            f'{sources}</div>'
            f'<div class="c-cite" role="cell"><ul class="cites">{cites}</ul></div></div>')
    head = "".join(
        f'<div role="columnheader" class="{cls}"{sort}>{label}</div>' for cls, label, sort in (
            ("c-date", '<button type="button" data-sort="date">Date</button>', ' aria-sort="ascending"'),
            ("c-event", '<button type="button" data-sort="title">Event</button>', ""),
            ("c-src", '<button type="button" data-sort="n">Sources</button>', ""),
            ("c-cite", "Citations", "")))
    return (f'<div class="events" role="table" aria-label="Events">'
            f'<div class="head" role="rowgroup"><div class="head-row" role="row">{head}</div></div>'
            f'<div class="body" role="rowgroup">\n' + "\n".join(rows) + "\n</div></div>")


# how a publication day other than the given one was found, as the article list says it
_DATED_HOW = {
    "metadata": "from the page's metadata",
    "dateline": "from a date line at the top of the text",
    "option": "from the date given for undated articles",
    "mentions": "from the latest full date its text names",
    "collection": "from other articles' dates",
}


def _articles(p: str, articles: tuple[Article, ...], level: int) -> str:
    if not articles:
        return ""
    by_id = {a.id: a for a in articles}
    copies = duplicate_groups(articles)
    items = []
    for k, a in enumerate(articles):
        parts = []
        if a.title:
            parts.append(f'<cite class="a-title">{escape(a.title)}</cite>')
        if a.outlet or a.credit:
            parts.append(f'<span class="a-outlet">{escape(a.outlet or a.credit)}</span>')
        parts.append(_dated(a))
        if _web_url(a.url):
            parts.append(f'<a class="a-link" href="{escape(a.url.strip())}" rel="noopener noreferrer nofollow" '
                         f'target="_blank">link</a>')
        parts.append(f'<code class="a-id">{escape(a.id)}</code>')
        # inside the meta line: the detail panel quotes it under every citation of a copy
        if a.duplicate_of:
            first = by_id.get(a.duplicate_of)
            parts.append(f'<span class="a-copy">copy of {escape(_label(first) if first else a.duplicate_of)}</span>')
        meta = '<span class="sep"> · </span>'.join(parts)
        listed = ""
        if a.id in copies and len(copies[a.id]) > 1:
            others = [by_id[c] for c in copies[a.id][1:] if c in by_id]
            n = "1 copy" if len(others) == 1 else f"{len(others)} copies"
            listed = f'<span class="a-copies">{n}: ' + "; ".join(escape(_label(c)) for c in others) + "</span>"
        items.append(f'<li id="{p}article-{k}" data-a="{k}"><span class="meta">{meta}</span>{listed}</li>')
    return (f'<section class="sources"><h{level}>Articles</h{level}>'
            f'<ol class="articles">{"".join(items)}</ol></section>')


def _label(article: Article) -> str:
    """An article named in full, for "copy of ...": its title and outlet with its id."""
    title = f"“{article.title}”" if article.title else ""
    named = ", ".join(filter(None, (title, article.outlet or article.credit)))
    return f"{named} ({article.id})" if named else article.id


def _dated(article: Article) -> str:
    """The publication day, and how it was found when the input did not give it."""
    if article.published is None:
        return '<span class="a-date none">no publication date</span>'
    day = f'<time datetime="{article.published.isoformat()}">{article.published.isoformat()}</time>'
    if article.date_method in ("", "given"):
        return day
    how = _DATED_HOW.get(article.date_method, f"({article.date_method})")
    sure = "" if article.date_confidence is None else f", confidence {confidence_text(article.date_confidence)}"
    return f'<span class="a-date">dated {day} {escape(how)}{sure}</span>'


def _left_out(inputs: tuple[InputStatus, ...], level: int) -> str:
    """The inputs that gave no article to the chronology, each with why: a reader missing an article
    finds it here."""
    left = [i for i in inputs if i.status != "used"]
    if not left:
        return ""
    items = "".join(
        f'<li data-status="{escape(i.status)}"><span class="i-status">{escape(i.status)}</span> '
        f'<code class="i-source">{escape(i.source)}</code>'
        + (f' <code class="a-id">{escape(i.article_id)}</code>' if i.article_id else "")
        + f': <span class="i-reason">{escape(i.reason)}</span></li>' for i in left)
    return (f'<section class="sources inputs"><h{level}>Inputs not used</h{level}>'
            f'<p class="caption">{len(left)} of {_count(len(inputs), "input")} gave no article to the '
            f'chronology.</p><ul class="left-out">{items}</ul></section>')


def _warnings(warnings: tuple[str, ...]) -> str:
    if not warnings:
        return ""
    items = "".join(f"<li>{escape(w)}</li>" for w in warnings)
    return f'<details class="warnings"><summary>{_count(len(warnings), "warning")}</summary><ul>{items}</ul></details>'


# The page's behaviour, one copy per timeline. Everything is looked up inside its root, so two
# timelines on one page never touch each other; article text is only ever cloned or set as textContent.
_APP = r"""
(function () {
  var root = (document.currentScript && document.currentScript.closest('.ntl')) || document.getElementById(__ROOT_ID__);
  if (!root) return;
  function q(sel) { return root.querySelector(sel); }
  function qa(sel) { return Array.prototype.slice.call(root.querySelectorAll(sel)); }
  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text != null) e.textContent = text;
    return e;
  }
  var body = q('.events > .body');
  if (!body) return;
  var rows = Array.prototype.slice.call(body.children);  // rows[i]: event i, in chronology order
  var n = rows.length;
  var inSummary = rows.map(function (r) { return r.hasAttribute('data-summary'); });
  var sources = rows.map(function (r) { return ' ' + r.getAttribute('data-src') + ' '; });
  var counts = rows.map(function (r) { return +r.getAttribute('data-n'); });
  var articles = {};
  qa('.articles li[data-a]').forEach(function (li) { articles[li.getAttribute('data-a')] = li; });
  var state = {summary: inSummary.some(Boolean), text: '', source: '', selected: -1, sort: 'date', dir: 1};
  var haystack = null, titles = null;
  var detail = q('.detail'), panel = q('.detail-body'), count = q('.count'), goto = q('.detail .goto');
  var text = q('.controls input'), source = q('.controls select');
  var vs = q('[id$="view-summary"]'), vf = q('[id$="view-full"]');
  var chart = null;  // {P: Plotly, gd, ev: events trace, hl: ring trace, y: lanes, point: event -> point, shapes}

  function matches(i) {
    if (state.source && sources[i].indexOf(' ' + state.source + ' ') < 0) return false;
    if (!state.text) return true;
    if (!haystack) {
      haystack = rows.map(function (r) {
        var words = [r.querySelector('.title').textContent];
        r.querySelectorAll('.cites .q').forEach(function (c) { words.push(c.textContent); });
        return words.join('\n').toLowerCase();
      });
    }
    return haystack[i].indexOf(state.text) >= 0;
  }
  function inView(i) { return !state.summary || inSummary[i]; }

  function apply() {
    var shown = 0, total = 0;
    for (var i = 0; i < n; i++) {
      var show = inView(i) && matches(i);
      if (rows[i].hidden === show) rows[i].hidden = !show;
      if (inView(i)) total++;
      if (show) shown++;
    }
    count.textContent = shown === total ? total + (total === 1 ? ' event' : ' events')
                                         : shown + ' of ' + total + ' events';
    if (vs) {
      vs.setAttribute('aria-pressed', String(state.summary));
      vf.setAttribute('aria-pressed', String(!state.summary));
    }
    redraw();
  }

  // the chart follows the table: off the view its markers go, off the filter they fade
  var pending = false;
  function redraw() {
    if (!chart || pending) return;
    pending = true;
    requestAnimationFrame(function () {
      pending = false;
      restyle(chart.gd.data, chart.gd.layout);
      chart.P.react(chart.gd, chart.gd.data, chart.gd.layout);
    });
  }
  function restyle(data, layout) {
    var t = data[chart.ev], cd = t.customdata, filtering = state.text || state.source;
    var y = new Array(cd.length), op = filtering ? new Array(cd.length) : 0.9;
    for (var k = 0; k < cd.length; k++) {
      y[k] = inView(cd[k]) ? chart.y[k] : null;
      if (filtering) op[k] = matches(cd[k]) ? 0.9 : 0.12;
    }
    t.y = y;  // new arrays and objects: react redraws what changed
    t.marker = Object.assign({}, t.marker, {opacity: op});
    var ring = data[chart.hl], at = chart.point[state.selected], on = at != null && y[at] != null;
    ring.x = on ? [t.x[at]] : [];
    ring.y = on ? [y[at]] : [];
    ring.marker = Object.assign({}, ring.marker, {size: on ? t.marker.size[at] + 12 : 20});
    if (chart.shapes.length) {
      layout.shapes = chart.shapes.filter(function (sh) { return sh.name === 'frame' || inView(+sh.name); })
        .map(function (sh) {
          return sh.name === 'frame' || !filtering || matches(+sh.name) ? sh : Object.assign({}, sh, {opacity: 0.06});
        });
    }
  }

  // the panel takes the focus, so that a keyboard or a screen reader goes on there; Escape hands it back
  function select(i, fromChart) {
    if (state.selected >= 0) rows[state.selected].classList.remove('selected');
    state.selected = i;
    rows[i].classList.add('selected');
    fill(rows[i]);
    detail.classList.add('open', 'has-event');
    goto.hidden = false;
    redraw();
    if (fromChart) detail.scrollIntoView({block: 'nearest'});
    detail.focus({preventScroll: true});
  }
  function unselect() {
    var i = state.selected;
    if (i < 0) return;
    rows[i].classList.remove('selected');
    state.selected = -1;
    var had = detail.contains(document.activeElement);
    panel.replaceChildren();
    detail.classList.remove('open', 'has-event');
    goto.hidden = true;
    redraw();
    if (had) rows[i].querySelector('.title').focus({preventScroll: true});
  }
  // the panel is made of clones of the row's own cells and of the article list: nodes the server escaped
  function fill(row) {
    var out = document.createDocumentFragment();
    out.appendChild(el('p', 'detail-title', row.querySelector('.title').textContent));
    var when = el('p', 'when');
    row.querySelector('.c-date').childNodes.forEach(function (c) { when.appendChild(c.cloneNode(true)); });
    out.appendChild(when);
    var more = row.querySelector('.more');
    if (more) more.childNodes.forEach(function (c) { out.appendChild(c.cloneNode(true)); });
    var figures = row.querySelector('.figures');
    if (figures) {
      out.appendChild(el('p', 'label', 'Figures'));
      out.appendChild(figures.cloneNode(true));
    }
    var cites = row.querySelectorAll('.cites li');
    out.appendChild(el('p', 'label', cites.length === 1 ? '1 citation' : cites.length + ' citations'));
    var list = el('ol', 'quotes');
    cites.forEach(function (li) {
      var item = el('li'), from = el('p', 'from'), article = articles[li.getAttribute('data-a')];
      item.appendChild(el('blockquote', null, li.querySelector('.q').textContent));
      from.appendChild(article ? article.querySelector('.meta').cloneNode(true)
                               : el('span', null, li.querySelector('.src').textContent));
      item.appendChild(from);
      list.appendChild(item);
    });
    out.appendChild(list);
    panel.replaceChildren(out);
    detail.scrollTop = 0;
  }

  function sort(key) {
    state.dir = key === state.sort ? -state.dir : (key === 'n' ? -1 : 1);
    state.sort = key;
    if (key === 'title' && !titles) {
      titles = rows.map(function (r) { return r.querySelector('.title').textContent; });
      titles.cmp = new Intl.Collator(undefined, {sensitivity: 'base', numeric: true}).compare;
    }
    var order = rows.map(function (r, i) { return i; }), d = state.dir;
    order.sort(key === 'date' ? function (a, b) { return d * (a - b); }
             : key === 'n' ? function (a, b) { return d * (counts[a] - counts[b]) || a - b; }
             : function (a, b) { return d * titles.cmp(titles[a], titles[b]) || a - b; });
    var frag = document.createDocumentFragment();
    order.forEach(function (i) { frag.appendChild(rows[i]); });
    body.appendChild(frag);
    qa('.events [role=columnheader]').forEach(function (th) {
      var b = th.querySelector('button[data-sort]');
      if (b && b.getAttribute('data-sort') === key) th.setAttribute('aria-sort', d > 0 ? 'ascending' : 'descending');
      else th.removeAttribute('aria-sort');
    });
  }

  qa('.events button[data-sort]').forEach(function (b) {
    b.addEventListener('click', function () { sort(b.getAttribute('data-sort')); });
  });
  body.addEventListener('click', function (ev) {
    var toggle = ev.target.closest('.more-toggle');
    if (toggle) {
      var more = toggle.nextElementSibling, open = more.hidden;
      more.hidden = !open;
      toggle.setAttribute('aria-expanded', String(open));
      return;
    }
    if (ev.target.closest('a')) return;
    var row = ev.target.closest('.event');
    if (row) select(+row.getAttribute('data-i'), false);
  });
  var typing = 0;
  text.addEventListener('input', function () {
    clearTimeout(typing);
    typing = setTimeout(function () { state.text = text.value.trim().toLowerCase(); apply(); }, 120);
  });
  source.addEventListener('change', function () { state.source = source.value; apply(); });
  if (vs) {
    vs.addEventListener('click', function () { state.summary = true; apply(); });
    vf.addEventListener('click', function () { state.summary = false; apply(); });
  }
  q('.detail .close').addEventListener('click', unselect);
  root.addEventListener('keydown', function (ev) {
    if (ev.key === 'Escape' && state.selected >= 0 && !ev.target.closest('input, select')) unselect();
  });
  goto.addEventListener('click', function () {
    var i = state.selected, row = rows[i];
    if (!row) return;
    if (row.hidden) {  // off the filter or the summary: clear what hides it
      state.text = state.source = text.value = source.value = '';
      state.summary = state.summary && inSummary[i];
      apply();
    }
    row.scrollIntoView({block: 'center'});
    row.querySelector('.title').focus({preventScroll: true});
  });

  q('.controls').hidden = false;
  root.classList.add('js');

  function draw(P) {
    var gd = q('.plot'), data = q('script.ntl-figure');
    if (!gd || !data || !P) return;
    var fig = JSON.parse(data.textContent), ev = -1, hl = -1, point = {};
    fig.data.forEach(function (t, k) { if (t.uid === 'events') ev = k; if (t.uid === 'selected') hl = k; });
    fig.data[ev].customdata.forEach(function (i, k) { point[i] = k; });
    chart = {P: P, gd: gd, ev: ev, hl: hl, y: fig.data[ev].y.slice(), point: point, shapes: fig.layout.shapes || []};
    restyle(fig.data, fig.layout);  // open on the current view without drawing twice
    P.newPlot(gd, fig.data, fig.layout, {displaylogo: false, responsive: true,
                                         modeBarButtonsToRemove: ['select2d', 'lasso2d', 'autoScale2d']});
    gd.on('plotly_click', function (e) {
      var pt = e.points && e.points[0];
      if (pt && pt.curveNumber === chart.ev) select(pt.customdata, true);
    });
  }
  apply();
  var loader = q('script.ntl-plotly');
  if (window.Plotly) draw(window.Plotly);
  else if (loader) {
    // several timelines on one page share one download of plotly.js
    var cfg = JSON.parse(loader.textContent);
    window.__ntlPlotly = window.__ntlPlotly || new Promise(function (ok, fail) {
      var s = document.createElement('script');
      s.src = cfg.src; s.integrity = cfg.integrity; s.crossOrigin = 'anonymous';
      s.onload = function () { ok(window.Plotly); };
      s.onerror = fail;
      document.head.appendChild(s);
    });
    window.__ntlPlotly.then(draw, function () {
      q('.plot').replaceChildren(el('p', 'empty', 'The chart needs plotly.js from the internet.'));
    });
  }
})();
"""


_PAGE = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{title}</title>
<style>{css}</style>
</head>
<body>
<main>
{root}
</main>
</body>
</html>
"""

_BODY_CSS = """
html { overflow-y: scroll; }  /* a scrollbar that comes later would leave the chart too wide */
body { margin: 0; background: white; }
main { max-width: 1320px; margin: 0 auto; padding: 1rem 1.25rem 3rem; }
"""

# every rule sits under ROOT (the timeline's own id): pasted into another page it styles nothing else
_CSS = """
ROOT { font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #0f172a; }
ROOT *, ROOT *::before, ROOT *::after { box-sizing: border-box; }
ROOT [hidden] { display: none !important; }
ROOT .head h1, ROOT .head h2 { font-size: 1.6rem; margin: 0.5rem 0 0; }
ROOT .sources h2, ROOT .sources h3 { font-size: 1.15rem; margin-top: 2rem; }
ROOT .summary, ROOT .caption { color: #475569; margin: 0.25rem 0 1rem; }
ROOT .caption { font-size: 0.85rem; }
ROOT figure.chart { margin: 0; border: 1px solid #e2e8f0; border-radius: 6px; overflow: hidden; }
ROOT .controls { display: flex; flex-wrap: wrap; gap: 0.5rem 1rem; align-items: center; margin: 0.75rem 0; }
ROOT .controls label { display: flex; align-items: center; gap: 0.4rem; min-width: 0; }
ROOT .controls label span { color: #475569; font-size: 0.85rem; }
ROOT .controls .find { flex: 1 1 14rem; }
ROOT .controls input, ROOT .controls select { font: inherit; padding: 0.3rem 0.5rem; border: 1px solid #cbd5e1;
  border-radius: 4px; background: white; color: inherit; min-width: 0; width: 100%; }
ROOT .controls .source { flex: 0 1 18rem; }
ROOT .count { margin: 0; color: #475569; font-size: 0.85rem; }
ROOT .views { display: flex; gap: 0.5rem; }
ROOT .views button { font: inherit; padding: 0.3rem 0.8rem; border: 1px solid #cbd5e1; background: white;
  color: inherit; border-radius: 4px; cursor: pointer; }
ROOT .views button[aria-pressed="true"] { background: #1e293b; color: white; border-color: #1e293b; }
ROOT .layout { display: grid; grid-template-columns: minmax(0, 1fr) 22rem; gap: 1.25rem; align-items: start; }
ROOT .column { grid-column: 1; grid-row: 1; min-width: 0; }
ROOT .detail { grid-column: 2; grid-row: 1; position: sticky; top: 0.5rem; max-height: calc(100vh - 1rem);
  overflow: auto; border: 1px solid #e2e8f0; border-radius: 6px; background: #f8fafc; padding: 0 1rem 1rem; }
ROOT .detail:focus { outline: none; }
ROOT .detail:focus-visible { outline: 2px solid #93c5fd; outline-offset: -2px; }
ROOT .detail-bar { display: flex; align-items: center; gap: 0.5rem; position: sticky; top: 0; background: #f8fafc;
  padding: 0.5rem 0; border-bottom: 1px solid #e2e8f0; }
ROOT .detail-bar h2, ROOT .detail-bar h3 { font-size: 0.8rem; text-transform: uppercase; letter-spacing: 0.04em;
  color: #475569; margin: 0; flex: 1; }
ROOT .detail-bar button { font: inherit; font-size: 0.85rem; border: 1px solid #cbd5e1; background: white;
  color: inherit; border-radius: 4px; cursor: pointer; padding: 0.1rem 0.5rem; }
ROOT .detail-bar .close { font-size: 1.1rem; line-height: 1; padding: 0.15rem 0.5rem; }
ROOT .detail:not(.has-event) .close { display: none; }
ROOT .detail.has-event .detail-hint, ROOT:not(.js) .detail { display: none; }
ROOT .detail-hint { color: #64748b; font-size: 0.9rem; }
ROOT .detail-title { font-weight: 600; font-size: 1.05rem; margin: 0.6rem 0 0.2rem; }
ROOT .detail .when { margin: 0 0 0.5rem; color: #334155; }
ROOT .detail .when .prec, ROOT .detail .when .written { font-size: 0.85rem; color: #64748b; margin-left: 0.3rem; }
ROOT .detail .label { font-size: 0.75rem; text-transform: uppercase; letter-spacing: 0.04em; color: #64748b;
  margin: 0.8rem 0 0.3rem; }
ROOT .about, ROOT .who { font-size: 0.9rem; color: #334155; margin: 0.3rem 0; }
ROOT .quotes { margin: 0; padding: 0 0 0 1.2rem; }
ROOT .quotes li { margin-bottom: 0.7rem; }
ROOT .quotes blockquote { margin: 0; font-size: 0.92rem; overflow-wrap: anywhere; }
ROOT .quotes blockquote::before, ROOT .cites .q::before { content: "“"; }
ROOT .quotes blockquote::after, ROOT .cites .q::after { content: "”"; }
ROOT .quotes .from { margin: 0.15rem 0 0; font-size: 0.8rem; color: #475569; overflow-wrap: anywhere; }
ROOT .events .head-row, ROOT .events .event { display: grid; column-gap: 1rem;
  grid-template-columns: 7rem minmax(0, 2fr) 7.5rem minmax(0, 3fr); padding: 0.5rem; }
ROOT .events .head-row { font-size: 0.8rem; text-transform: uppercase; letter-spacing: 0.04em; color: #475569;
  border-bottom: 2px solid #cbd5e1; padding-top: 0.4rem; padding-bottom: 0.4rem; }
ROOT .events .head-row button { font: inherit; color: inherit; text-transform: inherit; letter-spacing: inherit;
  background: none; border: 0; padding: 0; cursor: pointer; }
ROOT .events .head-row button::after { content: " ↕"; color: #94a3b8; }
ROOT .events [aria-sort="ascending"] button::after { content: " ▲"; color: #0f172a; }
ROOT .events [aria-sort="descending"] button::after { content: " ▼"; color: #0f172a; }
/* rows off screen are neither laid out nor painted until scrolled to */
ROOT .events .event { border-bottom: 1px solid #e2e8f0; cursor: pointer; overflow-wrap: anywhere;
  content-visibility: auto; contain-intrinsic-size: auto 8rem; }
ROOT .events .event:hover { background: #f8fafc; }
ROOT .events .event.selected { background: #e0f2fe; box-shadow: inset 3px 0 #0284c7; }
ROOT .events .c-date { font-variant-numeric: tabular-nums; }
ROOT .events .c-date .prec, ROOT .events .c-date .written { display: block; font-size: 0.8rem; color: #64748b; }
ROOT .events .title { font: inherit; font-weight: 600; text-align: left; color: inherit; background: none;
  border: 0; padding: 0; cursor: pointer; }
ROOT .events .title:hover { text-decoration: underline; }
ROOT .more-toggle { font: inherit; font-size: 0.8rem; color: #64748b; background: none; border: 0; padding: 0;
  cursor: pointer; display: block; margin-top: 0.2rem; }
ROOT .more-toggle::before { content: "▸ "; }
ROOT .more-toggle[aria-expanded="true"]::before { content: "▾ "; }
ROOT:not(.js) .more-toggle { display: none; }
ROOT:not(.js) .more[hidden] { display: block !important; }
ROOT .events .c-src .n { font-weight: 600; margin-right: 0.2rem; }
ROOT .figures { list-style: none; margin: 0.2rem 0 0; padding: 0; font-size: 0.9rem; }
ROOT .figures li.disputed { color: #9a3412; }
ROOT .differ { font-size: 0.75rem; background: #ffedd5; border-radius: 3px; padding: 0 0.3rem; }
ROOT .cites { list-style: none; margin: 0; padding: 0; }
ROOT .cites li { margin: 0 0 0.35rem; color: #334155; font-size: 0.92rem; }
ROOT a.src, ROOT span.src { font-size: 0.85em; color: #1d4ed8; text-decoration: none; font-weight: 600; }
ROOT .articles li { margin-bottom: 0.25rem; overflow-wrap: anywhere; }
ROOT .a-id { font-size: 0.85em; color: #64748b; }
ROOT .a-link { color: #1d4ed8; }
ROOT .a-date { color: #92400e; }
ROOT .a-copy { color: #475569; font-style: italic; }
ROOT .a-copies { display: block; font-size: 0.85em; color: #475569; }
ROOT .left-out { padding-left: 1.2rem; }
ROOT .left-out li { margin-bottom: 0.25rem; overflow-wrap: anywhere; }
ROOT .i-status { font-size: 0.75rem; text-transform: uppercase; letter-spacing: 0.04em; color: #92400e; }
ROOT .left-out li[data-status="failed"] .i-status { color: #b91c1c; }
ROOT .empty { padding: 2rem; text-align: center; color: #475569; background: #f8fafc; border-radius: 6px; }
ROOT .warnings { margin-top: 1.5rem; color: #92400e; }
@media (max-width: 960px) {
  ROOT .layout { display: block; }
  /* on a narrow screen the panel is a sheet over the bottom of the screen, wherever one scrolled to */
  ROOT .detail { position: fixed; left: 0; right: 0; bottom: 0; top: auto; z-index: 1000; max-height: 60vh;
    border-radius: 10px 10px 0 0; box-shadow: 0 -4px 18px rgba(15, 23, 42, 0.2); }
  ROOT .detail:not(.open) { display: none; }
}
@media (max-width: 640px) {
  ROOT .modebar-container { display: none; }  /* it would cover the range buttons; those and dragging remain */
  ROOT .controls .source { flex: 1 1 100%; }
  ROOT .events .head-row { display: flex; flex-wrap: wrap; gap: 0.25rem 1rem; padding-left: 0; }
  ROOT .events .head-row .c-cite { display: none; }
  ROOT .events .event { display: block; padding: 0.6rem 0; border-bottom-width: 2px; }
  ROOT .events .event > div { padding: 0.1rem 0; }
  ROOT .events .event > div::before { color: #64748b; font-size: 0.8rem; }
  ROOT .events .event > .c-date::before { content: "Date: "; }
  ROOT .events .event > .c-event::before { content: "Event: "; }
  ROOT .events .event > .c-src::before { content: "Sources: "; }
  ROOT .events .event > .c-cite::before { content: "Citations: "; }
  ROOT .events .c-date .prec, ROOT .events .c-date .written { display: inline; margin-left: 0.4rem; }
}
@media print {
  ROOT .controls, ROOT .screen, ROOT .modebar-container, ROOT .rangeselector, ROOT .detail-bar button,
  ROOT .detail-hint, ROOT .more-toggle { display: none !important; }
  ROOT .more[hidden] { display: block !important; }
  ROOT .layout { display: block; }
  ROOT .detail { position: static; max-height: none; overflow: visible; box-shadow: none; border: 1px solid #94a3b8;
    margin-bottom: 1rem; break-inside: avoid; }
  ROOT .detail:not(.has-event) { display: none; }
  ROOT .events .event { content-visibility: visible; break-inside: avoid; cursor: auto; }
  ROOT .events .event.selected { background: none; box-shadow: none; }
  ROOT .events .head-row button::after { content: none; }
  ROOT a.src { color: inherit; }
  ROOT .a-link::after { content: " " attr(href); }
}
"""
