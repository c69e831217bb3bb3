"""Killing a real install at several moments leaves the previous version, or the new one,
complete, and the store readable. Never a mix, never a course that cannot load."""

import signal
import sqlite3
import subprocess
import sys
import time

from dro_trainer.core.course_loader import load_course
from dro_trainer.core.packs.pack_builder import build_pack
from dro_trainer.core.packs.installed_courses import current_install, damaged_files
from dro_trainer.core.packs.pack_installer import install_pack
from dro_trainer.core.store.database import STORE_NAME, open_store
from tests.conftest import REPO
from tests.support.generated_course import write_generated_course

APP = "0.1.0"
INSTALL = "import sys; from pathlib import Path; from dro_trainer.core.packs.pack_installer import install_pack; " \
          "install_pack(Path(sys.argv[1]), Path(sys.argv[2]), '0.1.0', allow_untrusted=True)"


def test_kill_during_install_keeps_a_complete_version(tmp_path):
    old_pack, new_pack = tmp_path / "v1.dropack", tmp_path / "v2.dropack"
    build_pack(write_generated_course(tmp_path / "v1", lessons=120, image_bytes=150_000), old_pack, APP)
    build_pack(write_generated_course(tmp_path / "v2", lessons=120, image_bytes=150_000, version="1.1.0", marker=" (new)"), new_pack, APP)
    data = tmp_path / "data"
    open_store(data).close()
    install_pack(old_pack, data, APP, allow_untrusted=True)
    outcomes = []
    for delay in (0.25, 0.4, 0.55, 0.7, 0.9, 1.2, 1.6):
        if current_install(data, "generated", APP).version == "1.1.0":
            install_pack(old_pack, data, APP, allow_untrusted=True, allow_downgrade=True)  # start each kill from v1
        child = subprocess.Popen([sys.executable, "-c", INSTALL, str(new_pack), str(data)], cwd=REPO)
        time.sleep(delay)
        child.send_signal(signal.SIGKILL)
        child.wait()
        installed = current_install(data, "generated", APP)
        assert installed is not None and installed.version in ("1.0.0", "1.1.0")
        assert damaged_files(installed) == [], f"killed after {delay}s: a damaged version is current"
        loaded = load_course(installed.folder)
        assert loaded.course is not None and not loaded.problems.errors
        connection = sqlite3.connect(data / STORE_NAME)
        assert connection.execute("PRAGMA quick_check").fetchone()[0] == "ok"
        connection.close()
        outcomes.append((delay, installed.version, child.returncode))
    assert any(version == "1.0.0" for _, version, _ in outcomes), f"no kill landed mid-install: {outcomes}"
    result = install_pack(new_pack, data, APP, allow_untrusted=True)
    assert result.version == "1.1.0" or result.already_installed
    assert not (data / "courses" / ".staging").exists(), "leftovers of killed installs are tidied"
    assert len([p for p in (data / "courses" / "generated").iterdir() if p.is_dir()]) == 1
