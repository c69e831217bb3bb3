"""Large synthetic courses for install tests and the install benchmark.

The text is filler made of numbered words, not course content; images are random
bytes (incompressible, like real PNGs) behind a PNG signature.
"""

from __future__ import annotations

import os
from pathlib import Path

PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"


def write_generated_course(root: Path, *, lessons: int, image_bytes: int, version: str = "1.0.0",
                           course_id: str = "generated", lessons_per_module: int = 50, marker: str = "") -> Path:
    root.mkdir(parents=True, exist_ok=True)
    (root / "course.toml").write_text(
        f'format = 1\nid = "{course_id}"\nversion = "{version}"\ntitle = "Generated"\npublisher = "Bench"\n'
        'licence = "CC0"\nsource_language = "en"\nlanguages = ["en"]\n', encoding="utf-8")
    labels = "\n".join(f'{k} = "{k}"' for k in ("objectives", "case", "facts", "discussion", "action", "facilitator", "sources"))
    (root / "en").mkdir(exist_ok=True)
    (root / "en" / "language.toml").write_text(f'name = "English"\ntitle = "Generated"\n\n[labels]\n{labels}\n', encoding="utf-8")
    (root / "media").mkdir(exist_ok=True)
    filler = " ".join(f"word{i}" for i in range(400))
    for number in range(lessons):
        module = number // lessons_per_module
        folder = root / "en" / f"{module:03d}-module"
        if not (folder / "module.md").exists():
            folder.mkdir(parents=True, exist_ok=True)
            (folder / "module.md").write_text(f"---\nid: g{module}\ntitle: Module {module}\nminutes: 60\n---\nA module.\n", encoding="utf-8")
        image = f"media/image-{number:05d}.png"
        (root / image).write_bytes(PNG_SIGNATURE + os.urandom(max(0, image_bytes - len(PNG_SIGNATURE))))
        (folder / f"{number:05d}.md").write_text(
            f"---\nid: g{module}-l{number}\ntitle: Lesson {number}{marker}\nminutes: 10\n---\n\n::: objectives\n- Read.\n:::\n\n"
            f"{filler}\n\n![Figure {number}]({image})\n\n::: sources\n- Generated.\n:::\n", encoding="utf-8")
    return root
