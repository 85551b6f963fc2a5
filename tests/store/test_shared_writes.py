"""Processes that write one SQLite file (`pricebot serve --workers`) share a lock around their write transactions, so
the next writer is woken when the last one commits instead of sleeping in SQLite's busy handler; a process that
stops while holding it cannot stop the others writing."""

from __future__ import annotations

import logging
import multiprocessing
import sqlite3
import threading
import time
from pathlib import Path

import pytest

import bot.store
from bot.store_open import open_store


def _claim_in_child(location: Path, lock: object, out: multiprocessing.Queue[tuple[bool, float]]) -> None:
    store = open_store(location)
    store.share_writes(lock)
    claimed = store.claim_event("EvCHILD")
    out.put((claimed, time.monotonic()))  # when its write went through (one clock for every process on the machine)
    store.close()


def test_a_write_in_another_process_waits_for_the_shared_lock_and_goes_on_when_it_is_released(
        tmp_path: Path) -> None:
    location = tmp_path / "pricebot.db"
    open_store(location).close()
    context = multiprocessing.get_context("fork")
    lock = context.Lock()
    out: multiprocessing.Queue[tuple[bool, float]] = context.Queue()
    lock.acquire()  # this process is "writing"
    child = context.Process(target=_claim_in_child, args=(location, lock, out))
    child.start()
    time.sleep(0.4)
    assert out.empty(), "the other process's write waited for the lock"
    released = time.monotonic()
    lock.release()
    claimed, written = out.get(timeout=10)
    child.join(timeout=10)
    # its write went through after the lock was let go, however slowly the child started on a busy machine
    assert claimed and written >= released
    store = open_store(location)
    assert store.claim_event("EvCHILD") is False, "its claim was written"
    store.close()


def test_a_lock_held_by_a_stopped_process_is_given_up_after_a_while_and_logged(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture) -> None:
    monkeypatch.setattr(bot.store, "SHARED_LOCK_WAIT_SECONDS", 1.0)
    store = open_store(tmp_path / "pricebot.db")
    lock = multiprocessing.get_context("fork").Lock()
    store.share_writes(lock)
    held = threading.Event()
    threading.Thread(target=lambda: (lock.acquire(), held.set()), daemon=True).start()  # never released
    held.wait(5)
    started = time.monotonic()
    assert store.claim_event("Ev1") is True, "written under SQLite's own lock"
    assert 0.9 < time.monotonic() - started < 10.0
    assert any("no longer uses it" in r.getMessage() for r in caplog.records if r.levelno == logging.WARNING)
    started = time.monotonic()
    assert store.claim_event("Ev2") is True
    assert time.monotonic() - started < 0.7, "no second wait for a lock given up (a wait would take 1 s)"
    store.close()


def test_a_process_that_shares_the_lock_releases_it_after_each_write_even_a_failed_one(tmp_path: Path) -> None:
    store = open_store(tmp_path / "pricebot.db")
    lock = multiprocessing.get_context("fork").Lock()
    store.share_writes(lock)
    store.claim_event("Ev1")
    with pytest.raises(Exception), store.together():  # noqa: B017 - whatever the statement raises
        store.claim_event("Ev2")
        raise RuntimeError("boom")
    assert lock.acquire(timeout=0.1), "released after the failed transaction"
    lock.release()
    assert store.claim_event("Ev2") is True, "rolled back"
    store.close()


def test_a_block_of_writes_holds_the_lock_only_from_its_first_write_to_its_commit(tmp_path: Path) -> None:
    """While an answered event's block is still working out what to write, the other processes (and this process's
    other threads) can write; from its first write until it commits, they wait."""
    store = open_store(tmp_path / "pricebot.db")
    lock = multiprocessing.get_context("fork").Lock()
    store.share_writes(lock)
    opened, write, wrote, finish = threading.Event(), threading.Event(), threading.Event(), threading.Event()

    def block() -> None:
        with store.together():
            opened.set()
            write.wait(5)
            store.remember_thread("C1", "1.1", {"kind": "x"})
            wrote.set()
            finish.wait(5)
            store.finish_event("Ev0")

    writer = threading.Thread(target=block)
    writer.start()
    opened.wait(5)
    started = time.monotonic()
    assert store.claim_event("Ev1", wait=3.0) is True, "another thread writes while the block has not written"
    assert time.monotonic() - started < 2.0, "not after waiting for the block (it writes only when told to)"
    assert lock.acquire(timeout=0.1), "another process could write meanwhile"
    lock.release()
    write.set()
    wrote.wait(5)
    assert not lock.acquire(timeout=0.2), "once the block has written, it holds the lock until it commits"
    finish.set()
    writer.join(5)
    assert lock.acquire(timeout=0.1), "given up at the commit"
    lock.release()
    assert store.thread_request("C1", "1.1") == {"kind": "x"}
    store.close()


def test_a_claim_waits_no_longer_than_its_bound_for_a_writer_outside_the_locks(tmp_path: Path) -> None:
    """A claim (on the ack path) gives up after its wait when another program holds SQLite's write lock, also when
    the lock the processes share kept it waiting first; the next write waits as long as usual again."""
    location = tmp_path / "pricebot.db"
    store = open_store(location)
    lock = multiprocessing.get_context("fork").Lock()
    store.share_writes(lock)
    other = sqlite3.connect(location, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")  # e.g. a backup tool or a pricebot command writing
    started = time.monotonic()
    with pytest.raises(sqlite3.OperationalError):
        store.claim_event("Ev1", wait=0.3)
    assert 0.25 < time.monotonic() - started < 1.5
    lock.acquire()
    threading.Timer(1.0, lock.release).start()  # another process writing for 1 s
    started = time.monotonic()
    with pytest.raises(sqlite3.OperationalError):
        store.claim_event("Ev2", wait=1.2)
    # within the bound: waiting for the lock (1 s) and then SQLite's own wait in full would take 2.2 s
    assert 1.1 < time.monotonic() - started < 2.0, "the lock's wait and SQLite's together stay within the bound"
    other.execute("ROLLBACK")
    other.close()
    assert store.claim_event("Ev3", wait=0.3) is True
    with store._using() as conn:
        assert conn.execute("PRAGMA busy_timeout").fetchone()[0] == int(bot.store.BUSY_TIMEOUT_SECONDS * 1000)
    store.close()
