"""Small building blocks shared by the views."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QLabel, QPushButton, QVBoxLayout, QWidget

STYLE_SHEET = Path(__file__).resolve().parents[2] / "assets" / "style.qss"


def load_style_sheet() -> str:
    try:
        return STYLE_SHEET.read_text(encoding="utf-8")
    except OSError:
        return ""


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
