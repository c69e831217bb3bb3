"""The manifest inside every pack (dropack.json): what the pack is, and every file it holds.

Its bytes are what a signature covers, so it is written canonically (sorted keys,
no spaces) and read back strictly: anything unexpected is a refusal, not a guess.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field

from dro_trainer.core.content_model import LANGUAGE_CODE, is_valid_id
from dro_trainer.core.packs.pack_errors import PackError
from dro_trainer.core.semantic_version import Version, is_version

PACK_FORMAT = 1
MANIFEST_NAME = "dropack.json"
SIGNATURE_NAME = "dropack.sig"
CONTENT_PREFIX = "course/"
KINDS = ("course", "language")
_SHA256 = re.compile(r"^[0-9a-f]{64}$")


@dataclass(frozen=True)
class FileEntry:
    path: str  # relative to the course folder, with forward slashes
    size: int
    sha256: str


@dataclass
class PackManifest:
    kind: str
    course_id: str
    version: str
    title: str
    publisher: str
    languages: list[str]
    source_language: str
    min_app_version: str
    files: list[FileEntry] = field(default_factory=list)
    format: int = PACK_FORMAT

    @property
    def total_size(self) -> int:
        return sum(entry.size for entry in self.files)

    def to_bytes(self) -> bytes:
        data = {
            "format": self.format,
            "kind": self.kind,
            "course": {"id": self.course_id, "version": self.version, "title": self.title,
                       "languages": self.languages, "source_language": self.source_language},
            "publisher": self.publisher,
            "min_app_version": self.min_app_version,
            "files": [{"path": e.path, "size": e.size, "sha256": e.sha256} for e in self.files],
        }
        return json.dumps(data, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode("utf-8")

    @classmethod
    def from_bytes(cls, raw: bytes, app_version: str) -> "PackManifest":
        try:
            data = json.loads(raw.decode("utf-8"))
        except (UnicodeDecodeError, ValueError, RecursionError) as exc:
            raise PackError(f"its manifest ({MANIFEST_NAME}) is not valid JSON ({exc}).", "Rebuild the pack with 'pack build'.") from None
        if not isinstance(data, dict):
            raise PackError(f"its manifest ({MANIFEST_NAME}) is not a JSON object.", "Rebuild the pack with 'pack build'.")
        if data.get("format") != PACK_FORMAT:
            raise PackError(f"it uses pack format {data.get('format')!r}, which this version of DRO Trainer cannot read.",
                            "Install a newer DRO Trainer, or ask for a pack in format 1.")
        course = data.get("course") if isinstance(data.get("course"), dict) else {}
        if not isinstance(course.get("languages"), list) or not isinstance(data.get("files"), list):
            raise PackError("its manifest's languages or files are not lists.", "Rebuild the pack with 'pack build'.")
        if not isinstance(data.get("format"), int) or isinstance(data.get("format"), bool):
            raise PackError("its manifest has no valid format number.", "Rebuild the pack with 'pack build'.")
        manifest = cls(
            kind=_text(data, "kind"),
            course_id=_text(course, "id"),
            version=_text(course, "version"),
            title=_text(course, "title"),
            publisher=_text(data, "publisher"),
            languages=list(course.get("languages") or []),
            source_language=_text(course, "source_language"),
            min_app_version=_text(data, "min_app_version"),
            files=[_file_entry(item) for item in data.get("files") or []],
        )
        manifest._check(app_version)
        return manifest

    def _check(self, app_version: str) -> None:
        hint = "Rebuild the pack with 'pack build'."
        if self.kind not in KINDS:
            raise PackError(f"its manifest names an unknown kind of pack ({self.kind!r}).", hint)
        if not is_valid_id(self.course_id):
            raise PackError(f"its manifest has no valid course id ({self.course_id!r}).", hint)
        if not is_version(self.version) or self.version != self.version.strip():
            raise PackError(f"its version {self.version!r} is not a version like 1.2.0.", hint)
        if not self.languages or not all(isinstance(code, str) and LANGUAGE_CODE.match(code) for code in self.languages):
            raise PackError(f"its manifest lists no languages, or codes that are not language codes ({str(self.languages)[:60]}).", hint)
        if not is_version(self.min_app_version):
            raise PackError(f"its minimum app version {self.min_app_version!r} is not a version like 1.2.0.", hint)
        if Version.parse(app_version) < Version.parse(self.min_app_version):
            raise PackError(f"it needs DRO Trainer {self.min_app_version} or newer; this is {app_version}.",
                            "Install a newer DRO Trainer first, then this pack.")
        if not self.files:
            raise PackError("its manifest lists no files.", hint)
        paths = [entry.path for entry in self.files]
        if len(set(paths)) != len(paths):
            raise PackError("its manifest lists the same file twice.", hint)


def _text(data: dict, key: str) -> str:
    value = data.get(key)
    return value if isinstance(value, str) else ""


def _file_entry(item) -> FileEntry:
    hint = "Rebuild the pack with 'pack build'."
    if not isinstance(item, dict):
        raise PackError("its manifest has a file entry that is not an object.", hint)
    path, size, digest = item.get("path"), item.get("size"), item.get("sha256")
    if not isinstance(path, str) or not path or not isinstance(size, int) or isinstance(size, bool) or size < 0:
        raise PackError(f"its manifest has a malformed file entry ({str(item)[:80]}).", hint)
    if not isinstance(digest, str) or not _SHA256.match(digest):
        raise PackError(f"its manifest has no valid SHA-256 for {path!r}.", hint)
    return FileEntry(path, size, digest)
