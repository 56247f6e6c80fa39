"""course.ics (RFC 5545): a class event per module and an all-day item per due date.

UIDs are built from the cohort, the module page and the site's address (its host, and its
path for a project site such as you.github.io/course-a/), so importing a rebuilt file again
updates the same events instead of adding copies, and two sites on one host (an instructor's
two sections, say) never share one. A calendar app replaces an event it has only with one of a
higher SEQUENCE, and a static build cannot know how often the dates changed before: so
SEQUENCE counts the minutes from 2020 to the build, which only grows, and a moved class
replaces the old one.

The time zone's definition comes from icalendar's add_missing_timezones(). It writes the
spring change at 03:00 where RFC 5545 reads the local time before the change (02:00): a time
that does not exist on that one night, when no class takes place, so it is left as it is.
"""

from __future__ import annotations

import datetime as dt
import re
from urllib.parse import urljoin, urlsplit

from icalendar import Calendar, Event

from macros.course import Course, Week

SEQUENCE_FROM = dt.datetime(2020, 1, 1, tzinfo=dt.UTC)


def slug(text: str) -> str:
    """Lowercase words joined by hyphens ('Winter 2027' -> 'winter-2027')."""
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-") or "course"


def page_url(src: str, use_directory_urls: bool = True) -> str:
    """The site-relative URL of a page ('workcom/week-1.md' -> 'workcom/week-1/')."""
    stem = src.removesuffix(".md")
    if stem == "index" or stem.endswith("/index"):
        return stem.removesuffix("index")
    return f"{stem}/" if use_directory_urls else f"{stem}.html"


def _uid(course: Course, week: Week, what: str, site_url: str) -> str:
    """'winter-2027-workcom-week-1-class@you.github.io', with the site's path after the cohort
    ('winter-2027-course-a-workcom-week-1-class@...') when the site is not at the host's root."""
    address = urlsplit(site_url)
    place = [slug(address.path)] if address.path.strip("/") else []
    name = "-".join(
        [slug(course.cohort or course.title), *place, slug(week.page.removesuffix(".md"))]
    )
    return f"{name}-{what}@{address.hostname or 'localhost'}"


def build_calendar(
    course: Course,
    site_url: str,
    now: dt.datetime | None = None,
    use_directory_urls: bool = True,
) -> bytes:
    """The course calendar as iCalendar bytes; its links follow MkDocs' `use_directory_urls`."""
    stamp = (now or dt.datetime.now(dt.UTC)).replace(microsecond=0)
    if stamp.tzinfo is None:  # a time without a zone is taken as UTC, as DTSTAMP must be
        stamp = stamp.replace(tzinfo=dt.UTC)
    sequence = int((stamp - SEQUENCE_FROM).total_seconds() // 60)
    name = f"{course.title} ({course.cohort})" if course.cohort else course.title
    cal = Calendar()
    cal.add("prodid", f"-//{course.title} course site//EN")  # the fork's course, not ours
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("method", "PUBLISH")
    cal.add("x-wr-calname", name)
    cal.add("x-wr-timezone", course.timezone)
    for week in course.weeks:
        url = urljoin(site_url, page_url(week.page, use_directory_urls))
        lesson = Event()
        lesson.add("uid", _uid(course, week, "class", site_url))
        lesson.add("dtstamp", stamp)
        lesson.add("sequence", sequence)
        lesson.add("summary", f"{course.title} class: {week.label}")
        lesson.add("dtstart", week.class_start)
        lesson.add("dtend", week.class_end)
        lesson.add("description", f"{week.title}\n{week.description}\n{url}".strip())
        lesson.add("url", url)
        cal.add_component(lesson)
        due = Event()
        due.add("uid", _uid(course, week, "due", site_url))
        due.add("dtstamp", stamp)
        due.add("sequence", sequence)
        due.add("summary", f"Due: {week.title}")
        due.add("dtstart", week.due)
        due.add("dtend", week.due + dt.timedelta(days=1))
        due.add("description", f"Finish the activities of {week.title}.\n{url}")
        due.add("url", url)
        due.add("transp", "TRANSPARENT")
        cal.add_component(due)
    cal.add_missing_timezones()
    return cal.to_ical()
