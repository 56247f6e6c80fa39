"""Quizzes in the strict build: the every-type guide page, assets only where used, search kept
clean of answers, and the registry file for tests and later exports."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.support.html import page_assets, soup_of

GUIDE = Path("instructors/authoring-quizzes/index.html")
TYPES = {"single", "multiple", "true-false", "fill", "order", "match", "reflection"}


@pytest.fixture(scope="module")
def guide(site_dir):
    return soup_of(site_dir / GUIDE)


@pytest.fixture(scope="module")
def registry(site_dir):
    return json.loads((site_dir / "quizzes.json").read_text(encoding="utf-8"))


def test_the_guide_page_shows_every_quiz_type_with_guide_ids(guide):
    quizzes = guide.select("div.wc-quiz[data-quiz]")
    assert {q["data-type"] for q in quizzes} == TYPES
    assert all(q["data-quiz"].startswith("guide-") for q in quizzes)


def test_the_guide_shows_each_types_syntax_next_to_it(guide):
    for example in guide.select(".wc-quiz-example"):
        code = example.select_one("pre code").get_text()
        quiz = example.select_one(".wc-quiz")
        assert f'{{% call quiz("{quiz["data-quiz"]}"' in code
        assert code.rstrip().endswith("{% endcall %}")


def test_the_guide_lists_every_error_message_with_its_fix(guide):
    from macros.quiz_errors import CASES

    errors = guide.select(".wc-quiz-errors h3")
    assert len(errors) == len(CASES) > 10
    messages = guide.select(".wc-quiz-errors blockquote")
    assert len(messages) == len(CASES)
    assert "no option is marked correct" in messages[0].get_text()
    assert "Fix:" not in messages[0].get_text()  # the fix is its own paragraph
    assert messages[0].find_next_sibling("p").get_text().startswith("Fix: Mark the right option")


def test_the_guide_is_in_the_instructors_navigation(guide):
    links = [a.get_text(strip=True) for a in guide.select("nav a")]
    assert "Authoring guide: quizzes" in links


def test_quiz_assets_load_only_on_pages_with_a_quiz(site_dir, html_pages):
    with_quiz, without = [], []
    for page in html_pages:
        soup = soup_of(page)
        has_quiz = bool(soup.select(".wc-quiz"))
        loads = {"js/quiz.js", "css/quiz.css"} <= set(page_assets(page, site_dir))
        (with_quiz if has_quiz else without).append((page.relative_to(site_dir), loads))
    assert with_quiz and all(loads for _, loads in with_quiz)
    assert without and not any(loads for _, loads in without)


def test_store_js_loads_before_quiz_js_on_a_quiz_page(site_dir):
    files = page_assets(site_dir / GUIDE, site_dir)
    assert files.index("js/store.js") < files.index("js/quiz.js")


def test_the_registry_file_lists_every_quiz_of_the_build(guide, registry):
    guide_ids = {q["data-quiz"] for q in guide.select("div.wc-quiz[data-quiz]")}
    assert {
        e["id"] for e in registry if e["page"] == "instructors/authoring-quizzes.md"
    } == guide_ids
    assert len({e["id"] for e in registry}) == len(registry)
    for entry in registry:
        assert entry["url"] and entry["type"] in TYPES and entry["prompt"]


def test_no_page_links_to_the_registry_file(html_pages):
    linked = [
        page.name
        for page in html_pages
        if any("quizzes.json" in (a.get("href") or "") for a in soup_of(page).find_all("a"))
    ]
    assert linked == []
