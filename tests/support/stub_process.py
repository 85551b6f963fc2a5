"""The stub Web API (tests/support/faulty_stub.py) in its own process, so it does not share a GIL with the
load client. With ``--tls CERT KEY`` it serves HTTPS. Prints ``port <n>``, then answers one command per line on
stdin:

``calls`` -> one JSON line: every recorded call as [method, channel, thread_ts, is_warning, ok, received at];
``reset`` clears the record; ``down`` / ``up`` take the Web API away and bring it back; ``quit`` stops.
"""

from __future__ import annotations

import json
import ssl
import sys

from tests.support.faulty_stub import FaultyStub
from tests.support.lean_stub import _note_kind


def main() -> None:
    stub = FaultyStub()
    if sys.argv[1:2] == ["--tls"]:
        context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        context.load_cert_chain(sys.argv[2], sys.argv[3])
        stub._server.socket = context.wrap_socket(stub._server.socket, server_side=True)
    stub.start()
    print(f"port {stub.port}", flush=True)
    for line in sys.stdin:
        command = line.strip()
        if command == "calls":
            with stub._lock:
                calls = list(stub.calls)
            rows = []
            for c in calls:
                response = c.response if isinstance(c.response, dict) else {}
                rows.append([c.method, c.get("channel"), c.get("thread_ts"),
                             _note_kind(str(c.get("text") or "")), bool(response.get("ok")), c.at])
            print(json.dumps(rows), flush=True)
        elif command == "reset":
            with stub._lock:
                stub.calls.clear()
            print("ok", flush=True)
        elif command == "down":
            stub.go_down()
            print("ok", flush=True)
        elif command == "up":
            stub.come_up()
            print("ok", flush=True)
        elif command == "quit":
            break
    stub.stop()


if __name__ == "__main__":
    main()
