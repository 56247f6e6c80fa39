"""A quiz mistake fails a strict build of a small fixture site with the right message; a correct
quiz builds, and its answers, feedback and explanation stay out of the search index."""

from __future__ import annotations

from pathlib import Path

import pytest
from bs4 import BeautifulSoup

from tests.conftest import build_site
from tests.support.fixture_project import write_project
from tests.support.html import page_assets


def build_fixture(tmp_path: Path, pages: dict[str, str]):
    """Build a tiny project that uses this repository's macros and overrides."""
    config = write_project(tmp_path, {"index.md": "# Home\n\nA fixture.\n", **pages})
    return build_site(tmp_path / "site", config)


def page(args: str, body: str) -> str:
    return f"# Quiz\n\nSome text.\n\n{{% call quiz({args}) %}}\n{body}\n{{% endcall %}}\n"


# The quiz's `{% call %}` is line 5 of each page (a mistake in the call is told there): its
# block's line 1 is line 6 of the file.
GOOD = page('"first-step", "What first?"', "- [ ] Reply at once.\n- [x] Wait.")

CASES = {
    "no correct answer": (
        {"bad.md": page('"first-step", "What first?"', "- [ ] Reply.\n- [ ] Wait.")},
        "bad.md, 'first-step', line 6: no option is marked correct",
    ),
    "two correct on true/false": (
        {"bad.md": page('"calm", "Wait first."', "- [x] True\n- [x] False")},
        "bad.md, 'calm', line 7: a true/false question has two correct answers",
    ),
    "empty option": (
        {"bad.md": page('"first-step", "What first?"', "- [x] Wait.\n- [ ]")},
        "bad.md, 'first-step', line 7: this option is empty",
    ),
    "blank with no answer": (
        {"bad.md": page('"polite", "Complete."', "1. Thank you for [[]] me know.")},
        "bad.md, 'polite', line 6: the blank [[]] has no answer",
    ),
    "unknown type": (
        {"bad.md": page('"order-it", "Order.", type="sort"', "1. A\n2. B")},
        "bad.md, 'order-it', line 5: unknown quiz type 'sort'",
    ),
    "unknown argument": (
        {"bad.md": page('"order-it", "Order.", kind="order"', "1. A\n2. B")},
        "bad.md, 'order-it', line 5: unknown argument kind",
    ),
    "order list of one item": (
        {"bad.md": page('"order-it", "Order.", type="order"', "1. A")},
        "bad.md, 'order-it', line 6: an order list needs at least two items",
    ),
    "link to a missing page": (
        {"bad.md": page('"first-step", "What first? See [this](nope.md)."', "- [x] A\n- [ ] B")},
        "bad.md, 'first-step', line 5: the link 'nope.md' points to a page that does not exist",
    ),
    "duplicate id on one page": (
        {"bad.md": GOOD + GOOD.replace("# Quiz", "## Again")},  # the second call: line 13
        "bad.md, 'first-step', line 13: the quiz id 'first-step' is used twice on bad.md (first "
        "at line 5)",
    ),
    "duplicate id on two pages": (
        {"a.md": GOOD, "b.md": GOOD},
        "the quiz id 'first-step' is used on a.md (line 5) and again on b.md",
    ),
}


@pytest.mark.parametrize("case", CASES, ids=list(CASES))
def test_a_mistake_fails_the_build_naming_page_quiz_line_and_fix(tmp_path, case):
    pages, message = CASES[case]
    result = build_fixture(tmp_path, pages)
    output = result.stdout + result.stderr
    assert result.returncode != 0
    assert message in output, output[-3000:]
    assert "Fix: " in output
    assert "starts on line" not in output  # the line is the file's, as an editor counts


def test_a_correct_quiz_builds_and_loads_its_assets(tmp_path):
    result = build_fixture(tmp_path, {"good.md": GOOD})
    assert result.returncode == 0, result.stdout + result.stderr
    page = tmp_path / "site" / "good" / "index.html"
    assert 'data-quiz="first-step"' in page.read_text()
    assert {"js/store.js", "js/quiz.js", "css/quiz.css"} <= set(page_assets(page, page.parents[1]))


def test_a_link_to_another_page_in_a_quiz_points_at_that_built_page(tmp_path):
    body = "- [x] Yes, see [the home page](index.md#top).\n- [ ] No."
    result = build_fixture(tmp_path, {"good.md": page('"linked", "Is it?"', body)})
    assert result.returncode == 0, result.stdout + result.stderr
    html = (tmp_path / "site" / "good" / "index.html").read_text()
    assert 'href="../#top"' in html and 'href="index.md' not in html


def test_answers_feedback_and_explanation_stay_out_of_the_search_index(tmp_path):
    body = (
        "- [ ] Reply at once.\n    > An angry reply can close a door.\n"
        "- [x] Wait until you are calm.\n    > A calm mind sees more.\n"
        "Explanation: Strong feelings are normal."
    )
    result = build_fixture(tmp_path, {"good.md": page('"first-step", "What first?"', body)})
    assert result.returncode == 0, result.stdout + result.stderr
    index = (tmp_path / "site" / "search" / "search_index.json").read_text()
    assert "What first?" in index and "Some text." in index  # negative control
    for hidden in ("angry reply", "calm mind", "Strong feelings", "Right:", "Show answer"):
        assert hidden not in index


def test_a_quiz_can_sit_inside_an_admonition(tmp_path):
    text = (
        '# Quiz\n\n!!! question "Check yourself"\n\n'
        '    {% call quiz("inside", "Is it?") %}\n'
        "    - [x] Yes.\n    - [ ] No.\n    {% endcall %}\n"
        "\nAfter the box.\n"
    )
    result = build_fixture(tmp_path, {"good.md": text})
    assert result.returncode == 0, result.stdout + result.stderr
    soup = BeautifulSoup((tmp_path / "site" / "good" / "index.html").read_text(), "lxml")
    quiz = soup.select_one(".admonition.question .wc-quiz fieldset legend")
    assert quiz is not None and quiz.get_text() == "Is it?"
    assert soup.select(".admonition pre") == []  # nothing turned into a code block
