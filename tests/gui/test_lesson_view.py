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


def _coloured_png(path, colour) -> None:
    from PySide6.QtGui import QColor, QImage

    image = QImage(40, 40, QImage.Format.Format_RGB32)
    image.fill(QColor(colour))
    path.parent.mkdir(parents=True, exist_ok=True)
    image.save(str(path), "PNG")


def _pixels(widget, colour) -> int:
    from PySide6.QtGui import QColor

    image = widget.grab().toImage()
    wanted = QColor(colour).rgb()
    return sum(1 for x in range(0, image.width(), 2) for y in range(0, image.height(), 2) if image.pixel(x, y) == wanted)


def test_the_reader_loads_only_course_images(qtbot, tmp_path, tiny_course, monkeypatch):
    """Defence in depth: even HTML that skipped the sanitizer cannot make the reader load
    an image from outside the course, by any spelling of its path."""
    from dro_trainer.gui.lesson_browser import LessonBrowser

    secret = tmp_path / "outside" / "secret.png"
    _coloured_png(secret, "#ff0000")
    _coloured_png(tiny_course / "media" / "ok.png", "#0000ff")
    monkeypatch.chdir(tmp_path)  # a cwd-relative path must not reach the secret either
    absolute = str(secret)
    hostile = [absolute, "file://" + absolute, absolute.replace("/", "%2F"), "outside/secret.png",
               "media/../../outside/secret.png", "media/%2e%2e/%2e%2e/outside/secret.png"]
    html = "".join(f'<p><img src="{src}" width="40" height="40"></p>' for src in hostile)
    browser = LessonBrowser()
    qtbot.addWidget(browser)
    browser.resize(500, 900)
    browser.show_html(html + '<p><img src="media/ok.png"></p>', tiny_course, tiny_course / "en", right_to_left=False, scale=100)
    browser.show()
    qtbot.waitExposed(browser)
    assert _pixels(browser, "#0000ff") > 50, "the course's own image is shown"
    assert _pixels(browser, "#ff0000") == 0, "an image from outside the course was loaded"


def test_labels_show_no_images(qtbot, app_runner, tiny_course):
    glossary = tiny_course / "en/glossary/terms.md"
    glossary.write_text("## Data {#data}\nFacts. ![chart](media/ok.png)\n")
    window = app_runner(tiny_course).start()
    window._create_profile("Amina", "en", "en")
    window.show_lesson("m1-l1")
    window.lesson_page.show_term("data")
    assert "<img" not in window.lesson_page.glossary_text.text() and "[chart]" in window.lesson_page.glossary_text.text()
