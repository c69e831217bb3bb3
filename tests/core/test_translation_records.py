"""Translation status: complete, missing, outdated and not yet marked, from recorded fingerprints."""

from dro_trainer.core.course_loader import load_course
from dro_trainer.core.localized_course import LocalizedCourse
from dro_trainer.core.translation_records import (COMPLETE, MISSING, OUTDATED, UNMARKED, fingerprints, read_records,
                                                   translation_status, write_records)


def test_status_follows_the_source(tiny_course):
    course = load_course(tiny_course).course
    french = course.languages["fr"]
    status = translation_status(course.source, french, {})
    assert status.items["lesson:m1-l2"] == MISSING and status.items["lesson:m1-l1"] == UNMARKED
    write_records(tiny_course / "fr", {k: v for k, v in fingerprints(course.source).items() if k in fingerprints(french)})
    assert read_records(tiny_course / "fr")["lesson:m1-l1"] == fingerprints(course.source)["lesson:m1-l1"]
    course = load_course(tiny_course).course
    status = translation_status(course.source, course.languages["fr"], course.languages["fr"].translated_from)
    assert status.items["lesson:m1-l1"] == COMPLETE and status.count(MISSING) == 1
    lesson = tiny_course / "en/01-m/01-a.md"
    lesson.write_text(lesson.read_text().replace("The [data]", "Now the [data]"))
    course = load_course(tiny_course).course
    status = translation_status(course.source, course.languages["fr"], course.languages["fr"].translated_from)
    assert status.items["lesson:m1-l1"] == OUTDATED and status.items["term:data"] == COMPLETE
    french_view = LocalizedCourse(course, "fr")
    assert french_view.lesson("m1-l1").is_outdated and not french_view.term("data").is_outdated
    assert not french_view.lesson("m1-l2").is_outdated and french_view.lesson("m1-l2").is_fallback


def test_the_bundled_translations_are_recorded_and_current():
    from tests.conftest import BUNDLED_COURSE

    course = load_course(BUNDLED_COURSE).course
    for code in ("fr", "es"):
        content = course.languages[code]
        status = translation_status(course.source, content, content.translated_from)
        assert status.count(COMPLETE) == len(status.items), f"{code}: {status.as_dict()['items']}"
