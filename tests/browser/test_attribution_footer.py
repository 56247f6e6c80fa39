"""The licence footer in a real browser: readable in both palettes, usable on a phone, printed."""

from __future__ import annotations

import pytest
from axe_playwright_python.sync_playwright import Axe

from tests.browser.conftest import DESKTOP, PHONE, visit

LESSON = "lessons/when-you-dont-get-the-job/"
WCAG = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]


@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize("viewport", [PHONE, DESKTOP], ids=["phone", "desktop"])
def test_the_footer_passes_axe_including_contrast(browser, base_url, scheme, viewport):
    context = browser.new_context(viewport=viewport, color_scheme=scheme)
    page = context.new_page()
    visit(page, base_url + LESSON)
    expected = "slate" if scheme == "dark" else "default"
    assert page.evaluate("document.body.getAttribute('data-md-color-scheme')") == expected
    results = Axe().run(
        page,
        context={"include": [[".md-footer-meta"]]},
        options={"runOnly": {"type": "tag", "values": WCAG}},
    )
    passed = {rule["id"] for rule in results.response["passes"]}
    assert "color-contrast" in passed, "axe did not check the footer's contrast"
    assert results.response["violations"] == []
    context.close()


def test_the_footer_links_are_big_enough_to_tap_on_a_phone(browser, base_url):
    context = browser.new_context(viewport=PHONE)
    page = context.new_page()
    visit(page, base_url + LESSON)
    links = page.locator(".wc-licence__links a")
    assert links.count() == 2
    for index in range(links.count()):
        box = links.nth(index).bounding_box()
        assert box is not None and box["height"] >= 44
    context.close()


def test_the_licence_and_credits_are_printed_with_the_page(browser, base_url):
    context = browser.new_context(viewport=DESKTOP)
    page = context.new_page()
    visit(page, base_url + LESSON)
    licence = page.locator('.wc-licence a[rel~="license"]')
    credit = page.locator(".wc-licence__source")
    assert licence.is_visible() and credit.is_visible()
    page.emulate_media(media="print")
    assert licence.is_visible() and credit.is_visible()
    assert page.locator(".md-footer__inner").is_hidden()
    colour = credit.evaluate("e => getComputedStyle(e).color")
    assert colour == "rgb(0, 0, 0)", "printed credits must be dark on white paper"
    context.close()
