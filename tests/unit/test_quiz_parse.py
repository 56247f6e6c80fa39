"""Quiz author syntax -> typed model, per type, as in docs/instructors/authoring-quizzes.md."""

from __future__ import annotations

import pytest

from macros.errors import AuthoringError
from macros.quiz import Blank, Choice, Gap, Pair, Step, normalize_answer, parse_quiz, shuffled

SINGLE = """
- [ ] Reply at once and say they made a mistake.
    > Wait until you feel calm. An angry reply can close a door.
- [x] Take time to feel calm, then think about what happened.
    > Yes. A calm mind helps you see what to improve.
Explanation: Strong feelings are normal. Give yourself time before you reply.
"""


def test_single_choice_keeps_options_correctness_feedback_and_explanation():
    quiz = parse_quiz("first-step", "What is a good first step?", SINGLE)
    assert quiz.type == "single"
    assert quiz.items == (
        Choice(
            "Reply at once and say they made a mistake.",
            False,
            "Wait until you feel calm. An angry reply can close a door.",
            1,
        ),
        Choice(
            "Take time to feel calm, then think about what happened.",
            True,
            "Yes. A calm mind helps you see what to improve.",
            3,
        ),
    )
    assert quiz.explanation == "Strong feelings are normal. Give yourself time before you reply."


def test_more_than_one_box_ticked_makes_a_multiple_select():
    quiz = parse_quiz("q", "Which?", "- [x] A\n- [X] B\n- [ ] C")
    assert quiz.type == "multiple"
    assert [c.correct for c in quiz.items] == [True, True, False]


def test_type_multiple_forces_checkboxes_with_one_correct_answer():
    assert parse_quiz("q", "Which?", "- [x] A\n- [ ] B", type="multiple").type == "multiple"
    assert parse_quiz("q", "Which?", "- [x] A\n- [ ] B").type == "single"


def test_true_and_false_options_make_a_true_false_question():
    assert parse_quiz("q", "Is it?", "- [ ] True\n- [x] False").type == "true-false"
    assert parse_quiz("q", "Is it?", "- [ ] Truly\n- [x] False").type == "single"


def test_blanks_keep_every_accepted_answer_and_the_hint():
    quiz = parse_quiz(
        "polite-reply",
        "Complete.",
        "1. Thank you for [[letting|informing|hint: a verb that ends in -ing]] me know.\n"
        "    > We thank people.\n"
        "2. I am [[still]] [[interested]].",
    )
    assert quiz.type == "fill"
    first, second = quiz.items
    assert isinstance(first, Gap) and isinstance(second, Gap)
    assert first.parts == (
        "Thank you for ",
        Blank(("letting", "informing"), "a verb that ends in -ing"),
        " me know.",
    )
    assert first.feedback == "We thank people."
    assert second.blanks == (Blank(("still",)), Blank(("interested",)))


def test_order_items_are_stored_in_the_right_order():
    quiz = parse_quiz("o", "Order.", "1. Greeting\n2. Thanks\n3. Closing", type="order")
    assert quiz.items == (Step("Greeting", "", 1), Step("Thanks", "", 2), Step("Closing", "", 3))


def test_arrows_make_a_matching_quiz():
    quiz = parse_quiz(
        "m", "Match.", "- Thank you. => To thank\n    > Yes.\n- Any feedback? => To ask"
    )
    assert quiz.type == "match"
    assert quiz.items == (
        Pair("Thank you.", "To thank", "Yes.", 1),
        Pair("Any feedback?", "To ask", "", 3),
    )


def test_a_reflection_keeps_its_model_answer_as_markdown():
    quiz = parse_quiz(
        "r", "What went well?", "\nI was **early**.\n\nI had examples.\n", type="reflection"
    )
    assert quiz.type == "reflection"
    assert quiz.model_answer == "I was **early**.\n\nI had examples."


def test_a_long_option_can_continue_on_an_indented_line():
    quiz = parse_quiz("q", "Which?", "- [x] A long\n    option\n- [ ] B")
    assert quiz.items[0].text == "A long option"


def test_named_type_aliases_are_accepted():
    assert parse_quiz("m", "Match.", "- a => b\n- c => d", type="matching").type == "match"


@pytest.mark.parametrize(
    ("given", "expected"),
    [
        ("  Don\u2019t   worry. ", "don't worry"),
        ("LETTING", "letting"),
        ("letting.", "letting"),
        ("\u201cyes\u201d", '"yes"'),
    ],
)
def test_blank_answers_ignore_case_spaces_curly_apostrophes_and_a_final_period(given, expected):
    assert normalize_answer(given) == expected


def test_normalizing_keeps_real_differences():
    assert normalize_answer("letting") != normalize_answer("leting")
    assert normalize_answer("e.g") != normalize_answer("eg")


def test_shuffle_is_stable_and_never_the_right_order():
    for n in range(2, 8):
        for seed in ("a", "guide-order", "email-order"):
            order = shuffled(n, seed)
            assert sorted(order) == list(range(n))
            assert order != list(range(n))
            assert order == shuffled(n, seed)


def test_errors_carry_the_quiz_id_and_the_line_inside_the_block():
    with pytest.raises(AuthoringError) as caught:
        parse_quiz("first-step", "Q?", "- [ ] A\n    > fb\n- [ ]")
    assert caught.value.item == "first-step"
    assert caught.value.line == 3
