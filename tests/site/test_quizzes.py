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


def accepted_sentences(entry):
    """Each item of a fill-in quiz with every answer it accepts put in its blanks, one at a time."""
    for text, blanks in zip(entry["options"], entry["answers"], strict=True):
        for number, accepted in enumerate(blanks):
            for answer in accepted:
                parts = text.split("___")
                filled = [first for first, *_ in blanks]
                filled[number] = answer
                yield "".join(
                    p + (filled[i] if i < len(filled) else "") for i, p in enumerate(parts)
                )


def test_a_question_that_asks_for_one_word_accepts_only_one_word(registry):
    """ "Write one word in each blank." must be true of every answer the quiz accepts and shows."""
    longer = [
        (entry["id"], answer)
        for entry in registry
        if entry["type"] == "fill" and "one word" in entry["prompt"].lower()
        for blanks in entry["answers"]
        for accepted in blanks
        for answer in accepted
        if len(answer.split()) > 1
    ]
    assert longer == []


# Sentences that are not correct English: a learner who writes one must not be told "Right".
WRONG_SENTENCES = {
    "w4-signpost-blanks": ["Now let's move at knives."],
    "guide-fill": ["Thank you for informing me know."],
}


def test_no_blank_accepts_an_answer_that_makes_a_wrong_sentence(registry):
    fill = {e["id"]: set(accepted_sentences(e)) for e in registry if e["type"] == "fill"}
    assert {"Now let's look at knives.", "Thank you for letting me know."} <= set().union(
        *fill.values()
    )  # negative control: the sentences are built as learners see them
    accepted = [(q, s) for q, wrong in WRONG_SENTENCES.items() for s in wrong if s in fill[q]]
    assert accepted == []
