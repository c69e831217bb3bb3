"""Packs end to end: build, sign, verify, install, update, downgrade, remove, export."""

import json
import zipfile

import pytest

from dro_trainer.cli import main as cli_main
from dro_trainer.core.packs.pack_builder import build_pack, sign_pack
from dro_trainer.core.packs.pack_errors import PackCancelled, PackError
from dro_trainer.core.packs.installed_courses import current_install, installed_courses
from dro_trainer.core.packs.pack_installer import PackNotTrusted, export_course, install_pack, remove_course
from dro_trainer.core.packs.pack_manifest import SIGNATURE_NAME
from dro_trainer.core.packs.pack_signing import SignatureStatus, generate_key, trust_key

APP = "0.1.0"


@pytest.fixture
def signed(tmp_path, tiny_course):
    """A pack of the tiny course, signed by a key this data folder trusts."""
    key = tmp_path / "region.key"
    generate_key(key, "Region")
    data = tmp_path / "data"
    trust_key(data, key.with_suffix(".pub"))
    pack = tmp_path / "tiny.dropack"
    build_pack(tiny_course, pack, APP)
    sign_pack(pack, key, "", APP)
    return pack, data, key


def _bump(course, version: str, new_title: str | None = None, drop_lesson: bool = False):
    toml = course / "course.toml"
    toml.write_text(toml.read_text().replace('version = "1.0.0"', f'version = "{version}"'))
    if new_title:
        lesson = course / "en/01-m/01-a.md"
        lesson.write_text(lesson.read_text().replace("The [data]", f"{new_title} The [data]"))
    if drop_lesson:
        (course / "en/01-m/02-b.md").unlink()
        for other in ("en/01-m/01-a.md", "fr/01-m/01-a.md"):
            path = course / other
            path.write_text(path.read_text().replace("(lesson:m1-l2)", "(lesson:m1-l1)"))


def test_signed_install_then_same_pack_again_is_a_no_op(signed):
    pack, data, _ = signed
    result = install_pack(pack, data, APP)
    assert (result.course_id, result.version, result.signature.status) == ("tiny", "1.0.0", SignatureStatus.TRUSTED)
    assert result.signature.publisher == "Region"
    installed = current_install(data, "tiny", APP)
    assert (installed.folder / "en/01-m/01-a.md").is_file()
    again = install_pack(pack, data, APP)
    assert again.already_installed
    assert [c.course_id for c in installed_courses(data, APP)] == ["tiny"]


def test_unsigned_and_untrusted_need_consent(tmp_path, tiny_course):
    pack = tmp_path / "unsigned.dropack"
    build_pack(tiny_course, pack, APP)
    with pytest.raises(PackNotTrusted) as refused:
        install_pack(pack, tmp_path / "data", APP)
    assert refused.value.check.status is SignatureStatus.UNSIGNED
    assert not (tmp_path / "data" / "courses" / "tiny").exists()
    assert install_pack(pack, tmp_path / "data", APP, allow_untrusted=True).signature.status is SignatureStatus.UNSIGNED
    key = tmp_path / "other.key"
    generate_key(key, "Someone")
    sign_pack(pack, key, "", APP)
    with pytest.raises(PackNotTrusted) as untrusted:
        install_pack(pack, tmp_path / "fresh", APP)
    assert untrusted.value.check.status is SignatureStatus.UNTRUSTED and untrusted.value.check.fingerprint


def test_update_reports_changes_and_downgrade_needs_force(signed, tiny_course, tmp_path):
    pack, data, key = signed
    install_pack(pack, data, APP)
    _bump(tiny_course, "1.1.0", new_title="Updated.", drop_lesson=True)
    newer = tmp_path / "tiny-1.1.0.dropack"
    build_pack(tiny_course, newer, APP)
    sign_pack(newer, key, "", APP)
    result = install_pack(newer, data, APP)
    assert (result.previous_version, result.version) == ("1.0.0", "1.1.0")
    assert (result.changes.added, result.changes.changed, result.changes.removed) == ([], ["m1-l1"], ["m1-l2"])
    old_folders = [p for p in (data / "courses" / "tiny").iterdir() if p.is_dir()]
    assert len(old_folders) == 1, "the previous version is tidied away"
    with pytest.raises(PackError, match="older 1.0.0"):
        install_pack(pack, data, APP)
    assert current_install(data, "tiny", APP).version == "1.1.0"
    assert install_pack(pack, data, APP, allow_downgrade=True).version == "1.0.0"


def test_cancelled_install_changes_nothing(signed):
    pack, data, _ = signed
    with pytest.raises(PackCancelled):
        install_pack(pack, data, APP, cancelled=lambda: True)
    assert current_install(data, "tiny", APP) is None
    assert not any((data / "courses").rglob("*.md"))


def test_progress_is_reported_to_the_end(signed):
    pack, data, _ = signed
    seen = []
    install_pack(pack, data, APP, progress=lambda done, total: seen.append((done, total)))
    assert seen and seen[-1][0] == seen[-1][1] and all(a <= b for (a, _), (b, _) in zip(seen, seen[1:]))


def test_export_keeps_the_signature_and_installs_elsewhere(signed, tmp_path):
    pack, data, key = signed
    install_pack(pack, data, APP)
    exported = tmp_path / "usb" / "tiny.dropack"
    export_course(data, "tiny", exported, APP)
    other = tmp_path / "other-laptop"
    trust_key(other, key.with_suffix(".pub"))
    assert install_pack(exported, other, APP).signature.status is SignatureStatus.TRUSTED


def test_remove(signed):
    pack, data, _ = signed
    install_pack(pack, data, APP)
    assert remove_course(data, "tiny")
    assert current_install(data, "tiny", APP) is None and not remove_course(data, "tiny")


def test_build_refuses_an_invalid_course(tiny_course, tmp_path):
    (tiny_course / "en/01-m/quiz.txt").write_text("---\nid: x\n---\n")
    with pytest.raises(PackError, match="no pack was built"):
        build_pack(tiny_course, tmp_path / "x.dropack", APP)
    assert not (tmp_path / "x.dropack").exists()


def test_command_line_round_trip(tmp_path, tiny_course, capsys):
    data = ["--data-dir", str(tmp_path / "data")]
    key, pack = tmp_path / "k.key", tmp_path / "t.dropack"
    assert cli_main(data + ["pack", "keygen", "-o", str(key), "--publisher", "Region"]) == 0
    assert cli_main(data + ["pack", "keygen", "-o", str(key)]) == 1, "a key is never overwritten"
    assert cli_main(data + ["pack", "build", str(tiny_course), "-o", str(pack)]) == 0
    capsys.readouterr()
    assert cli_main(data + ["pack", "validate", str(pack), "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["valid"] is True and report["languages"]["en"]["lessons"] == 2
    assert cli_main(data + ["pack", "install", str(pack)]) == 2, "unsigned: asks for consent"
    assert cli_main(data + ["pack", "sign", str(pack), "--key", str(key)]) == 0
    assert cli_main(data + ["pack", "trust", str(key.with_suffix(".pub"))]) == 0
    assert cli_main(data + ["pack", "verify", str(pack)]) == 0
    assert cli_main(data + ["pack", "install", str(pack)]) == 0
    capsys.readouterr()
    assert cli_main(data + ["pack", "list", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)[0]["id"] == "tiny"
    assert cli_main(data + ["pack", "export", "tiny", "-o", str(tmp_path / "e.dropack")]) == 0
    assert cli_main(data + ["pack", "remove", "tiny"]) == 0
    assert cli_main(data + ["pack", "remove", "tiny"]) == 1


def test_a_signed_pack_changed_afterwards_is_refused(signed, tmp_path):
    pack, data, _ = signed
    changed = tmp_path / "changed.dropack"
    with zipfile.ZipFile(pack) as original, zipfile.ZipFile(changed, "w") as copy:
        for info in original.infolist():
            payload = original.read(info)
            if info.filename == "dropack.json":
                payload = payload.replace(b'"publisher":"Tests"', b'"publisher":"Impostor"')
            copy.writestr(info, payload)
    with pytest.raises(PackError, match="changed after signing"):
        install_pack(changed, data, APP)
    assert SIGNATURE_NAME in zipfile.ZipFile(changed).namelist()


def test_preview_matches_what_the_install_then_reports(signed, tiny_course, tmp_path):
    from dro_trainer.core.packs.pack_installer import inspect_pack, preview_changes

    pack, data, key = signed
    install_pack(pack, data, APP)
    _bump(tiny_course, "1.1.0", new_title="Updated.", drop_lesson=True)
    newer = tmp_path / "newer.dropack"
    build_pack(tiny_course, newer, APP)
    sign_pack(newer, key, "", APP)
    opened, _ = inspect_pack(newer, data, APP)
    preview = preview_changes(opened, current_install(data, "tiny", APP).folder)
    result = install_pack(newer, data, APP, allow_untrusted=True)
    assert (preview.added, preview.changed, preview.removed) == (result.changes.added, result.changes.changed, result.changes.removed)
    assert preview.changed == ["m1-l1"] and preview.removed == ["m1-l2"]


def test_keys_shipped_with_the_app_are_trusted_everywhere(tmp_path, tiny_course, monkeypatch):
    from dro_trainer.core.packs import pack_signing

    shipped = tmp_path / "trusted-keys"
    shipped.mkdir()
    key = tmp_path / "publisher.key"
    generate_key(key, "DRO Trainer project")
    (shipped / "publisher.pub").write_text(key.with_suffix(".pub").read_text())
    (shipped / "broken.pub").write_text("not a key")
    monkeypatch.setattr(pack_signing, "SHIPPED_KEYS", shipped)
    pack = tmp_path / "official.dropack"
    build_pack(tiny_course, pack, APP)
    sign_pack(pack, key, "", APP)
    result = install_pack(pack, tmp_path / "fresh-laptop", APP)
    assert result.signature.status is SignatureStatus.TRUSTED and result.signature.publisher == "DRO Trainer project"
    assert not (tmp_path / "fresh-laptop" / "trusted-keys.json").exists(), "shipped keys are not copied into user data"
