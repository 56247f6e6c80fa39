"""In the browser: "This week" follows the date; the instructor view toggles and sticks."""

from __future__ import annotations

import datetime as dt
import json
from html import escape

import pytest

from tests.browser.conftest import DESKTOP, PHONE, visit
from tests.conftest import ROOT


@pytest.mark.parametrize(
    ("today", "state", "text"),
    [
        (
            "2026-12-01",
            "before",
            "The course starts on Monday, February 1, 2027. First module: Before you begin.",
        ),
        (
            "2027-02-17",
            "during",
            "This week: Week 2: Peer review. Due Sunday, February 21, 2027.",
        ),
        (
            "2027-03-07",
            "during",
            "This week: Week 4: Your presentation. Due Sunday, March 7, 2027.",
        ),
        ("2027-03-08", "after", "The course finished on Sunday, March 7, 2027."),
    ],
)
def test_this_week_names_the_module_for_the_date(browser, base_url, today, state, text):
    page = browser.new_page(viewport=PHONE)
    page.clock.set_fixed_time(dt.datetime.fromisoformat(today + "T12:00:00"))
    page.goto(base_url + "workcom/")
    banner = page.locator(".wc-this-week")
    assert banner.get_attribute("data-state") == state
    assert banner.inner_text().startswith(text)
    page.close()


def test_this_week_between_a_modules_due_date_and_the_next_one_names_the_next(browser):
    """A course with a break week (a module's own `opens:`): in the break, the banner said
    "This week: Week 1 ... Due Sunday, March 7", a date gone by."""
    weeks = [
        {
            "heading": f"Week {n}: Talk",
            "href": f"week-{n}/",
            "opens": opens,
            "opens_text": opens_text,
            "due": due,
            "due_text": due_text,
        }
        for n, opens, opens_text, due, due_text in (
            (1, "2027-03-01", "Monday, March 1, 2027", "2027-03-07", "Sunday, March 7, 2027"),
            (2, "2027-03-15", "Monday, March 15, 2027", "2027-03-21", "Sunday, March 21, 2027"),
        )
    ]
    script = (ROOT / "docs/assets/js/this-week.js").read_text(encoding="utf-8")
    page = browser.new_page()
    said = {}
    for today in ("2027-03-07", "2027-03-10", "2027-03-15"):
        page.clock.set_fixed_time(dt.datetime.fromisoformat(today + "T12:00:00"))
        page.set_content(
            f'<div class="wc-this-week" data-weeks="{escape(json.dumps(weeks))}">'
            f'<p class="wc-this-week__text"></p></div><script>{script}</script>'
        )
        banner = page.locator(".wc-this-week")
        said[today] = (banner.get_attribute("data-state"), banner.inner_text())
    page.close()
    assert said == {
        "2027-03-07": ("during", "This week: Week 1: Talk. Due Sunday, March 7, 2027."),
        "2027-03-10": (
            "between",
            "Next module: Week 2: Talk. It opens on Monday, March 15, 2027.",
        ),
        "2027-03-15": ("during", "This week: Week 2: Talk. Due Sunday, March 21, 2027."),
    }


# Before the page runs: note, when the first element after the banner is parsed, whether the
# banner already says which module it is.
WATCH_BANNER = """
window.wcBannerFilledFirst = null;
new MutationObserver((changes, observer) => {
  const banner = document.querySelector(".wc-this-week");
  let next = banner && banner.nextElementSibling;
  while (next && next.tagName === "SCRIPT") next = next.nextElementSibling;
  if (next) {
    window.wcBannerFilledFirst = banner.hasAttribute("data-state");
    observer.disconnect();
  }
}).observe(document, {childList: true, subtree: true});
"""


@pytest.mark.parametrize("path", ["", "workcom/"])
def test_this_week_is_filled_in_before_the_page_below_it_is_read(browser, base_url, path):
    """Filled in later, the banner grew after the first paint and moved the page below it."""
    page = browser.new_page(viewport=PHONE)
    page.add_init_script(WATCH_BANNER)
    page.goto(base_url + path)
    assert page.evaluate("window.wcBannerFilledFirst") is True
    page.close()


def test_this_week_without_javascript_links_the_schedule(browser, base_url):
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(base_url + "workcom/")
    link = page.locator(".wc-this-week a")
    assert link.inner_text() == "course schedule"
    assert link.get_attribute("href") == "schedule/"
    context.close()


def test_instructor_notes_are_hidden_until_the_toggle_and_the_choice_is_kept(browser, base_url):
    context = browser.new_context(viewport=DESKTOP)
    page = context.new_page()
    page.goto(base_url + "workcom/week-1/")
    notes = page.locator(".admonition.instructor").first
    toggle = page.get_by_role("button", name="Instructor view")
    assert notes.is_hidden()
    assert toggle.get_attribute("aria-pressed") == "false"

    toggle.focus()
    page.keyboard.press("Enter")
    assert notes.is_visible()
    assert toggle.get_attribute("aria-pressed") == "true"
    # The check mark it gets is for the eye: its name stays the same (aria-pressed says the rest).
    assert toggle.aria_snapshot() == '- button "Instructor view" [pressed]'
    assert "shown" in page.get_by_role("status").filter(has_text="Instructor notes").inner_text()

    page.reload()
    assert page.locator(".admonition.instructor").first.is_visible()
    page.emulate_media(media="print")
    assert page.locator(".admonition.instructor").first.is_visible()
    assert page.get_by_role("button", name="Instructor view").is_hidden()

    page.emulate_media(media="screen")
    page.get_by_role("button", name="Instructor view").click()
    page.emulate_media(media="print")
    assert page.locator(".admonition.instructor").first.is_hidden()
    context.close()


def test_instructor_notes_stay_readable_without_javascript(browser, base_url):
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(base_url + "workcom/week-1/")
    assert page.locator(".admonition.instructor").first.is_visible()
    assert page.locator(".wc-instructor-bar").count() == 1
    assert page.locator(".wc-instructor-bar").is_hidden()  # a toggle that could do nothing
    context.close()


@pytest.mark.parametrize("viewport", [PHONE, DESKTOP], ids=["phone", "desktop"])
@pytest.mark.parametrize("path", ["workcom/week-2/", "lessons/when-you-dont-get-the-job/"])
def test_the_text_does_not_move_while_the_page_loads(browser, base_url, path, viewport):
    """No layout shift: what the scripts add (the Instructor view toggle, hidden notes) is in
    place from the first paint, so a learner who starts reading does not lose the line."""
    context = browser.new_context(viewport=viewport)
    page = context.new_page()
    page.add_init_script(
        "window.__shifts = [];"
        "new PerformanceObserver(l => l.getEntries().forEach(e => window.__shifts.push("
        "e.sources.filter(s => !s.node || !s.node.closest || s.node.closest('.md-content'))"
        ".map(s => s.node ? s.node.outerHTML.slice(0, 80) : '?'))))"
        ".observe({type: 'layout-shift', buffered: true});"
    )
    visit(page, base_url + path)
    page.wait_for_timeout(500)
    assert page.locator(".wc-instructor-bar").is_visible()
    # Only the page's content counts: Material's header search box sometimes settles as its
    # script loads, which is not text a learner is reading.
    assert [shift for shift in page.evaluate("window.__shifts") if shift] == []
    context.close()
