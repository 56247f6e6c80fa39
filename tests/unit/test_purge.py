"""Material's main stylesheet, purged of rules nothing on the site can match (macros/purge.py)."""

from __future__ import annotations

from pathlib import Path
from unittest.mock import patch

import material

from macros.purge import parsed, purge, seen_in
from macros.stylesheet import keep_rules, parse, to_css, without

STYLESHEETS = Path(material.__file__).parent / "templates" / "assets" / "stylesheets"

PAGE = (
    '<html dir="ltr"><body data-md-color-scheme="default">'
    '<a title="a > b" class="md-nav__link late">x</a>'
    '<input class="md-toggle" data-md-toggle="search" type="checkbox" hidden></body></html>'
)
SCRIPT = 'e.classList.add("md-search-result__item");n.className=`md-status--${t}`;'


def kept(css: str, pages=(PAGE,), scripts=(SCRIPT,)) -> str | None:
    sheet = parse(css)
    return None if sheet is None else purge(sheet, seen_in(pages, scripts))


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
    css += ".late::before{mask-image:var(--icon)}"
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


# Custom properties: Material declares an icon for every kind of box on :root.
ICONS = ":root{--md-tip:url(\"data:image/svg+xml;charset=utf-8,<svg a='1;2'/>\");--md-note:1px}"


def test_a_custom_property_that_no_kept_rule_reads_goes_with_the_rule_that_read_it():
    css = ICONS + ".md-tabs::before{mask:var(--md-tip)}.late::before{mask:var(--md-note)}"
    assert kept(css) == ":root{--md-note:1px}.late::before{mask:var(--md-note)}"


def test_a_property_read_only_by_an_unread_property_goes_too():
    css = ":root{--md-a:red;--md-b:var(--md-a);--md-c:blue}.late{color:var(--md-c)}"
    assert kept(css) == ":root{--md-c:blue}.late{color:var(--md-c)}"


def test_a_property_named_in_another_stylesheet_a_script_or_an_inline_style_stays():
    def stays(pages=(PAGE,), scripts=(SCRIPT,), stylesheets=()) -> str | None:
        return purge(parse(ICONS), seen_in(pages, scripts, stylesheets))

    assert stays() == ":root{}"
    assert stays(stylesheets=[".x{color:var(--md-note)}"]) == ":root{--md-note:1px}"
    assert stays(scripts=['e.style.setProperty("--md-note","2px")']) == ":root{--md-note:1px}"
    inline_style = '<p style="margin:var(--md-tip)">x</p>'
    assert stays(pages=[inline_style]) == ICONS.replace("--md-note:1px", "")
    style_element = "<style>.y{margin:var(--md-note)}</style>"
    assert stays(pages=[style_element]) == ":root{--md-note:1px}"


def test_other_declarations_and_names_that_differ_in_case_stay():
    css = ":root{--md-Tip:1;color:red;--md-tip:2}.late{a:var(--md-Tip)}"
    assert kept(css) == ":root{--md-Tip:1;color:red;}.late{a:var(--md-Tip)}"


def test_dropping_declarations_scans_strings_urls_and_brackets_and_reaches_into_media():
    css = (
        ".a{--x:url(data:x;y);b:c}@media print{.b{--x:'};';d:e}}"
        "@supports (a:b){.c{--x:[;](;);f:g}}@keyframes k{0%{--x:1}}"
    )
    sheet = parse(css)
    assert sheet is not None
    out = to_css(without(sheet, lambda name: name == "--x"))
    assert out == ".a{b:c}@media print{.b{d:e}}@supports (a:b){.c{f:g}}@keyframes k{0%{--x:1}}"
    assert parse(".a{--x:1}}") is None


# What was read of a stylesheet is kept between builds (.cache/purge/).
def test_a_stylesheet_read_once_is_found_again_and_gives_the_same_purge(tmp_path):
    css = ICONS + ".md-tabs::before{mask:var(--md-tip)}.late::before{mask:var(--md-note)}"
    first = parsed(css, tmp_path)
    assert [entry.suffix for entry in tmp_path.iterdir()] == [".pickle"]
    with patch("macros.purge.parse", side_effect=AssertionError("read again")):
        again = parsed(css, tmp_path)
    assert again == first
    seen = seen_in((PAGE,), (SCRIPT,))
    assert purge(again, seen) == purge(parse(css), seen) == kept(css)


def test_another_stylesheet_is_not_given_what_was_read_of_the_first(tmp_path):
    parsed(".late{a:b}", tmp_path)
    assert to_css(parsed(".late{c:d}", tmp_path)) == ".late{c:d}"
    assert len(list(tmp_path.iterdir())) == 2


def test_a_damaged_entry_or_a_folder_that_cannot_be_written_only_means_reading_again(tmp_path):
    parsed(".late{a:b}", tmp_path)
    for entry in tmp_path.iterdir():
        entry.write_bytes(b"not a pickle")
    assert to_css(parsed(".late{a:b}", tmp_path)) == ".late{a:b}"
    (tmp_path / "file").write_text("a file where the folder would go")
    assert to_css(parsed(".late{a:b}", tmp_path / "file")) == ".late{a:b}"
    assert parsed(".late{a:b}}", tmp_path) is None  # does not parse: the file is left alone


FEATURE_CSS = ".md-tooltip2{a:b}.md-annotation__index{c:d}.md-version__list{e:f}.tabbed-button{g:h}"
BUNDLE = 'x("div",{class:"md-tooltip2"});"md-annotation__index";"md-version__list";"tabbed-button"'


def kept_with(features=(), extra=None, page=PAGE) -> str:
    seen = seen_in((page,), (BUNDLE,)).without_features(features, extra)
    return purge(parse(FEATURE_CSS), seen)


def test_classes_only_materials_script_makes_for_a_feature_that_is_off_go():
    assert kept_with() == ""


def test_they_stay_when_mkdocs_yml_turns_their_feature_on():
    assert kept_with(["content.tooltips"]) == ".md-tooltip2{a:b}"
    assert kept_with(["content.code.annotate"]) == ".md-tooltip2{a:b}.md-annotation__index{c:d}"
    assert kept_with(extra={"version": {"provider": "mike"}}) == ".md-version__list{e:f}"


def test_they_stay_when_a_page_has_what_turns_the_feature_on():
    tabs = '<div class="tabbed-set tabbed-alternate"></div><p class="annotate"></p>'
    assert kept_with(page=PAGE + tabs) == (
        ".md-tooltip2{a:b}.md-annotation__index{c:d}.tabbed-button{g:h}"
    )


def test_a_class_of_such_a_family_that_a_page_has_stays_whatever_the_features():
    assert kept_with(page=PAGE + '<i class="md-version__list"></i>') == ".md-version__list{e:f}"


def test_copy_buttons_need_their_feature_or_a_copy_class_and_line_anchors_need_highlight():
    css = ".md-code__button{a:b}.md-code__nav{c:d}.md-code__content{e:f}"
    bundle = '"md-code__button";"md-code__nav";"md-code__content"'
    code = PAGE + '<div class="highlight"></div>'

    def kept_for(page, features=()):
        return purge(parse(css), seen_in((page,), (bundle,)).without_features(features))

    assert kept_for(code) == ".md-code__content{e:f}"
    assert kept_for(code, ["content.code.copy"]) == css
    assert kept_for(code + '<div class="copy"></div>') == css


def test_the_repository_facts_stay_only_where_a_page_asks_the_script_for_them():
    css = ".md-source__facts{a:b}.md-source__fact--stars{c:d}.md-source__repository--active{e:f}"
    bundle = '"md-source__facts";`md-source__fact--${t}`;"md-source__repository--active"'
    link = '<a class="md-source" href="https://github.com/a/b">'

    def kept_for(page):
        return purge(parse(css), seen_in((page,), (bundle,)).without_features(()))

    assert kept_for(PAGE + link) == ""
    assert kept_for(PAGE + link.replace("<a ", '<a data-md-component="source" ')) == css


def test_right_to_left_rules_need_a_right_to_left_page_whatever_a_script_reads():
    css = "[dir=rtl] .md-nav__link{a:b}[dir=ltr] .md-nav__link{c:d}"
    reads = 'document.documentElement.getAttribute("dir")==="rtl"'
    assert kept(css, scripts=(reads,)) == "[dir=ltr] .md-nav__link{c:d}"
    assert kept(css, pages=(PAGE.replace("ltr", "rtl"),), scripts=(reads,)) == (
        "[dir=rtl] .md-nav__link{a:b}"
    )
    # Any other attribute a script names may be set by it: its rules stay.
    assert kept("[data-md-state=lock]{a:b}", scripts=('"lock"',)) == "[data-md-state=lock]{a:b}"
