"""LMS exports: the quizzes of each week, each lesson and the whole course as Moodle GIFT and as
QTI 1.2 for Canvas Classic Quizzes, written into the built site under `exports/`.

Author syntax: a course week gets its own files unless its front matter says `exports: false`;
another page with quizzes gets them when it says `exports: true`. An instructor page lists the
files with

    ---
    uses_all_quizzes: true
    ---
    {{ lms_exports() }}

`uses_all_quizzes: true` makes the page render after every quiz page (macros/page_order.py).

How our types map (the instructor page shows the same table):

| ours        | GIFT (Moodle)                            | Canvas Classic (QTI 1.2)          |
|-------------|------------------------------------------|-----------------------------------|
| single      | multiple choice `{=right ~wrong}`        | multiple_choice_question          |
| multiple    | multiple answers `{~%50%a ~%-100%b}`     | multiple_answers_question         |
| true-false  | true/false `{T#wrong fb#right fb}`       | true_false_question               |
| fill        | one short answer per blank `{=a =b}`     | fill_in_multiple_blanks_question  |
| match       | matching `{=left -> right}`              | matching_question                 |
| order       | matching: step -> its position           | matching_question: step -> position |
| reflection  | essay `{}`, model answer as feedback     | essay_question                    |

Text is plain: inline Markdown is reduced to the words a reader sees (links keep their text).
Hints are dropped. Feedback per option is kept for choices, true/false and blanks; matching
and order keep only the general feedback (the explanation). Every export is pure: entries in,
text or bytes out; the same registry always gives the same bytes.

GIFT has no escape for `->`: where Moodle would read it as a matching arrow (gift_arrows), it
stops the export. A blank's answer with an apostrophe is exported with both the straight and
the curly one (blank_answers), as the site accepts both. The whole-course GIFT file gives each
week its own category inside the course's.
"""

from __future__ import annotations

import html
import io
import re
import zipfile
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from xml.etree import ElementTree as ET

from macros.errors import AuthoringError
from macros.frontmatter import flag
from macros.quiz import Blank, Choice, Gap, Pair, Quiz, Step, block_markdown, plain_text
from macros.registry import Entry

EXPORT_DIR = "exports"
EXPORTS_PAGE = "instructors/lms-exports.md"
# Moodle's standard grades (question/format.php): GIFT weights must be one of these.
MOODLE_GRADES = (
    "100", "90", "83.33333", "80", "75", "70", "66.66667", "60", "50", "40", "33.33333", "30",
    "25", "20", "16.66667", "14.28571", "12.5", "11.11111", "10", "5",
)  # fmt: skip
CANVAS_TYPES = {
    "single": "multiple_choice_question",
    "multiple": "multiple_answers_question",
    "true-false": "true_false_question",
    "fill": "fill_in_multiple_blanks_question",
    "match": "matching_question",
    "order": "matching_question",
    "reflection": "essay_question",
}
ORDER_NOTE = " Match each step with its place in the order (1 is first)."
# Moodle's GIFT import splits a matching pair at its first "->", and GIFT has no escape for it.
GIFT_ARROW = "->"
CURLY = "\u2019"  # the curly apostrophe (right single quotation mark) that phones often type
_GIFT_SPECIAL = re.compile(r"([\\~=#{}:])")
_ZIP_TIME = (2020, 1, 1, 0, 0, 0)


# --- text ------------------------------------------------------------------------------------


def plain(text: str) -> str:
    """Inline Markdown as the plain words a reader sees, on one line."""
    return re.sub(r"\s+", " ", plain_text(text)).strip()


def plain_block(text: str) -> str:
    """Block Markdown (paragraphs, lists) as plain words on one line."""
    words = html.unescape(re.sub(r"<[^>]+>", " ", str(block_markdown(text))))
    return re.sub(r"\s+([.,;:!?])", r"\1", re.sub(r"\s+", " ", words)).strip()


def plain_part(text: str) -> str:
    """A piece of a fill-in sentence as plain text, keeping the spaces at its two ends."""
    lead = " " if text[:1].isspace() else ""
    tail = " " if text[-1:].isspace() else ""
    return f"{lead}{plain(text)}{tail}" if text.strip() else " "


def gift_escape(text: str) -> str:
    """Text safe inside GIFT: backslash before each of \\ ~ = # { } :."""
    return _GIFT_SPECIAL.sub(r"\\\1", text)


def moodle_grade(percent: float, quiz_id: str = "") -> str:
    """A percentage as one of Moodle's standard grades ('33.33333'); other values fail."""
    for grade in MOODLE_GRADES:
        if abs(abs(percent) - float(grade)) < 0.001:
            return ("-" if percent < 0 else "") + grade
    raise AuthoringError(
        f"the weight {percent:.5g}% is not one of Moodle's standard grades",
        "a multiple-select quiz can have at most 10 right and 10 wrong options; split it in two",
        item=quiz_id,
    )


def _check(quiz: Quiz, page: str) -> None:
    """Refuse what an LMS import rejects: one option, one pair (the parser already does too)."""
    if quiz.type in ("single", "multiple", "true-false") and len(quiz.items) < 2:
        problem, fix = "a choice quiz with one option cannot be imported", "add a second option"
    elif quiz.type in ("match", "order") and len(quiz.items) < 2:
        problem, fix = "a matching quiz with one pair cannot be imported", "add a second pair"
    else:
        return
    raise AuthoringError(f"LMS export: {problem}", fix, page=page, item=quiz.id)


def gift_arrows(quiz: Quiz) -> list[tuple[str, str]]:
    """The texts of a quiz that Moodle's GIFT import misreads for their "->": (what, text).

    Moodle (qformat_gift) reads an answer block that holds `=` and `->` as matching, and cuts
    each pair at its first `->`. So an arrow breaks an order step or a pair's left side (the
    right side is read whole), and a blank's answer or feedback (the blank is read as a broken
    matching question). An arrow is safe in a prompt, a choice, true/false feedback and the
    general feedback: Moodle reads those apart from the pairs, or the block has a `~` and is
    read as multiple choice first.
    """
    texts: list[tuple[str, str]] = []
    for item in quiz.items:
        if isinstance(item, Step):
            texts.append(("the step", item.text))
        elif isinstance(item, Pair):
            texts.append(("the left side", item.left))
        elif isinstance(item, Gap):
            texts += [("the answer", a) for blank in item.blanks for a in blank.answers]
            texts += [("the feedback", item.feedback)] if item.feedback else []
    return [(what, text) for what, text in texts if GIFT_ARROW in plain(text)]


def _check_arrows(quiz: Quiz, page: str) -> None:
    """Refuse a "->" that would break the quiz's GIFT question (see gift_arrows)."""
    arrows = gift_arrows(quiz)
    if not arrows:
        return
    what, text = arrows[0]
    raise AuthoringError(
        f'LMS export: {what} {text!r} has "->", which Moodle\'s GIFT import reads as the arrow '
        "of a matching pair",
        'write "→" or "then" instead of "->"',
        page=page,
        item=quiz.id,
    )


def apostrophe_forms(answer: str) -> list[str]:
    """The answer as written, then with its apostrophes all straight, then all curly; no repeats."""
    forms = (answer, answer.replace(CURLY, "'"), answer.replace("'", CURLY))
    return list(dict.fromkeys(forms))


def blank_answers(blank: Blank) -> list[str]:
    """The answers an LMS accepts for a blank: each as plain text, in both apostrophe forms.

    The site accepts a straight and a curly apostrophe alike (normalize_answer); Moodle and
    Canvas accept only the answers they are given, so each answer with one lists both forms.
    """
    return list(dict.fromkeys(f for a in blank.answers for f in apostrophe_forms(plain(a))))


def _feedback_parts(quiz: Quiz) -> str:
    """The general feedback: the explanation, and a reflection's model answer."""
    parts = []
    if quiz.model_answer:
        parts.append("Model answer: " + plain_block(quiz.model_answer))
    if quiz.explanation:
        parts.append(plain_block(quiz.explanation))
    return " ".join(parts)


def choice_weights(quiz: Quiz, page: str = "") -> list[str]:
    """Moodle grades of a multiple-select quiz: right options share 100, wrong share -100."""
    choices = [c for c in quiz.items if isinstance(c, Choice)]
    right = sum(c.correct for c in choices)
    wrong = len(choices) - right
    try:
        return [moodle_grade(100 / right if c.correct else -100 / wrong, quiz.id) for c in choices]
    except AuthoringError as error:
        raise error.at(page) from None


def order_pairs(quiz: Quiz) -> list[tuple[str, str]]:
    """An order quiz as matching pairs: each step's text -> its position ('1', '2', ...)."""
    return [(s.text, str(n)) for n, s in enumerate(quiz.items, start=1) if isinstance(s, Step)]


def match_pairs(quiz: Quiz) -> list[tuple[str, str]]:
    """The (left, right) pairs a matching or order quiz exports."""
    if quiz.type == "order":
        return order_pairs(quiz)
    return [(p.left, p.right) for p in quiz.items if isinstance(p, Pair)]


# --- GIFT ------------------------------------------------------------------------------------


def _gift_fb(text: str) -> str:
    return f"#{gift_escape(plain(text))}" if text else ""


def gift_questions(entry: Entry) -> list[str]:
    """One quiz as GIFT questions (a fill-in quiz gives one short answer per blank)."""
    quiz = entry.quiz
    _check(quiz, entry.page)
    _check_arrows(quiz, entry.page)
    title, prompt = f"::{gift_escape(quiz.id)}::", gift_escape(plain(quiz.prompt))
    general = _feedback_parts(quiz)
    tail = f" ####{gift_escape(general)}" if general else ""
    choices = [c for c in quiz.items if isinstance(c, Choice)]
    if quiz.type == "single":
        options = " ".join(
            ("=" if c.correct else "~") + gift_escape(plain(c.text)) + _gift_fb(c.feedback)
            for c in choices
        )
        return [f"{title}{prompt} {{{options}{tail}}}"]
    if quiz.type == "multiple":
        options = " ".join(
            f"~%{w}%" + gift_escape(plain(c.text)) + _gift_fb(c.feedback)
            for c, w in zip(choices, choice_weights(quiz, entry.page), strict=True)
        )
        return [f"{title}{prompt} {{{options}{tail}}}"]
    if quiz.type == "true-false":
        right = next(c for c in choices if c.correct)
        wrong = next(c for c in choices if not c.correct)
        letter = "T" if plain(right.text).lower() == "true" else "F"
        fb = f"#{gift_escape(plain(wrong.feedback))}#{gift_escape(plain(right.feedback))}"
        fb = "" if not (wrong.feedback or right.feedback) else fb
        return [f"{title}{prompt} {{{letter}{fb}{tail}}}"]
    if quiz.type in ("match", "order"):
        prompt += gift_escape(ORDER_NOTE) * (quiz.type == "order")
        pairs = " ".join(
            f"={gift_escape(plain(left))} -> {gift_escape(plain(right))}"
            for left, right in match_pairs(quiz)
        )
        return [f"{title}{prompt} {{{pairs}{tail}}}"]
    if quiz.type == "fill":
        return _gift_blanks(quiz, prompt, tail)
    return [f"{title}{prompt} {{{tail.strip()}}}"]


def _gift_blanks(quiz: Quiz, prompt: str, tail: str) -> list[str]:
    out = []
    number = 0
    for gap in quiz.items:
        assert isinstance(gap, Gap)
        for target in gap.blanks:
            number += 1
            text = []
            for part in gap.parts:
                if part is target:
                    answers = " ".join(
                        "=" + gift_escape(a) + _gift_fb(gap.feedback) for a in blank_answers(part)
                    )
                    text.append(f"{{{answers}{tail}}}")
                elif isinstance(part, Blank):
                    text.append("_____")
                else:
                    text.append(gift_escape(plain_part(part)))
            body = re.sub(r" +", " ", "".join(text)).strip()
            out.append(f"::{gift_escape(quiz.id)}-{number}::{prompt} {body}")
    return out


def gift_category(*names: str) -> str:
    """A `$CATEGORY:` line: the names as nested categories of the course's question bank.

    Moodle reads the line without escapes and nests a category at each `/`, so a `/` or `:`
    in a name becomes ' - ' ('Week 1: Peer review' -> 'Week 1 - Peer review').
    """
    names = tuple(re.sub(r"\s*[/:]+\s*", " - ", plain(n)).strip() for n in names)
    return "$CATEGORY: $course$/" + "/".join(names)


def to_gift(entries: Sequence[Entry], title: str, weeks: Mapping[str, str] | None = None) -> str:
    """The entries as one GIFT file (UTF-8 text), a comment line naming the set first.

    The questions go into a category named after the set. With `weeks` (each week's page and
    heading: the whole-course file), each week's go into its own category inside that one.
    """
    blocks = [f"// {title}: {len(entries)} quizzes. Import into Moodle as GIFT."]
    category = ""
    for entry in entries:
        line = gift_category(title, weeks[entry.page]) if weeks else gift_category(title)
        if line != category:
            blocks.append(category := line)
        blocks.append(f"// {entry.quiz.type} quiz from {entry.page}")
        blocks.extend(gift_questions(entry))
    return "\n\n".join(blocks) + "\n"


# --- QTI 1.2 (Canvas Classic Quizzes) ----------------------------------------------------------

QTI_NS = "http://www.imsglobal.org/xsd/ims_qtiasiv1p2"
CP_NS = "http://www.imsglobal.org/xsd/imscp_v1p1"


def _sub(parent: ET.Element, tag: str, text: str | None = None, **attrs: str) -> ET.Element:
    node = ET.SubElement(parent, tag, attrs)
    if text is not None:
        node.text = text
    return node


def _mattext(parent: ET.Element, text: str) -> None:
    material = _sub(parent, "material")
    _sub(material, "mattext", text, texttype="text/plain")


def _meta(parent: ET.Element, fields: dict[str, str]) -> None:
    meta = _sub(parent, "qtimetadata")
    for label, value in fields.items():
        field = _sub(meta, "qtimetadatafield")
        _sub(field, "fieldlabel", label)
        _sub(field, "fieldentry", value)


def _feedback(item: ET.Element, ident: str, text: str) -> None:
    node = _sub(item, "itemfeedback", ident=ident)
    _mattext(_sub(node, "flow_mat"), text)


def _condition(proc: ET.Element, respident: str, value: str, score: str = "", fb: str = "") -> None:
    """A response condition: on `value`, show feedback `fb` and/or add (or set 100) `score`."""
    # Keep going after a match, except after the one condition that sets the full score.
    cond = _sub(proc, "respcondition", **{"continue": "No" if score == "100" else "Yes"})
    _sub(_sub(cond, "conditionvar"), "varequal", value, respident=respident)
    if fb:
        _sub(cond, "displayfeedback", feedbacktype="Response", linkrefid=fb)
    if score:
        _sub(cond, "setvar", score, action="Add" if score != "100" else "Set", varname="SCORE")


def qti_item(entry: Entry) -> ET.Element:
    """One quiz as a Canvas QTI <item>."""
    quiz = entry.quiz
    _check(quiz, entry.page)
    item = ET.Element("item", ident=quiz.id, title=quiz.id)
    _meta(
        _sub(item, "itemmetadata"),
        {"question_type": CANVAS_TYPES[quiz.type], "points_possible": "1.0"},
    )
    presentation = _sub(item, "presentation")
    proc = _sub(item, "resprocessing")
    decvar = _sub(_sub(proc, "outcomes"), "decvar")
    decvar.attrib.update(maxvalue="100", minvalue="0", varname="SCORE", vartype="Decimal")
    feedback: list[tuple[str, str]] = []
    general = _feedback_parts(quiz)
    if general:
        cond = _sub(proc, "respcondition", **{"continue": "Yes"})
        _sub(_sub(cond, "conditionvar"), "other")
        _sub(cond, "displayfeedback", feedbacktype="Response", linkrefid="general_fb")
        feedback.append(("general_fb", general))
    prompt = plain(quiz.prompt)
    if quiz.type in ("single", "multiple", "true-false"):
        _mattext(presentation, prompt)
        choices = [c for c in quiz.items if isinstance(c, Choice)]
        cardinality = "Multiple" if quiz.type == "multiple" else "Single"
        lid = _sub(presentation, "response_lid", ident="response1", rcardinality=cardinality)
        render = _sub(lid, "render_choice")
        for n, c in enumerate(choices, start=1):
            label = _sub(render, "response_label", ident=f"{quiz.id}-{n}")
            _mattext(label, plain(c.text))
            if c.feedback:
                _condition(proc, "response1", f"{quiz.id}-{n}", fb=f"{quiz.id}-{n}_fb")
                feedback.append((f"{quiz.id}-{n}_fb", plain(c.feedback)))
        if quiz.type == "multiple":
            cond = _sub(proc, "respcondition", **{"continue": "No"})
            both = _sub(_sub(cond, "conditionvar"), "and")
            for n, c in enumerate(choices, start=1):
                parent = both if c.correct else _sub(both, "not")
                _sub(parent, "varequal", f"{quiz.id}-{n}", respident="response1")
            _sub(cond, "setvar", "100", action="Set", varname="SCORE")
        else:
            right = next(n for n, c in enumerate(choices, start=1) if c.correct)
            _condition(proc, "response1", f"{quiz.id}-{right}", score="100")
    elif quiz.type == "fill":
        _qti_blanks(quiz, prompt, presentation, proc, feedback)
    elif quiz.type in ("match", "order"):
        pairs = match_pairs(quiz)
        _mattext(presentation, prompt + ORDER_NOTE * (quiz.type == "order"))
        rights = list(dict.fromkeys(right for _, right in pairs))
        share = f"{100 / len(pairs):.2f}"
        for n, (left, right) in enumerate(pairs, start=1):
            lid = _sub(presentation, "response_lid", ident=f"response_{quiz.id}-{n}")
            _mattext(lid, plain(left))
            render = _sub(lid, "render_choice")
            for m, option in enumerate(rights, start=1):
                _mattext(_sub(render, "response_label", ident=f"{quiz.id}-r{m}"), plain(option))
            answer = f"{quiz.id}-r{rights.index(right) + 1}"
            _condition(proc, f"response_{quiz.id}-{n}", answer, score=share)
    else:
        _mattext(presentation, prompt)
        fib = _sub(_sub(presentation, "response_str", ident="response1", rcardinality="Single"),
                   "render_fib")  # fmt: skip
        _sub(fib, "response_label", ident="answer1", rshuffle="No")
    for ident, text in feedback:
        _feedback(item, ident, text)
    return item


def _qti_blanks(
    quiz: Quiz,
    prompt: str,
    presentation: ET.Element,
    proc: ET.Element,
    feedback: list[tuple[str, str]],
) -> None:
    lines, blanks = [], []
    for gap in quiz.items:
        assert isinstance(gap, Gap)
        text = []
        for part in gap.parts:
            if isinstance(part, Blank):
                blanks.append((f"blank{len(blanks) + 1}", part, gap.feedback))
                text.append(f"[{blanks[-1][0]}]")
            else:
                text.append(plain_part(part))
        lines.append(re.sub(r" +", " ", "".join(text)).strip())
    _mattext(presentation, prompt + " " + " / ".join(lines))
    share = f"{100 / len(blanks):.2f}"
    for name, blank, fb in blanks:
        lid = _sub(presentation, "response_lid", ident=f"response_{name}")
        _mattext(lid, name)
        render = _sub(lid, "render_choice")
        for m, answer in enumerate(blank_answers(blank), start=1):
            _mattext(_sub(render, "response_label", ident=f"{quiz.id}-{name}-{m}"), answer)
            fb_id = f"{quiz.id}-{name}-{m}_fb" if fb else ""
            _condition(proc, f"response_{name}", f"{quiz.id}-{name}-{m}", score=share, fb=fb_id)
            if fb:
                feedback.append((fb_id, plain(fb)))


def to_qti(entries: Sequence[Entry], ident: str, title: str) -> str:
    """The entries as one QTI 1.2 assessment (questestinterop/assessment/section/item)."""
    root = ET.Element("questestinterop", xmlns=QTI_NS)
    assessment = _sub(root, "assessment", ident=ident, title=title)
    _meta(assessment, {"cc_maxattempts": "unlimited"})
    section = _sub(assessment, "section", ident="root_section")
    for entry in entries:
        section.append(qti_item(entry))
    ET.indent(root)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(root, encoding="unicode")


def manifest(ident: str, href: str) -> str:
    """An IMS content-package manifest naming one QTI 1.2 assessment file."""
    root = ET.Element("manifest", identifier=f"{ident}-manifest", xmlns=CP_NS)
    meta = _sub(root, "metadata")
    _sub(meta, "schema", "IMS Content")
    _sub(meta, "schemaversion", "1.1.3")
    _sub(root, "organizations")
    resource = _sub(_sub(root, "resources"), "resource", identifier=ident, type="imsqti_xmlv1p2")
    _sub(resource, "file", href=href)
    ET.indent(root)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(root, encoding="unicode")


def qti_zip(entries: Sequence[Entry], ident: str, title: str) -> bytes:
    """A zip Canvas imports as a QTI package: imsmanifest.xml and <ident>/<ident>.xml."""
    href = f"{ident}/{ident}.xml"
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, text in (("imsmanifest.xml", manifest(ident, href)),
                           (href, to_qti(entries, ident, title))):  # fmt: skip
            archive.writestr(zipfile.ZipInfo(name, _ZIP_TIME), text.encode("utf-8"),
                             zipfile.ZIP_DEFLATED)  # fmt: skip
    return buffer.getvalue()


# --- sets of quizzes and the files of a build --------------------------------------------------


@dataclass(frozen=True)
class QuizSet:
    """A named group of quizzes exported together (a week, a lesson or the whole course)."""

    slug: str
    title: str
    entries: tuple[Entry, ...]
    weeks: tuple[tuple[str, str], ...] = ()  # the whole course: each week's (page, heading)


@dataclass(frozen=True)
class ExportFile:
    """One file under exports/: its name, bytes, format and how many questions it holds."""

    name: str
    data: bytes
    format: str
    questions: int
    set: QuizSet


def slugify(text: str) -> str:
    """Lowercase words joined by hyphens ('Week 1: Peer review' -> 'week-1-peer-review')."""
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-") or "quizzes"


def own_files(page: str, meta: dict[str, Any], default: bool) -> bool:
    """Whether a page gets its own export files: front matter `exports: true` or `false`."""
    return flag(meta, "exports", default, page, "write exports: true (or false, or leave it out)")


def asking(meta: dict[str, dict[str, Any]], weeks: set[str]) -> list[str]:
    """Pages outside the course weeks whose front matter says `exports: true`."""
    return [p for p in sorted(meta) if p not in weeks and own_files(p, meta[p], default=False)]


def quiz_sets(
    course: Any,
    entries: Sequence[Entry],
    titles: dict[str, str] | None = None,
    meta: dict[str, dict[str, Any]] | None = None,
    complete: bool = False,
) -> list[QuizSet]:
    """One set per course week, one per other page that asks, one for the whole course.

    A week with quizzes gets its own files unless its front matter says `exports: false`;
    any other page gets them when it says `exports: true`. The course set holds every week,
    and each week's heading (its GIFT file gives each week a category).
    With `complete` (every quiz of the build is in `entries`), a page that asks without a
    quiz, a week or any other, is an error; before that, its quizzes may just not be read yet.
    """
    titles, meta = titles or {}, meta or {}
    by_page: dict[str, list[Entry]] = {}
    for entry in entries:
        by_page.setdefault(entry.page, []).append(entry)
    sets: list[QuizSet] = []
    weeks = list(course.weeks) if course is not None else []
    no_quiz = AuthoringError(
        "exports: true, but the page has no quiz to export", "add a quiz, or remove exports: true"
    )
    for week in weeks:
        found = tuple(by_page.get(week.page, ()))
        page_meta = meta.get(week.page, {})
        if found and own_files(week.page, page_meta, default=True):
            sets.append(QuizSet(Path(week.page).stem, week.heading, found))
        elif complete and not found and page_meta.get("exports") is True:
            raise no_quiz.at(week.page)
    for page in asking(meta, {week.page for week in weeks}):
        if page in by_page:
            title = f"Lesson: {titles.get(page, page)}"
            sets.append(QuizSet(Path(page).stem, title, tuple(by_page[page])))
        elif complete:
            raise no_quiz.at(page)
    everything = tuple(e for week in weeks for e in by_page.get(week.page, ()))
    if everything:
        title = f"{course.title}: all weeks"
        headings = tuple((week.page, week.heading) for week in weeks)
        sets.append(QuizSet(slugify(course.title), title, everything, headings))
    return sets


def export_files(sets: Sequence[QuizSet]) -> list[ExportFile]:
    """The GIFT and QTI files of every set, in the order the page lists them."""
    out = []
    for group in sets:
        gift = to_gift(group.entries, group.title, dict(group.weeks))
        questions = gift.count("\n::")
        out.append(ExportFile(f"{group.slug}.gift.txt", gift.encode(), "GIFT", questions, group))
        data = qti_zip(group.entries, group.slug, group.title)
        out.append(ExportFile(f"{group.slug}.qti.zip", data, "QTI", len(group.entries), group))
    return out


def size_text(size: int) -> str:
    """A file size for people: '870 bytes', '2.4 KB'."""
    return f"{size} bytes" if size < 1000 else f"{size / 1000:.1f} KB"


# --- mkdocs-macros wiring --------------------------------------------------------------------

# The files the lms_exports() page listed in this build, None before it renders.
_SHOWN: dict[str, Any] = {"files": None, "page": EXPORTS_PAGE}


def _files(env: Any, complete: bool = False) -> list[ExportFile]:
    from macros.frontmatter import all_meta
    from macros.registry import REGISTRY

    meta = all_meta(Path(env.conf["docs_dir"]))
    titles = {page: str(m.get("title") or page) for page, m in meta.items()}
    sets = quiz_sets(env.variables.get("wc_course"), REGISTRY.entries(), titles, meta, complete)
    shown = _SHOWN["files"]
    if shown is not None and [f.set for f in shown if f.format == "GIFT"] == sets:
        return shown  # the list page made these same files: reuse them
    return export_files(sets)


def register(env: Any) -> None:
    """Define the lms_exports() macro: a table of the export files with sizes and counts."""
    from mkdocs.utils import get_relative_url

    from macros import assets
    from macros.render import render

    _SHOWN["files"] = None

    @env.macro
    def lms_exports() -> str:
        """The export files of this build, each linked with its size and question count."""
        if not env.page.meta.get("uses_all_quizzes"):
            raise AuthoringError(
                "lms_exports() needs every quiz, but this page may render before some of them",
                "add `uses_all_quizzes: true` to the page's front matter",
                page=env.page.file.src_uri,
            )
        assets.require(env.page.meta, "exports")
        files = _files(env)
        _SHOWN.update(files=files, page=env.page.file.src_uri)
        rows: dict[str, dict[str, Any]] = {}
        for f in files:
            row = rows.setdefault(f.set.slug, {"title": f.set.title, "quizzes": len(f.set.entries)})
            row[f.format] = {
                "href": get_relative_url(f"{EXPORT_DIR}/{f.name}", env.page.url),
                "name": f.name,
                "size": size_text(len(f.data)),
                "questions": f.questions,
            }
        return render("lms-exports.html", rows=list(rows.values()))


def post_build(env: Any) -> None:
    """Write every export file under site/exports/; fail if the page listed other files."""
    files = _files(env, complete=True)
    shown = _SHOWN["files"]
    if shown is not None and files is not shown:
        raise AuthoringError(
            "the LMS exports page was built before every quiz was read, so its list is wrong",
            "list macros/page_order.py under `hooks:` in mkdocs.yml",
            page=_SHOWN["page"],
        )
    target = Path(env.conf["site_dir"]) / EXPORT_DIR
    target.mkdir(parents=True, exist_ok=True)
    for f in files:
        (target / f.name).write_bytes(f.data)
