"""The course-site generator, wired into mkdocs-macros.

`define_env` only registers: each concept lives in its own module with a `register(env)`.
A module may also define `on_post_build(env)` (e.g. to write a derived file into the site).
"""

from __future__ import annotations

from typing import Any

from macros import quiz

MODULES: list[Any] = [quiz]


def define_env(env: Any) -> None:
    """Register every module's macros, filters and variables with mkdocs-macros."""
    for module in MODULES:
        module.register(env)


def on_post_build(env: Any) -> None:
    """Let each module write its derived files once the site is built."""
    for module in MODULES:
        hook = getattr(module, "on_post_build", None)
        if hook is not None:
            hook(env)
