"""What a trainee has done: profiles, lesson progress, quiz attempts, where they stopped.

Every method commits before it returns, so when the interface says "saved", it is.
Everything hangs on course, lesson and quiz IDs, never on files or languages.
"""

from __future__ import annotations

from datetime import datetime, timezone

from sqlalchemy import func, insert, select, update
from sqlalchemy.dialects.sqlite import insert as sqlite_insert

from dro_trainer.core.locations import LESSON, Location
from dro_trainer.core.progress_records import COMPLETED, STARTED, LessonState, Profile, QuizBest
from dro_trainer.core.quiz_scoring import QuizResult
from dro_trainer.core.store.database import Store
from dro_trainer.core.store.schema import lesson_progress, profiles, quiz_answers, quiz_attempts

def _now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


class ProgressStore:
    def __init__(self, store: Store) -> None:
        self._engine = store.engine

    # -- profiles ---------------------------------------------------------
    def profiles(self) -> list[Profile]:
        with self._engine.connect() as connection:
            rows = connection.execute(select(profiles).order_by(profiles.c.last_used_at.desc(), profiles.c.id)).all()
        return [_profile(row) for row in rows]

    def profile(self, profile_id: int) -> Profile | None:
        with self._engine.connect() as connection:
            row = connection.execute(select(profiles).where(profiles.c.id == profile_id)).first()
        return _profile(row) if row else None

    def create_profile(self, display_name: str, interface_language: str, content_language: str) -> Profile:
        name = display_name.strip()
        if not name:
            raise ValueError("a profile needs a name or a pseudonym")
        now = _now()
        with self._engine.begin() as connection:
            new_id = connection.execute(
                insert(profiles).values(
                    display_name=name,
                    interface_language=interface_language,
                    content_language=content_language,
                    text_scale=100,
                    created_at=now,
                    last_used_at=now,
                )
            ).inserted_primary_key[0]
        return self.profile(new_id)

    def update_profile(self, profile_id: int, **changes) -> Profile:
        allowed = {"display_name", "interface_language", "content_language", "text_scale", "last_location"}
        unknown = set(changes) - allowed
        if unknown:
            raise ValueError(f"cannot change {sorted(unknown)}")
        with self._engine.begin() as connection:
            connection.execute(update(profiles).where(profiles.c.id == profile_id).values(**changes, last_used_at=_now()))
        return self.profile(profile_id)

    def delete_profile(self, profile_id: int) -> None:
        with self._engine.begin() as connection:
            connection.execute(profiles.delete().where(profiles.c.id == profile_id))

    # -- lessons ----------------------------------------------------------
    def open_lesson(self, profile_id: int, course_id: str, lesson_id: str) -> None:
        now = _now()
        statement = sqlite_insert(lesson_progress).values(
            profile_id=profile_id, course_id=course_id, lesson_id=lesson_id, status=STARTED,
            seconds_spent=0, scroll_fraction=0.0, first_opened_at=now, last_opened_at=now,
        )
        with self._engine.begin() as connection:
            connection.execute(statement.on_conflict_do_update(
                index_elements=["profile_id", "course_id", "lesson_id"], set_={"last_opened_at": now}))
            connection.execute(update(profiles).where(profiles.c.id == profile_id).values(
                last_location=str(Location(LESSON, course_id, lesson_id)), last_used_at=now))

    def record_reading(self, profile_id: int, course_id: str, lesson_id: str, seconds: int, scroll_fraction: float) -> None:
        """Add reading time and remember how far down the trainee was."""
        with self._engine.begin() as connection:
            connection.execute(
                update(lesson_progress)
                .where(_lesson_key(profile_id, course_id, lesson_id))
                .values(seconds_spent=lesson_progress.c.seconds_spent + max(0, int(seconds)),
                        scroll_fraction=min(1.0, max(0.0, scroll_fraction)))
            )

    def complete_lesson(self, profile_id: int, course_id: str, lesson_id: str) -> None:
        self.open_lesson(profile_id, course_id, lesson_id)
        with self._engine.begin() as connection:
            connection.execute(
                update(lesson_progress)
                .where(_lesson_key(profile_id, course_id, lesson_id), lesson_progress.c.status != COMPLETED)
                .values(status=COMPLETED, completed_at=_now())
            )

    def lesson_states(self, profile_id: int, course_id: str) -> dict[str, LessonState]:
        with self._engine.connect() as connection:
            rows = connection.execute(select(lesson_progress).where(
                lesson_progress.c.profile_id == profile_id, lesson_progress.c.course_id == course_id)).all()
        return {row.lesson_id: LessonState(row.lesson_id, row.status, row.seconds_spent, row.scroll_fraction, row.last_opened_at) for row in rows}

    def set_location(self, profile_id: int, location: str) -> None:
        self.update_profile(profile_id, last_location=location)

    # -- quizzes ----------------------------------------------------------
    def record_attempt(self, profile_id: int, course_id: str, language: str, result: QuizResult, started_at: str) -> int:
        with self._engine.begin() as connection:
            attempt_id = connection.execute(insert(quiz_attempts).values(
                profile_id=profile_id, course_id=course_id, quiz_id=result.quiz_id, content_language=language,
                score_percent=result.score_percent, correct_count=result.correct_count,
                question_count=len(result.answers), pass_mark=result.pass_mark, passed=result.passed,
                started_at=started_at, finished_at=_now(),
            )).inserted_primary_key[0]
            if result.answers:
                connection.execute(insert(quiz_answers), [
                    {"attempt_id": attempt_id, "question_id": a.question_id,
                     "chosen": ",".join(str(i) for i in sorted(a.chosen)), "correct": a.correct}
                    for a in result.answers
                ])
        return attempt_id

    def quiz_bests(self, profile_id: int, course_id: str) -> dict[str, QuizBest]:
        query = (
            select(quiz_attempts.c.quiz_id, func.max(quiz_attempts.c.score_percent),
                   func.max(quiz_attempts.c.passed), func.count())
            .where(quiz_attempts.c.profile_id == profile_id, quiz_attempts.c.course_id == course_id)
            .group_by(quiz_attempts.c.quiz_id)
        )
        with self._engine.connect() as connection:
            rows = connection.execute(query).all()
        return {quiz_id: QuizBest(quiz_id, best, bool(passed), count) for quiz_id, best, passed, count in rows}

    def attempt_answers(self, attempt_id: int) -> dict[str, tuple[frozenset[int], bool]]:
        with self._engine.connect() as connection:
            rows = connection.execute(select(quiz_answers).where(quiz_answers.c.attempt_id == attempt_id)).all()
        return {row.question_id: (frozenset(int(i) for i in row.chosen.split(",") if i), bool(row.correct)) for row in rows}


def _lesson_key(profile_id: int, course_id: str, lesson_id: str):
    return (
        (lesson_progress.c.profile_id == profile_id)
        & (lesson_progress.c.course_id == course_id)
        & (lesson_progress.c.lesson_id == lesson_id)
    )


def _profile(row) -> Profile:
    return Profile(row.id, row.display_name, row.interface_language, row.content_language, row.text_scale, row.last_location)
