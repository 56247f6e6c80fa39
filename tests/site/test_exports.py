"""LMS exports in the built site: a GIFT file and a QTI zip for every week, the lesson and the
course, listed on the instructors' page, and matching the quiz registry."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml

from tests.conftest import ROOT
from tests.support.gift import gift_categories, parse_gift
from tests.support.html import soup_of
from tests.support.qti import CANVAS, expected_correct, gift_matches, gift_of, read_qti_zip
from tests.support.quizzes import quiz_entries

PAGE = "instructors/lms-exports/index.html"


class _Loader(yaml.SafeLoader):
    """mkdocs.yml with its !ENV tags read as their default value."""


_Loader.add_constructor("!ENV", lambda loader, node: loader.construct_sequence(node)[-1])


def week_pages() -> list[str]:
    """The module pages of the course configuration in mkdocs.yml."""
    config = yaml.load((ROOT / "mkdocs.yml").read_text(encoding="utf-8"), Loader=_Loader)
    return [week["page"] for week in config["extra"]["course"]["weeks"]]


def expected_sets() -> list[str]:
    """File stems: each week, the lesson, the whole course."""
    return [Path(p).stem for p in week_pages()] + [
        "when-you-dont-get-the-job",
        "workplace-communications",
    ]


def test_every_week_the_lesson_and_the_course_have_both_files(site_dir: Path) -> None:
    exports = site_dir / "exports"
    written = sorted(p.name for p in exports.iterdir())
    wanted = sorted(f"{s}.{ext}" for s in expected_sets() for ext in ("gift.txt", "qti.zip"))
    assert written == wanted


def test_the_page_links_every_file_with_its_size_and_question_count(site_dir: Path) -> None:
    soup = soup_of(site_dir / PAGE)
    links = soup.select(".wc-exports a[href]")
    targets = {(site_dir / PAGE).parent.joinpath(a["href"]).resolve() for a in links}
    files = set((site_dir / "exports").iterdir())
    assert targets == {f.resolve() for f in files} and len(links) == len(files)
    for link in links:
        path = (site_dir / PAGE).parent.joinpath(link["href"]).resolve()
        facts = link.find_next("small").get_text()
        size = int(re.search(r"(\d+) bytes", facts)[1]) if "bytes" in facts else None
        kb = re.search(r"([\d.]+) KB", facts)
        assert size == path.stat().st_size or float(kb[1]) == round(path.stat().st_size / 1000, 1)
        count = int(re.search(r"(\d+) questions?", facts)[1])
        if path.name.endswith(".gift.txt"):
            assert count == len(parse_gift(path.read_text(encoding="utf-8")))
        else:
            assert count == len(read_qti_zip(path.read_bytes()))
    nav = [a.get_text(strip=True) for a in soup.select(".md-nav a")]
    assert "Quizzes for your LMS" in nav


@pytest.mark.parametrize("stem", expected_sets())
def test_each_export_matches_the_registry(site_dir: Path, stem: str) -> None:
    registry = quiz_entries(site_dir)
    if stem == "workplace-communications":
        pages = week_pages()
    elif stem == "when-you-dont-get-the-job":
        pages = ["lessons/when-you-dont-get-the-job.md"]
    else:
        pages = [p for p in week_pages() if Path(p).stem == stem]
    wanted = [e for e in registry if e["page"] in pages]
    assert wanted, "each set has quizzes"
    items = read_qti_zip((site_dir / "exports" / f"{stem}.qti.zip").read_bytes())
    assert list(items) == [e["id"] for e in wanted]
    questions = parse_gift((site_dir / "exports" / f"{stem}.gift.txt").read_text("utf-8"))
    for entry in wanted:
        item = items[entry["id"]]
        assert (item.type, item.correct) == (CANVAS[entry["type"]], expected_correct(entry))
        gift_matches(gift_of(questions, entry), entry)
    assert sum(len(gift_of(questions, e)) for e in wanted) == len(questions)


def test_the_course_gift_file_gives_each_week_its_own_category(site_dir: Path) -> None:
    """Imported into Moodle, the whole course keeps its weeks apart, named as in the week files."""
    exports = site_dir / "exports"
    text = (exports / "workplace-communications.gift.txt").read_text("utf-8")
    questions, registry = parse_gift(text), quiz_entries(site_dir)
    per_week = [
        (page, [q.id for e in registry if e["page"] == page for q in gift_of(questions, e)])
        for page in week_pages()
    ]
    categories = gift_categories(text)
    assert [ids for _, ids in categories] == [ids for _, ids in per_week if ids]
    parent = "$course$/Workplace Communications - all weeks/"
    for (path, _), (page, _) in zip(categories, [w for w in per_week if w[1]], strict=True):
        assert path.startswith(parent)
        week_file = exports / f"{Path(page).stem}.gift.txt"
        if week_file.is_file():  # a week with `exports: false` has no file of its own
            (own, _), *_ = gift_categories(week_file.read_text("utf-8"))
            assert path == parent + own.removeprefix("$course$/")


def test_the_list_fails_the_build_when_it_renders_before_a_quiz(tmp_path: Path) -> None:
    """Without page_order.py, a list on a/list.md renders before lessons/b.md's quiz: refused."""
    from tests.support.fixture_project import build_project, page

    quiz = '{% call quiz("b-one", "Pick one.") %}\n- [x] Yes\n- [ ] No\n{% endcall %}\n'
    lister = page({"title": "A", "uses_all_quizzes": True}, "# A\n\n{{ lms_exports() }}\n")
    result = build_project(
        tmp_path, {"a/list.md": lister, "lessons/b.md": page({"title": "B", "exports": True}, quiz)}
    )
    assert result.returncode != 0
    assert "built before every quiz was read" in result.stdout + result.stderr
    assert "a/list.md" in result.stderr and "page_order.py" in result.stderr
    # Control: the same list on zz/list.md renders after the quiz, so the build passes.
    control = build_project(
        tmp_path,
        {"zz/list.md": lister, "lessons/b.md": page({"title": "B", "exports": True}, quiz)},
    )
    assert control.returncode == 0, control.stderr


def test_exports_true_on_a_page_without_quizzes_fails_the_build(tmp_path: Path) -> None:
    from tests.support.fixture_project import build_project, page

    result = build_project(
        tmp_path, {"lessons/c.md": page({"title": "C", "exports": True}, "# C\n")}
    )
    assert result.returncode != 0
    assert (
        "lessons/c.md: exports: true, but the page has no quiz to export. "
        "Fix: add a quiz, or remove exports: true"
    ) in result.stderr


def test_an_arrow_that_moodle_would_misread_stops_the_build_only_where_quizzes_export(
    tmp_path: Path,
) -> None:
    from tests.support.fixture_project import build_project, page

    quiz = (
        '{% call quiz("b-steps", "Put in order.", type="order") %}\n'
        "1. Open the file.\n2. Choose File -> Save As.\n{% endcall %}\n"
    )
    result = build_project(tmp_path, {"lessons/b.md": page({"title": "B", "exports": True}, quiz)})
    assert result.returncode != 0
    assert (
        "lessons/b.md, 'b-steps': LMS export: the step 'Choose File -> Save As.' has \"->\""
    ) in result.stderr
    # Control: without `exports: true` the page gets no files, and may keep its arrow.
    control = build_project(tmp_path, {"lessons/b.md": page({"title": "B"}, quiz)})
    assert control.returncode == 0, control.stderr
