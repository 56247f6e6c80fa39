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
{{ lesson_objectives() }} ->  the objectives as a Markdown list
{{ lesson_key_points() }} ->  the key points as a Markdown list

A page that shows its time with `lesson_facts()` is a lesson, and the house standard says what
every lesson has: objectives, an activity with feedback (a quiz), a reflection (a reflection
quiz or a journal) and key points. The macros record what the page shows (`record`); after the
page's macros ran, `post_page` stops the build with one message that names every missing part
and how to add it.
"""

from __future__ import annotations

from typing import Any

from macros.errors import AuthoringError
from macros.frontmatter import minutes_of, with_key_line


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
    time = minutes_of(meta, page, needed=True)
    facts = f"**Time:** about {time} minutes"
    level = meta.get("level")
    return f"{facts} · **Level:** {level}" if level else facts


def lesson_objectives(meta: dict[str, Any], page: str) -> str:
    """The page's `objectives` as a Markdown list."""
    return bullet_list(_strings(meta, "objectives", page))


def lesson_key_points(meta: dict[str, Any], page: str) -> str:
    """The page's `key_points` as a Markdown list."""
    return bullet_list(_strings(meta, "key_points", page))


PARTS_KEY = "wc_lesson_parts"
# What a lesson shows besides its time, in page order: part -> (its name, how to add it).
ANATOMY: dict[str, tuple[str, str]] = {
    "objectives": (
        "objectives",
        "write `objectives:` in the front matter and `{{ lesson_objectives() }}` near the top",
    ),
    "activity": (
        "activity with feedback",
        'add a quiz: `{% call quiz("an-id", "The question?") %}` with its options, then '
        "`{% endcall %}` (Authoring guide: quizzes)",
    ),
    "reflection": (
        "reflection",
        'add a question with `type="reflection"` and a model answer, or a `journal` '
        "(Authoring guide: letters and workbook)",
    ),
    "key_points": (
        "key points",
        "write `key_points:` in the front matter and `{{ lesson_key_points() }}` near the end",
    ),
}
# Which part each macro shows.
SHOWS = {
    "lesson_facts": "time",
    "lesson_objectives": "objectives",
    "lesson_key_points": "key_points",
}
# The parts written in the front matter: how to show them when the page does not.
SHOW_FIX = {
    "objectives": "put `{{ lesson_objectives() }}` near the top, where they should show",
    "key_points": "put `{{ lesson_key_points() }}` near the end, where they should show",
}


def record(page_meta: dict[str, Any], part: str) -> None:
    """Note that the page being rendered shows this part of a lesson (a list, like every value
    of page meta, so that it stays plain data)."""
    shown = page_meta.setdefault(PARTS_KEY, [])
    if part not in shown:
        shown.append(part)


def missing_parts(shown: set[str] | list[str]) -> list[str]:
    """The parts of ANATOMY that a lesson lacks; nothing for a page that is not a lesson."""
    return [part for part in ANATOMY if part not in shown] if "time" in shown else []


def _listed(words: list[str], joint: str) -> str:
    """'a', 'a and b', 'a, b and c'."""
    return words[0] if len(words) == 1 else ", ".join(words[:-1]) + f" {joint} " + words[-1]


def anatomy_error(
    missing: list[str], page: str, meta: dict[str, Any] | None = None
) -> AuthoringError:
    """One error that names every missing part and how to add each one.

    A part written in the front matter (`objectives:`) that the page does not show is not
    missing: the error says so, and that its macro is what the page lacks.
    """
    written = meta or {}
    unshown = [part for part in missing if part in SHOW_FIX and written.get(part)]
    absent = [part for part in missing if part not in unshown]
    problems = []
    if absent:
        problems.append("it has " + _listed([f"no {ANATOMY[part][0]}" for part in absent], "and"))
    if unshown:
        names = _listed([ANATOMY[part][0] for part in unshown], "or")
        problems.append(f"it does not show the {names} written in its front matter")
    fixes = "; ".join(SHOW_FIX[part] if part in unshown else ANATOMY[part][1] for part in missing)
    lacks = ", and ".join(problems)
    return AuthoringError(
        problem=f"this page shows a lesson's time (`lesson_facts()`), but {lacks}",
        fix=f"{fixes}. If the page is not a lesson, take out `{{{{ lesson_facts() }}}}`",
        page=page,
    )


def register(env: Any) -> None:
    """Define lesson_facts(), lesson_objectives() and lesson_key_points() for each page."""
    for render in (lesson_facts, lesson_objectives, lesson_key_points):

        def macro(render: Any = render) -> str:
            try:
                shown = render(env.page.meta, env.page.file.src_uri)
            except AuthoringError as error:
                raise with_key_line(error, env.page.file.content_string) from None
            record(env.page.meta, SHOWS[render.__name__])
            return shown

        env.macro(macro, render.__name__)


def post_page(env: Any) -> None:
    """Stop the build when a lesson lacks a part that every lesson has."""
    missing = missing_parts(env.page.meta.get(PARTS_KEY, []))
    if missing:
        raise anatomy_error(missing, env.page.file.src_uri, env.page.meta)
