"""A lean stand-in for Slack's Web API, for load benches: one thread, one `selectors` loop, answers written from
bytes rendered at start-up. Slack is remote in production, so its cost is not pricebot's; on a 2-core bench machine
the stub (tests/support/stub_process.py: a thread per connection, headers parsed by `email`, bodies by `json`, every
answer built per call) took cores from the servers measured.

What it does, exactly:

- HTTP/1.1 on 127.0.0.1 with keep-alive; a request is its request line, headers up to the blank line, and the body
  its Content-Length names (no chunked bodies, no `Expect: 100-continue`); `Connection: close` closes after the
  answer.
- Every POST or GET to ``/api/<method>`` is recorded as it arrives: the method, the raw body and the time received
  (wall clock). Bodies are read only when the record is asked for (``calls``): JSON (what slack_sdk sends for
  chat.postMessage and chat.postEphemeral) or a form.
- Every call is answered 200 with a fixed JSON body per method: ``auth.test`` the stub's bot user, team and bot
  id (tests/support/stub.py's); ``chat.postMessage`` ``{"ok": true, "channel": <the load channel>, "ts": <fixed>,
  "message": {...}}`` (the same ts for every post: nothing in the serve path reads it); ``chat.postEphemeral``
  ``{"ok": true, "message_ts": <fixed>}``; any other method ``{"ok": true}``. No faults, no scripting, no TLS,
  no file uploads: the fault tests use tests/support/faulty_stub.py.

Commands on stdin, as tests/support/stub_process.py's: ``calls`` (one JSON line: [method, channel, thread_ts,
is_warning, ok, received at] per call), ``reset``, ``quit``. Prints ``port <n>`` when listening.
"""

from __future__ import annotations

import json
import os
import selectors
import socket
import sys
import time
from typing import Any
from urllib.parse import parse_qsl

from tests.support.stub import BOT_ID, BOT_USER_ID, TEAM_ID

CHANNEL = "C0LOAD001"  # tests.support.harness.CHANNEL
TS = "1700000000.000001"

_ANSWERS: dict[str, dict[str, Any]] = {
    "auth.test": {"ok": True, "url": "https://stub.slack.test/", "team": "Stub", "user": "pricebot",
                  "team_id": TEAM_ID, "user_id": BOT_USER_ID, "bot_id": BOT_ID, "is_enterprise_install": False},
    "chat.postMessage": {"ok": True, "channel": CHANNEL, "ts": TS, "message": {"ts": TS, "bot_id": BOT_ID}},
    "chat.postEphemeral": {"ok": True, "message_ts": TS},
}


def _rendered(body: dict[str, Any]) -> bytes:
    data = json.dumps(body).encode()
    return (b"HTTP/1.1 200 OK\r\nContent-Type: application/json; charset=utf-8\r\nContent-Length: "
            + str(len(data)).encode() + b"\r\n\r\n" + data)


RESPONSES = {method: _rendered(body) for method, body in _ANSWERS.items()}
DEFAULT = _rendered({"ok": True})


def _fields(raw: bytes) -> dict[str, Any]:
    text = raw.decode("utf-8", "replace")
    if text.startswith("{"):
        try:
            body = json.loads(text)
            return body if isinstance(body, dict) else {}
        except ValueError:
            return {}
    return dict(parse_qsl(text, keep_blank_values=True))


def _note_kind(text: str) -> str | bool:
    """"warning" for an error-id reply, "busy" for the note a saturated server gives (bot/slack/backlog.py), else
    False (an answer)."""
    if text.startswith(":warning:"):
        return "warning"
    return "busy" if text.startswith(":hourglass_flowing_sand:") else False


class LeanStub:
    def __init__(self) -> None:
        self.calls: list[tuple[str, bytes, float]] = []
        self._rows: list[list[Any]] = []
        self._selector = selectors.DefaultSelector()
        self._listener = socket.create_server(("127.0.0.1", 0), backlog=1024)
        self._listener.setblocking(False)
        self.port = self._listener.getsockname()[1]
        self._selector.register(self._listener, selectors.EVENT_READ, None)
        self._buffers: dict[socket.socket, bytearray] = {}

    def rows(self) -> list[list[Any]]:
        """The record, each call's body read once (a bench polls the record while answers are still coming: reading
        every body again at each poll took the stub's CPU from the servers measured)."""
        for method, raw, at in self.calls[len(self._rows):]:
            body = _fields(raw)
            self._rows.append([method, body.get("channel"), body.get("thread_ts"),
                               _note_kind(str(body.get("text") or "")), True, at])
        return self._rows

    def _accept(self) -> None:
        while True:
            try:
                conn, _ = self._listener.accept()
            except BlockingIOError:
                return
            conn.setblocking(False)
            conn.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
            self._buffers[conn] = bytearray()
            self._selector.register(conn, selectors.EVENT_READ, conn)

    def _close(self, conn: socket.socket) -> None:
        self._selector.unregister(conn)
        self._buffers.pop(conn, None)
        conn.close()

    def _read(self, conn: socket.socket) -> None:
        try:
            chunk = conn.recv(262144)
        except (BlockingIOError, InterruptedError):
            return
        except OSError:
            chunk = b""
        if not chunk:
            self._close(conn)
            return
        buffer = self._buffers[conn]
        buffer += chunk
        out = bytearray()
        close = False
        while True:
            end = buffer.find(b"\r\n\r\n")
            if end < 0:
                break
            head = bytes(buffer[:end])
            length = 0
            lower = head.lower()
            at = lower.find(b"\r\ncontent-length:")
            if at >= 0:
                stop = lower.find(b"\r\n", at + 2)
                length = int(lower[at + 17:stop if stop >= 0 else len(lower)].strip())
            if len(buffer) < end + 4 + length:
                break
            body = bytes(buffer[end + 4:end + 4 + length])
            del buffer[:end + 4 + length]
            path = head.split(b" ", 2)[1].split(b"?", 1)[0].decode("ascii", "replace")
            method = path[5:] if path.startswith("/api/") else path
            self.calls.append((method, body, time.time()))
            out += RESPONSES.get(method, DEFAULT)
            if b"\r\nconnection: close" in lower:
                close = True
                break
        if out:
            try:
                conn.sendall(out)  # small answers on a loopback socket: sent at once
            except OSError:
                close = True
        if close:
            self._close(conn)

    def _command(self, line: str) -> bool:
        command = line.strip()
        if command == "calls":
            print(json.dumps(self.rows()), flush=True)
        elif command == "reset":
            self.calls.clear()
            self._rows.clear()
            print("ok", flush=True)
        elif command == "quit" or not line:
            return False
        else:
            print(f"unknown command {command!r}", flush=True)
        return True

    def run(self) -> None:
        stdin = sys.stdin.fileno()
        os.set_blocking(stdin, True)
        self._selector.register(stdin, selectors.EVENT_READ, "stdin")
        pending = b""
        print(f"port {self.port}", flush=True)
        while True:
            for key, _ in self._selector.select():
                if key.data is None:
                    self._accept()
                elif key.data == "stdin":
                    data = os.read(stdin, 65536)
                    if not data:
                        return
                    pending += data
                    while b"\n" in pending:
                        line, _, pending = pending.partition(b"\n")
                        if not self._command(line.decode() + "\n"):
                            return
                else:
                    self._read(key.data)


if __name__ == "__main__":
    LeanStub().run()
