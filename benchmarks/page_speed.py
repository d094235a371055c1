"""How big the HTML page gets and how fast it opens, for synthetic chronologies of 1,000 and 5,000 events.

The chronology is made with the model classes alone (no pipeline): events on days spread over three
years, a few on weeks, months and years; 1-5 sources each, one or two cited sentences per source,
some with figures the sources disagree on. The page (plotly.js inline) is written, then opened in
headless Chromium with the options of tests/test_browser.py. The open time is measured in the browser:
performance.now() (milliseconds since navigation start) at the first animation frame in which the
document is parsed (all the table's rows there and the page's scripts run) and the chart's markers are
drawn. Each size is opened `--repeat` times in a fresh tab; medians are printed.

Columns: events; file MB; write s (Python: frame, figure and HTML); open s; sort ms (a click on the Date
header until the rows are laid out again); filter ms (choosing a source until the chart has been redrawn
with the other markers faded); JS heap MB (the page's, once open); peak RSS MB (this Python process).
Timings vary with machine load; compare runs made on the same machine.

    python benchmarks/page_speed.py                    # 1,000 and 5,000 events
    python benchmarks/page_speed.py --sizes 1000 5000 20000 --repeat 5
"""
from __future__ import annotations

import argparse
import datetime as dt
import random
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parent.parent
try:
    import timeline  # noqa: F401  (only checks that the project is importable)
except ImportError:
    # run as `python benchmarks/page_speed.py`, sys.path[0] is benchmarks/, not the repo root
    sys.path.insert(0, str(REPO_ROOT))

from _report import peak_rss_mb, print_table  # noqa: E402  (benchmarks/, the script's folder)
from render.html_page import write_html  # noqa: E402
from timeline.model import (Article, Chronology, DatedBy, Event, EventMention, Figure, Precision,  # noqa: E402
                            Reference, ResolvedDate, Sentence)
from timeline.settings import Settings  # noqa: E402

CHROMIUM, CHROMEDRIVER = "/usr/bin/chromium", "/usr/bin/chromedriver"
BROWSER_ARGS = ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--window-size=1200,900")
OUTLETS = ("Wire", "Daily Ledger", "The Courier", "Evening Post", "Radio North", "Harbour Times",
           "Observer", "Metro News")
WORDS = ("officials", "said", "the", "river", "council", "bridge", "strike", "talks", "resumed", "after",
         "police", "reported", "residents", "were", "evacuated", "from", "district", "ministry", "announced",
         "new", "measures", "late", "on", "vote", "postponed", "governor", "storm", "damaged", "homes")
DATE_WORDS = {DatedBy.RELATIVE: ("on Saturday", "last Friday", "yesterday", "two days ago", "this morning"),
              DatedBy.EXPLICIT: ("on March 3", "Dec. 30", "on 12 May", "January 1"),
              DatedBy.INHERITED: ("Saturday", "Dec. 30")}

# the browser records when the whole page is parsed (every table row there, every script run) and the chart's
# markers are drawn, independent of the page's own code
READY_PROBE = """
(function () {
  function tick() {
    if (document.readyState !== 'loading' && document.querySelector('.scatterlayer .point')) {
      window.__pageReady = performance.now();
      return;
    }
    requestAnimationFrame(tick);
  }
  requestAnimationFrame(tick);
})();
"""


def synthetic_chronology(n_events: int, seed: int = 7) -> Chronology:
    """`n_events` events over three years from about n/10 articles, in chronology order."""
    rng = random.Random(seed)
    first = dt.date(2021, 1, 1)
    articles = tuple(
        Article(f"art-{k:05d}", "", first + dt.timedelta(days=rng.randrange(1100)),
                title=" ".join(rng.choices(WORDS, k=rng.randint(4, 9))).capitalize(),
                url=f"https://news.example/{k}", outlet=rng.choice(OUTLETS))
        for k in range(max(5, n_events // 10)))
    events = []
    for n in range(n_events):
        date = _date(rng, first)
        sources = rng.sample(articles, rng.randint(1, 5))
        disputed = rng.random() < 0.1
        mentions = []
        for a in sources:
            for _ in range(rng.randint(1, 2)):
                how = rng.choice((DatedBy.RELATIVE, DatedBy.EXPLICIT, DatedBy.INHERITED, DatedBy.REPORTED))
                date_text = rng.choice(DATE_WORDS[how]) if how in DATE_WORDS else ""
                text = " ".join(rng.choices(WORDS, k=rng.randint(14, 32))).capitalize()
                if date_text:
                    text += f" {date_text}"
                text += "."
                figures = ()
                if rng.random() < 0.3:
                    count = rng.randint(2, 40) + (rng.randint(1, 5) if disputed else 0)
                    figures = (Figure("killed", count, f"at least {count}", "at least", 0, 0),)
                sentence = Sentence(a.id, 0, len(text), text, 0)
                mentions.append(EventMention(a.id, sentence, date, how, date_text, 0, len(date_text),
                                             figures=figures))
        title = " ".join(rng.choices(WORDS, k=rng.randint(5, 12))).capitalize()
        events.append(Event(f"ev{n:06d}", date, title, tuple(mentions), summary=mentions[0].sentence.text,
                            importance=rng.random()))
    events.sort(key=lambda e: (e.date.start, e.date.precision.rank))  # a period before the days it opens
    return Chronology(articles, tuple(events))


def _date(rng: random.Random, first: dt.date) -> ResolvedDate:
    day = first + dt.timedelta(days=rng.randrange(1100))
    roll = rng.random()
    if roll < 0.04:  # a month
        start = day.replace(day=1)
        end = (start + dt.timedelta(days=32)).replace(day=1) - dt.timedelta(days=1)
        return ResolvedDate(f"{start:%Y-%m}", Precision.MONTH, Reference.ABSOLUTE, start, end)
    if roll < 0.07:  # a week
        start = day - dt.timedelta(days=day.weekday())
        iso = start.isocalendar()
        return ResolvedDate(f"{iso[0]}-W{iso[1]:02d}", Precision.WEEK, Reference.PUBLISHED, start,
                            start + dt.timedelta(days=6))
    if roll < 0.08:  # a year
        start, end = dt.date(day.year, 1, 1), dt.date(day.year, 12, 31)
        return ResolvedDate(str(day.year), Precision.YEAR, Reference.ABSOLUTE, start, end)
    return ResolvedDate(f"{day:%Y-%m-%d}", Precision.DAY, Reference.PUBLISHED, day, day)


def open_driver(width: int = 1200, height: int = 900):
    """Headless Chromium as the browser tests start it; returns (driver, profile folder to remove)."""
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    profile = tempfile.mkdtemp(prefix="page-speed-chromium-")
    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for arg in BROWSER_ARGS:
        options.add_argument(f"--window-size={width},{height}" if arg.startswith("--window-size") else arg)
    options.add_argument(f"--user-data-dir={profile}")
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    return webdriver.Chrome(service=Service(CHROMEDRIVER), options=options), profile


def time_open(driver, path: Path) -> dict[str, float]:
    """Milliseconds from navigation start to markers and rows; then a sort and a filter, timed in the page."""
    driver.execute_cdp_cmd("Page.addScriptToEvaluateOnNewDocument", {"source": READY_PROBE})
    driver.get(path.as_uri())
    deadline = time.monotonic() + 60
    ready = None
    while ready is None and time.monotonic() < deadline:
        ready = driver.execute_script("return window.__pageReady || null")
        time.sleep(0.02)
    if ready is None:
        raise RuntimeError(f"{path.name}: the chart was not drawn within 60 s")
    severe = [e["message"] for e in driver.get_log("browser") if e["level"] == "SEVERE"]
    if severe:
        raise RuntimeError(f"{path.name}: console errors: {severe[:3]}")
    sort_ms = driver.execute_script("""
      var b = document.querySelector('.events button[data-sort="date"]'), t0 = performance.now();
      b.click(); document.body.offsetHeight;
      return performance.now() - t0;""")
    # the filter redraws the chart in the next animation frame: wait for the one after it
    filter_ms = driver.execute_async_script("""
      var done = arguments[arguments.length - 1], s = document.querySelector('.controls select');
      var t0 = performance.now();
      s.value = s.options[1].value; s.dispatchEvent(new Event('change'));
      requestAnimationFrame(function () { requestAnimationFrame(function () {
        document.body.offsetHeight; done(performance.now() - t0); }); });""")
    heap = driver.execute_script("return performance.memory ? performance.memory.usedJSHeapSize : 0")
    return {"ready": ready, "sort": sort_ms, "filter": filter_ms, "heap": heap / 2**20}


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--sizes", type=int, nargs="+", default=[1000, 5000])
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args(argv)
    for p in (CHROMIUM, CHROMEDRIVER):
        if not Path(p).exists():
            sys.exit(f"needs {p}")
    folder = Path(tempfile.mkdtemp(prefix="page-speed-"))
    driver, profile = open_driver()
    cells = []
    try:
        for n in args.sizes:
            chron = synthetic_chronology(n)
            path = folder / f"timeline-{n}.html"
            t0 = time.perf_counter()
            write_html(chron, path, Settings(plotlyjs="inline"))
            write_s = time.perf_counter() - t0
            runs = []
            for _ in range(args.repeat):
                driver.switch_to.new_window("tab")
                runs.append(time_open(driver, path))
                driver.close()
                driver.switch_to.window(driver.window_handles[0])
            med = {k: statistics.median(r[k] for r in runs) for k in runs[0]}
            cells.append([f"{n:,}", f"{path.stat().st_size / 1e6:.1f}", f"{write_s:.2f}",
                          f"{med['ready'] / 1000:.2f}", f"{med['sort']:.0f}", f"{med['filter']:.0f}",
                          f"{med['heap']:.0f}", f"{peak_rss_mb():.0f}"])
    finally:
        driver.quit()
        shutil.rmtree(profile, ignore_errors=True)
        shutil.rmtree(folder, ignore_errors=True)
    print_table(["events", "file MB", "write s", "open s", "sort ms", "filter ms", "JS heap MB", "peak RSS MB"],
                cells)


if __name__ == "__main__":
    main()
