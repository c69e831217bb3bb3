"""Reading glossary files: '## Term {#id}' headings, each followed by its definition."""

from __future__ import annotations

import re
from pathlib import Path

from dro_trainer.core.content_model import GlossaryTerm, is_valid_id
from dro_trainer.core.problems import ProblemList

TERM_HEADING = re.compile(r"^##\s+(.*?)\s*\{#([^}]*)\}\s*$")


def parse_glossary(text: str, path: Path, problems: ProblemList) -> list[GlossaryTerm]:
    terms: list[GlossaryTerm] = []
    current: tuple[str, str, int] | None = None
    definition: list[str] = []

    def finish() -> None:
        if current is None:
            return
        term, term_id, line = current
        body = "\n".join(definition).strip()
        if not body:
            problems.error(path, line, f"term {term_id!r} has no definition.", "Write the definition on the lines after its heading.")
        terms.append(GlossaryTerm(term_id, term, body, path, line))

    for offset, line in enumerate(text.split("\n")):
        number = offset + 1
        if match := TERM_HEADING.match(line):
            finish()
            term, term_id = match.group(1), match.group(2).strip()
            if not is_valid_id(term_id):
                problems.error(path, number, f"term id {term_id!r} is not a valid ID.", "Use lower-case letters, digits and hyphens, e.g. {#data-lifecycle}.")
            current, definition = (term, term_id, number), []
        elif line.startswith("## ") or line.startswith("# "):
            problems.error(path, number, "a heading without a term ID.", "Write terms as '## Term {#term-id}'.")
        elif current is None:
            if line.strip():
                problems.error(path, number, "text before the first term.", "Start with a heading '## Term {#term-id}'.")
        else:
            definition.append(line)
    finish()
    return terms
