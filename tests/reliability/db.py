"""Looking at a pricebot database from the outside: row counts and a checksum per table, and faults injected at
the SQLite level (a second writer holding the lock, a read-only or full database)."""

from __future__ import annotations

import hashlib
import sqlite3
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from bot.store import SqliteStore

TABLES = ("quotes", "coaching_flags", "channel_modes", "mutes", "rate_cards", "processed_events")


def snapshot(path: Path) -> dict[str, tuple[int, str]]:
    """(row count, sha256 of every row in rowid order) per table, read through its own read-only connection."""
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        result = {}
        for table in TABLES:
            digest = hashlib.sha256()
            count = 0
            for row in conn.execute(f"SELECT * FROM {table} ORDER BY rowid"):
                digest.update(repr(row).encode("utf-8"))
                count += 1
            result[table] = (count, digest.hexdigest())
        return result
    finally:
        conn.close()


def rows_before(snap: dict[str, tuple[int, str]], path: Path) -> dict[str, tuple[int, str]]:
    """The same checksum over only the first n rows of each table, n taken from an earlier `snap`."""
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        result = {}
        for table, (count, _) in snap.items():
            digest = hashlib.sha256()
            for row in conn.execute(f"SELECT * FROM {table} ORDER BY rowid LIMIT ?", (count,)):
                digest.update(repr(row).encode("utf-8"))
            result[table] = (count, digest.hexdigest())
        return result
    finally:
        conn.close()


@contextmanager
def write_lock_held(path: Path) -> Iterator[None]:
    """Another process-like connection holds the database's write lock (BEGIN IMMEDIATE) until the block ends."""
    conn = sqlite3.connect(path, timeout=1, isolation_level=None, check_same_thread=False)
    conn.execute("BEGIN IMMEDIATE")
    try:
        yield
    finally:
        conn.execute("ROLLBACK")
        conn.close()


def hold_write_lock_for(path: Path, seconds: float) -> threading.Thread:
    ready = threading.Event()

    def hold() -> None:
        with write_lock_held(path):
            ready.set()
            threading.Event().wait(seconds)

    thread = threading.Thread(target=hold, daemon=True)
    thread.start()
    ready.wait(5)
    return thread


class FaultyStore(SqliteStore):
    """A real Store whose connections get `pragmas` applied whenever it uses them (after the schema exists):
    `PRAGMA query_only=1` makes the file read-only, `PRAGMA max_page_count=<current>` makes it full."""

    pragmas: tuple[str, ...] = ()

    def _conn(self) -> sqlite3.Connection:
        conn = super()._conn()
        for pragma in self.pragmas:
            conn.execute(pragma)
        return conn

    def read_only(self) -> None:
        self.pragmas = ("PRAGMA query_only=1",)

    def full(self) -> None:
        """No page may be added, and the free space left in the tables' pages is used up by minimal rows, so
        every real write fails with "database or disk is full" (the filler rows belong to the snapshot)."""
        conn = self._conn()
        pages = int(conn.execute("PRAGMA page_count").fetchone()[0])
        self.pragmas = (f"PRAGMA max_page_count={pages}",)
        conn.execute(self.pragmas[0])
        fillers = {
            "processed_events": "INSERT INTO processed_events (event_id, received_at) VALUES (?, '')",
            "coaching_flags": "INSERT INTO coaching_flags (created_at, user, rule) VALUES ('', ?, '')",
            "quotes": "INSERT INTO quotes (created_at, surface, text, intent) VALUES ('', '', ?, '')",
        }
        for sql in fillers.values():
            for n in range(100_000):
                try:
                    with conn:
                        conn.execute(sql, (f"{n:x}",))
                except sqlite3.OperationalError:
                    break

    def healthy(self) -> None:
        self.pragmas = ("PRAGMA query_only=0", "PRAGMA max_page_count=1073741823")
