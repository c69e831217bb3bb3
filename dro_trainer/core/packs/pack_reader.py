"""Opening a pack without trusting it, and extracting it with every byte checked.

Nothing in a pack is believed until checked: entry names (no absolute paths, no
'..', no links), counts and sizes (no zip bombs), the manifest (every file listed,
nothing extra), and each file's SHA-256 while it streams out, never the whole file
in memory.
"""

from __future__ import annotations

import hashlib
import stat
import struct
import unicodedata
import zipfile
import zlib
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

from dro_trainer.core.packs.pack_errors import PackCancelled, PackError
from dro_trainer.core.packs.pack_manifest import CONTENT_PREFIX, MANIFEST_NAME, SIGNATURE_NAME, PackManifest

CHUNK = 1024 * 1024
MAX_MANIFEST_BYTES = 16 * 1024 * 1024
MAX_SIGNATURE_BYTES = 64 * 1024
MAX_DIRECTORY_BYTES = 64 * 1024 * 1024
RATIO_FLOOR = 64 * 1024  # entries smaller than this may compress as well as they like
COMPRESSIONS = {zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED}
RESERVED_NAMES = {"con", "prn", "aux", "nul", *(f"com{i}" for i in range(1, 10)), *(f"lpt{i}" for i in range(1, 10))}
UNSAFE_CHARACTERS = set('<>:"|?*\\')
# What a damaged or crafted archive raises from the zip and zlib modules; each means "refuse".
DAMAGED = (zipfile.BadZipFile, zlib.error, EOFError, NotImplementedError, RecursionError, ValueError)
REBUILD = "The pack is damaged or was not made by 'pack build': ask its publisher for a new copy."


@dataclass(frozen=True)
class PackLimits:
    max_files: int = 20_000
    max_total_bytes: int = 2 * 1024**3
    max_file_bytes: int = 32 * 1024**2  # images are capped at 5 MB; text is far smaller
    max_ratio: int = 100  # uncompressed / compressed, per entry and over the whole pack


@contextmanager
def refusing_damage(what: str = "it"):
    """Turn any error of a damaged or crafted archive into a refusal that names the problem."""
    try:
        yield
    except PackError:
        raise
    except zipfile.BadZipFile:
        raise PackError(f"{'it is' if what == 'it' else what + ' is'} not readable: the file is not a zip archive, or it is cut short.",
                        "Copy the pack again from its source; a copy interrupted on a USB stick is a common cause.") from None
    except DAMAGED as exc:
        raise PackError(f"{what} is damaged or not a valid pack ({type(exc).__name__}: {str(exc)[:120]}).",
                        "Copy the pack again from its source; a copy interrupted on a USB stick is a common cause.") from None


@dataclass
class OpenedPack:
    path: Path
    manifest: PackManifest
    manifest_bytes: bytes
    signature_bytes: bytes | None


def open_pack(path: Path, app_version: str, limits: PackLimits = PackLimits()) -> OpenedPack:
    if not path.is_file():
        raise PackError(f"{path} does not exist or is not a file.", "Check the path.")
    _check_directory_size(path, limits)
    try:
        with refusing_damage(), zipfile.ZipFile(path) as archive:
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


def _check_directory_size(path: Path, limits: PackLimits) -> None:
    """Read the entry count from the end of the file before zipfile parses the whole directory:
    a crafted directory of millions of entries would otherwise cost memory before any limit."""
    size = path.stat().st_size
    with open(path, "rb") as stream:
        stream.seek(max(0, size - 65_557))
        tail = stream.read()
        end = tail.rfind(b"PK\x05\x06")
        if end < 0 or len(tail) < end + 22:
            return  # not a zip at all: zipfile will say so
        entries, directory_bytes = struct.unpack("<HI", tail[end + 10:end + 16])
        locator = tail.rfind(b"PK\x06\x07", 0, end)
        if (entries == 0xFFFF or directory_bytes == 0xFFFFFFFF) and locator >= 0:
            (record_at,) = struct.unpack("<Q", tail[locator + 8:locator + 16])
            stream.seek(record_at)
            record = stream.read(56)
            if record[:4] == b"PK\x06\x06" and len(record) == 56:
                entries, directory_bytes = struct.unpack("<QQ", record[32:48])
    if entries > limits.max_files + 2 or directory_bytes > MAX_DIRECTORY_BYTES:
        raise PackError(f"it lists {entries} files, more than the {limits.max_files} a pack may hold.", REBUILD)


def _check_entries(infos: list[zipfile.ZipInfo], limits: PackLimits) -> None:
    if len(infos) > limits.max_files + 2:
        raise PackError(f"it holds {len(infos)} files, more than the {limits.max_files} a pack may hold.", REBUILD)
    seen: dict[str, str] = {}
    total = compressed = 0
    for info in infos:
        name = info.filename
        _check_name(name)
        folded = unicodedata.normalize("NFC", name).casefold()  # one file on macOS or Windows
        if folded in seen:
            raise PackError(f"it holds two entries named {seen[folded]!r} and {name!r}.", REBUILD)
        seen[folded] = name
        if info.flag_bits & 0x1:
            raise PackError(f"{name!r} is encrypted; packs are never encrypted.", REBUILD)
        if info.compress_type not in COMPRESSIONS:
            raise PackError(f"{name!r} uses a compression method packs never use.", REBUILD)
        if stat.S_ISLNK(info.external_attr >> 16):
            raise PackError(f"{name!r} is a link; packs hold only plain files.", REBUILD)
        if info.file_size > limits.max_file_bytes:
            raise PackError(f"{name!r} would unpack to {info.file_size} bytes, more than a pack file may be.", REBUILD)
        if info.file_size > RATIO_FLOOR and info.file_size > limits.max_ratio * max(1, info.compress_size):
            raise PackError(f"{name!r} is compressed {info.file_size // max(1, info.compress_size)} to 1: a 'zip bomb', refused.", REBUILD)
        total, compressed = total + info.file_size, compressed + info.compress_size
        if total > limits.max_total_bytes:
            raise PackError(f"it would unpack to more than {limits.max_total_bytes} bytes.", REBUILD)
    if total > 16 * RATIO_FLOOR and total > limits.max_ratio * max(1, compressed):
        raise PackError(f"it is compressed {total // max(1, compressed)} to 1 overall: a 'zip bomb', refused.", REBUILD)


def _check_name(name: str) -> None:
    """Only plain relative paths: each part a real name, nothing another system could read
    differently (reserved names, a trailing dot or space, characters Windows forbids)."""
    if not name or name.startswith("/") or (len(name) > 1 and name[1] == ":") or "\\" in name:
        raise PackError(f"the entry {name!r} has an absolute or unsafe path.", REBUILD)
    parts = name.rstrip("/").split("/")
    if any(part in ("", ".", "..") for part in parts):
        raise PackError(f"the entry {name!r} points outside the pack's folder, or names it twice.", REBUILD)
    for part in parts:
        if (any(c in UNSAFE_CHARACTERS or ord(c) < 32 for c in part) or part[-1] in ". "
                or part.split(".")[0].lower() in RESERVED_NAMES):
            raise PackError(f"the entry {name!r} has a name some computers cannot store.", REBUILD)


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
    folders = {"/".join(entry.path.split("/")[:depth]) for entry in manifest.files for depth in range(1, entry.path.count("/") + 1)}
    for entry in manifest.files:
        _check_name(CONTENT_PREFIX + entry.path)
        if entry.path in folders:
            raise PackError(f"its manifest lists {entry.path!r} both as a file and as a folder.", REBUILD)
        if any(part.startswith(".") for part in entry.path.split("/")):
            raise PackError(f"its manifest lists a hidden file {entry.path!r}; packs hold none.", REBUILD)
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
    The size and SHA-256 are checked when the chunks run out: callers must consume them all."""
    done = [0, opened.manifest.total_size]
    with refusing_damage(), zipfile.ZipFile(opened.path) as archive:
        for entry in opened.manifest.files:
            yield entry, _checked_chunks(archive, entry, done, progress, cancelled)


def _checked_chunks(archive: zipfile.ZipFile, entry, done: list[int], progress, cancelled):
    digest, size = hashlib.sha256(), 0
    with refusing_damage(repr(entry.path)), archive.open(CONTENT_PREFIX + entry.path) as source:
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
