"""Worksheets, answer keys and the instructor guide's messages, as pure functions."""

from __future__ import annotations

import datetime as dt

import pytest
from mkdocs.exceptions import PluginError

from macros.cohort import assignment_message, hand_in, instructor_notes
from macros.course import parse_course
from macros.errors import AuthoringError
from macros.printable_pages import generated_markdown, printable_sources, printable_src
from macros.printables import activities_in, render_key, render_worksheet
from macros.quiz import parse_quiz

CHOICE = """{% call quiz("first-step", "What is a good first step?") %}
- [ ] Reply at once.
    > Wait until you feel calm.
- [x] Take time to feel calm.
    > Yes. A calm mind helps.
Explanation: Strong feelings are normal.
{% endcall %}"""

FILL = """{% call quiz("polite", "Make it polite.") %}
1. Would you [[mind|hint: a verb]] checking my order?
    > Would you mind + -ing is polite.
{% endcall %}"""

PAGE = f"""# A page

{CHOICE}

{{% raw %}}
{{% call quiz("only-an-example", "Not a real quiz") %}}
- [x] A
- [ ] B
{{% endcall %}}
{{% endraw %}}

{{% call journal("notes", "My notes") %}}
- What went well?
{{% endcall %}}

{FILL}

{{% call quiz("think", "What did you learn?", type="reflection") %}}
I learned to wait before I reply.
{{% endcall %}}
"""


def test_activities_are_read_from_the_source_in_page_order_and_examples_are_skipped():
    found = activities_in(PAGE, "lessons/a.md")
    assert [(a.kind, a.model.id) for a in found] == [
        ("quiz", "first-step"),
        ("journal", "notes"),
        ("quiz", "polite"),
        ("quiz", "think"),
    ]


def test_a_quiz_read_up_front_is_the_quiz_the_page_renders():
    body = CHOICE.split("%}", 1)[1].rsplit("{%", 1)[0]
    expected = parse_quiz("first-step", "What is a good first step?", body)
    assert activities_in(CHOICE, "a.md")[0].model == expected


def test_a_quiz_whose_text_uses_jinja_is_refused_with_page_and_fix():
    source = '{% call quiz("x", "Q?") %}\n- [x] {{ page.title }}\n- [ ] B\n{% endcall %}'
    with pytest.raises(AuthoringError) as error:
        activities_in(source, "workcom/week-1.md")
    assert "workcom/week-1.md" in str(error.value)
    assert "Fix:" in str(error.value)


def test_a_broken_quiz_fails_with_its_page_and_the_line_of_the_file_where_it_starts():
    source = '---\ntime: 5\n---\n\n{% call quiz("x", "Q?") %}\n- [ ] A\n- [ ] B\n{% endcall %}'
    with pytest.raises(AuthoringError) as error:
        activities_in(source, "lessons/a.md")
    assert str(error.value).startswith(
        "lessons/a.md, 'x', line 6: no option is marked correct. Fix:"
    )


@pytest.mark.parametrize(
    "call",
    [
        'quiz("ask-early")',
        'quiz("ask-early", "Q?", "single")',
        'quiz("ask-early", "Q?", kind="order")',
        "quiz()",
        'checklist("skills", goals=2)',
        'rubric("review")',
        'journal("notes", "Notes", levels="A, B")',
        'checklist("skills", "Skills", goal=2)',
    ],
)
def test_a_block_called_with_the_wrong_arguments_is_left_to_its_page_to_name(call):
    """A missing title once moved the body into the title's place: a crash for a quiz, and a
    message about `levels` or a criterion 'None' for a checklist or a rubric, blamed on the page
    that listed the worksheets. The page's own render names such a mistake at its line."""
    source = f"{{% call {call} %}}\n- A line\n{{% endcall %}}\n\n{CHOICE}"
    assert [a.model.id for a in activities_in(source, "lessons/a.md")] == ["first-step"]


def test_the_worksheet_has_the_questions_and_none_of_the_answers():
    found = activities_in(PAGE, "lessons/a.md")
    sheet = render_worksheet(found, "../a/")
    key = render_key(found, "../a/", "../sheet/")
    for question in (
        "What is a good first step?",
        "Reply at once.",
        "Make it polite.",
        "(hint: a verb)",
    ):
        assert question in sheet
    for answer in (
        "Wait until you feel calm.",
        "Strong feelings are normal.",
        "I learned to wait before I reply.",
        'you <strong class="wc-sheet__right">mind</strong>',
        "Right:",
    ):
        assert answer not in sheet
        assert answer in key


def test_the_key_numbers_quizzes_like_the_worksheet():
    key = render_key(activities_in(PAGE, "lessons/a.md"), "../a/", "../sheet/")
    numbers = [part.split(".</span>")[0] for part in key.split('wc-sheet__number">')[1:]]
    assert numbers == ["1", "3", "4"]  # the journal (2) has no key


def test_printable_pages_are_the_course_weeks_first_then_pages_that_ask_for_them():
    sources = {
        "index.md": "# Home",
        "lessons/z.md": "---\nprintables: true\n---\n" + CHOICE,
        "lessons/y.md": CHOICE,  # activities, but no printables: true
        "instructors/guide.md": "---\nprintables: true\n---\n" + CHOICE,
        "workcom/week-2.md": FILL,
        "workcom/week-1.md": CHOICE,
        "workcom/schedule.md": "{{ schedule() }}",
    }
    weeks = ["workcom/week-1.md", "workcom/week-2.md", "workcom/schedule.md"]
    assert printable_sources(weeks, sources) == [
        "workcom/week-1.md",
        "workcom/week-2.md",
        "lessons/z.md",
    ]
    assert printable_src("key", "workcom/week-1.md") == "instructors/keys/week-1.md"


def test_a_week_can_opt_out_and_a_bad_printables_value_fails_with_the_page_and_fix():
    weeks = ["workcom/week-1.md"]
    off = {"workcom/week-1.md": "---\nprintables: false\n---\n" + CHOICE}
    assert printable_sources(weeks, off) == []
    with pytest.raises(PluginError, match=r"z.md: printables: 'maybe' is not true or false"):
        printable_sources([], {"lessons/z.md": "---\nprintables: maybe\n---\n" + CHOICE})
    with pytest.raises(PluginError, match=r"lessons/z.md: printables: true, but the page has no"):
        printable_sources([], {"lessons/z.md": "---\nprintables: true\n---\n# No activities"})


def test_a_generated_page_stays_out_of_search_and_keeps_the_pages_credits():
    meta = {"title": "Week 1", "source": {"title": "Outline"}, "media": [], "week": 1}
    text = generated_markdown("key", "workcom/week-1.md", meta)
    assert 'answer_key("workcom/week-1.md")' in text
    assert "exclude: true" in text
    # On paper a link back to the module credits nothing: the footer names the sources itself.
    assert "source:\n  title: Outline" in text
    assert "media:" not in text  # the page's images are not on a worksheet or key
    assert "week:" not in text


def test_instructor_notes_are_taken_from_the_admonitions_only():
    source = (
        'Intro.\n\n!!! instructor "Instructor notes"\n    Plan 90 minutes.\n\n'
        "    Use pairs.\n\nLearner text.\n\n!!! note\n    Not this.\n"
    )
    assert instructor_notes(source) == ["Plan 90 minutes.\n\nUse pairs."]


def _course(email: str = "") -> object:
    pages = {"w/a.md": {"title": "Week 1: Talk", "time": 90}}
    raw = {
        "title": "WorkCom",
        "start": dt.date(2027, 2, 1),
        "timezone": "America/Winnipeg",
        "class_day": "Wednesday",
        "class_time": "18:30",
        "contact_email": email,
        "weeks": [{"page": "w/a.md", "due": 6}],
    }
    return parse_course(raw, pages)


def test_the_assignment_message_has_link_dates_time_and_what_to_hand_in():
    course = _course("me@school.ca")
    week = course.weeks[0]
    text = assignment_message(course, week, "https://x.test/w/a/", ["the journal “Notes”"])
    assert "https://x.test/w/a/" in text
    assert "Monday, February 1, 2027" in text
    assert "Wednesday, February 3, 2027, from 6:30 p.m. to 8 p.m. (Winnipeg time)" in text
    assert "by the end of Sunday, February 7, 2027" in text
    assert "about 90 minutes" in text
    assert "- the journal “Notes”" in text
    assert "me@school.ca" in text
    # The email of My work holds a summary; the work itself goes as the downloaded file.
    assert "Choose “Download (.txt)”" in text and "attach the file to the email" in text
    assert "Write your name there." in text  # so the instructor knows whose file it is


def test_what_to_hand_in_names_each_activity_by_its_kind_and_its_own_title():
    """A title is quoted as written: "the peer review: a presentation" read as half a sentence."""
    page = """{% call rubric("r", "Peer review: a presentation") %}
- Beginning | No greeting | A greeting | A greeting and the topic
{% endcall %}

{% call journal("j", "My notes") %}
- What went well?
{% endcall %}
"""
    items = hand_in(activities_in(page, "w/a.md"), ["your slides"])
    assert items == [
        "the rubric “Peer review: a presentation”",
        "the journal “My notes”",
        "your slides",
    ]


def test_the_message_says_when_the_class_is_moved_and_when_a_break_follows():
    pages = {
        "w/a.md": {"title": "Week 1: A", "time": 90, "week": 1},
        "w/b.md": {"title": "Week 2: B", "time": 90, "week": 2},
    }
    raw = {
        "title": "Workplace Communications",
        "start": "2027-02-08",
        "timezone": "America/Winnipeg",
        "class_day": "Monday",
        "class_time": "18:30",
        "weeks": [
            {"page": "w/a.md", "class_day": "Tuesday"},  # Louis Riel Day, Monday February 15
            {"page": "w/b.md", "opens": "2027-02-22"},  # closed the week of February 15
        ],
    }
    course = parse_course(raw, pages)
    first, second = (assignment_message(course, w, "https://x.test/", []) for w in course.weeks)
    assert "Our class is on Tuesday, February 9, 2027, from 6:30 p.m. to 8 p.m. (Winnipeg " in first
    assert "(Winnipeg time). This week, class is not on Monday.\n" in first
    assert (
        "Then we have a break: no class from Monday, February 15, 2027 to Sunday, February 21, "
        "2027.\n" in first
    )
    assert "not on Monday" not in second and "break" not in second


def test_without_a_contact_address_or_work_the_message_leaves_those_lines_out():
    course = _course()
    text = assignment_message(course, course.weeks[0], "https://x.test/w/a/", [])
    assert "Write to me" not in text
    assert "What to hand in" not in text


def test_what_to_hand_in_comes_from_the_workbook_items_and_reflections():
    found = activities_in(PAGE, "lessons/a.md")
    assert hand_in(found) == [
        "the journal “My notes”",
        "your answers to the reflection questions",
    ]
    assert hand_in(found[:1], ["your email"]) == ["your email"]


def test_a_key_with_no_quiz_says_there_is_nothing_to_check_and_names_the_lesson():
    source = '{% call journal("notes", "My notes") %}\n- What went well?\n{% endcall %}'
    found = activities_in(source, "lessons/a.md")
    key = render_key(found, "../a/", "../sheet/", kind="lesson")
    assert 'the answers to every quiz of <a href="../a/">this lesson</a>' in key
    assert "This lesson has no quizzes, so there are no answers to check" in key
    with_quiz = render_key(activities_in(PAGE, "lessons/a.md"), "../a/", "../sheet/")
    assert "this module</a>" in with_quiz and "no answers to check" not in with_quiz


@pytest.mark.parametrize(
    ("count", "said"), [(0, "(0 quizzes)"), (1, "(1 quiz)"), (7, "(7 quizzes)")]
)
def test_the_list_of_printables_counts_quizzes_in_plain_english(count, said):
    from macros.render import render

    row = {"page": "a/", "title": "A", "worksheet": "w/", "key": "k/", "quizzes": count}
    assert said in render("printables_list.html", rows=[row])
