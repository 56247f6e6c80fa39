"""An authoring error reads as one line: where, what is wrong, and how to fix it."""

from mkdocs.exceptions import PluginError

from macros.errors import AuthoringError


def test_the_message_names_page_item_line_problem_and_fix():
    error = AuthoringError("no correct answer", "mark one option with [x]", "lessons/a.md", "q1", 3)
    assert (
        str(error) == "lessons/a.md, 'q1', line 3: no correct answer. Fix: mark one option with [x]"
    )


def test_the_page_can_be_filled_in_later_and_mkdocs_prints_the_same_message():
    error = AuthoringError("empty option", "write text after [ ]", item="q2").at("week-1.md")
    assert isinstance(error, PluginError)
    assert error.format_message() == "week-1.md, 'q2': empty option. Fix: write text after [ ]"


def test_a_problem_that_ends_in_a_question_mark_gets_no_second_full_stop():
    error = AuthoringError("did you mean `due`?", "write `due:`", page="mkdocs.yml")
    assert str(error) == "mkdocs.yml: did you mean `due`? Fix: write `due:`"
    assert str(AuthoringError("a problem", "a fix")) == "a problem. Fix: a fix"
