"""The course-site generator, wired into mkdocs-macros.

`define_env` only registers macros and hooks; each concept lives in its own module.
"""

from __future__ import annotations

from typing import Any


def define_env(env: Any) -> None:
    """Register the project's macros with mkdocs-macros."""
    env.variables["course_licence"] = "CC BY-NC-SA 4.0"
