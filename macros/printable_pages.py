"""The printable worksheet and answer key of each module, as generated pages (a MkDocs hooks file).

For every module in `extra.course.weeks` that calls a quiz, journal, checklist or rubric (unless
its front matter says `printables: false`), then every other page with activities whose front
matter says `printables: true`, the build adds two pages that are not in the navigation and
not in search:

    instructors/worksheets/week-1.md   ->  {{ worksheet("workcom/week-1.md") }}
    instructors/keys/week-1.md         ->  {{ answer_key("workcom/week-1.md") }}

Nothing is typed twice: a fork that adds a week gets its worksheet and key with no new file.
This module imports nothing from the `macros` package (MkDocs loads it by path).
"""

from __future__ import annotations

import posixpath
import re
from pathlib import Path
from typing import Any

import yaml

ACTIVITY = re.compile(r"\{%-?\s*call\s+(?:quiz|checklist|rubric|journal)\s*\(")
KINDS = {"worksheet": "Worksheet", "key": "Answer key"}
FOLDERS = {"worksheet": "instructors/worksheets", "key": "instructors/keys"}
MACROS = {"worksheet": "worksheet", "key": "answer_key"}


def printable_sources(weeks: list[str], sources: dict[str, str]) -> list[str]:
    """Pages that get a worksheet and a key: the course's weeks, in order, then other pages.

    A week page with activities gets them unless its front matter says `printables: false`;
    any other page with activities (outside instructors/) gets them when it says
    `printables: true`. A page that asks for them without activities fails the build.
    """
    from mkdocs.exceptions import PluginError
    from mkdocs.utils.meta import get_data

    from macros.frontmatter import flag

    def wanted(src: str, default: bool) -> bool:
        fix = "write printables: true (or false, or leave it out)"
        choice = flag(get_data(sources[src])[1], "printables", default, src, fix)
        if choice and not ACTIVITY.search(sources[src]):
            raise PluginError(
                f"{src}: printables: true, but the page has no quiz, checklist, rubric or journal "
                "to print. Fix: add an activity, or remove printables: true"
            )
        return choice

    out = [
        src
        for src in weeks
        if src in sources and wanted(src, default=bool(ACTIVITY.search(sources[src])))
    ]
    out += [
        src
        for src in sorted(sources)
        if src not in weeks and not src.startswith("instructors/") and wanted(src, False)
    ]
    return out


def printable_src(kind: str, page: str) -> str:
    """Where the worksheet or key ("worksheet" | "key") of `page` lives in docs/."""
    return f"{FOLDERS[kind]}/{posixpath.basename(page)}"


def generated_markdown(kind: str, page: str, meta: dict[str, Any]) -> str:
    """The Markdown source of one generated page: front matter and one macro call."""
    front: dict[str, Any] = {
        "title": f"{KINDS[kind]}: {meta.get('title') or page}",
        "description": (
            f"A page to print with the activities of {meta.get('title') or page}"
            + (", and their answers." if kind == "key" else ", without the answers.")
        ),
        "search": {"exclude": True},
        "hide": ["navigation", "toc"],
        "wc_printable": kind,
    }
    # A printed worksheet or key copies the page's activities: its footer keeps the page's
    # licence and the credit of what the page adapts (its images are not on it: no `media`).
    for key in ("licence", "source"):
        if key in meta:
            front[key] = meta[key]
    body = yaml.safe_dump(front, sort_keys=False, allow_unicode=True)
    return f'---\n{body}---\n\n{{{{ {MACROS[kind]}("{page}") }}}}\n'


def course_weeks(config: Any) -> list[str]:
    """The module pages listed in extra.course.weeks (unvalidated; course.py validates)."""
    course = (config.get("extra") or {}).get("course") or {}
    weeks = course.get("weeks") if isinstance(course, dict) else None
    out = []
    for entry in weeks or []:
        page = entry.get("page") if isinstance(entry, dict) else entry
        if isinstance(page, str):
            out.append(page)
    return out


def read_sources(docs_dir: Path) -> dict[str, str]:
    """Markdown source of every page under docs_dir (includes/ left out)."""
    return {
        path.relative_to(docs_dir).as_posix(): path.read_text(encoding="utf-8")
        for path in sorted(docs_dir.rglob("*.md"))
        if "includes" not in path.relative_to(docs_dir).parts
    }


def on_files(files: Any, config: Any) -> Any:
    """Add a worksheet and an answer key page for each page with activities."""
    from mkdocs.structure.files import File, InclusionLevel
    from mkdocs.utils.meta import get_data

    sources = read_sources(Path(config["docs_dir"]))
    for page in printable_sources(course_weeks(config), sources):
        meta = get_data(sources[page])[1]
        for kind in KINDS:
            files.append(
                File.generated(
                    config,
                    printable_src(kind, page),
                    content=generated_markdown(kind, page, meta),
                    inclusion=InclusionLevel.NOT_IN_NAV,
                )
            )
    return files
