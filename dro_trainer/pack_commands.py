"""The `pack` verbs of the command line. Each prints what happened and returns an exit status:
0 done, 1 refused or invalid (nothing changed), 2 needs confirmation (untrusted pack)."""

from __future__ import annotations

import json
import sys
from pathlib import Path

from dro_trainer import __version__
from dro_trainer.core.packs.pack_errors import PackError

DONE, REFUSED, NEEDS_CONFIRMATION = 0, 1, 2


def add_pack_verbs(pack_verbs) -> None:
    validate = pack_verbs.add_parser("validate", help="check a course folder or a .dropack file")
    validate.add_argument("path", metavar="PATH", help="a course folder (e.g. modules/dro-core) or a pack file")
    validate.add_argument("--json", action="store_true", help="print one JSON object instead of text")
    build = pack_verbs.add_parser("build", help="validate a course folder and build a .dropack pack from it")
    build.add_argument("source", metavar="SRC", help="a course folder, or a language-pack folder made by 'translations new'")
    build.add_argument("-o", "--output", required=True, metavar="FILE")
    build.add_argument("--course", metavar="DIR", help="for a language pack: the course it translates (default: the bundled one)")
    install = pack_verbs.add_parser("install", help="install or update a course from a pack")
    install.add_argument("pack", metavar="FILE")
    install.add_argument("--yes", action="store_true", help="install even if the pack is unsigned or its key is not trusted")
    install.add_argument("--force", action="store_true", help="allow an older version, or replacing a course someone else signed")
    listing = pack_verbs.add_parser("list", help="list installed courses")
    listing.add_argument("--json", action="store_true")
    remove = pack_verbs.add_parser("remove", help="uninstall a course (progress is kept)")
    remove.add_argument("course_id", metavar="ID")
    export = pack_verbs.add_parser("export", help="write an installed course as a pack, e.g. to a USB stick")
    export.add_argument("course_id", metavar="ID")
    export.add_argument("-o", "--output", required=True, metavar="FILE")
    keygen = pack_verbs.add_parser("keygen", help="make a signing key (and a .pub file to share)")
    keygen.add_argument("-o", "--output", required=True, metavar="KEYFILE")
    keygen.add_argument("--publisher", default="", help="the name shown with your signature")
    sign = pack_verbs.add_parser("sign", help="sign a pack with your key")
    sign.add_argument("pack", metavar="FILE")
    sign.add_argument("--key", required=True, metavar="KEYFILE")
    sign.add_argument("--publisher", default="")
    verify = pack_verbs.add_parser("verify", help="check a pack's files and signature")
    verify.add_argument("pack", metavar="FILE")
    trust = pack_verbs.add_parser("trust", help="trust a publisher's key (.pub file)")
    trust.add_argument("public_key", metavar="PUBFILE")


def run_pack_verb(args, data_dir: Path) -> int:
    try:
        return VERBS[args.pack_verb](args, data_dir)
    except PackError as error:
        print(f"Refused: {error.describe()}", file=sys.stderr)
        return NEEDS_CONFIRMATION if type(error).__name__ == "PackNotTrusted" else REFUSED
    except OSError as error:
        print(f"Could not read or write a file: {error}. Nothing was installed or changed.", file=sys.stderr)
        return REFUSED


def _validate(args, data_dir: Path) -> int:
    path = Path(args.path)
    if path.is_file():
        return _validate_pack(path, as_json=args.json)
    if (path / "language-pack.toml").is_file():
        return _validate_language_folder(path, as_json=args.json)
    from dro_trainer.cli import validate_command

    return validate_command(path, as_json=args.json)


def _validate_pack(path: Path, *, as_json: bool) -> int:
    import tempfile

    from dro_trainer.core.course_validator import validate_course
    from dro_trainer.core.packs.pack_reader import extract_verified, open_pack

    try:
        opened = open_pack(path, __version__)
        with tempfile.TemporaryDirectory() as folder:
            extract_verified(opened, Path(folder))
            report = validate_course(Path(folder))
    except PackError as error:
        if as_json:
            print(json.dumps({"valid": False, "errors": [{"file": str(path), "line": None, "message": error.problem, "hint": error.hint}], "warnings": [], "languages": {}}))
        else:
            print(f"{path}: error: {error.describe()}", file=sys.stderr)
        return REFUSED
    return _print_report(report, as_json)


def _print_report(report, as_json: bool) -> int:
    if as_json:
        print(json.dumps(report.as_dict(), ensure_ascii=False, indent=2))
    else:
        for problem in report.problems.items:
            print(problem.describe(report.root))
        print(f"{'valid' if report.valid else 'INVALID'}: {len(report.problems.errors)} errors, {len(report.problems.warnings)} warnings")
    return DONE if report.valid else REFUSED


def _validate_language_folder(path: Path, *, as_json: bool) -> int:
    """A language-pack folder is checked against the course it translates."""
    import tomllib

    from dro_trainer.core.course_validator import validate_course

    facts = tomllib.loads((path / "language-pack.toml").read_text(encoding="utf-8"))
    course = _translated_course(path, None)
    if course is None:
        print(f"{path}: the course {facts.get('course')!r} it translates was not found; use 'pack build ... --course DIR'.", file=sys.stderr)
        return REFUSED
    language = str(facts.get("language", ""))
    return _print_report(validate_course(course, {language: path / language}), as_json)


def _build(args, data_dir: Path) -> int:
    from dro_trainer.core.packs.pack_builder import build_pack

    manifest = build_pack(Path(args.source), Path(args.output), __version__, _course_folder(args))
    print(f"Built {args.output}: {manifest.course_id} {manifest.version}, {len(manifest.files)} files, "
          f"{manifest.total_size} bytes, languages {', '.join(manifest.languages)}. Sign it with 'pack sign'.")
    return DONE


def _course_folder(args) -> Path | None:
    return _translated_course(Path(args.source), getattr(args, "course", None))


def _translated_course(source: Path, course: str | None) -> Path | None:
    """The course a language pack translates: the one given, else the bundled course it names."""
    import tomllib

    if course:
        return Path(course)
    pack_file = source / "language-pack.toml"
    if not pack_file.is_file():
        return None
    from dro_trainer.core.data_paths import bundled_courses_dir

    course_id = tomllib.loads(pack_file.read_text(encoding="utf-8")).get("course", "")
    candidate = bundled_courses_dir() / str(course_id)
    return candidate if candidate.is_dir() else None


def _bundled() -> list[Path]:
    from dro_trainer.core.data_paths import bundled_courses_dir

    root = bundled_courses_dir()
    return [p for p in root.iterdir() if (p / "course.toml").is_file()] if root.is_dir() else []


def _install(args, data_dir: Path) -> int:
    from dro_trainer.core.packs.pack_installer import install_pack

    result = install_pack(Path(args.pack), data_dir, __version__, allow_untrusted=args.yes, allow_downgrade=args.force,
                          allow_replace=args.force, bundled=_bundled())
    if result.already_installed:
        print(f"{result.course_id} {result.version} is already installed; nothing changed.")
        return DONE
    before = f" (was {result.previous_version})" if result.previous_version else ""
    what = f"the {result.language!r} language pack {result.version} for {result.course_id}" if result.language else f"{result.course_id} {result.version}"
    print(f"Installed {what}{before}; signature: {result.signature.status.value}.")
    changes = result.changes
    if result.previous_version:
        print(f"Lessons added: {len(changes.added)}, changed: {len(changes.changed)}, removed: {len(changes.removed)}. Progress is kept.")
    return DONE


def _list(args, data_dir: Path) -> int:
    from dro_trainer.core.packs.installed_courses import installed_courses

    courses = installed_courses(data_dir, __version__)
    rows = [{"id": c.course_id, "version": c.version, "title": c.manifest.title if c.manifest else "",
             "publisher": c.manifest.publisher if c.manifest else "", "languages": c.manifest.languages if c.manifest else [],
             "size": c.manifest.total_size if c.manifest else None} for c in courses]
    if args.json:
        print(json.dumps(rows, ensure_ascii=False, indent=2))
    elif not rows:
        print("No course is installed.")
    for row in rows if not args.json else []:
        print(f"{row['id']} {row['version']}  {row['title']}  ({row['publisher']}; {', '.join(row['languages'])})")
    return DONE


def _remove(args, data_dir: Path) -> int:
    from dro_trainer.core.packs.pack_installer import remove_course

    if not remove_course(data_dir, args.course_id):
        print(f"No installed course has the id {args.course_id!r}. See 'pack list'.", file=sys.stderr)
        return REFUSED
    print(f"Removed {args.course_id}. Trainees' progress and quiz history are kept.")
    return DONE


def _export(args, data_dir: Path) -> int:
    from dro_trainer.core.packs.pack_installer import export_course

    course = export_course(data_dir, args.course_id, Path(args.output), __version__)
    print(f"Exported {course.course_id} {course.version} to {args.output}.")
    return DONE


def _keygen(args, data_dir: Path) -> int:
    from dro_trainer.core.packs.pack_signing import generate_key

    output = Path(args.output)
    fingerprint = generate_key(output, args.publisher)
    print(f"Wrote the secret key {output} (keep it safe) and {output.with_suffix('.pub')} (share it).\nFingerprint: {fingerprint}")
    return DONE


def _sign(args, data_dir: Path) -> int:
    from dro_trainer.core.packs.pack_builder import sign_pack

    from dro_trainer.core.packs.pack_installer import manifest_id
    from dro_trainer.core.packs.pack_reader import open_pack

    fingerprint = sign_pack(Path(args.pack), Path(args.key), args.publisher, __version__)
    opened = open_pack(Path(args.pack), __version__)
    print(f"Signed {args.pack} ({opened.manifest.kind} {opened.manifest.course_id} {opened.manifest.version}, "
          f"{len(opened.manifest.files)} files, manifest {manifest_id(opened)[:16]}) with the key {fingerprint}.")
    return DONE


def _verify(args, data_dir: Path) -> int:
    import tempfile

    from dro_trainer.core.packs.pack_installer import inspect_pack
    from dro_trainer.core.packs.pack_reader import extract_verified

    opened, signature = inspect_pack(Path(args.pack), data_dir, __version__)
    with tempfile.TemporaryDirectory() as folder:
        extract_verified(opened, Path(folder))
    who = f" by {signature.publisher} ({signature.fingerprint})" if signature.fingerprint else ""
    print(f"{args.pack}: all {len(opened.manifest.files)} files match their SHA-256; signature: {signature.status.value}{who}.")
    return DONE


def _trust(args, data_dir: Path) -> int:
    from dro_trainer.core.packs.pack_signing import trust_key

    fingerprint = trust_key(data_dir, Path(args.public_key))
    print(f"Packs signed with the key {fingerprint} are now trusted here.")
    return DONE


VERBS = {"validate": _validate, "build": _build, "install": _install, "list": _list, "remove": _remove,
         "export": _export, "keygen": _keygen, "sign": _sign, "verify": _verify, "trust": _trust}
