"""Follow-ups in Slack threads, end to end: signed events to the real server, replies on the stub Web API."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from bot import router
from tests.support import payloads
from tests.support.running import RunningBot
from tests.support.stub import BOT_ID, StubSlack

pytestmark = pytest.mark.e2e

ASK = "40% discount on PTUs, we'd sit around 80% utilization"


def _answered_thread(bot: RunningBot, stub: StubSlack) -> str:
    """A top-level @mention answered in a new thread under it; the thread's ts."""
    event = payloads.mention(ASK)
    bot.event(event)
    [post] = stub.wait_for("chat.postMessage")
    assert post.get("thread_ts") == event["ts"]
    return str(event["ts"])


def test_a_follow_up_in_the_thread_is_answered_with_the_merged_request(bot: RunningBot, stub: StubSlack) -> None:
    thread = _answered_thread(bot, stub)
    bot.event(payloads.channel_message("and at 60%?", thread_ts=thread))
    posts = stub.wait_for("chat.postMessage", count=2)
    assert len(posts) == 2
    follow = posts[1]
    assert follow.get("thread_ts") == thread
    expected = router.answer("40% discount on PTUs at 60% utilization", rate_cards={})
    text = str(follow.get("text"))
    assert text.startswith("_Same as above with utilization 60%:_")
    # the merged request's figures: break-even 60%, and at 60% utilization the cost equals on-demand
    assert expected.text.split("\n", 1)[1] in text
    assert "80%" not in text
    blocks = follow.get("blocks")
    assert isinstance(blocks, list) and "Same as above with utilization 60%" in str(blocks[0])
    # a second follow-up builds on the first
    bot.event(payloads.channel_message("same at a 30% discount", thread_ts=thread))
    third = stub.wait_for("chat.postMessage", count=3)[2]
    assert str(third.get("text")).startswith("_Same as above with discount 30%:_")
    assert router.answer("30% discount on PTUs at 60% utilization", rate_cards={}).text.split("\n", 1)[1] in str(
        third.get("text"))


def test_a_human_aside_in_the_thread_is_not_answered_but_still_coached(bot: RunningBot, stub: StubSlack) -> None:
    thread = _answered_thread(bot, stub)
    bot.event(payloads.channel_message("thanks, I'll walk the customer through this tomorrow", thread_ts=thread,
                                       user=payloads.OTHER_USER))
    bot.event(payloads.channel_message("honestly caching saves money for them anyway", thread_ts=thread,
                                       user=payloads.OTHER_USER))
    [note] = stub.wait_for("chat.postEphemeral")
    assert note.get("thread_ts") == thread and note.get("user") == payloads.OTHER_USER
    bot.settle()
    assert len(stub.calls_to("chat.postMessage")) == 1  # only the first answer


def test_the_thread_state_survives_a_restart(start_bot: Callable[[], RunningBot], stub: StubSlack) -> None:
    first = start_bot()
    thread = _answered_thread(first, stub)
    first.stop()
    second = start_bot()
    second.event(payloads.channel_message("make it a 30% discount", thread_ts=thread))
    follow = stub.wait_for("chat.postMessage", count=2)[1]
    assert str(follow.get("text")).startswith("_Same as above with discount 30%:_")


def test_a_dm_after_an_answer_is_read_against_it(bot: RunningBot, stub: StubSlack) -> None:
    bot.event(payloads.direct_message(ASK))
    stub.wait_for("chat.postMessage")
    bot.event(payloads.direct_message("and at 60%?"))
    follow = stub.wait_for("chat.postMessage", count=2)[1]
    assert follow.get("channel") == payloads.DM_CHANNEL
    assert str(follow.get("text")).startswith("_Same as above with utilization 60%:_")


def test_pricebots_own_messages_in_the_thread_are_never_answered(bot: RunningBot, stub: StubSlack) -> None:
    thread = _answered_thread(bot, stub)
    own = payloads.channel_message("and at 60%?", thread_ts=thread, bot_id=BOT_ID)
    bot.event(own)
    bot.settle()
    assert len(stub.calls_to("chat.postMessage")) == 1


def test_a_follow_up_under_a_quote_command_is_answered_in_its_thread(bot: RunningBot, stub: StubSlack) -> None:
    bot.command("/quote", ASK)
    thread = str(stub.wait_for("chat.postMessage", count=2)[1].get("thread_ts"))
    bot.event(payloads.channel_message("what about 70%", thread_ts=thread))
    follow = stub.wait_for("chat.postMessage", count=3)[2]
    assert follow.get("thread_ts") == thread
    assert str(follow.get("text")).startswith("_Same as above with utilization 70%:_")
