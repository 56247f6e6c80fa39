"""Per-page assets: a component's CSS and JS load only on pages that use it.

A macro calls `require(page_meta, "quiz")`. After the page's macros ran, `post_page` joins the
files that page needs, in order and once each, into one minified CSS bundle and one JS bundle,
named by a hash of their text (`assets/bundles/<hash>.css`), and `overrides/main.html` links
those two. Pages with the same components share a bundle, so a browser fetches it once. Pages
that use no component load none. The readable sources stay in `docs/assets/` (and the site).
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, MutableMapping
from pathlib import Path
from typing import Any

import rcssmin

from macros.errors import AuthoringError
from macros.minify import minify_script
from macros.template_cache import cache_folder

META_KEY = "wc_assets"
BUNDLE_KEY = "wc_bundles"
BUNDLE_DIR = "assets/bundles"
# Where minified scripts are kept between builds (macros/minify.py); set by register().
_CACHE: Path | None = None
# Kind -> minify(text, file name). Scripts also get their local names shortened.
MINIFY: dict[str, Callable[[str, str], str]] = {
    ".css": lambda text, name: rcssmin.cssmin(text),
    ".js": lambda text, name: minify_script(text, name, _CACHE),
}


def own_task(script: str) -> str:
    """The script, set to run in a task of its own after the page's DOMContentLoaded handlers.

    The bundle is deferred, so the browser runs it in the same task as every DOMContentLoaded
    handler, Material's start-up among them (about 200 ms on a slow phone). Run there, our
    scripts would change the page just before Material measures it, and the browser would lay
    the page out again in that task: 300 ms and more, during which the page cannot answer a
    tap. Queued with setTimeout, each file runs after that task, in bundle order (timers of the
    same delay run in the order they were set), and the browser may paint or answer the learner
    between two of them.
    """
    return "setTimeout(function(){\n" + script + "\n});"


# What each minified file becomes in its bundle. Files are joined with a new line alone: a ";"
# between stylesheets would make the browser drop the next file's first rule, and each script is
# a statement of its own.
EACH: dict[str, Callable[[str], str]] = {".css": lambda text: text, ".js": own_task}

# Component name -> (files under docs/assets/, components it needs first).
COMPONENTS: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "store": (("css/store.css", "js/store.js"), ()),
    "this-week": (("css/this-week.css",), ()),  # its script is inline (course.this_week)
    "schedule": (("css/schedule.css",), ()),
    "exports": (("css/exports.css",), ()),
    "instructor": (("css/instructor.css", "js/instructor.js"), ("store",)),
    "quiz": (("css/quiz.css", "js/quiz.js"), ("store",)),
    "controls": (("css/controls.css",), ()),
    "kit": (("js/kit.js",), ()),
    "letter": (("css/letter.css", "js/letter.js"), ("store", "controls", "kit")),
    # Checklist and rubric share one script; journal and helpful have their own.
    "choices": (
        ("css/workbook.css", "css/choices.css", "js/choices.js"),
        ("store", "controls", "kit"),
    ),
    "journal": (("css/workbook.css", "js/journal.js"), ("store", "controls", "kit")),
    "helpful": (("css/workbook.css", "js/helpful.js"), ("store", "controls", "kit")),
    "mywork": (
        ("css/workbook.css", "css/mywork.css", "js/mywork.js"),
        ("store", "controls", "kit"),
    ),
    "printables": (("css/printables.css",), ()),
}


# Every file in one fixed order (dependencies first): pages that use the same components get the
# same bundle, whatever order their macros ran in, and the CSS cascade is the same everywhere.
ORDER: list[str] = list(dict.fromkeys(f for files, _ in COMPONENTS.values() for f in files))


def files_for(name: str) -> list[str]:
    """Every asset file a component needs, its dependencies first."""
    if name not in COMPONENTS:
        raise KeyError(f"unknown component {name!r}; known: {', '.join(sorted(COMPONENTS))}")
    files, needs = COMPONENTS[name]
    out: list[str] = []
    for dependency in needs:
        out += [f for f in files_for(dependency) if f not in out]
    return out + [f for f in files if f not in out]


def require(page_meta: MutableMapping[str, Any], *names: str) -> None:
    """Record that the page being rendered uses these components."""
    listed: list[str] = page_meta.setdefault(META_KEY, [])
    for name in names:
        listed += [f for f in files_for(name) if f not in listed]


def bundles(files: list[str], read: Callable[[str], str]) -> dict[str, str]:
    """The page's files joined per kind, minified, in order: {".css": text, ".js": text}.

    Each bundle starts with a comment that lists its sources, so a reader (or a test) can tell
    what is inside. Each script runs in a task of its own (`own_task`). `read` gives the text of
    a file under docs/assets/.
    """
    out: dict[str, str] = {}
    ordered = sorted(files, key=lambda f: ORDER.index(f) if f in ORDER else len(ORDER))
    for ext, minify in MINIFY.items():
        parts = [f for f in ordered if f.endswith(ext)]
        if parts:
            head = f"/* {' '.join(parts)} */\n"
            minified = (EACH[ext](minify(read(f), f"assets/{f}").strip()) for f in parts)
            out[ext] = head + "\n".join(minified) + "\n"
    return out


def bundle_path(ext: str, text: str) -> str:
    """Where a bundle is written, by the hash of its text (a new text gets a new name)."""
    return f"{BUNDLE_DIR}/{hashlib.sha256(text.encode()).hexdigest()[:12]}{ext}"


def bundle_sources(text: str) -> list[str]:
    """The files a bundle holds, read back from its first line (for tests and tools)."""
    first = text.split("\n", 1)[0]
    return first.removeprefix("/* ").removesuffix(" */").split() if first.startswith("/*") else []


# The generator's own component files; a site's docs/assets/ may override any one of them.
GENERATOR_ASSETS = Path(__file__).resolve().parent.parent / "docs" / "assets"

# This build's bundles {path under site/: text}; reset by register() at the start of each build.
BUILT: dict[str, str] = {}
_READ: dict[str, str] = {}


def register(env: Any) -> None:
    """Start the build with no bundles and no cached sources (`mkdocs serve` rebuilds)."""
    global _CACHE
    BUILT.clear()
    _READ.clear()
    _CACHE = cache_folder(env.conf.config_file_path, "minify")


def source(env: Any, name: str) -> str:
    """The text of a component file: the site's docs/assets/<name>, else the generator's."""
    if name not in _READ:
        homes = [Path(env.conf["docs_dir"]) / "assets", GENERATOR_ASSETS]
        found = [home / name for home in homes if (home / name).is_file()]
        if not found:
            raise AuthoringError(
                f"the component file assets/{name} is missing",
                fix=f"restore docs/assets/{name} from the course-site repository",
                page=env.page.file.src_uri,
            )
        _READ[name] = found[0].read_text(encoding="utf-8")
    return _READ[name]


def inline_script(env: Any, name: str) -> str:
    """A component script minified, to put in the page itself where it must run as the page is
    read (before the first paint); safe inside <script>."""
    return minify_script(source(env, name), f"assets/{name}", _CACHE).replace("</", "<\\/")


def post_page(env: Any) -> None:
    """Give the page its bundles (after every other module required what the page uses)."""
    files = env.page.meta.get(META_KEY)
    if not files:
        return
    links: dict[str, str] = {}
    for ext, text in bundles(files, lambda name: source(env, name)).items():
        path = bundle_path(ext, text)
        BUILT[path] = text
        links[ext.lstrip(".")] = path
    env.page.meta[BUNDLE_KEY] = links


def post_build(env: Any) -> None:
    """Write this build's bundles into the site, and minify the site-wide `extra_css` copies."""
    site = Path(env.conf["site_dir"])
    for path, text in BUILT.items():
        target = site / path
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(text, encoding="utf-8")
    for css in env.conf.get("extra_css") or []:
        target = site / str(css)
        if target.suffix == ".css" and target.is_file():
            target.write_text(rcssmin.cssmin(target.read_text(encoding="utf-8")), encoding="utf-8")
