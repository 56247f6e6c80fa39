"""Render pages that read every quiz (front matter `uses_all_quizzes: true`) after all others.

MkDocs renders pages in file order (instructors/ before lessons/ and workcom/), but the quiz
registry fills as pages render. A MkDocs hooks file: list it under `hooks:` in mkdocs.yml.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from mkdocs.structure.files import Files
from mkdocs.utils.meta import get_data


def reads_all_quizzes(path: str) -> bool:
    """True when the Markdown file at path sets `uses_all_quizzes: true` in its front matter."""
    return bool(get_data(Path(path).read_text(encoding="utf-8"))[1].get("uses_all_quizzes"))


def on_files(files: Files, config: Any) -> Files:
    """The same files, with pages that read every quiz moved to the end."""
    # Generated pages (worksheets, keys) have no source file and read their quizzes up front.
    last = [
        f
        for f in files
        if f.is_documentation_page() and f.abs_src_path and reads_all_quizzes(f.abs_src_path)
    ]
    return Files([f for f in files if f not in last] + last)
