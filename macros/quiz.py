"""Quizzes: parse an author's `{% call quiz(...) %}` block into a typed model, then render it.

Author syntax (see docs/instructors/authoring-quizzes.md for every form):

    {% call quiz("first-step", "What is a good first step after a rejection email?") %}
    - [ ] Reply at once and say they made a mistake.
        > Wait until you feel calm. An angry reply can close a door.
    - [x] Take time to feel calm, then think about what happened.
        > Yes. A calm mind helps you see what to improve.
    Explanation: Strong feelings are normal. Give yourself time before you reply.
    {% endcall %}

- single choice: exactly one `[x]`; multiple select: more than one `[x]` (or type="multiple");
- true/false: the options are exactly `True` and `False`;
- fill in the blanks: items with `[[answer|other answer|hint: a hint]]`;
- put in order: type="order", a numbered list in the correct order;
- matching: items `- left => right`;
- reflection: type="reflection", the body is the model answer.

Feedback is a `> ` line indented under its item; `Explanation:` starts an optional last paragraph.
Parsing is pure: `parse_quiz` returns a `Quiz` or raises `AuthoringError`.
"""

from __future__ import annotations

import hashlib
import html
import json
import posixpath
import random
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from markupsafe import Markup

from macros.errors import AuthoringError
from macros.render import author_markdown, inline_markdown, render
from macros.template_errors import block_lines, call_line, call_site, first_line, in_file

if TYPE_CHECKING:
    from macros.registry import Registry

TYPES = ("single", "multiple", "true-false", "fill", "order", "match", "reflection")
ALIASES = {
    "choice": "single",
    "truefalse": "true-false",
    "true/false": "true-false",
    "blanks": "fill",
    "fill-in": "fill",
    "matching": "match",
    "ordering": "order",
}
ID_FORM = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")

# What each form looks like, quoted in the "Fix:" part of error messages.
FORM_CHOICE = "write each option as `- [ ] wrong option` or `- [x] right option`"
FORM_FILL = "write each item as `1. I [[don't|do not]] want to miss it.`"
FORM_ORDER = 'write type="order" and a numbered list in the right order: `1. Greeting`'
FORM_MATCH = "write each pair as `- Thank you for your time. => To thank`"
FORM_FEEDBACK = "indent feedback 4 spaces under its item: `    > Yes. That is polite.`"
FORM_EXPLANATION = "put `Explanation: ...` after the last item"

_ITEM = re.compile(r"^(?:[-*+]|\d+[.)])[ \t]+(?P<text>\S.*)$")
_EMPTY_ITEM = re.compile(r"^(?:[-*+]|\d+[.)])[ \t]*$")
_FEEDBACK = re.compile(r"^(?: {2,}|\t)>[ \t]?(?P<text>.*)$")
_CONTINUATION = re.compile(r"^(?: {2,}|\t)(?P<text>\S.*)$")
_BOX = re.compile(r"^\[(?P<mark>[ xX])\](?:[ \t]+(?P<text>.*))?$")
_EXPLANATION = re.compile(r"^Explanation:[ \t]*(?P<text>.*)$", re.IGNORECASE)
_BLANK = re.compile(r"\[\[(?P<body>.*?)\]\]")
_LOOSE_HINT = re.compile(r"(?<![\w-])hint:", re.I)  # a hint written after the blank's ]]
_ARROW = "=>"


@dataclass(frozen=True)
class Choice:
    """One option of a single choice, multiple select or true/false quiz."""

    text: str
    correct: bool
    feedback: str = ""
    line: int = 0


@dataclass(frozen=True)
class Blank:
    """One blank: the answers it accepts (the first is shown as the answer) and a hint."""

    answers: tuple[str, ...]
    hint: str = ""


@dataclass(frozen=True)
class Gap:
    """One fill-in item: text and blanks in reading order."""

    parts: tuple[str | Blank, ...]
    feedback: str = ""
    line: int = 0

    @property
    def blanks(self) -> tuple[Blank, ...]:
        """The blanks of this item, in order."""
        return tuple(p for p in self.parts if isinstance(p, Blank))


@dataclass(frozen=True)
class Step:
    """One item of a put-in-order quiz (items are stored in the right order)."""

    text: str
    feedback: str = ""
    line: int = 0


@dataclass(frozen=True)
class Pair:
    """One pair of a matching quiz."""

    left: str
    right: str
    feedback: str = ""
    line: int = 0


Item = Choice | Gap | Step | Pair


@dataclass(frozen=True)
class Quiz:
    """A parsed, valid quiz."""

    id: str
    prompt: str
    type: str
    items: tuple[Item, ...] = ()
    explanation: str = ""
    model_answer: str = ""


@dataclass
class _Raw:
    line: int
    text: str
    feedback: list[str] = field(default_factory=list)


def normalize_answer(text: str) -> str:
    """How blank answers are compared: case, spaces, curly quotes and a final period ignored."""
    text = re.sub(r"[\u2018\u2019\u02bc`\u00b4]", "'", text)
    text = re.sub(r"[\u201c\u201d]", '"', text)
    text = re.sub(r"\s+", " ", text).strip().lower()
    return re.sub(r"\s*\.$", "", text)


def canonical_type(name: str | None, quiz_id: str = "") -> str | None:
    """The quiz type an author named (aliases allowed), or None when not named."""
    if name is None:
        return None
    key = str(name).strip().lower()
    key = ALIASES.get(key, key)
    if key not in TYPES:
        raise AuthoringError(
            f"unknown quiz type {name!r}",
            f"use one of: {', '.join(repr(t) for t in TYPES)}, or leave type out",
            item=quiz_id,
        )
    return key


def check_arguments(quiz_id: object, prompt: object, extra: dict[str, object]) -> None:
    """Refuse a missing or malformed id or prompt, and any argument quiz() does not know."""
    shown = quiz_id if isinstance(quiz_id, str) else ""
    if extra:
        names = ", ".join(sorted(extra))
        raise AuthoringError(
            f"unknown argument {names}",
            'write quiz("an-id", "The question?") or add type="order" (or another type)',
            item=shown,
        )
    if not isinstance(quiz_id, str) or not ID_FORM.match(quiz_id):
        raise AuthoringError(
            f"the quiz id {quiz_id!r} is not valid",
            'use lowercase letters, digits and hyphens, like quiz("first-step", "The question?")',
            item=shown,
        )
    if not isinstance(prompt, str) or not prompt.strip():
        raise AuthoringError(
            "the quiz has no question",
            f'write the question after the id, in quotes: quiz("{shown or "an-id"}", "Your '
            'question?")',
            item=shown,
        )


def _split(lines: list[str], quiz_id: str) -> tuple[list[_Raw], str]:
    """Cut the body into raw items (with feedback) and the explanation."""
    items: list[_Raw] = []
    explanation: list[str] | None = None
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            if explanation is not None and explanation and explanation[-1] != "":
                explanation.append("")
            continue
        if explanation is not None:
            if _ITEM.match(line) or _EMPTY_ITEM.match(line):
                raise AuthoringError(
                    "an item comes after the explanation",
                    FORM_EXPLANATION,
                    item=quiz_id,
                    line=number,
                )
            explanation.append(line.strip())
            continue
        if match := _EXPLANATION.match(line):
            explanation = [match.group("text").strip()] if match.group("text").strip() else []
            continue
        if _EMPTY_ITEM.match(line):
            raise AuthoringError(
                "this option or item is empty",
                "write its text after the `- `",
                item=quiz_id,
                line=number,
            )
        if match := _ITEM.match(line):
            items.append(_Raw(number, match.group("text").strip()))
            continue
        feedback = _FEEDBACK.match(line)
        continuation = _CONTINUATION.match(line)
        if (feedback or continuation) and not items:
            raise AuthoringError(
                "an indented line comes before the first item",
                f"start with an item; {FORM_FEEDBACK}",
                item=quiz_id,
                line=number,
            )
        if feedback:
            items[-1].feedback.append(feedback.group("text").strip())
        elif continuation:
            target = items[-1].feedback if items[-1].feedback else None
            if target is not None:
                target.append(continuation.group("text").strip())
            else:
                items[-1].text += " " + continuation.group("text").strip()
        else:
            raise AuthoringError(
                f"this line is not an item, feedback or explanation: {line.strip()!r}",
                f"{FORM_CHOICE}; {FORM_FEEDBACK}; {FORM_EXPLANATION}",
                item=quiz_id,
                line=number,
            )
    text = "\n".join(explanation or []).strip()
    return items, text


def _infer(items: list[_Raw], quiz_id: str) -> str:
    """The type that the items' form shows."""
    if any("[[" in raw.text for raw in items):
        return "fill"
    boxes = [raw for raw in items if _BOX.match(raw.text)]
    if boxes:
        return "single"
    if all(_ARROW in raw.text for raw in items):
        return "match"
    raise AuthoringError(
        "the items do not show what kind of quiz this is",
        f'{FORM_CHOICE}; or {FORM_FILL}; or {FORM_MATCH}; or name the type, like type="order"',
        item=quiz_id,
        line=items[0].line,
    )


def _choices(items: list[_Raw], kind: str | None, quiz_id: str) -> tuple[str, tuple[Choice, ...]]:
    out = []
    for raw in items:
        box = _BOX.match(raw.text)
        if not box:
            raise AuthoringError("this option has no box", FORM_CHOICE, item=quiz_id, line=raw.line)
        text = (box.group("text") or "").strip()
        if not text:
            raise AuthoringError(
                "this option is empty",
                "write the option's text after the box",
                item=quiz_id,
                line=raw.line,
            )
        out.append(Choice(text, box.group("mark") != " ", " ".join(raw.feedback), raw.line))
    if len(out) < 2:
        raise AuthoringError(
            "a choice quiz needs at least two options", FORM_CHOICE, item=quiz_id, line=out[0].line
        )
    correct = [c for c in out if c.correct]
    true_false = sorted(normalize_answer(c.text) for c in out) == ["false", "true"]
    if true_false and kind in (None, "true-false") and len(correct) > 1:
        raise AuthoringError(
            "a true/false question has two correct answers",
            "mark only one of `- [x] True` and `- [x] False`",
            item=quiz_id,
            line=correct[1].line,
        )
    if not correct:
        raise AuthoringError(
            "no option is marked correct",
            "mark the right option with [x]: `- [x] The right option`",
            item=quiz_id,
            line=out[0].line,
        )
    if kind == "true-false" and not true_false:
        raise AuthoringError(
            "a true/false question needs exactly the options True and False",
            "write `- [x] True` and `- [ ] False` (one of them marked)",
            item=quiz_id,
            line=out[0].line,
        )
    if kind == "single" and len(correct) > 1:
        raise AuthoringError(
            "a single-choice question has more than one correct answer",
            'mark only one option with [x], or write type="multiple"',
            item=quiz_id,
            line=correct[1].line,
        )
    if kind is None:
        kind = "true-false" if true_false else ("multiple" if len(correct) > 1 else "single")
    return kind, tuple(out)


def _blank(body: str, quiz_id: str, line: int) -> Blank:
    parts = [p.strip() for p in body.split("|")]
    hint = ""
    if parts and parts[-1].lower().startswith("hint:"):
        hint = parts.pop()[len("hint:") :].strip()
    answers = tuple(p for p in parts if p)
    if not answers:
        raise AuthoringError(
            f"the blank [[{body}]] has no answer",
            "put the answer between the brackets: `[[don't|do not|hint: a negative]]`",
            item=quiz_id,
            line=line,
        )
    return Blank(answers, hint)


def _gaps(items: list[_Raw], quiz_id: str) -> tuple[Gap, ...]:
    out = []
    for raw in items:
        parts: list[str | Blank] = []
        rest = raw.text
        while (match := _BLANK.search(rest)) is not None:
            if match.start():
                parts.append(rest[: match.start()])
            parts.append(_blank(match.group("body"), quiz_id, raw.line))
            rest = rest[match.end() :]
        if "[[" in rest or "]]" in rest:
            raise AuthoringError(
                "a blank is not closed (or not opened)",
                "write each blank with two brackets on each side: `[[answer]]`",
                item=quiz_id,
                line=raw.line,
            )
        if rest:
            parts.append(rest)
        if any(isinstance(p, str) and _LOOSE_HINT.search(p) for p in parts):
            raise AuthoringError(
                "`hint:` is outside the brackets, so learners would read it as part of the "
                "sentence",
                "put the hint in the blank, as its last part: `[[Could|Can|hint: a polite word]]`",
                item=quiz_id,
                line=raw.line,
            )
        if not any(isinstance(p, Blank) for p in parts):
            raise AuthoringError("this item has no blank", FORM_FILL, item=quiz_id, line=raw.line)
        out.append(Gap(tuple(parts), " ".join(raw.feedback), raw.line))
    return tuple(out)


def _steps(items: list[_Raw], quiz_id: str) -> tuple[Step, ...]:
    if len(items) < 2:
        raise AuthoringError(
            "an order list needs at least two items",
            f"{FORM_ORDER}, then `2. Thanks for their time`",
            item=quiz_id,
            line=items[0].line,
        )
    return tuple(Step(raw.text, " ".join(raw.feedback), raw.line) for raw in items)


def _pairs(items: list[_Raw], quiz_id: str) -> tuple[Pair, ...]:
    out = []
    for raw in items:
        left, arrow, right = raw.text.partition(_ARROW)
        if not arrow or not left.strip() or not right.strip():
            raise AuthoringError(
                "this pair is missing a side", FORM_MATCH, item=quiz_id, line=raw.line
            )
        out.append(Pair(left.strip(), right.strip(), " ".join(raw.feedback), raw.line))
    if len(out) < 2:
        raise AuthoringError(
            "a matching quiz needs at least two pairs",
            FORM_MATCH,
            item=quiz_id,
            line=out[0].line,
        )
    return tuple(out)


def parse_quiz(quiz_id: str, prompt: str, body: str, type: str | None = None) -> Quiz:
    """Parse and validate one quiz block; raise AuthoringError naming the quiz id and line."""
    check_arguments(quiz_id, prompt, {})
    kind = canonical_type(type, quiz_id)
    lines = block_lines(body)
    if kind == "reflection":
        model, _, explanation = "\n".join(lines).partition("\nExplanation:")
        if not model.strip() or _EXPLANATION.match(model.strip()):
            raise AuthoringError(
                "the reflection has no model answer",
                "write a model answer in the block, between the quiz line and {% endcall %}",
                item=quiz_id,
                line=1,
            )
        return Quiz(quiz_id, prompt.strip(), kind, (), explanation.strip(), model.strip())
    items, explanation = _split(lines, quiz_id)
    if not items:
        raise AuthoringError(
            "the quiz has no items",
            f"{FORM_CHOICE} between the quiz line and {{% endcall %}}",
            item=quiz_id,
            line=1,
        )
    shape = kind or _infer(items, quiz_id)
    parsed: tuple[Item, ...]
    if shape in ("single", "multiple", "true-false"):
        shape, parsed = _choices(items, kind, quiz_id)
    elif shape == "fill":
        parsed = _gaps(items, quiz_id)
    elif shape == "order":
        parsed = _steps(items, quiz_id)
    else:
        parsed = _pairs(items, quiz_id)
    return Quiz(quiz_id, prompt.strip(), shape, parsed, explanation)


# --- rendering -------------------------------------------------------------------------------


def shuffled(count: int, seed: str) -> list[int]:
    """A stable shuffle of range(count) from the seed, never the original order (count > 1)."""
    order = list(range(count))
    random.Random(seed).shuffle(order)
    if count > 1 and order == sorted(order):
        order = order[1:] + order[:1]
    return order


def answer_version(quiz: Quiz) -> str:
    """A short fingerprint of what a learner's saved answer points at ("" for a reflection).

    quiz.js saves a choice, a step or a match by its place in the quiz, and a blank's words by
    the blank's place. When the author then reorders, adds, removes or rewords options, steps,
    pairs or the words around blanks, that place would show an answer the learner never gave.
    The fingerprint changes with exactly those edits, so quiz.js can tell that an answer saved in
    the browser is from another version of the quiz, drop it (keeping words the learner typed),
    and say so. A change to which answers are right needs no new fingerprint (quiz.js marks a
    saved answer again from the page), nor does a change to the prompt, feedback or explanation.
    """
    if quiz.type == "reflection":
        return ""
    parts: list[object] = [quiz.type]
    for item in quiz.items:
        if isinstance(item, Choice):
            parts.append(item.text)
        elif isinstance(item, Gap):
            parts.append([p if isinstance(p, str) else None for p in item.parts])
        elif isinstance(item, Step):
            parts.append(item.text)
        elif isinstance(item, Pair):
            parts.append([item.left, item.right])
    text = json.dumps(parts, ensure_ascii=False)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:8]


def block_markdown(text: str) -> Markup:
    """Block Markdown (paragraphs, lists) to safe HTML; raw HTML tags are shown as text."""
    return Markup(author_markdown(text))


def plain_text(text: str) -> str:
    """Inline Markdown reduced to the words a reader sees (for select options)."""
    return html.unescape(re.sub(r"<[^>]+>", "", str(inline_markdown(text))))


def _view(quiz: Quiz) -> dict[str, object]:
    """Everything the template needs, with author Markdown already turned into safe HTML."""
    md = inline_markdown
    view: dict[str, object] = {
        "quiz": quiz,
        "version": answer_version(quiz),
        "prompt": md(quiz.prompt),
        "explanation": block_markdown(quiz.explanation) if quiz.explanation else "",
        "model": block_markdown(quiz.model_answer) if quiz.model_answer else "",
    }
    if quiz.type in ("single", "multiple", "true-false"):
        view["choices"] = [
            {
                "html": md(c.text),
                "correct": c.correct,
                "feedback": md(c.feedback) if c.feedback else "",
            }
            for c in quiz.items
            if isinstance(c, Choice)
        ]
    elif quiz.type == "fill":
        gaps = []
        number = 0
        for gap in quiz.items:
            assert isinstance(gap, Gap)
            parts = []
            for part in gap.parts:
                if isinstance(part, Blank):
                    number += 1
                    size = max(8, max(len(a) for a in part.answers) + 2)
                    parts.append({"blank": part, "number": number, "size": size})
                else:
                    lead = " " if part[:1].isspace() else ""
                    tail = " " if part[-1:].isspace() and part.strip() else ""
                    parts.append({"html": Markup(lead) + md(part) + Markup(tail)})
            gaps.append({"parts": parts, "feedback": md(gap.feedback) if gap.feedback else ""})
        view["gaps"] = gaps
        view["blank_count"] = number
    elif quiz.type == "order":
        steps = [s for s in quiz.items if isinstance(s, Step)]
        view["steps"] = [
            {"html": md(s.text), "feedback": md(s.feedback) if s.feedback else ""} for s in steps
        ]
        view["shown"] = shuffled(len(steps), quiz.id)
    elif quiz.type == "match":
        pairs = [p for p in quiz.items if isinstance(p, Pair)]
        rights: list[str] = []
        for pair in pairs:
            if pair.right not in rights:
                rights.append(pair.right)
        order = [rights[i] for i in shuffled(len(rights), quiz.id)]
        view["rights"] = [plain_text(r) for r in order]
        view["pairs"] = [
            {
                "left": md(p.left),
                "right": md(p.right),
                "answer": order.index(p.right),
                "feedback": md(p.feedback) if p.feedback else "",
            }
            for p in pairs
        ]
    return view


def quiz_view(quiz: Quiz) -> dict[str, Any]:
    """The quiz's parts as safe HTML, as the page shows them (worksheets and keys reuse it)."""
    return _view(quiz)


def render_quiz(quiz: Quiz) -> str:
    """The quiz as final HTML: works without JavaScript; quiz.js adds checking and saving."""
    return render("quiz.html", **_view(quiz))


_MD_LINK = re.compile(r'href="(?![A-Za-z][A-Za-z0-9+.-]*:|/|#)([^"#?]+\.md)(#[^"]*)?"')


def _page_path(src_uri: str) -> str:
    """Where a page's directory URL lives, without the trailing slash ("" for the home page)."""
    stem = src_uri[: -len(".md")]
    if stem == "index" or stem.endswith("/index"):
        stem = stem[: -len("index")]
    return stem.rstrip("/")


def rewrite_links(
    html: str, page: str, exists: Callable[[str], bool], directory_urls: bool = True
) -> str:
    """Turn links to other lesson files (`../week-1.md#goals`) into the built pages' URLs.

    A quiz's HTML is final when Markdown sees it, so MkDocs does not rewrite or check its links;
    this does both. A link to a page that does not exist is an authoring error.
    """

    def fix(match: re.Match[str]) -> str:
        target, anchor = match.group(1), match.group(2) or ""
        source = posixpath.normpath(posixpath.join(posixpath.dirname(page), target))
        if not exists(source):
            raise AuthoringError(
                f"the link {target!r} points to a page that does not exist ({source})",
                "link to a .md file in docs/, relative to this page, like `../lessons/index.md`",
            )
        if not directory_urls:
            url = posixpath.relpath(source, posixpath.dirname(page) or ".")[: -len(".md")]
            return f'href="{url}.html{anchor}"'
        relative = posixpath.relpath(_page_path(source) or ".", _page_path(page) or ".")
        return f'href="{"./" if relative == "." else relative + "/"}{anchor}"'

    return _MD_LINK.sub(fix, html)


# --- mkdocs-macros wiring --------------------------------------------------------------------

REGISTRY_FILE = "quizzes.json"


def indent_like_call(html: str, markdown_source: str, quiz_id: str) -> str:
    """Indent the quiz's HTML like its `{% call %}` line, so it can sit in an admonition or tab."""
    site = call_site(markdown_source, "quiz", quiz_id)
    indent = site[1] if site else ""
    return html.replace("\n", "\n" + indent) if indent else html


def quiz_macro(
    registry: Registry,
    where: Callable[[], tuple[str, str, str]],
    used: Callable[[Quiz], None] = lambda model: None,
    links: Callable[[str, str], str] = lambda html, page: html,
    out: Callable[[str], str] = lambda html: html,
    first_line: Callable[[], int] = lambda: 1,
) -> Callable[..., str]:
    """The `quiz` call-macro; `where()` gives the page's (src_uri, url, Markdown source) and
    `first_line()` the line of the page's file where that source starts (after front matter)."""

    def quiz(
        id: object = None,
        prompt: object = None,
        *args: object,
        type: str | None = None,
        caller: Callable[[], str] | None = None,
        **kwargs: object,
    ) -> str:
        page, url, source = where()
        extra = dict(kwargs)
        if args:
            extra["(a third text without a name)"] = args[0]
        try:
            check_arguments(id, prompt, extra)
            assert isinstance(id, str) and isinstance(prompt, str)
            if caller is None:
                raise AuthoringError(
                    "quiz() was used without a block",
                    'write {% call quiz("an-id", "The question?") %} ... {% endcall %}',
                    item=id,
                )
            model = parse_quiz(id, prompt, str(caller()), type)
            html_out = links(render_quiz(model), page)
            registry.add(model, page, url, call_line(source, "quiz", id, first_line()))
        except AuthoringError as error:
            error.item = error.item or (id if isinstance(id, str) else "")
            nth = int(registry.page_of(str(id)) == page)  # its id twice here: the second call
            raise in_file(error, "quiz", source, first_line(), nth).at(page) from None
        used(model)
        return indent_like_call(out(html_out), source, id)

    return quiz


def register(env: Any) -> None:
    """Add the `quiz` call-macro; start this build with an empty registry."""
    from macros import assets, lesson, quiz_errors, stash
    from macros.registry import REGISTRY

    REGISTRY.reset()
    docs = Path(env.conf["docs_dir"])

    def used(model: Quiz) -> None:
        assets.require(env.page.meta, "quiz")
        lesson.record(env.page.meta, "reflection" if model.type == "reflection" else "activity")

    quiz = quiz_macro(
        REGISTRY,
        lambda: (env.page.file.src_uri, env.page.url, env.markdown),
        used,
        lambda html, page: rewrite_links(
            html, page, lambda src: (docs / src).is_file(), env.conf["use_directory_urls"]
        ),
        stash.keeper(env),
        lambda: first_line(env.page, env.markdown),
    )

    def quiz_example(source: str) -> Markup:
        """An author's quiz text (kept with {% raw %}) next to the live quiz it makes."""
        live = Markup(env.env.from_string(source).render(quiz=quiz))
        return Markup(render("quiz_example.html", code=quiz_errors.code_lines(source), live=live))

    env.macro(quiz, "quiz")
    env.macro(quiz_example, "quiz_example")
    env.macro(quiz_errors.quiz_error_list, "quiz_error_list")


def post_build(env: Any) -> None:
    """Write every quiz of this build to site/quizzes.json (its answers are on the pages too)."""
    from macros.registry import REGISTRY

    target = Path(env.conf["site_dir"]) / REGISTRY_FILE
    target.write_text(REGISTRY.as_json(), encoding="utf-8")
