"""Schema versions and the steps between them.

Each step is frozen once released: it is plain SQL for the schema of its day, never
derived from schema.py, so an old database always upgrades the same way. The version
lives in SQLite's `user_version`. Add a step; never edit a released one.
"""

from __future__ import annotations

from typing import Callable

from sqlalchemy import Connection, text


def _v1_initial(connection: Connection) -> None:
    for statement in (
        """CREATE TABLE profiles (
            id INTEGER PRIMARY KEY,
            display_name TEXT NOT NULL,
            interface_language TEXT NOT NULL DEFAULT 'en',
            content_language TEXT NOT NULL DEFAULT 'en',
            text_scale INTEGER NOT NULL DEFAULT 100,
            last_location TEXT,
            created_at TEXT NOT NULL,
            last_used_at TEXT NOT NULL)""",
        """CREATE TABLE lesson_progress (
            profile_id INTEGER NOT NULL REFERENCES profiles(id) ON DELETE CASCADE,
            course_id TEXT NOT NULL,
            lesson_id TEXT NOT NULL,
            status TEXT NOT NULL CHECK (status IN ('started', 'completed')),
            seconds_spent INTEGER NOT NULL DEFAULT 0,
            scroll_fraction REAL NOT NULL DEFAULT 0,
            first_opened_at TEXT NOT NULL,
            last_opened_at TEXT NOT NULL,
            completed_at TEXT,
            PRIMARY KEY (profile_id, course_id, lesson_id))""",
        """CREATE TABLE quiz_attempts (
            id INTEGER PRIMARY KEY,
            profile_id INTEGER NOT NULL REFERENCES profiles(id) ON DELETE CASCADE,
            course_id TEXT NOT NULL,
            quiz_id TEXT NOT NULL,
            content_language TEXT NOT NULL,
            score_percent INTEGER NOT NULL,
            correct_count INTEGER NOT NULL,
            question_count INTEGER NOT NULL,
            pass_mark INTEGER NOT NULL,
            passed BOOLEAN NOT NULL,
            started_at TEXT NOT NULL,
            finished_at TEXT NOT NULL)""",
        "CREATE INDEX ix_quiz_attempts_lookup ON quiz_attempts (profile_id, course_id, quiz_id)",
        """CREATE TABLE quiz_answers (
            attempt_id INTEGER NOT NULL REFERENCES quiz_attempts(id) ON DELETE CASCADE,
            question_id TEXT NOT NULL,
            chosen TEXT NOT NULL,
            correct BOOLEAN NOT NULL,
            PRIMARY KEY (attempt_id, question_id))""",
    ):
        connection.execute(text(statement))


MIGRATIONS: list[Callable[[Connection], None]] = [_v1_initial]
LATEST_VERSION = len(MIGRATIONS)


class StoreTooNew(Exception):
    """The database was written by a newer DRO Trainer."""


def schema_version(connection: Connection) -> int:
    return int(connection.exec_driver_sql("PRAGMA user_version").scalar_one())


def upgrade(connection: Connection) -> list[int]:
    """Bring the schema to LATEST_VERSION inside the caller's transaction; the steps run."""
    current = schema_version(connection)
    if current > LATEST_VERSION:
        raise StoreTooNew(f"the data was saved by a newer DRO Trainer (schema {current}, this one knows {LATEST_VERSION})")
    applied = []
    for version in range(current + 1, LATEST_VERSION + 1):
        MIGRATIONS[version - 1](connection)
        connection.exec_driver_sql(f"PRAGMA user_version = {version}")
        applied.append(version)
    return applied
