"""Browser fixtures: the built site served on localhost, and one headless Chromium per session."""

from __future__ import annotations

import functools
import io
import re
import threading
from collections.abc import Iterator
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from playwright.sync_api import Browser, BrowserContext, Page, sync_playwright
from pypdf import PdfReader

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


# WCAG 2 contrast in a page's script: rgba("rgb(...)", "rgba(...)" or, for a color-mix(),
# "color(srgb r g b)" from 0 to 1) -> [r, g, b, a]; over(top, under) lays a colour over another;
# ratio(a, b) between two colours (alpha ignored).
CONTRAST = """const rgba = text => {
  const [r, g, b, a = 1] = text.match(/[\\d.]+/g).map(Number);
  return text.startsWith("color(") ? [r * 255, g * 255, b * 255, a] : [r, g, b, a];
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


# Marks for a printed page, to tell on which sheet of paper two places fell. Each pair gets
# `[[a7]]` and `[[b7]]`: for an element of `keepWithNext`, at its top and at the top of the next
# element that shows (a heading and its first paragraph); for one of `keepWhole`, at its top and
# at its foot (a paragraph that must not split). A mark is tiny text in a ::before or ::after
# laid over the element (position: absolute): the pages break where they would without it, and
# no :first-child or sibling rule sees a new element. Returns what each pair names.
MARK_PAIRS = """([keepWithNext, keepWhole]) => {
  const style = document.createElement('style');
  style.textContent = `
    [data-mark-a]::before, [data-mark-b]::after {
      position: absolute !important; left: 0 !important; top: 0 !important; bottom: auto !important;
      display: block !important; width: auto !important; height: auto !important;
      font: 2px/1 sans-serif !important; color: #000 !important; background: none !important;
      mask: none !important; transform: none !important; visibility: visible !important;
      opacity: 1 !important; margin: 0 !important; padding: 0 !important; }
    [data-mark-a]::before { content: attr(data-mark-a) !important; }
    [data-mark-b]::after { content: attr(data-mark-b) !important; }
    [data-mark-b][data-mark-foot]::after { top: auto !important; bottom: 0 !important; }`;
  document.head.append(style);
  const shows = e => e.getClientRects().length > 0;
  const host = e => {
    e = e.tagName === 'DETAILS' ? e.querySelector('summary') || e : e;
    if (getComputedStyle(e).position === 'static') e.style.position = 'relative';
    return e;
  };
  const named = [];
  const pair = (first, second, foot) => {
    host(first).dataset.markA = `[[a${named.length}]]`;
    host(second).dataset.markB = `[[b${named.length}]]`;
    if (foot) host(second).dataset.markFoot = '';
    named.push(first.innerText.trim().replace(/\\s+/g, ' ').slice(0, 50));
  };
  const all = selector => selector ? [...document.querySelectorAll(selector)].filter(shows) : [];
  for (const e of all(keepWithNext)) {
    let next = e.nextElementSibling;
    while (next && !shows(next)) next = next.nextElementSibling;
    if (next) pair(e, next, false);
  }
  for (const e of all(keepWhole)) pair(e, e, true);
  return named;
}"""
MARK = re.compile(r"\[\[([ab])(\d+)\]\]")


def printed(
    browser, url: str, paper: str, keep_with_next: str = "", keep_whole: str = "", style: str = ""
):
    """Print `url` on `paper` ("A4", "Letter") as the tests print, with `style` added: the text
    of each sheet (without the marks), and what each MARK_PAIRS pair names that fell on two."""
    page = browser.new_page()
    page.goto(url, wait_until="load")
    if style:
        page.add_style_tag(content=style)
    page.emulate_media(media="print")  # what shows on paper, for the marks to skip the rest
    named = page.evaluate(MARK_PAIRS, [keep_with_next, keep_whole])
    data = page.pdf(format=paper, print_background=False)
    page.close()
    texts = [p.extract_text() or "" for p in PdfReader(io.BytesIO(data)).pages]
    sheet: dict[str, dict[str, int]] = {"a": {}, "b": {}}
    for number, text in enumerate(texts):
        for end, pair in MARK.findall(re.sub(r"\s+", "", text)):
            sheet[end].setdefault(pair, number)
    apart = [
        name
        for pair, name in enumerate(named)
        if sheet["a"].get(str(pair)) != sheet["b"].get(str(pair))
    ]
    return [MARK.sub("", re.sub(r"\s+", " ", t)).strip() for t in texts], apart


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


@pytest.fixture
def page(context: BrowserContext) -> Iterator[Page]:
    """A new page of `context`; the test fails if a script on it throws."""
    page = context.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda exc: errors.append(str(exc)))
    yield page
    assert errors == []
