"""Keep some rules of a stylesheet and drop the rest: shared by palette.py and purge.py.

`keep_rules(css, wanted)` keeps each selector of each rule for which `wanted(selector)` is true,
at any depth of @media and @supports; every other at-rule (@keyframes, @page, @charset, ...)
stays as it is. It returns None when the stylesheet does not parse cleanly: then the caller
leaves the file alone rather than risk a broken page. A kept rule is copied from the source
as it is written: tinycss2 would write escapes in strings out (`\3c ` as `<`).

`drop_declarations(css, unwanted)` takes out of every rule, at any depth, the declarations
whose property `unwanted(name)` accepts, and leaves every other byte as it is written.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

import tinycss2

# At-rules whose body is a list of rules, so their selectors can be filtered too.
NESTING = {"media", "supports"}


def selectors(prelude: str) -> list[str]:
    """A selector list cut at its top-level commas (not the commas inside :is(...) or [...])."""
    parts, depth, current = [], 0, ""
    for char in prelude:
        depth += (char in "([") - (char in ")]")
        if char == "," and depth == 0:
            parts.append(current.strip())
            current = ""
        else:
            current += char
    return [*parts, current.strip()]


# What a scan for the end of a rule or a declaration stops at: a whole string, comment or
# unquoted url() (skipped), a bracket, a ";".
_STOPS = re.compile(
    r"\"(?:[^\"\\]|\\.)*\"|'(?:[^'\\]|\\.)*'|/\*.*?\*/|url\([^)\"']*\)|[{}()\[\];]", re.S | re.I
)


class _Source:
    """The stylesheet's text, to copy a rule's body from it as written."""

    def __init__(self, css: str) -> None:
        self.css = css
        self.lines = [0] + [m.end() for m in re.finditer("\n", css)]

    def offset(self, node: Any) -> int:
        """Where a node (a rule, a declaration) starts in the text."""
        return self.lines[node.source_line - 1] + node.source_column - 1

    def declaration_end(self, start: int) -> int:
        """Where the declaration at `start` ends: after its ";", or at its rule's "}"."""
        depth = 0
        for stop in _STOPS.finditer(self.css, start):
            if stop[0] in "{([":
                depth += 1
            elif stop[0] in ")]" or (stop[0] == "}" and depth > 0):
                depth -= 1
            elif stop[0] == "}":
                return stop.start()
            elif stop[0] == ";" and depth == 0:
                return stop.end()
        return len(self.css)

    def body(self, node: Any) -> str:
        """The text of a rule from its start to its block's closing brace, as written."""
        start = self.offset(node)
        depth = 0
        for stop in _STOPS.finditer(self.css, start):
            if stop[0] == "{":
                depth += 1
            elif stop[0] == "}":
                depth -= 1
                if depth == 0:
                    return self.css[start : stop.end()]
            elif stop[0] == ";" and depth == 0:
                return self.css[start : stop.end()]
        return self.css[start:]


def _rules(nodes: list[Any], wanted: Callable[[str], bool], source: _Source) -> list[str]:
    out = []
    for node in nodes:
        if node.type == "qualified-rule":
            text = source.body(node)
            brace = text.index("{")
            keep = [s for s in selectors(text[:brace]) if wanted(s)]
            if keep:
                out.append(",".join(keep) + text[brace:])
        elif node.type == "at-rule" and node.lower_at_keyword in NESTING and node.content:
            inner = _rules(tinycss2.parse_rule_list(node.content, True, True), wanted, source)
            if inner:
                text = source.body(node)
                out.append(text[: text.index("{") + 1] + "".join(inner) + "}")
        elif node.type == "at-rule":
            out.append(source.body(node))
    return out


def keep_rules(css: str, wanted: Callable[[str], bool]) -> str | None:
    """The stylesheet with only the selectors `wanted` accepts; None if it does not parse."""
    nodes = tinycss2.parse_stylesheet(css, skip_comments=True, skip_whitespace=True)
    if any(node.type == "error" for node in nodes):
        return None
    return "".join(_rules(nodes, wanted, _Source(css)))


def drop_declarations(css: str, unwanted: Callable[[str], bool]) -> str | None:
    """The stylesheet without the declarations whose property `unwanted` accepts, in rules at
    any depth of @media and @supports; None if it does not parse."""
    nodes = tinycss2.parse_stylesheet(css, skip_comments=True, skip_whitespace=True)
    if any(node.type == "error" for node in nodes):
        return None
    source = _Source(css)
    spans: list[tuple[int, int]] = []

    def walk(nodes: list[Any]) -> None:
        for node in nodes:
            if node.type == "qualified-rule":
                for item in tinycss2.parse_declaration_list(node.content, True, True):
                    if item.type == "declaration" and unwanted(item.name):
                        start = source.offset(item)
                        spans.append((start, source.declaration_end(start)))
            elif node.type == "at-rule" and node.lower_at_keyword in NESTING and node.content:
                walk(tinycss2.parse_rule_list(node.content, True, True))

    walk(nodes)
    out, last = [], 0
    for start, end in sorted(spans):
        out.append(css[last:start])
        last = end
    return "".join(out) + css[last:]
