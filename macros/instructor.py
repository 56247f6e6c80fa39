"""Instructor notes: admonitions of type `instructor`, hidden from learners by default.

    !!! instructor "Instructor notes"
        Timings, groupings, what to watch for.

A page with such a block gets the "Instructor view" toggle (instructor.js), written into the
page under its `# Title` line so that nothing moves when the script loads. With JavaScript
off the toggle is hidden and the notes stay visible, labelled as instructor notes, so nothing
is ever unreachable.
"""

from __future__ import annotations

import re
from typing import Any

from macros import assets

NOTE = re.compile(r"^\s*(?:!!!|\?\?\?\+?)\s+instructor\b", re.MULTILINE)
TITLE = re.compile(r"^# .*$", re.MULTILINE)


def has_instructor_notes(markdown: str) -> bool:
    """True when the page's Markdown holds an instructor admonition."""
    return bool(NOTE.search(markdown))


def with_toggle(markdown: str, toggle: str) -> str:
    """The page with the toggle's HTML under its first `# Title` line. Without one (or with it
    only inside code), at the top: Material then writes the page title above it."""
    title = TITLE.search(markdown)
    if title is None or markdown.count("```", 0, title.start()) % 2:
        return f"{toggle.strip()}\n\n{markdown}"
    return f"{markdown[: title.end()]}\n\n{toggle.strip()}\n{markdown[title.end() :]}"


def post_page(env: Any) -> None:
    """Load the instructor-view toggle, and write it in, on pages that have instructor notes."""
    from macros.render import render

    if has_instructor_notes(env.markdown):
        assets.require(env.page.meta, "instructor")
        env.markdown = with_toggle(env.markdown, render("instructor_bar.html"))
