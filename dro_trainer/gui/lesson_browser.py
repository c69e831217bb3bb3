"""The lesson's text pane: sanitized HTML, images only from the course, links routed to us."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, Qt, QUrl
from PySide6.QtGui import QFont, QImage, QTextDocument
from PySide6.QtWidgets import QTextBrowser

from dro_trainer.core.course_media import resolve_media
from dro_trainer.core.html_sanitizer import is_safe_image_source

BASE_POINT_SIZE = 11.5
MAX_TEXT_WIDTH = 900
IMAGE_FORMATS = {".png": "PNG", ".jpg": "JPEG", ".jpeg": "JPEG", ".gif": "GIF"}  # a comfortable line length, whatever the screen
DOCUMENT_CSS = """
h1 { font-size: x-large; color: #1b2a30; }
h2 { font-size: large; color: #1d4f5f; margin-top: 18px; margin-bottom: 6px; }
h3 { font-size: medium; color: #1d4f5f; margin-top: 12px; }
p, li { line-height: 145%; }
a { color: #0b5cad; }
table.box { margin-top: 14px; margin-bottom: 14px; border-style: none; }
td.box-objectives { background-color: #e6f0f2; }
td.box-case { background-color: #eaf1fb; }
td.box-facts { background-color: #fdf6dd; }
td.box-discussion { background-color: #eaf5ec; }
td.box-action { background-color: #fcebe4; }
td.box-facilitator { background-color: #efecf6; }
td.box-notes { background-color: #f1f1f1; }
td.box-sources { background-color: #f4f3ef; font-size: small; }
p.box-label { font-weight: 600; color: #1d4f5f; margin-bottom: 4px; }
th { background-color: #e7eef0; padding: 4px; }
td { padding: 4px; }
"""


class LessonBrowser(QTextBrowser):
    def __init__(self) -> None:
        super().__init__()
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.setFrameShape(QTextBrowser.Shape.NoFrame)
        self.document().setDefaultStyleSheet(DOCUMENT_CSS)
        self.document().setDocumentMargin(28)
        self._root: Path | None = None
        self._language_folder: Path | None = None

    def show_html(self, html: str, root: Path, language_folder: Path | None, *, right_to_left: bool, scale: int) -> None:
        self._root, self._language_folder = root, language_folder
        self.set_scale(scale)
        direction = Qt.LayoutDirection.RightToLeft if right_to_left else Qt.LayoutDirection.LeftToRight
        self.setLayoutDirection(direction)
        option = self.document().defaultTextOption()
        option.setTextDirection(direction)
        option.setAlignment(Qt.AlignmentFlag.AlignAbsolute | (Qt.AlignmentFlag.AlignRight if right_to_left else Qt.AlignmentFlag.AlignLeft))
        self.document().setDefaultTextOption(option)
        self.setHtml(html)

    def set_scale(self, scale: int) -> None:
        font = QFont(self.document().defaultFont())
        font.setPointSizeF(BASE_POINT_SIZE * scale / 100)
        self.document().setDefaultFont(font)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        side = max(0, (self.width() - MAX_TEXT_WIDTH) // 2)  # not event.size(): that is the viewport's
        if side != self.viewportMargins().left():
            self.setViewportMargins(side, 0, side, 0)

    def loadResource(self, resource_type: int, url: QUrl):
        # Only PNG, JPEG and GIF files inside the course, read by us. Everything refused gets an
        # empty value: returning None would let Qt load the address itself.
        if resource_type != QTextDocument.ResourceType.ImageResource.value:
            return QByteArray()
        path = self._image_path(url)
        image = QImage()
        if path is not None:
            image.load(str(path), IMAGE_FORMATS[path.suffix.lower()])
        return image

    def _image_path(self, url: QUrl) -> Path | None:
        if self._root is None or url.scheme() or url.host() or not is_safe_image_source(url.toString()):
            return None
        return resolve_media(self._root, self._language_folder, url.toString())
