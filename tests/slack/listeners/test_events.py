"""Event callbacks: mentions and DMs answered in the right place, channel messages coached per mode."""

from __future__ import annotations

import pytest

from bot import router
from bot.listeners import events
from tests.slack.listeners.conftest import Kit
from tests.support import payloads
from tests.support.stub import BOT_ID, BOT_USER_ID


def test_mention_is_answered_without_the_mention_in_a_thread_under_it(kit: Kit,
                                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    asked: list[str] = []
    real = router.answer
    monkeypatch.setattr(router, "answer",
                        lambda text, rate_cards=None, previous=None: asked.append(text) or real(text))
    event = payloads.mention("break-even at 40% off?")
    events.mention(event, kit.client, kit.context)
    assert asked == ["break-even at 40% off?"]
    [post] = kit.stub.calls_to("chat.postMessage")
    assert post.get("thread_ts") == event["ts"] and post.get("channel") == payloads.CHANNEL
    [stored] = kit.store.quotes()
    assert stored["surface"] == "mention" and stored["text"] == "break-even at 40% off?"


def test_an_empty_mention_gets_the_usage(kit: Kit) -> None:
    events.mention(payloads.mention(""), kit.client, kit.context)
    [post] = kit.stub.calls_to("chat.postMessage")
    assert post.get("text") == router.help_reply().text


def test_direct_message_is_answered_in_the_dm_top_level(kit: Kit) -> None:
    events.message(payloads.direct_message("what is okta licensing?"), kit.client, kit.context)
    [post] = kit.stub.calls_to("chat.postMessage")
    assert post.get("channel") == payloads.DM_CHANNEL and post.get("thread_ts") is None


@pytest.mark.parametrize(
    "event",
    [
        payloads.channel_message("Provisioned is cheaper.", user=BOT_USER_ID),
        payloads.channel_message("Provisioned is cheaper.", bot_id=BOT_ID),
        payloads.channel_message("Provisioned is cheaper.", subtype="bot_message"),
        payloads.channel_message("Provisioned is cheaper.", subtype="message_changed"),
        payloads.channel_message("Provisioned is cheaper.", subtype="message_deleted"),
        payloads.channel_message("Provisioned is cheaper.", subtype="channel_join"),
        payloads.direct_message("Provisioned is cheaper?") | {"bot_id": BOT_ID},
        payloads.channel_message("Provisioned is cheaper.", channel_type="mpim"),
    ],
    ids=["own-user", "bot-id", "bot-message", "edited", "deleted", "join", "bot-dm", "mpim"],
)
def test_messages_that_are_not_for_pricebot_are_left_alone(kit: Kit, event: dict[str, object]) -> None:
    events.message(event, kit.client, kit.context)  # type: ignore[arg-type]
    assert kit.stub.calls == []


def test_coaching_is_ephemeral_by_default_and_recorded(kit: Kit) -> None:
    event = payloads.channel_message("Committed use is the way.", thread_ts="1699.000001")
    events.message(event, kit.client, kit.context)
    [note] = kit.stub.calls_to("chat.postEphemeral")
    assert (note.get("user"), note.get("thread_ts")) == (payloads.USER, "1699.000001")
    assert kit.store.flag_counts(payloads.USER) == {"committed-use": 1}


def test_coaching_in_thread_mode_is_public_in_the_thread(kit: Kit) -> None:
    kit.store.set_channel_mode(payloads.CHANNEL, "thread")
    event = payloads.channel_message("Committed use is the way.")
    events.message(event, kit.client, kit.context)
    [note] = kit.stub.calls_to("chat.postMessage")
    assert note.get("thread_ts") == event["ts"]
    assert kit.stub.calls_to("chat.postEphemeral") == []


def test_coaching_off_checks_nothing(kit: Kit) -> None:
    kit.store.set_channel_mode(payloads.CHANNEL, "off")
    events.message(payloads.channel_message("Committed use is the way."), kit.client, kit.context)
    assert kit.stub.calls == []
    assert kit.store.flag_counts(payloads.USER) == {}


def test_muted_rules_are_dropped_even_if_the_router_returns_them(kit: Kit, monkeypatch: pytest.MonkeyPatch) -> None:
    from bot.reply import Reply

    flags = [{"rule": "committed-use", "matched": "Committed use", "suggestion": "Provisioned throughput"}]
    noisy = Reply(intent="coaching", text="t", summary="s", data={"flags": flags})
    monkeypatch.setattr(router, "coaching_reply", lambda text, muted_rules=frozenset(), **_: noisy)
    kit.store.mute(payloads.USER, "committed-use")
    events.message(payloads.channel_message("Committed use is the way."), kit.client, kit.context)
    assert kit.stub.calls == []


def test_without_mentions_of_the_bot() -> None:
    assert events.without_mentions_of("U1", "<@U1> hi <@U2> <@U1|pricebot>") == "hi <@U2>"
    assert events.without_mentions_of(None, "  hi ") == "hi"


@pytest.mark.parametrize("text", [
    "Between us, PTUs will be cheaper for this account.",
    "Their AI usage fees went up again last quarter.",
    "Caching saves money, so turn it on.",
])
def test_a_coaching_note_renders_only_what_it_posts(text: str) -> None:
    """The note posts its blocks and its summary as the notification text; the full explanation is not rendered
    for it, and everything posted or stored is what the full reply holds."""
    full = router.coaching_reply(text)
    short = router.coaching_reply(text, full_text=False)
    assert full is not None and short is not None and full.answer is not None and short.answer is not None
    assert short.summary == full.summary and short.text == full.summary != full.text
    assert short.data == full.data and short.answer.flags == full.answer.flags
