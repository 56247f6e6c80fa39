"""Content standards on the built site: plain language (readability), spelling, own words."""

from __future__ import annotations

import re
import subprocess
import sys
from datetime import datetime
from pathlib import Path

import pytest
import textstat
from bs4 import BeautifulSoup
from mkdocs.utils.yaml import yaml_load

from macros.frontmatter import all_meta
from tests.support.html import soup_of

ROOT = Path(__file__).resolve().parents[2]
TARGET_GRADE = 8.0
OVERLAP = ROOT.parent / "shared" / "tools" / "overlap.py"
# Not learner prose: components (quizzes, letters, workbook), instructor notes, code.
NOT_PROSE = "[class^='wc-'], [class*=' wc-'], .admonition.instructor, pre, code, .md-source-file"

READABILITY: list[tuple[str, float, int, str]] = []  # printed by tests/conftest.py


def prose(soup: BeautifulSoup) -> str:
    """The learner-facing prose of a page: its article without components or instructor notes."""
    article = soup.find("article")
    for element in article.select(NOT_PROSE):
        element.decompose()
    blocks = [
        el.get_text(" ", strip=True) for el in article.find_all(["p", "li", "dd", "h2", "h3"])
    ]
    # Each block is one sentence at least, even a list item without a full stop.
    return " ".join(b if b.endswith((".", "?", "!", ":")) else b + "." for b in blocks if b)


def learner_pages(site_dir: Path) -> dict[str, tuple[Path, dict]]:
    """Every page written for learners (not the instructors' section), with its front matter."""
    pages = {}
    for src, meta in all_meta(ROOT / "docs").items():
        if src.startswith("instructors/"):
            continue
        stem = src.removesuffix(".md")
        built = site_dir / (
            "index.html" if stem == "index" else f"{stem.removesuffix('index')}/index.html"
        )
        pages[src] = (built.resolve(), meta)
    return pages


def test_every_learner_page_reads_at_grade_8_or_below(site_dir):
    too_hard = []
    for src, (built, meta) in sorted(learner_pages(site_dir).items()):
        text = prose(soup_of(built))
        grade = textstat.flesch_kincaid_grade(text)
        exception = meta.get("readability_exception", "")
        READABILITY.append((src, grade, textstat.lexicon_count(text), exception))
        if grade > TARGET_GRADE and not exception:
            too_hard.append(f"{src}: grade {grade:.1f}")
    assert too_hard == [], "simplify these pages, or explain with `readability_exception:`"


def test_readability_sees_a_hard_page_as_hard():
    hard = BeautifulSoup(
        "<article><p>Notwithstanding organizational considerations, comprehensive "
        "documentation substantially facilitates interdepartmental communication "
        "effectiveness.</p></article>",
        "lxml",
    )
    assert textstat.flesch_kincaid_grade(prose(hard)) > TARGET_GRADE


def test_spelling_is_clean_with_the_project_word_list():
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "codespell_lib",
            "docs",
            "macros",
            "overrides",
            "bench",
            "README.md",
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_spelling_check_catches_a_typo(tmp_path):
    typo = tmp_path / "typo.md"
    typo.write_text("Please recieve my thanks.\n")
    result = subprocess.run([sys.executable, "-m", "codespell_lib", str(typo)], capture_output=True)
    assert result.returncode != 0


@pytest.mark.skipif(
    not OVERLAP.exists(), reason="the shared overlap tool is not beside this checkout"
)
def test_no_sentence_is_copied_from_the_source_article():
    result = subprocess.run(
        [sys.executable, str(OVERLAP), "docs"], cwd=ROOT, capture_output=True, text=True
    )
    assert result.returncode == 0, result.stdout[-3000:]
    assert result.stdout.startswith("0 copied")


def test_every_lesson_page_shows_its_time_objectives_and_key_points(site_dir):
    lessons = {src: v for src, v in learner_pages(site_dir).items() if "objectives" in v[1]}
    assert len(lessons) >= 6, "almost no lesson pages: the check would prove nothing"
    missing = []
    for src, (built, meta) in lessons.items():
        article = soup_of(built).find("article")
        for meaning in article.select("[popover]"):  # a glossary meaning shows only on request
            meaning.decompose()
        text = article.get_text()
        wanted = [f"about {meta['time']} minutes", *meta["objectives"], *meta.get("key_points", [])]
        missing += [
            f"{src}: {w}" for w in wanted if " ".join(w.split()) not in " ".join(text.split())
        ]
    assert missing == []


WEEKDAY_DATE = re.compile(
    r"\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),? (January|February|March|"
    r"April|May|June|July|August|September|October|November|December) (\d{1,2})(?:, (\d{4}))?"
)


def wrong_weekdays(text: str, year: int) -> list[str]:
    """Each "Friday, May 16" whose date is another weekday (in its own year, else in `year`)."""
    wrong = []
    for match in WEEKDAY_DATE.finditer(text):
        day, month, number, own_year = match.groups()
        try:
            when = datetime.strptime(f"{month} {number} {own_year or year}", "%B %d %Y")
        except ValueError:
            wrong.append(f"{match.group(0)} is no date in {own_year or year}")
            continue
        if when.strftime("%A") != day:
            wrong.append(f"{match.group(0)} is a {when.strftime('%A')} in {when.year}")
    return wrong


def test_a_weekday_written_with_a_date_is_that_dates_weekday_in_the_course_year():
    """A sample email says "next Friday, May 14": in the course's year it must be a Friday
    (Week 3 teaches learners to check dates, and a learner with a calendar will)."""
    with open(ROOT / "mkdocs.yml", encoding="utf-8") as config:
        year = int(str(yaml_load(config)["extra"]["course"]["start"])[:4])
    wrong = []
    for path in sorted((ROOT / "docs").rglob("*.md")):  # pages and the files they include
        text = path.read_text(encoding="utf-8")
        wrong += [f"{path.relative_to(ROOT)}: {w}" for w in wrong_weekdays(text, year)]
    assert wrong == [], "change the weekday or the date"


def test_the_weekday_check_catches_a_date_on_another_day():
    assert wrong_weekdays("Could I take next Friday, May 16, off?", 2027) == [
        "Friday, May 16 is a Sunday in 2027"
    ]
    assert wrong_weekdays("It was on Friday, May 16, 2025.", 2027) == []
    assert wrong_weekdays("Come on Monday, February 29.", 2027) == [
        "Monday, February 29 is no date in 2027"
    ]
