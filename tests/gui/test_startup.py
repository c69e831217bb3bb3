"""The real start: the first frame without the store, then the store from a worker thread."""

import os
import subprocess
import sys
import threading

import pytest

from PySide6.QtWidgets import QMessageBox

from dro_trainer.core.app_settings import AppSettings, write_settings
from dro_trainer.core.progress import ProgressStore
from dro_trainer.core.store.database import STORE_NAME, open_store
from dro_trainer.gui import background
from dro_trainer.gui.app import create_application, create_window, open_store_in_background
from tests.conftest import REPO


@pytest.fixture
def windows(qtbot):
    """Windows made by create_window, closed afterwards with the interface back in English."""
    made = []

    def make(data_dir, content_dir):
        create_application()
        window = create_window(data_dir, content_dir)
        qtbot.addWidget(window)
        made.append(window)
        return window

    yield make
    for window in made:
        window.close_store()
        window.translator.switch_to("en")


def _returning_trainee(data_dir, language="fr"):
    store = open_store(data_dir)
    progress = ProgressStore(store)
    profile = progress.create_profile("Amina", language, language)
    progress.complete_lesson(profile.id, "tiny", "m1-l1")
    store.close()
    write_settings(data_dir, AppSettings(language, profile.id, language))
    return profile


def test_first_frame_then_progress(qtbot, tiny_course, tmp_path, windows):
    data = tmp_path / "data"
    _returning_trainee(data)
    window = windows(data, tiny_course)
    assert not window.session.ready
    assert window.stack.currentWidget() is window.library
    assert window.library.course_title.text() == "Petit cours", "drawn in the trainee's language at once"
    assert not window.library.continue_card.isVisible()
    assert not window.actions_by_id["switch_profile"].isEnabled()
    window.show()
    open_store_in_background(window, data)
    qtbot.waitUntil(lambda: window.session.ready, timeout=10_000)
    assert window.actions_by_id["switch_profile"].isEnabled()
    assert window.session.profile.display_name == "Amina"
    assert window.stack.currentWidget() is window.lesson_page, "back in the lesson where the trainee stopped"
    window.show_library()
    assert "Amina" in window.library.greeting.text()


def test_first_launch_waits_for_the_store_before_saving_a_profile(qtbot, tiny_course, tmp_path, windows):
    window = windows(tmp_path / "data", tiny_course)
    assert window.stack.currentWidget() is window.welcome
    window.welcome.name_field.setText("Amina")
    assert not window.welcome.start_button.isEnabled()
    open_store_in_background(window, tmp_path / "data")
    qtbot.waitUntil(lambda: window.welcome.start_button.isEnabled(), timeout=10_000)
    assert window.welcome.name_field.text() == "Amina", "what was typed while the store opened is kept"


def test_background_results_arrive_on_the_interface_thread(qtbot):
    create_application()
    seen = {}

    def work():
        seen["worker"] = threading.current_thread()
        return 42

    def done(value):
        seen["callback"] = threading.current_thread()
        seen["value"] = value

    background.run_in_background(work, done, lambda error: seen.setdefault("error", error))
    qtbot.waitUntil(lambda: "value" in seen)
    assert seen["value"] == 42
    assert seen["callback"] is threading.main_thread() and seen["worker"] is not threading.main_thread()
    failures = []
    background.run_in_background(lambda: 1 / 0, lambda value: None, failures.append)
    qtbot.waitUntil(lambda: bool(failures))
    assert isinstance(failures[0], ZeroDivisionError)


def test_unreadable_store_found_in_the_background_is_restored(qtbot, tiny_course, tmp_path, monkeypatch, windows):
    data = tmp_path / "data"
    _returning_trainee(data, "en")
    open_store(data).close()  # backs up the good store
    (data / STORE_NAME).write_bytes(b"garbage" * 100)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    window = windows(data, tiny_course)
    open_store_in_background(window, data)
    qtbot.waitUntil(lambda: window.session.ready, timeout=10_000)
    assert window.session.profile.display_name == "Amina"


def test_the_interface_loads_without_sqlalchemy():
    """The first frame is drawn before the store opens: no interface module may pull SQLAlchemy in."""
    code = "import sys, dro_trainer.gui.app; assert 'sqlalchemy' not in sys.modules, 'SQLAlchemy imported'; assert 'markdown' not in sys.modules"
    result = subprocess.run([sys.executable, "-c", code], cwd=REPO, capture_output=True, text=True, timeout=60,
                            env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    assert result.returncode == 0, result.stderr
