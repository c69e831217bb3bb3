"""The `translations` verbs: status of each language, scaffolding a new one, recording finished work."""

from __future__ import annotations

import json
import shutil
import sys
from pathlib import Path

from dro_trainer import __version__

RTL_LANGUAGES = {"ar", "he", "fa", "ur", "ps", "ku"}
PACK_FILE = "language-pack.toml"


def add_translation_verbs(verbs) -> None:
    status = verbs.add_parser("status", help="complete, missing and outdated items per language")
    status.add_argument("course", nargs="?", metavar="COURSE", help="a course id or folder (default: every installed course)")
    status.add_argument("--json", action="store_true")
    new = verbs.add_parser("new", help="scaffold a new language (a language-pack folder) from a course's source language")
    new.add_argument("language", metavar="LANG", help="the new language's code, e.g. ar or pt-BR")
    new.add_argument("source", metavar="SRC", help="the course folder, e.g. modules/dro-core")
    new.add_argument("-o", "--output", metavar="DIR", help="where to create the pack folder (default: <course>-<LANG>)")
    mark = verbs.add_parser("mark", help="record that items are translated from the current source")
    mark.add_argument("language", metavar="LANG")
    mark.add_argument("items", nargs="*", metavar="ID", help="item keys such as lesson:m01-l01 or term:algorithm")
    mark.add_argument("--all", action="store_true", help="every item present in the language")
    mark.add_argument("--course", required=True, metavar="DIR", help="the course folder (its source language is the reference)")
    mark.add_argument("--folder", metavar="DIR", help="the language folder, if not inside the course (a language pack)")


def run_translation_verb(args, data_dir: Path) -> int:
    return {"status": _status, "new": _new, "mark": _mark}[args.translation_verb](args, data_dir)


def _courses_for(args, data_dir: Path) -> list[Path]:
    from dro_trainer.core.course_library import course_sources
    from dro_trainer.core.data_paths import bundled_courses_dir

    if args.course and Path(args.course).is_dir():
        return [Path(args.course)]
    bundled = [p for p in bundled_courses_dir().iterdir() if (p / "course.toml").is_file()] if bundled_courses_dir().is_dir() else []
    sources = course_sources(data_dir, bundled, __version__)
    return [s.folder for s in sources if args.course in (None, s.course_id)]


def _status(args, data_dir: Path) -> int:
    from dro_trainer.core.course_library import installed_language_folders
    from dro_trainer.core.course_loader import load_course
    from dro_trainer.core.translation_records import translation_status

    folders = _courses_for(args, data_dir)
    if not folders:
        print(f"No course {args.course!r} is installed or bundled. See 'pack list'.", file=sys.stderr)
        return 1
    report = {}
    for folder in folders:
        course = load_course(folder).course
        if course is None:
            continue
        course = load_course(folder, installed_language_folders(data_dir, course.id, __version__)).course
        report[course.id] = {code: translation_status(course.source, content, content.translated_from).as_dict()
                             for code, content in course.languages.items() if code != course.manifest.source_language}
    if args.json:
        print(json.dumps(report, ensure_ascii=False, indent=2))
        return 0
    for course_id, languages in report.items():
        print(f"{course_id}:")
        for code, counts in languages.items():
            print(f"  {code}: {counts['complete']} complete, {counts['missing']} missing, {counts['outdated']} outdated, "
                  f"{counts['unmarked']} not yet marked as translated")
            for key, state in list(counts["items"].items())[:12]:
                print(f"      {state}: {key}")
    return 0


def _new(args, data_dir: Path) -> int:
    import tomllib

    from dro_trainer.core.content_model import LANGUAGE_CODE

    source = Path(args.source)
    if not LANGUAGE_CODE.match(args.language):
        print(f"{args.language!r} is not a language code; use codes such as ar, pt or pt-BR.", file=sys.stderr)
        return 1
    try:
        manifest = tomllib.loads((source / "course.toml").read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        print(f"{source} is not a course folder ({exc}).", file=sys.stderr)
        return 1
    code, course_id = args.language, manifest["id"]
    output = Path(args.output or f"{course_id}-{code}")
    if output.exists():
        print(f"{output} exists already; choose another folder with -o.", file=sys.stderr)
        return 1
    if code in manifest["languages"]:
        print(f"{course_id} already has {code!r}.", file=sys.stderr)
        return 1
    shutil.copytree(source / manifest["source_language"], output / code)
    language_file = output / code / "language.toml"
    text = language_file.read_text(encoding="utf-8")
    direction = "rtl" if code.split("-")[0] in RTL_LANGUAGES else "ltr"
    lines = [line for line in text.splitlines() if not line.startswith(("name =", "direction ="))]
    language_file.write_text(f'name = "{code}"\ndirection = "{direction}"\n' + "\n".join(lines) + "\n", encoding="utf-8")
    (output / PACK_FILE).write_text(
        f'format = 1\nkind = "language"\ncourse = "{course_id}"\nlanguage = "{code}"\nversion = "0.1.0"\n'
        f'publisher = "Your organisation"\nlicence = "{manifest.get("licence", "")}"\n', encoding="utf-8")
    print(f"Created {output}/ with a copy of the {manifest['source_language']} text to translate in place, keeping every id.\n"
          f"Set the language's name and your organisation in {output}/{code}/language.toml and {output}/{PACK_FILE}.\n"
          f"When an item is done: python main.py translations mark {code} lesson:ID --course {source} --folder {output}/{code}\n"
          f"Then: python main.py pack build {output} -o {course_id}-{code}.dropack --course {source}")
    return 0


def _mark(args, data_dir: Path) -> int:
    from dro_trainer.core.course_loader import load_course
    from dro_trainer.core.translation_records import fingerprints, read_records, write_records

    course_folder = Path(args.course)
    folder = Path(args.folder) if args.folder else course_folder / args.language
    extra = {args.language: folder} if args.folder else {}
    course = load_course(course_folder, extra).course
    if course is None or args.language not in course.languages:
        print(f"No language {args.language!r} was found for the course in {course_folder}.", file=sys.stderr)
        return 1
    current, present = fingerprints(course.source), set(fingerprints(course.languages[args.language]))
    wanted = sorted(present & set(current)) if args.all else args.items
    unknown = [key for key in wanted if key not in present]
    if unknown or not wanted:
        print(f"Nothing marked: {', '.join(unknown) or 'no items given'}. Keys look like lesson:m01-l01, quiz:m01-quiz, term:algorithm, module:m01-foundations.", file=sys.stderr)
        return 1
    records = read_records(folder)
    records.update({key: current[key] for key in wanted})
    write_records(folder, records)
    print(f"Marked {len(wanted)} item(s) of {args.language} as translated from the current source.")
    return 0
