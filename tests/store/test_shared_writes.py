"""Processes that write one SQLite file (`pricebot serve --workers`) share a lock around their write transactions, so
the next writer is woken when the last one commits instead of sleeping in SQLite's busy handler; a process that
stops while holding it cannot stop the others writing."""

from __future__ import annotations

import logging
import multiprocessing
import threading
import time
from pathlib import Path

import pytest

import bot.store
from bot.store_open import open_store


def _claim_in_child(location: Path, lock: object, out: multiprocessing.Queue[tuple[bool, float]]) -> None:
    store = open_store(location)
    store.share_writes(lock)
    started = time.monotonic()
    claimed = store.claim_event("EvCHILD")
    out.put((claimed, time.monotonic() - started))
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
    lock.release()
    claimed, took = out.get(timeout=10)
    child.join(timeout=10)
    assert claimed and took >= 0.3
    store = open_store(location)
    assert store.claim_event("EvCHILD") is False, "its claim was written"
    store.close()


def test_a_lock_held_by_a_stopped_process_is_given_up_after_a_while_and_logged(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture) -> None:
    monkeypatch.setattr(bot.store, "SHARED_LOCK_WAIT_SECONDS", 0.2)
    store = open_store(tmp_path / "pricebot.db")
    lock = multiprocessing.get_context("fork").Lock()
    store.share_writes(lock)
    held = threading.Event()
    threading.Thread(target=lambda: (lock.acquire(), held.set()), daemon=True).start()  # never released
    held.wait(5)
    started = time.monotonic()
    assert store.claim_event("Ev1") is True, "written under SQLite's own lock"
    assert 0.15 < time.monotonic() - started < 2.0
    assert any("no longer uses it" in r.getMessage() for r in caplog.records if r.levelno == logging.WARNING)
    started = time.monotonic()
    assert store.claim_event("Ev2") is True
    assert time.monotonic() - started < 0.15, "no second wait for a lock given up"
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
