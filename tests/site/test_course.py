"""The schedule page, course.ics and instructor notes in the built site; bad config fails the
build."""

from __future__ import annotations

from pathlib import Path

import pytest
from icalendar import Calendar

from tests.conftest import build_site
from tests.support.fixture_project import build_project
from tests.support.fixture_project import page as md_page
from tests.support.html import page_assets, soup_of
from tests.support.project import copy_project, replace_in


def test_the_schedule_lists_every_configured_module_with_dates(site_dir):
    soup = soup_of(site_dir / "workcom" / "schedule" / "index.html")
    weeks = soup.select(".wc-schedule__week")
    assert [w.select_one("h3 a").get_text(strip=True) for w in weeks] == [
        "Before you begin",
        "Week 1: Communicating with others at work",
        "Week 2: Peer review",
        "Week 3: Working together",
        "Week 4: Your presentation",
    ]
    first = weeks[0].select("time")
    assert first[0]["datetime"] == "2027-02-01"
    assert first[1]["datetime"] == "2027-02-03T18:30:00-06:00"
    assert first[2].get_text() == "Sunday, February 7, 2027"
    assert weeks[1].select_one("h3 a")["href"] == "../week-1/"


def test_the_schedule_links_the_calendar_file_that_the_build_wrote(site_dir):
    soup = soup_of(site_dir / "workcom" / "schedule" / "index.html")
    link = soup.find("a", string=lambda s: s and "Add to my calendar" in s)
    assert link["href"] == "../../course.ics"
    calendar = Calendar.from_ical((site_dir / "course.ics").read_bytes())
    assert len(calendar.walk("VEVENT")) == 2 * 5


def test_only_pages_with_a_component_load_its_files(site_dir):
    schedule = site_dir / "workcom" / "schedule" / "index.html"
    about = site_dir / "about" / "index.html"
    assert page_assets(schedule, site_dir) == ["css/schedule.css"]
    assert page_assets(about, site_dir) == []
    assert not soup_of(about).select('link[href*="assets/css/"], link[href*="assets/bundles/"]')
    assert not soup_of(about).select('script[src*="assets/js/"], script[src*="assets/bundles/"]')


def failed_build(tmp_path, old: str, new: str) -> str:
    """What the build of the project with `old` replaced by `new` in mkdocs.yml says; it fails."""
    config = copy_project(tmp_path)
    replace_in(config, old, new)
    result = build_site(tmp_path / "out", config)
    assert result.returncode != 0
    return result.stdout + result.stderr


def test_a_bad_course_setting_fails_the_build_with_key_and_fix(tmp_path):
    out = failed_build(tmp_path, 'start: "2027-02-01"', 'start: "2027-02-30"')
    lines = (tmp_path / "mkdocs.yml").read_text(encoding="utf-8").splitlines()
    line = next(n for n, text in enumerate(lines, 1) if 'start: "2027-02-30"' in text)
    assert f"'extra.course.start', line {line}: '2027-02-30' is not a day of the calendar" in out


def test_a_module_listed_twice_fails_the_build_at_its_line_of_mkdocs_yml(tmp_path):
    """An instructor counts entries from 1 and `weeks[2]` from 0: the line number says which."""
    out = failed_build(tmp_path, "- page: workcom/week-2.md", "- page: workcom/week-1.md")
    lines = (tmp_path / "mkdocs.yml").read_text(encoding="utf-8").splitlines()
    twice = [n for n, line in enumerate(lines, 1) if line.strip() == "- page: workcom/week-1.md"]
    assert f"mkdocs.yml, 'extra.course.weeks[2].page', line {twice[1]}: " in out
    assert "is listed twice" in out


def test_a_module_left_out_of_weeks_is_named_with_the_line_to_add(tmp_path):
    """Run a cohort once showed a shortened `weeks:` list; copied as it was, the build stopped
    with a fix about worksheet_link() and `printables: true`."""
    out = failed_build(tmp_path, "      - page: workcom/week-2.md\n", "")
    lines = (tmp_path / "docs/workcom/week-2.md").read_text(encoding="utf-8").splitlines()
    line = next(n for n, text in enumerate(lines, 1) if text.startswith("week:"))
    assert f"workcom/week-2.md, 'week', line {line}: workcom/week-2.md is a module of the" in out
    assert "add `- page: workcom/week-2.md` under `extra: course: weeks:`" in out


def test_a_nav_that_puts_the_weeks_in_another_order_than_weeks_fails_at_its_line(tmp_path):
    """Reordered in `weeks` but not in `nav`, Previous and Next would skip about the course."""
    two, three = (
        '      - "Week 2: Peer review": workcom/week-2.md\n',
        '      - "Week 3: Working together": workcom/week-3.md\n',
    )
    out = failed_build(tmp_path, two + three, three + two)
    lines = (tmp_path / "mkdocs.yml").read_text(encoding="utf-8").splitlines()
    line = next(n for n, text in enumerate(lines, 1) if text == three.rstrip("\n"))
    assert (
        f"mkdocs.yml, 'nav', line {line}: nav puts workcom/week-3.md before workcom/week-2.md"
        in out
    )
    assert "list the module pages in `nav` in the order of `weeks`" in out


def test_a_course_without_weeks_names_the_macro_that_needs_them(tmp_path):
    """A site of stand-alone lessons has no `weeks:`; a page that shows dates names its macro."""
    weeks = "".join(
        f"      - page: workcom/{page}.md\n"
        for page in ("before-you-begin", "week-1", "week-2", "week-3", "week-4")
    )
    out = failed_build(tmp_path, "    weeks:\n" + weeks, "")
    assert "no `weeks:` under `extra: course:`" in out
    assert "remove {{ this_week() }} from this page" in out


def test_instructor_pages_name_each_week_once_in_their_headings(site_dir):
    """The weekly plan and the assignment messages once said 'Week 1: Week 1: ...'."""
    for page in ("instructors/weekly-plan", "instructors/run-a-cohort"):
        soup = soup_of(site_dir / page / "index.html")
        for link in soup.select(".headerlink"):
            link.decompose()
        headings = [h.get_text(" ", strip=True) for h in soup.select("[id^=plan-], [id^=message-]")]
        headings = [h for h in headings if h.startswith(("Week", "Before"))]
        assert "Week 1: Communicating with others at work" in headings, page
        assert "Before you begin" in headings, page
        for heading in headings:
            assert not heading.startswith(("Week 1: Week", "Before you begin: Before")), heading


def test_the_weekly_plan_lists_its_weeks_on_this_page(site_dir):
    """The weeks' headings came from a macro as HTML, so "On this page" listed only "Other
    lessons": an instructor could not jump to Week 3."""
    soup = soup_of(site_dir / "instructors/weekly-plan/index.html")
    toc = soup.select_one(".md-sidebar--secondary nav.md-nav--secondary")
    listed = [" ".join(a.get_text().split()) for a in toc.select("a.md-nav__link")]
    weeks = [h["id"] for h in soup.select("article h2[id^=plan-]")]
    assert weeks == ["plan-0", "plan-1", "plan-2", "plan-3", "plan-4"]
    assert listed[:6] == [
        "Before you begin",
        "Week 1: Communicating with others at work",
        "Week 2: Peer review",
        "Week 3: Working together",
        "Week 4: Your presentation",
        "Other lessons",
    ]


FORK_COURSE = {
    "course": {
        "title": "Food Safety English",
        "start": "2027-04-05",
        "timezone": "America/Toronto",
        "class_day": "Tuesday",
        "class_time": "10:00",
        "weeks": [{"page": "food/week-1.md"}],
    }
}
FORK_PAGES = {
    "index.md": md_page({"title": "Home"}, "# Home\n\n{{ this_week() }}\n"),
    "food/week-1.md": md_page({"title": "Week 1: Clean hands", "week": 1}),
}


@pytest.fixture(scope="module")
def fork_base(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("fork-course")


def test_the_this_week_banner_links_the_forks_own_schedule_page(fork_base):
    """A fork with no workcom/ folder: the banner links the page that shows the schedule."""
    schedule = md_page({"title": "Schedule"}, "# Schedule\n\n{{ schedule() }}\n")
    pages = {**FORK_PAGES, "food/schedule.md": schedule}
    result = build_project(fork_base, pages, FORK_COURSE)
    assert result.returncode == 0, result.stdout + result.stderr
    banner = soup_of(Path(result.args[-1]) / "index.html").select_one(".wc-this-week__text a")
    assert banner is not None and banner["href"] == "food/schedule/"


def test_the_schedule_shows_a_break_and_a_class_moved_for_a_holiday(fork_base):
    """A week off showed only as a gap between two dates, a moved class only by its day."""
    pages = {
        **FORK_PAGES,
        "food/week-2.md": md_page({"title": "Week 2: Safe storage", "week": 2}),
        "food/schedule.md": md_page({"title": "Schedule"}, "# Schedule\n\n{{ schedule() }}\n"),
        "food/plan.md": md_page({"title": "Plan"}, "# Plan\n\n{{ facilitation_plan() }}\n"),
    }
    course = {"course": {**FORK_COURSE["course"], "weeks": [
        {"page": "food/week-1.md", "class_day": "Wednesday"},
        {"page": "food/week-2.md", "opens": "2027-04-19"},
    ]}}  # fmt: skip
    result = build_project(fork_base, pages, course)
    assert result.returncode == 0, result.stdout + result.stderr
    soup = soup_of(Path(result.args[-1]) / "food" / "schedule" / "index.html")
    first, second = soup.select(".wc-schedule__week")
    said = [" ".join(dd.get_text(" ").split()) for dd in first.select("dd")]
    assert said[1] == "Wednesday, April 7, 2027, 10 a.m. to 11:30 a.m. (not Tuesday this week)"
    assert " ".join(first.select_one(".wc-schedule__break").get_text(" ").split()) == (
        "Break: no class from Monday, April 12, 2027 to Sunday, April 18, 2027."
    )
    assert "not Tuesday" not in second.get_text() and not second.select(".wc-schedule__break")
    # The instructor's Weekly plan says both too.
    plan = soup_of(Path(result.args[-1]) / "food" / "plan" / "index.html")
    first, second = (
        [" ".join(li.get_text(" ").split()) for li in week.select("li")]
        for week in plan.select(".wc-plan__week")
    )
    assert "Class: Wednesday, April 7, 2027, 10 a.m. (not Tuesday this week)" in first
    assert "Then a break: no class from Monday, April 12, 2027 to Sunday, April 18, 2027." in first
    assert not [line for line in second if "break" in line or "not Tuesday" in line]


def test_a_this_week_banner_with_no_schedule_page_names_the_page_and_the_fix(fork_base):
    result = build_project(fork_base, FORK_PAGES, FORK_COURSE)
    out = result.stdout + result.stderr
    assert result.returncode != 0
    assert "index.md" in out and "this_week() links the course schedule" in out
    assert "add a Schedule page with {{ schedule() }} on it" in out
