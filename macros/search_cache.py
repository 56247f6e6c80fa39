"""Each page's search entries, kept between builds (a MkDocs hooks file).

Material's search plugin reads every page's HTML with Python's HTMLParser to cut it into the
sections of the search index: about a fifth of a 1,000-lesson build, the same work on every
build and every `mkdocs serve` rebuild for a page that did not change. This hook wraps the
plugin's index: a page whose inputs (its HTML, URL, table of contents, title and search
metadata) are what they were last time gets the entries made then, from `.cache/search/`
beside mkdocs.yml; any other page is read as before, and its entries kept. One entry per page,
replaced when the page changes, so the folder does not grow. The index it writes is the same,
byte for byte (tests/site/test_search_cache.py). A cache must never break a build: where an
entry cannot be read or written, the page is read as before.

This module imports nothing from the `macros` package when MkDocs loads it (by path); the
build's first event that it handles does.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
from collections.abc import Callable
from importlib import metadata, util
from pathlib import Path
from typing import Any

# What else shapes the entries: Material's parser, and jieba, which splits Chinese text if it is
# installed.
_READER = [metadata.version("mkdocs-material"), util.find_spec("jieba") is not None]


def _toc(items: Any) -> list[Any]:
    """The table of contents as plain data: what the index takes from it (ids, URLs, order)."""
    return [[item.id, item.url, _toc(item.children)] for item in items]


def inputs(page: Any) -> str:
    """A hash of everything the search index reads from a page, and of what reads it."""
    meta = page.meta
    seen = [
        _READER,
        page.url,
        page.title,
        meta.get("title"),
        meta.get("tags"),
        meta.get("search"),
        _toc(page.toc),
        page.content,
    ]
    return hashlib.sha256(json.dumps(seen, default=repr).encode()).hexdigest()


class CachedIndex:
    """Material's SearchIndex, with each page's entries kept in `folder` between builds."""

    def __init__(self, index: Any, folder: Path, write: Callable[[Path, bytes], None]) -> None:
        self.index = index
        self.folder = folder
        self.write = write

    def __getattr__(self, name: str) -> Any:
        return getattr(self.index, name)

    def add_entry_from_context(self, page: Any) -> None:
        """Add the page's entries to the index: those made last time, if nothing changed."""
        key = inputs(page)
        path = self.folder / (hashlib.sha256(page.file.src_uri.encode()).hexdigest() + ".json")
        with contextlib.suppress(OSError, ValueError, KeyError, TypeError):
            kept = json.loads(path.read_text(encoding="utf-8"))
            if kept["inputs"] == key and isinstance(kept["entries"], list):
                self.index.entries.extend(kept["entries"])
                return
        start = len(self.index.entries)
        self.index.add_entry_from_context(page)
        made = {"inputs": key, "entries": self.index.entries[start:]}
        self.write(path, json.dumps(made, ensure_ascii=False).encode("utf-8"))


def on_pre_build(config: Any) -> None:
    """MkDocs hook: wrap the search plugin's index (made in its on_config) for this build."""
    from macros.template_cache import cache_folder, write_cached

    for name in ("material/search", "search"):
        plugin = config.plugins.get(name)
        index = getattr(plugin, "search_index", None)
        if index is not None and not isinstance(index, CachedIndex):
            folder = cache_folder(config.config_file_path, "search")
            plugin.search_index = CachedIndex(index, folder, write_cached)
            return
