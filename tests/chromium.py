"""Headless Chromium for the tests that open pages: where it is, and one way to start it."""
import os
import shutil
import tempfile
from contextlib import contextmanager
from pathlib import Path

import pytest

CHROMIUM, CHROMEDRIVER = "/usr/bin/chromium", "/usr/bin/chromedriver"
MISSING = [p for p in (CHROMIUM, CHROMEDRIVER) if not Path(p).exists()]


def require_chromium(module_level: bool = False) -> None:
    """Skip when Chromium or its driver is missing; on CI a missing browser is a broken setup,
    not a reason to pass quietly."""
    if MISSING:
        if os.environ.get("CI"):
            pytest.fail(f"browser tests need {', '.join(MISSING)}", pytrace=False)
        pytest.skip(f"no {', '.join(MISSING)}", allow_module_level=module_level)


@contextmanager
def chromium(prefix: str, capabilities: dict | None = None):
    """A headless Chromium with its own profile folder (removed after), keeping the console log."""
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    profile = tempfile.mkdtemp(prefix=prefix)
    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for arg in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", f"--user-data-dir={profile}", "--window-size=1200,900"):
        options.add_argument(arg)
    for name, value in {"goog:loggingPrefs": {"browser": "ALL"}, **(capabilities or {})}.items():
        options.set_capability(name, value)
    driver = webdriver.Chrome(service=Service(CHROMEDRIVER), options=options)
    try:
        yield driver
    finally:
        driver.quit()
        shutil.rmtree(profile, ignore_errors=True)
