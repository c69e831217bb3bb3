"""What a course is made of. Plain data: loading and checking live elsewhere."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

ID_PATTERN = re.compile(r"^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$")
LANGUAGE_CODE = re.compile(r"^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})?$")
BOX_KINDS = ("objectives", "case", "facts", "discussion", "action", "facilitator", "notes", "sources")
LABELLED_BOX_KINDS = tuple(kind for kind in BOX_KINDS if kind != "notes")
QUESTION_KINDS = ("single", "multiple", "truefalse")


def is_valid_id(value: str) -> bool:
    return bool(ID_PATTERN.match(value))


@dataclass
class Lesson:
    id: str
    title: str
    minutes: int
    path: Path
    body: str
    body_first_line: int
    language: str


@dataclass
class Option:
    text: str
    correct: bool
    feedback: str = ""


@dataclass
class Question:
    id: str
    kind: str
    prompt: str
    options: list[Option]
    explanation: str
    line: int

    @property
    def correct_indices(self) -> frozenset[int]:
        return frozenset(i for i, option in enumerate(self.options) if option.correct)


@dataclass
class Quiz:
    id: str
    title: str
    pass_mark: int
    questions: list[Question]
    path: Path
    language: str
    declared_ids: frozenset[str] = frozenset()  # every question ID in the file, valid or not


@dataclass
class Module:
    id: str
    title: str
    minutes: int
    description: str
    objectives: list[str]
    lessons: list[Lesson]
    quiz: Quiz | None
    path: Path
    language: str


@dataclass
class GlossaryTerm:
    id: str
    term: str
    definition: str
    path: Path
    line: int


@dataclass
class LanguageContent:
    code: str
    name: str
    direction: str
    title: str
    description: str
    labels: dict[str, str]
    modules: list[Module] = field(default_factory=list)
    glossary: dict[str, GlossaryTerm] = field(default_factory=dict)
    path: Path | None = None
    translated_from: dict[str, str] = field(default_factory=dict)  # item key -> source fingerprint
    loaded: bool = True  # False: only language.toml was read; load it before showing it

    @property
    def is_rtl(self) -> bool:
        return self.direction == "rtl"

    def lessons(self) -> list[Lesson]:
        return [lesson for module in self.modules for lesson in module.lessons]


@dataclass
class CourseManifest:
    format: int
    id: str
    version: str
    title: str
    publisher: str
    licence: str
    source_language: str
    languages: list[str]
    path: Path


@dataclass
class Course:
    manifest: CourseManifest
    root: Path
    languages: dict[str, LanguageContent]

    @property
    def id(self) -> str:
        return self.manifest.id

    @property
    def source(self) -> LanguageContent:
        return self.languages[self.manifest.source_language]
