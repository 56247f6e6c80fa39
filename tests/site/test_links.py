"""Links gate: every internal link and #anchor in the built site resolves (pages, macro output,
generated files); external links are listed in a report, never fetched."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.support.links import check_site

# Filled by the test below; tests/conftest.py prints it after the run.
EXTERNAL_REPORT: list[Path] = []


@pytest.fixture(scope="module")
def report(site_dir: Path):
    return check_site(site_dir)


def test_every_internal_link_and_anchor_resolves(report):
    assert report.broken == []
    assert report.checked > 500  # pages, navigation, macro output and generated files were read


def test_external_links_are_listed_not_fetched(report, site_dir: Path):
    lines = [
        f"{url}\n    on {', '.join(sorted(pages))}"
        for url, pages in sorted(report.external.items())
    ]
    out = site_dir.parent / "external-links.txt"
    out.write_text("\n".join(lines) + "\n", encoding="utf-8")
    EXTERNAL_REPORT[:] = [out]
    # The course's sources and licences are external links; the site itself is not.
    assert any("creativecommons.org" in url for url in report.external)
    assert not any(url.startswith("http://127.0.0.1") for url in report.external)


def _write(root: Path, files: dict[str, str]) -> Path:
    for name, text in files.items():
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        (root / name).write_text(text, encoding="utf-8")
    return root


def test_a_broken_link_or_anchor_is_caught(tmp_path: Path):
    site = _write(
        tmp_path,
        {
            "index.html": '<link rel="canonical" href="https://x.test/"><h1 id="top-title">Hi</h1>'
            '<a href="a/">ok</a> <a href="a/#here">ok</a> <a href="#top">top</a>'
            '<a href="https://x.test/a/">own site</a> <a href="https://other.test/">out</a>'
            '<a href="a/#nowhere">bad anchor</a> <a href="missing/">bad page</a>'
            '<a href="mailto:a@b.test">mail</a>',
            "a/index.html": '<p id="here">x</p><img src="../img/none.png" alt="">'
            '<script type="application/ld+json">{"url": "../gone/"}</script>'
            '<div data-weeks=\'[{"href": "../a/#nope"}]\'></div>',
            "quizzes.json": '[{"url": "a/"}, {"url": "lost/"}]',
            "course.ics": (
                "BEGIN:VCALENDAR\r\nURL:https://x.test/a/\r\nURL:https://x.test/ol\r\n d/\r\n"
            ),
        },
    )
    report = check_site(site)
    assert sorted(report.broken) == sorted(
        [
            "index.html: 'a/#nowhere': no id 'nowhere' in /a/",
            "index.html: 'missing/' leads to no file (/missing/)",
            "a/index.html: '../img/none.png' leads to no file (/img/none.png)",
            "a/index.html: '../gone/' leads to no file (/gone/)",
            "a/index.html: '../a/#nope': no id 'nope' in /a/",
            "quizzes.json: 'lost/' leads to no file (/lost/)",
            "course.ics: '/old/' leads to no file (/old/)",
        ]
    )
    assert set(report.external) == {"https://other.test/"}
