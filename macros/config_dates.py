"""Name a date in mkdocs.yml that is no date, before MkDocs reads the file.

YAML reads an unquoted `start: 2027-02-30` as a date, so PyYAML builds it while MkDocs loads
mkdocs.yml, and the build stops with Python's "day is out of range for month" and a traceback:
before any code of ours runs, and without the setting's name or line. (Written in quotes, as
the README asks, the date reaches macros/course.py, which names it with its fix.)

`make build`, `make serve` and the Pages workflow run this first:

    python -m macros.config_dates mkdocs.yml

It only composes the file (no tag is built, so `!ENV` and the like need nothing), and tries
each value that YAML would read as a date. Each one that fails is an AuthoringError with the
setting, its line and the fix; the command prints them and exits 1. Otherwise it prints nothing.
"""

from __future__ import annotations

import calendar
import re
import sys
from pathlib import Path

import yaml
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from macros.errors import AuthoringError

TIMESTAMP = "tag:yaml.org,2002:timestamp"


def _walk(node: Node, path: str):
    """Each scalar of the document with the dotted path of its setting ('extra.course.start')."""
    if isinstance(node, MappingNode):
        for key, value in node.value:
            name = key.value if isinstance(key, ScalarNode) else "?"
            yield from _walk(value, f"{path}.{name}" if path else name)
    elif isinstance(node, SequenceNode):
        for n, value in enumerate(node.value):
            yield from _walk(value, f"{path}[{n}]")
    elif isinstance(node, ScalarNode):
        yield path, node


def nearest(value: str) -> str:
    """A date that exists near the one written: its month's last day ('2027-02-30' ->
    '2027-02-28'), or the first of its year when the month is no month."""
    year, month, day = (int(part) for part in re.findall(r"\d+", value)[:3])
    if not 1 <= month <= 12:
        return f"{year:04d}-01-01"
    return f"{year:04d}-{month:02d}-{min(max(day, 1), calendar.monthrange(year, month)[1]):02d}"


def bad_dates(text: str, name: str = "mkdocs.yml") -> list[AuthoringError]:
    """Every value of the YAML text that YAML reads as a date but that is no date."""
    root = yaml.compose(text, Loader=yaml.SafeLoader)
    errors = []
    for path, node in _walk(root, "") if root is not None else ():
        if node.tag != TIMESTAMP:
            continue
        try:
            yaml.SafeLoader("").construct_yaml_timestamp(node)
        except ValueError as error:
            example = f'{path.rsplit(".", 1)[-1]}: "{nearest(node.value)}"'
            errors.append(
                AuthoringError(
                    problem=f"{node.value} is not a date ({error})",
                    fix=f"write a date that exists, in quotes, such as {example}",
                    page=name,
                    item=path,
                    line=node.start_mark.line + 1,
                )
            )
    return errors


def main(argv: list[str]) -> int:
    path = Path(argv[0] if argv else "mkdocs.yml")
    try:
        errors = bad_dates(path.read_text(encoding="utf-8"), path.name)
    except yaml.YAMLError:
        return 0  # not ours to report: MkDocs says where the YAML itself is broken
    for error in errors:
        print(f"Error: {error}", file=sys.stderr)
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
