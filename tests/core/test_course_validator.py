"""Validating course folders: the tiny course is clean, and each kind of damage is located."""

import json
from pathlib import Path

from dro_trainer.cli import main as cli_main
from dro_trainer.core.course_validator import validate_course


def _errors(root: Path) -> list[tuple[str, int | None, str]]:
    report = validate_course(root)
    return [(Path(p.path).relative_to(root.resolve()).as_posix(), p.line, p.message) for p in report.problems.errors]


def test_tiny_course_is_valid_with_counts(tiny_course):
    report = validate_course(tiny_course)
    assert report.valid, [p.describe() for p in report.problems.errors]
    en, fr = report.languages["en"], report.languages["fr"]
    assert (en.modules, en.lessons, en.questions, en.glossary_terms, en.missing) == (1, 2, 2, 1, 0)
    assert (fr.lessons, fr.missing) == (1, 1)
    assert en.words > 10
    assert any("not translated" in p.message for p in report.problems.warnings)


def test_bad_front_matter(tiny_course):
    path = tiny_course / "en/01-m/02-b.md"
    path.write_text(path.read_text().replace("title: Second lesson", "title Second lesson"))
    assert ("en/01-m/02-b.md", 3, "front matter line is not 'key: value': 'title Second lesson'.") in _errors(tiny_course)


def test_quiz_without_correct_answer(tiny_course):
    path = tiny_course / "en/01-m/quiz.txt"
    path.write_text(path.read_text().replace("- [x] Right", "- [ ] Right"))
    assert _errors(tiny_course) == [("en/01-m/quiz.txt", 7, "question 'm1-q1' has no correct answer.")]


def test_broken_lesson_and_term_links(tiny_course):
    path = tiny_course / "en/01-m/02-b.md"
    path.write_text(path.read_text().replace("More text here.", "See [x](lesson:nope) and\n[y](term:nothing)."))
    errors = _errors(tiny_course)
    assert ("en/01-m/02-b.md", 11, "link to lesson 'nope', which does not exist.") in errors
    assert ("en/01-m/02-b.md", 12, "link to glossary term 'nothing', which is not in the glossary.") in errors


def test_missing_image_and_remote_image(tiny_course):
    path = tiny_course / "en/01-m/02-b.md"
    path.write_text(path.read_text().replace("More text here.", "![a](media/none.png)\n![b](https://example.org/b.png)"))
    messages = [m for _, _, m in _errors(tiny_course)]
    assert "image 'media/none.png' was not found." in messages
    assert "image 'https://example.org/b.png' is not a PNG, JPEG or GIF file inside the course." in messages


def test_image_present_is_fine(tiny_course):
    (tiny_course / "media").mkdir()
    (tiny_course / "media/a.png").write_bytes(b"\x89PNG\r\n\x1a\n")
    path = tiny_course / "en/01-m/02-b.md"
    path.write_text(path.read_text().replace("More text here.", "![a](media/a.png)"))
    assert validate_course(tiny_course).valid


def test_duplicate_ids(tiny_course):
    path = tiny_course / "en/01-m/02-b.md"
    path.write_text(path.read_text().replace("id: m1-l2", "id: m1-l1"))
    assert ("en/01-m/02-b.md", 2, "the ID 'm1-l1' is already used in 01-m/01-a.md:2.") in _errors(tiny_course)


def test_invalid_utf8_names_file_and_line(tiny_course):
    path = tiny_course / "en/01-m/02-b.md"
    path.write_bytes(path.read_bytes().replace(b"More text", b"More \xff text"))
    assert ("en/01-m/02-b.md", 11, "is not valid UTF-8 (byte 0xff).") in _errors(tiny_course)


def test_raw_html_and_script_links(tiny_course):
    path = tiny_course / "en/01-m/02-b.md"
    path.write_text(path.read_text().replace("More text here.", "<script>x</script>\n[a](javascript:alert(1))\n[w](https://example.org)"))
    messages = [m for _, _, m in _errors(tiny_course)]
    assert "raw HTML '<script>' is not allowed in lessons." in messages
    assert "link 'javascript:alert(1' is not allowed." in messages or any("javascript" in m for m in messages)
    assert any("web address" in m for m in messages)


def test_translation_with_different_answers_is_an_error(tiny_course):
    path = tiny_course / "fr/01-m/quiz.txt"
    path.write_text(path.read_text().replace("- [x] Juste", "- [ ] Juste").replace("- [ ] Faux\n    No", "- [x] Faux\n    No"))
    assert any("marks different options correct" in m for _, _, m in _errors(tiny_course))


def test_translation_with_unknown_id_is_an_error(tiny_course):
    path = tiny_course / "fr/01-m/01-a.md"
    path.write_text(path.read_text().replace("id: m1-l1", "id: m1-l9"))
    assert ("fr/01-m/01-a.md", 2, "lesson 'm1-l9' is not in the source language.") in _errors(tiny_course)


def test_missing_manifest_and_bad_toml(tmp_path, tiny_course):
    assert "the course has no manifest." in [m for _, _, m in _errors(tmp_path)]
    (tiny_course / "course.toml").write_text('format = 1\nid = "tiny\n')
    errors = _errors(tiny_course)
    assert errors[0][0] == "course.toml" and errors[0][1] == 2 and "not valid TOML" in errors[0][2]


def test_cli_text_and_json(tiny_course, capsys):
    assert cli_main(["pack", "validate", str(tiny_course)]) == 0
    assert "valid: 0 errors" in capsys.readouterr().out
    assert cli_main(["pack", "validate", str(tiny_course), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert set(data) == {"valid", "errors", "warnings", "languages"}
    assert data["valid"] is True
    assert set(data["languages"]["en"]) == {"modules", "lessons", "words", "questions", "glossary_terms", "missing"}
    (tiny_course / "en/01-m/quiz.txt").write_text("no front matter")
    assert cli_main(["pack", "validate", str(tiny_course), "--json"]) == 1
    data = json.loads(capsys.readouterr().out)
    assert data["valid"] is False and data["errors"][0]["file"].endswith("quiz.txt") and data["errors"][0]["line"] == 1


def test_cli_on_a_missing_folder(tmp_path, capsys):
    assert cli_main(["pack", "validate", str(tmp_path / "nothing")]) == 1
    assert "not a course folder" in capsys.readouterr().err


def test_bundled_course_has_no_errors():
    from tests.conftest import BUNDLED_COURSE

    report = validate_course(BUNDLED_COURSE)
    assert report.valid, "\n".join(p.describe() for p in report.problems.errors)
    assert report.languages["en"].lessons >= 5 and report.languages["en"].questions >= 8
