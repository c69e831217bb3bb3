"""Problems found in content: where they are, what is wrong, what to do."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import Enum
from pathlib import Path


class Severity(str, Enum):
    ERROR = "error"
    WARNING = "warning"


@dataclass(frozen=True)
class Problem:
    path: Path
    line: int | None
    message: str
    hint: str = ""
    severity: Severity = Severity.ERROR

    def shown_path(self, root: Path | None = None) -> Path:
        """The path relative to root when it lies inside it, else as it is."""
        if root is not None and self.path.is_relative_to(root):
            return self.path.relative_to(root)
        return self.path

    def location(self, root: Path | None = None) -> str:
        shown = self.shown_path(root)
        return f"{shown}:{self.line}" if self.line else str(shown)

    def describe(self, root: Path | None = None) -> str:
        text = f"{self.location(root)}: {self.severity.value}: {self.message}"
        return f"{text} {self.hint}" if self.hint else text

    def as_dict(self, root: Path | None = None) -> dict:
        return {"file": str(self.shown_path(root)), "line": self.line, "message": self.message, "hint": self.hint}


@dataclass
class ProblemList:
    """Collects problems while content is read, so one pass reports them all."""

    items: list[Problem] = field(default_factory=list)

    def error(self, path: Path, line: int | None, message: str, hint: str = "") -> None:
        self.items.append(Problem(path, line, message, hint, Severity.ERROR))

    def warning(self, path: Path, line: int | None, message: str, hint: str = "") -> None:
        self.items.append(Problem(path, line, message, hint, Severity.WARNING))

    def extend(self, other: "ProblemList") -> None:
        self.items.extend(other.items)

    @property
    def errors(self) -> list[Problem]:
        return [p for p in self.items if p.severity is Severity.ERROR]

    @property
    def warnings(self) -> list[Problem]:
        return [p for p in self.items if p.severity is Severity.WARNING]

    def errors_in(self, path: Path) -> list[Problem]:
        return [p for p in self.errors if p.path == path]
