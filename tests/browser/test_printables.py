"""Worksheets and keys printed to PDF by Chromium: the key has every answer, the worksheet none."""

from __future__ import annotations

import io

import pytest
from pypdf import PdfReader

from tests.browser.conftest import PHONE, printed
from tests.site.test_printables import main_text, printables
from tests.support.printables import key_only_texts, squash
from tests.support.quizzes import plain, quiz_entries


def pdf_text(browser, url: str) -> str:
    """The text of a page printed to PDF (A4-ish Letter, as a browser prints it)."""
    page = browser.new_page()
    page.goto(url)
    data = page.pdf(format="Letter", print_background=False)
    page.close()
    return "\n".join(p.extract_text() or "" for p in PdfReader(io.BytesIO(data)).pages)


def test_printed_keys_have_every_answer_and_printed_worksheets_none(browser, base_url, site_dir):
    checked = 0
    for url, sheet, key in printables(site_dir):
        prefix = sheet.parent.relative_to(site_dir).as_posix()
        sheet_pdf = squash(pdf_text(browser, f"{base_url}{prefix}/"))
        key_pdf = squash(
            pdf_text(browser, f"{base_url}{key.parent.relative_to(site_dir).as_posix()}/")
        )
        # A phrase that is also a question or option elsewhere on the worksheet is no answer.
        elsewhere = squash(main_text(sheet))
        for entry in quiz_entries(site_dir, url):
            assert squash(plain(entry["prompt"])) in sheet_pdf, entry["id"]
            for text in key_only_texts(entry):
                assert squash(text) in key_pdf, f"{entry['id']}: {text!r} not in the printed key"
                if squash(text) not in elsewhere:
                    assert squash(text) not in sheet_pdf, f"{entry['id']}: {text!r} printed"
                checked += 1
        # Only the sheet prints: none of the site's navigation or search.
        assert squash("Skip to content") not in sheet_pdf
        assert squash("Printable worksheet") not in sheet_pdf
    assert checked > 50


# For each worksheet option: where its first line of text starts and where its last line starts.
LINE_STARTS = """() => [...document.querySelectorAll(
  ".wc-sheet__options li, .wc-sheet__choices li")].map(li => {
    const range = document.createRange();
    range.setStart(li.firstChild.nextSibling || li.firstChild, 0);
    range.setEnd(li, li.childNodes.length);
    const lines = [...range.getClientRects()].filter(r => r.width > 0);
    return [Math.round(lines[0].left), Math.round(lines[lines.length - 1].left), lines.length];
})"""


def test_a_worksheet_option_that_wraps_lines_up_under_its_first_line(browser, base_url):
    page = browser.new_page(viewport=PHONE)
    page.goto(base_url + "instructors/worksheets/week-2/")
    starts = page.evaluate(LINE_STARTS)
    page.close()
    wrapped = [(first, last) for first, last, lines in starts if lines > 1]
    assert len(wrapped) >= 5, "no option wraps at phone width: the test shows nothing"
    assert all(abs(first - last) <= 1 for first, last in wrapped), wrapped


# On paper a question, its instruction or a label ("My goals:") shares its page with what
# follows it (its options, lines or table), and each paragraph of the licence is on one page
# (a page break parts it from its own end).
KEEP_WITH_NEXT = ".wc-sheet__title, .wc-sheet__how"
KEEP_WHOLE = ".wc-licence p"


@pytest.mark.parametrize("paper", ["A4", "Letter"])
def test_printed_worksheets_and_keys_have_no_blank_page_and_no_label_apart(
    browser, base_url, site_dir, paper
):
    problems = []
    for _url, *printouts in printables(site_dir):
        for printout in printouts:
            url = f"{base_url}{printout.parent.relative_to(site_dir).as_posix()}/"
            pages, apart = printed(browser, url, paper, KEEP_WITH_NEXT, KEEP_WHOLE)
            problems += [
                f"{url}: page {n} of {len(pages)} is blank"
                for n, text in enumerate(pages, 1)
                if not text
            ]
            problems += [
                f"{url}: a page break falls inside {name!r} or just after it" for name in apart
            ]
    assert problems == [], "\n".join(problems)


def test_the_printed_page_check_sees_a_label_apart_and_a_split_licence(browser, base_url):
    # Negative control: a page break forced after "My goals:" and inside the licence.
    url = base_url + "instructors/worksheets/before-you-begin/"
    style = """.wc-sheet__how { break-after: page !important; }
      .wc-licence a[rel=license] { display: block !important; break-before: page !important; }"""
    _pages, apart = printed(browser, url, "A4", KEEP_WITH_NEXT, KEEP_WHOLE, style)
    assert "My goals:" in apart, apart
    assert any(name.startswith("“Worksheet: Before you begin”") for name in apart), apart
