"""Material's palette stylesheet, trimmed to the colours mkdocs.yml uses (macros/palette.py)."""

from __future__ import annotations

from macros.palette import trim_palette, used_colours

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
