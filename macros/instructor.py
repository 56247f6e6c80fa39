"""Instructor notes: admonitions of type `instructor`, hidden from learners by default.

    !!! instructor "Instructor notes"
        Timings, groupings, what to watch for.

A page with such a block gets the "Instructor view" toggle (instructor.js). With JavaScript
off the notes stay visible, labelled as instructor notes, so nothing is ever unreachable.
"""

from __future__ import annotations

import re
from typing import Any

from macros import assets

NOTE = re.compile(r"^\s*(?:!!!|\?\?\?\+?)\s+instructor\b", re.MULTILINE)


def has_instructor_notes(markdown: str) -> bool:
    """True when the page's Markdown holds an instructor admonition."""
    return bool(NOTE.search(markdown))


def post_page(env: Any) -> None:
    """Load the instructor-view toggle on pages that have instructor notes."""
    if has_instructor_notes(env.markdown):
        assets.require(env.page.meta, "instructor")
