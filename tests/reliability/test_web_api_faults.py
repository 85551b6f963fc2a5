"""The Web API misbehaves (429 storms, 5xx, slow answers, an outage): pricebot keeps acking, retries within
bounds, logs what happened, recovers, and never answers an event twice."""

from __future__ import annotations

import logging
import threading
import time
from typing import Any

import pytest

from bot.slack.web_api import CONNECTION_RETRIES, MAX_RETRIES
from tests.reliability.conftest import Bot, StartBot
from tests.support import payloads
from tests.support.faulty_stub import FaultyStub
from tests.support.signing import HttpResult
from tests.support.stub import Call, Scripted

pytestmark = pytest.mark.e2e

ASK = "40% discount on PTUs at 80% utilization"


def rate_limited(after: int = 0) -> Scripted:
    return Scripted(429, {"ok": False, "error": "ratelimited"}, {"Retry-After": str(after)})


def send_all(bot: Bot, events: list[dict[str, Any]]) -> list[HttpResult]:
    """Deliver events concurrently, as Slack does."""
    results: list[HttpResult | None] = [None] * len(events)

    def one(i: int) -> None:
        results[i] = bot.event(events[i], event_id=f"Ev{events[i]['ts'].replace('.', '')}")

    threads = [threading.Thread(target=one, args=(i,)) for i in range(len(events))]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return [r for r in results if r is not None]


def answers(stub: FaultyStub, event: dict[str, Any]) -> list[Call]:
    """Successful, non-warning posts in the event's thread."""
    return [c for c in stub.calls_to("chat.postMessage")
            if c.get("thread_ts") == event["ts"] and isinstance(c.response, dict) and c.response.get("ok")
            and not str(c.get("text")).startswith(":warning:")]


def test_a_429_storm_is_waited_out_and_every_event_answered_once(
    bot: Bot, stub: FaultyStub, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO)
    events = [payloads.mention(ASK) for _ in range(4)]
    # As many 429s as one event may retry, shared among four concurrent events: however they fall, no event
    # runs out of retries (8 shared 429s could land 4 on one event and flake).
    stub.script("chat.postMessage", *[rate_limited(0)] * MAX_RETRIES)
    results = send_all(bot, events)
    assert [r.status for r in results] == [200] * 4
    for event in events:
        stub.wait_for("chat.postMessage", where=lambda c, e=event: c.get("thread_ts") == e["ts"]
                      and c.response == {**(c.response if isinstance(c.response, dict) else {}), "ok": True})
    stub.settle()
    assert [len(answers(stub, e)) for e in events] == [1, 1, 1, 1]
    assert len(stub.calls_to("chat.postMessage")) == 4 + MAX_RETRIES
    assert "RateLimitErrorRetryHandler" in caplog.text  # the retries are in the log


def test_rate_limits_beyond_the_bound_are_given_up_logged_and_the_next_event_is_answered(
    bot: Bot, stub: FaultyStub, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.ERROR, logger="pricebot")
    attempts = MAX_RETRIES + 1
    stub.script("chat.postMessage", *[rate_limited(0)] * (2 * attempts))  # the answer and the warning give up
    stuck = payloads.mention(ASK)
    assert bot.event(stuck, event_id="EvSTORM001").status == 200
    stub.wait_for("chat.postMessage", count=2 * attempts, timeout=30)
    later = payloads.mention(ASK)
    assert bot.event(later).status == 200
    stub.wait_for("chat.postMessage", where=lambda c: c.get("thread_ts") == later["ts"])
    stub.settle()
    assert len([c for c in stub.calls_to("chat.postMessage") if c.get("thread_ts") == stuck["ts"]]) == 2 * attempts
    assert answers(stub, stuck) == []
    assert len(answers(stub, later)) == 1
    assert any("EvSTORM001" in r.getMessage() for r in caplog.records)


def test_mixed_server_errors_and_rate_limits_still_deliver_exactly_once(bot: Bot, stub: FaultyStub) -> None:
    stub.script("chat.postMessage", Scripted(503, "Service Unavailable"), rate_limited(0))
    event = payloads.mention(ASK)
    assert bot.event(event).status == 200
    stub.wait_for("chat.postMessage", count=3, timeout=30)
    stub.settle()
    assert len(stub.calls_to("chat.postMessage")) == 3
    assert len(answers(stub, event)) == 1


def test_a_timed_out_post_is_not_retried_so_never_doubled_and_the_bot_carries_on(
    start_bot: StartBot, stub: FaultyStub, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.ERROR, logger="pricebot")
    bot = start_bot(timeout=2)
    stub.delay("chat.postMessage", 6.0)  # Slack got the message but answers too late
    slow = payloads.mention(ASK)
    assert bot.event(slow, event_id="EvSLOW0001").status == 200
    stub.wait_for("chat.postMessage", count=2, timeout=20)  # the answer, then the warning about it
    later = payloads.mention(ASK)
    assert bot.event(later).status == 200
    stub.wait_for("chat.postMessage", where=lambda c: c.get("thread_ts") == later["ts"]
                  and not str(c.get("text")).startswith(":warning:"))
    stub.settle()
    in_slow_thread = [c for c in stub.calls_to("chat.postMessage") if c.get("thread_ts") == slow["ts"]]
    assert [str(c.get("text")).startswith(":warning:") for c in in_slow_thread] == [False, True]
    assert len(answers(stub, later)) == 1
    assert any("EvSLOW0001" in r.getMessage() for r in caplog.records)


def test_an_outage_of_the_web_api_is_ridden_out_with_no_lost_or_doubled_answer(
    bot: Bot, stub: FaultyStub, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO)
    assert CONNECTION_RETRIES >= 5  # backing off 0.5 + 1 + 2 + 4 + 8 s covers this outage several times over
    first = payloads.mention(ASK)  # auth.test is made (and cached) by the first request, as at start-up in serve
    bot.event(first)
    stub.wait_for("chat.postMessage", where=lambda c: c.get("thread_ts") == first["ts"])
    stub.go_down()
    during = [payloads.mention(ASK) for _ in range(3)]
    results = send_all(bot, during)
    time.sleep(3.0)  # the outage (the bench makes it 30 s)
    stub.come_up()
    assert [r.status for r in results] == [200] * 3  # acked while the Web API was down
    after = payloads.mention(ASK)
    assert bot.event(after).status == 200
    for event in [*during, after]:
        stub.wait_for("chat.postMessage", where=lambda c, e=event: c.get("thread_ts") == e["ts"], timeout=30)
    stub.settle()
    assert [len(answers(stub, e)) for e in [*during, after]] == [1, 1, 1, 1]
    assert "Connection refused" in caplog.text or "ConnectionErrorRetryHandler" in caplog.text
