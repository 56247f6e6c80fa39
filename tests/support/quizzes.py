"""Answer any quiz on any page from the build's quiz registry (site/quizzes.json).

    entries = quiz_entries(site_dir, page_url="instructors/authoring-quizzes/")
    answer_every_quiz_correctly(page, entries)   # page: a Playwright page showing that URL

Each scored quiz is answered from its registry entry, checked, and must say "Well done"; a
reflection gets a sentence and its model answer opened. Raises AssertionError naming each quiz
whose registered answers the page does not accept.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

from playwright.sync_api import Page

REGISTRY_FILE = "quizzes.json"


def quiz_entries(site_dir: Path, page_url: str | None = None) -> list[dict[str, Any]]:
    """Registry entries of the built site, all or only those of one page URL."""
    entries = json.loads((Path(site_dir) / REGISTRY_FILE).read_text(encoding="utf-8"))
    return [e for e in entries if page_url is None or e["url"] == page_url]


def plain(markdown_text: str) -> str:
    """Inline Markdown as a reader sees it (enough for option labels)."""
    text = re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", markdown_text)
    return re.sub(r"[*_`]", "", text).strip()


def answer_quiz(page: Page, entry: dict[str, Any]) -> None:
    """Put the registered right answers into one quiz (without pressing Check)."""
    quiz = page.locator(f'[data-quiz="{entry["id"]}"]')
    kind = entry["type"]
    if kind in ("single", "multiple", "true-false"):
        inputs = quiz.locator("fieldset input")
        for index in range(inputs.count()):
            if index in entry["answers"]:
                inputs.nth(index).check()
            elif kind == "multiple":
                inputs.nth(index).uncheck()
    elif kind == "fill":
        blanks = [accepted[0] for item in entry["answers"] for accepted in item]
        inputs = quiz.locator("input.wc-quiz__blank")
        assert inputs.count() == len(blanks), f"{entry['id']}: blanks differ from the registry"
        for index, answer in enumerate(blanks):
            inputs.nth(index).fill(answer)
    elif kind == "order":
        texts = quiz.locator(".wc-quiz__order .wc-quiz__text")
        for target, text in enumerate(plain(t) for t in entry["answers"]):
            while True:
                shown = [plain(t) for t in texts.all_inner_texts()]
                assert text in shown, f"{entry['id']}: {text!r} is not on the page"
                if shown.index(text) <= target:
                    break
                item = quiz.locator(".wc-quiz__order > li").nth(shown.index(text))
                item.locator(".wc-quiz__mv").first.click()
    elif kind == "match":
        selects = quiz.locator("select")
        for index, right in enumerate(entry["answers"]):
            selects.nth(index).select_option(label=plain(right))
    elif kind == "reflection":
        quiz.locator("textarea").fill("My own answer.")


def answer_every_quiz_correctly(page: Page, entries: list[dict[str, Any]]) -> list[str]:
    """Answer and check every quiz in `entries`; return their result lines, fail on any wrong."""
    results, wrong = [], []
    for entry in entries:
        quiz = page.locator(f'[data-quiz="{entry["id"]}"]')
        if quiz.locator(".wc-quiz__again").is_visible():
            quiz.locator(".wc-quiz__again").click()
        answer_quiz(page, entry)
        if entry["type"] == "reflection":
            quiz.locator(".wc-quiz__show").click()
            if not quiz.locator(".wc-quiz__model").is_visible():
                wrong.append(f"{entry['id']}: the model answer did not open")
            results.append(f"{entry['id']}: model answer shown")
            continue
        quiz.locator(".wc-quiz__check").click()
        result = quiz.locator(".wc-quiz__result").inner_text()
        results.append(f"{entry['id']}: {result}")
        if not result.startswith("Well done"):
            wrong.append(f"{entry['id']} on {entry['url']}: {result}")
    assert not wrong, "quizzes that did not accept their registered answers:\n" + "\n".join(wrong)
    return results
