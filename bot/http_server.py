"""Serving the Bolt app over HTTP with waitress (a production WSGI server): POST /slack/events, GET /healthz."""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Callable, Iterable
from typing import Any

import waitress
from slack_bolt import App
from slack_bolt.adapter.wsgi import SlackRequestHandler

EVENTS_PATH = "/slack/events"
HEALTH_PATH = "/healthz"

WSGIApp = Callable[[dict[str, Any], Callable[..., Any]], Iterable[bytes]]


def wsgi_app(app: App) -> WSGIApp:
    """`/slack/events` goes to Bolt; `/healthz` answers "ok" for load balancers; anything else is 404."""
    slack = SlackRequestHandler(app, path=EVENTS_PATH)

    def application(environ: dict[str, Any], start_response: Callable[..., Any]) -> Iterable[bytes]:
        if environ.get("PATH_INFO") == HEALTH_PATH and environ.get("REQUEST_METHOD") in ("GET", "HEAD"):
            start_response("200 OK", [("Content-Type", "text/plain; charset=utf-8")])
            return [b"ok\n"]
        return slack(environ, start_response)

    return application


class Server:
    """A waitress server for `app` on host:port (port 0 picks a free one); `run()` blocks until `stop()`."""

    def __init__(
        self, app: App, *, host: str = "127.0.0.1", port: int = 3000, threads: int = 8, loop_timeout: float = 1.0
    ) -> None:
        self._server = waitress.create_server(
            wsgi_app(app), host=host, port=port, threads=threads, ident="pricebot", asyncore_loop_timeout=loop_timeout
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
