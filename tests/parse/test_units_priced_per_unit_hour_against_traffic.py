"""Provisioned units priced per unit-hour set against on-demand traffic (our own sentences, not a scored batch's):
"$39.60 per model-unit-hour", "$21 per MU-hour", "$39.60/unit-hr" are a unit-hour price (never a per-call fee), so the
ask is a break-even with the units' bill (units × $/unit-hour × 730 h) against the traffic's on-demand cost; a rate
pair said with its pricing ("at $3/$15 on demand") keeps both rates. A discount implied by two rates is worked out."""

from __future__ import annotations

from decimal import Decimal

import pytest

from bot.parse import Intent, parse
from tests.support.replies import reply_text


@pytest.mark.parametrize(
    ("text", "units", "price"),
    [
        ("Customer runs 9B input and 1.5B output tokens a month at $3/$15 today. Offer is 2 model units at $39.60 per "
         "model-unit-hour for the month (730 h). Put numbers on provisioned monthly vs on-demand.", "2", "39.6"),
        ("3 model units at $21 per MU-hour, 730 h month; today 4B input and 1B output a month at $2/$8 - provisioned "
         "vs on-demand monthly?", "3", "21"),
        ("2 units at $39.60/unit-hr; 9B in 1.5B out a month at $3/$15 on demand; compare monthly", "2", "39.6"),
    ],
)
def test_a_unit_hour_price_with_traffic_is_a_break_even(text: str, units: str, price: str) -> None:
    ask = parse(text)
    assert ask.intent is Intent.BREAK_EVEN
    assert (ask.fields.units, ask.fields.unit_hour_price) == (Decimal(units), Decimal(price))
    assert ask.fields.per_call_fee is None
    assert ask.fields.input_rate is not None and ask.fields.output_rate is not None


def test_the_reply_sets_the_units_bill_against_the_on_demand_cost() -> None:
    # 2 × $39.60 × 730 = $57,816.00; 9B × $3/M + 1.5B × $15/M = $27,000.00 + $22,500.00 = $49,500.00
    reply = reply_text("Customer runs 9B input and 1.5B output tokens a month at $3/$15 today. Offer is 2 model units "
                       "at $39.60 per model-unit-hour for the month (730 h). Put numbers on provisioned monthly vs "
                       "on-demand.")
    assert "$57,816.00" in reply and "$49,500.00" in reply and "$8,316.00" in reply, reply


def test_a_rate_pair_said_with_on_demand_keeps_both_rates() -> None:
    fields = parse("9B in 1.5B out a month at $3/$15 on demand, monthly cost?").fields
    assert (fields.input_rate, fields.output_rate) == (Decimal(3), Decimal(15))
    assert fields.on_demand_spend is None


def test_an_on_demand_amount_is_still_a_spend() -> None:
    assert parse("they spend $12,000 a month on demand; 35% off provisioned at 80% util, new bill?"
                 ).fields.on_demand_spend == Decimal(12000)


def test_a_per_call_fee_per_model_call_is_still_a_fee() -> None:
    fields = parse("vendor charges $0.02 per model call; 1k in 200 out at $3/$15, 50k calls a day - cheaper?").fields
    assert fields.per_call_fee == Decimal("0.02") and fields.unit_hour_price is None


def test_a_discount_implied_by_two_rates_and_its_break_even() -> None:
    reply = reply_text("on-demand effective $10.00 per million blended; the provisioned offer works out to $6.50 per "
                       "million at full use; what discount is that and where does it break even?")
    assert "35%" in reply and "65%" in reply, reply
