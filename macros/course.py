"""The course configuration in mkdocs.yml `extra.course`, validated, and the dated schedule.

    extra:
      course:
        title: Workplace Communications
        cohort: Winter 2027
        start: "2027-02-01"          # the day the first module opens (in quotes)
        timezone: America/Winnipeg   # IANA name
        class_day: Wednesday
        class_time: "18:30"          # 24-hour clock, local time
        class_minutes: 90
        contact_email: instructor@your-school.ca
        weeks:
          - page: workcom/before-you-begin.md
            due: 6                   # days after the module opens (default 6)
          - page: workcom/week-1.md
          - page: workcom/week-2.md
            opens: "2027-03-01"      # after a break: the modules after it follow from here
            class_day: Thursday      # this week's class only (a holiday on Wednesday)

The first module opens on `start`, each next one 7 days after the one before it (or on its own
`opens`); its class is on the first class_day on or after that day; its work is due at the end
of the day `due` days after it opens.
"""

from __future__ import annotations

import datetime as dt
import difflib
import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import yaml

from macros.errors import AuthoringError
from macros.frontmatter import week_of

CONFIG = "mkdocs.yml"
RAW = re.compile(r"\{%-?\s*raw\s*-?%\}.*?\{%-?\s*endraw\s*-?%\}", re.S)
CALENDAR_FILE = "course.ics"
SETTINGS = (
    "title", "cohort", "start", "timezone", "class_day", "class_time", "class_minutes",
    "contact_email", "weeks",
)  # fmt: skip
DAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
ACTIVITY = re.compile(r"\{%-?\s*call\s+(quiz|checklist|rubric|journal|letter)\s*\(")


def week_label(number: int) -> str:
    """'Before you begin' for module 0, else 'Week n'."""
    return "Before you begin" if number == 0 else f"Week {number}"


@dataclass(frozen=True)
class Week:
    """One dated module of the course."""

    number: int
    page: str
    title: str
    description: str
    minutes: int | None
    opens: dt.date
    class_start: dt.datetime
    class_end: dt.datetime
    due: dt.date
    # The course's class day ("Monday") when this week's own `class_day` moves its class to
    # another day, else "": the Schedule and the message say so, as learners expect the usual day.
    moved_from: str = ""

    @property
    def label(self) -> str:
        """'Before you begin' for module 0, else 'Week n'."""
        return week_label(self.number)

    @property
    def heading(self) -> str:
        """The title with the label in front, once: 'Week 2: Peer review' for a page titled
        'Peer review' or 'Week 2: Peer review'."""
        return self.title if self.title.startswith(self.label) else f"{self.label}: {self.title}"


@dataclass(frozen=True)
class Course:
    """The validated course configuration with its dated weeks."""

    title: str
    cohort: str
    timezone: str
    contact_email: str
    weeks: tuple[Week, ...]


def _error(key: str, problem: str, fix: str) -> AuthoringError:
    return AuthoringError(problem=problem, fix=fix, page=CONFIG, item=f"extra.course.{key}")


def _date(value: Any, key: str) -> dt.date:
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(str(value))
    except ValueError:
        pass
    shape = re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})", str(value).strip())
    if shape and int(shape[1]) and 1 <= int(shape[2]) <= 12:  # a day its month does not have
        first = dt.date(int(shape[1]), int(shape[2]), 1)
        days = ((first + dt.timedelta(days=31)).replace(day=1) - first).days
        raise _error(
            key,
            f"{value!r} is not a day of the calendar: {first:%B %Y} has {days} days",
            "check the day and the month",
        )
    raise _error(key, f"{value!r} is not a date", "write the date as YYYY-MM-DD, e.g. 2027-02-01")


def _day(value: Any, key: str) -> str:
    day = str(value).strip().lower()
    if day not in DAYS:
        raise _error(key, f"{value!r} is not a day of the week", "write a day such as Wednesday")
    return day


def _opens(value: Any, key: str, before: Week | None, start: dt.date) -> dt.date:
    """The day a module opens: 7 days after the module before it (the first on `start`), or its
    own `opens`, after a break, which must come after the module before it opens."""
    if before is None:
        if value is not None:
            raise _error(
                f"{key}.opens",
                "the first module opens on `start`",
                "remove this `opens:` and change `start` instead",
            )
        return start
    if value is None:
        return before.opens + dt.timedelta(days=7)
    opens = _date(value, f"{key}.opens")
    shift = (opens.weekday() - start.weekday()) % 7
    if shift:  # its class would move to another day, and every module after it would open then
        near = (opens - dt.timedelta(days=shift), opens + dt.timedelta(days=7 - shift))
        # Only days after the module before it opens: a fix that fails again helps no one.
        fits = [day for day in near if day > before.opens] or [before.opens + dt.timedelta(days=7)]
        raise _error(
            f"{key}.opens",
            f"{opens.isoformat()} is a {opens:%A}, but modules open on a {start:%A}, the day of "
            "`start`",
            f"give a {start:%A}: " + " or ".join(day.isoformat() for day in fits),
        )
    if opens <= before.opens:
        raise _error(
            f"{key}.opens",
            f"{opens.isoformat()} is not after {before.page} opens ({before.opens.isoformat()})",
            "give a later date: each module opens after the one before it",
        )
    return opens


def _time(value: Any, key: str) -> dt.time:
    if isinstance(value, int) and not isinstance(value, bool):  # YAML reads 18:30 as 1110 minutes
        value = f"{value // 60:02d}:{value % 60:02d}"
    match = re.fullmatch(r"(\d{1,2}):(\d{2})", str(value).strip())
    if not match or int(match[1]) > 23 or int(match[2]) > 59:
        raise _error(
            key, f"{value!r} is not a time", 'write a 24-hour time in quotes, e.g. "18:30"'
        )
    return dt.time(int(match[1]), int(match[2]))


def _whole_number(value: Any, key: str, default: int, unit: str, least: int = 0) -> int:
    if value is None:
        return default
    if isinstance(value, str) and value.strip().isdigit():
        raise _error(
            key,
            f"{value!r} is in quotes, so it is text, not a number of {unit}",
            f"write the number without quotes: `{key.rsplit('.', 1)[-1]}: {value.strip()}`",
        )
    if isinstance(value, bool) or not isinstance(value, int) or value < least:
        at_least = f" of at least {least}" if least else ""
        raise _error(
            key,
            f"{value!r} is not a whole number of {unit}{at_least}",
            f"write a number such as {default}",
        )
    return value


def checked_email(value: Any) -> str:
    """An email address as an instructor writes it in mkdocs.yml ("" when not set)."""
    text = str(value or "").strip()
    if text.lower().startswith("mailto:"):
        raise AuthoringError(
            f"{text!r} starts with mailto:, which learners would then see in their messages",
            f"write the address alone: {text[7:]}",
            page=CONFIG,
            item="extra.course.contact_email",
        )
    if text and (text.count("@") != 1 or any(c in text for c in " <>\"':,;")):
        raise AuthoringError(
            f"{text!r} is not an email address",
            "write one address like 'teacher@your-school.ca' in mkdocs.yml, or leave it empty",
            page=CONFIG,
            item="extra.course.contact_email",
        )
    return text


def _unknown_key(given: Any, known: Sequence[str], key: str) -> None:
    """An error for the first key of `given` that is not one of `known`, with the closest."""
    for name in sorted(str(k) for k in given):
        if name not in known:
            near = difflib.get_close_matches(name, known, n=1, cutoff=0.6)
            raise _error(
                f"{key}{name}",
                "unknown setting" + (f": did you mean `{near[0]}`?" if near else ""),
                (f"write `{near[0]}:`" if near else "remove it")
                + ", or check its spelling against Run a cohort "
                "(docs/instructors/run-a-cohort.md)",
            )


def _one_line(value: Any) -> str:
    """A name shown on one line (page titles, calendar names): whitespace runs become a space."""
    return " ".join(str(value).split())


def activities(markdown: str) -> list[str]:
    """The kinds of interactive activity a page's source calls, in order ('quiz', 'rubric', ...)."""
    return ACTIVITY.findall(markdown)


def page_calling(sources: dict[str, str], macro: str) -> str | None:
    """The page whose own text calls `{{ macro() }}` (outside `{% raw %}`), first by path; None
    if none.

    Pages link the Schedule (`schedule`: the "This week" banner) and My work (`my_work`: Before
    you go) by what they show, so a fork that moves or renames those pages needs no other change
    (the schedule's path was once fixed to workcom/schedule.md).
    """
    call = re.compile(r"\{\{-?\s*" + re.escape(macro) + r"\s*\(\s*\)\s*-?\}\}")
    found = sorted(src for src, text in sources.items() if call.search(RAW.sub("", text)))
    return found[0] if found else None


def meant_page(page: str, pages: dict[str, dict[str, Any]], listed: set[str]) -> str | None:
    """The page an author most likely meant by a path that is not in docs/: a module page (one
    with `week:`) that `weeks` leaves out, as after a page was renamed, else a page that `weeks`
    does not list yet and whose path is the same but for a typo. Never a page already listed."""
    free = [src for src in pages if src not in listed]
    modules = [src for src in free if "week" in pages[src]]
    near = difflib.get_close_matches(page, modules, n=1, cutoff=0.6)
    if not near and len(modules) == 1:  # renamed: one module page is listed under no name
        return modules[0]
    near = near or difflib.get_close_matches(page, free, n=1, cutoff=0.8)  # a typo, not index.md
    return near[0] if near else None


def parse_course(raw: Any, pages: dict[str, dict[str, Any]]) -> Course:
    """Validate `extra.course` against the pages (path -> front matter); date every week."""
    if not isinstance(raw, dict):
        raise _error(
            "",
            "the course configuration is missing",
            "add `extra: course:` to mkdocs.yml (see README)",
        )
    _unknown_key(raw, SETTINGS, "")
    for key in ("title", "start", "timezone", "class_day", "class_time", "weeks"):
        if raw.get(key) is None or not str(raw.get(key)).strip() or raw.get(key) == []:
            raise _error(
                key, f"`{key}` is missing", f"add `{key}:` under `extra: course:` in mkdocs.yml"
            )
    if not isinstance(raw["weeks"], list):
        raise _error(
            "weeks",
            "`weeks` is not a list",
            "list the module pages, one per line: `  - page: workcom/week-1.md`",
        )
    start = _date(raw["start"], "start")
    name = str(raw["timezone"])
    try:
        zone = ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError, OSError):  # OSError: a name too long for a file
        raise _error(
            "timezone",
            f"{raw['timezone']!r} is not a time zone",
            "use the IANA name of your city's zone, such as America/Toronto or America/Winnipeg",
        ) from None
    if ("/" not in name and name != "UTC") or name.startswith("Etc/"):
        # ZoneInfo knows EST, MST and the like: a fixed offset, so a class in summer would be
        # an hour off in the learners' calendars.
        raise _error(
            "timezone",
            f"{name!r} is not the time zone of a place (it does not follow daylight saving time)",
            "use the IANA name of your city's zone, such as America/Toronto or America/Winnipeg",
        )
    day = _day(raw["class_day"], "class_day")
    at = _time(raw["class_time"], "class_time")
    length = dt.timedelta(
        minutes=_whole_number(raw.get("class_minutes"), "class_minutes", 90, "minutes", least=1)
    )
    contact = checked_email(raw.get("contact_email"))

    weeks: list[Week] = []
    listed = {
        str(entry.get("page") if isinstance(entry, dict) else entry) for entry in raw["weeks"]
    }
    seen: dict[str, int] = {}
    numbers: dict[int, int] = {}  # week number -> its place in the list
    for position, entry in enumerate(raw["weeks"]):
        key = f"weeks[{position}]"
        if isinstance(entry, str):
            entry = {"page": entry}
        if not isinstance(entry, dict) or not entry.get("page"):
            raise _error(key, "a week needs a page", "write `- page: workcom/week-1.md`")
        _unknown_key(entry, ("page", "due", "opens", "class_day"), f"{key}.")
        page = str(entry["page"])
        if page not in pages:
            near = meant_page(page, pages, listed)
            raise _error(
                f"{key}.page",
                f"no page {page!r} in docs/",
                "give the path of a page under docs/"
                + (f": did you mean {near}?" if near else ", e.g. workcom/week-1.md"),
            )
        if page in seen:
            raise _error(
                f"{key}.page",
                f"{page!r} is listed twice (also weeks[{seen[page]}])",
                "list each module page once",
            )
        seen[page] = position
        opens = _opens(entry.get("opens"), key, weeks[-1] if weeks else None, start)
        week_day = (
            day if entry.get("class_day") is None else _day(entry["class_day"], f"{key}.class_day")
        )
        class_day = opens + dt.timedelta(days=(DAYS.index(week_day) - opens.weekday()) % 7)
        class_start = dt.datetime.combine(class_day, at, tzinfo=zone)
        meta = pages[page]
        # The page's own `week:` names it (0 is Before you begin); without one, the next number.
        number = week_of(meta, page)
        if number is None:
            number = weeks[-1].number + 1 if weeks else 1
        if number in numbers:
            raise _error(
                f"{key}.page",
                f"{page} would be {week_label(number)}, as weeks[{numbers[number]}] "
                f"({weeks[numbers[number]].page}) is",
                "give each module page its own `week:` number in its front matter",
            )
        if weeks and number < weeks[-1].number:
            raise _error(
                f"{key}.page",
                f"{page} is {week_label(number)}, but it is listed after "
                f"{weeks[-1].page} ({week_label(weeks[-1].number)}), so it would open later",
                "list the module pages under `weeks:` in the order they run",
            )
        numbers[number] = position
        minutes = meta.get("time")
        weeks.append(
            Week(
                number=number,
                page=page,
                title=_one_line(meta.get("title") or page),
                description=str(meta.get("description") or ""),
                minutes=minutes if isinstance(minutes, int) else None,
                opens=opens,
                class_start=class_start,
                class_end=class_start + length,
                due=opens
                + dt.timedelta(days=_whole_number(entry.get("due"), f"{key}.due", 6, "days")),
                moved_from=day.capitalize() if week_day != day else "",
            )
        )
    for page, meta in pages.items():  # a module left out of `weeks` would be left out silently
        if "week" in meta and page not in seen:
            raise AuthoringError(
                problem=f"{page} is a module of the course (its front matter has `week:`), but "
                "mkdocs.yml does not list it under `weeks:`, so it would have no dates, no "
                "worksheet, no answer key and no LMS export",
                fix=f"add `- page: {page}` under `extra: course: weeks:` in mkdocs.yml, in the "
                "order the modules run, or remove its `week:` line if it is not a module",
                page=page,
                item="week",
            )
    return Course(
        title=_one_line(raw["title"]),
        cohort=_one_line(raw.get("cohort") or ""),
        timezone=str(raw["timezone"]),
        contact_email=contact,
        weeks=tuple(weeks),
    )


def break_after(weeks: Sequence[Week], index: int) -> tuple[dt.date, dt.date] | None:
    """The first and last day of a break after weeks[index]: the days from 7 days after it opens
    to the day before the next module opens (its own `opens`). No class falls in them, as each
    module's class is within 7 days of the day it opens. None when the next module follows at
    once, or there is none."""
    if index + 1 >= len(weeks):
        return None
    first = weeks[index].opens + dt.timedelta(days=7)
    last = weeks[index + 1].opens - dt.timedelta(days=1)
    return (first, last) if first <= last else None


def break_text(days: tuple[dt.date, dt.date]) -> str:
    """'no class from Monday, March 8, 2027 to Sunday, March 14, 2027': whole weeks, as a
    module's own `opens` is on the weekday of `start`."""
    first, last = days
    return f"no class from {date_text(first)} to {date_text(last)}"


def break_said(weeks: Sequence[Week], index: int) -> str:
    """What the Schedule, the Weekly plan and the message say of a break after weeks[index]
    ("no class from ... to ..."), or "" when there is none."""
    days = break_after(weeks, index)
    return break_text(days) if days else ""


_STEP = re.compile(r"([^.\[\]]+)|\[(\d+)\]")


def setting_line(config_text: str, item: str) -> int | None:
    """The line of mkdocs.yml that holds a setting (`extra.course.weeks[2].page`), or of the
    nearest part of it that is there; None when the file does not read as YAML."""
    try:
        node = yaml.compose(config_text, Loader=yaml.SafeLoader)
    except yaml.YAMLError:
        return None
    line = None
    for name, index in _STEP.findall(item):
        if isinstance(node, yaml.MappingNode) and name:
            found = [(k, v) for k, v in node.value if k.value == name]
            if not found:
                break
            key, node = found[0]
            line = key.start_mark.line + 1
        elif isinstance(node, yaml.SequenceNode) and index and int(index) < len(node.value):
            node = node.value[int(index)]
            line = node.start_mark.line + 1
        else:
            break
    return line


def nav_out_of_order(weeks: Sequence[str], nav_pages: Sequence[str]) -> tuple[str, str] | None:
    """(a, b) when `nav` puts module page a before module page b, which `weeks` lists first;
    None when the module pages in nav follow the order of `weeks`."""
    placed = [page for page in nav_pages if page in weeks]
    expected = sorted(placed, key=list(weeks).index)
    return next(((a, b) for a, b in zip(placed, expected, strict=True) if a != b), None)


def nav_line(config_text: str, page: str) -> int | None:
    """The line of mkdocs.yml where `nav` names a page, or None."""
    try:
        root = yaml.compose(config_text, Loader=yaml.SafeLoader)
    except yaml.YAMLError:
        return None
    found = [v for k, v in getattr(root, "value", []) if getattr(k, "value", None) == "nav"]
    todo = found[:1]
    while todo:
        node = todo.pop(0)
        if isinstance(node, yaml.ScalarNode) and node.value == page:
            return node.start_mark.line + 1
        if isinstance(node, yaml.SequenceNode):
            todo += node.value
        elif isinstance(node, yaml.MappingNode):
            todo += [value for _, value in node.value]
    return None


def config_text(env: Any) -> str | None:
    """The text of this build's mkdocs.yml, or None when there is no such file."""
    config = Path(env.conf.config_file_path or CONFIG)
    return config.read_text(encoding="utf-8") if config.is_file() else None


def at_setting_line(error: AuthoringError, env: Any) -> AuthoringError:
    """An error about a setting of mkdocs.yml (its `item`), with the line that holds it."""
    text = config_text(env)
    line = setting_line(text, error.item) if text and error.item else None
    return replace(error, line=line) if line else error


def course_or_none(raw: Any, pages: dict[str, dict[str, Any]]) -> Course | None:
    """The dated course, or None for a site of stand-alone lessons.

    Such a site needs no dates (it may keep other settings, such as a contact email): without
    `weeks` there is no schedule or calendar. Its settings are still checked, so a misspelt
    `weeks` is named, not taken for a site without a course.
    """
    if isinstance(raw, dict) and "weeks" in raw:
        return parse_course(raw, pages)
    if isinstance(raw, dict):
        _unknown_key(raw, SETTINGS, "")
        checked_email(raw.get("contact_email"))
    return None


# --- MkDocs wiring -------------------------------------------------------------------------------


def course_of(env: Any, macro: str) -> Course:
    """The validated course of this build, or an error for the page whose `macro` needs it."""
    course = env.variables.get("wc_course")
    if course is None:
        raise AuthoringError(
            problem=f"{macro}() shows the course's dates, but mkdocs.yml has no `weeks:` under "
            "`extra: course:`, so the course has none",
            fix="list the module pages under `weeks:` (see Run a cohort), or, on a site of "
            f"stand-alone lessons, remove {{{{ {macro}() }}}} from this page",
            page=env.page.file.src_uri,
        )
    return course


def _relative_url(env: Any, url: str) -> str:
    """A site-relative URL made relative to the page being rendered."""
    from mkdocs.utils import get_relative_url

    return get_relative_url(url, env.page.url) or "./"


def page_href(env: Any, src: str) -> str:
    """URL of page `src` ('workcom/week-1.md') relative to the page being rendered: the one
    function that makes an HTML link to a page (md_link makes a Markdown one)."""
    from macros.calendar import page_url

    return _relative_url(env, page_url(src, env.conf["use_directory_urls"]))


def md_link(env: Any, src: str) -> str:
    """Path of page `src` relative to the current page's file, for a Markdown link MkDocs checks."""
    import posixpath

    return posixpath.relpath(src, posixpath.dirname(env.page.file.src_uri) or ".")


def date_text(day: dt.date) -> str:
    """'Monday, February 1, 2027'."""
    return f"{day:%A}, {day:%B} {day.day}, {day.year}"


def time_text(moment: dt.datetime) -> str:
    """'6:30 p.m.' or '8 p.m.'."""
    hour = moment.hour % 12 or 12
    suffix = "a.m." if moment.hour < 12 else "p.m."
    return f"{hour}:{moment:%M} {suffix}" if moment.minute else f"{hour} {suffix}"


def register(env: Any) -> None:
    """Validate extra.course and define the schedule() and this_week() macros."""
    from macros.frontmatter import all_meta, with_key_line
    from macros.render import render

    docs = Path(env.conf["docs_dir"])
    pages = all_meta(docs)
    raw = env.conf["extra"].get("course")
    try:
        env.variables["wc_course"] = course_or_none(raw, pages)
    except AuthoringError as error:
        if error.page in pages:  # a page's front matter
            raise with_key_line(error, (docs / error.page).read_text(encoding="utf-8")) from None
        if error.page != CONFIG:
            raise
        raise at_setting_line(error, env) from None
    sources = {src: (docs / src).read_text(encoding="utf-8") for src in pages}

    @env.macro
    def schedule() -> str:
        """The dated weekly schedule of the course, with a link to course.ics."""
        from macros import assets

        assets.require(env.page.meta, "schedule")
        course = course_of(env, "schedule")
        rows = [
            {
                "week": week,
                "href": page_href(env, week.page),
                "opens": date_text(week.opens),
                "class_day": date_text(week.class_start.date()),
                "class_time": f"{time_text(week.class_start)} to {time_text(week.class_end)}",
                "moved_from": week.moved_from,
                "due": date_text(week.due),
                "activities": len(activities(sources[week.page])),
                "break": break_said(course.weeks, n),
            }
            for n, week in enumerate(course.weeks)
        ]
        ics = _relative_url(env, CALENDAR_FILE)
        return render("schedule.html", course=course, rows=rows, ics_href=ics)

    @env.macro
    def this_week() -> str:
        """A banner naming this week's module, computed in the browser from today's date."""
        from markupsafe import Markup

        from macros import assets

        assets.require(env.page.meta, "this-week")
        course = course_of(env, "this_week")
        schedule_src = page_calling(sources, "schedule")
        if schedule_src is None:
            raise AuthoringError(
                problem="this_week() links the course schedule, but no page shows it",
                fix="add a Schedule page with {{ schedule() }} on it (and list it in `nav`), "
                "or remove {{ this_week() }} from this page",
                page=env.page.file.src_uri,
            )
        weeks = [
            {
                "heading": week.heading,
                "href": page_href(env, week.page),
                "opens": week.opens.isoformat(),
                "due": week.due.isoformat(),
                "due_text": date_text(week.due),
                "opens_text": date_text(week.opens),
            }
            for week in course.weeks
        ]
        # The script runs right after the banner, before the page below it is read: filled in
        # from a deferred script, the banner grew after the first paint and moved the page.
        return render(
            "this-week.html",
            weeks=weeks,
            schedule_md=md_link(env, schedule_src),
            script=Markup(assets.inline_script(env, "js/this-week.js")),
        )


# The navigation whose order was checked last (a new build, or rebuild of `mkdocs serve`, has a new
# one): pre_page checks it once, before the first page renders.
_CHECKED: list[Any] = [None]


def pre_page(env: Any) -> None:
    """Stop the build when `nav` puts the module pages in another order than `weeks`: the menu
    and the Previous and Next links would go from week to week in another order than the
    Schedule and the calendar."""
    course, nav = env.variables.get("wc_course"), env.variables.get("navigation")
    if course is None or nav is None or _CHECKED[0] is nav:
        return
    _CHECKED[0] = nav
    pair = nav_out_of_order(
        [week.page for week in course.weeks], [page.file.src_uri for page in nav.pages]
    )
    if pair is None:
        return
    first, second = pair
    text = config_text(env)
    raise AuthoringError(
        problem=f"nav puts {first} before {second}, but `weeks` under `extra: course:` "
        f"lists {second} first, so the menu and the Previous and Next links would not follow "
        "the Schedule",
        fix="list the module pages in `nav` in the order of `weeks` (or change `weeks`)",
        page=CONFIG,
        item="nav",
        line=nav_line(text, first) if text else None,
    )


def post_build(env: Any) -> None:
    """Write course.ics next to the site's pages."""
    from macros.calendar import build_calendar

    course = env.variables.get("wc_course")
    if course is not None:
        site_url = env.conf.get("site_url") or "http://127.0.0.1:8000/"
        calendar = build_calendar(
            course, site_url, use_directory_urls=env.conf["use_directory_urls"]
        )
        (Path(env.conf["site_dir"]) / CALENDAR_FILE).write_bytes(calendar)
