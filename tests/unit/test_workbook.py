"""Workbook macros: checklist, rubric and journal parsing, each authoring error, rendering."""

from __future__ import annotations

import json
import re

import pytest
from bs4 import BeautifulSoup

from macros import items
from macros.errors import AuthoringError
from macros.workbook import (
    contact_email,
    counts_in_progress,
    index_json,
    parse_checklist,
    parse_journal,
    parse_rubric,
    render_checklist,
    render_helpful,
    render_journal,
    render_my_work,
    render_rubric,
)

CHECKLIST = """
Speaking:
- I can introduce myself to a new co-worker.
- I can ask someone to repeat what they said.
Writing:
- I can write a short, polite email.
"""

RUBRIC = """
- Greeting | No greeting | Polite, no name | Polite, with the name
- Purpose | The reader can't tell | ... | Clear in two lines
"""


def _soup(html: str) -> BeautifulSoup:
    return BeautifulSoup(html, "lxml")


def test_a_checklist_has_groups_of_statements_default_levels_and_three_goals():
    model = parse_checklist("skills", "My skills", CHECKLIST)
    assert [(g.name, len(g.statements)) for g in model.groups] == [("Speaking", 2), ("Writing", 1)]
    assert model.levels == ("Not yet", "With help", "On my own")
    assert model.goals == 3


def test_checklist_levels_and_goals_can_be_changed():
    model = parse_checklist("s", "T", "- I can type.", levels="No | Yes", goals=0)
    assert model.levels == ("No", "Yes") and model.goals == 0
    assert model.groups[0].name == ""


@pytest.mark.parametrize(
    ("body", "kwargs", "problem", "line"),
    [
        ("", {}, "the checklist has no statements", None),
        ("Speaking:\nWriting:\n- I can write.", {}, "the group 'Speaking' has no statements", 1),
        ("Speaking:\nI can talk.", {}, "is neither a group nor a statement", 2),
        ("- I can talk.", {"levels": "Yes"}, "must name two or more different levels", None),
        ("- I can talk.", {"levels": "Yes | Yes"}, "must name two or more", None),
        ("- I can talk.", {"goals": "two"}, "is not a number of goals", None),
        ("- I can talk.", {"goals": 11}, "is not a number of goals", None),
    ],
)
def test_checklist_errors_name_the_problem_and_line(body, kwargs, problem, line):
    with pytest.raises(AuthoringError, match=re.escape(problem)) as caught:
        parse_checklist("skills", "My skills", body, **kwargs)
    assert caught.value.item == "skills"
    assert caught.value.line == line
    assert caught.value.fix


def test_a_checklist_renders_one_radio_group_per_statement_with_real_labels():
    soup = _soup(render_checklist(parse_checklist("skills", "My skills", CHECKLIST, goals=2)))
    rows = soup.select("fieldset[data-row]")
    assert [r.legend.get_text() for r in rows] == [
        "I can introduce myself to a new co-worker.",
        "I can ask someone to repeat what they said.",
        "I can write a short, polite email.",
    ]
    for row in rows:
        radios = row.select("input[type=radio]")
        assert [r["value"] for r in radios] == ["Not yet", "With help", "On my own"]
        assert len({r["name"] for r in radios}) == 1
        assert all(r.parent.name == "label" for r in radios)
    assert len({r.select_one("input")["name"] for r in rows}) == 3
    assert [h.get_text() for h in soup.select("[data-group]")] == ["Speaking", "Writing"]
    # A goal is a text area, one line to start with, as tall as its text (workbook.css).
    assert [g.name for g in soup.select("[data-goal]")] == ["textarea", "textarea"]
    for goal in soup.select("[data-goal]"):
        assert goal["rows"] == "1"
        assert soup.find("label", attrs={"for": goal["id"]})


def test_a_rubric_has_one_descriptor_per_level_and_dots_mean_none():
    model = parse_rubric("review", "Peer review", RUBRIC)
    assert model.levels == ("Not yet", "Almost", "Yes")
    assert model.criteria[1].descriptors == ("The reader can't tell", "", "Clear in two lines")


@pytest.mark.parametrize(
    ("body", "problem", "line"),
    [
        ("", "the rubric has no criteria", None),
        ("Greeting | a | b | c", "is not a criterion", 1),
        ("- | a | b | c", "a criterion has no name", 1),
        ("- Greeting | a | b", "has 2 descriptors for 3 levels", 1),
        ("- Greeting | a | b | c\n- Close | a | b | c | d", "has 4 descriptors for 3 levels", 2),
    ],
)
def test_rubric_errors(body, problem, line):
    with pytest.raises(AuthoringError, match=re.escape(problem)) as caught:
        parse_rubric("review", "Peer review", body)
    assert caught.value.line == line


def test_a_rubric_renders_levels_with_descriptors_and_a_comment_box_per_criterion():
    soup = _soup(render_rubric(parse_rubric("review", "Peer review", RUBRIC)))
    rows = soup.select("fieldset[data-row]")
    assert [r.legend.get_text() for r in rows] == ["Greeting", "Purpose"]
    options = [label.get_text(" ", strip=True) for label in rows[1].select("label:has(input)")]
    assert options == ["Not yet : The reader can't tell", "Almost", "Yes : Clear in two lines"]
    for row in rows:
        comment = row.select_one("textarea[data-comment]")
        assert row.find("label", attrs={"for": comment["id"]}).get_text() == "Comment"
    # WCAG 1.3.5: the reviewer's own name says its purpose; the partner's name is not theirs.
    assert {i["data-meta"]: i["autocomplete"] for i in soup.select("input[data-meta]")} == {
        "partner": "off",
        "reviewer": "name",
    }


def test_a_journal_has_one_list_per_prompt():
    model = parse_journal("notes", "Note it down", "- What went well?\n- What next?")
    assert model.prompts == ("What went well?", "What next?")
    soup = _soup(render_journal(model))
    assert [f.legend.get_text() for f in soup.select("fieldset[data-row]")] == list(model.prompts)
    for add in soup.select("input[data-new]"):
        assert soup.find("label", attrs={"for": add["id"]})


@pytest.mark.parametrize(
    ("body", "problem"),
    [("", "the journal has no prompts"), ("What went well?", "is not a prompt"), ("- ", "not a")],
)
def test_journal_errors(body, problem):
    with pytest.raises(AuthoringError, match=re.escape(problem)):
        parse_journal("notes", "Note it down", body)


def test_a_missing_title_is_refused():
    with pytest.raises(AuthoringError, match="has no title"):
        parse_journal("notes", "  ", "- What went well?")


def test_duplicate_workbook_ids_are_per_kind():
    registry = items.Registry()
    registry.claim("checklist", "same", "a", "x.md")
    registry.claim("rubric", "same", "b", "x.md")  # another kind: fine
    with pytest.raises(AuthoringError, match=r"already used by a different checklist on x\.md"):
        registry.claim("checklist", "same", "c", "y.md")


def test_author_markdown_is_rendered_and_html_is_escaped():
    soup = _soup(render_journal(parse_journal("n", "T", "- What went **well**? <img src=x>")))
    legend = soup.select_one("legend")
    assert legend.strong.get_text() == "well"
    assert soup.find("img") is None and "<img src=x>" in legend.get_text()


def test_helpful_and_my_work_carry_the_contact_address():
    helpful = _soup(render_helpful("A page", "teacher@school.ca"))
    assert helpful.select_one(".wc-helpful")["data-contact"] == "teacher@school.ca"
    assert helpful.select_one(".wc-helpful").has_attr("data-search-exclude")
    mine = _soup(render_my_work("", "Site"))
    assert mine.select_one("#wc-my-work")["data-contact"] == ""
    assert mine.select_one("#wc-my-work-index").get_text() == "WC_MY_WORK_INDEX"


@pytest.mark.parametrize(
    ("extra", "expected"),
    [
        ({}, ""),
        ({"course": {}}, ""),
        ({"course": {"contact_email": "teacher@school.ca"}}, "teacher@school.ca"),
    ],
)
def test_the_contact_address_comes_from_extra_course(extra, expected):
    assert contact_email({"extra": extra}) == expected


@pytest.mark.parametrize("bad", ["teacher", "a b@c.ca", "<a@b.ca>"])
def test_a_contact_that_is_not_an_address_is_refused(bad):
    with pytest.raises(AuthoringError, match="is not an email address"):
        contact_email({"extra": {"course": {"contact_email": bad}}})


def test_the_index_is_json_safe_inside_a_script_element_and_sorted_by_week():
    registry = items.Registry()
    registry.track("b/", "Lesson </script>", "journal", "j", "J")
    registry.track("w2/", "Week 2", "rubric", "r", "R", week=2)
    registry.track("w0/", "Before", "checklist", "c", "C", week=0)
    text = index_json(registry)
    assert "</script>" not in text and "<" not in text
    pages = json.loads(text)["pages"]
    assert [p["url"] for p in pages] == ["w0/", "w2/", "b/"]
    assert pages[2]["title"] == "Lesson </script>"
    assert pages[1]["items"] == [{"kind": "rubric", "id": "r", "title": "R"}]


def test_pages_outside_the_weeks_follow_the_navigation_then_their_address():
    registry = items.Registry()
    for url in ("instructors/guide/", "lessons/b/", "lessons/a/", "extra/"):
        registry.track(url, url, "journal", f"j-{url}", "J")
    registry.track("w1/", "Week 1", "journal", "k", "K", week=1)
    nav = ["w1/", "lessons/b/", "lessons/a/", "instructors/guide/"]  # "extra/" is not in it
    pages = json.loads(index_json(registry, nav))["pages"]
    assert [p["url"] for p in pages] == [
        "w1/",
        "lessons/b/",
        "lessons/a/",
        "instructors/guide/",
        "extra/",
    ]


def test_marked_items_are_found_in_built_html_in_order_without_helpful():
    html = (
        '<div data-wc-kind="quiz" data-wc-id="first-step" data-title="First &amp; step"></div>'
        '<p data-wc-id="no-kind"></p><section data-wc-kind="helpful" data-wc-id="x"></section>'
        '<section data-wc-id="q2" data-wc-kind="quiz"></section>'
    )
    expected = [("quiz", "first-step", "First & step"), ("quiz", "q2", "q2")]
    assert items.marked_items(html) == expected
    assert items.marked_items("<p>nothing here</p>") == []


def test_a_page_can_leave_its_activities_out_of_the_progress_and_says_so_only_in_a_boolean():
    assert counts_in_progress({}, "a.md") is True
    assert counts_in_progress({"my_work": False}, "a.md") is False
    with pytest.raises(AuthoringError) as error:
        counts_in_progress({"my_work": "no"}, "guide.md")
    assert str(error.value) == (
        "guide.md: my_work: 'no' is not true or false. Fix: write my_work: false to leave this "
        "page's activities out of the progress on My work, or leave the line out"
    )
    registry = items.Registry()
    registry.track("g/", "Guide", "journal", "j", "J", progress=False)
    registry.track("g/", "Guide", "letter", "l", "L")  # a macro's call cannot count it back in
    registry.track("w1/", "Week 1", "journal", "k", "K", week=1)
    pages = {p["url"]: p for p in json.loads(index_json(registry))["pages"]}
    assert pages["g/"]["progress"] is False and pages["w1/"]["progress"] is True
