"""Where a trainee is, as one short string kept with their profile: 'lesson:dro-core/m01-l03'."""

from __future__ import annotations

from dataclasses import dataclass

LIBRARY, MODULE, LESSON = "library", "module", "lesson"


@dataclass(frozen=True)
class Location:
    kind: str
    course_id: str = ""
    item_id: str = ""

    def __str__(self) -> str:
        return f"{self.kind}:{self.course_id}/{self.item_id}" if self.item_id else f"{self.kind}:"


def parse_location(text: str | None) -> Location:
    """Anything unreadable means the library: a place the app can always show."""
    kind, _, rest = (text or "").partition(":")
    course_id, _, item_id = rest.partition("/")
    if kind in (MODULE, LESSON) and course_id and item_id:
        return Location(kind, course_id, item_id)
    return Location(LIBRARY)
