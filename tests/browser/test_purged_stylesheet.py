"""Material's main stylesheet is purged after the build (macros/purge.py): nothing looks different.

A rule that matches no element cannot change how a page looks. The oracle is the browser's own
selector engine, not the purge's reasoning: every selector that is in Material's file and not in
the site's copy must match nothing, on one page for each set of components the site uses (found
from the build) and the 404 page, and in the states that scripts make on the lesson: the phone
menu, search results, the dark palette, the Instructor view, checked quiz answers. Hover, focus
and other states a pointer or key makes are taken out of each selector first, so the test asks
the wider question (could this ever match here?), and pseudo-elements are taken off.

"""

from __future__ import annotations

import re
from pathlib import Path

import material
import pytest

from macros.purge import FIXES
from tests.browser.conftest import DESKTOP, PHONE, one_page_per_kind, visit
from tests.support.stylesheets import flat_rules

ORIGINAL = Path(material.__file__).parent / "templates"
LESSON = "lessons/when-you-dont-get-the-job/"
# Pseudo-elements, and pseudo-classes that depend on the pointer, the keyboard, the URL or time.
STATEFUL = re.compile(
    r"::?(?:before|after|marker|placeholder|selection|backdrop|-webkit-[\w-]+|-moz-[\w-]+"
    r"|hover|focus|focus-visible|focus-within|active|visited|target|checked|indeterminate"
    r"|disabled|enabled|invalid|valid|placeholder-shown|popover-open|open|modal)(?![\w(-])"
)
MATCHES = """selectors => selectors.filter(s => {
  try { return document.querySelector(s) !== null; } catch (error) { return true; }
})"""


@pytest.fixture(scope="module")
def dropped(site_dir: Path) -> list[str]:
    """The selectors the purge took out, as querySelector can test them."""
    (purged,) = site_dir.glob("assets/stylesheets/main.*.min.css")
    original = (ORIGINAL / purged.relative_to(site_dir)).read_text()
    gone = {s for _, s in flat_rules(original)} - {s for _, s in flat_rules(purged.read_text())}
    assert len(gone) > 500, "the purge took out almost nothing"
    return sorted({widest(s) for s in gone if "%" not in s})  # not @keyframes steps


def widest(selector: str) -> str:
    """The selector with no :not() that names a state, and every other state made always true."""
    selector = re.sub(
        r":not\(([^()]*)\)", lambda m: "" if STATEFUL.search(m[1]) else m[0], selector
    )
    return STATEFUL.sub(":is(*)", selector)


def matching(browser, base_url, path, dropped, viewport=DESKTOP, act=None) -> list[str]:
    """The dropped selectors that match something on the page (after `act`)."""
    context = browser.new_context(viewport=viewport)
    page = context.new_page()
    visit(page, base_url + path)
    if act:
        act(page)
    found = page.evaluate(MATCHES, dropped)
    context.close()
    return found


def test_the_purged_stylesheet_is_much_smaller_and_has_no_source_map(site_dir):
    (purged,) = site_dir.glob("assets/stylesheets/main.*.min.css")
    original = ORIGINAL / purged.relative_to(site_dir)
    assert len(purged.read_bytes()) < 0.8 * len(original.read_bytes())
    assert not purged.with_name(purged.name + ".map").exists()


def test_no_dropped_rule_matches_anything_on_any_kind_of_page(browser, base_url, site_dir, dropped):
    pages = one_page_per_kind(site_dir)
    assert LESSON in pages and len(pages) > 5
    for path in pages:
        assert matching(browser, base_url, path, dropped) == [], path


def open_menu(page) -> None:
    page.locator('label.md-header__button[for="__drawer"]').click()
    page.locator(".md-sidebar--primary").wait_for()


def search(page) -> None:
    page.keyboard.press("/")
    page.keyboard.type("feedback")
    page.locator(".md-search-result__item").first.wait_for()


def dark(page) -> None:
    page.locator('label[title="Switch to dark mode"]').click()
    page.wait_for_function("document.body.getAttribute('data-md-color-scheme') === 'slate'")


def check_quizzes(page) -> None:
    page.locator(".wc-quiz input[type=radio]").first.check()
    page.locator(".wc-quiz button", has_text="Check").first.click()
    page.locator(".wc-quiz button", has_text="Show answer").nth(1).click()


def instructor_view(page) -> None:
    page.locator(".wc-instructor-toggle").click()
    page.locator(".wc-instructor-view").first.wait_for(state="attached")


STATES = {
    "phone menu": dict(viewport=PHONE, act=open_menu),
    "search results": dict(act=search),
    "dark palette": dict(act=dark),
    "checked quizzes": dict(viewport=PHONE, act=check_quizzes),
    "instructor view": dict(act=instructor_view),
}


@pytest.mark.parametrize("state", STATES)
def test_no_dropped_rule_matches_what_scripts_show_on_the_lesson(browser, base_url, dropped, state):
    assert matching(browser, base_url, LESSON, dropped, **STATES[state]) == []


# Every computed value (custom properties left out) of every element and of its ::before and
# ::after where they exist; one string per element and pseudo-element, in document order.
# Every element lists the same properties, so their names are read once: about 4x faster than
# walking each element's own list, which repeats a hundred custom properties.
COMPUTED = """() => {
  const names = [...getComputedStyle(document.body)].filter(name => !name.startsWith("--"));
  const out = [];
  for (const element of document.querySelectorAll("body *")) {
    for (const pseudo of [null, "::before", "::after"]) {
      const style = getComputedStyle(element, pseudo);
      if (pseudo && style.content === "none") { out.push(""); continue; }
      let text = "";
      for (const name of names) text += name + ":" + style.getPropertyValue(name) + ";";
      out.push(text);
    }
  }
  return out;
}"""

SETTLED = """() => {
  const count = document.querySelectorAll("body *").length;
  const settled = count === window.wcCounted;
  window.wcCounted = count;
  return settled;
}"""


def serving(text: str):
    """A route handler that answers with this CSS."""
    return lambda route: route.fulfill(body=text, content_type="text/css")


def computed_styles(
    browser, url: str, scheme: str, files: dict[str, str] | None = None
) -> list[str]:
    """COMPUTED on the page, with the stylesheets that match each glob of `files` replaced by
    its text."""
    context = browser.new_context(viewport=DESKTOP, color_scheme=scheme)
    page = context.new_page()
    for glob, text in (files or {}).items():
        page.route(glob, serving(text))
    visit(page, url)
    # The component scripts run in tasks of their own after load: on a busy machine some may
    # still be adding elements. Compare only once the page holds as many elements twice running.
    page.wait_for_function(SETTLED, polling=250)
    styles = page.evaluate(COMPUTED)
    context.close()
    return styles


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_the_lesson_computes_the_same_style_everywhere_with_materials_own_stylesheet(
    browser, base_url, site_dir, scheme
):
    """The whole purge (rules and custom properties) seen by the browser: every element of the
    lesson, and its ::before and ::after, has the same computed style as with Material's file
    and with our fixes after all of Material's stylesheets (where site.css was, in extra_css)."""
    (purged,) = site_dir.glob("assets/stylesheets/main.*.min.css")
    original = (ORIGINAL / purged.relative_to(site_dir)).read_text()
    assert "--md-admonition-icon--bug" in original
    assert "--md-admonition-icon--bug" not in purged.read_text(), "no custom property was dropped"
    (palette,) = site_dir.glob("assets/stylesheets/palette.*.min.css")
    ours = computed_styles(browser, base_url + LESSON, scheme)
    theirs = computed_styles(
        browser,
        base_url + LESSON,
        scheme,
        {
            "**/assets/stylesheets/main.*.min.css": original,
            "**/assets/stylesheets/palette.*.min.css": palette.read_text() + FIXES.read_text(),
        },
    )
    assert len(ours) == len(theirs) > 3000
    differ = [n for n, (a, b) in enumerate(zip(ours, theirs, strict=True)) if a != b]
    assert differ == [], f"{len(differ)} elements or pseudo-elements differ, the first: {differ[0]}"
