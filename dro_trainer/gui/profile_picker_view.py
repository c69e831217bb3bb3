"""Who is studying? Choose a profile on a shared laptop, or make a new one."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QListWidget, QListWidgetItem, QVBoxLayout

from dro_trainer.core.progress_records import Profile
from dro_trainer.gui.widgets import TranslatedView, button, card, label, page


class ProfilePickerView(TranslatedView):
    profile_chosen = Signal(int)
    new_profile_requested = Signal()
    cancelled = Signal()

    def __init__(self) -> None:
        super().__init__()
        page(self)
        outer = QVBoxLayout(self)
        outer.addStretch(1)
        row = QHBoxLayout()
        row.addStretch(1)
        box, layout = card()
        box.setMinimumWidth(460)
        box.setMaximumWidth(620)
        self.title = label(name="PageTitle")
        self.hint = label(name="Muted")
        self.profile_list = QListWidget()
        self.profile_list.itemActivated.connect(self._choose)
        self.profile_list.setMinimumHeight(200)
        layout.addWidget(self.title)
        layout.addWidget(self.hint)
        layout.addWidget(self.profile_list)
        buttons = QHBoxLayout()
        self.new_button = button()
        self.new_button.clicked.connect(self.new_profile_requested)
        self.cancel_button = button()
        self.cancel_button.clicked.connect(self.cancelled)
        self.open_button = button(primary=True)
        self.open_button.clicked.connect(lambda: self._choose(self.profile_list.currentItem()))
        buttons.addWidget(self.new_button)
        buttons.addStretch(1)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.open_button)
        layout.addLayout(buttons)
        row.addWidget(box)
        row.addStretch(1)
        outer.addLayout(row)
        outer.addStretch(2)
        self.retranslate_ui()

    def show_profiles(self, profiles: list[Profile], current_id: int | None, *, can_cancel: bool) -> None:
        self.profile_list.clear()
        for profile in profiles:
            item = QListWidgetItem(profile.display_name)
            item.setData(Qt.ItemDataRole.UserRole, profile.id)
            self.profile_list.addItem(item)
            if profile.id == current_id:
                self.profile_list.setCurrentItem(item)
        if self.profile_list.currentRow() < 0 and self.profile_list.count():
            self.profile_list.setCurrentRow(0)
        self.cancel_button.setVisible(can_cancel)
        self.profile_list.setFocus()

    def _choose(self, item: QListWidgetItem | None) -> None:
        if item is not None:
            self.profile_chosen.emit(int(item.data(Qt.ItemDataRole.UserRole)))

    def retranslate_ui(self) -> None:
        self.title.setText(self.tr("Who is studying?"))
        self.hint.setText(self.tr("Each profile keeps its own progress and quiz results on this computer."))
        self.profile_list.setAccessibleName(self.tr("Profiles"))
        self.new_button.setText(self.tr("&New profile"))
        self.cancel_button.setText(self.tr("Cancel"))
        self.open_button.setText(self.tr("&Open"))
