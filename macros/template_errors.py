"""A mistake in a page's `{{ }}` or `{% %}` code, told like every authoring error: one line that
names the file, the line in the file, the problem and the fix.

mkdocs-macros reports these itself with a traceback, counts lines from the end of the front
matter, crashes (IndexError) when another page's source fails to parse inside the page being
rendered (the worksheets read every lesson), and ends the process, `mkdocs serve` too. `register`
makes it raise our AuthoringError instead (see macros/errors.py). Every function above `located`
is pure; `located`, `first_line`, `register`, `finalizer` and `pre_page` work on the page being
rendered.
"""

from __future__ import annotations

import difflib
import functools
import inspect
import re
import textwrap
from collections.abc import Callable, Iterable, Mapping
from dataclasses import replace
from pathlib import Path
from typing import Any

from jinja2 import TemplateNotFound, TemplateSyntaxError, UndefinedError

from macros.errors import AuthoringError
from macros.frontmatter import body_start

RAW = re.compile(r"{%-?\s*raw\s*-?%}.*?{%-?\s*endraw\s*-?%}", re.DOTALL)
CALL = re.compile(r"{%-?\s*(end)?call\b")
INCLUDE = re.compile(r"""{%-?\s*include\s+["']([^"']+)["']""")
UNDEFINED = re.compile(r"^'([^']+)' is undefined$")
# How Python says a macro was called with the wrong arguments (its name, then what went wrong).
CALLED = re.compile(
    r"(\w+)\(\) (?:got an unexpected keyword argument '(?P<unknown>\w+)'"
    r"|(?P<missing>missing \d+ required positional arguments?: .+)"
    r"|takes .+ positional arguments? but (?P<given>\d+) (?:was|were) given)$"
)
CURLY = re.compile(r"unexpected char '([\u201c\u201d\u2018\u2019])'")
AS_TEXT = "to show `{{` or `{%` as text, put it between `{% raw %}` and `{% endraw %}`"


def unclosed_call(text: str) -> int | None:
    """The line (from 1) of the first `{% call %}` that no `{% endcall %}` closes, outside raw."""
    text = RAW.sub(lambda raw: "\n" * raw.group().count("\n"), text)
    opened: list[int] = []
    for number, line in enumerate(text.split("\n"), 1):
        for tag in CALL.finditer(line):
            if not tag.group(1):
                opened.append(number)
            elif opened:
                opened.pop()
    return opened[0] if opened else None


def block_lines(body: str) -> list[str]:
    """A call block's lines, dedented, as every block error counts them: line 1 is the first line
    after `{% call ... %}`, and only a new line ends a line (as Jinja counts them)."""
    if body.startswith("\n"):
        body = body[1:]
    elif body.startswith("\r\n"):
        body = body[2:]
    return textwrap.dedent(body.rstrip()).split("\n") if body.strip() else []


@functools.cache
def _opening(kind: str) -> re.Pattern[str]:
    """`kind(` and the quote that opens its first argument: one pattern per kind, where one per
    id made a build of 1,000 lessons compile 3,000 patterns (2% of its time)."""
    return re.compile(rf"\b{re.escape(kind)}\(\s*[\"']")


def call_site(source: str, kind: str, item_id: str) -> tuple[int, str] | None:
    """Where the line of `kind("item_id"` starts in a page's source, and that line's indent."""
    for match in _opening(kind).finditer(source):
        end = match.end() + len(item_id)
        if source.startswith(item_id, match.end()) and source[end : end + 1] in ("'", '"'):
            start = source.rfind("\n", 0, match.start()) + 1
            line = source[start : match.start()]
            return start, line[: len(line) - len(line.lstrip(" \t"))]
    return None


def _call_at(source: str, kind: str, item_id: object, nth: int = 0) -> int | None:
    """Where the line of the `nth` call (from 0) of `kind("item_id"` starts in `source`, outside
    `{% raw %}` (None: not there)."""
    if not isinstance(item_id, str) or not item_id:
        return None
    code, start, at = without_raw(source), 0, None
    for _ in range(nth + 1):
        site = call_site(code[start:], kind, item_id)
        if site is None:
            return None
        at = start + site[0]
        start = code.index("\n", at) + 1 if "\n" in code[at:] else len(code)
    return at


def call_line(source: str, kind: str, item_id: object, first: int = 1, nth: int = 0) -> int | None:
    """The line of the file (`source` starts at line `first`) of the `nth` call (from 0) of
    `kind("item_id"` outside `{% raw %}`; None when it is not in `source`."""
    at = _call_at(source, kind, item_id, nth)
    return None if at is None else first + source.count("\n", 0, at)


def in_file(
    error: AuthoringError, kind: str, source: str, first: int = 1, nth: int = 0
) -> AuthoringError:
    """A block's error with its line in the file; `source` starts at line `first`, and the block
    is the `nth` (from 0) that calls the error's item. A line counted in the block (1 after the
    `{% call %}` line) becomes the file's; an error about the call itself (no line: no title, an
    id used twice) gets the line of its `{% call %}`. A block from an included file is not in
    `source`: its line is said as counted in the block."""
    if not error.item:
        return error
    at = _call_at(source, kind, error.item, nth)
    if error.line is None:
        return error if at is None else replace(error, line=first + source.count("\n", 0, at))
    if at is not None:
        error.line += first + source.count("\n", 0, at)
    else:
        error.problem += f" (line {error.line} after the {kind}'s `{{% call %}}` line, in the file"
        error.problem += " the page includes)"
        error.line = None
    return error


def syntax_error(
    error: TemplateSyntaxError, text: str, page: str, first: int = 1
) -> AuthoringError:
    """The authoring error for code Jinja cannot read; `text` starts at line `first` of the file."""
    start = unclosed_call(text) if "'endcall'" in error.message else None
    if start is not None:
        return AuthoringError(
            problem="this `{% call %}` block has no `{% endcall %}`",
            fix="end the block with `{% endcall %}` on a line of its own, indented like its "
            "`{% call %}` line",
            page=page,
            line=first + start - 1,
        )
    line = first + (error.lineno or 1) - 1
    curly = CURLY.match(error.message or "")
    if curly:
        return AuthoringError(
            problem=f"the `{{{{ }}}}` or `{{% %}}` code has a curly quote {curly[1]}, and macros "
            "read only straight quotes",
            fix="type the quotes of the macro's text again as \" or ' (a word processor may "
            "have curled them)",
            page=page,
            line=line,
        )
    fix = f"write the macro as the Authoring guides show it; {AS_TEXT}"
    if (error.message or "").startswith("expected token"):
        fix = "check that each text between the macro's brackets has a quote at both ends and "
        fix += "a comma after it; " + AS_TEXT
    return AuthoringError(
        problem=f"the `{{{{ }}}}` or `{{% %}}` code cannot be read ({error.message})",
        fix=fix,
        page=page,
        line=line,
    )


def without_raw(text: str) -> str:
    """The text with what `{% raw %}` shows as text (a guide's code samples) blanked out: the same
    length and lines, so an error finds the code that ran, not a sample of it."""
    return RAW.sub(lambda raw: re.sub(r"[^\n]", " ", raw.group()), text)


def line_in_file(text: str, found: Callable[[str], Any], first: int = 1) -> int | None:
    """The line of the file (`text` starts at line `first`) of the first line of `text`, outside
    `{% raw %}`, for which `found` is true; None when there is none."""
    for number, line in enumerate(without_raw(text).split("\n"), first):
        if found(line):
            return number
    return None


def undefined_error(
    error: UndefinedError, text: str, page: str, first: int = 1, known: Iterable[str] = ()
) -> AuthoringError:
    """The authoring error for a name the site does not have (a misspelt macro, say); `known`
    holds the names it has, to suggest the closest one."""
    found = UNDEFINED.match(error.message or "")
    if not found:
        return AuthoringError(problem=f"a macro failed ({error.message})", fix=AS_TEXT, page=page)
    name = found.group(1)
    close = difflib.get_close_matches(name, sorted(known), n=1)
    hint = f"did you mean `{close[0]}`? " if close else ""
    return AuthoringError(
        problem=f"`{name}` is not a macro or a value of this site",
        fix=f"{hint}Check the spelling against the Authoring guides; {AS_TEXT}",
        page=page,
        item=name,
        line=line_in_file(text, re.compile(rf"\b{re.escape(name)}\b").search, first),
    )


def missing_file_error(
    error: TemplateNotFound, text: str, page: str, first: int = 1, files: Iterable[str] = ()
) -> AuthoringError:
    """The authoring error for an `{% include %}` of a file that is not there; `files` holds the
    files it could include, to suggest the closest one."""
    name = str(error.name)
    close = difflib.get_close_matches(name, sorted(files), n=1)
    hint = f"did you mean `{close[0]}`? " if close else ""
    return AuthoringError(
        problem=f"the page includes `{name}`, but the docs folder has no such file",
        fix=f"{hint}Write the file's path from the docs folder, as in "
        '`{% include "includes/letters/reply-to-rejection.md" %}`',
        page=page,
        line=line_in_file(text, lambda line: name in line, first),
    )


def bare_macro_error(name: str, text: str, page: str, first: int = 1) -> AuthoringError:
    """The authoring error for `{{ name }}` with no brackets, which would show the macro itself
    ("<function ...>") where what it makes should be."""
    used = re.compile(rf"{{{{-?\s*{re.escape(name)}\s*-?}}}}")
    return AuthoringError(
        problem=f"`{{{{ {name} }}}}` has no brackets, so the page would show the macro itself "
        "instead of what it makes",
        fix=f"call it with brackets: `{{{{ {name}() }}}}`",
        page=page,
        item=name,
        line=line_in_file(text, used.search, first),
    )


def arguments_of(macro: Callable[..., Any]) -> list[str]:
    """The arguments an author can give a macro, in order (not the block Jinja passes)."""
    kinds = (inspect.Parameter.POSITIONAL_OR_KEYWORD, inspect.Parameter.KEYWORD_ONLY)
    parameters = inspect.signature(macro).parameters.values()
    return [p.name for p in parameters if p.kind in kinds and p.name != "caller"]


def argument_error(
    error: TypeError, text: str, page: str, first: int, macros: Mapping[str, Callable[..., Any]]
) -> AuthoringError | None:
    """The authoring error for a macro called with an argument it does not have, or too few or
    too many; None when the TypeError is not about calling one of the site's macros."""
    found = CALLED.search(str(error))
    if not found or found.group(1) not in macros:
        return None
    name = found.group(1)
    arguments = arguments_of(macros[name])
    usage = f"`{name}()` takes {', '.join(arguments) or 'no arguments'}"
    unknown = found.group("unknown")
    if unknown:
        close = difflib.get_close_matches(unknown, arguments, n=1)
        problem = f"`{name}()` has no argument `{unknown}`"
        fix = (f"did you mean `{close[0]}`? " if close else "") + usage
        needle = rf"\b{re.escape(unknown)}\s*="
    else:
        given, missing = found.group("given"), re.findall(r"'(\w+)'", found.group("missing") or "")
        said = f"is missing its {' and '.join(missing)}" if missing else f"was given {given} text"
        said += "s" if given and given != "1" else ""
        problem = f"`{name}()` {said}"
        fix = f"{usage}{', in that order' if arguments else ''}"
        if arguments[:2] == ["id", "title"]:
            fix += f': the id and the title each in quotes, like `{name}("an-id", "A title")`'
        fix += " (see the Authoring guides)"
        needle = rf"\b{re.escape(name)}\("
    return AuthoringError(
        problem=problem,
        fix=fix,
        page=page,
        line=line_in_file(text, re.compile(needle).search, first),
    )


def located(error: AuthoringError, kind: str, env: Any) -> AuthoringError:
    """`in_file` for a block of the page being rendered, with the page named; a block that a file
    the page includes holds is located in that file."""
    page = env.page.file.src_uri
    if error.item and error.line is not None and call_site(env.markdown, kind, error.item) is None:
        for name in INCLUDE.findall(env.markdown):
            try:
                text = (Path(env.conf["docs_dir"]) / name).read_text(encoding="utf-8")
            except (OSError, UnicodeDecodeError):
                continue
            if call_site(text, kind, error.item) is not None:
                return in_file(error, kind, text).at(f"{name} (included by {page})")
    return in_file(error, kind, env.markdown, first_line(env.page, env.markdown)).at(page)


def first_line(page: Any, markdown: str) -> int:
    """Where `markdown`, the page's text as mkdocs-macros renders it, starts in the page's file
    (after its front matter); 1 when the file cannot be read."""
    try:
        return body_start(page.file.content_string, markdown)
    except (OSError, AttributeError, AssertionError, UnicodeDecodeError):
        return 1


def register(env: Any) -> None:
    """Report code mistakes in pages with our one-line messages."""
    try:
        from mkdocs_macros.errors import format_error
    except ImportError:  # pragma: no cover - the generator always runs inside mkdocs-macros
        return

    @format_error.register
    def _syntax(error: TemplateSyntaxError, markdown: str, page: Any) -> str:
        raise syntax_error(error, markdown, page.file.src_uri, first_line(page, markdown))

    @format_error.register
    def _arguments(error: TypeError, markdown: str, page: Any) -> str:
        first = first_line(page, markdown)
        found = argument_error(error, markdown, page.file.src_uri, first, env.macros)
        if found is None:  # not an author's call: mkdocs-macros' own report, with its traceback
            return format_error.dispatch(Exception)(error, markdown, page)
        raise found

    @format_error.register
    def _undefined(error: UndefinedError, markdown: str, page: Any) -> str:
        names = [*env.macros, *env.filters, *env.variables]
        first = first_line(page, markdown)
        raise undefined_error(error, markdown, page.file.src_uri, first, names)

    @format_error.register
    def _missing_file(error: TemplateNotFound, markdown: str, page: Any) -> str:
        loader = getattr(env.env, "loader", None)
        files = loader.list_templates() if loader else []
        first = first_line(page, markdown)
        raise missing_file_error(error, markdown, page.file.src_uri, first, files)


def finalizer(env: Any) -> Callable[[Any], Any]:
    """Jinja's `finalize` for pages: every `{{ }}` value on its way into the page passes it, and a
    macro or filter itself (`{{ lesson_facts }}`) stops the build instead of showing as text."""

    def finalize(value: Any) -> Any:
        if not callable(value):
            return value
        named = {id(f): n for n, f in [*env.filters.items(), *env.macros.items()]}
        name = (
            named.get(id(value))
            or getattr(value, "name", None)
            or getattr(value, "__name__", type(value).__name__)
        )
        page, markdown = env.page, env.markdown
        raise bare_macro_error(name, markdown, page.file.src_uri, first_line(page, markdown))

    return finalize


def pre_page(env: Any) -> None:
    """Give the pages' Jinja environment the finalizer (mkdocs-macros makes that environment after
    `register`, and again on each rebuild of `mkdocs serve`)."""
    if env.env.finalize is None:
        env.env.finalize = finalizer(env)
