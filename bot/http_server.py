"""Serving the Bolt app over HTTP with waitress (a production WSGI server): POST /slack/events, GET /healthz."""

from __future__ import annotations

import logging
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
    """A waitress server for `app` on host:port (port 0 picks a free one); `run()` blocks, `stop()` ends it."""

    def __init__(self, app: App, *, host: str = "127.0.0.1", port: int = 3000, threads: int = 8) -> None:
        self._server = waitress.create_server(wsgi_app(app), host=host, port=port, threads=threads, ident="pricebot")
        self.host = host
        self.port: int = int(self._server.effective_port)
        self._thread: threading.Thread | None = None
        self._stopped = False

    @property
    def url(self) -> str:
        return f"http://{self.host}:{self.port}"

    def run(self) -> None:
        self._server.run()

    def start_in_background(self) -> Server:
        self._thread = threading.Thread(target=self.run, name="pricebot-http", daemon=True)
        self._thread.start()
        return self

    def stop(self) -> None:
        """Close every channel (listener, trigger, connections) so waitress's loop returns, then its workers."""
        if self._stopped:
            return
        self._stopped = True
        logging.getLogger("waitress").disabled = True
        try:
            socket_map = self._server._map
            while socket_map:
                for channel in list(socket_map.values()):
                    channel.handle_close()
            self._server.task_dispatcher.shutdown()
        finally:
            logging.getLogger("waitress").disabled = False
        if self._thread is not None:
            self._thread.join(timeout=5)
