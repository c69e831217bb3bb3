"""One install, update, removal or tidy at a time per data folder, across processes."""

from __future__ import annotations

import os
from contextlib import contextmanager
from pathlib import Path

LOCK_NAME = ".packs.lock"


@contextmanager
def install_lock(data_dir: Path):
    """Wait for, then hold, the data folder's pack lock (released even if the process dies)."""
    data_dir.mkdir(parents=True, exist_ok=True)
    handle = os.open(data_dir / LOCK_NAME, os.O_RDWR | os.O_CREAT, 0o600)
    try:
        _lock(handle)
        yield
    finally:
        os.close(handle)  # closing releases the lock


def _lock(handle: int) -> None:
    try:
        import fcntl
    except ImportError:  # Windows
        import msvcrt

        msvcrt.locking(handle, msvcrt.LK_LOCK, 1)
    else:
        fcntl.flock(handle, fcntl.LOCK_EX)
