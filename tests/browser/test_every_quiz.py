"""Every quiz in the site accepts the answers its author marked right (the generic run)."""

from __future__ import annotations

from collections import defaultdict

from tests.support.quizzes import answer_every_quiz_correctly, plain, quiz_entries


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


def answer_wrongly(quiz, entry):
    """A wrong answer to every part of a scored quiz (an order quiz is shown in a wrong order)."""
    kind = entry["type"]
    if kind in ("single", "multiple", "true-false"):
        wrong = next(i for i in range(len(entry["options"])) if i not in entry["answers"])
        quiz.locator("fieldset input").nth(wrong).check()
    elif kind == "fill":
        for blank in quiz.locator("input.wc-quiz__blank").all():
            blank.fill("zzz")
    elif kind == "match":
        for select, right in zip(quiz.locator("select").all(), entry["answers"], strict=True):
            labels = select.locator("option").all_inner_texts()[1:]
            select.select_option(label=next(x for x in labels if x != plain(right)))


def test_a_wrong_answer_says_read_the_feedback_only_when_feedback_is_shown(
    browser, base_url, site_dir
):
    """Every scored quiz of the site, answered wrongly: "Read the feedback." only when there is
    some to read; "Show answer" never promises feedback either."""
    by_page = defaultdict(list)
    for entry in quiz_entries(site_dir):
        if entry["type"] != "reflection":
            by_page[entry["url"]].append(entry)
    context = browser.new_context()
    page = context.new_page()
    untrue, seen = [], {True: 0, False: 0}
    for url, entries in sorted(by_page.items()):
        page.goto(base_url + url)
        for entry in entries:
            quiz = page.locator(f'[data-quiz="{entry["id"]}"]')
            answer_wrongly(quiz, entry)
            quiz.locator(".wc-quiz__check").click()
            result = quiz.locator(".wc-quiz__result").inner_text()
            shown = quiz.locator(".wc-quiz__fb:visible").count() > 0
            seen[shown] += 1
            if ("Read the feedback." in result) != shown:
                untrue.append(f"{entry['id']}: {result!r}, feedback shown: {shown}")
            if not result.endswith(" again or show the answer."):
                untrue.append(f"{entry['id']}: {result!r}")
            quiz.get_by_role("button", name="Show answer").click()
            if quiz.locator(".wc-quiz__result").inner_text() != "Here is the answer.":
                untrue.append(f"{entry['id']}: {quiz.locator('.wc-quiz__result').inner_text()!r}")
    context.close()
    assert seen[True] and seen[False]  # both kinds were tried
    assert not untrue, "\n".join(untrue)
