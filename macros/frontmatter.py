"""Read every page's front matter up front, so a page can use facts from pages built after it."""

from __future__ import annotations

import difflib
from dataclasses import replace
from pathlib import Path
from typing import Any

import yaml
from mkdocs.utils.meta import YAML_RE, SafeLoader, get_data

from macros.errors import AuthoringError

# path -> ((mtime_ns, size), front matter): several modules read every page's front matter in
# one build; a file is parsed again only when it changed (as under `mkdocs serve`).
_SEEN: dict[Path, tuple[tuple[int, int], dict[str, Any]]] = {}


def front_matter_error(text: str, page: str) -> AuthoringError | None:
    """Why a page's front matter (the lines between its first two `---`) cannot be read, or None.

    MkDocs reads a front matter that is not valid YAML as no front matter at all, and shows its
    lines as the page's first paragraph: the build must stop instead, at the line YAML names.
    """
    match = YAML_RE.match(text)
    if not match:
        if text.split("\n", 1)[0].rstrip() == "---":
            return AuthoringError(
                problem="the front matter starts with `---` but has no `---` line to end it",
                fix="add a line with only `---` after the last `key: value` line",
                page=page,
                line=1,
            )
        return None
    try:
        data = yaml.load(match.group(1), SafeLoader)
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        problem = getattr(error, "problem", None) or "it cannot be read"
        return AuthoringError(
            problem=f"the front matter is not valid YAML ({problem})",
            fix="write one `key: value` per line; put a value in quotes when it has a colon, "
            'a # or starts with a quote, e.g. `title: "Small talk: at the break"`',
            page=page,
            # Counted from the mark's place: YAML also breaks lines at U+0085, U+2028 and U+2029.
            line=text.count("\n", 0, match.start(1) + mark.index) + 1 if mark else None,
        )
    if data is not None and not isinstance(data, dict):
        return AuthoringError(
            problem="the front matter is not a list of `key: value` lines",
            fix="write one `key: value` per line between the two `---` lines, e.g. `time: 90`",
            page=page,
        )
    return None


# The front matter keys the site reads: its own, then MkDocs', Material's and mkdocs-macros'.
KEYS = (
    *("time", "level", "week", "objectives", "key_points", "source", "media", "licence"),
    *("printables", "exports", "my_work", "uses_all_quizzes", "hand_in"),
    *("title", "description", "template", "hide", "icon", "status", "subtitle", "search"),
    *("tags", "comments", "authors", "date", "categories", "slug", "draft"),
    *("render_macros", "ignore_macros"),
)


def misspelt_key_error(meta: dict[str, Any], text: str, page: str) -> AuthoringError | None:
    """A key the site does not read that is close to one it does (`export:` for `exports:`), or
    None. It would be ignored without a word: no exports, or no worksheet. A key far from every
    known one is the author's own (a template of theirs may read it) and is left alone."""
    for key in meta:
        if not isinstance(key, str) or key in KEYS:
            continue
        near = difflib.get_close_matches(key, KEYS, n=1, cutoff=0.75)
        if near:
            return AuthoringError(
                problem=f"`{key}:` is not a front matter key this site reads",
                fix=f"write `{near[0]}:`",
                page=page,
                item=key,
                line=key_line(text, key),
            )
    return None


def key_line(text: str, key: str) -> int | None:
    """The line of a page's file where its front matter's `key:` is, or None."""
    lines = text.splitlines()
    return next((n for n, line in enumerate(lines, 1) if line.startswith(f"{key}:")), None)


def with_key_line(error: AuthoringError, text: str) -> AuthoringError:
    """The error with the line of the front matter key it names (`time`, `week`) in `text`, the
    page's file, when it has no line yet."""
    line = key_line(text, error.item) if error.item and error.line is None else None
    return replace(error, line=line) if line else error


def minutes_of(meta: dict[str, Any], page: str, needed: bool = False) -> int | None:
    """The page's `time:` in minutes, or None when it has none and `needed` is false (a lesson
    that shows its time needs one); anything but a whole number of minutes stops the build."""
    time = meta.get("time")
    if time is None and not needed:
        return None
    if time is None:
        raise AuthoringError(
            problem="the page shows its time, but its front matter has no `time:`",
            fix="add the estimated time in whole minutes, for example `time: 90`",
            page=page,
            item="time",
        )
    if isinstance(time, bool) or not isinstance(time, int) or time <= 0:
        raise AuthoringError(
            problem=f"`time: {time}` is not a whole number of minutes",
            fix="write the estimated time in whole minutes, for example `time: 90`",
            page=page,
            item="time",
        )
    return time


def read_meta(path: Path, page: str = "") -> dict[str, Any]:
    """The YAML front matter of one Markdown file (empty when it has none). Do not change it.

    A front matter that cannot be read, or with a misspelt key, stops the build, naming `page`
    (else the file name).
    """
    stat = path.stat()
    stamp = (stat.st_mtime_ns, stat.st_size)
    seen = _SEEN.get(path)
    if seen is None or seen[0] != stamp:
        text = path.read_text(encoding="utf-8-sig")
        meta = get_data(text)[1]
        page = page or path.name
        # Why it is empty, or a key that would be ignored without a word.
        error = misspelt_key_error(meta, text, page) if meta else front_matter_error(text, page)
        if error:
            raise error
        seen = _SEEN[path] = (stamp, meta)
    return seen[1]


def all_meta(docs_dir: Path) -> dict[str, dict[str, Any]]:
    """Front matter of every page under docs_dir, keyed by path ('workcom/week-1.md')."""
    pages = (
        path.relative_to(docs_dir).as_posix()
        for path in sorted(docs_dir.rglob("*.md"))
        if "includes" not in path.relative_to(docs_dir).parts
    )
    return {page: read_meta(docs_dir / page, page) for page in pages}


def pre_page(env: Any) -> None:
    """Check the front matter of the page about to render (generated pages have no file)."""
    file = env.page.file
    if file.abs_src_path:
        try:
            week_of(read_meta(Path(file.abs_src_path), file.src_uri), file.src_uri)
        except AuthoringError as error:
            raise with_key_line(error, file.content_string) from None


def body_start(text: str, body: str) -> int:
    """The line of a page's file where its body (the text after the front matter) starts; 1 when
    the body is not the end of the file as given."""
    return text[: len(text) - len(body)].count("\n") + 1 if body and text.endswith(body) else 1


def week_of(meta: dict[str, Any], page: str) -> int | None:
    """The page's `week:` (0 = Before you begin), or None when it has none; any other value
    stops the build."""
    week = meta.get("week")
    if week is None:
        return None
    if isinstance(week, bool) or not isinstance(week, int) or week < 0:
        raise AuthoringError(
            problem=f"`week: {week}` is not a week number",
            fix="write the number of the course week, e.g. `week: 2` (0 is Before you begin), "
            "or leave the line out for a page that is not a course week",
            page=page,
            item="week",
        )
    return week


def flag(meta: dict[str, Any], key: str, default: bool, page: str, fix: str) -> bool:
    """A true-or-false front matter line (`printables`, `exports`, `my_work`), or `default` when
    the page leaves it out; anything else stops the build naming the page, the line and `fix`."""
    choice = meta.get(key, default)
    if not isinstance(choice, bool):
        raise AuthoringError(f"{key}: {choice!r} is not true or false", fix, page=page)
    return choice
