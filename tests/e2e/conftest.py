"""End-to-end fixtures: the app under real uvicorn, and Debian's chromium driven by Playwright."""
from __future__ import annotations

from pathlib import Path

import pytest
from playwright.sync_api import sync_playwright

from .server import running_server

CHROMIUM = "/usr/bin/chromium"
# as root in a closed network: no sandbox, and no background connections that would be refused
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--no-first-run", "--disable-sync", "--disable-quic"]


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    """One uvicorn for the module, on a fresh database that its first start seeds."""
    with running_server(tmp_path_factory.mktemp("e2e") / "linimasa.db") as base:
        yield base


@pytest.fixture(scope="module")
def browser():
    if not Path(CHROMIUM).exists():
        pytest.fail("Debian's chromium is missing: `make test` installs it (apt-get install chromium)")
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        yield browser
        browser.close()


@pytest.fixture
def page(browser):
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    yield page
    context.close()
