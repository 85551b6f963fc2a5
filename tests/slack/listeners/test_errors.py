"""The global error handler itself never raises, and says nothing where nobody asked."""

from __future__ import annotations

import logging

import pytest

from bot.slack import errors
from tests.slack.listeners.conftest import Kit
from tests.support import payloads
from tests.support.stub import Scripted


def test_a_warning_that_cannot_be_posted_is_logged_not_raised(kit: Kit, caplog: pytest.LogCaptureFixture) -> None:
    kit.stub.script("chat.postMessage", *[Scripted(200, {"ok": False, "error": "channel_not_found"})])
    body = payloads.event_callback(payloads.mention("hi"), event_id="EvERR1")
    with caplog.at_level(logging.ERROR, logger="pricebot"):
        errors.on_error(RuntimeError("boom"), body, kit.client)
    messages = [r.getMessage() for r in caplog.records]
    assert any("listener failed" in m and "EvERR1" in m for m in messages)
    assert any("could not post the warning" in m and "EvERR1" in m for m in messages)


def test_app_home_failures_only_go_to_the_log(kit: Kit) -> None:
    errors.on_error(RuntimeError("boom"), payloads.event_callback(payloads.home_opened()), kit.client)
    assert kit.stub.calls == []


def test_a_dm_failure_is_answered_in_the_dm(kit: Kit) -> None:
    errors.on_error(RuntimeError("boom"), payloads.event_callback(payloads.direct_message("hi")), kit.client)
    [warning] = kit.stub.calls_to("chat.postMessage")
    assert warning.get("channel") == payloads.DM_CHANNEL and warning.get("text").startswith(":warning:")


def test_nothing_is_posted_for_a_request_that_was_never_authorized(kit: Kit) -> None:
    from slack_bolt import BoltContext

    unverified = BoltContext({})  # Bolt failed before its authorization step: the body is not to be trusted
    errors.on_error(RuntimeError("boom"), payloads.event_callback(payloads.mention("hi")), kit.client, unverified)
    assert kit.stub.calls == []


def test_a_warning_is_posted_for_an_authorized_request(kit: Kit) -> None:
    from slack_bolt import BoltContext
    from slack_bolt.authorization import AuthorizeResult

    authorized = BoltContext({"authorize_result": AuthorizeResult(enterprise_id=None, team_id="T1", bot_token="x")})
    errors.on_error(RuntimeError("boom"), payloads.event_callback(payloads.mention("hi")), kit.client, authorized)
    [warning] = kit.stub.calls_to("chat.postMessage")
    assert warning.get("text").startswith(":warning:")
