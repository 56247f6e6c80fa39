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
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

from macros.stylesheet import keep_rules

KINDS = ("scheme", "primary", "accent")
# Material's own defaults for a palette entry that leaves a value out (base.html).
DEFAULTS = {"scheme": "default", "primary": "indigo", "accent": "indigo"}
_COLOUR = re.compile(r"\[data-md-color-(scheme|primary|accent)=['\"]?([\w-]+)['\"]?\]")
SWITCHING = "data-md-color-switching"


def used_colours(palette: Any) -> dict[str, set[str]]:
    """The schemes, primary and accent colours a `theme.palette` setting can show."""
    entries: Iterable[Any] = [palette] if isinstance(palette, Mapping) else (palette or [])
    used: dict[str, set[str]] = {kind: set() for kind in KINDS}
    for entry in entries:
        entry = entry if isinstance(entry, Mapping) else {}
        for kind in KINDS:
            value = str(entry.get(kind) or DEFAULTS[kind])
            used[kind].add(value.replace(" ", "-"))
    return used


def _wanted(selector: str, used: Mapping[str, set[str]]) -> bool:
    if SWITCHING in selector:
        return False
    return all(value in used[kind] for kind, value in _COLOUR.findall(selector))


def trim_palette(css: str, used: Mapping[str, set[str]]) -> str | None:
    """The palette CSS with only the used colours and no switching rule.

    None if the stylesheet does not parse cleanly: then the caller leaves Material's file alone.
    """
    return keep_rules(css, lambda selector: _wanted(selector, used))


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
