"""What a worksheet must not show and its answer key must show, derived from site/quizzes.json.

    for text in key_only_texts(entry): assert squash(text) in squash(key_text)
                                       assert squash(text) not in squash(worksheet_text)

Texts are compared with all whitespace removed (`squash`), so line breaks in a PDF's text
do not matter. Nothing here is typed by hand: every string comes from the registry entry.
"""

from __future__ import annotations

import re
import unicodedata
from typing import Any

from tests.support.quizzes import plain

WHITESPACE = re.compile(r"\s+")


def squash(text: str) -> str:
    """Text without any whitespace, ligatures and curly forms unfolded (for PDF text too)."""
    return WHITESPACE.sub("", unicodedata.normalize("NFKC", text))


def _paragraphs(markdown_text: str) -> list[str]:
    """Paragraphs as a reader sees them (list markers dropped: the page shows bullets)."""
    text = re.sub(r"^\s*(?:[-*+]|\d+\.)\s+", "", markdown_text, flags=re.MULTILINE)
    return [plain(p) for p in re.split(r"\n\s*\n", text) if p.strip()]


def key_only_texts(entry: dict[str, Any]) -> list[str]:
    """Strings that show an answer: in the key, never in the worksheet."""
    out = [plain(f) for f in entry.get("feedback") or [] if f]
    out += _paragraphs(entry.get("explanation") or "")
    kind = entry["type"]
    if kind == "reflection":
        out += _paragraphs(entry["answers"][0])
    elif kind in ("single", "multiple", "true-false"):
        out += [f"Right: {plain(entry['options'][i])}" for i in entry["answers"]]
    elif kind == "fill":
        for sentence, blanks in zip(entry["options"], entry["answers"], strict=True):
            pieces = sentence.split("___")
            for before, accepted in zip(pieces, blanks, strict=False):
                if len(before.strip()) >= 8:  # the words just before the blank, then its answer
                    out.append(plain(before)[-15:] + accepted[0])
    elif kind == "match":
        out += [f"{plain(left)} →" for left in entry["options"]]
    return [text for text in out if text.strip()]


def in_order(text: str, items: list[str]) -> bool:
    """True when every item occurs in `text` (squashed) in this order."""
    squashed = squash(text)
    positions = [squashed.find(squash(plain(item))) for item in items]
    return -1 not in positions and positions == sorted(positions)
