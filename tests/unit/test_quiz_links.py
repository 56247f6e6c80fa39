"""Links to other lesson files inside a quiz point at the built pages; broken ones fail."""

from __future__ import annotations

import pytest

from macros.errors import AuthoringError
from macros.quiz import rewrite_links

PAGES = {"index.md", "lessons/index.md", "lessons/a.md", "workcom/week-1.md"}


def fix(html: str, page: str, directory_urls: bool = True) -> str:
    return rewrite_links(html, page, PAGES.__contains__, directory_urls)


@pytest.mark.parametrize(
    ("page", "href", "expected"),
    [
        ("lessons/a.md", "../workcom/week-1.md", "../../workcom/week-1/"),
        ("lessons/a.md", "../workcom/week-1.md#goals", "../../workcom/week-1/#goals"),
        ("lessons/a.md", "index.md", "../"),
        ("lessons/a.md", "../index.md", "../../"),
        ("lessons/index.md", "a.md", "a/"),
        ("index.md", "lessons/a.md", "lessons/a/"),
        ("lessons/a.md", "a.md", "./"),
    ],
)
def test_a_link_to_a_lesson_file_becomes_its_page_url(page, href, expected):
    assert fix(f'<a href="{href}">x</a>', page) == f'<a href="{expected}">x</a>'


def test_without_directory_urls_links_point_at_html_files():
    assert fix('<a href="../workcom/week-1.md">x</a>', "lessons/a.md", False) == (
        '<a href="../workcom/week-1.html">x</a>'
    )


def test_web_links_anchors_and_other_files_are_left_alone():
    html = '<a href="https://example.org/x.md">a</a><a href="#top">b</a><a href="x.pdf">c</a>'
    assert fix(html, "lessons/a.md") == html


def test_a_link_to_a_missing_page_is_an_authoring_error():
    with pytest.raises(AuthoringError, match="does not exist"):
        fix('<a href="../nope.md">x</a>', "lessons/a.md")
