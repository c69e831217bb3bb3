"""The interface translation pipeline: complete .ts files, built .qm files, translated widgets."""

import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from dro_trainer.gui.i18n import QM_FOLDER, available_interface_languages
from tests.conftest import REPO

TS_FILES = sorted((REPO / "translations").glob("dro_trainer_*.ts"))
PLACEHOLDER = re.compile(r"%(?:\d|n)")


def test_french_and_spanish_are_built():
    assert {"en", "fr", "es"} <= set(available_interface_languages())
    for ts in TS_FILES:
        qm = QM_FOLDER / (ts.stem + ".qm")
        assert qm.is_file() and qm.stat().st_mtime >= ts.stat().st_mtime - 1, f"{qm} is missing or older than {ts}"


@pytest.mark.parametrize("ts", [p for p in TS_FILES if not p.stem.endswith("_en")], ids=lambda p: p.name)
def test_every_message_is_translated_and_keeps_its_placeholders(ts: Path):
    root = ET.parse(ts).getroot()
    messages = list(root.iter("message"))
    assert len(messages) > 100
    for message in messages:
        source = message.find("source").text
        translation = message.find("translation")
        assert translation.get("type") not in ("unfinished", "obsolete", "vanished"), source
        forms = [f.text or "" for f in translation.iter("numerusform")] or [translation.text or ""]
        for form in forms:
            assert form.strip(), source
            assert sorted(PLACEHOLDER.findall(form)) == sorted(set(PLACEHOLDER.findall(source))) or message.get("numerus") == "yes", (source, form)
            assert ("&" in source) == ("&" in form.replace("&amp;", "&")), f"keyboard accelerator lost: {source!r} -> {form!r}"


def test_every_source_string_is_in_the_ts_files():
    """lupdate must have seen every tr() call: compare against a fresh scan of the sources."""
    sources = "\n".join(p.read_text(encoding="utf-8") for p in (REPO / "dro_trainer/gui").glob("*.py"))
    called = set(re.findall(r'self\.tr\("((?:[^"\\]|\\.)*)"', sources))
    called |= set(re.findall(r'translate\("\w+", "((?:[^"\\]|\\.)*)"', sources))
    called |= set(re.findall(r'QT_TRANSLATE_NOOP\("\w+", "((?:[^"\\]|\\.)*)"', sources))
    assert len(called) > 110
    in_ts = {m.find("source").text for m in ET.parse(REPO / "translations/dro_trainer_fr.ts").getroot().iter("message")}
    missing = {s.encode().decode("unicode_escape").encode("latin-1").decode("utf-8") for s in called} - in_ts
    assert not missing, f"run `make update-translations`: {sorted(missing)}"


def test_widgets_show_french_after_switching(qtbot, app_runner, tiny_course):
    window = app_runner(tiny_course).start()
    assert window.welcome.title.text() == "Welcome to DRO Trainer"
    window.welcome.interface_choice.setCurrentIndex(window.welcome.interface_choice.findData("fr"))
    qtbot.waitUntil(lambda: window.welcome.title.text() == "Bienvenue dans DRO Trainer")
    assert window.welcome.start_button.text() == "&Commencer"
    window._create_profile("Amina", "fr", "fr")
    assert window.library.modules_heading.text() == "Modules"
    assert "2 leçons" in _module_meta(window)
    window.switch_interface_language("es")
    qtbot.waitUntil(lambda: window.menus["file"].title() == "&Archivo")
    qtbot.waitUntil(lambda: "2 lecciones" in _module_meta(window))


def test_english_plurals(qtbot, app_runner, tiny_course):
    window = app_runner(tiny_course).start()
    window._create_profile("Amina", "en", "en")
    assert _module_meta(window).startswith("2 lessons")


def _module_meta(window) -> str:
    """The 'N lessons · about N minutes' line of the first module card."""
    from PySide6.QtWidgets import QLabel

    return window.library._cards[0].findChildren(QLabel)[3].text()
