"""Marking answers and scoring a quiz attempt."""

from __future__ import annotations

from dataclasses import dataclass

from dro_trainer.core.content_model import Question, Quiz


@dataclass(frozen=True)
class AnswerResult:
    question_id: str
    chosen: frozenset[int]
    correct: bool


@dataclass(frozen=True)
class QuizResult:
    quiz_id: str
    answers: tuple[AnswerResult, ...]
    pass_mark: int

    @property
    def correct_count(self) -> int:
        return sum(answer.correct for answer in self.answers)

    @property
    def score_percent(self) -> int:
        if not self.answers:
            return 0
        return round(100 * self.correct_count / len(self.answers))

    @property
    def passed(self) -> bool:
        # Compared exactly, not on the rounded percentage: 2 of 3 (66.7%) does not pass a mark of 67.
        return self.correct_count * 100 >= self.pass_mark * len(self.answers) and bool(self.answers)


def mark_answer(question: Question, chosen: frozenset[int]) -> AnswerResult:
    """Right only when exactly the correct options are chosen (for every question type)."""
    return AnswerResult(question.id, chosen, chosen == question.correct_indices)


def score_quiz(quiz: Quiz, answers: dict[str, frozenset[int]]) -> QuizResult:
    marked = tuple(mark_answer(q, answers.get(q.id, frozenset())) for q in quiz.questions)
    return QuizResult(quiz.id, marked, quiz.pass_mark)
