"""Page HTML without the indentation of its templates (a MkDocs hook: every page and 404.html).

Material's templates are indented for people to read, and Jinja writes out every space and
blank line of them: 9.6 KB of the lesson's HTML, 0.8 KB once gzipped, on every page a phone
loads. A browser shows a line break and the white space after it as one space (or as nothing,
at the edge of a block), the same as a single line break. So each such run becomes one line
break, except where white space is shown as written:

- inside <pre>, <textarea> and <code> (Material sets `white-space: pre-wrap` on inline code);
- inside <script> and <style>, whose text is not HTML;
- inside a tag that spans lines: its attribute values stay exactly as they are.

Only ASCII white space counts: a no-break space is text. The text a page shows, and every byte
of those elements, stay the same. A stylesheet that shows line breaks elsewhere (`white-space:
pre`, `pre-wrap` or `break-spaces` on another element with text in the HTML) would show fewer
of them: the browser tests check every built page for such an element.

A run starts at its line break, so the search for one jumps from line break to line break, and
only a tag with a line break in it needs reading whole: about 1.4 ms for the lesson's 146 KB
(reading every tag took 8 ms, a tenth of a 1,000-lesson build).
"""

from __future__ import annotations

import re
from typing import Any

# What is copied as it is: a comment, an element whose text keeps its white space (start tag to
# end tag), a tag with a line break in it (attribute values in quotes may hold ">" or one).
_TAG_PART = r"(?:[^>\"']++|\"[^\"]*+\"|'[^']*+')*+"
_LINE_FREE = r"(?:[^>\"'\n]++|\"[^\"\n]*+\"|'[^'\n]*+')*+"  # up to a tag's first line break
_BREAK = r"(?:\n|\"[^\"\n]*+\n[^\"]*+\"|'[^'\n]*+\n[^']*+')"  # it, or the value that holds it
_KEPT = re.compile(
    r"<!--.*?-->"
    rf"|<(pre|textarea|code|script|style)(?=[\s>]){_TAG_PART}>.*?</\1\s*>"
    rf"|<[a-zA-Z/!]{_LINE_FREE}{_BREAK}{_TAG_PART}>",
    re.S | re.I,
)
_RUN = re.compile(r"\n[ \t\n\r\f]+")


def collapse(html: str) -> str:
    """The HTML with each line break and the white space after it, outside the elements and
    tags that keep theirs, made one line break."""
    out: list[str] = []
    start = 0
    for kept in _KEPT.finditer(html):
        out += [_RUN.sub("\n", html[start : kept.start()]), kept.group(0)]
        start = kept.end()
    out.append(_RUN.sub("\n", html[start:]))
    return "".join(out)


def on_post_page(output: str, page: Any, config: Any) -> str:
    """MkDocs hook: each page as it is written."""
    return collapse(output)


def on_post_template(output_content: str, template_name: str, config: Any) -> str:
    """MkDocs hook: static templates such as 404.html."""
    return collapse(output_content) if template_name.endswith(".html") else output_content
