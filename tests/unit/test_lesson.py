"""A lesson's time, level, objectives and key points come from its front matter, or fail clearly."""

import pytest

from macros.errors import AuthoringError
from macros.lesson import lesson_facts, lesson_key_points, lesson_objectives

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
