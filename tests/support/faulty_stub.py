"""The Slack engineer's stub Web API (tests/support/stub.py) with faults on demand: slow answers (to make the
client time out) and outages (the port refuses connections until it comes back, on the same port)."""

from __future__ import annotations

import threading
import time
from collections import defaultdict, deque
from http.server import ThreadingHTTPServer
from typing import Any

from tests.support.stub import Scripted, StubSlack


class FaultyStub(StubSlack):
    def __init__(self) -> None:
        super().__init__()
        self._delays: dict[str, deque[float]] = defaultdict(deque)
        self.down = False

    def delay(self, method: str, *seconds: float) -> None:
        """The next calls to `method` are answered only after `seconds` (one value per call)."""
        with self._lock:
            self._delays[method].extend(seconds)

    def _answer(self, method: str, body: dict[str, Any]) -> Scripted:
        with self._lock:
            pause = self._delays[method].popleft() if self._delays[method] else 0.0
        if pause:
            time.sleep(pause)
        return super()._answer(method, body)

    def go_down(self) -> None:
        """Close the listening socket: every call is refused (ECONNREFUSED) until `come_up()`."""
        self._server.shutdown()
        self._server.server_close()
        self._thread.join(timeout=5)
        self.drop_connections()  # kept-alive connections too: nothing gets through until come_up()
        self.down = True

    def come_up(self) -> None:
        """Listen again on the same port."""
        self._server = ThreadingHTTPServer(("127.0.0.1", self.port), self._handler_class())
        self._server.daemon_threads = True
        self._thread = threading.Thread(
            target=self._server.serve_forever, kwargs={"poll_interval": 0.05}, name="stub-slack", daemon=True
        )
        self._thread.start()
        self.down = False

    def stop(self) -> None:
        if not self.down:
            super().stop()
