"""Fixture builds: macro HTML skips Markdown but lands whole, inside admonitions too; links to
its ids validate; with the hook left out of mkdocs.yml the site still builds the same HTML."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import build_site
from tests.support.fixture_project import write_project
from tests.support.html import soup_of

QUIZ = '{% call quiz("calm", "What first?") %}\n- [ ] Reply at once.\n- [x] Wait.\n{% endcall %}'
PAGE = (
    "# Quiz\n\nGo to [the quiz](#quiz-calm).\n\n"
    '!!! note "Try it"\n\n'
    '    {% call quiz("in-note", "Is this inside the note?") %}\n'
    "    - [x] Yes.\n    - [ ] No.\n    {% endcall %}\n\n"
    f"{QUIZ}\n\nThe end.\n"
)


def build(tmp_path: Path, pages: dict[str, str], hooks=("macros/stash.py",), extra=None):
    config = write_project(tmp_path, {"index.md": "# Home\n", **pages}, extra, hooks=hooks)
    return build_site(tmp_path / "site", config)


@pytest.mark.parametrize("hooks", [("macros/stash.py",), ()], ids=["stash", "no-hook"])
def test_quizzes_land_whole_in_place_and_anchor_links_validate(tmp_path, hooks):
    result = build(tmp_path, {"page.md": PAGE}, hooks)
    assert result.returncode == 0, result.stdout + result.stderr
    html = (tmp_path / "site" / "page" / "index.html").read_text(encoding="utf-8")
    assert "data-wc-stash" not in html
    soup = soup_of(tmp_path / "site" / "page" / "index.html")
    assert soup.select_one(".admonition #quiz-in-note.wc-quiz")  # stays inside the note
    calm = soup.select_one("#quiz-calm")
    assert calm and len(calm.select("input")) == 2
    assert soup.select_one('a[href="#quiz-calm"]')
    assert html.index("Go to") < html.index('id="quiz-in-note"') < html.index('id="quiz-calm"')
    assert html.index('id="quiz-calm"') < html.index("The end.")


def test_a_macro_whose_output_lands_in_a_code_block_fails_with_the_page_and_the_fix(tmp_path):
    page = "# Help\n\n```text\n{{ helpful() }}\n```\n"
    result = build(tmp_path, {"lost.md": page})
    output = result.stdout + result.stderr
    assert result.returncode != 0
    assert "lost.md: the output of a macro was lost in Markdown" in output
    assert "Fix: put the macro call on a line of its own" in output


def test_an_authoring_error_with_jinja_in_its_fix_prints_one_clean_line(tmp_path):
    page = '# Letter\n\n{% call letter("note", "A note") %}\n{% endcall %}\n'
    result = build(tmp_path, {"empty.md": page})
    output = result.stdout + result.stderr
    assert result.returncode != 0
    assert (
        "ERROR   -  empty.md, 'note', line 3: the letter is empty. Fix: write the letter "
        "between {% call letter(...) %} and {% endcall %}" in output
    )
    assert "Traceback" not in output
