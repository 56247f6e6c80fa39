"""Link checking over a built site: every internal link and #fragment resolves; external links
are collected (never fetched).

Looks at every URL a reader or a script can follow: attributes of every element in every page
(href, src, srcset, action, poster, data), links inside component data (`data-weeks`, the My work
index), the JSON-LD, url() in stylesheets, and the generated files (quizzes.json, course.ics,
sitemap.xml, the search index).
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from urllib.parse import unquote, urljoin, urlsplit

from bs4 import BeautifulSoup

from tests.support.html import css_urls

URL_ATTRIBUTES = ("href", "src", "action", "poster", "data", "cite")
NOT_LINKS = {"mailto", "tel", "data", "blob", "about"}
# Per the HTML standard, "#" and "#top" scroll to the top even when no element has that id.
TOP = {"", "top"}


@dataclass
class Report:
    """What a link check found."""

    broken: list[str] = field(default_factory=list)
    external: dict[str, set[str]] = field(default_factory=dict)  # url -> pages that link it
    checked: int = 0


class Site:
    """A built site on disk, with the ids of each page read once."""

    def __init__(self, root: Path, site_url: str = "") -> None:
        self.root = root.resolve()
        self.site_url = site_url
        self._ids = cache(self._read_ids)

    def target(self, url_path: str) -> Path | None:
        """The file a site-relative URL path serves ('' -> index.html), or None."""
        path = (self.root / unquote(url_path)).resolve()
        if not path.is_relative_to(self.root):
            return None
        if path.is_dir():
            path = path / "index.html"
        return path if path.is_file() else None

    def _read_ids(self, path: Path) -> frozenset[str]:
        soup = BeautifulSoup(path.read_text(encoding="utf-8"), "lxml")
        ids = {tag["id"] for tag in soup.find_all(id=True)}
        ids |= {tag["name"] for tag in soup.find_all("a", attrs={"name": True})}
        return frozenset(ids)

    def ids(self, path: Path) -> frozenset[str]:
        """Every id (and <a name>) in an HTML file."""
        return self._ids(path)

    def check(self, url: str, base: str, where: str, report: Report) -> None:
        """Check one URL found at `where`, relative to the site-relative URL `base`."""
        url = url.strip()
        if not url:
            return
        if self.site_url and url.startswith(self.site_url):
            url = "/" + url[len(self.site_url) :]  # an absolute link to this site
        parts = urlsplit(url)
        scheme = parts.scheme.lower()
        if scheme in NOT_LINKS:
            return
        if scheme == "javascript":
            report.broken.append(f"{where}: javascript: link {url!r}")
            return
        if scheme or parts.netloc:
            report.external.setdefault(url, set()).add(where)
            return
        report.checked += 1
        absolute = urljoin("http://site.invalid/" + base, url)
        path = urlsplit(absolute).path.lstrip("/")
        file = self.target(path)
        if file is None:
            report.broken.append(f"{where}: {url!r} leads to no file (/{path})")
            return
        fragment = unquote(parts.fragment)
        if fragment in TOP or file.suffix != ".html":
            return
        if fragment not in self.ids(file):
            report.broken.append(f"{where}: {url!r}: no id {fragment!r} in /{path}")


def page_url(root: Path, page: Path) -> str:
    """The site-relative URL of a built page's folder ('workcom/week-1/index.html' -> same)."""
    return page.relative_to(root).as_posix()


def _json_hrefs(value: object, keys: tuple[str, ...]) -> Iterator[str]:
    """Every string under one of `keys`, anywhere in parsed JSON."""
    if isinstance(value, dict):
        for key, inner in value.items():
            if key in keys and isinstance(inner, str):
                yield inner
            else:
                yield from _json_hrefs(inner, keys)
    elif isinstance(value, list):
        for inner in value:
            yield from _json_hrefs(inner, keys)


def page_links(soup: BeautifulSoup) -> Iterator[tuple[str, str]]:
    """(url, how it is relative) for every link in a page: 'page' or 'root' (site root)."""
    for tag in soup.find_all(True):
        for name in URL_ATTRIBUTES:
            value = tag.get(name)
            if isinstance(value, str) and not (name == "data" and tag.name != "object"):
                yield value, "page"
        for candidate in (tag.get("srcset") or "").split(","):
            if candidate.strip():
                yield candidate.split()[0], "page"
        if tag.get("style"):
            for url in css_urls(tag["style"]):
                yield url, "page"
        # A component's own data: the This-week banner's weeks link from the page.
        if tag.get("data-weeks"):
            for href in _json_hrefs(json.loads(tag["data-weeks"]), ("href",)):
                yield href, "page"
    for script in soup.find_all("script", type="application/ld+json"):
        for url in _json_hrefs(json.loads(script.get_text()), ("url", "contentUrl")):
            yield url, "page"
    # The My work index: page URLs from the site root.
    index = soup.find("script", id="wc-my-work-index")
    if index is not None:
        for url in _json_hrefs(json.loads(index.get_text()), ("url",)):
            yield url, "root"


def site_url_of(root: Path) -> str:
    """The site_url a site was built with, read from its home page's canonical link."""
    soup = BeautifulSoup((root / "index.html").read_text(encoding="utf-8"), "lxml")
    canonical = soup.find("link", rel="canonical")
    return canonical["href"] if canonical else ""


def check_site(root: Path, site_url: str | None = None) -> Report:
    """Check every link of every page and generated file of a built site."""
    site = Site(root, site_url_of(root) if site_url is None else site_url)
    report = Report()
    for page in sorted(site.root.rglob("*.html")):
        base = page_url(site.root, page)
        soup = BeautifulSoup(page.read_text(encoding="utf-8"), "lxml")
        for url, relative_to in page_links(soup):
            site.check(url, base if relative_to == "page" else "", base, report)
    for css in sorted(site.root.rglob("*.css")):
        base = page_url(site.root, css)
        for url in css_urls(css.read_text(encoding="utf-8")):
            site.check(url, base, base, report)
    generated = {
        "quizzes.json": lambda text: _json_hrefs(json.loads(text), ("url",)),
        "search/search_index.json": lambda text: _json_hrefs(json.loads(text), ("location",)),
        "course.ics": lambda text: (
            re.findall(r"^URL[^:]*:(.*?)\r?$", text, re.M)
            + re.findall(r"(https?://\S+?)(?:\\n|\r?$)", text, re.M)
        ),
        "sitemap.xml": lambda text: re.findall(r"<loc>(.*?)</loc>", text),
    }
    for name, extract in generated.items():
        path = site.root / name
        if path.is_file():
            text = re.sub(r"\r?\n[ \t]", "", path.read_text(encoding="utf-8"))  # unfold .ics
            for url in extract(text):
                site.check(url, "", name, report)
    report.broken = list(dict.fromkeys(report.broken))
    return report
