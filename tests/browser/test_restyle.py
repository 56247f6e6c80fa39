"""What the scripts that run as a page loads make Chromium restyle: the elements they touch
and their neighbours, never the whole page. Each check traces one change on the lesson (the
longest page) and counts the elements restyled, a count and not a time."""

from __future__ import annotations

import json

from tests.browser.conftest import PHONE

LESSON = "lessons/when-you-dont-get-the-job/"


def restyled(browser, page, change: str) -> list[int]:
    """How many elements each restyle touched while `change` ran (it forces one at its end)."""
    browser.start_tracing(page=page, categories=["devtools.timeline"])
    page.evaluate(f"() => {{ {change}; document.body.offsetHeight; }}")
    events = json.loads(browser.stop_tracing())["traceEvents"]
    return [e["args"]["elementCount"] for e in events if e["name"] == "UpdateLayoutTree"]


def test_an_element_a_script_adds_to_the_lesson_restyles_its_neighbours_not_the_page(
    browser, base_url
):
    # Material's `table + *` rule (dropped by macros/purge.py) made Chromium restyle the whole
    # article (1,385 elements) for each element a script put into it; Material and our quizzes
    # do that as each page loads.
    context = browser.new_context(viewport=PHONE)
    page = context.new_page()
    page.goto(base_url + LESSON, wait_until="networkidle")
    in_article = page.evaluate("document.querySelectorAll('article *').length")
    counts = restyled(
        browser,
        page,
        "document.querySelector('article > .wc-quiz').after(document.createElement('p'))",
    )
    context.close()
    assert in_article > 1000 and counts, counts
    assert max(counts) < 100, f"{max(counts)} of the article's {in_article} elements restyled"


def test_the_marks_materials_script_puts_on_html_are_there_before_it_runs(browser, base_url):
    # A new class on <html> restyles the whole page; Material's script adds one as it starts.
    context = browser.new_context(viewport=PHONE)
    page = context.new_page()
    page.route("**/assets/javascripts/bundle.*.js", lambda route: route.abort())
    page.goto(base_url + LESSON, wait_until="networkidle")
    html = page.evaluate(
        "(h => [h.className, h.hasAttribute('data-js-focus-visible')])(document.documentElement)"
    )
    assert html == ["js js-focus-visible", True]
    again = restyled(browser, page, "document.documentElement.classList.add('js-focus-visible')")
    # The control: a class <html> does not have yet restyles the page.
    new = restyled(browser, page, "document.documentElement.classList.add('wc-new')")
    context.close()
    assert max(again, default=0) < 100, again
    assert max(new) > 300, new  # every element drawn so far (parts off screen are not drawn)


DRAWN = """() => [...document.querySelectorAll('article > .wc-quiz, article > .wc-letter')]
  .map(part => part.firstElementChild.checkVisibility({contentVisibilityAuto: true}))"""


def test_quizzes_and_letters_far_down_the_lesson_are_drawn_only_when_the_reader_gets_near(
    browser, base_url
):
    context = browser.new_context(viewport=PHONE)
    page = context.new_page()
    page.goto(base_url + LESSON, wait_until="networkidle")
    at_load = page.evaluate(DRAWN)
    assert len(at_load) > 10 and not any(at_load), at_load  # none is on the first screen
    last = page.locator("article > .wc-quiz").last
    last.scroll_into_view_if_needed()
    page.wait_for_function(
        "q => q.firstElementChild.checkVisibility({contentVisibilityAuto: true})",
        arg=last.element_handle(),
    )
    context.close()


def test_a_link_to_a_heading_below_parts_not_yet_drawn_shows_the_heading(browser, base_url):
    # The parts above it are drawn as the page scrolls there, and grow from their estimated
    # size: the heading must still be on the first screen, in its upper half.
    context = browser.new_context(viewport=PHONE)
    page = context.new_page()
    page.goto(base_url + LESSON, wait_until="networkidle")
    ids = page.evaluate("[...document.querySelectorAll('article > h2[id]')].map(h => h.id)")
    tops = {}
    for heading in ids[1:]:
        page.goto("about:blank")
        page.goto(f"{base_url}{LESSON}#{heading}", wait_until="networkidle")
        page.wait_for_timeout(300)
        tops[heading] = page.evaluate(
            f"document.getElementById('{heading}').getBoundingClientRect().top"
        )
    header = page.evaluate("document.querySelector('.md-header').getBoundingClientRect().bottom")
    context.close()
    assert len(tops) > 5
    assert all(header - 1 <= top <= PHONE["height"] / 2 for top in tops.values()), (header, tops)
