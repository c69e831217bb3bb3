"""Lists what could not be loaded from the course, with file, line and what to do."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QPlainTextEdit, QVBoxLayout

from dro_trainer.core.problems import Problem
from dro_trainer.gui.widgets import label


class ProblemsDialog(QDialog):
    def __init__(self, problems: list[Problem], root: Path | None, parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Content problems"))
        self.resize(820, 420)
        layout = QVBoxLayout(self)
        layout.addWidget(label(self.tr("These parts of the course could not be loaded. Give this list to whoever prepared the course content.")))
        self.text = QPlainTextEdit()
        self.text.setReadOnly(True)
        self.text.setPlainText("\n".join(p.describe(root) for p in problems))
        self.text.setAccessibleName(self.tr("Problems"))
        layout.addWidget(self.text)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
