"""Two installs at once (two windows, or the app and the command line) never leave a broken course."""

import threading

from dro_trainer.core.course_loader import load_course
from dro_trainer.core.packs.installed_courses import current_install, damaged_files
from dro_trainer.core.packs.pack_builder import build_pack
from dro_trainer.core.packs.pack_installer import install_pack
from tests.support.generated_course import write_generated_course

APP = "0.1.0"


def test_concurrent_installs_leave_one_complete_version(tmp_path):
    packs = []
    for version in ("1.1.0", "1.2.0"):
        pack = tmp_path / f"{version}.dropack"
        build_pack(write_generated_course(tmp_path / version, lessons=60, image_bytes=60_000, version=version), pack, APP)
        packs.append(pack)
    data = tmp_path / "data"
    errors = []

    def install(pack):
        try:
            install_pack(pack, data, APP, allow_untrusted=True, allow_downgrade=True, allow_replace=True)
        except Exception as exc:  # noqa: BLE001 - collected and asserted below
            errors.append(exc)

    for _ in range(3):
        threads = [threading.Thread(target=install, args=(pack,)) for pack in packs]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        installed = current_install(data, "generated", APP)
        assert installed is not None and damaged_files(installed) == []
        assert load_course(installed.folder).course is not None
    assert errors == []
