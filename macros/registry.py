"""Build-wide registry of every parsed quiz, so answer keys and exports come from one source.

`REGISTRY.reset()` at the start of each build (mkdocs serve rebuilds in the same process),
`REGISTRY.add(...)` for each quiz as its page renders (an id used twice anywhere fails, naming both
pages), then `REGISTRY.entries()` / `REGISTRY.as_json()` once the build is done.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from macros.errors import AuthoringError
from macros.quiz import Blank, Choice, Gap, Pair, Quiz, Step, shuffled


@dataclass(frozen=True)
class Entry:
    """One quiz and where it lives."""

    page: str
    url: str
    quiz: Quiz
    line: int | None = None  # the line of its `{% call %}` in the page's file

    def as_dict(self) -> dict[str, Any]:
        """A flat, JSON-ready view: page, url, id, type, prompt, options, answers, feedback."""
        quiz = self.quiz
        out: dict[str, Any] = {
            "page": self.page,
            "url": self.url,
            "id": quiz.id,
            "type": quiz.type,
            "prompt": quiz.prompt,
            "explanation": quiz.explanation,
        }
        items = quiz.items
        out["feedback"] = [getattr(item, "feedback", "") for item in items]
        if quiz.type in ("single", "multiple", "true-false"):
            choices = [c for c in items if isinstance(c, Choice)]
            out["options"] = [c.text for c in choices]
            out["answers"] = [i for i, c in enumerate(choices) if c.correct]
        elif quiz.type == "fill":
            gaps = [g for g in items if isinstance(g, Gap)]
            out["options"] = [
                "".join("___" if isinstance(p, Blank) else p for p in g.parts) for g in gaps
            ]
            out["answers"] = [[list(b.answers) for b in g.blanks] for g in gaps]
            out["hints"] = [[b.hint for b in g.blanks] for g in gaps]
        elif quiz.type == "order":
            steps = [s for s in items if isinstance(s, Step)]
            out["options"] = [steps[i].text for i in shuffled(len(steps), quiz.id)]
            out["answers"] = [s.text for s in steps]
        elif quiz.type == "match":
            pairs = [p for p in items if isinstance(p, Pair)]
            out["options"] = [p.left for p in pairs]
            out["answers"] = [p.right for p in pairs]
        else:
            out["options"] = []
            out["answers"] = [quiz.model_answer]
            out["feedback"] = []
        return out


class Registry:
    """Quizzes by id, in the order their pages rendered."""

    def __init__(self) -> None:
        self._entries: dict[str, Entry] = {}

    def reset(self) -> None:
        """Forget every quiz (call at the start of a build)."""
        self._entries.clear()

    def add(self, quiz: Quiz, page: str, url: str = "", line: int | None = None) -> Entry:
        """Record a quiz (`line`: where the page's file calls it); a second quiz with the same
        id anywhere fails, naming both places."""
        if quiz.id in self._entries:
            first = self._entries[quiz.id]
            if first.page != page:
                where = f"on {first.page}{f' (line {first.line})' if first.line else ''}"
                where += f" and again on {page}"
            else:
                where = f"twice on {page}{f' (first at line {first.line})' if first.line else ''}"
            raise AuthoringError(
                f"the quiz id {quiz.id!r} is used {where}",
                "give one of them another id (ids are unique in the whole site)",
                page=page,
                item=quiz.id,
            )
        entry = Entry(page, url, quiz, line)
        self._entries[quiz.id] = entry
        return entry

    def page_of(self, quiz_id: str) -> str | None:
        """The page of the quiz recorded with this id, if any."""
        entry = self._entries.get(quiz_id)
        return entry.page if entry else None

    def entries(self) -> list[Entry]:
        """Every quiz recorded, in the order pages rendered them."""
        return list(self._entries.values())

    def as_json(self) -> str:
        """The registry as JSON (a list of `Entry.as_dict()`)."""
        return json.dumps([e.as_dict() for e in self.entries()], ensure_ascii=False, indent=1)


# The registry of the build that is running.
REGISTRY = Registry()
