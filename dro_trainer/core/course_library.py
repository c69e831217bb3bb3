"""Which folder each course is read from: the bundled copy, or an installed pack.

The course shipped with the app counts as installed at its own version. A pack of
the same course installs beside it, in the data folder, and is read instead once its
version is at least as new, so a region can update the bundled course with a pack
and a newer app can bring a newer bundled course.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from pathlib import Path

from dro_trainer.core.packs.installed_courses import installed_courses
from dro_trainer.core.packs.installed_courses import installed_language_folders as _language_folders
from dro_trainer.core.semantic_version import Version, is_version

BUNDLED, INSTALLED = "bundled", "installed"


@dataclass(frozen=True)
class CourseSource:
    course_id: str
    version: str
    folder: Path
    origin: str


def bundled_source(folder: Path) -> CourseSource | None:
    try:
        data = tomllib.loads((folder / "course.toml").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    course_id, version = data.get("id"), data.get("version")
    if not isinstance(course_id, str) or not isinstance(version, str) or not is_version(version):
        return None
    return CourseSource(course_id, version, folder, BUNDLED)


def course_sources(data_dir: Path, bundled: list[Path], app_version: str) -> list[CourseSource]:
    """One source per course id: the installed pack when at least as new as the bundled copy."""
    chosen: dict[str, CourseSource] = {}
    for folder in bundled:
        source = bundled_source(folder)
        if source:
            chosen[source.course_id] = source
    for installed in installed_courses(data_dir, app_version):
        current = chosen.get(installed.course_id)
        if current is None or not is_version(installed.version) or Version.parse(current.version) <= Version.parse(installed.version):
            chosen[installed.course_id] = CourseSource(installed.course_id, installed.version, installed.folder, INSTALLED)
    return sorted(chosen.values(), key=lambda source: (source.origin != BUNDLED, source.course_id))


def source_of(data_dir: Path, bundled: Path, course_id: str, app_version: str) -> CourseSource | None:
    return next((s for s in course_sources(data_dir, [bundled], app_version) if s.course_id == course_id), None)


def load_current_course(data_dir: Path, bundled: Path, app_version: str, only: set[str] | None = None):
    """Load the bundled course's current source (or the first installed course if none is bundled).
    only: the languages to read in full (with the source); the others are read when first used."""
    from dro_trainer.core.course_loader import load_course

    sources = course_sources(data_dir, [bundled], app_version)
    shipped = bundled_source(bundled)
    source = next((s for s in sources if shipped and s.course_id == shipped.course_id), sources[0] if sources else None)
    if source is None:
        return load_course(bundled, only=only)
    return load_course(source.folder, _language_folders(data_dir, source.course_id), only)


def installed_language_folders(data_dir: Path, course_id: str, app_version: str) -> dict[str, Path]:
    return _language_folders(data_dir, course_id)
