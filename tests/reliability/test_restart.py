"""Restarts under load: `pricebot serve --http` stopped with SIGTERM (it finishes what it acked) and with
SIGKILL, started again on the same database, then Slack's retries of the events it had already acked arrive
(same event_id, X-Slack-Retry-Num): no event is answered twice."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from tests.support.faulty_stub import FaultyStub
from tests.support.harness import (
    Served,
    SignedEvent,
    deliveries,
    make_event,
    pricebot_argv,
    send_at_rate,
    server_env,
)

pytestmark = [pytest.mark.e2e]


def record(stub: FaultyStub) -> list[list[object]]:
    with stub._lock:
        calls = list(stub.calls)
    return [[c.method, c.get("channel"), c.get("thread_ts"), str(c.get("text") or "").startswith(":warning:"),
             isinstance(c.response, dict) and bool(c.response.get("ok"))] for c in calls]


def acked(events: list[SignedEvent], statuses: list[int]) -> list[SignedEvent]:
    return [e for e, s in zip(events, statuses, strict=True) if s == 200]


def test_restarts_mid_load_never_answer_an_event_twice(stub: FaultyStub, tmp_path: Path) -> None:
    db = tmp_path / "restart.db"
    env = server_env(stub.base_url, db)
    batches: list[list[SignedEvent]] = [[make_event(run="RS") for _ in range(20)] for _ in range(3)]
    answered_after_term: Counter[str] = Counter()
    everything: list[SignedEvent] = []

    for batch, stop_with in zip(batches, ("TERM", "KILL", None), strict=True):
        server = Served(pricebot_argv(), env)
        retries = [e for e in everything]  # Slack retries everything it sent before (it cannot know what we did)
        send_at_rate(server.host, server.port, retries, rate=200, workers=4,
                     headers_for=lambda e: e.headers(retry_num=1))
        samples = send_at_rate(server.host, server.port, batch, rate=100, workers=4)
        everything += acked(batch, [s.status for s in samples])
        if stop_with is None:
            stub.settle(quiet_for=0.5, timeout=30)
        assert server.stop(stop_with or "TERM") is not None
        if stop_with == "TERM":  # a clean stop finishes the work it acknowledged
            answered_after_term = deliveries(record(stub), batch).per_event

    found = deliveries(record(stub), everything)
    assert found.duplicated(everything) == []
    assert all(answered_after_term[e.event_id] == 1 for e in batches[0])
    assert found.exactly_once(batches[2]) == len(batches[2])
