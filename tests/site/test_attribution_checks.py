"""Each licensing mistake fails the build with the page and the fix; the corrected page builds.

Every case builds a tiny project twice: once with the mistake (the build must fail and say
what is wrong, where, and how to fix it) and once corrected (the negative control).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.support.fixture_project import build_project, page

SOURCE = {
    "title": "The original article",
    "author": "Someone Else",
    "url": "https://example.org/original/",
    "licence": "CC-BY-NC-SA-4.0",
    "changes": "Shortened and rewritten in plain language.",
}
PNG = bytes.fromhex(
    "89504e470d0a1a0a0000000d4948445200000001000000010806000000"
    "1f15c4890000000d49444154789c6360f8cfc0f01f0005000201a1d5"
    "5d7a0000000049454e44ae426082"
)
CREDIT = {"file": "img/photo.png", "title": "A photo", "creator": "Ana", "licence": "CC0-1.0"}


def without(key: str) -> dict:
    return {k: v for k, v in SOURCE.items() if k != key}


# name: (front matter with the mistake, corrected front matter, site extra (bad, good),
#        body, what the error message must say)
CASES = {
    "unknown licence id": (
        {"source": {**SOURCE, "licence": "CC-BY-NC-SA"}},
        {"source": SOURCE},
        (None, None),
        None,
        ["unknown licence id 'CC-BY-NC-SA'", "CC-BY-NC-SA-4.0, CC-BY-ND-4.0", "source:"],
    ),
    "source without a title": (
        {"source": without("title")},
        {"source": SOURCE},
        (None, None),
        None,
        ["the source has no title", "add `title:`"],
    ),
    "source without an author": (
        {"source": without("author")},
        {"source": SOURCE},
        (None, None),
        None,
        ["the source has no author", "add `author:`"],
    ),
    "source without a url": (
        {"source": without("url")},
        {"source": SOURCE},
        (None, None),
        None,
        ["the source has no url", "add `url:`"],
    ),
    "adaptation of a NoDerivatives source": (
        {"source": {**SOURCE, "licence": "CC-BY-ND-4.0"}},
        {"source": {**SOURCE, "licence": "CC-BY-4.0"}},
        (None, None),
        None,
        ["CC BY-ND 4.0, does not allow adaptations", "do not adapt this work"],
    ),
    "ShareAlike source under a licence without ShareAlike": (
        {"source": {**SOURCE, "licence": "CC-BY-SA-4.0"}},
        {"source": {**SOURCE, "licence": "CC-BY-SA-4.0"}},
        ({"licence": "CC-BY-4.0"}, {"licence": "CC-BY-SA-4.0"}),
        None,
        ["is ShareAlike", "this page uses CC BY 4.0", "licence: CC-BY-SA-4.0"],
    ),
    "NonCommercial source under a licence that allows commerce": (
        {"source": {**SOURCE, "licence": "CC-BY-NC-4.0"}, "licence": "CC-BY-4.0"},
        {"source": {**SOURCE, "licence": "CC-BY-NC-4.0"}, "licence": "CC-BY-NC-4.0"},
        (None, None),
        None,
        ["is NonCommercial", "this page uses CC BY 4.0"],
    ),
    "media file with no credit": (
        {},
        {"media": CREDIT},
        (None, None),
        "# A page\n\n![A photo](img/photo.png)\n",
        ["shows the media file 'img/photo.png' but gives it no credit", "media:", "line 7"],
    ),
}


def _build(base: Path, front: dict, extra: dict | None, body: str | None):
    text = page({"title": "A lesson", **front}, body) if body else page(front)
    return build_project(base, {"index.md": text}, extra, {"img/photo.png": PNG})


@pytest.fixture(scope="module")
def base(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("attribution-fixtures")


@pytest.mark.parametrize("case", list(CASES))
def test_the_mistake_fails_the_build_naming_page_problem_and_fix(base, case):
    bad, _, (extra, _), body, says = CASES[case]
    result = _build(base, bad, extra, body)
    output = result.stdout + result.stderr
    assert result.returncode != 0, output
    assert "Attribution error: index.md" in output
    assert "Fix:" in output
    for words in says:
        assert words in output


@pytest.mark.parametrize("case", list(CASES))
def test_the_corrected_page_builds(base, case):
    _, good, (_, extra), body, _ = CASES[case]
    result = _build(base, good, extra, body)
    assert result.returncode == 0, result.stdout + result.stderr


def test_an_unknown_site_licence_in_mkdocs_yml_fails_the_build(base):
    result = _build(base, {}, {"licence": "CC-BY-NC-SA"}, None)
    output = result.stdout + result.stderr
    assert result.returncode != 0
    assert "mkdocs.yml, 'extra.licence'" in output
    assert "unknown licence id 'CC-BY-NC-SA'" in output


def test_the_corrected_media_page_credits_its_image_in_the_footer(base):
    result = _build(base, {"media": CREDIT}, None, "# A page\n\n![A photo](img/photo.png)\n")
    assert result.returncode == 0
    html = (Path(result.args[-1]) / "index.html").read_text(encoding="utf-8")
    assert "Images: \u201cA photo\u201d by Ana, " in html
    assert 'href="https://creativecommons.org/publicdomain/zero/1.0/">CC0 1.0</a>' in html


def test_a_page_under_a_licence_with_no_public_text_claims_no_licence_link(base):
    result = _build(base, {"title": "Ours", "licence": "all-rights-reserved"}, None, None)
    assert result.returncode == 0, result.stdout + result.stderr
    html = (Path(result.args[-1]) / "index.html").read_text(encoding="utf-8")
    assert 'rel="license"' not in html
    assert "Fixture authors</a>: all rights reserved." in html


LIST_PAGE = page(
    {"title": "Attributions"}, '# Attributions\n\n{{ attributions_list("sources") }}\n'
)


def test_the_attributions_list_sees_pages_rendered_after_it(base):
    # index.md renders before zz-lesson.md: the list must still include zz-lesson's source.
    lesson = page({"title": "Late lesson", "source": SOURCE})
    result = build_project(base, {"index.md": LIST_PAGE, "zz-lesson.md": lesson})
    assert result.returncode == 0, result.stdout + result.stderr
    html = (Path(result.args[-1]) / "index.html").read_text(encoding="utf-8")
    assert f'data-url="{SOURCE["url"]}"' in html
    assert '<a href="zz-lesson/">Late lesson</a>: Shortened and rewritten' in html


def test_a_mistake_on_a_later_page_is_reported_for_that_page(base):
    lesson = page({"title": "Late lesson", "source": {**SOURCE, "licence": "CC-BY-ND-4.0"}})
    result = build_project(base, {"index.md": LIST_PAGE, "zz-lesson.md": lesson})
    output = result.stdout + result.stderr
    assert result.returncode != 0
    assert "Attribution error: zz-lesson.md, 'source: The original article', line 3" in output
    # Under its own page's line: the list on index.md left it out and rendered.
    assert "Error reading page 'zz-lesson.md'" in output
    assert "Error reading page 'index.md'" not in output
    assert "Traceback" not in output


def test_a_mistake_on_a_page_the_macros_do_not_render_still_stops_the_build(base):
    lesson = page(
        {"title": "Late", "render_macros": False, "source": {**SOURCE, "licence": "CC-BY-ND-4.0"}}
    )
    result = build_project(base, {"index.md": LIST_PAGE, "zz-lesson.md": lesson})
    output = result.stdout + result.stderr
    assert result.returncode != 0
    assert "Attribution error: zz-lesson.md, 'source: The original article', line " in output
    assert "Traceback" not in output
