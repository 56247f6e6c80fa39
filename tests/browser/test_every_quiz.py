"""Every quiz in the site accepts the answers its author marked right (the generic run)."""

from __future__ import annotations

from collections import defaultdict

from tests.support.quizzes import answer_every_quiz_correctly, quiz_entries


def test_every_quiz_on_every_page_accepts_its_right_answers(browser, base_url, site_dir):
    by_page = defaultdict(list)
    for entry in quiz_entries(site_dir):
        by_page[entry["url"]].append(entry)
    assert len(by_page) >= 2, "the registry lists almost no pages: the run would prove nothing"
    context = browser.new_context()
    page = context.new_page()
    for url, entries in sorted(by_page.items()):
        page.goto(base_url + url)
        answer_every_quiz_correctly(page, entries)
    context.close()
