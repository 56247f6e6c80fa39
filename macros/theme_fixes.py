"""Small fixes to Material's own markup, applied to every built page (a MkDocs hooks file).

Material 9.8 writes these things that fail WCAG checks or HTML validation, from places
that cannot be overridden by a block (base.html's body and nav-item.html's loop):
- the search dialog has no accessible name (axe `aria-dialog-name`);
- its toggle checkboxes carry `autocomplete="off"`, which HTML allows on text-like inputs only;
- section labels in the navigation get an empty `tabindex=""`, which is not an integer;
- the phone menu's checkbox has no name of its own (its label is an icon); theme_fixes.css
  lets the keyboard reach it, and it is named "Menu";
- on a section's index page the table of contents keeps its title as `<label for="__toc">`
  although the `__toc` toggle it points to is not on that page: the title becomes a `<div>` (a
  label with no control to name is flagged by browsers and means nothing to a screen reader).
Each fix names the exact markup it expects; `fix_material_markup` reports what it changed so a
test sees at once if a Material upgrade moves the markup.
"""

from __future__ import annotations

import re
from typing import Any

FIXES: dict[str, tuple[re.Pattern[str], str]] = {
    "search dialog name": (
        re.compile(r'(<div class="md-search" data-md-component="search" role="dialog")>'),
        r'\1 aria-label="Search this site">',
    ),
    "checkbox autocomplete": (
        re.compile(
            r'(<input class="md-toggle" data-md-toggle="\w+" type="checkbox" id="__\w+")'
            r' autocomplete="off">'
        ),
        r"\1>",
    ),
    "empty tabindex": (re.compile(r'(<label class="md-nav__link[^"]*"[^>]*?) tabindex=""'), r"\1"),
    # Runs after the autocomplete fix. theme_fixes.css lets Tab reach this checkbox on a phone.
    "menu toggle name": (
        re.compile(
            r'(<input class="md-toggle" data-md-toggle="drawer" type="checkbox" id="__drawer")>'
        ),
        r'\1 aria-label="Menu">',
    ),
}


TOC_LABEL = re.compile(r'<label class="md-nav__title" for="__toc">(.*?)</label>', re.S)


def fix_material_markup(html: str) -> tuple[str, dict[str, int]]:
    """Apply every fix; return the new HTML and how often each fix applied."""
    counts: dict[str, int] = {}
    for name, (pattern, replacement) in FIXES.items():
        html, counts[name] = pattern.subn(replacement, html)
    counts["toc label without toggle"] = 0
    if 'id="__toc"' not in html:
        html, counts["toc label without toggle"] = TOC_LABEL.subn(
            r'<div class="md-nav__title">\1</div>', html
        )
    return html, counts


def on_post_page(output: str, page: Any, config: Any) -> str:
    """MkDocs hook: fix Material's markup in each page as it is written."""
    return fix_material_markup(output)[0]


def on_post_template(output_content: str, template_name: str, config: Any) -> str:
    """MkDocs hook: the same fixes for static templates such as 404.html."""
    return fix_material_markup(output_content)[0]
