"""Manage packs: install (trusted, untrusted, cancelled), scan a USB folder, export, remove."""

import shutil
from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox

from dro_trainer.core.packs.installed_courses import current_install
from dro_trainer.core.packs.pack_builder import build_pack, sign_pack
from dro_trainer.core.packs.pack_signing import generate_key, trust_key
from dro_trainer.gui.pack_manager_dialog import PackManagerDialog

APP = "0.1.0"


@pytest.fixture
def newer_pack(tmp_path, tiny_course):
    """A signed pack of version 1.1.0 of the tiny course, whose lesson 1 changed."""
    source = tmp_path / "newer"
    shutil.copytree(tiny_course, source)
    toml = source / "course.toml"
    toml.write_text(toml.read_text().replace('version = "1.0.0"', 'version = "1.1.0"'))
    lesson = source / "en/01-m/01-a.md"
    lesson.write_text(lesson.read_text().replace("The [data]", "Updated. The [data]"))
    key = tmp_path / "region.key"
    generate_key(key, "Region")
    pack = tmp_path / "usb" / "tiny-1.1.0.dropack"
    build_pack(source, pack, APP)
    sign_pack(pack, key, "", APP)
    return pack, key


@pytest.fixture
def answers(monkeypatch):
    """Stand-in for the user's clicks in message boxes: records what was shown."""

    class Shown(list):
        accept = True  # whether the user confirms an install

    shown = Shown()

    def exec_box(box):
        shown.append(box.text())
        role = QMessageBox.ButtonRole.YesRole if shown.accept == "trust" else QMessageBox.ButtonRole.AcceptRole
        chosen = next((b for b in box.buttons() if box.buttonRole(b) == role), None)
        box._clicked = chosen if shown.accept else None
        return 0

    monkeypatch.setattr(QMessageBox, "exec", exec_box)
    monkeypatch.setattr(QMessageBox, "clickedButton", lambda box: box._clicked)
    monkeypatch.setattr(QMessageBox, "information", lambda parent, title, text: shown.append(text))
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: shown.append(text))
    monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.Yes)
    return shown


def dialog_for(qtbot, tmp_path, tiny_course):
    dialog = PackManagerDialog(tmp_path / "data", tiny_course)
    qtbot.addWidget(dialog)
    return dialog


def test_installed_list_shows_the_bundled_course(qtbot, tmp_path, tiny_course):
    dialog = dialog_for(qtbot, tmp_path, tiny_course)
    item = dialog.installed.topLevelItem(0)
    assert [item.text(c) for c in range(5)] == ["Tiny course", "1.0.0", "Tests", "en, fr", "bundled with the app"]
    assert item.text(5) == "fr: 5 missing, 0 outdated", "one lesson absent, four present but not marked as translated"


def test_trusted_update_shows_its_changes_then_installs(qtbot, tmp_path, tiny_course, newer_pack, answers):
    pack, key = newer_pack
    trust_key(tmp_path / "data", key.with_suffix(".pub"))
    dialog = dialog_for(qtbot, tmp_path, tiny_course)
    changed = []
    dialog.course_changed.connect(lambda: changed.append(True))
    dialog.install(pack)
    qtbot.waitUntil(lambda: bool(changed), timeout=10_000)
    qtbot.waitUntil(lambda: dialog.job is None, timeout=10_000)
    confirm = answers[0]
    assert "signed by Region (a key you trust)" in confirm
    assert "from version 1.0.0: 0 lessons added, 1 changed, 0 removed" in confirm
    assert current_install(tmp_path / "data", "tiny", APP).version == "1.1.0"
    assert dialog.installed.topLevelItem(0).text(4) == "installed from a pack"


def test_untrusted_pack_warns_and_can_be_declined(qtbot, tmp_path, tiny_course, newer_pack, answers):
    pack, _ = newer_pack
    answers.accept = False
    dialog = dialog_for(qtbot, tmp_path, tiny_course)
    dialog.install(pack)
    qtbot.waitUntil(lambda: bool(answers), timeout=10_000)
    assert "Nobody you trust vouches for this pack" in answers[0] and "fingerprint" in answers[0]
    qtbot.wait(200)
    assert current_install(tmp_path / "data", "tiny", APP) is None


def test_scanning_a_usb_folder_lists_good_and_refused_packs(qtbot, tmp_path, tiny_course, newer_pack, answers):
    import zipfile

    pack, _ = newer_pack
    (pack.parent / "broken.dropack").write_bytes(b"not a zip")
    tampered = pack.parent / "tampered.dropack"
    with zipfile.ZipFile(pack) as original, zipfile.ZipFile(tampered, "w") as copy:
        for info in original.infolist():
            data = original.read(info)
            copy.writestr(info, data.replace(b"Updated.", b"Changed!") if info.filename.endswith("01-a.md") else data)
    dialog = dialog_for(qtbot, tmp_path, tiny_course)
    dialog.scan(pack.parent)
    qtbot.waitUntil(lambda: dialog.found.topLevelItemCount() == 3, timeout=10_000)
    rows = {dialog.found.topLevelItem(i).text(0): dialog.found.topLevelItem(i) for i in range(3)}
    assert rows["tampered.dropack"].isDisabled() and "changed or damaged" in rows["tampered.dropack"].text(7)
    assert rows["broken.dropack"].isDisabled() and "not a zip archive" in rows["broken.dropack"].text(7)
    good = rows["tiny-1.1.0.dropack"]
    assert (good.text(1), good.text(2), good.text(4)) == ("tiny", "1.1.0", "en, fr")
    assert "key you do not trust yet, which calls itself Region" in good.text(6) and "1 changed" in good.text(7)


def test_cancelling_an_install_changes_nothing(qtbot, tmp_path, tiny_course, newer_pack, answers, monkeypatch):
    from dro_trainer.gui import background

    pack, _ = newer_pack
    dialog = dialog_for(qtbot, tmp_path, tiny_course)
    original = background.start_job

    def cancelled_at_once(work, on_done, on_failed, on_progress=None):
        job = original(work, on_done, on_failed, on_progress)
        job.cancel()
        return job

    monkeypatch.setattr("dro_trainer.gui.pack_manager_dialog.start_job", cancelled_at_once)
    from dro_trainer.gui.pack_manager_dialog import describe_pack

    dialog._install_confirmed(pack, describe_pack(pack, tmp_path / "data", tiny_course))
    qtbot.waitUntil(lambda: any("Nothing was changed" in text for text in answers), timeout=10_000)
    qtbot.waitUntil(lambda: dialog.job is None, timeout=10_000)
    assert current_install(tmp_path / "data", "tiny", APP) is None


def test_export_then_remove(qtbot, tmp_path, tiny_course, newer_pack, answers, monkeypatch):
    pack, key = newer_pack
    trust_key(tmp_path / "data", key.with_suffix(".pub"))
    dialog = dialog_for(qtbot, tmp_path, tiny_course)
    dialog.install(pack)
    qtbot.waitUntil(lambda: current_install(tmp_path / "data", "tiny", APP) is not None, timeout=10_000)
    qtbot.waitUntil(lambda: dialog.job is None)
    target = tmp_path / "stick" / "shared.dropack"
    target.parent.mkdir()
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    dialog.export_selected()
    qtbot.waitUntil(lambda: target.exists(), timeout=10_000)
    qtbot.waitUntil(lambda: dialog.job is None)
    dialog.remove_selected()
    assert current_install(tmp_path / "data", "tiny", APP) is None
    assert dialog.installed.topLevelItem(0).text(4) == "bundled with the app"
    assert Path(target).stat().st_size > 0


def test_trusting_the_key_from_the_pack_then_installing(qtbot, tmp_path, tiny_course, newer_pack, answers):
    from dro_trainer.core.packs.pack_signing import trusted_keys

    pack, _ = newer_pack
    answers.accept = "trust"
    dialog = dialog_for(qtbot, tmp_path, tiny_course)
    dialog.install(pack)
    qtbot.waitUntil(lambda: current_install(tmp_path / "data", "tiny", APP) is not None, timeout=10_000)
    qtbot.waitUntil(lambda: dialog.job is None, timeout=10_000)
    assert list(trusted_keys(tmp_path / "data").values()) == ["Region"]


def test_consent_is_for_the_pack_that_was_shown(qtbot, tmp_path, tiny_course, newer_pack, answers, monkeypatch):
    """If the file is swapped while the confirmation is open, the swapped pack is refused."""
    pack, key = newer_pack
    impostor_source = tmp_path / "impostor"
    shutil.copytree(tiny_course, impostor_source)
    toml = impostor_source / "course.toml"
    toml.write_text(toml.read_text().replace('version = "1.0.0"', 'version = "9.0.0"'))
    impostor = tmp_path / "impostor.dropack"
    build_pack(impostor_source, impostor, APP)
    dialog = dialog_for(qtbot, tmp_path, tiny_course)
    original_exec = QMessageBox.exec

    def swap_then_accept(box):
        shutil.copy(impostor, pack)  # someone replaces the file on the stick meanwhile
        return original_exec(box)

    monkeypatch.setattr(QMessageBox, "exec", swap_then_accept)
    dialog.install(pack)
    qtbot.waitUntil(lambda: any("changed after you approved it" in text for text in answers), timeout=10_000)
    qtbot.waitUntil(lambda: dialog.job is None, timeout=10_000)
    assert current_install(tmp_path / "data", "tiny", APP) is None


def test_replacing_the_bundled_course_is_said_plainly(qtbot, tmp_path, tiny_course, newer_pack, answers):
    pack, key = newer_pack
    trust_key(tmp_path / "data", key.with_suffix(".pub"))
    dialog = dialog_for(qtbot, tmp_path, tiny_course)
    dialog.install(pack)
    qtbot.waitUntil(lambda: bool(answers), timeout=10_000)
    assert "replace the course that came with the app" in answers[0]
    qtbot.waitUntil(lambda: dialog.job is None, timeout=10_000)  # the install it started has finished
