"""Processed Slack event ids: the first delivery claims an id, every later one (any process, any replica, any
restart) is told no."""

from __future__ import annotations

import multiprocessing
from collections.abc import Callable, Sequence
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from bot.store import Store
from bot.store_open import open_store

#: A process silent this long has stopped; events claimed within RECENT can be taken over.
SILENT, RECENT = timedelta(seconds=5), timedelta(minutes=5)


def test_an_event_id_is_claimed_once(store: Store) -> None:
    assert store.claim_event("Ev1") is True
    assert store.claim_event("Ev1") is False
    assert store.claim_event("Ev2") is True


def test_a_claim_survives_a_restart(store_location: Path | str) -> None:
    first = open_store(store_location)
    first.claim_event("Ev1")
    first.close()
    again = open_store(store_location)
    assert again.claim_event("Ev1") is False
    again.close()


def _claim_all(location: Path | str, ids: list[str], out: multiprocessing.Queue[list[str]]) -> None:
    store = open_store(location)
    out.put([event_id for event_id in ids if store.claim_event(event_id)])
    store.close()


def test_concurrent_processes_never_both_claim_an_id(store: Store, store_location: Path | str) -> None:
    ids = [f"Ev{i}" for i in range(300)]
    ctx = multiprocessing.get_context("spawn")
    out: multiprocessing.Queue[list[str]] = ctx.Queue()
    workers = [ctx.Process(target=_claim_all, args=(store_location, ids if k % 2 else ids[::-1], out))
               for k in range(3)]
    for w in workers:
        w.start()
    claimed = [event_id for _ in workers for event_id in out.get(timeout=60)]
    for w in workers:
        w.join(timeout=30)
    assert sorted(claimed) == sorted(ids)


def test_old_event_ids_can_be_forgotten(store: Store) -> None:
    store.claim_event("Ev-old")
    assert store.forget_events_before(datetime.now(UTC) - timedelta(days=1)) == 0
    assert store.forget_events_before(datetime.now(UTC) + timedelta(seconds=5)) == 1
    assert store.claim_event("Ev-old") is True


def test_pending_work_of_a_silent_process_is_adopted_once_and_finished_work_never(store: Store) -> None:
    silent, alive, other = "host:1:dead", "host:2:live", "host:3:live"
    store.heartbeat(silent)
    store.heartbeat(alive)
    assert store.claim_event("Ev1", owner=silent, body='{"event_id": "Ev1"}') is True
    assert store.claim_event("Ev2", owner=silent, body='{"event_id": "Ev2"}') is True
    assert store.claim_event("Ev1", owner=alive, body='{"event_id": "Ev1"}') is False  # a retry: no second claim
    store.finish_event("Ev2")
    assert store.adopt_orphans(alive, silent_for=SILENT, younger_than=RECENT) == []
    store._execute("UPDATE serving_processes SET seen_at = ? WHERE owner = ?",
                   ((datetime.now(UTC) - timedelta(seconds=30)).isoformat(timespec="seconds"), silent))
    assert store.adopt_orphans(alive, silent_for=SILENT, younger_than=RECENT) == ['{"event_id": "Ev1"}']
    store.heartbeat(other)
    # adopted by a live process: not again
    assert store.adopt_orphans(other, silent_for=SILENT, younger_than=RECENT) == []
    store.finish_event("Ev1")
    assert store.adopt_orphans(other, silent_for=timedelta(0), younger_than=RECENT) == []


def test_a_claim_without_an_owner_leaves_nothing_pending(store: Store) -> None:
    assert store.claim_event("Ev1") is True
    assert store.adopt_orphans("me", silent_for=timedelta(0), younger_than=RECENT) == []


def test_a_stopped_process_is_adopted_at_once_and_a_running_one_never(store: Store) -> None:
    """Processes on this host are judged by their process id, not their heartbeat (bot.slack.retries.Takeover):
    one known to have exited is adopted however fresh its last heartbeat; one known to run is left alone however
    silent."""
    stopped, slow, me = "host:1:dead", "host:2:slow", "host:3:me"
    for owner in (stopped, slow, me):
        store.heartbeat(owner)
    store.claim_event("Ev1", owner=stopped, body='{"event_id": "Ev1"}')
    store.claim_event("Ev2", owner=slow, body='{"event_id": "Ev2"}')
    store.claim_event("Ev3", owner=slow, body='{"event_id": "Ev3"}')
    assert store.pending_owners() == {stopped: 1, slow: 2}
    store._execute("UPDATE serving_processes SET seen_at = ? WHERE owner = ?",
                   ((datetime.now(UTC) - timedelta(minutes=1)).isoformat(timespec="seconds"), slow))
    adopted = store.adopt_orphans(me, silent_for=SILENT, younger_than=RECENT, dead=[stopped], alive=[slow])
    assert adopted == ['{"event_id": "Ev1"}']
    assert store.pending_owners() == {me: 1, slow: 2}
    adopted = store.adopt_orphans(me, silent_for=SILENT, younger_than=RECENT)  # `slow` silent, not known to run
    assert sorted(adopted) == ['{"event_id": "Ev2"}', '{"event_id": "Ev3"}']
    assert store.pending_owners() == {me: 3}


def test_a_transaction_commits_everything_or_nothing(store: Store) -> None:
    """What `claim_event` relies on: an id is never left claimed without its pending row."""
    insert = "INSERT INTO processed_events (event_id, received_at) VALUES (?, ?)"

    def half_done(execute: Callable[[str, Sequence[object]], int]) -> None:
        execute(insert, ("Ev1", "2026-01-01T00:00:00+00:00"))
        raise RuntimeError("stopped between two writes")

    with pytest.raises(RuntimeError):
        store._transaction(half_done)
    assert store.claim_event("Ev1") is True  # the first write was rolled back
    assert store._transaction(lambda execute: execute(insert, ("Ev2", "2026-01-01T00:00:00+00:00"))) == 1
    assert store.claim_event("Ev2") is False


def test_closing_a_sqlite_store_waits_for_a_running_statement_and_refuses_later_use(tmp_path: Path) -> None:
    import threading
    import time as clock

    from bot.store import SqliteStore, StoreError

    store = SqliteStore(tmp_path / "close.db")
    started, finished = threading.Event(), threading.Event()

    def slow_statement(run: Callable[..., int]) -> int:
        started.set()
        clock.sleep(0.3)  # a purge or a claim still running on another thread when the server stops
        run("INSERT INTO processed_events (event_id, received_at) VALUES (?, ?)", ("Ev-close", "2026-11-30"))
        finished.set()
        return 1

    worker = threading.Thread(target=lambda: store._transaction(slow_statement))
    worker.start()
    started.wait(5)
    store.close()
    assert finished.is_set(), "close returned while another thread's statement was still running"
    worker.join(5)
    with pytest.raises(StoreError, match="closed"):
        store.claim_event("Ev-after")
    assert not SqliteStore(tmp_path / "close.db").claim_event("Ev-close"), "the running statement was committed"
