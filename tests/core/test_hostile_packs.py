"""Hostile and broken packs: each is refused with a message naming the problem, and
nothing on disk changes (the data folder is compared file by file before and after)."""

from __future__ import annotations

import hashlib
import os
import json
import stat
import warnings
import zipfile
from pathlib import Path

import pytest

from dro_trainer.core.packs.pack_builder import build_pack, sign_pack
from dro_trainer.core.packs.pack_errors import PackError
from dro_trainer.core.packs.pack_installer import install_pack
from dro_trainer.core.packs.pack_reader import PackLimits
from dro_trainer.core.packs.pack_signing import generate_key
from dro_trainer.core.store.database import open_store

APP = "0.1.0"


def manifest_for(folder: Path, **overrides) -> dict:
    files = []
    for path in sorted(p for p in folder.rglob("*") if p.is_file()):
        data = path.read_bytes()
        files.append({"path": path.relative_to(folder).as_posix(), "size": len(data), "sha256": hashlib.sha256(data).hexdigest()})
    manifest = {"format": 1, "kind": "course", "publisher": "Tests", "min_app_version": "0.1.0",
                "course": {"id": "tiny", "version": "1.0.0", "title": "Tiny", "languages": ["en", "fr"], "source_language": "en"},
                "files": files}
    manifest.update(overrides)
    return manifest


def raw_pack(folder: Path, out: Path, *, manifest: dict | bytes | None = None, extra: dict[str, bytes] | None = None,
             skip: tuple[str, ...] = (), replace: dict[str, bytes] | None = None, signature: bytes | None = None) -> Path:
    """Write a pack by hand, bypassing the builder's checks."""
    manifest = manifest_for(folder) if manifest is None else manifest
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("dropack.json", manifest if isinstance(manifest, bytes) else json.dumps(manifest, sort_keys=True, separators=(",", ":")))
        for path in sorted(p for p in folder.rglob("*") if p.is_file()):
            name = path.relative_to(folder).as_posix()
            if name not in skip:
                archive.writestr("course/" + name, (replace or {}).get(name, path.read_bytes()))
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", UserWarning)  # duplicate names are the point of some cases
            for name, data in (extra or {}).items():
                archive.writestr(name, data)
        if signature is not None:
            archive.writestr("dropack.sig", signature)
    return out


def snapshot(folder: Path) -> dict[str, bytes | None]:
    """Every file's bytes and every folder (None): a refusal may change neither."""
    if not folder.exists():
        return {}
    return {p.relative_to(folder).as_posix(): p.read_bytes() if p.is_file() else None
            for p in folder.rglob("*") if p.name != ".packs.lock"}


@pytest.fixture
def world(tmp_path, tiny_course):
    """A data folder with a store and an installed course, to prove nothing changes."""
    data = tmp_path / "data"
    open_store(data).close()
    good = tmp_path / "good.dropack"
    build_pack(tiny_course, good, APP)
    install_pack(good, data, APP, allow_untrusted=True)
    return tiny_course, data, tmp_path


def edited_course(tiny_course: Path, tmp_path: Path, name: str, text: str | bytes) -> Path:
    import shutil

    copy = tmp_path / "edited"
    shutil.copytree(tiny_course, copy)
    path = copy / name
    path.write_bytes(text if isinstance(text, bytes) else text.encode("utf-8"))
    return copy


def lesson_with(body: str) -> str:
    return f"---\nid: m1-l2\ntitle: Second lesson\nminutes: 10\n---\n\n::: objectives\n- One.\n:::\n\n{body}\n\n::: sources\n- S.\n:::\n"


def zip_bomb(course: Path, out: Path) -> Path:
    raw_pack(course, out)
    with zipfile.ZipFile(out, "a", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("course/media/bomb.png", b"\0" * (30 * 1024 * 1024))
    return out


def symlink_pack(course: Path, out: Path) -> Path:
    raw_pack(course, out)
    info = zipfile.ZipInfo("course/en/link.md")
    info.external_attr = (stat.S_IFLNK | 0o777) << 16
    with zipfile.ZipFile(out, "a") as archive:
        archive.writestr(info, "/etc/passwd")
    return out


def encrypted_flag_pack(course: Path, out: Path) -> Path:
    raw_pack(course, out)
    data = bytearray(out.read_bytes())
    offset = data.find(b"PK\x01\x02")  # the first central directory entry
    data[offset + 8] |= 0x1
    out.write_bytes(bytes(data))
    return out


def signed_then(course: Path, out: Path, tmp: Path, *, other_manifest: bool = False, damage: bool = False) -> Path:
    key = tmp / "k.key"
    if not key.exists():
        generate_key(key, "Region")
    build_pack(course, out, APP)
    sign_pack(out, key, "", APP)
    with zipfile.ZipFile(out) as archive:
        signature = archive.read("dropack.sig")
    if damage:
        signature = b'{"public_key": "!!", "signature": 5}'
    manifest = manifest_for(course, publisher="Someone else") if other_manifest else None
    return raw_pack(course, tmp / f"re-{out.name}", manifest=manifest, signature=signature)


CASES = {
    "path escaping with ..": (lambda c, t: raw_pack(c, t / "p.dropack", extra={"course/../../evil.md": b"x"}), "points outside"),
    "absolute path": (lambda c, t: raw_pack(c, t / "p.dropack", extra={"/etc/evil": b"x"}), "absolute or unsafe"),
    "windows drive path": (lambda c, t: raw_pack(c, t / "p.dropack", extra={"C:/evil": b"x"}), "absolute or unsafe"),
    "backslash path": (lambda c, t: raw_pack(c, t / "p.dropack", extra={"course\\..\\evil": b"x"}), "absolute or unsafe"),
    "control character in a name": (lambda c, t: raw_pack(c, t / "p.dropack", extra={"course/a\x01b": b"x"}), "cannot store"),
    "reserved Windows name": (lambda c, t: raw_pack(c, t / "p.dropack", extra={"course/en/CON.md": b"x"}), "cannot store"),
    "trailing dot in a name": (lambda c, t: raw_pack(c, t / "p.dropack", extra={"course/en/lesson.": b"x"}), "cannot store"),
    "alias with ./": (lambda c, t: raw_pack(c, t / "p.dropack", extra={"course/en/./01-m/01-a.md": b"x"}), "names it twice"),
    "alias with //": (lambda c, t: raw_pack(c, t / "p.dropack", extra={"course/en//01-m/01-a.md": b"x"}), "names it twice"),
    "names differing only in case": (lambda c, t: raw_pack(c, t / "p.dropack", extra={"course/EN/01-m/01-a.md": b"x"}), "two entries named"),
    "corrupt compressed data": (lambda c, t: _corrupt_deflate(c, t / "p.dropack"), "damaged"),
    "unknown compression method": (lambda c, t: _compression_method(c, t / "p.dropack", 9), "compression method"),
    "deeply nested manifest": (lambda c, t: raw_pack(c, t / "p.dropack", manifest=b"[" * 200_000 + os.urandom(300_000)), "not valid JSON"),
    "manifest fields of the wrong type": (lambda c, t: raw_pack(c, t / "p.dropack", manifest=manifest_for(c, files=5)), "not lists"),
    "manifest lists a folder as a file": (lambda c, t: raw_pack(c, t / "p.dropack", manifest=_add_entry(c, "en/01-m")), "file and as a folder"),
    "manifest lists a hidden file": (lambda c, t: raw_pack(c, t / "p.dropack", manifest=_add_entry(c, ".pack/dropack.json")), "hidden file"),
    "zip bomb in many small entries": (lambda c, t: _many_small_bombs(c, t / "p.dropack"), "zip bomb"),
    "language pack for a path": (lambda c, t: _language_pack(c, t, "../x"), "not language codes"),
    "language pack for a language the course has": (lambda c, t: _language_pack(c, t, "fr"), "already has 'fr'"),
    "language pack with files elsewhere": (lambda c, t: _language_pack(c, t, "pt", stray="en/01-m/01-a.md"), "outside its language folder"),
    "a symbolic link": (lambda c, t: symlink_pack(c, t / "p.dropack"), "is a link"),
    "zip bomb by ratio": (lambda c, t: zip_bomb(c, t / "p.dropack"), "zip bomb"),
    "duplicate entries": (lambda c, t: raw_pack(c, t / "p.dropack", extra={"course/course.toml": b"x"}), "two entries"),
    "no manifest": (lambda c, t: _without_manifest(c, t / "p.dropack"), "no manifest"),
    "manifest not JSON": (lambda c, t: raw_pack(c, t / "p.dropack", manifest=b"{oops"), "not valid JSON"),
    "manifest not an object": (lambda c, t: raw_pack(c, t / "p.dropack", manifest=b"[1, 2]"), "not a JSON object"),
    "unknown pack format": (lambda c, t: raw_pack(c, t / "p.dropack", manifest=manifest_for(c, format=7)), "pack format 7"),
    "unknown kind of pack": (lambda c, t: raw_pack(c, t / "p.dropack", manifest=manifest_for(c, kind="theme")), "unknown kind"),
    "invalid course id": (lambda c, t: raw_pack(c, t / "p.dropack", manifest=_course(c, id="../x")), "no valid course id"),
    "invalid version": (lambda c, t: raw_pack(c, t / "p.dropack", manifest=_course(c, version="one")), "not a version"),
    "pack for a newer app": (lambda c, t: raw_pack(c, t / "p.dropack", manifest=manifest_for(c, min_app_version="9.0.0")), "needs DRO Trainer 9.0.0"),
    "hash mismatch": (lambda c, t: raw_pack(c, t / "p.dropack", manifest=_rehash(c, "en/01-m/01-a.md", "0" * 64)), "does not match its manifest's SHA-256"),
    "size mismatch": (lambda c, t: raw_pack(c, t / "p.dropack", manifest=_resize(c, "en/01-m/01-a.md", 3)), "its manifest says 3"),
    "file not in the manifest": (lambda c, t: raw_pack(c, t / "p.dropack", extra={"course/en/extra.md": b"x"}), "does not list"),
    "listed file missing": (lambda c, t: raw_pack(c, t / "p.dropack", skip=("en/01-m/02-b.md",)), "which the pack does not hold"),
    "manifest lists a file twice": (lambda c, t: raw_pack(c, t / "p.dropack", manifest=_twice(c)), "same file twice"),
    "manifest path escaping": (lambda c, t: raw_pack(c, t / "p.dropack", manifest=_add_entry(c, "../outside.md")), "points outside"),
    "signature of other contents": (lambda c, t: signed_then(c, t / "s.dropack", t, other_manifest=True), "changed after signing"),
    "damaged signature file": (lambda c, t: signed_then(c, t / "s.dropack", t, damage=True), "signature file is damaged"),
    "duplicate IDs": (lambda c, t: _content(c, t, "en/01-m/02-b.md", lesson_with("x").replace("m1-l2", "m1-l1")), "already used"),
    "invalid UTF-8": (lambda c, t: _content(c, t, "en/01-m/02-b.md", b"---\nid: m1-l2\ntitle: \xff\n---\n"), "not valid UTF-8"),
    "script in HTML": (lambda c, t: _content(c, t, "en/01-m/02-b.md", lesson_with("<script>alert(1)</script>")), "raw HTML"),
    "event handler in HTML": (lambda c, t: _content(c, t, "en/01-m/02-b.md", lesson_with('<img src="x" onerror="alert(1)">')), "raw HTML"),
    "javascript: link": (lambda c, t: _content(c, t, "en/01-m/02-b.md", lesson_with("[x](javascript:alert(1))")), "javascript"),
    "remote URL": (lambda c, t: _content(c, t, "en/01-m/02-b.md", lesson_with("![x](https://example.org/track.png)")), "not a PNG, JPEG or GIF file inside the course"),
    "oversized image": (lambda c, t: _with_image(c, t, 6 * 1024 * 1024), "larger than 5 MB"),
    "truncated file": (lambda c, t: _truncated(c, t / "p.dropack"), "cut short"),
    "not a zip at all": (lambda c, t: _write(t / "p.dropack", b"this is a text file, not a pack"), "not a zip archive"),
    "empty file": (lambda c, t: _write(t / "p.dropack", b""), "not a zip archive"),
    "encrypted entry": (lambda c, t: encrypted_flag_pack(c, t / "p.dropack"), "encrypted"),
    "manifest and course.toml disagree": (lambda c, t: raw_pack(c, t / "p.dropack", manifest=_course(c, version="2.0.0")), "disagree"),
    "language pack for this version": (lambda c, t: raw_pack(c, t / "p.dropack", manifest=manifest_for(c, kind="language")), "language pack"),
    "missing file": (lambda c, t: t / "does-not-exist.dropack", "does not exist"),
}


def _course(course: Path, **changes) -> dict:
    manifest = manifest_for(course)
    manifest["course"] = {**manifest["course"], **changes}
    return manifest


def _rehash(course: Path, name: str, digest: str) -> dict:
    manifest = manifest_for(course)
    next(f for f in manifest["files"] if f["path"] == name)["sha256"] = digest
    return manifest


def _resize(course: Path, name: str, size: int) -> dict:
    manifest = manifest_for(course)
    next(f for f in manifest["files"] if f["path"] == name)["size"] = size
    return manifest


def _twice(course: Path) -> dict:
    manifest = manifest_for(course)
    manifest["files"].append(dict(manifest["files"][0]))
    return manifest


def _add_entry(course: Path, path: str) -> dict:
    manifest = manifest_for(course)
    manifest["files"].append({"path": path, "size": 1, "sha256": "0" * 64})
    return manifest


def _without_manifest(course: Path, out: Path) -> Path:
    with zipfile.ZipFile(out, "w") as archive:
        archive.writestr("course/course.toml", (course / "course.toml").read_bytes())
    return out


def _content(course: Path, tmp: Path, name: str, text) -> Path:
    edited = edited_course(course, tmp, name, text)
    return raw_pack(edited, tmp / "p.dropack")


def _with_image(course: Path, tmp: Path, size: int) -> Path:
    edited = edited_course(course, tmp, "en/01-m/02-b.md", lesson_with("![big](media/big.png)"))
    (edited / "media").mkdir(exist_ok=True)
    (edited / "media/big.png").write_bytes(b"\x89PNG\r\n\x1a\n" + os.urandom(size))
    return raw_pack(edited, tmp / "p.dropack")


def _truncated(course: Path, out: Path) -> Path:
    raw_pack(course, out)
    out.write_bytes(out.read_bytes()[: out.stat().st_size // 2])
    return out


def _corrupt_deflate(course: Path, out: Path) -> Path:
    raw_pack(course, out, manifest=manifest_for(course, publisher="Other"))  # not the installed pack's manifest
    data = bytearray(out.read_bytes())
    at = data.find(b"PK\x03\x04" + bytes(0)) if False else data.rfind(b"PK\x03\x04", 0, data.find(b"course/en/01-m/01-a.md"))
    name_length = int.from_bytes(data[at + 26:at + 28], "little")
    start = at + 30 + name_length + int.from_bytes(data[at + 28:at + 30], "little")
    data[start:start + 8] = b"\xff" * 8  # garbage in the deflate stream; sizes and names intact
    out.write_bytes(bytes(data))
    return out


def _compression_method(course: Path, out: Path, method: int) -> Path:
    raw_pack(course, out)
    data = bytearray(out.read_bytes())
    offset = data.find(b"PK\x01\x02")
    data[offset + 10:offset + 12] = method.to_bytes(2, "little")
    out.write_bytes(bytes(data))
    return out


def _many_small_bombs(course: Path, out: Path) -> Path:
    raw_pack(course, out)
    with zipfile.ZipFile(out, "a", zipfile.ZIP_DEFLATED) as archive:
        for number in range(12):
            archive.writestr(f"course/media/pad-{number}.png", b"\0" * (1024 * 1024))
    return out


def _language_pack(course: Path, tmp: Path, language: str, stray: str = "") -> Path:
    import shutil

    folder = tmp / f"lp-{len(list(tmp.glob('lp-*')))}"
    code = language if language.isalpha() else "pt"  # a path-like code gets its files under pt/
    (folder / code).mkdir(parents=True)
    (folder / "language-pack.toml").write_text(f'format = 1\nkind = "language"\ncourse = "tiny"\nlanguage = "{code}"\nversion = "0.1.0"\n')
    shutil.copytree(course / "fr", folder / code, dirs_exist_ok=True)
    if stray:
        target = folder / stray
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text("replaced")
    manifest = manifest_for(folder, kind="language")
    manifest["course"] = {**manifest["course"], "languages": [language]}
    return raw_pack(folder, tmp / "lang.dropack", manifest=manifest)


def _write(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path


def test_the_corpus_has_at_least_thirty_cases():
    assert len(CASES) >= 30


@pytest.mark.parametrize("case", sorted(CASES))
def test_hostile_pack_is_refused_and_nothing_changes(world, case):
    course, data, tmp = world
    make, expected = CASES[case]
    pack = make(course, tmp)
    before = snapshot(data)
    with pytest.raises(PackError) as refused:
        install_pack(pack, data, APP, allow_untrusted=True, allow_replace=True, limits=PackLimits(max_files=500), bundled=[course])
    message = refused.value.describe()
    if expected:
        assert expected in message, message
    assert refused.value.hint, "every refusal says what to do"
    assert snapshot(data) == before, "a refused pack changed the data folder"
    assert not list(tmp.glob("evil*")) and not (tmp.parent / "outside.md").exists()


def test_limits_on_count_and_total_size(world):
    course, data, tmp = world
    pack = raw_pack(course, tmp / "p.dropack")
    with pytest.raises(PackError, match="more than the 3 a pack may hold"):
        install_pack(pack, data, APP, allow_untrusted=True, allow_replace=True, limits=PackLimits(max_files=3))
    with pytest.raises(PackError, match="would unpack to more than 100 bytes"):
        install_pack(pack, data, APP, allow_untrusted=True, allow_replace=True, limits=PackLimits(max_total_bytes=100))


@pytest.mark.parametrize("verb", ["verify", "validate", "install"])
def test_the_command_line_refuses_damage_without_a_traceback(world, verb, capfd):
    from dro_trainer.cli import main as cli_main

    course, data, tmp = world
    pack = _corrupt_deflate(course, tmp / "corrupt.dropack")
    code = cli_main(["--data-dir", str(data), "pack", verb, str(pack)] + (["--yes", "--force"] if verb == "install" else []))
    captured = capfd.readouterr()
    assert code == 1 and "Traceback" not in captured.err and "damaged" in (captured.err + captured.out)


def test_describing_a_pack_for_the_dialog_never_raises(world):
    from dro_trainer.gui.pack_manager_dialog import describe_pack

    course, data, tmp = world
    for make in (_corrupt_deflate, lambda c, out: _compression_method(c, out, 9)):
        preview = describe_pack(make(course, tmp / "bad.dropack"), data, course)
        assert preview.error
