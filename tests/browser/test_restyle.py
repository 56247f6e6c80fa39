"""What the scripts that run as a page loads make Chromium restyle: the elements they touch
and their neighbours, never the whole page. Each check traces one change on the lesson (the
longest page) and counts the elements restyled, a count and not a time."""

from __future__ import annotations

import json

from macros import assets
from tests.browser.conftest import PHONE, visit

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
    visit(page, base_url + LESSON)
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
    visit(page, base_url + LESSON)
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


# Counts, as the lesson loads: the times our bundle asks for a task of its own while the browser
# runs it, and the quizzes our script has enhanced by the start of DOMContentLoaded.
WATCH_THE_START = """
window.__wc = {tasks: 0, enhancedAtStart: null};
const setTimeout0 = window.setTimeout;
window.setTimeout = function () {
  const script = document.currentScript;
  if (script && script.src.includes('/assets/bundles/')) window.__wc.tasks++;
  return setTimeout0.apply(this, arguments);
};
addEventListener('DOMContentLoaded', () => {
  window.__wc.enhancedAtStart = document.querySelectorAll('.wc-quiz__actions').length;
});
"""


def test_our_scripts_run_after_the_pages_start_up_one_file_a_task(browser, base_url):
    # Deferred, the bundle ran in the task that runs the DOMContentLoaded handlers, before
    # Material's start-up: the quizzes changed the page under Material's first measure of it, so
    # the whole lesson was laid out again, all in one task of 300 ms and more on a slow phone.
    context = browser.new_context(viewport=PHONE)
    page = context.new_page()
    page.add_init_script(WATCH_THE_START)
    visit(page, base_url + LESSON)
    src = page.evaluate("document.querySelector('script[src*=\"/assets/bundles/\"]').src")
    files = assets.bundle_sources(page.evaluate("s => fetch(s).then(r => r.text())", src))
    seen = page.evaluate("window.__wc")
    quizzes, enhanced = page.evaluate(
        "[document.querySelectorAll('.wc-quiz').length,"
        " document.querySelectorAll('.wc-quiz > .wc-quiz__actions').length]"
    )
    context.close()
    assert "js/quiz.js" in files and len(files) > 3, files
    assert seen == {"tasks": len(files), "enhancedAtStart": 0}, seen
    assert quizzes > 10 and enhanced == quizzes  # and every quiz got its buttons after all
