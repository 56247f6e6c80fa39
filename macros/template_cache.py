"""Compiled theme templates are kept on disk between builds (a MkDocs hooks file).

Every build (and every rebuild under `mkdocs serve`) makes a new Jinja environment, which
compiles Material's templates and ours again: about half a second, each time. Jinja's own
FileSystemBytecodeCache keeps the compiled code in `.cache/jinja/` next to mkdocs.yml, as
Python keeps its own in __pycache__. An entry is keyed by the template's name and a hash of its
source, so an edited template is compiled afresh. A cache must never break a build: where the
folder cannot be made (a read-only checkout), templates are compiled as before.

`cache_folder` says where every build cache lives (macros/minify.py, macros/purge.py and
macros/render.py keep theirs there too), `bytecode_cache` makes a Jinja one, and `write_cached`
writes an entry whole. `StringCache` does the same for templates made from a string: each page's
Markdown, which mkdocs-macros compiles as a template on every build. This file imports nothing
from the `macros` package, as MkDocs loads it by path.
"""

from __future__ import annotations

import contextlib
import os
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from types import CodeType
from typing import Any

import jinja2
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


def _settings(env: Environment) -> str | None:
    """What, beside the source, decides the code Jinja compiles a template to; None where that
    cannot be told from one build to the next (an autoescape function: no string is cached)."""
    if not isinstance(env.autoescape, bool):
        return None
    finalize = env.finalize
    return repr(
        (
            jinja2.__version__,
            env.block_start_string,
            env.block_end_string,
            env.variable_start_string,
            env.variable_end_string,
            env.comment_start_string,
            env.comment_end_string,
            env.line_statement_prefix,
            env.line_comment_prefix,
            env.trim_blocks,
            env.lstrip_blocks,
            env.newline_sequence,
            env.keep_trailing_newline,
            env.optimized,
            env.autoescape,
            env.is_async,
            sorted(env.extensions),
            sorted(env.filters),
            sorted(env.tests),
            None if finalize is None else getattr(finalize, "__qualname__", repr(finalize)),
            env.code_generator_class.__qualname__,
        )
    )


class StringCache:
    """Templates made from a string (`env.from_string`), compiled once and kept in `folder`.

    mkdocs-macros compiles each page's Markdown as a template: about a tenth of a build's time,
    the same work on every build and every `mkdocs serve` rebuild for a page that did not change.
    An entry is named by the page (`place()`, its path), by which of that page's strings it is
    (a page can make more than one) and by the environment's settings; it holds the compiled
    code and a hash of the string. An edited page no longer matches its hash, so it is compiled
    again and its entry written anew: the folder keeps one entry per string of each page.
    """

    def __init__(self, env: Environment, folder: Path, place: Callable[[], str]) -> None:
        self.env = env
        self.cache = bytecode_cache(folder)
        self.place = place
        self.made: Counter[str] = Counter()
        self._compile: Callable[..., Any] = env.compile
        if self.cache is not None:  # else nothing to keep: Jinja compiles as it always does
            env.compile = self.compile  # type: ignore[method-assign]

    def compile(
        self,
        source: Any,
        name: str | None = None,
        filename: str | None = None,
        raw: bool = False,
        defer_init: bool = False,
    ) -> Any:
        """Environment.compile, with the code of a template from a string kept on disk."""
        settings = None if name or filename or raw or defer_init else _settings(self.env)
        if settings is None or not isinstance(source, str):
            return self._compile(source, name, filename, raw, defer_init)
        place = self.place()
        self.made[place] += 1
        bucket = self.cache.get_bucket(
            self.env, f"{settings}|{place}|{self.made[place]}", None, source
        )
        if not isinstance(bucket.code, CodeType):
            bucket.code = self._compile(source)
            with contextlib.suppress(OSError):
                self.cache.set_bucket(bucket)
        return bucket.code


def on_env(env: Environment, config: Any, files: Any) -> Environment:
    """MkDocs hook: give the theme's environment a bytecode cache beside mkdocs.yml."""
    env.bytecode_cache = bytecode_cache(cache_folder(config.config_file_path, "jinja"))
    return env
