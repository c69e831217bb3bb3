"""The `key: value` block between two `---` lines at the top of content files."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from dro_trainer.core.problems import ProblemList

_KEY_LINE = re.compile(r"^([A-Za-z_][A-Za-z0-9_]*)\s*:\s*(.*)$")


@dataclass
class FrontMatter:
    values: dict[str, str] = field(default_factory=dict)
    lines: dict[str, int] = field(default_factory=dict)
    body: str = ""
    body_first_line: int = 1

    def line_of(self, key: str) -> int:
        return self.lines.get(key, 1)


def split_front_matter(text: str, path: Path, problems: ProblemList) -> FrontMatter | None:
    """Split a file into its front matter and body; None if the block is malformed."""
    lines = text.split("\n")
    if not lines or lines[0].strip() != "---":
        problems.error(path, 1, "does not start with front matter.", "The first line must be '---', followed by 'id: ...' lines and another '---'.")
        return None
    result = FrontMatter()
    for index in range(1, len(lines)):
        line = lines[index]
        number = index + 1
        if line.strip() == "---":
            result.body = "\n".join(lines[index + 1 :])
            result.body_first_line = number + 1
            return result
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        match = _KEY_LINE.match(line)
        if not match:
            problems.error(path, number, f"front matter line is not 'key: value': {line.strip()!r}.", "Write one 'key: value' per line, or close the block with '---'.")
            return None
        key, value = match.group(1), match.group(2).strip()
        if key in result.values:
            problems.error(path, number, f"front matter key {key!r} appears twice.", "Keep only one.")
        result.values[key] = _unquote(value)
        result.lines[key] = number
    problems.error(path, 1, "front matter is never closed.", "Add a line '---' after the last 'key: value' line.")
    return None


def _unquote(value: str) -> str:
    if len(value) >= 2 and value[0] == value[-1] and value[0] in "\"'":
        return value[1:-1]
    return value
