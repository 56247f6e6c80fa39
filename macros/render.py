"""One shared Jinja environment for the HTML that macros return (templates in macros/templates/).

Templates autoescape; text an author wrote in inline Markdown is converted here with
`inline_markdown`, so macro output is final HTML and nothing is escaped twice.
"""

from __future__ import annotations

import re
from pathlib import Path

import markdown
from jinja2 import Environment, FileSystemLoader, StrictUndefined, select_autoescape
from markupsafe import Markup

TEMPLATES = Path(__file__).resolve().parent / "templates"

_env = Environment(
    loader=FileSystemLoader(str(TEMPLATES)),
    autoescape=select_autoescape(default=True, default_for_string=True),
    undefined=StrictUndefined,
    trim_blocks=True,
    lstrip_blocks=True,
    keep_trailing_newline=False,
)

_PARAGRAPH = re.compile(r"^<p>(.*)</p>$", re.DOTALL)


def render(template_name: str, **context: object) -> str:
    """Render a template from macros/templates with autoescaping; lines carry no indentation."""
    html = _env.get_template(template_name).render(**context)
    # Indented lines would turn into code blocks if Markdown ever saw them.
    return "\n".join(line.strip() for line in html.splitlines() if line.strip())


_converter: markdown.Markdown | None = None


def author_markdown(text: str) -> str:
    """Author Markdown to HTML with raw HTML tags shown as text (one reused converter)."""
    global _converter
    if _converter is None:
        # Building a Markdown instance costs more than converting a sentence: make one, reset it.
        _converter = markdown.Markdown(output_format="html")
        # Authors write Markdown, not HTML: raw tags are shown as text, never passed through.
        _converter.preprocessors.deregister("html_block")
        _converter.inlinePatterns.deregister("html")
    return _converter.reset().convert(text.strip())


def inline_markdown(text: str) -> Markup:
    """Inline Markdown (bold, italics, links, code) to safe HTML, without a wrapping <p>."""
    html = author_markdown(text)
    match = _PARAGRAPH.match(html)
    return Markup(match.group(1) if match else html)
