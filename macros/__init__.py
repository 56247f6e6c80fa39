"""The course-site generator, wired into mkdocs-macros.

This file only wires: each concept lives in its own module, which may define
`register(env)` (macros, filters, variables) and any of the hooks below.
"""

from __future__ import annotations

from typing import Any

from macros import (
    admonitions,
    assets,
    attribution,
    cohort,
    course,
    exports,
    frontmatter,
    instructor,
    items,
    lesson,
    letters,
    palette,
    printables,
    purge,
    quiz,
    render,
    stash,
    template_errors,
    workbook,
)

MODULES: list[Any] = [
    frontmatter,  # first: a page whose front matter cannot be read stops here
    admonitions,
    template_errors,
    render,  # before any macro renders a template
    items,
    attribution,
    course,
    instructor,
    lesson,
    quiz,
    letters,
    workbook,
    printables,
    cohort,
    exports,
    palette,
    assets,  # bundles what the page's other modules required
    purge,  # last: reads every page and script, our bundles included
]


def _each(hook: str, env: Any) -> None:
    for module in MODULES:
        if hasattr(module, hook):
            getattr(module, hook)(env)


def define_env(env: Any) -> None:
    """Register every module's macros, filters and variables with mkdocs-macros."""
    _each("register", env)
    stash.wrap(env.macros, stash.keeper(env))


def on_pre_page_macros(env: Any) -> None:
    """Before a page's Jinja runs."""
    _each("pre_page", env)


def on_post_page_macros(env: Any) -> None:
    """After a page's Jinja ran (env.markdown holds the result)."""
    _each("post_page", env)


def on_post_build(env: Any) -> None:
    """After the site is written: derived files (calendar, exports)."""
    _each("post_build", env)
