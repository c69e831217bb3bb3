"""`make bench`: start-up, lesson opening and memory, each beside a baseline measured in the same run.

Targets (from the foundation issue): cold start to the first painted library window at most
1.5x a bare PySide6 window with one QTextBrowser; lesson open p95 at most 30 ms; peak memory
at most 40 MiB above the bare window.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
CHILD = Path(__file__).with_name("startup_child.py")
COURSE = REPO / "modules" / "dro-core"
ROUNDS = int(os.environ.get("BENCH_ROUNDS", "9"))


def one_start(args: list[str]) -> tuple[float, float, int]:
    """Seconds to the first paint, seconds to the paint with the trainee's data, peak KiB."""
    started = time.perf_counter()
    child = subprocess.Popen([sys.executable, str(CHILD), *args], stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    first = child.stdout.readline()
    first_s = time.perf_counter() - started
    ready = child.stdout.readline() if args[0] == "app" else first
    ready_s = time.perf_counter() - started if args[0] == "app" else first_s
    child.wait(timeout=30)
    if not first.startswith("painted") or not ready.startswith("painted"):
        raise RuntimeError(f"{args[0]} did not paint: {first!r} {ready!r}")
    return first_s, ready_s, max(int(first.split()[1]), int(ready.split()[1]))


def prepare_data_dir() -> str:
    from dro_trainer.core.app_settings import AppSettings, write_settings
    from dro_trainer.core.progress import ProgressStore
    from dro_trainer.core.store.database import open_store

    data = tempfile.mkdtemp(prefix="dro-bench-")
    store = open_store(Path(data))
    progress = ProgressStore(store)
    profile = progress.create_profile("Bench", "en", "en")
    progress.complete_lesson(profile.id, "dro-core", "m01-l01")
    progress.set_location(profile.id, "library:")  # measure the library, not a reopened lesson
    store.close()
    write_settings(Path(data), AppSettings("en", profile.id, "en"))
    return data


def startup() -> dict:
    data = prepare_data_dir()
    bare, app = [], []
    one_start(["bare"]), one_start(["app", data, str(COURSE)])  # warm the OS file cache for both
    for _ in range(ROUNDS):  # alternate, so drift on the machine hits both alike
        bare.append(one_start(["bare"]))
        app.append(one_start(["app", data, str(COURSE)]))
    return {
        "bare_s": statistics.median(t for t, _, _ in bare),
        "app_s": statistics.median(t for t, _, _ in app),
        "app_ready_s": statistics.median(r for _, r, _ in app),
        "bare_kib": max(m for _, _, m in bare),
        "app_kib": max(m for _, _, m in app),
    }


def lesson_open() -> list[float]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from dro_trainer.gui.app import build_main_window, create_application

    app = create_application()
    window, store = build_main_window(Path(prepare_data_dir()), COURSE)
    window.resize(1366, 768)
    window.show()
    app.processEvents()
    course = window.session.course
    timings = []
    for language in course.languages:
        window.session.set_content_language(language)
        for _ in range(4):
            for lesson_id in window.session.localized.lesson_ids():
                started = time.perf_counter()
                window.show_lesson(lesson_id)
                QApplication.processEvents()  # layout and paint included
                timings.append(time.perf_counter() - started)
    window.close()
    store.close()
    return timings


def percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(fraction * (len(ordered) - 1)))]


def main() -> int:
    start = startup()
    lessons = lesson_open()
    from bench.install_bench import measure

    install = measure()
    ratio = start["app_s"] / start["bare_s"]
    extra_mib = (start["app_kib"] - start["bare_kib"]) / 1024
    p50, p95 = percentile(lessons, 0.5) * 1000, percentile(lessons, 0.95) * 1000
    ready_ratio = start["app_ready_s"] / start["bare_s"]
    rows = [
        ("cold start to first painted library", f"bare {start['bare_s'] * 1000:.0f} ms, app {start['app_s'] * 1000:.0f} ms", f"{ratio:.2f}x", "<= 1.5x", ratio <= 1.5),
        ("cold start to library with progress", f"app {start['app_ready_s'] * 1000:.0f} ms", f"{ready_ratio:.2f}x", "(reported)", True),
        ("peak memory (whole start-up)", f"bare {start['bare_kib'] / 1024:.0f} MiB, app {start['app_kib'] / 1024:.0f} MiB", f"+{extra_mib:.0f} MiB", "<= +40 MiB", extra_mib <= 40),
        ("lesson open (render, layout, paint)", f"{len(lessons)} opens: p50 {p50:.1f} ms", f"p95 {p95:.1f} ms", "p95 <= 30 ms", p95 <= 30),
    ]
    mb = install["large_bytes"] / 1e6
    copy_ratio = install["large_install_s"] / install["large_copy_s"]
    growth = install["large_peak_kib"] / install["small_peak_kib"]
    rows += [
        (f"install a {mb:.0f} MB pack, all hashes checked", f"copy {install['large_copy_s']:.2f} s, install {install['large_install_s']:.2f} s", f"{copy_ratio:.2f}x", "<= 2x", copy_ratio <= 2),
        ("install the same pack again", f"{install['large_again_s'] * 1000:.0f} ms", f"{install['large_again_s']:.2f} s", "< 0.5 s", install["large_again_s"] < 0.5),
        ("install peak memory, 5x the pack", f"{install['small_peak_kib'] / 1024:.0f} -> {install['large_peak_kib'] / 1024:.0f} MiB", f"{growth:.2f}x", "flat (< 1.2x)", growth < 1.2),
    ]
    print(f"DRO Trainer benchmark ({ROUNDS} alternating cold starts of each; medians)")
    print(f"{'measure':<38} {'measured':<36} {'result':<14} {'target':<14} ok")
    for name, measured, result, target, ok in rows:
        print(f"{name:<38} {measured:<36} {result:<14} {target:<14} {'yes' if ok else 'NO'}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
