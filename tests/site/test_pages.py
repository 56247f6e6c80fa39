"""Every built page: a title, a language, one h1, and nothing fetched from another origin."""

from __future__ import annotations

import json
import re
from pathlib import Path

from bs4 import BeautifulSoup

from tests.support.html import css_urls, fetched_urls, is_other_origin, soup_of

PLACEHOLDER = re.compile(r"\b(?:lorem ipsum|TODO|TBD|FIXME|coming soon)\b", re.IGNORECASE)


def _problems(pages: list[Path], check) -> list[str]:
    problems = []
    for page in pages:
        problems += [f"{page.name} ({page.parent.name}): {p}" for p in check(soup_of(page))]
    return problems


def test_every_page_has_a_title_naming_the_site(html_pages):
    def check(soup):
        title = soup.title.get_text(strip=True) if soup.title else ""
        return [] if "Workplace English for Newcomers" in title else [f"title is {title!r}"]

    assert _problems(html_pages, check) == []


def test_every_page_declares_english(html_pages):
    assert (
        _problems(html_pages, lambda s: [] if s.html.get("lang") == "en" else ["no lang=en"]) == []
    )


def test_search_speaks_plainly_on_every_page(html_pages):
    """Material's "Initializing search" and "# matching documents" are hard words for a learner
    (overrides/partials/languages/custom.html); the search script reads them from __config."""
    plain = {
        "search.result.none": "No pages found",
        "search.result.one": "1 page found",
        "search.result.other": "# pages found",
        "search.result.placeholder": "Type a word to search",
    }

    def check(soup):
        words = json.loads(soup.select_one("#__config").string)["translations"]
        return [f"{key}: {words.get(key)!r}" for key in plain if words.get(key) != plain[key]]

    assert _problems(html_pages, check) == []


def test_every_page_has_exactly_one_h1(html_pages):
    def check(soup):
        count = len(soup.find_all("h1"))
        return [] if count == 1 else [f"{count} h1 elements"]

    assert _problems(html_pages, check) == []


def test_every_page_has_a_meta_description(html_pages):
    def check(soup):
        meta = soup.find("meta", attrs={"name": "description"})
        return [] if meta and len(meta.get("content", "")) > 30 else ["no meta description"]

    assert _problems(html_pages, check) == []


def test_no_page_fetches_anything_from_another_origin(html_pages):
    def check(soup):
        return [f"fetches {url}" for url in fetched_urls(soup) if is_other_origin(url)]

    assert _problems(html_pages, check) == []


def test_no_stylesheet_fetches_anything_from_another_origin(site_dir: Path):
    offenders = [
        f"{css.relative_to(site_dir)}: {url}"
        for css in site_dir.rglob("*.css")
        for url in css_urls(css.read_text(encoding="utf-8"))
        if is_other_origin(url)
    ]
    assert offenders == []


def test_no_page_shows_placeholder_text(html_pages):
    def check(soup):
        main = soup.find("article") or soup.body
        text = main.get_text(" ")
        return PLACEHOLDER.findall(text)

    assert _problems(html_pages, check) == []


def test_the_content_licence_is_linked_on_every_page(html_pages):
    def check(soup):
        licences = soup.select('footer a[rel~="license"]')
        ok = any("creativecommons.org/licenses/by-nc-sa/4.0" in a["href"] for a in licences)
        return [] if ok else ["no CC BY-NC-SA 4.0 licence link in the footer"]

    assert _problems(html_pages, check) == []


# What a field's label says when it asks for the learner's own details, and the autocomplete
# token the field must carry for that (WCAG 1.3.5, Identify Input Purpose; axe does not check it).
OWN_DETAILS = {"your name": "name", "your phone number": "tel", "your email address": "email"}


def test_every_field_for_the_learners_own_details_says_its_purpose(html_pages):
    found: list[str] = []

    def check(soup):
        problems = []
        # A letter's form waits in a <template>, which selectors do not look into: parse it too.
        forms = [BeautifulSoup(t.decode_contents(), "lxml") for t in soup.find_all("template")]
        for part in [soup, *forms]:
            for label in part.select("label[for]"):
                token = OWN_DETAILS.get(label.get_text(" ", strip=True).lower())
                field = part.find(id=label["for"]) if token else None
                if field is not None:
                    found.append(label["for"])
                    if field.get("autocomplete") != token:
                        problems.append(
                            f"#{label['for']}: autocomplete={field.get('autocomplete')}"
                        )
        return problems

    assert _problems(html_pages, check) == []
    assert len(found) > 10  # letters and rubrics (forms in templates included) were read
