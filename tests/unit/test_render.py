"""The shared converters: the plain-text shortcut of inline_markdown gives what Markdown gives."""

from __future__ import annotations

import re

import markdown
import pytest
from bs4 import BeautifulSoup
from hypothesis import given, settings
from hypothesis import strategies as st
from markupsafe import escape

from macros import render
from macros.render import md_escape

# Letters, spaces, punctuation and the characters Markdown treats specially, mixed.
TEXT = st.text(alphabet=st.sampled_from(list("ab é,.;:'\"()-?#1 \n\t*_`[]!<>&\\\u05d0😀")))


@settings(max_examples=500, deadline=None)
@given(TEXT)
def test_the_shortcut_for_plain_text_matches_the_converter(text):
    line = re.sub(r"\s*\n\s*", " ", text.strip())
    assert render.inline_markdown(text) == render._inline_converted(line)


def test_plain_text_comes_back_as_is_and_markup_is_converted():
    assert render.inline_markdown("Wait until she feels calm.") == "Wait until she feels calm."
    assert render.inline_markdown("Be **calm** & kind") == "Be <strong>calm</strong> &amp; kind"
    assert render.inline_markdown("<b>x</b>") == "&lt;b&gt;x&lt;/b&gt;"


def test_results_are_cached_and_safe_markup():
    first = render.inline_markdown("A *cached* text")
    assert render.inline_markdown("A *cached* text") is first
    assert hasattr(first, "__html__")


@pytest.mark.parametrize(
    "title",
    [
        "Week 3: Say *no* politely",
        "Week 4: {ok} [x] (a) #1 + - . ! _u_ `c` \\ < > & \"quoted\" 'it's'",
        "Week 2: Peer review",
    ],
)
def test_a_title_in_a_template_heading_shows_as_written(title):
    """The Weekly plan writes each week's title into a Markdown heading with an id: "*no*" was
    made italic, and a "{" could end the heading's attribute list."""
    line = f"## [{escape(md_escape(title))}](week.md) {{ #plan-3 }}"
    html = markdown.markdown(line, extensions=["attr_list"])
    heading = BeautifulSoup(html, "html.parser").h2
    assert heading["id"] == "plan-3"
    assert heading.a.get_text() == title and heading.a["href"] == "week.md"
