"""Installing, updating, removing and exporting courses: atomic, verified, reversible.

Layout under the data folder:

    courses/<course-id>/CURRENT              one line: the active version folder's name
    courses/<course-id>/<version>-<hash>/    a complete course, plus .pack/ (its manifest
                                             and signature, kept for export)
    courses/.staging/                        work in progress; never read by the app

An install extracts into staging, checks every hash and the content itself, moves
the finished folder into place, and only then replaces CURRENT in one step. Killed
at any moment, the app finds the old version or the new one, never a mix.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import uuid
import zipfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

from dro_trainer.core.course_validator import validate_course
from dro_trainer.core.packs.installed_courses import (PACK_FOLDER, POINTER, STAGING, InstalledCourse, courses_dir,
                                                      current_install, languages_dir)
from dro_trainer.core.packs.install_lock import install_lock
from dro_trainer.core.packs.pack_errors import PackCancelled, PackError
from dro_trainer.core.packs.pack_manifest import CONTENT_PREFIX, MANIFEST_NAME, SIGNATURE_NAME, PackManifest
from dro_trainer.core.packs.pack_reader import OpenedPack, PackLimits, extract_verified, open_pack
from dro_trainer.core.packs.pack_signing import SignatureCheck, SignatureStatus, check_signature, trusted_keys
from dro_trainer.core.semantic_version import Version



class PackNotTrusted(PackError):
    """Unsigned, or signed by a key this user does not trust: install only after a warning."""

    def __init__(self, check: SignatureCheck) -> None:
        if check.status is SignatureStatus.UNSIGNED:
            super().__init__("it is not signed, so nobody vouches for its contents.", "Install it only if you trust where it came from.")
        else:
            super().__init__(f"it is signed by a key you do not trust yet ({check.publisher or 'unknown publisher'}, fingerprint {check.fingerprint}).",
                             "Compare the fingerprint with the publisher's before you trust it.")
        self.check = check


@dataclass
class LessonChanges:
    added: list[str] = field(default_factory=list)
    changed: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)


@dataclass
class InstallResult:
    course_id: str
    version: str
    previous_version: str | None
    signature: SignatureCheck
    changes: LessonChanges
    already_installed: bool = False
    language: str | None = None  # set for a language pack: the language it adds


def inspect_pack(pack: Path, data_dir: Path, app_version: str, limits: PackLimits = PackLimits()) -> tuple[OpenedPack, SignatureCheck]:
    """Open and check a pack without installing it: raises PackError if it must be refused."""
    opened = open_pack(pack, app_version, limits)
    return opened, check_signature(opened.manifest_bytes, opened.signature_bytes, trusted_keys(data_dir))


def install_pack(pack: Path, data_dir: Path, app_version: str, *, allow_untrusted: bool = False,
                 allow_downgrade: bool = False, allow_replace: bool = False, expected_manifest: str | None = None,
                 limits: PackLimits = PackLimits(), bundled: list[Path] = (),
                 progress: Callable[[int, int], None] | None = None,
                 cancelled: Callable[[], bool] = lambda: False) -> InstallResult:
    """Install a course or language pack. expected_manifest: the SHA-256 of the manifest the user
    approved; if the file changed since, it is refused. allow_replace: install over a course
    signed by someone else, or over the same version with other content."""
    with install_lock(data_dir):
        opened, signature = inspect_pack(pack, data_dir, app_version, limits)
        manifest = opened.manifest
        if expected_manifest is not None and manifest_id(opened) != expected_manifest:
            raise PackError("the pack file changed after you approved it.", "Look at it again before installing.")
        if signature.status is not SignatureStatus.TRUSTED and not allow_untrusted:
            raise PackNotTrusted(signature)
        _check_disk_space(data_dir, manifest.total_size)
        if manifest.kind == "language":
            return _install_language(opened, signature, data_dir, app_version, bundled, allow_downgrade, progress, cancelled)
        return _install_course(opened, signature, data_dir, app_version, bundled, allow_downgrade, allow_replace, progress, cancelled)


def manifest_id(opened: OpenedPack) -> str:
    """What identifies a pack's exact content: the manifest lists every file's SHA-256."""
    return hashlib.sha256(opened.manifest_bytes).hexdigest()


def _check_disk_space(data_dir: Path, needed: int) -> None:
    free = shutil.disk_usage(data_dir if data_dir.exists() else data_dir.parent).free
    if free < needed * 1.1 + 50_000_000:
        raise PackError(f"there is not enough free space ({free // 1_000_000} MB free, about {needed // 1_000_000} MB needed).",
                        "Free some space, then install again.")


def replaced_signer(opened: OpenedPack, signature: SignatureCheck, data_dir: Path, app_version: str,
                    bundled: list[Path]) -> str | None:
    """Why installing this course pack replaces content someone else vouched for, or None."""
    from dro_trainer.core.course_library import BUNDLED, course_sources
    from dro_trainer.core.packs.pack_signing import shipped_keys

    manifest = opened.manifest
    current = next((s for s in course_sources(data_dir, bundled, app_version) if s.course_id == manifest.course_id), None)
    if current is None:
        return None
    if current.origin == BUNDLED:
        return None if signature.fingerprint in shipped_keys() else "it would replace the course that came with the app, and its publisher did not sign it"
    before = check_signature((current.folder / PACK_FOLDER / MANIFEST_NAME).read_bytes(),
                             _read_optional(current.folder / PACK_FOLDER / SIGNATURE_NAME), {})
    if before.fingerprint and before.fingerprint != signature.fingerprint:
        signer = f"by {signature.publisher} (key {signature.fingerprint})" if signature.fingerprint else "by nobody"
        return f"it would replace a course signed by {before.publisher or 'a publisher'} (key {before.fingerprint}) with one signed {signer}"
    if current.version == manifest.version and current.folder.name.rsplit("-", 1)[-1] != manifest_id(opened)[:12]:
        return f"it has the same version ({manifest.version}) as the installed course, but different content"
    return None


def _read_optional(path: Path) -> bytes | None:
    return path.read_bytes() if path.is_file() else None


def _install_course(opened, signature, data_dir: Path, app_version: str, bundled, allow_downgrade: bool,
                    allow_replace: bool, progress, cancelled) -> InstallResult:
    manifest = opened.manifest
    version_name = f"{manifest.version}-{manifest_id(opened)[:12]}"
    current = current_install(data_dir, manifest.course_id, app_version)
    if current and current.folder.name == version_name:
        return InstallResult(manifest.course_id, manifest.version, current.version, signature, LessonChanges(), already_installed=True)
    _refuse_downgrade(_effective_version(data_dir, manifest.course_id, app_version, bundled), manifest.version, allow_downgrade)
    replaced = replaced_signer(opened, signature, data_dir, app_version, bundled)
    if replaced and not allow_replace:
        raise PackError(f"{replaced}.", "Install it only if you mean to replace that course: 'pack install --force', or confirm in Manage packs.")
    tidy(data_dir, manifest.course_id)
    staged = _stage(opened, data_dir, progress, cancelled)
    try:
        changes = lesson_changes(current.folder if current else None, staged)
        _switch(staged, courses_dir(data_dir) / manifest.course_id, version_name)
    finally:
        _remove_staging(staged)
    tidy(data_dir, manifest.course_id)
    return InstallResult(manifest.course_id, manifest.version, current.version if current else None, signature, changes)


def _effective_version(data_dir: Path, course_id: str, app_version: str, bundled) -> str | None:
    """The version the app reads now: an installed pack or the bundled copy, whichever is newer."""
    from dro_trainer.core.course_library import course_sources

    current = next((s for s in course_sources(data_dir, bundled, app_version) if s.course_id == course_id), None)
    return current.version if current else None


def _refuse_downgrade(current: str | None, incoming: str, allowed: bool) -> None:
    if current and Version.parse(incoming) < Version.parse(current) and not allowed:
        raise PackError(f"it would replace version {current} with the older {incoming}.",
                        "Install it only on purpose, with 'pack install --force' (progress is kept either way).")


def _install_language(opened: OpenedPack, signature: SignatureCheck, data_dir: Path, app_version: str, bundled: list[Path],
                      allow_downgrade: bool, progress, cancelled) -> InstallResult:
    """A language pack adds one language to a course that is already here, without touching the course."""
    from dro_trainer.core.course_library import course_sources

    from dro_trainer.core.course_library import bundled_source
    from dro_trainer.core.course_loader import load_course

    manifest = opened.manifest
    if len(manifest.languages) != 1:
        raise PackError("a language pack must hold exactly one language.", "Rebuild it with 'pack build'.")
    language = manifest.languages[0]
    outside = [e.path for e in manifest.files if e.path != "language-pack.toml" and not e.path.startswith(language + "/")]
    if outside:
        raise PackError(f"a language pack for {language!r} holds {outside[0]!r}, outside its language folder.", "Rebuild it with 'pack build'.")
    course = next((s for s in course_sources(data_dir, bundled, app_version) if s.course_id == manifest.course_id), None)
    if course is None:
        raise PackError(f"it adds {language!r} to the course {manifest.course_id!r}, which is not on this computer.",
                        "Install that course first, then this language pack.")
    shipped = load_course(course.folder).course
    if shipped is not None and language in shipped.manifest.languages:
        raise PackError(f"the course {manifest.course_id!r} already has {language!r}; a language pack only adds a language.",
                        "Update the course itself with a course pack instead.")
    base = languages_dir(data_dir) / manifest.course_id / language
    version_name = f"{manifest.version}-{hashlib.sha256(opened.manifest_bytes).hexdigest()[:12]}"
    previous = _pointer(base)
    if previous == version_name:
        return InstallResult(manifest.course_id, manifest.version, previous.rsplit("-", 1)[0], signature, LessonChanges(), already_installed=True, language=language)
    _refuse_downgrade(previous.rsplit("-", 1)[0] if previous else None, manifest.version, allow_downgrade)
    staging = courses_dir(data_dir) / STAGING / uuid.uuid4().hex
    staging.mkdir(parents=True)
    try:
        extract_verified(opened, staging, progress=progress, cancelled=cancelled)
        report = validate_course(course.folder, {language: staging / language})
        checked = report.languages.get(language)
        if not report.valid or checked is None:
            first = report.problems.errors[0].describe() if report.problems.errors else f"no {language!r} folder"
            raise PackError(f"its translation has problems. First: {first}", "Ask the translators to fix it and rebuild the pack.")
        (staging / PACK_FOLDER).mkdir()
        (staging / PACK_FOLDER / MANIFEST_NAME).write_bytes(opened.manifest_bytes)
        _switch(staging, base, version_name)
    finally:
        _remove_staging(staging)
    for folder in base.iterdir():
        if folder.is_dir() and folder.name != version_name:
            shutil.rmtree(folder, ignore_errors=True)
    return InstallResult(manifest.course_id, manifest.version, previous.rsplit("-", 1)[0] if previous else None, signature, LessonChanges(), language=language)


def _pointer(base: Path) -> str | None:
    try:
        return (base / POINTER).read_text(encoding="utf-8").strip() or None
    except OSError:
        return None


def _stage(opened: OpenedPack, data_dir: Path, progress, cancelled) -> Path:
    staging = courses_dir(data_dir) / STAGING / uuid.uuid4().hex
    staging.mkdir(parents=True)
    try:
        extract_verified(opened, staging, progress=progress, cancelled=cancelled)
        _check_content(staging, opened.manifest)
        (staging / PACK_FOLDER).mkdir()
        (staging / PACK_FOLDER / MANIFEST_NAME).write_bytes(opened.manifest_bytes)
        if opened.signature_bytes is not None:
            (staging / PACK_FOLDER / SIGNATURE_NAME).write_bytes(opened.signature_bytes)
    except BaseException:  # whatever stopped it, nothing half-made stays behind
        _remove_staging(staging)
        raise
    return staging


def _remove_staging(staging: Path) -> None:
    shutil.rmtree(staging, ignore_errors=True)
    for folder in (staging.parent, staging.parent.parent):  # .staging, then courses/, if now empty
        try:
            folder.rmdir()
        except OSError:
            break


def _check_content(folder: Path, manifest: PackManifest) -> None:
    report = validate_course(folder)
    if not report.valid:
        first = report.problems.errors[0].describe(report.root)
        raise PackError(f"its course content has {len(report.problems.errors)} error(s). First: {first}",
                        "Ask the publisher to fix the course and rebuild the pack.")
    import tomllib

    facts = tomllib.loads((folder / "course.toml").read_text(encoding="utf-8"))
    if facts.get("id") != manifest.course_id or facts.get("version") != manifest.version:
        raise PackError("its manifest and its course.toml disagree on the course id or version.", "Rebuild the pack with 'pack build'.")


def _switch(staged: Path, base: Path, version_name: str) -> None:
    base.mkdir(parents=True, exist_ok=True)
    final = base / version_name
    if final.exists():
        shutil.rmtree(final)
    _flush(staged)  # after a power cut, the pointer must never name a folder of empty files
    os.replace(staged, final)
    _fsync_dir(staged.parent)
    pointer, temporary = base / POINTER, base / (POINTER + ".tmp")
    with open(temporary, "w", encoding="utf-8") as stream:
        stream.write(version_name + "\n")
        stream.flush()
        os.fsync(stream.fileno())
    os.replace(temporary, pointer)  # the one step that makes the new version current
    _fsync_dir(base)


def _flush(folder: Path) -> None:
    if hasattr(os, "sync"):
        os.sync()  # one call for every file written, where the system offers it
        return
    for path in folder.rglob("*"):
        if path.is_file():
            with open(path, "rb+") as stream:
                os.fsync(stream.fileno())


def _fsync_dir(folder: Path) -> None:
    try:
        handle = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(handle)
    except OSError:
        pass
    finally:
        os.close(handle)


def tidy(data_dir: Path, course_id: str | None = None) -> None:
    """Remove what an interrupted or finished install left behind: never the current version."""
    root = courses_dir(data_dir)
    shutil.rmtree(root / STAGING, ignore_errors=True)
    for base in [root / course_id] if course_id else [p for p in root.iterdir() if p.is_dir() and not p.name.startswith(".")] if root.is_dir() else []:
        try:
            current = (base / POINTER).read_text(encoding="utf-8").strip()
        except OSError:
            current = ""
        if not current:
            continue  # never guess: a folder without a pointer is left as it is
        for folder in base.iterdir():
            if folder.is_dir() and folder.name != current:
                shutil.rmtree(folder, ignore_errors=True)
        (base / (POINTER + ".tmp")).unlink(missing_ok=True)


def remove_course(data_dir: Path, course_id: str) -> bool:
    """Uninstall a course and its language packs; trainees' progress and quiz history stay in the store."""
    from dro_trainer.core.content_model import is_valid_id

    if not is_valid_id(course_id):
        return False
    with install_lock(data_dir):
        removed = False
        for base in (courses_dir(data_dir) / course_id, languages_dir(data_dir) / course_id):
            if base.is_dir():
                trash = courses_dir(data_dir) / f".removed-{course_id}-{uuid.uuid4().hex[:8]}"
                os.replace(base, trash)  # one step: gone for the app from here on
                shutil.rmtree(trash, ignore_errors=True)
                removed = True
        return removed


def export_course(data_dir: Path, course_id: str, output: Path, app_version: str) -> InstalledCourse:
    """Write the installed course as a pack again, with its original manifest and signature."""
    from dro_trainer.core.packs.pack_builder import _write_atomically

    current = current_install(data_dir, course_id, app_version)
    if current is None or current.manifest is None:
        raise PackError(f"no installed course has the id {course_id!r}.", "See 'pack list' for the installed courses.")
    manifest_bytes = (current.folder / PACK_FOLDER / MANIFEST_NAME).read_bytes()
    signature = current.folder / PACK_FOLDER / SIGNATURE_NAME

    def fill(archive: zipfile.ZipFile) -> None:
        archive.writestr(MANIFEST_NAME, manifest_bytes)
        if signature.is_file():
            archive.writestr(SIGNATURE_NAME, signature.read_bytes())
        for entry in current.manifest.files:
            archive.write(current.folder / entry.path, CONTENT_PREFIX + entry.path)

    _write_atomically(output, fill)
    return current


def lesson_changes(old: Path | None, new: Path) -> LessonChanges:
    """Lessons added, changed and removed between two course folders (source language)."""
    before, after = _lesson_fingerprints(old), _lesson_fingerprints(new)
    return LessonChanges(
        added=sorted(set(after) - set(before)),
        changed=sorted(lesson for lesson in set(after) & set(before) if after[lesson] != before[lesson]),
        removed=sorted(set(before) - set(after)),
    )


def preview_changes(opened: OpenedPack, current_folder: Path | None) -> LessonChanges:
    """What installing this pack would change, from its lesson files alone: nothing is extracted."""
    from dro_trainer.core.front_matter import split_front_matter
    from dro_trainer.core.problems import ProblemList

    language = opened.manifest.source_language
    incoming: dict[str, str] = {}
    with zipfile.ZipFile(opened.path) as archive:
        for entry in opened.manifest.files:
            parts = entry.path.split("/")
            if len(parts) == 3 and parts[0] == language and parts[1] != "glossary" and parts[2].endswith(".md") and parts[2] != "module.md":
                text = archive.read(CONTENT_PREFIX + entry.path).decode("utf-8", errors="replace")
                front = split_front_matter(text, Path(entry.path), ProblemList())
                if front and front.values.get("id"):
                    incoming[front.values["id"]] = hashlib.sha256(front.body.encode("utf-8")).hexdigest()
    before = _lesson_fingerprints(current_folder)
    return LessonChanges(
        added=sorted(set(incoming) - set(before)),
        changed=sorted(lesson for lesson in set(incoming) & set(before) if incoming[lesson] != before[lesson]),
        removed=sorted(set(before) - set(incoming)),
    )


def _lesson_fingerprints(folder: Path | None) -> dict[str, str]:
    from dro_trainer.core.course_loader import load_course

    course = load_course(folder).course if folder else None
    if course is None:
        return {}
    return {lesson.id: hashlib.sha256(lesson.body.encode("utf-8")).hexdigest() for lesson in course.source.lessons()}
