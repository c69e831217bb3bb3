"""The trainee's session: who is studying, which course and languages.

Views read from it and tell it what happened; it saves through the core and
announces what changed, so each view refreshes only itself. Until the store is open
(`ready` is False) it can still say which course and language to draw.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Signal

from dro_trainer.core.app_settings import AppSettings, write_settings
from dro_trainer.core.content_model import Course
from dro_trainer.core.localized_course import LocalizedCourse
from dro_trainer.core.problems import Problem


class Session(QObject):
    profile_changed = Signal()
    content_language_changed = Signal()
    course_changed = Signal()
    text_scale_changed = Signal(int)

    def __init__(self, settings: AppSettings, data_dir: Path, course: Course | None, load_problems: list[Problem],
                 load_languages=None) -> None:
        super().__init__()
        self.settings, self.data_dir = settings, data_dir
        self._load_languages = load_languages  # reads the course again with more languages in full
        self.course = course
        self.load_problems = load_problems
        self.progress = None  # a ProgressStore, once the store is open
        self.profile = None
        self.localized: LocalizedCourse | None = None
        self._localize(settings.content_language or (course.manifest.source_language if course else "en"))

    @property
    def ready(self) -> bool:
        return self.progress is not None

    def attach(self, progress) -> None:
        self.progress = progress

    @property
    def course_id(self) -> str:
        return self.course.id if self.course else ""

    def content_languages(self) -> list[str]:
        return list(self.course.languages) if self.course else []

    def content_language_name(self, code: str) -> str:
        if self.course and code in self.course.languages:
            return self.course.languages[code].name
        return code

    def set_course(self, course: Course | None, load_problems: list[Problem]) -> None:
        """A pack was installed or removed: read the course anew, in the trainee's language."""
        self.course, self.load_problems = course, load_problems
        self._localize(self.profile.content_language if self.profile else self.settings.content_language or "en")
        self.course_changed.emit()

    def use_profile(self, profile) -> None:
        self.profile = profile
        self._localize(profile.content_language)
        self._save_settings(last_profile_id=profile.id, content_language=profile.content_language,
                            interface_language=profile.interface_language)
        self.profile_changed.emit()

    # Progress writes go through here, so the profile the views read is never stale.
    def open_lesson(self, lesson_id: str) -> None:
        self.progress.open_lesson(self.profile.id, self.course_id, lesson_id)
        self.profile = self.progress.profile(self.profile.id)

    def complete_lesson(self, lesson_id: str) -> None:
        self.progress.complete_lesson(self.profile.id, self.course_id, lesson_id)
        self.profile = self.progress.profile(self.profile.id)

    def last_profile(self):
        """The profile used last on this computer, else the most recent one, else None."""
        last = self.settings.last_profile_id
        profile = self.progress.profile(last) if last is not None else None
        if profile is None:
            profiles = self.progress.profiles()
            profile = profiles[0] if profiles else None
        return profile

    def set_content_language(self, language: str) -> None:
        if self.profile is None or language == self.profile.content_language:
            return
        self.profile = self.progress.update_profile(self.profile.id, content_language=language)
        self._localize(language)
        self._save_settings(content_language=language)
        self.content_language_changed.emit()

    def set_interface_language(self, language: str) -> None:
        self._save_settings(interface_language=language)
        if self.profile is not None:
            self.profile = self.progress.update_profile(self.profile.id, interface_language=language)

    def set_text_scale(self, scale: int) -> None:
        scale = max(70, min(200, scale))
        if self.profile is not None:
            self.profile = self.progress.update_profile(self.profile.id, text_scale=scale)
        self.text_scale_changed.emit(scale)

    @property
    def text_scale(self) -> int:
        return self.profile.text_scale if self.profile else 100

    def remember_location(self, location: str) -> None:
        if self.profile is not None:
            self.profile = self.progress.update_profile(self.profile.id, last_location=location)

    def _save_settings(self, **changes) -> None:
        for key, value in changes.items():
            setattr(self.settings, key, value)
        write_settings(self.data_dir, self.settings)

    def _localize(self, language: str) -> None:
        content = self.course.languages.get(language) if self.course else None
        if content is not None and not content.loaded and self._load_languages is not None:
            wanted = {code for code, c in self.course.languages.items() if c.loaded} | {language}
            loaded = self._load_languages(wanted)  # start-up read only the languages it needed
            if loaded.course is not None:
                self.course, self.load_problems = loaded.course, loaded.problems.items
        self.localized = LocalizedCourse(self.course, language) if self.course else None
