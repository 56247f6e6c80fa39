"""Smoke test: pages in Chromium, at phone and desktop width, stay on our origin without errors."""

from __future__ import annotations

import threading
import time
from functools import partial
from http.server import ThreadingHTTPServer
from urllib.parse import urlsplit

import pytest

from tests.browser.conftest import (
    DESKTOP,
    HITS_ON,
    LAYOUT_SHIFTS,
    PHONE,
    QuietHandler,
    reload,
    visit,
)

PAGES = ["", "lessons/when-you-dont-get-the-job/"]


@pytest.mark.parametrize("viewport", [PHONE, DESKTOP], ids=["phone", "desktop"])
@pytest.mark.parametrize("path", PAGES, ids=["home", "lesson"])
def test_page_loads_without_other_origins_or_console_errors(browser, base_url, path, viewport):
    context = browser.new_context(viewport=viewport)
    page = context.new_page()
    requests: list[str] = []
    errors: list[str] = []
    page.on("request", lambda request: requests.append(request.url))
    page.on("console", lambda msg: errors.append(msg.text) if msg.type == "error" else None)
    page.on("pageerror", lambda exc: errors.append(str(exc)))

    response = visit(page, base_url + path)

    assert response is not None and response.ok
    assert page.locator("h1").count() == 1
    origin = urlsplit(base_url).netloc
    foreign = [
        url
        for url in requests
        if urlsplit(url).scheme in {"http", "https", "ws", "wss"} and urlsplit(url).netloc != origin
    ]
    assert foreign == []
    assert len(requests) > 3, "the page fetched almost nothing: the check would prove nothing"
    assert errors == []
    context.close()


def colours(page) -> dict[str, str]:
    return page.evaluate(
        """() => ({
          scheme: document.body.getAttribute('data-md-color-scheme'),
          page: getComputedStyle(document.body).backgroundColor,
          header: getComputedStyle(document.querySelector('.md-header')).backgroundColor,
        })"""
    )


def test_the_light_and_dark_palettes_and_the_toggle_between_them_still_work(browser, base_url):
    """Our palette stylesheet is trimmed (macros/palette.py): both schemes must keep colours."""
    context = browser.new_context(viewport=DESKTOP, color_scheme="light")
    page = context.new_page()
    visit(page, base_url + PAGES[1])
    light = colours(page)
    assert light == {
        "scheme": "default",
        "page": "rgb(255, 255, 255)",
        "header": "rgb(64, 81, 181)",
    }
    page.locator('label[title="Switch to dark mode"]').click()
    page.wait_for_function("document.body.getAttribute('data-md-color-scheme') === 'slate'")
    page.wait_for_timeout(400)  # colours fade for Material's 0.25 s
    dark = colours(page)
    red, green, blue = (int(n) for n in dark["page"][4:-1].split(",")[:3])
    assert max(red, green, blue) < 60, f"the dark page is not dark: {dark['page']}"
    reload(page)  # the choice is kept
    assert colours(page)["scheme"] == "slate"
    context.close()


def metas(page) -> dict[str, list[str]]:
    return page.evaluate(
        """() => Object.fromEntries(['color-scheme', 'theme-color'].map(name => [name,
          [...document.querySelectorAll(`meta[name="${name}"]`)].map(m => m.content)]))"""
    )


@pytest.mark.parametrize(
    "scheme, expected, toggle", [("dark", "slate", "light"), ("light", "default", "dark")]
)
def test_a_first_visit_shows_the_devices_palette_before_materials_script_runs(
    browser, base_url, scheme, expected, toggle
):
    """No light flash, then a fade, for a phone in dark mode, and the toggle's icon no longer
    pops into the header when Material's script runs at the page's end
    (partials/palette-toggle.html)."""
    context = browser.new_context(viewport=PHONE, color_scheme=scheme)
    page = context.new_page()
    page.route("**/assets/javascripts/bundle.*.js", lambda route: route.abort())
    page.goto(base_url + PAGES[1], wait_until="domcontentloaded")
    assert page.evaluate("typeof component$") == "undefined"  # Material's bundle did not run
    assert colours(page)["scheme"] == expected
    assert page.locator(f'label[title="Switch to {toggle} mode"]').is_visible()
    assert metas(page)["color-scheme"] == [scheme]
    context.close()


def test_the_toggle_works_from_the_keyboard_and_keeps_the_metas_up_to_date(browser, base_url):
    """partials/palette-toggle.html: Enter moves to the next option, as Material's script did."""
    context = browser.new_context(viewport=DESKTOP, color_scheme="light")
    page = context.new_page()
    visit(page, base_url + PAGES[1])
    assert metas(page) == {"color-scheme": ["light"], "theme-color": ["#4051b5"]}
    assert page.locator("[data-md-component=palette]").count() == 0  # Material's is not mounted
    page.locator("input[name=__palette]:checked").focus()
    page.keyboard.press("Enter")
    page.wait_for_timeout(400)  # colours fade for Material's 0.25 s
    assert colours(page)["scheme"] == "slate"
    assert page.evaluate("document.activeElement.getAttribute('aria-label')") == (
        "Switch to light mode"
    )
    assert page.locator('label[title="Switch to light mode"]').is_visible()
    assert not page.locator('label[title="Switch to dark mode"]').is_visible()
    red, green, blue = (int(n) for n in colours(page)["header"][4:-1].split(",")[:3])
    assert metas(page) == {
        "color-scheme": ["dark"],
        "theme-color": [f"#{red:02x}{green:02x}{blue:02x}"],
    }
    page.keyboard.press("Enter")
    page.wait_for_function("document.body.getAttribute('data-md-color-scheme') === 'default'")
    reload(page)
    assert colours(page)["scheme"] == "default"  # the last choice is kept
    assert metas(page)["color-scheme"] == ["light"]
    page.locator("input[name=__palette]:checked").focus()
    page.keyboard.press("ArrowRight")  # a radio group's own keys work too
    page.wait_for_function("document.body.getAttribute('data-md-color-scheme') === 'slate'")
    assert metas(page)["color-scheme"] == ["dark"]
    context.close()


FOCUSED = "() => [document.activeElement.id, document.activeElement.getAttribute('aria-label')]"
MENU = ".md-sidebar--primary"


def test_the_phone_menu_opens_and_closes_from_the_keyboard_and_hides_when_closed(browser, base_url):
    """macros/theme_fixes.css: Tab reaches the menu's checkbox first, the menu button shows the
    focus, and Space opens and closes the menu; closed, its links take no focus."""
    context = browser.new_context(viewport=PHONE)
    page = context.new_page()
    page.goto(base_url + PAGES[1])
    menu = page.locator(MENU)
    assert not menu.is_visible()  # closed: hidden, so Tab cannot reach its links
    page.keyboard.press("Tab")
    assert page.evaluate(FOCUSED) == ["__drawer", "Menu"]
    button = page.locator('.md-header label[for="__drawer"]')
    assert button.evaluate("b => getComputedStyle(b).outlineStyle") == "solid"
    page.keyboard.press("Space")
    menu.wait_for(state="visible")
    # It slides in on the screen, in Material's 0.25 s.
    page.wait_for_function(
        "s => document.querySelector(s).getBoundingClientRect().left >= 0",
        arg=MENU,
        timeout=5000,
    )
    page.keyboard.press("Space")
    menu.wait_for(state="hidden")  # once it has slid out
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.className").startswith("md-skip")
    context.close()


# Whether the browser renders the menu's first link: false inside a content-visibility: hidden
# subtree, which the browser leaves out of style and layout.
MENU_RENDERED = f"() => document.querySelector('{MENU} .md-nav__link').checkVisibility()"


def while_closing(page, read: str):
    """Close the phone menu and run the script `read` in the same task: what it gives while the
    menu slides out (a round trip from the test can take longer than the 0.25 s slide)."""
    return page.evaluate(
        f"() => {{ document.querySelector('.md-overlay').click(); return ({read})() }}"
    )


def test_the_closed_phone_menu_costs_no_layout_but_shows_as_it_slides(browser, base_url):
    """macros/theme_fixes.css: closed, the phone menu is left out of rendering; it is rendered
    when it opens, and stays rendered while it slides out."""
    context = browser.new_context(viewport=PHONE)
    page = context.new_page()
    page.goto(base_url + PAGES[1])
    assert page.evaluate(MENU_RENDERED) is False
    page.locator('.md-header label[for="__drawer"]').click()
    page.locator(MENU).wait_for(state="visible")
    assert page.evaluate(MENU_RENDERED) is True
    page.wait_for_timeout(300)
    assert while_closing(page, MENU_RENDERED) is True  # still sliding out (0.25 s)
    page.wait_for_function(f"!({MENU_RENDERED})()", timeout=5000)
    context.close()


# The height of the page's own contents in the phone menu: what Material's toc.follow reads at
# each heading the page scrolls past (0: it lets the contents be).
MENU_TOC = f"{MENU} .md-nav--primary .md-nav--secondary"
TOC_HEIGHT = f"() => document.querySelector('{MENU_TOC}').offsetHeight"


def test_scrolling_with_the_phone_menu_closed_does_not_lay_out_its_contents(browser, base_url):
    """macros/theme_fixes.css: in the closed phone menu the page's contents are not displayed,
    so Material's toc.follow, which reads their height at every heading, does not make the
    browser lay out the menu it skips; they show when the menu opens and while it slides out."""
    context = browser.new_context(viewport=PHONE)
    page = context.new_page()
    page.goto(base_url + PAGES[1])
    for _ in range(6):  # past several headings
        page.mouse.wheel(0, 900)
        page.wait_for_timeout(100)
    assert page.evaluate(TOC_HEIGHT) == 0
    page.locator('.md-header label[for="__drawer"]').click()
    page.locator(MENU).wait_for(state="visible")
    # The page's own item in the menu opens its contents.
    page.locator(f'{MENU} label.md-nav__link[for="__toc"]').click()
    page.locator(f"{MENU_TOC} .md-nav__link").first.wait_for(state="visible")
    assert page.evaluate(TOC_HEIGHT) > 0
    page.wait_for_timeout(300)
    assert while_closing(page, TOC_HEIGHT) > 0  # sliding out
    page.wait_for_function(f"({TOC_HEIGHT})() === 0", timeout=5000)
    context.close()


def test_on_a_wide_screen_the_menu_checkbox_is_not_in_the_way(browser, base_url):
    context = browser.new_context(viewport=DESKTOP)
    page = context.new_page()
    page.goto(base_url + PAGES[1])
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.className").startswith("md-skip")
    assert page.locator(MENU).is_visible()  # the menu is the left column
    context.close()


# The element with the focus in the phone menu: its name, and whether it can be seen, at least
# in part (a checkbox, kept out of sight, is seen when a label of it shows the focus).
# null when the focus is not in the menu.
MENU_FOCUS = f"""() => {{
  {HITS_ON}
  const e = document.activeElement;
  if (!e.closest(".md-sidebar--primary")) return null;
  const shows = element => hitsOn(element).some(hit => element.contains(hit));
  if (e.type === "checkbox") {{
    const labels = [...e.labels].filter(l => getComputedStyle(l).outlineStyle !== "none");
    return [labels.map(l => l.textContent.trim()).join(""), labels.some(shows)];
  }}
  return [e.textContent.trim(), shows(e)];
}}"""


def space(page) -> None:
    """Press Space, and let the panel it opens or closes slide (Material's 0.25 s)."""
    page.keyboard.press("Space")
    page.wait_for_timeout(300)


def menu_walk(page, key: str) -> list[list]:
    """Press `key` until the focus leaves the phone menu: [name, seen] of each stop."""
    stops = []
    for _ in range(100):
        page.keyboard.press(key)
        page.wait_for_timeout(300)  # a panel slides for Material's 0.25 s
        stop = page.evaluate(MENU_FOCUS)
        if stop is None:
            return stops
        stops.append(stop)
    raise AssertionError(f"{key} never left the menu: {stops}")


def test_in_the_open_phone_menu_the_keyboard_reaches_only_what_can_be_seen(browser, base_url):
    """macros/theme_fixes.css: with the menu open, Tab goes through the panel on top only, and
    Space on a section's checkbox opens that section or goes back from it."""
    context = browser.new_context(viewport=PHONE)
    page = context.new_page()
    page.goto(base_url + PAGES[1])  # the lesson: its section, Lessons, opens with the menu
    page.keyboard.press("Tab")
    space(page)
    stops = menu_walk(page, "Tab")
    assert stops[0] == ["Lessons", True]  # the open section's title, with its back arrow
    assert all(seen for _, seen in stops), stops
    assert "My work" not in [name for name, _ in stops]  # under the open section
    page.keyboard.press("Shift+Tab")  # the page's own checkbox: its table of contents
    space(page)
    toc = menu_walk(page, "Tab")
    assert toc[0] == ["What you will learn", True] and all(seen for _, seen in toc), toc
    page.keyboard.press("Shift+Tab")  # back into the contents, at its end, and up
    up = menu_walk(page, "Shift+Tab")
    assert all(seen for _, seen in up) and "Lessons" not in [name for name, _ in up], up
    page.keyboard.press("Tab")  # back into the menu: the contents' checkbox
    space(page)  # closes the contents
    page.keyboard.press("Shift+Tab")
    space(page)  # back from Lessons to the whole menu
    above = menu_walk(page, "Shift+Tab")
    page.keyboard.press("Tab")  # back into the menu, at its top
    below = menu_walk(page, "Tab")
    assert all(seen for _, seen in above + below), above + below
    names = [name for name, _ in below]
    assert {"Home", "My work", "Glossary", "About"} <= set(names)
    page.keyboard.press("Shift+Tab")  # About's link, then its checkbox
    page.keyboard.press("Shift+Tab")
    space(page)
    assert menu_walk(page, "Tab")[:2] == [["Licence", True], ["Attributions", True]]
    context.close()


# Where a slow connection may pause in the middle of the header: before each of the items on
# its right. Chromium paints what it has parsed while it waits for more.
HEADER_PAUSES = ['<div class="md-search"', '<div class="md-header__source"']


@pytest.fixture
def slow_page_url(site_dir):
    """The site again, but the home page arrives in parts: it stops before each of
    HEADER_PAUSES for 0.4 s, as on a slow phone connection."""

    class Handler(QuietHandler):
        def do_GET(self) -> None:
            if self.path != "/":
                return super().do_GET()
            html = (site_dir / "index.html").read_bytes()
            cuts = [html.index(marker.encode()) for marker in HEADER_PAUSES]
            self.send_response(200)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.end_headers()
            for start, end in zip([0, *cuts], [*cuts, len(html)], strict=True):
                self.wfile.write(html[start:end])
                self.wfile.flush()
                time.sleep(0.4)

    server = ThreadingHTTPServer(("127.0.0.1", 0), partial(Handler, directory=str(site_dir)))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_address[1]}/"
    server.shutdown()
    server.server_close()


def test_the_header_does_not_move_while_a_slow_connection_brings_the_page(browser, slow_page_url):
    """Found under load: Chromium painted the header before its last items had arrived, then
    moved the search box 262px left to make room for them (a layout shift at every slow load)."""
    context = browser.new_context(viewport=DESKTOP)
    page = context.new_page()
    page.goto(slow_page_url, wait_until="load")
    shifts = page.evaluate(LAYOUT_SHIFTS)
    assert page.locator(".md-header__source").is_visible()
    assert shifts == []
    context.close()


def test_in_forced_colours_the_focused_skip_link_covers_the_title(browser, base_url):
    """macros/theme_fixes.css: Windows High Contrast keeps the alpha of a background, and
    Material's skip link had a see-through one over the site title."""
    context = browser.new_context(viewport=DESKTOP, forced_colors="active")
    page = context.new_page()
    page.goto(base_url + PAGES[1])
    page.keyboard.press("Tab")
    skip = page.locator(".md-skip")
    assert skip.evaluate("e => e === document.activeElement")
    background = skip.evaluate("e => getComputedStyle(e).backgroundColor")
    assert background.startswith("rgb("), background  # opaque: no alpha part
    context.close()


def tap(page, selector: str) -> None:
    """A tap where the element is, as a finger would (a locator's click may scroll first)."""
    box = page.locator(selector).bounding_box()
    page.mouse.click(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)


# [scroll position, page height, whether the browser renders the lesson's first paragraph]
PLACE = """() => [scrollY, document.documentElement.scrollHeight,
                 document.querySelector('article p').checkVisibility()]"""


def test_the_open_phone_menu_leaves_the_page_out_of_rendering_and_keeps_the_readers_place(
    browser, base_url
):
    """macros/theme_fixes.css: under the open menu the page's content is not rendered (so the
    tap that opens the menu does not restyle it), and it keeps its height meanwhile, so the
    reader is at the same place when the menu closes."""
    context = browser.new_context(viewport=PHONE)
    page = context.new_page()
    page.goto(base_url + PAGES[1])
    page.evaluate("window.scrollTo(0, 3000)")
    page.wait_for_function("scrollY === 3000")
    before = page.evaluate(PLACE)
    assert before[2] is True
    tap(page, '.md-header label[for="__drawer"]')
    page.locator(MENU).wait_for(state="visible")
    assert page.evaluate(PLACE) == [3000, before[1], False]
    # On the dimmed page beside the menu: the middle of the overlay is under the menu once it
    # has slid in (a tap there opened a link on a busy machine).
    page.mouse.click(PHONE["width"] - 20, PHONE["height"] / 2)
    page.locator(MENU).wait_for(state="hidden")
    assert page.evaluate(PLACE) == [3000, before[1], True]
    context.close()
