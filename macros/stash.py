"""Macro HTML that Markdown never parses: a placeholder goes in the page, the HTML after it.

A macro's HTML is final, and Markdown only copies it through, but first it parses all of it
(md_in_html, MkDocs' scan for anchors, superfences): the largest part of building a page of
quizzes. `keep()` stores the HTML in the page's meta and returns a one-line placeholder;
`on_page_content` (this file is also a MkDocs hooks file) swaps every placeholder back and tells
MkDocs which ids the HTML brings, so links to them still validate. A one-line placeholder also
sits safely in an admonition or a list, where multi-line HTML would break out of it.
A site whose mkdocs.yml does not list this hook gets the HTML straight in the page, as before.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, MutableMapping
from pathlib import Path
from typing import Any

from markupsafe import Markup
from mkdocs.exceptions import PluginError

KEY = "wc_stash"
TOKEN = '<div data-wc-stash="{}"></div>'
_ID = re.compile(r'\sid="([^"]+)"')

# The macros whose HTML is kept away from Markdown (quiz does it itself, before it indents).
MACROS = (
    "quiz_example",
    "letter",
    "checklist",
    "rubric",
    "journal",
    "helpful",
    "my_work",
    "worksheet",
    "answer_key",
)


def keep(meta: MutableMapping[str, Any], html: str) -> Markup:
    """Store a macro's HTML with the page and return the placeholder that stands for it."""
    blocks: list[str] = meta.setdefault(KEY, [])
    blocks.append(str(html))
    return Markup(TOKEN.format(len(blocks) - 1))


def restore(html: str, blocks: list[str]) -> tuple[str, set[str]]:
    """Put every block back in place of its placeholder; the ids the blocks bring.

    The last block goes first: a block (a quiz example) may hold an earlier one's placeholder.
    Raises LookupError with the block's number when its placeholder is not there exactly once.
    """
    ids: set[str] = set()
    for number in reversed(range(len(blocks))):
        token = TOKEN.format(number)
        if html.count(token) != 1:
            raise LookupError(number)
        html = html.replace(token, blocks[number])
        ids.update(_ID.findall(blocks[number]))
    return html, ids


def enabled(hooks: Any) -> bool:
    """True when mkdocs.yml lists this file under `hooks:` (else nothing would swap back)."""
    return any(
        Path(getattr(module, "__file__", "") or "").name == "stash.py"
        and hasattr(module, "on_page_content")
        for module in (hooks or {}).values()
    )


def keeper(env: Any) -> Callable[[str], str]:
    """For this build: keep HTML behind a placeholder when the hook is on, else leave it as is."""
    if not enabled(env.conf.get("hooks")):
        return lambda html: html
    return lambda html: keep(env.page.meta, html)


def wrap(macros: MutableMapping[str, Callable[..., Any]], out: Callable[[str], str]) -> None:
    """Pass the HTML of each macro named in MACROS through `out` (a keeper)."""
    for name in MACROS:
        if name in macros:
            macros[name] = _kept(macros[name], out)


def _kept(macro: Callable[..., Any], out: Callable[[str], str]) -> Callable[..., Any]:
    @functools.wraps(macro)  # its name, text and arguments (macros/template_errors.py reads them)
    def kept(*args: Any, **kwargs: Any) -> Any:
        return out(macro(*args, **kwargs))

    return kept


def on_page_content(html: str, page: Any, config: Any, files: Any) -> str:
    """Swap the page's placeholders for its macros' HTML (MkDocs hook)."""
    blocks = page.meta.pop(KEY, None)
    if not blocks:
        return html
    try:
        html, ids = restore(html, blocks)
    except LookupError as error:
        snippet = re.sub(r"\s+", " ", blocks[error.args[0]])[:80]
        raise PluginError(
            f"{page.file.src_uri}: the output of a macro was lost in Markdown ({snippet}...). "
            "Fix: put the macro call on a line of its own, not in a code block or a table cell"
        ) from None
    if page.present_anchor_ids is not None:
        page.present_anchor_ids |= ids
    return html
