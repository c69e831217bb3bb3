"""Opening a pack without trusting it, and extracting it with every byte checked.

Nothing in a pack is believed until checked: entry names (no absolute paths, no
'..', no links), counts and sizes (no zip bombs), the manifest (every file listed,
nothing extra), and each file's SHA-256 while it streams out, never the whole file
in memory.
"""

from __future__ import annotations

import hashlib
import stat
import zipfile
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from typing import Callable

from dro_trainer.core.packs.pack_errors import PackCancelled, PackError
from dro_trainer.core.packs.pack_manifest import CONTENT_PREFIX, MANIFEST_NAME, SIGNATURE_NAME, PackManifest

CHUNK = 1024 * 1024
MAX_MANIFEST_BYTES = 16 * 1024 * 1024
MAX_SIGNATURE_BYTES = 64 * 1024
REBUILD = "The pack is damaged or was not made by 'pack build': ask its publisher for a new copy."


@dataclass(frozen=True)
class PackLimits:
    max_files: int = 20_000
    max_total_bytes: int = 4 * 1024**3
    max_file_bytes: int = 256 * 1024**2
    max_ratio: int = 200  # uncompressed / compressed, for entries over 1 MiB


@dataclass
class OpenedPack:
    path: Path
    manifest: PackManifest
    manifest_bytes: bytes
    signature_bytes: bytes | None


def open_pack(path: Path, app_version: str, limits: PackLimits = PackLimits()) -> OpenedPack:
    if not path.is_file():
        raise PackError(f"{path} does not exist or is not a file.", "Check the path.")
    try:
        with zipfile.ZipFile(path) as archive:
            infos = archive.infolist()
            _check_entries(infos, limits)
            names = {info.filename: info for info in infos}
            if MANIFEST_NAME not in names:
                raise PackError(f"it has no manifest ({MANIFEST_NAME}).", REBUILD)
            manifest_bytes = _read_small(archive, names[MANIFEST_NAME], MAX_MANIFEST_BYTES)
            manifest = PackManifest.from_bytes(manifest_bytes, app_version)
            signature = _read_small(archive, names[SIGNATURE_NAME], MAX_SIGNATURE_BYTES) if SIGNATURE_NAME in names else None
            _check_against_manifest(names, manifest, limits)
    except zipfile.BadZipFile:
        raise PackError("it is not a readable pack: the file is not a zip archive, or it is cut short.",
                        "Copy the pack again from its source; a copy interrupted on a USB stick is a common cause.") from None
    except (OSError, EOFError) as exc:
        raise PackError(f"it could not be read ({exc}).", "Copy the pack again from its source.") from None
    return OpenedPack(path, manifest, manifest_bytes, signature)


def _check_entries(infos: list[zipfile.ZipInfo], limits: PackLimits) -> None:
    if len(infos) > limits.max_files + 2:
        raise PackError(f"it holds {len(infos)} files, more than the {limits.max_files} a pack may hold.", REBUILD)
    seen: set[str] = set()
    total = 0
    for info in infos:
        name = info.filename
        if name in seen:
            raise PackError(f"it holds two entries named {name!r}.", REBUILD)
        seen.add(name)
        _check_name(name)
        if info.flag_bits & 0x1:
            raise PackError(f"{name!r} is encrypted; packs are never encrypted.", REBUILD)
        if stat.S_ISLNK(info.external_attr >> 16):
            raise PackError(f"{name!r} is a link; packs hold only plain files.", REBUILD)
        if info.file_size > limits.max_file_bytes:
            raise PackError(f"{name!r} would unpack to {info.file_size} bytes, more than a pack file may be.", REBUILD)
        if info.file_size > CHUNK and info.file_size > limits.max_ratio * max(1, info.compress_size):
            raise PackError(f"{name!r} is compressed {info.file_size // max(1, info.compress_size)} to 1: a 'zip bomb', refused.", REBUILD)
        total += info.file_size
        if total > limits.max_total_bytes:
            raise PackError(f"it would unpack to more than {limits.max_total_bytes} bytes.", REBUILD)


def _check_name(name: str) -> None:
    """Only relative, forward-slash paths inside the pack; nothing that could land elsewhere."""
    if not name or "\\" in name or "\x00" in name or name.startswith("/") or (len(name) > 1 and name[1] == ":"):
        raise PackError(f"the entry {name!r} has an absolute or unsafe path.", REBUILD)
    parts = PurePosixPath(name).parts
    if any(part in ("..", ".", "") for part in parts) or ".." in name.split("/"):
        raise PackError(f"the entry {name!r} points outside the pack's folder.", REBUILD)


def _read_small(archive: zipfile.ZipFile, info: zipfile.ZipInfo, limit: int) -> bytes:
    if info.file_size > limit:
        raise PackError(f"{info.filename} is too large ({info.file_size} bytes).", REBUILD)
    with archive.open(info) as stream:
        data = stream.read(limit + 1)
    if len(data) > limit:
        raise PackError(f"{info.filename} is larger than it claims.", REBUILD)
    return data


def _check_against_manifest(names: dict[str, zipfile.ZipInfo], manifest: PackManifest, limits: PackLimits) -> None:
    listed = {CONTENT_PREFIX + entry.path: entry for entry in manifest.files}
    for entry in manifest.files:
        _check_name(CONTENT_PREFIX + entry.path)
    if len(listed) > limits.max_files:
        raise PackError(f"its manifest lists more than {limits.max_files} files.", REBUILD)
    for name, info in names.items():
        if name in (MANIFEST_NAME, SIGNATURE_NAME) or name.endswith("/"):
            continue
        if name not in listed:
            raise PackError(f"it holds {name!r}, which its manifest does not list.", REBUILD)
        if info.file_size != listed[name].size:
            raise PackError(f"{name!r} is {info.file_size} bytes but its manifest says {listed[name].size}.", REBUILD)
    for name in listed:
        if name not in names:
            raise PackError(f"its manifest lists {name!r}, which the pack does not hold.", REBUILD)


def extract_verified(opened: OpenedPack, target: Path, *, progress: Callable[[int, int], None] | None = None,
                     cancelled: Callable[[], bool] = lambda: False) -> None:
    """Write every listed file under target, checking its size and SHA-256 as it streams."""
    target = target.resolve()
    for entry, chunks in _checked_files(opened, progress, cancelled):
        destination = (target / entry.path).resolve()
        if not destination.is_relative_to(target):
            raise PackError(f"{entry.path!r} would be written outside the course folder.", REBUILD)
        destination.parent.mkdir(parents=True, exist_ok=True)
        with open(destination, "wb") as sink:
            for chunk in chunks:
                sink.write(chunk)


def verify_contents(opened: OpenedPack, *, progress: Callable[[int, int], None] | None = None,
                    cancelled: Callable[[], bool] = lambda: False) -> None:
    """Check every file's size and SHA-256 without writing anything (PackError if one differs)."""
    for _entry, chunks in _checked_files(opened, progress, cancelled):
        for _chunk in chunks:
            pass


def _checked_files(opened: OpenedPack, progress, cancelled):
    """For each listed file: its entry, and its chunks, checked against the manifest as they come.
    A file whose last chunk was yielded without raising matches its size and SHA-256."""
    done = [0, opened.manifest.total_size]
    with zipfile.ZipFile(opened.path) as archive:
        for entry in opened.manifest.files:
            yield entry, _checked_chunks(archive, entry, done, progress, cancelled)


def _checked_chunks(archive: zipfile.ZipFile, entry, done: list[int], progress, cancelled):
    digest, size = hashlib.sha256(), 0
    with archive.open(CONTENT_PREFIX + entry.path) as source:
        while chunk := source.read(CHUNK):
            size += len(chunk)
            if size > entry.size:
                raise PackError(f"{entry.path!r} is longer than its manifest says.", REBUILD)
            digest.update(chunk)
            done[0] += len(chunk)
            if progress:
                progress(done[0], done[1])
            if cancelled():
                raise PackCancelled()
            yield chunk
    if size != entry.size or digest.hexdigest() != entry.sha256:
        raise PackError(f"{entry.path!r} does not match its manifest's SHA-256: the pack was changed or damaged.", REBUILD)
