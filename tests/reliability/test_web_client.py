"""The Web API client keeps connections alive and shares them between listeners, and retries only what cannot
have reached Slack: a refused connection yes, a connection dropped after the request went out never."""

from __future__ import annotations

import logging

import pytest
from slack_sdk.errors import SlackApiError

from bot.slack.web_api import DeliveryUnknownError, build_client
from tests.reliability.conftest import Bot
from tests.support import payloads
from tests.support.faulty_stub import FaultyStub
from tests.support.stub import HANG_UP, Scripted

ASK = "40% discount on PTUs at 80% utilization"


def test_every_listener_posts_over_the_apps_kept_alive_connections(bot: Bot, stub: FaultyStub) -> None:
    events = [payloads.mention(ASK) for _ in range(4)]
    for event in events:  # one at a time, so one connection can serve them all
        assert bot.event(event).status == 200
        stub.wait_for("chat.postMessage", where=lambda c, e=event: c.get("thread_ts") == e["ts"])
        stub.settle(quiet_for=0.2)  # the answer's connection is back in the pool
    posts = stub.calls_to("chat.postMessage")
    assert len(posts) == 4
    assert len({c.connection for c in posts}) == 1


def test_a_connection_dropped_after_the_request_was_sent_is_not_retried(stub: FaultyStub) -> None:
    client = build_client("xoxb-test", stub.base_url)
    stub.script("chat.postMessage", HANG_UP)
    with pytest.raises(DeliveryUnknownError, match="after the request was sent"):
        client.chat_postMessage(channel="C1", text="hello")
    assert len(stub.calls_to("chat.postMessage")) == 1  # Slack may have posted it: no second copy
    assert client.chat_postMessage(channel="C1", text="next")["ok"]


def test_a_kept_alive_connection_the_server_closed_is_replaced_without_an_error(
    stub: FaultyStub, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO)
    client = build_client("xoxb-test", stub.base_url)
    assert client.chat_postMessage(channel="C1", text="one")["ok"]
    stub.drop_connections()  # e.g. the server's keep-alive timeout
    assert client.chat_postMessage(channel="C1", text="two")["ok"]
    first, second = stub.calls_to("chat.postMessage")
    assert first.connection != second.connection
    assert "Failed to send" not in caplog.text and "retry" not in caplog.text.lower()


def test_errors_and_retries_are_those_of_the_stock_client(stub: FaultyStub) -> None:
    client = build_client("xoxb-test", stub.base_url, max_retries=1)
    stub.script("chat.postMessage", Scripted(429, {"ok": False, "error": "ratelimited"}, {"Retry-After": "0"}))
    assert client.chat_postMessage(channel="C1", text="after a 429")["ok"]
    stub.script("chat.postMessage", Scripted(200, {"ok": False, "error": "channel_not_found"}))
    with pytest.raises(SlackApiError) as raised:
        client.chat_postMessage(channel="C404", text="nowhere")
    assert raised.value.response["error"] == "channel_not_found"
    stub.script("chat.postMessage", *[Scripted(503, "Service Unavailable")] * 2)
    with pytest.raises(SlackApiError) as unavailable:
        client.chat_postMessage(channel="C1", text="down")
    assert unavailable.value.response.status_code == 503
    assert len(stub.calls_to("chat.postMessage")) == 2 + 1 + 2


@pytest.mark.parametrize("value", [
    None, "", "application/json", "application/json; charset=utf-8", "Application/JSON;Charset=UTF-8",
    'text/html; charset="ISO-8859-1"', "application/gzip", "text/plain; format=flowed; charset=us-ascii",
    "nonsense", "a/b/c; charset=utf-8", "application/json; charset=",
])
def test_content_type_is_read_as_the_standard_library_reads_it(value: str | None) -> None:
    from email.message import Message

    from bot.slack.web_api import content_type_of

    message = Message()
    if value is not None:
        message["Content-Type"] = value
    assert content_type_of(value) == (message.get_content_type(), message.get_content_charset())
