"""Each page's search entries are kept in .cache/search/ between builds (macros/search_cache.py)."""

from __future__ import annotations

import json
from pathlib import Path

from tests.conftest import build_site
from tests.support.fixture_project import page, write_project

HOOKS = ("macros/stash.py", "macros/search_cache.py")
HOME = "# Home\n\nWelcome to the course.\n\n## Before you start\n\nRead the schedule first.\n"
OTHER = "# Phone calls\n\nSay your name first.\n\n## Leave a message\n\nSpeak slowly.\n"


def entries(site: Path) -> list[dict]:
    return json.loads((site / "search/search_index.json").read_text(encoding="utf-8"))["docs"]


def kept(project: Path) -> dict[str, int]:
    """Each page's kept entries, by when they were written."""
    return {f.name: f.stat().st_mtime_ns for f in (project / ".cache/search").iterdir()}


def test_the_index_is_the_same_from_kept_entries_as_from_the_pages(tmp_path):
    pages = {"index.md": page({}, HOME), "calls.md": page({}, OTHER)}
    plain = write_project(tmp_path / "plain", pages, shared_cache=False)
    cached = write_project(tmp_path / "cached", pages, hooks=HOOKS, shared_cache=False)
    assert build_site(tmp_path / "plain-site", plain).returncode == 0
    assert build_site(tmp_path / "first", cached).returncode == 0
    assert len(kept(tmp_path / "cached")) == 2  # one for each page
    written = kept(tmp_path / "cached")
    assert build_site(tmp_path / "second", cached).returncode == 0
    assert kept(tmp_path / "cached") == written  # read, not made again

    index = (tmp_path / "plain-site/search/search_index.json").read_bytes()
    assert (tmp_path / "first/search/search_index.json").read_bytes() == index
    assert (tmp_path / "second/search/search_index.json").read_bytes() == index
    assert "Leave a message" in [entry["title"] for entry in entries(tmp_path / "second")]


def test_a_changed_page_is_read_again_and_the_others_are_not(tmp_path):
    pages = {"index.md": page({}, HOME), "calls.md": page({}, OTHER)}
    config = write_project(tmp_path / "p", pages, hooks=HOOKS, shared_cache=False)
    assert build_site(tmp_path / "first", config).returncode == 0
    before = kept(tmp_path / "p")
    (tmp_path / "p/docs/calls.md").write_text(page({}, OTHER.replace("slowly", "clearly")))
    assert build_site(tmp_path / "second", config).returncode == 0
    after = kept(tmp_path / "p")
    assert after.keys() == before.keys()
    assert len([name for name in after if after[name] != before[name]]) == 1  # calls.md's
    texts = " ".join(entry["text"] for entry in entries(tmp_path / "second"))
    assert "clearly" in texts and "slowly" not in texts


def test_a_damaged_entry_is_read_from_the_page_again(tmp_path):
    pages = {"index.md": page({}, HOME), "calls.md": page({}, OTHER)}
    config = write_project(tmp_path / "p", pages, hooks=HOOKS, shared_cache=False)
    assert build_site(tmp_path / "first", config).returncode == 0
    for name in kept(tmp_path / "p"):
        (tmp_path / "p/.cache/search" / name).write_text('{"inputs": [')
    assert build_site(tmp_path / "second", config).returncode == 0
    first = (tmp_path / "first/search/search_index.json").read_bytes()
    assert (tmp_path / "second/search/search_index.json").read_bytes() == first
