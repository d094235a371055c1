"""The HTML page in headless Chromium: the chart draws every event, hover shows titles, article text stays inert."""
import os
import shutil
import tempfile
from pathlib import Path

import pytest
from dataclasses import replace

from render import write_html
from timeline.settings import Settings

CHROMIUM, CHROMEDRIVER = "/usr/bin/chromium", "/usr/bin/chromedriver"
_missing = [p for p in (CHROMIUM, CHROMEDRIVER) if not Path(p).exists()]
if _missing:
    # on CI a missing browser is a broken setup, not a reason to pass quietly
    if os.environ.get("CI"):
        pytest.fail(f"browser tests need {', '.join(_missing)}", pytrace=False)
    pytest.skip(f"no {', '.join(_missing)}", allow_module_level=True)

from selenium import webdriver  # noqa: E402  (only once we know a browser is there)
from selenium.webdriver.chrome.service import Service  # noqa: E402
from selenium.webdriver.common.action_chains import ActionChains  # noqa: E402
from selenium.webdriver.common.by import By  # noqa: E402
from selenium.webdriver.support.ui import WebDriverWait  # noqa: E402

pytestmark = pytest.mark.browser


@pytest.fixture(scope="module")
def driver():
    profile = tempfile.mkdtemp(prefix="render-chromium-")
    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for arg in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", f"--user-data-dir={profile}", "--window-size=1200,900"):
        options.add_argument(arg)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    drv = webdriver.Chrome(service=Service(CHROMEDRIVER), options=options)
    yield drv
    drv.quit()
    shutil.rmtree(profile, ignore_errors=True)


def _open(driver, chronology, path):
    # inline plotly.js: the page must work from a file with no network
    write_html(chronology, path, Settings(plotlyjs="inline"))
    driver.get(path.as_uri())
    WebDriverWait(driver, 20).until(lambda d: d.find_elements(By.CSS_SELECTOR, ".scatterlayer .point"))
    return driver


@pytest.fixture
def page(driver, sample_chronology, tmp_path):
    # the full chronology: no summary timeline to open on
    return _open(driver, replace(sample_chronology, summary=()), tmp_path / "timeline.html")


def _visible_points(driver):
    return [p for p in driver.find_elements(By.CSS_SELECTOR, ".scatterlayer .trace")
            if p.value_of_css_property("opacity") != "0" and p.is_displayed()
            for p in p.find_elements(By.CSS_SELECTOR, ".point")]


def test_the_page_opens_on_the_summary_and_switches_to_the_full_chronology(driver, sample_chronology, tmp_path):
    page = _open(driver, sample_chronology, tmp_path / "summary.html")
    shown = [r.get_attribute("data-id") for r in page.find_elements(By.CSS_SELECTOR, "tr.event") if r.is_displayed()]
    assert shown == ["e2"]
    assert len(_visible_points(page)) == 1
    page.find_element(By.ID, "view-full").click()
    WebDriverWait(page, 5).until(lambda d: len(_visible_points(d)) == 3)
    shown = [r.get_attribute("data-id") for r in page.find_elements(By.CSS_SELECTOR, "tr.event") if r.is_displayed()]
    assert shown == ["e1", "e2", "e3"]
    page.find_element(By.ID, "view-summary").click()
    WebDriverWait(page, 5).until(lambda d: len(_visible_points(d)) == 1)
    assert [e for e in page.get_log("browser") if e["level"] == "SEVERE"] == []


def test_chart_draws_one_point_per_event_without_console_errors(page, sample_chronology):
    assert page.find_elements(By.CSS_SELECTOR, ".js-plotly-plot")
    assert len(page.find_elements(By.CSS_SELECTOR, ".scatterlayer .point")) == len(sample_chronology.events)
    severe = [e for e in page.get_log("browser") if e["level"] == "SEVERE"]
    assert severe == []


def test_every_event_row_is_visible(page, sample_chronology):
    rows = page.find_elements(By.CSS_SELECTOR, "tr.event")
    assert [r.get_attribute("data-id") for r in rows] == [e.id for e in sample_chronology.events]
    assert all(r.is_displayed() for r in rows)


def test_hostile_sentence_shows_as_text_and_never_runs(page, sample_chronology):
    assert page.execute_script("return typeof window.__xss") == "undefined"
    assert page.find_elements(By.CSS_SELECTOR, "main img") == []
    row = page.find_element(By.CSS_SELECTOR, 'tr.event[data-id="e3"]')
    assert sample_chronology.events[2].mentions[0].sentence.text in row.text
    assert "<script>alert(1)</script>" in row.find_element(By.CSS_SELECTOR, ".title").text


@pytest.mark.parametrize("index", [0, 1, 2])
def test_hovering_a_point_shows_its_title(page, sample_chronology, index):
    point = page.find_elements(By.CSS_SELECTOR, ".scatterlayer .point")[index]
    ActionChains(page).move_to_element(point).perform()
    label = WebDriverWait(page, 5).until(
        lambda d: d.find_element(By.CSS_SELECTOR, ".hoverlayer").text or None)
    event = sample_chronology.events[index]
    # long titles are wrapped onto lines whose text joins without a space: compare without spaces
    squeezed = "".join(label.split())
    assert squeezed.startswith("".join(event.title.split()))
    assert event.date.value in label and "".join(", ".join(event.sources).split()) in squeezed


def test_example_page_shows_every_event_of_the_shipped_example(driver, tmp_path):
    from timeline.pipeline import build_from_paths

    chron = build_from_paths([Path(__file__).parent.parent / "examples/belgorod/articles.csv"],
                             Settings(quiet=True))
    path = tmp_path / "example.html"
    write_html(chron, path, Settings())
    driver.get(path.as_uri())
    WebDriverWait(driver, 20).until(lambda d: d.find_elements(By.CSS_SELECTOR, ".scatterlayer .point"))
    assert len(driver.find_elements(By.CSS_SELECTOR, ".scatterlayer .point")) == len(chron.events) > 9
    rows = driver.find_elements(By.CSS_SELECTOR, "tr.event")
    assert [r.get_attribute("data-id") for r in rows] == [e.id for e in chron.events]
    strike = next(r for r, e in zip(rows, chron.events)
                  if any("a Dec. 30 strike on the Russian city" in m.sentence.text for m in e.mentions))
    assert "2023-12-30" in strike.text and "003_23c3bec692f3bafe" in strike.text
    assert [e for e in driver.get_log("browser") if e["level"] == "SEVERE"] == []
