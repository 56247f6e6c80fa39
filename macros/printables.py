"""Worksheets and answer keys, read from the lesson files before any page renders.

The activities of a page are read from its Markdown source up front, with the same parsers
that render them, so the key of Week 1 never depends on the order in which pages render:

    {% call quiz("w1-first-names", "It is normal to call your manager by their first name.") %}
    - [x] True
    - [ ] False
    {% endcall %}

`activities_in(markdown, page)` finds every quiz, journal, checklist and rubric call block
(Jinja's own parser: `{% raw %}` and comments are skipped). The pages themselves are generated
by macros/printable_pages.py; a lesson links its worksheet with `{{ worksheet_link() }}`.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from jinja2 import Environment, TemplateSyntaxError, nodes

from macros.errors import AuthoringError
from macros.printable_pages import course_weeks, printable_sources, printable_src, read_sources
from macros.quiz import Quiz, check_arguments, parse_quiz, plain_text, quiz_view
from macros.render import inline_markdown, render
from macros.template_errors import in_file, syntax_error
from macros.workbook import Checklist, Journal, Rubric, parse_checklist, parse_journal, parse_rubric

KINDS = ("quiz", "journal", "checklist", "rubric")
Model = Quiz | Journal | Checklist | Rubric


@dataclass(frozen=True)
class Activity:
    """One activity of a page, parsed from its call block."""

    kind: str
    model: Model
    line: int


def _const(node: nodes.Node, page: str, line: int) -> Any:
    if isinstance(node, nodes.Const):
        return node.value
    raise AuthoringError(
        "the worksheet can only read plain text arguments",
        'write the id and the title in quotes, like quiz("an-id", "The question?")',
        page=page,
        line=line,
    )


def _body(block: nodes.CallBlock, page: str) -> str:
    parts: list[str] = []
    for output in block.body:
        for node in output.nodes if isinstance(output, nodes.Output) else [output]:
            if not isinstance(node, nodes.TemplateData):
                raise AuthoringError(
                    "the worksheet and answer key cannot read {{ }} or {% %} inside an activity",
                    "write the activity's text without Jinja inside the call block",
                    page=page,
                    line=block.lineno,
                )
            parts.append(node.data)
    return "".join(parts)


# The keyword arguments each workbook block takes, besides its id and title.
_OPTIONS = {"journal": (), "checklist": ("levels", "goals"), "rubric": ("levels",)}


def well_called(kind: str, args: list[Any], kwargs: dict[str, Any]) -> bool:
    """Whether a block's call has the arguments its macro takes. One that does not is left to
    the page's own render, which names the mistake (`checklist()` is missing its title) at its
    line, as for a page without a worksheet: one message for one mistake, wherever it is read."""
    if kind == "quiz":
        if len(args) > 2 or set(kwargs) - {"type"}:
            return False
        try:
            check_arguments(*[*args, None, None][:2], {})
        except AuthoringError:
            return False
        return True
    known = set(_OPTIONS[kind])
    return len(args) == 2 and all(isinstance(a, str) for a in args) and set(kwargs) <= known


def activities_in(
    markdown: str, page: str, environment: Environment | None = None
) -> list[Activity]:
    """Every quiz, journal, checklist and rubric a page's source calls, parsed, in order."""
    try:
        tree = (environment or Environment()).parse(markdown)
    except TemplateSyntaxError as error:
        raise syntax_error(error, markdown, page) from None
    found: list[Activity] = []
    for block in tree.find_all(nodes.CallBlock):
        call = block.call
        if not isinstance(call.node, nodes.Name) or call.node.name not in KINDS:
            continue
        kind, line = call.node.name, block.lineno
        args = [_const(a, page, line) for a in call.args]
        kwargs = {k.key: _const(k.value, page, line) for k in call.kwargs}
        body = _body(block, page)
        if not well_called(kind, args, kwargs):
            continue
        try:
            model: Model
            if kind == "quiz":
                model = parse_quiz(args[0], args[1], body, kwargs.get("type"))
            elif kind == "journal":
                model = parse_journal(args[0], args[1], body)
            elif kind == "checklist":
                model = parse_checklist(
                    args[0], args[1], body, kwargs.get("levels"), kwargs.get("goals", 3)
                )
            else:
                model = parse_rubric(args[0], args[1], body, kwargs.get("levels"))
        except AuthoringError as error:  # told as when the page itself renders
            raise in_file(error, kind, markdown).at(page) from None
        except TypeError:  # an option of the wrong kind: the page's own render says which
            continue
        found.append(Activity(kind, model, line))
    return found


def _letters(count: int) -> list[str]:
    return [chr(ord("A") + i) for i in range(count)]


def activity_view(activity: Activity) -> dict[str, Any]:
    """What the worksheet and key templates need for one activity (author Markdown as HTML)."""
    model = activity.model
    if isinstance(model, Quiz):
        view = quiz_view(model)
        view["kind"] = "quiz"
        if model.type == "match":
            view["letters"] = _letters(len(view["rights"]))
            view["right_letters"] = [view["letters"][p["answer"]] for p in view["pairs"]]
        if model.type == "fill":
            view["hints"] = [
                [p["blank"].hint for p in g["parts"] if "blank" in p] for g in view["gaps"]
            ]
        return view
    view = _workbook_view(model)
    label = {"journal": "Journal", "checklist": "Checklist", "rubric": "Peer review"}[view["kind"]]
    view["label"] = "" if model.title.lower().startswith(label.lower()) else f"{label}: "
    view["plain_title"] = plain_text(model.title)
    return view


def _workbook_view(model: Journal | Checklist | Rubric) -> dict[str, Any]:
    md = inline_markdown
    if isinstance(model, Journal):
        return {
            "kind": "journal",
            "title": md(model.title),
            "prompts": [md(p) for p in model.prompts],
        }
    if isinstance(model, Checklist):
        return {
            "kind": "checklist",
            "title": md(model.title),
            "levels": model.levels,
            "groups": [
                {"name": md(g.name) if g.name else "", "statements": [md(s) for s in g.statements]}
                for g in model.groups
            ],
            "goals": model.goals,
        }
    return {
        "kind": "rubric",
        "title": md(model.title),
        "levels": model.levels,
        "criteria": [
            {"name": md(c.name), "descriptors": [md(d) if d else "" for d in c.descriptors]}
            for c in model.criteria
        ],
    }


def render_worksheet(
    activities: list[Activity], back: str, course: str = "", kind: str = "module"
) -> str:
    """A learner worksheet: every activity laid out for pen and paper, with no answer. `course`
    names what it belongs to, `kind` what its web page is ("module" of the course, "lesson")."""
    views = [activity_view(a) for a in activities]
    return render("worksheet.html", items=views, back=back, course=course, kind=kind)


def render_key(activities: list[Activity], back: str, worksheet: str, kind: str = "module") -> str:
    """The answer key: every quiz with its right answers, feedback and explanation."""
    views = [
        {**activity_view(a), "number": number}
        for number, a in enumerate(activities, start=1)
        if isinstance(a.model, Quiz)
    ]
    return render("answer_key.html", items=views, back=back, worksheet=worksheet, kind=kind)


# --- mkdocs-macros wiring --------------------------------------------------------------------


def register(env: Any) -> None:
    """Define worksheet(), answer_key(), worksheet_link() and printables_list()."""
    from macros import assets
    from macros.course import page_href
    from macros.frontmatter import all_meta

    docs = Path(env.conf["docs_dir"])
    sources = read_sources(docs)
    metas = all_meta(docs)
    weeks = course_weeks(env.conf)
    printable = printable_sources(weeks, sources)
    cache: dict[str, list[Activity]] = {}

    def activities(src: str) -> list[Activity]:
        if src not in cache:
            cache[src] = activities_in(sources[src], src, env.env)
        return cache[src]

    def kind_of(src: str) -> str:
        """What a printable's web page is: a "module" of the course, or another "lesson"."""
        return "module" if src in weeks else "lesson"

    def title_of(src: str) -> str:
        return str(metas[src].get("title") or src)

    def check(src: str, macro: str) -> None:
        if src in metas and "week" in metas[src] and src not in weeks:
            raise AuthoringError(
                f"{src!r} is a module of the course (its front matter has `week:`), but it is "
                "not listed under `weeks:` in mkdocs.yml, so it has no worksheet and answer key",
                f"add `- page: {src}` under `extra: course: weeks:` in mkdocs.yml, in the order "
                "the modules run (every module stays listed), or remove its `week:` line if it "
                "is not a module",
                page=env.page.file.src_uri,
            )
        if src not in printable:
            raise AuthoringError(
                f"{src!r} has no worksheet and answer key",
                f"give {macro}() the path of a module page with activities, like "
                '"workcom/week-1.md", or add printables: true to the front matter of that page',
                page=env.page.file.src_uri,
            )

    @env.macro
    def worksheet(src: str) -> str:
        """The learner worksheet of page `src` (no answers)."""
        check(src, "worksheet")
        assets.require(env.page.meta, "printables")
        # A module says its course; another lesson belongs to the site, not to the course.
        course = (env.conf["extra"].get("course") or {}).get("title")
        name = str(course if kind_of(src) == "module" and course else env.conf["site_name"])
        return render_worksheet(activities(src), page_href(env, src), name, kind_of(src))

    @env.macro
    def answer_key(src: str) -> str:
        """The answer key of page `src`: every quiz with its answers, feedback and explanation."""
        check(src, "answer_key")
        assets.require(env.page.meta, "printables")
        sheet = page_href(env, printable_src("worksheet", src))
        return render_key(activities(src), page_href(env, src), sheet, kind_of(src))

    @env.macro
    def worksheet_link() -> str:
        """A link from a lesson to its printable worksheet."""
        src = env.page.file.src_uri
        check(src, "worksheet_link")
        return render("worksheet_link.html", href=page_href(env, printable_src("worksheet", src)))

    @env.macro
    def printables_list() -> str:
        """Every module's worksheet and answer key, for the instructor guide."""
        rows = [
            {
                "title": title_of(src),
                "page": page_href(env, src),
                "worksheet": page_href(env, printable_src("worksheet", src)),
                "key": page_href(env, printable_src("key", src)),
                "quizzes": sum(1 for a in activities(src) if a.kind == "quiz"),
            }
            for src in printable
        ]
        return render("printables_list.html", rows=rows)

    env.variables["wc_printable_activities"] = activities
