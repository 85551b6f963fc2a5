"""Socket Mode, offline: the app opens a connection with its app-level token, receives event envelopes over a
WebSocket, acks each one, and answers through the Web API; a redelivered event is answered once."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from pydantic import SecretStr
from slack_bolt.adapter.socket_mode import SocketModeHandler

from bot.settings import Settings
from bot.slack.app import build_app
from tests.slack.socket_stub import SocketModeStub
from tests.support import payloads
from tests.support.stub import Scripted, StubSlack

pytestmark = pytest.mark.e2e

APP_TOKEN = "xapp-1-A0000APP-stub-app-token"
BOT_TOKEN = "xoxb-socket-stub-token"


@pytest.fixture
def socket_stub(stub: StubSlack) -> Iterator[SocketModeStub]:
    server = SocketModeStub().start()
    stub.script("apps.connections.open", Scripted(200, {"ok": True, "url": server.url}))
    yield server
    server.stop()


@pytest.fixture
def connected(stub: StubSlack, socket_stub: SocketModeStub, _isolated_db: Path,
              monkeypatch: pytest.MonkeyPatch) -> Iterator[SocketModeStub]:
    monkeypatch.delenv("SLACK_SIGNING_SECRET", raising=False)
    settings = Settings(slack_bot_token=SecretStr(BOT_TOKEN), slack_app_token=SecretStr(APP_TOKEN),
                        slack_api_url=stub.base_url, pricebot_db=_isolated_db)
    app = build_app(settings, socket_mode=True)
    handler = SocketModeHandler(app, settings.require("SLACK_APP_TOKEN"))  # what `pricebot serve` runs
    handler.connect()  # type: ignore[no-untyped-call]
    socket_stub.wait_connected()
    yield socket_stub
    handler.close()  # type: ignore[no-untyped-call]


def test_the_connection_is_opened_with_the_app_token(stub: StubSlack, connected: SocketModeStub) -> None:
    [opened] = stub.calls_to("apps.connections.open")
    assert opened.headers.get("authorization") == f"Bearer {APP_TOKEN}"


def test_a_mention_over_the_socket_is_acked_and_answered_in_its_thread(
    stub: StubSlack, connected: SocketModeStub
) -> None:
    event = payloads.mention("40% discount on PTUs at 80% utilization")
    connected.send_event(payloads.event_callback(event, event_id="EvSOCK0001"), "env-1")
    assert connected.wait_for_ack("env-1")
    [answer] = stub.wait_for("chat.postMessage")
    assert answer.get("thread_ts") == event["ts"]
    assert "60%" in answer.get("text")
    assert answer.headers.get("authorization") == f"Bearer {BOT_TOKEN}"


def test_a_redelivered_event_is_answered_once(stub: StubSlack, connected: SocketModeStub) -> None:
    body = payloads.event_callback(payloads.mention("what is okta licensing?"), event_id="EvSOCK0002")
    connected.send_event(body, "env-2")
    assert connected.wait_for_ack("env-2")
    stub.wait_for("chat.postMessage")
    connected.send_event(body, "env-3", retry_attempt=1)
    assert connected.wait_for_ack("env-3")
    stub.settle(quiet_for=0.5)
    assert len(stub.calls_to("chat.postMessage")) == 1
