"""Serving the Bolt app over HTTP with waitress (a production WSGI server): POST /slack/events, GET /healthz."""

from __future__ import annotations

import contextlib
import io
import json
import logging
import socket
import sys
import threading
from collections.abc import Callable, Iterable
from typing import Any
from urllib.parse import parse_qsl

import waitress
from slack_bolt import App
from slack_bolt.adapter.wsgi import SlackRequestHandler
from slack_sdk.signature import SignatureVerifier

from bot.listeners.events import may_act_on
from bot.store import Store

EVENTS_PATH = "/slack/events"
HEALTH_PATH = "/healthz"

logger = logging.getLogger("pricebot.http")

WSGIApp = Callable[[dict[str, Any], Callable[..., Any]], Iterable[bytes]]


def _has_a_numeric_timestamp(environ: dict[str, Any]) -> bool:
    """Slack signs `v0:<timestamp>:<body>` with a Unix time in seconds. Bolt's verifier calls int() on the header;
    anything else raised inside Bolt, became a 500 and reached the error handler with the *unverified* body,
    which then posted a warning into whatever channel that body named (found by tests/reliability)."""
    return str(environ.get("HTTP_X_SLACK_REQUEST_TIMESTAMP", "")).isascii() and str(
        environ.get("HTTP_X_SLACK_REQUEST_TIMESTAMP", "")
    ).isdigit()


class QuickAck:
    """Signed channel messages that can trigger nothing are acked here, without Bolt's dispatch (request object,
    middleware chain, event-id claim, listener matching, the copy for the lazy listener, a listener thread): the
    message listener would do nothing with them (:func:`bot.listeners.events.may_act_on`). The signature is
    checked as Bolt checks it; an unsigned request goes on to Bolt and its 401."""

    def __init__(self, signing_secret: str, store: Store) -> None:
        self._verifier = SignatureVerifier(signing_secret)
        self._store = store

    def applies(self, environ: dict[str, Any], raw: bytes, body: dict[str, Any]) -> bool:
        event = body.get("event")
        if body.get("type") != "event_callback" or not isinstance(event, dict) or event.get("type") != "message":
            return False
        if event.get("channel_type") not in ("channel", "group") or may_act_on(event, self._store):
            return False
        return self._verifier.is_valid(
            raw, str(environ.get("HTTP_X_SLACK_REQUEST_TIMESTAMP", "")), str(environ.get("HTTP_X_SLACK_SIGNATURE", ""))
        )


def _read_body(environ: dict[str, Any]) -> tuple[bytes, dict[str, Any] | None, str | None]:
    """The raw body (put back for Bolt to read), the request it holds (None when not JSON or a form), and why it
    cannot be a Slack request (JSON, or a form's `payload`, that is not an object; an `event` that is not an
    object), or None. Bolt's own middleware reads `body["event"]` as an object before ours can check it: the fuzz
    tests' `"event": null` raised there and answered 500."""
    content_type = str(environ.get("CONTENT_TYPE", ""))
    try:
        length = int(environ.get("CONTENT_LENGTH") or 0)
    except ValueError:
        return b"", None, "Content-Length is not a number"
    raw = environ["wsgi.input"].read(length) if length > 0 else b""
    environ["wsgi.input"] = io.BytesIO(raw)
    try:
        if "json" in content_type:
            body = json.loads(raw) if raw else {}
        elif "x-www-form-urlencoded" in content_type:
            fields = dict(parse_qsl(raw.decode("utf-8"), keep_blank_values=True))
            body = json.loads(fields["payload"]) if "payload" in fields else fields
        else:
            return raw, None, None
    except ValueError as error:  # also UnicodeDecodeError
        return raw, None, f"the body cannot be read ({type(error).__name__}: {str(error)[:100]})"
    if not isinstance(body, dict):
        return raw, None, f"the body is a JSON {type(body).__name__}, not an object"
    if ("event" in body or body.get("type") == "event_callback") and not isinstance(body.get("event"), dict):
        return raw, None, f"its event is {type(body.get('event')).__name__}, not an object"
    return raw, body, None


def wsgi_app(app: App, quick_ack: QuickAck | None = None) -> WSGIApp:
    """`/slack/events` goes to Bolt (after `quick_ack`, when given); `/healthz` answers "ok" for load balancers;
    anything else is 404. A POST whose X-Slack-Request-Timestamp is not a number is refused (401) before Bolt
    sees it."""
    slack = SlackRequestHandler(app, path=EVENTS_PATH)

    def application(environ: dict[str, Any], start_response: Callable[..., Any]) -> Iterable[bytes]:
        if environ.get("PATH_INFO") == HEALTH_PATH and environ.get("REQUEST_METHOD") in ("GET", "HEAD"):
            start_response("200 OK", [("Content-Type", "text/plain; charset=utf-8")])
            return [b"ok\n"]
        if environ.get("REQUEST_METHOD") == "POST" and not _has_a_numeric_timestamp(environ):
            start_response("401 Unauthorized", [("Content-Type", "text/plain; charset=utf-8")])
            return [b""]
        if environ.get("REQUEST_METHOD") == "POST":
            raw, body, why = _read_body(environ)
            if why:
                logger.warning("refused a request: %s", why)
                start_response("400 Bad Request", [("Content-Type", "text/plain; charset=utf-8")])
                return [b""]
            if quick_ack is not None and body is not None and quick_ack.applies(environ, raw, body):
                start_response("200 OK", [("Content-Type", "text/plain; charset=utf-8")])
                return [b""]
        try:
            return slack(environ, start_response)
        except Exception as error:  # Bolt could not even read it (JSON that is not an object, `"event": null`, ...)
            logger.warning("refused a request Bolt could not read: %s: %s", type(error).__name__, str(error)[:200])
            start_response("400 Bad Request", [("Content-Type", "text/plain; charset=utf-8")], sys.exc_info())
            return [b""]

    return application


class Server:
    """A waitress server for `app` on host:port (port 0 picks a free one); `run()` blocks until `stop()`.

    With `reuse_port`, the listening socket is opened with SO_REUSEPORT: several processes listen on one port and
    the kernel spreads new connections between them (`pricebot serve --http --workers N`)."""

    def __init__(
        self, app: App, *, host: str = "127.0.0.1", port: int = 3000, threads: int = 8, loop_timeout: float = 1.0,
        quick_ack: QuickAck | None = None, reuse_port: bool = False,
    ) -> None:
        where: dict[str, Any] = {"host": host, "port": port}
        if reuse_port:
            where = {"sockets": [socket.create_server((host, port), reuse_port=True, backlog=1024)]}
        self._server = waitress.create_server(
            wsgi_app(app, quick_ack), threads=threads, ident="pricebot", asyncore_loop_timeout=loop_timeout, **where
        )
        self.host = host
        self.port: int = int(self._server.effective_port)
        self._thread: threading.Thread | None = None
        self._stop = threading.Event()

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
