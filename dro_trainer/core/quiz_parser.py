"""Reading quiz.txt: questions, options, feedback and explanations."""

from __future__ import annotations

import re
from pathlib import Path

from dro_trainer.core.content_model import QUESTION_KINDS, Option, Question, Quiz, is_valid_id
from dro_trainer.core.front_matter import split_front_matter
from dro_trainer.core.problems import ProblemList

QUESTION_START = re.compile(r"^\[([^\]]*)\]\s*(\S*)\s*$")
OPTION_LINE = re.compile(r"^[-*]\s*\[([ xX]?)\]\s*(.*)$")
EXPLANATION_LINE = re.compile(r"^explanation\s*:\s*(.*)$", re.IGNORECASE)


class _Draft:
    def __init__(self, qid: str, kind: str, line: int) -> None:
        self.id, self.kind, self.line = qid, kind, line
        self.prompt: list[str] = []
        self.options: list[Option] = []
        self.feedback: list[list[str]] = []
        self.explanation: list[str] | None = None


def parse_quiz(text: str, path: Path, language: str, problems: ProblemList) -> Quiz | None:
    front = split_front_matter(text, path, problems)
    if front is None:
        return None
    quiz_id = front.values.get("id", "")
    if not is_valid_id(quiz_id):
        problems.error(path, front.line_of("id"), f"quiz id {quiz_id!r} is missing or not a valid ID.", "Use lower-case letters, digits and hyphens, e.g. 'm01-quiz'.")
    pass_mark = _pass_mark(front.values.get("pass_mark", "70"), path, front.line_of("pass_mark"), problems)
    drafts = _read_questions(front.body, front.body_first_line, path, problems)
    questions = [q for q in (_finish(d, path, problems) for d in drafts) if q is not None]
    if not drafts:
        problems.error(path, front.body_first_line, "the quiz has no questions.", "Start each question with a line '[question-id] single|multiple|truefalse'.")
    title = front.values.get("title", "").strip() or quiz_id
    return Quiz(quiz_id, title, pass_mark, questions, path, language, frozenset(d.id for d in drafts))


def _pass_mark(raw: str, path: Path, line: int, problems: ProblemList) -> int:
    try:
        value = int(raw.rstrip("%").strip())
    except ValueError:
        value = -1
    if not 0 < value <= 100:
        problems.error(path, line, f"pass_mark {raw!r} is not a percentage from 1 to 100.", "Write e.g. 'pass_mark: 70'.")
        return 70
    return value


def _read_questions(body: str, first_line: int, path: Path, problems: ProblemList) -> list[_Draft]:
    drafts: list[_Draft] = []
    current: _Draft | None = None
    for offset, line in enumerate(body.split("\n")):
        number = first_line + offset
        if match := QUESTION_START.match(line):
            current = _Draft(match.group(1).strip(), match.group(2).strip().lower(), number)
            drafts.append(current)
            _check_header(current, path, problems)
        elif current is None:
            if line.strip():
                problems.error(path, number, "text before the first question.", "Start the quiz with a line '[question-id] single'.")
        else:
            _add_line(current, line, number, path, problems)
    return drafts


def _check_header(draft: _Draft, path: Path, problems: ProblemList) -> None:
    if not is_valid_id(draft.id):
        problems.error(path, draft.line, f"question id {draft.id!r} is not a valid ID.", "Use lower-case letters, digits and hyphens, e.g. 'm01-q03'.")
    if draft.kind not in QUESTION_KINDS:
        problems.error(path, draft.line, f"question type {draft.kind!r} is not known.", "Write single, multiple or truefalse after the ID (in English).")


def _add_line(draft: _Draft, line: str, number: int, path: Path, problems: ProblemList) -> None:
    if match := EXPLANATION_LINE.match(line):
        draft.explanation = [match.group(1)]
    elif draft.explanation is not None:
        draft.explanation.append(line)
    elif match := OPTION_LINE.match(line):
        draft.options.append(Option(match.group(2).strip(), match.group(1).lower() == "x"))
        draft.feedback.append([])
        if not match.group(2).strip():
            problems.error(path, number, "an option has no text.", "Write the option after '- [ ]' or '- [x]'.")
    elif draft.options and line[:1] in (" ", "\t"):
        draft.feedback[-1].append(line.strip())
    elif draft.options and line.strip():
        problems.error(path, number, "a line after the options is neither an option, indented feedback nor 'explanation:'.", "Indent feedback under its option, or start the explanation with 'explanation:'.")
    else:
        draft.prompt.append(line)


def _finish(draft: _Draft, path: Path, problems: ProblemList) -> Question | None:
    for option, feedback in zip(draft.options, draft.feedback):
        option.feedback = " ".join(part for part in feedback if part)
    prompt = "\n".join(draft.prompt).strip()
    explanation = "\n".join(draft.explanation or []).strip()
    correct = sum(option.correct for option in draft.options)
    where = f"question {draft.id!r}"
    if not prompt:
        problems.error(path, draft.line, f"{where} has no question text.", "Write the question on the lines after its '[id] type' line.")
    if len(draft.options) < 2:
        problems.error(path, draft.line, f"{where} has fewer than two options.", "Add options as '- [ ] text' and '- [x] text'.")
    if correct == 0:
        problems.error(path, draft.line, f"{where} has no correct answer.", "Mark the right option(s) with '- [x]'.")
    elif correct > 1 and draft.kind in ("single", "truefalse"):
        problems.error(path, draft.line, f"{where} is '{draft.kind}' but marks {correct} options correct.", "Mark exactly one option with '[x]', or make the question 'multiple'.")
    if draft.kind == "truefalse" and len(draft.options) != 2:
        problems.error(path, draft.line, f"{where} is 'truefalse' but has {len(draft.options)} options.", "Give exactly two options: true and false.")
    if not explanation:
        problems.error(path, draft.line, f"{where} has no explanation.", "Add a line 'explanation: ...' after the options.")
    if draft.kind not in QUESTION_KINDS or not prompt or len(draft.options) < 2 or correct == 0:
        return None
    return Question(draft.id, draft.kind, prompt, draft.options, explanation, draft.line)
