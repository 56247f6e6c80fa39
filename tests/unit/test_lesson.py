"""A lesson's time, level, objectives and key points come from its front matter, or fail clearly."""

import pytest

from macros.errors import AuthoringError
from macros.lesson import (
    anatomy_error,
    lesson_facts,
    lesson_key_points,
    lesson_objectives,
    missing_parts,
)

META = {
    "time": 90,
    "level": "CLB 5-7",
    "objectives": ["Ask for feedback politely.", "Thank the recruiter."],
    "key_points": ["Feedback helps you improve."],
}


def test_the_facts_line_shows_time_and_level():
    assert lesson_facts(META, "a.md") == "**Time:** about 90 minutes · **Level:** CLB 5-7"
    assert lesson_facts({"time": 30}, "a.md") == "**Time:** about 30 minutes"


def test_objectives_and_key_points_become_markdown_lists():
    assert lesson_objectives(META, "a.md") == "- Ask for feedback politely.\n- Thank the recruiter."
    assert lesson_key_points(META, "a.md") == "- Feedback helps you improve."


@pytest.mark.parametrize(
    ("render", "meta", "item"),
    [
        (lesson_facts, {"time": "an hour"}, "time"),
        (lesson_facts, {}, "time"),
        (lesson_objectives, {"objectives": "Ask for feedback."}, "objectives"),
        (lesson_objectives, {"objectives": []}, "objectives"),
        (lesson_key_points, {"key_points": ["", "x"]}, "key_points"),
    ],
)
def test_missing_or_malformed_front_matter_names_page_item_and_fix(render, meta, item):
    with pytest.raises(AuthoringError) as caught:
        render(meta, "week-9.md")
    assert str(caught.value).startswith(f"week-9.md, '{item}'")
    assert "Fix:" in str(caught.value)


# A lesson's anatomy: a page that shows its time is a lesson, and a lesson has every part.
EVERY_PART = {"time", "objectives", "activity", "reflection", "key_points"}


def test_a_page_that_does_not_show_its_time_is_not_held_to_the_lesson_parts():
    assert missing_parts(set()) == []
    assert missing_parts({"activity", "objectives"}) == []


def test_a_lesson_with_every_part_misses_nothing():
    assert missing_parts(EVERY_PART) == []


@pytest.mark.parametrize("part", sorted(EVERY_PART - {"time"}))
def test_a_lesson_without_one_part_is_told_that_part(part):
    assert missing_parts(EVERY_PART - {part}) == [part]


def test_the_error_names_the_page_every_missing_part_each_fix_and_the_way_out():
    message = str(anatomy_error(missing_parts({"time", "objectives", "activity"}), "small-talk.md"))
    assert message.startswith("small-talk.md: this page shows a lesson's time")
    assert "it has no reflection and no key points. Fix:" in message
    assert 'type="reflection"' in message and "journal" in message
    assert "{{ lesson_key_points() }}" in message
    assert message.endswith("If the page is not a lesson, take out `{{ lesson_facts() }}`")


def test_one_missing_part_reads_as_one():
    message = str(anatomy_error(["activity"], "a.md"))
    assert "it has no activity with feedback. Fix: add a quiz" in message


def test_parts_written_in_the_front_matter_but_not_shown_are_told_as_not_shown():
    message = str(anatomy_error(missing_parts({"time", "activity", "reflection"}), "a.md", META))
    assert (
        "it does not show the objectives or key points written in its front matter. "
        "Fix: put `{{ lesson_objectives() }}` near the top, where they should show; "
        "put `{{ lesson_key_points() }}` near the end, where they should show."
    ) in message
    assert "no objectives" not in message and "no key points" not in message


def test_a_part_not_written_and_a_part_not_shown_are_told_apart():
    meta = {"time": 30, "key_points": ["Small talk is short."]}
    message = str(anatomy_error(missing_parts({"time", "activity"}), "a.md", meta))
    assert (
        "but it has no objectives and no reflection, "
        "and it does not show the key points written in its front matter. Fix: write "
        "`objectives:` in the front matter"
    ) in message
    assert message.index('type="reflection"') < message.index("put `{{ lesson_key_points() }}`")
