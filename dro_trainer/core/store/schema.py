"""The current schema, as SQLAlchemy Core tables. Migrations build it; queries use it."""

from __future__ import annotations

from sqlalchemy import Boolean, Column, Float, ForeignKey, Integer, MetaData, String, Table

metadata = MetaData()

profiles = Table(
    "profiles",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("display_name", String, nullable=False),
    Column("interface_language", String, nullable=False),
    Column("content_language", String, nullable=False),
    Column("text_scale", Integer, nullable=False),
    Column("last_location", String),
    Column("created_at", String, nullable=False),
    Column("last_used_at", String, nullable=False),
)

lesson_progress = Table(
    "lesson_progress",
    metadata,
    Column("profile_id", Integer, ForeignKey("profiles.id", ondelete="CASCADE"), primary_key=True),
    Column("course_id", String, primary_key=True),
    Column("lesson_id", String, primary_key=True),
    Column("status", String, nullable=False),
    Column("seconds_spent", Integer, nullable=False),
    Column("scroll_fraction", Float, nullable=False),
    Column("first_opened_at", String, nullable=False),
    Column("last_opened_at", String, nullable=False),
    Column("completed_at", String),
)

quiz_attempts = Table(
    "quiz_attempts",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("profile_id", Integer, ForeignKey("profiles.id", ondelete="CASCADE"), nullable=False),
    Column("course_id", String, nullable=False),
    Column("quiz_id", String, nullable=False),
    Column("content_language", String, nullable=False),
    Column("score_percent", Integer, nullable=False),
    Column("correct_count", Integer, nullable=False),
    Column("question_count", Integer, nullable=False),
    Column("pass_mark", Integer, nullable=False),
    Column("passed", Boolean, nullable=False),
    Column("started_at", String, nullable=False),
    Column("finished_at", String, nullable=False),
)

quiz_answers = Table(
    "quiz_answers",
    metadata,
    Column("attempt_id", Integer, ForeignKey("quiz_attempts.id", ondelete="CASCADE"), primary_key=True),
    Column("question_id", String, primary_key=True),
    Column("chosen", String, nullable=False),
    Column("correct", Boolean, nullable=False),
)
