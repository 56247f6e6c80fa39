"""Keep some rules of a stylesheet and drop the rest: shared by palette.py and purge.py.

`parse(css)` reads a stylesheet once into a Sheet: its rules with their selectors, the text of
each rule's block as written (tinycss2 would write escapes in strings out: `\3c ` as `<`) and
where each declaration sits in it, inside @media and @supports at any depth; every other at-rule
(@keyframes, @page, @charset, ...) is kept as text. It returns None when the stylesheet does not
parse cleanly: then the caller leaves the file alone rather than risk a broken page. A Sheet is
plain data, so a caller may keep it between builds (purge.py does).

`kept(sheet, wanted)` keeps each selector for which `wanted(selector)` is true, and the rules
and @media blocks left with any; `without(sheet, unwanted)` takes out the declarations whose
property `unwanted(name)` accepts; `to_css(sheet)` writes it out. `keep_rules` does the first
on a stylesheet's text.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
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


@dataclass(frozen=True)
class Rule:
    """A style rule: its selectors, its block from "{" to "}" as written, and each declaration's
    (property, start, end) in that block, its ";" included."""

    selectors: tuple[str, ...]
    block: str
    declarations: tuple[tuple[str, int, int], ...]


@dataclass(frozen=True)
class Group:
    """An @media or @supports block: its text up to its "{", and the rules inside it."""

    head: str
    nodes: tuple[Node, ...]


@dataclass(frozen=True)
class Other:
    """Any other at-rule, kept as written."""

    text: str


Node = Rule | Group | Other
Sheet = tuple[Node, ...]


def _nodes(nodes: list[Any], source: _Source) -> Sheet:
    out: list[Node] = []
    for node in nodes:
        if node.type == "qualified-rule":
            text = source.body(node)
            brace = text.index("{")
            block_at = source.offset(node) + brace  # where the block starts in the stylesheet
            declarations = []
            for item in tinycss2.parse_declaration_list(node.content, True, True):
                if item.type == "declaration":
                    at = source.offset(item)
                    end = source.declaration_end(at)
                    declarations.append((item.name, at - block_at, end - block_at))
            out.append(Rule(tuple(selectors(text[:brace])), text[brace:], tuple(declarations)))
        elif node.type == "at-rule" and node.lower_at_keyword in NESTING and node.content:
            text = source.body(node)
            inner = tinycss2.parse_rule_list(node.content, True, True)
            out.append(Group(text[: text.index("{") + 1], _nodes(inner, source)))
        elif node.type == "at-rule":
            out.append(Other(source.body(node)))
    return tuple(out)


def parse(css: str) -> Sheet | None:
    """The stylesheet read into rules; None if it does not parse cleanly."""
    nodes = tinycss2.parse_stylesheet(css, skip_comments=True, skip_whitespace=True)
    if any(node.type == "error" for node in nodes):
        return None
    return _nodes(nodes, _Source(css))


def kept(sheet: Sheet, wanted: Callable[[str], bool]) -> Sheet:
    """The sheet with only the selectors `wanted` accepts, and the rules and groups that keep
    any."""
    out: list[Node] = []
    for node in sheet:
        if isinstance(node, Rule):
            keep = tuple(s for s in node.selectors if wanted(s))
            if keep:
                out.append(Rule(keep, node.block, node.declarations))
        elif isinstance(node, Group):
            inner = kept(node.nodes, wanted)
            if inner:
                out.append(Group(node.head, inner))
        else:
            out.append(node)
    return tuple(out)


def without(sheet: Sheet, unwanted: Callable[[str], bool]) -> Sheet:
    """The sheet without the declarations whose property `unwanted` accepts."""
    out: list[Node] = []
    for node in sheet:
        if isinstance(node, Rule):
            block, left, cut = node.block, [], 0
            for name, start, end in node.declarations:
                if unwanted(name):
                    block = block[: start - cut] + block[end - cut :]
                    cut += end - start
                else:
                    left.append((name, start - cut, end - cut))
            out.append(Rule(node.selectors, block, tuple(left)))
        elif isinstance(node, Group):
            out.append(Group(node.head, without(node.nodes, unwanted)))
        else:
            out.append(node)
    return tuple(out)


def to_css(sheet: Sheet) -> str:
    """The stylesheet written out."""
    out = []
    for node in sheet:
        if isinstance(node, Rule):
            out.append(",".join(node.selectors) + node.block)
        elif isinstance(node, Group):
            out.append(node.head + to_css(node.nodes) + "}")
        else:
            out.append(node.text)
    return "".join(out)


def keep_rules(css: str, wanted: Callable[[str], bool]) -> str | None:
    """The stylesheet with only the selectors `wanted` accepts; None if it does not parse."""
    sheet = parse(css)
    return None if sheet is None else to_css(kept(sheet, wanted))
