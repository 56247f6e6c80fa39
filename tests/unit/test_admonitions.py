"""A box (`!!! instructor`, `!!! question`) with its text flush left stops the build at its line."""

from __future__ import annotations

import pytest

from macros.admonitions import empty_box_error

NOTE_FLUSH_LEFT = '# A\n\n!!! instructor "Instructor notes"\nPlan 20 minutes.\n'


def test_an_instructor_note_written_flush_left_is_refused_as_seen_by_learners():
    error = empty_box_error(NOTE_FLUSH_LEFT, "lessons/a.md")
    assert str(error) == (
        "lessons/a.md, line 3: the `!!! instructor` box has nothing in it: the text under it is "
        "not indented, so it shows outside the box, where learners see it. Fix: indent the box's "
        "text by 4 spaces more than its `!!!` line"
    )


@pytest.mark.parametrize(
    ("text", "line"),
    [
        ('!!! question "Check"\n\n{% call quiz("q", "Which?") %}\n', 1),  # a quiz under it
        ("Text.\n\n??? example\n  Two spaces are not enough.\n", 3),
        ("- A list\n\n    !!! note\n    Same indent as the box.\n", 3),
        ("???+ tip\n", 1),  # nothing at all after it
    ],
)
def test_a_box_with_nothing_indented_under_it_is_refused_at_its_line(text, line):
    error = empty_box_error(text, "a.md")
    assert error is not None and error.line == line
    assert "learners see it" not in str(error)  # only an instructor note says so


@pytest.mark.parametrize(
    "text",
    [
        '!!! instructor "Notes"\n    Plan 20 minutes.\n',
        "!!! note\n\n    A blank line first is fine.\n",
        "- A list\n\n    !!! note\n        Inside a list item.\n",
        "!!! tip\n\tA tab is four spaces.\n",
        "```markdown\n!!! instructor\nAn example in a code block.\n```\n",
        "~~~~\n```\n!!! note\n```\n~~~~\nText.\n",
        "Plain text with !!! in it.\n",
    ],
)
def test_boxes_with_their_text_indented_and_examples_in_code_pass(text):
    assert empty_box_error(text, "a.md") is None
