"""Instructor notes are found in a page's Markdown, whatever admonition form is used."""

from macros.instructor import has_instructor_notes, with_toggle


def test_instructor_admonitions_are_found():
    assert has_instructor_notes('Text\n\n!!! instructor "Instructor notes"\n    Timings.')
    assert has_instructor_notes('???+ instructor "Notes"\n    Groups of three.')


def test_other_admonitions_and_prose_are_not_instructor_notes():
    assert not has_instructor_notes('!!! note "For learners"\n    An instructor will help you.')
    assert not has_instructor_notes("Ask your instructor for help.")


TOGGLE = '<div class="wc-instructor-bar">…</div>'


def test_the_toggle_goes_under_the_page_title():
    page = "# Week 1\nIntro.\n\n## Part\n"
    assert with_toggle(page, TOGGLE) == f"# Week 1\n\n{TOGGLE}\n\nIntro.\n\n## Part\n"


def test_without_a_title_line_or_with_it_only_in_code_the_toggle_goes_on_top():
    assert with_toggle("## Part\nText.\n", TOGGLE) == f"{TOGGLE}\n\n## Part\nText.\n"
    in_code = "```bash\n# install\n```\nText.\n"
    assert with_toggle(in_code, TOGGLE) == f"{TOGGLE}\n\n{in_code}"
