"""What is installed: reading the courses/ folder that installs write (no signing code here,
so start-up can read it cheaply)."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path

from dro_trainer.core.packs.pack_errors import PackError
from dro_trainer.core.packs.pack_manifest import MANIFEST_NAME, PackManifest

COURSES = "courses"
POINTER = "CURRENT"
STAGING = ".staging"
PACK_FOLDER = ".pack"


@dataclass(frozen=True)
class InstalledCourse:
    course_id: str
    version: str
    folder: Path
    manifest: PackManifest | None


def courses_dir(data_dir: Path) -> Path:
    return data_dir / COURSES


def installed_courses(data_dir: Path, app_version: str) -> list[InstalledCourse]:
    root = courses_dir(data_dir)
    found = []
    for folder in sorted(root.iterdir()) if root.is_dir() else []:
        if folder.is_dir() and not folder.name.startswith("."):
            current = current_install(data_dir, folder.name, app_version)
            if current:
                found.append(current)
    return found


def current_install(data_dir: Path, course_id: str, app_version: str) -> InstalledCourse | None:
    base = courses_dir(data_dir) / course_id
    try:
        name = (base / POINTER).read_text(encoding="utf-8").strip()
    except OSError:
        return None
    folder = base / name
    if not name or "/" in name or not folder.is_dir():
        return None
    manifest = None
    manifest_file = folder / PACK_FOLDER / MANIFEST_NAME
    if manifest_file.is_file():
        try:
            manifest = PackManifest.from_bytes(manifest_file.read_bytes(), app_version)
        except PackError:
            manifest = None
    version = manifest.version if manifest else name.rsplit("-", 1)[0]
    return InstalledCourse(course_id, version, folder, manifest)


def damaged_files(installed: InstalledCourse) -> list[str]:
    """Files of an installed course that are missing or differ from its manifest (none, normally)."""
    if installed.manifest is None:
        return ["(no manifest kept)"]
    damaged = []
    for entry in installed.manifest.files:
        path = installed.folder / entry.path
        try:
            digest = hashlib.sha256()
            with open(path, "rb") as stream:
                while chunk := stream.read(1024 * 1024):
                    digest.update(chunk)
        except OSError:
            damaged.append(entry.path)
            continue
        if digest.hexdigest() != entry.sha256:
            damaged.append(entry.path)
    return damaged


LANGUAGES = "languages"


def languages_dir(data_dir: Path) -> Path:
    return data_dir / LANGUAGES


def installed_language_folders(data_dir: Path, course_id: str) -> dict[str, Path]:
    """Language code -> folder, for every language pack installed for this course."""
    base = languages_dir(data_dir) / course_id
    found = {}
    for folder in sorted(base.iterdir()) if base.is_dir() else []:
        try:
            name = (folder / POINTER).read_text(encoding="utf-8").strip()
        except OSError:
            continue
        language_folder = folder / name / folder.name
        if name and "/" not in name and language_folder.is_dir():
            found[folder.name] = language_folder
    return found
