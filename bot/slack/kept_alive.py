"""A small HTTP/1.1 client for the Web API: kept-alive connections shared by every thread, and errors that say
whether the request may have reached the server.

Each call takes an idle connection to the host (or opens one), writes the request in one `sendall`, reads the
answer (Content-Length, chunked, or up to the close) and gives the connection back unless either side said
`Connection: close`. A connection is checked before reuse (one `poll`): one the server closed while it was idle is
dropped and another taken, so an idle timeout costs a reconnect, not an error. What goes wrong is one of:

- :class:`NotSentError`: the connection could not be made (refused, unreachable, TLS handshake, connect timeout);
  not a byte of the request went out, so a retry cannot act twice;
- :class:`AnswerTimeoutError`: the request went out and no answer came within the timeout;
- :class:`DeliveryUnknownError`: the connection failed, or the answer could not be read, after the request went
  out: the server may have acted on it.

It is the part of urllib3 and http.client that posting needs, without their per-call objects, header parsing
through the `email` package and separate writes of head and body (about a fifth of the CPU of a coached message).
"""

from __future__ import annotations

import contextlib
import select
import socket
import ssl
from collections import deque
from dataclasses import dataclass
from urllib.parse import urlsplit

#: The most bytes of status line and headers read before the answer is refused as malformed.
MAX_HEAD_BYTES = 64 * 1024
_READ = 65536


class NotSentError(Exception):
    """The connection could not be made: nothing of the request was sent."""


class DeliveryUnknownError(Exception):
    """The connection failed after the request was sent: Slack may or may not have acted on it, so it is not
    retried (a retry could post an answer twice)."""


class AnswerTimeoutError(Exception):
    """The request was sent and no answer came within the timeout."""


@dataclass(frozen=True, slots=True)
class Answer:
    status: int
    reason: str
    headers: list[tuple[str, str]]
    body: bytes

    def header(self, name: str) -> str | None:
        """The header's value (repeated ones joined with ", ", as urllib3 joins them), None when absent."""
        wanted = name.lower()
        values = [value for key, value in self.headers if key.lower() == wanted]
        return ", ".join(values) if values else None

    def header_dict(self) -> dict[str, str]:
        """Every header once, in the case first received, repeated ones joined with ", "."""
        joined: dict[str, str] = {}
        names: dict[str, str] = {}
        for key, value in self.headers:
            first = names.setdefault(key.lower(), key)
            joined[first] = f"{joined[first]}, {value}" if first in joined else value
        return joined


class _Connection:
    __slots__ = ("buffered", "poller", "sock")

    def __init__(self, sock: socket.socket) -> None:
        self.sock = sock
        self.poller = select.poll()
        self.poller.register(sock, select.POLLIN)
        self.buffered = b""

    def usable(self) -> bool:
        """Still open with nothing unread: a readable idle connection was closed by the server (or sent junk)."""
        if self.buffered or (isinstance(self.sock, ssl.SSLSocket) and self.sock.pending()):
            return False
        try:
            return not self.poller.poll(0)
        except OSError:
            return False

    def close(self) -> None:
        with contextlib.suppress(OSError):
            self.sock.close()


class _Malformed(Exception):
    pass


class KeptAlive:
    """Kept-alive connections per (scheme, host, port), at most `maxsize` idle ones each, used by any thread."""

    def __init__(self, *, timeout: float, ssl_context: ssl.SSLContext | None = None, maxsize: int = 16) -> None:
        self.timeout = timeout
        self._ssl_context = ssl_context
        self._maxsize = maxsize
        self._idle: dict[tuple[str, str, int], deque[_Connection]] = {}

    def _context(self) -> ssl.SSLContext:
        if self._ssl_context is None:
            self._ssl_context = ssl.create_default_context()
        return self._ssl_context

    def _connect(self, scheme: str, host: str, port: int) -> _Connection:
        try:
            sock = socket.create_connection((host, port), timeout=self.timeout)
        except OSError as error:  # refused, unreachable, DNS, connect timeout
            raise NotSentError(f"could not connect to {host}:{port}: {error}") from error
        try:
            sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
            if scheme == "https":
                sock = self._context().wrap_socket(sock, server_hostname=host)
        except (OSError, ValueError) as error:  # the TLS handshake (ssl.SSLError is an OSError)
            sock.close()
            raise NotSentError(f"TLS with {host}:{port} failed: {error}") from error
        return _Connection(sock)

    def _take(self, key: tuple[str, str, int]) -> _Connection:
        idle = self._idle.get(key)
        while idle:
            try:
                connection = idle.pop()
            except IndexError:  # another thread took the last one
                break
            if connection.usable():
                return connection
            connection.close()
        return self._connect(*key)

    def _give_back(self, key: tuple[str, str, int], connection: _Connection) -> None:
        idle = self._idle.setdefault(key, deque())
        if len(idle) < self._maxsize:
            idle.append(connection)
        else:
            connection.close()

    def post(self, url: str, body: bytes | None, headers: dict[str, str]) -> Answer:
        """POST `body` to `url` (http or https) with `headers`; raises the errors of the module docstring."""
        parts = urlsplit(url)
        scheme = parts.scheme.lower()
        host = parts.hostname or ""
        port = parts.port or (443 if scheme == "https" else 80)
        key = (scheme, host, port)
        target = parts.path or "/"
        if parts.query:
            target += "?" + parts.query
        default_port = port == (443 if scheme == "https" else 80)
        host_header = host if ":" not in host else f"[{host}]"
        payload = body or b""
        lines = [f"POST {target} HTTP/1.1", f"Host: {host_header if default_port else f'{host_header}:{port}'}",
                 "Accept-Encoding: identity"]
        for name, value in headers.items():
            if name.lower() not in ("host", "content-length", "connection", "accept-encoding"):
                lines.append(f"{name}: {value}")
        if any("\r" in line or "\n" in line for line in lines):
            raise ValueError("a line break in the request's target or headers")  # nothing sent
        lines.append(f"Content-Length: {len(payload)}")
        request = ("\r\n".join(lines) + "\r\n\r\n").encode("latin-1") + payload

        connection = self._take(key)
        try:
            connection.sock.sendall(request)
            answer, keep = self._read(connection)
        except TimeoutError as error:
            connection.close()
            raise AnswerTimeoutError(f"no answer within {self.timeout} s") from error
        except (OSError, _Malformed) as error:
            connection.close()
            raise DeliveryUnknownError(f"the connection failed after the request was sent: {error}") from error
        except BaseException:
            connection.close()
            raise
        if keep:
            self._give_back(key, connection)
        else:
            connection.close()
        return answer

    def _read(self, connection: _Connection) -> tuple[Answer, bool]:
        """The answer on `connection` and whether the connection can be used again."""
        sock = connection.sock
        data, connection.buffered = connection.buffered, b""
        while True:  # informational (1xx) answers are skipped
            end = data.find(b"\r\n\r\n")
            while end < 0:
                if len(data) > MAX_HEAD_BYTES:
                    raise _Malformed(f"an answer's head over {MAX_HEAD_BYTES} bytes")
                chunk = sock.recv(_READ)
                if not chunk:
                    raise _Malformed("the server closed the connection before answering")
                data += chunk
                end = data.find(b"\r\n\r\n", max(0, len(data) - len(chunk) - 3))
            head, data = data[:end].decode("latin-1"), data[end + 4:]
            status_line, *header_lines = head.split("\r\n")
            version, _, rest = status_line.partition(" ")
            code, _, reason = rest.partition(" ")
            if not version.startswith("HTTP/1.") or len(code) != 3 or not code.isdigit():
                raise _Malformed(f"not an HTTP/1.x status line: {status_line[:80]!r}")
            status = int(code)
            headers: list[tuple[str, str]] = []
            for line in header_lines:
                name, colon, value = line.partition(":")
                if not colon:
                    raise _Malformed(f"a header line without a colon: {line[:80]!r}")
                headers.append((name.strip(), value.strip()))
            if status >= 200 or status == 101:
                break
        answer = Answer(status, reason.strip(), headers, b"")
        connection_header = (answer.header("Connection") or "").lower()
        keep = (version == "HTTP/1.1" and "close" not in connection_header) or (
            version == "HTTP/1.0" and "keep-alive" in connection_header)
        if status in (204, 304) or status < 200:
            body, data = b"", data
        elif "chunked" in (answer.header("Transfer-Encoding") or "").lower():
            body, data = self._chunked(sock, data)
        elif (length := answer.header("Content-Length")) is not None:
            if not length.strip().isdigit():
                raise _Malformed(f"Content-Length {length[:40]!r}")
            size = int(length)
            while len(data) < size:
                chunk = sock.recv(max(_READ, size - len(data)))
                if not chunk:
                    raise _Malformed("the connection closed in the middle of the answer")
                data += chunk
            body, data = data[:size], data[size:]
        else:  # the answer ends with the connection
            parts = [data]
            while chunk := sock.recv(_READ):
                parts.append(chunk)
            body, data, keep = b"".join(parts), b"", False
        if data:  # bytes nobody asked for: the connection is not trusted again
            keep = False
        return Answer(status, answer.reason, headers, body), keep

    @staticmethod
    def _chunked(sock: socket.socket, data: bytes) -> tuple[bytes, bytes]:
        """A chunked body from `data` and the socket; (body, bytes read past its end)."""
        parts: list[bytes] = []
        while True:
            while (line_end := data.find(b"\r\n")) < 0:
                if len(data) > MAX_HEAD_BYTES:
                    raise _Malformed("a chunk size line too long")
                chunk = sock.recv(_READ)
                if not chunk:
                    raise _Malformed("the connection closed in the middle of the answer")
                data += chunk
            size_text = data[:line_end].split(b";", 1)[0].strip()
            try:
                size = int(size_text, 16)
            except ValueError:
                raise _Malformed(f"a chunk size {size_text[:20]!r}") from None
            data = data[line_end + 2:]
            if size == 0:  # trailers, then an empty line
                while (trailer_end := data.find(b"\r\n")) != 0:
                    if trailer_end > 0:
                        data = data[trailer_end + 2:]
                        continue
                    if len(data) > MAX_HEAD_BYTES:
                        raise _Malformed("trailers too long")
                    chunk = sock.recv(_READ)
                    if not chunk:
                        raise _Malformed("the connection closed in the middle of the answer")
                    data += chunk
                return b"".join(parts), data[2:]
            while len(data) < size + 2:
                chunk = sock.recv(max(_READ, size + 2 - len(data)))
                if not chunk:
                    raise _Malformed("the connection closed in the middle of the answer")
                data += chunk
            if data[size:size + 2] != b"\r\n":
                raise _Malformed("a chunk not followed by CRLF")
            parts.append(data[:size])
            data = data[size + 2:]

    def clear(self) -> None:
        """Close every idle connection."""
        for idle in list(self._idle.values()):
            while idle:
                try:
                    idle.pop().close()
                except IndexError:
                    break
