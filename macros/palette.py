"""Trim Material's palette stylesheet to the colours this site uses (a post_build step).

Material ships one palette stylesheet with every colour it offers (12 KB, 2 KB gzipped), and
every page loads it when mkdocs.yml has a `palette`. It also holds the rule
`[data-md-color-switching] *{transition-duration:0s}`. Material's script sets that attribute on
<body> and takes it off again on every page load, and the universal selector makes the browser
restyle every element of the page twice. On the lesson page, under Lighthouse's 4x slower phone
CPU, that was about 400 ms of style work: a third of all of it.

After the build, the copy in the site keeps only the rules for the schemes, primary and accent
colours that mkdocs.yml names, and loses the switching rule. The price: when a learner presses
the light/dark toggle, colours fade over Material's usual 0.25 s instead of changing at once.
The file keeps its name, so Material's templates link it as before.

Before any page renders, the colours mkdocs.yml names are checked against WCAG 2.2 AA, with the
values Material's palette stylesheet gives them (`register`): most of Material's colours fail on
our pages, and a fork that picked one would otherwise publish that without a word.
"""

from __future__ import annotations

import colorsys
import re
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

from macros.errors import AuthoringError
from macros.stylesheet import keep_rules

KINDS = ("scheme", "primary", "accent")
# Material's own defaults for a palette entry that leaves a value out (base.html).
DEFAULTS = {"scheme": "default", "primary": "indigo", "accent": "indigo"}
_COLOUR = re.compile(r"\[data-md-color-(scheme|primary|accent)=['\"]?([\w-]+)['\"]?\]")
SWITCHING = "data-md-color-switching"


def palette_entries(palette: Any) -> list[dict[str, str]]:
    """Each entry of a `theme.palette` setting (a mapping or a list of them) as its scheme,
    primary and accent, with Material's defaults for what it leaves out ("deep purple" is
    written "deep-purple", as in Material's stylesheet)."""
    entries: Iterable[Any] = [palette] if isinstance(palette, Mapping) else (palette or [])
    return [
        {
            kind: str(
                (entry if isinstance(entry, Mapping) else {}).get(kind) or DEFAULTS[kind]
            ).replace(" ", "-")
            for kind in KINDS
        }
        for entry in entries
    ]


def used_colours(palette: Any) -> dict[str, set[str]]:
    """The schemes, primary and accent colours a `theme.palette` setting can show."""
    entries = palette_entries(palette)
    return {kind: {entry[kind] for entry in entries} for kind in KINDS}


def _wanted(selector: str, used: Mapping[str, set[str]]) -> bool:
    if SWITCHING in selector:
        return False
    return all(value in used[kind] for kind, value in _COLOUR.findall(selector))


def trim_palette(css: str, used: Mapping[str, set[str]]) -> str | None:
    """The palette CSS with only the used colours and no switching rule.

    None if the stylesheet does not parse cleanly: then the caller leaves Material's file alone.
    """
    return keep_rules(css, lambda selector: _wanted(selector, used))


# --- Contrast: a palette's colours must keep the pages WCAG 2.2 AA -------------------------------

# A rule of Material's palette stylesheet that sets one or more named colours:
# `[data-md-color-primary=teal],[data-md-color-primary=red]{--md-primary-fg-color:#009485;...}`.
_RULE = re.compile(r"((?:\[data-md-color-(?:primary|accent)=[\w-]+\],?)+)\{([^{}]*)\}")
_NAMED = re.compile(r"\[data-md-color-(primary|accent)=([\w-]+)\]")
_HUE = "225"  # Material's --md-hue, which its white and black use
WHITE = (1.0, 1.0, 1.0, 1.0)


def colour_table(css: str) -> dict[tuple[str, str], dict[str, str]]:
    """(kind, name) -> the custom properties Material's palette stylesheet gives that colour."""
    table: dict[tuple[str, str], dict[str, str]] = {}
    for selectors, block in _RULE.findall(css):
        values = dict(
            (name.strip(), value.strip())
            for name, _, value in (part.partition(":") for part in block.split(";"))
            if value
        )
        for kind, name in _NAMED.findall(selectors):
            table.setdefault((kind, name), {}).update(values)
    return table


def rgba(text: str) -> tuple[float, float, float, float] | None:
    """A CSS colour (#rgb, #rrggbb, #rrggbbaa, hsl(), hsla()) as 0-1 floats, or None."""
    text = text.replace("var(--md-hue)", _HUE).strip()
    if text.startswith("#"):
        digits = text[1:]
        if len(digits) in (3, 4):
            digits = "".join(d * 2 for d in digits)
        if len(digits) in (6, 8) and all(d in "0123456789abcdefABCDEF" for d in digits):
            parts = [int(digits[i : i + 2], 16) / 255 for i in range(0, len(digits), 2)]
            return (parts[0], parts[1], parts[2], parts[3] if len(parts) == 4 else 1.0)
        return None
    found = re.fullmatch(
        r"hsla?\(([\d.]+)(?:deg)?,\s*([\d.]+)%,\s*([\d.]+)%(?:,\s*([\d.]+))?\)", text
    )
    if not found:
        return None
    hue, sat, light, alpha = found.groups()
    red, green, blue = colorsys.hls_to_rgb(float(hue) / 360, float(light) / 100, float(sat) / 100)
    return (red, green, blue, float(alpha) if alpha else 1.0)


def over(top: tuple[float, ...], under: tuple[float, ...]) -> tuple[float, float, float, float]:
    """A colour laid over an opaque one (text at 87% black on a header)."""
    a = top[3]
    red, green, blue = (top[i] * a + under[i] * (1 - a) for i in range(3))
    return (red, green, blue, 1.0)


def contrast(first: tuple[float, ...], second: tuple[float, ...]) -> float:
    """WCAG 2 contrast ratio of two opaque colours."""

    def luminance(colour: tuple[float, ...]) -> float:
        lin = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in colour[:3]]
        return 0.2126 * lin[0] + 0.7152 * lin[1] + 0.0722 * lin[2]

    high, low = sorted((luminance(first), luminance(second)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def shortfalls(scheme: str, primary: str, accent: str, table: Mapping) -> list[tuple[str, str]]:
    """(kind, why) for each colour of one palette entry that fails WCAG 2.2 AA on our pages.

    The header and the Check buttons put the primary's text colour on the primary (4.5:1); on
    the white page of the light scheme, links and outlined buttons are the primary (4.5:1) and
    the keyboard's focus ring is the accent (3:1). `custom` colours are the author's own."""
    out: list[tuple[str, str]] = []
    colours = table.get(("primary", primary), {})
    fill = rgba(colours.get("--md-primary-fg-color", ""))
    text = rgba(colours.get("--md-primary-bg-color", ""))
    if fill and text:
        fill = over(fill, WHITE)
        if (ratio := contrast(over(text, fill), fill)) < 4.5:
            out.append(
                ("primary", f"its text on the header and the Check buttons is {ratio:.1f}:1")
            )
        elif scheme == "default" and (ratio := contrast(fill, WHITE)) < 4.5:
            out.append(("primary", f"links and buttons in it on the white page are {ratio:.1f}:1"))
    ring = rgba(table.get(("accent", accent), {}).get("--md-accent-fg-color", ""))
    if ring and scheme == "default" and (ratio := contrast(over(ring, WHITE), WHITE)) < 3:
        out.append(
            ("accent", f"the keyboard's focus ring in it on the white page is {ratio:.1f}:1")
        )
    return out


def passing(kind: str, table: Mapping) -> list[str]:
    """Material's colours of one kind that pass on our pages (the other kind kept at indigo)."""

    def fine(name: str) -> bool:
        primary, accent = (name, "indigo") if kind == "primary" else ("indigo", name)
        return not shortfalls("default", primary, accent, table)

    return [name.replace("-", " ") for k, name in sorted(table) if k == kind and fine(name)]


def palette_error(palette: Any, table: Mapping) -> AuthoringError | None:
    """The first colour of `theme.palette` that fails WCAG 2.2 AA, as an error that names it
    and the colours that pass; None when every entry passes."""
    for index, chosen in enumerate(palette_entries(palette)):
        for kind, why in shortfalls(chosen["scheme"], chosen["primary"], chosen["accent"], table):
            where = "theme.palette" + ("" if isinstance(palette, Mapping) else f"[{index}]")
            return AuthoringError(
                problem=f"the {kind} colour {chosen[kind].replace('-', ' ')} is too light for "
                f"WCAG 2.2 AA: {why}",
                fix=f"choose {'an' if kind == 'accent' else 'a'} {kind} that passes: "
                f"{', '.join(passing(kind, table))}",
                page="mkdocs.yml",
                item=f"{where}.{kind}",
            )
    return None


def register(env: Any) -> None:
    """Stop the build when a colour of `theme.palette` would make the pages fail WCAG 2.2 AA."""
    from macros.course import at_setting_line

    theme = env.conf["theme"]
    palette = theme.get("palette")
    sheets = [
        sheet
        for folder in getattr(theme, "dirs", [])
        for sheet in sorted(Path(folder).glob("assets/stylesheets/palette.*.min.css"))
    ]
    if not palette or not sheets:
        return
    error = palette_error(palette, colour_table(sheets[0].read_text(encoding="utf-8")))
    if error is None:
        return
    raise at_setting_line(error, env)


def post_build(env: Any) -> None:
    """Trim the site's copy of Material's palette stylesheet, and drop its source map."""
    palette = env.conf["theme"].get("palette")
    if not palette:
        return
    used = used_colours(palette)
    for path in Path(env.conf["site_dir"]).glob("assets/stylesheets/palette.*.min.css"):
        trimmed = trim_palette(path.read_text(encoding="utf-8"), used)
        if trimmed is not None:
            path.write_text(trimmed, encoding="utf-8")
            path.with_name(path.name + ".map").unlink(missing_ok=True)
