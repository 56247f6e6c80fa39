"""Site-wide gates over every built page (discovered from the build, never listed by hand)."""

from __future__ import annotations

import functools
import threading
from http.server import ThreadingHTTPServer
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from axe_playwright_python.sync_playwright import Axe

from tests.browser.conftest import (
    CONTRAST,
    DESKTOP,
    HITS_ON,
    OPEN_LETTER_FORMS,
    PHONE,
    QuietHandler,
    one_page_per_kind,
    settle,
    visit,
)
from tests.conftest import build_site

WCAG = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]
AXE_OPTIONS = {"runOnly": {"type": "tag", "values": WCAG}, "resultTypes": ["violations"]}


def url_paths(site_dir: Path, pages: list[Path]) -> list[str]:
    """Site-relative URL of each built page ('workcom/week-1/', '404.html')."""
    paths = []
    for page in pages:
        rel = page.relative_to(site_dir).as_posix()
        paths.append(rel.removesuffix("index.html") if rel.endswith("index.html") else rel)
    return paths


@pytest.fixture(scope="module")
def paths(site_dir, html_pages) -> list[str]:
    return url_paths(site_dir, html_pages)


# Each of the four runs over every page is split in SHARDS tests, so that the test workers
# share them out: whole, they took 70-90 s each and often ran last, two on one worker.
SHARDS = 3


@pytest.mark.parametrize("shard", range(SHARDS))
@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize("viewport", [PHONE, DESKTOP], ids=["phone", "desktop"])
def test_axe_finds_no_wcag_violation_on_any_page(browser, base_url, paths, viewport, scheme, shard):
    context = browser.new_context(viewport=viewport, color_scheme=scheme)
    context.add_init_script(Axe().axe_script)  # axe arrives with each page, not injected after
    page = context.new_page()
    problems = []
    mine = paths[shard::SHARDS]
    assert len(mine) >= len(paths) // SHARDS > 0
    for path in mine:
        page.goto(base_url + path)
        page.evaluate(OPEN_LETTER_FORMS)  # each part that opens on request is checked open
        shown = page.evaluate("document.body.getAttribute('data-md-color-scheme')")
        if shown != {"light": "default", "dark": "slate"}[scheme]:
            problems.append(f"/{path}: shown in the {shown} palette, not {scheme}")
        violations = page.evaluate(
            "opts => axe.run(document, opts).then(r => r.violations)", AXE_OPTIONS
        )
        for violation in violations:
            targets = [node["target"] for node in violation["nodes"]][:3]
            problems.append(f"/{path}: {violation['id']} {targets}")
    context.close()
    assert problems == []


def visit_until_quiet(context, urls: list[str], tabs: int = 8, watch=None) -> None:
    """Load each URL in a tab of `context` and wait until its network is quiet (500 ms).

    A script may fetch after the load event, so each page waits for quiet, not only for load.
    The tabs load side by side, so those 500 ms of waiting overlap instead of adding up.
    `watch(page, url)`, if given, is called with each new tab before it loads its URL.
    """
    for start in range(0, len(urls), tabs):
        pages = []
        for url in urls[start : start + tabs]:
            pages.append(context.new_page())
            if watch:
                watch(pages[-1], url)
            pages[-1].goto(url, wait_until="commit")
        for page in pages:
            settle(page)
            page.close()


def issues_of(page, url: str, issues: list[str]) -> None:
    """Add each issue Chromium's DevTools reports for the page to `issues` (the Issues panel: a
    label that names no control, a form field with no name, a deprecated feature...)."""
    session = page.context.new_cdp_session(page)
    session.on(
        "Audits.issueAdded",
        lambda event: issues.append(f"{url}: {event['issue']['code']} {event['issue']['details']}"),
    )
    session.send("Audits.enable")


def test_every_page_stays_on_its_origin_without_console_errors_or_cookies(browser, base_url, paths):
    """...and without an issue in Chromium's Issues panel."""
    context = browser.new_context(viewport=DESKTOP)
    origin = urlsplit(base_url).netloc
    foreign: list[str] = []
    errors: list[str] = []
    context.on(
        "request",
        lambda r: (
            foreign.append(r.url)
            if urlsplit(r.url).scheme in {"http", "https", "ws", "wss"}
            and urlsplit(r.url).netloc != origin
            else None
        ),
    )
    context.on(
        "console", lambda m: errors.append(f"{m.page.url}: {m.text}") if m.type == "error" else None
    )
    context.on("weberror", lambda e: errors.append(f"{e.page.url}: {e.error}"))
    issues: list[str] = []
    visit_until_quiet(
        context,
        [base_url + path for path in paths],
        watch=lambda page, url: issues_of(page, url, issues),
    )
    assert foreign == []
    # 404.html is served with status 200 here, so the only console errors would be real ones.
    assert errors == []
    assert issues == []
    assert context.cookies() == []
    context.close()


# What sticks out past the right edge of a narrow screen: how far the page itself scrolls
# sideways, and each element of the content that ends past the edge with no box of its own that
# scrolls or clips it within the content (a wide table scrolls in its own box, as WCAG allows).
STICKING_OUT = """() => {
  const out = [];
  const page = document.documentElement.scrollWidth - document.documentElement.clientWidth;
  if (page > 0) out.push(`the page scrolls ${page}px sideways`);
  const boxed = e => {  // Material clips the root, which hides what sticks out: look inside
    for (let p = e.parentElement; p.localName !== "article"; p = p.parentElement) {
      if (getComputedStyle(p).overflowX !== "visible") return true;
    }
    return false;
  };
  for (const e of document.querySelectorAll("article *")) {
    const box = e.getBoundingClientRect();
    if (box.width && box.right > innerWidth + 1 && !boxed(e)) {
      out.push(`${e.localName}.${e.className} ends at ${Math.round(box.right)}px`);
    }
  }
  return out;
}"""


# Text that no one can read in full: each element with text of its own, shown, whose text its
# own box or a box around it cuts off (overflow hidden or clip, as Material's "..." titles are).
# A box that scrolls is left alone (the reader can scroll it), and so is a 1px box: it hides its
# text from sight on purpose, for screen readers only.
CUT_OFF = """() => {
  const clips = v => v === "hidden" || v === "clip";
  const tiny = box => box.width <= 1 && box.height <= 1;
  const out = [];
  for (const e of document.querySelectorAll("body *")) {
    const hasText = [...e.childNodes].some(n => n.nodeType === Node.TEXT_NODE && n.data.trim());
    const shown = e.checkVisibility({ opacityProperty: true, visibilityProperty: true });
    if (!hasText || !shown) continue;
    const box = e.getBoundingClientRect();
    if (tiny(box)) continue;
    const name = `${e.localName}.${[...e.classList].join(".")}`;
    const text = `"${e.textContent.trim().replace(/\\s+/g, " ").slice(0, 50)}" (${name})`;
    const own = getComputedStyle(e);
    if ((clips(own.overflowX) && e.scrollWidth > e.clientWidth + 1) ||
        (clips(own.overflowY) && e.scrollHeight > e.clientHeight + 1)) {
      out.push(`${text} is cut off by its own box`);
      continue;
    }
    for (let p = e.parentElement; p !== document.body; p = p.parentElement) {
      const style = getComputedStyle(p), around = p.getBoundingClientRect();
      if (/auto|scroll/.test(style.overflowX + style.overflowY) || tiny(around)) break;
      const outX = box.left < around.left - 1 || box.right > around.right + 1;
      const outY = box.top < around.top - 1 || box.bottom > around.bottom + 1;
      if ((clips(style.overflowX) && outX) || (clips(style.overflowY) && outY)) {
        out.push(`${text} is cut off by ${p.localName}.${[...p.classList].join(".")}`);
        break;
      }
    }
  }
  return out;
}"""
# WCAG 1.4.12's test: more space in and between lines, letters, words and paragraphs.
TEXT_SPACING = """* { line-height: 1.5 !important; letter-spacing: 0.12em !important;
      word-spacing: 0.16em !important; }
p { margin-bottom: 2em !important; }"""
# Open the phone menu at once (no slide): it shows the page's own section.
OPEN_MENU = """() => {
  const style = document.createElement("style");
  style.textContent = "* { transition: none !important; }";
  document.head.append(style);
  document.getElementById("__drawer").click();
}"""


def pages_at(viewport: dict, paths: list[str], site_dir: Path) -> list[str]:
    """Every page on a phone; on a wide screen, one page of each kind (what differs there is the
    two side columns, the same on every page)."""
    return paths if viewport == PHONE else one_page_per_kind(site_dir)


def what_is_lost(page, path: str) -> list[str]:
    """What sticks out and what is cut off on the page, with every letter form open: with the
    phone menu closed, then open (if the page has one at this width)."""
    page.evaluate(OPEN_LETTER_FORMS)
    lost = page.evaluate(STICKING_OUT) + page.evaluate(CUT_OFF)
    if page.locator('label.md-header__button[for="__drawer"]').is_visible():
        page.evaluate(OPEN_MENU)
        lost += [f"menu: {problem}" for problem in page.evaluate(CUT_OFF)]
    return [f"/{path}: {problem}" for problem in lost]


def test_every_page_reflows_to_a_320_pixel_screen(browser, base_url, paths):
    """WCAG 1.4.10 Reflow: at 320 CSS pixels wide (400% zoom on a desktop) nothing needs a
    sideways scroll of the page, and no text is cut off, in the page or in the phone menu.
    Found and fixed: Material ended each title that did not fit on one line with "...", so
    the header read "Workplace Engl...", the footer "Week 1: Communicating ..." and the menu
    "Workplace Communi..." (the header's page title, shown once the page scrolls, may still end
    so on a long title: the page's heading under it says it whole)."""
    context = browser.new_context(viewport={"width": 320, "height": 640})
    page = context.new_page()
    problems = []
    for path in paths:
        page.goto(base_url + path)
        problems += what_is_lost(page, path)
    context.close()
    assert problems == []


@pytest.mark.parametrize("viewport", [PHONE, DESKTOP], ids=["phone", "desktop"])
def test_no_text_is_lost_with_wider_text_spacing(browser, base_url, paths, site_dir, viewport):
    """WCAG 1.4.12 Text Spacing: a reader's own style sheet that spaces lines, letters, words
    and paragraphs wider (the criterion's own values) loses no text, nothing sticks out and no
    title is cut off. Every page on a phone; on a wide screen, one page of each kind."""
    context = browser.new_context(viewport=viewport)
    page = context.new_page()
    problems = []
    for path in pages_at(viewport, paths, site_dir):
        page.goto(base_url + path)
        page.add_style_tag(content=TEXT_SPACING)
        problems += what_is_lost(page, path)
    context.close()
    assert problems == []


def test_nothing_sticks_out_with_the_text_size_doubled_on_a_phone(browser, base_url, paths):
    """A reader who sets their browser's text size to 200% (Android's and Chrome's font size
    settings, which enlarge the text and not the page) on a phone never scrolls the page
    sideways, on any page, with every letter form open. Found and fixed: My work's progress
    bars (10em wide) pushed that page 32px past the screen."""
    context = browser.new_context(viewport=PHONE)
    page = context.new_page()
    session = context.new_cdp_session(page)
    session.send("Page.enable")
    session.send("Page.setFontSizes", {"fontSizes": {"standard": 32, "fixed": 26}})
    problems = []
    for path in paths:
        page.goto(base_url + path)
        page.evaluate(OPEN_LETTER_FORMS)
        problems += [f"/{path}: {problem}" for problem in page.evaluate(STICKING_OUT)]
    assert page.evaluate("getComputedStyle(document.documentElement).fontSize") == "40px"
    context.close()
    assert problems == []


# Put the focus on the last element below the header that takes it (the search dialog, which
# opens over the page, is in the header).
FOCUS_LAST = """() => {
  const all = document.querySelector(".md-container")
    .querySelectorAll("a[href], button, input, select, textarea, summary");
  for (let n = all.length - 1; n >= 0; n--) {
    all[n].focus();
    if (document.activeElement === all[n]) return;
  }
}"""
# The element with the focus, if it is below the header and no one can see it: what covers it
# (at nine points across it) or that it is off the screen. "" if it can be seen; null once the
# focus has left the page below the header.
FOCUS_UNSEEN = f"""() => {{
  {HITS_ON}
  const e = document.activeElement;
  if (!document.querySelector(".md-container").contains(e)) return null;
  const hits = hitsOn(e);
  const own = hit => e.contains(hit) || [...(e.labels || [])].some(label => label.contains(hit));
  if (hits.some(own)) return "";
  const text = e.textContent || e.ariaLabel || e.title || "";
  const name = `${{e.localName}} "${{text.trim().slice(0, 40)}}"`;
  return hits.length ? `${{name}} is under ${{hits[0].localName}}.${{hits[0].className}}`
                     : `${{name}} is off the screen`;
}}"""


def unseen_focus_going_up(page) -> tuple[int, list[str]]:
    """Shift+Tab from the last element below the header up to the header: how many elements
    took the focus, and what was wrong with each one that took it out of sight."""
    page.evaluate(FOCUS_LAST)
    steps, unseen = 0, []
    where = page.evaluate(FOCUS_UNSEEN)
    while where is not None and steps < 2000:
        steps += 1
        if where:  # Material moves its sidebars on scroll, a frame later: look again after it
            page.wait_for_timeout(100)
            where = page.evaluate(FOCUS_UNSEEN)
        if where:
            unseen.append(where)
        page.keyboard.press("Shift+Tab")
        where = page.evaluate(FOCUS_UNSEEN)
    return steps, unseen


@pytest.mark.parametrize("viewport", [PHONE, DESKTOP], ids=["phone", "desktop"])
def test_keyboard_focus_is_never_out_of_sight(browser, base_url, site_dir, viewport):
    """WCAG 2.4.7 and 2.2's 2.4.11: each element that the keyboard reaches can be seen.
    Going up with Shift+Tab brings each one in at the top edge, where the header, "Back to top"
    and (on a wide screen) the menu's title stick; Tab going down brings it in at the bottom
    edge, where nothing sticks. Found and fixed: elements wholly under the header, and the
    closed phone menu's links, off the screen, taking the focus.

    Every kind of page on a phone, where the screen is smallest; on a wide screen what differs
    is the two side columns, the same on every page: the lesson (the most controls) and 404.
    Each key press takes a frame (about 20 ms), so the walk is kept to these."""
    pages = one_page_per_kind(site_dir)
    if viewport == DESKTOP:
        pages = ["lessons/when-you-dont-get-the-job/", "404.html"]
    context = browser.new_context(viewport=viewport)
    page = context.new_page()
    problems = []
    for path in pages:
        page.goto(base_url + path)
        page.evaluate(OPEN_LETTER_FORMS)
        steps, unseen = unseen_focus_going_up(page)
        assert steps > 3, f"/{path}: Shift+Tab reached only {steps} elements"
        problems += [f"/{path}: {problem}" for problem in unseen]
    context.close()
    assert problems == []


# What has the focus, and whether some of it shows on the screen (not under another element).
FOCUS_SHOWS = f"""() => {{
  {HITS_ON}
  const e = document.activeElement;
  return [`${{e.localName}}.${{e.className}}`, hitsOn(e).some(hit => e.contains(hit))];
}}"""


@pytest.mark.parametrize("searched", [False, True], ids=["no-word", "after-a-search"])
@pytest.mark.parametrize("viewport", [PHONE, DESKTOP], ids=["phone", "desktop"])
def test_tab_from_the_search_field_goes_on_to_something_on_the_screen(
    browser, base_url, viewport, searched
):
    """WCAG 2.4.7: Tab from the search field closes the search (Material's keys) and moves on.
    Found and fixed: it stopped on the closed search's box of results, which Material lets the
    focus reach (tabindex="0"): 0px high under the field on a wide screen, off the screen on a
    phone, so the focus showed nowhere; after a search, each result link in it took a Tab too."""
    context = browser.new_context(viewport=viewport)
    page = context.new_page()
    visit(page, base_url + "workcom/week-1/")
    if viewport == PHONE:
        page.locator('label.md-header__button[for="__search"]').click()
    else:
        page.locator("input.md-search__input").focus()
    if searched:
        page.keyboard.type("email")
        page.locator(".md-search-result__item").first.wait_for()
    page.keyboard.press("Tab")
    page.wait_for_timeout(400)  # the search's shade over the page fades out in 250 ms
    focused, shows = page.evaluate(FOCUS_SHOWS)
    context.close()
    assert shows, f"the focus went to {focused}, which does not show"


# Each element below the header that Tab stops on, given the focus in turn as the keyboard
# would: what is wrong with how it shows the focus. A ring (outline) must stand out 3:1 from
# what is behind it (WCAG 1.4.11); the browser's own ring ("auto") is drawn in two colours, dark
# and light, so it shows on any background. Without a ring, the element or its label must change
# its look (Material's buttons fill with the accent colour; the menu's checkboxes ring their
# label).
FOCUS_SHOWN = (
    """() => {
  const LOOK = ["outlineStyle", "outlineWidth", "outlineColor", "boxShadow", "borderTopColor",
                "borderBottomColor", "backgroundColor", "color", "textDecorationLine"];
  const look = e => { const s = getComputedStyle(e); return LOOK.map(k => s[k]).join("|"); };
"""
    + CONTRAST
    + """
  // The colour around the element: its parents' backgrounds, one over another.
  const behind = e => {
    const layers = [];
    for (let p = e.parentElement; p; p = p.parentElement) {
      layers.unshift(rgba(getComputedStyle(p).backgroundColor));
    }
    return layers.reduce((under, top) => over(top, under), [255, 255, 255]);
  };
  const out = [];
  const stops = document.querySelector(".md-container")
    .querySelectorAll("a[href], button, input, select, textarea, summary, [tabindex]");
  for (const e of stops) {
    if (e.tabIndex < 0 || e.disabled || !e.checkVisibility({ visibilityProperty: true })) continue;
    const own = [e, ...(e.labels || [])];
    const before = own.map(look).join("/");
    e.focus({ preventScroll: true });
    if (document.activeElement !== e) continue;
    const style = getComputedStyle(e);
    const [kind, colour] = [style.outlineStyle, style.outlineColor];
    const width = parseFloat(style.outlineWidth);
    const after = own.map(look).join("/"), back = behind(e);
    e.blur();
    const text = (e.textContent || e.value || e.ariaLabel || "").trim().replace(/\\s+/g, " ");
    const name = `${e.localName}${e.id ? "#" + e.id : ""} "${text.slice(0, 30)}"`;
    if (kind === "auto") continue;  // the browser's own ring, in two colours
    if (kind !== "none" && width >= 1) {
      const stands = ratio(over(rgba(colour), back), back);
      if (stands < 3) {
        out.push(`${name}: its focus ring ${colour} stands out only ` +
                 `${stands.toFixed(2)}:1 from rgb(${back.map(Math.round)})`);
      }
    } else if (after === before) {
      out.push(`${name}: nothing shows that it has the focus`);
    }
  }
  return out;
}"""
)


@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize("viewport", [PHONE, DESKTOP], ids=["phone", "desktop"])
def test_every_element_the_keyboard_reaches_shows_the_focus(
    browser, base_url, paths, site_dir, viewport, scheme
):
    """WCAG 2.4.7 Focus Visible, with the ring's contrast (1.4.11), in both palettes. Found and
    fixed: Material takes the ring off every input, so My work's "Import" file field showed no
    sign of the focus. Every page on a phone; on a wide screen, one page of each kind (what
    differs there is the two side columns)."""
    context = browser.new_context(viewport=viewport, color_scheme=scheme)
    page = context.new_page()
    problems = []
    for path in pages_at(viewport, paths, site_dir):
        page.goto(base_url + path)
        page.evaluate(OPEN_LETTER_FORMS)
        page.keyboard.press("Tab")  # from here on the browser shows focus as for the keyboard
        problems += [f"/{path}: {problem}" for problem in page.evaluate(FOCUS_SHOWN)]
    context.close()
    assert problems == []


def test_every_page_is_readable_without_javascript(browser, base_url, paths):
    context = browser.new_context(java_script_enabled=False, viewport=PHONE)
    page = context.new_page()
    short = []
    for path in paths:
        page.goto(base_url + path)
        article = page.locator("article")
        if not page.locator("h1").first.is_visible() or len(article.inner_text()) < 150:
            short.append(path)
    context.close()
    assert short == []


# Text in the HTML with a line break, in an element that shows white space as written, other
# than those macros/whitespace.py leaves alone: there, folding the indentation would show.
SHOWN_AS_WRITTEN = """() => {
  const out = [];
  const walk = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let text = walk.nextNode(); text; text = walk.nextNode()) {
    const el = text.parentElement;
    if (!text.data.includes("\\n") || el.closest("pre, textarea, code, script, style")) continue;
    if (getComputedStyle(el).whiteSpaceCollapse !== "collapse") out.push(el.outerHTML.slice(0, 80));
  }
  return out;
}"""


def test_white_space_is_shown_as_written_only_where_the_pages_keep_it(browser, base_url, paths):
    context = browser.new_context(java_script_enabled=False, viewport=PHONE)
    page = context.new_page()
    page.set_content('<p>a\n b</p><div style="white-space: pre-line">a\n b</div>')
    assert page.evaluate(SHOWN_AS_WRITTEN) == ['<div style="white-space: pre-line">a\n b</div>']
    found = {}
    for path in paths:
        page.goto(base_url + path)
        found[path] = page.evaluate(SHOWN_AS_WRITTEN)
    context.close()
    assert {path: elements for path, elements in found.items() if elements} == {}


@pytest.fixture(scope="module")
def subpath_base(tmp_path_factory) -> str:
    """The site built for https://<owner>.github.io/workcom/ and served under /workcom/."""
    root = tmp_path_factory.mktemp("pages")
    result = build_site(root / "workcom", SITE_URL="http://127.0.0.1/workcom/")
    assert result.returncode == 0, result.stderr
    server = ThreadingHTTPServer(
        ("127.0.0.1", 0), functools.partial(QuietHandler, directory=str(root))
    )
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_address[1]}/workcom/"
    server.shutdown()
    server.server_close()


def test_under_a_sub_path_every_asset_loads(browser, subpath_base, paths):
    context = browser.new_context()
    failed: list[str] = []
    context.on(
        "response", lambda r: failed.append(f"{r.status} {r.url}") if r.status >= 400 else None
    )
    context.on("requestfailed", lambda r: failed.append(f"failed {r.url}"))
    visit_until_quiet(context, [subpath_base + path for path in paths if path != "404.html"])
    context.close()
    assert failed == []


def test_under_a_sub_path_the_404_page_is_styled(browser, subpath_base):
    context = browser.new_context()
    page = context.new_page()
    # GitHub Pages answers any missing URL with 404.html; a deep URL proves its links are absolute.
    page.goto(subpath_base + "404.html")
    page.goto(subpath_base + "404.html")
    html = page.content()
    page.set_content("")
    deep = subpath_base + "no/such/page/"
    page.route(deep, lambda route: route.fulfill(status=404, body=html, content_type="text/html"))
    statuses: list[int] = []
    page.on("response", lambda r: statuses.append(r.status) if r.url.endswith(".css") else None)
    visit(page, deep)
    header = page.locator(".md-header")
    assert header.is_visible()
    assert header.evaluate("e => getComputedStyle(e).position") == "sticky"
    assert statuses and all(s == 200 for s in statuses)
    context.close()
