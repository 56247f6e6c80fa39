"""Print gate: each kind of page prints (Chromium PDF) without navigation, header, search,
buttons or other controls that make no sense on paper, and with no text cut off."""

from __future__ import annotations

import pytest

from tests.browser.conftest import printed
from tests.site.test_printables import printables

# One page of each kind: home, lesson, week page, schedule, glossary, My work, a guide page.
KINDS = [
    "",
    "lessons/when-you-dont-get-the-job/",
    "workcom/week-2/",
    "workcom/schedule/",
    "glossary/",
    "my-work/",
    "instructors/authoring-quizzes/",
]
# About the printable width of a Letter or A4 page at 96 px per inch, inside the margins.
PAPER = {"width": 680, "height": 900}

# Screen-only things: visible in print means a reader sees something they cannot use.
SCREEN_ONLY = [
    ".md-header",
    ".md-tabs",
    ".md-sidebar",
    ".md-search",
    ".md-top",
    ".md-footer__inner",
    ".md-content__button",
    "button:not(.wc-term)",  # a glossary word is a button on screen, a word on paper
    ".md-button",
    "input[type=file]",
    ".wc-this-week__text a[role=button]",
    ".wc-print-link",  # "Printable worksheet: ... to print": the reader holds it already
]

PROBLEMS = """([screenOnly]) => {
  const out = [];
  const said = e => (e.textContent || '').trim().slice(0, 30);
  const visible = e => {
    const r = e.getBoundingClientRect();
    const s = getComputedStyle(e);
    return r.width > 0 && r.height > 0 && s.visibility !== 'hidden' && s.display !== 'none';
  };
  for (const selector of screenOnly)
    for (const e of document.querySelectorAll(selector))
      if (visible(e)) out.push('shows ' + selector + ' ' + said(e));
  const article = document.querySelector('article');
  const limit = article.getBoundingClientRect().right + 1;
  for (const e of article.querySelectorAll('*')) {
    if (!visible(e) || !e.textContent.trim()) continue;
    const s = getComputedStyle(e);
    const clips = ['hidden', 'auto', 'scroll', 'clip'].includes(s.overflowX);
    if (clips && e.scrollWidth > e.clientWidth + 1)
      out.push('cuts off ' + e.tagName + '.' + e.className + ' ' + said(e));
    else if (!clips && e.children.length === 0 && e.getBoundingClientRect().right > limit)
      out.push('runs past the page: ' + e.tagName + ' ' + said(e));
  }
  if (document.documentElement.scrollWidth > document.documentElement.clientWidth + 1)
    out.push('the page is wider than the paper');
  return out;
}"""


def test_each_kind_of_page_prints_without_screen_controls_or_cut_off_text(browser, base_url):
    context = browser.new_context(viewport=PAPER)
    page = context.new_page()
    problems: list[str] = []
    for path in KINDS:
        page.goto(base_url + path)
        page.emulate_media(media="print")
        problems += [f"/{path}: {p}" for p in page.evaluate(PROBLEMS, [SCREEN_ONLY])]
        assert page.pdf(format="Letter").startswith(b"%PDF")
        page.emulate_media(media="screen")
    context.close()
    assert problems == []


def test_the_print_check_sees_a_button_and_cut_off_text(browser, base_url):
    # Negative control: the same check on the screen layout of a narrow page finds the header,
    # the buttons and a wide line of code that the screen layout scrolls.
    context = browser.new_context(viewport={"width": 360, "height": 700})
    page = context.new_page()
    page.goto(base_url + "instructors/authoring-quizzes/")
    page.locator(".wc-quiz__actions").first.wait_for()
    page.evaluate(
        "() => document.querySelector('article').insertAdjacentHTML('beforeend', '<pre"
        " style=\"overflow:auto;white-space:pre\"><code>' + 'x'.repeat(300) + '</code></pre>')"
    )
    problems = page.evaluate(PROBLEMS, [SCREEN_ONLY])
    context.close()
    assert any(p.startswith("shows .md-header") for p in problems), problems
    assert any(p.startswith("shows button") for p in problems), problems
    assert any(p.startswith(("cuts off PRE", "cuts off CODE")) for p in problems), problems


# A heading, a term, or a paragraph that leads into a list ends no printed page: it shares its
# page with what it introduces. The licence's paragraphs do not split.
LABELS = "article :is(h1, h2, h3, h4, h5, h6, dt), article p:has(+ ul, + ol)"


@pytest.mark.parametrize("paper", ["A4", "Letter"])
def test_printed_lessons_keep_each_heading_with_what_follows_and_have_no_blank_page(
    browser, base_url, site_dir, paper
):
    problems = []
    for path, _sheet, _key in printables(site_dir):  # each lesson and week page with activities
        pages, apart = printed(browser, base_url + path, paper, LABELS, ".wc-licence p")
        problems += [f"/{path}: page {n} is blank" for n, text in enumerate(pages, 1) if not text]
        problems += [
            f"/{path}: a page break falls inside {name!r} or just after it" for name in apart
        ]
    assert problems == [], "\n".join(problems)
