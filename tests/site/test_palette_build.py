"""The built site's copy of Material's palette stylesheet (macros/palette.py)."""

from __future__ import annotations

import re
from pathlib import Path

import material
import pytest
import yaml

from macros.palette import used_colours
from tests.conftest import ROOT, build_site
from tests.support.fixture_project import write_project
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


ICON = "material/brightness-auto"
AUTOMATIC = [
    {"media": "(prefers-color-scheme)", "toggle": {"icon": ICON, "name": "Light mode"}},
    {"media": "(prefers-color-scheme: light)", "toggle": {"icon": ICON, "name": "Dark mode"}},
    {
        "media": "(prefers-color-scheme: dark)",
        "scheme": "slate",
        "toggle": {"icon": ICON, "name": "Auto"},
    },
]


@pytest.mark.parametrize("automatic", [False, True], ids=["light and dark", "automatic"])
def test_the_page_runs_the_toggle_unless_the_palette_has_an_automatic_option(tmp_path, automatic):
    """partials/palette-toggle.html; Material's own script keeps a palette with automatic mode."""
    config_path = write_project(tmp_path, {"index.md": "# Home\n\nText.\n"})
    config = yaml.safe_load(config_path.read_text())
    config["theme"]["palette"] = AUTOMATIC if automatic else AUTOMATIC[1:]
    config_path.write_text(yaml.safe_dump(config))
    result = build_site(tmp_path / "site", config_path)
    assert result.returncode == 0, result.stderr
    html = (tmp_path / "site" / "index.html").read_text()
    assert 'data-md-component="palette"' in html  # the form, as Material renders it
    runs_ours = 'f.removeAttribute("data-md-component")' in html
    assert runs_ours is not automatic


def test_a_palette_colour_that_fails_wcag_aa_stops_the_build_at_its_line(tmp_path):
    """An instructor who picks teal would publish white on teal (3.8:1) with no word said."""
    config_path = write_project(tmp_path, {"index.md": "# Home\n\nText.\n"})
    config = yaml.safe_load(config_path.read_text())
    config["theme"]["palette"] = [{"scheme": "default", "primary": "indigo", "accent": "indigo"}]
    config["theme"]["palette"].append({"scheme": "slate", "primary": "teal", "accent": "indigo"})
    config_path.write_text(yaml.safe_dump(config))
    line = next(
        n for n, text in enumerate(config_path.read_text().splitlines(), 1) if "teal" in text
    )
    result = build_site(tmp_path / "site", config_path)
    assert result.returncode != 0
    out = result.stdout + result.stderr
    assert f"mkdocs.yml, 'theme.palette[1].primary', line {line}: the primary colour teal" in out
    assert "choose a primary that passes: black, blue grey, brown, deep purple, grey" in out
