"""Several processes starting on one new database file: the switch to write-ahead logging, which SQLite can report
as locked without waiting while another process is making it, is tried again within the store's wait."""

from __future__ import annotations

import sqlite3
from typing import Any

import pytest

from bot.store import use_wal


class _LockedFor:
    """A connection whose first `times` journal-mode switches find the file locked."""

    def __init__(self, times: int, message: str = "database is locked") -> None:
        self.left, self.message, self.calls = times, message, 0

    def execute(self, sql: str, *args: Any) -> None:
        self.calls += 1
        if self.left:
            self.left -= 1
            raise sqlite3.OperationalError(self.message)


def test_a_switch_found_locked_is_tried_again_until_it_goes_through() -> None:
    conn = _LockedFor(3)
    use_wal(conn, wait=5.0)  # type: ignore[arg-type]
    assert conn.calls == 4


def test_a_file_still_locked_after_the_wait_is_reported() -> None:
    with pytest.raises(sqlite3.OperationalError, match="locked"):
        use_wal(_LockedFor(10**6), wait=0.1)  # type: ignore[arg-type]


def test_other_errors_are_not_retried() -> None:
    conn = _LockedFor(1, "disk I/O error")
    with pytest.raises(sqlite3.OperationalError, match="disk I/O"):
        use_wal(conn, wait=5.0)  # type: ignore[arg-type]
    assert conn.calls == 1
