"""The core must import and work with PySide6 unavailable."""

import pkgutil
import subprocess
import sys

import dro_trainer.core
from tests.conftest import REPO

BLOCK_QT = """
import importlib, sys
class BlockQt:
    def find_spec(self, name, path=None, target=None):
        if name == 'PySide6' or name.startswith('PySide6.') or name.startswith('shiboken6'):
            raise ImportError('Qt is blocked in this test')
sys.meta_path.insert(0, BlockQt())
for name in sys.argv[1:]:
    importlib.import_module(name)
from dro_trainer.core.course_validator import validate_course
from pathlib import Path
report = validate_course(Path('modules/dro-core'))
assert report.languages['en'].lessons > 0
assert not any(m.startswith('PySide6') for m in sys.modules)
print('core ok without Qt')
"""


def test_core_imports_and_validates_with_qt_blocked():
    names = [m.name for m in pkgutil.walk_packages(dro_trainer.core.__path__, "dro_trainer.core.")]
    assert "dro_trainer.core.progress" in names
    result = subprocess.run([sys.executable, "-c", BLOCK_QT, *names], cwd=REPO, capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    assert "core ok without Qt" in result.stdout

