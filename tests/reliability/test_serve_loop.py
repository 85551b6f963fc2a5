"""waitress's event loop in `pricebot serve --http`: it waits (rather than spins) while a worker is writing to a
connection, and its "Task queue depth" warnings are rate-limited (bot.slack.http_server)."""

from __future__ import annotations

import json
import logging
import socket
import threading
import time
from collections.abc import Iterator
from typing import Any

import pytest

from bot.settings import Settings
from bot.slack.app import build_server
from bot.slack.http_server import EVENTS_PATH, Server, _QueueDepth
from tests.support import payloads
from tests.support.signing import sign

pytestmark = pytest.mark.e2e


@pytest.fixture
def server(settings: Settings) -> Iterator[Server]:
    """`pricebot serve --http` as built for production (no listener executor given), 4 HTTP workers."""
    served = build_server(settings, port=0, threads=4, token_verification_enabled=False).start_in_background()
    yield served
    served.stop()


def _channel_of(server: Server, sock: socket.socket) -> Any:
    """waitress's connection object for our end `sock` of a connection."""
    ours = sock.getsockname()
    deadline = time.monotonic() + 5
    while time.monotonic() < deadline:
        for channel in list(server._server._map.values()):
            if getattr(channel, "addr", None) == ours:
                return channel
        time.sleep(0.01)
    raise AssertionError("the server never accepted the connection")


def _ack(server: Server) -> bytes:
    body = json.dumps(payloads.event_callback(payloads.channel_message("lunch at 12?"))).encode()
    ts = int(time.time())
    head = (f"POST {EVENTS_PATH} HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
            f"X-Slack-Request-Timestamp: {ts}\r\nX-Slack-Signature: {sign(body.decode(), ts)}\r\n"
            f"Content-Length: {len(body)}\r\nConnection: close\r\n\r\n").encode()
    with socket.create_connection((server.host, server.port), timeout=5) as sock:
        sock.sendall(head + body)
        answer = b""
        while chunk := sock.recv(65536):
            answer += chunk
    return answer.split(b"\r\n", 1)[0]


def test_the_loop_waits_while_a_worker_holds_a_connections_output(server: Server) -> None:
    """A connection with a request being served and output waiting, its output lock held by a worker (as while
    the worker sends the response): the loop does not ask poll() about it again and again. Before, it spun:
    thousands of turns a second, each asking every connection whether it is readable and writable."""
    with socket.create_connection((server.host, server.port), timeout=5) as sock:
        channel = _channel_of(server, sock)
        asked = 0
        writable = channel.writable

        def counted() -> bool:
            nonlocal asked
            asked += 1
            return bool(writable())

        channel.writable = counted
        with channel.outbuf_lock:  # as a worker in the middle of write_soon
            channel.requests = [object()]
            channel.total_outbufs_len = 10
            server._server.pull_trigger()
            time.sleep(0.5)
            during = asked
            channel.total_outbufs_len = 0
            channel.requests = []
        server._server.pull_trigger()
    assert during <= 5, f"the loop asked {during} times in 0.5 s whether the connection was writable"
    assert _ack(server) == b"HTTP/1.1 200 OK"


def _held_by_another_thread(channel: Any) -> tuple[threading.Thread, threading.Event]:
    """A thread holding `channel`'s output lock (as a worker in the middle of a write) until the event is set."""
    held, release = threading.Event(), threading.Event()

    def worker() -> None:
        with channel.outbuf_lock:
            held.set()
            release.wait(5)

    thread = threading.Thread(target=worker)
    thread.start()
    assert held.wait(5)
    return thread, release


def test_output_is_offered_to_the_loop_once_no_worker_is_writing(server: Server) -> None:
    """Output left on a connection whose lock is free (a worker that could not send it all) is still offered to
    the loop: only while the lock is held is it not."""
    with socket.create_connection((server.host, server.port), timeout=5) as sock:
        channel = _channel_of(server, sock)
        thread, release = _held_by_another_thread(channel)
        try:
            channel.requests = [object()]
            channel.total_outbufs_len = 10
            assert not channel.writable()
        finally:
            release.set()
            thread.join()
        try:
            assert channel.writable()
        finally:
            channel.total_outbufs_len = 0
            channel.requests = []
        assert not channel.writable()


def test_a_closing_connection_is_writable_even_while_its_lock_is_held(server: Server) -> None:
    with socket.create_connection((server.host, server.port), timeout=5) as sock:
        channel = _channel_of(server, sock)
        thread, release = _held_by_another_thread(channel)
        try:
            channel.requests = [object()]
            channel.total_outbufs_len = 10
            channel.close_when_flushed = True
            assert channel.writable()
        finally:
            channel.total_outbufs_len = 0
            channel.requests = []
            release.set()
            thread.join()


def test_queue_depth_warnings_are_one_line_per_interval_with_their_count(caplog: pytest.LogCaptureFixture) -> None:
    depth = _QueueDepth(interval=0.2)
    with caplog.at_level(logging.WARNING, logger="waitress.queue"):
        for n in range(500):
            depth.warning("Task queue depth is %d", 1 + n % 7)
        first = [r.getMessage() for r in caplog.records]
        time.sleep(0.25)
        depth.warning("Task queue depth is %d", 2)
    lines = [r.getMessage() for r in caplog.records]
    assert first == ["requests waited for a free thread: 1 time(s) since the last such line, at most 1 waiting at "
                     "once"]
    assert lines[1:] == ["requests waited for a free thread: 500 time(s) since the last such line, at most 7 "
                         "waiting at once"]


def test_the_servers_thread_pool_rate_limits_its_queue_warnings(server: Server) -> None:
    assert isinstance(server._server.task_dispatcher.queue_logger, _QueueDepth)
