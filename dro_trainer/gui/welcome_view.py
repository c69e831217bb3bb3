"""First launch, and every new profile: languages and a name or pseudonym."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QFormLayout, QHBoxLayout, QLineEdit, QVBoxLayout

from dro_trainer.gui.i18n import language_name
from dro_trainer.gui.widgets import TranslatedView, button, card, label, page


class WelcomeView(TranslatedView):
    interface_language_chosen = Signal(str)
    profile_requested = Signal(str, str, str)  # name, interface language, content language
    cancelled = Signal()

    def __init__(self, interface_languages: list[str], content_languages: dict[str, str]) -> None:
        super().__init__()
        page(self)
        self._build(interface_languages, content_languages)
        self.retranslate_ui()

    def _build(self, interface_languages: list[str], content_languages: dict[str, str]) -> None:
        outer = QVBoxLayout(self)
        outer.addStretch(1)
        row = QHBoxLayout()
        row.addStretch(1)
        box, layout = card()
        box.setMaximumWidth(680)
        box.setMinimumWidth(580)
        self.title = label(name="PageTitle")
        self.intro = label(name="Muted")
        layout.addWidget(self.title)
        layout.addWidget(self.intro)
        form = QFormLayout()
        form.setSpacing(12)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.interface_choice = QComboBox()
        for code in interface_languages:
            self.interface_choice.addItem(language_name(code), code)
        self.interface_choice.currentIndexChanged.connect(self._interface_changed)
        self.content_choice = QComboBox()
        for code, name in content_languages.items():
            self.content_choice.addItem(name, code)
        self.name_field = QLineEdit()
        self.name_field.setMaxLength(60)
        self.name_field.textChanged.connect(self._update_start)
        self.name_field.returnPressed.connect(self._start)
        self.interface_label, self.content_label, self.name_label = label(wrap=False), label(wrap=False), label(wrap=False)
        for text_label, field in ((self.interface_label, self.interface_choice), (self.content_label, self.content_choice), (self.name_label, self.name_field)):
            text_label.setBuddy(field)
            form.addRow(text_label, field)
        layout.addLayout(form)
        self.privacy = label(name="Muted")
        layout.addWidget(self.privacy)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.cancel_button = button()
        self.cancel_button.clicked.connect(self.cancelled)
        self.start_button = button(primary=True)
        self.start_button.clicked.connect(self._start)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.start_button)
        layout.addLayout(buttons)
        row.addWidget(box)
        row.addStretch(1)
        outer.addLayout(row)
        outer.addStretch(2)
        self._update_start()

    def prepare(self, *, interface_language: str, content_language: str, can_cancel: bool) -> None:
        self._select(self.interface_choice, interface_language)
        self._select(self.content_choice, content_language)
        self.name_field.clear()
        self.cancel_button.setVisible(can_cancel)
        self.name_field.setFocus()

    @staticmethod
    def _select(combo: QComboBox, code: str) -> None:
        index = combo.findData(code)
        if index >= 0:
            combo.blockSignals(True)
            combo.setCurrentIndex(index)
            combo.blockSignals(False)

    def set_ready(self, ready: bool) -> None:
        """The store is open, so a profile can be saved."""
        self._ready = ready
        self._update_start()

    def _interface_changed(self) -> None:
        self.interface_language_chosen.emit(self.interface_choice.currentData())

    def _update_start(self) -> None:
        self.start_button.setEnabled(getattr(self, "_ready", True) and bool(self.name_field.text().strip()))

    def _start(self) -> None:
        name = self.name_field.text().strip()
        if name and self.start_button.isEnabled():
            self.profile_requested.emit(name, self.interface_choice.currentData(), self.content_choice.currentData())

    def retranslate_ui(self) -> None:
        self.title.setText(self.tr("Welcome to DRO Trainer"))
        self.intro.setText(self.tr("Training for Digital Rights Organisers: how data, algorithms and AI change work and public services, and what unions can do about it."))
        self.interface_label.setText(self.tr("&Interface language"))
        self.content_label.setText(self.tr("&Course language"))
        self.name_label.setText(self.tr("Your &name or a pseudonym"))
        self.name_field.setPlaceholderText(self.tr("For example: Amina, or Delegate 7"))
        self.privacy.setText(self.tr("Everything you do stays on this computer. Nothing is sent anywhere, and a pseudonym is fine."))
        self.start_button.setText(self.tr("&Start"))
        self.cancel_button.setText(self.tr("Cancel"))
        self.interface_choice.setAccessibleName(self.tr("Interface language"))
        self.content_choice.setAccessibleName(self.tr("Course language"))
        self.name_field.setAccessibleName(self.tr("Your name or a pseudonym"))
