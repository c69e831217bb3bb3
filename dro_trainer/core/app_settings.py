"""App-level preferences in a small JSON file: what to show first, before the store is open.

The store stays the record of profiles and progress. This file only says which
interface language to start in and whose library to draw while the store opens, so
the first frame needs no database. A missing or damaged file just means a slower,
plainer first frame; it is rewritten atomically.
"""

from __future__ import annotations

import json
import os
from dataclasses import asdict, dataclass
from pathlib import Path

SETTINGS_NAME = "settings.json"


@dataclass
class AppSettings:
    interface_language: str | None = None
    last_profile_id: int | None = None
    content_language: str | None = None  # the last profile's course language


def read_settings(data_dir: Path) -> AppSettings:
    try:
        raw = json.loads((data_dir / SETTINGS_NAME).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return AppSettings()
    if not isinstance(raw, dict):
        return AppSettings()
    return AppSettings(
        interface_language=_text(raw.get("interface_language")),
        last_profile_id=raw["last_profile_id"] if isinstance(raw.get("last_profile_id"), int) else None,
        content_language=_text(raw.get("content_language")),
    )


def write_settings(data_dir: Path, settings: AppSettings) -> None:
    data_dir.mkdir(parents=True, exist_ok=True)
    target = data_dir / SETTINGS_NAME
    temporary = target.with_suffix(".tmp")
    temporary.write_text(json.dumps(asdict(settings), indent=2), encoding="utf-8")
    os.replace(temporary, target)


def _text(value) -> str | None:
    return value if isinstance(value, str) and value else None
