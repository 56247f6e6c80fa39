"""The For instructors guides describe the generator, so a fork keeps them: they must build
without the course this repository ships (workcom/, lessons/)."""

from __future__ import annotations

import posixpath
import re

import yaml

from tests.conftest import ROOT

DOCS = ROOT / "docs"
# Pages every fork keeps: the guides themselves and the site-wide pages they point to.
KEPT = re.compile(r"^(instructors/|about/|glossary\.md|my-work\.md|index\.md)")
CODE = re.compile(r"```.*?```|`[^`\n]*`", re.S)
EXAMPLE = re.compile(r'for\s+example "[^"]*"')
LINK = re.compile(r"\]\(([^)#\s]+\.md)(?:#[^)]*)?\)")


def course_links(text: str, src: str) -> list[str]:
    """The pages that Markdown links in `text` (page `src`) point to outside the kept pages."""
    here = posixpath.dirname(src)
    targets = (
        posixpath.normpath(posixpath.join(here, m)) for m in LINK.findall(CODE.sub("", text))
    )
    return [target for target in targets if not KEPT.match(target)]


def test_a_link_to_a_course_page_is_found_and_one_in_code_is_not():
    text = (
        "See [Week 1](../workcom/week-1.md), not `[x](../lessons/x.md)`, or [Plan](weekly-plan.md)."
    )
    assert course_links(text, "instructors/index.md") == ["workcom/week-1.md"]


def test_the_instructor_guides_link_no_course_page_that_a_fork_would_delete():
    """A fork that removed workcom/ once failed its strict build on run-a-cohort.md and
    weekly-plan.md, which linked the Schedule and the job lesson."""
    found = {
        path.name: course_links(path.read_text(encoding="utf-8"), f"instructors/{path.name}")
        for path in sorted((DOCS / "instructors").glob("*.md"))
    }
    assert {name: links for name, links in found.items() if links} == {}


def test_the_instructor_guides_name_no_course_or_repository_of_their_own():
    """A fork keeps these guides: outside code and examples ('for example "..."'), they say "the
    course" and link the fork's own repository (`repo_url`), not this course and its repo."""
    config = (ROOT / "mkdocs.yml").read_text(encoding="utf-8")
    title = re.search(r"^    title: (.+)$", config, re.M).group(1).strip()
    assert title == "Workplace Communications"  # the course this repository ships
    found = {}
    for path in sorted((DOCS / "instructors").glob("*.md")):
        _, front, body = path.read_text(encoding="utf-8").split("---\n", 2)
        description = yaml.safe_load(front).get("description", "")
        prose = EXAMPLE.sub("", CODE.sub("", body))
        for where, words in (("description", description), ("text", prose)):
            for name in (title, "github.com/workcom-course"):
                if name in words:
                    found.setdefault(path.name, []).append(f"{where}: {name}")
    assert found == {}


def test_run_a_cohort_names_every_place_outside_the_course_that_names_this_course():
    """Its list "If you change more than the dates" once left out site_author, repo_url and the
    glossary, so a fork kept "Workplace Communications" and its repository in them."""
    guide = (DOCS / "instructors/run-a-cohort.md").read_text(encoding="utf-8")
    section = guide.split("### If you change more than the dates", 1)[1].split("\n## ", 1)[0]
    config = (ROOT / "mkdocs.yml").read_text(encoding="utf-8")
    ours = re.compile(r"Workplace Communications|workcom", re.I)
    settings = {
        key
        for key, value in re.findall(r"^(\w+): (.*(?:\n  .*)*)", config, re.M)
        if ours.search(value)
    }
    assert {"site_author", "repo_url"} <= settings  # the search finds what it looks for
    files = {
        path.relative_to(ROOT).as_posix()
        for path in DOCS.rglob("*.md")
        if ours.search(path.read_text(encoding="utf-8"))
        and not path.relative_to(DOCS)
        .as_posix()
        .startswith(("workcom/", "lessons/", "instructors/"))
    }
    assert "docs/includes/abbreviations.md" in files
    missing = [
        key for key in sorted(settings) if f"`{key}`" not in section and f"`{key}:`" not in section
    ]
    missing += [
        name
        for name in sorted(files)
        if f"`{name}`" not in section and f"`{posixpath.dirname(name)}/`" not in section
    ]
    assert missing == []


def test_run_a_cohorts_break_and_moved_class_are_those_of_its_own_example():
    """The guide's example of a break ("no class from Monday, March 8") was not the break its
    YAML example makes (Week 2 opens on February 22: no class the week of February 15)."""
    from macros.course import break_after, break_text, parse_course
    from macros.frontmatter import all_meta

    guide = (DOCS / "instructors/run-a-cohort.md").read_text(encoding="utf-8")
    blocks = re.findall(r"```yaml\n(.*?)```", guide, re.S)
    raw = yaml.safe_load(blocks[0])["extra"]["course"]
    weeks = next(yaml.safe_load(b)["weeks"] for b in blocks if b.startswith("    weeks:"))
    assert any("opens" in w for w in weeks) and any("class_day" in w for w in weeks)
    course = parse_course({**raw, "weeks": weeks}, all_meta(DOCS))
    prose = " ".join(CODE.sub("", guide).split())
    gaps = [gap for n in range(len(course.weeks)) if (gap := break_after(course.weeks, n))]
    assert len(gaps) == 1
    assert f'"Break: {break_text(gaps[0])}"' in prose
    moved = [week.moved_from for week in course.weeks if week.moved_from]
    assert moved == [raw["class_day"]]
    assert f'"not {moved[0]} this week"' in prose
