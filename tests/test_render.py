"""Writers: the DataFrame, JSON, CSV and HTML page say what the chronology says, and escape article text."""
import csv
import io
import json

from render import to_frame, to_html, to_json_dict, write_csv, write_html, write_json
from timeline.model import Chronology
from timeline.settings import Settings


def test_frame_has_one_row_per_event_in_chronology_order(sample_chronology):
    df = to_frame(sample_chronology)
    assert list(df["id"]) == ["e1", "e2", "e3"]
    assert {"id", "date", "precision", "start", "end", "title", "sources", "n_sources", "citations"} <= set(df.columns)
    strike = df.iloc[1]
    assert (strike["date"], strike["precision"]) == ("2023-12-30", "day")
    assert strike["sources"] == "ap-belgorod;wire-0101" and strike["n_sources"] == 2
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
    assert set(doc) == {"schema", "articles", "events", "summary", "warnings"} and doc["schema"] == "news-timeline/2"
    assert doc["summary"] == ["e2"]
    assert set(doc["articles"][0]) == {"id", "title", "url", "outlet", "credit", "published", "source"}
    assert doc["articles"][0]["published"] == "2023-12-31"
    assert [e["id"] for e in doc["events"]] == ["e1", "e2", "e3"]
    strike = doc["events"][1]
    assert set(strike) == {"id", "date", "precision", "start", "end", "title", "summary", "importance", "sources",
                           "figures", "disputed", "attribution", "mentions", "context"}
    assert strike["sources"] == ["ap-belgorod", "wire-0101"]
    # the sources disagree: 21 against 24 killed, each figure with its article
    assert strike["figures"] == {"killed": [
        {"article": "ap-belgorod", "text": "at least 21", "value": 21, "qualifier": "at least"},
        {"article": "wire-0101", "text": "24", "value": 24, "qualifier": ""}]}
    assert strike["disputed"] == ["killed"]
    assert {"article": "wire-0101", "who": "governor"} in strike["attribution"]
    assert [m["dated_by"] for m in strike["mentions"]] == ["relative", "explicit", "inherited"]
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
    assert json.loads(out.getvalue()) == {"schema": "news-timeline/2", "articles": [], "events": [], "summary": [],
                                          "warnings": []}


def test_csv_reads_back_one_row_per_event(sample_chronology, tmp_path):
    path = tmp_path / "events.csv"
    write_csv(sample_chronology, path)
    with open(path, encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))
    with open(path, encoding="utf-8", newline="") as f:
        header = next(csv.reader(f))
    assert header == ["date", "precision", "title", "sources", "figures", "disputed", "attribution", "citations",
                      "summary", "id", "start", "end", "n_sources", "importance"]
    assert [r["date"] for r in rows] == ["2022-02", "2023-12-30", "2023-12-31"]
    strike = rows[1]
    assert strike["title"] == "Ukraine attacked the city of Belgorod, killing at least 21 people"
    assert strike["sources"] == "ap-belgorod;wire-0101" and strike["n_sources"] == "2"
    assert strike["figures"] == "killed: at least 21 [ap-belgorod], 24 [wire-0101]"
    assert strike["disputed"] == "killed"
    assert (strike["start"], strike["end"]) == ("2023-12-30", "2023-12-30")
    assert strike["citations"].split("\n") == [
        '[ap-belgorod] "Russia said Ukraine attacked the city of Belgorod on Saturday, killing at least 21 people."',
        '[wire-0101] "Missiles and rockets struck central Belgorod on Dec. 30, the governor said."',
        '[wire-0101] "Officials said 24 people were killed."',
    ]
    assert rows[2]["citations"] == f'[blog] "{hostile(sample_chronology)}"'
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
    assert page.count('<tr class="event"') == 3
    assert "Russia launched its full-scale invasion of Ukraine" in page
    assert "<title>Chronology: 3 events from 3 articles" in page and "<h1>" in page


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
    assert '<tr class="event"' not in page and "Plotly.newPlot" not in page


def test_write_to_stdout(sample_chronology, capsys):
    write_csv(sample_chronology, "-")
    assert capsys.readouterr().out.startswith("date,precision,title,")


def test_html_shows_figures_where_sources_differ_and_the_summary_switch(sample_chronology):
    page = to_html(sample_chronology, Settings(plotlyjs="cdn"))
    assert "killed: at least 21 [ap-belgorod], 24 [wire-0101]" in page
    assert '<span class=differ>sources differ</span>' in page
    assert 'id="view-summary"' in page and 'id="view-full"' in page
    # only the summary's event is marked for the summary view
    assert page.count("data-summary>") == 1 and 'data-id="e2" data-summary>' in page
