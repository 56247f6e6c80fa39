"""Every quiz authoring error, shown by example: the mistake and the message the build gives.

The authoring guide calls `{{ quiz_error_list() }}`, which runs each example through the real
`quiz` macro, so the messages on that page are always the ones the build prints.
"""

from __future__ import annotations

from dataclasses import dataclass

from jinja2 import Environment
from markupsafe import Markup, escape

from macros.errors import AuthoringError
from macros.quiz import quiz_macro, rewrite_links
from macros.registry import Registry
from macros.render import inline_markdown, render

EXAMPLE_PAGE = "lessons/example.md"
OTHER_PAGE = "lessons/another-page.md"


@dataclass(frozen=True)
class ErrorCase:
    """One mistake: a title, the author's text, and (for duplicates) a quiz on another page."""

    title: str
    source: str
    other_page: str = ""


def _q(args: str, body: str) -> str:
    return f"{{% call quiz({args}) %}}\n{body}\n{{% endcall %}}"


CASES: tuple[ErrorCase, ...] = (
    ErrorCase(
        "No correct answer",
        _q('"first-step", "What is a good first step?"', "- [ ] Reply at once.\n- [ ] Wait."),
    ),
    ErrorCase(
        "Two correct answers on a true/false question",
        _q('"calm-first", "It is good to wait before you reply."', "- [x] True\n- [x] False"),
    ),
    ErrorCase(
        "An empty option",
        _q('"first-step", "What is a good first step?"', "- [x] Wait.\n- [ ]"),
    ),
    ErrorCase(
        "An empty item",
        _q('"first-step", "What is a good first step?"', "- [x] Wait.\n-"),
    ),
    ErrorCase(
        "A blank with no answer",
        _q(
            '"polite-reply", "Complete the sentence."', "1. Thank you for [[hint: a verb]] me know."
        ),
    ),
    ErrorCase(
        "A blank that is not closed",
        _q('"polite-reply", "Complete the sentence."', "1. Thank you for [[letting me know."),
    ),
    ErrorCase(
        "A hint outside the brackets",
        _q(
            '"polite-reply", "Complete the sentence."',
            "1. Thank you for [[letting]] me know. hint: a verb",
        ),
    ),
    ErrorCase(
        "An item with no blank in a fill-in quiz",
        _q(
            '"polite-reply", "Complete the sentences."',
            "1. Thank you for [[letting]] me know.\n2. I am still interested.",
        ),
    ),
    ErrorCase(
        "An unknown type",
        _q('"email-order", "Put the parts in order.", type="sort"', "1. Greeting\n2. Closing"),
    ),
    ErrorCase(
        "An unknown argument",
        _q('"email-order", "Put the parts in order.", kind="order"', "1. Greeting\n2. Closing"),
    ),
    ErrorCase(
        "An order list of one item",
        _q('"email-order", "Put the parts in order.", type="order"', "1. Greeting"),
    ),
    ErrorCase(
        "The same quiz id on two pages",
        _q('"first-step", "What is a good first step?"', "- [ ] Reply at once.\n- [x] Wait."),
        other_page=_q(
            '"first-step", "Which reply is polite?"', "- [x] Thank you.\n- [ ] Whatever."
        ),
    ),
    ErrorCase(
        "A quiz id with capitals or spaces",
        _q('"First step", "What is a good first step?"', "- [ ] Reply at once.\n- [x] Wait."),
    ),
    ErrorCase(
        "No question",
        _q('"first-step", ""', "- [ ] Reply at once.\n- [x] Wait."),
    ),
    ErrorCase(
        "An option without a box",
        _q('"first-step", "What is a good first step?"', "- [ ] Reply at once.\n- Wait."),
    ),
    ErrorCase(
        "Only one option",
        _q('"first-step", "What is a good first step?"', "- [x] Wait."),
    ),
    ErrorCase(
        'Two correct answers with type="single"',
        _q(
            '"first-step", "What is a good first step?", type="single"',
            "- [x] Wait.\n- [x] Breathe.",
        ),
    ),
    ErrorCase(
        'type="true-false" without True and False',
        _q('"calm-first", "Is it good to wait?", type="true-false"', "- [x] Yes\n- [ ] No"),
    ),
    ErrorCase(
        "A pair with a missing side",
        _q(
            '"phrase-purpose", "Match each phrase to its purpose."',
            "- Thank you. => To thank\n- I would welcome feedback. =>",
        ),
    ),
    ErrorCase(
        "A matching quiz with one pair",
        _q('"phrase-purpose", "Match each phrase to its purpose."', "- Thank you. => To thank"),
    ),
    ErrorCase(
        "Items that do not show the type",
        _q('"email-order", "Put the parts in order."', "1. Greeting\n2. Closing"),
    ),
    ErrorCase(
        "A line that is not an item, feedback or explanation",
        _q(
            '"first-step", "What is a good first step?"',
            "- [ ] Reply at once.\n- [x] Wait.\nThis is a note.",
        ),
    ),
    ErrorCase(
        "Feedback that is not under an item",
        _q(
            '"first-step", "What is a good first step?"',
            "    > Good.\n- [ ] Reply at once.\n- [x] Wait.",
        ),
    ),
    ErrorCase(
        "An item after the explanation",
        _q(
            '"first-step", "What is a good first step?"',
            "- [ ] Reply at once.\nExplanation: Wait first.\n- [x] Wait.",
        ),
    ),
    ErrorCase(
        "A quiz with no items",
        _q('"first-step", "What is a good first step?"', ""),
    ),
    ErrorCase(
        "A reflection with no model answer",
        _q('"my-interview", "What went well?", type="reflection"', ""),
    ),
    ErrorCase(
        "A link to a page that does not exist",
        _q(
            '"first-step", "What is a good first step? Read [the lesson](../lesson/index.md)."',
            "- [ ] Reply at once.\n- [x] Wait.",
        ),
    ),
    ErrorCase(
        "quiz() without a block",
        '{{ quiz("first-step", "What is a good first step?") }}',
    ),
)


def _run(source: str, page: str, registry: Registry) -> None:
    def links(html: str, on_page: str) -> str:
        return rewrite_links(
            html, on_page, {EXAMPLE_PAGE, OTHER_PAGE, "lessons/index.md"}.__contains__
        )

    macro = quiz_macro(registry, lambda: (page, "", source), links=links)
    Environment().from_string(source).render(quiz=macro)


def error_for(case: ErrorCase) -> AuthoringError:
    """The error the build gives for this case (it must give one)."""
    registry = Registry()
    if case.other_page:
        _run(case.other_page, OTHER_PAGE, registry)
    try:
        _run(case.source, EXAMPLE_PAGE, registry)
    except AuthoringError as error:
        return error
    raise AssertionError(f"the example {case.title!r} builds without an error")


def quiz_error_list() -> Markup:
    """The guide's list of errors: each mistake, as written, and the build's message."""
    rows = []
    for case in CASES:
        error = error_for(case)
        message = str(error)
        rows.append(
            {
                "title": case.title,
                "code": code_lines(case.source),
                "other": code_lines(case.other_page) if case.other_page else "",
                "message": message[: message.rindex(". Fix: ")] + ".",
                "fix": inline_markdown(error.fix[:1].upper() + error.fix[1:] + "."),
            }
        )
    return Markup(render("quiz_errors.html", rows=rows, page=EXAMPLE_PAGE, other=OTHER_PAGE))


def code_lines(text: str) -> Markup:
    """Text for a <pre>, escaped, with its line breaks kept through render()'s line stripping."""
    return Markup("&#10;").join(escape(line) for line in text.strip("\n").split("\n"))
