"""Checking a course folder: everything `pack validate` reports, and the figures it counts."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from dro_trainer.core.content_model import Course, LanguageContent, Lesson
from dro_trainer.core.content_links import find_links, find_raw_html
from dro_trainer.core.course_loader import load_course
from dro_trainer.core.course_media import resolve_media
from dro_trainer.core.html_sanitizer import WEB_ADDRESS, is_safe_image_source
from dro_trainer.core.lesson_markup import split_blocks
from dro_trainer.core.problems import ProblemList

IMAGE_TYPES = {".png", ".jpg", ".jpeg", ".gif"}
MAX_IMAGE_BYTES = 5 * 1024 * 1024
WORD = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")
MARKUP_NOISE = re.compile(r"\]\([^)]*\)|^:::.*$|^---\s*slide\s*---$", re.MULTILINE)


@dataclass
class LanguageStats:
    modules: int = 0
    lessons: int = 0
    words: int = 0
    questions: int = 0
    glossary_terms: int = 0
    missing: int = 0

    def as_dict(self) -> dict:
        return dict(self.__dict__)


@dataclass
class ValidationReport:
    root: Path
    problems: ProblemList
    languages: dict[str, LanguageStats] = field(default_factory=dict)

    @property
    def valid(self) -> bool:
        return not self.problems.errors

    def as_dict(self) -> dict:
        return {
            "valid": self.valid,
            "errors": [p.as_dict(self.root) for p in self.problems.errors],
            "warnings": [p.as_dict(self.root) for p in self.problems.warnings],
            "languages": {code: stats.as_dict() for code, stats in self.languages.items()},
        }


def validate_course(root: Path, extra_languages: dict[str, Path] | None = None) -> ValidationReport:
    loaded = load_course(root, extra_languages)
    report = ValidationReport(root.resolve(), loaded.problems)
    course = loaded.course
    if course is None:
        return report
    for code, content in course.languages.items():
        _check_lessons(course, content, report.problems)
        if code != course.manifest.source_language:
            _check_translation(course.source, content, report.problems)
        stats = _count(course.source, content)
        report.languages[code] = stats
        if stats.missing:
            report.problems.warning(content.path, None, f"{stats.missing} items of the source language are not translated into {code!r} yet.", "They are shown in the source language until translated.")
    return report


def _check_lessons(course: Course, content: LanguageContent, problems: ProblemList) -> None:
    lesson_ids = {lesson.id for lesson in course.source.lessons()} | {lesson.id for lesson in content.lessons()}
    module_ids = {m.id for m in course.source.modules} | {m.id for m in content.modules}
    term_ids = set(course.source.glossary) | set(content.glossary)
    for module in content.modules:
        if not module.lessons:
            problems.warning(module.path, None, "the module has no lessons.", "Add lesson files next to module.md.")
        for lesson in module.lessons:
            blocks = split_blocks(lesson.body, lesson.body_first_line, lesson.path, problems)
            kinds = {block.kind for block in blocks}
            for needed in ("objectives", "sources"):
                if needed not in kinds:
                    problems.warning(lesson.path, None, f"the lesson has no '{needed}' box.", f"Add a '::: {needed}' box (see docs/content-format.md).")
            _check_references(course, content, lesson, lesson_ids, module_ids, term_ids, problems)


def _check_references(course, content, lesson: Lesson, lesson_ids, module_ids, term_ids, problems: ProblemList) -> None:
    for line, tag in find_raw_html(lesson.body, lesson.body_first_line):
        problems.error(lesson.path, line, f"raw HTML {tag!r} is not allowed in lessons.", "Use Markdown instead; scripts, frames and forms are never shown.")
    for link in find_links(lesson.body, lesson.body_first_line):
        target = link.target
        if link.is_image:
            _check_image(course, content, lesson, target, link.line, problems)
        elif target.startswith("lesson:") and target[7:] not in lesson_ids:
            problems.error(lesson.path, link.line, f"link to lesson {target[7:]!r}, which does not exist.", "Check the lesson ID in the link.")
        elif target.startswith("module:") and target[7:] not in module_ids:
            problems.error(lesson.path, link.line, f"link to module {target[7:]!r}, which does not exist.", "Check the module ID in the link.")
        elif target.startswith("term:") and target[5:] not in term_ids:
            problems.error(lesson.path, link.line, f"link to glossary term {target[5:]!r}, which is not in the glossary.", "Add the term to the glossary, or fix the ID.")
        elif target.lower().startswith(("javascript:", "data:", "vbscript:", "file:")):
            problems.error(lesson.path, link.line, f"link {target[:40]!r} is not allowed.", "Remove it: lessons link only to lessons, modules and glossary terms.")
        elif WEB_ADDRESS.match(target):
            problems.error(lesson.path, link.line, f"link to a web address {target!r}: the app works offline and never opens it.", "Write the address as plain text in the sources box.")
        elif not target.startswith(("lesson:", "module:", "term:", "#")):
            problems.error(lesson.path, link.line, f"link target {target!r} is not understood.", "Use lesson:ID, module:ID or term:ID.")


def _check_image(course: Course, content: LanguageContent, lesson: Lesson, target: str, line: int, problems: ProblemList) -> None:
    if not is_safe_image_source(target):
        problems.error(lesson.path, line, f"image {target!r} is not a PNG, JPEG or GIF file inside the course.",
                       "Put the image in media/, name it with letters, digits, '-', '_' and '.', and write ![description](media/name.png).")
        return
    path = resolve_media(course.root, content.path, target)
    if path is None:
        problems.error(lesson.path, line, f"image {target!r} was not found.", f"Add the file to {content.code}/media/ or media/, or fix the name.")
    elif path.suffix.lower() not in IMAGE_TYPES:
        problems.error(lesson.path, line, f"image {target!r} is not PNG, JPEG, GIF or SVG.", "Convert it to PNG or JPEG.")
    elif path.stat().st_size > MAX_IMAGE_BYTES:
        problems.error(lesson.path, line, f"image {target!r} is larger than 5 MB.", "Resize or compress it.")


def _check_translation(source: LanguageContent, content: LanguageContent, problems: ProblemList) -> None:
    source_lessons = {lesson.id for lesson in source.lessons()}
    source_modules = {m.id: m for m in source.modules}
    for module in content.modules:
        if module.id not in source_modules:
            problems.error(module.path, 2, f"module {module.id!r} is not in the source language.", "Use the same IDs as the source language.")
            continue
        for lesson in module.lessons:
            if lesson.id not in source_lessons:
                problems.error(lesson.path, 2, f"lesson {lesson.id!r} is not in the source language.", "Use the same IDs as the source language.")
        original = source_modules[module.id].quiz
        if module.quiz and original:
            _check_quiz_matches(module.quiz, original, problems)
    for term_id, term in content.glossary.items():
        if term_id not in source.glossary:
            problems.error(term.path, term.line, f"term {term_id!r} is not in the source language's glossary.", "Use the same term IDs as the source language.")


def _check_quiz_matches(quiz, original, problems: ProblemList) -> None:
    originals = {q.id: q for q in original.questions}
    if quiz.id != original.id:
        problems.error(quiz.path, 2, f"quiz id {quiz.id!r} differs from the source language's {original.id!r}.", "Use the same ID.")
    for question in quiz.questions:
        reference = originals.get(question.id)
        if reference is None and question.id in original.declared_ids:
            continue  # the source question itself is broken, and reported there
        if reference is None:
            problems.error(quiz.path, question.line, f"question {question.id!r} is not in the source language's quiz.", "Use the same question IDs.")
        elif question.kind != reference.kind or len(question.options) != len(reference.options):
            problems.error(quiz.path, question.line, f"question {question.id!r} has a different type or number of options than the source.", "Keep the type and the options as in the source language.")
        elif question.correct_indices != reference.correct_indices:
            problems.error(quiz.path, question.line, f"question {question.id!r} marks different options correct than the source.", "Keep the options in the same order, with the same [x] marks.")


def count_words(text: str) -> int:
    return len(WORD.findall(MARKUP_NOISE.sub(" ", text)))


def _count(source: LanguageContent, content: LanguageContent) -> LanguageStats:
    stats = LanguageStats(
        modules=len(content.modules),
        lessons=len(content.lessons()),
        words=sum(count_words(lesson.body) for lesson in content.lessons()),
        questions=sum(len(m.quiz.questions) for m in content.modules if m.quiz),
        glossary_terms=len(content.glossary),
    )
    if content is not source:
        have = _all_ids(content)
        stats.missing = len(_all_ids(source) - have)
    return stats


def _all_ids(content: LanguageContent) -> set[str]:
    ids = {m.id for m in content.modules} | {lesson.id for lesson in content.lessons()} | {f"term:{t}" for t in content.glossary}
    ids |= {q.id for m in content.modules if m.quiz for q in m.quiz.questions}
    return ids
