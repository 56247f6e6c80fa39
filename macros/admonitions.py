"""Boxes (`!!! note`, `??? example`, `!!! instructor`): a box whose text is not indented under it.

Python-Markdown puts in a box only the lines indented four spaces more than its `!!!` line. A
box written with its text flush left is empty, and its text shows under it as the page's own:
an instructor note in plain sight of learners, or a quiz under an empty "Question" box. The
build stops instead, at the box's line. Examples inside fenced code are left alone.
"""

from __future__ import annotations

import re
from typing import Any

from macros.errors import AuthoringError

BOX = re.compile(r"^(?P<indent>[ \t]*)(?P<mark>!!!|\?\?\?\+?)[ \t]+(?P<kind>[\w-]+)")
FENCE = re.compile(r"^[ \t]*(`{3,}|~{3,})")


def _indent(line: str) -> int:
    return len(line) - len(line.lstrip())  # tabs are already 4 spaces


def empty_box_error(text: str, page: str) -> AuthoringError | None:
    """The first box in `text` (a page's file) with nothing indented under it, or None."""
    lines = text.expandtabs(4).split("\n")
    fence = ""
    for number, line in enumerate(lines, 1):
        opening = FENCE.match(line)
        if opening and (not fence or opening[1].startswith(fence)):
            fence = "" if fence else opening[1][0] * 3
            continue
        box = None if fence else BOX.match(line)
        if box is None:
            continue
        after = next((x for x in lines[number:] if x.strip()), "")
        if not after or _indent(after) < len(box["indent"]) + 4:
            return AuthoringError(
                problem=f"the `{box['mark']} {box['kind']}` box has nothing in it: the text "
                "under it is not indented, so it shows outside the box"
                + (", where learners see it" if box["kind"] == "instructor" else ""),
                fix=f"indent the box's text by 4 spaces more than its `{box['mark']}` line",
                page=page,
                line=number,
            )
    return None


def pre_page(env: Any) -> None:
    """Check the boxes of the page about to render (generated pages have no file)."""
    file = env.page.file
    if file.abs_src_path:
        error = empty_box_error(file.content_string, file.src_uri)
        if error:
            raise error
