"""Splitting lesson text into Markdown, boxes and slide breaks."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from dro_trainer.core.content_model import BOX_KINDS
from dro_trainer.core.problems import ProblemList

SLIDE_BREAK = re.compile(r"^\s*---\s*slide\s*---\s*$")
BOX_OPEN = re.compile(r"^:::\s*([A-Za-z-]+)\s*(.*?)\s*$")
BOX_CLOSE = re.compile(r"^:::\s*$")


@dataclass(frozen=True)
class Block:
    """A run of Markdown (kind 'text'), a box (its kind) or a slide break ('slide')."""

    kind: str
    text: str = ""
    title: str = ""
    line: int = 0


def split_blocks(body: str, first_line: int, path: Path, problems: ProblemList) -> list[Block]:
    blocks: list[Block] = []
    pending: list[str] = []
    pending_line = first_line
    box: tuple[str, str, int] | None = None

    def flush(kind: str = "text", title: str = "") -> None:
        nonlocal pending
        text = "\n".join(pending).strip("\n")
        if text.strip() or kind != "text":
            blocks.append(Block(kind, text, title, pending_line))
        pending = []

    for offset, line in enumerate(body.split("\n")):
        number = first_line + offset
        if box is None:
            if SLIDE_BREAK.match(line):
                flush()
                blocks.append(Block("slide", line=number))
                pending_line = number + 1
            elif BOX_CLOSE.match(line):
                problems.error(path, number, "':::' closes a box that was never opened.", "Remove this line, or open the box with '::: kind'.")
            elif match := BOX_OPEN.match(line):
                kind = match.group(1).lower()
                if kind not in BOX_KINDS:
                    problems.error(path, number, f"unknown box kind {kind!r}.", f"Use one of: {', '.join(BOX_KINDS)}.")
                flush()
                box = (kind, match.group(2), number)
                pending_line = number + 1
            else:
                if not pending:
                    pending_line = number
                pending.append(line)
        elif BOX_CLOSE.match(line):
            flush(box[0], box[1])
            box = None
            pending_line = number + 1
        elif BOX_OPEN.match(line):
            problems.error(path, number, f"a box is opened inside the '{box[0]}' box of line {box[2]}.", "Boxes cannot nest: close the first box with ':::' before opening another.")
        else:
            pending.append(line)
    if box is not None:
        problems.error(path, box[2], f"the '{box[0]}' box is never closed.", "Add a line ':::' where the box ends.")
        flush(box[0], box[1])
    else:
        flush()
    return blocks


LIST_ITEM = re.compile(r"^(?:[-*+]|\d+[.)])\s+(.*)$")


def box_items(text: str) -> list[str]:
    """The list items (bulleted or numbered) of a box such as objectives, as plain lines."""
    items = []
    for line in text.split("\n"):
        stripped = line.strip()
        if match := LIST_ITEM.match(stripped):
            items.append(match.group(1).strip())
        elif items and stripped:
            items[-1] += " " + stripped
    return items
