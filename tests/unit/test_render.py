"""The shared converters: the plain-text shortcut of inline_markdown gives what Markdown gives."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from macros import render

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
