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

import tinycss2

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


def _selectors(prelude: str) -> list[str]:
    """A selector list cut at its top-level commas."""
    parts, depth, current = [], 0, ""
    for char in prelude:
        depth += (char in "([") - (char in ")]")
        if char == "," and depth == 0:
            parts.append(current.strip())
            current = ""
        else:
            current += char
    return [*parts, current.strip()]


def _wanted(selector: str, used: Mapping[str, set[str]]) -> bool:
    if SWITCHING in selector:
        return False
    return all(value in used[kind] for kind, value in _COLOUR.findall(selector))


def _rules(nodes: list[Any], used: Mapping[str, set[str]]) -> list[str]:
    out = []
    for node in nodes:
        if node.type == "qualified-rule":
            keep = [s for s in _selectors(tinycss2.serialize(node.prelude)) if _wanted(s, used)]
            if keep:
                out.append(",".join(keep) + "{" + tinycss2.serialize(node.content).strip() + "}")
        elif node.type == "at-rule" and node.content is not None:
            inner = _rules(tinycss2.parse_rule_list(node.content, True, True), used)
            if inner:
                prelude = tinycss2.serialize(node.prelude).strip()
                out.append(f"@{node.at_keyword} {prelude}{{{''.join(inner)}}}")
        elif node.type == "at-rule":
            out.append(tinycss2.serialize([node]))
    return out


def trim_palette(css: str, used: Mapping[str, set[str]]) -> str | None:
    """The palette CSS with only the used colours and no switching rule.

    None if the stylesheet does not parse cleanly: then the caller leaves Material's file alone.
    """
    nodes = tinycss2.parse_stylesheet(css, skip_comments=True, skip_whitespace=True)
    if any(node.type == "error" for node in nodes):
        return None
    return "".join(_rules(nodes, used))


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
