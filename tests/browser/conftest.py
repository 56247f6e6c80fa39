"""Browser fixtures: the built site served on localhost, and one headless Chromium per session."""

from __future__ import annotations

import functools
import re
import threading
from collections.abc import Iterator
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from playwright.sync_api import Browser, BrowserContext, sync_playwright

from tests.browser.find_browser import HOW_TO_GET_ONE, LAUNCH_ARGS, find_browser

PHONE = {"width": 390, "height": 844}
DESKTOP = {"width": 1280, "height": 800}
# Press every letter's "Make it yours" that is still closed: its form is not in the page until then.
OPEN_LETTER_FORMS = """(scope) => (scope || document)
  .querySelectorAll('.wc-letter__open[aria-expanded=false]').forEach(b => b.click())"""


# A script's first line: `hitsOn(element)`, what the page shows at nine points across the
# element (off the screen: nothing). Some of a focused element must show (WCAG 2.4.11).
HITS_ON = """const hitsOn = element => {
  const box = element.getBoundingClientRect(), at = [0.1, 0.5, 0.9];
  return at.flatMap(x => at.map(y => document.elementFromPoint(
    box.left + x * box.width, box.top + y * box.height))).filter(Boolean);
};"""


# WCAG 2 contrast in a page's script: rgba("rgb(...)" or "rgba(...)") -> [r, g, b, a];
# over(top, under) lays a colour over another; ratio(a, b) between two colours (alpha ignored).
CONTRAST = """const rgba = text => {
  const [r, g, b, a = 1] = text.match(/[\\d.]+/g).map(Number);
  return [r, g, b, a];
};
const over = (top, under) => [0, 1, 2].map(i => top[i] * top[3] + under[i] * (1 - top[3]));
const light = c => c.slice(0, 3)
  .map(v => (v /= 255) <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4)
  .reduce((sum, v, i) => sum + v * [0.2126, 0.7152, 0.0722][i], 0);
const ratio = (a, b) => {
  const [high, low] = [light(a), light(b)].sort((x, y) => y - x);
  return (high + 0.05) / (low + 0.05);
};"""


# Every layout shift of the page so far (buffered), as the Layout Instability API reports them:
# its score, when, and what moved from where to where (so a failure says what to look at).
LAYOUT_SHIFTS = """() => new Promise(done => {
  const shifts = [];
  const what = s => [s.node ? s.node.nodeName + "." + s.node.className : "?",
                     JSON.stringify(s.previousRect), JSON.stringify(s.currentRect)];
  new PerformanceObserver(list => list.getEntries().forEach(
      e => shifts.push([e.value, Math.round(e.startTime), e.sources.map(what)])))
    .observe({type: "layout-shift", buffered: true});
  setTimeout(() => done(shifts), 300);
})"""


def open_letter_form(page, letter: str) -> None:
    """Open the "Make it yours" form of the letter that the selector names, unless it is open."""
    page.locator(letter).evaluate(OPEN_LETTER_FORMS)


def settle(page) -> None:
    """Wait, as a person would before using a page, until it has loaded and the network is quiet.

    Playwright's "networkidle" alone is not enough: its 500 ms without a request can pass while a
    busy machine still parses the page, before Material's script has run (its "/" shortcut then
    does nothing). The load event comes after every script of the page has run.
    """
    page.wait_for_load_state("load")
    page.wait_for_load_state("networkidle")


def visit(page, url: str):
    """Open `url` and `settle`; the response of the page."""
    response = page.goto(url, wait_until="load")
    settle(page)
    return response


def reload(page) -> None:
    """Reload the page and `settle`."""
    page.reload(wait_until="load")
    settle(page)


def one_page_per_kind(site_dir: Path) -> list[str]:
    """One page for each distinct set of our bundles (each mix of components), and 404.html."""
    chosen: dict[tuple[str, ...], str] = {}
    for page in sorted(site_dir.rglob("*.html")):
        bundles = tuple(sorted(re.findall(r"assets/bundles/\w+\.(?:css|js)", page.read_text())))
        path = page.relative_to(site_dir).as_posix().removesuffix("index.html")
        chosen.setdefault(bundles, path)
    return sorted({*chosen.values(), "404.html"})


class QuietHandler(SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:
        pass


@pytest.fixture(scope="session")
def base_url(site_dir: Path) -> Iterator[str]:
    """The built site, served over HTTP on a free localhost port."""
    handler = functools.partial(QuietHandler, directory=str(site_dir))
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}/"
    server.shutdown()
    server.server_close()


@pytest.fixture(scope="session")
def browser() -> Iterator[Browser]:
    """One headless Chromium for the whole session (Debian's, or Playwright's)."""
    executable = find_browser()
    if executable is None:
        pytest.fail(HOW_TO_GET_ONE, pytrace=False)
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(executable), args=LAUNCH_ARGS)
        yield browser
        browser.close()


@pytest.fixture
def context(browser: Browser) -> Iterator[BrowserContext]:
    """A fresh desktop context (its own storage) that accepts downloads."""
    context = browser.new_context(viewport=DESKTOP, accept_downloads=True)
    yield context
    context.close()
