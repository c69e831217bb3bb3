"""Starting the app: the store (with recovery), the course, the interface language, the window."""

from __future__ import annotations

import sys
from argparse import Namespace
from pathlib import Path

from PySide6.QtCore import QLocale
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication, QMessageBox

from dro_trainer import APP_NAME, __version__
from dro_trainer.core.course_loader import load_course
from dro_trainer.core.data_paths import bundled_courses_dir, resolve_data_dir
from dro_trainer.core.progress import ProgressStore
from dro_trainer.core.store.database import Store, StoreUnreadable, open_store, restore_latest_backup
from dro_trainer.core.store.migrations import StoreTooNew
from dro_trainer.gui.i18n import InterfaceTranslator, available_interface_languages
from dro_trainer.gui.main_window import MainWindow
from dro_trainer.gui.session import INTERFACE_LANGUAGE, Session
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


def open_store_or_recover(data_dir: Path, parent=None) -> Store | None:
    """Open the store; on an unreadable one, offer the latest backup. None means: quit."""
    while True:
        try:
            return open_store(data_dir)
        except StoreTooNew as exc:
            QMessageBox.critical(parent, APP_NAME, QApplication.translate("Startup", "Your saved progress was written by a newer version of DRO Trainer (%1). Please install that version or a newer one.").replace("%1", str(exc)))
            return None
        except StoreUnreadable as exc:
            if not exc.backups:
                QMessageBox.critical(parent, APP_NAME, QApplication.translate("Startup", "Your saved progress cannot be read (%1) and there is no backup. The file is at %2. Move it away to start afresh, or ask for help.").replace("%1", exc.reason).replace("%2", str(exc.path)))
                return None
            answer = QMessageBox.question(
                parent, APP_NAME,
                QApplication.translate("Startup", "Your saved progress cannot be read (%1). Restore the latest backup? The unreadable file is kept beside it.").replace("%1", exc.reason),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            )
            if answer != QMessageBox.StandardButton.Yes:
                return None
            restore_latest_backup(data_dir)


def initial_interface_language(progress: ProgressStore) -> str:
    saved = progress.setting(INTERFACE_LANGUAGE)
    available = available_interface_languages()
    if saved in available:
        return saved
    system = QLocale.system().name().split("_")[0]
    return system if system in available else "en"


def build_main_window(data_dir: Path, content_dir: Path) -> tuple[MainWindow, Store] | None:
    store = open_store_or_recover(data_dir)
    if store is None:
        return None
    progress = ProgressStore(store)
    translator = InterfaceTranslator(QApplication.instance())
    translator.switch_to(initial_interface_language(progress))
    loaded = load_course(content_dir)
    session = Session(progress, loaded.course, loaded.problems.items)
    window = MainWindow(session, translator, data_dir)
    window.start()
    return window, store


def run_app(args: Namespace) -> int:
    app = create_application()
    data_dir = resolve_data_dir(args.data_dir)
    content_dir = Path(args.content_dir) if args.content_dir else bundled_courses_dir() / BUNDLED_COURSE
    built = build_main_window(data_dir, content_dir)
    if built is None:
        return 1
    window, store = built
    window.resize(1280, 800)
    window.show()
    try:
        return app.exec()
    finally:
        store.close()
