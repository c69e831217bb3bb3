"""Bad content and a damaged store: a clear message, never a crash, nothing lost."""

from PySide6.QtWidgets import QMessageBox

from dro_trainer.core.progress import ProgressStore
from dro_trainer.core.store.database import STORE_NAME, open_store
from dro_trainer.gui.problems_dialog import ProblemsDialog


def test_app_starts_on_broken_content_and_says_what_is_wrong(qtbot, app_runner, tiny_course):
    quiz = tiny_course / "en/01-m/quiz.txt"
    quiz.write_text(quiz.read_text().replace("- [x] Right", "- [ ] Right"))
    (tiny_course / "en/01-m/02-b.md").write_bytes(b"---\nid: m1-l2\ntitle: \xff\n---\n")
    window = app_runner(tiny_course).start()
    window._create_profile("Amina", "en", "en")
    assert window.library.problem_notice.isVisible()
    dialog = ProblemsDialog(window.session.load_problems, tiny_course.parent)
    qtbot.addWidget(dialog)
    text = dialog.text.toPlainText()
    assert "tiny/en/01-m/02-b.md:3: error: is not valid UTF-8" in text
    assert "tiny/en/01-m/quiz.txt:7: error: question 'm1-q1' has no correct answer." in text
    window.show_lesson("m1-l1")
    assert window.lesson_page.lesson_id == "m1-l1", "what loads still works"


def test_app_starts_without_any_course(qtbot, app_runner, tmp_path):
    window = app_runner(tmp_path / "no-course").start()
    window._create_profile("Amina", "en", "en")
    assert window.library.course_title.text() == "No course is installed."
    assert window.library.problem_notice.isVisible()


def test_damaged_store_is_restored_from_backup_after_asking(qtbot, app_runner, tiny_course, monkeypatch):
    runner = app_runner(tiny_course)
    runner.data_dir.mkdir(parents=True)
    store = open_store(runner.data_dir)
    ProgressStore(store).create_profile("Amina", "en", "en")
    store.close()
    open_store(runner.data_dir).close()  # a start that backs up the good store
    (runner.data_dir / STORE_NAME).write_bytes(b"garbage" * 1000)
    asked = []
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: asked.append(a[2]) or QMessageBox.StandardButton.Yes)
    window = runner.start()
    assert asked and "cannot be read" in asked[0]
    assert window.session.profile.display_name == "Amina"


def test_declining_recovery_quits_cleanly_and_keeps_the_file(qtbot, tiny_course, tmp_path, monkeypatch):
    from dro_trainer.gui.app import build_main_window, create_application

    create_application()
    data = tmp_path / "data"
    open_store(data).close()
    open_store(data).close()
    (data / STORE_NAME).write_bytes(b"garbage" * 1000)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.No)
    assert build_main_window(data, tiny_course) is None
    assert (data / STORE_NAME).read_bytes().startswith(b"garbage")


def test_the_app_lists_what_pack_validate_finds(qtbot, app_runner, tiny_course):
    lesson = tiny_course / "en/01-m/02-b.md"
    lesson.write_text(lesson.read_text().replace("More text here.", "See [x](lesson:nowhere)."))
    window = app_runner(tiny_course).start()
    window._create_profile("Amina", "en", "en")
    qtbot.waitUntil(lambda: any("nowhere" in p.message for p in window.session.load_problems), timeout=10_000)
    assert window.library.problem_notice.isVisible()
