"""Channel messages that can trigger nothing are acked by the server before Bolt dispatches them; everything that
might need pricebot still reaches its listeners, and an unsigned request is still refused."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.store_open import open_store
from tests.support import payloads
from tests.support.running import RunningBot

pytestmark = pytest.mark.e2e


def dispatched(bot: RunningBot, event: dict[str, object]) -> bool:
    """Send `event` signed; whether Bolt handed it to a listener (after asserting it was acked)."""
    before = bot.executor.submitted
    assert bot.event(event).status == 200
    bot.settle()
    return bot.executor.submitted > before


def test_plain_talk_edits_and_bot_messages_are_acked_without_dispatch(bot: RunningBot) -> None:
    assert not dispatched(bot, payloads.channel_message("thanks, talk tomorrow about the renewal"))
    assert not dispatched(bot, payloads.channel_message("Provisioned is cheaper", subtype="message_changed"))
    assert not dispatched(bot, payloads.channel_message("Provisioned is cheaper", bot_id="B999"))
    assert bot.stub.posts() == []


def test_messages_that_may_need_pricebot_are_dispatched_and_answered(bot: RunningBot) -> None:
    assert dispatched(bot, payloads.channel_message("honestly provisioned is *chaper* for them"))
    [coaching] = bot.stub.calls_to("chat.postEphemeral")
    assert "Provisioned throughput breaks even" in coaching.text
    assert dispatched(bot, payloads.direct_message("thanks"))  # a DM is always answered


def test_a_plain_reply_in_a_thread_pricebot_answered_is_dispatched(bot: RunningBot, _isolated_db: Path) -> None:
    open_store(_isolated_db).remember_thread(payloads.CHANNEL, "1700000000.000100", {"intent": "provisioned"})
    assert dispatched(bot, payloads.channel_message("ok and at 60%", thread_ts="1700000000.000100"))
    assert not dispatched(bot, payloads.channel_message("ok and at 60%", thread_ts="1700000000.000999"))


def test_an_unsigned_plain_message_is_refused_not_acked(bot: RunningBot) -> None:
    result = bot.event(payloads.channel_message("thanks, talk tomorrow"), secret="not-the-signing-secret")
    assert result.status == 401
