"""Small building blocks shared by the views."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QLayout, QPushButton, QScrollArea, QVBoxLayout, QWidget

PAGE_MAX_WIDTH = 1100  # wider screens get margins, not longer lines
STYLE_SHEET = Path(__file__).resolve().parents[2] / "assets" / "style.qss"


def load_style_sheet() -> str:
    try:
        return STYLE_SHEET.read_text(encoding="utf-8")
    except OSError:
        return ""


class TranslatedView(QWidget):
    """A view whose texts follow the interface language: it re-runs retranslate_ui() on a change."""

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        raise NotImplementedError


def scroll_area(body: QWidget) -> QScrollArea:
    """A frameless scroll area that resizes `body` with it."""
    scroll = QScrollArea()
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QFrame.Shape.NoFrame)
    page(body)
    scroll.setWidget(body)
    return scroll


def label(text: str = "", name: str | None = None, *, wrap: bool = True, rich: bool = False) -> QLabel:
    widget = QLabel(text)
    widget.setWordWrap(wrap)
    widget.setTextFormat(Qt.TextFormat.RichText if rich else Qt.TextFormat.PlainText)
    if name:
        widget.setObjectName(name)
    return widget


def button(text: str = "", *, primary: bool = False) -> QPushButton:
    widget = QPushButton(text)
    if primary:
        widget.setObjectName("Primary")
        widget.setDefault(True)
    widget.setCursor(Qt.CursorShape.PointingHandCursor)
    return widget


def card(name: str = "Card") -> tuple[QFrame, QVBoxLayout]:
    frame = QFrame()
    frame.setObjectName(name)
    layout = QVBoxLayout(frame)
    layout.setContentsMargins(20, 16, 20, 16)
    layout.setSpacing(8)
    return frame, layout


def page(parent: QWidget) -> None:
    parent.setObjectName("Page")
    parent.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)


def scrolling_page(view: QWidget, margins: tuple[int, int, int, int] = (40, 20, 40, 28)) -> QVBoxLayout:
    """Make `view` a scrollable page with a centred column; returns the column to fill."""
    page(view)
    outer = QVBoxLayout(view)
    outer.setContentsMargins(0, 0, 0, 0)
    body = QWidget()
    outer.addWidget(scroll_area(body))
    row = QHBoxLayout(body)
    row.setContentsMargins(*margins)
    column_widget = QWidget()
    column_widget.setMaximumWidth(PAGE_MAX_WIDTH)
    row.addStretch(0)
    row.addWidget(column_widget, 1)
    row.addStretch(0)
    column = QVBoxLayout(column_widget)
    column.setContentsMargins(0, 0, 0, 0)
    column.setSpacing(12)
    return column


def clear_layout(layout: QLayout) -> None:
    """Remove and delete a layout's widgets, hiding them at once (deletion happens later)."""
    while layout.count():
        item = layout.takeAt(0)
        if item.widget():
            item.widget().hide()
            item.widget().deleteLater()
