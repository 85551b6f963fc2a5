"""Unauthenticated clients against `pricebot serve --http` (a real subprocess, loopback only).

Acceptance: while oversized, slow and malformed unsigned requests arrive, every signed event is still acked in
under 1 s, the server's peak memory grows by less than MEMORY_BOUND_MB, and its log by less than LOG_BOUND_BYTES.
The bound on memory follows from bot.slack.http_server.SERVER_LIMITS: request buffers of at most 200 connections ×
64 kB plus one body of at most 1 MiB per worker thread (8), about 21 MiB; the test allows 64 MiB for the
interpreter's own allocations under load.
"""

from __future__ import annotations

import contextlib
import http.client
import json
import socket
import threading
import time
from collections.abc import Iterator

import pytest

from bot.slack.http_server import MAX_BODY_BYTES
from tests.support.harness import ASKS, Served, StubProcess, make_event, pricebot_argv, server_env
from tests.support.signing import sign

MEMORY_BOUND_MB = 64
LOG_BOUND_BYTES = 20_000
ACK_BOUND_S = 1.0


@pytest.fixture(scope="module")
def served(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Served]:
    stub = StubProcess()
    server = Served(pricebot_argv(threads=8), server_env(stub.base_url, tmp_path_factory.mktemp("db") / "p.db"))
    _warm_up(server, stub)
    yield server
    server.stop()
    stub.quit()


def _warm_up(served: Served, stub: StubProcess) -> None:
    """Answer each of the harness's asks once, so that the memory the first answers take (modules imported on
    first use, caches filled once) is in the baseline and the attack test measures what the attack costs."""
    events = [make_event(n) for n in range(0, 2 * len(ASKS), 2)]
    for event in events:
        assert _post(served, event.body, event.headers()) == 200
    deadline = time.monotonic() + 60
    while sum(call[0] == "chat.postMessage" for call in stub.calls()) < len(events):
        assert time.monotonic() < deadline, stub.calls()
        time.sleep(0.1)


def _raw(served: Served, head: bytes, body: bytes = b"", *, timeout: float = 10) -> tuple[int, float]:
    """Send `head` (and `body`) on a fresh connection; (HTTP status, seconds to the status line)."""
    with socket.create_connection((served.host, served.port), timeout=timeout) as sock:
        started = time.perf_counter()
        sock.sendall(head + body)
        status_line = sock.makefile("rb").readline()
        return int(status_line.split()[1]), time.perf_counter() - started


def _post(served: Served, body: bytes, headers: dict[str, str]) -> int:
    conn = http.client.HTTPConnection(served.host, served.port, timeout=10)
    try:
        conn.request("POST", "/slack/events", body=body, headers=headers)
        return conn.getresponse().status
    finally:
        conn.close()


def _signed_headers(body: bytes, ts: int | None = None) -> dict[str, str]:
    ts = int(time.time()) if ts is None else ts
    return {"Content-Type": "application/json", "X-Slack-Request-Timestamp": str(ts),
            "X-Slack-Signature": sign(body.decode(), ts)}


def test_a_body_over_the_limit_is_refused_before_it_is_sent(served: Served) -> None:
    head = (f"POST /slack/events HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
            f"Content-Length: {100 * 1024 * 1024}\r\n\r\n").encode()
    status, seconds = _raw(served, head)  # not one byte of the 100 MB body is sent
    assert status == 413 and seconds < 5


def test_a_huge_timestamp_and_deep_json_get_4xx_and_one_log_line_each(served: Served) -> None:
    before = len(served.lines)
    deep = b"[" * 100_000 + b"]" * 100_000
    forged = b'{"type":"event_callback"}\n2026-01-01 ERROR pricebot: forged line'
    assert _post(served, deep, {"Content-Type": "application/json", "X-Slack-Request-Timestamp": "9" * 5_000,
                                "X-Slack-Signature": "v0=0"}) == 401
    assert _post(served, deep, _signed_headers(deep)) == 400  # signed, so it is parsed: too deep
    assert _post(served, forged, {**_signed_headers(forged), "X-Slack-Signature": "v0=bad"}) == 401
    def refusals() -> list[str]:  # a loaded machine adds waitress's own "waited for a free thread" notes
        return [line for line in served.lines[before:] if "waitress.queue" not in line]

    deadline = time.monotonic() + 10  # the served process logs asynchronously; a loaded machine can lag
    while len(refusals()) < 3 and time.monotonic() < deadline:
        time.sleep(0.05)
    time.sleep(0.5)  # room for a fourth line, which must not come
    new = refusals()
    assert len(new) == 3, new
    assert not any("forged line" in line or "[[[" in line for line in new)
    assert "Traceback" not in "".join(new)


def test_signed_events_are_acked_while_hostile_clients_attack(served: Served) -> None:
    stop = threading.Event()
    refused: list[int] = []

    def oversized() -> None:
        chunk = b"x" * 65_536
        while not stop.is_set():
            try:
                with socket.create_connection((served.host, served.port), timeout=5) as sock:
                    sock.sendall(b"POST /slack/events HTTP/1.1\r\nHost: x\r\nContent-Length: 104857600\r\n\r\n")
                    for _ in range(1_600):  # up to 100 MB, until the server closes
                        sock.sendall(chunk)
            except OSError:
                refused.append(1)

    def slow(sock_count: int) -> None:
        socks: list[socket.socket] = []
        while not stop.is_set():
            while len(socks) < sock_count:
                try:
                    s = socket.create_connection((served.host, served.port), timeout=5)
                    s.sendall(b"POST /slack/events HTTP/1.1\r\n")
                    socks.append(s)
                except OSError:
                    break
            for s in list(socks):
                try:
                    s.sendall(b"X-Slow: 1\r\n")
                except OSError:
                    socks.remove(s)
                    s.close()
            stop.wait(2.0)
        for s in socks:
            s.close()

    def malformed() -> None:
        bodies = [b"[" * 50_000, b"not json at all \n forged", json.dumps({"type": "event_callback"}).encode()]
        n = 0
        while not stop.is_set():
            body = bodies[n % len(bodies)]
            headers = {"Content-Type": "application/json", "X-Slack-Request-Timestamp": "9" * 5_000 if n % 2 else
                       str(int(time.time())), "X-Slack-Signature": "v0=forged"}
            with contextlib.suppress(OSError):
                _post(served, body, headers)
            n += 1

    before_log = sum(len(line) for line in served.lines)
    before_peak = served.memory()["VmHWM"]
    attackers = [threading.Thread(target=oversized) for _ in range(4)]
    attackers += [threading.Thread(target=slow, args=(100,)), threading.Thread(target=malformed)]
    for t in attackers:
        t.start()
    try:
        time.sleep(2)  # let the attack build up
        acks = []
        for _ in range(30):
            event = make_event(kind="mention")
            started = time.perf_counter()
            status = _post(served, event.body, event.headers())
            acks.append((status, time.perf_counter() - started))
            time.sleep(0.2)
    finally:
        stop.set()
        for t in attackers:
            t.join(timeout=30)
    assert all(status == 200 for status, _ in acks), acks
    slowest = max(seconds for _, seconds in acks)
    assert slowest < ACK_BOUND_S, acks
    grown_mb = (served.memory()["VmHWM"] - before_peak) / 1024
    assert grown_mb < MEMORY_BOUND_MB, grown_mb
    logged = sum(len(line) for line in served.lines) - before_log
    assert logged < LOG_BOUND_BYTES, served.lines[-20:]
    assert refused, "the oversized uploads were cut off"
    print(f"\nacks: 30, slowest {slowest * 1000:.0f} ms; peak RSS grew {grown_mb:.1f} MB; log grew {logged} bytes"
          f" (body limit {MAX_BODY_BYTES:,} bytes)")
