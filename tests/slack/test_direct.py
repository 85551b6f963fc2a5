"""@mentions and channel messages are dispatched without Bolt's middleware chain once `auth.test` has answered,
and what the user sees is what Bolt's dispatch gives them: the answer once, the coaching, the bot's own messages
left alone, malformed events dropped with a log line, Slack's retries skipped, failures replied to with an error
id. Everything else still goes through Bolt."""

from __future__ import annotations

import logging
import re
from typing import Any

import pytest
from slack_bolt import App, BoltRequest, BoltResponse

from bot import router
from bot.reply import Reply
from tests.support import payloads
from tests.support.running import RunningBot
from tests.support.signing import post_json
from tests.support.stub import BOT_ID, BOT_USER_ID, StubSlack

pytestmark = pytest.mark.e2e

ASK = "40% discount on PTUs at 80% utilization"
FLAGGED = "Provisioned is cheaper."


@pytest.fixture
def through_bolt(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The event types Bolt dispatched (recorded on the way in; Bolt still dispatches each)."""
    seen: list[str] = []
    dispatch = App.dispatch

    def recorded(self: App, req: BoltRequest) -> BoltResponse:
        event = req.body.get("event") if isinstance(req.body.get("event"), dict) else {}
        seen.append(str(event.get("type") or req.body.get("type")))
        return dispatch(self, req)

    monkeypatch.setattr(App, "dispatch", recorded)
    return seen


def first_request(bot: RunningBot) -> None:
    """Any request Bolt dispatches (here, App Home opened): the app makes its `auth.test` call."""
    assert bot.event(payloads.home_opened()).status == 200
    bot.settle()


def test_mentions_and_channel_messages_skip_bolt_and_are_answered_once(
    bot: RunningBot, stub: StubSlack, through_bolt: list[str]
) -> None:
    first_request(bot)
    mention, flagged = payloads.mention(ASK), payloads.channel_message(FLAGGED)
    assert bot.event(mention, event_id="EvDIRECT01").status == 200
    assert bot.event(flagged).status == 200
    assert bot.event(mention, event_id="EvDIRECT01", retry_num=1).status == 200  # Slack's retry: skipped
    [answer] = stub.wait_for("chat.postMessage")
    [coaching] = stub.wait_for("chat.postEphemeral")
    bot.settle()
    assert answer.get("thread_ts") == mention["ts"] and "break-even" in answer.get("text")
    assert coaching.get("user") == payloads.USER and coaching.get("thread_ts") == flagged["ts"]
    assert len(stub.calls_to("chat.postMessage")) == 1
    assert through_bolt == ["app_home_opened"]
    bot.event(payloads.direct_message(ASK))  # a DM still goes through Bolt (its assistant middleware)
    stub.wait_for("chat.postMessage", count=2)
    assert through_bolt == ["app_home_opened", "message"]


def test_the_first_event_before_auth_test_goes_through_bolt(
    bot: RunningBot, stub: StubSlack, through_bolt: list[str]
) -> None:
    bot.event(payloads.mention(ASK))
    stub.wait_for("chat.postMessage")
    bot.settle()
    assert through_bolt == ["app_mention"]


@pytest.mark.parametrize("event", [
    payloads.channel_message(FLAGGED, user=BOT_USER_ID),
    {**payloads.channel_message(FLAGGED), "bot_id": BOT_ID},
    payloads.mention(ASK, user=BOT_USER_ID),
], ids=["its own user", "its own bot id", "its own mention"])
def test_the_bots_own_events_are_left_alone(
    bot: RunningBot, stub: StubSlack, through_bolt: list[str], event: dict[str, Any]
) -> None:
    first_request(bot)
    assert bot.event(event).status == 200
    bot.settle()
    assert stub.calls_to("chat.postMessage") == stub.calls_to("chat.postEphemeral") == []
    assert through_bolt == ["app_home_opened"]


def test_a_malformed_mention_is_acked_dropped_and_logged(
    bot: RunningBot, stub: StubSlack, caplog: pytest.LogCaptureFixture
) -> None:
    first_request(bot)
    caplog.set_level(logging.WARNING, logger="pricebot")
    event = payloads.mention(ASK)
    del event["ts"]
    assert bot.event(event, event_id="EvNOTS0001").status == 200
    bot.settle()
    assert stub.calls_to("chat.postMessage") == []
    assert any("EvNOTS0001" in r.getMessage() and "'ts'" in r.getMessage() for r in caplog.records)


def _boom(*args: object, **kwargs: object) -> Reply:
    raise RuntimeError("engine exploded")


def test_a_failure_after_the_direct_dispatch_gets_the_error_id_reply(
    bot: RunningBot, stub: StubSlack, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    first_request(bot)
    monkeypatch.setattr(router, "answer", _boom)
    monkeypatch.setattr(router, "coaching_reply", _boom)
    caplog.set_level(logging.ERROR, logger="pricebot")
    mention = payloads.mention(ASK)
    bot.event(mention, event_id="EvBOOM0002")
    bot.event(payloads.channel_message(FLAGGED))
    [warning] = stub.wait_for("chat.postMessage")
    [private] = stub.wait_for("chat.postEphemeral")
    assert warning.get("thread_ts") == mention["ts"] and warning.get("text").startswith(":warning:")
    assert private.get("user") == payloads.USER and private.get("text").startswith(":warning:")
    found = re.search(r"error id `([0-9a-f]+)`", warning.get("text"))
    assert found
    assert any(found.group(1) in r.getMessage() and "EvBOOM0002" in r.getMessage() for r in caplog.records)


@pytest.mark.parametrize("authorizations", [False, 7, "x"])
def test_a_body_bolt_cannot_build_a_context_from_is_refused_not_a_server_error(
    bot: RunningBot, stub: StubSlack, authorizations: Any
) -> None:
    # "authorizations": false in a signed @mention: Bolt's own path answers 400 (it cannot read the body); the
    # direct path answers the same, not a 500, and nothing is posted.
    first_request(bot)
    body = {**payloads.event_callback(payloads.mention(ASK)), "authorizations": authorizations}
    assert post_json(bot.events_url, body).status == 400
    bot.settle()
    assert stub.calls_to("chat.postMessage") == []
