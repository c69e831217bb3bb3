"""The app's commands as data: one list feeds the menus and the keyboard shortcuts."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtGui import QKeySequence


@dataclass(frozen=True)
class ActionSpec:
    id: str
    menu: str
    text: str  # marked for translation in the "Actions" context
    shortcut: QKeySequence.StandardKey | str | None = None


MENUS = {
    "file": QT_TRANSLATE_NOOP("Actions", "&File"),
    "view": QT_TRANSLATE_NOOP("Actions", "&View"),
    "language": QT_TRANSLATE_NOOP("Actions", "&Language"),
    "help": QT_TRANSLATE_NOOP("Actions", "&Help"),
}

ACTIONS = [
    ActionSpec("library", "file", QT_TRANSLATE_NOOP("Actions", "&Library"), "Ctrl+L"),
    ActionSpec("switch_profile", "file", QT_TRANSLATE_NOOP("Actions", "&Switch profile…"), "Ctrl+Shift+P"),
    ActionSpec("new_profile", "file", QT_TRANSLATE_NOOP("Actions", "&New profile…")),
    ActionSpec("manage_packs", "file", QT_TRANSLATE_NOOP("Actions", "&Manage packs…")),
    ActionSpec("quit", "file", QT_TRANSLATE_NOOP("Actions", "&Quit"), QKeySequence.StandardKey.Quit),
    ActionSpec("larger_text", "view", QT_TRANSLATE_NOOP("Actions", "&Larger text"), QKeySequence.StandardKey.ZoomIn),
    ActionSpec("smaller_text", "view", QT_TRANSLATE_NOOP("Actions", "&Smaller text"), QKeySequence.StandardKey.ZoomOut),
    ActionSpec("normal_text", "view", QT_TRANSLATE_NOOP("Actions", "&Normal text size"), "Ctrl+0"),
    ActionSpec("content_problems", "help", QT_TRANSLATE_NOOP("Actions", "&Content problems…")),
    ActionSpec("about", "help", QT_TRANSLATE_NOOP("Actions", "&About DRO Trainer")),
]
