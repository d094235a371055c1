"""Screenshots of the shipped example's page, as docs/screenshot-desktop.png (1200 px wide) and
docs/screenshot-phone.png (390 px wide), taken in headless Chromium.

Desktop: the chart zoomed to its last month ("1m"), the event most sources report chosen on it, its hover
label and detail panel showing.
Phone: the same event chosen in the table, its panel open over the bottom of the screen.

    python benchmarks/screenshots.py
    python benchmarks/screenshots.py --out some/folder
"""
from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parent.parent
try:
    import timeline  # noqa: F401  (only checks that the project is importable)
except ImportError:
    sys.path.insert(0, str(REPO_ROOT))

from page_speed import open_driver  # noqa: E402  (benchmarks/, the script's folder)
from render.html_page import write_html  # noqa: E402
from timeline.pipeline import build_from_paths  # noqa: E402
from timeline.settings import Settings  # noqa: E402

EXAMPLE = REPO_ROOT / "examples" / "belgorod" / "articles.csv"


def screenshots(out: Path) -> list[Path]:
    from selenium.webdriver.common.action_chains import ActionChains
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import WebDriverWait

    chron = build_from_paths([EXAMPLE], Settings(quiet=True))
    # the event most sources report
    strike = max(range(len(chron.events)), key=lambda i: (len(chron.events[i].sources), len(chron.events[i].citations)))
    folder = Path(tempfile.mkdtemp(prefix="screenshots-"))
    page = folder / "timeline.html"
    write_html(chron, page, Settings())
    driver, profile = open_driver()
    out.mkdir(parents=True, exist_ok=True)
    written = []
    try:
        for name, width, height, mobile in (("desktop", 1200, 900, False), ("phone", 390, 844, True)):
            driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride",
                                   {"width": width, "height": height, "deviceScaleFactor": 1, "mobile": mobile})
            driver.get(page.as_uri())
            points = WebDriverWait(driver, 20).until(
                lambda d: d.find_elements(By.CSS_SELECTOR, ".traceevents .point"))
            before = points[strike].get_attribute("transform")
            if mobile:
                row = driver.find_elements(By.CSS_SELECTOR, ".events .event")[strike]
                driver.execute_script("arguments[0].querySelector('.title').click(); window.scrollTo(0, 0);", row)
            else:
                buttons = driver.find_elements(By.CSS_SELECTOR, ".rangeselector .button")
                month = next(b for b in buttons if b.text == "1m")
                ActionChains(driver).move_to_element(month).click().perform()
                WebDriverWait(driver, 5).until(lambda d: points[strike].get_attribute("transform") != before)
                ActionChains(driver).move_to_element(points[strike]).click().perform()
            WebDriverWait(driver, 5).until(lambda d: d.find_elements(By.CSS_SELECTOR, ".detail .quotes"))
            if not mobile:
                # the chart redraws with the chosen marker ringed; point at it again for its label
                point = driver.find_elements(By.CSS_SELECTOR, ".traceevents .point")[strike]
                ActionChains(driver).move_to_element_with_offset(point, 1, 1).perform()
                WebDriverWait(driver, 5).until(lambda d: d.find_element(By.CSS_SELECTOR, ".hoverlayer").text)
            path = out / f"screenshot-{name}.png"
            path.write_bytes(driver.get_screenshot_as_png())
            written.append(path)
    finally:
        driver.quit()
        shutil.rmtree(profile, ignore_errors=True)
        shutil.rmtree(folder, ignore_errors=True)
    return written


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--out", type=Path, default=REPO_ROOT / "docs")
    args = ap.parse_args(argv)
    for path in screenshots(args.out):
        print(path)


if __name__ == "__main__":
    main()
