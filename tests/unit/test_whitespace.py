"""Pages lose their templates' indentation and show the same (macros/whitespace.py)."""

from macros.whitespace import collapse


def test_each_line_break_and_the_white_space_after_it_become_one_line_break():
    html = '<ul>\n    <li>\n      <a href="#">Week 1</a>\n\n    </li>\n  \t</ul>\n'
    assert collapse(html) == '<ul>\n<li>\n<a href="#">Week 1</a>\n</li>\n</ul>\n'


def test_spaces_before_a_line_break_stay_a_browser_shows_them_as_one_all_the_same():
    assert collapse("<p>end of a line  \n    next</p>") == "<p>end of a line  \nnext</p>"


def test_spaces_without_a_line_break_stay_as_they_are():
    assert collapse("<p>Two  spaces and\ta tab</p>") == "<p>Two  spaces and\ta tab</p>"


def test_elements_that_show_their_white_space_are_copied_byte_for_byte():
    kept = [
        "<pre><code>if x:\n    y()\n\n</code></pre>",
        '<textarea id="t">\n  line one\n\n  line two</textarea>',
        "<p>Run <code>make\n   test</code> now</p>",
        '<script type="application/ld+json">{\n  "a": 1\n}</script>',
        "<STYLE>\n  .a { b: c }\n</STYLE>",
    ]
    for html in kept:
        assert collapse("\n  " + html + "\n  ") == "\n" + html + "\n"


def test_attribute_values_and_comments_stay_as_they_are():
    html = "<a title=\"one\n    two > three\" data-x='a\n  b'>x</a><!-- a\n    b -->"
    assert collapse(html) == html


def test_a_no_break_space_is_text_not_white_space():
    assert collapse("<p>a\u00a0\n  \u00a0b</p>") == "<p>a\u00a0\n\u00a0b</p>"


def test_a_tag_that_starts_like_a_kept_element_is_an_ordinary_tag():
    assert collapse("<p>\n  <prefix>a\n  b</prefix>") == "<p>\n<prefix>a\nb</prefix>"


def test_an_element_left_open_does_not_keep_the_rest_of_the_page():
    assert collapse("<code>x\n  <p>\n  y</p>") == "<code>x\n<p>\ny</p>"


def test_a_tag_that_spans_lines_is_copied_whole_wherever_its_line_break_is():
    for tag in [
        '<a\n   href="#"\n   title="x > y">',
        "<a title='one\n   two' href=\"#\">",
        '<input value="a > b" data-x="1\n   2">',
    ]:
        assert collapse("<p>\n  " + tag + "link</a>") == "<p>\n" + tag + "link</a>"
