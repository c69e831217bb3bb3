"""What the store hands out about a trainee: plain records, importable without SQLAlchemy."""

from __future__ import annotations

from dataclasses import dataclass

STARTED, COMPLETED = "started", "completed"


@dataclass(frozen=True)
class Profile:
    id: int
    display_name: str
    interface_language: str
    content_language: str
    text_scale: int
    last_location: str | None


@dataclass(frozen=True)
class LessonState:
    lesson_id: str
    status: str
    seconds_spent: int
    scroll_fraction: float
    last_opened_at: str

    @property
    def completed(self) -> bool:
        return self.status == COMPLETED


@dataclass(frozen=True)
class QuizBest:
    quiz_id: str
    best_percent: int
    passed: bool
    attempts: int
