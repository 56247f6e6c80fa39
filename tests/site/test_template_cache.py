"""Compiled templates are kept in .cache/ between builds (macros/template_cache.py, render.py):
Material's and ours, and each page, which mkdocs-macros compiles as a template."""

from __future__ import annotations

from pathlib import Path

from tests.conftest import build_site
from tests.support.fixture_project import page, write_project

HOOKS = ("macros/stash.py", "macros/template_cache.py")


def compiled(project: Path, *names: str) -> dict[str, int]:
    """Each compiled template in the project's caches (by default the theme's, the macros' and
    the pages'), by when it was written."""
    folders = [project / ".cache" / name for name in names or ("jinja", "macros", "pages")]
    return {f"{f.parent.name}/{f.name}": f.stat().st_mtime_ns for d in folders for f in d.iterdir()}


def test_a_build_keeps_its_compiled_templates_and_the_next_build_reuses_them(tmp_path):
    config = write_project(tmp_path / "p", {"index.md": page({})}, hooks=HOOKS, shared_cache=False)
    assert build_site(tmp_path / "first", config).returncode == 0
    cached = compiled(tmp_path / "p")
    assert len(cached) > 10  # Material's base.html, its partials and our overrides
    assert any(name.startswith("macros/") for name in cached)  # the attribution footer's
    assert any(name.startswith("pages/") for name in cached)  # index.md's

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


def test_a_page_is_compiled_again_only_when_it_changed(tmp_path):
    pages = {"index.md": page({}, "# Home\n\n{{ 1 + 1 }} apples.\n"), "other.md": page({})}
    config = write_project(tmp_path / "p", pages, hooks=HOOKS, shared_cache=False)
    assert build_site(tmp_path / "first", config).returncode == 0
    before = compiled(tmp_path / "p", "pages")
    assert len(before) == 2  # one for each page

    (tmp_path / "p/docs/index.md").write_text(page({}, "# Home\n\n{{ 2 + 3 }} apples.\n"))
    assert build_site(tmp_path / "second", config).returncode == 0
    assert "5 apples" in (tmp_path / "second/index.html").read_text()
    after = compiled(tmp_path / "p", "pages")
    assert after.keys() == before.keys()  # the edited page's entry is written anew, not added
    changed = [name for name in after if after[name] != before[name]]
    assert len(changed) == 1  # index.md's; other.md's is read as it was


def test_a_mistake_in_a_page_is_reported_the_same_from_its_compiled_template(tmp_path):
    body = "# Home\n\nSome text.\n\n{{ lesson_facts }}\n"
    config = write_project(
        tmp_path / "p", {"index.md": page({}, body)}, hooks=HOOKS, shared_cache=False
    )
    first = build_site(tmp_path / "first", config)
    assert compiled(tmp_path / "p", "pages")  # the page compiled; its error comes when it runs
    second = build_site(tmp_path / "second", config)
    assert first.returncode != 0 and second.returncode != 0
    said = [line for line in first.stderr.splitlines() if "index.md, 'lesson_facts'" in line]
    assert said and "line 9" in said[0], first.stderr  # the file's line, front matter counted
    assert said == [line for line in second.stderr.splitlines() if "index.md, " in line]
