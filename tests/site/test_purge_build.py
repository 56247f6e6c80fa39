"""The purge of Material's main stylesheet in a real build (macros/purge.py)."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path
from types import SimpleNamespace

import pytest

from macros.errors import AuthoringError
from macros.purge import post_build, theme_original
from tests.conftest import build_site
from tests.support.fixture_project import page, write_project

WARNING = ".md-typeset .admonition.warning,"


def stylesheet(site: Path) -> str:
    (path,) = site.glob("assets/stylesheets/main.*.min.css")
    return path.read_text(encoding="utf-8")


def test_a_dirty_rebuild_brings_back_the_rules_for_what_a_page_gained(tmp_path):
    """`mkdocs serve --dirty` does not copy the theme again: the purge starts from Material's."""
    config = write_project(tmp_path / "project", {"index.md": page({}, "# Home\n\nText.\n")})
    site = tmp_path / "site"
    assert build_site(site, config).returncode == 0
    assert WARNING not in stylesheet(site)

    index = tmp_path / "project" / "docs" / "index.md"
    index.write_text(index.read_text() + '\n!!! warning "Careful"\n\n    Read this.\n')
    command = [sys.executable, "-m", "mkdocs", "build", "--dirty", "-f", str(config)]
    result = subprocess.run(
        [*command, "-d", str(site)],
        capture_output=True,
        text=True,
        env={**os.environ, "NO_MKDOCS_2_WARNING": "1"},
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert 'class="admonition warning"' in (site / "index.html").read_text()
    assert WARNING in stylesheet(site)


def test_the_theme_file_is_found_in_the_first_theme_folder_that_has_it(tmp_path):
    (tmp_path / "a").mkdir()
    (tmp_path / "b" / "assets").mkdir(parents=True)
    (tmp_path / "b" / "assets" / "x.css").write_text("b")
    folders = [str(tmp_path / "a"), str(tmp_path / "b")]
    assert theme_original(folders, "assets/x.css") == tmp_path / "b" / "assets" / "x.css"
    assert theme_original(folders, "assets/y.css") is None


def test_a_class_that_only_an_authors_own_script_adds_keeps_its_rules(tmp_path):
    pages = {"index.md": page({}, "# Home\n\nText.\n")}
    plain = write_project(tmp_path / "plain", pages)
    assert build_site(tmp_path / "plain-site", plain).returncode == 0
    assert ".md-clipboard{" not in stylesheet(tmp_path / "plain-site")

    script = b'document.querySelector("pre").classList.add("md-clipboard");\n'
    config = write_project(tmp_path / "own", pages, files={"javascripts/copy.js": script})
    assert build_site(tmp_path / "own-site", config).returncode == 0
    assert ".md-clipboard{" in stylesheet(tmp_path / "own-site")


def test_every_page_gets_the_site_wide_fixes_in_the_stylesheet_it_already_loads(
    site_dir, html_pages
):
    """macros/theme_fixes.css is no file of its own: its rules end the main stylesheet, and a
    page links only Material's two stylesheets and, where it uses a component, its bundle."""
    css = stylesheet(site_dir)
    # The fixes' last rule, minified (a rule no page uses would be purged, so not all of them).
    assert css.endswith("@media print{.md-typeset .wc-term{text-decoration:none}}")
    assert ".wc-licence__links{display:flex" in css
    for path in html_pages:
        links = re.findall(r'<link rel="stylesheet" href="([^"]+)"', path.read_text())
        own = [href for href in links if "assets/stylesheets/" not in href]
        assert all("assets/bundles/" in href for href in own), (path, own)
    assert not list(site_dir.glob("assets/css/site.css"))


def test_a_build_without_materials_main_stylesheet_stops_and_says_what_is_missing(tmp_path):
    env = SimpleNamespace(conf={"site_dir": str(tmp_path), "theme": SimpleNamespace(dirs=[])})
    with pytest.raises(AuthoringError) as error:
        post_build(env)
    message = str(error.value)
    assert "macros/theme_fixes.css" in message and "assets/stylesheets/main.*.min.css" in message
    assert "Fix: keep `theme: name: material`" in message
