"""Opening the store: integrity check, rolling backup, schema upgrade, restore.

Every transaction is a real SQLite transaction (BEGIN emitted by us, not by the
driver's guesswork), so a migration or a multi-row write is all or nothing.
"""

from __future__ import annotations

import shutil
import sqlite3
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.exc import DBAPIError

from dro_trainer.core.store import migrations

STORE_NAME = "dro-trainer.sqlite"
BACKUP_FOLDER = "backups"
BACKUPS_KEPT = 5


class StoreUnavailable(Exception):
    """The file is fine but cannot be used now: locked by another DRO Trainer, or read-only.
    Never a reason to restore a backup."""


class StoreUnreadable(Exception):
    """The database file exists but cannot be used; a backup may restore it."""

    def __init__(self, path: Path, reason: str, backups: list[Path]) -> None:
        super().__init__(f"{path}: {reason}")
        self.path, self.reason, self.backups = path, reason, backups


@dataclass
class Store:
    engine: Engine
    path: Path
    warnings: list[str] = field(default_factory=list)

    def close(self) -> None:
        self.engine.dispose()


def _make_engine(path: Path) -> Engine:
    engine = create_engine(f"sqlite:///{path}")

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection, _record) -> None:
        dbapi_connection.isolation_level = None  # we emit BEGIN ourselves, below
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA foreign_keys = ON")
        cursor.execute("PRAGMA journal_mode = WAL")
        cursor.execute("PRAGMA synchronous = FULL")  # a saved answer survives a power cut
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(connection) -> None:
        connection.exec_driver_sql("BEGIN")  # deferred: reads never take the write lock

    return engine


def backups_of(data_dir: Path) -> list[Path]:
    """Backups, newest first."""
    folder = data_dir / BACKUP_FOLDER
    return sorted(folder.glob("progress-*.sqlite"), reverse=True) if folder.is_dir() else []


def _check_readable(path: Path) -> str | None:
    """None if SQLite can read the whole file, else why not."""
    try:
        connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            result = connection.execute("PRAGMA quick_check").fetchone()
            connection.execute("PRAGMA user_version").fetchone()
        finally:
            connection.close()
    except sqlite3.DatabaseError as exc:
        return str(exc)
    return None if result and result[0] == "ok" else f"integrity check failed: {result[0] if result else 'no answer'}"


def _back_up(path: Path, data_dir: Path) -> None:
    folder = data_dir / BACKUP_FOLDER
    folder.mkdir(parents=True, exist_ok=True)
    stamp = datetime.now(timezone.utc).strftime("%Y%m%d-%H%M%S-%f")
    target = folder / f"progress-{stamp}.sqlite"
    source = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    destination = sqlite3.connect(target)
    try:
        source.backup(destination)
    finally:
        destination.close()
        source.close()
    for old in backups_of(data_dir)[BACKUPS_KEPT:]:
        old.unlink(missing_ok=True)


def open_store(data_dir: Path, *, back_up: bool = True) -> Store:
    data_dir.mkdir(parents=True, exist_ok=True)
    path = data_dir / STORE_NAME
    warnings = []
    if path.exists():
        reason = _check_readable(path)
        if reason is not None and _is_busy(reason):
            raise StoreUnavailable(reason)
        if reason is not None:
            raise StoreUnreadable(path, reason, backups_of(data_dir))
        if back_up:
            try:
                _back_up(path, data_dir)
            except (OSError, sqlite3.Error) as exc:  # a missing backup must not keep anyone from studying
                warnings.append(f"no backup was made this time ({exc})")
    engine = _make_engine(path)
    try:
        with engine.begin() as connection:
            migrations.upgrade(connection)
    except DBAPIError as exc:
        engine.dispose()
        if _is_busy(str(exc.orig)):
            raise StoreUnavailable(str(exc.orig)) from exc
        raise StoreUnreadable(path, str(exc.orig), backups_of(data_dir)) from exc
    except migrations.StoreTooNew:
        engine.dispose()
        raise
    return Store(engine, path, warnings)


def _is_busy(reason: str) -> bool:
    reason = reason.lower()
    return any(word in reason for word in ("locked", "busy", "readonly", "read-only", "unable to open"))


def restore_latest_backup(data_dir: Path) -> Path:
    """Put the newest readable backup in place; the unreadable file is kept aside, not deleted."""
    path = data_dir / STORE_NAME
    for backup in backups_of(data_dir):
        if _check_readable(backup) is None:
            stamp = datetime.now(timezone.utc).strftime("%Y%m%d-%H%M%S")
            for suffix in ("", "-wal", "-shm"):  # the journal may hold the latest answers: keep it too
                damaged = Path(f"{path}{suffix}")
                if damaged.exists():
                    damaged.rename(path.with_name(f"{STORE_NAME}.unreadable-{stamp}{suffix}"))
            shutil.copy2(backup, path)
            return backup
    raise FileNotFoundError("no readable backup")
