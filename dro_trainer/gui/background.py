"""Running work off the interface thread and getting its result back on it.

Workers never touch widgets: they return a value or raise, may report progress and
check for cancellation, and every callback runs on the interface thread.
"""

from __future__ import annotations

import threading
from typing import Any, Callable

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal

Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]


class BackgroundJob(QObject):
    progressed = Signal(int, int)
    finished = Signal(object)
    failed = Signal(object)

    def __init__(self, work: Callable[[Progress, Cancelled], Any]) -> None:
        super().__init__()  # made on the interface thread, so its signals are delivered there
        self._work = work
        self._cancel = threading.Event()
        self.result = None  # what the work returned, once it finished

    def start(self) -> None:
        _running.add(self)
        QThreadPool.globalInstance().start(_Runner(self))

    def cancel(self) -> None:
        self._cancel.set()

    @property
    def is_cancelled(self) -> bool:
        return self._cancel.is_set()

    def _run(self) -> None:
        try:
            result = self._work(self.progressed.emit, self._cancel.is_set)
        except Exception as exc:  # handed to on_failed, on the interface thread
            self.failed.emit(exc)
        else:
            self.result = result
            self.finished.emit(result)


class _Runner(QRunnable):
    def __init__(self, job: BackgroundJob) -> None:
        super().__init__()
        self.job = job

    def run(self) -> None:
        self.job._run()


_running: set[BackgroundJob] = set()  # keeps each job alive until it reports


def start_job(work: Callable[[Progress, Cancelled], Any], on_done: Callable[[Any], None],
              on_failed: Callable[[Exception], None], on_progress: Progress | None = None) -> BackgroundJob:
    job = BackgroundJob(work)

    def finish(callback: Callable, value: Any) -> None:
        _running.discard(job)
        callback(value)

    queued = Qt.ConnectionType.QueuedConnection
    job.finished.connect(lambda value: finish(on_done, value), queued)
    job.failed.connect(lambda error: finish(on_failed, error), queued)
    if on_progress is not None:
        job.progressed.connect(on_progress, queued)
    job.start()
    return job


def run_in_background(work: Callable[[], Any], on_done: Callable[[Any], None], on_failed: Callable[[Exception], None]) -> BackgroundJob:
    """For work that reports no progress and cannot be cancelled."""
    return start_job(lambda _progress, _cancelled: work(), on_done, on_failed)
