"""A course seen in one language, with item-by-item fallback to the source."""

from dro_trainer.core.course_loader import load_course
from dro_trainer.core.localized_course import LocalizedCourse


def test_translated_items_and_fallbacks(tiny_course):
    course = load_course(tiny_course).course
    french = LocalizedCourse(course, "fr")
    first = french.lesson("m1-l1")
    assert first.item.title == "Première leçon" and not first.is_fallback and first.language == "fr"
    second = french.lesson("m1-l2")
    assert second.item.title == "Second lesson" and second.is_fallback and second.language == "en"
    assert french.term("data").item.term == "Données"
    assert french.quiz_of("m1").item.questions[0].prompt == "Laquelle est juste ?"
    assert [m.item.title for m in french.modules()] == ["Module un"]


def test_order_and_neighbours_come_from_the_source(tiny_course):
    french = LocalizedCourse(load_course(tiny_course).course, "fr")
    assert french.lesson_ids() == ["m1-l1", "m1-l2"]
    assert french.neighbours("m1-l1") == (None, "m1-l2")
    assert french.neighbours("m1-l2") == ("m1-l1", None)
    assert french.module_of_lesson("m1-l2") == "m1"


def test_unknown_language_means_source(tiny_course):
    course = load_course(tiny_course).course
    assert LocalizedCourse(course, "de").language == "en"


def test_partly_translated_quiz_falls_back_whole(tiny_course):
    path = tiny_course / "fr/01-m/quiz.txt"
    path.write_text(path.read_text().split("[m1-q2]")[0])
    french = LocalizedCourse(load_course(tiny_course).course, "fr")
    quiz = french.quiz_of("m1")
    assert quiz.is_fallback and quiz.item.questions[0].prompt == "Which is right?"


def test_loading_only_some_languages_reads_just_the_names_of_the_others(tiny_course):
    from dro_trainer.core.course_loader import load_course

    course = load_course(tiny_course, only=set()).course
    assert course.languages["en"].loaded and course.languages["en"].lessons(), "the source is always read in full"
    french = course.languages["fr"]
    assert not french.loaded and french.name == "Français" and french.lessons() == []
    assert load_course(tiny_course, only={"fr"}).course.languages["fr"].loaded
