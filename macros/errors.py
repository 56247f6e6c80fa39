"""Authoring errors: one message that names the page, the item, the line and the fix."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass
class AuthoringError(Exception):
    """A mistake in a lesson file that an author can fix."""

    problem: str
    fix: str
    page: str = ""
    item: str = ""
    line: int | None = None

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
        return f"{prefix}{self.problem}. Fix: {self.fix}"

    def at(self, page: str) -> AuthoringError:
        """Return this error with the page filled in (when it was not already)."""
        if not self.page:
            self.page = page
        return self
