"""The store: schema from nothing and from every released version, backups, recovery."""

import shutil
import sqlite3

import pytest
from sqlalchemy import inspect

from dro_trainer.core.progress import ProgressStore
from dro_trainer.core.store import migrations
from dro_trainer.core.store.database import (BACKUPS_KEPT, STORE_NAME, StoreUnreadable, backups_of, open_store,
                                             restore_latest_backup)
from dro_trainer.core.store.schema import metadata
from tests.conftest import FIXTURES


def _columns(engine) -> dict[str, set[str]]:
    inspector = inspect(engine)
    return {table: {c["name"] for c in inspector.get_columns(table)} for table in inspector.get_table_names()}


def test_new_store_has_the_current_schema(tmp_path):
    store = open_store(tmp_path)
    with store.engine.connect() as connection:
        assert migrations.schema_version(connection) == migrations.LATEST_VERSION
        assert connection.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert connection.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
    expected = {table.name: {c.name for c in table.columns} for table in metadata.sorted_tables}
    assert _columns(store.engine) == expected
    store.close()


@pytest.mark.parametrize("fixture", sorted(p.name for p in FIXTURES.glob("store-v*.sqlite")))
def test_every_released_schema_upgrades_and_keeps_its_data(tmp_path, fixture):
    shutil.copy(FIXTURES / fixture, tmp_path / STORE_NAME)
    store = open_store(tmp_path)
    progress = ProgressStore(store)
    amina = progress.profile(1)
    assert (amina.display_name, amina.content_language, amina.text_scale) == ("Amina", "fr", 120)
    states = progress.lesson_states(1, "dro-core")
    assert states["m01-l01"].completed and states["m01-l02"].seconds_spent == 300
    best = progress.quiz_bests(1, "dro-core")["m01-quiz"]
    assert (best.best_percent, best.passed, best.attempts) == (80, True, 1)
    assert progress.attempt_answers(1)["m01-q02"] == (frozenset({0, 2}), False)
    with store.engine.connect() as connection:
        assert migrations.schema_version(connection) == migrations.LATEST_VERSION
    store.close()


def test_a_fixture_exists_for_every_released_schema():
    assert {f"store-v{v}.sqlite" for v in range(1, migrations.LATEST_VERSION + 1)} <= {p.name for p in FIXTURES.iterdir()}


def test_a_store_from_a_newer_app_is_refused(tmp_path):
    open_store(tmp_path).close()
    connection = sqlite3.connect(tmp_path / STORE_NAME)
    connection.execute(f"PRAGMA user_version = {migrations.LATEST_VERSION + 1}")
    connection.close()
    with pytest.raises(migrations.StoreTooNew):
        open_store(tmp_path)


def test_each_start_makes_a_backup_and_keeps_only_the_last_few(tmp_path):
    open_store(tmp_path).close()
    assert backups_of(tmp_path) == []  # nothing to back up on the very first start
    for _ in range(BACKUPS_KEPT + 2):
        open_store(tmp_path).close()
    assert len(backups_of(tmp_path)) == BACKUPS_KEPT


def test_unreadable_store_is_reported_and_restored_from_backup(tmp_path):
    store = open_store(tmp_path)
    ProgressStore(store).create_profile("Amina", "en", "en")
    store.close()
    open_store(tmp_path).close()  # this start backs up the good file
    (tmp_path / STORE_NAME).write_bytes(b"this is not a database at all" * 100)
    with pytest.raises(StoreUnreadable) as raised:
        open_store(tmp_path)
    assert raised.value.backups and "not a database" in raised.value.reason
    restore_latest_backup(tmp_path)
    store = open_store(tmp_path)
    assert [p.display_name for p in ProgressStore(store).profiles()] == ["Amina"]
    store.close()
    assert list(tmp_path.glob(f"{STORE_NAME}.unreadable-*")), "the damaged file is kept, not deleted"


def test_no_backup_to_restore(tmp_path):
    with pytest.raises(FileNotFoundError):
        restore_latest_backup(tmp_path)


def test_failed_migration_leaves_the_store_untouched(tmp_path, monkeypatch):
    open_store(tmp_path).close()

    def broken_step(connection):
        connection.exec_driver_sql("CREATE TABLE half_done (x)")
        raise RuntimeError("power cut")

    monkeypatch.setattr(migrations, "MIGRATIONS", migrations.MIGRATIONS + [broken_step])
    monkeypatch.setattr(migrations, "LATEST_VERSION", migrations.LATEST_VERSION + 1)
    with pytest.raises(RuntimeError):
        open_store(tmp_path)
    connection = sqlite3.connect(tmp_path / STORE_NAME)
    tables = {row[0] for row in connection.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    version = connection.execute("PRAGMA user_version").fetchone()[0]
    connection.close()
    assert "half_done" not in tables and version == 1


def test_a_second_copy_can_open_while_another_writes(tmp_path):
    """With WAL and deferred transactions, another DRO Trainer writing is no reason to fail."""
    open_store(tmp_path).close()
    holder = sqlite3.connect(tmp_path / STORE_NAME, timeout=0)
    holder.execute("BEGIN IMMEDIATE")
    holder.execute("INSERT INTO profiles (display_name, created_at, last_used_at) VALUES ('x', 'now', 'now')")
    try:
        store = open_store(tmp_path, back_up=False)
        assert ProgressStore(store).profiles() == []
        store.close()
    finally:
        holder.rollback()
        holder.close()


def test_a_lock_met_while_upgrading_is_busy_not_damaged(tmp_path, monkeypatch):
    """Never offer to restore a backup over a store that is merely locked."""
    from sqlalchemy.exc import OperationalError

    from dro_trainer.core.store.database import StoreUnavailable

    open_store(tmp_path).close()

    def locked(connection):
        raise OperationalError("PRAGMA user_version", {}, sqlite3.OperationalError("database is locked"))

    monkeypatch.setattr(migrations, "upgrade", locked)
    with pytest.raises(StoreUnavailable):
        open_store(tmp_path)


def test_restore_keeps_the_damaged_journal_aside(tmp_path):
    store = open_store(tmp_path)
    ProgressStore(store).create_profile("Amina", "en", "en")
    store.close()
    open_store(tmp_path).close()
    (tmp_path / STORE_NAME).write_bytes(b"garbage" * 100)
    (tmp_path / f"{STORE_NAME}-wal").write_bytes(b"latest answers")
    restore_latest_backup(tmp_path)
    kept = list(tmp_path.glob(f"{STORE_NAME}.unreadable-*-wal"))
    assert kept and kept[0].read_bytes() == b"latest answers"


def test_a_failed_backup_does_not_stop_the_store(tmp_path, monkeypatch):
    from dro_trainer.core.store import database

    open_store(tmp_path).close()
    monkeypatch.setattr(database, "_back_up", lambda path, data_dir: (_ for _ in ()).throw(OSError("disk full")))
    store = open_store(tmp_path)
    assert store.warnings and "disk full" in store.warnings[0]
    store.close()
