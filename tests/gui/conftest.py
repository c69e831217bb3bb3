"""GUI fixtures: a real main window over a real store in a temporary data folder."""

from __future__ import annotations

from pathlib import Path

import pytest

from dro_trainer.gui.app import build_main_window, create_application


class AppRunner:
    def __init__(self, qtbot, data_dir: Path, content_dir: Path) -> None:
        self.qtbot, self.data_dir, self.content_dir = qtbot, data_dir, content_dir
        self.window = None
        self.store = None

    def start(self):
        create_application()
        built = build_main_window(self.data_dir, self.content_dir)
        assert built is not None
        self.window, self.store = built
        self.qtbot.addWidget(self.window)
        self.window.resize(1366, 768)
        with self.qtbot.waitExposed(self.window):
            self.window.show()
        with self.qtbot.waitActive(self.window):  # window shortcuts (Return, Escape) need an active window
            self.window.activateWindow()
        return self.window

    def restart(self):
        self.stop()
        return self.start()

    def stop(self):
        if self.window is not None:
            self.window.close()
            self.window.translator.switch_to("en")
            self.store.close()
            self.window = None


@pytest.fixture
def app_runner(qtbot, tmp_path):
    def make(content_dir: Path) -> AppRunner:
        runner = AppRunner(qtbot, tmp_path / "data", content_dir)
        runners.append(runner)
        return runner

    runners: list[AppRunner] = []
    yield make
    for runner in runners:
        runner.stop()


@pytest.fixture(autouse=True)
def no_threads_left_behind(qtbot):
    """Every background job a test started must finish inside that test: a worker still
    running while widgets are torn down crashes the process, and hides which test did it."""
    from PySide6.QtCore import QThreadPool
    from PySide6.QtWidgets import QApplication

    yield
    pool = QThreadPool.globalInstance()
    assert pool.waitForDone(20_000), "a background job was still running 20 s after its test ended"
    QApplication.processEvents()
