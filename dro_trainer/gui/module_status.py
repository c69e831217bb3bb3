"""How far a trainee is in each module, computed from progress and content (no widgets)."""

from __future__ import annotations

from dataclasses import dataclass

from dro_trainer.core.localized_course import LocalizedCourse
from dro_trainer.core.progress_records import LessonState, QuizBest

NOT_STARTED, IN_PROGRESS, COMPLETED = "not-started", "in-progress", "completed"


@dataclass(frozen=True)
class ModuleStatus:
    module_id: str
    lessons_total: int
    lessons_done: int
    quiz_best: QuizBest | None
    has_quiz: bool
    state: str

    @property
    def fraction(self) -> float:
        steps = self.lessons_total + (1 if self.has_quiz else 0)
        done = self.lessons_done + (1 if self.quiz_best and self.quiz_best.passed else 0)
        return done / steps if steps else 0.0


def module_statuses(course: LocalizedCourse, lessons: dict[str, LessonState], quizzes: dict[str, QuizBest]) -> dict[str, ModuleStatus]:
    statuses = {}
    for localized in course.modules():
        module = localized.item
        ids = [lesson.item.id for lesson in course.lessons_of(module.id)]
        done = sum(1 for lesson_id in ids if lesson_id in lessons and lessons[lesson_id].completed)
        quiz = course.quiz_of(module.id)
        best = quizzes.get(quiz.item.id) if quiz else None
        touched = any(lesson_id in lessons for lesson_id in ids) or best is not None
        finished = done == len(ids) and (quiz is None or (best is not None and best.passed))
        state = COMPLETED if finished and touched else IN_PROGRESS if touched else NOT_STARTED
        statuses[module.id] = ModuleStatus(module.id, len(ids), done, best, quiz is not None, state)
    return statuses


def next_lesson(course: LocalizedCourse, lessons: dict[str, LessonState]) -> str | None:
    """The first lesson, in course order, that is not completed."""
    for lesson_id in course.lesson_ids():
        state = lessons.get(lesson_id)
        if state is None or not state.completed:
            return lesson_id
    return None
