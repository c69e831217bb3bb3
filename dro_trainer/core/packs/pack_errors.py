"""Why a pack was refused: one sentence on the problem, one on what to do."""

from __future__ import annotations


class PackError(Exception):
    def __init__(self, problem: str, hint: str = "", *, where: str = "") -> None:
        super().__init__(problem)
        self.problem, self.hint, self.where = problem, hint, where

    def describe(self) -> str:
        text = f"{self.where}: {self.problem}" if self.where else self.problem
        return f"{text} {self.hint}".strip()


class PackCancelled(Exception):
    """The user cancelled; nothing was changed."""
