"""Interface translation: Qt's own strings and ours, switchable while running."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

QM_FOLDER = Path(__file__).resolve().parent / "i18n"
SOURCE_LANGUAGE = "en"
# Each language's own name, shown in language pickers whatever the interface language.
LANGUAGE_NAMES = {"en": "English", "fr": "Français", "es": "Español", "ar": "العربية"}


def available_interface_languages() -> list[str]:
    built = sorted(p.stem.removeprefix("dro_trainer_") for p in QM_FOLDER.glob("dro_trainer_*.qm"))
    return [SOURCE_LANGUAGE] + [code for code in built if code != SOURCE_LANGUAGE]


def language_name(code: str) -> str:
    return LANGUAGE_NAMES.get(code) or QLocale(code).nativeLanguageName() or code


class InterfaceTranslator:
    """Installs Qt's qtbase translation and ours for one language at a time."""

    def __init__(self, app: QCoreApplication) -> None:
        self._app = app
        self._installed: list[QTranslator] = []
        self.language = SOURCE_LANGUAGE

    def switch_to(self, language: str) -> bool:
        """Install the language; False (and English) if its translation is missing."""
        for translator in self._installed:
            self._app.removeTranslator(translator)
            translator.deleteLater()
        self._installed = []
        self.language = SOURCE_LANGUAGE
        ours = QTranslator(self._app)
        if not ours.load(str(QM_FOLDER / f"dro_trainer_{language}.qm")):
            self._set_direction(SOURCE_LANGUAGE)
            if language == SOURCE_LANGUAGE:  # English works without its file; only plurals suffer
                QLocale.setDefault(QLocale(SOURCE_LANGUAGE))
                return True
            return False
        qt_own = QTranslator(self._app)
        if qt_own.load(f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
            self._app.installTranslator(qt_own)
            self._installed.append(qt_own)
        self._app.installTranslator(ours)
        self._installed.append(ours)
        QLocale.setDefault(QLocale(language))
        self.language = language
        self._set_direction(language)
        return True

    def _set_direction(self, language: str) -> None:
        """Arabic, Hebrew, Persian, Urdu: the whole interface is mirrored."""
        self._app.setLayoutDirection(QLocale(language).textDirection())
