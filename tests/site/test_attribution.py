"""The built site: every page says whose work it is, by what licence, and what changed."""

from __future__ import annotations

import json
from pathlib import Path

import yaml

from macros import licenses
from tests.conftest import ROOT
from tests.support.html import soup_of

DOCS = ROOT / "docs"
DEED_URLS = {licence.url for licence in licenses.LICENCES.values() if licence.url}


def front_matter(path: Path) -> dict:
    text = path.read_text(encoding="utf-8")
    if not text.startswith("---\n"):
        return {}
    return yaml.safe_load(text[4 : text.index("\n---", 4)]) or {}


def declared_pages() -> dict[str, dict]:
    """Every page's front matter, read straight from docs/ (not through the generator)."""
    return {
        str(p.relative_to(DOCS)): front_matter(p)
        for p in sorted(DOCS.rglob("*.md"))
        if "includes" not in p.relative_to(DOCS).parts
    }


def as_list(value) -> list:
    return [] if value is None else [value] if isinstance(value, dict) else list(value)


def built(site_dir: Path, src: str) -> Path:
    stem = src.removesuffix(".md")
    if stem == "index" or stem.endswith("/index"):
        return site_dir / stem.removesuffix("index") / "index.html"
    return site_dir / stem / "index.html"


def test_every_page_footer_links_its_licence_and_the_attributions_page(html_pages, site_dir):
    problems = []
    for path in html_pages:
        footer = soup_of(path).select_one("footer .wc-licence")
        if footer is None:
            problems.append(f"{path}: no licence footer")
            continue
        licence = footer.select_one('a[rel~="license"]')
        if licence is None or licence["href"] not in DEED_URLS:
            problems.append(f"{path}: no licence link to a known deed")
        for link in footer.select(".wc-licence__links a"):
            href = link["href"]
            target = (site_dir / href.lstrip("/")) if href.startswith("/") else path.parent / href
            if not (target / "index.html").resolve().is_file():
                problems.append(f"{path}: footer link {href} leads nowhere")
    assert problems == []


def test_the_head_declares_the_same_licence_as_the_footer(html_pages):
    problems = []
    for path in html_pages:
        soup = soup_of(path)
        head = soup.head.select('link[rel~="license"]')
        footer = soup.select_one('footer a[rel~="license"]')
        if len(head) != 1 or footer is None or head[0]["href"] != footer["href"]:
            problems.append(str(path))
    assert problems == []


def test_every_adapted_page_shows_a_tasl_line_for_each_source(site_dir):
    adapted = {src: meta for src, meta in declared_pages().items() if meta.get("source")}
    assert "lessons/when-you-dont-get-the-job.md" in adapted
    for src, meta in adapted.items():
        lines = soup_of(built(site_dir, src)).select("footer .wc-licence__source")
        assert len(lines) == len(as_list(meta["source"])), src
        for line, source in zip(lines, as_list(meta["source"]), strict=True):
            text = " ".join(line.get_text(" ").split())
            assert f"Adapted from \u201c {source['title']} \u201d by {source['author']}" in text
            assert licenses.get(source["licence"]).short in text
            assert "Changes: " + " ".join(source["changes"].split()) in text
            if source.get("notice"):
                notice = " ".join(source["notice"].split())
                assert "Credits in the original: " + notice in text
            assert line.select_one('a[rel="dct:source"]')["href"] == source["url"]
            licence_link = line.find("a", string=licenses.get(source["licence"]).short)
            assert licence_link["href"] == licenses.get(source["licence"]).url


def test_the_worksheet_and_key_of_an_adapted_page_credit_its_sources(site_dir):
    """A printed worksheet copies the page's activities: it once had no credit of its source."""
    adapted = {src: meta for src, meta in declared_pages().items() if meta.get("source")}
    week = "workcom/week-2.md"
    assert week in adapted  # a printable page that adapts a work, or this test proves nothing
    page_lines = [
        " ".join(line.get_text(" ").split())
        for line in soup_of(built(site_dir, week)).select("footer .wc-licence__source")
    ]
    assert page_lines  # else two footers without a credit line would be equal
    for kind in ("worksheets", "keys"):
        printed = site_dir / "instructors" / kind / "week-2" / "index.html"
        lines = soup_of(printed).select("footer .wc-licence__source")
        assert [" ".join(line.get_text(" ").split()) for line in lines] == page_lines, kind


def test_a_page_that_adapts_nothing_shows_no_tasl_line(site_dir):
    meta = front_matter(DOCS / "about/licence.md")
    assert not meta.get("source")
    assert soup_of(site_dir / "about/licence/index.html").select(".wc-licence__source") == []


def test_the_footer_carries_cc_rel_rdfa(site_dir):
    footer = soup_of(site_dir / "lessons/when-you-dont-get-the-job/index.html").select_one(
        "footer .wc-licence"
    )
    assert "cc: http://creativecommons.org/ns#" in footer["prefix"]
    assert footer.select_one('[property="cc:attributionName"]').get_text(strip=True)
    assert footer.select_one('[rel~="cc:attributionURL"]')["href"].startswith("http")
    assert footer.select_one('[rel~="dct:source"]') is not None


def test_every_content_page_has_learning_resource_json_ld(html_pages, site_dir):
    checked = 0
    for path in html_pages:
        if path.name == "404.html":
            continue
        soup = soup_of(path)
        scripts = soup.select('script[type="application/ld+json"]')
        assert len(scripts) == 1, path
        data = json.loads(scripts[0].string)
        assert data["@type"] == "LearningResource"
        assert data["license"] == soup.select_one('footer a[rel~="license"]')["href"]
        assert data["inLanguage"] == soup.html["lang"]
        assert data["name"]
        checked += 1
    # Plus the worksheet and answer key pages the build generates (macros/printable_pages.py).
    generated = list((site_dir / "instructors").glob("*/*/index.html"))
    generated = [p for p in generated if p.parent.parent.name in ("worksheets", "keys")]
    assert checked == len(declared_pages()) + len(generated)


def test_json_ld_is_based_on_the_declared_sources(site_dir):
    for src, meta in declared_pages().items():
        soup = soup_of(built(site_dir, src))
        data = json.loads(soup.select_one('script[type="application/ld+json"]').string)
        declared = [s["url"] for s in as_list(meta.get("source"))]
        assert [work["url"] for work in data.get("isBasedOn", [])] == declared, src
        if meta.get("time"):
            assert data["timeRequired"].startswith("PT"), src
        if meta.get("level"):
            assert data["educationalLevel"] == meta["level"], src


def test_the_attributions_page_lists_exactly_the_declared_sources(site_dir):
    declared: dict[str, set[str]] = {}
    for src, meta in declared_pages().items():
        for source in as_list(meta.get("source")):
            declared.setdefault(source["url"], set()).add(src)
    assert declared, "no page declares a source: this test would prove nothing"
    page = site_dir / "about/attributions/index.html"
    items = soup_of(page).select('ul[data-kind="sources"] > li')
    listed = {
        item["data-url"]: {
            str((page.parent / a["href"]).resolve().relative_to(site_dir.resolve()))
            for a in item.select(".wc-attributions__uses a")
        }
        for item in items
    }
    expected = {
        url: {str(built(site_dir, src).parent.relative_to(site_dir)) for src in pages}
        for url, pages in declared.items()
    }
    assert len(items) == len(declared)
    assert listed == expected


def test_the_attributions_page_lists_exactly_the_declared_media(site_dir):
    declared = {
        credit["file"]
        for meta in declared_pages().values()
        for credit in as_list(meta.get("media"))
    }
    soup = soup_of(site_dir / "about/attributions/index.html")
    listed = {li["data-file"] for li in soup.select('ul[data-kind="media"] > li')}
    assert listed == declared
    if not declared:
        assert soup.select_one(".wc-attributions__none") is not None
