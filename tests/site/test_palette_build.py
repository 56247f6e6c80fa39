"""The built site's copy of Material's palette stylesheet (macros/palette.py)."""

from __future__ import annotations

import re
from pathlib import Path

import material
import yaml

from macros.palette import used_colours
from tests.conftest import ROOT
from tests.support.stylesheets import flat_rules

COLOUR = re.compile(r"\[data-md-color-(scheme|primary|accent)=['\"]?([\w-]+)['\"]?\]")


def palette_of(mkdocs_yml: Path) -> object:
    loader = type("Loader", (yaml.SafeLoader,), {})
    loader.add_multi_constructor("!", lambda loader, suffix, node: None)
    return yaml.load(mkdocs_yml.read_text(), Loader=loader)["theme"]["palette"]


def test_the_palette_keeps_every_rule_for_our_colours_and_nothing_else(site_dir):
    (built,) = site_dir.glob("assets/stylesheets/palette.*.min.css")
    original = Path(material.__file__).parent / "templates" / built.relative_to(site_dir)
    used = used_colours(palette_of(ROOT / "mkdocs.yml"))
    assert used["scheme"] == {"default", "slate"}  # the light/dark toggle of mkdocs.yml

    def ours(selector: str) -> bool:
        return "switching" not in selector and all(
            value in used[kind] for kind, value in COLOUR.findall(selector)
        )

    expected = {k: v for k, v in flat_rules(original.read_text()).items() if ours(k[1])}
    got = flat_rules(built.read_text())
    assert got == expected
    assert any("data-md-color-scheme=slate" in selector for _, selector in got)
    assert not (built.parent / (built.name + ".map")).exists()


def test_every_page_still_links_the_palette_it_trimmed(site_dir, html_pages):
    (built,) = site_dir.glob("assets/stylesheets/palette.*.min.css")
    for page in html_pages:
        html = page.read_text()
        if "<body" in html and "data-md-color-scheme" in html:
            assert built.name in html, page
