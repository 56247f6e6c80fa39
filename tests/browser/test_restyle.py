"""What the scripts that run as a page loads make Chromium restyle: the elements they touch
and their neighbours, never the whole page. Each check traces one change on the lesson (the
longest page) and counts the elements restyled, a count and not a time."""

from __future__ import annotations

import json

import pytest

from tests.browser.conftest import DESKTOP, PHONE
from tests.support.drawing import scroll_to

LESSON = "lessons/when-you-dont-get-the-job/"


@pytest.fixture
def open_lesson(browser, base_url):
    """Opens the lesson at phone width in a fresh context (optionally without Material's script)."""
    contexts = []

    def opener(block_material=False):
        context = browser.new_context(viewport=PHONE)
        contexts.append(context)
        page = context.new_page()
        if block_material:
            page.route("**/assets/javascripts/bundle.*.js", lambda route: route.abort())
        page.goto(base_url + LESSON, wait_until="networkidle")
        return page

    yield opener
    for context in contexts:
        context.close()


def restyled(browser, page, change: str) -> list[int]:
    """How many elements each restyle touched while `change` ran (it forces one at its end)."""
    browser.start_tracing(page=page, categories=["devtools.timeline"])
    page.evaluate(f"() => {{ {change}; document.body.offsetHeight; }}")
    events = json.loads(browser.stop_tracing())["traceEvents"]
    return [e["args"]["elementCount"] for e in events if e["name"] == "UpdateLayoutTree"]


def test_an_element_a_script_adds_to_the_lesson_restyles_its_neighbours_not_the_page(
    browser, open_lesson
):
    # Material's `table + *` rule (dropped by macros/purge.py) made Chromium restyle the whole
    # article (1,385 elements) for each element a script put into it; Material and our quizzes
    # do that as each page loads.
    page = open_lesson()
    in_article = page.evaluate("document.querySelectorAll('article *').length")
    counts = restyled(
        browser,
        page,
        "document.querySelector('article > .wc-quiz').after(document.createElement('p'))",
    )
    assert in_article > 1000 and counts, counts
    assert max(counts) < 100, f"{max(counts)} of the article's {in_article} elements restyled"


def test_the_marks_materials_script_puts_on_html_are_there_before_it_runs(browser, open_lesson):
    # A new class on <html> restyles the whole page; Material's script adds one as it starts.
    page = open_lesson(block_material=True)
    html = page.evaluate(
        "(h => [h.className, h.hasAttribute('data-js-focus-visible')])(document.documentElement)"
    )
    assert html == ["js js-focus-visible", True]
    again = restyled(browser, page, "document.documentElement.classList.add('js-focus-visible')")
    # The control: a class <html> does not have yet restyles the page.
    new = restyled(browser, page, "document.documentElement.classList.add('wc-new')")
    assert max(again, default=0) < 100, again
    assert max(new) > 300, new  # every element drawn so far (parts off screen are not drawn)


DRAWN = """() => [...document.querySelectorAll('article > .wc-quiz, article > .wc-letter')]
  .map(part => part.firstElementChild.checkVisibility({contentVisibilityAuto: true}))"""


def test_quizzes_and_letters_far_down_the_lesson_are_drawn_only_when_the_reader_gets_near(
    open_lesson,
):
    page = open_lesson()
    at_load = page.evaluate(DRAWN)
    assert len(at_load) > 10 and not any(at_load), at_load  # none is on the first screen
    scroll_to(page.locator("article > .wc-quiz").last)  # waits until the browser draws it


LANDED = """id => {
  const top = document.getElementById(id).getBoundingClientRect().top;
  const header = document.querySelector('.md-header').getBoundingClientRect().bottom;
  const atEnd = scrollY + innerHeight >= document.documentElement.scrollHeight - 1;
  return (top >= header - 1 && top <= header + 24) || (atEnd && top >= header - 1) ? null : top;
}"""


def test_a_link_to_any_heading_lands_on_it_below_parts_not_yet_drawn(open_lesson):
    # The parts above a heading are drawn as the page scrolls there and grow or shrink from
    # their estimated size; js/anchors.js scrolls to the heading again until it stays put.
    page = open_lesson()
    lesson = page.url
    ids = page.evaluate("[...document.querySelectorAll('article :is(h2, h3)[id]')].map(h => h.id)")
    missed = {}
    for heading in ids:
        page.goto("about:blank")
        page.goto(f"{lesson}#{heading}", wait_until="networkidle")
        page.wait_for_timeout(300)
        if (top := page.evaluate(LANDED, heading)) is not None:
            missed[heading] = top
    assert len(ids) > 20 and missed == {}, missed


def test_a_table_of_contents_link_lands_on_its_heading(browser, base_url):
    context = browser.new_context(viewport=DESKTOP)
    page = context.new_page()
    page.goto(base_url + LESSON, wait_until="networkidle")
    link = page.locator(".md-sidebar--secondary .md-nav__link").nth(12)
    heading = link.get_attribute("href").split("#")[1]
    link.click()
    page.wait_for_timeout(500)
    assert page.evaluate(LANDED, heading) is None, heading
    context.close()
