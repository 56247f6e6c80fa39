"""What the scripts that run as a page loads make Chromium restyle: the elements they touch
and their neighbours, never the whole page. Each check traces one change on the lesson (the
longest page) and counts the elements restyled, a count and not a time."""

from __future__ import annotations

import json

import pytest

from tests.browser.conftest import PHONE
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


def test_a_link_to_a_heading_below_parts_not_yet_drawn_shows_the_heading(open_lesson):
    # The parts above it are drawn as the page scrolls there, and grow from their estimated
    # size: the heading must still be on the first screen, in its upper half.
    page = open_lesson()
    lesson = page.url
    ids = page.evaluate("[...document.querySelectorAll('article > h2[id]')].map(h => h.id)")
    tops = {}
    for heading in ids[1:]:
        page.goto("about:blank")
        page.goto(f"{lesson}#{heading}", wait_until="networkidle")
        page.wait_for_timeout(300)
        tops[heading] = page.evaluate(
            f"document.getElementById('{heading}').getBoundingClientRect().top"
        )
    header = page.evaluate("document.querySelector('.md-header').getBoundingClientRect().bottom")
    assert len(tops) > 5
    assert all(header - 1 <= top <= PHONE["height"] / 2 for top in tops.values()), (header, tops)
