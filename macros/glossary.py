"""Glossary tooltips on every page, from one file (a MkDocs hooks file).

`docs/includes/abbreviations.md` holds one definition per line, in Python-Markdown's abbr syntax:

    *[CLB]: Canadian Language Benchmarks: the national standard ...

At the start of each build this hook reads the file once and hands the definitions to the abbr
extension as its `glossary`, so every page marks those words with <abbr title="...">. (Appending
the file to every page instead made each page parse all the definitions again: about an eighth
of the build.) A page may still add its own `*[term]: meaning` lines.
This module imports nothing from the `macros` package (MkDocs loads it by path).
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from mkdocs.exceptions import PluginError

FILE = Path("includes") / "abbreviations.md"
DEFINITION = re.compile(r"^\*\[([^\]\n]+)\]:[ \t]*(\S.*)$")


def parse_glossary(text: str, name: str = str(FILE)) -> dict[str, str]:
    """{term: meaning} from the file's lines; blank lines are skipped, anything else refused."""
    glossary: dict[str, str] = {}
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        match = DEFINITION.match(line.strip())
        if not match:
            raise PluginError(
                f"{name}, line {number}: {line.strip()[:60]!r} is not a glossary definition. "
                "Fix: write it as *[term]: what it means (one definition per line)"
            )
        term, meaning = match.group(1).strip(), match.group(2).strip()
        if term in glossary:
            raise PluginError(
                f"{name}, line {number}: '{term}' is defined twice. Fix: keep one definition"
            )
        glossary[term] = meaning
    return glossary


def on_config(config: Any) -> Any:
    """Give the abbr extension this site's glossary (when the site has the file and abbr)."""
    path = Path(config["docs_dir"]) / FILE
    if path.is_file() and "abbr" in config["markdown_extensions"]:
        glossary = parse_glossary(path.read_text(encoding="utf-8"))
        config["mdx_configs"].setdefault("abbr", {})["glossary"] = glossary
    return config
