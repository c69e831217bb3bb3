"""Building a pack from a course folder, and signing a built pack."""

from __future__ import annotations

import hashlib
import os
import shutil
import tempfile
import zipfile
from pathlib import Path

from dro_trainer.core.course_validator import validate_course
from dro_trainer.core.packs.pack_errors import PackError
from dro_trainer.core.packs.pack_manifest import CONTENT_PREFIX, MANIFEST_NAME, SIGNATURE_NAME, FileEntry, PackManifest
from dro_trainer.core.packs.pack_reader import CHUNK, open_pack
from dro_trainer.core.packs.pack_signing import fingerprint, load_private_key, sign

SKIPPED_NAMES = {".DS_Store", "Thumbs.db", "desktop.ini"}
ALREADY_COMPRESSED = {".png", ".jpg", ".jpeg", ".gif"}


LANGUAGE_PACK_FILE = "language-pack.toml"


def build_pack(source: Path, output: Path, min_app_version: str, course: Path | None = None) -> PackManifest:
    """Validate the course (or the language pack, against its course), then write one .dropack file."""
    if (source / LANGUAGE_PACK_FILE).is_file():
        return _build_language_pack(source, output, min_app_version, course)
    report = validate_course(source)
    if not report.valid:
        first = report.problems.errors[0].describe(report.root.parent)
        raise PackError(f"the course has {len(report.problems.errors)} error(s), so no pack was built. First: {first}",
                        f"Run 'pack validate {source}' and fix every error.")
    course = _course_facts(source)
    files = [_entry(source, path) for path in _course_files(source)]
    manifest = PackManifest("course", course["id"], course["version"], course["title"], course["publisher"],
                            course["languages"], course["source_language"], min_app_version, files)
    _write_atomically(output, lambda archive: _fill(archive, source, manifest))
    return manifest


def sign_pack(pack: Path, key_file: Path, publisher: str, app_version: str) -> str:
    """Add (or replace) the pack's signature; returns the signing key's fingerprint."""
    from dro_trainer.core.packs.pack_reader import verify_contents

    key = load_private_key(key_file)
    opened = open_pack(pack, app_version)
    verify_contents(opened)  # never vouch for files that no longer match their manifest
    signature = sign(opened.manifest_bytes, key, publisher or _key_publisher(key_file) or opened.manifest.publisher)

    def copy_with_signature(archive: zipfile.ZipFile) -> None:
        with zipfile.ZipFile(pack) as original:
            for info in original.infolist():
                if info.filename != SIGNATURE_NAME:
                    with original.open(info) as source, archive.open(info, "w") as sink:
                        shutil.copyfileobj(source, sink, CHUNK)
        archive.writestr(SIGNATURE_NAME, signature)

    _write_atomically(pack, copy_with_signature)
    return fingerprint(key.public_key())


def _build_language_pack(source: Path, output: Path, min_app_version: str, course: Path | None) -> PackManifest:
    import tomllib

    from dro_trainer.core.content_model import LANGUAGE_CODE
    from dro_trainer.core.semantic_version import is_version

    try:
        facts = tomllib.loads((source / LANGUAGE_PACK_FILE).read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise PackError(f"{LANGUAGE_PACK_FILE} cannot be read ({exc}).", "Check its quotes and '=' signs.") from None
    language, course_id = str(facts.get("language", "")), str(facts.get("course", ""))
    if not LANGUAGE_CODE.match(language) or not is_version(str(facts.get("version", ""))):
        raise PackError(f"{LANGUAGE_PACK_FILE} needs a language code (e.g. \"ar\") and a version like \"0.1.0\".", "Fix it, then build again.")
    if course is None or not (course / "course.toml").is_file():
        raise PackError(f"to check the {language!r} translation, the course {course_id!r} is needed.", "Give its folder with --course.")
    report = validate_course(course, {language: source / language})
    if not report.valid or language not in report.languages:
        first = report.problems.errors[0].describe() if report.problems.errors else f"no folder {language}/"
        raise PackError(f"the translation has {len(report.problems.errors)} error(s), so no pack was built. First: {first}",
                        "Fix every error, then build again.")
    base = _course_facts(course)
    if base["id"] != course_id:
        raise PackError(f"{LANGUAGE_PACK_FILE} names the course {course_id!r}, but {course} is {base['id']!r}.", "Give the right course with --course.")
    kept = [p for p in _course_files(source) if p == source / LANGUAGE_PACK_FILE or p.is_relative_to(source / language)]
    files = [_entry(source, path) for path in kept]  # notes beside the language folder stay behind
    manifest = PackManifest("language", course_id, str(facts.get("version", "")), f"{base['title']} ({language})",
                            str(facts.get("publisher", "")), [language], base["source_language"], min_app_version, files)
    _write_atomically(output, lambda archive: _fill(archive, source, manifest))
    return manifest


def _key_publisher(key_file: Path) -> str:
    """The name given at 'pack keygen', kept in the .pub file beside the key."""
    import json

    try:
        return str(json.loads(key_file.with_suffix(".pub").read_text(encoding="utf-8")).get("publisher", ""))
    except (OSError, ValueError, AttributeError):
        return ""


def _course_facts(source: Path) -> dict:
    import tomllib

    data = tomllib.loads((source / "course.toml").read_text(encoding="utf-8"))
    return {key: data[key] for key in ("id", "version", "title", "publisher", "languages", "source_language")}


def _course_files(source: Path) -> list[Path]:
    return sorted(p for p in source.rglob("*") if p.is_file() and p.name not in SKIPPED_NAMES
                  and not any(part.startswith(".") or part == "__pycache__" for part in p.relative_to(source).parts))


def _entry(source: Path, path: Path) -> FileEntry:
    digest, size = hashlib.sha256(), 0
    with open(path, "rb") as stream:
        while chunk := stream.read(CHUNK):
            digest.update(chunk)
            size += len(chunk)
    return FileEntry(path.relative_to(source).as_posix(), size, digest.hexdigest())


def _fill(archive: zipfile.ZipFile, source: Path, manifest: PackManifest) -> None:
    archive.writestr(MANIFEST_NAME, manifest.to_bytes())
    for entry in manifest.files:
        stored = Path(entry.path).suffix.lower() in ALREADY_COMPRESSED  # deflating these only costs time
        archive.write(source / entry.path, CONTENT_PREFIX + entry.path,
                      compress_type=zipfile.ZIP_STORED if stored else zipfile.ZIP_DEFLATED)


def _write_atomically(output: Path, fill) -> None:
    """Write to a temporary file beside the output, then rename: never a half-written pack."""
    output.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(prefix=".dropack-", dir=output.parent)
    os.close(handle)
    try:
        with zipfile.ZipFile(temporary, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=6) as archive:
            fill(archive)
        os.replace(temporary, output)
    finally:
        Path(temporary).unlink(missing_ok=True)
