"""Follow-ups in Slack threads, end to end: signed events to the real server, replies on the stub Web API."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from bot import router
from bot.store import Store
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


# The thread's request is kept as the JSON pydantic writes in one pass (bot.slack.threads.request_json): a follow-up
# is read against exactly the request the answer priced, whatever the ask's structure or wording.
KEPT_ASKS = [
    ASK,
    "4k-token system prompt, 10k calls a day at $5/M input and $0.50/M cache reads, is caching worth it?",
    "endpoint charges $0.002 per call, calls are ~1,500 input and 400 output tokens at $3/$15 per M: cheaper?",
    "2M input + 500k output tokens a day at $5/$15 per 1M",
    "Azure list is 20% over direct and their EA gives 12% off: what's the effective markup?",
    "we’re quoting “about 40%” off on-demand — at 75 % utilization does the PTU pay?",  # curly quotes, odd spacing
    "4k-token prompt \ud800 10k calls a day at $5/M input, $0.50 cache reads, worth caching?",  # a lone surrogate
]


@pytest.mark.parametrize("ask", KEPT_ASKS)
def test_the_kept_request_reads_back_as_the_one_answered(ask: str, store: Store) -> None:
    from bot.slack.threads import last_request, remember

    db = store
    reply = router.answer(ask, rate_cards={})
    remember(db, "C1", "1.1", reply)
    kept = last_request(db, "C1", "1.1")
    assert reply.answer is not None and kept == reply.answer.ask
    # what a follow-up in that thread is told is what it is told when read against the answer in hand
    for follow_up in ("and at 60%?", "make it 20k calls a day", "what if output doubles?"):
        assert (router.answer(follow_up, rate_cards={}, previous=kept).text
                == router.answer(follow_up, rate_cards={}, previous=reply.answer.ask).text)


def test_a_reply_without_a_request_to_build_on_leaves_the_thread_as_it_was(store: Store) -> None:
    from bot.slack.threads import last_request, remember

    db = store
    remember(db, "C1", "1.1", router.answer(ASK, rate_cards={}))
    remember(db, "C1", "1.1", router.help_reply())  # near miss: nothing to build on, the kept request stays
    kept = last_request(db, "C1", "1.1")
    assert kept is not None and kept.fields.discount is not None
    assert str(router.answer("and at 60%?", rate_cards={}, previous=kept).text).startswith(
        "_Same as above with utilization 60%:_")
