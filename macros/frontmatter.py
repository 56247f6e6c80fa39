"""Read every page's front matter up front, so a page can use facts from pages built after it."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from mkdocs.utils.meta import get_data


def read_meta(path: Path) -> dict[str, Any]:
    """The YAML front matter of one Markdown file (empty when it has none)."""
    return get_data(path.read_text(encoding="utf-8"))[1]


def all_meta(docs_dir: Path) -> dict[str, dict[str, Any]]:
    """Front matter of every page under docs_dir, keyed by path ('workcom/week-1.md')."""
    return {
        path.relative_to(docs_dir).as_posix(): read_meta(path)
        for path in sorted(docs_dir.rglob("*.md"))
        if "includes" not in path.relative_to(docs_dir).parts
    }
