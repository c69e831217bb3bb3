"""Finding a course's images on disk, never outside the course folder."""

from __future__ import annotations

from pathlib import Path

from dro_trainer.core.html_sanitizer import is_safe_image_source


def resolve_media(root: Path, language_folder: Path | None, target: str) -> Path | None:
    """The file an image reference points to: the language's own media first (a language pack
    keeps its folder outside the course), then the course's. Never outside those folders."""
    if not is_safe_image_source(target):
        return None
    for base in (language_folder, root):
        if base is None:
            continue
        base = base.resolve()
        candidate = (base / target).resolve()
        if candidate.is_relative_to(base) and candidate.is_file():
            return candidate
    return None
