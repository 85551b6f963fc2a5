"""Clarifying buttons, end to end: an answer that needs a choice offers buttons; a click completes the answer in
place (chat.update of that message); typing the choice in the thread works too."""

from __future__ import annotations

from typing import Any

import pytest

from bot import router
from tests.slack import blockkit
from tests.support import payloads
from tests.support.running import RunningBot
from tests.support.stub import Call, StubSlack

pytestmark = pytest.mark.e2e

ASK = "40% discount or 30% discount on PTUs at 80% utilization"


def choice_buttons(post: Call) -> list[dict[str, Any]]:
    return [e for b in post.get("blocks") or [] if b.get("type") == "actions"
            for e in b["elements"] if e["action_id"].startswith("choose:")]


def click_choice(post: Call, button: dict[str, Any], response_url: str) -> dict[str, Any]:
    assert isinstance(post.response, dict)
    ts, thread_ts, channel = post.response["ts"], post.get("thread_ts"), post.get("channel")
    return {
        "type": "block_actions", "user": {"id": payloads.USER, "username": "rep", "team_id": "T0000001"},
        "api_app_id": "A0000APP", "token": "legacy-verification-token", "trigger_id": "1.2.3",
        "container": {"type": "message", "message_ts": ts, "channel_id": channel, "is_ephemeral": False,
                      "thread_ts": thread_ts},
        "team": {"id": "T0000001", "domain": "stub"}, "channel": {"id": channel, "name": "deal-room"},
        "message": {"type": "message", "ts": ts, "thread_ts": thread_ts, "text": post.get("text"),
                    "blocks": post.get("blocks")},
        "response_url": response_url,
        "actions": [{**button, "block_id": "choose_0", "action_ts": payloads.new_ts()}],
    }


def body_of(text: str) -> str:
    """A reply's text after its title line."""
    return text.split("\n", 1)[1]


def test_a_click_on_a_choice_completes_the_answer_in_place(bot: RunningBot, stub: StubSlack) -> None:
    event = payloads.mention(ASK)
    bot.event(event)
    [answer] = stub.wait_for("chat.postMessage")
    assert not blockkit.problems(answer.get("blocks"))
    assert "Which provisioned discount should I use?" in answer.text
    buttons = choice_buttons(answer)
    assert [b["text"]["text"] for b in buttons] == ["40% discount", "30% discount"]

    assert bot.interactive(click_choice(answer, buttons[1], stub.response_url("choose"))).status == 200
    [update] = stub.wait_for("chat.update")
    assert isinstance(answer.response, dict)
    assert update.get("channel") == payloads.CHANNEL and update.get("ts") == answer.response["ts"]
    expected = router.answer("30% discount on PTUs at 80% utilization", rate_cards={})
    assert update.get("text") == expected.text  # the completed answer, not a follow-up ("Same as above ...")
    assert "1 − 30% = *70%*" in update.get("text")
    assert not blockkit.problems(update.get("blocks")) and not choice_buttons(update)
    before, after = answer.get("metadata")["event_payload"], update.get("metadata")["event_payload"]
    assert "discount" not in before["request"] and after["request"]["discount"] == "0.3"  # the metadata follows
    assert after["quote_id"] != before["quote_id"]
    bot.settle()
    assert len(stub.calls_to("chat.postMessage")) == 1  # nothing new in the thread

    # the completed request is the thread's last one: a follow-up builds on it
    bot.event(payloads.channel_message("and at 60%?", thread_ts=event["ts"]))
    follow = stub.wait_for("chat.postMessage", count=2)[1]
    assert body_of(router.answer("30% discount on PTUs at 60% utilization", rate_cards={}).text) in follow.text


def test_typing_the_choice_in_the_thread_answers_it_too(bot: RunningBot, stub: StubSlack) -> None:
    event = payloads.mention(ASK)
    bot.event(event)
    stub.wait_for("chat.postMessage")
    bot.event(payloads.channel_message("30% discount", thread_ts=event["ts"]))
    follow = stub.wait_for("chat.postMessage", count=2)[1]
    assert follow.get("thread_ts") == event["ts"]
    assert body_of(router.answer("30% discount on PTUs at 80% utilization", rate_cards={}).text) in follow.text


@pytest.mark.parametrize(("ask", "labels", "pick", "same_as"), [
    ("4k-token system prompt caching, 10k calls a day, on gpt-4o or gpt-4o-mini",
     ["on gpt-4o", "on gpt-4o-mini"], 1, "4k-token system prompt caching, 10k calls a day, on gpt-4o-mini"),
    ("$20 per 1M, 2M input + 500k output tokens a day", ["$20.00/1M input", "$20.00/1M output"], 0,
     "$20/1M input, 2M input + 500k output tokens a day"),
])
def test_model_and_input_or_output_choices(bot: RunningBot, stub: StubSlack, ask: str, labels: list[str], pick: int,
                                           same_as: str) -> None:
    bot.command("/quote", ask)
    _summary, answer = stub.wait_for("chat.postMessage", count=2)
    buttons = choice_buttons(answer)
    assert [b["text"]["text"] for b in buttons] == labels
    assert bot.interactive(click_choice(answer, buttons[pick], stub.response_url("pick"))).status == 200
    [update] = stub.wait_for("chat.update")
    assert isinstance(answer.response, dict) and update.get("ts") == answer.response["ts"]
    assert body_of(update.get("text")) == body_of(router.answer(same_as, rate_cards={}).text)


def test_a_choice_whose_question_is_gone_gets_a_short_private_note(bot: RunningBot, stub: StubSlack) -> None:
    bot.event(payloads.mention(ASK))
    [answer] = stub.wait_for("chat.postMessage")
    forged = {**choice_buttons(answer)[0], "value": '{"t":"30% discount","q":987654}'}
    payload = click_choice(answer, forged, stub.response_url("gone"))
    payload["container"]["thread_ts"] = payload["message"]["thread_ts"] = "1.000001"  # no thread state there
    assert bot.interactive(payload).status == 200
    [note] = stub.wait_for("response_url")
    assert "no longer stored" in note.text and note.get("response_type") == "ephemeral"
    bot.settle()
    assert stub.calls_to("chat.update") == []
