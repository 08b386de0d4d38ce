"""Errors the user sees. Every message is Dutch and names what went wrong and where."""

from __future__ import annotations

from dataclasses import dataclass


class KoerswijzerError(Exception):
    """Base for every error with a message fit for a user. The CLI and GUI show ``str(e)``."""


@dataclass(frozen=True, slots=True)
class KoersIssue:
    """One problem in a koers file."""

    message: str
    line: int | None = None
    path: str = ""

    def format(self, filename: str) -> str:
        where = filename
        if self.line is not None:
            where += f", regel {self.line}"
        prefix = f"{self.path}: " if self.path else ""
        return f"{where}: {prefix}{self.message}"


class KoersFileError(KoerswijzerError):
    """A koers file that cannot be used. Carries every issue found, in file order."""

    def __init__(self, filename: str, issues: list[KoersIssue]) -> None:
        self.filename = filename
        self.issues = issues
        super().__init__("\n".join(issue.format(filename) for issue in issues))


class PlanFileError(KoerswijzerError):
    """A schoolplan file that cannot be opened or written. The file is left untouched."""
