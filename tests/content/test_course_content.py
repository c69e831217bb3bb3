"""The bundled course meets the curriculum's standards, in every language it ships.

Sizes are counted on the text a trainee reads: everything but speaker notes,
facilitator notes and sources.
"""

from __future__ import annotations

import re
from functools import lru_cache

import pytest

from dro_trainer.core.course_loader import load_course
from dro_trainer.core.course_validator import count_words, validate_course
from dro_trainer.core.lesson_markup import box_items, split_blocks
from dro_trainer.core.problems import ProblemList
from tests.conftest import BUNDLED_COURSE

READER_EXCLUDES = ("notes", "facilitator", "sources")
REQUIRED_BOXES = ("objectives", "case", "discussion", "action", "facilitator", "sources")
ENGLISH_FUNCTION_WORDS = {"the", "and", "of", "to", "is", "that", "with", "for", "are", "this", "which", "be", "it", "from", "they", "their", "what", "when", "who", "has", "have", "not", "can"}


@lru_cache(maxsize=1)
def course():
    loaded = load_course(BUNDLED_COURSE)
    assert loaded.course is not None, [p.describe() for p in loaded.problems.errors]
    return loaded.course


def blocks(lesson):
    return split_blocks(lesson.body, lesson.body_first_line, lesson.path, ProblemList())


def reader_words(lesson) -> int:
    return sum(count_words(b.text) for b in blocks(lesson) if b.kind not in READER_EXCLUDES)


def all_lessons():
    return [(code, lesson) for code, content in course().languages.items() for lesson in content.lessons()]


def test_the_course_is_valid_and_big_enough():
    report = validate_course(BUNDLED_COURSE)
    assert report.valid, "\n".join(p.describe() for p in report.problems.errors)
    source = report.languages[course().manifest.source_language]
    assert source.modules >= 11 and source.lessons >= 50
    assert source.words >= 40_000 and source.questions >= 88 and source.glossary_terms >= 80
    for module in course().source.modules:
        assert 4 <= len(module.lessons) <= 6, module.id


@pytest.mark.parametrize("code,lesson", all_lessons(), ids=lambda v: v if isinstance(v, str) else v.path.parent.name[:2] + "/" + v.id)
def test_every_lesson_has_its_sections(code, lesson):
    found = [b.kind for b in blocks(lesson)]
    for kind in REQUIRED_BOXES:
        assert kind in found, f"{lesson.path}: no '{kind}' box"
    assert found[0] == "objectives" and found[-1] == "sources", f"{lesson.path}: objectives first, sources last"
    discussion = next(b for b in blocks(lesson) if b.kind == "discussion")
    questions = box_items(discussion.text)
    assert 2 <= len(questions) <= 3, f"{lesson.path}: the discussion box needs 2 or 3 questions"
    assert found.count("slide") >= 2 and "notes" in found, f"{lesson.path}: slides and speaker notes"
    assert box_items(next(b for b in blocks(lesson) if b.kind == "sources").text), f"{lesson.path}: sources list"


@pytest.mark.parametrize("lesson", course().source.lessons(), ids=lambda lesson: lesson.id)
def test_source_lessons_are_700_to_1200_words(lesson):
    assert 700 <= reader_words(lesson) <= 1200, f"{lesson.path}: {reader_words(lesson)} words"


def test_translations_are_whole_translations():
    """A translated lesson keeps its source's boxes in order and is not a summary."""
    source = {lesson.id: lesson for lesson in course().source.lessons()}
    for code, lesson in all_lessons():
        if code == course().manifest.source_language:
            continue
        original = source[lesson.id]
        kinds = [b.kind for b in blocks(lesson)]
        assert kinds == [b.kind for b in blocks(original)], f"{lesson.path}: boxes differ from the source"
        ratio = reader_words(lesson) / reader_words(original)
        assert 0.8 <= ratio <= 1.5, f"{lesson.path}: {ratio:.2f} times the source's length"


def test_quizzes_mix_types_and_explain_every_answer():
    for content in course().languages.values():
        for module in content.modules:
            quiz = module.quiz
            assert quiz is not None and len(quiz.questions) >= 8, module.path
            assert quiz.pass_mark == 70, quiz.path
            assert len({q.kind for q in quiz.questions}) >= 2, f"{quiz.path}: mix the question types"
            assert all(q.explanation for q in quiz.questions)


def _english_ratio(text: str) -> float:
    words = re.findall(r"[a-zA-Z']+", text.lower())
    return sum(word in ENGLISH_FUNCTION_WORDS for word in words) / max(1, len(words))


def _paragraphs(text: str) -> list[str]:
    return [p for p in re.split(r"\n\s*\n", text) if len(p.split()) >= 12]


def test_no_english_left_in_translations():
    """Catches a paragraph left in English: English function words make up ~25% of English prose."""
    leftovers = []
    for code, content in course().languages.items():
        if code == course().manifest.source_language:
            continue
        for lesson in content.lessons():
            for block in blocks(lesson):
                if block.kind == "sources":  # titles stay in their original language
                    continue
                for paragraph in _paragraphs(block.text):
                    if _english_ratio(paragraph) > 0.12:
                        leftovers.append(f"{lesson.path}:{block.line}: {paragraph[:70]}")
        for term in content.glossary.values():
            if _english_ratio(term.definition) > 0.12 and len(term.definition.split()) >= 12:
                leftovers.append(f"{term.path}:{term.line}")
    assert not leftovers, "\n".join(leftovers)


def test_the_english_detector_tells_the_languages_apart():
    english = "The union must know what data the system collects and who can see it, and for which purpose it is used."
    french = "Le syndicat doit savoir quelles données le système collecte, qui peut les voir et dans quel but elles sont utilisées."
    spanish = "El sindicato debe saber qué datos recoge el sistema, quién puede verlos y con qué finalidad se utilizan."
    assert _english_ratio(english) > 0.2
    assert _english_ratio(french) < 0.05 and _english_ratio(spanish) < 0.05


def test_glossary_terms_are_linked_from_lessons():
    linked = set()
    for lesson in course().source.lessons():
        linked |= set(re.findall(r"\]\(term:([a-z0-9-]+)\)", lesson.body))
    unused = set(course().source.glossary) - linked
    assert not unused, f"glossary terms no lesson links to: {sorted(unused)}"


def _ids(content) -> dict[str, set[str]]:
    return {
        "modules": {m.id for m in content.modules},
        "lessons": {lesson.id for lesson in content.lessons()},
        "quizzes": {m.quiz.id for m in content.modules if m.quiz},
        "questions": {q.id for m in content.modules if m.quiz for q in m.quiz.questions},
        "terms": set(content.glossary),
    }


def test_every_language_has_exactly_the_same_ids():
    source = _ids(course().source)
    assert set(course().languages) == {"en", "fr", "es"}
    for code, content in course().languages.items():
        assert _ids(content) == source, f"{code} differs from the source language"
    report = validate_course(BUNDLED_COURSE)
    assert all(stats.missing == 0 for stats in report.languages.values())
