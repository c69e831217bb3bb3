"""Language packs: scaffold, mark, build, install beside a course, status, outdated, refusals."""

import pytest

from dro_trainer.cli import main as cli_main
from dro_trainer.core.course_library import load_current_course
from dro_trainer.core.localized_course import LocalizedCourse
from dro_trainer.core.packs.pack_builder import build_pack
from dro_trainer.core.packs.pack_errors import PackError
from dro_trainer.core.packs.pack_installer import install_pack

APP = "0.1.0"


@pytest.fixture
def portuguese(tmp_path, tiny_course):
    """A language pack scaffolded from the tiny course, one lesson translated and marked."""
    folder = tmp_path / "tiny-pt"
    assert cli_main(["translations", "new", "pt", str(tiny_course), "-o", str(folder)]) == 0
    lesson = folder / "pt/01-m/01-a.md"
    lesson.write_text(lesson.read_text().replace("First lesson", "Primeira lição").replace("The [data]", "Os [dados]"))
    assert cli_main(["translations", "mark", "pt", "lesson:m1-l1", "--course", str(tiny_course), "--folder", str(folder / "pt")]) == 0
    pack = tmp_path / "tiny-pt.dropack"
    build_pack(folder, pack, APP, tiny_course)
    return folder, pack


def test_scaffold_build_install_and_read(portuguese, tiny_course, tmp_path, capsys):
    folder, pack = portuguese
    data = tmp_path / "data"
    result = install_pack(pack, data, APP, allow_untrusted=True, bundled=[tiny_course])
    assert (result.language, result.course_id) == ("pt", "tiny")
    course = load_current_course(data, tiny_course, APP).course
    assert "pt" in course.languages and course.manifest.languages == ["en", "fr"], "the course itself is untouched"
    portuguese_view = LocalizedCourse(course, "pt")
    assert portuguese_view.lesson("m1-l1").item.title == "Primeira lição"
    capsys.readouterr()
    assert cli_main(["--data-dir", str(data), "translations", "status", str(tiny_course), "--json"]) == 0
    assert install_pack(pack, data, APP, allow_untrusted=True, bundled=[tiny_course]).already_installed


def test_status_reports_unmarked_missing_and_outdated(portuguese, tiny_course, tmp_path, capsys):
    import json

    folder, pack = portuguese
    data = tmp_path / "data"
    install_pack(pack, data, APP, allow_untrusted=True, bundled=[tiny_course])
    source_lesson = tiny_course / "en/01-m/01-a.md"
    source_lesson.write_text(source_lesson.read_text().replace("The [data]", "Now the [data]"))
    capsys.readouterr()
    cli_main(["--data-dir", str(data), "translations", "status", str(tiny_course), "--json"])
    status = json.loads(capsys.readouterr().out)["tiny"]["pt"]
    assert status["items"]["lesson:m1-l1"] == "outdated"
    assert status["items"]["lesson:m1-l2"] == "unmarked", "scaffolded, not yet marked as translated"
    assert (status["complete"], status["outdated"], status["unmarked"], status["missing"]) == (0, 1, 4, 0)
    course = load_current_course(data, tiny_course, APP).course
    assert LocalizedCourse(course, "pt").lesson("m1-l1").is_outdated


def test_a_language_pack_needs_its_course_and_a_sound_translation(portuguese, tiny_course, tmp_path):
    folder, pack = portuguese
    with pytest.raises(PackError, match="not on this computer"):
        install_pack(pack, tmp_path / "data", APP, allow_untrusted=True, bundled=[])
    quiz = folder / "pt/01-m/quiz.txt"
    quiz.write_text(quiz.read_text().replace("- [x] Right", "- [ ] Right").replace("- [ ] Wrong", "- [x] Wrong"))
    with pytest.raises(PackError, match="no pack was built"):
        build_pack(folder, tmp_path / "bad.dropack", APP, tiny_course)


def test_the_arabic_pack_in_the_repository_builds_against_the_bundled_course(tmp_path):
    from tests.conftest import BUNDLED_COURSE, REPO

    manifest = build_pack(REPO / "packs/dro-core-ar", tmp_path / "ar.dropack", APP, BUNDLED_COURSE)
    assert manifest.kind == "language" and manifest.languages == ["ar"]
    result = install_pack(tmp_path / "ar.dropack", tmp_path / "data", APP, allow_untrusted=True, bundled=[BUNDLED_COURSE])
    course = load_current_course(tmp_path / "data", BUNDLED_COURSE, APP).course
    arabic = LocalizedCourse(course, "ar")
    assert result.language == "ar" and arabic.is_rtl
    assert not arabic.lesson("m01-l01").is_fallback and arabic.lesson("m02-l01").is_fallback


def test_language_pack_folders_are_checked_before_anything_is_built(tmp_path, tiny_course, capsys):
    folder = tmp_path / "lp"
    assert cli_main(["translations", "new", "Arabic Language", str(tiny_course), "-o", str(folder)]) == 1
    assert cli_main(["translations", "new", "pt", str(tmp_path / "no-course"), "-o", str(folder)]) == 1
    assert cli_main(["translations", "new", "pt", str(tiny_course), "-o", str(folder)]) == 0
    assert cli_main(["pack", "validate", str(folder)]) == 1, "the bundled course is not 'tiny'"
    (folder / "language-pack.toml").write_text('language = "pt"\nversion = "next"\ncourse = "tiny"\n')
    with pytest.raises(PackError, match="version like"):
        build_pack(folder, tmp_path / "x.dropack", APP, tiny_course)
    (folder / "language-pack.toml").write_text('language = "pt\n')
    with pytest.raises(PackError, match="cannot be read"):
        build_pack(folder, tmp_path / "x.dropack", APP, tiny_course)
    assert "Traceback" not in capsys.readouterr().err
