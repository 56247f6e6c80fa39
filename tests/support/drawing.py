"""Quizzes, letters and workbook parts are drawn only as a reader scrolls near them
(`content-visibility: auto` in their stylesheets). A check that measures what is drawn (axe's
colours and target sizes) or reads text as drawn (`inner_text`) sees an undrawn part as empty,
so it first does what a reader does: scrolls to the part, or scrolls through the whole page."""

from __future__ import annotations

from playwright.sync_api import BrowserContext, Locator, Page

DRAW_EVERYTHING = "* { content-visibility: visible !important; }"
DRAWN = "e => e.checkVisibility({contentVisibilityAuto: true})"


def draw_everything(page: Page) -> None:
    """Every part drawn, as after a reader has scrolled through the page."""
    page.add_style_tag(content=DRAW_EVERYTHING)


def scroll_to(part: Locator) -> None:
    """Scroll the part onto the screen and wait until the browser has drawn it."""
    part.scroll_into_view_if_needed()
    handle = part.element_handle()
    part.page.wait_for_function(DRAWN, arg=handle)


def draw_everything_on_load(context: BrowserContext) -> None:
    """Every page the context opens (or reloads) has every part drawn: for tests of what the
    parts do, not of when they are drawn (tests/browser/test_restyle.py checks that)."""
    context.add_init_script(
        "addEventListener('DOMContentLoaded', () => document.head.appendChild("
        f"Object.assign(document.createElement('style'), {{textContent: {DRAW_EVERYTHING!r}}})))"
    )
