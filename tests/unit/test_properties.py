"""Property-based tests of every author-syntax parser (hypothesis).

For any input, a parser returns a valid model or raises AuthoringError with a message, never
another exception; and what the model renders to is HTML that parses as written, with no
element or attribute that could run script.
"""

from __future__ import annotations

import datetime as dt
import json

import markdown
import pytest
from bs4 import BeautifulSoup
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from jinja2 import Environment, TemplateSyntaxError
from mkdocs.exceptions import PluginError

from macros import (
    attribution,
    calendar,
    frontmatter,
    glossary,
    letters,
    licenses,
    quiz,
    template_errors,
    workbook,
)
from macros.course import parse_course
from macros.errors import AuthoringError
from tests.support.structure import structure_problems

settings.register_profile(
    "wc", max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)
settings.load_profile("wc")

# Pieces of every author syntax, and of hostile text, so examples reach deep into each parser.
TOKENS = [
    "- ", "* ", "1. ", "2) ", "[ ] ", "[x] ", "[X] ", "[[", "]]", "|", "hint:", " => ", "> ",
    "    > ", "    ", "\t", "\n", "\n\n", "Explanation: ", ":", "...", "True", "False",
    "[Your name]", "[", "]", "Greeting: ", "**", "`", "[a link](../lessons/index.md)",
    "<script>alert(1)</script>", '"', "'", "&amp;", "{{ x }}", "{% raw %}", "<b onclick=x>",
    "\u202eRTL \u05e9\u05dc\u05d5\u05dd \u0645\u0631\u062d\u0628\u0627", "\U0001f600",
    "Supercalifragilisticexpialidocious" * 3, "# ", "---", "\r\n", "\u00a0",
]  # fmt: skip
fragment = st.one_of(st.sampled_from(TOKENS), st.text(max_size=6))
text = st.lists(fragment, max_size=12).map("".join)
line = st.lists(fragment, min_size=1, max_size=5).map("".join)
words = st.lists(fragment, min_size=1, max_size=4).map("".join).filter(lambda t: t.strip())
feedback = st.one_of(st.just(""), words.map(lambda t: "\n    > " + t.replace("\n", " ")))
# Well-formed bodies with any text in their slots: these reach the renderers.
choices = st.lists(
    st.tuples(st.sampled_from(" x"), words, feedback).map(lambda c: f"- [{c[0]}] {c[1]}{c[2]}"),
    min_size=2,
    max_size=4,
).map("\n".join)
blanks = st.lists(
    st.tuples(words, words, words).map(lambda g: f"- {g[0]} [[{g[1]}|hint: {g[2]}]] {g[0]}"),
    min_size=1,
    max_size=3,
).map("\n".join)
pairs = st.lists(st.tuples(words, words).map(lambda p: f"- {p[0]} => {p[1]}"), min_size=2).map(
    "\n".join
)
steps = st.lists(words.map(lambda t: "1. " + t), min_size=2, max_size=4).map("\n".join)
listed = st.lists(words.map(lambda t: "- " + t), min_size=1, max_size=4).map("\n".join)
formed = st.one_of(choices, blanks, pairs, steps, listed, words)
body = st.one_of(text, st.lists(line, max_size=8).map("\n".join), formed)
item_id = st.one_of(st.from_regex(r"[a-z0-9]{1,6}(-[a-z0-9]{1,4}){0,2}", fullmatch=True), text)
levels = st.one_of(
    st.none(),
    st.lists(st.sampled_from(["A", "B", " ", "A", "Not yet"])).map("|".join),
    text,
)


def _sound(html: str) -> None:
    assert structure_problems(html) == [], html


def _authoring(error: AuthoringError) -> None:
    assert error.problem.strip() and error.fix.strip()
    assert str(error).strip()


quiz_type = st.one_of(st.none(), st.sampled_from([*quiz.TYPES, *quiz.ALIASES, "x"]))


@given(item_id, text, st.one_of(choices, blanks, pairs, steps, body), quiz_type)
def test_any_quiz_block_parses_or_fails_with_an_authoring_error(quiz_id, prompt, source, kind):
    try:
        model = quiz.parse_quiz(quiz_id, prompt, source, kind)
    except AuthoringError as error:
        _authoring(error)
        return
    assert model.type in quiz.TYPES
    _sound(quiz.render_quiz(model))


noted = st.lists(
    st.tuples(words, words).map(lambda p: f"{p[0]}\n> Part: {p[1].replace(chr(10), ' ')}\n"),
    min_size=1,
    max_size=3,
).map("\n".join)
letter_kind = st.sampled_from(["email", "phone", "fax"])


@given(item_id, text, st.one_of(noted, body), st.one_of(st.none(), text), letter_kind)
def test_any_letter_parses_or_fails_with_an_authoring_error(
    letter_id, title, source, subject, kind
):
    try:
        model = letters.parse_letter(letter_id, title, source, subject=subject, kind=kind)
    except AuthoringError as error:
        _authoring(error)
        return
    _sound(letters.render_letter(model))


goals = st.one_of(st.integers(-2, 12), st.none(), st.booleans(), text)


@given(item_id, text, st.one_of(listed, body), levels, goals)
def test_any_checklist_parses_or_fails_with_an_authoring_error(cid, title, source, names, count):
    try:
        model = workbook.parse_checklist(cid, title, source, names, count)
    except AuthoringError as error:
        _authoring(error)
        return
    _sound(workbook.render_checklist(model))


rubric_lines = st.lists(
    st.lists(words, min_size=3, max_size=4).map(lambda cells: "- " + " | ".join(cells)),
    min_size=1,
    max_size=3,
).map("\n".join)


@given(item_id, text, st.one_of(rubric_lines, body), levels)
def test_any_rubric_parses_or_fails_with_an_authoring_error(rid, title, source, names):
    try:
        model = workbook.parse_rubric(rid, title, source, names)
    except AuthoringError as error:
        _authoring(error)
        return
    _sound(workbook.render_rubric(model))


@given(item_id, text, st.one_of(listed, body))
def test_any_journal_parses_or_fails_with_an_authoring_error(jid, title, source):
    try:
        model = workbook.parse_journal(jid, title, source)
    except AuthoringError as error:
        _authoring(error)
        return
    _sound(workbook.render_journal(model))


# YAML front matter: any scalar YAML can give, nested in mappings with the keys authors use.
scalar = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(-5, 500),
    st.floats(allow_nan=False, allow_infinity=False),
    st.dates(),
    text,
    st.sampled_from([*licenses.known_ids(), "https://example.org/a", "assets/img/x.svg"]),
)
CREDIT_KEYS = sorted(
    {*attribution.SOURCE_FIELDS, *attribution.SOURCE_OPTIONAL, *attribution.MEDIA_FIELDS}
    | {*attribution.MEDIA_OPTIONAL, "license", "other"}
)
credit = st.dictionaries(st.sampled_from(CREDIT_KEYS), scalar, max_size=9)
credits = st.one_of(scalar, credit, st.lists(st.one_of(credit, scalar), max_size=3))
PAGE_KEYS = ["title", "licence", "time", "week", "description", "level", "objectives"]
front_matter = st.fixed_dictionaries(
    {},
    optional={
        **{key: st.one_of(scalar, st.lists(scalar, max_size=3)) for key in PAGE_KEYS},
        "source": credits,
        "media": credits,
    },
)
SITE = attribution.site_licensing(
    {"licence": "CC-BY-NC-SA-4.0", "licensor": "Course contributors", "code_licence": "MIT"},
    "https://example.org/course/",
    "en",
)


@given(front_matter)
def test_any_front_matter_credits_parse_or_fail_with_an_authoring_error(meta):
    try:
        page = attribution.parse_page(meta, "lessons/a.md", "lessons/a/", "A page", SITE)
    except AuthoringError as error:
        _authoring(error)
        return
    _sound(attribution.footer_html(page, SITE))
    script = attribution.json_ld_script(attribution.json_ld(page, SITE, "https://x.test/a/"))
    assert "<" not in script and json.loads(script)["@type"] == "LearningResource"
    sources, media = attribution.collect([page])
    for kind, found in (("sources", sources), ("media", media)):
        _sound(attribution.attributions_html(found, kind, lambda url: url))


@given(st.dictionaries(st.sampled_from(["licence", "licensor", "code_licence", "x"]), scalar))
def test_any_site_licensing_parses_or_fails_with_an_authoring_error(extra):
    try:
        attribution.site_licensing(extra, "https://example.org/", "en")
    except AuthoringError as error:
        _authoring(error)


PAGES = {"workcom/week-1.md": {"title": "Week 1", "time": 90}, "workcom/week-2.md": {}}
COURSE_KEYS = [
    "title", "cohort", "start", "timezone", "class_day", "class_time", "class_minutes",
    "contact_email", "weeks", "other",
]  # fmt: skip
course_value = st.one_of(
    scalar,
    st.sampled_from(["2027-02-01", "America/Winnipeg", "Wednesday", "18:30", "25:00", "Mars/Base"]),
)
week = st.one_of(
    scalar,
    st.sampled_from(list(PAGES)),
    st.dictionaries(
        st.sampled_from(["page", "due", "x"]),
        st.one_of(course_value, st.sampled_from(list(PAGES))),
    ),
)
valid_course = {
    "title": "Course",
    "start": "2027-02-01",
    "timezone": "America/Winnipeg",
    "class_day": "Wednesday",
    "class_time": "18:30",
    "weeks": list(PAGES),
}


@given(
    st.one_of(
        scalar,
        st.dictionaries(st.sampled_from(COURSE_KEYS), course_value),
        # A valid course with some settings replaced: reaches the checks after the first one.
        st.dictionaries(
            st.sampled_from(COURSE_KEYS), st.one_of(course_value, st.lists(week, max_size=4))
        ).map(lambda changes: {**valid_course, **changes}),
    )
)
def test_any_course_configuration_parses_or_fails_with_an_authoring_error(raw):
    try:
        course = parse_course(raw, PAGES)
    except AuthoringError as error:
        _authoring(error)
        return
    assert course.weeks and all(w.class_end > w.class_start for w in course.weeks)
    ics = calendar.build_calendar(course, "https://example.org/c/", dt.datetime(2027, 1, 1))
    assert ics.startswith(b"BEGIN:VCALENDAR")


@pytest.mark.parametrize(
    "html",
    [
        "<p>text <div>block</div></p>",
        "<span>a</p>",
        "<div><p>open",
        "<p>x</p><script>alert(1)</script>",
        '<a href="javascript:alert(1)">x</a>',
        '<img src="x" onerror="alert(1)">',
    ],
)
def test_the_structure_check_catches_broken_or_scripted_html(html):
    assert structure_problems(html) != []


def test_the_structure_check_passes_sound_html():
    assert structure_problems('<div><p>a <strong>b</strong><br><input type="text"></p></div>') == []


term = words.map(lambda t: " ".join(t.split())).filter(lambda t: t and "]" not in t)


@given(text)
def test_any_glossary_file_parses_or_fails_with_a_message_and_a_fix(source):
    try:
        assert isinstance(glossary.parse_glossary(source), dict)
    except PluginError as error:
        assert "includes/abbreviations.md, line " in str(error) and "Fix: " in str(error)


@given(st.dictionaries(term, words, min_size=1, max_size=4), st.lists(fragment, max_size=12))
def test_glossary_buttons_keep_the_page_sound_and_its_text_the_same(terms, pieces):
    source = " ".join(pieces + list(terms) + ["[a link](x.md)"] + list(terms))
    before = markdown.markdown(
        source, extensions=["abbr"], extension_configs={"abbr": {"glossary": terms}}
    )
    after = glossary.term_buttons(before)
    # Markdown passes an author's raw HTML through: the buttons add no problem of their own.
    assert structure_problems(after) == structure_problems(before), after
    soup = BeautifulSoup(after, "html.parser")
    opened = [button.get_text() for button in soup.select("button.wc-term")]
    assert len(opened) == len(set(opened)) == len(soup.select("[popover]"))
    for popover in soup.select("[popover]"):
        popover.decompose()
    assert soup.get_text() == BeautifulSoup(before, "html.parser").get_text()


# A page's file: front matter lines (YAML or not) and a body with macro code that may not close.
page_file = st.tuples(
    st.lists(st.one_of(fragment, st.sampled_from(["title: ", "week: ", "- ", ": "])), max_size=10),
    st.lists(
        st.one_of(fragment, st.sampled_from(['{% call quiz("a", "b") %}', "{% endcall %}"])),
        max_size=12,
    ),
).map(lambda parts: "---\n" + "".join(parts[0]) + "\n---\n" + "".join(parts[1]))


@given(page_file)
def test_any_page_file_s_front_matter_reads_or_fails_with_its_line_and_a_fix(source):
    error = frontmatter.front_matter_error(source, "a.md")
    if error is not None:
        assert isinstance(error, AuthoringError) and error.fix
        assert error.line is None or 2 <= error.line <= source.count("\n") + 1
    line = template_errors.unclosed_call(source)
    assert line is None or 1 <= line <= source.count("\n") + 1
    try:
        Environment().parse(source)
    except TemplateSyntaxError as caught:
        message = str(template_errors.syntax_error(caught, source, "a.md"))
        assert message.startswith("a.md, line ") and ". Fix: " in message
