"""The reader: fallback notices, glossary, links, text size, time and position."""

from PySide6.QtCore import QUrl

from tests.conftest import BUNDLED_COURSE


def test_untranslated_lesson_falls_back_with_a_notice(qtbot, app_runner, tiny_course):
    window = app_runner(tiny_course).start()
    window._create_profile("Amina", "en", "fr")
    window.show_lesson("m1-l1")
    assert window.lesson_page.title.text() == "Première leçon"
    assert not window.lesson_page.fallback_notice.isVisible()
    window.show_lesson("m1-l2")
    assert window.lesson_page.title.text() == "Second lesson"
    assert window.lesson_page.fallback_notice.isVisible()
    assert "English" in window.lesson_page.fallback_notice.text() and "Français" in window.lesson_page.fallback_notice.text()


def test_glossary_and_lesson_links(qtbot, app_runner, tiny_course):
    window = app_runner(tiny_course).start()
    window._create_profile("Amina", "en", "fr")
    window.show_lesson("m1-l1")
    window.lesson_page.browser.anchorClicked.emit(QUrl("term:data"))
    assert window.lesson_page.glossary_panel.isVisible()
    assert "Données" in window.lesson_page.glossary_text.text()
    window.lesson_page.browser.anchorClicked.emit(QUrl("lesson:m1-l2"))
    assert window.lesson_page.lesson_id == "m1-l2"


def test_reader_hides_speaker_notes_and_shows_boxes(qtbot, app_runner, tiny_course):
    window = app_runner(tiny_course).start()
    window._create_profile("Amina", "en", "en")
    window.show_lesson("m1-l1")
    text = window.lesson_page.browser.toPlainText()
    assert "Objectives (English)" in text and "Sources (English)" in text
    assert "Say this." not in text and "--- slide ---" not in text


def test_text_size_is_saved_per_profile(qtbot, app_runner):
    runner = app_runner(BUNDLED_COURSE)
    window = runner.start()
    window._create_profile("Amina", "en", "en")
    window.show_lesson("m01-l01")
    before = window.lesson_page.browser.document().defaultFont().pointSizeF()
    window.actions_by_id["larger_text"].trigger()
    after = window.lesson_page.browser.document().defaultFont().pointSizeF()
    assert after > before
    window = runner.restart()
    assert window.session.text_scale == 110
    assert window.lesson_page.browser.document().defaultFont().pointSizeF() == after


def test_reading_time_and_position_are_saved(qtbot, app_runner):
    runner = app_runner(BUNDLED_COURSE)
    window = runner.start()
    window._create_profile("Amina", "en", "en")
    window.show_lesson("m01-l02")
    qtbot.waitUntil(lambda: not window.lesson_page._restoring)
    bar = window.lesson_page.browser.verticalScrollBar()
    bar.setValue(bar.maximum() // 2)
    window.lesson_page._reading.start()
    qtbot.wait(1100)
    window = runner.restart()
    state = window.session.progress.lesson_states(window.session.profile.id, "dro-core")["m01-l02"]
    assert state.seconds_spent >= 1 and 0.3 < state.scroll_fraction < 0.7
    assert window.lesson_page.lesson_id == "m01-l02"
    qtbot.waitUntil(lambda: window.lesson_page.browser.verticalScrollBar().value() > 0)


def test_remote_and_outside_images_are_never_loaded(qtbot, app_runner, tiny_course):
    window = app_runner(tiny_course).start()
    window._create_profile("Amina", "en", "en")
    window.show_lesson("m1-l1")
    browser = window.lesson_page.browser
    image = 2
    assert browser.loadResource(image, QUrl("https://example.org/x.png")) is None
    assert browser.loadResource(image, QUrl("../../etc/passwd")) is None
    assert browser.loadResource(1, QUrl("media/style.css")) is None
