"""Reading a stylesheet in tests, independently of macros/stylesheet.py."""

from __future__ import annotations

import re

import tinycss2


def flat_rules(css: str) -> dict[tuple[str, str], str]:
    """(media, selector) -> declarations, for every rule, at any depth of @media."""
    out: dict[tuple[str, str], str] = {}

    def walk(nodes, media: str) -> None:
        for node in nodes:
            if node.type == "qualified-rule":
                for selector in tinycss2.serialize(node.prelude).split(","):
                    out[(media, selector.strip())] = tinycss2.serialize(node.content).strip()
            elif node.type == "at-rule" and node.content is not None:
                inner = tinycss2.parse_rule_list(node.content, True, True)
                walk(inner, media + " " + tinycss2.serialize(node.prelude).strip())

    walk(tinycss2.parse_stylesheet(css, True, True), "")
    return out


def tight(text: str) -> str:
    """Media or selector text without the spaces a minifier may take out."""
    return re.sub(r"\s*([>+~,():])\s*", r"\1", " ".join(text.split()))
