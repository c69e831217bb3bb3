"""Starting the app: the first frame at once, then the store, then the trainee's place.

The first frame needs only Qt, the course and settings.json. The store (SQLAlchemy,
the integrity check, the backup, migrations) opens on a worker thread meanwhile;
when it is ready the window fills in progress or opens where the trainee stopped.
"""

from __future__ import annotations

import sys
from argparse import Namespace
from pathlib import Path

from PySide6.QtCore import QLocale, QThreadPool
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication, QMessageBox

from dro_trainer import APP_NAME, __version__
from dro_trainer.core.app_settings import AppSettings, read_settings
from dro_trainer.core.course_library import load_current_course
from dro_trainer.core.data_paths import bundled_courses_dir, resolve_data_dir
from dro_trainer.gui.background import run_in_background
from dro_trainer.gui.i18n import InterfaceTranslator, available_interface_languages
from dro_trainer.gui.main_window import MainWindow
from dro_trainer.gui.session import Session
from dro_trainer.gui.widgets import load_style_sheet

BUNDLED_COURSE = "dro-core"


def create_application(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance() or QApplication(argv or sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setStyle("Fusion")  # the same look on every OS, which our style sheet assumes
    font = QFont(app.font())
    font.setFamilies(["Noto Sans", "DejaVu Sans", font.family()])
    app.setFont(font)
    app.setStyleSheet(load_style_sheet())
    return app


def initial_interface_language(settings: AppSettings) -> str:
    available = available_interface_languages()
    if settings.interface_language in available:
        return settings.interface_language
    system = QLocale.system().name().split("_")[0]
    return system if system in available else "en"


def create_window(data_dir: Path, content_dir: Path) -> MainWindow:
    """The window with its first frame, before the store is open."""
    settings = read_settings(data_dir)
    translator = InterfaceTranslator(QApplication.instance())
    translator.switch_to(initial_interface_language(settings))
    first = {settings.content_language} if settings.content_language else set()  # the source is always read

    def load_languages(languages: set[str]):
        return load_current_course(data_dir, content_dir, __version__, only=languages)

    loaded = load_languages(first)
    session = Session(settings, data_dir, loaded.course, loaded.problems.items, load_languages)
    window = MainWindow(session, translator, data_dir, content_dir)
    window.show_first_frame()
    return window


def _open_store(data_dir: Path):
    from dro_trainer.core.store.database import open_store  # SQLAlchemy loads here, off the first frame

    return open_store(data_dir)


def _recovery_answer(error: Exception, data_dir: Path, parent) -> bool:
    """Explain why the store cannot be opened; True if a backup was restored and we should retry.
    Never raises: whatever went wrong, the trainee gets a message, not a frozen window."""
    from dro_trainer.core.store.database import StoreUnavailable, StoreUnreadable, restore_latest_backup
    from dro_trainer.core.store.migrations import StoreTooNew

    translate = QApplication.translate
    if isinstance(error, StoreTooNew):
        QMessageBox.critical(parent, APP_NAME, translate("Startup", "Your saved progress was written by a newer version of DRO Trainer. Please install that version or a newer one."))
        return False
    if isinstance(error, StoreUnavailable):
        QMessageBox.critical(parent, APP_NAME, translate("Startup", "DRO Trainer cannot use your saved progress right now (%1). If DRO Trainer is already open, use that window; otherwise check that the folder %2 can be written to.").replace("%1", str(error)).replace("%2", str(data_dir)))
        return False
    if not isinstance(error, StoreUnreadable):
        QMessageBox.critical(parent, APP_NAME, translate("Startup", "DRO Trainer could not open your saved progress in %1 (%2). Nothing was changed.").replace("%1", str(data_dir)).replace("%2", str(error)))
        return False
    if not error.backups:
        QMessageBox.critical(parent, APP_NAME, translate("Startup", "Your saved progress cannot be read (%1) and there is no backup. The file is at %2. Move it away to start afresh, or ask for help.").replace("%1", error.reason).replace("%2", str(error.path)))
        return False
    answer = QMessageBox.question(
        parent, APP_NAME,
        translate("Startup", "Your saved progress cannot be read (%1). Restore the latest backup? The unreadable file is kept beside it.").replace("%1", error.reason),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
    )
    if answer != QMessageBox.StandardButton.Yes:
        return False
    try:
        restore_latest_backup(data_dir)
    except (OSError, FileNotFoundError) as exc:
        QMessageBox.critical(parent, APP_NAME, translate("Startup", "No backup could be restored (%1). Nothing was changed.").replace("%1", str(exc)))
        return False
    return True


def open_store_or_recover(data_dir: Path, parent=None):
    """Open the store here and now, offering a backup when it is unreadable. None means: quit."""
    while True:
        try:
            return _open_store(data_dir)
        except Exception as error:
            if not _recovery_answer(error, data_dir, parent):
                return None


def build_main_window(data_dir: Path, content_dir: Path) -> tuple[MainWindow, object] | None:
    """Window and store, synchronously: for tests and tools that want it ready at once."""
    window = create_window(data_dir, content_dir)
    store = open_store_or_recover(data_dir, window)
    if store is None:
        window.deleteLater()
        return None
    window.attach_store(store)
    return window, store


def open_store_in_background(window: MainWindow, data_dir: Path):
    def failed(error: Exception) -> None:
        if _recovery_answer(error, data_dir, window):
            open_store_in_background(window, data_dir)
        else:
            QApplication.exit(1)

    return run_in_background(lambda: _open_store(data_dir), window.attach_store, failed)


def run_app(args: Namespace) -> int:
    app = create_application()
    data_dir = resolve_data_dir(args.data_dir)
    content_dir = Path(args.content_dir) if args.content_dir else bundled_courses_dir() / BUNDLED_COURSE
    window = create_window(data_dir, content_dir)
    window.resize(1280, 800)
    window.show()
    job = open_store_in_background(window, data_dir)
    try:
        return app.exec()
    finally:
        QThreadPool.globalInstance().waitForDone()  # quit while the store opened: let it finish, then close
        if window.store is None and job.result is not None:
            job.result.close()
        window.close_store()
