"""Slack's assistant surface, end to end: opening a thread greets and offers the suggested prompts; messages in
the thread are answered like direct messages, follow-ups included."""

from __future__ import annotations

import pytest

from bot import router
from bot.listeners.assistant import suggested_prompts
from tests.support import payloads
from tests.support.running import RunningBot
from tests.support.stub import StubSlack

pytestmark = pytest.mark.e2e


def test_a_new_assistant_thread_is_greeted_with_suggested_prompts(bot: RunningBot, stub: StubSlack) -> None:
    started = payloads.assistant_thread()
    thread = started["assistant_thread"]
    assert bot.event(started).status == 200
    [prompts] = stub.wait_for("assistant.threads.setSuggestedPrompts")
    assert prompts.get("channel_id") == payloads.DM_CHANNEL and prompts.get("thread_ts") == thread["thread_ts"]
    assert prompts.get("prompts") == suggested_prompts() and len(suggested_prompts()) == 4
    [greeting] = stub.calls_to("chat.postMessage")
    assert greeting.get("thread_ts") == thread["thread_ts"] and "deal question" in greeting.text
    # a context change (the person looks at another channel) is acknowledged, nothing more
    assert bot.event(payloads.assistant_thread("assistant_thread_context_changed",
                                               thread_ts=thread["thread_ts"])).status == 200
    bot.settle()
    assert len(stub.calls_to("chat.postMessage")) == 1


def test_messages_in_the_assistant_thread_are_answered_like_direct_messages(bot: RunningBot,
                                                                           stub: StubSlack) -> None:
    thread_ts = payloads.new_ts()
    prompt = suggested_prompts()[0]["message"]
    ask = {**payloads.direct_message(prompt), "thread_ts": thread_ts}
    bot.event(ask)
    [answer] = stub.wait_for("chat.postMessage")
    assert answer.get("channel") == payloads.DM_CHANNEL and answer.get("thread_ts") == thread_ts
    assert answer.get("text") == router.answer(prompt, rate_cards={}).text
    bot.event({**payloads.direct_message("and at 60%?"), "thread_ts": thread_ts})
    follow = stub.wait_for("chat.postMessage", count=2)[1]
    assert follow.get("thread_ts") == thread_ts
    assert str(follow.get("text")).startswith("_Same as above with utilization 60%:_")
    # pricebot's own messages in the thread are never answered
    bot.event({**payloads.direct_message("and at 70%?"), "thread_ts": thread_ts, "bot_id": "BBOT0001"})
    bot.settle()
    assert len(stub.calls_to("chat.postMessage")) == 2


def test_a_message_in_an_assistant_thread_goes_through_the_assistant(bot: RunningBot, stub: StubSlack) -> None:
    """Only bolt's Assistant middleware sets the thread's status: were the wiring broken, the message would still
    be answered (as an ordinary DM thread message) but with no status, and this fails."""
    from bot.phrases import phrases

    started = payloads.assistant_thread()
    thread_ts = started["assistant_thread"]["thread_ts"]
    bot.event(started)
    [prompts] = stub.wait_for("assistant.threads.setSuggestedPrompts")
    assert prompts.get("prompts") == suggested_prompts()
    ask = {**payloads.direct_message(suggested_prompts()[1]["message"]), "thread_ts": thread_ts}
    bot.event(ask)
    _greeting, answer = stub.wait_for("chat.postMessage", count=2)
    [status] = stub.calls_to("assistant.threads.setStatus")
    assert status.get("channel_id") == payloads.DM_CHANNEL and status.get("thread_ts") == thread_ts
    assert status.get("status") == phrases()["assistant"]["status"]
    assert status.at <= answer.at  # set while the answer is worked out
    assert answer.get("thread_ts") == thread_ts and "Prompt caching" in answer.text
    bot.settle()
    assert len(stub.calls_to("chat.postMessage")) == 2  # answered once, not by both paths
