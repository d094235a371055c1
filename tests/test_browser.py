"""The HTML page in headless Chromium: every event on the chart and in the table, hover and detail panel,
filters and sorting, the summary switch, phone width and print, two fragments on one page, and article
text that stays inert."""
from dataclasses import replace
from pathlib import Path

import pytest

from chromium import chromium, require_chromium
from render import to_html, write_html
from render.html_page import _written
from timeline.settings import Settings

EXAMPLE = Path(__file__).parent.parent / "examples" / "belgorod" / "articles.csv"
require_chromium(module_level=True)

from selenium.common.exceptions import NoAlertPresentException  # noqa: E402  (only once we know a browser is there)
from selenium.webdriver.common.action_chains import ActionChains  # noqa: E402
from selenium.webdriver.common.by import By  # noqa: E402
from selenium.webdriver.common.keys import Keys  # noqa: E402
from selenium.webdriver.support.ui import Select, WebDriverWait  # noqa: E402

# waits end as soon as the page is ready; the bound only matters on a busy machine
WAIT = 30

pytestmark = pytest.mark.browser

POINTS = ".scatterlayer .traceevents .point"  # the event markers (not the ring around the selected one)


@pytest.fixture(scope="module")
def driver():
    with chromium("render-chromium-") as drv:
        yield drv


@pytest.fixture(scope="module")
def example():
    from timeline.pipeline import build_from_paths

    return build_from_paths([EXAMPLE], Settings(quiet=True))


@pytest.fixture(scope="module")
def example_path(example, tmp_path_factory):
    path = tmp_path_factory.mktemp("page") / "example.html"
    write_html(example, path, Settings())  # the default: plotly.js inline, the page works offline
    return path


def _open(driver, path, root=None):
    driver.get(path.as_uri())
    WebDriverWait(driver, WAIT).until(lambda d: d.find_elements(By.CSS_SELECTOR, POINTS))
    driver.get_log("browser")  # what the page logs from here on belongs to the test
    return driver.find_element(By.CSS_SELECTOR, root or ".ntl")


def _severe(driver):
    return [e for e in driver.get_log("browser") if e["level"] == "SEVERE"]


def _shown(root):
    """Ids of the table rows the reader sees, top to bottom."""
    return root.parent.execute_script(
        "return Array.from(arguments[0].querySelectorAll('.events .event'))"
        ".filter(function (r) { return r.checkVisibility(); }).map(function (r) { return r.dataset.id; });", root)


def _hover_label(driver, point, expect):
    """The hover label once it shows `expect` (compared without spaces: plotly wraps long lines)."""
    ActionChains(driver).move_to_element(point).perform()
    return WebDriverWait(driver, WAIT).until(
        lambda d: (text := d.find_element(By.CSS_SELECTOR, ".hoverlayer").text)
        and _squeeze(expect) in _squeeze(text) and text)


def _panel_quotes(root):
    panel = root.find_element(By.CSS_SELECTOR, ".detail")
    WebDriverWait(root.parent, WAIT).until(lambda d: panel.find_elements(By.CSS_SELECTOR, ".quotes blockquote"))
    return panel, [b.text.strip("“”") for b in panel.find_elements(By.CSS_SELECTOR, ".quotes blockquote")]


def _click(element):
    """Click a row's element once it is centred: rows off screen are laid out only as they come near, so
    the row must settle (two frames) before its place is taken."""
    element.parent.execute_async_script(
        "arguments[0].scrollIntoView({block: 'center'}); var done = arguments[1];"
        "requestAnimationFrame(function () { requestAnimationFrame(function () { done(); }); });", element)
    element.click()


def _click_marker(root, point):
    """Click a chart marker until the panel opens: a click while plotly still lays the chart out
    (a busy machine, a page that just scrolled) reaches no marker, and is made again."""
    def opened(driver):
        # the marker centred and settled (two frames), and what lies under it inside `root`: a click
        # while the page still scrolls may land on another chart of the page
        inside = driver.execute_async_script(
            "var p = arguments[0], root = arguments[1], done = arguments[2];"
            "p.scrollIntoView({block: 'center'});"
            "requestAnimationFrame(function () { requestAnimationFrame(function () {"
            "  var r = p.getBoundingClientRect();"
            "  var under = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);"
            "  done(!!under && root.contains(under)); }); });", point, root)
        if not inside:
            return False
        ActionChains(driver).move_to_element(point).click().perform()
        return root.find_elements(By.CSS_SELECTOR, ".detail .quotes blockquote")
    WebDriverWait(root.parent, WAIT, poll_frequency=1).until(opened)


def _squeeze(text):
    return "".join(text.split())


def _matching(chron, word):
    return [e.id for e in chron.events
            if word in (e.title + "\n" + "\n".join(m.sentence.text for m in e.citations)).lower()]


# -- the shipped example --------------------------------------------------------------------------

def test_example_page_draws_and_lists_every_event_without_console_errors(driver, example, example_path):
    root = _open(driver, example_path)
    assert len(example.events) > 9
    assert len(root.find_elements(By.CSS_SELECTOR, POINTS)) == len(example.events)
    assert _shown(root) == [e.id for e in example.events]
    assert root.find_element(By.CSS_SELECTOR, ".count").text == f"{len(example.events)} events"
    strike = root.find_element(By.CSS_SELECTOR, f'.event[data-id="{example.events[4].id}"]')
    assert "2023-12-30" in strike.text and "The Kyiv Independent" in strike.text
    assert _severe(driver) == []


def test_range_buttons_zoom_the_date_axis_and_all_comes_back(driver, example_path):
    root = _open(driver, example_path)
    span = ("var r = arguments[0].querySelector('.plot')._fullLayout.xaxis.range;"
            "return (new Date(r[1]) - new Date(r[0])) / 864e5;")
    full = driver.execute_script(span, root)
    buttons = {b.text: b for b in root.find_elements(By.CSS_SELECTOR, ".rangeselector .button")}
    assert {"1w", "1m", "6m", "1y", "all"} <= set(buttons)
    ActionChains(driver).move_to_element(buttons["1w"]).click().perform()
    WebDriverWait(driver, WAIT).until(lambda d: abs(d.execute_script(span, root) - 7) < 0.01)
    ActionChains(driver).move_to_element(buttons["all"]).click().perform()
    WebDriverWait(driver, WAIT).until(lambda d: abs(d.execute_script(span, root) - full) < 1)
    assert full > 365 * 3  # "two years ago" (2021) to January 2024, padded


def test_hovering_a_marker_shows_its_title_and_its_date_as_written_and_as_resolved(driver, example, example_path):
    root = _open(driver, example_path)
    for index in (3, 4):
        event = example.events[index]
        written = _written(event).date_text
        label = _hover_label(driver, root.find_elements(By.CSS_SELECTOR, POINTS)[index], event.title)
        assert f"Written: “{written}”" in label and f"Resolved: {event.date.value}" in label
    assert written == "Saturday" and _written(example.events[3]).date_text == "late Friday evening"


def test_clicking_a_marker_or_a_row_shows_the_event_in_the_detail_panel(driver, example, example_path):
    root = _open(driver, example_path)
    credit = {a.id: a.credit for a in example.articles}
    event = example.events[4]  # the strike: five sources, thirteen citations
    _click_marker(root, root.find_elements(By.CSS_SELECTOR, POINTS)[4])
    panel, quotes = _panel_quotes(root)
    assert panel.is_displayed() and panel.tag_name == "aside"
    assert panel.find_element(By.CSS_SELECTOR, ".detail-title").text == event.title
    assert quotes == [" ".join(m.sentence.text.split()) for m in event.citations]
    sources = [f.text for f in panel.find_elements(By.CSS_SELECTOR, ".quotes .from")]
    for m, source in zip(event.citations, sources):
        assert m.article_id in source and (credit[m.article_id] or "") in source
    assert "sources differ" in panel.text and "killed:" in panel.text
    assert len(root.find_elements(By.CSS_SELECTOR, ".traceselected .point")) == 1
    # a row: the panel follows, the row is marked and the ring moves to its marker
    other = example.events[-1]
    row = root.find_element(By.CSS_SELECTOR, f'.event[data-id="{other.id}"]')
    _click(row.find_element(By.CSS_SELECTOR, ".c-cite"))
    WebDriverWait(driver, WAIT).until(lambda d: panel.find_element(By.CSS_SELECTOR, ".detail-title").text == other.title)
    assert _panel_quotes(root)[1] == [" ".join(m.sentence.text.split()) for m in other.citations]
    assert "selected" in row.get_attribute("class")
    ring = "return arguments[0].querySelector('.plot').data[1].x"
    WebDriverWait(driver, WAIT).until(lambda d: d.execute_script(ring, root) == [f"{other.date.start:%Y-%m-%d}"])
    ActionChains(driver).send_keys(Keys.ESCAPE).perform()  # as the close button does
    WebDriverWait(driver, WAIT).until(lambda d: d.execute_script(ring, root) == [])
    assert panel.find_elements(By.CSS_SELECTOR, ".quotes") == [] and _severe(driver) == []


def test_text_and_source_filters_keep_exactly_the_matching_rows_and_fade_the_other_markers(driver, example,
                                                                                          example_path):
    root = _open(driver, example_path)
    box = root.find_element(By.CSS_SELECTOR, ".controls input")
    box.send_keys("Drones")
    expected = _matching(example, "drones")
    assert 0 < len(expected) < len(example.events)
    WebDriverWait(driver, WAIT).until(lambda d: _shown(root) == expected)
    faded = ("return Array.from(arguments[0].querySelectorAll('.traceevents .point'))"
             ".filter(function (p) { return +getComputedStyle(p).opacity < 0.5; }).length")
    WebDriverWait(driver, WAIT).until(lambda d: d.execute_script(faded, root) == len(example.events) - len(expected))
    assert root.find_element(By.CSS_SELECTOR, ".count").text == f"{len(expected)} of {len(example.events)} events"
    # the source filter alone, then both together
    box.clear()
    box.send_keys(" ")  # an input event: the box is empty again once trimmed
    kyiv = next(k for k, a in enumerate(example.articles) if a.credit == "The Kyiv Independent")
    Select(root.find_element(By.CSS_SELECTOR, ".controls select")).select_by_value(str(kyiv))
    cited = [e.id for e in example.events if example.articles[kyiv].id in e.sources]
    WebDriverWait(driver, WAIT).until(lambda d: _shown(root) == cited)
    box.send_keys("drones")
    WebDriverWait(driver, WAIT).until(lambda d: _shown(root) == [i for i in cited if i in expected] != [])


def test_sorting_by_date_reverses_the_table_and_by_sources_puts_the_most_cited_first(driver, example, example_path):
    root = _open(driver, example_path)
    ids = [e.id for e in example.events]
    root.find_element(By.CSS_SELECTOR, 'button[data-sort="date"]').click()
    assert _shown(root) == ids[::-1]
    header = root.find_element(By.CSS_SELECTOR, '[role=columnheader][aria-sort]')
    assert header.get_attribute("aria-sort") == "descending" and header.text.startswith("DATE")
    root.find_element(By.CSS_SELECTOR, 'button[data-sort="date"]').click()
    assert _shown(root) == ids
    root.find_element(By.CSS_SELECTOR, 'button[data-sort="n"]').click()
    n = {e.id: len(e.sources) for e in example.events}
    assert _shown(root) == sorted(ids, key=lambda i: (-n[i], ids.index(i)))
    root.find_element(By.CSS_SELECTOR, 'button[data-sort="title"]').click()
    titles = [root.find_element(By.CSS_SELECTOR, f'.event[data-id="{i}"] .title').text for i in _shown(root)]
    assert titles != [e.title for e in example.events] and titles[0].lower() <= titles[-1].lower()


def test_detail_panel_is_reachable_on_a_phone_screen(driver, example, example_path):
    driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride",
                           {"width": 390, "height": 844, "deviceScaleFactor": 1, "mobile": True})
    try:
        root = _open(driver, example_path)
        assert driver.execute_script("return document.documentElement.scrollWidth") <= 390
        panel = root.find_element(By.CSS_SELECTOR, ".detail")
        assert not panel.is_displayed()
        row = root.find_elements(By.CSS_SELECTOR, ".events .event")[-3]
        _click(row.find_element(By.CSS_SELECTOR, ".title"))
        WebDriverWait(driver, WAIT).until(lambda d: panel.is_displayed())
        box = driver.execute_script("var r = arguments[0].getBoundingClientRect();"
                                    "return [r.left, r.top, r.right, r.bottom, innerWidth, innerHeight];", panel)
        left, top, right, bottom, width, height = box
        assert 0 <= left and right <= width and 0 <= top < bottom <= height  # all of it on screen
        assert panel.find_element(By.CSS_SELECTOR, ".detail-title").text == example.events[-3].title
        panel.find_element(By.CSS_SELECTOR, ".close").click()
        WebDriverWait(driver, WAIT).until(lambda d: not panel.is_displayed())
    finally:
        driver.execute_cdp_cmd("Emulation.clearDeviceMetricsOverride", {})


def test_printed_page_has_no_controls_and_shows_the_selected_event_and_every_row_in_full(driver, example_path):
    root = _open(driver, example_path)
    _click(root.find_elements(By.CSS_SELECTOR, ".events .event .title")[4])
    driver.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": "print"})
    try:
        for sel in (".controls", ".rangeselector", ".detail .close", ".more-toggle"):
            assert not any(e.is_displayed() for e in root.find_elements(By.CSS_SELECTOR, sel)), sel
        panel = root.find_element(By.CSS_SELECTOR, ".detail")
        assert panel.is_displayed() and panel.value_of_css_property("position") == "static"
        more = root.find_elements(By.CSS_SELECTOR, ".events .more")
        assert more and all(m.is_displayed() for m in more)
    finally:
        driver.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": ""})


# -- the hand-built chronology: the summary switch and hostile text --------------------------------

def test_the_page_opens_on_the_summary_and_switches_to_the_full_chronology(driver, sample_chronology, tmp_path):
    path = tmp_path / "summary.html"
    write_html(sample_chronology, path, Settings(plotlyjs="inline"))
    root = _open(driver, path)
    assert _shown(root) == ["e2"]
    assert len(root.find_elements(By.CSS_SELECTOR, POINTS)) == 1
    root.find_element(By.ID, "view-full").click()
    WebDriverWait(driver, WAIT).until(lambda d: len(root.find_elements(By.CSS_SELECTOR, POINTS)) == 3)
    assert _shown(root) == ["e1", "e2", "e3"]
    # the filters apply within the view chosen
    root.find_element(By.CSS_SELECTOR, ".controls input").send_keys("leaflets")
    WebDriverWait(driver, WAIT).until(lambda d: _shown(root) == ["e3"])
    root.find_element(By.ID, "view-summary").click()
    WebDriverWait(driver, WAIT).until(lambda d: len(root.find_elements(By.CSS_SELECTOR, POINTS)) == 1)
    assert _shown(root) == [] and root.find_element(By.CSS_SELECTOR, ".count").text == "0 of 1 events"
    assert root.find_element(By.ID, "view-summary").get_attribute("aria-pressed") == "true"
    assert _severe(driver) == []


def test_hostile_article_text_stays_inert_in_hover_panel_filters_and_links(driver, sample_chronology, tmp_path):
    path = tmp_path / "hostile.html"
    write_html(replace(sample_chronology, summary=()), path, Settings(plotlyjs="inline"))
    root = _open(driver, path)
    hostile = sample_chronology.events[2]
    label = _hover_label(driver, root.find_elements(By.CSS_SELECTOR, POINTS)[2], "Leaflets read")
    assert "<script>alert(1)</script>" in label
    _click(root.find_element(By.CSS_SELECTOR, '.event[data-id="e3"] .title'))
    panel, quotes = _panel_quotes(root)
    assert quotes == [hostile.mentions[0].sentence.text]
    assert panel.find_element(By.CSS_SELECTOR, ".detail-title").text == hostile.title
    assert "<b>Blog</b>" in panel.find_element(By.CSS_SELECTOR, ".quotes .from").text  # its title, as text
    options = [o.text for o in root.find_elements(By.CSS_SELECTOR, ".controls select option")]
    assert any(o.startswith("<b>Blog</b>") for o in options)
    # the javascript: URL of the wire article is no link anywhere, in the panel or the article list
    _click(root.find_element(By.CSS_SELECTOR, '.event[data-id="e2"] .title'))
    WebDriverWait(driver, WAIT).until(lambda d: "Wire" in panel.text)
    links = [a.get_attribute("href") for a in root.find_elements(By.CSS_SELECTOR, ".quotes a, .articles a")]
    assert links and all(h.startswith("https://example.org/") for h in links)
    assert driver.find_elements(By.CSS_SELECTOR, 'a[href^="javascript:" i], [onerror], img') == []
    assert driver.execute_script("return typeof window.__xss") == "undefined"
    with pytest.raises(NoAlertPresentException):
        driver.switch_to.alert.text
    assert _severe(driver) == []


# -- two fragments on one page -------------------------------------------------------------------

def test_two_fragments_on_one_page_draw_their_charts_and_keep_their_panels_apart(driver, example, sample_chronology,
                                                                               tmp_path):
    full = replace(sample_chronology, summary=())
    first, second = to_html(example, Settings(), fragment=True), to_html(full, Settings(), fragment=True)
    path = tmp_path / "two.html"
    path.write_text(
        "<!DOCTYPE html><html><head><meta charset='utf-8'><title>Two timelines</title></head><body>"
        f"<p>First:</p>{first}<script>window.__plotlyOfFirst = window.Plotly;</script>"
        f"<p>Second:</p>{second}</body></html>", encoding="utf-8")
    driver.get(path.as_uri())
    a, b = WebDriverWait(driver, WAIT).until(
        lambda d: (roots := d.find_elements(By.CSS_SELECTOR, ".ntl")) and len(roots) == 2
        and all(r.find_elements(By.CSS_SELECTOR, POINTS) for r in roots) and roots)
    assert _severe(driver) == []
    # the second fragment found plotly.js loaded and did not run its own copy
    assert driver.execute_script("return window.Plotly === window.__plotlyOfFirst && !!window.Plotly.newPlot")
    assert len(a.find_elements(By.CSS_SELECTOR, POINTS)) == len(example.events)
    assert len(b.find_elements(By.CSS_SELECTOR, POINTS)) == 3
    ids = driver.execute_script("return Array.from(document.querySelectorAll('[id]'), function (e) { return e.id; })")
    assert len(ids) == len(set(ids))
    # a row of the first fills the first panel only
    _click(a.find_elements(By.CSS_SELECTOR, ".events .event .title")[4])
    a_panel, a_quotes = _panel_quotes(a)
    assert a_quotes[0] == " ".join(example.events[4].citations[0].sentence.text.split())
    assert b.find_elements(By.CSS_SELECTOR, ".detail .quotes") == []
    # a marker of the second fills the second panel, and the first keeps its event
    driver.execute_script("arguments[0].scrollIntoView()", b)
    _click_marker(b, b.find_elements(By.CSS_SELECTOR, POINTS)[1])
    _, b_quotes = _panel_quotes(b)
    assert b_quotes == [m.sentence.text for m in full.events[1].citations]
    assert a_panel.find_element(By.CSS_SELECTOR, ".detail-title").text == example.events[4].title
    # a filter in one leaves the other's rows alone
    b.find_element(By.CSS_SELECTOR, ".controls input").send_keys("leaflets")
    WebDriverWait(driver, WAIT).until(lambda d: _shown(b) == ["e3"])
    assert _shown(a) == [e.id for e in example.events]
    assert _severe(driver) == []
