"""Processed Slack event ids: the first delivery claims an id, every later one (any process, any replica, any
restart) is told no."""

from __future__ import annotations

import multiprocessing
from datetime import UTC, datetime, timedelta
from pathlib import Path

from bot.store import Store


def test_an_event_id_is_claimed_once(store: Store) -> None:
    assert store.claim_event("Ev1") is True
    assert store.claim_event("Ev1") is False
    assert store.claim_event("Ev2") is True


def test_a_claim_survives_a_restart(store_location: Path | str) -> None:
    first = Store(store_location)
    first.claim_event("Ev1")
    first.close()
    again = Store(store_location)
    assert again.claim_event("Ev1") is False
    again.close()


def _claim_all(location: Path | str, ids: list[str], out: multiprocessing.Queue[list[str]]) -> None:
    store = Store(location)
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
    assert store.adopt_orphans(alive, silent_for=timedelta(seconds=5), younger_than=timedelta(minutes=5)) == []
    store._execute("UPDATE serving_processes SET seen_at = ? WHERE owner = ?",
                   ((datetime.now(UTC) - timedelta(seconds=30)).isoformat(timespec="seconds"), silent))
    adopt = {"silent_for": timedelta(seconds=5), "younger_than": timedelta(minutes=5)}
    assert store.adopt_orphans(alive, **adopt) == ['{"event_id": "Ev1"}']
    store.heartbeat(other)
    assert store.adopt_orphans(other, **adopt) == []  # adopted by a live process: not again
    store.finish_event("Ev1")
    assert store.adopt_orphans(other, silent_for=timedelta(0), younger_than=timedelta(minutes=5)) == []


def test_a_claim_without_an_owner_leaves_nothing_pending(store: Store) -> None:
    assert store.claim_event("Ev1") is True
    assert store.adopt_orphans("me", silent_for=timedelta(0), younger_than=timedelta(minutes=5)) == []
