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
    # The control: a class <html> does not have yet restyles most of the page.
    new = restyled(browser, page, "document.documentElement.classList.add('wc-new')")
    context.close()
    assert max(again, default=0) < 100, again
    assert max(new) > 1000, new
