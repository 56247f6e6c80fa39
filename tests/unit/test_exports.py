"""LMS exports: every quiz type round-trips through GIFT and Canvas QTI 1.2."""

from __future__ import annotations

import re
from types import SimpleNamespace

import pytest

from macros.errors import AuthoringError
from macros.exports import (
    export_files,
    gift_escape,
    moodle_grade,
    qti_zip,
    quiz_sets,
    to_gift,
)
from macros.quiz import Choice, Pair, Quiz, parse_quiz
from macros.registry import Entry
from tests.support.gift import gift_categories, parse_gift
from tests.support.qti import CANVAS, expected_correct, gift_matches, gift_of, read_qti_zip

QUIZZES = {
    "single": (
        "Pick one: *polite* or {rude}?",
        "- [ ] Rude = bad\n    > No: #1 {x}\n- [x] Polite\n    > Yes.\n",
        None,
    ),
    "multiple": (
        "Which are safe?",
        "- [x] Weather\n- [x] Food\n- [x] Sports\n- [ ] Pay\n    > Private.\n",
        None,
    ),
    "true-false": (
        "Managers use **first** names.",
        "- [ ] True\n    > Often they do.\n- [x] False\n",
        None,
    ),
    "fill": (
        "Fill in.",
        "1. Thank you for [[letting|informing|hint: verb]] me [[know]].\n"
        "    > Set phrase.\n2. I [[am]] here.\n",
        None,
    ),
    "match": ("Match them.", "- Thanks => To thank\n- Hi: there => To greet\n", None),
    "order": ("Put in order.", "1. Greeting\n2. Body\n3. Sign-off\n", "order"),
    "reflection": ("What did you learn?", "I learned to wait.\n\nExplanation: Fine.", "reflection"),
}


def entry(kind: str) -> Entry:
    prompt, body, named = QUIZZES[kind]
    quiz = parse_quiz(f"q-{kind}", prompt, body, named)
    assert quiz.type == kind
    return Entry("lessons/a.md", "lessons/a/", quiz)


@pytest.mark.parametrize("kind", QUIZZES)
def test_gift_round_trip_per_type(kind: str) -> None:
    one = entry(kind)
    questions = parse_gift(to_gift([one], "A set: one"))
    gift_matches(gift_of(questions, one.as_dict()), one.as_dict())


@pytest.mark.parametrize("kind", QUIZZES)
def test_qti_round_trip_per_type(kind: str) -> None:
    one = entry(kind)
    items = read_qti_zip(qti_zip([one], "set", "A set"))
    assert list(items) == [f"q-{kind}"]
    assert items[f"q-{kind}"].type == CANVAS[kind]
    assert items[f"q-{kind}"].correct == expected_correct(one.as_dict())


def test_round_trip_checks_can_fail() -> None:
    """Negative control: a changed answer or type is caught by the same comparisons."""
    right, wrong = entry("single").as_dict(), entry("multiple").as_dict()
    questions = parse_gift(to_gift([entry("single")], "A set"))
    with pytest.raises(AssertionError):
        gift_matches(questions, {**right, "answers": [0]})
    with pytest.raises(AssertionError):
        gift_matches(questions, {**wrong, "id": right["id"]})
    assert expected_correct({**right, "answers": [0]}) != expected_correct(right)


def test_gift_escapes_special_characters_and_keeps_the_text() -> None:
    text = r"a~b=c#d{e}f:g\h"
    assert gift_escape(text) == r"a\~b\=c\#d\{e\}f\:g\\h"
    (question,) = parse_gift(to_gift([entry("single")], "Set"))
    assert question.answers[0].text == "Rude = bad" and question.answers[0].feedback == "No: #1 {x}"
    assert question.text == "Pick one: polite or {rude}?", "inline Markdown becomes plain text"
    with pytest.raises(ValueError):  # negative control: unescaped braces break the question
        parse_gift("::x::Pick {one} {=a ~b}")


def test_multiple_select_weights_are_moodle_standard_grades() -> None:
    (question,) = parse_gift(to_gift([entry("multiple")], "Set"))
    assert [a.weight for a in question.answers] == [33.33333, 33.33333, 33.33333, -100.0]
    assert moodle_grade(100 / 6) == "16.66667" and moodle_grade(-50) == "-50"
    with pytest.raises(AuthoringError, match="standard grades"):
        moodle_grade(100 / 11)


@pytest.mark.parametrize(
    "quiz",
    [
        Quiz("one-option", "Q?", "single", (Choice("Only", True),)),
        Quiz("one-pair", "Q?", "match", (Pair("Left", "Right"),)),
    ],
)
def test_single_option_or_pair_fails_the_export(quiz: Quiz) -> None:
    one = Entry("lessons/a.md", "lessons/a/", quiz)
    with pytest.raises(AuthoringError, match="cannot be imported") as error:
        to_gift([one], "Set")
    assert "lessons/a.md" in str(error.value) and quiz.id in str(error.value)
    with pytest.raises(AuthoringError, match="cannot be imported"):
        qti_zip([one], "set", "Set")


def test_fill_blanks_become_one_gift_question_each_with_the_others_shown_as_lines() -> None:
    questions = parse_gift(to_gift([entry("fill")], "Set"))
    assert [q.id for q in questions] == ["q-fill-1", "q-fill-2", "q-fill-3"]
    assert questions[1].text == "Fill in. Thank you for _____ me _____."
    assert questions[0].answers[0].feedback == "Set phrase."
    assert "verb" not in to_gift([entry("fill")], "Set"), "hints are dropped"


# --- "->" in a quiz exported to Moodle ------------------------------------------------------


def quiz_entry(body: str, named: str | None = None, prompt: str = "Do it.") -> Entry:
    return Entry("lessons/a.md", "lessons/a/", parse_quiz("q-arrow", prompt, body, named))


def test_an_arrow_in_an_order_step_stops_the_export_naming_the_page_quiz_step_and_fix() -> None:
    one = quiz_entry("1. Open the file.\n2. Choose File -> Save As.\n", "order")
    with pytest.raises(AuthoringError) as error:
        to_gift([one], "Set")
    assert str(error.value) == (
        "lessons/a.md, 'q-arrow': LMS export: the step 'Choose File -> Save As.' has \"->\", "
        "which Moodle's GIFT import reads as the arrow of a matching pair. "
        'Fix: write "→" or "then" instead of "->"'
    )


@pytest.mark.parametrize(
    ("body", "named", "says"),
    [
        ("- Save -> close => Done\n- Open => Start\n", None, "the left side 'Save -> close'"),
        ("1. Press [[Enter -> Tab|Tab]] now.\n", None, "the answer 'Enter -> Tab'"),
        ("1. Press [[Tab]] now.\n    > Tab -> next box.\n", None, "the feedback 'Tab -> next"),
        ("1. Open -&gt; read.\n2. Reply.\n", "order", "the step 'Open -&gt; read.'"),
    ],
    ids=["match-left", "fill-answer", "fill-feedback", "order-markdown-entity"],
)
def test_an_arrow_that_moodle_would_misread_stops_the_export(
    body: str, named: str | None, says: str
) -> None:
    one = quiz_entry(body, named)
    with pytest.raises(AuthoringError, match=re.escape(says)) as error:
        to_gift([one], "Set")
    assert str(error.value).startswith("lessons/a.md, 'q-arrow': LMS export:")


def test_without_the_check_moodle_would_misread_those_arrows() -> None:
    """Negative control: the GIFT the check refuses, read by Moodle's rules, is broken."""
    with pytest.raises(ValueError, match="no ->"):  # a blank read as a matching question
        parse_gift("::q-1::Press {=Tab#Tab -> next box.}")
    (pairs,) = parse_gift("::q::Do it. {=Save -> close -> Done =Open -> Start}")
    assert pairs.pairs[0] == ("Save", "close -> Done"), "a pair is cut at its first ->"


@pytest.mark.parametrize(
    ("body", "named", "prompt"),
    [
        ("- [x] Save -> close\n    > Yes -> good.\n- [ ] Open\n", None, "Pick -> one."),
        ("- [x] True\n    > Yes -> right.\n- [ ] False\n    > No -> wrong.\n", None, "Q ->"),
        ("- Save => Done -> closed\n- Open => Start\n", None, "Match -> them."),
        ("1. Press [[Tab]] -> now.\n", None, "Fill -> in."),
        ("1. Open.\n    > Open -> first.\n2. Reply.\nExplanation: Open -> reply.", "order", "Q ->"),
        ("Open -> reply.\n\nExplanation: A -> B.", "reflection", "Q ->"),
    ],
    ids=["choice", "true-false", "match-right", "fill-text", "order-feedback", "reflection"],
)
def test_an_arrow_where_moodle_reads_it_as_text_is_exported_and_kept(
    body: str, named: str | None, prompt: str
) -> None:
    one = quiz_entry(body, named, prompt)
    text = to_gift([one], "Set")
    (question,) = parse_gift(text)
    gift_matches([question], one.as_dict())
    assert question.text.startswith(prompt), "the prompt keeps its ->"


def test_an_arrow_on_a_page_whose_quizzes_are_not_exported_is_allowed() -> None:
    """Only exported quizzes are checked: a lesson page without `exports: true` gets no files."""
    order = parse_quiz("q-arrow", "Do it.", "1. Open.\n2. File -> Save.\n", "order")
    entries = [entry_on("workcom/week-0.md", "w0"), Entry("lessons/c.md", "lessons/c/", order)]
    course = course_of("workcom/week-0.md")
    assert [f.name for f in export_files(quiz_sets(course, entries, {}, {}))] == [
        "week-0.gift.txt",
        "week-0.qti.zip",
        "workcom.gift.txt",
        "workcom.qti.zip",
    ]
    with pytest.raises(AuthoringError, match=re.escape("the step 'File -> Save.'")):
        export_files(quiz_sets(course, entries, {}, {"lessons/c.md": {"exports": True}}))


def test_a_week_that_says_exports_false_is_still_checked_for_the_course_file() -> None:
    order = parse_quiz("q-arrow", "Do it.", "1. Open.\n2. File -> Save.\n", "order")
    entries = [entry_on("workcom/week-0.md", "w0"), Entry("workcom/week-1.md", "w/", order)]
    course = course_of("workcom/week-0.md", "workcom/week-1.md")
    sets = quiz_sets(course, entries, {}, {"workcom/week-1.md": {"exports": False}})
    with pytest.raises(AuthoringError, match=r"workcom/week-1\.md, 'q-arrow'"):
        export_files(sets)


# --- apostrophes in blanks --------------------------------------------------------------------

CURLY = "\u2019"  # the curly apostrophe phones often type
APOSTROPHE_FILL = f"1. [[It{CURLY}s]] late.\n2. I [[don't|do not|don{CURLY}t]] know.\n"


def test_moodle_accepts_a_blank_answer_with_either_apostrophe_at_full_marks() -> None:
    one = quiz_entry(APOSTROPHE_FILL)
    first, second = parse_gift(to_gift([one], "Set"))
    assert [(a.text, a.weight) for a in first.answers] == [(f"It{CURLY}s", 100), ("It's", 100)]
    assert [a.text for a in second.answers] == ["don't", f"don{CURLY}t", "do not"], "no repeats"


def test_canvas_accepts_a_blank_answer_with_either_apostrophe() -> None:
    one = quiz_entry(APOSTROPHE_FILL)
    items = read_qti_zip(qti_zip([one], "set", "Set"))
    assert items[one.quiz.id].correct == [
        [f"It{CURLY}s", "It's"],
        ["don't", f"don{CURLY}t", "do not"],
    ]


def test_an_answer_without_an_apostrophe_is_listed_once() -> None:
    (question,) = parse_gift(to_gift([quiz_entry("1. I [[know|KNOW]] it.\n")], "Set"))
    assert [a.text for a in question.answers] == ["know", "KNOW"]


def test_qti_zip_is_the_same_bytes_every_time() -> None:
    entries = [entry(kind) for kind in QUIZZES]
    assert qti_zip(entries, "set", "Set") == qti_zip(entries, "set", "Set")
    assert qti_zip(entries, "set", "Set") != qti_zip(entries[:-1], "set", "Set")


def test_pages_that_read_every_quiz_render_last(tmp_path) -> None:
    from mkdocs.structure.files import File, Files

    from macros.page_order import on_files

    names = {"a.md": "---\nuses_all_quizzes: true\n---\n# A\n", "b.md": "# B\n", "c.css": "x"}
    for name, text in names.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    files = Files([File(n, str(tmp_path), str(tmp_path / "site"), True) for n in names])
    assert [f.src_uri for f in files] == ["a.md", "b.md", "c.css"]  # control: a.md comes first
    assert [f.src_uri for f in on_files(files, None)] == ["b.md", "c.css", "a.md"]


# --- which pages get their own files -----------------------------------------------------------


def course_of(*pages: str) -> SimpleNamespace:
    weeks = [SimpleNamespace(page=p, heading=f"Week {n}") for n, p in enumerate(pages)]
    return SimpleNamespace(title="WorkCom", weeks=weeks)


def entry_on(page: str, quiz_id: str) -> Entry:
    return Entry(
        page, page.removesuffix(".md") + "/", parse_quiz(quiz_id, "Pick.", "- [x] A\n- [ ] B")
    )


ENTRIES = [
    entry_on("workcom/week-0.md", "w0"),
    entry_on("workcom/week-1.md", "w1"),
    entry_on("lessons/a.md", "a"),
    entry_on("lessons/b.md", "b"),
]


def slugs(meta: dict) -> list[str]:
    course = course_of("workcom/week-0.md", "workcom/week-1.md")
    return [s.slug for s in quiz_sets(course, ENTRIES, {}, meta)]


def test_weeks_and_the_course_get_files_and_other_pages_only_when_they_ask() -> None:
    assert slugs({}) == ["week-0", "week-1", "workcom"]
    assert slugs({"lessons/b.md": {"exports": True}}) == ["week-0", "week-1", "b", "workcom"]


def test_a_week_may_say_no_and_still_counts_in_the_course_file() -> None:
    course = course_of("workcom/week-0.md", "workcom/week-1.md")
    sets = quiz_sets(course, ENTRIES, {}, {"workcom/week-1.md": {"exports": False}})
    assert [s.slug for s in sets] == ["week-0", "workcom"]
    assert [e.quiz.id for e in sets[-1].entries] == ["w0", "w1"]


def test_an_exports_line_that_is_not_true_or_false_names_the_page_and_the_fix() -> None:
    with pytest.raises(AuthoringError) as error:
        slugs({"lessons/a.md": {"exports": "yes"}})
    assert str(error.value) == (
        "lessons/a.md: exports: 'yes' is not true or false. "
        "Fix: write exports: true (or false, or leave it out)"
    )


def test_a_page_that_asks_without_quizzes_fails_once_every_quiz_is_read() -> None:
    course = course_of("workcom/week-0.md")
    meta = {"lessons/c.md": {"exports": True}}
    assert [s.slug for s in quiz_sets(course, ENTRIES, {}, meta)] == ["week-0", "workcom"]
    with pytest.raises(
        AuthoringError, match=r"lessons/c\.md: exports: true, but the page has no quiz"
    ):
        quiz_sets(course, ENTRIES, {}, meta, complete=True)


def test_a_week_that_asks_without_quizzes_fails_too_and_one_that_says_nothing_does_not() -> None:
    """A week with only a rubric, say: no files, so exports: true there is a mistake too."""
    course = course_of("workcom/week-0.md", "workcom/week-9.md")
    assert [s.slug for s in quiz_sets(course, ENTRIES, {}, {}, complete=True)] == [
        "week-0",
        "workcom",
    ]
    meta = {"workcom/week-9.md": {"exports": True}}
    with pytest.raises(
        AuthoringError, match=r"workcom/week-9\.md: exports: true, but the page has no quiz"
    ):
        quiz_sets(course, ENTRIES, {}, meta, complete=True)


# --- Moodle categories -------------------------------------------------------------------------


def gift_file(name: str, meta: dict) -> str:
    course = course_of("workcom/week-0.md", "workcom/week-1.md")
    titles = {"lessons/b.md": "Say no: kindly / firmly"}
    files = {f.name: f for f in export_files(quiz_sets(course, ENTRIES, titles, meta))}
    return files[name].data.decode()


def test_the_course_gift_file_puts_each_week_in_its_own_category_inside_the_courses() -> None:
    assert gift_categories(gift_file("workcom.gift.txt", {})) == [
        ("$course$/WorkCom - all weeks/Week 0", ["w0"]),
        ("$course$/WorkCom - all weeks/Week 1", ["w1"]),
    ]


def test_a_week_or_lesson_gift_file_has_one_category_named_after_it() -> None:
    assert gift_categories(gift_file("week-1.gift.txt", {})) == [("$course$/Week 1", ["w1"])]
    lesson = gift_file("b.gift.txt", {"lessons/b.md": {"exports": True}})
    assert gift_categories(lesson) == [("$course$/Lesson - Say no - kindly - firmly", ["b"])]
