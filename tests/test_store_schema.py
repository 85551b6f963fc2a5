"""The store creates and migrates its schema at start-up, in WAL mode, and shares its file between processes."""

from __future__ import annotations

import multiprocessing
import sqlite3
from pathlib import Path

import pytest

from bot.store import SCHEMA_VERSION, Store, StoreError

TABLES = {"schema_version", "quotes", "coaching_flags", "channel_modes", "mutes", "rate_cards", "processed_events"}


def test_a_new_file_gets_every_table_and_the_schema_version(tmp_path: Path) -> None:
    store = Store(tmp_path / "sub" / "dir" / "pricebot.db")
    names = {row[0] for row in sqlite3.connect(store.path).execute("SELECT name FROM sqlite_master WHERE type='table'")}
    assert names >= TABLES
    assert store.schema_version() == SCHEMA_VERSION


def test_the_file_is_in_wal_mode(_isolated_db: Path) -> None:
    Store(_isolated_db)
    assert sqlite3.connect(_isolated_db).execute("PRAGMA journal_mode").fetchone()[0] == "wal"


def test_reopening_keeps_the_data_and_does_not_migrate_again(_isolated_db: Path) -> None:
    Store(_isolated_db).set_channel_mode("C1", "thread")
    again = Store(_isolated_db)
    assert again.channel_mode("C1") == "thread"
    versions = sqlite3.connect(_isolated_db).execute("SELECT COUNT(*) FROM schema_version").fetchone()[0]
    assert versions == SCHEMA_VERSION


def test_a_file_from_a_newer_pricebot_is_refused_with_a_message(_isolated_db: Path) -> None:
    Store(_isolated_db).close()
    conn = sqlite3.connect(_isolated_db)
    conn.execute("INSERT INTO schema_version (version) VALUES (?)", (SCHEMA_VERSION + 5,))
    conn.commit()
    with pytest.raises(StoreError, match="newer pricebot"):
        Store(_isolated_db)


def _open_and_write(path: str, n: int, channel: str) -> None:
    store = Store(path)
    for i in range(n):
        store.mute(f"U{i}", channel)
        store.set_channel_mode(channel, "thread" if i % 2 else "off")


def test_two_processes_start_and_write_the_same_file(tmp_path: Path) -> None:
    path = str(tmp_path / "shared.db")
    ctx = multiprocessing.get_context("spawn")
    workers = [ctx.Process(target=_open_and_write, args=(path, 50, f"C{k}")) for k in range(2)]
    for w in workers:
        w.start()
    for w in workers:
        w.join(timeout=60)
        assert w.exitcode == 0
    store = Store(path)
    assert store.schema_version() == SCHEMA_VERSION
    assert store.channel_modes() == {"C0": "thread", "C1": "thread"}
    assert store.muted_rules("U49") == {"C0", "C1"}
