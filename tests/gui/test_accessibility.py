"""Every control a trainee can reach has a name a screen reader can announce."""

from PySide6.QtWidgets import QAbstractButton, QComboBox, QLineEdit, QListWidget, QTextBrowser

from tests.conftest import BUNDLED_COURSE

CONTROLS = (QAbstractButton, QLineEdit, QComboBox, QListWidget, QTextBrowser)


def _unnamed(view) -> list[str]:
    missing = []
    for widget in view.findChildren(QAbstractButton) + view.findChildren(QLineEdit) + view.findChildren(QComboBox) + view.findChildren(QListWidget) + view.findChildren(QTextBrowser):
        if not widget.isVisibleTo(view):
            continue
        name = widget.accessibleName() or (widget.text() if isinstance(widget, QAbstractButton) else "")
        if not name.replace("&", "").strip():
            missing.append(f"{type(widget).__name__} {widget.objectName()!r}")
    return missing


def test_every_visible_control_is_named_on_every_screen(qtbot, app_runner):
    window = app_runner(BUNDLED_COURSE).start()
    assert _unnamed(window.welcome) == []
    window._create_profile("Amina", "en", "en")
    assert _unnamed(window.library) == []
    window.show_module("m01-foundations")
    assert _unnamed(window.module_page) == []
    window.show_lesson("m01-l01")
    window.lesson_page.show_term(next(iter(window.session.course.source.glossary)))
    assert _unnamed(window.lesson_page) == []
    window.start_quiz("m01-foundations")
    assert _unnamed(window.quiz_page) == []
    window.show_profile_picker()
    assert _unnamed(window.picker) == []


def test_the_library_can_be_used_by_keyboard(qtbot, app_runner):
    from PySide6.QtCore import Qt

    window = app_runner(BUNDLED_COURSE).start()
    window._create_profile("Amina", "en", "en")
    qtbot.waitUntil(window.isActiveWindow)  # window shortcuts act on the active window
    window.library.continue_button.setFocus()
    qtbot.keyClick(window.library.continue_button, Qt.Key.Key_Space)
    assert window.stack.currentWidget() is window.lesson_page
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window.lesson_page, Qt.Key.Key_Escape)
    assert window.stack.currentWidget() is window.module_page
    window.module_page.lesson_list.setFocus()
    window.module_page.lesson_list.setCurrentRow(2)
    qtbot.keyClick(window.module_page.lesson_list, Qt.Key.Key_Return)
    assert window.lesson_page.lesson_id == "m01-l03"


def test_escape_closes_a_definition_before_leaving_the_lesson(qtbot, app_runner):
    from PySide6.QtCore import Qt

    window = app_runner(BUNDLED_COURSE).start()
    window._create_profile("Amina", "en", "en")
    window.show_lesson("m01-l01")
    window.lesson_page.show_term("inferred-data")
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window.lesson_page, Qt.Key.Key_Escape)
    assert not window.lesson_page.glossary_panel.isVisible() and window.stack.currentWidget() is window.lesson_page
    qtbot.keyClick(window.lesson_page, Qt.Key.Key_Escape)
    assert window.stack.currentWidget() is window.module_page
