"""Compiled theme templates are kept on disk between builds (a MkDocs hooks file).

Every build (and every rebuild under `mkdocs serve`) makes a new Jinja environment, which
compiles Material's templates and ours again: about half a second, each time. Jinja's own
FileSystemBytecodeCache keeps the compiled code in `.cache/jinja/` next to mkdocs.yml, as
Python keeps its own in __pycache__. An entry is keyed by the template's name and a hash of its
source, so an edited template is compiled afresh. A cache must never break a build: where the
folder cannot be made (a read-only checkout), templates are compiled as before.

`cache_folder` says where every build cache lives (macros/minify.py, macros/purge.py and
macros/render.py keep theirs there too), `bytecode_cache` makes a Jinja one, and `write_cached`
writes an entry whole. This file imports nothing from the `macros` package, as MkDocs loads it
by path.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from jinja2 import Environment, FileSystemBytecodeCache


def cache_folder(config_file_path: str | None, name: str) -> Path:
    """The folder of one build cache: `.cache/<name>/` beside mkdocs.yml (git ignores it)."""
    project = Path(config_file_path).parent if config_file_path else Path.cwd()
    return project / ".cache" / name


def write_cached(path: Path, data: bytes) -> None:
    """Write a cache entry whole: into a file of this process's own, then renamed, so that a
    build that stops halfway, or another build writing the same entry, leaves no half file. A
    cache that cannot be written is no cache: nothing is raised."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        partial = path.with_name(f"{path.name}.{os.getpid()}.part")
        partial.write_bytes(data)
        partial.replace(path)
    except OSError:
        pass


def bytecode_cache(folder: Path) -> FileSystemBytecodeCache | None:
    """A Jinja bytecode cache in `folder`; None where the folder cannot be made."""
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError:
        return None
    return FileSystemBytecodeCache(str(folder))


def on_env(env: Environment, config: Any, files: Any) -> Environment:
    """MkDocs hook: give the theme's environment a bytecode cache beside mkdocs.yml."""
    env.bytecode_cache = bytecode_cache(cache_folder(config.config_file_path, "jinja"))
    return env
