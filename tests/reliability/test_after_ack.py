"""The work after an ack runs on the HTTP worker that acked, once the ack is written (bot.slack.http_server.AfterAck):
an answer held up by a slow Web API never holds up the ack of the next event, on the same kept-alive connection or
on others, and every event is still answered exactly once."""

from __future__ import annotations

import http.client
import json
import time
from collections.abc import Iterator
from typing import Any

import pytest

from bot.settings import Settings
from bot.slack.app import build_server
from bot.slack.http_server import EVENTS_PATH, Server
from tests.support import payloads
from tests.support.faulty_stub import FaultyStub
from tests.support.signing import sign

pytestmark = pytest.mark.e2e

ASK = "40% discount on PTUs at 80% utilization"
SLACK_ACK_DEADLINE = 3.0  # Slack gives up on a delivery after 3 s and retries it
HELD = 4.0  # each held post answers after this long: past Slack's deadline


@pytest.fixture
def server(settings: Settings) -> Iterator[Server]:
    """`pricebot serve --http` as built for production (no listener executor given), 4 HTTP workers."""
    served = build_server(settings, port=0, threads=4, token_verification_enabled=False).start_in_background()
    yield served
    served.stop()


def signed(event: dict[str, Any]) -> tuple[bytes, dict[str, str]]:
    body = json.dumps(payloads.event_callback(event))
    ts = int(time.time())
    return body.encode(), {"Content-Type": "application/json", "X-Slack-Request-Timestamp": str(ts),
                           "X-Slack-Signature": sign(body, ts)}


def ack(conn: http.client.HTTPConnection, event: dict[str, Any]) -> int:
    body, headers = signed(event)
    conn.request("POST", EVENTS_PATH, body=body, headers=headers)
    response = conn.getresponse()
    response.read()
    return response.status


def answers_in(stub: FaultyStub, thread_ts: str) -> int:
    return len([c for c in stub.calls_to("chat.postMessage") if c.get("thread_ts") == thread_ts])


def test_a_slow_answer_does_not_hold_the_next_ack_on_the_same_connection(server: Server, stub: FaultyStub) -> None:
    stub.delay("chat.postMessage", HELD)
    first, second = payloads.mention(ASK), payloads.mention(ASK)
    conn = http.client.HTTPConnection(server.host, server.port, timeout=SLACK_ACK_DEADLINE)
    assert ack(conn, first) == 200
    assert ack(conn, second) == 200, "the second event waited for the first one's answer"
    conn.close()
    for event in (first, second):
        stub.wait_for("chat.postMessage", where=lambda c, e=event: c.get("thread_ts") == e["ts"], timeout=20)
    stub.settle(quiet_for=0.5)
    assert answers_in(stub, first["ts"]) == 1 and answers_in(stub, second["ts"]) == 1


def test_acks_keep_coming_while_every_worker_that_may_answer_is_held(server: Server, stub: FaultyStub) -> None:
    stub.delay("chat.postMessage", *[HELD] * 8)
    events = [payloads.mention(ASK) for _ in range(8)]
    for event in events:  # a new connection each, as many as there are workers and more
        conn = http.client.HTTPConnection(server.host, server.port, timeout=SLACK_ACK_DEADLINE)
        assert ack(conn, event) == 200
        conn.close()
    for event in events:
        stub.wait_for("chat.postMessage", where=lambda c, e=event: c.get("thread_ts") == e["ts"], timeout=30)
    stub.settle(quiet_for=0.5)
    assert [answers_in(stub, event["ts"]) for event in events] == [1] * 8
