"""Front matter read up front (macros/frontmatter.py): parsed once, again when the file changes."""

from __future__ import annotations

import os

from macros.frontmatter import all_meta, read_meta


def test_front_matter_is_read_once_and_again_after_the_file_changes(tmp_path):
    page = tmp_path / "week-1.md"
    page.write_text("---\ntitle: One\n---\n# One\n", encoding="utf-8")
    first = read_meta(page)
    assert first == {"title": "One"}
    assert read_meta(page) is first  # not parsed again
    page.write_text("---\ntitle: Two\nweek: 1\n---\n# Two\n", encoding="utf-8")
    assert read_meta(page) == {"title": "Two", "week": 1}


def test_a_same_size_edit_with_a_new_time_is_seen(tmp_path):
    page = tmp_path / "a.md"
    page.write_text("---\ntitle: Aaa\n---\n", encoding="utf-8")
    assert read_meta(page) == {"title": "Aaa"}
    page.write_text("---\ntitle: Bbb\n---\n", encoding="utf-8")
    stat = page.stat()
    os.utime(page, ns=(stat.st_atime_ns, stat.st_mtime_ns + 1_000_000))
    assert read_meta(page) == {"title": "Bbb"}


def test_all_meta_leaves_out_includes(tmp_path):
    (tmp_path / "includes").mkdir()
    (tmp_path / "includes" / "part.md").write_text("---\ntitle: Part\n---\n", encoding="utf-8")
    (tmp_path / "index.md").write_text("---\ntitle: Home\n---\n", encoding="utf-8")
    assert all_meta(tmp_path) == {"index.md": {"title": "Home"}}
