"""The bench's cheaper load client (pre-signed requests over plain sockets) is acked like any signed request."""

from __future__ import annotations

from tests.support.harness import RawConnection, make_event, signed_request
from tests.support.running import RunningBot


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
