"""A small GIFT reader written for the tests: it parses our exports back into plain data.

    questions = parse_gift(text)   # [GiftQuestion(id, type, text, answers, pairs, general), ...]
    gift_categories(text)          # [(category path, [question ids]), ...]

It follows Moodle's rules for the subset we write: `::id::` titles, `{...}` answer blocks,
`=`/`~` answers with `%weight%` and `#feedback`, `->` pairs, `T`/`F` with two feedbacks,
`####` general feedback, `//` comments and `$CATEGORY:` lines, and `\\` escapes of `~=#{}:`.
Types use Moodle's names: multichoice, multianswer (several right), truefalse, shortanswer,
matching, essay.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

ESCAPED = "\\~=#{}:"
_MARK = "\x00"  # stands in for an escaped character while splitting


@dataclass
class GiftAnswer:
    """One answer: its text, weight in percent and feedback."""

    text: str
    weight: float
    feedback: str = ""


@dataclass
class GiftQuestion:
    """One parsed question."""

    id: str
    type: str
    text: str
    answers: list[GiftAnswer] = field(default_factory=list)
    pairs: list[tuple[str, str]] = field(default_factory=list)
    general: str = ""
    correct: bool | None = None  # true/false questions
    feedback: tuple[str, str] = ("", "")  # true/false: (when wrong, when right)


def _protect(text: str) -> tuple[str, list[str]]:
    """Replace each escaped character by a marker; return the text and the characters."""
    kept: list[str] = []

    def keep(match: re.Match[str]) -> str:
        kept.append(match.group(1))
        return _MARK

    bad = re.search(r"(?<!\\)(?:\\\\)*\\([^" + re.escape(ESCAPED) + r"n])", text)
    if bad:
        raise ValueError(f"unknown escape \\{bad.group(1)}")
    return re.sub(r"\\([" + re.escape(ESCAPED) + "])", keep, text), kept


def _restore(text: str, kept: list[str], start: int) -> tuple[str, int]:
    out = []
    for char in text:
        if char == _MARK:
            out.append(kept[start])
            start += 1
        else:
            out.append(char)
    return "".join(out), start


def _answers(body: str) -> list[tuple[str, str]]:
    """Split an answer block into (mark, rest) pieces at each unescaped = or ~."""
    return [(m.group(1), m.group(2).strip()) for m in re.finditer(r"([=~])([^=~]*)", body)]


def parse_question(block: str) -> GiftQuestion:
    """Parse one GIFT question (no blank lines inside)."""
    raw, kept = _protect(block.strip())
    if raw.count("{") != 1 or raw.count("}") != 1 or raw.index("{") > raw.index("}"):
        raise ValueError(f"a question needs exactly one {{...}} block: {block[:80]!r}")
    match = re.fullmatch(r"::([^:]+)::(.*?)\{(.*?)\}(.*)", raw, re.DOTALL)
    if not match:
        raise ValueError(f"a question needs a ::title::: {block[:80]!r}")
    # Restore escaped characters piece by piece, in reading order.
    index = 0
    title, index = _restore(match.group(1), kept, index)
    before, index = _restore(match.group(2), kept, index)
    body_raw, after_raw = match.group(3), match.group(4)
    general = ""
    if "####" in body_raw:
        body_raw, general_raw = body_raw.split("####", 1)
    else:
        general_raw = ""
    pieces = []
    for mark, rest in _answers(body_raw):
        pieces.append((mark, rest))
    # Count markers consumed by each piece in order.
    question = GiftQuestion(title, "", "")
    lead = body_raw.split("=")[0].split("~")[0].strip() if pieces else body_raw.strip()
    parsed: list[tuple[str, str, str, str]] = []  # mark, weight, text, feedback
    lead_text, index = _restore(lead, kept, index)
    for mark, rest in pieces:
        weight = ""
        if m := re.match(r"%(-?[\d.]+)%", rest):
            weight, rest = m.group(1), rest[m.end() :]
        text, _, feedback = rest.partition("#")
        text, index = _restore(text.strip(), kept, index)
        feedback, index = _restore(feedback.strip(), kept, index)
        parsed.append((mark, weight, text, feedback))
    general, index = _restore(general_raw.strip(), kept, index)
    after, index = _restore(after_raw, kept, index)
    question.general = general
    # Moodle puts a line where a missing word's answer block was.
    joined = f"{before}_____{after}" if after.strip() else before
    question.text = re.sub(r"\s+", " ", joined).strip()
    if not parsed and lead_text.split("#")[0] in ("T", "F", "TRUE", "FALSE"):
        letter, *feedback = lead_text.split("#")
        question.type, question.correct = "truefalse", letter.startswith("T")
        question.feedback = ([*feedback, "", ""][0], [*feedback, "", ""][1])
    elif not parsed:
        if lead_text:
            raise ValueError(f"text in an answer block without = or ~: {lead_text!r}")
        question.type = "essay"
    elif "~" not in body_raw and "=" in body_raw and "->" in body_raw:
        # Moodle's rule: with no ~, a block holding = and -> anywhere (feedback too) is matching,
        # and each answer is cut at its first ->; an answer without one fails the import.
        if any("->" not in text for _, _, text, _ in parsed):
            raise ValueError(f"Moodle reads this as matching, but an answer has no ->: {block!r}")
        question.type = "matching"
        question.pairs = [tuple(p.strip() for p in text.split("->", 1)) for _, _, text, _ in parsed]  # type: ignore[misc]
    else:
        for mark, weight, text, feedback in parsed:
            value = float(weight) if weight else (100.0 if mark == "=" else 0.0)
            question.answers.append(GiftAnswer(text, value, feedback))
        if all(mark == "=" for mark, *_ in parsed):
            question.type = "shortanswer"
        elif any(mark == "=" for mark, *_ in parsed):
            question.type = "multichoice"
        else:
            question.type = "multianswer"
    return question


def parse_gift(text: str) -> list[GiftQuestion]:
    """Every question of a GIFT file, in order; comments and category lines are skipped."""
    questions = []
    for block in re.split(r"\n\s*\n", text):
        lines = [
            line
            for line in block.splitlines()
            if line.strip() and not line.lstrip().startswith(("//", "$CATEGORY:"))
        ]
        if lines:
            questions.append(parse_question("\n".join(lines)))
    return questions


def gift_categories(text: str) -> list[tuple[str, list[str]]]:
    """Each `$CATEGORY:` line's path, with the ids of the questions that follow it."""
    found: list[tuple[str, list[str]]] = []
    for line in text.splitlines():
        if line.startswith("$CATEGORY:"):
            found.append((line.removeprefix("$CATEGORY:").strip(), []))
        elif match := re.match(r"::((?:[^:\\]|\\.)+)::", line):
            found[-1][1].append(match.group(1))
    return found
