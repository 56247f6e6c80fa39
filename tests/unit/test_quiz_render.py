"""The HTML of each quiz type: readable without JavaScript, answers kept out of search."""

from __future__ import annotations

import json

from bs4 import BeautifulSoup

from macros.printables import activities_in, render_worksheet
from macros.quiz import answer_version, parse_quiz, render_quiz


def soup(quiz_id: str, body: str, type: str | None = None) -> BeautifulSoup:
    return BeautifulSoup(render_quiz(parse_quiz(quiz_id, "The question?", body, type)), "lxml")


def test_every_quiz_is_a_fieldset_with_its_question_as_legend_and_answers_in_details():
    page = soup("q", "- [x] A\n    > Yes.\n- [ ] B")
    assert page.select_one("fieldset > legend").get_text() == "The question?"
    details = page.select_one("details.wc-quiz__answer")
    assert details.summary.get_text() == "Show answer"
    assert details.has_attr("data-search-exclude")
    assert "Yes." in details.get_text()


def test_feedback_and_explanation_are_written_once_in_the_answer_block_out_of_search():
    page = soup("q", "- [x] A\n    > Yes.\n- [ ] B\n    > No.\nExplanation: Because.")
    details = page.select_one("details.wc-quiz__answer")
    why = [li.select_one(".wc-quiz__why") for li in details.select(".wc-quiz__key > li")]
    assert [w.get_text() for w in why] == ["Yes.", "No."]
    explain = details.select_one(".wc-quiz__explain")
    assert explain.get_text(" ", strip=True) == "Explanation Because."
    text = page.get_text()
    assert (text.count("Yes."), text.count("No."), text.count("Because.")) == (1, 1, 1)
    outside = [
        t
        for t in page.find_all(string=True)
        if ("Yes." in t or "Because" in t)
        and not any(p.has_attr("data-search-exclude") for p in t.parents if p.name)
    ]
    assert outside == []


def test_single_choice_is_radios_and_multiple_is_checkboxes():
    assert {i["type"] for i in soup("q", "- [x] A\n- [ ] B").select("fieldset input")} == {"radio"}
    multi = soup("q", "- [x] A\n- [x] B\n- [ ] C")
    assert {i["type"] for i in multi.select("fieldset input")} == {"checkbox"}
    assert [i.has_attr("data-ok") for i in multi.select("fieldset input")] == [True, True, False]


def test_each_option_is_inside_its_own_label():
    page = soup("q", "- [x] A\n- [ ] B")
    assert [lab.get_text(strip=True) for lab in page.select("label")] == ["A", "B"]


def test_blanks_are_labelled_text_inputs_carrying_their_answers_and_hint():
    page = soup("f", "1. Thank you for [[letting|hint: -ing]] me know.")
    field = page.select_one("input.wc-quiz__blank")
    assert field["type"] == "text" and field["aria-label"] == "Blank 1 of 1"
    assert json.loads(field["data-answers"]) == ["letting"]
    assert page.select_one(".wc-quiz__hint").get_text() == "(hint: -ing)"
    text = page.select_one(".wc-quiz__text").get_text()
    assert text.startswith("Thank you for ") and text.endswith(" me know.")


def test_a_blank_is_described_by_its_sentence_so_a_screen_reader_hears_the_words_around_it():
    """Not only "Blank 2": its name says which of how many, its description is its sentence."""
    body = "1. Thank you for [[letting|hint: -ing]] me know.\n2. I [[don't]] [[want]] it."
    page = soup("f", body)
    fields = page.select("input.wc-quiz__blank")
    assert [f["aria-label"] for f in fields] == ["Blank 1 of 3", "Blank 2 of 3", "Blank 3 of 3"]
    sentences = [page.find(id=f["aria-describedby"]) for f in fields]
    assert [s.get_text() for s in sentences] == [
        "Thank you for  (hint: -ing) me know.",
        "I   it.",
        "I   it.",
    ]
    assert all(f in s.find_all("input") for f, s in zip(fields, sentences, strict=True))


def test_order_items_are_shown_mixed_up_with_their_right_positions():
    page = soup("email-order", "1. A\n2. B\n3. C\n4. D", type="order")
    shown = [
        li.select_one(".wc-quiz__text").get_text() for li in page.select("ol.wc-quiz__order > li")
    ]
    positions = [int(li["data-pos"]) for li in page.select("ol.wc-quiz__order > li")]
    assert sorted(shown) == ["A", "B", "C", "D"] and shown != ["A", "B", "C", "D"]
    assert [shown[positions.index(i)] for i in range(4)] == ["A", "B", "C", "D"]
    assert [li.get_text() for li in page.select(".wc-quiz__key li")] == ["A", "B", "C", "D"]


def test_matching_uses_a_labelled_select_per_left_side():
    page = soup("m", "- Thanks. => To thank\n- Feedback? => To ask\n- Bye. => To close")
    selects = page.select("select")
    assert len(selects) == 3
    for select in selects:
        label = page.find("label", attrs={"for": select["id"]})
        options = [o.get_text() for o in select.find_all("option")]
        assert options[0] == "Choose…" and sorted(options[1:]) == ["To ask", "To close", "To thank"]
        right = select.find("option", attrs={"value": select["data-answer"]}).get_text()
        assert (label.get_text(), right) in {
            ("Thanks.", "To thank"),
            ("Feedback?", "To ask"),
            ("Bye.", "To close"),
        }


def test_reflection_has_a_labelled_textarea_and_a_hidden_model_answer():
    page = soup("r", "I was **early**.", type="reflection")
    area = page.select_one("textarea")
    assert page.find("label", attrs={"for": area["id"]}).get_text() == "Your answer"
    model = page.select_one("details.wc-quiz__answer .wc-quiz__model")
    assert "early" in model.get_text() and page.get_text().count("early") == 1
    assert page.select_one("details summary").get_text() == "Show a model answer"


def test_author_html_is_shown_as_text_never_as_markup():
    page = soup("q", "- [x] <img src=x onerror=alert(1)> A\n- [ ] B")
    assert page.find("img") is None
    assert "<img src=x" in page.select_one("label").get_text()


def test_the_line_under_a_fill_in_question_does_not_say_how_many_words():
    """The author's question may say "Write one word in each blank."; the line under it must not
    contradict that, so it says only where the answer goes, on the page and on the worksheet."""
    page = soup("f", "1. I am still [[interested]] in it.")
    assert page.select_one(".wc-quiz__how").get_text() == "Type your answer in each blank."
    sheet = render_worksheet(activities_in(ONE_WORD, "lessons/a.md"), "../a/")
    how = BeautifulSoup(sheet, "lxml").select(".wc-sheet__how")
    assert [p.get_text() for p in how] == ["Write your answer on each line."]


ONE_WORD = """{% call quiz("polite", "Make it polite. Write one word in each blank.") %}
1. Would you [[mind]] checking my order?
{% endcall %}"""


def version(body: str, type: str | None = None, prompt: str = "The question?") -> str:
    return answer_version(parse_quiz("q", prompt, body, type))


CHOICES = (
    "- [ ] Reply at once.\n    > No.\n- [x] Wait until you are calm.\n    > Yes.\n- [ ] Forget it."
)


def test_a_saved_answer_is_tied_to_the_quiz_on_the_page_by_a_short_fingerprint():
    page = soup("q", CHOICES)
    assert page.select_one(".wc-quiz")["data-v"] == version(CHOICES)
    assert len(version(CHOICES)) == 8
    assert not soup("q", "A model answer.", "reflection").select_one(".wc-quiz").has_attr("data-v")


def test_the_fingerprint_changes_when_the_places_a_saved_answer_points_at_change():
    reordered = "- [x] Wait until you are calm.\n- [ ] Reply at once.\n- [ ] Forget it."
    reworded = CHOICES.replace("Forget it.", "Delete the email.")
    added = CHOICES + "\n- [ ] Call them."
    assert len({version(CHOICES), version(reordered), version(reworded), version(added)}) == 4
    # Steps in another right order; words around a blank; another pair.
    assert version("1. Greet\n2. Ask\n3. Thank", "order") != version(
        "1. Ask\n2. Greet\n3. Thank", "order"
    )
    assert version("- I [[am]] here.\n- You [[are]] there.") != version(
        "- You [[are]] there.\n- I [[am]] here."
    )
    assert version("- cheque => bank\n- doctor => clinic") != version(
        "- cheque => bank\n- doctor => hospital"
    )


def test_the_fingerprint_stays_when_only_the_marking_or_the_words_around_the_options_change():
    """quiz.js marks a saved answer again from the page, so these keep the learner's answer."""
    other_right = CHOICES.replace("- [ ] Reply", "- [x] Reply")
    more_feedback = CHOICES.replace("> No.", "> No: an angry reply can close a door.")
    explained = CHOICES + "\nExplanation: Strong feelings are normal."
    assert version(other_right, "multiple") != version(CHOICES)  # another type: radio to checkbox
    assert version(other_right.replace("- [x] Wait", "- [ ] Wait")) == version(CHOICES)
    assert version(more_feedback) == version(explained) == version(CHOICES, prompt="New?")
    assert version("- I [[am|'m]] here.") == version("- I [[am|hint: a verb]] here.")
