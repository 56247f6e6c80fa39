"""Quizzes in Chromium on the every-type page (the authoring guide): keyboard only, saved answers,
Reset, corrupt storage, JavaScript off, print, and axe at phone and desktop width."""

from __future__ import annotations

import json

import pytest
from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import expect

from tests.browser.conftest import CONTRAST, DESKTOP, PHONE
from tests.support.quizzes import answer_every_quiz_correctly, quiz_entries

PATH = "instructors/authoring-quizzes/"
STORE_PREFIX = "wc|/|" + PATH + "|quiz|"
AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]


@pytest.fixture
def open_page(browser, base_url):
    """A fresh browser context (empty storage) on the guide page; page errors are collected."""
    contexts = []

    def opener(viewport=PHONE, javascript=True):
        context = browser.new_context(viewport=viewport, java_script_enabled=javascript)
        contexts.append(context)
        page = context.new_page()
        page.errors = []
        page.on("pageerror", lambda error: page.errors.append(str(error)))
        page.on("console", lambda m: page.errors.append(m.text) if m.type == "error" else None)
        page.on("dialog", lambda dialog: dialog.accept())
        page.goto(base_url + PATH)
        return page

    yield opener
    for context in contexts:
        context.close()


def quiz(page, name):
    return page.locator(f'[data-quiz="guide-{name}"]')


def tab_to(page, locator, limit=40):
    """Press Tab until `locator` has the focus (keyboard only, as a learner would)."""
    for _ in range(limit):
        if locator.evaluate("el => el === document.activeElement"):
            return
        page.keyboard.press("Tab")
    raise AssertionError(f"Tab never reached {locator}")


def focused_text(page):
    return page.evaluate("document.activeElement.textContent")


def check_with_keyboard(page, q):
    tab_to(page, q.locator(".wc-quiz__check"))
    page.keyboard.press("Enter")
    return q.locator(".wc-quiz__result").inner_text()


def try_again_with_keyboard(page, q):
    assert focused_text(page) == "Try again"  # focus moved to it after Check
    page.keyboard.press("Enter")


def summary(page):
    return page.locator(".wc-quiz-summary__text").inner_text()


def test_single_choice_wrong_then_right_with_the_keyboard(open_page):
    page = open_page()
    q = quiz(page, "single")
    q.locator("input").first.focus()
    page.keyboard.press("Space")
    result = check_with_keyboard(page, q)
    assert result.startswith("0 of 1 right")
    assert q.locator(".wc-quiz__mark").all_inner_texts() == ["Not right"]
    assert q.locator(".wc-quiz__fb:visible").all_inner_texts() == [
        "Wait until you feel calm. An angry reply can close a door."
    ]
    assert not q.locator(".wc-quiz__explain").is_visible()
    assert summary(page) == "Your score on this page: 0 of 6 right."
    try_again_with_keyboard(page, q)
    assert q.locator(".wc-quiz__mark").count() == 0
    assert page.evaluate("document.activeElement.value") == "0"  # back on the first option
    page.keyboard.press("ArrowDown")  # the next option: the right one
    assert q.locator("input").nth(1).is_checked()
    assert check_with_keyboard(page, q) == "Well done! 1 of 1 right."
    assert q.locator(".wc-quiz__explain").is_visible()
    assert q.locator(".wc-quiz__fb:visible").all_inner_texts() == [
        "Yes. A calm mind helps you see what to improve."
    ]
    assert summary(page) == "Your score on this page: 1 of 6 right."


def test_multiple_select_gives_part_marks_then_full_marks(open_page):
    page = open_page()
    q = quiz(page, "multiple")
    boxes = q.locator("input")
    boxes.nth(0).focus()
    page.keyboard.press("Space")  # right
    page.keyboard.press("Tab")
    page.keyboard.press("Tab")
    page.keyboard.press("Space")  # "Your salary": not right
    result = check_with_keyboard(page, q)
    assert result.startswith(
        "You found 1 of the 3 right answers. 1 of your choices is not right. Score: 0 of 3."
    )
    assert sorted(q.locator(".wc-quiz__mark").all_inner_texts()) == ["Not right", "Right"]
    try_again_with_keyboard(page, q)
    for index in (1, 2, 3):  # add the two missing right answers, drop the wrong one
        boxes.nth(index).focus()
        page.keyboard.press("Space")
    assert check_with_keyboard(page, q) == "Well done! 3 of 3 right."


def test_true_false_wrong_then_right(open_page):
    page = open_page()
    q = quiz(page, "true-false")
    q.locator("input").first.focus()
    assert check_with_keyboard(page, q) == "Give an answer first. Then press Check."
    assert page.evaluate("document.activeElement.value") == "0"  # back on the first option
    assert q.locator(".wc-quiz__mark").count() == 0
    q.locator("input").nth(1).focus()
    page.keyboard.press("Space")
    assert check_with_keyboard(page, q).startswith("0 of 1 right")
    assert "Asking is polite" in q.locator(".wc-quiz__fb:visible").inner_text()
    try_again_with_keyboard(page, q)
    q.locator("input").nth(1).focus()
    page.keyboard.press("ArrowUp")
    assert check_with_keyboard(page, q) == "Well done! 1 of 1 right."


def test_fill_in_the_blanks_wrong_then_right_with_tolerant_matching(open_page):
    page = open_page()
    q = quiz(page, "fill")
    blanks = q.locator("input.wc-quiz__blank")
    blanks.nth(0).focus()
    page.keyboard.type("telling")
    page.keyboard.press("Tab")
    page.keyboard.type("interested")
    assert check_with_keyboard(page, q).startswith("1 of 3 right")
    assert q.locator(".wc-quiz__mark").all_inner_texts() == ["Not right", "Right", "Not right"]
    assert "We thank people" in q.locator(".wc-quiz__fb:visible").first.inner_text()
    try_again_with_keyboard(page, q)
    assert page.evaluate("document.activeElement.id") == "q-guide-fill-1"  # first wrong blank
    page.keyboard.press("Control+A")
    page.keyboard.type("  Letting. ")
    blanks.nth(2).focus()
    page.keyboard.type("DON\u2019T")
    assert check_with_keyboard(page, q) == "Well done! 3 of 3 right."


def announced(page, locator):
    """What Chromium gives a screen reader for an element: its accessible name and description."""
    cdp = page.context.new_cdp_session(page)
    cdp.send("DOM.getDocument", {"depth": 0})
    node = cdp.send(
        "DOM.describeNode",
        {
            "objectId": cdp.send("Runtime.evaluate", {"expression": "document.activeElement"})[
                "result"
            ]["objectId"]
        },
    )
    ax = cdp.send(
        "Accessibility.getPartialAXTree",
        {"backendNodeId": node["node"]["backendNodeId"], "fetchRelatives": False},
    )["nodes"][0]
    assert locator.evaluate("e => e === document.activeElement")
    return ax["name"]["value"], ax.get("description", {}).get("value", "")


def test_a_screen_reader_that_tabs_to_a_blank_hears_its_sentence(open_page):
    """Not "Blank 2, edit text" alone: which blank of how many, and the words around it."""
    page = open_page(viewport=DESKTOP)
    q = quiz(page, "fill")
    blanks = q.locator("input.wc-quiz__blank")
    blanks.nth(0).focus()
    page.keyboard.press("Tab")
    assert announced(page, blanks.nth(1)) == (
        "Blank 2 of 3",
        "I am still Blank 2 of 3 in working for your company.",
    )
    page.keyboard.press("Shift+Tab")
    assert announced(page, blanks.nth(0)) == (
        "Blank 1 of 3",
        "Thank you for Blank 1 of 3 (hint: a verb that ends in -ing) me know.",
    )
    assert 'textbox "Blank 2 of 3"' in q.locator(".wc-quiz__list").aria_snapshot()


QUIZ_WORDS = ("Check", "Try again", "Show answer", "Show a model answer")


def test_no_two_quiz_buttons_have_the_same_name_for_a_screen_reader(open_page):
    """A screen reader's list of the page's buttons read "Check", "Show answer", "Check",
    "Show answer"... one pair for each quiz, with nothing to tell them apart. Each one is now
    named by the word it shows and then its question, as a journal's Add is (the shown word
    first: WCAG 2.5.3 Label in Name)."""
    page = open_page(viewport=DESKTOP)
    page.locator(".wc-quiz-summary").wait_for()  # every quiz is set up
    cdp = page.context.new_cdp_session(page)
    names = [
        node["name"]["value"]
        for node in cdp.send("Accessibility.getFullAXTree")["nodes"]
        if node.get("role", {}).get("value") == "button"
        and not node.get("ignored")
        and node.get("name", {}).get("value", "").startswith(QUIZ_WORDS)
    ]
    assert len(names) >= 2 * page.locator(".wc-quiz").count() - 1  # reflection: one button
    assert sorted(name for name in set(names) if names.count(name) > 1) == []
    single = quiz(page, "single")
    prompt = single.locator("legend").inner_text().strip()
    expect(single.locator(".wc-quiz__check")).to_have_accessible_name(f"Check {prompt}")
    expect(single.locator(".wc-quiz__show")).to_have_accessible_name(f"Show answer {prompt}")


def test_why_an_answer_is_needed_is_read_with_the_field_that_gets_the_focus(open_page):
    """Check (or Show a model answer) with nothing written moves the focus to the first field
    and says why: the message describes that field, so a screen reader reads it with the field,
    not only from a live region that the focus moving there can cut off."""
    page = open_page(viewport=DESKTOP)
    for name, first, button, message in [
        ("single", "input", ".wc-quiz__check", "Give an answer first. Then press Check."),
        ("match", "select", ".wc-quiz__check", "Give an answer first. Then press Check."),
        ("reflection", "textarea", ".wc-quiz__show", "Write your answer first."),
    ]:
        q = quiz(page, name)
        q.locator(button).focus()
        page.keyboard.press("Enter")
        assert message in announced(page, q.locator(first).first)[1], name
    q = quiz(page, "fill")
    q.locator(".wc-quiz__check").focus()
    page.keyboard.press("Enter")
    assert announced(page, q.locator("input.wc-quiz__blank").first)[1] == (
        "Thank you for Blank 1 of 3 (hint: a verb that ends in -ing) me know. "
        "Give an answer first. Then press Check."
    )


def test_enter_in_a_blank_checks_the_answers(open_page):
    """As Enter sends a one-line form: a learner who types the last answer and presses Enter."""
    page = open_page()
    q = quiz(page, "fill")
    blanks = q.locator("input.wc-quiz__blank")
    blanks.nth(0).fill("letting")
    blanks.nth(1).fill("interested")
    blanks.nth(2).focus()
    page.keyboard.type("don't")
    page.keyboard.press("Enter")
    assert q.locator(".wc-quiz__result").inner_text().startswith("Well done! 3 of 3 right.")
    # As after the Check button: the blanks are done with, Try again has the focus.
    assert page.evaluate("document.activeElement.textContent") == "Try again"


def test_put_in_order_with_move_buttons_and_the_keyboard(open_page):
    page = open_page()
    q = quiz(page, "order")
    q.locator(".wc-quiz__mv").first.focus()
    result = check_with_keyboard(page, q)  # the shown order is never the right one
    assert not result.startswith("Well done") and "of 4 right" in result
    # Each step's feedback comes from the answer key and stays with its step, wherever it is.
    feedback = {
        li.locator(".wc-quiz__text").inner_text(): li.locator(".wc-quiz__fb").all_inner_texts()
        for li in q.locator(".wc-quiz__order > li").all()
    }
    assert feedback["Greeting"] == ['An email starts with a greeting, like "Dear Ms. Singh,".']
    assert feedback["Closing"] == ['End with a closing, like "Best regards," and your name.']
    assert feedback["Thanks for their time"] == feedback["Request for feedback"] == []
    try_again_with_keyboard(page, q)
    assert q.locator(".wc-quiz__fb").count() == 0
    wanted = ["Greeting", "Thanks for their time", "Request for feedback", "Closing"]
    for target, text in enumerate(wanted):
        while q.locator(".wc-quiz__text").all_inner_texts().index(text) > target:
            button = q.get_by_role("button", name=f"Move up: {text}")
            button.focus()
            page.keyboard.press("Enter")
            assert page.evaluate("document.activeElement.getAttribute('aria-label')") == (
                f"Move up: {text}"
            )
    assert "now number" in q.locator(".wc-quiz__sr").inner_text()
    assert q.locator(".wc-quiz__text").all_inner_texts() == wanted
    assert check_with_keyboard(page, q) == "Well done! 4 of 4 right."


def test_a_moved_step_is_announced_without_a_stray_full_stop(open_page, base_url):
    """Steps are often sentences: "Say hello and your name: now number 2 of 5.", not ".:"."""
    page = open_page()
    page.goto(base_url + "workcom/week-1/")
    q = page.locator('[data-quiz="w1-intro-order"]')
    steps = q.locator(".wc-quiz__text").all_inner_texts()  # shown in a shuffled order
    n, step = next((n, s) for n, s in enumerate(steps) if s.endswith("."))
    way, to = ("up", n) if n else ("down", 2)
    q.get_by_role("button", name=f"Move {way}: {step}").press("Enter")
    said = q.locator(".wc-quiz__sr").inner_text()
    assert said == f"{step[:-1]}: now number {to} of 5."


def test_the_same_message_twice_is_a_change_a_screen_reader_reads_again(open_page):
    """A live region is read when its text changes: "Greeting is already first." a second time
    must change it too (a no-break space comes and goes), with the same words each time."""
    page = open_page()
    q = quiz(page, "order")
    first = q.locator(".wc-quiz__order > li").first
    name = first.locator(".wc-quiz__text").inner_text()
    up = q.get_by_role("button", name=f"Move up: {name}")
    said = []
    for _ in range(3):
        up.click()
        said.append(q.locator(".wc-quiz__sr").evaluate("e => e.textContent"))
    assert [s.strip() for s in said] == [f"{name} is already first."] * 3
    assert said[0] != said[1] != said[2]
    # The result line too: Check with nothing chosen, twice.
    check = quiz(page, "single").locator(".wc-quiz__check")
    results = []
    for _ in range(2):
        check.click()
        results.append(
            quiz(page, "single").locator(".wc-quiz__result").evaluate("e => e.textContent")
        )
    assert results[0].strip() == results[1].strip() == "Give an answer first. Then press Check."
    assert results[0] != results[1]


def test_matching_with_selects_and_the_keyboard(open_page):
    page = open_page()
    q = quiz(page, "match")
    selects = q.locator("select")
    entry = next(e for e in quiz_entries_from(page) if e["id"] == "guide-match")
    for index in range(selects.count()):
        selects.nth(index).focus()
        page.keyboard.press("ArrowDown")  # the first choice, right or not
    first = check_with_keyboard(page, q)
    assert "of 3 right" in first
    try_again_with_keyboard(page, q)
    for index, right in enumerate(entry["answers"]):
        labels = selects.nth(index).locator("option").all_inner_texts()
        selects.nth(index).focus()
        page.keyboard.press("Home")
        for _ in range(labels.index(right)):
            page.keyboard.press("ArrowDown")
    assert check_with_keyboard(page, q) == "Well done! 3 of 3 right."
    assert q.locator(".wc-quiz__fb").all_inner_texts() == [
        '"Welcome" here means you would be happy to get it.'
    ]
    welcome = q.locator(".wc-quiz__list > li", has_text="I would welcome any feedback")
    assert welcome.locator(".wc-quiz__fb").count() == 1


def quiz_entries_from(page):
    return json.loads(page.request.get(page.url.split(PATH)[0] + "quizzes.json").text())


def test_reflection_asks_for_writing_before_the_model_answer(open_page):
    page = open_page()
    q = quiz(page, "reflection")
    show = q.get_by_role("button", name="Show a model answer")
    show.focus()
    page.keyboard.press("Enter")
    assert "Write your answer first" in q.locator(".wc-quiz__result").inner_text()
    assert not q.locator(".wc-quiz__model").is_visible()
    assert page.evaluate("document.activeElement.tagName") == "TEXTAREA"
    assert not q.locator(".wc-quiz__explain").is_visible()
    page.keyboard.type("I was early.")
    tab_to(page, show)
    page.keyboard.press("Enter")
    assert q.locator(".wc-quiz__model").is_visible()
    explain = q.locator(".wc-quiz__explain")
    assert explain.is_visible() and "Yours can be different" in explain.inner_text()
    assert page.evaluate("document.activeElement.classList.contains('wc-quiz__model')")


def test_show_answer_fills_in_every_answer_with_feedback(open_page):
    page = open_page()
    q = quiz(page, "fill")
    q.get_by_role("button", name="Show answer").click()
    assert q.locator("input.wc-quiz__blank").evaluate_all("els => els.map(e => e.value)") == [
        "letting",
        "interested",
        "don't",
    ]
    assert q.locator(".wc-quiz__result").inner_text().startswith("Here is the answer")
    assert focused_text(page) == "Try again"


def test_reload_keeps_answers_and_results_and_reset_clears_them(open_page):
    page = open_page()
    quiz(page, "single").locator("input").nth(1).check()
    quiz(page, "single").locator(".wc-quiz__check").click()
    quiz(page, "fill").locator("input.wc-quiz__blank").first.fill("informing")
    quiz(page, "match").locator("select").first.select_option(index=2)
    quiz(page, "reflection").locator("textarea").fill("I had examples ready.")
    quiz(page, "reflection").locator(".wc-quiz__show").click()
    quiz(page, "true-false").get_by_role("button", name="Show answer").click()
    order_before = quiz(page, "order").locator(".wc-quiz__text").all_inner_texts()
    quiz(page, "order").locator(".wc-quiz__mv").nth(2).click()
    order_after = quiz(page, "order").locator(".wc-quiz__text").all_inner_texts()
    assert order_after != order_before
    page.reload()
    assert quiz(page, "single").locator("input").nth(1).is_checked()
    assert quiz(page, "single").locator(".wc-quiz__result").inner_text().startswith("Well done")
    assert quiz(page, "fill").locator("input.wc-quiz__blank").first.input_value() == "informing"
    assert quiz(page, "match").locator("select").first.evaluate("s => s.selectedIndex") == 2
    assert quiz(page, "reflection").locator("textarea").input_value() == "I had examples ready."
    assert quiz(page, "reflection").locator(".wc-quiz__model").is_visible()
    assert quiz(page, "true-false").locator("input").first.is_checked()
    assert quiz(page, "true-false").locator(".wc-quiz__result").inner_text().startswith("Here is")
    assert quiz(page, "order").locator(".wc-quiz__text").all_inner_texts() == order_after
    assert summary(page) == "Your score on this page: 1 of 6 right."

    asked = []
    page.once("dialog", lambda dialog: asked.append(dialog.message))
    page.get_by_role("button", name="Clear my quiz answers").click()
    assert asked == [
        "Clear your quiz answers on this page? Your writing stays. You cannot undo this."
    ]
    assert summary(page) == "Your score on this page: 0 of 6 right."
    assert not quiz(page, "single").locator("input").nth(1).is_checked()
    assert quiz(page, "single").locator(".wc-quiz__check").is_visible()
    assert quiz(page, "true-false").locator(".wc-quiz__result").inner_text() == ""
    assert quiz(page, "order").locator(".wc-quiz__text").all_inner_texts() == order_before
    # What the learner wrote stays, as the question said: Try again cannot bring it back.
    assert quiz(page, "reflection").locator("textarea").input_value() == "I had examples ready."
    stored = page.evaluate("wcStore.all().filter(r => r.kind === 'quiz').map(r => r.id)")
    assert stored == ["guide-reflection"]
    page.reload()
    assert quiz(page, "fill").locator("input.wc-quiz__blank").first.input_value() == ""
    assert quiz(page, "reflection").locator("textarea").input_value() == "I had examples ready."
    assert page.errors == []


def test_an_answer_saved_before_the_author_changed_the_quiz_is_not_shown_as_the_learners(
    open_page,
):
    """The author reordered or reworded options after the learner answered: a saved place would
    now point at an option the learner never chose. Typed words stay; choices go; both are said."""
    page = open_page()
    quiz(page, "single").locator("input").nth(1).check()
    quiz(page, "single").locator(".wc-quiz__check").click()
    quiz(page, "fill").locator("input.wc-quiz__blank").first.fill("informing")
    quiz(page, "fill").locator(".wc-quiz__check").click()
    order_before = quiz(page, "order").locator(".wc-quiz__text").all_inner_texts()
    quiz(page, "order").locator(".wc-quiz__mv").nth(2).click()
    quiz(page, "match").locator("select").first.select_option(index=2)
    quiz(page, "true-false").get_by_role("button", name="Show answer").click()
    # What the author changed (another fingerprint), and a record from before fingerprints.
    page.evaluate(
        """prefix => {
          for (const [name, v] of [['single', 'a0a0a0a0'], ['fill', 'b1b1b1b1'],
                                   ['order', 'c2c2c2c2'], ['true-false', null]]) {
            const record = JSON.parse(localStorage.getItem(prefix + 'guide-' + name));
            if (v) record.data.v = v; else delete record.data.v;
            localStorage.setItem(prefix + 'guide-' + name, JSON.stringify(record));
          }
        }""",
        STORE_PREFIX,
    )
    page.reload()

    single = quiz(page, "single")
    assert single.locator("input:checked").count() == 0
    assert single.locator(".wc-quiz__result").inner_text() == (
        "This question changed after you answered it, so your answer was cleared. "
        "Please answer it again."
    )
    assert single.locator(".wc-quiz__check").is_visible()
    assert quiz(page, "order").locator(".wc-quiz__text").all_inner_texts() == order_before
    fill = quiz(page, "fill")
    assert fill.locator("input.wc-quiz__blank").first.input_value() == "informing"
    assert fill.locator(".wc-quiz__result").inner_text() == (
        "This question changed after you answered it. Your words are still here: check them again."
    )
    assert fill.locator(".wc-quiz__check").is_visible()
    # Unchanged quizzes and a record saved before fingerprints come back as they were.
    assert quiz(page, "match").locator("select").first.evaluate("s => s.selectedIndex") == 2
    assert quiz(page, "match").locator(".wc-quiz__result").inner_text() == ""
    assert quiz(page, "true-false").locator(".wc-quiz__result").inner_text().startswith("Here is")
    saved = page.evaluate(
        "Object.fromEntries(wcStore.all().filter(r => r.kind === 'quiz').map(r => [r.id, r.data]))"
    )
    assert "guide-single" not in saved and "guide-order" not in saved
    assert saved["guide-fill"]["s"] == ""
    assert saved["guide-fill"]["v"] == fill.get_attribute("data-v")
    assert page.errors == []


def test_blanks_that_show_answer_filled_are_not_kept_as_the_learners_words_when_the_quiz_changed(
    open_page,
):
    """Show answer wrote the old quiz's answers in the blanks: after a change they were put back
    and called "Your words", in blanks that may now want other words."""
    page = open_page()
    fill = quiz(page, "fill")
    fill.get_by_role("button", name="Show answer").click()
    page.evaluate(
        """key => {
          const record = JSON.parse(localStorage.getItem(key));
          record.data.v = 'b1b1b1b1';
          localStorage.setItem(key, JSON.stringify(record));
        }""",
        STORE_PREFIX + "guide-fill",
    )
    page.reload()
    assert [b.input_value() for b in fill.locator("input.wc-quiz__blank").all()] == [""] * 3
    assert fill.locator(".wc-quiz__result").inner_text() == (
        "This question changed after you answered it, so your answer was cleared. "
        "Please answer it again."
    )
    assert page.evaluate("wcStore.load('quiz', 'guide-fill')") is None
    assert page.errors == []


def test_reset_keeps_the_email_a_learner_wrote_and_a_no_keeps_everything(browser, base_url):
    context = browser.new_context(viewport=PHONE)
    page = context.new_page()
    answers = iter([False, True])  # "Cancel", then "OK"
    page.on("dialog", lambda d: d.accept() if next(answers) else d.dismiss())
    page.goto(base_url + "workcom/week-3/")
    email = page.locator('[data-quiz="w3-my-email"] textarea')
    email.fill("Hi Dan, I need to leave at 3 on Wednesday.")
    reply = page.locator('[data-quiz="w3-reply-all"]')
    reply.locator("input").nth(1).check()
    reply.locator(".wc-quiz__check").click()
    reset = page.get_by_role("button", name="Clear my quiz answers")
    reset.click()  # Cancel
    assert reply.locator(".wc-quiz__result").inner_text().startswith("Well done")
    reset.click()  # accepted
    assert reply.locator(".wc-quiz__result").inner_text() == ""
    assert not reply.locator("input").nth(1).is_checked()
    assert email.input_value() == "Hi Dan, I need to leave at 3 on Wednesday."
    assert page.locator(".wc-quiz-summary [role=status]").inner_text() == (
        "Your quiz answers on this page were cleared."
    )
    page.reload()
    assert email.input_value() == "Hi Dan, I need to leave at 3 on Wednesday."
    context.close()


@pytest.mark.parametrize(
    "garbage",
    [
        "{not json",
        json.dumps({"v": 1, "data": 5}),
        json.dumps({"v": 1, "data": {"a": "zzz", "s": "checked"}}),
        json.dumps({"v": 1, "data": {"a": [99, "x"], "s": "shown"}}),
        json.dumps({"v": 99, "data": {"a": [1]}}),
    ],
    ids=["not-json", "number", "wrong-shape", "out-of-range", "old-version"],
)
def test_corrupt_stored_data_is_ignored_without_errors(open_page, garbage):
    page = open_page()
    page.evaluate(
        """([prefix, value]) => ['single', 'multiple', 'fill', 'order', 'match', 'reflection']
             .forEach(n => localStorage.setItem(prefix + 'guide-' + n, value))""",
        [STORE_PREFIX, garbage],
    )
    page.reload()
    assert page.errors == []
    assert page.locator(".wc-quiz__actions").count() == 7
    q = quiz(page, "single")
    if q.locator(".wc-quiz__again").is_visible():
        q.locator(".wc-quiz__again").click()
    q.locator("input").nth(1).check()
    q.locator(".wc-quiz__check").click()
    assert q.locator(".wc-quiz__result").inner_text().startswith("Well done")


def test_the_registry_helper_answers_every_quiz_on_the_page(open_page, site_dir):
    page = open_page(viewport=DESKTOP)
    entries = quiz_entries(site_dir, PATH)
    results = answer_every_quiz_correctly(page, entries)
    assert len(results) == 7
    assert summary(page) == "Your score on this page: 6 of 6 right."


def test_the_registry_helper_fails_on_a_wrong_answer_key(open_page, site_dir):
    page = open_page(viewport=DESKTOP)
    entries = [e for e in quiz_entries(site_dir, PATH) if e["id"] == "guide-single"]
    entries[0]["answers"] = [0]
    with pytest.raises(AssertionError, match="guide-single"):
        answer_every_quiz_correctly(page, entries)


def test_without_javascript_the_answers_are_in_show_answer_boxes(open_page):
    page = open_page(javascript=False)
    assert page.locator(".wc-quiz__btn").count() == 0
    details = page.locator("details.wc-quiz__answer")
    assert details.count() == 7
    first = quiz(page, "single").locator("details")
    assert not first.locator("li").first.is_visible()
    first.locator("summary").click()
    assert "Right: Take time to feel calm" in first.inner_text()
    assert "A calm mind helps you see" in first.inner_text()


def test_printing_gives_a_worksheet_without_answers_or_buttons(open_page):
    page = open_page(viewport=DESKTOP)
    quiz(page, "fill").get_by_role("button", name="Show answer").click()
    page.emulate_media(media="print")
    assert page.locator(".wc-quiz__btn:visible").count() == 0
    assert page.locator(".wc-quiz__fb:visible, .wc-quiz__answer:visible").count() == 0
    assert page.locator(".wc-quiz__mark:visible, .wc-quiz-summary:visible").count() == 0
    color = (
        quiz(page, "fill")
        .locator("input.wc-quiz__blank")
        .first.evaluate("e => getComputedStyle(e).color")
    )
    assert color == "rgba(0, 0, 0, 0)"  # the filled-in answer does not print
    assert quiz(page, "match").locator(".wc-quiz__print").is_visible()
    page.emulate_media(media="screen")
    assert page.locator(".wc-quiz__btn:visible").count() > 0  # negative control


def test_a_printed_worksheet_shows_no_choice_after_check_or_show_answer(open_page):
    """The filled look of a chosen box after Check is for the screen: on paper, a single and a
    multiple choice quiz stay blank, as the fill-in blanks do."""
    page = open_page(viewport=DESKTOP)
    quiz(page, "single").locator("input").first.check()
    quiz(page, "single").locator(".wc-quiz__check").click()
    quiz(page, "multiple").get_by_role("button", name="Show answer").click()
    boxes = page.locator('[data-quiz="guide-single"] input, [data-quiz="guide-multiple"] input')
    look = "a => a.filter(e => e.checked).map(e => getComputedStyle(e).backgroundColor)"
    assert "rgba(0, 0, 0, 0)" not in boxes.evaluate_all(look)  # on screen: filled
    page.emulate_media(media="print")
    assert set(boxes.evaluate_all(look)) == {"rgba(0, 0, 0, 0)"}


@pytest.mark.parametrize("viewport", [PHONE, DESKTOP], ids=["phone", "desktop"])
def test_axe_finds_no_violations_in_any_quiz_state(open_page, viewport):
    page = open_page(viewport=viewport)
    quiz(page, "single").locator("input").first.check()
    quiz(page, "single").locator(".wc-quiz__check").click()
    quiz(page, "fill").get_by_role("button", name="Show answer").click()
    quiz(page, "reflection").locator("textarea").fill("Something.")
    quiz(page, "reflection").locator(".wc-quiz__show").click()
    results = Axe().run(
        page,
        context={"include": [[".wc-quiz"], [".wc-quiz-summary"]]},
        options={"runOnly": {"type": "tag", "values": AXE_TAGS}},
    )
    violations = results.response["violations"]
    assert [(v["id"], [n["target"] for n in v["nodes"]]) for v in violations] == []
    assert results.response["passes"], "axe checked nothing"


@pytest.mark.parametrize("viewport", [PHONE], ids=["phone"])
def test_every_quiz_control_is_at_least_44px_at_phone_width(open_page, viewport):
    page = open_page(viewport=viewport)
    small = page.evaluate(
        """() => [...document.querySelectorAll(
               '.wc-quiz button, .wc-quiz select, .wc-quiz input[type=text], .wc-quiz__choice,'
               + ' .wc-quiz-summary button')]
             .map(e => [e.className || e.tagName, e.getBoundingClientRect()])
             .filter(([, r]) => r.width > 0 && (r.height < 44 || r.width < 44))
             .map(([name, r]) => name + ' ' + r.width + 'x' + r.height)"""
    )
    assert small == []
    assert page.locator(".wc-quiz__check").count() == 6  # the check looked at real buttons


# Each outlined quiz button (all but Check, which is filled) and the contrast of its border
# against the page (WCAG relative luminance), in the palette the page shows.
BORDER_CONTRAST = f"""() => {{
  {CONTRAST}
  const page = over(rgba(getComputedStyle(document.body).backgroundColor), [255, 255, 255]);
  return [...document.querySelectorAll('.wc-quiz__btn:not(.wc-quiz__check)')]
    .filter(b => b.checkVisibility())
    .map(b => {{
      const ratioToPage = ratio(over(rgba(getComputedStyle(b).borderTopColor), page), page);
      return [b.textContent, Math.round(ratioToPage * 10) / 10];
    }});
}}"""


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_outlined_quiz_buttons_stand_out_from_the_page_in_both_palettes(browser, base_url, scheme):
    """WCAG 1.4.11: the border that shows each outlined button has 3:1 against the page."""
    context = browser.new_context(viewport=DESKTOP, color_scheme=scheme)
    page = context.new_page()
    page.goto(base_url + PATH)
    palette = "slate" if scheme == "dark" else "default"
    page.wait_for_function(f"document.body.dataset.mdColorScheme === '{palette}'")
    page.locator(".wc-quiz-summary").wait_for()  # every quiz is set up
    contrasts = page.evaluate(BORDER_CONTRAST)
    assert {name for name, _ in contrasts} >= {"Show answer", "Move up", "Move down"}
    assert [(name, ratio) for name, ratio in contrasts if not ratio >= 3] == []  # NaN fails too
    context.close()


# For each box and circle of the checked quizzes: was it chosen, the contrast of its fill and of
# its border against the page, and its opacity; and the opacity of each checked quiz's lists.
CHOSEN_AFTER_CHECK = f"""() => {{
  {CONTRAST}
  const page = over(rgba(getComputedStyle(document.body).backgroundColor), [255, 255, 255]);
  const against = color => Math.round(ratio(over(rgba(color), page), page) * 10) / 10;
  const boxes = [...document.querySelectorAll('fieldset:disabled .wc-quiz__choice input')]
    .map(i => {{
      const s = getComputedStyle(i);
      return [i.checked, against(s.backgroundColor), against(s.borderTopColor), s.opacity];
    }});
  const lists = [...document.querySelectorAll('fieldset:disabled select')]
    .map(s => getComputedStyle(s).opacity);
  return {{boxes, lists}};
}}"""


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_after_check_the_learner_still_sees_what_they_chose(browser, base_url, scheme):
    """Chromium draws a disabled box pale grey whether ticked or not, and a disabled list at 70%:
    after Check (which disables the quiz) a learner must still see their own answers."""
    context = browser.new_context(viewport=PHONE, color_scheme=scheme)
    page = context.new_page()
    page.goto(base_url + PATH)
    page.wait_for_function(
        f"document.body.dataset.mdColorScheme === '{'slate' if scheme == 'dark' else 'default'}'"
    )
    page.locator(".wc-quiz-summary").wait_for()
    for name in ("single", "multiple", "match"):
        q = quiz(page, name)
        if name == "match":
            q.locator("select").first.select_option(index=1)
        else:
            q.locator("input").first.check()
        q.locator(".wc-quiz__check").click()
    seen = page.evaluate(CHOSEN_AFTER_CHECK)
    chosen = [box for box in seen["boxes"] if box[0]]
    others = [box for box in seen["boxes"] if not box[0]]
    assert len(chosen) == 2 and len(others) >= 4  # one in each of the two choice quizzes
    assert all(fill >= 3 and border >= 3 and opacity == "1" for _, fill, border, opacity in chosen)
    assert all(fill < 1.5 and border >= 3 for _, fill, border, _ in others)  # empty, outlined
    assert seen["lists"] and set(seen["lists"]) == {"1"}
    context.close()


def test_a_screen_reader_hears_right_and_not_right_without_the_marks(open_page):
    """The check and cross marks are for the eye; the accessibility tree has the words alone."""
    page = open_page(viewport=DESKTOP)
    q = quiz(page, "order")
    q.locator(".wc-quiz__check").click()
    tree = q.locator(".wc-quiz__list").aria_snapshot()
    assert "Right Greeting" in tree and "Not right Closing" in tree
    assert "✓" not in tree and "✗" not in tree
    assert (
        q.locator(".wc-quiz__mark")
        .first.evaluate("m => getComputedStyle(m, '::before').content")
        .startswith('"✓')
    )  # still drawn


def test_learner_text_is_never_inserted_as_html(open_page):
    page = open_page()
    attack = '<img src=x onerror="window.hacked=1">'
    quiz(page, "fill").locator("input.wc-quiz__blank").first.fill(attack)
    quiz(page, "fill").locator(".wc-quiz__check").click()
    quiz(page, "reflection").locator("textarea").fill(attack)
    quiz(page, "reflection").locator(".wc-quiz__show").click()
    page.reload()
    assert quiz(page, "reflection").locator("textarea").input_value() == attack  # it was saved
    assert page.locator(".wc-quiz img").count() == 0
    assert page.evaluate("window.hacked") is None


def test_quizzes_still_work_when_storage_is_turned_off(browser, base_url):
    context = browser.new_context(viewport=PHONE)
    context.add_init_script(
        "Storage.prototype.setItem = function () { throw new Error('QuotaExceededError'); };"
    )
    page = context.new_page()
    errors = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    page.goto(base_url + PATH)
    q = quiz(page, "single")
    q.locator("input").nth(1).check()
    q.locator(".wc-quiz__check").click()
    assert q.locator(".wc-quiz__result").inner_text().startswith("Well done")
    assert "not saving your work" in page.locator(".wc-store-notice").first.inner_text()
    assert errors == []
    context.close()


# Each .wc-store-notice put in the page from now on: its role and its text as it came in.
WATCH_NOTICES = """() => {
  window.notices = [];
  new MutationObserver(records => records.forEach(r => r.addedNodes.forEach(n => {
    if (n.classList && n.classList.contains("wc-store-notice")) {
      window.notices.push([n.getAttribute("role"), n.textContent]);
    }
  }))).observe(document.body, { childList: true, subtree: true });
}"""


def test_storage_that_fills_up_while_the_learner_works_is_announced(browser, base_url):
    """WCAG 4.1.3: the notice comes in with its words, at the top of the page, far from the quiz
    the learner answers. A status region is read when its words change, not when it arrives
    with them: this one must be an alert (read as it arrives), or come in empty."""
    context = browser.new_context(viewport=PHONE)
    page = context.new_page()
    page.goto(base_url + PATH)
    page.evaluate(WATCH_NOTICES)
    page.evaluate(
        "() => { Storage.prototype.setItem = () => { throw new Error('QuotaExceededError'); }; }"
    )
    q = quiz(page, "single")
    q.locator("input").nth(1).check()
    q.locator(".wc-quiz__check").click()
    notices = page.evaluate("window.notices")
    # The notice at the top of the page, and one under the quiz that is read out as it arrives.
    assert len(notices) == 2
    assert [role for role, _ in notices].count("alert") == 1  # read once, not twice
    alert = page.locator('.wc-store-notice[role="alert"]')
    assert "not saving your work" in alert.inner_text()
    assert alert.evaluate("n => n.previousElementSibling.matches('fieldset')")  # under the quiz
    # Set apart from the quiz's own text (bold, a bar at its side), not one more paragraph.
    look = alert.evaluate(
        "n => [getComputedStyle(n).fontWeight, getComputedStyle(n).borderLeftWidth]"
    )
    assert look[0] == "700" and float(look[1].removesuffix("px")) >= 3
    context.close()


# Per quiz type: how far its first answer line starts right of its prompt, in pixels.
INDENTS = """() => Object.fromEntries([...document.querySelectorAll(".wc-quiz[data-type]")]
  .filter(q => q.querySelector(".wc-quiz__list > li"))
  .map(q => [q.dataset.type, Math.round(q.querySelector(".wc-quiz__list > li")
    .getBoundingClientRect().left - q.querySelector(".wc-quiz__prompt")
    .getBoundingClientRect().left)]))"""


def test_answers_without_numbers_start_under_the_prompt_on_a_phone(open_page):
    """Material indents every list item 20 px; a phone has no width to spare for it."""
    indents = open_page(PHONE).evaluate(INDENTS)
    assert {"single", "multiple", "true-false", "match", "order", "fill"} <= set(indents)
    assert {kind: indent for kind, indent in indents.items() if kind != "fill"} == {
        kind: 0 for kind in indents if kind != "fill"
    }
    assert indents["fill"] > 20  # numbered: room for the numbers


# A slow phone: each reading of the clock has moved on by a second, so quiz.js sets up one quiz
# per task. When the first quiz's buttons appear, the learner shows its answer at once, before
# the next quiz is set up (a MutationObserver's callback runs before the next task).
SLOW_CLOCK = "(() => { let now = 0; performance.now = () => (now += 1000); })();"
SHOW_FIRST_ANSWER = """
window.seenAtFirstTap = null;
new MutationObserver((records, observer) => {
  const ready = document.querySelectorAll(".wc-quiz__actions");
  if (!ready.length) return;
  observer.disconnect();
  const all = document.querySelectorAll(".wc-quiz[data-quiz]").length;
  window.seenAtFirstTap = {ready: ready.length, all: all};
  ready[0].querySelector(".wc-quiz__show").click();
}).observe(document, {childList: true, subtree: true});
"""


def test_quizzes_are_set_up_a_few_per_task_and_a_tap_in_between_is_answered(browser, base_url):
    context = browser.new_context(viewport=PHONE)
    context.add_init_script(SLOW_CLOCK)
    context.add_init_script(SHOW_FIRST_ANSWER)
    page = context.new_page()
    errors = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    page.goto(base_url + PATH)
    page.locator(".wc-quiz-summary__text").wait_for()
    seen = page.evaluate("window.seenAtFirstTap")
    assert seen["ready"] == 1 < seen["all"]  # the tap came while the others were not set up
    first = page.locator(".wc-quiz[data-quiz]").first
    assert first.locator(".wc-quiz__result").inner_text().startswith("Here is the answer")
    assert page.locator(".wc-quiz__actions").count() == seen["all"]
    assert summary(page).startswith("Your score on this page: 0 of")
    assert errors == []
    context.close()
