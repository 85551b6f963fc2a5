"""Forged, stale and replayed requests never get in; tokens and the signing secret never reach the logs."""

from __future__ import annotations

import json
import os
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.reliability.conftest import Bot
from tests.support import payloads
from tests.support.faulty_stub import FaultyStub
from tests.support.harness import BOT_TOKEN as SERVE_TOKEN
from tests.support.harness import Connection, Served, make_event, pricebot_argv, server_env
from tests.support.signing import SIGNING_SECRET, post, sign
from tests.support.stub import Scripted

pytestmark = pytest.mark.e2e

ASK = "40% discount on PTUs at 80% utilization"


def _body() -> str:
    return json.dumps(payloads.event_callback(payloads.mention(ASK)))


@pytest.mark.parametrize(
    ("headers", "age"),
    [
        ({"X-Slack-Signature": "v0=" + "0" * 64}, 0),
        ({"X-Slack-Signature": "v1=abc"}, 0),
        ({"X-Slack-Signature": ""}, 0),
        ({"X-Slack-Request-Timestamp": "not-a-number"}, 0),
        ({"X-Slack-Request-Timestamp": ""}, 0),
        ({}, 301),  # correctly signed, but outside the 5-minute window
        ({}, -301),  # ... in either direction
    ],
    ids=["zeros", "wrong-version", "empty-signature", "text-timestamp", "no-timestamp", "stale",
         "future"],
)
def test_forged_or_stale_requests_are_refused_and_nothing_is_posted(
    bot: Bot, stub: FaultyStub, headers: dict[str, str], age: int
) -> None:
    body = _body()
    ts = int(time.time()) - age
    signed = {"X-Slack-Request-Timestamp": str(ts), "X-Slack-Signature": sign(body, ts)}
    connection = Connection("127.0.0.1", bot.server.port)
    status, _ = connection.post("/slack/events", body.encode(),
                                {"Content-Type": "application/json", **signed, **headers})
    connection.close()
    assert status == 401
    stub.settle(quiet_for=0.3)
    assert stub.posts() == []


def test_a_body_signed_with_another_secret_or_altered_after_signing_is_refused(bot: Bot, stub: FaultyStub) -> None:
    body = _body()
    assert post(bot.events_url, body, "application/json", secret="someone-elses-secret").status == 401
    ts = int(time.time())
    tampered = body.replace("40%", "90%")
    assert post(bot.events_url, tampered, "application/json", timestamp=ts, signature=sign(body, ts)).status == 401
    stub.settle(quiet_for=0.3)
    assert stub.posts() == []


def test_a_replayed_request_is_acked_but_answered_once(bot: Bot, stub: FaultyStub) -> None:
    event = payloads.mention(ASK)
    body = json.dumps(payloads.event_callback(event, event_id="EvREPLAY01"))
    ts = int(time.time())
    signature = sign(body, ts)
    results = [post(bot.events_url, body, "application/json", timestamp=ts, signature=signature) for _ in range(3)]
    assert [r.status for r in results] == [200, 200, 200]  # identical bytes, valid signature, inside the window
    stub.wait_for("chat.postMessage", where=lambda c: c.get("thread_ts") == event["ts"])
    stub.settle(quiet_for=0.5)
    assert len([c for c in stub.calls_to("chat.postMessage") if c.get("thread_ts") == event["ts"]]) == 1


@pytest.fixture
def served(stub: FaultyStub, tmp_path: Path) -> Iterator[Served]:
    server = Served(pricebot_argv(), server_env(stub.base_url, tmp_path / "served.db"))
    yield server
    server.stop()


def test_no_secret_in_the_whole_log_of_a_served_run_with_errors(served: Served, stub: FaultyStub) -> None:
    """`pricebot serve --http` as deployed: answers, a forged request, a Web API failing past its retries
    (the error path logs a traceback), an unknown event type. Every line of its output is searched."""
    good, failing, unknown = make_event(kind="mention"), make_event(kind="mention"), make_event(kind="coached")
    connection = Connection(served.host, served.port)
    assert connection.post("/slack/events", good.body, good.headers())[0] == 200
    stub.wait_for("chat.postMessage", where=lambda c: c.get("thread_ts") == good.expected.thread_ts)
    forged = dict(good.headers(), **{"X-Slack-Signature": sign(good.body.decode(), int(time.time()), "guess")})
    assert connection.post("/slack/events", good.body, forged)[0] == 401
    stub.script("chat.postMessage", Scripted(200, {"ok": False, "error": "channel_not_found"}))  # no retry
    assert connection.post("/slack/events", failing.body, failing.headers())[0] == 200
    stub.wait_for("chat.postMessage", count=1 + 2, timeout=60)  # the failed answer, then the warning
    odd = json.loads(unknown.body)
    odd["event"] = {"type": "pin_added", "user": "U1", "item": {"token": SIGNING_SECRET[:4]}}
    odd_body = json.dumps(odd).encode()
    headers = unknown.headers()
    headers["X-Slack-Request-Timestamp"] = str(int(time.time()))
    headers["X-Slack-Signature"] = sign(odd_body.decode(), int(headers["X-Slack-Request-Timestamp"]))
    assert connection.post("/slack/events", odd_body, headers)[0] < 500  # Bolt answers 404: no listener for it
    connection.close()
    stub.settle(quiet_for=0.5)
    served.stop()
    log = served.output
    assert "ERROR" in log and "Traceback" in log, "the error path was exercised and logged"
    assert SERVE_TOKEN not in log and SERVE_TOKEN.removeprefix("xoxb-") not in log
    assert SIGNING_SECRET not in log
    assert os.environ.get("SLACK_BOT_TOKEN", "\0") not in log
