"""Per-page assets: a component's CSS and JS load only on pages that use it.

A macro calls `require(page_meta, "quiz")`; `overrides/main.html` then links the files listed
here for that page, in order, once each. Pages that use no component load none of them.
"""

from __future__ import annotations

from collections.abc import MutableMapping
from typing import Any

META_KEY = "wc_assets"

# Component name -> (files under docs/assets/, components it needs first).
COMPONENTS: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "store": (("js/store.js",), ()),
    "this-week": (("css/this-week.css", "js/this-week.js"), ()),
    "schedule": (("css/schedule.css",), ()),
    "exports": (("css/exports.css",), ()),
    "instructor": (("css/instructor.css", "js/instructor.js"), ("store",)),
    "quiz": (("css/quiz.css", "js/quiz.js"), ("store",)),
    "controls": (("css/controls.css",), ()),
    "letter": (("css/letter.css", "js/letter.js"), ("store", "controls")),
    "workbook": (("css/workbook.css", "js/workbook.js"), ("store", "controls")),
    "mywork": (("css/workbook.css", "css/mywork.css", "js/mywork.js"), ("store", "controls")),
    "printables": (("css/printables.css",), ()),
}


def files_for(name: str) -> list[str]:
    """Every asset file a component needs, its dependencies first."""
    if name not in COMPONENTS:
        raise KeyError(f"unknown component {name!r}; known: {', '.join(sorted(COMPONENTS))}")
    files, needs = COMPONENTS[name]
    out: list[str] = []
    for dependency in needs:
        out += [f for f in files_for(dependency) if f not in out]
    return out + [f for f in files if f not in out]


def require(page_meta: MutableMapping[str, Any], *names: str) -> None:
    """Record that the page being rendered uses these components."""
    listed: list[str] = page_meta.setdefault(META_KEY, [])
    for name in names:
        listed += [f for f in files_for(name) if f not in listed]
