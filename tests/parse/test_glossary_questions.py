"""A question about a term, however it is phrased, gets the glossary entry; a figure to work out does not."""

from __future__ import annotations

import pytest

from bot import router
from bot.parse import Intent, parse


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("okta pls", "Okta analogy"),
        ("the Okta comparison for a CISO?", "Okta analogy"),
        ("buyer runs identity for a bank, how do I pitch PTUs to them", "Okta analogy"),
        ("they license SSO seats today. how is provisioned different?", "Okta analogy"),
        ("is provisioned throughput like concurrent licensing?", "Okta analogy"),
        ("quick one, what's a TTL and why should I care", "TTL"),
        ("explain cache hits in plain English for a CFO", "Cache hit"),
        ("sorry, new here: what's an EA discount?", "EA discount"),
        ("remind me what data residency covers", "Data residency"),
    ],
)
def test_a_term_question_gets_the_entry(text: str, title: str) -> None:
    reply = router.answer(text, rate_cards={})
    assert reply.intent == "glossary"
    assert f"*{title}" in reply.text


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("what's the break-even on a 35% provisioned discount?", Intent.BREAK_EVEN),
        ("what's the markup on bedrock vs direct", Intent.MARKUP),
        ("PTUs at 30% off, 80% utilized: worth it vs on-demand?", Intent.BREAK_EVEN),
    ],
)
def test_a_figure_to_work_out_is_not_a_definition(text: str, intent: Intent) -> None:
    assert parse(text).intent is intent
