"""Instructor notes are found in a page's Markdown, whatever admonition form is used."""

from macros.instructor import has_instructor_notes


def test_instructor_admonitions_are_found():
    assert has_instructor_notes('Text\n\n!!! instructor "Instructor notes"\n    Timings.')
    assert has_instructor_notes('???+ instructor "Notes"\n    Groups of three.')


def test_other_admonitions_and_prose_are_not_instructor_notes():
    assert not has_instructor_notes('!!! note "For learners"\n    An instructor will help you.')
    assert not has_instructor_notes("Ask your instructor for help.")
