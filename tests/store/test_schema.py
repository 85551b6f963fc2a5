"""The store creates and migrates its schema at start-up (SQLite in WAL mode), both backends build the same
tables, and several processes can start on and write one database."""

from __future__ import annotations

import multiprocessing
import re
import sqlite3
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest
from sqlite_utils import Database

from bot.store import MIGRATIONS, SCHEMA_VERSION, SqliteStore, Store, StoreError
from bot.store_open import open_store
from tests.conftest import REPO

TABLES = {"schema_version", "quotes", "coaching_flags", "channel_modes", "mutes", "rate_cards", "processed_events",
          "thread_state", "pending_events", "serving_processes", "quote_feedback"}


def columns(store: Store) -> dict[str, list[str]]:
    """Each table's columns in order, read from the database's own catalog."""
    if isinstance(store, SqliteStore):
        db = Database(sqlite3.connect(store.path))
        return {name: [c.name for c in db.table(name).columns] for name in db.table_names()}
    rows: list[dict[str, Any]] = store._rows(
        "SELECT table_name, column_name FROM information_schema.columns WHERE table_schema = current_schema() "
        "ORDER BY table_name, ordinal_position"
    )
    found: dict[str, list[str]] = {}
    for row in rows:
        found.setdefault(row["table_name"], []).append(row["column_name"])
    return found


def test_both_backends_build_every_table_with_the_same_columns(store: Store, tmp_path: Path) -> None:
    reference = columns(SqliteStore(tmp_path / "reference.db"))
    assert set(reference) == TABLES
    assert columns(store) == reference
    assert store.schema_version() == SCHEMA_VERSION


def test_reopening_keeps_the_data_and_does_not_migrate_again(store: Store, store_location: Path | str) -> None:
    store.set_channel_mode("C1", "thread")
    again = open_store(store_location)
    assert again.channel_mode("C1") == "thread"
    assert [row["version"] for row in again._rows("SELECT version FROM schema_version ORDER BY version")] == list(
        range(1, SCHEMA_VERSION + 1))
    again.close()


def test_a_database_from_a_newer_pricebot_is_refused_with_a_message(store: Store, store_location: Path | str) -> None:
    store._execute("INSERT INTO schema_version (version) VALUES (?)", (SCHEMA_VERSION + 5,))
    with pytest.raises(StoreError, match=f"newer pricebot \\(schema {SCHEMA_VERSION + 5}"):
        open_store(store_location)


def sqlite_structure(path: Path) -> dict[str, Any]:
    """Each table's columns (name, type, not null, default, primary-key position) and indexes (unique, origin,
    columns), from SQLite's own catalog."""
    conn = sqlite3.connect(path)
    found: dict[str, Any] = {}
    tables = [name for (name,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")]
    for table in tables:
        columns = [tuple(row[1:]) for row in conn.execute(f'PRAGMA table_xinfo("{table}")')]
        indexes = {row[1]: (row[2], row[3], [r[2] for r in conn.execute(f'PRAGMA index_info("{row[1]}")')])
                   for row in conn.execute(f'PRAGMA index_list("{table}")')}
        found[table] = (columns, indexes)
    conn.close()
    return found


def test_a_new_file_gets_exactly_the_schema_the_migrations_build(tmp_path: Path) -> None:
    stepwise = tmp_path / "stepwise.db"
    conn = sqlite3.connect(stepwise)
    db = Database(conn)
    db.table("schema_version").create({"version": int}, pk="version")
    for migration in MIGRATIONS:
        migration(db)
    conn.commit()
    conn.close()
    new = SqliteStore(tmp_path / "new.db")
    assert new.schema_version() == SCHEMA_VERSION
    new.close()
    expected = sqlite_structure(stepwise)
    assert set(expected) == TABLES
    assert sqlite_structure(tmp_path / "new.db") == expected


def test_a_first_start_creates_its_tables_without_sqlite_utils_or_numpy(tmp_path: Path) -> None:
    program = ("import sys\n"
               "from bot.store_open import open_store\n"
               "store = open_store(sys.argv[1])\n"
               "store.set_channel_mode('C1', 'thread')\n"
               "print(store.schema_version(), store.channel_mode('C1'), 'sqlite_utils' in sys.modules, "
               "'numpy' in sys.modules)\n")
    done = subprocess.run([sys.executable, "-c", program, str(tmp_path / "first.db")], cwd=REPO, capture_output=True,
                          text=True, check=True, timeout=120)
    assert done.stdout.split() == [str(SCHEMA_VERSION), "thread", "False", "False"]


def test_a_version_1_file_is_migrated_keeping_its_rows(tmp_path: Path) -> None:
    path = tmp_path / "v1.db"
    conn = sqlite3.connect(path)
    db = Database(conn)
    db.table("schema_version").create({"version": int}, pk="version")
    MIGRATIONS[0](db)
    conn.execute("INSERT INTO schema_version (version) VALUES (1)")
    conn.execute("INSERT INTO mutes (user, rule, created_at) VALUES ('U1', 'token-costs', '2026-01-01')")
    conn.commit()
    conn.close()
    store = SqliteStore(path)
    assert store.schema_version() == SCHEMA_VERSION
    assert store.muted_rules("U1") == {"token-costs"}
    store.remember_thread("C1", "1.1", {"intent": "caching"})
    assert store.thread_request("C1", "1.1") == {"intent": "caching"}


def test_the_sqlite_file_is_in_wal_mode(_isolated_db: Path) -> None:
    open_store(_isolated_db)
    assert sqlite3.connect(_isolated_db).execute("PRAGMA journal_mode").fetchone()[0] == "wal"


def test_an_unreachable_postgresql_server_is_a_store_error_without_the_password() -> None:
    started = time.monotonic()
    where = re.escape("PostgreSQL at postgresql://pricebot@127.0.0.1:9/pricebot")
    with pytest.raises(StoreError, match=where) as raised:
        open_store("postgresql://pricebot:s3cret-pw@127.0.0.1:9/pricebot?connect_timeout=1")
    assert "s3cret-pw" not in str(raised.value)
    assert time.monotonic() - started < 10


def _open_and_write(location: Path | str, n: int, channel: str) -> None:
    store = open_store(location)
    for i in range(n):
        store.mute(f"U{i}", channel)
        store.set_channel_mode(channel, "thread" if i % 2 else "off")
    store.close()


def test_two_processes_start_on_and_write_the_same_database(store_location: Path | str) -> None:
    ctx = multiprocessing.get_context("spawn")
    workers = [ctx.Process(target=_open_and_write, args=(store_location, 50, f"C{k}")) for k in range(2)]
    for w in workers:
        w.start()
    for w in workers:
        w.join(timeout=60)
        assert w.exitcode == 0
    store = open_store(store_location)
    assert store.schema_version() == SCHEMA_VERSION
    assert store.channel_modes() == {"C0": "thread", "C1": "thread"}
    assert store.muted_rules("U49") == {"C0", "C1"}
    store.close()
