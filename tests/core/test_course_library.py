import re

from dro_trainer.core.course_library import BUNDLED, INSTALLED, course_sources
from dro_trainer.core.packs.pack_builder import build_pack
from dro_trainer.core.packs.pack_installer import install_pack

APP = "0.1.0"


def _set_version(course, version):
    toml = course / "course.toml"
    toml.write_text(re.sub(r'version = "[^"]*"', f'version = "{version}"', toml.read_text()))


def test_bundled_course_is_read_until_a_pack_is_at_least_as_new(tmp_path, tiny_course):
    data = tmp_path / "data"
    [only] = course_sources(data, [tiny_course], APP)
    assert (only.origin, only.version, only.folder) == (BUNDLED, "1.0.0", tiny_course)
    _set_version(tiny_course, "1.2.0")
    pack = tmp_path / "p.dropack"
    build_pack(tiny_course, pack, APP)
    install_pack(pack, data, APP, allow_untrusted=True)
    _set_version(tiny_course, "1.1.0")  # an older bundled copy: the pack wins
    [chosen] = course_sources(data, [tiny_course], APP)
    assert (chosen.origin, chosen.version) == (INSTALLED, "1.2.0")
    _set_version(tiny_course, "2.0.0")  # a newer app's bundle wins
    [chosen] = course_sources(data, [tiny_course], APP)
    assert (chosen.origin, chosen.version) == (BUNDLED, "2.0.0")


def test_a_broken_bundle_is_skipped(tmp_path):
    (tmp_path / "broken").mkdir()
    assert course_sources(tmp_path / "data", [tmp_path / "broken"], APP) == []
