"""What the course's dates and week pages give instructors and learners: a facilitation plan, an
assignment message per week, and the end of each module page.

    {{ facilitation_plan() }}      on docs/instructors/weekly-plan.md
    {{ assignment_messages() }}    on docs/instructors/run-a-cohort.md
    {{ before_you_go() }}          at the end of each module page: what to hand in, and what next

All come from `extra.course` (dates) and the week pages: front matter (title, time,
objectives), their activities, and their `!!! instructor` notes. A week page may add
`hand_in:` (a list) to its front matter for work that is not an activity on the page.
"""

from __future__ import annotations

import functools
import re
import textwrap
from typing import Any
from urllib.parse import urljoin

from macros.course import (
    Course,
    Week,
    break_said,
    course_of,
    date_text,
    md_link,
    page_calling,
    page_href,
    time_text,
)
from macros.errors import AuthoringError
from macros.printables import Activity
from macros.quiz import Quiz
from macros.workbook import Checklist, Journal, Rubric

NOTE = re.compile(r"^(?:!!!|\?\?\?\+?)[ \t]+instructor\b.*$")


def instructor_notes(markdown: str) -> list[str]:
    """The Markdown of each `!!! instructor` block of a page, dedented, in order."""
    notes: list[str] = []
    lines = markdown.splitlines()
    index = 0
    while index < len(lines):
        if NOTE.match(lines[index]):
            body: list[str] = []
            index += 1
            while index < len(lines) and (not lines[index].strip() or lines[index][:1] in " \t"):
                body.append(lines[index])
                index += 1
            text = textwrap.dedent("\n".join(body)).strip()
            if text:
                notes.append(text)
        else:
            index += 1
    return notes


def hand_in(activities: list[Activity], extra: list[str] | None = None) -> list[str]:
    """What learners send to the instructor for a week, from its activities (plus `extra`)."""
    out: list[str] = []
    for activity in activities:
        model = activity.model
        if isinstance(model, Checklist):
            out.append(f"the self-assessment “{model.title}”")
        elif isinstance(model, Rubric):
            out.append(f"the rubric “{model.title}”")
        elif isinstance(model, Journal):
            out.append(f"the journal “{model.title}”")
    if any(isinstance(a.model, Quiz) and a.model.type == "reflection" for a in activities):
        out.append("your answers to the reflection questions")
    return out + [str(item) for item in extra or []]


def zone_name(timezone: str) -> str:
    """'America/Winnipeg' -> 'Winnipeg time'."""
    return timezone.rsplit("/", 1)[-1].replace("_", " ") + " time"


def assignment_message(course: Course, week: Week, url: str, items: list[str]) -> str:
    """A plain-language message that assigns one week, ready to paste into an email or an LMS."""
    name = f"{course.title}: {week.label}"
    lines = [
        f"Subject: {name}",
        "",
        "Hello everyone,",
        "",
        f"This week's module is “{week.title}”. Open it here:",
        url,
        "",
        f"It opens on {date_text(week.opens)}."
        + (f" It takes about {week.minutes} minutes." if week.minutes else ""),
        f"Our class is on {date_text(week.class_start)}, from {time_text(week.class_start)}"
        f" to {time_text(week.class_end)} ({zone_name(course.timezone)})."
        + (f" This week, class is not on {week.moved_from}." if week.moved_from else ""),
        f"Please finish the module by the end of {date_text(week.due)}.",
    ]
    pause = break_said(course.weeks, course.weeks.index(week)) if week in course.weeks else ""
    if pause:
        lines.append(f"Then we have a break: {pause}.")
    if items:
        lines += ["", "What to hand in:"]
        lines += [f"- {item}" for item in items]
        lines += [
            "",
            "To hand it in, open the My work page of the course site. Write your name there."
            " Choose “Download (.txt)” to save your work as a file. Then choose “Send to my"
            " instructor” and attach the file to the email.",
        ]
    if course.contact_email:
        lines += ["", f"Questions? Write to me at {course.contact_email}."]
    lines += ["", "See you in class!"]
    return "\n".join(lines)


def absolute_url(site_url: str, src: str, use_directory_urls: bool = True) -> str:
    """The full address of a page, from site_url ('workcom/week-1.md' -> 'https://…/week-1/')."""
    from macros.calendar import page_url

    return urljoin(
        site_url if site_url.endswith("/") else site_url + "/", page_url(src, use_directory_urls)
    )


def _keep_lines(text: str) -> Any:
    """Escaped text whose line breaks survive render()'s line stripping (for a <pre>)."""
    from markupsafe import Markup, escape

    return Markup(str(escape(text)).replace("\n", "&#10;"))


# --- mkdocs-macros wiring --------------------------------------------------------------------


def register(env: Any) -> None:
    """Define facilitation_plan(), assignment_messages() and before_you_go()."""
    from pathlib import Path

    from macros import assets
    from macros.frontmatter import all_meta
    from macros.printable_pages import printable_src
    from macros.quiz import block_markdown
    from macros.render import render

    docs = Path(env.conf["docs_dir"])
    metas = all_meta(docs)

    @functools.cache
    def my_work() -> str | None:
        """The page that shows My work (Before you go links it): read once per build, and only
        on a site whose pages call before_you_go()."""
        return page_calling({src: (docs / src).read_text("utf-8") for src in metas}, "my_work")

    def course(macro: str) -> Course:
        return course_of(env, macro)

    def activities(src: str) -> list[Activity]:
        return env.variables["wc_printable_activities"](src)

    def items(week: Week) -> list[str]:
        extra = metas[week.page].get("hand_in") or []
        return hand_in(activities(week.page), extra if isinstance(extra, list) else [extra])

    @env.macro
    def facilitation_plan() -> str:
        """Per week: dates, time, objectives, activities, instructor notes and printables."""
        assets.require(env.page.meta, "printables")
        weeks = []
        dated = course("facilitation_plan").weeks
        for n, week in enumerate(dated):
            source = (docs / week.page).read_text(encoding="utf-8")
            acts = activities(week.page)
            sheets = [page_href(env, printable_src(k, week.page)) for k in ("worksheet", "key")]
            weeks.append(
                {
                    "week": week,
                    "md": md_link(env, week.page),
                    "opens": date_text(week.opens),
                    "class": f"{date_text(week.class_start)}, {time_text(week.class_start)}",
                    "due": date_text(week.due),
                    "break": break_said(dated, n),
                    "objectives": [str(o) for o in metas[week.page].get("objectives") or []],
                    "activities": acts,
                    "quizzes": sum(1 for a in acts if a.kind == "quiz"),
                    "notes": [block_markdown(n) for n in instructor_notes(source)],
                    "worksheet": sheets[0] if acts else "",
                    "key": sheets[1] if acts else "",
                }
            )
        return render("facilitation_plan.html", weeks=weeks)

    @env.macro
    def assignment_messages() -> str:
        """One message per week to paste into an email or an LMS."""
        assets.require(env.page.meta, "printables")
        site_url = env.conf.get("site_url") or "http://127.0.0.1:8000/"
        current = course("assignment_messages")
        messages = [
            {
                "week": week,
                "text": _keep_lines(
                    assignment_message(
                        current,
                        week,
                        absolute_url(site_url, week.page, env.conf["use_directory_urls"]),
                        items(week),
                    )
                ),
            }
            for week in current.weeks
        ]
        return render("assignment_messages.html", messages=messages)

    @env.macro
    def before_you_go() -> str:
        """The end of a module page: what to hand in by its due date, how, and the next module."""
        src = env.page.file.src_uri
        current = course("before_you_go")
        index = next((n for n, w in enumerate(current.weeks) if w.page == src), None)
        if index is None:
            raise AuthoringError(
                problem="before_you_go() tells learners what to hand in for a module of the "
                "course, but this page is not listed under `weeks:` in mkdocs.yml",
                fix="remove {{ before_you_go() }} from this page, or list the page under "
                "`extra: course: weeks:`",
                page=src,
            )
        week = current.weeks[index]
        after = current.weeks[index + 1] if index + 1 < len(current.weeks) else None
        return render(
            "before_you_go.html",
            items=items(week),
            due=date_text(week.due),
            my_work_href=page_href(env, my_work()) if my_work() else "",
            pause=break_said(current.weeks, index),
            next={
                "href": page_href(env, after.page),
                "heading": after.heading,
                "opens": date_text(after.opens),
            }
            if after
            else None,
        )
