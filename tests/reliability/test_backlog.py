"""A saturated process (its backlog of @mentions and channel messages full: bot.slack.backlog) still acks every event
well within Slack's 3 s, tells the person who @mentioned it that it is busy instead of answering late, leaves a
channel message unchecked, logs what it did not answer, and answers nothing twice; once work is done, events are
answered again."""

from __future__ import annotations

import http.client
import json
import logging
import threading
import time
from collections.abc import Iterator
from typing import Any

import pytest

from bot.settings import Settings
from bot.slack.app import build_server
from bot.slack.backlog import Backlog
from bot.slack.http_server import EVENTS_PATH, Server
from tests.support import payloads
from tests.support.faulty_stub import FaultyStub
from tests.support.signing import sign

pytestmark = pytest.mark.e2e

ASK = "35% discount on provisioned units at 70% utilization"
FLAGGED = "Honestly, provisioned is cheaper for them."
HELD = 2.0  # the held answers' posts take this long: the backlog stays full meanwhile
ROOM_WAIT = 0.2
BUSY = "ask me again in a minute"


@pytest.fixture
def backlog() -> Backlog:
    """Room for 2 events, waiting 0.2 s for a place; every event turned away logged."""
    return Backlog(bound=2, wait_s=ROOM_WAIT, log_interval=0)


@pytest.fixture
def server(settings: Settings, backlog: Backlog) -> Iterator[Server]:
    """`pricebot serve --http` with that backlog."""
    served = build_server(settings, port=0, threads=4, token_verification_enabled=False,
                          backlog=backlog).start_in_background()
    yield served
    served.stop()


def ack(server: Server, event: dict[str, Any], *, event_id: str | None = None, retry: int | None = None,
        timeout: float = 3.0) -> tuple[int, float]:
    body = json.dumps(payloads.event_callback(event, event_id=event_id))
    ts = int(time.time())
    headers = {"Content-Type": "application/json", "X-Slack-Request-Timestamp": str(ts),
               "X-Slack-Signature": sign(body, ts)}
    if retry is not None:
        headers["X-Slack-Retry-Num"] = str(retry)
    conn = http.client.HTTPConnection(server.host, server.port, timeout=timeout)
    start = time.monotonic()
    conn.request("POST", EVENTS_PATH, body=body, headers=headers)
    response = conn.getresponse()
    response.read()
    conn.close()
    return response.status, time.monotonic() - start


def posts_in(stub: FaultyStub, thread_ts: str) -> list[str]:
    return [str(c.get("text")) for c in stub.calls_to("chat.postMessage") if c.get("thread_ts") == thread_ts]


def test_a_saturated_process_says_it_is_busy_and_answers_nothing_twice(
    server: Server, stub: FaultyStub, backlog: Backlog, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO, logger="pricebot")
    assert ack(server, payloads.home_opened())[0] == 200  # through Bolt: the app makes its auth.test call
    first = payloads.mention(ASK)
    for event in (payloads.channel_message(FLAGGED), first):  # the rules and the answering code load first
        assert ack(server, event, timeout=60)[0] == 200
    stub.wait_for("chat.postEphemeral", timeout=20)
    stub.wait_for("chat.postMessage", where=lambda c: c.get("thread_ts") == first["ts"], timeout=20)
    stub.settle(quiet_for=0.3)
    stub.delay("chat.postMessage", HELD, HELD)
    held = [payloads.mention(ASK), payloads.mention(ASK)]
    for event in held:
        assert ack(server, event)[0] == 200
    late, flagged = payloads.mention(ASK), payloads.channel_message(FLAGGED)
    status, took = ack(server, late, event_id="EvBUSY0001")
    assert status == 200 and took < 1.0, f"the ack took {took:.2f} s"
    status, took = ack(server, flagged)
    assert status == 200 and took < 1.0
    note = stub.wait_for("chat.postMessage", where=lambda c: c.get("thread_ts") == late["ts"], timeout=10)[0]
    assert BUSY in str(note.get("text"))
    for event in held:  # the events that had a place are answered in full
        stub.wait_for("chat.postMessage", where=lambda c, e=event: c.get("thread_ts") == e["ts"], timeout=20)
        assert "break-even" in posts_in(stub, event["ts"])[0]
    deadline = time.monotonic() + 20
    while backlog.waiting and time.monotonic() < deadline:  # the held posts' answers come back
        time.sleep(0.05)
    assert ack(server, late, event_id="EvBUSY0001", retry=1)[0] == 200  # Slack's retry of the one turned away
    again = payloads.mention(ASK)
    assert ack(server, again)[0] == 200  # room again: answered
    stub.wait_for("chat.postMessage", where=lambda c: c.get("thread_ts") == again["ts"], timeout=20)
    stub.settle(quiet_for=0.5)
    assert posts_in(stub, late["ts"]) == [note.get("text")], "the busy note is the one reply, retry or not"
    assert "break-even" in posts_in(stub, again["ts"])[0]
    assert len(stub.calls_to("chat.postEphemeral")) == 1, "a channel message met while saturated is not coached"
    logged = " ".join(r.getMessage() for r in caplog.records if "saturated" in r.getMessage())
    assert "@mentions given the busy note" in logged and "EvBUSY0001" in logged
    assert "channel messages not checked" in logged
    assert any("EvBUSY0001 already processed" in r.getMessage() for r in caplog.records), "the retry was skipped"


def test_busy_notes_are_bounded_too_and_a_mention_past_them_is_logged_not_claimed(
    settings: Settings, stub: FaultyStub, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO, logger="pricebot")
    backlog = Backlog(bound=2, wait_s=ROOM_WAIT, log_interval=0, notes=1)
    served = build_server(settings, port=0, threads=4, token_verification_enabled=False,
                          backlog=backlog).start_in_background()
    try:
        assert ack(served, payloads.home_opened())[0] == 200
        first = payloads.mention(ASK)
        assert ack(served, first, timeout=60)[0] == 200  # the answering code loads first
        stub.wait_for("chat.postMessage", where=lambda c: c.get("thread_ts") == first["ts"], timeout=20)
        stub.settle(quiet_for=0.3)
        stub.delay("chat.postMessage", HELD, HELD, HELD)  # the two answers and the note
        held = [payloads.mention(ASK), payloads.mention(ASK)]
        for event in held:
            assert ack(served, event)[0] == 200
        noted, past = payloads.mention(ASK), payloads.mention(ASK)
        assert ack(served, noted, event_id="EvNOTE0001")[0] == 200
        deadline = time.monotonic() + 5
        while not backlog.notes and time.monotonic() < deadline:  # its note is posting (held 2 s)
            time.sleep(0.01)
        assert backlog.notes == 1
        status, took = ack(served, past, event_id="EvPAST0001")
        assert status == 200 and took < 1.0, f"the ack took {took:.2f} s"
        note = stub.wait_for("chat.postMessage", where=lambda c: c.get("thread_ts") == noted["ts"], timeout=10)[0]
        assert BUSY in str(note.get("text"))
        for event in held:
            stub.wait_for("chat.postMessage", where=lambda c, e=event: c.get("thread_ts") == e["ts"], timeout=20)
        deadline = time.monotonic() + 20
        while (backlog.waiting or backlog.notes) and time.monotonic() < deadline:
            time.sleep(0.05)
        assert (backlog.waiting, backlog.notes) == (0, 0), "every place given back"
        stub.settle(quiet_for=0.5)
        assert posts_in(stub, past["ts"]) == [], "past the notes' bound: no note, no answer"
        logged = " ".join(r.getMessage() for r in caplog.records if "saturated" in r.getMessage())
        assert "@mentions not answered (busy notes full)" in logged and "EvPAST0001" in logged
        assert "@mentions given the busy note" in logged and "EvNOTE0001" in logged
        assert ack(served, past, event_id="EvPAST0001", retry=1)[0] == 200  # not claimed: its retry is answered
        stub.wait_for("chat.postMessage", where=lambda c: c.get("thread_ts") == past["ts"], timeout=20)
        assert "break-even" in posts_in(stub, past["ts"])[0]
    finally:
        served.stop()


def test_a_note_gives_its_place_back_however_it_ends() -> None:
    backlog = Backlog(bound=1, notes=1)
    assert backlog.enter_note()
    assert not backlog.enter_note(), "one note under way at most"

    def fails() -> None:
        raise RuntimeError("boom")

    with pytest.raises(RuntimeError):
        backlog.noted(fails)()
    assert backlog.notes == 0 and backlog.enter_note()


def test_a_full_backlog_waits_briefly_for_a_place_rather_than_turning_an_event_away() -> None:
    backlog = Backlog(bound=1, wait_s=2.0)
    assert backlog.enter()
    threading.Timer(0.1, backlog.leave).start()
    start = time.monotonic()
    assert backlog.enter(), "a place came free within the wait"
    assert time.monotonic() - start < 1.5
    assert backlog.waiting == 1


def test_once_saturated_the_next_events_are_turned_away_without_waiting() -> None:
    backlog = Backlog(bound=1, wait_s=0.2)
    assert backlog.enter()
    start = time.monotonic()
    assert not backlog.enter()
    assert 0.15 < time.monotonic() - start < 1.0
    start = time.monotonic()
    assert not backlog.enter(), "still full"
    assert time.monotonic() - start < 0.1, "no second wait while saturated"
    backlog.leave()
    assert backlog.enter(), "a place again once work is done"


def test_work_gives_its_place_back_however_it_ends() -> None:
    backlog = Backlog(bound=2)

    def fails() -> None:
        raise RuntimeError("boom")

    assert backlog.enter() and backlog.enter()
    backlog.counted(lambda: None)()
    with pytest.raises(RuntimeError):
        backlog.counted(fails)()
    assert backlog.waiting == 0


def test_no_ack_waits_for_a_place_while_requests_pile_up_in_line() -> None:
    """Slack sends events whether or not the last was acked: when requests queue for the server's threads, waiting
    for a place would make every ack behind them late, so a full backlog turns the event away at once."""
    line = [0]
    backlog = Backlog(bound=1, wait_s=5.0)
    backlog.watch(lambda: line[0], threads=4)  # waits while at most 8 are in line
    assert backlog.enter()
    line[0] = 9
    start = time.monotonic()
    assert not backlog.enter()
    assert time.monotonic() - start < 0.5
    line[0] = 6  # a short line (a client waiting for each ack): wait for the place
    threading.Timer(0.2, backlog.leave).start()
    assert backlog.enter()
    line[0] = 0
    threading.Timer(0.2, lambda: line.__setitem__(0, 9)).start()  # the line grows while this ack waits
    start = time.monotonic()
    assert not backlog.enter()
    assert time.monotonic() - start < 1.0
