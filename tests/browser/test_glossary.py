"""Glossary words open their meaning by tap, click or keyboard, with JavaScript on or off."""

from __future__ import annotations

import pytest
from axe_playwright_python.sync_playwright import Axe

from tests.browser.conftest import DESKTOP, HITS_ON, PHONE, visit
from tests.browser.test_site_gates import WCAG

LESSON = "lessons/when-you-dont-get-the-job/"
OPEN = ".wc-term__meaning:popover-open"
INSIDE_SCREEN = """e => { const r = e.getBoundingClientRect();
  return r.top >= 0 && r.left >= 0 && r.bottom <= innerHeight && r.right <= innerWidth }"""

FOCUS_THE_ONE_BEFORE = """e => { const all = [...document.querySelectorAll('a[href], button')];
  all[all.indexOf(e) - 1].focus() }"""


def meaning(page, n: int = 0) -> str:
    """The meaning the n-th glossary button opens, read from its title."""
    return page.locator(".wc-term").nth(n).get_attribute("title")


@pytest.mark.parametrize("javascript", [True, False], ids=["js", "no-js"])
def test_a_tap_on_a_word_shows_its_meaning_on_screen_and_a_tap_outside_closes_it(
    browser, base_url, javascript
):
    context = browser.new_context(
        viewport=PHONE, is_mobile=True, has_touch=True, java_script_enabled=javascript
    )
    page = context.new_page()
    page.goto(base_url + LESSON)
    word = page.locator(".wc-term").first
    word.tap()
    shown = page.locator(OPEN)
    assert shown.count() == 1 and shown.evaluate(INSIDE_SCREEN)
    assert meaning(page) in shown.inner_text() and word.inner_text() in shown.inner_text()
    page.touchscreen.tap(200, 120)
    assert page.locator(OPEN).count() == 0
    context.close()


def test_the_keyboard_reaches_a_word_opens_it_with_enter_and_closes_it_with_escape(
    browser, base_url
):
    context = browser.new_context(viewport=DESKTOP)
    page = context.new_page()
    page.goto(base_url + LESSON)
    # Focus the link or button just before the first word, then press Tab once.
    page.locator(".wc-term").first.evaluate(FOCUS_THE_ONE_BEFORE)
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.className").startswith("wc-term")
    page.keyboard.press("Enter")
    assert page.locator(OPEN).count() == 1
    assert page.locator(OPEN).evaluate(
        "(e, f) => e.id === f",
        page.evaluate("document.activeElement.getAttribute('popovertarget')"),
    )
    page.keyboard.press("Escape")
    assert page.locator(OPEN).count() == 0
    assert page.evaluate("document.activeElement.className").startswith("wc-term")
    context.close()


# The element with the focus, if none of it shows: what the page shows there instead.
FOCUS_HIDDEN_UNDER = f"""() => {{
  {HITS_ON}
  const e = document.activeElement, hits = hitsOn(e);
  const own = hit => e.contains(hit) || [...(e.labels || [])].some(l => l.contains(hit));
  if (hits.some(own)) return "";
  const name = `${{e.localName}} "${{(e.textContent || "").trim().slice(0, 30)}}"`;
  return hits.length ? `${{name}} under ${{hits[0].className}}` : `${{name}} off the screen`;
}}"""


@pytest.mark.parametrize("viewport", [PHONE, DESKTOP], ids=["phone", "desktop"])
def test_an_open_meaning_closes_when_tab_moves_on_and_hides_nothing_the_keyboard_reaches(
    browser, base_url, viewport
):
    """WCAG 2.4.11 Focus Not Obscured. Found and fixed: a meaning opened by Enter stayed open at
    the foot of the screen while Tab went on down the lesson, and Tab brings each element in
    at that edge: a word, a heading's link and a quiz's choice went wholly under it."""
    context = browser.new_context(viewport=viewport)
    page = context.new_page()
    visit(page, base_url + LESSON)
    page.locator(".wc-term").first.focus()
    page.keyboard.press("Enter")
    assert page.locator(OPEN).count() == 1
    hidden = []
    for _ in range(40):
        page.keyboard.press("Tab")
        hidden.append(page.evaluate(FOCUS_HIDDEN_UNDER))
    context.close()
    assert [where for where in hidden if where] == []


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_an_open_meaning_and_its_word_pass_axe_including_contrast(browser, base_url, scheme):
    context = browser.new_context(viewport=PHONE, color_scheme=scheme)
    page = context.new_page()
    visit(page, base_url + LESSON)
    page.locator(".wc-term").first.click()  # the mouse stays on the word: its hover state
    assert page.locator(OPEN).count() == 1
    results = Axe().run(
        page,
        context={"include": [[".wc-term"], [OPEN]]},
        options={"runOnly": {"type": "tag", "values": WCAG}},
    )
    passed = {rule["id"] for rule in results.response["passes"]}
    assert "color-contrast" in passed, "axe did not check the word's or the meaning's contrast"
    violations = results.response["violations"]
    assert [(v["id"], [n["target"] for n in v["nodes"]][:3]) for v in violations] == []
    context.close()


def test_the_meaning_of_a_word_in_bold_is_plain_text_under_its_word_in_bold(browser, base_url):
    """The meaning sits inside the word's own text: in a <strong> it was all bold."""
    context = browser.new_context(viewport=PHONE, is_mobile=True, has_touch=True)
    page = context.new_page()
    page.goto(base_url + "workcom/week-4/")
    word = page.locator("strong > .wc-term").first
    word.scroll_into_view_if_needed()
    word.tap()
    shown = page.locator(OPEN)
    weights = shown.evaluate(
        """e => [getComputedStyle(e).fontWeight,
                 getComputedStyle(e.querySelector('.wc-term__word')).fontWeight]"""
    )
    assert weights == ["400", "700"]
    context.close()
