"""Material's main stylesheet, purged of rules nothing on the site can match (macros/purge.py)."""

from __future__ import annotations

from pathlib import Path

import material

from macros.purge import purge, seen_in
from macros.stylesheet import keep_rules

STYLESHEETS = Path(material.__file__).parent / "templates" / "assets" / "stylesheets"

PAGE = (
    '<html dir="ltr"><body data-md-color-scheme="default">'
    '<a title="a > b" class="md-nav__link late">x</a>'
    '<input class="md-toggle" data-md-toggle="search" type="checkbox" hidden></body></html>'
)
SCRIPT = 'e.classList.add("md-search-result__item");n.className=`md-status--${t}`;'


def kept(css: str, pages=(PAGE,), scripts=(SCRIPT,)) -> str | None:
    return purge(css, seen_in(pages, scripts))


def test_a_class_no_page_or_script_has_is_dropped_and_the_others_stay():
    css = ".md-nav__link{color:red}.md-tabs{color:blue}.late{margin:0}"
    assert kept(css) == ".md-nav__link{color:red}.late{margin:0}"


def test_a_class_a_script_adds_stays_even_when_no_page_has_it():
    assert kept(".md-search-result__item{a:b}") == ".md-search-result__item{a:b}"


def test_a_string_that_ends_in_a_dash_keeps_every_class_it_starts():
    css = ".md-status--new{a:b}.md-status{c:d}"
    assert kept(css) == ".md-status--new{a:b}"


def test_one_selector_of_a_list_goes_and_the_rule_stays_for_the_others():
    assert kept(".md-tabs,.md-toggle>.late{a:b}") == ".md-toggle>.late{a:b}"


def test_attribute_values_must_be_on_a_page_or_in_a_script():
    css = "[dir=rtl] .late{a:b}[dir=ltr] .late{c:d}[data-md-toggle=search]{e:f}[data-x]{g:h}"
    assert kept(css) == "[dir=ltr] .late{c:d}[data-md-toggle=search]{e:f}"


def test_is_and_where_stay_if_one_choice_can_match_and_not_never_drops():
    css = ":is(.md-tabs,.late) p{a:b}:where(.md-tabs,.gone){c:d}.late:not(.gone){e:f}"
    assert kept(css) == ":is(.md-tabs,.late) p{a:b}.late:not(.gone){e:f}"


def test_elements_ids_pseudo_classes_and_at_rules_are_kept():
    css = '@charset "utf-8";a:hover{a:b}#x::before{c:d}@keyframes spin{0%{e:f}to{g:h}}'
    assert kept(css) == css


def test_media_rules_keep_what_can_match_and_lose_what_cannot():
    css = "@media print{.md-tabs{a:b}.late{c:d}}@media screen{.md-tabs{e:f}}"
    assert kept(css) == "@media print{.late{c:d}}"


def test_a_stylesheet_that_does_not_parse_is_left_alone():
    assert kept(".late{a:b}}") is None


def test_kept_rules_are_copied_as_written_escapes_and_all():
    css = r':root{--icon:url("data:image/svg+xml;charset=utf-8,<svg>\3c !-- x --></svg>")}'
    assert kept(css) == css


def test_keeping_everything_gives_materials_stylesheets_back_byte_for_byte():
    for path in [*STYLESHEETS.glob("main.*.min.css"), *STYLESHEETS.glob("palette.*.min.css")]:
        css = path.read_text(encoding="utf-8")
        assert keep_rules(css, lambda selector: True) == css, path.name


def test_braces_in_strings_and_comments_do_not_end_a_rule():
    css = ".late::after{content:\"}{;\"}.gone{a:b}.late{content:'}';/* } */c:d}"
    assert kept(css) == ".late::after{content:\"}{;\"}.late{content:'}';/* } */c:d}"


def test_a_class_named_only_in_a_pages_inline_script_stays():
    page = '<html><body><script>document.body.classList.add("md-tabs")</script></body></html>'
    assert kept(".md-tabs{a:b}.md-top{c:d}", pages=(page,), scripts=()) == ".md-tabs{a:b}"


def test_a_sibling_of_any_element_goes_even_when_it_can_match():
    # `x + *` makes Chromium restyle a whole subtree for each element a script inserts.
    css = ".late+*{a:b}.late ~ *{c:d}.late+p{e:f}.late *{g:h}.late>*{i:j}"
    assert kept(css) == ".late+p{e:f}.late *{g:h}.late>*{i:j}"
    assert kept(".md-toggle+*,.late{a:b}") == ".late{a:b}"
