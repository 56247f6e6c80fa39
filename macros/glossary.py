"""Glossary tooltips on every page, from one file (a MkDocs hooks file).

`docs/includes/abbreviations.md` holds one definition per line, in Python-Markdown's abbr syntax:

    *[CLB]: Canadian Language Benchmarks: the national standard ...

At the start of each build this hook reads the file once and hands the definitions to the abbr
extension as its `glossary`, so every page marks those words with <abbr title="...">. (Appending
the file to every page instead made each page parse all the definitions again: about an eighth
of the build.) A page may still add its own `*[term]: meaning` lines.

A title shows only to a mouse: on a phone, by keyboard or with a screen reader the meaning is out
of reach. So the first time each word appears on a page, `on_page_content` makes it a button that
opens the meaning in a popover (the HTML `popover` attribute: no script, so it also works with
JavaScript off). Later appearances stay plain <abbr title> (no second tab stop for the same word),
and so do words inside links, buttons, labels, summaries, headings and definition terms, where a
button cannot go or would repeat the page's own structure. So does the bold word that starts a list
item (`- **recruiter**: a person who ...`, as a "Words to know" list writes it), and that word
again in the same item: the meaning is right there, and the button goes to the word's first use
in the lesson's text instead, where a reader needs it.
The meaning closes when the keyboard moves on (CLOSE_ON_FOCUS_MOVE, on pages with a word): left
open at the foot of the screen, it covered what Tab went to next (WCAG 2.4.11).
This module imports nothing from the `macros` package (MkDocs loads it by path).
"""

from __future__ import annotations

import html
import re
from collections import defaultdict
from pathlib import Path
from typing import Any

from mkdocs.exceptions import PluginError

FILE = Path("includes") / "abbreviations.md"
DEFINITION = re.compile(r"^\*\[([^\]\n]+)\]:[ \t]*(\S.*)$")


def parse_glossary(text: str, name: str = str(FILE)) -> dict[str, str]:
    """{term: meaning} from the file's lines; blank lines are skipped, anything else refused."""
    glossary: dict[str, str] = {}
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        match = DEFINITION.match(line.strip())
        if not match:
            raise PluginError(
                f"{name}, line {number}: {line.strip()[:60]!r} is not a glossary definition. "
                "Fix: write it as *[term]: what it means (one definition per line)"
            )
        term, meaning = match.group(1).strip(), match.group(2).strip()
        if term in glossary:
            raise PluginError(
                f"{name}, line {number}: '{term}' is defined twice. Fix: keep one definition"
            )
        glossary[term] = meaning
    return glossary


def on_config(config: Any) -> Any:
    """Give the abbr extension this site's glossary (when the site has the file and abbr)."""
    path = Path(config["docs_dir"]) / FILE
    if path.is_file() and "abbr" in config["markdown_extensions"]:
        glossary = parse_glossary(path.read_text(encoding="utf-8"))
        config["mdx_configs"].setdefault("abbr", {})["glossary"] = glossary
    return config


# An <abbr> as the abbr extension writes it, or any other tag (quoted attributes may hold ">").
_TOKEN = re.compile(
    r'<abbr title="(?P<meaning>[^"]*)">(?P<term>[^<]*)</abbr>'
    r"|<(?P<end>/?)(?P<tag>[a-zA-Z][a-zA-Z0-9-]*)(?:[^>\"']|\"[^\"]*\"|'[^']*')*>"
)
# Inside these a glossary word stays a plain <abbr>.
NO_BUTTON = {"a", "button", "label", "summary", "select", "option", "textarea", "legend", "dt"}
NO_BUTTON |= {f"h{level}" for level in range(1, 7)}
# A list item's text so far is only its start tags: a <strong> here is the word the item defines.
_ITEM_START = re.compile(r"<li\b[^>]*>\s*(?:<p\b[^>]*>\s*)?\Z")
ID_PREFIX = "wc-term-"


def term_button(term: str, meaning: str, number: int) -> str:
    """A glossary word as a button, and the popover with its meaning (kept out of search).

    The button keeps the meaning as its title too: a mouse shows it on hover, a screen reader
    reads it as the button's description, and a browser without popovers still has it.
    """
    term, meaning = html.escape(html.unescape(term)), html.escape(html.unescape(meaning))
    target = f"{ID_PREFIX}{number}"
    return (
        f'<button type="button" class="wc-term" popovertarget="{target}" title="{meaning}">'
        f"{term}</button>"
        f'<span class="wc-term__meaning" id="{target}" popover data-search-exclude>'
        f'<strong class="wc-term__word">{term}</strong> {meaning}</span>'
    )


def term_buttons(content: str) -> str:
    """The page's HTML with the first usable <abbr> of each glossary word made a button."""
    if "<abbr" not in content:
        return content
    inside: defaultdict[str, list[str]] = defaultdict(list)  # the open NO_BUTTON elements
    done: set[str] = set()
    strong: list[bool] = []  # the open <strong> elements: does each start a list item?
    items: list[set[str]] = []  # the open list items: the words each one defines

    def opens(stack: list, end: bool, value: Any) -> None:
        if not end:
            stack.append(value)
        elif stack:  # an end tag with no start (an author's own HTML) changes nothing
            stack.pop()

    def swap(match: re.Match[str]) -> str:
        tag, end = (match["tag"] or "").lower(), bool(match["end"])
        if tag == "li":
            opens(items, end, set())
        elif tag == "strong":
            start = match.start()
            opens(strong, end, bool(_ITEM_START.search(content, max(0, start - 80), start)))
        elif tag in NO_BUTTON:
            opens(inside[tag], end, tag)
        term = match["term"]
        if term is None:
            return match[0]
        if items and strong and strong[-1]:
            items[-1].add(term)  # the word this item defines: its meaning is right there
        if any(inside.values()) or term in done or any(term in words for words in items):
            return match[0]
        done.add(term)
        return term_button(term, match["meaning"], len(done))

    return _TOKEN.sub(swap, content)


def on_page_content(html_text: str, page: Any, config: Any, files: Any) -> str:
    """Glossary words open their meaning by tap, click or keyboard (MkDocs hook)."""
    return term_buttons(html_text)


# An open meaning closes when the focus goes anywhere but its word: it sits at the foot of the
# screen, where Tab brings the next element in, and hid it. (Esc, a tap outside and the word
# close it too, with no script: the browser's popover.) ECMAScript 5, as docs/assets/js.
CLOSE_ON_FOCUS_MOVE = (
    '<script>HTMLElement.prototype.hidePopover&&document.addEventListener("focusin",'
    'function(e){var t=e.target.getAttribute&&e.target.getAttribute("popovertarget");'
    '[].forEach.call(document.querySelectorAll(".wc-term__meaning:popover-open"),'
    "function(m){if(m.id!==t&&!m.contains(e.target))m.hidePopover()})})</script>"
)


def on_post_page(output: str, page: Any, config: Any) -> str:
    """On a page with a glossary word, the script that closes its meaning (MkDocs hook)."""
    if 'class="wc-term"' not in output or "</body>" not in output:
        return output
    head, _, tail = output.rpartition("</body>")
    return head + CLOSE_ON_FOCUS_MOVE + "</body>" + tail
