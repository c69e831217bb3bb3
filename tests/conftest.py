"""Shared fixtures. Qt runs offscreen; no test may open a network connection."""

from __future__ import annotations

import os
import shutil
import socket
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

REPO = Path(__file__).resolve().parents[1]
BUNDLED_COURSE = REPO / "modules" / "dro-core"
FIXTURES = Path(__file__).resolve().parent / "fixtures"


class NetworkUsed(AssertionError):
    pass


@pytest.fixture
def no_network(monkeypatch):
    """Fail on any attempt to open a socket connection, from Python or through our code."""
    attempts: list[str] = []

    def refuse(*args, **kwargs):
        attempts.append(repr(args[:2]))
        raise NetworkUsed(f"network use attempted: {args[:2]!r}")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket.socket, "connect_ex", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)
    return attempts


@pytest.fixture
def course_copy(tmp_path) -> Path:
    """A writable copy of the bundled course, for tests that break it on purpose."""
    target = tmp_path / "dro-core"
    shutil.copytree(BUNDLED_COURSE, target)
    return target


@pytest.fixture
def tiny_course(tmp_path) -> Path:
    """A small, complete two-language course written here, independent of the bundled text."""
    root = tmp_path / "tiny"
    files = {
        "course.toml": 'format = 1\nid = "tiny"\nversion = "1.0.0"\ntitle = "Tiny"\npublisher = "Tests"\nlicence = "CC0"\nsource_language = "en"\nlanguages = ["en", "fr"]\n',
        "en/language.toml": _language_toml("English", "Tiny course"),
        "fr/language.toml": _language_toml("Français", "Petit cours"),
        "en/01-m/module.md": "---\nid: m1\ntitle: Module one\nminutes: 30\n---\nA module.\n\n::: objectives\n- Learn things.\n:::\n",
        "fr/01-m/module.md": "---\nid: m1\ntitle: Module un\nminutes: 30\n---\nUn module.\n\n::: objectives\n- Apprendre.\n:::\n",
        "en/01-m/01-a.md": _lesson("m1-l1", "First lesson", "The [data](term:data) and [next](lesson:m1-l2)."),
        "fr/01-m/01-a.md": _lesson("m1-l1", "Première leçon", "Les [données](term:data) et [la suite](lesson:m1-l2)."),
        "en/01-m/02-b.md": _lesson("m1-l2", "Second lesson", "More text here."),
        "en/01-m/quiz.txt": _quiz("Which is right?", "Right", "Wrong", "True", "False"),
        "fr/01-m/quiz.txt": _quiz("Laquelle est juste ?", "Juste", "Faux", "Vrai", "Faux"),
        "en/glossary/terms.md": "## Data {#data}\nFacts about people.\n",
        "fr/glossary/terms.md": "## Données {#data}\nDes faits sur les personnes.\n",
    }
    for name, text in files.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    return root


def _language_toml(name: str, title: str) -> str:
    labels = "\n".join(f'{kind} = "{kind.title()} ({name})"' for kind in ("objectives", "case", "facts", "discussion", "action", "facilitator", "sources"))
    return f'name = "{name}"\ndirection = "ltr"\ntitle = "{title}"\ndescription = "x"\n\n[labels]\n{labels}\n'


def _lesson(lesson_id: str, title: str, text: str) -> str:
    return (f"---\nid: {lesson_id}\ntitle: {title}\nminutes: 10\n---\n\n::: objectives\n- One.\n:::\n\n{text}\n\n"
            "--- slide ---\n\n::: notes\nSay this.\n:::\n\n::: sources\n- A source, 2024.\n:::\n")


def _quiz(prompt: str, right: str, wrong: str, true: str, false: str) -> str:
    return (f"---\nid: m1-quiz\ntitle: Quiz\npass_mark: 50\n---\n\n[m1-q1] single\n{prompt}\n- [x] {right}\n    Yes.\n- [ ] {wrong}\n    No.\n"
            f"explanation: Because.\n\n[m1-q2] truefalse\nA statement.\n- [ ] {true}\n- [x] {false}\nexplanation: It is false.\n")
