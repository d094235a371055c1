"""Writers: the DataFrame, JSON, CSV and HTML page say what the chronology says, and escape article text."""
import csv
import io
import json
import re
from dataclasses import replace
from html import unescape
from html.parser import HTMLParser

import plotly.graph_objects as go
import pytest

from render import to_frame, to_html, to_json_dict, write_csv, write_html, write_json
from render.html_page import figure
from timeline.model import Article, Chronology
from timeline.settings import Settings


def test_frame_has_one_row_per_event_in_chronology_order(sample_chronology):
    df = to_frame(sample_chronology)
    assert list(df["id"]) == ["e1", "e2", "e3"]
    assert {"id", "date", "precision", "start", "end", "title", "sources", "n_sources", "citations"} <= set(df.columns)
    strike = df.iloc[1]
    assert (strike["date"], strike["precision"]) == ("2023-12-30", "day")
    assert strike["sources"] == "ap-belgorod;wire-0101;echo-0101" and strike["n_sources"] == 3
    # the Daily Echo ran the wire story: three sources, two independent ones
    assert list(df["independent_sources"]) == [1, 2, 1]
    assert list(df["inferred_dates"]) == ["", "", "blog: collection 0.7"]
    assert strike["citations"].splitlines()[1] == '[wire-0101] "Missiles and rockets struck central Belgorod on Dec. 30, the governor said."'
    month = df.iloc[0]
    assert month["precision"] == "month"
    assert (f"{month['start']:%Y-%m-%d}", f"{month['end']:%Y-%m-%d}") == ("2022-02-01", "2022-02-28")


def hostile(chron):
    return chron.events[2].mentions[0].sentence.text  # holds <script> and <img onerror>


def test_json_has_the_documented_keys_and_keeps_order_and_offsets(sample_chronology, tmp_path):
    path = tmp_path / "timeline.json"
    write_json(sample_chronology, path)
    doc = json.loads(path.read_text(encoding="utf-8"))
    assert doc == to_json_dict(sample_chronology)
    assert list(doc) == ["schema", "articles", "inputs", "events", "summary", "warnings"]
    assert doc["schema"] == "news-timeline/3" and doc["summary"] == ["e2"]
    assert list(doc["articles"][0]) == ["id", "title", "url", "outlet", "credit", "published", "published_at",
                                        "date_method", "date_confidence", "source", "duplicate_of", "status"]
    assert doc["articles"][0]["published"] == "2023-12-31"
    assert [e["id"] for e in doc["events"]] == ["e1", "e2", "e3"]
    strike = doc["events"][1]
    assert set(strike) == {"id", "date", "precision", "start", "end", "title", "summary", "importance", "sources",
                           "independent_sources", "figures", "disputed", "attribution", "mentions", "context"}
    assert strike["sources"] == ["ap-belgorod", "wire-0101", "echo-0101"]
    # the sources disagree: 21 against 24 killed, each figure with its article
    assert strike["figures"] == {"killed": [
        {"article": "ap-belgorod", "text": "at least 21", "value": 21, "qualifier": "at least"},
        {"article": "wire-0101", "text": "24", "value": 24, "qualifier": ""}]}
    assert strike["disputed"] == ["killed"]
    assert {"article": "wire-0101", "who": "governor"} in strike["attribution"]
    assert [m["dated_by"] for m in strike["mentions"]] == ["relative", "explicit", "inherited", "explicit"]
    texts = {a.id: a.text for a in sample_chronology.articles}
    for event in doc["events"]:
        for m in event["mentions"]:
            assert set(m) == {"article", "text", "start", "end", "clause", "date_text", "date_start", "date_end",
                              "dated_by", "dated_from", "attribution", "figures"}
            assert texts[m["article"]][m["start"]:m["end"]] == m["text"]
            assert texts[m["article"]][m["date_start"]:m["date_end"]] == m["date_text"]
    assert doc["events"][2]["mentions"][0]["text"] == hostile(sample_chronology)  # verbatim, not escaped
    assert "<script>" in path.read_text(encoding="utf-8")  # ensure_ascii=False: the text is as written


def test_json_to_a_stream():
    out = io.StringIO()
    write_json(Chronology((), ()), out)
    assert json.loads(out.getvalue()) == {"schema": "news-timeline/3", "articles": [], "inputs": [], "events": [],
                                          "summary": [], "warnings": []}


def test_json_says_how_each_article_was_dated_and_which_one_it_repeats(sample_chronology):
    articles = {a["id"]: a for a in to_json_dict(sample_chronology)["articles"]}
    assert list(articles) == ["ap-belgorod", "wire-0101", "blog", "echo-0101"]
    assert [(a["published"], a["published_at"], a["date_method"], a["date_confidence"]) for a in articles.values()] == [
        ("2023-12-31", "2023-12-31T09:15:00-05:00", "given", 1.0),
        ("2024-01-01", "2024-01-01", "given", 1.0),
        ("2024-01-02", None, "collection", 0.7),  # inferred: no time was given, so none is made up
        ("2024-01-01", "2024-01-01T08:00:00+03:00", "given", 1.0)]
    assert {i: a["duplicate_of"] for i, a in articles.items()} == {
        "ap-belgorod": None, "wire-0101": None, "blog": None, "echo-0101": "wire-0101"}
    assert {a["status"] for a in articles.values()} == {"used"}
    # an article built without a date or how it was found: nulls, not empty strings
    bare = to_json_dict(Chronology((Article("x", "Text.", None),), ()))["articles"][0]
    assert (bare["published"], bare["published_at"], bare["date_method"], bare["date_confidence"]) == (None,) * 4


def test_json_lists_every_input_in_order_with_its_reason(sample_chronology):
    inputs = to_json_dict(sample_chronology)["inputs"]
    assert [(i["source"], i["article"], i["status"]) for i in inputs] == [
        ("articles/ap.txt", "ap-belgorod", "used"), ("articles/wire.txt", "wire-0101", "used"),
        ("articles/<b>notes</b>.txt", None, "skipped"), ("feeds/blog.jsonl:1", "blog", "used"),
        ('articles/<img src=x onerror="window.__xss=2">.html', None, "failed"),
        ("articles/echo.txt", "echo-0101", "used")]
    assert [i["reason"] for i in inputs if i["status"] == "used"] == [""] * 4
    # verbatim: the JSON is data, its reader escapes
    assert inputs[4]["reason"].endswith("<script>alert(2)</script> is not UTF-8")


def test_independent_sources_count_a_group_of_copies_once(sample_chronology):
    events = to_json_dict(sample_chronology)["events"]
    assert [(len(e["sources"]), e["independent_sources"]) for e in events] == [(1, 1), (3, 2), (1, 1)]
    # without the mark, the copy counts as a source of its own
    unmarked = replace(sample_chronology,
                       articles=tuple(replace(a, duplicate_of="") for a in sample_chronology.articles))
    assert to_json_dict(unmarked)["events"][1]["independent_sources"] == 3
    assert to_frame(unmarked)["independent_sources"].tolist() == [1, 3, 1]


def test_csv_reads_back_one_row_per_event(sample_chronology, tmp_path):
    path = tmp_path / "events.csv"
    write_csv(sample_chronology, path)
    with open(path, encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))
    with open(path, encoding="utf-8", newline="") as f:
        header = next(csv.reader(f))
    # the columns of news-timeline/2 first, in their places; those added in 3 after them
    assert header == ["date", "precision", "title", "sources", "figures", "disputed", "attribution", "citations",
                      "summary", "id", "start", "end", "n_sources", "importance", "inferred_dates",
                      "independent_sources"]
    assert [r["date"] for r in rows] == ["2022-02", "2023-12-30", "2023-12-31"]
    strike = rows[1]
    assert strike["title"] == "Ukraine attacked the city of Belgorod, killing at least 21 people"
    assert strike["sources"] == "ap-belgorod;wire-0101;echo-0101" and strike["n_sources"] == "3"
    assert strike["independent_sources"] == "2" and strike["inferred_dates"] == ""
    assert strike["figures"] == "killed: at least 21 [ap-belgorod], 24 [wire-0101]"
    assert strike["disputed"] == "killed"
    assert (strike["start"], strike["end"]) == ("2023-12-30", "2023-12-30")
    assert strike["citations"].split("\n") == [
        '[ap-belgorod] "Russia said Ukraine attacked the city of Belgorod on Saturday, killing at least 21 people."',
        '[wire-0101] "Missiles and rockets struck central Belgorod on Dec. 30, the governor said."',
        '[wire-0101] "Officials said 24 people were killed."',
        '[echo-0101] "Missiles and rockets struck central Belgorod on Dec. 30, the governor said."',
    ]
    assert rows[2]["citations"] == f'[blog] "{hostile(sample_chronology)}"'
    # the blog's day came from the other articles
    assert (rows[2]["inferred_dates"], rows[2]["independent_sources"]) == ("blog: collection 0.7", "1")
    assert not list(tmp_path.glob(".*.tmp"))  # the temporary file was renamed, not left behind


def test_html_escapes_article_text_everywhere(sample_chronology):
    page = to_html(sample_chronology, Settings(plotlyjs="cdn"))
    assert "<script>alert" not in page and "<img src=x" not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert "&lt;img src=x onerror=&quot;window.__xss=1&quot;&gt;" in page
    assert "Leaflets read &lt;script&gt;alert(1)&lt;/script&gt; &amp; more" in page  # the title
    assert "&lt;b&gt;Blog&lt;/b&gt;" in page and "&lt;i&gt;given&lt;/i&gt;" in page
    assert 'href="javascript:' not in page  # a non-web URL is not made a link


def test_html_lists_every_event_in_a_row(sample_chronology):
    page = to_html(sample_chronology, Settings(plotlyjs="cdn"))
    for event in sample_chronology.events:
        assert f'data-id="{event.id}"' in page
    assert page.count('<div class="event" role="row"') == 3
    assert "Russia launched its full-scale invasion of Ukraine" in page
    assert "<title>Chronology: 3 events from 4 articles" in page and "<h1>" in page


def test_cdn_page_is_small_and_loads_plotly_from_the_cdn(sample_chronology, tmp_path):
    inline, cdn = tmp_path / "inline.html", tmp_path / "cdn.html"
    write_html(sample_chronology, inline, Settings(plotlyjs="inline"))
    write_html(sample_chronology, cdn, Settings(plotlyjs="cdn"))
    inline_text, cdn_text = inline.read_text(encoding="utf-8"), cdn.read_text(encoding="utf-8")
    assert inline.stat().st_size > 1_000_000 and cdn.stat().st_size < 100_000
    assert 'src="https://cdn.plot.ly/plotly-' in cdn_text
    assert 'src="https://cdn.plot.ly' not in inline_text


def test_empty_chronology_says_so():
    page = to_html(Chronology((), ()), Settings())
    assert 'id="empty-state"' in page and "No dated events were found" in page
    assert 'class="event"' not in page and "newPlot" not in page


def test_write_to_stdout(sample_chronology, capsys):
    write_csv(sample_chronology, "-")
    assert capsys.readouterr().out.startswith("date,precision,title,")


def test_html_shows_figures_where_sources_differ_and_the_summary_switch(sample_chronology):
    page = to_html(sample_chronology, Settings(plotlyjs="cdn"))
    # each count with the article that gives it, by its outlet
    assert "killed: at least 21 (AP), 24 (Wire) <span class=differ>sources differ</span>" in page
    assert 'id="view-summary"' in page and 'id="view-full"' in page
    # only the summary's event is marked for the summary view
    assert page.count(" data-summary>") == 1 and re.search(r'data-id="e2"[^>]* data-summary>', page)


class _Tags(HTMLParser):
    """Every start tag with its attributes, and the elements at the top level."""

    VOID = {"meta", "br", "input", "img", "link", "hr", "source", "col", "area", "base", "wbr"}

    def __init__(self):
        super().__init__()
        self.tags, self.top, self.depth = [], [], 0

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))
        if self.depth == 0:
            self.top.append(tag)
        if tag not in self.VOID:
            self.depth += 1

    def handle_endtag(self, tag):
        self.depth -= 1


def _tags(html):
    parser = _Tags()
    parser.feed(html)
    return parser


def test_hover_gives_the_date_as_written_and_as_resolved_and_the_sources(sample_chronology):
    fig = figure(sample_chronology, Settings())
    assert isinstance(fig, go.Figure)
    events = next(t for t in fig.data if t.name == "events")
    # one marker per event with a calendar date; no other trace holds points
    assert list(events.customdata) == [0, 1, 2] and sum(len(t.x) for t in fig.data) == 3
    strike = events.hovertext[1]
    # the first citation dated by its own words on the event's day: the relative "Saturday" of AP
    assert "Written: “Saturday” (AP)" in strike and "Resolved: 2023-12-30 (day)" in strike
    assert "Sources (3): AP, Wire, Daily Echo" in strike
    assert "Resolved: 2022-02 (month)" in events.hovertext[0]
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in events.hovertext[2] and "<script>" not in events.hovertext[2]
    # the month is a bar over all of February 2022 on its marker's lane
    bars = [s for s in fig.layout.shapes if s.name == "0"]
    assert [(b.x0, b.x1, b.y0) for b in bars] == [("2022-02-01", "2022-03-01", events.y[0])]
    assert {b.label for b in fig.layout.xaxis.rangeselector.buttons} == {"1w", "1m", "6m", "1y", "all"}


def test_markers_of_one_day_take_separate_lanes(sample_chronology):
    same_day = replace(sample_chronology.events[1], id="e2b")
    chron = replace(sample_chronology, events=sample_chronology.events[:2] + (same_day,) + sample_chronology.events[2:])
    y = next(t for t in figure(chron).data if t.name == "events").y
    assert y[1] != y[2]  # the same day twice: one above the other


def test_empty_figure_says_so():
    fig = figure(Chronology((), ()))
    assert fig.layout.annotations[0].text == "No dated events" and not fig.data


def test_only_web_urls_become_links(sample_chronology):
    page = to_html(sample_chronology, Settings(plotlyjs="cdn"))
    links = [a["href"] for tag, a in _tags(page).tags if tag == "a" and not a["href"].startswith("#")]
    assert links == ["https://example.org/ap"]


def test_figure_data_cannot_close_its_script(sample_chronology):
    page = to_html(sample_chronology, Settings(plotlyjs="cdn"))
    data = re.search(r'<script type="application/json" class="ntl-figure">(.*?)</script>', page, re.S).group(1)
    assert "<" not in data and "\\u003cscript\\u003ealert" not in data
    fig = json.loads(data)
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in fig["data"][0]["hovertext"][2]


def test_fragment_is_one_div_whose_ids_all_carry_its_prefix(sample_chronology):
    fragment = to_html(sample_chronology, Settings(plotlyjs="cdn"), fragment=True)
    tags = _tags(fragment)
    assert tags.top == ["div"] and "<html" not in fragment and "<body" not in fragment
    prefix = tags.tags[0][1]["id"].removesuffix("timeline")
    assert re.fullmatch(r"tl[0-9a-f]{8}-", prefix)
    ids = [a["id"] for _, a in tags.tags if "id" in a]
    assert len(ids) == len(set(ids)) > 10 and all(i.startswith(prefix) for i in ids)
    # every in-page link and label points at an id of this fragment
    refs = [a["href"][1:] for t, a in tags.tags if t == "a" and a["href"].startswith("#")]
    assert refs and set(refs) <= set(ids)
    # its style applies under its own root only
    style = re.sub(r"/\*.*?\*/", "", re.search(r"<style>(.*?)</style>", fragment, re.S).group(1), flags=re.S)
    selectors = [rule.split("{")[0].strip() for rule in re.findall(r"[^{}]+\{[^{}]*\}", style)]
    assert selectors and all(sel.startswith(f"#{prefix}timeline") for rule in selectors
                             for sel in map(str.strip, rule.split(",")) if not sel.startswith("@"))
    # the same chronology gives the same prefix; another chronology another; an explicit one is kept
    assert to_html(sample_chronology, Settings(plotlyjs="cdn"), fragment=True) == fragment
    other = replace(sample_chronology, events=sample_chronology.events[:2])
    assert f'id="{prefix}timeline"' not in to_html(other, Settings(plotlyjs="cdn"), fragment=True)
    mine = to_html(sample_chronology, Settings(plotlyjs="cdn"), fragment=True, prefix="story-2")
    assert 'id="story-2timeline"' in mine and f'id="{prefix}' not in mine
    with pytest.raises(ValueError, match="prefix"):
        to_html(sample_chronology, Settings(), fragment=True, prefix='x" onload="alert(1)')


def test_fragment_loads_plotly_once_per_page(sample_chronology, tmp_path):
    inline = to_html(sample_chronology, Settings(plotlyjs="inline"), fragment=True)
    # the inline library runs only where the page has no Plotly of its version yet
    assert inline.count("if (!window.Plotly || window.Plotly.version !==") == 1
    cdn = to_html(sample_chronology, Settings(plotlyjs="cdn"), fragment=True)
    assert "https://cdn.plot.ly/plotly-" in cdn and '<script charset="utf-8" src=' not in cdn
    write_html(sample_chronology, tmp_path / "f.html", Settings(plotlyjs="cdn"), fragment=True)
    assert (tmp_path / "f.html").read_text(encoding="utf-8") == cdn


def _texts(page, selector_class):
    """The text of each <li> of the list with this class, tags left out, entities decoded."""
    body = re.search(rf'<(?:ol|ul) class="{selector_class}">(.*?)</(?:ol|ul)>', page, re.S).group(1)
    return [unescape(re.sub(r"<[^>]+>", "", li)) for li in re.findall(r"<li\b[^>]*>(.*?)</li>", body, re.S)]


def test_html_articles_say_how_each_was_dated_and_which_are_copies(sample_chronology):
    ap, wire, blog, echo = _texts(to_html(sample_chronology, Settings(plotlyjs="cdn")), "articles")
    # given: the day alone
    assert ap == "Russia accuses Ukraine of Belgorod attack · AP · 2023-12-31 · link · ap-belgorod"
    assert "dated 2024-01-02 from other articles' dates, confidence 0.7" in blog and blog.startswith("<b>Blog</b>")
    assert echo.endswith(" · echo-0101 · copy of Wire (wire-0101)")
    assert wire.endswith("wire-0101" + "1 copy: “Belgorod hit, governor says”, Daily Echo (echo-0101)")
    # other ways of finding the day, and none
    undated = replace(sample_chronology.articles[2], published=None, date_method="", date_confidence=None)
    from_text = replace(sample_chronology.articles[2], date_method="mentions", date_confidence=0.55)
    chron = replace(sample_chronology, articles=(undated, from_text))
    first, second = _texts(to_html(chron, Settings(plotlyjs="cdn")), "articles")
    assert first == "<b>Blog</b> · no publication date · blog"
    assert "dated 2024-01-02 from the latest full date its text names, confidence 0.55" in second
    # a copy of an article the chronology does not hold is named by its id
    orphan = replace(sample_chronology, articles=sample_chronology.articles[2:])
    assert _texts(to_html(orphan, Settings(plotlyjs="cdn")), "articles")[1].endswith("copy of wire-0101")


def test_html_lists_the_inputs_skipped_or_failed_with_their_reasons_escaped(sample_chronology):
    page = to_html(sample_chronology, Settings(plotlyjs="cdn"))
    assert _texts(page, "left-out") == [
        "skipped articles/<b>notes</b>.txt: empty: <b>notes</b>.txt has no text",
        ('failed articles/<img src=x onerror="window.__xss=2">.html: cannot read <img src=x '
         'onerror="window.__xss=2">.html: <script>alert(2)</script> is not UTF-8')]
    assert "2 of 6 inputs gave no article" in page
    assert "<b>notes" not in page and "window.__xss=2\">" not in page and "<script>alert(2)" not in page
    assert "&lt;img src=x onerror=&quot;window.__xss=2&quot;&gt;" in page
    # every input used: no such section
    used = replace(sample_chronology, inputs=tuple(i for i in sample_chronology.inputs if i.status == "used"))
    assert "Inputs not used" not in to_html(used, Settings(plotlyjs="cdn"))
    # nothing dated: the page still says why inputs were left out
    empty = to_html(replace(sample_chronology, events=(), summary=()), Settings(plotlyjs="cdn"))
    assert 'id="empty-state"' in empty and len(_texts(empty, "left-out")) == 2


def _edge_chronology():
    import timeline

    # publication days at both ends of the calendar and far from any chart: "today" is the day itself,
    # "the next day" on 9999-12-31 has none after it, and 3000's event is a week long
    texts = {"0001-01-01": "Floods hit Ridgeport today, killing 2 people.",
             "1500-06-15": "Floods hit Ridgeport on Saturday, killing 3 people, officials said.",
             "2023-06-15": "Floods hit Ridgeport on Saturday, killing 4 people, officials said.",
             "3000-06-15": "Floods hit Ridgeport last week, killing 5 people, officials said.",
             "9999-12-31": "Floods hit Ridgeport today, killing 6 people. The next day the dam broke."}
    return timeline.build([{"id": f"y{day[:4]}", "published": day, "text": text} for day, text in texts.items()])


def test_events_of_any_year_are_in_every_table_and_the_chart_shows_what_it_can(tmp_path):
    tl = _edge_chronology()
    years = sorted({e.date.start.year for e in tl.events})
    assert years == [1, 1500, 2023, 3000, 9999]
    n = len(tl.events)
    df = tl.to_frame()
    assert len(df) == n and df["start"].notna().all()
    assert [d.date() for d in df["start"]] == [e.date.start for e in tl.events]
    rows = list(csv.DictReader(io.StringIO(tl.to_csv())))
    assert [r["start"] for r in rows] == [e.date.start.isoformat() for e in tl.events]
    assert rows[0]["start"] == "0001-01-01" and rows[-1]["end"] == "9999-12-31"
    assert [e["start"] for e in to_json_dict(tl.chronology)["events"]] == [r["start"] for r in rows]
    # the chart places the 2023 event and says what it leaves to the table; the table lists them all
    page = tl.to_html(tmp_path / "t.html") or (tmp_path / "t.html").read_text(encoding="utf-8")
    fig = tl.figure()
    [in_range] = [i for i, e in enumerate(tl.events) if e.date.start.year == 2023]
    assert list(fig.data[0].customdata) == [in_range]
    assert fig.layout.xaxis.range[0].startswith("2023-") and fig.layout.xaxis.range[1].startswith("2023-")
    assert f"{n - 1} events dated outside the years the chart shows (1678-2261) are listed in the table only" in page
    assert page.count('class="event" role="row"') == n
    assert '<time datetime="0001-01-01">0001-01-01</time>' in page and "0001-01-01 to 9999-12-31" in page
    # the other writers hold every year too, written in four digits
    assert "| 0001-01-01 |" in tl.to_markdown()
    assert {"year": 1, "month": 1, "day": 1} in [s["start_date"] for s in tl.to_timelinejs()["events"]]
    ics = tl.to_ics()
    assert "DTSTART;VALUE=DATE:00010101" in ics and "DTSTART;VALUE=DATE:99991231" in ics
    assert "DTEND;VALUE=DATE:99991231" not in ics and "100000101" not in ics


def test_a_chart_with_no_event_in_its_years_says_so():
    import timeline

    tl = timeline.build([{"id": "far", "published": "9999-06-15", "text": "Floods hit Ridgeport on Saturday."}])
    page = tl.to_html()
    assert "No event has a date within the years the chart shows" in page
    assert "1 event dated outside the years the chart shows (1678-2261) is listed in the table only" in page
    fig = tl.figure()
    assert len(fig.data) == 0 and fig.layout.annotations[0].text == "No event dated within the years the chart shows"
