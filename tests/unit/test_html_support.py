"""The HTML helpers the site tests rely on catch what they claim to (negative controls)."""

from bs4 import BeautifulSoup

from tests.support.html import css_urls, fetched_urls, is_other_origin


def _fetched(html: str) -> list[str]:
    return [u for u in fetched_urls(BeautifulSoup(html, "lxml")) if is_other_origin(u)]


def test_a_script_from_a_cdn_is_flagged():
    assert _fetched('<script src="https://cdn.example.com/x.js"></script>') == [
        "https://cdn.example.com/x.js"
    ]


def test_a_protocol_relative_font_stylesheet_is_flagged():
    html = '<link rel="stylesheet" href="//fonts.example.com/css">'
    assert _fetched(html) == ["//fonts.example.com/css"]


def test_images_iframes_srcset_and_inline_css_are_flagged():
    html = """
      <img src="https://a.example/1.png" srcset="https://b.example/2.png 2x, local.png 1x">
      <iframe src="https://c.example/embed"></iframe>
      <div style="background: url('https://d.example/bg.png')"></div>
      <style>@import "https://e.example/x.css";</style>
    """
    assert sorted(_fetched(html)) == [
        "https://a.example/1.png",
        "https://b.example/2.png",
        "https://c.example/embed",
        "https://d.example/bg.png",
        "https://e.example/x.css",
    ]


def test_licence_canonical_and_plain_links_are_not_fetches():
    html = """
      <link rel="license" href="https://creativecommons.org/licenses/by-nc-sa/4.0/">
      <link rel="canonical" href="https://example.github.io/site/">
      <a href="https://example.com/">a link</a>
      <script src="assets/js/quiz.js"></script>
      <img src="data:image/png;base64,AAAA">
    """
    assert _fetched(html) == []


def test_css_urls_reads_quoted_and_bare_urls():
    assert css_urls("a{b:url(x.png)} c{d:url( 'y.svg' )} @import 'z.css';") == [
        "x.png",
        "y.svg",
        "z.css",
    ]
