"""The letter macro: parsing the author's letter and notes, each authoring error, rendering."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from bs4 import BeautifulSoup
from jinja2 import Environment, FileSystemLoader

from macros import items
from macros.errors import AuthoringError
from macros.letters import fingerprint, parse_letter, render_letter
from tests.support.html import template_contents

ROOT = Path(__file__).resolve().parents[2]
LETTERS = ROOT / "docs" / "includes" / "letters"
SIX = {
    "reply-to-rejection",
    "thank-you-after-interview",
    "phone-call-script",
    "email-to-interviewer",
    "thanks-for-feedback",
    "keep-in-touch",
}

BODY = """
Dear [Interviewer's name],
> Greeting: Use the person's name.

Thank you for the interview at [Company].
I enjoyed it.
> Thanks: Mention [Company]
> so they remember you.

Best regards,
[Your name]
"""


def test_paragraphs_keep_their_line_breaks_and_notes_attach_to_the_paragraph_above():
    letter = parse_letter("t", "Title", BODY, subject="Hello from [Your name]")
    assert [p.lines for p in letter.parts] == [
        ("Dear [Interviewer's name],",),
        ("Thank you for the interview at [Company].", "I enjoyed it."),
        ("Best regards,", "[Your name]"),
    ]
    assert [(p.label, p.note) for p in letter.parts] == [
        ("Greeting", "Use the person's name."),
        ("Thanks", "Mention [Company] so they remember you."),
        ("", ""),
    ]


def test_placeholders_are_listed_once_in_reading_order_subject_first():
    letter = parse_letter("t", "Title", BODY, subject="Hello from [Your name]")
    assert letter.placeholders == ["Your name", "Interviewer's name", "Company"]


def test_the_plain_text_has_blank_lines_between_paragraphs_and_no_notes():
    letter = parse_letter("t", "Title", BODY)
    assert letter.text == (
        "Dear [Interviewer's name],\n\nThank you for the interview at [Company].\nI enjoyed it."
        "\n\nBest regards,\n[Your name]"
    )
    assert "Greeting" not in letter.text


def test_a_markdown_link_is_not_a_placeholder():
    letter = parse_letter("t", "Title", "See [the guide](https://example.com) and [Company].")
    assert letter.placeholders == ["Company"]


@pytest.mark.parametrize(
    ("body", "subject", "line"),
    [
        ("Hi [Name],\n\nThanks for your help with [Task.\n", None, 3),
        ("Hi Name],\n", None, 1),
        ("Hi [Name],\n", "Thanks, [Name", None),
    ],
)
def test_a_bracket_that_makes_no_placeholder_is_refused_at_its_line(body, subject, line):
    with pytest.raises(AuthoringError) as caught:
        parse_letter("thanks", "Thanks", body, subject=subject)
    assert "has a [ or a ] that does not make a placeholder" in str(caught.value)
    assert caught.value.line == line and "like [Company]" in caught.value.fix


def test_brackets_of_placeholders_and_links_are_fine():
    body = "See [the guide](../guide.md) and [this one](x.md), [Your name].\n"
    assert parse_letter("t", "T", body, subject="[Position]: [Your name]").placeholders == [
        "Position",
        "Your name",
    ]


@pytest.mark.parametrize("body", ["", "\n\n   \n"])
def test_an_empty_letter_is_refused(body):
    with pytest.raises(AuthoringError, match="the letter is empty") as caught:
        parse_letter("empty-one", "Title", body)
    assert caught.value.item == "empty-one"
    assert "{% call letter" in caught.value.fix


def test_a_note_that_mentions_an_unknown_placeholder_is_refused_with_the_known_ones():
    body = "Dear [Name],\n> Greeting: Use [Manager] here."
    with pytest.raises(AuthoringError) as caught:
        parse_letter("x", "Title", body)
    message = str(caught.value)
    assert "[Manager]" in message and "not in the letter" in message
    assert "[Name]" in caught.value.fix
    assert caught.value.line == 2


def test_a_note_that_mentions_a_known_placeholder_is_accepted():
    assert parse_letter("x", "Title", "Dear [Name],\n> Greeting: Use [Name] here.").parts


def test_a_note_without_a_part_name_is_refused():
    with pytest.raises(AuthoringError, match="does not start with the name of a part"):
        parse_letter("x", "Title", "Dear [Name],\n> use their name")


def test_a_note_before_the_letter_is_refused():
    with pytest.raises(AuthoringError, match="before any part") as caught:
        parse_letter("x", "Title", "> Greeting: hello\nDear [Name],")
    assert caught.value.line == 1


def test_a_second_note_on_one_paragraph_is_refused():
    with pytest.raises(AuthoringError, match="already has a note"):
        parse_letter("x", "Title", "Dear [Name],\n> Greeting: one\n\n> Other: two")


@pytest.mark.parametrize(
    ("kwargs", "problem"),
    [
        ({"kind": "letter"}, "is not a kind of letter"),
        ({"kind": "phone", "subject": "Hi"}, "a phone script has no subject"),
    ],
)
def test_kind_and_subject_are_checked(kwargs, problem):
    with pytest.raises(AuthoringError, match=problem):
        parse_letter("x", "Title", "Hello.", **kwargs)


@pytest.mark.parametrize("bad_id", ["Reply", "reply_to", "", "reply--to", "-reply"])
def test_an_invalid_id_is_refused(bad_id):
    with pytest.raises(AuthoringError, match="is not valid"):
        parse_letter(bad_id, "Title", "Hello.")


def test_the_message_names_page_letter_line_and_fix():
    with pytest.raises(AuthoringError) as caught:
        parse_letter("x", "Title", "Dear [Name],\n> Greeting: Use [Boss].")
    text = str(caught.value.at("lessons/a.md"))
    assert text.startswith("lessons/a.md, 'x', line 2: ")
    assert "Fix: " in text


def test_a_duplicate_id_with_different_content_names_both_pages():
    registry = items.Registry()
    one = parse_letter("dup", "One", "Hello.")
    two = parse_letter("dup", "Two", "Hello there.")
    registry.claim("letter", "dup", fingerprint(one), "lessons/a.md")
    with pytest.raises(AuthoringError) as caught:
        registry.claim("letter", "dup", fingerprint(two), "workcom/week-2.md")
    message = str(caught.value)
    assert "lessons/a.md" in message
    assert caught.value.page == "workcom/week-2.md"


def test_the_same_letter_on_two_pages_is_allowed_but_not_twice_on_one_page():
    registry = items.Registry()
    letter = parse_letter("same", "One", "Hello.")
    registry.claim("letter", "same", fingerprint(letter), "lessons/a.md")
    registry.claim("letter", "same", fingerprint(letter), "workcom/week-2.md")  # no error
    with pytest.raises(AuthoringError, match="used twice on this page"):
        registry.claim("letter", "same", fingerprint(letter), "lessons/a.md")


def _soup(html: str) -> BeautifulSoup:
    return BeautifulSoup(html, "lxml")


def _form(html: str) -> BeautifulSoup:
    """The "Make it yours" form, read from the template it waits in."""
    return template_contents(html, "template.wc-letter__form")


def test_rendering_shows_the_model_letter_its_notes_and_one_field_per_placeholder():
    letter = parse_letter("t", "A title", BODY, subject="Re: [Company]")
    html = render_letter(letter)
    soup = _soup(html)
    section = soup.select_one("section#letter-t")
    assert section.h3.get_text() == "A title"
    assert [s.get_text() for s in soup.select(".wc-letter__model .wc-ph")] == [
        "[Company]",
        "[Interviewer's name]",
        "[Company]",
        "[Your name]",
    ]
    assert [n.get_text(" ", strip=True) for n in soup.select(".wc-letter__note")] == [
        "Greeting: Use the person's name.",
        "Thanks: Mention [Company] so they remember you.",
    ]
    # The form waits in a template (out of search) behind a "Make it yours" button that only
    # shows when the script runs.
    opener = soup.select_one("h4.wc-letter__make-title[hidden] > button.wc-letter__open")
    assert opener.get_text() == "Make it yours" and opener["aria-expanded"] == "false"
    assert soup.select_one("template.wc-letter__form").has_attr("data-search-exclude")
    form = _form(html).select_one("form")
    assert form["id"] == "letter-t-make"
    labels = [label.get_text() for label in form.select("label")]
    assert labels == ["Company", "Interviewer's name", "Your name"]
    for label in form.select("label"):
        assert form.find(id=label["for"]).name == "input"
    data = json.loads(section["data-letter"])
    assert data == {
        "id": "t",
        "title": "A title",
        "kind": "email",
        "subject": "Re: [Company]",
        "text": letter.text,
    }


def test_fields_for_the_learners_own_details_say_their_purpose_and_others_do_not():
    """WCAG 1.3.5: the browser can fill in the learner's own name, phone and email, and a phone
    shows the keyboard for each; it offers none of that for the company or the interviewer."""
    body = "[Company], [Interviewer's name]\n\n[Your name]\n[Your phone number]\n"
    body += "[Your email address]"
    form = _form(render_letter(parse_letter("own", "Mine", body)))
    fields = {
        label.get_text(): form.find(id=label["for"]) for label in form.select(".wc-field label")
    }
    assert {name: (f["type"], f["autocomplete"]) for name, f in fields.items()} == {
        "Company": ("text", "off"),
        "Interviewer's name": ("text", "off"),
        "Your name": ("text", "name"),
        "Your phone number": ("tel", "tel"),
        "Your email address": ("email", "email"),
    }


def test_the_learners_own_details_are_known_however_the_author_spells_their_case():
    """[your name] is [Your name]: one field with its autocomplete, the same name as in other
    letters (so a new letter starts with it), and the letter and its notes still fill it in."""
    body = "I am [your name].\n> Closing: Sign with [YOUR  NAME].\n\n[Your Phone Number]"
    letter = parse_letter("own", "Mine", body, subject="From [your name]")
    assert letter.placeholders == ["Your name", "Your phone number"]
    assert letter.subject == "From [Your name]"
    assert "I am [Your name]." in letter.text and "[your name]" not in letter.text
    form = _form(render_letter(letter))
    fields = {
        label.get_text(): form.find(id=label["for"]) for label in form.select(".wc-field label")
    }
    assert {name: f["autocomplete"] for name, f in fields.items()} == {
        "Your name": "name",
        "Your phone number": "tel",
    }
    other = parse_letter("o", "M", "[Your names] [Company]")
    assert other.placeholders == ["Your names", "Company"]


def test_a_phone_script_has_no_email_button_and_an_email_has_one():
    phone = render_letter(parse_letter("p", "Call", "I am [Your name].", kind="phone"))
    email = render_letter(parse_letter("e", "Mail", "Hello, I am [Your name]."))
    assert _form(phone).select("[data-action=copy]")  # negative control: the form was read
    assert _form(phone).select('[data-action="email"]') == []
    assert len(_form(email).select('a[data-action="email"][href^="mailto:"]')) == 1
    assert "Phone script" in _soup(phone).select_one(".wc-letter__kind").get_text()


def test_author_text_is_escaped_and_note_markdown_is_rendered():
    body = "Hi <b>there</b> & [Name]\n> Tip: Be **kind** <script>alert(1)</script>"
    soup = _soup(render_letter(parse_letter("x", "T <i>", body)))
    assert soup.find("script") is None and soup.find("b") is None and soup.find("i") is None
    assert "Hi <b>there</b> &" in soup.select_one(".wc-letter__text").get_text()
    assert [s.get_text() for s in soup.select(".wc-letter__note strong")] == ["Tip:", "kind"]


def test_rendered_html_has_no_indented_lines_that_markdown_would_turn_into_code():
    html = render_letter(parse_letter("t", "A title", BODY))
    assert [line for line in html.splitlines() if re.match(r"^( {4}|\t)", line)] == []


def _letters_in(path: Path) -> list[dict]:
    found: list[dict] = []

    def letter(id, title, subject=None, kind="email", caller=None):
        found.append({"id": id, "letter": parse_letter(id, title, caller(), subject, kind)})
        return ""

    env = Environment(loader=FileSystemLoader(str(ROOT / "docs")))
    env.get_template(str(path.relative_to(ROOT / "docs"))).render(letter=letter)
    return found


def test_the_six_course_letters_exist_each_in_its_own_file_and_parse():
    files = sorted(LETTERS.glob("*.md"))
    assert {f.stem for f in files} == SIX
    for file in files:
        found = _letters_in(file)
        assert [f["id"] for f in found] == [file.stem], file.name
        letter = found[0]["letter"]
        assert "Your name" in letter.placeholders, file.name
        assert sum(1 for p in letter.parts if p.note) >= 3, f"{file.name}: too few notes"
    phone = _letters_in(LETTERS / "phone-call-script.md")[0]["letter"]
    assert phone.kind == "phone"
    assert "feedback" in phone.text and "time" in phone.text
