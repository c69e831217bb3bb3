"""Where user data lives: --data-dir, then DRO_TRAINER_HOME, then the OS's per-user folder."""

from __future__ import annotations

import os
import sys
from pathlib import Path

ENV_VARIABLE = "DRO_TRAINER_HOME"
FOLDER_NAME = "DRO Trainer"


def default_data_dir() -> Path:
    if sys.platform == "win32":
        base = Path(os.environ.get("APPDATA") or Path.home() / "AppData" / "Roaming")
        return base / FOLDER_NAME
    if sys.platform == "darwin":
        return Path.home() / "Library" / "Application Support" / FOLDER_NAME
    base = Path(os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share")
    return base / "dro-trainer"


def resolve_data_dir(explicit: str | None = None) -> Path:
    if explicit:
        return Path(explicit).expanduser().resolve()
    if os.environ.get(ENV_VARIABLE):
        return Path(os.environ[ENV_VARIABLE]).expanduser().resolve()
    return default_data_dir()


def bundled_courses_dir() -> Path:
    """The course sources shipped beside the package (modules/ in a checkout)."""
    return Path(__file__).resolve().parents[2] / "modules"
