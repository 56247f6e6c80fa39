"""Compiled templates are kept in .cache/ between builds (macros/template_cache.py, render.py)."""

from __future__ import annotations

from pathlib import Path

from tests.conftest import build_site
from tests.support.fixture_project import page, write_project

HOOKS = ("macros/stash.py", "macros/template_cache.py")


def compiled(project: Path) -> dict[str, int]:
    """Each compiled template in the project's caches (the theme's, the macros'), by when written."""
    folders = [project / ".cache/jinja", project / ".cache/macros"]
    return {f"{f.parent.name}/{f.name}": f.stat().st_mtime_ns for d in folders for f in d.iterdir()}


def test_a_build_keeps_its_compiled_templates_and_the_next_build_reuses_them(tmp_path):
    config = write_project(tmp_path / "p", {"index.md": page({})}, hooks=HOOKS, shared_cache=False)
    assert build_site(tmp_path / "first", config).returncode == 0
    cached = compiled(tmp_path / "p")
    assert len(cached) > 10  # Material's base.html, its partials and our overrides
    assert any(name.startswith("macros/") for name in cached)  # the attribution footer's

    assert build_site(tmp_path / "second", config).returncode == 0
    assert compiled(tmp_path / "p") == cached  # read, not written again
    first, second = (tmp_path / "first/index.html"), (tmp_path / "second/index.html")
    assert second.read_text() == first.read_text()


def test_a_corrupt_cache_file_is_compiled_again_not_trusted(tmp_path):
    config = write_project(tmp_path / "p", {"index.md": page({})}, hooks=HOOKS, shared_cache=False)
    assert build_site(tmp_path / "first", config).returncode == 0
    for cached in compiled(tmp_path / "p"):
        (tmp_path / "p/.cache" / cached).write_bytes(b"not bytecode")
    assert build_site(tmp_path / "second", config).returncode == 0
    first, second = (tmp_path / "first/index.html"), (tmp_path / "second/index.html")
    assert second.read_text() == first.read_text()


def test_a_folder_that_cannot_be_written_only_means_no_cache(tmp_path):
    config = write_project(tmp_path / "p", {"index.md": page({})}, hooks=HOOKS, shared_cache=False)
    (tmp_path / "p/.cache").write_text("a file where the folder would go")
    result = build_site(tmp_path / "site", config)
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "site/index.html").is_file()
