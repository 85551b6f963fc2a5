"""A flat provisioned commitment, or units at a unit-hour price, against the customer's tokens at a blended on-demand
rate (our own sentences, not a scored batch's): a break-even question, not a per-token quote that asks for the
input/output split. The reply prices the tokens on-demand over the commitment's period and sets the two against each
other."""

from __future__ import annotations

from decimal import Decimal

import pytest

from bot.parse import Intent, parse
from tests.support.replies import reply_text


@pytest.mark.parametrize(
    ("text", "on_demand", "difference"),
    [
        # 400M × $2.50/M = $1,000 a day; × 730 ÷ 24 = $30,416.67 a month; − $25,000 = $5,416.67
        ("They push 400M tokens a day, blended on-demand rate $2.50 per million. Provisioned is a flat $25,000 a month "
         "for capacity that covers it. On-demand monthly bill and the saving?", "$30,416.67", "$5,416.67 a month less"),
        # 1.2B × $4/M = $4,800 a day; $146,000 a month against $150,000: $4,000 more
        ("1.2B tokens/day at $4/M blended vs a reserved capacity commitment of $150,000/month. Which is cheaper and "
         "by how much?", "$146,000.00", "$4,000.00 a month more"),
        # 90M × $6/M = $540 a day; $16,425.00 a month against $12,000: $4,425 less
        ("~90M tokens a day, all-in rate $6 per million. The PT commit would be $12,000/mo flat. worth it?",
         "$16,425.00", "$4,425.00 a month less"),
    ],
)
def test_a_commitment_against_tokens_at_a_blended_rate(text: str, on_demand: str, difference: str) -> None:
    assert parse(text).intent is Intent.BREAK_EVEN
    reply = reply_text(text)
    assert on_demand in reply and difference in reply, reply
    assert "split between input and output" not in reply


def test_units_against_tokens_at_a_blended_rate_for_their_mix() -> None:
    # 3 × $20 × 730 = $43,800 a month; 8B × $5/M = $40,000 a month: the units cost $3,800 more
    text = ("- 3 provisioned units @ $20 per unit-hour, billed 24/7\n- about 8 billion tokens a month through it\n"
            "- blended on-demand rate for their in:out mix works out $5 per million\nMonthly commitment vs on-demand?")
    assert parse(text).fields.blended_rate == Decimal(5)
    reply = reply_text(text)
    assert "$43,800.00" in reply and "$40,000.00" in reply and "$3,800.00" in reply, reply


def test_a_quote_with_a_blended_rate_and_no_commitment_stays_a_quote() -> None:
    assert parse("400M tokens a day at a $2.50/M blended rate. monthly bill?").intent is Intent.QUOTE
