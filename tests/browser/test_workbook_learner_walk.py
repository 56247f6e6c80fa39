"""What a learner walk found: a clear is undone, a goal shows whole on a phone, the email to
the instructor keeps its ending and the scores of the weeks, settings are not work, quizzes are
named by their question, an email with no address says to add one, the Clear all question is
all in sight and Esc answers No, and the work is listed in course order."""

from __future__ import annotations

import itertools
import json
from pathlib import Path
from urllib.parse import unquote

from tests.browser.conftest import DESKTOP, PHONE
from tests.support.html import soup_of

MY_WORK = "my-work/"
BEFORE = "workcom/before-you-begin/"
PREFIX = "wc|/|"
TO_LINE = "Type your instructor's email address in the To line."


def status(box, starts: str) -> str:
    """The box's status line, once it says something that starts so (it is set a moment after)."""
    line = box.locator(".wc-status")
    line.page.wait_for_function(
        "([s, t]) => s.textContent.startsWith(t)", arg=[line.element_handle(), starts]
    )
    return line.inner_text()


def put(page, records: dict[str, object], saved: str | None = None) -> None:
    """Write records into the site's storage as the components save them (now, or at `saved`)."""
    page.evaluate(
        """([r, saved]) => Object.entries(r).forEach(([k, data]) => localStorage.setItem(k,
            JSON.stringify({v: 1, saved: saved || new Date().toISOString(), data})))""",
        [records, saved],
    )


def mailto_body(page) -> str:
    href = page.get_by_role("link", name="Send to my instructor").get_attribute("href")
    return unquote(href.split("&body=", 1)[1]).replace("\r\n", "\n")


# --- "Clear my answers" and "Clear my details" can be undone -----------------------------------


def test_clear_my_answers_on_a_checklist_can_be_undone_by_keyboard(page, base_url):
    page.goto(base_url + BEFORE)
    checklist = page.locator("#checklist-bb-self-assessment")
    radios = checklist.locator("fieldset[data-row]")
    for n in range(radios.count()):
        radios.nth(n).get_by_label("With help").check()
    checklist.get_by_label("Goal 1").fill("By Week 2 I will leave one voicemail for my manager.")
    checklist.get_by_label("Goal 2").fill("Ask one question in every meeting.")
    before = checklist.evaluate(
        "c => [...c.querySelectorAll('input, textarea')].map(e => e.checked + e.value)"
    )
    stored = page.evaluate(f"localStorage.getItem('{PREFIX}{BEFORE}|checklist|bb-self-assessment')")

    clear = checklist.get_by_role("button", name="Clear my answers")
    clear.focus()
    page.keyboard.press("Enter")
    assert status(checklist, "Your answers were cleared.") == "Your answers were cleared. Undo"
    assert checklist.locator("input:checked").count() == 0
    assert checklist.get_by_label("Goal 1").input_value() == ""
    key = f"{PREFIX}{BEFORE}|checklist|bb-self-assessment"
    assert page.evaluate(f"localStorage.getItem('{key}')") is None

    page.keyboard.press("Tab")  # the next stop after Clear is Undo
    undo = checklist.get_by_role("button", name="Undo")
    assert undo.evaluate("b => b === document.activeElement")
    page.keyboard.press("Enter")
    assert status(checklist, "Your answers") == "Your answers are back."
    after = checklist.evaluate(
        "c => [...c.querySelectorAll('input, textarea')].map(e => e.checked + e.value)"
    )
    assert after == before
    assert clear.evaluate("b => b === document.activeElement")  # the focus is not lost
    saved = json.loads(page.evaluate(f"localStorage.getItem('{key}')"))
    assert saved["data"] == json.loads(stored)["data"]


def test_clear_my_answers_on_a_peer_review_can_be_undone(page, base_url):
    page.goto(base_url + "workcom/week-2/")
    review = page.locator(".wc-rubric").first
    review.get_by_label("Whose work are you reviewing?").fill("Amina")
    review.get_by_label("Your name").fill("Tomás")
    rows = review.locator("fieldset[data-row]")
    for n in range(rows.count()):
        rows.nth(n).get_by_role("radio").last.check()
        rows.nth(n).get_by_label("Comment").fill(f"Comment {n}: clear and polite.")
    before = review.evaluate(
        "c => [...c.querySelectorAll('input, textarea')].map(e => e.checked + e.value)"
    )
    review.get_by_role("button", name="Clear my answers").click()
    assert review.get_by_label("Whose work are you reviewing?").input_value() == ""
    review.get_by_role("button", name="Undo").click()
    assert status(review, "Your answers are back.")
    page.reload()
    after = review.evaluate(
        "c => [...c.querySelectorAll('input, textarea')].map(e => e.checked + e.value)"
    )
    assert after == before


def test_undo_goes_away_once_the_learner_starts_again(page, base_url):
    """Undo would replace what was typed after the clear: it is offered only until then."""
    page.goto(base_url + BEFORE)
    checklist = page.locator("#checklist-bb-self-assessment")
    checklist.get_by_label("Goal 1").fill("Old goal")
    checklist.get_by_role("button", name="Clear my answers").click()
    undo = checklist.get_by_role("button", name="Undo")
    undo.wait_for()
    checklist.get_by_label("Goal 1").fill("New goal")
    assert undo.count() == 0
    assert checklist.locator(".wc-status").inner_text() == ""  # "cleared" is no longer true
    assert checklist.get_by_label("Goal 1").input_value() == "New goal"


def test_a_second_tap_on_clear_keeps_the_first_undo(page, base_url):
    """A second Clear offered an Undo of the empty form: the work was lost, and Undo said
    "Your answers are back."."""
    page.goto(base_url + BEFORE)
    checklist = page.locator("#checklist-bb-self-assessment")
    checklist.locator("fieldset[data-row]").first.get_by_label("With help").check()
    checklist.get_by_label("Goal 1").fill("Ask one question a day.")
    clear = checklist.get_by_role("button", name="Clear my answers")
    clear.click()
    assert status(checklist, "Your answers were cleared.") == "Your answers were cleared. Undo"
    clear.click()
    page.wait_for_timeout(100)  # a message is set a moment after the tap
    assert checklist.locator(".wc-status").inner_text() == "Your answers were cleared. Undo"
    checklist.get_by_role("button", name="Undo").click()
    assert status(checklist, "Your answers") == "Your answers are back."
    assert checklist.get_by_label("Goal 1").input_value() == "Ask one question a day."
    assert checklist.locator("input:checked").count() == 1
    clear.click()  # cleared, then Undo gone with a change: a tap on an empty form says so
    status(checklist, "Your answers were cleared.")
    checklist.get_by_label("Goal 1").fill("x")
    checklist.get_by_label("Goal 1").fill("")
    assert checklist.get_by_role("button", name="Undo").count() == 0
    clear.click()
    assert status(checklist, "There is nothing") == "There is nothing to clear."


def test_a_second_tap_on_clear_my_details_keeps_the_first_undo(page, base_url):
    page.goto(base_url + "lessons/when-you-dont-get-the-job/")
    letter = page.locator(".wc-letter").first
    letter.get_by_role("button", name="Make it yours").click()
    field = letter.locator("input[data-placeholder]").first
    field.fill("Amira")
    clear = letter.get_by_role("button", name="Clear my details")
    clear.click()
    status(letter, "Your details were cleared.")
    clear.click()
    page.wait_for_timeout(100)
    letter.get_by_role("button", name="Undo").click()
    assert status(letter, "Your details") == "Your details are back."
    assert field.input_value() == "Amira"


def test_a_choice_after_a_clear_takes_away_its_message_and_undo(page, base_url):
    page.goto(base_url + BEFORE)
    checklist = page.locator("#checklist-bb-self-assessment")
    first = checklist.locator("fieldset[data-row]").first
    first.get_by_label("With help").check()
    checklist.get_by_role("button", name="Clear my answers").click()
    assert status(checklist, "Your answers were cleared.") == "Your answers were cleared. Undo"
    first.get_by_label("On my own").check()
    assert checklist.get_by_role("button", name="Undo").count() == 0
    assert checklist.locator(".wc-status").inner_text() == ""


def test_undo_comes_into_sight_after_a_tap_on_clear_at_the_foot_of_the_screen(page, base_url):
    page.set_viewport_size(PHONE)
    page.goto(base_url + BEFORE)
    checklist = page.locator("#checklist-bb-self-assessment")
    checklist.get_by_label("Goal 1").fill("Old goal")
    clear = checklist.get_by_role("button", name="Clear my answers")
    box = clear.bounding_box()  # the button on the last line of the screen, then a tap on it
    page.evaluate("y => window.scrollBy(0, y)", box["y"] + box["height"] - PHONE["height"] + 2)
    box = clear.bounding_box()
    page.mouse.click(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)
    undo = checklist.get_by_role("button", name="Undo")
    undo.wait_for()
    page.wait_for_timeout(300)  # a smooth scroll, if any, has ended
    shown = undo.bounding_box()
    assert shown["y"] >= 0 and shown["y"] + shown["height"] <= PHONE["height"] + 1


# --- Goals show whole on a phone ---------------------------------------------------------------


def test_a_long_goal_shows_whole_on_a_phone_and_saved_goals_still_load(page, base_url):
    page.set_viewport_size(PHONE)
    page.goto(base_url + BEFORE)
    goal = "By Week 2 I will leave one voicemail for my manager when I am sick or late."
    key = f"{PREFIX}{BEFORE}|checklist|bb-self-assessment"
    put(page, {key: {"title": "My communication skills at work", "items": [], "goals": [goal]}})
    page.reload()
    field = page.locator("#checklist-bb-self-assessment").get_by_label("Goal 1")
    assert field.input_value() == goal  # saved by the one-line field: still loads
    hidden = field.evaluate("e => [e.scrollHeight - e.clientHeight, e.scrollWidth - e.clientWidth]")
    assert hidden == [0, 0]
    assert field.bounding_box()["height"] > 60  # more than one line
    field.fill("A short goal")
    assert field.bounding_box()["height"] < 60  # and one line again for a short one


# --- The summary email to the instructor --------------------------------------------------------


def every_quiz(site_dir: Path) -> dict[str, tuple[str, str]]:
    """Storage key -> (page, question) of every quiz of the built site."""
    out = {}
    for path in sorted(site_dir.rglob("*.html")):
        url = path.relative_to(site_dir).as_posix().removesuffix("index.html")
        for quiz in soup_of(path).select(".wc-quiz[data-quiz]"):
            title = " ".join(quiz.select_one("legend").get_text().split())
            out[f"{PREFIX}{url}|quiz|{quiz['data-quiz']}"] = (url, title)
    return out


# Every activity of every page in My work's index, done; the counted pages' titles and counts.
DO_EVERYTHING = """() => {
  const index = JSON.parse(document.getElementById('wc-my-work-index').textContent);
  for (const p of index.pages) for (const i of p.items) {
    const data = i.kind === 'journal' ? {title: i.title, lists: [{prompt: 'Q', entries: ['N']}]}
      : i.kind === 'letter' ? {title: i.title, fields: {Name: 'Ana'}, text: 'Dear Sam,'}
      : {title: i.title, items: [{text: 'I can do it.', level: 'Yes'}], goals: ['A goal']};
    localStorage.setItem(`wc|/|${p.url}|${i.kind}|${i.id}`,
      JSON.stringify({v: 1, saved: new Date().toISOString(), data}));
  }
  return index.pages.filter(p => p.progress !== false)
    .map(p => [p.title, p.items.length, (p.quizzes || []).length]);
}"""
WEEK_3 = "workcom/week-3/"


def test_the_summary_email_of_a_learner_who_did_everything_keeps_its_ending(
    page, base_url, site_dir
):
    """Everything done, every quiz checked: the email says each page's counts, then the quizzes
    of the page worked on last. In course order, Week 3's quizzes were cut off after Week 1's,
    when Week 3 was the week the instructor asked about."""
    quizzes = every_quiz(site_dir)
    assert len(quizzes) > 40
    page.goto(base_url + MY_WORK)
    checked = {
        k: {"a": [0], "s": "checked", "p": 1, "m": 1, "title": t} for k, (_, t) in quizzes.items()
    }
    later = {k: d for k, d in checked.items() if quizzes[k][0] == WEEK_3}
    assert len(later) > 3
    put(page, {k: d for k, d in checked.items() if k not in later}, "2026-11-20T18:00:00.000Z")
    put(page, later, "2026-11-27T18:00:00.000Z")
    pages = page.evaluate(DO_EVERYTHING)
    page.reload()
    body = mailto_body(page)

    # Email apps cut off or refuse a longer link: the link, encoded as it is, counts.
    href = page.get_by_role("link", name="Send to my instructor").get_attribute("href")
    assert len(href) <= 2000
    assert body.startswith("Hello,\n\nHere is a short summary of my work on ")
    assert body.endswith(
        "\n(more in the attached file)\n\n"
        "My full work is in the file I attached (my-work.txt).\n\nThank you"
    )
    # Every page's line, each with its quizzes' count and score.
    for title, items, count in pages:
        quizzes_said = (
            f". Quizzes: {count} of {count} done, score {count} of {count}" if count else ""
        )
        assert f"- {title}: {items} of {items} done{quizzes_said}" in body.split("\n"), title
    # Then the page worked on last, Week 3, its quizzes in the page's own order (storage gives
    # its keys in another), whole lines only: each a question and its score.
    after = body.split("My quizzes. The page I worked on last comes first:\n\n", 1)[1]
    lines = after.split("\n(more")[0].split("\n")
    assert lines[0] == "Week 3: Working together"
    on_page = [t for url, t in quizzes.values() if url == WEEK_3]
    week = list(itertools.takewhile(bool, lines[1:]))  # up to the next page's blank line
    assert len(week) >= 3
    assert all(line.startswith("- ") and line.endswith(" Score: 1 of 1") for line in week)
    assert [line[2:].removesuffix(" Score: 1 of 1") for line in week] == on_page[: len(week)]


def test_my_work_lists_the_work_and_writes_the_file_in_course_order(
    page, base_url, site_dir, tmp_path
):
    quizzes = every_quiz(site_dir)
    lesson = [k for k, (url, _) in quizzes.items() if url.startswith("lessons/")][:1]
    # Two quizzes of Before you begin, the one whose id sorts first placed last on the page.
    before = [k for k, (url, _) in quizzes.items() if url == BEFORE]
    pair = next((a, b) for a, b in itertools.pairwise(before) if a > b)
    chosen = [*lesson, pair[1], pair[0]]  # storage gives them in the order of their keys
    page.goto(base_url + MY_WORK)
    put(
        page,
        {k: {"a": [0], "s": "checked", "p": 1, "m": 1, "title": quizzes[k][1]} for k in chosen},
    )
    page.reload()
    in_order = [quizzes[k][1] for k in (pair[0], pair[1], lesson[0])]
    shown = page.locator(".wc-mywork__kind[data-kind=quiz] h4").all_inner_texts()
    assert [" ".join(t.split()) for t in shown] == in_order

    with page.expect_download() as info:
        page.get_by_role("button", name="Download (.txt)").click()
    info.value.save_as(tmp_path / "my-work.txt")
    text = (tmp_path / "my-work.txt").read_text(encoding="utf-8")
    heads = [line for line in text.split("\n") if line.startswith("== ")]
    assert [h.split("== ", 1)[1].rsplit(" (", 1)[0] for h in heads] == in_order


def test_a_page_with_quizzes_only_is_named_by_its_title_in_its_place(page, base_url):
    """A page with quizzes and no workbook activity was not in My work's index: its quizzes
    said "On the page instructors/authoring-quizzes/" and came after every other page's. The
    pages outside the weeks came by address: a guide For instructors before the lesson."""
    page.goto(base_url + MY_WORK)
    guide = f"{PREFIX}instructors/authoring-quizzes/|quiz|guide-single"
    lesson = f"{PREFIX}lessons/when-you-dont-get-the-job/|quiz|lesson-first-step"
    put(page, {k: {"a": [0], "s": "checked", "p": 1, "m": 1, "title": k} for k in (guide, lesson)})
    page.reload()
    records = page.locator(".wc-mywork__kind[data-kind=quiz] .wc-mywork__meta")
    said = [" ".join(t.split()) for t in records.all_inner_texts()]
    # The lesson first, as in the navigation (the guide is For instructors).
    assert said[0].startswith("On the page What to do when you don't get the job.")
    assert said[1].startswith("On the page Authoring guide: quizzes.")
    index = page.evaluate("JSON.parse(document.getElementById('wc-my-work-index').textContent)")
    listed = next(p for p in index["pages"] if p["url"] == "instructors/authoring-quizzes/")
    assert listed["progress"] is False and listed["items"] == []  # not in "What you have done"


def test_a_short_summary_is_sent_whole(page, base_url):
    page.goto(base_url + MY_WORK)
    key = f"{PREFIX}workcom/week-1/|quiz|w1-heads-up"
    put(page, {key: {"a": [1], "s": "checked", "p": 1, "m": 1, "title": "What should you do?"}})
    page.reload()
    body = mailto_body(page)
    assert "- What should you do? Score: 1 of 1\n\nMy full work is in the file" in body
    assert "(more in the attached file)" not in body


# --- Settings are not work ---------------------------------------------------------------------


def test_a_setting_is_not_listed_as_work_but_is_kept_in_the_backup(page, base_url, tmp_path):
    page.goto(base_url + MY_WORK)
    put(page, {f"{PREFIX}|setting|instructor-view": {"on": False}})  # turned on, then off
    page.reload()
    shown = page.locator("#wc-my-work").inner_text()
    assert "Nothing is saved yet" in shown
    assert "setting" not in shown and "instructor-view" not in shown
    assert "setting" not in mailto_body(page)

    with page.expect_download() as info:
        page.get_by_role("button", name="Download (.txt)").click()
    info.value.save_as(tmp_path / "my-work.txt")
    assert "instructor-view" not in (tmp_path / "my-work.txt").read_text(encoding="utf-8")

    with page.expect_download() as info:  # the .json file is a backup: settings and all
        page.get_by_role("button", name="Download a backup (.json)").click()
    info.value.save_as(tmp_path / "my-work.json")
    records = json.loads((tmp_path / "my-work.json").read_text(encoding="utf-8"))["records"]
    assert [(r["kind"], r["id"], r["data"]) for r in records] == [
        ("setting", "instructor-view", {"on": False})
    ]
    page.evaluate("localStorage.clear()")
    page.reload()
    page.get_by_label("Import my work from a backup").set_input_files(
        str(tmp_path / "my-work.json")
    )
    page.wait_for_function(
        "() => document.querySelector('#wc-my-work .wc-status').textContent == 'Imported 0 items.'"
    )
    assert page.evaluate(f"localStorage.getItem('{PREFIX}|setting|instructor-view')")


# --- Quizzes are named by their question ------------------------------------------------------


def test_a_quiz_is_shown_by_its_question_and_a_shared_question_by_its_page(page, base_url):
    page.goto(base_url + MY_WORK)
    same = "Match each phrase to its purpose."
    quiz = {"a": [0], "s": "checked", "m": 3}
    put(
        page,
        {
            f"{PREFIX}lessons/when-you-dont-get-the-job/|quiz|lesson-phrase-purpose": {
                **quiz,
                "p": 2,
                "title": same,
            },
            f"{PREFIX}workcom/week-1/|quiz|w1-clarify-match": {**quiz, "p": 3, "title": same},
            f"{PREFIX}workcom/week-1/|quiz|w1-heads-up": {
                **quiz,
                "p": 1,
                "title": "What should you do?",
            },
        },
    )
    page.reload()
    headings = page.locator(".wc-mywork__record[data-kind=quiz] h4").all_inner_texts()
    assert sorted(headings) == [
        f"{same} (Week 1: Communicating with others at work)",
        f"{same} (What to do when you don't get the job)",
        "What should you do?",
    ]
    # The id is for scripts and tests only.
    assert page.locator(".wc-mywork__record[data-id=w1-heads-up] h4").inner_text() == (
        "What should you do?"
    )
    body = mailto_body(page)
    # In the email, under the page's title: its quizzes are listed page by page.
    assert f"\nWeek 1: Communicating with others at work\n- {same} Score: 3 of 3\n" in body
    assert "w1-" not in body and "lesson-" not in body


# --- An email with no address says to add one --------------------------------------------------


def catch_mailto(page, selector: str) -> None:
    """Keep Chromium from handing the mailto: link to an email app."""
    page.evaluate(
        "s => document.querySelector(s).addEventListener('click', e => e.preventDefault())",
        selector,
    )


def test_page_feedback_with_no_contact_address_says_to_type_the_instructors(page, base_url):
    page.goto(base_url + "workcom/week-1/")
    box = page.locator("#helpful")
    box.get_by_role("button", name="Yes").click()
    link = box.get_by_role("link", name="Write an email about this page")
    assert link.get_attribute("href").startswith("mailto:?")  # no address on this site
    catch_mailto(page, "#helpful a[data-action=email]")
    link.click()
    page.wait_for_function(
        "() => document.querySelector('#helpful .wc-status').textContent.includes('opens')"
    )
    said = box.locator(".wc-status").inner_text()
    assert TO_LINE in said

    page.goto(base_url + MY_WORK)  # My work says the same
    catch_mailto(page, "#wc-my-work a[data-action=email]")
    page.get_by_role("link", name="Send to my instructor").click()
    page.wait_for_function(
        "() => document.querySelector('#wc-my-work .wc-status').textContent.includes('opens')"
    )
    said = page.locator("#wc-my-work .wc-status").inner_text()
    assert TO_LINE in said and "Attach your file my-work.txt." in said


def test_page_feedback_with_a_contact_address_does_not_ask_for_one(page, base_url):
    def with_contact(route):
        response = route.fetch()
        html = response.text().replace('data-contact=""', 'data-contact="teacher@school.ca"')
        route.fulfill(response=response, body=html)

    page.route("**/workcom/week-1/", with_contact)
    page.goto(base_url + "workcom/week-1/")
    box = page.locator("#helpful")
    box.get_by_role("button", name="No").click()
    link = box.get_by_role("link", name="Write an email about this page")
    assert link.get_attribute("href").startswith("mailto:teacher@school.ca?subject=")
    catch_mailto(page, "#helpful a[data-action=email]")
    link.click()
    page.wait_for_function(
        "() => document.querySelector('#helpful .wc-status').textContent.includes('opens')"
    )
    assert "To line" not in box.locator(".wc-status").inner_text()


# --- "Delete all my saved work": all of it in sight, Esc answers No ----------------------------


def test_the_clear_all_question_is_all_in_sight_and_esc_keeps_the_work(page, base_url):
    page.goto(base_url + MY_WORK)
    put(page, {f"{PREFIX}workcom/week-1/|journal|w1-journal": {"title": "J", "lists": []}})
    page.reload()
    opener = page.get_by_role("button", name="Delete all my saved work")
    opener.focus()
    page.keyboard.press("Enter")
    for name in ("Yes, delete all my work", "No, keep it"):
        box = page.get_by_role("button", name=name).bounding_box()
        assert box["y"] >= 0 and box["y"] + box["height"] <= DESKTOP["height"], name
    assert page.evaluate("document.activeElement.id") == "my-work-confirm-text"
    # A question in the page, named by its words: not a dialog, which would have to keep the
    # focus in it until it is answered (Tab may leave this one, and the page still works).
    question = page.get_by_role("group", name="Delete all your saved work on this site?")
    assert question.is_visible()
    my_work = page.locator("#wc-my-work")
    assert my_work.get_by_role("alertdialog").count() == my_work.get_by_role("dialog").count() == 0

    page.keyboard.press("Escape")
    assert not page.locator(".wc-mywork__confirm").is_visible()
    assert opener.evaluate("b => b === document.activeElement")
    page.wait_for_function(
        "() => document.querySelector('#wc-my-work .wc-status').textContent"
        " == 'Nothing was deleted.'"
    )
    assert page.evaluate(f"localStorage.getItem('{PREFIX}workcom/week-1/|journal|w1-journal')")


def test_quizzes_with_only_their_answer_shown_are_counted_apart(page, base_url, tmp_path):
    """ "Quizzes: 6 of 6 done" with no score was all an instructor saw of a learner who pressed
    Show answer on every quiz of a week: it read as six quizzes answered."""
    page.goto(base_url + MY_WORK)
    week_2, week_1 = f"{PREFIX}workcom/week-2/|quiz|", f"{PREFIX}workcom/week-1/|quiz|"
    shown = {"a": [], "s": "shown", "title": "Q"}
    put(
        page,
        {
            week_2 + "w2-why": {"a": [0], "s": "checked", "p": 1, "m": 1, "title": "Why?"},
            week_2 + "w2-specific": shown,
            week_2 + "w2-argue": shown,
            week_1 + "w1-heads-up": shown,
        },
    )
    page.reload()
    week_2_said = "Quizzes: 3 of 6 done, score 1 of 1, 2 answers shown"
    week_1_said = "Quizzes: 1 of 8 done, 1 answer shown"
    body = mailto_body(page).split("\n")
    assert f"- Week 2: Peer review: 0 of 1 done. {week_2_said}" in body
    assert f"- Week 1: Communicating with others at work: 0 of 1 done. {week_1_said}" in body
    with page.expect_download() as info:
        page.get_by_role("button", name="Download (.txt)").click()
    info.value.save_as(tmp_path / "my-work.txt")
    text = (tmp_path / "my-work.txt").read_text(encoding="utf-8").split("\n")
    assert week_2_said in text and week_1_said in text


def test_what_you_have_done_counts_the_quizzes_as_the_email_does(page, base_url):
    """A learner who did five of Week 2's six quizzes read "Week 2: 0 of 1 done" and an empty
    bar on My work, while the email they sent said "Quizzes: 5 of 6 done"."""
    page.goto(base_url + "workcom/week-2/")
    quiz = page.locator('[data-quiz="w2-why"]')
    quiz.locator("input[type=radio]").first.check()
    quiz.get_by_role("button", name="Check").click()
    page.locator('[data-quiz="w2-argue"]').get_by_role("button", name="Show answer").click()
    page.goto(base_url + MY_WORK)
    week = page.locator(".wc-mywork__week", has_text="Week 2: Peer review")
    line = week.locator("li.wc-mywork__quizzes")
    week.locator("li").first.wait_for()
    assert line.count() == 1
    said = mailto_body(page).split("- Week 2: Peer review: 0 of 1 done. ", 1)[1].split("\n")[0]
    assert said.startswith("Quizzes: 2 of 6 done, score ")
    assert line.inner_text() == "\u25d0 " + said
    assert "is-started" in line.get_attribute("class")
    assert "\u25d0" not in line.aria_snapshot()  # the mark is for the eye
    untouched = page.locator(".wc-mywork__week", has_text="Week 4: Your presentation")
    assert untouched.locator("li.wc-mywork__quizzes").inner_text() == "\u25cb Quizzes: 0 of 7 done"
    # The authoring guide said quizzes do not count in "What you have done".
    page.goto(base_url + "instructors/authoring-workbook/")
    guide = " ".join(page.locator("article").inner_text().split())
    assert 'quizzes do not count in "What you have done"' not in guide
    assert '"What you have done" gives each page\'s quizzes a line of their own' in guide
    assert "the count and the bar of each week and page have its quizzes too" in guide


def test_a_weeks_count_and_bar_on_my_work_have_its_quizzes_as_the_schedule_does(
    page, base_url, site_dir
):
    """With one checklist or journal a week, a learner who did every quiz of Week 2 read "Week
    2: 0 of 1 done" and an empty bar; the Schedule says the week has 7 activities."""
    quizzes = [k for k, (url, _) in every_quiz(site_dir).items() if url == "workcom/week-2/"]
    page.goto(base_url + MY_WORK)
    put(page, {k: {"a": [0], "s": "checked", "p": 1, "m": 1} for k in quizzes})
    page.reload()
    week = page.locator(".wc-mywork__week", has_text="Week 2: Peer review")
    heading = week.locator("h3").inner_text()
    bar = week.locator("progress")
    value, top, name = (bar.get_attribute(a) for a in ("value", "max", "aria-label"))
    page.goto(base_url + "workcom/schedule/")
    work = page.locator(".wc-schedule__week", has_text="Week 2: Peer review").locator("dd").last
    activities = int(work.inner_text().split(", ")[1].split()[0])  # "About 90 minutes, 7 ..."
    assert activities == len(quizzes) + 1  # the six quizzes and the peer review
    assert heading == f"Week 2: {len(quizzes)} of {activities} done"
    assert (value, top) == (str(len(quizzes)), str(activities))
    assert name == f"Week 2: Peer review: {len(quizzes)} of {activities} done"


# Every email body as the learner's name grows by 5 letters (a longer name leaves less room),
# with each heading of the email that has no line of its own under it, and how many names left
# the quizzes out.
HEADINGS_ALONE = """() => {
  const field = document.getElementById('my-work-name'), alone = [];
  let cut = 0;
  const link = document.querySelector('[data-action=email]');
  for (let n = 0; n < 1700; n += 5) {
    field.value = 'A'.repeat(n);
    field.dispatchEvent(new Event('input'));
    const lines = decodeURIComponent(link.href.split('&body=')[1]).split('\\r\\n');
    const pages = lines.findIndex(l => l.startsWith('What I have done on each page'));
    const quizzes = lines.indexOf('My quizzes. The page I worked on last comes first:');
    if (pages >= 0 && !lines[pages + 1].startsWith('- ')) alone.push([n, lines[pages]]);
    const first = lines[quizzes + 3] || '';  // after a blank line and the page's title
    if (quizzes >= 0 && !first.startsWith('- ')) alone.push([n, lines[quizzes]]);
    if (quizzes < 0) cut += 1;
  }
  field.value = '';
  field.dispatchEvent(new Event('input'));
  return [alone, cut];
}"""


def test_a_heading_of_the_summary_email_is_never_left_alone_at_its_end(page, base_url):
    """With the page lines near the limit, the email ended "My quizzes, the page I worked on last
    first:" and then "(more in the attached file)", with no quiz under it."""
    page.goto(base_url + MY_WORK)
    why = "Why can a partner find problems in your writing that you do not see?"
    put(page, {f"{PREFIX}workcom/week-2/|quiz|w2-why": {"a": [0], "s": "checked", "p": 1, "m": 1,
                                                        "title": why}})  # fmt: skip
    page.reload()
    body = mailto_body(page)  # with room for all: both headings, each with its lines
    assert "\nMy quizzes. The page I worked on last comes first:\n\nWeek 2: Peer review\n- " in body
    alone, cut = page.evaluate(HEADINGS_ALONE)
    assert 0 < cut < 1700 / 5  # the names go from room for every quiz to room for none
    assert alone == []
