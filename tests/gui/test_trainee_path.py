"""The trainee's whole path, by keyboard where a trainee would use it, with no network."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from tests.conftest import BUNDLED_COURSE


def _wrong_choice(question) -> frozenset[int]:
    wrong = [i for i in range(len(question.options)) if i not in question.correct_indices]
    return frozenset(wrong if question.kind == "multiple" else wrong[:1])


def _answer_quiz_by_keyboard(qtbot, window, *, right: bool = True) -> None:
    quiz_view = window.quiz_page
    qtbot.waitUntil(window.isActiveWindow)  # window shortcuts act on the active window
    for question in quiz_view.quiz.questions:
        wanted = question.correct_indices if right else _wrong_choice(question)
        for index in sorted(wanted):
            option = quiz_view.option_buttons[index]
            option.setFocus()
            qtbot.keyClick(option, Qt.Key.Key_Space)
        assert quiz_view._chosen() == wanted
        qtbot.keyClick(quiz_view, Qt.Key.Key_Return)  # check the answer
        assert quiz_view.explanation.isVisible() and quiz_view.explanation.text()
        qtbot.keyClick(quiz_view, Qt.Key.Key_Return)  # next question, or the result


def test_first_launch_to_passed_quiz_restart_and_french(qtbot, app_runner, no_network):
    runner = app_runner(BUNDLED_COURSE)
    window = runner.start()
    assert window.stack.currentWidget() is window.welcome

    qtbot.keyClicks(window.welcome.name_field, "Amina")
    qtbot.keyClick(window.welcome.name_field, Qt.Key.Key_Return)
    assert window.stack.currentWidget() is window.library
    assert "Amina" in window.library.greeting.text()

    qtbot.mouseClick(window.library.continue_button, Qt.MouseButton.LeftButton)
    assert window.stack.currentWidget() is window.lesson_page
    assert window.lesson_page.lesson_id == "m01-l01"
    qtbot.waitUntil(lambda: not window.lesson_page._restoring)
    bar = window.lesson_page.browser.verticalScrollBar()
    assert bar.maximum() > 0, "a real lesson is longer than one screen"
    bar.setValue(bar.maximum())
    qtbot.waitUntil(lambda: window.lesson_page.status.isVisible())
    progress, course_id = window.session.progress, window.session.course_id
    profile_id = window.session.profile.id
    assert progress.lesson_states(profile_id, course_id)["m01-l01"].completed

    qtbot.mouseClick(window.lesson_page.next_button, Qt.MouseButton.LeftButton)
    assert window.lesson_page.lesson_id == "m01-l02"

    window.show_module("m01-foundations")
    qtbot.mouseClick(window.module_page.quiz_button, Qt.MouseButton.LeftButton)
    assert window.stack.currentWidget() is window.quiz_page
    _answer_quiz_by_keyboard(qtbot, window)
    assert window.quiz_page.pages.currentIndex() == 1
    assert window.quiz_page.result_title.text() == "Well done: you passed."
    best = progress.quiz_bests(profile_id, course_id)["m01-quiz"]
    assert best.passed and best.best_percent == 100

    window = runner.restart()
    assert window.session.profile.display_name == "Amina"
    assert window.stack.currentWidget() is window.module_page, "reopens where the trainee stopped"
    states = window.session.progress.lesson_states(profile_id, course_id)
    assert states["m01-l01"].completed and "m01-l02" in states
    assert "100%" in window.module_page.quiz_best.text()

    window.switch_interface_language("fr")
    qtbot.waitUntil(lambda: window.menus["file"].title() == "&Fichier")
    assert window.module_page.back_button.text() == "← &Bibliothèque"
    assert window.stack.currentWidget() is window.module_page, "switching language keeps the trainee's place"

    window.show_lesson("m01-l01")
    english_title = window.lesson_page.title.text()
    window.session.set_content_language("fr")
    assert window.lesson_page.lesson_id == "m01-l01"
    french = window.session.course.languages["fr"]
    assert window.lesson_page.title.text() == next(l.title for l in french.lessons() if l.id == "m01-l01")
    assert window.lesson_page.title.text() != english_title
    assert not window.lesson_page.fallback_notice.isVisible()
    assert window.lesson_page.status.isVisible(), "progress hangs on IDs, not on the language"

    stray = [w for w in QApplication.topLevelWidgets() if w.isVisible() and w is not window]
    assert stray == [], "a widget shown before it had a parent pops up as its own window"
    window.start_quiz("m01-foundations")
    assert window.quiz_page.quiz_language == "fr"
    _answer_quiz_by_keyboard(qtbot, window)
    assert window.quiz_page.result_title.text() == "Bravo\u00a0: vous avez réussi."
    french_best = window.session.progress.quiz_bests(profile_id, course_id)["m01-quiz"]
    assert french_best.attempts == 2 and french_best.passed
    assert no_network == []


def test_a_failed_attempt_is_stored_and_best_score_kept(qtbot, app_runner):
    window = app_runner(BUNDLED_COURSE).start()
    window._create_profile("Delegate 7", "en", "en")
    window.start_quiz("m01-foundations")
    _answer_quiz_by_keyboard(qtbot, window, right=False)
    assert window.quiz_page.result_title.text() == "Not passed yet. Have another go."
    qtbot.mouseClick(window.quiz_page.retry_button, Qt.MouseButton.LeftButton)
    assert window.quiz_page.pages.currentIndex() == 0 and window.quiz_page.index == 0
    best = window.session.progress.quiz_bests(window.session.profile.id, window.session.course_id)["m01-quiz"]
    assert (best.best_percent, best.passed, best.attempts) == (0, False, 1)


def test_profiles_are_separate(qtbot, app_runner):
    runner = app_runner(BUNDLED_COURSE)
    window = runner.start()
    window._create_profile("Amina", "en", "en")
    window.show_lesson("m01-l01")
    window.lesson_page._mark_complete()
    window.show_welcome(first_launch=False)
    assert window.welcome.cancel_button.isVisible()
    window._create_profile("Kofi", "en", "es")
    assert window.library.continue_heading.text() == "Start the course"
    window.show_profile_picker()
    names = [window.picker.profile_list.item(i).text() for i in range(window.picker.profile_list.count())]
    assert sorted(names) == ["Amina", "Kofi"]
    amina = next(p for p in window.session.progress.profiles() if p.display_name == "Amina")
    window._choose_profile(amina.id)
    assert window.session.profile.display_name == "Amina"
    assert window.stack.currentWidget() is window.lesson_page and window.lesson_page.status.isVisible()
