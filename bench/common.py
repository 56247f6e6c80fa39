"""Shared helpers for the benchmark scripts: build a config into a folder, gzip sizes, tables."""

from __future__ import annotations

import gzip
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def build(config: Path, out: Path, python: Path | None = None, strict: bool = False) -> None:
    """Build `config` into `out` (our venv's Python unless given), or exit with mkdocs' message."""
    command = [str(python or sys.executable), "-m", "mkdocs", "build", "-q", "-f", str(config)]
    result = subprocess.run(
        [*command, *(["--strict"] if strict else []), "-d", str(out)],
        cwd=config.parent,
        capture_output=True,
        text=True,
        env={**os.environ, "NO_MKDOCS_2_WARNING": "1"},
        check=False,
    )
    if result.returncode:
        sys.exit(f"build of {config} failed:\n{result.stdout}{result.stderr}")


def gz(data: bytes) -> int:
    """Gzipped size in bytes (level 9, as a static host would serve it)."""
    return len(gzip.compress(data, compresslevel=9, mtime=0))


def table(header: list[str], rows: list[list[object]]) -> str:
    """A Markdown table."""
    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    lines += ["| " + " | ".join(str(cell) for cell in row) + " |" for row in rows]
    return "\n".join(lines)
