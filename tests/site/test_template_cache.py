"""Compiled templates are kept in .cache/jinja/ between builds (macros/template_cache.py)."""

from __future__ import annotations

from tests.conftest import build_site
from tests.support.fixture_project import page, write_project

HOOKS = ("macros/stash.py", "macros/template_cache.py")


def test_a_build_keeps_its_compiled_templates_and_the_next_build_reuses_them(tmp_path):
    config = write_project(tmp_path / "p", {"index.md": page({})}, hooks=HOOKS, shared_cache=False)
    assert build_site(tmp_path / "first", config).returncode == 0
    cached = {f.name: f.stat().st_mtime_ns for f in (tmp_path / "p/.cache/jinja").iterdir()}
    assert len(cached) > 10  # Material's base.html, its partials and our overrides

    assert build_site(tmp_path / "second", config).returncode == 0
    again = {f.name: f.stat().st_mtime_ns for f in (tmp_path / "p/.cache/jinja").iterdir()}
    assert again == cached  # read, not written again
    first, second = (tmp_path / "first/index.html"), (tmp_path / "second/index.html")
    assert second.read_text() == first.read_text()


def test_a_corrupt_cache_file_is_compiled_again_not_trusted(tmp_path):
    config = write_project(tmp_path / "p", {"index.md": page({})}, hooks=HOOKS, shared_cache=False)
    assert build_site(tmp_path / "first", config).returncode == 0
    for cached in (tmp_path / "p/.cache/jinja").iterdir():
        cached.write_bytes(b"not bytecode")
    assert build_site(tmp_path / "second", config).returncode == 0
    first, second = (tmp_path / "first/index.html"), (tmp_path / "second/index.html")
    assert second.read_text() == first.read_text()


def test_a_folder_that_cannot_be_written_only_means_no_cache(tmp_path):
    config = write_project(tmp_path / "p", {"index.md": page({})}, hooks=HOOKS, shared_cache=False)
    (tmp_path / "p/.cache").write_text("a file where the folder would go")
    result = build_site(tmp_path / "site", config)
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "site/index.html").is_file()
