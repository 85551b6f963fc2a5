"""The bench's cheaper load client (pre-signed requests over plain sockets, one thread) is acked like any signed
request, and the lean stub Web API records every answer it gets."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from pydantic import SecretStr

from bot.settings import Settings
from bot.slack.app import build_server
from tests.support.harness import (
    BOT_TOKEN,
    LeanStubProcess,
    RawConnection,
    make_event,
    prepared,
    send_closed_loop_raw,
    signed_request,
    wait_for_deliveries,
)
from tests.support.running import RunningBot
from tests.support.signing import SIGNING_SECRET


def test_pre_signed_requests_on_one_kept_alive_connection_are_acked_and_answered(bot: RunningBot) -> None:
    host, port = bot.server.host, bot.server.port
    events = [make_event(n, kind=kind, run="raw") for n, kind in enumerate(("mention", "plain", "coached"))]
    conn = RawConnection(host, port)
    try:
        assert [conn.send(signed_request(event, host, port)) for event in events] == [200, 200, 200]
        assert conn.send(b"POST /slack/events HTTP/1.1\r\nHost: x\r\nContent-Length: 2\r\n\r\n{}") == 401
    finally:
        conn.close()
    bot.settle()
    threads = {call.get("thread_ts") for call in bot.stub.calls_to("chat.postMessage", "chat.postEphemeral")}
    assert threads == {events[0].expected.thread_ts, events[2].expected.thread_ts}


def test_the_lean_stub_records_every_answer_of_a_closed_loop_sent_from_one_thread(tmp_path: Path) -> None:
    stub = LeanStubProcess()
    settings = Settings(slack_bot_token=SecretStr(BOT_TOKEN), slack_signing_secret=SecretStr(SIGNING_SECRET),
                        slack_api_url=stub.base_url, pricebot_db=tmp_path / "pricebot.db")
    server = build_server(settings, port=0, threads=4, token_verification_enabled=False).start_in_background()
    try:
        kinds = ("mention", "coached", "plain")
        events, requests = prepared(lambda n: make_event(n, kind=kinds[n % 3], run="lean"), 30, server.host,
                                    server.port)
        samples, sent = send_closed_loop_raw(server.host, server.port, events, requests, concurrency=4,
                                             duration=30)
        assert len(samples) == 30 and {s.status for s in samples} == {200}
        expecting = [e for e in sent if e.expected.method != "none"]
        found, _ = wait_for_deliveries(stub, expecting, timeout=30)
        assert found.exactly_once(expecting) == len(expecting) == 20
        assert found.unexpected == 0
    finally:
        server.stop()
        stub.quit()


def test_the_lean_stub_keeps_every_answer_across_polls_and_forgets_them_on_reset(tmp_path: Path) -> None:
    stub = LeanStubProcess()
    settings = Settings(slack_bot_token=SecretStr(BOT_TOKEN), slack_signing_secret=SecretStr(SIGNING_SECRET),
                        slack_api_url=stub.base_url, pricebot_db=tmp_path / "pricebot.db")
    server = build_server(settings, port=0, threads=4, token_verification_enabled=False).start_in_background()
    try:
        def answered(run: str, count: int) -> list[Any]:
            events, requests = prepared(lambda n: make_event(n, kind="coached", run=run), count, server.host,
                                        server.port)
            send_closed_loop_raw(server.host, server.port, events, requests, concurrency=2, duration=30)
            found, _ = wait_for_deliveries(stub, events, timeout=30)
            assert found.exactly_once(events) == count
            return [row for row in stub.calls() if row[0] == "chat.postEphemeral"]

        first = answered("poll-1", 4)
        assert [row[2] for row in answered("poll-2", 3)[:len(first)]] == [row[2] for row in first]
        assert len([row for row in stub.calls() if row[0] == "chat.postEphemeral"]) == 7
        stub.reset()
        assert stub.calls() == []
        assert len(answered("poll-3", 2)) == 2
    finally:
        server.stop()
        stub.quit()
