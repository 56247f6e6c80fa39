"""Golden cases: an author's quiz block -> the exact HTML the macro returns.

Each tests/unit/golden/quiz/NAME.md holds one block; NAME.html is the HTML it must give. After a
deliberate change to the markup, run with UPDATE_GOLDEN=1 once and read the diff before committing.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from jinja2 import Environment

from macros.quiz import quiz_macro
from macros.registry import Registry

GOLDEN = Path(__file__).parent / "golden" / "quiz"
CASES = sorted(GOLDEN.glob("*.md"))


def rendered(source: str) -> str:
    macro = quiz_macro(Registry(), lambda: ("golden.md", "golden/", source))
    return Environment().from_string(source).render(quiz=macro).strip() + "\n"


def test_there_is_a_golden_case_for_every_type():
    types = {rendered(case.read_text()).split('data-type="')[1].split('"')[0] for case in CASES}
    assert types == {"single", "multiple", "true-false", "fill", "order", "match", "reflection"}


@pytest.mark.parametrize("case", CASES, ids=[c.stem for c in CASES])
def test_golden_markdown_gives_golden_html(case):
    html = rendered(case.read_text(encoding="utf-8"))
    expected = case.with_suffix(".html")
    if os.environ.get("UPDATE_GOLDEN"):
        expected.write_text(html, encoding="utf-8")
    assert html == expected.read_text(encoding="utf-8")


def test_a_changed_block_no_longer_matches_its_golden_html():
    case = GOLDEN / "single.md"
    changed = case.read_text().replace("- [x]", "- [ ]", 1).replace("- [ ] Reply", "- [x] Reply")
    assert rendered(changed) != case.with_suffix(".html").read_text()
