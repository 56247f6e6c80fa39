"""Every authoring mistake named in issue 3 stops the build with page, quiz id, line and fix."""

from __future__ import annotations

import pytest

from macros.errors import AuthoringError
from macros.quiz import parse_quiz
from macros.quiz_errors import CASES, EXAMPLE_PAGE, error_for

# (title in macros/quiz_errors.py, words the message must contain, line of the example's file:
# its `{% call %}` is line 1)
EXPECTED = {
    "No correct answer": ("no option is marked correct", 2),
    "Two correct answers on a true/false question": ("true/false question has two correct", 3),
    "An empty option": ("this option is empty", 3),
    "An empty item": ("this option or item is empty", 3),
    "A blank with no answer": ("has no answer", 2),
    "A blank that is not closed": ("blank is not closed", 2),
    "A hint outside the brackets": ("`hint:` is outside the brackets", 2),
    "An item with no blank in a fill-in quiz": ("this item has no blank", 3),
    "An unknown type": ("unknown quiz type 'sort'", 1),
    "An unknown argument": ("unknown argument kind", 1),
    "An order list of one item": ("order list needs at least two items", 2),
    "The same quiz id on two pages": (
        "is used on lessons/another-page.md (line 1) and again on lessons/example.md",
        1,
    ),
    "A quiz id with capitals or spaces": ("is not valid", 1),
    "No question": ("has no question", 1),
    "An option without a box": ("this option has no box", 3),
    "Only one option": ("at least two options", 2),
    'Two correct answers with type="single"': ("more than one correct answer", 3),
    'type="true-false" without True and False': ("exactly the options True and False", 2),
    "A pair with a missing side": ("missing a side", 3),
    "A matching quiz with one pair": ("at least two pairs", 2),
    "Items that do not show the type": ("do not show what kind of quiz", 2),
    "A line that is not an item, feedback or explanation": ("'This is a note.'", 4),
    "Feedback that is not under an item": ("comes before the first item", 2),
    "An item after the explanation": ("an item comes after the explanation", 4),
    "A quiz with no items": ("has no items", 2),
    "A reflection with no model answer": ("no model answer", 2),
    "quiz() without a block": ("without a block", 1),
    "A link to a page that does not exist": ("'../lesson/index.md' points to a page that", 1),
}


def test_every_error_case_has_an_expectation_here():
    assert sorted(c.title for c in CASES) == sorted(EXPECTED)


@pytest.mark.parametrize("case", CASES, ids=[c.title for c in CASES])
def test_each_mistake_gives_its_own_message_with_page_id_line_and_fix(case):
    words, line = EXPECTED[case.title]
    error = error_for(case)
    message = str(error)
    assert words in message
    assert message.startswith(EXAMPLE_PAGE + ", ")
    assert ". Fix: " in message and len(error.fix) > 10
    assert error.line == line
    if line is not None:
        assert f"line {line}:" in message
        assert "starts on line" not in message
    if case.title != "A quiz id with capitals or spaces":
        assert f"'{error.item}'" in message and error.item


def test_a_correct_quiz_gives_no_error_negative_control():
    quiz = parse_quiz("first-step", "Q?", "- [ ] A\n- [x] B")
    assert quiz.type == "single"


def test_error_for_refuses_an_example_that_builds():
    from macros.quiz_errors import ErrorCase

    fine = ErrorCase("fine", '{% call quiz("ok", "Q?") %}\n- [x] A\n- [ ] B\n{% endcall %}')
    with pytest.raises(AssertionError, match="builds without an error"):
        error_for(fine)


def test_a_quiz_id_twice_on_one_page_is_refused_too():
    from macros.quiz import quiz_macro
    from macros.registry import Registry

    registry = Registry()
    macro = quiz_macro(registry, lambda: ("a.md", "a/", ""))
    macro("same", "Q?", caller=lambda: "- [x] A\n- [ ] B")
    with pytest.raises(AuthoringError, match=r"used twice on a\.md"):
        macro("same", "Q?", caller=lambda: "- [x] A\n- [ ] B")
