"""Finding links, images and raw HTML in lesson Markdown, with their line numbers."""

from __future__ import annotations

import re
from dataclasses import dataclass

LINK = re.compile(r"(!?)\[(?:[^\]\\]|\\.)*\]\(\s*<?([^)\s>]*)>?(?:\s+\"[^\"]*\")?\s*\)")
RAW_HTML = re.compile(r"<(/?[A-Za-z][A-Za-z0-9-]*)(?=[\s>/])[^>]*>|<!--")
CODE_SPAN = re.compile(r"`+[^`]*`+")
AUTOLINK = re.compile(r"<(?:https?|ftp|mailto):[^>]*>", re.IGNORECASE)


@dataclass(frozen=True)
class LinkRef:
    target: str
    is_image: bool
    line: int


def find_links(text: str, first_line: int) -> list[LinkRef]:
    found = []
    for offset, line in enumerate(text.split("\n")):
        for match in LINK.finditer(CODE_SPAN.sub("", line)):
            found.append(LinkRef(match.group(2), bool(match.group(1)), first_line + offset))
    return found


def find_raw_html(text: str, first_line: int) -> list[tuple[int, str]]:
    found = []
    for offset, line in enumerate(text.split("\n")):
        bare = CODE_SPAN.sub("", line)
        for match in AUTOLINK.finditer(bare):
            found.append((first_line + offset, match.group(0)))
        for match in RAW_HTML.finditer(AUTOLINK.sub("", bare)):
            found.append((first_line + offset, match.group(0)[:40]))
    return found
