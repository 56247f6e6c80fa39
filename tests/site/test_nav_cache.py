"""Our navigation (overrides/partials/nav-item.html with macros/nav_cache.py) is Material's.

Every page the site builds is byte for byte the page that Material's own nav-item.html makes,
and so is every page of a small project with nested, pruned and index sections, an external
link, and pages whose front matter sets an icon, a subtitle or a status. The override is
Material's installed template with one change only, so a Material upgrade fails here first.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import material
import pytest
import yaml

from tests.conftest import ROOT, build_site
from tests.support.fixture_project import page
from tests.support.project import copy_project, replace_in

OVERRIDE = ROOT / "overrides" / "partials" / "nav-item.html"
TEMPLATES = Path(material.__file__).parent / "templates"
MATERIAL = TEMPLATES / "partials" / "nav-item.html"
STAR = (TEMPLATES / ".icons" / "material" / "star.svg").read_text(encoding="utf-8").strip()
HOOK = "  - macros/nav_cache.py\n"
MATERIAL_LOOP = '{{ render(item, path ~ "_" ~ loop.index, level + 1, nav_item) }}'
OUR_LOOP = (
    '{{ nav_item_html(render, item, path ~ "_" ~ loop.index, level + 1, nav_item)\n'
    "                   if nav_item_html is defined\n"
    '                   else render(item, path ~ "_" ~ loop.index, level + 1, nav_item) }}'
)


def materials_own_overrides(dest: Path) -> Path:
    """A copy of overrides/ without our nav-item.html: Material's own is used instead."""
    shutil.copytree(ROOT / "overrides", dest, ignore=shutil.ignore_patterns("nav-item.html"))
    return dest


def pages_of(site: Path) -> dict[str, str]:
    """Every HTML file of a built site, by path."""
    return {
        str(path.relative_to(site)): path.read_text(encoding="utf-8")
        for path in sorted(site.rglob("*.html"))
    }


def assert_same_pages(ours: Path, materials: Path) -> None:
    """The same HTML files, each byte for byte the same; on failure, the first page that differs."""
    got, expected = pages_of(ours), pages_of(materials)
    assert sorted(got) == sorted(expected)
    for name, html in expected.items():
        if got[name] != html:
            at = next(i for i, (a, b) in enumerate(zip(got[name], html, strict=False)) if a != b)
            pytest.fail(
                f"{name} differs from Material's at character {at}:\n"
                f"ours:       {got[name][at - 200 : at + 200]!r}\n"
                f"Material's: {html[at - 200 : at + 200]!r}",
                pytrace=False,
            )


def test_the_override_is_materials_installed_template_with_only_the_loop_changed():
    ours, theirs = OVERRIDE.read_text(encoding="utf-8"), MATERIAL.read_text(encoding="utf-8")
    header = "{#-\n  This file was automatically generated - do not edit\n-#}\n"
    assert theirs.startswith(header) and theirs.count(MATERIAL_LOOP) == 1
    assert ours.startswith("{#-\n  Material for MkDocs 9.8.2's partials/nav-item.html")
    our_body = ours[ours.index("-#}\n") + 4 :]
    assert our_body == theirs[len(header) :].replace(MATERIAL_LOOP, OUR_LOOP)
    assert HOOK in (ROOT / "mkdocs.yml").read_text(encoding="utf-8")


def test_every_page_of_the_site_is_what_materials_own_navigation_makes(site_dir, tmp_path):
    config = copy_project(tmp_path / "project")
    (tmp_path / "project" / "overrides").unlink()
    materials_own_overrides(tmp_path / "project" / "overrides")
    replace_in(config, HOOK, "")
    result = build_site(tmp_path / "site", config)
    assert result.returncode == 0, result.stdout + result.stderr
    assert_same_pages(site_dir, tmp_path / "site")


FEATURES = [
    "navigation.top",
    "navigation.footer",
    "navigation.sections",
    "navigation.indexes",
    "navigation.prune",
    "search.highlight",
    "content.action.edit",
    "toc.follow",
]
NAV = [
    {"Home": "index.md"},
    {
        "Course": [
            "course/index.md",
            {"Start here": "course/start.md"},
            {"Unit A": ["course/a/index.md", "course/a/one.md", "course/a/two.md"]},
            {
                "Unit B": [
                    {"Part 1": ["course/b/p1/one.md", "course/b/p1/two.md"]},
                    "course/b/three.md",
                ]
            },
            {"Unit C": ["course/c/one.md", "course/c/two.md"]},
            {"Elsewhere": "https://example.com/"},
        ]
    },
    {"About": ["about/index.md", "about/more.md"]},
]
PAGES = {
    "index.md": page({"title": "Home"}),
    "course/index.md": page({"title": "Course"}, "# Course\n\n## Part\n\nText.\n"),
    "course/start.md": page(
        {"title": "Start", "icon": "material/star", "subtitle": "First steps", "status": "new"}
    ),
    "course/a/index.md": page({"title": "Unit A"}),
    "course/a/one.md": page({"title": "A one", "icon": "material/flag", "status": "deprecated"}),
    "course/a/two.md": page({"title": "A two", "subtitle": "The second"}),
    "course/b/p1/one.md": page({"title": "B one", "subtitle": "Nested", "status": "new"}),
    "course/b/p1/two.md": page({"title": "B two"}),
    "course/b/three.md": page({"title": "B three", "icon": "material/star"}),
    "course/c/one.md": page({"title": "C one", "icon": "material/flag", "subtitle": "First"}),
    "course/c/two.md": page({"title": "C two"}, "# C two\n\n## A heading\n\nText.\n"),
    "about/index.md": page({"title": "About"}),
    "about/more.md": page({"title": "More", "status": "new"}),
}


def build_fixture(where: Path, overrides: Path, hooks: list[str]) -> Path:
    """Build the fixture project with these theme overrides and hooks; return the site folder."""
    for name, text in PAGES.items():
        (where / "docs" / name).parent.mkdir(parents=True, exist_ok=True)
        (where / "docs" / name).write_text(text, encoding="utf-8")
    config = {
        "site_name": "Fixture",
        "site_url": "http://example.test/",
        "theme": {"name": "material", "custom_dir": str(overrides), "features": FEATURES},
        "extra": {"status": {"new": "Recently added"}},
        "nav": NAV,
        "hooks": hooks,
    }
    (where / "mkdocs.yml").write_text(yaml.safe_dump(config, sort_keys=False), encoding="utf-8")
    result = build_site(where / "site", where / "mkdocs.yml")
    assert result.returncode == 0, result.stdout + result.stderr
    return where / "site"


def test_icons_subtitles_statuses_and_pruned_sections_render_as_materials_own(tmp_path):
    ours = build_fixture(tmp_path / "ours", ROOT / "overrides", [str(ROOT / HOOK.strip("- \n"))])
    theirs = build_fixture(tmp_path / "theirs", materials_own_overrides(tmp_path / "o"), [])
    assert_same_pages(ours, theirs)
    c_two = (ours / "course" / "c" / "two" / "index.html").read_text(encoding="utf-8")
    assert c_two.count("md-nav__item--pruned") == 2  # Unit A; Unit B, whose first item is a section
    assert 'class="md-status md-status--new" title="Recently added"' in c_two  # Start
    assert "<small>First steps</small>" in c_two and "<small>First</small>" in c_two
    assert STAR in c_two and 'href="https://example.com/"' in c_two
    a_two = (ours / "course" / "a" / "two" / "index.html").read_text(encoding="utf-8")
    assert 'class="md-status md-status--deprecated"' in a_two  # A one, in the active unit
