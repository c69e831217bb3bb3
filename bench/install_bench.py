"""Installing a large generated pack, beside a plain copy of the same bytes, in one run."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
CHILD = Path(__file__).with_name("install_child.py")
sys.path.insert(0, str(REPO))


def _settle_disk() -> None:
    """Each timed step starts with nothing waiting to be written, so none pays for another's writes."""
    if hasattr(os, "sync"):
        os.sync()


def _install(pack: Path, data: Path) -> tuple[float, int]:
    _settle_disk()
    out = subprocess.run([sys.executable, str(CHILD), str(pack), str(data)], capture_output=True, text=True, check=True).stdout.split()
    return float(out[0]), int(out[1])


def _plain_copy(source: Path, target: Path) -> float:
    _settle_disk()
    started = time.perf_counter()
    shutil.copytree(source, target)
    return time.perf_counter() - started


def measure(lessons: int = 3000, image_bytes: int = 160_000) -> dict:
    from dro_trainer.core.packs.pack_builder import build_pack
    from tests.support.generated_course import write_generated_course

    with tempfile.TemporaryDirectory(prefix="dro-install-bench-") as folder:
        root = Path(folder)
        results = {}
        for name, count in (("small", lessons // 5), ("large", lessons)):
            source = write_generated_course(root / f"{name}-course", lessons=count, image_bytes=image_bytes)
            pack = root / f"{name}.dropack"
            build_pack(source, pack, "0.1.0")
            results[f"{name}_bytes"] = pack.stat().st_size
            copy_s = _plain_copy(source, root / f"{name}-copy")  # the same bytes, copied plainly
            install_s, peak_kib = _install(pack, root / f"{name}-data")
            again_s, _ = _install(pack, root / f"{name}-data")
            results.update({f"{name}_copy_s": copy_s, f"{name}_install_s": install_s,
                            f"{name}_again_s": again_s, f"{name}_peak_kib": peak_kib})
        return results
