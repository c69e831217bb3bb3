"""Markdown reduced to plain text, for labels that show a line or two (no Markdown import)."""

from __future__ import annotations

import re

_LINK = re.compile(r"!?\[([^\]]*)\]\([^)]*\)")
_EMPHASIS = re.compile(r"(\*\*|__|\*|_|`)(.+?)\1")


def plain_text(markdown: str) -> str:
    text = _LINK.sub(r"\1", markdown)
    text = _EMPHASIS.sub(r"\2", text)
    return " ".join(text.split())
