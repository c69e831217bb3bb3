"""A course seen in one language, falling back to the source language item by item.

Order and structure always come from the source language; a translation supplies
text for the IDs it has. Anything it lacks is taken from the source and flagged, so
the reader can say so.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Generic, TypeVar

from dro_trainer.core.content_model import Course, GlossaryTerm, LanguageContent, Lesson, Module, Quiz

T = TypeVar("T")


@dataclass(frozen=True)
class Localized(Generic[T]):
    item: T
    language: str
    is_fallback: bool
    is_outdated: bool = False  # translated from an older version of the source


class LocalizedCourse:
    def __init__(self, course: Course, language: str) -> None:
        self.course = course
        self.source = course.source
        self.language = language if language in course.languages else course.manifest.source_language
        self.content: LanguageContent = course.languages[self.language]
        self._modules = {m.id: m for m in self.content.modules}
        self._lessons = {lesson.id: lesson for lesson in self.content.lessons()}
        self._source_lessons = {lesson.id: lesson for lesson in self.source.lessons()}
        self._source_modules = {m.id: m for m in self.source.modules}
        self._lesson_module = {lesson.id: m.id for m in self.source.modules for lesson in m.lessons}
        self._source_prints: dict[str, str] | None = None

    @property
    def id(self) -> str:
        return self.course.id

    @property
    def root(self) -> Path:
        return self.course.root

    @property
    def title(self) -> str:
        return self.content.title or self.source.title or self.course.manifest.title

    @property
    def is_rtl(self) -> bool:
        return self.content.is_rtl

    def _pick(self, translated: T | None, source: T, key: str = "") -> Localized[T]:
        if translated is not None:
            return Localized(translated, self.language, False, self._outdated(key))
        return Localized(source, self.source.code, self.language != self.source.code)

    def _outdated(self, key: str) -> bool:
        recorded = self.content.translated_from.get(key)
        if not key or recorded is None or self.content is self.source:
            return False
        if self._source_prints is None:
            from dro_trainer.core.translation_records import fingerprints

            self._source_prints = fingerprints(self.source)
        return recorded != self._source_prints.get(key)

    def modules(self) -> list[Localized[Module]]:
        return [self._pick(self._modules.get(m.id), m, f"module:{m.id}") for m in self.source.modules]

    def module(self, module_id: str) -> Localized[Module] | None:
        source = self._source_modules.get(module_id)
        return self._pick(self._modules.get(module_id), source, f"module:{module_id}") if source else None

    def lessons_of(self, module_id: str) -> list[Localized[Lesson]]:
        source = self._source_modules.get(module_id)
        if source is None:
            return []
        return [self._pick(self._lessons.get(lesson.id), lesson, f"lesson:{lesson.id}") for lesson in source.lessons]

    def lesson(self, lesson_id: str) -> Localized[Lesson] | None:
        source = self._source_lessons.get(lesson_id)
        return self._pick(self._lessons.get(lesson_id), source, f"lesson:{lesson_id}") if source else None

    def module_of_lesson(self, lesson_id: str) -> str | None:
        return self._lesson_module.get(lesson_id)

    def lesson_ids(self) -> list[str]:
        return [lesson.id for lesson in self.source.lessons()]

    def neighbours(self, lesson_id: str) -> tuple[str | None, str | None]:
        """The lessons before and after this one, across module boundaries."""
        ids = self.lesson_ids()
        if lesson_id not in ids:
            return None, None
        index = ids.index(lesson_id)
        return (ids[index - 1] if index > 0 else None, ids[index + 1] if index + 1 < len(ids) else None)

    def quiz_of(self, module_id: str) -> Localized[Quiz] | None:
        source = self._source_modules.get(module_id)
        if source is None or source.quiz is None:
            return None
        translated = self._modules.get(module_id)
        quiz = translated.quiz if translated and translated.quiz and _same_questions(translated.quiz, source.quiz) else None
        return self._pick(quiz, source.quiz, f"quiz:{source.quiz.id}")

    def term(self, term_id: str) -> Localized[GlossaryTerm] | None:
        source = self.source.glossary.get(term_id)
        translated = self.content.glossary.get(term_id)
        if source is None:
            return Localized(translated, self.language, False) if translated else None
        return self._pick(translated, source, f"term:{term_id}")

    def labels_for(self, language: str) -> dict[str, str]:
        return self.course.languages[language].labels


def _same_questions(translated: Quiz, source: Quiz) -> bool:
    # A quiz is shown whole in one language: a partial translation falls back entirely.
    return [q.id for q in translated.questions] == [q.id for q in source.questions]
