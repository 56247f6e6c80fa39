"""Material's palette stylesheet, trimmed to the colours mkdocs.yml uses (macros/palette.py)."""

from __future__ import annotations

from pathlib import Path

import material
import pytest

from macros.palette import (
    colour_table,
    contrast,
    palette_error,
    rgba,
    shortfalls,
    trim_palette,
    used_colours,
)

CSS = (
    "[data-md-color-switching] *,[data-md-color-switching] :after{transition-duration:0s!important}"
    "@media screen{[data-md-color-scheme=slate]{--md-hue:232}"
    "[data-md-color-scheme=slate][data-md-color-primary=pink]{--md-typeset-a-color:pink}}"
    "[data-md-color-primary=indigo]{--md-primary-fg-color:#4051b5}"
    "[data-md-color-primary=red]{--md-primary-fg-color:red}"
    "[data-md-color-accent=light-blue],[data-md-color-accent=lime]{--md-accent-fg-color:blue}"
    ".md-header{color:var(--md-primary-bg-color)}"
)
USED = {"scheme": {"default", "slate"}, "primary": {"indigo"}, "accent": {"light-blue"}}


def test_only_the_used_colours_are_kept_with_every_rule_that_names_no_colour():
    assert trim_palette(CSS, USED) == (
        "@media screen{[data-md-color-scheme=slate]{--md-hue:232}}"
        "[data-md-color-primary=indigo]{--md-primary-fg-color:#4051b5}"
        "[data-md-color-accent=light-blue]{--md-accent-fg-color:blue}"
        ".md-header{color:var(--md-primary-bg-color)}"
    )


def test_the_switching_rule_that_restyles_every_element_on_load_is_gone():
    assert "switching" not in trim_palette(CSS, USED)


def test_a_stylesheet_that_does_not_parse_is_left_alone():
    assert trim_palette(CSS + ")", USED) is None


def test_used_colours_read_a_list_or_a_mapping_with_material_defaults():
    palette = [
        {"scheme": "default", "primary": "deep purple"},
        {"scheme": "slate", "accent": "light blue", "toggle": {"name": "Light"}},
    ]
    assert used_colours(palette) == {
        "scheme": {"default", "slate"},
        "primary": {"deep-purple", "indigo"},
        "accent": {"indigo", "light-blue"},
    }
    assert used_colours({"primary": "teal"}) == {
        "scheme": {"default"},
        "primary": {"teal"},
        "accent": {"indigo"},
    }


# --- Contrast (WCAG 2.2 AA) of the colours Material names -------------------------------------

MATERIAL = next(
    (Path(material.__file__).parent / "templates/assets/stylesheets").glob("palette.*.min.css")
).read_text()
TABLE = colour_table(MATERIAL)


@pytest.mark.parametrize(
    ("text", "colour"),
    [
        ("#fff", (1.0, 1.0, 1.0, 1.0)),
        ("#000000de", (0.0, 0.0, 0.0, 222 / 255)),
        ("hsl(0,100%,50%)", (1.0, 0.0, 0.0, 1.0)),
        ("hsla(var(--md-hue), 0%, 100%, 0.7)", (1.0, 1.0, 1.0, 0.7)),
        ("var(--x)", None),
        ("#12", None),
    ],
)
def test_css_colours_are_read_as_material_writes_them(text, colour):
    assert rgba(text) == (pytest.approx(colour) if colour else None)


def test_the_contrast_ratio_is_wcags():
    assert contrast((1, 1, 1, 1), (0, 0, 0, 1)) == pytest.approx(21)
    assert contrast(rgba("#4051b5"), rgba("#fff")) == pytest.approx(6.86, abs=0.01)


@pytest.mark.parametrize(
    ("scheme", "primary", "accent", "kinds"),
    [
        ("default", "indigo", "indigo", []),  # this site
        ("slate", "indigo", "light-blue", []),
        ("default", "teal", "indigo", ["primary"]),  # white on teal, 3.8:1
        ("slate", "teal", "indigo", ["primary"]),  # the header is teal in both
        ("default", "amber", "indigo", ["primary"]),  # black on amber, but amber on white
        ("slate", "amber", "indigo", []),  # no white page there
        ("default", "indigo", "deep-orange", ["accent"]),  # a focus ring of 2.8:1
        ("slate", "indigo", "deep-orange", []),
        ("default", "custom", "custom", []),  # the author's own colours: not ours to judge
    ],
)
def test_a_palette_entry_falls_short_where_its_colours_fail_aa(scheme, primary, accent, kinds):
    assert [kind for kind, _ in shortfalls(scheme, primary, accent, TABLE)] == kinds


def test_the_error_names_the_entry_the_colour_and_those_that_pass():
    palette = [{"primary": "indigo"}, {"scheme": "slate", "primary": "red", "accent": "teal"}]
    error = palette_error(palette, TABLE)
    assert error is not None and error.item == "theme.palette[1].primary"
    assert "the primary colour red is too light for WCAG 2.2 AA" in error.problem
    assert "3.4:1" in error.problem
    assert error.fix.startswith("choose a primary that passes: ")
    assert "indigo" in error.fix and "red" not in error.fix
    assert palette_error({"primary": "indigo", "accent": "lime"}, TABLE).item == (
        "theme.palette.accent"
    )
    assert palette_error(palette[:1], TABLE) is None


def test_a_failing_accent_is_an_accent_in_the_fix():
    css = (
        "[data-md-color-accent=lime]{--md-accent-fg-color:#b0eb00}"
        "[data-md-color-accent=indigo]{--md-accent-fg-color:#526cfe}"
    )
    error = palette_error({"accent": "lime"}, colour_table(css))
    assert error is not None
    assert error.fix == "choose an accent that passes: indigo"
