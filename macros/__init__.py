"""The course-site generator, wired into mkdocs-macros.

`define_env` only registers: each concept lives in its own module with a `register(env)`.
"""

from __future__ import annotations

from typing import Any

from macros import items, letters

MODULES: list[Any] = [letters]


def define_env(env: Any) -> None:
    """Register every module's macros, filters and variables with mkdocs-macros."""
    items.reset()
    for module in MODULES:
        module.register(env)
