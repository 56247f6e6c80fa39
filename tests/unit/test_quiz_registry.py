"""The build-wide quiz registry: one entry per quiz, duplicates refused, JSON for later use."""

from __future__ import annotations

import json

import pytest

from macros.errors import AuthoringError
from macros.quiz import parse_quiz
from macros.registry import Registry


def test_entries_keep_page_id_type_prompt_options_answers_feedback_and_explanation():
    registry = Registry()
    quiz = parse_quiz("q", "Which?", "- [ ] A\n    > No.\n- [x] B\nExplanation: B is right.")
    registry.add(quiz, "lessons/a.md", "lessons/a/")
    [entry] = json.loads(registry.as_json())
    assert entry == {
        "page": "lessons/a.md",
        "url": "lessons/a/",
        "id": "q",
        "type": "single",
        "prompt": "Which?",
        "options": ["A", "B"],
        "answers": [1],
        "feedback": ["No.", ""],
        "explanation": "B is right.",
    }


def test_each_type_exports_answers_a_script_can_use():
    registry = Registry()
    registry.add(parse_quiz("f", "F", "1. I [[don't|do not|hint: no]] know [[it]]."), "p.md")
    registry.add(parse_quiz("o", "O", "1. A\n2. B\n3. C", type="order"), "p.md")
    registry.add(parse_quiz("m", "M", "- a => x\n- b => y"), "p.md")
    registry.add(parse_quiz("r", "R", "Model.", type="reflection"), "p.md")
    fill, order, match, reflection = (e.as_dict() for e in registry.entries())
    assert fill["answers"] == [[["don't", "do not"], ["it"]]] and fill["hints"] == [["no", ""]]
    assert fill["options"] == ["I ___ know ___."]
    assert order["answers"] == ["A", "B", "C"] and sorted(order["options"]) == ["A", "B", "C"]
    assert order["options"] != order["answers"]
    assert match["options"] == ["a", "b"] and match["answers"] == ["x", "y"]
    assert reflection["answers"] == ["Model."]


def test_a_duplicate_id_names_both_pages():
    registry = Registry()
    registry.add(parse_quiz("same", "Q", "- [x] A\n- [ ] B"), "lessons/a.md")
    with pytest.raises(AuthoringError) as caught:
        registry.add(parse_quiz("same", "Q", "- [x] A\n- [ ] B"), "lessons/b.md")
    assert "lessons/a.md" in str(caught.value) and "lessons/b.md" in str(caught.value)


def test_a_duplicate_id_names_the_line_of_the_first_one_too():
    registry = Registry()
    quiz = parse_quiz("same", "Q", "- [x] A\n- [ ] B")
    registry.add(quiz, "lessons/a.md", "lessons/a/", 40)
    with pytest.raises(AuthoringError) as caught:
        registry.add(quiz, "lessons/b.md", "lessons/b/", 12)
    assert "is used on lessons/a.md (line 40) and again on lessons/b.md" in str(caught.value)
    with pytest.raises(AuthoringError) as caught:
        registry.add(quiz, "lessons/a.md", "lessons/a/", 52)
    assert "is used twice on lessons/a.md (first at line 40)" in str(caught.value)


def test_reset_forgets_every_quiz_so_a_rebuild_starts_clean():
    registry = Registry()
    registry.add(parse_quiz("same", "Q", "- [x] A\n- [ ] B"), "lessons/a.md")
    registry.reset()
    registry.add(parse_quiz("same", "Q", "- [x] A\n- [ ] B"), "lessons/a.md")
    assert len(registry.entries()) == 1


class FakeEnv:
    """Just enough of mkdocs-macros' env for register()."""

    def __init__(self) -> None:
        self.macros: dict[str, object] = {}
        self.conf = {"docs_dir": "docs", "use_directory_urls": True}

    def macro(self, function, name):
        self.macros[name] = function


def test_each_build_starts_with_an_empty_registry():
    from macros import quiz as quiz_module
    from macros.registry import REGISTRY

    quiz_module.register(FakeEnv())
    REGISTRY.add(parse_quiz("kept", "Q", "- [x] A\n- [ ] B"), "a.md")
    assert len(REGISTRY.entries()) == 1
    env = FakeEnv()
    quiz_module.register(env)  # what mkdocs-macros does at the start of every (re)build
    assert REGISTRY.entries() == []
    assert {"quiz", "quiz_example", "quiz_error_list"} <= set(env.macros)
