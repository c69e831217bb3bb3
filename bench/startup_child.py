"""One cold start, in its own process: `bare` (a PySide6 window with a QTextBrowser) or `app`.

Prints one line when the window is first painted: 'painted <peak RSS in KiB>', then quits.
"""

import resource
import sys
from pathlib import Path


def report_paints(widget, app, *, count: int, ready=lambda: True) -> None:
    """Print 'painted <peak KiB>' at the widget's first paint, and at the first paint anywhere
    once ready() (the library's cards repaint, not the view itself); quit after `count` lines."""
    from PySide6.QtCore import QEvent, QObject

    class Paints(QObject):
        reported = 0

        def eventFilter(self, watched, event):
            if event.type() == QEvent.Type.Paint and self.reported < count:
                first = self.reported == 0 and watched is widget
                if first or (self.reported == 1 and ready()):
                    self.reported += 1
                    print(f"painted {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss}", flush=True)
                    if self.reported == count:
                        app.quit()
            return False

    app._paints = Paints()
    app.installEventFilter(app._paints)


def bare() -> None:
    from PySide6.QtWidgets import QApplication, QMainWindow, QTextBrowser

    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    browser = QTextBrowser()
    browser.setHtml("<h1>DRO Trainer</h1><p>A bare window.</p>")
    window.setCentralWidget(browser)
    window.resize(1366, 768)
    report_paints(browser, app, count=1)
    window.show()
    app.exec()


def dro_app(data_dir: str, content_dir: str) -> None:
    """The same start as `python main.py`: first frame, then the store on a worker thread."""
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
    from dro_trainer.gui.app import create_application, create_window, open_store_in_background

    app = create_application()
    window = create_window(Path(data_dir), Path(content_dir))
    window.resize(1366, 768)
    report_paints(window.library, app, count=2, ready=lambda: window.session.ready)
    window.show()
    open_store_in_background(window, Path(data_dir))
    app.exec()
    window.close_store()


if __name__ == "__main__":
    if sys.argv[1] == "bare":
        bare()
    else:
        dro_app(sys.argv[2], sys.argv[3])
