"""Read every page's front matter up front, so a page can use facts from pages built after it."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from mkdocs.utils.meta import get_data

from macros.errors import AuthoringError

# path -> ((mtime_ns, size), front matter): several modules read every page's front matter in
# one build; a file is parsed again only when it changed (as under `mkdocs serve`).
_SEEN: dict[Path, tuple[tuple[int, int], dict[str, Any]]] = {}


def read_meta(path: Path) -> dict[str, Any]:
    """The YAML front matter of one Markdown file (empty when it has none). Do not change it."""
    stat = path.stat()
    stamp = (stat.st_mtime_ns, stat.st_size)
    seen = _SEEN.get(path)
    if seen is None or seen[0] != stamp:
        seen = _SEEN[path] = (stamp, get_data(path.read_text(encoding="utf-8"))[1])
    return seen[1]


def all_meta(docs_dir: Path) -> dict[str, dict[str, Any]]:
    """Front matter of every page under docs_dir, keyed by path ('workcom/week-1.md')."""
    return {
        path.relative_to(docs_dir).as_posix(): read_meta(path)
        for path in sorted(docs_dir.rglob("*.md"))
        if "includes" not in path.relative_to(docs_dir).parts
    }


def flag(meta: dict[str, Any], key: str, default: bool, page: str, fix: str) -> bool:
    """A true-or-false front matter line (`printables`, `exports`, `my_work`), or `default` when
    the page leaves it out; anything else stops the build naming the page, the line and `fix`."""
    choice = meta.get(key, default)
    if not isinstance(choice, bool):
        raise AuthoringError(f"{key}: {choice!r} is not true or false", fix, page=page)
    return choice
