"""A stub Slack Web API on 127.0.0.1 that records every call and can be scripted per method.

`base_url` is what `WebClient(base_url=...)` gets (with its trailing slash); `response_url(name)` gives a URL for
slash-command / interactivity payloads, whose posts are recorded as method ``response_url``.

It speaks HTTP/1.1 with keep-alive, as Slack does: each call records which connection it came over
(`Call.connection`), `drop_connections()` closes the open ones from the server side, and a `HANG_UP` answer closes
the connection after reading the request, without answering (the client cannot know whether it was acted on).
"""

from __future__ import annotations

import contextlib
import itertools
import json
import socket
import threading
import time
from collections import defaultdict, deque
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qsl

BOT_USER_ID = "UBOT0001"
BOT_ID = "BBOT0001"
TEAM_ID = "T0000001"
CREATOR = "U0000REP"  # tests.support.payloads.USER: the test channels' creator


@dataclass
class Call:
    method: str
    body: dict[str, Any]
    headers: dict[str, str]
    path: str
    response: dict[str, Any] | str | None = None  # what the stub answered
    connection: int = 0  # the client's port: calls over one kept-alive connection share it
    at: float = field(default_factory=time.time)  # when the stub received it (wall clock)

    @property
    def text(self) -> str:
        """Everything a reader would see: the text plus the text of any blocks (as JSON)."""
        parts = [str(self.body.get("text") or "")]
        for key in ("blocks", "view"):
            if self.body.get(key):
                value = self.body[key]
                parts.append(value if isinstance(value, str) else json.dumps(value, ensure_ascii=False))
        return "\n".join(parts)

    def get(self, key: str) -> Any:
        return self.body.get(key)


@dataclass
class Scripted:
    """One canned answer: HTTP status, JSON body (or raw text) and headers."""

    status: int = 200
    body: dict[str, Any] | str = field(default_factory=lambda: {"ok": True})
    headers: dict[str, str] = field(default_factory=dict)


#: Read the request, then close the connection without answering.
HANG_UP = Scripted(0, "")

RATE_LIMITED = Scripted(429, {"ok": False, "error": "ratelimited"}, {"Retry-After": "1"})
SERVER_ERROR = Scripted(503, "Service Unavailable")


class StubSlack:
    def __init__(self) -> None:
        self.calls: list[Call] = []
        self._scripts: dict[str, deque[Scripted]] = defaultdict(deque)
        self._lock = threading.Lock()
        self._ts = itertools.count(1)
        self._open: set[socket.socket] = set()
        self.files: dict[str, tuple[str, bytes, str | None]] = {}
        self.file_extras: dict[str, dict[str, Any]] = {}
        self._server = ThreadingHTTPServer(("127.0.0.1", 0), self._handler_class())
        self._server.daemon_threads = True
        self.port = self._server.server_address[1]
        self._thread = threading.Thread(
            target=self._server.serve_forever, kwargs={"poll_interval": 0.05}, name="stub-slack", daemon=True
        )

    # lifecycle -----------------------------------------------------------------------------------------------

    def start(self) -> StubSlack:
        self._thread.start()
        return self

    def stop(self) -> None:
        self._server.shutdown()
        self._server.server_close()
        self._thread.join(timeout=5)
        self.drop_connections()

    def drop_connections(self) -> None:
        """Close every open client connection from the server side (as a server's keep-alive timeout does)."""
        with self._lock:
            open_now = list(self._open)
        for sock in open_now:
            with contextlib.suppress(OSError):  # already closed by the client
                sock.shutdown(socket.SHUT_RDWR)

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}/api/"

    def response_url(self, name: str = "hook") -> str:
        return f"http://127.0.0.1:{self.port}/response/{name}"

    # scripting and inspection --------------------------------------------------------------------------------

    def script(self, method: str, *answers: Scripted) -> None:
        """The next calls to `method` get `answers` in order; after that, the default answer."""
        with self._lock:
            self._scripts[method].extend(answers)

    def add_file(self, file_id: str, name: str, content: bytes, *, download_url: str | None = None,
                 size: int | None = None, shared_in: dict[str, str] | None = None, redirect_to: str | None = None,
                 unsized: bool = False) -> dict[str, Any]:
        """A file shared in Slack: ``files.info`` describes it and a GET on its download URL returns the bytes
        (recorded as method ``file_download``). Returns the file as a message event lists it.

        `size` is the size files.info states (default: the real one); `shared_in` maps channels to the ts of the
        message that shared it there (files.info's ``shares``); `redirect_to` makes the download answer 302 to
        that address; `unsized` sends the bytes without a Content-Length (ended by closing the connection)."""
        self.files[file_id] = (name, content, download_url)
        self.file_extras[file_id] = {"size": len(content) if size is None else size, "shared_in": shared_in or {},
                                     "redirect_to": redirect_to, "unsized": unsized}
        return {"id": file_id, "name": name, "mode": "hosted"}

    def calls_to(self, *methods: str) -> list[Call]:
        with self._lock:
            return [c for c in self.calls if c.method in methods]

    def posts(self) -> list[Call]:
        """Everything that puts words in front of a user."""
        return self.calls_to(
            "chat.postMessage", "chat.postEphemeral", "chat.update", "response_url", "views.publish", "views.open",
            "views.update",
            "files.completeUploadExternal",
        )

    def wait_for(
        self, *methods: str, count: int = 1, timeout: float = 10.0, where: Callable[[Call], bool] | None = None
    ) -> list[Call]:
        """Poll until at least `count` matching calls were made (listeners run after the ack)."""
        deadline = time.monotonic() + timeout
        while True:
            found = [c for c in self.calls_to(*methods) if where is None or where(c)]
            if len(found) >= count or time.monotonic() > deadline:
                return found
            time.sleep(0.02)

    def settle(self, quiet_for: float = 0.5, timeout: float = 10.0) -> None:
        """Wait until no call has arrived for `quiet_for` seconds (to assert that nothing more gets posted)."""
        deadline = time.monotonic() + timeout
        seen = -1
        while time.monotonic() < deadline:
            with self._lock:
                now = len(self.calls)
            if now == seen:
                return
            seen = now
            time.sleep(quiet_for)

    # the HTTP side ----------------------------------------------------------------------------------------------

    def _answer(self, method: str, body: dict[str, Any]) -> Scripted:
        with self._lock:
            if self._scripts[method]:
                return self._scripts[method].popleft()
        ts = f"1700000000.{next(self._ts):06d}"
        channel = body.get("channel", "C0000001")
        defaults: dict[str, dict[str, Any]] = {
            "auth.test": {
                "ok": True,
                "url": "https://stub.slack.test/",
                "team": "Stub",
                "user": "pricebot",
                "team_id": TEAM_ID,
                "user_id": BOT_USER_ID,
                "bot_id": BOT_ID,
                "is_enterprise_install": False,
            },
            "chat.postMessage": {"ok": True, "channel": channel, "ts": ts, "message": {"ts": ts, "bot_id": BOT_ID}},
            "chat.postEphemeral": {"ok": True, "message_ts": ts},
            "chat.update": {"ok": True, "channel": channel, "ts": body.get("ts", ts), "text": body.get("text", "")},
            "views.publish": {"ok": True, "view": {"id": "V0000001"}},
            "views.open": {"ok": True, "view": {"id": "V0000FORM", "hash": "h1", **(body.get("view") or {})}},
            "views.update": {"ok": True, "view": {"id": body.get("view_id"), "hash": "h2"}},
            "conversations.open": {"ok": True, "channel": {"id": "D" + str(body.get("users", "")).lstrip("U")}},
            "files.getUploadURLExternal": {
                "ok": True,
                "upload_url": f"http://127.0.0.1:{self.port}/upload/F{ts.replace('.', '')}",
                "file_id": f"F{ts.replace('.', '')}",
            },
            "files.completeUploadExternal": {"ok": True, "files": [{"id": "F0000001", "title": "chart"}]},
            # who may change a channel's coaching mode: the usual test user created the usual test channel
            "users.info": {"ok": True, "user": {"id": body.get("user"), "is_admin": False, "is_owner": False}},
            "conversations.info": {"ok": True, "channel": {"id": channel, "creator": CREATOR}},
        }
        if method == "files.info":
            return Scripted(200, self._file_info(str(body.get("file", ""))))
        return Scripted(200, defaults.get(method, {"ok": True}))

    def _plain(self, method: str) -> Scripted:
        """A response_url post or a file's bytes: "ok", unless a test scripted something else."""
        with self._lock:
            if self._scripts[method]:
                return self._scripts[method].popleft()
        return Scripted(200, "ok")

    def _file_info(self, file_id: str) -> dict[str, Any]:
        if file_id not in self.files:
            return {"ok": False, "error": "file_not_found"}
        name, content, url = self.files[file_id]
        extras = self.file_extras.get(file_id, {})
        url = url or f"http://127.0.0.1:{self.port}/files/{file_id}/{name}"
        shares = {"private": {channel: [{"ts": ts}] for channel, ts in extras.get("shared_in", {}).items()}}
        return {"ok": True, "file": {"id": file_id, "name": name, "size": extras.get("size", len(content)),
                                     "mode": "hosted", "url_private": url, "url_private_download": url,
                                     "shares": shares}}

    def _record(self, path: str, headers: dict[str, str], raw: bytes, connection: int = 0) -> Call:
        content_type = headers.get("content-type", "")
        if path.startswith("/upload/"):  # a file's bytes (files_upload_v2 step 2)
            call = Call(method="file_upload", body={"bytes": raw}, headers=headers, path=path, connection=connection)
            with self._lock:
                self.calls.append(call)
            return call
        if raw and "json" in content_type:
            body: dict[str, Any] = json.loads(raw)
        else:
            body = dict(parse_qsl(raw.decode("utf-8"), keep_blank_values=True))
            for key in ("blocks", "view", "attachments"):
                if isinstance(body.get(key), str):
                    body[key] = json.loads(body[key])
        method = path.removeprefix("/api/") if path.startswith("/api/") else "response_url"
        call = Call(method=method, body=body, headers=headers, path=path, connection=connection)
        with self._lock:
            self.calls.append(call)
        return call

    def _handler_class(self) -> type[BaseHTTPRequestHandler]:
        stub = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"  # keep-alive, as Slack's Web API

            def setup(self) -> None:
                super().setup()
                # the status line, headers and body go out in separate writes: without TCP_NODELAY, Nagle holds
                # the body until the client's delayed ACK (40 ms per call on a kept-alive connection)
                self.connection.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
                with stub._lock:
                    stub._open.add(self.connection)

            def finish(self) -> None:
                with stub._lock:
                    stub._open.discard(self.connection)
                super().finish()

            def do_POST(self) -> None:
                length = int(self.headers.get("content-length") or 0)
                raw = self.rfile.read(length) if length else b""
                headers = {k.lower(): v for k, v in self.headers.items()}
                call = stub._record(self.path.split("?")[0], headers, raw, connection=self.client_address[1])
                plain = call.method in ("response_url", "file_upload")
                answer = stub._plain(call.method) if plain else stub._answer(call.method, call.body)
                call.response = answer.body
                if answer is HANG_UP:
                    self.close_connection = True
                    self.connection.shutdown(socket.SHUT_RDWR)
                    return
                self._send(answer)

            def do_GET(self) -> None:
                """Web API methods called with GET (files.info) and file downloads."""
                path, _, query = self.path.partition("?")
                headers = {k.lower(): v for k, v in self.headers.items()}
                if path.startswith("/files/"):
                    file_id = path.split("/")[2]
                    call = Call(method="file_download", body={"file": file_id}, headers=headers, path=path,
                                connection=self.client_address[1])
                    with stub._lock:
                        stub.calls.append(call)
                    if file_id not in stub.files:
                        self._send(Scripted(404, "not found"))
                        return
                    data = stub.files[file_id][1]
                    extras = stub.file_extras.get(file_id, {})
                    if extras.get("redirect_to"):
                        self.send_response(302)
                        self.send_header("Location", str(extras["redirect_to"]))
                        self.send_header("Content-Length", "0")
                        self.end_headers()
                        return
                    self.send_response(200)
                    self.send_header("Content-Type", "application/octet-stream")
                    if extras.get("unsized"):
                        self.close_connection = True
                    else:
                        self.send_header("Content-Length", str(len(data)))
                    self.end_headers()
                    self.wfile.write(data)
                    return
                call = stub._record(path, headers, query.encode("utf-8"), connection=self.client_address[1])
                answer = stub._answer(call.method, call.body)
                call.response = answer.body
                self._send(answer)

            def _send(self, answer: Scripted) -> None:
                payload = answer.body if isinstance(answer.body, str) else json.dumps(answer.body)
                data = payload.encode("utf-8")
                self.send_response(answer.status)
                ctype = "text/plain" if isinstance(answer.body, str) else "application/json; charset=utf-8"
                self.send_header("Content-Type", ctype)
                for key, value in answer.headers.items():
                    self.send_header(key, value)
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

            def log_message(self, format: str, *args: Iterable[Any]) -> None:
                return

        return Handler
