"""A mistake in a page's {{ }} or {% %} code is told like every authoring error: the file, the
line in the file, the problem and the fix (macros/template_errors.py)."""

from __future__ import annotations

import re
from types import SimpleNamespace

import pytest
from hypothesis import given
from hypothesis import strategies as st
from jinja2 import Environment, TemplateNotFound, TemplateSyntaxError, UndefinedError

from macros.errors import AuthoringError
from macros.template_errors import (
    argument_error,
    bare_macro_error,
    call_line,
    call_site,
    in_file,
    line_in_file,
    located,
    missing_file_error,
    syntax_error,
    unclosed_call,
    undefined_error,
)

TWO_QUIZZES = """# Small talk

{% call quiz("first", "Which topic?") %}
- [x] The weather
- [ ] Your salary

{% call quiz("second", "Fill in.") %}
- How was your [[weekend]]?
{% endcall %}
"""


def parse_error(text: str) -> TemplateSyntaxError:
    with pytest.raises(TemplateSyntaxError) as caught:
        Environment().parse(text)
    return caught.value


def test_the_block_left_open_is_found_even_when_a_later_one_is_closed():
    assert unclosed_call(TWO_QUIZZES) == 3
    closed = TWO_QUIZZES.replace("- [ ] Your salary\n", "- [ ] Your salary\n{% endcall %}\n")
    assert unclosed_call(closed) is None


def test_calls_shown_as_text_between_raw_tags_are_not_counted():
    text = "{% raw %}\n{% call quiz('a', 'b') %}\n{% endraw %}\n{% call quiz('c', 'd') %}\n"
    assert unclosed_call(text) == 4


def test_a_missing_endcall_is_told_at_the_line_of_its_call_in_the_file():
    error = syntax_error(parse_error(TWO_QUIZZES), TWO_QUIZZES, "lessons/small-talk.md", first=12)
    assert str(error) == (
        "lessons/small-talk.md, line 14: this `{% call %}` block has no `{% endcall %}`. "
        "Fix: end the block with `{% endcall %}` on a line of its own, indented like its "
        "`{% call %}` line"
    )


def test_other_code_mistakes_keep_jinja_s_words_and_say_how_to_show_braces_as_text():
    text = "# A\n\nSome text.\n\nThe answer is {{ 1 + }}.\n"
    error = syntax_error(parse_error(text), text, "a.md", first=4)
    assert str(error).startswith("a.md, line 8: the `{{ }}` or `{% %}` code cannot be read (")
    assert "{% raw %}" in error.fix


def test_curly_quotes_pasted_from_a_word_processor_are_named_with_their_line():
    text = '# A\n\n{% call quiz(\u201cq1\u201d, "Which?") %}\n- [x] Yes\n{% endcall %}\n'
    error = syntax_error(parse_error(text), text, "a.md", first=4)
    assert str(error).startswith(
        "a.md, line 6: the `{{ }}` or `{% %}` code has a curly quote \u201c, and macros read "
        "only straight quotes"
    )
    assert "as \" or '" in error.fix
    assert " at " not in error.problem  # no offset counted in characters


def test_a_quote_left_open_is_pointed_at_the_quotes_and_commas():
    text = '# A\n\n{% call quiz("q1, "Which one?") %}\n- [x] Yes\n{% endcall %}\n'
    error = syntax_error(parse_error(text), text, "a.md")
    assert "expected token" in error.problem
    assert error.fix.startswith("check that each text between the macro's brackets has a quote")


def test_a_misspelt_macro_is_named_with_its_line_and_the_closest_name():
    text = "# A\n\n{{ lesson_fact() }}\n"
    error = undefined_error(
        UndefinedError("'lesson_fact' is undefined"), text, "a.md", 5, ["lesson_facts", "quiz"]
    )
    assert str(error) == (
        "a.md, 'lesson_fact', line 7: `lesson_fact` is not a macro or a value of this site. "
        "Fix: did you mean `lesson_facts`? Check the spelling against the Authoring guides; "
        "to show `{{` or `{%` as text, put it between `{% raw %}` and `{% endraw %}`"
    )


def test_a_name_like_nothing_known_gets_no_guess():
    error = undefined_error(UndefinedError("'zzz' is undefined"), "{{ zzz }}", "a.md", 1, ["quiz"])
    assert "did you mean" not in str(error) and "line 1:" in str(error)


def letter(id, title, subject=None, kind="email", caller=None):
    """A macro with the letter's arguments."""


def helpful():
    """A macro with no arguments."""


MACROS = {"letter": letter, "helpful": helpful}
PAGE = '# A\n\n{% call letter("thanks", "Thanks", subjet="Hi") %}\nHi\n{% endcall %}\n'


def type_error(call) -> TypeError:
    with pytest.raises(TypeError) as caught:
        call()
    return caught.value


def test_a_misspelt_argument_is_named_with_the_closest_and_the_macro_s_arguments():
    error = type_error(lambda: letter("thanks", "Thanks", subjet="Hi"))
    found = argument_error(error, PAGE, "a.md", 10, MACROS)
    assert str(found) == (
        "a.md, line 12: `letter()` has no argument `subjet`. "
        "Fix: did you mean `subject`? `letter()` takes id, title, subject, kind"
    )


def test_too_few_or_too_many_texts_are_counted_in_plain_words():
    missing = argument_error(type_error(lambda: letter("thanks")), PAGE, "a.md", 1, MACROS)
    assert "`letter()` is missing its title. Fix: `letter()` takes id, title" in str(missing)
    extra = argument_error(
        type_error(lambda: helpful("x")), "{{ helpful('x') }}", "a.md", 1, MACROS
    )
    assert str(extra) == (
        "a.md, line 1: `helpful()` was given 1 text. "
        "Fix: `helpful()` takes no arguments (see the Authoring guides)"
    )


def test_a_type_error_that_is_no_call_of_a_site_macro_is_left_as_it_is():
    assert argument_error(TypeError("unsupported operand"), PAGE, "a.md", 1, MACROS) is None
    assert argument_error(type_error(lambda: len(1, 2)), PAGE, "a.md", 1, MACROS) is None


def test_a_block_error_gives_its_line_in_the_file():
    source = '# A\n\n    {% call journal("notes", "Notes") %}\n    - One\n'
    assert call_site(source, "journal", "notes") == (5, "    ")
    error = AuthoringError("a problem", "a fix", item="notes", line=2)
    assert str(in_file(error, "journal", source, first=7)) == (
        "'notes', line 11: a problem. Fix: a fix"  # the block's line 2, two after line 9
    )


def test_a_block_in_a_file_the_page_includes_is_found_in_that_file(tmp_path):
    """A letter kept in docs/includes/ is named by its own file and the line in it."""
    (tmp_path / "includes").mkdir()
    letter = '# Letters\n\n{% call letter("thanks", "Thanks") %}\nHi,\n\n[Task.\n{% endcall %}\n'
    (tmp_path / "includes" / "thanks.md").write_text(letter, encoding="utf-8")
    markdown = '# A\n\n{% include "includes/thanks.md" %}\n'
    file = SimpleNamespace(src_uri="lessons/a.md", content_string=markdown)
    env = SimpleNamespace(
        page=SimpleNamespace(file=file), markdown=markdown, conf={"docs_dir": str(tmp_path)}
    )
    error = AuthoringError("a problem", "a fix", item="thanks", line=3)
    assert str(located(error, "letter", env)) == (
        "includes/thanks.md (included by lessons/a.md), 'thanks', line 6: a problem. Fix: a fix"
    )


def test_a_block_from_an_included_file_says_its_line_is_counted_in_the_block():
    error = AuthoringError("a problem", "a fix", item="thanks", line=2)
    assert str(in_file(error, "letter", '{% include "letters/thanks.md" %}\n')) == (
        "'thanks': a problem (line 2 after the letter's `{% call %}` line, in the file the page "
        "includes). Fix: a fix"
    )


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        # an id that starts another id is not that id; the first call with the id is the one
        ('{% call quiz("notes-2", "A") %}\n  {% call quiz("notes", "B") %}', (32, "  ")),
        # either quote, on either side, and space or a new line before it
        ('x\n\t{% call quiz( \'notes", "B") %}', (2, "\t")),
        ('x\n{% call quiz(\n  "notes", "B") %}', (2, "")),
        # another word that ends in the kind is not the kind; no call at all is None
        ('{% call myquiz("notes", "A") %}', None),
        ('{% call quiz("notes) %}', None),
        ("", None),
    ],
)
def test_the_call_site_is_the_first_call_of_that_kind_with_that_exact_id(source, expected):
    assert call_site(source, "quiz", "notes") == expected


PIECES = ["quiz(", "myquiz(", "journal(", '"', "'", "notes", "notes-2", " ", "\n", "\t", "{% call "]


@given(st.lists(st.sampled_from(PIECES), max_size=12), st.sampled_from(["notes", "notes-2"]))
def test_the_call_site_is_where_the_plain_pattern_of_kind_and_id_first_matches(pieces, item):
    source = "".join(pieces)
    match = re.search(rf"\bquiz\(\s*[\"']{re.escape(item)}[\"']", source)
    if match is None:
        assert call_site(source, "quiz", item) is None
    else:
        start = source.rfind("\n", 0, match.start()) + 1
        indent = re.match(r"[ \t]*", source[start:]).group()
        assert call_site(source, "quiz", item) == (start, indent[: match.start() - start])


def test_an_include_of_a_missing_file_names_the_line_and_the_closest_file():
    page = 'Intro\n\n    {% include "includes/letters/thank-yu.md" %}\n'
    files = ["includes/letters/thank-you.md", "includes/letters/reply.md", "index.md"]
    error = missing_file_error(
        TemplateNotFound("includes/letters/thank-yu.md"), page, "a.md", 6, files
    )
    assert str(error) == (
        "a.md, line 8: the page includes `includes/letters/thank-yu.md`, but the docs folder has "
        "no such file. Fix: did you mean `includes/letters/thank-you.md`? Write the file's path "
        'from the docs folder, as in `{% include "includes/letters/reply-to-rejection.md" %}`'
    )


def test_an_include_with_no_close_file_and_not_in_the_page_says_so_without_a_line():
    error = missing_file_error(TemplateNotFound("zzz.md"), "Intro\n", "a.md", 6, ["index.md"])
    assert str(error).startswith("a.md: the page includes `zzz.md`, but the docs folder has no")
    assert "did you mean" not in str(error)


def test_a_macro_with_no_brackets_is_told_with_its_line_and_the_call_to_write():
    page = "# A\n\n{{ lesson_facts }}\n\n{{ lesson_facts() }}\n"
    assert str(bare_macro_error("lesson_facts", page, "a.md", 6)) == (
        "a.md, 'lesson_facts', line 8: `{{ lesson_facts }}` has no brackets, so the page would "
        "show the macro itself instead of what it makes. Fix: call it with brackets: "
        "`{{ lesson_facts() }}`"
    )


GUIDE = """# Guide

{% raw %}
{% call quiz("first-step", "A sample?") %}
{% endraw %}

{% call quiz("first-step", "The live one?") %}

{% call quiz("first-step", "A second live one?") %}
"""


def test_a_call_is_found_in_the_code_that_runs_not_in_a_raw_sample():
    assert call_line(GUIDE, "quiz", "first-step", first=1) == 7
    assert call_line(GUIDE, "quiz", "first-step", first=1, nth=1) == 9
    assert call_line(GUIDE, "quiz", "first-step", first=1, nth=2) is None
    assert call_line(GUIDE, "quiz", "other", first=1) is None
    assert line_in_file(GUIDE, lambda line: "quiz(" in line) == 7
