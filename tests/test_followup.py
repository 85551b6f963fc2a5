"""Follow-ups read against the conversation's last request (bot.followup through the router), as the console and
Slack threads use them."""

from __future__ import annotations

from decimal import Decimal

import pytest

from bot import router
from bot.cli.chat import Conversation
from bot.followup import asks_something, read
from bot.parse import Intent, parse


def _reply_to(first: str, then: str) -> tuple[str, dict[str, object]]:
    previous = router.context_of(router.answer(first, rate_cards={}))
    assert previous is not None
    reply = router.answer(then, rate_cards={}, previous=previous)
    return reply.text, reply.data


def test_and_at_60_percent_replaces_only_the_utilization() -> None:
    text, data = _reply_to("40% discount on PTUs, we'd sit around 80% utilization", "and at 60%?")
    assert text.startswith("_Same as above with utilization 60%:_")
    request = data["request"]
    assert isinstance(request, dict)
    assert request["intent"] == "break_even"
    assert request["fields"]["discount"] == "0.4" and request["fields"]["utilization"] == ["0.6"]
    # the figures are the engine's for the merged request: (1 - 0.4) / 0.6 = 100% of on-demand
    direct = router.answer("40% discount on PTUs at 60% utilization", rate_cards={})
    assert direct.data["result"] == data["result"]
    assert data["changes"] == [{"field": "utilization", "shown": "60%"}]


@pytest.mark.parametrize(
    ("first", "then", "field", "value"),
    [
        ("40% discount on PTUs, 80% utilization", "same at a 30% discount", "discount", Decimal("0.3")),
        ("2M input + 500k output tokens a day on gpt-4o, 4k in / 500 out per call",
         "make it 20k calls a day", "calls_per_day", Decimal(20000)),
        ("Is caching worth it with a 4,000-token system prompt on sonnet 4.5, 10k calls a day?",
         "with a 1h TTL", "ttl_minutes", Decimal(60)),
        ("Bedrock list is 20% over direct and they have a 10% EA discount", "what about a 15% EA discount?",
         "ea_discount", Decimal("0.15")),
    ],
)
def test_a_follow_up_replaces_only_what_it_states(first: str, then: str, field: str, value: Decimal) -> None:
    previous = parse(first)
    reading = read(then, previous)
    assert [c.field for c in reading.changes] == [field]
    assert getattr(reading.ask.fields, field) == value
    assert reading.ask.intent is previous.intent
    kept = previous.fields.model_dump(exclude={field, "traits"})
    assert reading.ask.fields.model_dump(exclude={field, "traits"}) == kept


def test_a_new_question_is_not_merged_and_a_glossary_question_keeps_the_context() -> None:
    previous = parse("40% discount on PTUs, 80% utilization")
    fresh = read("Is caching worth it with a 4,000-token prompt at $5/1M, hits at $0.50/1M, 10k calls a day?",
                 previous)
    assert not fresh.is_follow_up and fresh.ask.intent is Intent.CACHING
    assert read("what's the okta analogy?", previous).ask.intent is Intent.GLOSSARY
    conversation = Conversation({})
    conversation.respond("40% discount on PTUs, 80% utilization")
    conversation.respond("/glossary PTU")
    reply = conversation.respond("and at 60%?")
    assert reply is not None and reply.text.startswith("_Same as above with utilization 60%:_")


def test_new_starts_over() -> None:
    conversation = Conversation({})
    conversation.respond("40% discount on PTUs, 80% utilization")
    assert conversation.respond("new") is not None
    reply = conversation.respond("and at 60%?")
    assert reply is not None and "Same as above" not in reply.text and not reply.data.get("changes")


def test_a_bad_number_in_a_follow_up_is_refused_and_the_request_kept() -> None:
    conversation = Conversation({})
    conversation.respond("40% discount on PTUs, 80% utilization")
    bad = conversation.respond("same at a 140% discount")
    assert bad is not None and bad.intent == "break_even" and "140%" in bad.text and "discount" in bad.text
    assert conversation.last is not None and conversation.last.fields.discount == Decimal("0.4")


@pytest.mark.parametrize(
    ("text", "asks"),
    [("and at 60%?", True), ("make it 20k calls a day", True), ("what about caching", True),
     ("on bedrock instead", True), ("thanks, sending this to the customer now", False), ("lgtm", False),
     ("I'll loop in their CFO tomorrow", False)],
)
def test_which_thread_messages_ask_pricebot_something(text: str, asks: bool) -> None:
    assert asks_something(text) is asks
