"""Smoke test: pages in Chromium, at phone and desktop width, stay on our origin without errors."""

from __future__ import annotations

from urllib.parse import urlsplit

import pytest

from tests.browser.conftest import DESKTOP, PHONE

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

    response = page.goto(base_url + path, wait_until="networkidle")

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
    page.goto(base_url + PAGES[1], wait_until="networkidle")
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
    page.reload(wait_until="networkidle")  # the choice is kept
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
    page.goto(base_url + PAGES[1], wait_until="networkidle")
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
    page.reload(wait_until="networkidle")
    assert colours(page)["scheme"] == "default"  # the last choice is kept
    assert metas(page)["color-scheme"] == ["light"]
    page.locator("input[name=__palette]:checked").focus()
    page.keyboard.press("ArrowRight")  # a radio group's own keys work too
    page.wait_for_function("document.body.getAttribute('data-md-color-scheme') === 'slate'")
    assert metas(page)["color-scheme"] == ["dark"]
    context.close()


FOCUSED = "() => [document.activeElement.id, document.activeElement.getAttribute('aria-label')]"
FIRST_MENU_LINK = ".md-sidebar--primary .md-nav__list .md-nav__link[href]"


def test_the_phone_menu_opens_and_closes_from_the_keyboard_and_hides_when_closed(browser, base_url):
    """macros/theme_fixes.css: Tab reaches the menu's checkbox first, the menu button shows the
    focus, and Space opens and closes the menu; closed, its links take no focus."""
    context = browser.new_context(viewport=PHONE)
    page = context.new_page()
    page.goto(base_url + PAGES[1])
    link = page.locator(FIRST_MENU_LINK).first
    assert not link.is_visible()  # closed: hidden, so Tab cannot reach it
    page.keyboard.press("Tab")
    assert page.evaluate(FOCUSED) == ["__drawer", "Menu"]
    button = page.locator('.md-header label[for="__drawer"]')
    assert button.evaluate("b => getComputedStyle(b).outlineStyle") == "solid"
    page.keyboard.press("Space")
    link.wait_for(state="visible")
    # It slides in on the screen, in Material's 0.25 s.
    page.wait_for_function(
        "s => document.querySelector(s).getBoundingClientRect().left >= 0",
        arg=FIRST_MENU_LINK,
        timeout=5000,
    )
    page.keyboard.press("Space")
    link.wait_for(state="hidden")  # once it has slid out
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.className").startswith("md-skip")
    context.close()


def test_on_a_wide_screen_the_menu_checkbox_is_not_in_the_way(browser, base_url):
    context = browser.new_context(viewport=DESKTOP)
    page = context.new_page()
    page.goto(base_url + PAGES[1])
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.className").startswith("md-skip")
    assert page.locator(FIRST_MENU_LINK).first.is_visible()  # the menu is the left column
    context.close()
