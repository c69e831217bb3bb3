"""Reading content files as UTF-8, reporting the line of any bad byte."""

from __future__ import annotations

from pathlib import Path

from dro_trainer.core.problems import ProblemList


def read_text(path: Path, problems: ProblemList) -> str | None:
    """Return the file's text, or None after recording why it can't be read."""
    try:
        raw = path.read_bytes()
    except OSError as exc:
        problems.error(path, None, f"cannot be read ({exc.strerror}).", "Check that the file exists and is readable.")
        return None
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        problems.error(
            path,
            line,
            f"is not valid UTF-8 (byte 0x{raw[exc.start]:02x}).",
            "Save the file as UTF-8 in your editor.",
        )
        return None
    return text.removeprefix("\ufeff").replace("\r\n", "\n")
