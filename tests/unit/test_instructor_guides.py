"""The For instructors guides describe the generator, so a fork keeps them: they must build
without the course this repository ships (workcom/, lessons/)."""

from __future__ import annotations

import posixpath
import re

from tests.conftest import ROOT

DOCS = ROOT / "docs"
# Pages every fork keeps: the guides themselves and the site-wide pages they point to.
KEPT = re.compile(r"^(instructors/|about/|glossary\.md|my-work\.md|index\.md)")
CODE = re.compile(r"```.*?```|`[^`\n]*`", re.S)
LINK = re.compile(r"\]\(([^)#\s]+\.md)(?:#[^)]*)?\)")


def course_links(text: str, src: str) -> list[str]:
    """The pages that Markdown links in `text` (page `src`) point to outside the kept pages."""
    here = posixpath.dirname(src)
    targets = (
        posixpath.normpath(posixpath.join(here, m)) for m in LINK.findall(CODE.sub("", text))
    )
    return [target for target in targets if not KEPT.match(target)]


def test_a_link_to_a_course_page_is_found_and_one_in_code_is_not():
    text = (
        "See [Week 1](../workcom/week-1.md), not `[x](../lessons/x.md)`, or [Plan](weekly-plan.md)."
    )
    assert course_links(text, "instructors/index.md") == ["workcom/week-1.md"]


def test_the_instructor_guides_link_no_course_page_that_a_fork_would_delete():
    """A fork that removed workcom/ once failed its strict build on run-a-cohort.md and
    weekly-plan.md, which linked the Schedule and the job lesson."""
    found = {
        path.name: course_links(path.read_text(encoding="utf-8"), f"instructors/{path.name}")
        for path in sorted((DOCS / "instructors").glob("*.md"))
    }
    assert {name: links for name, links in found.items() if links} == {}
