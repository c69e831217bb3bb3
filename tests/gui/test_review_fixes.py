"""Behaviour a review found missing: each test failed before its fix."""

from PySide6.QtWidgets import QMessageBox

from dro_trainer.gui.app import create_application, create_window, open_store_in_background
from tests.conftest import BUNDLED_COURSE


def test_minimise_and_restore_keeps_saving_position(qtbot, app_runner):
    runner = app_runner(BUNDLED_COURSE)
    window = runner.start()
    window._create_profile("Amina", "en", "en")
    window.show_lesson("m01-l02")
    qtbot.waitUntil(lambda: not window.lesson_page._restoring)
    window.showMinimized()
    window.showNormal()
    qtbot.waitUntil(lambda: window.lesson_page.isVisible())
    bar = window.lesson_page.browser.verticalScrollBar()
    bar.setValue(bar.maximum() // 2)
    window = runner.restart()
    state = window.session.progress.lesson_states(window.session.profile.id, "dro-core")["m01-l02"]
    assert 0.3 < state.scroll_fraction < 0.7


def test_continue_points_at_the_lesson_last_opened(qtbot, app_runner):
    window = app_runner(BUNDLED_COURSE).start()
    window._create_profile("Amina", "en", "en")
    window.show_lesson("m01-l02")
    window.lesson_page.next_button.click()
    assert window.lesson_page.lesson_id == "m01-l03"
    window.show_library()
    assert window.library._continue_lesson == "m01-l03"


def test_switching_course_language_mid_quiz_keeps_the_place(qtbot, app_runner):
    window = app_runner(BUNDLED_COURSE).start()
    window._create_profile("Amina", "en", "en")
    window.start_quiz("m01-foundations")
    quiz = window.quiz_page
    first = quiz.question
    quiz.option_buttons[min(first.correct_indices)].setChecked(True)
    quiz._check()
    quiz._check_or_advance()
    second = quiz.question
    quiz.option_buttons[min(second.correct_indices)].setChecked(True)
    window.session.set_content_language("fr")
    assert window.stack.currentWidget() is quiz and quiz.quiz_language == "fr"
    assert quiz.index == 1 and first.id in quiz.answers, "same question, earlier answers kept"
    assert quiz._chosen() == frozenset({min(second.correct_indices)}), "the choice in progress is kept"
    french = window.session.course.languages["fr"].modules[0].quiz.questions[1].prompt
    assert quiz.prompt.text() and quiz.question.prompt == french


def test_language_menu_waits_for_the_store(qtbot, tiny_course, tmp_path):
    create_application()
    window = create_window(tmp_path / "data", tiny_course)
    qtbot.addWidget(window)
    assert not window.menus["language"].isEnabled()
    open_store_in_background(window, tmp_path / "data")
    qtbot.waitUntil(lambda: window.session.ready, timeout=10_000)
    assert window.menus["language"].isEnabled()
    window.close_store()


def test_an_unexpected_store_error_gives_a_message_not_a_frozen_window(qtbot, tiny_course, tmp_path, monkeypatch):
    from dro_trainer.gui import app as app_module

    create_application()
    window = create_window(tmp_path / "data", tiny_course)
    qtbot.addWidget(window)
    shown, exits = [], []
    monkeypatch.setattr(QMessageBox, "critical", lambda parent, title, text: shown.append(text))
    monkeypatch.setattr(app_module.QApplication, "exit", lambda code=0: exits.append(code))
    monkeypatch.setattr(app_module, "_open_store", lambda data_dir: (_ for _ in ()).throw(PermissionError("read-only folder")))
    open_store_in_background(window, tmp_path / "data")
    qtbot.waitUntil(lambda: bool(shown), timeout=10_000)
    assert "read-only folder" in shown[0] and exits == [1]


def test_an_ampersand_in_an_option_is_shown_not_swallowed(qtbot, app_runner, tiny_course):
    quiz = tiny_course / "en/01-m/quiz.txt"
    quiz.write_text(quiz.read_text().replace("- [x] Right", "- [x] Health & safety"))
    window = app_runner(tiny_course).start()
    window._create_profile("Amina", "en", "en")
    window.start_quiz("m1")
    assert window.quiz_page.option_buttons[0].text() == "Health && safety"


def test_return_presses_the_focused_button_in_a_quiz(qtbot, app_runner, tiny_course):
    from PySide6.QtCore import Qt

    window = app_runner(tiny_course).start()
    window._create_profile("Amina", "en", "en")
    window.start_quiz("m1")
    qtbot.waitUntil(window.isActiveWindow)
    window.quiz_page.back_button.setFocus()
    qtbot.keyClick(window.quiz_page, Qt.Key.Key_Return)
    assert window.stack.currentWidget() is window.module_page


def test_the_quiz_result_follows_a_language_switch(qtbot, app_runner, tiny_course):
    window = app_runner(tiny_course).start()
    window._create_profile("Amina", "en", "en")
    window.start_quiz("m1")
    quiz = window.quiz_page
    while quiz.pages.currentIndex() == 0:
        quiz.option_buttons[min(quiz.question.correct_indices)].setChecked(True)
        quiz._check()
        quiz._check_or_advance()
    assert quiz.result_title.text() == "Well done: you passed."
    window.switch_interface_language("fr")
    qtbot.waitUntil(lambda: quiz.result_title.text() == "Bravo\u00a0: vous avez réussi.")
