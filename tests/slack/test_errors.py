"""Nothing escapes a listener: failures become a short warning with an error id, and the log has the traceback."""

from __future__ import annotations

import logging
import re

import pytest

from bot import router
from bot.reply import Reply
from tests.support import payloads
from tests.support.running import BOT_TOKEN, RunningBot
from tests.support.stub import SERVER_ERROR, Scripted, StubSlack

pytestmark = pytest.mark.e2e


def _boom(*args: object, **kwargs: object) -> Reply:
    raise RuntimeError("engine exploded")


def _error_id(text: str) -> str:
    found = re.search(r"error id `([0-9a-f]+)`", text)
    assert found, text
    return found.group(1)


def test_a_failing_mention_gets_a_warning_in_its_thread_and_the_log_has_the_traceback(
    bot: RunningBot, stub: StubSlack, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    monkeypatch.setattr(router, "answer", _boom)
    caplog.set_level(logging.ERROR, logger="pricebot")
    event = payloads.mention("40% discount on PTUs at 80% utilization")
    assert bot.event(event, event_id="EvBOOM001").status == 200
    [warning] = stub.wait_for("chat.postMessage")
    assert warning.get("text").startswith(":warning:")
    assert warning.get("thread_ts") == event["ts"]
    error_id = _error_id(warning.get("text"))
    [record] = [r for r in caplog.records if error_id in r.getMessage()]
    assert "EvBOOM001" in record.getMessage()
    assert record.exc_info and "engine exploded" in str(record.exc_info[1])
    assert "engine exploded" not in warning.text  # internals stay in the log


def test_a_failing_slash_command_gets_a_private_warning(
    bot: RunningBot, stub: StubSlack, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(router, "glossary_reply", _boom)
    assert bot.command("/glossary", "okta").status == 200
    [warning] = stub.wait_for("response_url")
    assert warning.get("text").startswith(":warning:")
    assert warning.get("response_type") == "ephemeral"
    _error_id(warning.get("text"))


def test_a_failing_coaching_check_warns_only_the_author(
    bot: RunningBot, stub: StubSlack, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(router, "coaching_reply", _boom)
    bot.event(payloads.channel_message("Provisioned is cheaper."))
    [warning] = stub.wait_for("chat.postEphemeral")
    assert warning.get("user") == payloads.USER and warning.get("text").startswith(":warning:")
    bot.settle()
    assert stub.calls_to("chat.postMessage") == []


def test_a_post_that_keeps_failing_is_logged_with_the_event_id_and_the_app_carries_on(
    bot: RunningBot, stub: StubSlack, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.ERROR, logger="pricebot")
    stub.script("chat.postMessage", *[SERVER_ERROR] * 6)  # the answer and the warning both fail, after retries
    bot.event(payloads.mention("what is okta licensing?"), event_id="EvFAIL001")
    stub.wait_for("chat.postMessage", count=6, timeout=30)
    bot.settle()
    assert any("EvFAIL001" in r.getMessage() for r in caplog.records)
    # still serving: the next mention is answered
    later = payloads.mention("what is okta licensing?")
    bot.event(later)
    delivered = stub.wait_for("chat.postMessage", where=lambda c: c.get("thread_ts") == later["ts"], count=1)
    assert delivered


def test_server_errors_are_retried_and_delivered_once(bot: RunningBot, stub: StubSlack) -> None:
    stub.script("chat.postMessage", SERVER_ERROR, Scripted(500, "oops"))
    event = payloads.mention("what is okta licensing?")
    bot.event(event)
    attempts = stub.wait_for("chat.postMessage", count=3, timeout=20)
    assert len(attempts) == 3
    bot.settle()
    assert len(stub.calls_to("chat.postMessage")) == 3  # two failures, one delivery, no duplicate


def test_tokens_never_reach_the_log(
    bot: RunningBot, stub: StubSlack, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    bot.event(payloads.mention("40% discount on PTUs at 80% utilization"))
    bot.command("/quote", "40% discount on PTUs at 80% utilization")
    stub.wait_for("chat.postMessage")
    stub.wait_for("response_url", "chat.postMessage", count=2)
    monkeypatch.setattr(router, "answer", _boom)
    bot.event(payloads.mention("again"))
    stub.wait_for("chat.postMessage", count=2)
    bot.settle()
    assert caplog.records  # the debug log was on and captured
    assert BOT_TOKEN not in caplog.text
    assert "stub-signing-secret" not in caplog.text
