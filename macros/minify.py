"""Component scripts, minified with their local names shortened.

rjsmin drops spaces and comments. calmjs.parse reads a script as ECMAScript 5 and writes it
back with every name that is local to a function shortened (`function storage()` inside a
file's closure becomes `function a()`): about 9% fewer bytes once gzipped. What a script shares
with other scripts or with the page (globals, properties, strings) stays as it is. A script it
cannot read (newer syntax, such as arrow functions) is minified by rjsmin alone: the site works
the same, and the build log says which file that was.

Reading a script is slow (about a second for all of ours), so each result is kept in
`.cache/minify/` next to mkdocs.yml, named by a hash of the source and of the minifier's version:
an edited script is read afresh. A cache must never break a build: where the folder cannot be
made or read, the script is minified each time.
"""

from __future__ import annotations

import hashlib
import logging
from importlib import metadata
from pathlib import Path

import rjsmin
from calmjs.parse import es5
from calmjs.parse.exceptions import ECMASyntaxError
from calmjs.parse.unparsers.es5 import minify_print

from macros.template_cache import write_cached

log = logging.getLogger("mkdocs.plugins.course.minify")

_VERSION = f"calmjs.parse {metadata.version('calmjs.parse')}; rjsmin {metadata.version('rjsmin')}"
# This process's results by key: a file in several bundles, or `mkdocs serve` rebuilding.
_DONE: dict[str, str] = {}


def shorten(script: str) -> str | None:
    """The script minified with its local names shortened; None if it is not ECMAScript 5."""
    try:
        tree = es5(script)
    except (ECMASyntaxError, ValueError):
        return None
    return minify_print(tree, obfuscate=True, obfuscate_globals=False)


def minify_script(script: str, name: str, folder: Path | None = None) -> str:
    """The smallest minified form of a script named `name` (for the log), cached in `folder`."""
    key = hashlib.sha256(f"{_VERSION}\n{script}".encode()).hexdigest()
    if key in _DONE:
        return _DONE[key]
    cached = folder / f"{key}.js" if folder else None
    try:
        if cached and cached.is_file():
            _DONE[key] = cached.read_text(encoding="utf-8")
            return _DONE[key]
    except OSError:
        pass
    short = shorten(script)
    if short is None:
        log.info(f"{name} is not ECMAScript 5: minified without shortening its names")
        short = rjsmin.jsmin(script)
    _DONE[key] = short
    if cached:
        write_cached(cached, short.encode("utf-8"))
    return short
