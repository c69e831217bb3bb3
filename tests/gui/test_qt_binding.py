"""Guards against binding bugs in the Qt version we install."""

import sys

from PySide6.QtWidgets import QLabel, QTextBrowser


def test_qt_calls_do_not_leak_references_to_none(qtbot):
    # PySide6 6.12.0 dropped one reference to None on every void call; on Python 3.11 None
    # is not immortal, so a long session ended in "deallocating None". pyproject excludes it.
    browser, text = QTextBrowser(), QLabel()
    qtbot.addWidget(browser)
    qtbot.addWidget(text)
    before = sys.getrefcount(None)
    for _ in range(500):
        browser.setHtml("<p>x</p>")
        text.setWordWrap(True)
    assert sys.getrefcount(None) - before > -50
