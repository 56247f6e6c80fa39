"""Authoring errors: one message that names the page, the item, the line and the fix."""

from __future__ import annotations

from dataclasses import dataclass

from mkdocs.exceptions import PluginError


@dataclass
class AuthoringError(PluginError):
    """A mistake in a lesson file that an author can fix.

    A PluginError, so `mkdocs build` stops with this one message instead of a traceback.
    """

    problem: str
    fix: str
    page: str = ""
    item: str = ""
    line: int | None = None

    def __post_init__(self) -> None:
        super().__init__(str(self))

    def format_message(self) -> str:
        """The message MkDocs prints (click calls this)."""
        return str(self)

    def __str__(self) -> str:
        where = ", ".join(
            part
            for part in (
                self.page,
                f"'{self.item}'" if self.item else "",
                f"line {self.line}" if self.line is not None else "",
            )
            if part
        )
        prefix = f"{where}: " if where else ""
        stop = "" if self.problem.endswith(("?", "!", ".")) else "."  # "did you mean `due`?"
        return f"{prefix}{self.problem}{stop} Fix: {self.fix}"

    def at(self, page: str) -> AuthoringError:
        """Return this error with the page filled in (when it was not already)."""
        if not self.page:
            self.page = page
            super().__init__(str(self))
        return self


def _register_with_mkdocs_macros() -> None:
    """An authoring error in a macro leaves mkdocs-macros as itself, so MkDocs reports it.

    mkdocs-macros would print it with a traceback (through `%` formatting that breaks on a
    message holding `{% call ... %}`) and then end the process (`on_error_fail`), which also
    ends `mkdocs serve` at an author's first typo. Raised again here, the error stops
    `mkdocs build` with its one line, and `mkdocs serve` says it and keeps serving: it builds
    again when the file is saved.
    """
    try:
        from mkdocs_macros.errors import format_error
    except ImportError:  # pragma: no cover - the generator always runs inside mkdocs-macros
        return

    @format_error.register
    def _raise(error: AuthoringError, markdown: str, page: object) -> str:
        raise error


_register_with_mkdocs_macros()
