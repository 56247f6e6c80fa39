"""What an instructor reads in a learner's my-work.txt: a comment or goal of several lines stays
one item, and the file says what is done and what is not yet."""

from __future__ import annotations

import re
from urllib.parse import unquote

import pytest

from tests.browser.test_workbook_learner_walk import every_quiz, mailto_body, put

MY_WORK = "my-work/"
PREFIX = "wc|/|"
RUBRIC = f"{PREFIX}workcom/week-2/|rubric|w2-email-review"
CHECKLIST = f"{PREFIX}workcom/before-you-begin/|checklist|bb-self-assessment"


def my_work_txt(page, tmp_path) -> list[str]:
    with page.expect_download() as info:
        page.get_by_role("button", name="Download (.txt)").click()
    info.value.save_as(tmp_path / "my-work.txt")
    return (tmp_path / "my-work.txt").read_text(encoding="utf-8").split("\n")


def test_a_comment_or_goal_of_two_lines_is_indented_as_one_item(page, base_url, tmp_path):
    """A rubric comment's second line came at the start of a line, as a group heading does."""
    page.goto(base_url + MY_WORK)
    rubric = {
        "partner": "Amal",
        "items": [
            {
                "group": "Email",
                "text": "Subject line",
                "level": "Yes",
                "comment": "Good.\nAdd a date.",
            },
            {"group": "Email", "text": "Greeting", "level": "Almost", "comment": ""},
        ],
    }
    checklist = {
        "items": [{"text": "I can leave a voicemail.", "level": "With help"}],
        "goals": ["Call my manager.\nAsk one question."],
    }
    put(page, {RUBRIC: rubric, CHECKLIST: checklist})
    page.reload()
    lines = my_work_txt(page, tmp_path)
    comment = lines.index("  Comment: Good.")
    assert lines[comment + 1] == "    Add a date."
    goal = lines.index("1. Call my manager.")
    assert lines[goal + 1] == "   Ask one question."


def test_a_journal_prompt_with_no_note_says_so_and_a_note_of_two_lines_is_one_item(
    page, base_url, tmp_path
):
    """A prompt with no note was a bare line under the notes of the prompt before it, and a note's
    second line started at the margin, where a prompt does."""
    page.goto(base_url + MY_WORK)
    journal = {
        "lists": [
            {"prompt": "What went well?", "entries": ["I asked Sam.\nShe helped me."]},
            {"prompt": "What was hard?", "entries": []},
            {"prompt": "What will you try?", "entries": [], "draft": "Speak first"},
        ]
    }
    put(page, {f"{PREFIX}workcom/week-1/|journal|w1-journal": journal})
    page.reload()
    lines = my_work_txt(page, tmp_path)
    at = lines.index("What went well?")
    assert lines[at : at + 7] == [
        "What went well?",
        "- I asked Sam.",
        "  She helped me.",
        "What was hard?",
        "- (no notes)",
        "What will you try?",
        "- Not added yet: Speak first",
    ]


def test_the_file_says_what_is_done_and_what_is_not_yet(page, base_url, tmp_path):
    """The file had only what was saved: an activity not started was not in it at all, and a
    letter half filled in read like a finished one."""
    page.goto(base_url + MY_WORK)
    rubric = {"items": [{"text": "Subject line", "level": "Yes"}, {"text": "Tone", "level": ""}]}
    put(page, {RUBRIC: rubric})
    page.reload()
    lines = my_work_txt(page, tmp_path)
    week_2 = lines.index("=== Week 2: Peer review ===")
    assert lines[week_2 + 1] == "0 of 1 done, 1 started"
    assert lines[week_2 + 2].startswith("- Started: ")
    assert lines[week_2 + 2].endswith(" (1 of 2 answered)")
    assert re.fullmatch(r"Quizzes: 0 of \d+ done", lines[week_2 + 3]), lines[week_2 + 3]
    week_1 = lines.index("=== Week 1: Communicating with others at work ===")
    assert lines[week_1 + 1] == "0 of 1 done"
    assert lines[week_1 + 2].startswith("- Not yet: ")


def test_the_file_gives_each_weeks_work_under_its_week(page, base_url, tmp_path):
    """The file listed all the quizzes, then all the checklists, and so on, each with its page's
    name: an instructor marking Week 2 looked for its work all through the file. Now each page
    has its counts and its work together, in course order, and says when each was saved."""
    page.goto(base_url + MY_WORK)
    quiz = f"{PREFIX}workcom/week-2/|quiz|w2-why"
    later = f"{PREFIX}workcom/week-3/|quiz|w3-reflection"
    why = "Why can a partner find problems in your writing that you do not see?"
    put(page, {quiz: {"a": [0], "s": "checked", "p": 1, "m": 1, "title": why}}, "2026-11-12T18:00Z")
    put(page, {later: {"a": "I will ask."}, RUBRIC: {"items": [{"text": "Tone", "level": "Yes"}]}})
    page.reload()
    lines = my_work_txt(page, tmp_path)
    heads = [line for line in lines if line.startswith("=")]
    week_2 = heads.index("=== Week 2: Peer review ===")
    assert heads[week_2 + 1] == f"== {why} (saved November 12, 2026)"
    assert heads[week_2 + 2].startswith("== Peer review: ")
    assert heads[week_2 + 3] == "=== Week 3: Working together ==="
    at = lines.index(heads[week_2])
    assert lines[at + 1 : at + 4] == [
        "1 of 1 done",
        "- Done: Peer review: Tomás's email",
        "Quizzes: 1 of 6 done, score 1 of 1",
    ]
    at = lines.index(heads[week_2 + 3])
    assert lines[at + 3] == "Quizzes: 1 of 8 done"  # a reflection written is done


def test_the_cohort_guide_says_what_the_email_leaves_out(page, base_url, site_dir):
    """The guide said the email holds each quiz's score; after about 1,800 characters it says
    "(more in the attached file)" instead. Nor did it say how the learner's name gets into
    the email and the file, and that without it every learner's are named alike."""
    page.goto(base_url + MY_WORK)
    quizzes = every_quiz(site_dir)
    put(page, {k: {"a": [0], "s": "checked", "p": 1, "m": 1} for k in quizzes})
    page.reload()
    body = mailto_body(page)
    more = "(more in the attached file)"
    assert more in body
    href = page.get_by_role("link", name="Send to my instructor").get_attribute("href")
    assert "subject=My%20work%3A%20" in href

    page.goto(base_url + "instructors/run-a-cohort/")
    guide = " ".join(page.locator("article").inner_text().split())
    assert f'"{more}"' in guide
    assert 'Then the subject is "My work from Amina Yusuf:" and the site\'s name' in guide
    assert "Without a name, only the sender's email address says who it is" in guide
    assert "every file is called my-work.txt" in guide
    assert (
        "Then each quiz's score, page by page, the page the learner worked on last first" in guide
    )
    assert "The file has the learner's work page by page, in course order" in guide


def test_a_score_after_show_answer_is_full_and_the_guide_says_so(page, base_url):
    """Show answer, Try again (the right answer stays chosen), Check: "Score: 1 of 1" in the
    email, nothing to tell it from a first try. The guide gave scores as if they were marks."""
    page.goto(base_url + "workcom/week-2/")
    quiz = page.locator("#quiz-w2-why")
    quiz.get_by_role("button", name="Show answer").click()
    quiz.get_by_role("button", name="Try again").click()
    quiz.get_by_role("button", name="Check").click()
    page.goto(base_url + MY_WORK)
    assert "not see? Score: 1 of 1" in mailto_body(page)

    page.goto(base_url + "instructors/run-a-cohort/")
    guide = " ".join(page.locator("article").inner_text().split())
    assert "Quiz scores are from the learner's last try" in guide
    assert "even after Show answer, and the score does not say so" in guide


@pytest.mark.parametrize("locale", ["fa-IR", "ar-EG"])
def test_the_file_gives_its_date_in_english_on_a_phone_in_another_language(
    browser, base_url, tmp_path, locale
):
    """The instructor read "Downloaded ۸ آذر ۱۴۰۵" (another calendar) from a phone in Persian."""
    context = browser.new_context(locale=locale, accept_downloads=True)
    page = context.new_page()
    page.goto(base_url + MY_WORK)
    lines = my_work_txt(page, tmp_path)
    context.close()
    assert re.fullmatch(r"Downloaded [A-Z][a-z]+ \d{1,2}, 20\d\d", lines[1]), lines[1]


def test_the_learners_name_names_the_email_and_the_file_and_stays(page, base_url, tmp_path):
    """Twenty emails all called "My work" with twenty files all called my-work.txt: the name
    the learner gives says whose work each is (kept in this browser, as a setting)."""
    page.goto(base_url + MY_WORK)
    page.get_by_label("Your name").fill("Amina Yusuf")
    page.reload()
    assert page.get_by_label("Your name").input_value() == "Amina Yusuf"
    href = page.get_by_role("link", name="Send to my instructor").get_attribute("href")
    subject = unquote(href.split("subject=", 1)[1].split("&", 1)[0])
    assert subject == "My work from Amina Yusuf: Workplace English for Newcomers"
    body = mailto_body(page)
    assert "in the file I attached (my-work-Amina-Yusuf.txt)" in body
    assert body.rstrip().endswith("Thank you\nAmina Yusuf")
    with page.expect_download() as info:
        page.get_by_role("button", name="Download (.txt)").click()
    assert info.value.suggested_filename == "my-work-Amina-Yusuf.txt"
    info.value.save_as(tmp_path / "file.txt")
    assert (tmp_path / "file.txt").read_text(encoding="utf-8").split("\n")[1] == (
        "Name: Amina Yusuf"
    )


def test_without_a_name_the_file_and_email_are_as_before(page, base_url):
    page.goto(base_url + MY_WORK)
    with page.expect_download() as info:
        page.get_by_role("button", name="Download (.txt)").click()
    assert info.value.suggested_filename == "my-work.txt"
    assert "in the file I attached (my-work.txt)" in mailto_body(page)
