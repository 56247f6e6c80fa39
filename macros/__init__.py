"""The course-site generator, wired into mkdocs-macros.

`define_env` only registers: each concept lives in its own module with a `register(env)`.
A module may also define `on_post_page_macros(env)` (after each page's macros) and
`on_post_build(env)` (after the site is written); mkdocs-macros calls the ones below.
"""

from __future__ import annotations

from typing import Any

from macros import items, letters, workbook

MODULES: list[Any] = [letters, workbook]


def define_env(env: Any) -> None:
    """Register every module's macros, filters and variables with mkdocs-macros."""
    items.reset()
    for module in MODULES:
        module.register(env)


def on_post_page_macros(env: Any) -> None:
    """Let each module look at a page after its macros ran (mkdocs-macros calls this)."""
    for module in MODULES:
        hook = getattr(module, "on_post_page_macros", None)
        if hook:
            hook(env)


def on_post_build(env: Any) -> None:
    """Let each module finish its work on the written site (mkdocs-macros calls this)."""
    for module in MODULES:
        hook = getattr(module, "on_post_build", None)
        if hook:
            hook(env)
