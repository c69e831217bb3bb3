"""Manage packs: see installed courses, install or update from a file or a USB stick,
export a course to share it, remove one. Long work runs off the interface thread."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QFileDialog, QHBoxLayout, QMessageBox, QProgressDialog,
                               QTreeWidget, QTreeWidgetItem, QVBoxLayout)

from dro_trainer import __version__
from dro_trainer.core.course_library import BUNDLED, course_sources
from dro_trainer.gui.background import start_job
from dro_trainer.gui.widgets import button, label

PACK_SUFFIX = ".dropack"


@dataclass
class PackPreview:
    """What a pack is and would change, as data: the dialog puts it into words."""

    path: Path
    error: str = ""
    course_id: str = ""
    version: str = ""
    publisher: str = ""
    languages: str = ""
    size: int = 0
    signature: str = ""  # "trusted", "untrusted" or "unsigned"
    signer: str = ""
    fingerprint: str = ""
    current_version: str | None = None
    changes: tuple[int, int, int] = (0, 0, 0)  # lessons added, changed, removed
    adds_language: str = ""  # a language pack: the language it adds to the course
    replaces: str = ""  # why installing it replaces a course someone else vouched for
    manifest_sha: str = ""  # consent is given to exactly this content
    manifest_bytes: bytes = b""
    signature_bytes: bytes | None = None

    @property
    def trusted(self) -> bool:
        return self.signature == "trusted"


def describe_pack(path: Path, data_dir: Path, bundled_dir: Path, progress=None, cancelled=lambda: False) -> PackPreview:
    """Everything the dialog shows about a pack, or why it would be refused (runs on a worker).
    Never raises, but for a cancellation: a pack that cannot be described is a refused pack."""
    from dro_trainer.core.packs.pack_errors import PackCancelled

    try:
        return _describe(path, data_dir, bundled_dir, progress, cancelled)
    except PackCancelled:
        raise
    except Exception as error:  # noqa: BLE001 - one bad file must not stop a scan of a USB stick
        from dro_trainer.core.packs.pack_errors import PackError

        return PackPreview(path, error=error.describe() if isinstance(error, PackError) else f"{type(error).__name__}: {error}")


def _describe(path: Path, data_dir: Path, bundled_dir: Path, progress, cancelled) -> PackPreview:
    from dro_trainer.core.packs.pack_installer import inspect_pack, manifest_id, preview_changes, replaced_signer
    from dro_trainer.core.packs.pack_reader import verify_contents

    opened, signature = inspect_pack(path, data_dir, __version__)
    verify_contents(opened, progress=progress, cancelled=cancelled)  # a changed file is caught before anyone is asked
    manifest = opened.manifest
    current = next((s for s in course_sources(data_dir, [bundled_dir], __version__) if s.course_id == manifest.course_id), None)
    preview = PackPreview(path, course_id=manifest.course_id, version=manifest.version, publisher=_shown(manifest.publisher),
                          languages=", ".join(manifest.languages), size=manifest.total_size, signature=signature.status.value,
                          signer=_shown(signature.publisher), fingerprint=signature.fingerprint,
                          current_version=current.version if current else None, manifest_sha=manifest_id(opened),
                          manifest_bytes=opened.manifest_bytes, signature_bytes=opened.signature_bytes)
    if manifest.kind == "language":
        preview.adds_language = manifest.languages[0]
        preview.current_version = None
    elif current is not None:
        preview.replaces = replaced_signer(opened, signature, data_dir, __version__, [bundled_dir]) or ""
        changes = preview_changes(opened, current.folder)
        preview.changes = (len(changes.added), len(changes.changed), len(changes.removed))
    return preview


def _shown(text: str) -> str:
    """A name a pack gives itself, made safe to show: no control or direction characters, not endless."""
    import unicodedata

    cleaned = "".join(c for c in text if unicodedata.category(c) not in ("Cc", "Cf"))
    return cleaned[:80] + ("…" if len(cleaned) > 80 else "")


class PackManagerDialog(QDialog):
    course_changed = Signal()

    def __init__(self, data_dir: Path, bundled_dir: Path, parent=None) -> None:
        super().__init__(parent)
        self.data_dir, self.bundled_dir = data_dir, bundled_dir
        self.job = None
        self.setWindowTitle(self.tr("Manage packs"))
        self.resize(980, 560)
        layout = QVBoxLayout(self)
        layout.addWidget(label(self.tr("Installed courses"), "SectionTitle"))
        self.installed = self._table([self.tr("Course"), self.tr("Version"), self.tr("Publisher"), self.tr("Languages"), self.tr("Source"),
                                      self.tr("Translations")])
        self.installed.setAccessibleName(self.tr("Installed courses"))
        layout.addWidget(self.installed)
        row = QHBoxLayout()
        self.install_button = button(self.tr("&Install from a file…"), primary=True)
        self.scan_button = button(self.tr("&Look for packs in a folder…"))
        self.export_button = button(self.tr("&Export…"))
        self.remove_button = button(self.tr("&Remove"))
        for widget, handler in ((self.install_button, self.choose_file), (self.scan_button, self.choose_folder),
                                (self.export_button, self.export_selected), (self.remove_button, self.remove_selected)):
            widget.clicked.connect(handler)
            row.addWidget(widget)
        row.addStretch(1)
        layout.addLayout(row)
        self.found_heading = label(self.tr("Packs found"), "SectionTitle")
        self.found = self._table([self.tr("File"), self.tr("Course"), self.tr("Version"), self.tr("Publisher"), self.tr("Languages"),
                                  self.tr("Size"), self.tr("Signature"), self.tr("What it changes")])
        self.found.setAccessibleName(self.tr("Packs found"))
        self.found.itemActivated.connect(lambda item: self.install(Path(item.data(0, Qt.ItemDataRole.UserRole))))
        self.install_found_button = button(self.tr("Install the &selected pack"))
        self.install_found_button.clicked.connect(self._install_found)
        for widget in (self.found_heading, self.found, self.install_found_button):
            layout.addWidget(widget)
            widget.hide()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.refresh()

    @staticmethod
    def _table(headers: list[str]) -> QTreeWidget:
        table = QTreeWidget()
        table.setHeaderLabels(headers)
        table.setRootIsDecorated(False)
        table.setAlternatingRowColors(True)
        return table

    def refresh(self) -> None:
        self.installed.clear()
        from dro_trainer.core.course_loader import load_course
        from dro_trainer.core.packs.installed_courses import installed_language_folders

        for source in course_sources(self.data_dir, [self.bundled_dir], __version__):
            course = load_course(source.folder, installed_language_folders(self.data_dir, source.course_id)).course
            title = course.source.title if course else source.course_id
            publisher = course.manifest.publisher if course else ""
            languages = ", ".join(course.languages) if course else ""
            origin = self.tr("bundled with the app") if source.origin == BUNDLED else self.tr("installed from a pack")
            item = QTreeWidgetItem([title, source.version, publisher, languages, origin, self._translations_text(course)])
            item.setToolTip(5, item.text(5))
            item.setData(0, Qt.ItemDataRole.UserRole, source.course_id)
            item.setData(1, Qt.ItemDataRole.UserRole, source.origin)
            self.installed.addTopLevelItem(item)
        for column in range(self.installed.columnCount()):
            self.installed.resizeColumnToContents(column)
        if self.installed.topLevelItemCount():
            self.installed.setCurrentItem(self.installed.topLevelItem(0))

    def _translations_text(self, course) -> str:
        """Per language: complete, or how many items are missing or outdated."""
        from dro_trainer.core.translation_records import MISSING, OUTDATED, UNMARKED, translation_status

        if course is None:
            return ""
        parts = []
        for code, content in course.languages.items():
            if code == course.manifest.source_language:
                continue
            status = translation_status(course.source, content, content.translated_from)
            missing, outdated = status.count(MISSING) + status.count(UNMARKED), status.count(OUTDATED)
            if not missing and not outdated:
                parts.append(self.tr("%1 complete").replace("%1", code))
            else:
                parts.append(self.tr("%1: %2 missing, %3 outdated").replace("%1", code).replace("%2", str(missing)).replace("%3", str(outdated)))
        return " · ".join(parts)

    # -- long work --------------------------------------------------------
    def _run(self, title: str, work: Callable, on_done: Callable) -> None:
        if self.job is not None:
            return  # one piece of work at a time: a second install would race the first
        progress = QProgressDialog(title, self.tr("Cancel"), 0, 100, self)
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(300)
        progress.setAutoClose(False)

        def report(done: int, total: int) -> None:
            progress.setValue(int(100 * done / total) if total else 0)

        def finished(result) -> None:
            progress.close()
            self.job = None
            on_done(result)

        def failed(error: Exception) -> None:
            progress.close()
            self.job = None
            self._show_failure(error)

        self.job = start_job(work, finished, failed, report)
        progress.canceled.connect(self.job.cancel)

    def _show_failure(self, error: Exception) -> None:
        from dro_trainer.core.packs.pack_errors import PackCancelled, PackError

        if isinstance(error, PackCancelled):
            QMessageBox.information(self, self.windowTitle(), self.tr("Cancelled. Nothing was changed."))
        elif isinstance(error, PackError):
            QMessageBox.warning(self, self.windowTitle(), self.tr("This pack was refused: %1").replace("%1", error.describe()))
        else:
            QMessageBox.critical(self, self.windowTitle(), self.tr("Something went wrong: %1. Nothing was changed.").replace("%1", str(error)))

    # -- installing -------------------------------------------------------
    def choose_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Install a pack"), str(Path.home()), self.tr("Course packs (*.dropack)"))
        if path:
            self.install(Path(path))

    def install(self, path: Path) -> None:
        self._run(self.tr("Checking the pack…"),
                  lambda progress, cancelled: describe_pack(path, self.data_dir, self.bundled_dir, progress, cancelled),
                  self._confirm_install)

    def _confirm_install(self, preview: PackPreview) -> None:
        if preview.error:
            QMessageBox.warning(self, self.windowTitle(), self.tr("This pack was refused: %1").replace("%1", preview.error))
            return
        details = self.tr("%1 version %2 from %3\nLanguages: %4\nSize: %5 MB\nSignature: %6\nChanges: %7").replace("%1", preview.course_id) \
            .replace("%2", preview.version).replace("%3", preview.publisher).replace("%4", preview.languages) \
            .replace("%5", f"{preview.size / 1_000_000:.1f}").replace("%6", self._signature_text(preview)) \
            .replace("%7", self._changes_text(preview))
        box = QMessageBox(self)
        box.setWindowTitle(self.tr("Install this pack?"))
        box.setTextFormat(Qt.TextFormat.PlainText)  # pack metadata is shown as text, never as markup
        warnings = []
        if not preview.trusted:
            warnings.append(self.tr("Nobody you trust vouches for this pack. Install it only if you know where it came from."))
        if preview.replaces:
            warnings.append(self.tr("Careful: %1. Install it only if you mean to replace that course.").replace("%1", preview.replaces))
        box.setIcon(QMessageBox.Icon.Warning if warnings else QMessageBox.Icon.Question)
        box.setText("\n\n".join(warnings + [details]))
        trust = None
        if preview.signature == "untrusted":
            trust = box.addButton(self.tr("Trust this key and install"), QMessageBox.ButtonRole.YesRole)
        install = box.addButton(self.tr("Install") if preview.trusted else self.tr("Install anyway"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        if trust is not None and box.clickedButton() is trust:
            self._trust_key_of(preview)
            self._install_confirmed(preview.path, preview)
        elif box.clickedButton() is install:
            self._install_confirmed(preview.path, preview)

    def _trust_key_of(self, preview: PackPreview) -> None:
        """Trust the key whose fingerprint the user just compared: the one in the checked preview,
        not whatever the file holds now."""
        from dro_trainer.core.packs.pack_signing import trust_signature_key

        if preview.signature_bytes is not None:
            trust_signature_key(self.data_dir, preview.signature_bytes, preview.manifest_bytes)

    def _signature_text(self, preview: PackPreview) -> str:
        if preview.signature == "trusted":
            return self.tr("signed by %1 (a key you trust)").replace("%1", preview.signer)
        if preview.signature == "untrusted":
            return self.tr("signed with a key you do not trust yet, which calls itself %1 (fingerprint %2)").replace("%1", preview.signer).replace("%2", preview.fingerprint)
        return self.tr("not signed")

    def _changes_text(self, preview: PackPreview) -> str:
        if preview.adds_language:
            return self.tr("adds the language %1 to the course").replace("%1", preview.adds_language)
        if preview.current_version is None:
            return self.tr("a course not yet on this computer")
        if preview.current_version == preview.version and preview.changes == (0, 0, 0):
            return self.tr("this version is already here")
        added, changed, removed = preview.changes
        return self.tr("from version %1: %2 lessons added, %3 changed, %4 removed").replace("%1", preview.current_version) \
            .replace("%2", str(added)).replace("%3", str(changed)).replace("%4", str(removed))

    def _install_confirmed(self, path: Path, preview: PackPreview | None = None) -> None:
        """Install what the user approved: the manifest in the preview, nothing else."""
        from dro_trainer.core.packs.pack_installer import install_pack

        def work(progress, cancelled):
            return install_pack(path, self.data_dir, __version__, allow_untrusted=True, allow_replace=bool(preview and preview.replaces),
                                expected_manifest=preview.manifest_sha if preview else None,
                                progress=progress, cancelled=cancelled, bundled=[self.bundled_dir])

        self._run(self.tr("Installing…"), work, self._installed)

    def _installed(self, result) -> None:
        message = self.tr("%1 version %2 is installed. Everyone's progress is kept.").replace("%1", result.course_id).replace("%2", result.version)
        if result.language:
            message = self.tr("The language %1 is added to %2. Choose it under Language, Course language.").replace("%1", result.language).replace("%2", result.course_id)
        if result.already_installed:
            message = self.tr("This version is already installed; nothing changed.")
        QMessageBox.information(self, self.windowTitle(), message)
        self.refresh()
        self.course_changed.emit()

    # -- finding packs on a USB stick ------------------------------------
    def choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Look for packs in a folder"), str(Path.home()))
        if folder:
            self.scan(Path(folder))

    def scan(self, folder: Path) -> None:
        def work(progress, cancelled):
            paths = sorted(set(folder.glob(f"*{PACK_SUFFIX}")) | set(folder.glob(f"*/*{PACK_SUFFIX}")))
            previews = []
            for number, path in enumerate(paths, start=1):
                if cancelled():
                    break
                previews.append(describe_pack(path, self.data_dir, self.bundled_dir))
                progress(number, len(paths))
            return previews

        self._run(self.tr("Looking for packs…"), work, self._show_found)

    def _show_found(self, previews: list[PackPreview]) -> None:
        self.found.clear()
        for preview in previews:
            if preview.error:
                row = [preview.path.name, "", "", "", "", "", self.tr("refused"), preview.error]
            else:
                row = [preview.path.name, preview.course_id, preview.version, preview.publisher, preview.languages,
                       f"{preview.size / 1_000_000:.1f} MB", self._signature_text(preview), self._changes_text(preview)]
            item = QTreeWidgetItem(row)
            for column, text in enumerate(row):
                item.setToolTip(column, text)  # long signatures and reasons stay readable
            item.setData(0, Qt.ItemDataRole.UserRole, str(preview.path))
            item.setDisabled(bool(preview.error))
            self.found.addTopLevelItem(item)
        for column in range(self.found.columnCount() - 1):
            self.found.resizeColumnToContents(column)
        for widget in (self.found_heading, self.found, self.install_found_button):
            widget.show()
        if not previews:
            QMessageBox.information(self, self.windowTitle(), self.tr("No packs were found in that folder."))

    def _install_found(self) -> None:
        item = self.found.currentItem()
        if item is not None and not item.isDisabled():
            self.install(Path(item.data(0, Qt.ItemDataRole.UserRole)))

    # -- sharing and removing --------------------------------------------
    def _selected(self) -> tuple[str, str] | None:
        item = self.installed.currentItem()
        return (item.data(0, Qt.ItemDataRole.UserRole), item.data(1, Qt.ItemDataRole.UserRole)) if item else None

    def export_selected(self) -> None:
        selected = self._selected()
        if selected is None:
            return
        course_id, origin = selected
        target, _ = QFileDialog.getSaveFileName(self, self.tr("Export a pack"), str(Path.home() / f"{course_id}{PACK_SUFFIX}"),
                                                self.tr("Course packs (*.dropack)"))
        if not target:
            return

        def work(progress, cancelled):
            from dro_trainer.core.packs.pack_builder import build_pack
            from dro_trainer.core.packs.pack_installer import export_course

            if origin == BUNDLED:
                return build_pack(self.bundled_dir, Path(target), __version__)
            return export_course(self.data_dir, course_id, Path(target), __version__)

        self._run(self.tr("Exporting…"), work, lambda result: QMessageBox.information(
            self, self.windowTitle(), self.tr("Saved as %1. Carry it on a USB stick and install it with Manage packs.").replace("%1", target)))

    def remove_selected(self) -> None:
        from dro_trainer.core.packs.pack_installer import remove_course

        selected = self._selected()
        if selected is None:
            return
        course_id, origin = selected
        if origin == BUNDLED:
            QMessageBox.information(self, self.windowTitle(), self.tr("The course that comes with the app cannot be removed."))
            return
        answer = QMessageBox.question(self, self.windowTitle(), self.tr("Remove the installed pack of %1? Everyone's progress and quiz results are kept.").replace("%1", course_id))
        if answer == QMessageBox.StandardButton.Yes:
            remove_course(self.data_dir, course_id)
            self.refresh()
            self.course_changed.emit()
