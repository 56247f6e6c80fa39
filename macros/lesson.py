"""The anatomy of a lesson page, from its front matter, so nothing is typed twice.

---
time: 90                 # estimated minutes
level: CLB 5-7
objectives:
  - Ask an employer for feedback in a short, polite email.
key_points:
  - In Canada, it is polite and normal to ask for feedback.
---
{{ lesson_facts() }}     ->  **Time:** about 90 minutes · **Level:** CLB 5-7
{{ objectives() }}       ->  the objectives as a Markdown list
{{ key_points() }}       ->  the key points as a Markdown list
"""

from __future__ import annotations

from typing import Any

from macros.errors import AuthoringError


def _strings(meta: dict[str, Any], key: str, page: str) -> list[str]:
    value = meta.get(key)
    if (
        not isinstance(value, list)
        or not value
        or not all(isinstance(v, str) and v.strip() for v in value)
    ):
        raise AuthoringError(
            problem=f"the page shows its {key}, but `{key}:` is not a list of sentences",
            fix=f"add `{key}:` to the front matter with one `- sentence` per line",
            page=page,
            item=key,
        )
    return [v.strip() for v in value]


def bullet_list(items: list[str]) -> str:
    """A Markdown bullet list, one item a line."""
    return "\n".join(f"- {item}" for item in items)


def lesson_facts(meta: dict[str, Any], page: str) -> str:
    """'**Time:** about 90 minutes · **Level:** CLB 5-7' from `time` and `level`."""
    time = meta.get("time")
    if isinstance(time, bool) or not isinstance(time, int) or time <= 0:
        raise AuthoringError(
            problem=f"`time: {time!r}` is not a number of minutes",
            fix="write the estimated time in whole minutes, e.g. `time: 90`",
            page=page,
            item="time",
        )
    facts = f"**Time:** about {time} minutes"
    level = meta.get("level")
    return f"{facts} · **Level:** {level}" if level else facts


def lesson_objectives(meta: dict[str, Any], page: str) -> str:
    """The page's `objectives` as a Markdown list."""
    return bullet_list(_strings(meta, "objectives", page))


def lesson_key_points(meta: dict[str, Any], page: str) -> str:
    """The page's `key_points` as a Markdown list."""
    return bullet_list(_strings(meta, "key_points", page))


def register(env: Any) -> None:
    """Define lesson_facts(), lesson_objectives() and lesson_key_points() for each page."""
    for render in (lesson_facts, lesson_objectives, lesson_key_points):

        def macro(render: Any = render) -> str:
            return render(env.page.meta, env.page.file.src_uri)

        env.macro(macro, render.__name__)
