"""Processes and load for the reliability bench and tests: `pricebot serve --http` (or the bare Bolt app) as a
real subprocess, the stub Web API in its own process, signed event_callback bodies, and an open-loop client
(keep-alive http.client connections in a small thread pool) that measures ack latency.

Loopback only; every run is bounded by a count and a duration.
"""

from __future__ import annotations

import http.client
import itertools
import json
import os
import queue
import re
import selectors
import socket
import statistics
import subprocess
import sys
import threading
import time
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from tests.support.signing import SIGNING_SECRET, sign
from tests.support.stub import BOT_USER_ID, TEAM_ID

REPO = Path(__file__).resolve().parents[2]
PYTHON = sys.executable
BOT_TOKEN = "xoxb-load-0000-secret-token"

#: Mentions that ask for a quote (each is understood and answered in the thread) ...
ASKS = (
    "40% discount on PTUs at 80% utilization",
    "vendor wants $0.02 a call, prompts are ~2k in / 400 out at $3/$15 per 1M",
    "Is caching worth it with a 4,000-token system prompt at $5/1M and cache hits at $0.50/1M, 10k calls a day?",
    "Bedrock list is 20% over direct and they have a 10% EA discount",
    "2M input + 500k output tokens a day at $5/$15 per 1M",
)
#: ... and channel messages the field-language guide flags (coached privately to the author).
COACHED = (
    "Provisioned is cheaper.",
    "Caching saves 90% on every call.",
    "PTUs are always cheaper than pay as you go",
)
#: ... and the channel talk most messages are: nothing for pricebot to do.
PLAIN = (
    "thanks, talk tomorrow",
    "Can you send the SOW to legal before Friday? They want the redlines back by Monday.",
    "pushed the deck to the shared drive, slide 7 still needs the customer logo",
    "lunch at 12?",
)
CHANNEL = "C0LOAD001"

_counter = itertools.count(1)


# --- processes ---------------------------------------------------------------------------------------------------


def read_status(pid: int) -> dict[str, int]:
    """VmRSS / VmHWM (peak RSS) of a process in kB, from /proc/<pid>/status."""
    values: dict[str, int] = {}
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            key, _, rest = line.partition(":")
            if key in ("VmRSS", "VmHWM"):
                values[key] = int(rest.split()[0])
    except FileNotFoundError:
        pass
    return values


class Process:
    """A child process whose combined output is collected line by line."""

    def __init__(self, argv: Sequence[str], env: dict[str, str], *, cwd: Path = REPO) -> None:
        self.started = time.perf_counter()
        self.proc = subprocess.Popen(list(argv), cwd=cwd, env=env, stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                     stderr=subprocess.STDOUT, text=True, bufsize=1)
        self.lines: list[str] = []
        self._new = threading.Condition()
        threading.Thread(target=self._read, daemon=True).start()

    def _read(self) -> None:
        assert self.proc.stdout is not None
        for line in self.proc.stdout:
            with self._new:
                self.lines.append(line)
                self._new.notify_all()

    def wait_for(self, pattern: str, timeout: float = 60) -> re.Match[str]:
        deadline = time.monotonic() + timeout
        seen = 0
        with self._new:
            while True:
                for line in self.lines[seen:]:
                    if found := re.search(pattern, line):
                        return found
                seen = len(self.lines)
                left = deadline - time.monotonic()
                if left <= 0 or self.proc.poll() is not None:
                    raise RuntimeError(f"no line matching {pattern!r}; output:\n{self.output[-3000:]}")
                self._new.wait(min(left, 0.2))

    @property
    def output(self) -> str:
        return "".join(self.lines)

    @property
    def pid(self) -> int:
        return self.proc.pid

    def memory(self) -> dict[str, int]:
        return read_status(self.pid)

    def stop(self, signal_: str = "TERM", timeout: float = 15) -> int | None:
        if self.proc.poll() is None:
            self.proc.terminate() if signal_ == "TERM" else self.proc.kill()
            try:
                self.proc.wait(timeout=timeout)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait(timeout=5)
        return self.proc.returncode


class StubProcess(Process):
    """tests/support/faulty_stub.py in its own process (tests/support/stub_process.py)."""

    def __init__(self, *tls: str) -> None:
        """`tls`: ("--tls", certificate file, key file) to serve HTTPS."""
        super().__init__([PYTHON, "-m", "tests.support.stub_process", *tls], dict(os.environ))
        self.port = int(self.wait_for(r"^port (\d+)").group(1))
        self.scheme = "https" if tls else "http"
        self._io = threading.Lock()

    @property
    def base_url(self) -> str:
        return f"{self.scheme}://127.0.0.1:{self.port}/api/"

    def _command(self, command: str) -> str:
        assert self.proc.stdin is not None
        with self._io, self._new:
            before = len(self.lines)
            self.proc.stdin.write(command + "\n")
            self.proc.stdin.flush()
            while len(self.lines) <= before:
                if not self._new.wait(30):
                    raise RuntimeError(f"stub did not answer {command!r}")
            return self.lines[before]

    def calls(self) -> list[list[Any]]:
        rows: list[list[Any]] = json.loads(self._command("calls"))
        return rows

    def reset(self) -> None:
        self._command("reset")

    def down(self) -> None:
        self._command("down")

    def up(self) -> None:
        self._command("up")

    def quit(self) -> None:
        if self.proc.poll() is None and self.proc.stdin is not None:
            self.proc.stdin.write("quit\n")
            self.proc.stdin.flush()
        self.stop()


class LeanStubProcess(StubProcess):
    """tests/support/lean_stub.py in its own process: a cheaper stand-in for the Web API in load benches (one thread,
    answers rendered at start-up, bodies read only when the record is asked for). No faults, no TLS."""

    def __init__(self) -> None:
        Process.__init__(self, [PYTHON, "-m", "tests.support.lean_stub"], dict(os.environ))
        self.port = int(self.wait_for(r"^port (\d+)").group(1))
        self.scheme = "http"
        self._io = threading.Lock()

    def down(self) -> None:
        raise NotImplementedError("the lean stub has no outages: use StubProcess")

    def up(self) -> None:
        raise NotImplementedError("the lean stub has no outages: use StubProcess")


def server_env(stub_url: str, db: Path | str, **extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("SLACK_", "PRICEBOT_"))}
    env.update(SLACK_BOT_TOKEN=BOT_TOKEN, SLACK_SIGNING_SECRET=SIGNING_SECRET, SLACK_API_URL=stub_url,
               PRICEBOT_DB=str(db), PYTHONUNBUFFERED="1", **extra)
    return env


class Served(Process):
    """A server process that prints "serving http://host:port/slack/events" when it is ready."""

    def __init__(self, argv: Sequence[str], env: dict[str, str], *, ready_timeout: float = 60,
                 cwd: Path = REPO) -> None:
        super().__init__(argv, env, cwd=cwd)
        found = self.wait_for(r"serving (http://127\.0\.0\.1:(\d+))/slack/events", timeout=ready_timeout)
        self.ready = time.perf_counter()
        self.url = found.group(1)
        self.host, self.port = "127.0.0.1", int(found.group(2))


def pricebot_argv(port: int = 0, threads: int = 8) -> list[str]:
    return [PYTHON, "-m", "bot", "serve", "--http", "--host", "127.0.0.1", "--port", str(port),
            "--threads", str(threads)]



# --- requests -----------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Expected:
    """The one post an event should produce: its method and the thread it goes to."""

    method: str
    channel: str
    thread_ts: str


@dataclass(frozen=True)
class SignedEvent:
    event_id: str
    body: bytes
    expected: Expected

    def headers(self, *, retry_num: int | None = None, timestamp: int | None = None) -> dict[str, str]:
        ts = int(time.time()) if timestamp is None else timestamp
        headers = {"Content-Type": "application/json", "X-Slack-Request-Timestamp": str(ts),
                   "X-Slack-Signature": sign(self.body.decode("utf-8"), ts)}
        if retry_num is not None:
            headers.update({"X-Slack-Retry-Num": str(retry_num), "X-Slack-Retry-Reason": "http_timeout"})
        return headers


def make_event(n: int | None = None, *, kind: str | None = None, run: str = "") -> SignedEvent:
    """Event number `n`: even numbers are mentions asking a quote, odd ones channel messages that get coached;
    `kind` "plain" is a channel message that needs nothing (no post expected)."""
    unique = next(_counter)
    n = unique if n is None else n
    kind = kind or ("mention" if n % 2 == 0 else "coached")
    ts = f"{1_700_000_000 + unique // 1_000_000}.{unique % 1_000_000:06d}"
    user = f"U{n % 50:07d}"
    if kind == "mention":
        text = f"<@{BOT_USER_ID}> {ASKS[(n // 2) % len(ASKS)]}"
        event: dict[str, Any] = {"type": "app_mention", "user": user, "text": text, "ts": ts, "channel": CHANNEL,
                                 "event_ts": ts}
        expected = Expected("chat.postMessage", CHANNEL, ts)
    else:
        texts = PLAIN if kind == "plain" else COACHED
        event = {"type": "message", "channel_type": "channel", "user": user, "text": texts[(n // 2) % len(texts)],
                 "ts": ts, "channel": CHANNEL, "event_ts": ts}
        expected = Expected("none" if kind == "plain" else "chat.postEphemeral", CHANNEL, ts)
    event_id = f"EvLOAD{run}{n:09d}"
    body = {"token": "legacy", "team_id": TEAM_ID, "api_app_id": "A0000APP", "event": event, "type": "event_callback",
            "event_id": event_id, "event_time": int(time.time()),
            "authorizations": [{"team_id": TEAM_ID, "user_id": BOT_USER_ID, "is_bot": True}]}
    return SignedEvent(event_id, json.dumps(body).encode("utf-8"), expected)


# --- the client ---------------------------------------------------------------------------------------------------


@dataclass
class Sample:
    scheduled: float
    sent: float = 0.0
    done: float = 0.0
    status: int = 0
    error: str = ""

    @property
    def latency(self) -> float:
        """From when the request was due (so a client or server backlog counts against it) to the response."""
        return self.done - self.scheduled

    @property
    def lag(self) -> float:
        """How late the client sent it: large values mean the client, not the server, is the bottleneck."""
        return self.sent - self.scheduled


class Connection:
    """One keep-alive HTTP/1.1 connection that reconnects after an error."""

    def __init__(self, host: str, port: int, timeout: float = 10) -> None:
        self.host, self.port, self.timeout = host, port, timeout
        self._conn: http.client.HTTPConnection | None = None

    def post(self, path: str, body: bytes, headers: dict[str, str]) -> tuple[int, bytes]:
        for attempt in (1, 2):
            if self._conn is None:
                self._conn = http.client.HTTPConnection(self.host, self.port, timeout=self.timeout)
            try:
                self._conn.request("POST", path, body=body, headers=headers)
                response = self._conn.getresponse()
                return response.status, response.read()
            except (http.client.RemoteDisconnected, BrokenPipeError, ConnectionResetError):
                self.close()
                if attempt == 2:
                    raise
        raise AssertionError("unreachable")

    def close(self) -> None:
        if self._conn is not None:
            self._conn.close()
            self._conn = None


def send_at_rate(host: str, port: int, events: Sequence[SignedEvent], rate: float, *, workers: int = 16,
                 path: str = "/slack/events",
                 headers_for: Callable[[SignedEvent], dict[str, str]] | None = None) -> list[Sample]:
    """Open loop: event i is due at start + i/rate whatever happened to earlier ones; `workers` connections."""
    jobs: queue.Queue[tuple[int, float] | None] = queue.Queue()
    samples = [Sample(0.0) for _ in events]

    def worker() -> None:
        conn = Connection(host, port)
        while (job := jobs.get()) is not None:
            i, due = job
            sample = samples[i]
            sample.scheduled = due
            event = events[i]
            headers = headers_for(event) if headers_for else event.headers()
            sample.sent = time.perf_counter()
            try:
                sample.status, _ = conn.post(path, event.body, headers)
            except OSError as error:
                sample.error = type(error).__name__
                conn.close()
            sample.done = time.perf_counter()
        conn.close()

    threads = [threading.Thread(target=worker, daemon=True) for _ in range(workers)]
    for t in threads:
        t.start()
    start = time.perf_counter() + 0.05
    for i in range(len(events)):
        due = start + i / rate
        pause = due - time.perf_counter()
        if pause > 0:
            time.sleep(pause)
        jobs.put((i, due))
    for _ in threads:
        jobs.put(None)
    for t in threads:
        t.join(timeout=60)
    return samples


def send_closed_loop(host: str, port: int, make: Callable[[int], SignedEvent], *, concurrency: int,
                     duration: float, limit: int) -> tuple[list[Sample], list[SignedEvent]]:
    """As fast as the server acks: `concurrency` connections, each sends its next event when the last is acked."""
    numbers = iter(range(limit))
    lock = threading.Lock()
    samples: list[Sample] = []
    sent: list[SignedEvent] = []
    deadline = time.perf_counter() + duration

    def worker() -> None:
        conn = Connection(host, port)
        while time.perf_counter() < deadline:
            with lock:
                n = next(numbers, None)
            if n is None:
                break
            event = make(n)
            sample = Sample(time.perf_counter())
            sample.sent = sample.scheduled
            try:
                sample.status, _ = conn.post("/slack/events", event.body, event.headers())
            except OSError as error:
                sample.error = type(error).__name__
                conn.close()
            sample.done = time.perf_counter()
            with lock:
                samples.append(sample)
                sent.append(event)
        conn.close()

    threads = [threading.Thread(target=worker, daemon=True) for _ in range(concurrency)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=duration + 60)
    return samples, sent


def signed_request(event: SignedEvent, host: str, port: int, path: str = "/slack/events") -> bytes:
    """The whole HTTP/1.1 request for `event`, signed now: built before a timed phase, sent as it is."""
    headers = event.headers()
    head = (f"POST {path} HTTP/1.1\r\nHost: {host}:{port}\r\nContent-Length: {len(event.body)}\r\n"
            + "".join(f"{name}: {value}\r\n" for name, value in headers.items()) + "\r\n")
    return head.encode("ascii") + event.body


class RawConnection:
    """A kept-alive connection that writes pre-built requests and reads just the status line and the body its
    Content-Length names: a load client with far less CPU per request than http.client, so on a 2-core machine
    more of the cores go to the servers being measured."""

    def __init__(self, host: str, port: int, timeout: float = 10) -> None:
        self.host, self.port, self.timeout = host, port, timeout
        self._sock: socket.socket | None = None
        self._buffer = b""

    def send(self, request: bytes) -> int:
        for attempt in (1, 2):
            try:
                if self._sock is None:
                    self._sock = socket.create_connection((self.host, self.port), timeout=self.timeout)
                    self._sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
                    self._buffer = b""
                self._sock.sendall(request)
                return self._response()
            except (ConnectionError, BrokenPipeError):
                self.close()
                if attempt == 2:
                    raise
        raise AssertionError("unreachable")

    def _read_more(self) -> None:
        assert self._sock is not None
        chunk = self._sock.recv(65536)
        if not chunk:
            raise ConnectionResetError("the server closed the connection")
        self._buffer += chunk

    def _response(self) -> int:
        while b"\r\n\r\n" not in self._buffer:
            self._read_more()
        head, _, rest = self._buffer.partition(b"\r\n\r\n")
        lines = head.split(b"\r\n")
        status = int(lines[0].split(b" ", 2)[1])
        length = 0
        for line in lines[1:]:
            name, _, value = line.partition(b":")
            if name.strip().lower() == b"content-length":
                length = int(value.strip())
        while len(rest) < length:
            self._read_more()
            rest = self._buffer.partition(b"\r\n\r\n")[2]
        self._buffer = rest[length:]
        if any(line.lower().startswith(b"connection: close") for line in lines[1:]):
            self.close()
        return status

    def close(self) -> None:
        if self._sock is not None:
            self._sock.close()
            self._sock = None
        self._buffer = b""


def prepared(make: Callable[[int], SignedEvent], count: int, host: str, port: int
             ) -> tuple[list[SignedEvent], list[bytes]]:
    """`count` events and their whole requests, signed now (for send_closed_loop_raw)."""
    events = [make(n) for n in range(count)]
    return events, [signed_request(event, host, port) for event in events]


def send_closed_loop_raw(host: str, port: int, events: Sequence[SignedEvent], requests: Sequence[bytes], *,
                         concurrency: int, duration: float, timeout: float = 10.0
                         ) -> tuple[list[Sample], list[SignedEvent]]:
    """As send_closed_loop, with requests built and signed beforehand (:func:`prepared`), written to `concurrency`
    kept-alive sockets from one thread and one `selectors` loop that reads only each answer's status line and the
    body its Content-Length names: no thread switches, no header objects, so the client's own CPU per request is
    a small fraction of http.client's and more of the machine goes to the servers measured."""
    selector = selectors.DefaultSelector()
    numbers = iter(range(len(requests)))
    done: list[tuple[int, Sample]] = []
    deadline = time.perf_counter() + duration

    class Slot:
        def __init__(self) -> None:
            self.sock: socket.socket | None = None
            self.buffer = b""
            self.current: tuple[int, Sample] | None = None
            self.failures = 0  # in a row: a slot whose connection keeps failing stops

        def connect(self) -> None:
            self.sock = socket.create_connection((host, port), timeout=timeout)
            self.sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
            self.buffer = b""
            selector.register(self.sock, selectors.EVENT_READ, self)

        def close(self) -> None:
            if self.sock is not None:
                selector.unregister(self.sock)
                self.sock.close()
                self.sock = None

        def next(self) -> None:
            """Send the next request, or stop when the time or the requests are over."""
            n = next(numbers, None) if time.perf_counter() < deadline else None
            if n is None:
                self.current = None
                self.close()
                return
            sample = Sample(time.perf_counter())
            sample.sent = sample.scheduled
            self.current = (n, sample)
            try:
                if self.sock is None:
                    self.connect()
                assert self.sock is not None
                self.sock.sendall(requests[n])
            except OSError as error:
                self.fail(error)

        def fail(self, error: BaseException) -> None:
            if self.current is not None:
                n, sample = self.current
                sample.error, sample.done = type(error).__name__, time.perf_counter()
                done.append((n, sample))
                self.current = None
            self.close()
            self.failures += 1
            if self.failures < 3:
                self.next()

        def readable(self) -> None:
            assert self.sock is not None
            try:
                chunk = self.sock.recv(65536)
            except OSError as error:
                self.fail(error)
                return
            if not chunk:
                self.fail(ConnectionResetError("the server closed the connection"))
                return
            self.buffer += chunk
            end = self.buffer.find(b"\r\n\r\n")
            if end < 0:
                return
            head = self.buffer[:end]
            lower = head.lower()
            at = lower.find(b"\r\ncontent-length:")
            length = 0
            if at >= 0:
                stop = lower.find(b"\r\n", at + 2)
                length = int(lower[at + 17:stop if stop >= 0 else None].strip())
            if len(self.buffer) < end + 4 + length:
                return
            self.buffer = self.buffer[end + 4 + length:]
            assert self.current is not None
            n, sample = self.current
            sample.status, sample.done = int(head.split(b" ", 2)[1]), time.perf_counter()
            done.append((n, sample))
            self.failures = 0
            if b"\r\nconnection: close" in lower:
                self.close()
            self.next()

    slots = [Slot() for _ in range(concurrency)]
    for slot in slots:
        slot.next()
    give_up = deadline + 60
    while any(slot.sock is not None for slot in slots) and time.perf_counter() < give_up:
        ready = selector.select(timeout)
        if not ready:  # nothing answered for `timeout` seconds: the waiting requests failed
            for slot in slots:
                if slot.sock is not None:
                    slot.fail(TimeoutError("no answer"))
            continue
        for key, _ in ready:
            key.data.readable()
    for slot in slots:
        slot.close()
    selector.close()
    return [sample for _, sample in done], [events[n] for n, _ in done]


# --- checking what was posted -------------------------------------------------------------------------------------


@dataclass
class Delivery:
    """How many answers each event got, from the stub's record."""

    per_event: Counter[str] = field(default_factory=Counter)
    first_at: dict[str, float] = field(default_factory=dict)  # event id -> when its first answer reached the stub
    warnings: int = 0
    busy: int = 0  # @mentions given the busy note by a saturated server: not answered
    unexpected: int = 0
    charts: int = 0

    def exactly_once(self, events: Sequence[SignedEvent]) -> int:
        return sum(1 for e in events if self.per_event[e.event_id] == 1)

    def missing(self, events: Sequence[SignedEvent]) -> list[str]:
        return [e.event_id for e in events if self.per_event[e.event_id] == 0]

    def duplicated(self, events: Sequence[SignedEvent]) -> list[str]:
        return [e.event_id for e in events if self.per_event[e.event_id] > 1]


def deliveries(calls: list[list[Any]], events: Sequence[SignedEvent]) -> Delivery:
    """Match successful posts to events by (method, channel, thread_ts); failed attempts are not deliveries."""
    by_thread = {(e.expected.method, e.expected.channel, e.expected.thread_ts): e.event_id for e in events}
    found = Delivery()
    for method, channel, thread_ts, is_warning, ok, *when in calls:
        if method == "files.completeUploadExternal" and ok:
            found.charts += 1
        if method not in ("chat.postMessage", "chat.postEphemeral") or not ok:
            continue
        if is_warning == "busy":
            found.busy += 1
            continue
        if is_warning:
            found.warnings += 1
            continue
        event_id = by_thread.get((method, channel, thread_ts))
        if event_id is None:
            found.unexpected += 1
        else:
            found.per_event[event_id] += 1
            if when:
                found.first_at.setdefault(event_id, float(when[0]))
    return found


def wait_for_deliveries(stub: StubProcess, events: Sequence[SignedEvent], *, timeout: float = 60,
                        quiet_for: float = 1.0) -> tuple[Delivery, float]:
    """Poll the stub until every event is answered (or nothing new arrived for `quiet_for` s, or `timeout`);
    returns the deliveries and the moment the last post arrived (perf_counter)."""
    began = time.monotonic()
    deadline = began + timeout
    last_count, last_change = -1, time.perf_counter()
    while True:
        calls = stub.calls()
        if len(calls) != last_count:
            last_count, last_change = len(calls), time.perf_counter()
        found = deliveries(calls, events)
        if len(found.missing(events)) == 0 or time.monotonic() > deadline:
            return found, last_change
        if time.perf_counter() - last_change > quiet_for and time.monotonic() > began + 3:
            return found, last_change
        time.sleep(0.2)


def percentile(values: Sequence[float], p: float) -> float:
    if not values:
        return float("nan")
    ordered = sorted(values)
    if len(ordered) == 1:
        return ordered[0]
    return statistics.quantiles(ordered, n=1000, method="inclusive")[min(998, max(0, round(p * 10) - 1))]


def iter_chunks(items: Sequence[Any], size: int) -> Iterator[Sequence[Any]]:
    for i in range(0, len(items), size):
        yield items[i:i + size]
