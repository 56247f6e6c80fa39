"""Compiled theme templates are kept on disk between builds (a MkDocs hooks file).

Every build (and every rebuild under `mkdocs serve`) makes a new Jinja environment, which
compiles Material's templates and ours again: about half a second, each time. Jinja's own
FileSystemBytecodeCache keeps the compiled code in `.cache/jinja/` next to mkdocs.yml, as
Python keeps its own in __pycache__. An entry is keyed by the template's name and a hash of its
source, so an edited template is compiled afresh. A cache must never break a build: where the
folder cannot be made (a read-only checkout), templates are compiled as before.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from jinja2 import Environment, FileSystemBytecodeCache

FOLDER = Path(".cache") / "jinja"


def on_env(env: Environment, config: Any, files: Any) -> Environment:
    """MkDocs hook: give the theme's environment a bytecode cache beside mkdocs.yml."""
    project = Path(config.config_file_path).parent if config.config_file_path else Path.cwd()
    try:
        (project / FOLDER).mkdir(parents=True, exist_ok=True)
    except OSError:
        return env
    env.bytecode_cache = FileSystemBytecodeCache(str(project / FOLDER))
    return env
