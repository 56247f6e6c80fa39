"""The learner's workbook: checklist, rubric, journal, "Was this page helpful?" and My work.

Author syntax (bodies of Jinja call blocks):

    {% call checklist("skills", "My skills", levels="Not yet | With help | On my own", goals=2) %}
    Speaking:
    - I can introduce myself to a new co-worker.
    Writing:
    - I can write a short, polite email.
    {% endcall %}

    {% call rubric("email-review", "Peer review: an email", levels="Not yet | Almost | Yes") %}
    - Greeting | No greeting, or too casual | Polite, without a name | Polite, with the name
    {% endcall %}

    {% call journal("after-interview", "Note it down") %}
    - What went well?
    - What could I do better next time?
    {% endcall %}

    {{ helpful() }}        once near the end of a lesson page
    {{ my_work() }}        on docs/my-work.md only

Groups in a checklist are lines ending with `:`; statements, criteria and prompts are `- `
lines; text allows inline Markdown. A rubric line has one descriptor per level (`...` or
nothing for a level with no descriptor). Learner data is saved with wcStore (kinds
"checklist", "rubric", "journal", "helpful"); the My work page lists everything saved.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from macros import assets, items, lesson
from macros.course import checked_email
from macros.errors import AuthoringError
from macros.frontmatter import flag, week_of
from macros.render import inline_markdown, render
from macros.template_errors import block_lines, located

CHECKLIST_LEVELS = "Not yet | With help | On my own"
RUBRIC_LEVELS = "Not yet | Almost | Yes"
INDEX_MARKER = "WC_MY_WORK_INDEX"


@dataclass(frozen=True)
class Group:
    """A named group of can-do statements."""

    name: str
    statements: tuple[str, ...]


@dataclass(frozen=True)
class Checklist:
    """A self-assessment checklist."""

    id: str
    title: str
    levels: tuple[str, ...]
    groups: tuple[Group, ...]
    goals: int


@dataclass(frozen=True)
class Criterion:
    """One rubric row: a criterion and a descriptor per level ("" when none)."""

    name: str
    descriptors: tuple[str, ...]


@dataclass(frozen=True)
class Rubric:
    """A peer-review rubric."""

    id: str
    title: str
    levels: tuple[str, ...]
    criteria: tuple[Criterion, ...]


@dataclass(frozen=True)
class Journal:
    """A reflection journal: one list per prompt."""

    id: str
    title: str
    prompts: tuple[str, ...]


def _lines(body: str) -> list[tuple[int, str]]:
    """Non-blank, stripped lines with their numbers (1 = first line of the block)."""
    return [
        (number, line.strip())
        for number, line in enumerate(block_lines(str(body)), start=1)
        if line.strip()
    ]


def parse_levels(levels: str, item_id: str) -> tuple[str, ...]:
    """Split "A | B | C" into levels; at least two, none empty, no repeats."""
    names = tuple(part.strip() for part in str(levels).split("|"))
    if len(names) < 2 or any(not n for n in names) or len(set(names)) != len(names):
        raise AuthoringError(
            f"levels={levels!r} must name two or more different levels",
            'separate the levels with "|", like levels="Not yet | With help | On my own"',
            item=item_id,
        )
    return names


def _check_title(title: str, kind: str, item_id: str) -> str:
    if not str(title).strip():
        raise AuthoringError(
            f"the {kind} has no title",
            f'write the title after the id, in quotes: {kind}("{item_id}", "A title")',
            item=item_id,
        )
    return str(title).strip()


def parse_checklist(
    item_id: str, title: str, body: str, levels: str | None = None, goals: Any = 3
) -> Checklist:
    """Parse a checklist body into groups of statements."""
    items.check_id(item_id, "checklist")
    names = parse_levels(levels or CHECKLIST_LEVELS, item_id)
    if isinstance(goals, bool) or not isinstance(goals, int) or not 0 <= goals <= 10:
        raise AuthoringError(
            f"goals={goals!r} is not a number of goals from 0 to 10",
            "write goals=3 (or leave it out for 3 goal fields)",
            item=item_id,
        )
    groups: list[tuple[str, list[str], int]] = []
    for number, line in _lines(body):
        if line.startswith("- "):
            if not groups:
                groups.append(("", [], number))
            groups[-1][1].append(line[2:].strip())
        elif line.endswith(":"):
            groups.append((line[:-1].strip(), [], number))
        else:
            raise AuthoringError(
                f"the line {line!r} is neither a group nor a statement",
                "write a group as a line ending with ':' and each statement as a line "
                "starting with '- '",
                item=item_id,
                line=number,
            )
    for name, statements, number in groups:
        if not statements:
            raise AuthoringError(
                f"the group '{name}' has no statements",
                "add '- I can ...' lines under it, or remove the group line",
                item=item_id,
                line=number,
            )
    if not groups:
        raise AuthoringError(
            "the checklist has no statements",
            "add lines like '- I can write a short, polite email.'",
            item=item_id,
        )
    return Checklist(
        item_id,
        _check_title(title, "checklist", item_id),
        names,
        tuple(Group(name, tuple(statements)) for name, statements, _ in groups),
        goals,
    )


def parse_rubric(item_id: str, title: str, body: str, levels: str | None = None) -> Rubric:
    """Parse `- Criterion | descriptor | ...` lines: one descriptor per level."""
    items.check_id(item_id, "rubric")
    names = parse_levels(levels or RUBRIC_LEVELS, item_id)
    criteria: list[Criterion] = []
    for number, line in _lines(body):
        if not line.startswith("- "):
            raise AuthoringError(
                f"the line {line!r} is not a criterion",
                "start each criterion with '- ', like '- Greeting | ... | ... | ...'",
                item=item_id,
                line=number,
            )
        cells = [cell.strip() for cell in line[2:].split("|")]
        name, descriptors = cells[0], cells[1:]
        if not name:
            raise AuthoringError(
                "a criterion has no name",
                "write the criterion's name before the first '|'",
                item=item_id,
                line=number,
            )
        if len(descriptors) != len(names):
            raise AuthoringError(
                f"the criterion '{name}' has {len(descriptors)} descriptors for "
                f"{len(names)} levels ({' | '.join(names)})",
                "write one descriptor per level after the name, separated by '|' "
                "(use '...' when a level needs none)",
                item=item_id,
                line=number,
            )
        criteria.append(Criterion(name, tuple("" if d in {"", "..."} else d for d in descriptors)))
    if not criteria:
        raise AuthoringError(
            "the rubric has no criteria",
            "add lines like '- Greeting | too casual | polite | polite, with the name'",
            item=item_id,
        )
    return Rubric(item_id, _check_title(title, "rubric", item_id), names, tuple(criteria))


def parse_journal(item_id: str, title: str, body: str) -> Journal:
    """Parse one `- ` prompt per list."""
    items.check_id(item_id, "journal")
    prompts: list[str] = []
    for number, line in _lines(body):
        if not line.startswith("- ") or not line[2:].strip():
            raise AuthoringError(
                f"the line {line!r} is not a prompt",
                "write each prompt on its own line starting with '- ', like '- What went well?'",
                item=item_id,
                line=number,
            )
        prompts.append(line[2:].strip())
    if not prompts:
        raise AuthoringError(
            "the journal has no prompts", "add lines like '- What went well?'", item=item_id
        )
    return Journal(item_id, _check_title(title, "journal", item_id), tuple(prompts))


def _print(model: object) -> str:
    return hashlib.sha256(repr(model).encode()).hexdigest()[:16]


def render_checklist(model: Checklist) -> str:
    """Checklist HTML: one fieldset of level radios per statement, then goal fields."""
    groups = [
        {
            "name": inline_markdown(group.name) if group.name else "",
            "statements": [
                {"html": inline_markdown(s), "index": f"{g}-{i}"}
                for i, s in enumerate(group.statements, start=1)
            ],
        }
        for g, group in enumerate(model.groups, start=1)
    ]
    return render("checklist.html", model=model, groups=groups)


def render_rubric(model: Rubric) -> str:
    """Rubric HTML: one fieldset per criterion (levels with descriptors) and a comment box."""
    criteria = [
        {
            "html": inline_markdown(c.name),
            "index": i,
            "levels": [
                {"name": name, "descriptor": inline_markdown(d) if d else ""}
                for name, d in zip(model.levels, c.descriptors, strict=True)
            ],
        }
        for i, c in enumerate(model.criteria, start=1)
    ]
    return render("rubric.html", model=model, criteria=criteria)


def render_journal(model: Journal) -> str:
    """Journal HTML: a list per prompt, with an Add field shown when JavaScript runs."""
    prompts = [{"html": inline_markdown(p), "index": i} for i, p in enumerate(model.prompts, 1)]
    return render("journal.html", model=model, prompts=prompts)


def render_helpful(page_title: str, contact: str) -> str:
    """The "Was this page helpful?" box."""
    return render("helpful.html", page_title=page_title, contact=contact)


def render_my_work(contact: str, site_name: str) -> str:
    """The My work page's container; its index of pages is filled in after the build."""
    return render("my_work.html", contact=contact, site_name=site_name, marker=INDEX_MARKER)


def index_json(registry: items.Registry, order: list[str] | None = None) -> str:
    """The index My work reads, as JSON that is safe inside a <script> element: the course's
    modules by week, then the other pages in `order` (the navigation's), then by address."""
    place = {url: n for n, url in enumerate(order or [])}
    pages = [
        {
            "url": p.url,
            "title": p.title,
            "week": p.week,
            "items": p.items,
            "progress": p.progress,
            "quizzes": p.quizzes,
        }
        for p in sorted(
            registry.pages.values(),
            key=lambda p: (
                p.week is None,
                p.week if p.week is not None else 0,
                place.get(p.url, len(place)),
                p.url,
            ),
        )
    ]
    return (
        json.dumps({"pages": pages}, ensure_ascii=False)
        .replace("<", "\\u003c")
        .replace(">", "\\u003e")
        .replace("&", "\\u0026")
    )


def contact_email(config: Any) -> str:
    """extra.course.contact_email from mkdocs.yml ("" when not set)."""
    extra = config.get("extra") or {}
    course = extra.get("course") or {}
    return checked_email(course.get("contact_email"))


def register(env: Any) -> None:
    """Add checklist, rubric, journal, helpful and my_work to mkdocs-macros."""

    def page_src() -> str:
        return env.page.file.src_uri if env.page else ""

    def claim(kind: str, model: Any) -> None:
        items.REGISTRY.claim(kind, model.id, _print(model), page_src())
        week = week_of(env.page.meta, page_src())
        items.REGISTRY.track(env.page.url, env.page.title or "", kind, model.id, model.title, week)

    def build(kind: str, parse: Any, draw: Any, *args: Any, **kwargs: Any) -> str:
        try:
            model = parse(*args, **kwargs)
            claim(kind, model)
        except AuthoringError as error:
            raise located(error, kind, env) from None
        assets.require(env.page.meta, "journal" if kind == "journal" else "choices")
        if kind == "journal":
            lesson.record(env.page.meta, "reflection")
        return draw(model)

    @env.macro
    def checklist(
        id: str, title: str, levels: str | None = None, goals: Any = 3, caller: Any = None
    ) -> str:
        body = caller() if caller else ""
        return build("checklist", parse_checklist, render_checklist, id, title, body, levels, goals)

    @env.macro
    def rubric(id: str, title: str, levels: str | None = None, caller: Any = None) -> str:
        body = caller() if caller else ""
        return build("rubric", parse_rubric, render_rubric, id, title, body, levels)

    @env.macro
    def journal(id: str, title: str, caller: Any = None) -> str:
        body = caller() if caller else ""
        return build("journal", parse_journal, render_journal, id, title, body)

    @env.macro
    def helpful() -> str:
        try:
            contact = contact_email(env.conf)
            if env.page.url in items.REGISTRY.helpful_pages:
                raise AuthoringError(
                    "helpful() is used twice on this page",
                    "keep one {{ helpful() }}, near the end of the page",
                )
        except AuthoringError as error:
            raise error.at(page_src()) from None
        items.REGISTRY.helpful_pages.add(env.page.url)
        assets.require(env.page.meta, "helpful")
        return render_helpful(env.page.title or "", contact)

    @env.macro
    def my_work() -> str:
        try:
            contact = contact_email(env.conf)
        except AuthoringError as error:
            raise error.at(page_src()) from None
        assets.require(env.page.meta, "mywork")
        items.REGISTRY.my_work_pages.append(env.page.file.dest_uri)
        return render_my_work(contact, env.conf.get("site_name") or "")


def counts_in_progress(meta: dict[str, Any], src: str) -> bool:
    """Front matter `my_work: false` keeps a page's activities out of the learner's progress on
    My work (a guide's live examples, say); their saved work still shows there."""
    fix = (
        "write my_work: false to leave this page's activities out of the progress on My work, "
        "or leave the line out"
    )
    return flag(meta, "my_work", True, src, fix)


def post_page(env: Any) -> None:
    """Remember where each page is written, with its title, week and progress, for the index."""
    page = env.page
    items.REGISTRY.built[page.file.dest_uri] = items.Page(
        page.url,
        page.title or "",
        week_of(page.meta, page.file.src_uri),
        progress=counts_in_progress(page.meta, page.file.src_uri),
    )


def post_build(env: Any) -> None:
    """Index the items of every built page and write the index into the My work page(s)."""
    site_dir = Path(env.conf["site_dir"])
    for dest, page in items.REGISTRY.built.items():
        path = site_dir / dest
        if not path.is_file():
            continue
        html = path.read_text(encoding="utf-8")
        for kind, item_id, title in items.marked_items(html):
            items.REGISTRY.track(
                page.url, page.title, kind, item_id, title, page.week, page.progress
            )
        quizzes = items.quiz_ids(html)  # My work lists a page's quizzes in this order
        if page.url in items.REGISTRY.pages:
            items.REGISTRY.pages[page.url].quizzes = quizzes
        elif quizzes:  # quizzes only: in the index for its title and place, not for progress
            items.REGISTRY.pages[page.url] = replace(page, progress=False, quizzes=quizzes)
    nav = env.variables.get("navigation")
    data = index_json(items.REGISTRY, [page.url for page in nav.pages] if nav else None)
    for dest in items.REGISTRY.my_work_pages:
        path = site_dir / dest
        if path.is_file():
            html = path.read_text(encoding="utf-8")
            path.write_text(html.replace(INDEX_MARKER, data, 1), encoding="utf-8")
