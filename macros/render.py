"""One shared Jinja environment for the HTML that macros return (templates in macros/templates/).

Templates autoescape; text an author wrote in inline Markdown is converted here with
`inline_markdown`, so macro output is final HTML and nothing is escaped twice.

The compiled templates are kept in `.cache/macros/` beside mkdocs.yml, as the theme's are in
`.cache/jinja/` (macros/template_cache.py): compiling them all again took a quarter of a second
of every build. So are the pages, which mkdocs-macros compiles as templates, in `.cache/pages/`.
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path
from typing import Any

import markdown
from jinja2 import Environment, FileSystemLoader, StrictUndefined, select_autoescape
from markupsafe import Markup

from macros.template_cache import StringCache, bytecode_cache, cache_folder

TEMPLATES = Path(__file__).resolve().parent / "templates"

_env = Environment(
    loader=FileSystemLoader(str(TEMPLATES)),
    autoescape=select_autoescape(default=True, default_for_string=True),
    undefined=StrictUndefined,
    trim_blocks=True,
    lstrip_blocks=True,
    keep_trailing_newline=False,
)


# The pages' compiled templates, for the environment of this build (none until its first page).
_pages: list[StringCache] = []


def register(env: Any) -> None:
    """At the start of each build: keep compiled templates beside this project's mkdocs.yml."""
    _env.bytecode_cache = bytecode_cache(cache_folder(env.conf.config_file_path, "macros"))


def pre_page(env: Any) -> None:
    """Keep the pages' compiled templates too (mkdocs-macros makes the environment that compiles
    them after `register`, and a new one on each rebuild of `mkdocs serve`)."""
    if not _pages or _pages[0].env is not env.env:
        folder = cache_folder(env.conf.config_file_path, "pages")
        _pages[:] = [StringCache(env.env, folder, lambda: _page_path(env))]


def _page_path(env: Any) -> str:
    """The page being rendered ("" outside a page)."""
    try:
        return env.page.file.src_uri
    except AttributeError:
        return ""


_PARAGRAPH = re.compile(r"^<p>(.*)</p>$", re.DOTALL)
# What Markdown reads as syntax in a line of text: each is shown as itself after a backslash
# (autoescaping turns < > & into entities, which Markdown shows as they are).
_MARKDOWN_SYNTAX = re.compile(r"([\\`*_{}\[\]()#+\-.!])")


def md_escape(text: str) -> str:
    """Plain text to put in a template's Markdown (a title in a heading) and show as written:
    "Say *no*" stays that, not "Say <em>no</em>", and a "{" ends no attribute list."""
    return _MARKDOWN_SYNTAX.sub(r"\\\1", text)


_env.filters["md_escape"] = md_escape


def render(template_name: str, **context: object) -> str:
    """Render a template from macros/templates with autoescaping; lines carry no indentation."""
    html = _env.get_template(template_name).render(**context)
    # Indented lines would turn into code blocks if Markdown ever saw them.
    return "\n".join(line.strip() for line in html.splitlines() if line.strip())


# Block syntax that would turn a line into a heading, list, quote, rule, code block or link
# definition (which would make the text vanish).
_BLOCKS = (
    "indent",
    "code",
    "hashheader",
    "setextheader",
    "hr",
    "olist",
    "ulist",
    "quote",
    "reference",
)
_converters: dict[bool, markdown.Markdown] = {}


def _converter(inline: bool) -> markdown.Markdown:
    """One reused converter each: building a Markdown instance costs more than a conversion."""
    if inline not in _converters:
        md = markdown.Markdown(output_format="html")
        # Authors write Markdown, not HTML: raw tags are shown as text, never passed through.
        md.preprocessors.deregister("html_block")
        md.inlinePatterns.deregister("html")
        if inline:
            # The result sits inside a <p>, <label> or <legend>: one paragraph of phrasing
            # content only ("1. Greet them" stays text, a blank line does not end the paragraph).
            for name in _BLOCKS:
                md.parser.blockprocessors.deregister(name)
        _converters[inline] = md
    return _converters[inline].reset()


# Text with none of these characters is plain: Markdown would give it back unchanged.
_MARKUP = re.compile(r"[\\`*_\[\]!<>&\t\r\x02\x03]")


@lru_cache(maxsize=4096)
def author_markdown(text: str) -> str:
    """Author Markdown (paragraphs, lists) to HTML, with raw HTML tags shown as text."""
    return _converter(inline=False).convert(text.strip())


@lru_cache(maxsize=16384)
def inline_markdown(text: str) -> Markup:
    """Inline Markdown (bold, italics, links, code) to safe HTML, without a wrapping <p>.

    Pure, so cached: a worksheet and an answer key show the same texts as their lesson.
    """
    line = re.sub(r"\s*\n\s*", " ", text.strip())
    if not _MARKUP.search(line):
        return Markup(line)  # most option and feedback texts: no converter needed
    return _inline_converted(line)


def _inline_converted(line: str) -> Markup:
    """What the inline converter makes of one line (the slow path of inline_markdown)."""
    html = _converter(inline=True).convert(line)
    match = _PARAGRAPH.match(html)
    return Markup(match.group(1) if match else html)
