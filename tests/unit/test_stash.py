"""Macro HTML is kept out of Markdown behind a placeholder and put back exactly once."""

from __future__ import annotations

import pytest

from macros import stash


def test_a_kept_block_comes_back_in_place_of_its_placeholder_with_its_ids():
    meta: dict = {}
    block = '<div id="quiz-a" class="wc-quiz">\n  <p>Q?</p>\n</div>'
    token = stash.keep(meta, block)
    assert token == '<div data-wc-stash="0"></div>' and "\n" not in token
    html, ids = stash.restore(f"<p>Before</p>\n{token}\n<p>After</p>", meta[stash.KEY])
    assert html == f"<p>Before</p>\n{block}\n<p>After</p>"
    assert ids == {"quiz-a"}


def test_a_block_that_holds_an_earlier_placeholder_is_put_back_whole():
    meta: dict = {}
    inner = stash.keep(meta, '<div id="live">quiz</div>')
    outer = stash.keep(meta, f'<section id="example"><pre>code</pre>{inner}</section>')
    html, ids = stash.restore(f"<h1>Guide</h1>{outer}", meta[stash.KEY])
    whole = '<section id="example"><pre>code</pre><div id="live">quiz</div></section>'
    assert html == f"<h1>Guide</h1>{whole}"
    assert ids == {"live", "example"}


ESCAPED = '<pre>&lt;div data-wc-stash="0"&gt;&lt;/div&gt;</pre>'


@pytest.mark.parametrize("page", ["<p>nothing here</p>", ESCAPED])
def test_a_lost_placeholder_is_an_error_with_the_block_number(page):
    meta: dict = {}
    stash.keep(meta, "<div>quiz</div>")
    with pytest.raises(LookupError) as error:
        stash.restore(page, meta[stash.KEY])
    assert error.value.args == (0,)


def test_a_placeholder_that_appears_twice_is_an_error():
    meta: dict = {}
    token = stash.keep(meta, "<div>quiz</div>")
    with pytest.raises(LookupError):
        stash.restore(token + token, meta[stash.KEY])


def test_only_the_listed_macros_are_wrapped_and_they_keep_their_names():
    meta: dict = {}
    macros = {"letter": lambda id: f"<section>{id}</section>", "lesson_facts": lambda: "<p>x</p>"}
    stash.wrap(macros, lambda html: stash.keep(meta, html))
    assert macros["letter"]("a") == '<div data-wc-stash="0"></div>'
    assert macros["letter"].__name__ == "<lambda>"
    assert macros["lesson_facts"]() == "<p>x</p>"
    assert meta[stash.KEY] == ["<section>a</section>"]


def test_the_stash_is_on_only_when_mkdocs_yml_lists_the_hook():
    assert stash.enabled({"macros/stash.py": stash})
    assert not stash.enabled({"macros/theme_fixes.py": object()})
    assert not stash.enabled(None)
