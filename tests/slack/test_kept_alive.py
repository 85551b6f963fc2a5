"""The Web API's HTTP/1.1 client against a loopback server answering raw bytes: every way an answer may be framed,
when a connection is used again, and which failures leave the request possibly delivered."""

from __future__ import annotations

import shutil
import socket
import ssl
import subprocess
import threading
from collections import deque
from collections.abc import Iterator
from pathlib import Path

import pytest

from bot.slack.kept_alive import AnswerTimeoutError, DeliveryUnknownError, KeptAlive, NotSentError

CLOSE = b""  # answer nothing and close the connection


class Closing(bytes):
    """Answered, then the connection closed."""


class RawServer:
    """Reads each request (head and Content-Length body) and answers the next scripted bytes as they are."""

    def __init__(self, tls: ssl.SSLContext | None = None) -> None:
        self.listener = socket.create_server(("127.0.0.1", 0))
        if tls is not None:
            self.listener = tls.wrap_socket(self.listener, server_side=True)
        self.port = self.listener.getsockname()[1]
        self.answers: deque[bytes] = deque()
        self.requests: list[tuple[int, bytes]] = []  # (connection number, the request's bytes)
        self.connections = 0
        threading.Thread(target=self._accept, daemon=True).start()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}/api/chat.postMessage"

    def _accept(self) -> None:
        while True:
            try:
                conn, _ = self.listener.accept()
            except ssl.SSLError:  # a client that did not trust the certificate
                continue
            except OSError:
                return
            self.connections += 1
            threading.Thread(target=self._serve, args=(conn, self.connections), daemon=True).start()

    def _serve(self, conn: socket.socket, number: int) -> None:
        data = b""
        with conn:
            while True:
                while b"\r\n\r\n" not in data:
                    chunk = conn.recv(65536)
                    if not chunk:
                        return
                    data += chunk
                head, _, data = data.partition(b"\r\n\r\n")
                length = next(int(line.split(b":")[1]) for line in head.split(b"\r\n")
                              if line.lower().startswith(b"content-length:"))
                while len(data) < length:
                    data += conn.recv(65536)
                self.requests.append((number, head + b"\r\n\r\n" + data[:length]))
                data = data[length:]
                answer = self.answers.popleft()
                if answer == CLOSE:
                    return
                conn.sendall(answer)
                if isinstance(answer, Closing):
                    return

    def stop(self) -> None:
        self.listener.close()


@pytest.fixture
def server() -> Iterator[RawServer]:
    raw = RawServer()
    yield raw
    raw.stop()


def ok(body: bytes = b'{"ok":true}', *headers: str) -> bytes:
    lines = ["HTTP/1.1 200 OK", "Content-Type: application/json; charset=utf-8", f"Content-Length: {len(body)}",
             *headers]
    return ("\r\n".join(lines) + "\r\n\r\n").encode() + body


def test_answers_reuse_one_connection_and_the_request_goes_out_whole(server: RawServer) -> None:
    client = KeptAlive(timeout=5)
    server.answers.extend([ok(b'{"ok":true,"n":1}'), ok(b'{"ok":true,"n":2}')])
    first = client.post(server.url, b'{"text":"hi"}', {"Content-Type": "application/json", "Authorization": "B x"})
    second = client.post(server.url, None, {})
    assert (first.status, first.body, second.body) == (200, b'{"ok":true,"n":1}', b'{"ok":true,"n":2}')
    assert first.header("content-type") == "application/json; charset=utf-8"
    assert [number for number, _ in server.requests] == [1, 1]
    request = server.requests[0][1].decode()
    assert request.startswith("POST /api/chat.postMessage HTTP/1.1\r\n")
    assert f"Host: 127.0.0.1:{server.port}\r\n" in request and "Authorization: B x\r\n" in request
    assert request.endswith('Content-Length: 13\r\n\r\n{"text":"hi"}')
    assert server.requests[1][1].endswith(b"Content-Length: 0\r\n\r\n")


def test_a_chunked_answer_with_extensions_and_trailers_is_joined(server: RawServer) -> None:
    client = KeptAlive(timeout=5)
    chunked = (b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n"
               b"4;name=value\r\n{\"ok\r\n7\r\n\":true}\r\n0\r\nX-Trailer: 1\r\n\r\n")
    server.answers.extend([chunked, ok()])
    assert client.post(server.url, b"{}", {}).body == b'{"ok":true}'
    assert client.post(server.url, b"{}", {}).status == 200
    assert server.connections == 1


@pytest.mark.parametrize("answer", [
    ok(b"{}", "Connection: close"),
    b"HTTP/1.0 200 OK\r\nContent-Length: 2\r\n\r\n{}",
    ok(b"{}") + b"HTTP/1.1 200 OK\r\n",  # bytes past the answer's end
])
def test_a_connection_the_answer_does_not_leave_reusable_is_not_reused(server: RawServer, answer: bytes) -> None:
    client = KeptAlive(timeout=5)
    server.answers.extend([answer, ok()])
    assert client.post(server.url, b"{}", {}).body == b"{}"
    assert client.post(server.url, b"{}", {}).status == 200
    assert [number for number, _ in server.requests] == [1, 2]


def test_an_answer_without_a_length_ends_with_the_connection(server: RawServer) -> None:
    client = KeptAlive(timeout=5)
    server.answers.append(Closing(b"HTTP/1.1 200 OK\r\nConnection: close\r\n\r\nall of it"))
    assert client.post(server.url, b"{}", {}).body == b"all of it"


def test_informational_answers_are_skipped_and_repeated_headers_joined(server: RawServer) -> None:
    client = KeptAlive(timeout=5)
    server.answers.append(b"HTTP/1.1 100 Continue\r\n\r\n" + ok(b"{}", "X-Many: a", "x-many: b"))
    answer = client.post(server.url, b"{}", {})
    assert (answer.status, answer.body, answer.header("X-MANY")) == (200, b"{}", "a, b")
    assert answer.header_dict()["X-Many"] == "a, b"


def test_an_error_status_is_an_answer_with_its_body(server: RawServer) -> None:
    client = KeptAlive(timeout=5)
    server.answers.append(b"HTTP/1.1 429 Too Many Requests\r\nRetry-After: 3\r\nContent-Length: 5\r\n\r\nslow!")
    answer = client.post(server.url, b"{}", {})
    assert (answer.status, answer.reason, answer.header("retry-after"), answer.body) == (
        429, "Too Many Requests", "3", b"slow!")


@pytest.mark.parametrize("answer", [
    CLOSE,  # hung up after reading the request
    b"SMTP ready\r\n\r\n",
    Closing(b"HTTP/1.1 200 OK\r\nContent-Length: 50\r\n\r\ncut short"),
    b"HTTP/1.1 200 OK\r\nContent-Length: lots\r\n\r\n{}",
    b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n",
    b"HTTP/1.1 200 OK\r\nno colon here\r\n\r\n",
])
def test_a_failure_after_the_request_went_out_says_delivery_is_unknown(server: RawServer, answer: bytes) -> None:
    client = KeptAlive(timeout=5)
    server.answers.extend([answer, ok()])
    with pytest.raises(DeliveryUnknownError, match="after the request was sent"):
        client.post(server.url, b"{}", {})
    assert len(server.requests) == 1
    assert client.post(server.url, b"{}", {}).status == 200  # on a new connection


def test_no_answer_within_the_timeout_is_a_timeout_not_a_retryable_error(server: RawServer) -> None:
    client = KeptAlive(timeout=0.3)
    server.answers.append(b"HTTP/1.1 200 OK\r\n")  # the head never ends
    with pytest.raises(AnswerTimeoutError):
        client.post(server.url, b"{}", {})


def test_a_refused_connection_sent_nothing() -> None:
    with socket.create_server(("127.0.0.1", 0)) as placeholder:
        port = placeholder.getsockname()[1]
    with pytest.raises(NotSentError, match="could not connect"):
        KeptAlive(timeout=2).post(f"http://127.0.0.1:{port}/api/auth.test", b"", {})


def test_a_connection_the_server_closed_while_idle_is_replaced(server: RawServer) -> None:
    client = KeptAlive(timeout=5)
    server.answers.extend([ok(), CLOSE, ok()])
    client.post(server.url, b"{}", {})
    with pytest.raises(DeliveryUnknownError):  # the server hangs up on the second request
        client.post(server.url, b"{}", {})
    assert client.post(server.url, b"{}", {}).status == 200
    assert [number for number, _ in server.requests] == [1, 1, 2]


def test_a_line_break_in_a_header_is_refused_before_anything_is_sent(server: RawServer) -> None:
    client = KeptAlive(timeout=5)
    with pytest.raises(ValueError, match="line break"):
        client.post(server.url, b"{}", {"Authorization": "Bearer x\r\nX-Injected: 1"})
    assert server.connections == 0 or not server.requests


@pytest.fixture
def tls_server(tmp_path: Path) -> Iterator[tuple[RawServer, Path]]:
    """The raw server behind TLS with a self-signed certificate for 127.0.0.1."""
    if shutil.which("openssl") is None:
        pytest.skip("openssl is needed to make the test certificate")
    cert, key = tmp_path / "cert.pem", tmp_path / "key.pem"
    subprocess.run(["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1", "-subj", "/CN=127.0.0.1",
                    "-addext", "subjectAltName=IP:127.0.0.1", "-keyout", str(key), "-out", str(cert)],
                   check=True, capture_output=True)
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(cert, key)
    raw = RawServer(context)
    yield raw, cert
    raw.stop()


def test_https_keeps_its_connection_and_an_untrusted_certificate_sends_nothing(
    tls_server: tuple[RawServer, Path]
) -> None:
    server, cert = tls_server
    url = server.url.replace("http://", "https://")
    client = KeptAlive(timeout=5, ssl_context=ssl.create_default_context(cafile=str(cert)))
    server.answers.extend([ok(), ok()])
    assert client.post(url, b"{}", {}).status == 200
    assert client.post(url, b"{}", {}).status == 200
    assert [number for number, _ in server.requests] == [1, 1]
    with pytest.raises(NotSentError, match="TLS"):
        KeptAlive(timeout=5, ssl_context=ssl.create_default_context()).post(url, b"{}", {})
    assert len(server.requests) == 2
