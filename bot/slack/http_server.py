"""Serving the Bolt app over HTTP with waitress (a production WSGI server): POST /slack/events, GET /healthz."""

from __future__ import annotations

import contextlib
import hashlib
import hmac
import io
import json
import logging
import socket
import sys
import threading
import time
from collections import OrderedDict
from collections.abc import Callable, Iterable, Mapping
from concurrent.futures import Executor, Future
from typing import TYPE_CHECKING, Any
from urllib.parse import parse_qsl

import waitress
from slack_bolt import App
from slack_bolt.adapter.wsgi import SlackRequestHandler
from waitress.channel import HTTPChannel
from waitress.task import ThreadedTaskDispatcher

from bot.store import Store

if TYPE_CHECKING:
    from bot.slack.direct import DirectEvents

EVENTS_PATH = "/slack/events"
HEALTH_PATH = "/healthz"

logger = logging.getLogger("pricebot.http")

WSGIApp = Callable[[dict[str, Any], Callable[..., Any]], Iterable[bytes]]


#: The largest body accepted; larger ones get 413 before a byte of them is read (waitress refuses them on the
#: Content-Length header). Slack documents no request size, so the bound comes from what it can send us: a
#: message event carries at most 40,000 characters of text (api.slack.com/methods/chat.postMessage) twice (the
#: text and its rich_text block), at most 4 UTF-8 bytes each, about 320 kB; a click on one of pricebot's own
#: messages carries that message, at most 50 blocks of 3,000 characters (api.slack.com/reference/block-kit/blocks)
#: form-encoded, about 450 kB for the ASCII pricebot writes. 1 MiB covers both with room to spare.
MAX_BODY_BYTES = 1024 * 1024
#: A Unix time in seconds has 10 digits until the year 2286; a longer X-Slack-Request-Timestamp is refused before
#: any arithmetic (a 5,000-digit one made int() raise past Python's digit limit: a 500 and a traceback).
MAX_TIMESTAMP_DIGITS = 12
#: Slack refuses signatures older than 5 minutes; so does pricebot, and it remembers the signatures it saw for
#: that long, so a signed request replayed within the window is acked but not handled again.
SIGNATURE_WINDOW_S = 300
#: At most this many remembered signatures (about 100 bytes each), whatever the request rate.
MAX_REMEMBERED_SIGNATURES = 100_000
#: Each kind of refused request is logged at most once per this many seconds, with the count of the others, so
#: a flood of bad requests cannot fill the disk (a few hundred bytes per kind per interval).
REFUSAL_LOG_INTERVAL_S = 10.0

#: waitress's limits for a webhook receiver: bodies over MAX_BODY_BYTES refused on their headers (413), headers
#: at most 16 kB, a connection idle for 5 s closed (checked every second), at most 200 connections, and at most
#: 64 kB of a body buffered in memory per connection (the rest goes to a temporary file). In memory that is at
#: most 200 × 64 kB = 12.5 MiB of request buffers, plus one body (at most 1 MiB) per worker thread being checked.
#: Slow clients beyond that are the reverse proxy's job (README, "Running behind a reverse proxy").
SERVER_LIMITS: dict[str, int] = {
    "max_request_body_size": MAX_BODY_BYTES,
    "max_request_header_size": 16 * 1024,
    "channel_timeout": 5,
    "cleanup_interval": 1,
    "connection_limit": 200,
    "inbuf_overflow": 64 * 1024,
}

_PLAIN = [("Content-Type", "text/plain; charset=utf-8")]


def loggable(text: object, limit: int = 200) -> str:
    """Anything from a request made safe for one log line: control characters (newlines) escaped, cut short."""
    escaped = str(text)[:limit].encode("unicode_escape").decode("ascii")
    return escaped + ("…" if len(str(text)) > limit else "")


class _Refusals:
    """One log line per kind of refused request per interval, with the number refused since the last line."""

    def __init__(self, interval: float = REFUSAL_LOG_INTERVAL_S) -> None:
        self._interval = interval
        self._last: dict[str, float] = {}
        self._since: dict[str, int] = {}
        self._lock = threading.Lock()

    def log(self, kind: str, detail: str) -> None:
        now = time.monotonic()
        with self._lock:
            if now - self._last.get(kind, -self._interval) < self._interval:
                self._since[kind] = self._since.get(kind, 0) + 1
                return
            self._last[kind] = now
            others = self._since.pop(kind, 0)
        more = f" ({others} more refused for this since the last such line)" if others else ""
        logger.warning("refused a request: %s%s", detail, more)


class _Seen:
    """Signatures of signed requests seen in the last SIGNATURE_WINDOW_S seconds (bounded)."""

    def __init__(self) -> None:
        self._seen: OrderedDict[str, float] = OrderedDict()
        self._lock = threading.Lock()

    def first_time(self, signature: str) -> bool:
        now = time.monotonic()
        with self._lock:
            while self._seen and (next(iter(self._seen.values())) < now - SIGNATURE_WINDOW_S
                                  or len(self._seen) >= MAX_REMEMBERED_SIGNATURES):
                self._seen.popitem(last=False)
            if signature in self._seen:
                return False
            self._seen[signature] = now
            return True


def _signed(secret: bytes, timestamp: str, signature: str, body: bytes) -> bool:
    """Slack's v0 scheme: HMAC-SHA256 of ``v0:<timestamp>:<body>`` (the raw bytes), within the 5-minute window."""
    if abs(time.time() - int(timestamp)) > SIGNATURE_WINDOW_S:
        return False
    expected = "v0=" + hmac.new(secret, b"v0:" + timestamp.encode() + b":" + body, hashlib.sha256).hexdigest()
    return hmac.compare_digest(expected, signature)


class QuickAck:
    """Signed channel messages that can trigger nothing are acked here, without Bolt's dispatch (request object,
    middleware chain, event-id claim, listener matching, the copy for the lazy listener, a listener thread): the
    message listener would do nothing with them (``may_act_on``: the message surface's own test,
    :func:`bot.listeners.events.may_act_on`). Only asked about requests whose signature :func:`wsgi_app` has
    already checked."""

    def __init__(self, store: Store, may_act_on: Callable[[Mapping[str, Any], Store], bool]) -> None:
        self._store = store
        self._may_act_on = may_act_on

    def applies(self, body: dict[str, Any]) -> bool:
        event = body.get("event")
        if body.get("type") != "event_callback" or not isinstance(event, dict) or event.get("type") != "message":
            return False
        return event.get("channel_type") in ("channel", "group") and not self._may_act_on(event, self._store)


def _unreadable_event(content_type: str, raw: bytes) -> tuple[dict[str, Any] | None, str | None]:
    """The request a signed body holds (None when not JSON or a form) and why it cannot be a Slack request (JSON,
    or a form's `payload`, that is not an object; an `event` that is not an object; JSON nested too deep to
    parse), or None. Bolt's own middleware reads `body["event"]` as an object before ours can check it: the fuzz
    tests' `"event": null` raised there and answered 500."""
    try:
        if "json" in content_type:
            body = json.loads(raw) if raw else {}
        elif "x-www-form-urlencoded" in content_type:
            fields = dict(parse_qsl(raw.decode("utf-8"), keep_blank_values=True))
            body = json.loads(fields["payload"]) if "payload" in fields else fields
        else:
            return None, None
    except (ValueError, RecursionError) as error:  # ValueError includes UnicodeDecodeError
        return None, f"the body cannot be read ({type(error).__name__}: {loggable(error, 100)})"
    if not isinstance(body, dict):
        return None, f"the body is a JSON {type(body).__name__}, not an object"
    if ("event" in body or body.get("type") == "event_callback") and not isinstance(body.get("event"), dict):
        return None, f"its event is {type(body.get('event')).__name__}, not an object"
    return body, None


def wsgi_app(
    app: App, quick_ack: QuickAck | None = None, health: Callable[[], str | None] | None = None,
    direct: DirectEvents | None = None,
) -> WSGIApp:
    """`/slack/events` goes to Bolt (after `quick_ack`, then `direct`, when given); `/healthz` answers "ok" for
    load balancers (503 when `health` reports a problem); anything else is 404.

    Before Bolt sees a request, and in this order, without reading more than it must: a body over
    MAX_BODY_BYTES is refused (413; waitress already refuses it on its header), a timestamp that is not a short
    number or a bad signature (401, body never parsed nor logged), a signature already seen within the window
    (200, not handled again), then a signed body that cannot be a Slack request (400). Each refusal is one log
    line at most, rate-limited, with anything taken from the request escaped.
    """
    slack = SlackRequestHandler(app, path=EVENTS_PATH)
    secret = str(getattr(app, "_signing_secret", "") or "").encode()  # Bolt keeps it here; Socket Mode has none
    refusals, seen = _Refusals(), _Seen()

    def refuse(start_response: Callable[..., Any], status: str, kind: str, detail: str) -> list[bytes]:
        refusals.log(kind, detail)
        start_response(status, _PLAIN)
        return [b""]

    def application(environ: dict[str, Any], start_response: Callable[..., Any]) -> Iterable[bytes]:
        path, method = environ.get("PATH_INFO"), environ.get("REQUEST_METHOD")
        if path == HEALTH_PATH and method in ("GET", "HEAD"):
            problem = health() if health is not None else None
            if problem is not None:  # e.g. the database file was replaced: restart rather than write elsewhere
                start_response("503 Service Unavailable", _PLAIN)
                return [f"unhealthy: {problem}\n".encode()]
            start_response("200 OK", _PLAIN)
            return [b"ok\n"]
        if path != EVENTS_PATH or method != "POST":
            start_response("404 Not Found", _PLAIN)
            return [b""]
        source = loggable(environ.get("REMOTE_ADDR", "?"), 60)
        length_header = str(environ.get("CONTENT_LENGTH") or "")
        if not length_header.isdigit() or len(length_header) > 12:
            return refuse(start_response, "411 Length Required", "length", f"no usable Content-Length (from {source})")
        length = int(length_header)
        if length > MAX_BODY_BYTES:
            return refuse(start_response, "413 Payload Too Large", "size",
                          f"a body of {length:,} bytes, over the {MAX_BODY_BYTES:,}-byte limit (from {source})")
        timestamp = str(environ.get("HTTP_X_SLACK_REQUEST_TIMESTAMP", ""))
        signature = str(environ.get("HTTP_X_SLACK_SIGNATURE", ""))
        if not (timestamp.isascii() and timestamp.isdigit() and len(timestamp) <= MAX_TIMESTAMP_DIGITS):
            return refuse(start_response, "401 Unauthorized", "timestamp",
                          f"X-Slack-Request-Timestamp is not a Unix time (from {source})")
        raw = environ["wsgi.input"].read(length) if length else b""
        if not secret or not _signed(secret, timestamp, signature, raw):
            return refuse(start_response, "401 Unauthorized", "signature",
                          f"bad or stale signature (from {source}; body not read)")
        if not seen.first_time(signature):
            logger.info("a signed request seen before was replayed (from %s): acked, not handled again", source)
            start_response("200 OK", _PLAIN)
            return [b""]
        body, why = _unreadable_event(str(environ.get("CONTENT_TYPE", "")), raw)
        if why:
            return refuse(start_response, "400 Bad Request", "unreadable", f"{why} (from {source})")
        environ["wsgi.input"] = io.BytesIO(raw)
        if quick_ack is not None and body is not None and quick_ack.applies(body):
            start_response("200 OK", _PLAIN)
            return [b""]
        if direct is not None and body is not None and direct.applies(body):
            try:
                unreadable = direct.dispatch(body, environ.get("HTTP_X_SLACK_RETRY_NUM"))
            except Exception:  # as Bolt answers a middleware's failure: 500, logged
                logger.exception("could not dispatch event %s", loggable(body.get("event_id"), 40))
                start_response("500 Internal Server Error", _PLAIN)
                return [b""]
            if unreadable:  # as Bolt's path answers a body it cannot read
                refusals.log("bolt", f"Bolt could not read it: {loggable(unreadable)} (from {source})")
                start_response("400 Bad Request", _PLAIN)
                return [b""]
            start_response("200 OK", _PLAIN)
            return [b""]
        try:
            return slack(environ, start_response)
        except Exception as error:  # Bolt could not even read it (a shape our checks above do not know)
            refusals.log("bolt", f"Bolt could not read it: {type(error).__name__}: {loggable(error)} (from {source})")
            start_response("400 Bad Request", _PLAIN, sys.exc_info())
            return [b""]

    return application


_Deferred = tuple[Future[Any], Callable[..., Any], tuple[Any, ...], dict[str, Any]]


class AfterAck(Executor):
    """Where the work after an ack (Bolt's lazy listeners) runs: on the HTTP worker thread that acked, once waitress
    has written the response and handed the connection back (so the next request on that connection goes to
    another worker, never behind this work), or on `pool`.

    Handing every event's work to a pool thread woke a second thread per event and kept up to 24 threads
    contending for the GIL (a tenth fewer futex calls per event in the serve bench with the work run here). At
    most `slots` workers do such work at once (a worker acks first, then works), so the rest are always free to
    ack; work beyond that, and work submitted outside a request (Socket Mode, events adopted from a stopped
    process), goes to `pool`. The ack still comes first and errors still become error-id replies: the work is the
    same function either way (bot.slack.errors.in_background)."""

    def __init__(self, pool: Executor, slots: int) -> None:
        self._pool = pool
        self._slots = threading.BoundedSemaphore(slots) if slots > 0 else None
        self._local = threading.local()

    def submit(self, fn: Callable[..., Any], /, *args: Any, **kwargs: Any) -> Future[Any]:
        later: list[_Deferred] | None = getattr(self._local, "later", None)
        if later is not None and self._slots is not None and self._slots.acquire(blocking=False):
            future: Future[Any] = Future()
            later.append((future, fn, args, kwargs))
            return future
        return self._pool.submit(fn, *args, **kwargs)

    def serve(self, task: Any) -> None:
        """Run waitress's `task` (one request on one connection), then the work its request deferred here."""
        later: list[_Deferred] = []
        self._local.later = later
        try:
            task.service()
        finally:
            self._local.later = None
            for future, fn, args, kwargs in later:
                try:
                    if future.set_running_or_notify_cancel():
                        try:
                            future.set_result(fn(*args, **kwargs))
                        except BaseException as error:  # kept on the future, as the pool would
                            future.set_exception(error)
                finally:
                    assert self._slots is not None
                    self._slots.release()

    def shutdown(self, wait: bool = True, *, cancel_futures: bool = False) -> None:
        self._pool.shutdown(wait=wait, cancel_futures=cancel_futures)


class _ThenWork:
    """A waitress task whose service is followed, on the same thread, by the work its request deferred."""

    __slots__ = ("after_ack", "task")

    def __init__(self, task: Any, after_ack: AfterAck) -> None:
        self.task, self.after_ack = task, after_ack

    def service(self) -> None:
        self.after_ack.serve(self.task)

    def cancel(self) -> None:
        self.task.cancel()

    def __repr__(self) -> str:
        return repr(self.task)


class _QueueDepth:
    """What waitress's dispatcher calls to warn "Task queue depth is N" (a request waiting for a free thread),
    written at most once per REFUSAL_LOG_INTERVAL_S with how many such warnings it stands for and the deepest
    queue among them.

    waitress warns on every request that finds every thread busy. With the work after the ack on the threads
    that acked (`AfterAck`), a busy server meets that on most requests: in the serve bench's closed loop, 0.9
    warnings per event, each a log record and a write to stderr (about 40 Python calls, 2% of a served event),
    and a burst would fill the log with them."""

    def __init__(self, interval: float = REFUSAL_LOG_INTERVAL_S) -> None:
        self._logger = logging.getLogger("waitress.queue")
        self._interval = interval
        self._last = -interval
        self._since = 0
        self._deepest = 0
        self._lock = threading.Lock()

    def warning(self, message: str, depth: int, *_: Any) -> None:
        now = time.monotonic()
        with self._lock:
            self._since += 1
            self._deepest = max(self._deepest, depth)
            if now - self._last < self._interval:
                return
            since, deepest = self._since, self._deepest
            self._last, self._since, self._deepest = now, 0, 0
        self._logger.warning("requests waited for a free thread: %d time(s) since the last such line, at most %d "
                             "waiting at once", since, deepest)


class _Dispatcher(ThreadedTaskDispatcher):  # type: ignore[misc]
    """waitress's thread pool, each task followed by the work its request deferred (`AfterAck`, when given), its
    queue-depth warnings rate-limited (`_QueueDepth`)."""

    def __init__(self, after_ack: AfterAck | None) -> None:
        super().__init__()
        self._after_ack = after_ack
        self.queue_logger = _QueueDepth()

    def add_task(self, task: Any) -> None:
        super().add_task(task if self._after_ack is None else _ThenWork(task, self._after_ack))

    def in_line(self) -> int:
        """Requests waiting for a free thread."""
        return len(self.queue)


class _Channel(HTTPChannel):  # type: ignore[misc]
    """waitress's connection, not offered to its event loop for writing while a worker thread is writing to it.

    A worker writes a response under the connection's output lock and sends it itself. While it holds that lock
    (its send, then waiting for the GIL again), waitress's loop saw output waiting, asked poll() for a writable
    socket (answered at once), failed to take the lock and went round again: in the serve bench's closed loop,
    from 3 to 50 turns of the loop per event, each asking every connection whether it is readable and writable
    (up to 1,600 Python calls an event, the busier the process the more). The loop would do nothing with the
    connection anyway (waitress only tries the lock), and it is woken again when it has something to do: a
    worker that could not send everything pulls waitress's trigger, and so does every request's end."""

    def writable(self) -> bool:
        if self.requests and self.total_outbufs_len and not (self.will_close or self.close_when_flushed):
            if not self.outbuf_lock.acquire(False):
                return False
            self.outbuf_lock.release()
        return bool(super().writable())


class Server:
    """A waitress server for `app` on host:port (port 0 picks a free one); `run()` blocks until `stop()`.

    With `reuse_port`, the listening socket is opened with SO_REUSEPORT: several processes listen on one port and
    the kernel spreads new connections between them (`pricebot serve --http --workers N`).

    With `after_ack` (the app's listener executor), the work after an ack runs on the worker that acked, after the
    response (:class:`AfterAck`)."""

    def __init__(
        self, app: App, *, host: str = "127.0.0.1", port: int = 3000, threads: int = 8, loop_timeout: float = 1.0,
        quick_ack: QuickAck | None = None, reuse_port: bool = False, after_ack: AfterAck | None = None,
        health: Callable[[], str | None] | None = None, on_stop: Callable[[], None] | None = None,
        direct: DirectEvents | None = None,
    ) -> None:
        where: dict[str, Any] = {"host": host, "port": port}
        if reuse_port:
            where = {"sockets": [socket.create_server((host, port), reuse_port=True, backlog=1024)]}
        dispatcher = _Dispatcher(after_ack)
        dispatcher.set_thread_count(threads)
        where["_dispatcher"] = dispatcher
        self._server = waitress.create_server(
            wsgi_app(app, quick_ack, health, direct), threads=threads, ident="pricebot",
            asyncore_loop_timeout=loop_timeout,
            # poll(), not select(): select() fails once a descriptor number passes 1023, which a long-lived
            # process with many open files or connections reaches
            asyncore_use_poll=True,
            **where, **SERVER_LIMITS,
        )
        self._server.channel_class = _Channel
        self.dispatcher = dispatcher
        self.host = host
        self.port: int = int(self._server.effective_port)
        self._thread: threading.Thread | None = None
        self._stop = threading.Event()
        self._on_stop = on_stop
        self._after_ack = after_ack

    @property
    def url(self) -> str:
        return f"http://{self.host}:{self.port}"

    def run(self) -> None:
        """waitress's event loop, one pass at a time so `stop()` can end it; channels are closed on this thread."""
        server = self._server
        try:
            while not self._stop.is_set():
                server.asyncore.loop(
                    timeout=server.adj.asyncore_loop_timeout, map=server._map, use_poll=server.adj.asyncore_use_poll,
                    count=1,
                )
        finally:
            for channel in list(server._map.values()):
                channel.close()
            server.task_dispatcher.shutdown()

    def start_in_background(self) -> Server:
        self._thread = threading.Thread(target=self.run, name="pricebot-http", daemon=True)
        self._thread.start()
        return self

    def request_stop(self) -> None:
        """Ask the loop to finish, waking it through waitress's trigger (safe from signal handlers and threads)."""
        if not self._stop.is_set():
            self._stop.set()
            with contextlib.suppress(OSError):
                self._server.pull_trigger()

    def stop(self) -> None:
        """Stop the loop and wait for it."""
        self.request_stop()
        if self._thread is not None:
            self._thread.join(timeout=10)
        if self._after_ack is not None:  # work handed to its pool finishes before the store closes
            self._after_ack.shutdown(wait=True)
        if self._on_stop is not None:
            self._on_stop()
