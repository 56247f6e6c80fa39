"""The glossary file is read once per build and given to the abbr extension; bad lines fail."""

from __future__ import annotations

from pathlib import Path

import pytest
from bs4 import BeautifulSoup
from mkdocs.exceptions import PluginError

from macros import glossary

ROOT = Path(__file__).resolve().parents[2]


def test_definitions_become_terms_and_meanings_and_blank_lines_are_skipped():
    text = "*[CLB]: Canadian Language Benchmarks\n\n*[LMS]:  Learning management system \n"
    assert glossary.parse_glossary(text) == {
        "CLB": "Canadian Language Benchmarks",
        "LMS": "Learning management system",
    }


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("*[CLB]: one\nCLB means two\n", "line 2: 'CLB means two' is not a glossary definition"),
        ("*[CLB]:\n", "line 1"),
        ("*[CLB]: one\n*[CLB]: two\n", "line 2: 'CLB' is defined twice"),
    ],
)
def test_a_bad_line_names_the_file_the_line_and_the_fix(text, message):
    with pytest.raises(PluginError) as error:
        glossary.parse_glossary(text)
    assert message in str(error.value)
    assert "includes/abbreviations.md" in str(error.value) and "Fix: " in str(error.value)


def test_the_site_glossary_parses_and_reaches_the_abbr_extension():
    config = {
        "docs_dir": str(ROOT / "docs"),
        "markdown_extensions": ["abbr", "toc"],
        "mdx_configs": {"toc": {"permalink": True}},
    }
    glossary.on_config(config)
    terms = config["mdx_configs"]["abbr"]["glossary"]
    assert len(terms) > 50 and terms["CLB"].startswith("Canadian Language Benchmarks")


def test_a_site_without_abbr_or_without_the_file_is_left_alone(tmp_path):
    config = {"docs_dir": str(tmp_path), "markdown_extensions": ["abbr"], "mdx_configs": {}}
    assert glossary.on_config(config)["mdx_configs"] == {}


# The first plain-text appearance of each word opens its meaning by tap, click or keyboard.

CLB = '<abbr title="Canadian Language Benchmarks">CLB</abbr>'
LMS = '<abbr title="Learning management system">LMS</abbr>'


def buttons_of(html: str) -> list[tuple[str, str]]:
    """(word, meaning in its popover) for each glossary button, checking that they are paired."""
    soup = BeautifulSoup(html, "lxml")
    found = []
    for button in soup.select("button.wc-term"):
        popovers = soup.select(f'[id="{button["popovertarget"]}"][popover]')
        assert len(popovers) == 1, button
        assert button["type"] == "button" and popovers[0].has_attr("data-search-exclude")
        word = popovers[0].select_one(".wc-term__word").get_text()
        assert word == button.get_text()
        found.append((word, popovers[0].get_text()[len(word) :].strip()))
    return found


def test_the_first_appearance_of_each_word_opens_its_meaning_and_later_ones_stay_abbr():
    html = glossary.term_buttons(f"<p>Your {CLB} level and {LMS}.</p><p>{CLB} and {LMS}</p>")
    assert buttons_of(html) == [
        ("CLB", "Canadian Language Benchmarks"),
        ("LMS", "Learning management system"),
    ]
    soup = BeautifulSoup(html, "lxml")
    assert [a.get_text() for a in soup.select("p:nth-of-type(2) abbr[title]")] == ["CLB", "LMS"]
    assert soup.select_one("button.wc-term")["title"] == "Canadian Language Benchmarks"


@pytest.mark.parametrize(
    "inside",
    ['<a href="x" title="a > b">', "<label>", "<summary>", "<h2>", "<dt>", "<button>", "<legend>"],
)
def test_a_word_where_a_button_cannot_go_stays_abbr_and_the_next_plain_one_opens(inside):
    tag = inside[1:].split()[0].strip(">")
    html = glossary.term_buttons(f"<div>{inside}The {CLB}</{tag}><p>Your {CLB}</p></div>")
    soup = BeautifulSoup(html, "lxml")
    assert soup.select_one(tag).select(".wc-term, [popover]") == []
    assert soup.select_one(f"{tag} abbr[title]").get_text() == "CLB"
    assert buttons_of(html) == [("CLB", "Canadian Language Benchmarks")]
    assert soup.select_one("p button.wc-term") is not None


def test_after_a_link_closes_the_next_word_opens_again():
    html = glossary.term_buttons(f'<p><a href="x"><em>{LMS}</em></a> then {CLB}</p>')
    assert buttons_of(html) == [("CLB", "Canadian Language Benchmarks")]


def test_hostile_words_and_meanings_stay_text():
    meaning = "&lt;script&gt;alert(1)&lt;/script&gt; &quot;q&quot; &amp; \u05e9"
    hostile = f'<abbr title="{meaning}">&lt;b onclick=x&gt;&amp;Y</abbr>'
    html = glossary.term_buttons(f"<p>{hostile}</p>")
    soup = BeautifulSoup(html, "lxml")
    assert soup.select("script, b, [onclick]") == []
    assert buttons_of(html) == [("<b onclick=x>&Y", '<script>alert(1)</script> "q" & \u05e9')]


def test_a_page_without_glossary_words_is_left_as_it_is():
    html = "<p>No words here. <b>Bold</b> <a href='x'>link</a></p>"
    assert glossary.term_buttons(html) == html


def test_every_popover_has_its_own_id():
    html = glossary.term_buttons(
        f"<p>{CLB} {LMS}</p>" + "".join(f'<p><abbr title="m{n}">W{n}</abbr></p>' for n in range(12))
    )
    ids = [e["id"] for e in BeautifulSoup(html, "lxml").select("[popover]")]
    assert len(ids) == 14 == len(set(ids))


@pytest.mark.parametrize(
    "item",
    [f"<li><strong>{CLB}</strong>: a level", f"<li>\n<p><strong>{CLB}</strong>: a level</p>"],
)
def test_the_word_a_list_item_defines_stays_abbr_and_its_first_use_in_the_text_opens(item):
    # "Words to know": `- **CLB**: ...` gives the meaning right there; the text needs the button.
    html = glossary.term_buttons(f"<ul>{item}</li></ul><p>Your {CLB} level</p>")
    soup = BeautifulSoup(html, "lxml")
    assert soup.select("li .wc-term") == [] and soup.select_one("li abbr[title]") is not None
    assert soup.select_one("p:last-of-type button.wc-term").get_text() == "CLB"
    assert buttons_of(html) == [("CLB", "Canadian Language Benchmarks")]


@pytest.mark.parametrize(
    "text",
    [
        f"<li>Your <strong>{CLB}</strong> level</li>",  # bold later in an item
        f"<p><strong>{CLB}</strong> level</p>",  # bold that starts a paragraph, not an item
        f"<li><strong>Note</strong> your {CLB}</li>",  # after the item's lead word has closed
    ],
)
def test_other_bold_words_still_open_their_meaning(text):
    assert buttons_of(glossary.term_buttons(text)) == [("CLB", "Canadian Language Benchmarks")]


def test_the_defined_word_again_in_its_own_item_stays_abbr_and_other_words_there_open():
    item = f"<li><strong>{CLB}</strong>: a level. Your {CLB} and {LMS}.</li>"
    html = glossary.term_buttons(f"<ul>{item}<li>Next {CLB}</li></ul>")
    soup = BeautifulSoup(html, "lxml")
    assert [b.get_text() for b in soup.select("li:first-child button.wc-term")] == ["LMS"]
    assert soup.select_one("li:last-child button.wc-term").get_text() == "CLB"
