"""The trainee's session: who is studying, which course and languages.

Views read from it and tell it what happened; it saves through the core and
announces what changed, so each view refreshes only itself.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from dro_trainer.core.content_model import Course
from dro_trainer.core.localized_course import LocalizedCourse
from dro_trainer.core.problems import Problem
from dro_trainer.core.progress import Profile, ProgressStore

LAST_PROFILE = "last_profile_id"
INTERFACE_LANGUAGE = "interface_language"


class Session(QObject):
    profile_changed = Signal()
    content_language_changed = Signal()
    progress_changed = Signal(str)  # the lesson or quiz ID that changed
    text_scale_changed = Signal(int)

    def __init__(self, progress: ProgressStore, course: Course | None, load_problems: list[Problem]) -> None:
        super().__init__()
        self.progress = progress
        self.course = course
        self.load_problems = load_problems
        self.profile: Profile | None = None
        self.localized: LocalizedCourse | None = None

    @property
    def course_id(self) -> str:
        return self.course.id if self.course else ""

    def content_languages(self) -> list[str]:
        return list(self.course.languages) if self.course else []

    def content_language_name(self, code: str) -> str:
        if self.course and code in self.course.languages:
            return self.course.languages[code].name
        return code

    def use_profile(self, profile: Profile) -> None:
        self.profile = profile
        self.progress.set_setting(LAST_PROFILE, str(profile.id))
        self._localize(profile.content_language)
        self.profile_changed.emit()

    def last_profile(self) -> Profile | None:
        stored = self.progress.setting(LAST_PROFILE)
        profile = self.progress.profile(int(stored)) if stored and stored.isdigit() else None
        if profile is None:
            profiles = self.progress.profiles()
            profile = profiles[0] if profiles else None
        return profile

    def set_content_language(self, language: str) -> None:
        if self.profile is None or language == self.profile.content_language:
            return
        self.profile = self.progress.update_profile(self.profile.id, content_language=language)
        self._localize(language)
        self.content_language_changed.emit()

    def set_interface_language(self, language: str) -> None:
        self.progress.set_setting(INTERFACE_LANGUAGE, language)
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

    def _localize(self, language: str) -> None:
        self.localized = LocalizedCourse(self.course, language) if self.course else None
