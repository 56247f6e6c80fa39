"""Worksheets, answer keys and the instructor guide in the built site (one strict build)."""

from __future__ import annotations

import json
import re
from pathlib import Path
from urllib.parse import urljoin, urlsplit

import pytest

from tests.support.html import soup_of
from tests.support.printables import in_order, key_only_texts, squash
from tests.support.quizzes import plain, quiz_entries


def built(site_dir: Path, url: str) -> Path:
    """The file that serves a site-relative URL."""
    path = site_dir / url
    return path / "index.html" if url.endswith("/") or not url else path


def printables(site_dir: Path) -> list[tuple[str, Path, Path]]:
    """(page url, worksheet file, key file) of every page with quizzes in the registry."""
    urls = sorted({e["url"] for e in quiz_entries(site_dir)} - {"instructors/authoring-quizzes/"})
    out = []
    for url in urls:
        name = url.rstrip("/").rsplit("/", 1)[-1]
        out.append(
            (
                url,
                site_dir / "instructors" / "worksheets" / name / "index.html",
                site_dir / "instructors" / "keys" / name / "index.html",
            )
        )
    return out


def main_text(path: Path) -> str:
    return soup_of(path).select_one("article").get_text(" ")


def test_every_page_with_quizzes_has_a_worksheet_and_a_key(site_dir):
    found = printables(site_dir)
    assert len(found) >= 6
    for _url, sheet, key in found:
        assert sheet.is_file(), sheet
        assert key.is_file(), key


def test_every_quiz_of_a_page_is_in_its_worksheet_and_its_key(site_dir):
    for url, sheet, key in printables(site_dir):
        sheet_text, key_text = main_text(sheet), main_text(key)
        entries = quiz_entries(site_dir, url)
        prompts = [plain(e["prompt"]) for e in entries]
        assert in_order(sheet_text, prompts), sheet
        assert in_order(key_text, prompts), key
        assert len(soup_of(key).select(".wc-sheet__item")) == len(entries)


def sections(path: Path) -> dict[str, str]:
    """Each activity of a worksheet or key: its squashed title (without its number) -> its text."""
    out = {}
    for item in soup_of(path).select(".wc-sheet__item"):
        title = item.select_one(".wc-sheet__title")
        number = title.select_one(".wc-sheet__number").get_text()
        out[squash(title.get_text()).removeprefix(squash(number))] = item.get_text(" ")
    return out


def test_the_key_has_every_answer_and_the_worksheet_none(site_dir):
    checked = 0
    for url, sheet, key in printables(site_dir):
        sheet_items, key_items = sections(sheet), sections(key)
        for entry in quiz_entries(site_dir, url):
            prompt = squash(plain(entry["prompt"]))
            sheet_text, key_text = sheet_items[prompt], key_items[prompt]
            for text in key_only_texts(entry):
                assert squash(text) in squash(key_text), f"{entry['id']}: {text!r} not in the key"
                assert squash(text) not in squash(sheet_text), f"{entry['id']}: {text!r} shown"
                checked += 1
            if entry["type"] == "order":
                assert in_order(key_text, entry["answers"]), entry["id"]
                assert not in_order(sheet_text, entry["answers"]), entry["id"]
    assert checked > 50


def test_the_worksheet_html_carries_no_answer_data(site_dir):
    for _url, sheet, key in printables(site_dir):
        html = sheet.read_text(encoding="utf-8")
        for marker in ("data-ok", "data-answers", "data-answer=", "wc-sheet__right", "wc-quiz"):
            assert marker not in html, f"{sheet}: {marker}"
        assert "wc-sheet__right" in key.read_text(encoding="utf-8")  # the control


def test_answers_stay_out_of_the_search_index(site_dir):
    index = json.loads((site_dir / "search" / "search_index.json").read_text(encoding="utf-8"))
    locations = [doc["location"] for doc in index["docs"]]
    assert not [
        loc for loc in locations if loc.startswith(("instructors/keys", "instructors/worksheets"))
    ]
    assert any(loc.startswith("workcom/week-1/") for loc in locations)  # the control
    text = squash(" ".join(doc["text"] for doc in index["docs"]))
    feedback = [
        plain(f)
        for e in quiz_entries(site_dir)
        if not e["url"].startswith("instructors/")  # the authoring guide quotes its examples
        for f in e["feedback"]
        if len(f) > 30
    ]
    assert feedback
    assert [f for f in feedback if squash(f) in text] == []


def links_of(path: Path, selector: str) -> list[str]:
    return [a["href"] for a in soup_of(path).select(f"{selector} a[href]")]


def resolves(site_dir: Path, page: Path, href: str) -> bool:
    """True when a relative link from a built page lands on a built file."""
    base = "/" + page.relative_to(site_dir).as_posix()
    target = urlsplit(urljoin(base, href)).path.lstrip("/")
    path = site_dir / target
    return (path / "index.html").is_file() if target.endswith("/") or not target else path.is_file()


def test_a_worksheet_names_the_course_of_a_module_and_the_site_of_another_lesson(site_dir):
    """A week's worksheet belongs to the course; a stand-alone lesson's to the site."""
    sheets = site_dir / "instructors" / "worksheets"
    week = soup_of(sheets / "week-1" / "index.html").select_one(".wc-sheet__intro")
    lesson = soup_of(sheets / "when-you-dont-get-the-job" / "index.html").select_one(
        ".wc-sheet__intro"
    )
    assert week.get_text().startswith("Workplace Communications. Print this page")
    assert week.a.get_text() == "web page of this module"
    assert lesson.get_text().startswith("Workplace English for Newcomers. Print this page")
    assert lesson.a.get_text() == "web page of this lesson"


def test_each_week_page_links_its_worksheet_and_the_links_work(site_dir):
    for url, sheet, _key in printables(site_dir):
        page = built(site_dir, url)
        links = links_of(page, ".wc-print-link")
        assert len(links) == 1, url
        target = urlsplit(urljoin("/" + url, links[0])).path.lstrip("/")
        assert site_dir / target / "index.html" == sheet


@pytest.mark.parametrize(
    "selector", [".wc-sheet", ".wc-plan", ".wc-printables"], ids=["sheets", "plan", "list"]
)
def test_links_of_the_printables_and_the_plan_work(site_dir, selector):
    pages = [p for _u, s, k in printables(site_dir) for p in (s, k)] + [
        site_dir / "instructors" / "index.html",
        site_dir / "instructors" / "weekly-plan" / "index.html",
    ]
    checked = 0
    for page in pages:
        for href in links_of(page, selector):
            assert resolves(site_dir, page, href), f"{page}: {href}"
            checked += 1
    assert checked > 0
    assert not resolves(site_dir, pages[0], "../no-such-page/")  # the control


def test_the_guide_lists_a_worksheet_and_key_for_every_printable_page(site_dir):
    guide = site_dir / "instructors" / "index.html"
    hrefs = links_of(guide, ".wc-printables")
    for _url, sheet, key in printables(site_dir):
        for target in (sheet, key):
            rel = target.parent.relative_to(site_dir / "instructors").as_posix() + "/"
            assert rel in hrefs, rel


def test_each_assignment_message_links_its_module_by_its_full_address(site_dir):
    page = site_dir / "instructors" / "run-a-cohort" / "index.html"
    schedule = soup_of(site_dir / "workcom" / "schedule" / "index.html")
    modules = [a.get_text(strip=True) for a in schedule.select(".wc-schedule__week h3 a")]
    messages = soup_of(page).select("pre.wc-message")
    assert len(messages) == len(modules) > 0
    for text, title in zip((m.get_text() for m in messages), modules, strict=True):
        url = re.search(r"^https?://\S+$", text, re.MULTILINE).group(0)
        target = built(site_dir, urlsplit(url).path.lstrip("/"))
        assert soup_of(target).title.get_text().startswith(title), url
        assert f"“{title}”" in text
        assert "Please finish the module by the end of" in text


def test_worksheets_and_keys_share_one_navigation_and_hide_both_sidebars(site_dir):
    def sidebars(path: str):
        soup = soup_of(site_dir / path)
        return soup.select_one(".md-sidebar--primary"), soup.select_one(".md-sidebar--secondary")

    sheet_nav, sheet_toc = sidebars("instructors/worksheets/week-1/index.html")
    key_nav, key_toc = sidebars("instructors/keys/week-2/index.html")
    assert sheet_nav.has_attr("hidden") and sheet_toc.has_attr("hidden")
    assert key_nav.has_attr("hidden") and key_toc.has_attr("hidden")
    assert str(sheet_nav) == str(key_nav)  # rendered once, reused
    assert len(sheet_nav.select("a.md-nav__link")) > 5
    assert not sheet_nav.select(".md-nav__link--active")
    week_nav, _ = sidebars("workcom/week-1/index.html")
    assert not week_nav.has_attr("hidden") and week_nav.select(".md-nav__link--active")


def test_each_module_page_ends_with_what_its_assignment_message_asks_for(site_dir):
    messages = soup_of(site_dir / "instructors" / "run-a-cohort" / "index.html")
    texts = [m.get_text() for m in messages.select("pre.wc-message")]
    assert len(texts) == 5
    for n, text in enumerate(texts):
        url = re.search(r"^https?://\S+$", text, re.MULTILINE).group(0)
        page = built(site_dir, urlsplit(url).path.lstrip("/"))
        box = soup_of(page).select_one(".wc-before-you-go")
        assert box is not None, page
        asked = re.findall(r"^- (.+)$", text.split("What to hand in:")[1], re.MULTILINE)
        assert [li.get_text(strip=True) for li in box.select("li")] == asked
        due = re.search(r"by the end of (.+)\.$", text, re.MULTILINE).group(1)
        assert f"by the end of {due}:" in box.get_text(" ", strip=True)
        assert box.select_one('a[href$="my-work/"]')
        nxt = box.find("a", string=re.compile("Week|Before"))
        if n < len(texts) - 1:  # every module but the last names the next one
            following = re.search(r"module is “(.+)”", texts[n + 1]).group(1)
            assert nxt.get_text(strip=True) == following
        else:
            assert nxt is None and "last module" in box.get_text()
