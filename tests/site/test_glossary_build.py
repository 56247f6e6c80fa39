"""Glossary words on every built page: the first plain-text one of each opens its meaning."""

from __future__ import annotations

import json

from macros.glossary import NO_BUTTON
from tests.support.html import soup_of

LESSON = "lessons/when-you-dont-get-the-job/index.html"


def _inside_no_button(element) -> bool:
    return any(parent.name in NO_BUTTON for parent in element.parents) or _item_defines(element)


def _first_child(element) -> bool:
    before = element.previous_sibling
    while before is not None and isinstance(before, str) and not before.strip():
        before = before.previous_sibling
    return before is None


def _lead_words(item) -> set[str]:
    """The glossary words in the bold text that starts a list item ("- **word**: meaning")."""
    first = item.find(True, recursive=False)
    if first is not None and first.name == "p" and _first_child(first):
        first = first.find(True, recursive=False)
    if first is None or first.name != "strong" or not _first_child(first):
        return set()
    return {abbr.get_text() for abbr in first.select("abbr")}


def _item_defines(element) -> bool:
    """The word is in a list item that defines it: its meaning is right there."""
    return any(element.get_text() in _lead_words(item) for item in element.find_parents("li"))


def test_every_glossary_button_opens_one_popover_with_a_meaning(html_pages):
    problems, seen = [], 0
    for path in html_pages:
        soup = soup_of(path)
        words = []
        for button in soup.select("button.wc-term"):
            seen += 1
            popovers = soup.select(f'[id="{button.get("popovertarget")}"][popover]')
            meaning = popovers[0].get_text(" ", strip=True) if len(popovers) == 1 else ""
            if len(meaning) <= len(button.get_text()) + 2:
                problems.append(f"{path.parent.name}: {button.get_text()!r} opens no meaning")
            if _inside_no_button(button):
                problems.append(f"{path.parent.name}: {button.get_text()!r} inside a control")
            words.append(button.get_text())
        if len(words) != len(set(words)):
            problems.append(f"{path.parent.name}: a word has two buttons")
    assert problems == []
    assert seen > 100  # the course uses the glossary on most pages


def test_every_glossary_word_in_plain_text_can_be_opened_on_its_page(html_pages):
    problems = []
    for path in html_pages:
        soup = soup_of(path)
        opened = {button.get_text() for button in soup.select("button.wc-term")}
        for abbr in soup.select("article abbr[title]"):
            if not _inside_no_button(abbr) and abbr.get_text() not in opened:
                problems.append(f"{path.parent.name}: {abbr.get_text()!r} never opens")
    assert problems == []


def test_the_lesson_opens_each_of_its_words_once(site_dir):
    soup = soup_of(site_dir / LESSON)
    words = [button.get_text() for button in soup.select("article button.wc-term")]
    assert len(words) >= 20 and "résumé" in words
    assert soup.select("article abbr[title]")  # later appearances keep a title for the mouse


def meaning_of(popover) -> str:
    """A popover's meaning, without the word it starts with."""
    word = popover.select_one(".wc-term__word").get_text()
    return popover.get_text(" ", strip=True).removeprefix(word).strip()


def test_meanings_in_popovers_stay_out_of_the_search_index(site_dir):
    index = json.loads((site_dir / "search" / "search_index.json").read_text(encoding="utf-8"))
    where = LESSON.removesuffix("index.html")
    lesson = " ".join(doc["text"] for doc in index["docs"] if doc["location"].startswith(where))
    soup = soup_of(site_dir / LESSON)
    meanings = [meaning_of(popover) for popover in soup.select("article [popover]")]
    for popover in soup.select("[popover]"):
        popover.decompose()
    page_text = soup.get_text(" ", strip=True)
    leaked = [m for m in meanings if m in lesson and m not in page_text]
    assert lesson and meanings and leaked == []
