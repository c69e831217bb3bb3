"""One install in its own process, for a clean peak-memory reading. Prints seconds and peak KiB."""

import resource
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from dro_trainer.core.packs.pack_installer import install_pack  # noqa: E402

started = time.perf_counter()
install_pack(Path(sys.argv[1]), Path(sys.argv[2]), "0.1.0", allow_untrusted=True)
print(f"{time.perf_counter() - started:.3f} {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss}")
