"""Hostile author text renders safely: shown as text, never as markup or script.

Each renderer gets text with a script tag, quotes that try to leave an attribute, Jinja braces,
a very long word, right-to-left text and emoji, in every slot an author fills.
"""

from __future__ import annotations

import json

import pytest
from bs4 import BeautifulSoup

from macros import attribution, letters, quiz, workbook
from tests.support.html import template_contents
from tests.support.structure import structure_problems

SCRIPT = "<script>alert(1)</script>"
ATTRIBUTE = "\"><img src=x onerror=alert(1)> ' onmouseover='alert(2)"
BRACES = "{{ 7*7 }} {% if x %}"
LONG = "Pneumonoultramicroscopicsilicovolcanoconiosis" * 4
RTL = "\u0645\u0631\u062d\u0628\u0627 \u05e9\u05dc\u05d5\u05dd"
EMOJI = "\U0001f600\U0001f1e8\U0001f1e6"
HOSTILE = [SCRIPT, ATTRIBUTE, BRACES, LONG, RTL, EMOJI]


def shown(html: str) -> str:
    """The text a reader sees (and that screen readers read), attributes aside."""
    return BeautifulSoup(html, "lxml").get_text(" ")


def assert_safe(html: str, text: str) -> None:
    assert structure_problems(html) == []
    assert text in shown(html)
    assert "49" not in shown(html).replace(text, "")  # braces were not evaluated


@pytest.mark.parametrize("text", HOSTILE)
def test_a_choice_quiz_shows_hostile_text_as_text(text):
    body = f"- [x] {text}\n    > {text}\n- [ ] Other\nExplanation: {text}"
    assert_safe(quiz.render_quiz(quiz.parse_quiz("q", text, body)), text)


@pytest.mark.parametrize("text", HOSTILE)
def test_fill_match_order_and_reflection_quizzes_show_hostile_text_as_text(text):
    for kind, body in [
        (None, f"- {text} [[{text}|hint: {text}]]"),
        (None, f"- {text} => {text}\n- B => C"),
        ("order", f"1. {text}\n2. Next"),
        ("reflection", text),
    ]:
        html = quiz.render_quiz(quiz.parse_quiz("q", "Prompt", body, kind))
        assert_safe(html, text)


def test_blank_answers_stay_inside_their_attribute():
    html = quiz.render_quiz(quiz.parse_quiz("q", "P", f"- A [[{ATTRIBUTE}]]"))
    blank = BeautifulSoup(html, "lxml").select_one("input.wc-quiz__blank")
    assert json.loads(blank["data-answers"]) == [ATTRIBUTE.strip()]
    assert structure_problems(html) == []


@pytest.mark.parametrize("text", HOSTILE)
def test_a_letter_shows_hostile_text_as_text(text):
    body = f"Dear [Name],\n{text}\n> Greeting: {text} for [Name]."
    letter = letters.parse_letter("l", text, body, subject=text)
    html = letters.render_letter(letter)
    assert_safe(html, text)
    data = json.loads(BeautifulSoup(html, "lxml").select_one("[data-letter]")["data-letter"])
    assert data["title"] == text.strip()


def test_a_hostile_placeholder_becomes_a_labelled_field_not_markup():
    letter = letters.parse_letter("l", "T", "Hello [<b onclick=x>name]")
    html = letters.render_letter(letter)
    assert structure_problems(html) == []
    form = template_contents(html, "template.wc-letter__form")
    field = form.select_one("input[data-placeholder]")
    assert field["data-placeholder"] == "<b onclick=x>name"


@pytest.mark.parametrize("text", HOSTILE)
def test_workbook_parts_show_hostile_text_as_text(text):
    checklist = workbook.parse_checklist("c", text, f"{text}:\n- {text}", f"{text} | B")
    rubric = workbook.parse_rubric("r", text, f"- {text} | {text} | ...", f"A | {text}")
    journal = workbook.parse_journal("j", text, f"- {text}")
    for html in (
        workbook.render_checklist(checklist),
        workbook.render_rubric(rubric),
        workbook.render_journal(journal),
    ):
        assert_safe(html, text)
    helpful = workbook.render_helpful(text, "")
    assert structure_problems(helpful) == []
    box = BeautifulSoup(helpful, "lxml").select_one(".wc-helpful")
    assert box["data-page-title"] == text


def test_the_my_work_index_cannot_end_its_script_element():
    from macros import items

    registry = items.Registry()
    registry.track("a/", SCRIPT, "journal", "j", "</script><script>alert(1)</script>")
    data = workbook.index_json(registry)
    assert "<" not in data and json.loads(data)["pages"][0]["title"] == SCRIPT


@pytest.mark.parametrize("text", HOSTILE)
def test_credits_show_hostile_text_as_text(text):
    site = attribution.site_licensing(
        {"licence": "CC-BY-4.0", "licensor": text, "code_licence": "MIT"}, "https://x.test/", "en"
    )
    meta = {
        "source": {
            "title": text,
            "author": text,
            "url": "https://example.org/",
            "licence": "CC-BY-4.0",
            "changes": text,
        }
    }
    page = attribution.parse_page(meta, "a.md", "a/", text, site)
    footer = attribution.footer_html(page, site)
    one_line = " ".join(text.split())
    assert_safe(footer, one_line)
    script = attribution.json_ld_script(attribution.json_ld(page, site, "https://x.test/a/"))
    assert "<" not in script and json.loads(script)["isBasedOn"][0]["name"] == one_line


def test_the_safety_check_would_see_script_that_ran_through():
    # Negative control: raw HTML is what an unescaped template would have produced.
    assert structure_problems(f"<p>{SCRIPT}</p>") != []
    assert structure_problems(f'<p data-x="{ATTRIBUTE}">x</p>'.replace('\\"', '"')) != []
