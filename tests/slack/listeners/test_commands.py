"""Slash command callbacks: what gets posted where, and what gets stored."""

from __future__ import annotations

import pytest

from bot import router
from bot.listeners import commands
from bot.reply import Reply
from tests.slack.listeners.conftest import Kit
from tests.support import payloads
from tests.support.stub import Scripted

ANSWER = Reply(intent="provisioned", text="*Break-even* at 60% utilization (1 − 0.40)", summary="Break-even: 60%",
               data={"request": {"discount": "0.4"}, "result": {"break_even": "0.6"}})


@pytest.fixture
def understood(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(router, "answer", lambda text, rate_cards=None: ANSWER)


def _command(kit: Kit, name: str, text: str) -> dict[str, str]:
    return payloads.slash_command(name, text, kit.stub.response_url("unit"))


@pytest.mark.usefixtures("understood")
def test_quote_acks_then_posts_the_summary_and_threads_the_explanation(kit: Kit) -> None:
    commands.quote(_command(kit, "/quote", "40% off PTUs at 80%"), kit.client, kit.respond, kit.context)
    summary, explanation = kit.stub.calls_to("chat.postMessage")
    assert summary.get("channel") == payloads.CHANNEL and "thread_ts" not in summary.body
    assert "Break-even: 60%" in summary.get("text") and f"<@{payloads.USER}>" in summary.get("text")
    assert explanation.get("text") == ANSWER.text
    [stored] = kit.store.quotes()
    assert stored["thread_ts"] == explanation.get("thread_ts")
    assert stored["result"] == ANSWER.data and stored["surface"] == "command"


@pytest.mark.usefixtures("understood")
def test_quote_thread_reply_goes_under_the_posted_summary(kit: Kit) -> None:
    kit.stub.script("chat.postMessage", Scripted(200, {"ok": True, "channel": payloads.CHANNEL, "ts": "1700.000777"}))
    commands.quote(_command(kit, "/quote", "40% off PTUs at 80%"), kit.client, kit.respond, kit.context)
    _, explanation = kit.stub.calls_to("chat.postMessage")
    assert explanation.get("thread_ts") == "1700.000777"


@pytest.mark.usefixtures("understood")
def test_quote_escapes_the_question_it_echoes(kit: Kit) -> None:
    commands.quote(_command(kit, "/quote", "<!channel> & <@U1> 40% off"), kit.client, kit.respond,
                   kit.context)
    summary = kit.stub.calls_to("chat.postMessage")[0].get("text")
    assert "&lt;!channel&gt; &amp; &lt;@U1&gt; 40% off" in summary


@pytest.mark.usefixtures("understood")
def test_quote_in_a_channel_the_bot_is_not_in_answers_privately(kit: Kit) -> None:
    kit.stub.script("chat.postMessage", Scripted(200, {"ok": False, "error": "not_in_channel"}))
    commands.quote(_command(kit, "/quote", "40% off PTUs at 80%"), kit.client, kit.respond, kit.context)
    [private] = kit.stub.calls_to("response_url")
    assert private.get("response_type") == "ephemeral"
    assert ANSWER.text in private.get("text") and "/invite" in private.get("text")


def test_quote_that_was_not_understood_is_answered_privately(kit: Kit, monkeypatch: pytest.MonkeyPatch) -> None:
    puzzled = Reply(intent="help", text="Try `/quote 40% discount at 80% utilization`", summary="?", understood=False)
    monkeypatch.setattr(router, "answer", lambda text, rate_cards=None: puzzled)
    commands.quote(_command(kit, "/quote", "hmm"), kit.client, kit.respond, kit.context)
    assert kit.stub.calls_to("chat.postMessage") == []
    [private] = kit.stub.calls_to("response_url")
    assert private.get("text") == puzzled.text


def test_quote_passes_the_workspace_rate_cards(kit: Kit, monkeypatch: pytest.MonkeyPatch) -> None:
    from decimal import Decimal

    from pricing.rates import Rates

    kit.store.set_rate_card("deal", Rates(input=Decimal(1), output=Decimal(2), source="t"))
    seen = {}

    def answer(text: str, rate_cards: object = None) -> Reply:
        seen["cards"] = rate_cards
        return ANSWER

    monkeypatch.setattr(router, "answer", answer)
    commands.quote(_command(kit, "/quote", "x"), kit.client, kit.respond, kit.context)
    assert list(seen["cards"]) == ["deal"]  # type: ignore[call-overload]


def test_glossary_without_a_term_shows_usage(kit: Kit) -> None:
    commands.glossary(_command(kit, "/glossary", "  "), kit.respond)
    [usage] = kit.stub.calls_to("response_url")
    assert "/glossary TERM" in usage.get("text") and usage.get("response_type") == "ephemeral"


def test_fieldcheck_mode_sets_and_shows_the_channels_mode(kit: Kit) -> None:
    commands.fieldcheck(_command(kit, "/fieldcheck", "mode THREAD"), kit.client, kit.respond, kit.context)
    assert kit.store.channel_mode(payloads.CHANNEL) == "thread"
    commands.fieldcheck(_command(kit, "/fieldcheck", "mode"), kit.client, kit.respond, kit.context)
    set_, shown = kit.stub.calls_to("response_url")
    assert "now *thread*" in set_.get("text")
    assert "are *thread*" in shown.get("text") and "/fieldcheck mode" in shown.get("text")


def test_fieldcheck_unmute(kit: Kit) -> None:
    kit.store.mute(payloads.USER, "token-costs")
    commands.fieldcheck(_command(kit, "/fieldcheck", "unmute token-costs"), kit.client, kit.respond, kit.context)
    assert kit.store.muted_rules(payloads.USER) == frozenset()
    commands.fieldcheck(_command(kit, "/fieldcheck", "unmute token-costs"), kit.client, kit.respond, kit.context)
    first, second = kit.stub.calls_to("response_url")
    assert "flagged in your messages again" in first.get("text")
    assert "was not muted" in second.get("text")


def test_fieldcheck_text_goes_to_the_router(kit: Kit) -> None:
    commands.fieldcheck(_command(kit, "/fieldcheck", "mode of transport is cheaper"), kit.client, kit.respond,
                        kit.context)
    [answer] = kit.stub.calls_to("response_url")
    assert answer.get("text") == router.fieldcheck_reply("mode of transport is cheaper").text


@pytest.mark.usefixtures("understood")
def test_a_long_question_is_cut_in_the_channel_summary(kit: Kit) -> None:
    question = "40% off PTUs at 80% " + "and more " * 100
    commands.quote(_command(kit, "/quote", question), kit.client, kit.respond, kit.context)
    summary = kit.stub.calls_to("chat.postMessage")[0].get("text")
    assert "…" in summary and len(summary) < commands.QUESTION_ECHO_LIMIT + 200
    assert kit.store.quotes()[0]["text"] == question.strip()  # the full question is kept
