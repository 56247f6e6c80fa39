"""Parser-based helpers for asserting on built HTML (used by site and browser tests)."""

from __future__ import annotations

import re
from pathlib import Path
from urllib.parse import urlsplit

from bs4 import BeautifulSoup

# <link rel=...> values that make a browser fetch the href. license, canonical, prev, next,
# alternate and author are only references and are never fetched.
FETCHED_LINK_RELS = {
    "stylesheet",
    "icon",
    "shortcut",
    "apple-touch-icon",
    "preload",
    "prefetch",
    "modulepreload",
    "manifest",
    "dns-prefetch",
    "preconnect",
}

CSS_URL = re.compile(r"""url\(\s*(['"]?)(.*?)\1\s*\)""", re.IGNORECASE)
CSS_IMPORT = re.compile(r"""@import\s+(['"])(.*?)\1""", re.IGNORECASE)


def soup_of(path: Path) -> BeautifulSoup:
    """Parse a built page."""
    return BeautifulSoup(path.read_text(encoding="utf-8"), "lxml")


def template_contents(html: str, selector: str) -> BeautifulSoup:
    """What a <template> holds, parsed as its own fragment (a parser keeps it out of the tree)."""
    return BeautifulSoup(BeautifulSoup(html, "lxml").select_one(selector).decode_contents(), "lxml")


def page_assets(page: Path, site_dir: Path) -> list[str]:
    """The component files (under docs/assets/) a built page loads, read from its bundles."""
    from macros.assets import BUNDLE_DIR, bundle_sources

    soup = soup_of(page)
    refs = [t["href"] for t in soup.select(f'link[rel="stylesheet"][href*="{BUNDLE_DIR}/"]')]
    refs += [t["src"] for t in soup.select(f'script[src*="{BUNDLE_DIR}/"]')]
    files: list[str] = []
    for ref in refs:
        bundle = site_dir / BUNDLE_DIR / ref.rsplit("/", 1)[-1]
        files += bundle_sources(bundle.read_text(encoding="utf-8"))
    return files


def css_urls(css: str) -> list[str]:
    """Every url(...) and @import target in a piece of CSS."""
    return [m.group(2) for m in CSS_URL.finditer(css)] + [
        m.group(2) for m in CSS_IMPORT.finditer(css)
    ]


def fetched_urls(soup: BeautifulSoup) -> list[str]:
    """Every URL a browser would fetch to show this page (not counting what scripts do)."""
    urls: list[str] = []
    for tag in soup.find_all(
        ["script", "img", "iframe", "source", "audio", "video", "embed", "track", "input"]
    ):
        if tag.get("src"):
            urls.append(tag["src"])
    for tag in soup.find_all(["img", "source"]):
        for candidate in (tag.get("srcset") or "").split(","):
            if candidate.strip():
                urls.append(candidate.split()[0])
    for tag in soup.find_all("object"):
        if tag.get("data"):
            urls.append(tag["data"])
    for tag in soup.find_all("video"):
        if tag.get("poster"):
            urls.append(tag["poster"])
    for tag in soup.find_all("link"):
        rels = {r.lower() for r in tag.get("rel") or []}
        if rels & FETCHED_LINK_RELS and tag.get("href"):
            urls.append(tag["href"])
    for tag in soup.find_all("style"):
        urls.extend(css_urls(tag.get_text()))
    for tag in soup.find_all(style=True):
        urls.extend(css_urls(tag["style"]))
    return urls


def is_other_origin(url: str) -> bool:
    """True when fetching `url` from a page of this site would leave the site's origin."""
    url = url.strip()
    if url.startswith("//"):
        return True
    return bool(urlsplit(url).scheme) and urlsplit(url).scheme.lower() not in {"data", "blob"}
