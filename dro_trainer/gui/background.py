"""Running work off the interface thread and getting its result back on it.

Workers never touch widgets: they return a value or raise, and the callbacks run
on the interface thread.
"""

from __future__ import annotations

from typing import Any, Callable

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal


class _Relay(QObject):
    finished = Signal(object)
    failed = Signal(object)


class _Job(QRunnable):
    def __init__(self, work: Callable[[], Any], relay: _Relay) -> None:
        super().__init__()
        self.work, self.relay = work, relay

    def run(self) -> None:
        try:
            result = self.work()
        except Exception as exc:  # handed to the caller's on_failed, on the interface thread
            self.relay.failed.emit(exc)
        else:
            self.relay.finished.emit(result)


_running: set[_Relay] = set()  # keeps each relay alive until its job reports


def run_in_background(work: Callable[[], Any], on_done: Callable[[Any], None], on_failed: Callable[[Exception], None]) -> None:
    relay = _Relay()  # created here, so it lives on the interface thread
    _running.add(relay)

    def finish(callback: Callable, value: Any) -> None:
        _running.discard(relay)
        callback(value)

    relay.finished.connect(lambda value: finish(on_done, value), Qt.ConnectionType.QueuedConnection)
    relay.failed.connect(lambda error: finish(on_failed, error), Qt.ConnectionType.QueuedConnection)
    QThreadPool.globalInstance().start(_Job(work, relay))
