"""A Socket Mode endpoint on 127.0.0.1: just enough WebSocket (RFC 6455) to greet a client, send it envelopes
and collect its acks. The stub Web API's `apps.connections.open` is scripted to hand out its URL."""

from __future__ import annotations

import base64
import hashlib
import json
import socket
import struct
import threading
import time
from typing import Any

_GUID = "258EAFA5-E914-47DA-95CA-C5AB0DC85B11"


class SocketModeStub:
    def __init__(self) -> None:
        self._listener = socket.create_server(("127.0.0.1", 0))
        self.port = self._listener.getsockname()[1]
        self.received: list[dict[str, Any]] = []  # JSON text frames from the client (the acks)
        self._client: socket.socket | None = None
        self._send_lock = threading.Lock()
        self._stopped = threading.Event()
        self._thread = threading.Thread(target=self._serve, name="socket-mode-stub", daemon=True)

    @property
    def url(self) -> str:
        return f"ws://127.0.0.1:{self.port}/link/?ticket=stub"

    def start(self) -> SocketModeStub:
        self._thread.start()
        return self

    def stop(self) -> None:
        self._stopped.set()
        self._listener.close()
        if self._client is not None:
            self._client.close()
        self._thread.join(timeout=5)

    def wait_connected(self, timeout: float = 10.0) -> None:
        deadline = time.monotonic() + timeout
        while self._client is None and time.monotonic() < deadline:
            time.sleep(0.02)
        assert self._client is not None, "the app never connected"

    def send(self, message: dict[str, Any]) -> None:
        assert self._client is not None
        self._send_frame(self._client, 0x1, json.dumps(message).encode("utf-8"))

    def send_event(self, body: dict[str, Any], envelope_id: str, *, retry_attempt: int = 0) -> None:
        self.send({"envelope_id": envelope_id, "type": "events_api", "accepts_response_payload": False,
                   "retry_attempt": retry_attempt, "retry_reason": "timeout" if retry_attempt else "",
                   "payload": body})

    def wait_for_ack(self, envelope_id: str, timeout: float = 10.0) -> bool:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if any(m.get("envelope_id") == envelope_id for m in list(self.received)):
                return True
            time.sleep(0.02)
        return False

    # --- the wire ------------------------------------------------------------------------------------------------

    def _serve(self) -> None:
        try:
            conn, _ = self._listener.accept()
        except OSError:
            return
        request = b""
        while b"\r\n\r\n" not in request:
            chunk = conn.recv(4096)
            if not chunk:
                return
            request += chunk
        headers = dict(
            line.split(": ", 1) for line in request.decode("latin-1").split("\r\n")[1:] if ": " in line
        )
        key = headers.get("Sec-WebSocket-Key", "")
        accept = base64.b64encode(hashlib.sha1((key + _GUID).encode()).digest()).decode()
        conn.sendall(
            (
                "HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
                f"Sec-WebSocket-Accept: {accept}\r\n\r\n"
            ).encode()
        )
        self._client = conn
        self.send({"type": "hello", "num_connections": 1, "connection_info": {"app_id": "A0000APP"},
                   "debug_info": {"host": "stub", "approximate_connection_time": 3600}})
        buffer = b""
        while not self._stopped.is_set():
            try:
                chunk = conn.recv(65536)
            except OSError:
                return
            if not chunk:
                return
            buffer += chunk
            while (frame := self._take_frame(buffer)) is not None:
                opcode, payload, buffer = frame
                if opcode == 0x1:
                    self.received.append(json.loads(payload))
                elif opcode == 0x9:  # ping -> pong; a client that closed first has gone, as Slack would see it
                    try:
                        self._send_frame(conn, 0xA, payload)
                    except OSError:
                        return
                elif opcode == 0x8:
                    return

    @staticmethod
    def _take_frame(buffer: bytes) -> tuple[int, bytes, bytes] | None:
        if len(buffer) < 2:
            return None
        opcode = buffer[0] & 0x0F
        masked = buffer[1] & 0x80
        length = buffer[1] & 0x7F
        offset = 2
        if length == 126:
            if len(buffer) < 4:
                return None
            length = struct.unpack(">H", buffer[2:4])[0]
            offset = 4
        elif length == 127:
            if len(buffer) < 10:
                return None
            length = struct.unpack(">Q", buffer[2:10])[0]
            offset = 10
        mask = b""
        if masked:
            mask = buffer[offset : offset + 4]
            offset += 4
        if len(buffer) < offset + length:
            return None
        payload = buffer[offset : offset + length]
        if masked:
            payload = bytes(b ^ mask[i % 4] for i, b in enumerate(payload))
        return opcode, payload, buffer[offset + length :]

    def _send_frame(self, conn: socket.socket, opcode: int, payload: bytes) -> None:
        header = bytes([0x80 | opcode])
        n = len(payload)
        if n < 126:
            header += bytes([n])
        elif n < 65536:
            header += bytes([126]) + struct.pack(">H", n)
        else:
            header += bytes([127]) + struct.pack(">Q", n)
        with self._send_lock:
            conn.sendall(header + payload)
