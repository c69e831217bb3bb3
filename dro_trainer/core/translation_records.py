"""Which version of the source each translation was made from, and what that makes it now.

Every language folder other than the source has a `translated-from.toml` that maps each
translated item (modules, lessons, quizzes and glossary terms, by ID) to a fingerprint
of the source item it was translated from. When the source changes, the fingerprint no
longer matches and the translation is outdated. Translators record their work with
`translations mark`; nobody edits fingerprints by hand.
"""

from __future__ import annotations

import hashlib
import tomllib
from dataclasses import dataclass, field
from pathlib import Path

from dro_trainer.core.content_model import LanguageContent

RECORD_FILE = "translated-from.toml"
COMPLETE, MISSING, OUTDATED, UNMARKED = "complete", "missing", "outdated", "unmarked"


def _digest(*parts: str) -> str:
    return hashlib.sha256("\n\x1f".join(parts).encode("utf-8")).hexdigest()[:16]


def fingerprints(content: LanguageContent) -> dict[str, str]:
    """A fingerprint for every item of a language: what a translation is made from."""
    prints: dict[str, str] = {}
    for module in content.modules:
        prints[f"module:{module.id}"] = _digest(module.title, module.description, *module.objectives)
        for lesson in module.lessons:
            prints[f"lesson:{lesson.id}"] = _digest(lesson.title, lesson.body)
        if module.quiz:
            quiz = module.quiz
            parts = [quiz.title] + [p for q in quiz.questions for p in (q.prompt, q.explanation, *(o.text + "\x1e" + o.feedback for o in q.options))]
            prints[f"quiz:{quiz.id}"] = _digest(*parts)
    for term in content.glossary.values():
        prints[f"term:{term.id}"] = _digest(term.term, term.definition)
    return prints


def read_records(language_folder: Path) -> dict[str, str]:
    try:
        data = tomllib.loads((language_folder / RECORD_FILE).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    items = data.get("items", {})
    return {str(k): str(v) for k, v in items.items()} if isinstance(items, dict) else {}


def write_records(language_folder: Path, records: dict[str, str]) -> None:
    lines = ["# Which version of the source each item here was translated from (do not edit by hand).",
             "# Record finished work with: python main.py translations mark LANG ID ... (or --all)", "", "[items]"]
    lines += [f'"{key}" = "{value}"' for key, value in sorted(records.items())]
    (language_folder / RECORD_FILE).write_text("\n".join(lines) + "\n", encoding="utf-8")


@dataclass
class TranslationStatus:
    language: str
    items: dict[str, str] = field(default_factory=dict)  # item key -> COMPLETE, MISSING, OUTDATED or UNMARKED

    def count(self, state: str) -> int:
        return sum(1 for value in self.items.values() if value == state)

    def as_dict(self) -> dict:
        return {"complete": self.count(COMPLETE), "missing": self.count(MISSING), "outdated": self.count(OUTDATED),
                "unmarked": self.count(UNMARKED), "items": {k: v for k, v in sorted(self.items.items()) if v != COMPLETE}}


def translation_status(source: LanguageContent, content: LanguageContent, records: dict[str, str]) -> TranslationStatus:
    present = set(fingerprints(content))
    status = TranslationStatus(content.code)
    for key, current in fingerprints(source).items():
        if key not in present:
            status.items[key] = MISSING
        elif key not in records:
            status.items[key] = UNMARKED
        elif records[key] != current:
            status.items[key] = OUTDATED
        else:
            status.items[key] = COMPLETE
    return status
