"""A page that shows a lesson's time is a lesson: it builds with every part of a lesson, and a
missing part stops the build with one message that names the page, each part and its fix."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.support.fixture_project import build_project, page

FRONT = {
    "title": "Small talk",
    "time": 30,
    "objectives": ["Start a short chat with a co-worker."],
    "key_points": ["Ask about the weekend."],
}
QUIZ = """{% call quiz("safe-topic", "Which topic is safe for small talk?") %}
- [x] The weather
    > Yes. Everyone can talk about the weather.
- [ ] Your salary
    > Most people do not talk about money at work.
{% endcall %}
"""
JOURNAL = """{% call journal("small-talk-notes", "After the break") %}
- Who did you talk to today?
{% endcall %}
"""
FACTS = "{{ lesson_facts() }}\n\n{{ lesson_objectives() }}\n\n"


@pytest.fixture(scope="module")
def base(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("lesson-anatomy")


def test_a_lesson_with_every_part_builds_and_a_journal_counts_as_its_reflection(base):
    body = f"# Small talk\n\n{FACTS}{QUIZ}\n{JOURNAL}\n{{{{ lesson_key_points() }}}}\n"
    result = build_project(base, {"index.md": page(FRONT, body)})
    assert result.returncode == 0, result.stdout + result.stderr
    html = (Path(result.args[-1]) / "index.html").read_text(encoding="utf-8")
    assert "about 30 minutes" in html and "Ask about the weekend." in html


def test_a_lesson_without_a_reflection_and_key_points_stops_the_build_saying_so(base):
    body = f"# Small talk\n\n{FACTS}{QUIZ}"
    result = build_project(base, {"index.md": "# Home\n", "small-talk.md": page(FRONT, body)})
    output = result.stdout + result.stderr
    assert result.returncode != 0
    assert (
        "small-talk.md: this page shows a lesson's time (`lesson_facts()`), "
        "but it has no reflection, and it does not show the key points written in its "
        'front matter. Fix: add a question with `type="reflection"`'
    ) in output
    assert "put `{{ lesson_key_points() }}` near the end" in output
    assert "If the page is not a lesson, take out `{{ lesson_facts() }}`" in output
    assert "Traceback" not in output
