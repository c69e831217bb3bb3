"""Loading a course folder into the content model, collecting every problem on the way.

Loading never raises on bad content: what can be read is returned, and what cannot
is described in the problem list, so the app can start and say what is missing.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from pathlib import Path

from dro_trainer.core.content_model import (
    LABELLED_BOX_KINDS,
    LANGUAGE_CODE,
    Course,
    CourseManifest,
    GlossaryTerm,
    LanguageContent,
    Lesson,
    Module,
    is_valid_id,
)
from dro_trainer.core.front_matter import split_front_matter
from dro_trainer.core.glossary_parser import parse_glossary
from dro_trainer.core.lesson_markup import box_items, split_blocks
from dro_trainer.core.problems import ProblemList
from dro_trainer.core.quiz_parser import parse_quiz
from dro_trainer.core.text_files import read_text
from dro_trainer.core.translation_records import read_records

FORMAT_VERSION = 1
MANIFEST_NAME = "course.toml"
LANGUAGE_FILE = "language.toml"
MODULE_FILE = "module.md"
QUIZ_FILE = "quiz.txt"


@dataclass
class LoadResult:
    course: Course | None
    problems: ProblemList


def load_course(root: Path, extra_languages: dict[str, Path] | None = None, only: set[str] | None = None) -> LoadResult:
    """Load a course; extra_languages adds language folders kept elsewhere (installed language packs).
    only: read these languages (and the source) in full, and just the name of the others."""
    try:
        return _load_course(root, extra_languages or {}, only)
    except Exception as exc:  # a bug of ours must not stop the app: report it like bad content
        problems = ProblemList()
        problems.error(root, None, f"the course could not be read ({type(exc).__name__}: {exc}).", "Report this to the DRO Trainer developers with the course folder.")
        return LoadResult(None, problems)


def _load_course(root: Path, extra_languages: dict[str, Path], only: set[str] | None) -> LoadResult:
    problems = ProblemList()
    root = root.resolve()
    manifest = _read_manifest(root, problems)
    if manifest is None:
        return LoadResult(None, problems)
    languages: dict[str, LanguageContent] = {}
    for code in manifest.languages:
        if not LANGUAGE_CODE.match(code):
            problems.error(manifest.path, None, f"{code!r} is not a language code.", 'Use codes such as "en", "fr", "es", "pt-BR".')
            continue
        full = only is None or code in only or code == manifest.source_language
        content = _read_language(root / code, code, problems, full)
        if content is not None:
            languages[code] = content
    for code, folder in extra_languages.items():
        if code in languages or not LANGUAGE_CODE.match(code):
            continue  # a pack never replaces a language the course itself ships
        content = _read_language(folder, code, problems, only is None or code in only)
        if content is not None:
            languages[code] = content
    for code, content in languages.items():
        if code != manifest.source_language:
            content.translated_from = read_records(content.path)
    if manifest.source_language not in languages:
        problems.error(root / manifest.source_language, None, "the source language could not be loaded, so the course cannot be shown.", "Fix the errors above for this language folder.")
        return LoadResult(None, problems)
    for child in sorted(root.iterdir()):
        if child.is_dir() and LANGUAGE_CODE.match(child.name) and child.name not in manifest.languages:
            problems.warning(child, None, f"language folder {child.name!r} is not listed in course.toml.", "Add it to 'languages' in course.toml, or remove the folder.")
    return LoadResult(Course(manifest, root, languages), problems)


def _read_toml(path: Path, problems: ProblemList) -> dict | None:
    text = read_text(path, problems)
    if text is None:
        return None
    try:
        return tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        line = getattr(exc, "lineno", None) or _line_from_message(str(exc))
        problems.error(path, line, f"is not valid TOML: {getattr(exc, 'msg', exc)}.", "Check quotes and '=' on that line.")
        return None


def _line_from_message(message: str) -> int | None:
    match = re.search(r"line (\d+)", message)
    return int(match.group(1)) if match else None


def _read_manifest(root: Path, problems: ProblemList) -> CourseManifest | None:
    path = root / MANIFEST_NAME
    if not path.is_file():
        problems.error(path, None, "the course has no manifest.", f"Create {MANIFEST_NAME} (see docs/content-format.md).")
        return None
    data = _read_toml(path, problems)
    if data is None:
        return None
    ok = True
    for key in ("id", "version", "title", "publisher", "licence", "source_language"):
        if not isinstance(data.get(key), str) or not data[key].strip():
            problems.error(path, None, f"'{key}' is missing or empty.", f'Add a line {key} = "..." to the manifest.')
            ok = False
    if data.get("format") != FORMAT_VERSION:
        problems.error(path, None, f"content format {data.get('format')!r} is not one this app reads (it reads {FORMAT_VERSION}).", "Set format = 1, or install a newer DRO Trainer.")
        ok = False
    languages = data.get("languages")
    if not isinstance(languages, list) or not languages or not all(isinstance(x, str) for x in languages):
        problems.error(path, None, "'languages' must be a list of language codes.", 'Write e.g. languages = ["en", "fr"].')
        ok = False
    elif data.get("source_language") not in languages:
        problems.error(path, None, "the source language is not in 'languages'.", "Add it to the list.")
        ok = False
    if ok and not is_valid_id(data["id"]):
        problems.error(path, None, f"course id {data['id']!r} is not a valid ID.", "Use lower-case letters, digits and hyphens.")
        ok = False
    if not ok:
        return None
    return CourseManifest(FORMAT_VERSION, data["id"], data["version"], data["title"], data["publisher"], data["licence"], data["source_language"], list(languages), path)


def _read_language(folder: Path, code: str, problems: ProblemList, full: bool = True) -> LanguageContent | None:
    if not folder.is_dir():
        problems.error(folder, None, f"language {code!r} is listed in course.toml but has no folder.", f"Create the folder {code}/ or remove {code!r} from 'languages'.")
        return None
    data = _read_toml(folder / LANGUAGE_FILE, problems)
    if data is None:
        return None
    labels = data.get("labels") if isinstance(data.get("labels"), dict) else {}
    for kind in LABELLED_BOX_KINDS:
        if not isinstance(labels.get(kind), str) or not labels[kind].strip():
            problems.error(folder / LANGUAGE_FILE, None, f"the label for '{kind}' boxes is missing.", f'Add {kind} = "..." under [labels].')
    direction = data.get("direction", "ltr")
    if direction not in ("ltr", "rtl"):
        problems.error(folder / LANGUAGE_FILE, None, f"direction {direction!r} is neither 'ltr' nor 'rtl'.", "Write direction = \"ltr\" or \"rtl\".")
        direction = "ltr"
    content = LanguageContent(
        code=code,
        name=str(data.get("name") or code),
        direction=direction,
        title=str(data.get("title") or ""),
        description=str(data.get("description") or ""),
        labels={kind: str(labels.get(kind, kind.title())) for kind in LABELLED_BOX_KINDS},
        path=folder,
        loaded=full,
    )
    if not full:
        return content
    ids: dict[str, tuple[Path, int | None]] = {}
    for module_folder in sorted(p for p in folder.iterdir() if p.is_dir() and p.name not in ("glossary", "media")):
        module = _read_module(module_folder, code, problems)
        if module is not None:
            content.modules.append(module)
            _claim_ids(module, ids, problems)
    content.glossary = _read_glossary(folder / "glossary", problems)
    return content


def _claim_ids(module: Module, ids: dict[str, tuple[Path, int | None]], problems: ProblemList) -> None:
    """Report any ID used twice in one language: progress could not tell the items apart."""
    items: list[tuple[str, Path, int | None]] = [(module.id, module.path, 2)]
    items += [(lesson.id, lesson.path, 2) for lesson in module.lessons]
    if module.quiz:
        items.append((module.quiz.id, module.quiz.path, 2))
        items += [(q.id, module.quiz.path, q.line) for q in module.quiz.questions]
    for item_id, path, line in items:
        if item_id not in ids:
            ids[item_id] = (path, line)
            continue
        first_path, first_line = ids[item_id]
        where = f"{first_path.parent.name}/{first_path.name}" + (f":{first_line}" if first_line else "")
        problems.error(path, line, f"the ID {item_id!r} is already used in {where}.", "Give this item a new, unique ID.")


def _read_module(folder: Path, language: str, problems: ProblemList) -> Module | None:
    path = folder / MODULE_FILE
    if not path.is_file():
        problems.error(path, None, "the module folder has no module.md.", "Add module.md with id, title and minutes (see docs/content-format.md).")
        return None
    text = read_text(path, problems)
    front = split_front_matter(text, path, problems) if text is not None else None
    if front is None:
        return None
    module_id = _required_id(front, path, problems)
    blocks = split_blocks(front.body, front.body_first_line, path, problems)
    description = "\n\n".join(b.text for b in blocks if b.kind == "text").strip()
    objectives = [item for b in blocks if b.kind == "objectives" for item in box_items(b.text)]
    lessons = [lesson for lesson in (_read_lesson(p, language, problems) for p in sorted(folder.glob("*.md")) if p.name != MODULE_FILE) if lesson]
    quiz = None
    if (folder / QUIZ_FILE).is_file():
        quiz_text = read_text(folder / QUIZ_FILE, problems)
        quiz = parse_quiz(quiz_text, folder / QUIZ_FILE, language, problems) if quiz_text is not None else None
    if module_id is None:
        return None
    title = front.values.get("title", "").strip() or module_id
    minutes = _minutes(front, path, problems)
    return Module(module_id, title, minutes, description, objectives, lessons, quiz, path, language)


def _read_lesson(path: Path, language: str, problems: ProblemList) -> Lesson | None:
    text = read_text(path, problems)
    front = split_front_matter(text, path, problems) if text is not None else None
    if front is None:
        return None
    lesson_id = _required_id(front, path, problems)
    if not front.values.get("title", "").strip():
        problems.error(path, front.line_of("id"), "the lesson has no title.", "Add a line 'title: ...' to the front matter.")
    if lesson_id is None:
        return None
    title = front.values.get("title", "").strip() or lesson_id
    return Lesson(lesson_id, title, _minutes(front, path, problems), path, front.body, front.body_first_line, language)


def _required_id(front, path: Path, problems: ProblemList) -> str | None:
    value = front.values.get("id", "").strip()
    if not value:
        problems.error(path, 2, "the front matter has no 'id'.", "Add a line 'id: ...' with the item's stable ID.")
        return None
    if not is_valid_id(value):
        problems.error(path, front.line_of("id"), f"{value!r} is not a valid ID.", "Use lower-case letters, digits and hyphens, starting with a letter.")
        return None
    return value


def _minutes(front, path: Path, problems: ProblemList) -> int:
    raw = front.values.get("minutes", "")
    if re.fullmatch(r"[0-9]{1,4}", raw) and int(raw) > 0:
        return int(raw)
    problems.warning(path, front.line_of("minutes") if raw else 2, "'minutes' is missing or not a whole number.", "Add e.g. 'minutes: 20' so trainees can plan their time.")
    return 0


def _read_glossary(folder: Path, problems: ProblemList) -> dict[str, GlossaryTerm]:
    terms: dict[str, GlossaryTerm] = {}
    if not folder.is_dir():
        return terms
    for path in sorted(folder.glob("*.md")):
        text = read_text(path, problems)
        if text is None:
            continue
        for term in parse_glossary(text, path, problems):
            if term.id in terms:
                first = terms[term.id]
                problems.error(path, term.line, f"the term ID {term.id!r} is already defined in {first.path.name}:{first.line}.", "Keep one definition, or give this term a new ID.")
                continue
            terms[term.id] = term
    return terms
