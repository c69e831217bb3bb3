"""The command line: start the app, or run one of the verbs (`pack validate`, ...)."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from dro_trainer import APP_NAME, __version__
from dro_trainer.pack_commands import add_pack_verbs, run_pack_verb
from dro_trainer.translation_commands import add_translation_verbs, run_translation_verb


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="dro-trainer",
        description=f"{APP_NAME} {__version__}: offline training for union Digital Rights Organisers. "
        "Without a verb, starts the app.",
    )
    parser.add_argument("--data-dir", metavar="DIR", help="keep all user data in DIR (default: $DRO_TRAINER_HOME or the per-user data folder)")
    parser.add_argument("--content-dir", metavar="DIR", help=argparse.SUPPRESS)
    parser.add_argument("--version", action="version", version=f"{APP_NAME} {__version__}")
    verbs = parser.add_subparsers(dest="verb", metavar="VERB")
    pack = verbs.add_parser("pack", help="check, build, sign, install and share course packs")
    add_pack_verbs(pack.add_subparsers(dest="pack_verb", metavar="ACTION", required=True))
    translations = verbs.add_parser("translations", help="see and record the state of each language's translation")
    add_translation_verbs(translations.add_subparsers(dest="translation_verb", metavar="ACTION", required=True))
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    if args.verb in ("pack", "translations"):
        from dro_trainer.core.data_paths import resolve_data_dir

        run = run_pack_verb if args.verb == "pack" else run_translation_verb
        return run(args, resolve_data_dir(args.data_dir))
    from dro_trainer.gui.app import run_app

    return run_app(args)


def validate_command(path: Path, *, as_json: bool) -> int:
    from dro_trainer.core.course_validator import validate_course

    if not path.is_dir():
        message = f"{path}: not a course folder. Give the folder that holds course.toml."
        if as_json:
            print(json.dumps({"valid": False, "errors": [{"file": str(path), "line": None, "message": message, "hint": ""}], "warnings": [], "languages": {}}))
        else:
            print(message, file=sys.stderr)
        return 1
    report = validate_course(path)
    if as_json:
        print(json.dumps(report.as_dict(), ensure_ascii=False, indent=2))
        return 0 if report.valid else 1
    for problem in report.problems.items:
        print(problem.describe(report.root.parent))
    for code, stats in report.languages.items():
        print(f"{code}: {stats.modules} modules, {stats.lessons} lessons, {stats.words} words, "
              f"{stats.questions} questions, {stats.glossary_terms} glossary terms, {stats.missing} missing")
    errors, warnings = len(report.problems.errors), len(report.problems.warnings)
    print(f"{'valid' if report.valid else 'INVALID'}: {errors} errors, {warnings} warnings")
    return 0 if report.valid else 1
