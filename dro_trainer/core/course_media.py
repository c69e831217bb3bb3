"""Finding a course's images on disk, never outside the course folder."""

from __future__ import annotations

from pathlib import Path

from dro_trainer.core.html_sanitizer import is_safe_image_source


def resolve_media(root: Path, language: str, target: str) -> Path | None:
    """The file an image reference points to: the language's own media first."""
    if not is_safe_image_source(target):
        return None
    for base in (root / language, root):
        candidate = (base / target).resolve()
        if candidate.is_relative_to(root) and candidate.is_file():
            return candidate
    return None
