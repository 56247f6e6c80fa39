"""The course configuration: validated with clear errors, and dated correctly across DST."""

from __future__ import annotations

import datetime as dt

import pytest
from icalendar import Calendar

from macros.calendar import build_calendar, page_url
from macros.course import (
    activities,
    break_after,
    break_text,
    course_or_none,
    nav_line,
    nav_out_of_order,
    page_calling,
    parse_course,
    setting_line,
)
from macros.errors import AuthoringError

PAGES = {
    "workcom/before-you-begin.md": {"title": "Before you begin", "time": 60, "week": 0},
    "workcom/week-1.md": {
        "title": "Week 1: Talk",
        "time": 90,
        "description": "Small talk.",
        "week": 1,
    },
    "workcom/week-2.md": {"title": "Week 2: Peer review", "week": 2},
}


def config(**changes):
    raw = {
        "title": "Workplace Communications",
        "cohort": "Winter 2027",
        "start": dt.date(2027, 3, 1),
        "timezone": "America/Winnipeg",
        "class_day": "Wednesday",
        "class_time": "18:30",
        "class_minutes": 90,
        "weeks": [{"page": p} for p in PAGES],
    }
    raw.update(changes)
    return raw


def test_each_module_opens_a_week_after_the_last_with_its_class_and_due_date():
    course = parse_course(config(), PAGES)
    assert [w.opens for w in course.weeks] == [
        dt.date(2027, 3, 1),
        dt.date(2027, 3, 8),
        dt.date(2027, 3, 15),
    ]
    assert [w.class_start.date() for w in course.weeks] == [
        dt.date(2027, 3, 3),
        dt.date(2027, 3, 10),
        dt.date(2027, 3, 17),
    ]
    assert [w.due for w in course.weeks] == [
        dt.date(2027, 3, 7),
        dt.date(2027, 3, 14),
        dt.date(2027, 3, 21),
    ]
    assert [w.label for w in course.weeks] == ["Before you begin", "Week 1", "Week 2"]
    assert course.weeks[1].minutes == 90 and course.weeks[2].minutes is None


def test_class_stays_at_local_time_across_the_daylight_saving_change():
    # Manitoba moves its clocks forward on 2027-03-14: the class is 18:30 local on both sides.
    course = parse_course(config(), PAGES)
    before, after = course.weeks[1].class_start, course.weeks[2].class_start
    assert (before.hour, before.minute) == (after.hour, after.minute) == (18, 30)
    assert before.utcoffset() == dt.timedelta(hours=-6)
    assert after.utcoffset() == dt.timedelta(hours=-5)
    assert after.astimezone(dt.UTC) - before.astimezone(dt.UTC) == dt.timedelta(days=7, hours=-1)


def test_a_due_offset_per_week_is_honoured():
    weeks = [{"page": "workcom/before-you-begin.md", "due": 2}, "workcom/week-1.md"]
    two_modules = {p: m for p, m in PAGES.items() if p != "workcom/week-2.md"}
    course = parse_course(config(weeks=weeks), two_modules)
    assert [w.due for w in course.weeks] == [dt.date(2027, 3, 3), dt.date(2027, 3, 14)]


def test_a_break_or_a_holiday_moves_a_module_and_the_modules_after_it_follow():
    """There was no setting for a school's break week or a class on a holiday: the Schedule, the
    calendar and the messages showed a class that day."""
    weeks = [
        "workcom/before-you-begin.md",
        {"page": "workcom/week-1.md", "opens": "2027-03-15"},  # a week off after the first
        {"page": "workcom/week-2.md", "class_day": "Thursday"},  # Wednesday is a holiday
    ]
    course = parse_course(config(weeks=weeks), PAGES)
    assert [w.opens for w in course.weeks] == [
        dt.date(2027, 3, 1),
        dt.date(2027, 3, 15),
        dt.date(2027, 3, 22),  # 7 days after the module before it
    ]
    assert [w.class_start.date() for w in course.weeks] == [
        dt.date(2027, 3, 3),
        dt.date(2027, 3, 17),
        dt.date(2027, 3, 25),  # a Thursday, at the usual time
    ]
    assert course.weeks[2].class_start.time() == dt.time(18, 30)
    assert [w.due for w in course.weeks] == [
        dt.date(2027, 3, 7),
        dt.date(2027, 3, 21),
        dt.date(2027, 3, 28),
    ]


def test_a_break_and_a_moved_class_are_named_so_learners_see_them():
    """The Schedule showed a week off only as a gap between two dates, and a class moved for a
    holiday only by its day's name: a learner who expects Wednesday missed both."""
    weeks = [
        "workcom/before-you-begin.md",
        {"page": "workcom/week-1.md", "opens": "2027-03-15", "class_day": "Thursday"},
        {"page": "workcom/week-2.md", "class_day": "wednesday"},  # the usual day, written again
    ]
    course = parse_course(config(weeks=weeks), PAGES)
    assert [w.moved_from for w in course.weeks] == ["", "Wednesday", ""]
    gaps = [break_after(course.weeks, n) for n in range(3)]
    assert gaps == [(dt.date(2027, 3, 8), dt.date(2027, 3, 14)), None, None]
    assert break_text(gaps[0]) == ("no class from Monday, March 8, 2027 to Sunday, March 14, 2027")


@pytest.mark.parametrize(
    ("first", "second", "item", "said"),
    [
        (
            {"opens": "2027-03-08"},
            {},
            "weeks[0].opens",
            "the first module opens on `start`. Fix: remove this `opens:` and change `start`",
        ),
        (
            {},
            {"opens": "2027-03-01"},
            "weeks[1].opens",
            "2027-03-01 is not after workcom/before-you-begin.md opens (2027-03-01). Fix: give a "
            "later date",
        ),
        ({}, {"opens": "2027-02-30"}, "weeks[1].opens", "February 2027 has 28 days"),
        (  # a Tuesday: its class would be the next Monday, and every module after it would
            # open on a Tuesday
            {},
            {"opens": "2027-03-16"},
            "weeks[1].opens",
            "2027-03-16 is a Tuesday, but modules open on a Monday, the day of `start`. Fix: give "
            "a Monday: 2027-03-15 or 2027-03-22",
        ),
        (  # the Monday before is the day the module before it opens: not a fix
            {},
            {"opens": "2027-03-03"},
            "weeks[1].opens",
            "2027-03-03 is a Wednesday, but modules open on a Monday, the day of `start`. Fix: "
            "give a Monday: 2027-03-08",
        ),
        (  # before the module before it: the first Monday that fits
            {},
            {"opens": "2027-02-24"},
            "weeks[1].opens",
            "Fix: give a Monday: 2027-03-08",
        ),
        (
            {},
            {"class_day": "Jeudi"},
            "weeks[1].class_day",
            "'Jeudi' is not a day of the week. Fix: write a day such as Wednesday",
        ),
        ({}, {"open": "2027-03-15"}, "weeks[1].open", "opens"),
    ],
)
def test_a_wrong_opens_or_class_day_of_one_week_names_it_and_the_fix(first, second, item, said):
    weeks = [
        {"page": "workcom/before-you-begin.md", **first},
        {"page": "workcom/week-1.md", **second},
    ]
    pages = {p: m for p, m in PAGES.items() if p != "workcom/week-2.md"}
    with pytest.raises(AuthoringError) as caught:
        parse_course(config(weeks=weeks), pages)
    message = str(caught.value)
    assert message.startswith(f"mkdocs.yml, 'extra.course.{item}'"), message
    assert said in message


def test_a_module_left_out_of_weeks_stops_the_build_at_its_week_line():
    """It once built, with no dates, no worksheet and its quizzes left out of every export."""
    weeks = ["workcom/before-you-begin.md", "workcom/week-1.md"]
    with pytest.raises(AuthoringError) as caught:
        parse_course(config(weeks=weeks), PAGES)
    assert str(caught.value).startswith(
        "workcom/week-2.md, 'week': workcom/week-2.md is a module of the course"
    )
    assert "add `- page: workcom/week-2.md` under `extra: course: weeks:`" in str(caught.value)
    # A page with no `week:` line is not a module: it may stay out of the list.
    pages = {**PAGES, "workcom/week-2.md": {"title": "Week 2: Peer review"}}
    assert len(parse_course(config(weeks=weeks), pages).weeks) == 2


def test_each_module_is_named_by_its_week_line_and_without_one_by_the_one_before():
    # A fork whose pages have no `week:` line: Week 1, 2, 3 (not Before you begin first).
    bare = {page: {"title": meta["title"]} for page, meta in PAGES.items()}
    assert [w.label for w in parse_course(config(), bare).weeks] == ["Week 1", "Week 2", "Week 3"]
    after_zero = {**bare, "workcom/before-you-begin.md": {"title": "Start", "week": 0}}
    labels = [w.label for w in parse_course(config(), after_zero).weeks]
    assert labels == ["Before you begin", "Week 1", "Week 2"]
    # Dates follow the order of the list, whatever the numbers.
    assert parse_course(config(), bare).weeks[1].opens == dt.date(2027, 3, 8)


def test_two_modules_with_the_same_number_name_both_and_the_fix():
    pages = {**PAGES, "workcom/week-2.md": {"title": "Peer review", "week": 1}}
    with pytest.raises(AuthoringError) as caught:
        parse_course(config(), pages)
    message = str(caught.value)
    assert message.startswith("mkdocs.yml, 'extra.course.weeks[2].page'")
    assert "workcom/week-2.md would be Week 1, as weeks[1] (workcom/week-1.md) is" in message
    assert "its own `week:` number" in message


@pytest.mark.parametrize(
    ("changes", "item", "fix"),
    [
        ({"start": "2027-02-30"}, "extra.course.start", "February 2027 has 28 days"),
        ({"start": "1 Feb 2027"}, "extra.course.start", "YYYY-MM-DD"),
        ({"timezone": "Central Time"}, "extra.course.timezone", "is not a time zone"),
        ({"class_minutes": 0}, "extra.course.class_minutes", "number of minutes of at least 1"),
        (
            {"weeks": [{"page": "workcom/week-1.md", "due": "4"}]},
            "extra.course.weeks[0].due",
            "without quotes: `due: 4`",
        ),
        (
            {"weeks": [{"page": "workcom/week-1.md", "dew": 4}]},
            "extra.course.weeks[0].dew",
            "did you mean `due`?",
        ),
        ({"week": ["workcom/week-1.md"]}, "extra.course.week", "did you mean `weeks`?"),
        (
            {"weeks": ["workcom/week-2.md", "workcom/week-1.md"]},
            "extra.course.weeks[1].page",
            "workcom/week-1.md is Week 1, but it is listed after workcom/week-2.md (Week 2)",
        ),
        (
            {"contact_email": "mailto:me@school.ca"},
            "extra.course.contact_email",
            "write the address alone: me@school.ca",
        ),
        (
            {"contact_email": "me@school.ca, you@school.ca"},
            "extra.course.contact_email",
            "one address",
        ),
        ({"timezone": "Canada/Atlantis"}, "extra.course.timezone", "America/Winnipeg"),
        ({"timezone": "Canada/" + "x" * 300}, "extra.course.timezone", "America/Winnipeg"),
        ({"timezone": "EST"}, "extra.course.timezone", "daylight saving time"),
        ({"timezone": "Etc/GMT+5"}, "extra.course.timezone", "America/Toronto"),
        ({"class_day": "Funday"}, "extra.course.class_day", "Wednesday"),
        ({"class_time": "25:00"}, "extra.course.class_time", '"18:30"'),
        ({"class_minutes": "ninety"}, "extra.course.class_minutes", "whole number of minutes"),
        (
            {"weeks": [{"page": "workcom/week-1.md", "due": "friday"}]},
            "extra.course.weeks[0].due",
            "'friday' is not a whole number of days. Fix:",
        ),
        ({"weeks": [{"page": "workcom/week-9.md"}]}, "extra.course.weeks[0].page", "docs/"),
        ({"weeks": ["workcom/week2.md"]}, "extra.course.weeks[0].page", "mean workcom/week-2.md?"),
        ({"weeks": ["nothing/like-it.md"]}, "extra.course.weeks[0].page", "e.g. workcom/week-1"),
        (
            {"weeks": ["workcom/week-1.md", "workcom/week-1.md"]},
            "extra.course.weeks[1].page",
            "once",
        ),
        ({"start": None}, "extra.course.start", "add `start:`"),
        ({"colour": "red"}, "extra.course.colour", "spelling"),
    ],
)
def test_a_bad_setting_names_the_key_and_the_fix(changes, item, fix):
    with pytest.raises(AuthoringError) as caught:
        parse_course(config(**changes), PAGES)
    message = str(caught.value)
    assert message.startswith(f"mkdocs.yml, '{item}'")
    assert fix in message


def test_a_renamed_module_page_is_suggested_not_a_page_the_list_already_has():
    # week-2.md renamed to peer-review.md; mkdocs.yml still says week-2.md.
    pages = {**PAGES, "workcom/peer-review.md": PAGES["workcom/week-2.md"], "workcom/index.md": {}}
    del pages["workcom/week-2.md"]
    with pytest.raises(AuthoringError) as caught:
        parse_course(config(weeks=list(PAGES)), pages)
    message = str(caught.value)
    assert message.startswith("mkdocs.yml, 'extra.course.weeks[2].page'")
    assert "did you mean workcom/peer-review.md?" in message


def test_the_page_suggested_for_a_missing_one_is_never_one_already_listed():
    weeks = [*PAGES, "workcom/week-3.md"]
    with pytest.raises(AuthoringError) as caught:
        parse_course(config(weeks=weeks), {**PAGES, "workcom/index.md": {}})
    assert "did you mean" not in str(caught.value)  # not week-2.md, and not index.md either


def test_a_site_of_stand_alone_lessons_has_no_course_but_its_settings_are_checked():
    assert course_or_none(None, PAGES) is None
    assert course_or_none({"title": "Lessons", "contact_email": "me@school.ca"}, PAGES) is None
    with pytest.raises(AuthoringError, match=r"'extra.course.week'.*did you mean `weeks`"):
        course_or_none({"title": "Lessons", "week": ["workcom/week-1.md"]}, PAGES)
    with pytest.raises(AuthoringError, match="write the address alone"):
        course_or_none({"contact_email": "mailto:me@school.ca"}, PAGES)
    assert course_or_none(config(), PAGES).title == "Workplace Communications"


def test_a_good_configuration_raises_nothing():
    assert parse_course(config(), PAGES).title == "Workplace Communications"
    assert parse_course(config(timezone="UTC"), PAGES).title  # no daylight saving to follow


def test_activities_are_counted_from_the_page_source():
    source = (
        '{% call quiz("a", "?") %}\n{% endcall %}\ntext\n{%- call rubric("r", "R") %}{% endcall %}'
    )
    assert activities(source) == ["quiz", "rubric"]
    assert activities("no activities, just {{ helpful() }}") == []


def test_page_urls_follow_mkdocs():
    assert page_url("index.md") == ""
    assert page_url("workcom/index.md") == "workcom/"
    assert page_url("workcom/week-1.md") == "workcom/week-1/"
    assert page_url("workcom/week-1.md", use_directory_urls=False) == "workcom/week-1.html"


def _calendar(start=dt.date(2027, 3, 1), cohort="Winter 2027"):
    course = parse_course(config(start=start, cohort=cohort), PAGES)
    return Calendar.from_ical(build_calendar(course, "https://me.github.io/workcom/"))


def test_the_calendar_has_a_class_and_a_due_date_per_module():
    events = _calendar().walk("VEVENT")
    classes = [e for e in events if str(e["summary"]).startswith("Workplace Communications class")]
    dues = [e for e in events if str(e["summary"]).startswith("Due:")]
    assert len(classes) == len(dues) == 3
    assert classes[2]["dtstart"].dt == dt.datetime(
        2027, 3, 17, 18, 30, tzinfo=classes[2]["dtstart"].dt.tzinfo
    )
    assert str(classes[2]["dtstart"].dt.tzinfo) == "America/Winnipeg"
    assert dues[0]["dtstart"].dt == dt.date(2027, 3, 7)
    assert str(dues[1]["url"]) == "https://me.github.io/workcom/workcom/week-1/"


def test_the_calendar_names_only_the_forks_course():
    """A fork's course.ics once said PRODID:-//Workplace Communications course site//EN."""
    course = parse_course(config(title="Food Safety English", cohort=None), PAGES)
    ics = build_calendar(course, "https://me.github.io/food/").decode()
    assert "PRODID:-//Food Safety English course site//EN" in ics
    assert "Workplace" not in ics


def test_the_calendar_links_pages_as_mkdocs_writes_them_without_directory_urls():
    course = parse_course(config(), PAGES)
    ics = build_calendar(course, "https://me.github.io/workcom/", use_directory_urls=False)
    urls = {str(e["url"]) for e in Calendar.from_ical(ics).walk("VEVENT")}
    assert "https://me.github.io/workcom/workcom/week-1.html" in urls
    assert not any(url.endswith("/") for url in urls)  # week-1/ is no page of such a site


def test_the_calendar_carries_its_time_zone_definition():
    assert [str(tz["tzid"]) for tz in _calendar().walk("VTIMEZONE")] == ["America/Winnipeg"]


def test_uids_are_stable_across_rebuilds_and_dates_but_differ_per_cohort():
    uids = [str(e["uid"]) for e in _calendar().walk("VEVENT")]
    assert len(set(uids)) == len(uids)
    assert uids == [str(e["uid"]) for e in _calendar(start=dt.date(2027, 3, 8)).walk("VEVENT")]
    assert set(uids).isdisjoint(str(e["uid"]) for e in _calendar(cohort="Fall 2027").walk("VEVENT"))


def test_two_sites_on_one_host_with_the_same_cohort_never_share_an_event():
    # An instructor with two sections (two copies of the site) imports both calendars.
    course = parse_course(config(), PAGES)

    def uids(site: str) -> set[str]:
        return {
            str(e["uid"]) for e in Calendar.from_ical(build_calendar(course, site)).walk("VEVENT")
        }

    first, second = uids("https://me.github.io/morning/"), uids("https://me.github.io/evening/")
    assert len(first) == 6 and first.isdisjoint(second)
    # A site at the root of its host keeps the ids it always had.
    assert "winter-2027-workcom-week-1-class@school.ca" in uids("https://school.ca/")


def test_a_later_build_gives_every_event_a_higher_sequence_so_apps_take_the_new_dates():
    course = parse_course(config(), PAGES)
    site = "https://me.github.io/workcom/"

    def sequences(now):
        calendar = Calendar.from_ical(build_calendar(course, site, now))
        assert str(calendar["method"]) == "PUBLISH"
        return {int(e["sequence"]) for e in calendar.walk("VEVENT")}

    (first,) = sequences(dt.datetime(2027, 1, 4, 9, 0, tzinfo=dt.UTC))
    (later,) = sequences(dt.datetime(2027, 1, 4, 9, 5, tzinfo=dt.UTC))
    assert 0 < first < later < 2**31  # an iCalendar INTEGER


def test_a_week_is_named_with_its_label_once_whether_or_not_its_title_has_it():
    pages = {**PAGES, "workcom/week-2.md": {"title": "Peer review", "week": 2}}
    course = parse_course(config(), pages)
    assert [w.heading for w in course.weeks] == [
        "Before you begin",
        "Week 1: Talk",
        "Week 2: Peer review",
    ]


CONFIG_TEXT = """site_name: A course
repo_url: !ENV [REPO_URL, "https://example.org"]
extra:
  course:
    start: 2027-02-01
    weeks:
      - workcom/week-1.md
      - page: workcom/week-2.md
        dew: 4
"""


@pytest.mark.parametrize(
    ("item", "line"),
    [
        ("extra.course.start", 5),
        ("extra.course.weeks", 6),
        ("extra.course.weeks[0].page", 7),  # an entry that is only its page
        ("extra.course.weeks[1].page", 8),
        ("extra.course.weeks[1].dew", 9),
        ("extra.course.weeks[5].page", 6),  # not there: the nearest part that is
        ("extra.course.timezone", 4),
    ],
)
def test_a_settings_line_in_mkdocs_yml_is_found_whatever_its_tags(item, line):
    assert setting_line(CONFIG_TEXT, item) == line


def test_a_file_that_is_not_yaml_has_no_lines_to_give():
    assert setting_line("extra: [unclosed", "extra.course.start") is None


@pytest.mark.parametrize(
    ("nav", "pair"),
    [
        (["index.md", "w1.md", "w2.md", "w3.md", "about.md"], None),
        (["w1.md", "about.md", "w2.md"], None),  # other pages between the weeks do not matter
        (["w1.md", "w3.md"], None),  # a module page missing from nav: MkDocs reports it
        (["w1.md", "w3.md", "w2.md"], ("w3.md", "w2.md")),
        (["w3.md", "w1.md", "w2.md"], ("w3.md", "w1.md")),
    ],
)
def test_nav_must_list_the_module_pages_in_the_order_of_weeks(nav, pair):
    assert nav_out_of_order(["w1.md", "w2.md", "w3.md"], nav) == pair


def test_nav_line_finds_a_page_at_any_depth_of_nav_and_only_there():
    text = (
        "site_name: x\nextra:\n  page: w2.md\n"
        "nav:\n  - Home: index.md\n  - Course:\n      - w1.md\n      - Two: w2.md\n"
    )
    assert nav_line(text, "w2.md") == 8
    assert nav_line(text, "w1.md") == 7
    assert nav_line(text, "gone.md") is None
    assert nav_line("nav: [unclosed", "w1.md") is None


def test_the_schedule_and_my_work_are_the_pages_that_show_them_wherever_they_are():
    """A fork's Schedule page may be food/schedule.md: the banner once linked workcom/ always."""
    sources = {
        "index.md": "# Home\n\n{{ this_week() }}\n",
        "food/schedule.md": "# Schedule\n\n{{ schedule() }}\n",
        "guide.md": "Write {% raw %}{{ schedule() }}{% endraw %} on a page.\n",
        "mine.md": "# Mine\n\n{{- my_work() -}}\n",
    }
    assert page_calling(sources, "schedule") == "food/schedule.md"
    assert page_calling({"guide.md": sources["guide.md"]}, "schedule") is None
    assert page_calling(sources, "my_work") == "mine.md"
