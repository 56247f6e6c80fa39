"""Build-wide registry of the interactive items on every page (letters and workbook parts).

It refuses a duplicate id (the same kind and id with different content, or twice on one page)
and keeps the index that the My work page shows: each page's url, title, week and items.
The same include file on two pages is the same item (same content), so it is allowed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from html.parser import HTMLParser
from typing import Any

from macros.errors import AuthoringError

ID = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")


@dataclass
class Page:
    """One built page as My work lists it."""

    url: str
    title: str
    week: int | None = None
    items: list[dict[str, str]] = field(default_factory=list)
    progress: bool = True  # counted in My work's "What you have done" (front matter my_work)
    quizzes: list[str] = field(default_factory=list)  # its quizzes' ids, in the page's order


@dataclass
class Registry:
    """Everything registered during one build."""

    seen: dict[tuple[str, str], tuple[str, str]] = field(default_factory=dict)
    pages: dict[str, Page] = field(default_factory=dict)
    my_work_pages: list[str] = field(default_factory=list)
    helpful_pages: set[str] = field(default_factory=set)
    built: dict[str, Page] = field(default_factory=dict)  # output file -> its page (no items)

    def claim(self, kind: str, item_id: str, fingerprint: str, page: str) -> None:
        """Record an item; raise AuthoringError when its id is already used by another item."""
        check_id(item_id, kind)
        key = (kind, item_id)
        if key in self.seen:
            other_page, other_print = self.seen[key]
            if other_page == page:
                raise AuthoringError(
                    f"the {kind} id '{item_id}' is used twice on this page",
                    f"give each {kind} its own id",
                    page=page,
                    item=item_id,
                )
            if other_print != fingerprint:
                raise AuthoringError(
                    f"the {kind} id '{item_id}' is already used by a different {kind} "
                    f"on {other_page}",
                    "give one of them a new id (ids are unique in the whole site), or include "
                    "the same file on both pages",
                    page=page,
                    item=item_id,
                )
        else:
            self.seen[key] = (page, fingerprint)

    def track(
        self,
        url: str,
        page_title: str,
        kind: str,
        item_id: str,
        title: str,
        week: int | None = None,
        progress: bool = True,
    ) -> None:
        """Add an item to the index of its page (for completion on My work); `week` as
        frontmatter.week_of gives it; `progress=False` keeps the page out of the learner's
        progress (its saved work still shows)."""
        entry = self.pages.setdefault(url, Page(url=url, title=page_title))
        entry.progress = entry.progress and progress
        if week is not None:
            entry.week = week
        item = {"kind": kind, "id": item_id, "title": title}
        if item not in entry.items:
            entry.items.append(item)


class _Marked(HTMLParser):
    """Collects (kind, id, title) of elements that carry data-wc-kind and data-wc-id."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.found: list[tuple[str, str, str]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = dict(attrs)
        kind, item_id = values.get("data-wc-kind"), values.get("data-wc-id")
        if kind and item_id and kind != "helpful":
            self.found.append((kind, item_id, values.get("data-title") or item_id))


def marked_items(html: str) -> list[tuple[str, str, str]]:
    """Every interactive item a built page marks with data-wc-kind and data-wc-id, in order.

    Any component (a quiz too) that puts these attributes, and optionally data-title, on its
    root element counts on the My work page without importing this module.
    """
    if "data-wc-id" not in html:
        return []
    parser = _Marked()
    parser.feed(html)
    return parser.found


def quiz_ids(html: str) -> list[str]:
    """The ids of a built page's quizzes, in the order the page shows them."""
    return re.findall(r'<div class="wc-quiz"[^>]*\sdata-quiz="([^"]+)"', html)


def check_id(item_id: str, kind: str) -> None:
    """Ids are lowercase letters, digits and single hyphens."""
    if not isinstance(item_id, str) or not ID.match(item_id):
        raise AuthoringError(
            f"the {kind} id {item_id!r} is not valid",
            "use lowercase letters, digits and hyphens, like 'reply-to-rejection'",
            item=str(item_id),
        )


REGISTRY = Registry()


def reset() -> Registry:
    """Start a new build with an empty registry."""
    global REGISTRY
    REGISTRY = Registry()
    return REGISTRY


def register(env: Any) -> None:
    """Each build (mkdocs serve rebuilds in one process) starts with an empty registry."""
    reset()
