"""Provisioned capacity priced against on-demand as reps state it: a unit-hour's worth of tokens at on-demand rates
said after the units' own price ("on-demand it'd come to $1.60 per PTU-hour's worth"), and a blended on-demand rate
that "works out to" so many dollars per million."""

from __future__ import annotations

from decimal import Decimal

import pytest

from bot.parse import parse
from bot.parse.models import Intent
from tests.support.replies import assert_figures


@pytest.mark.parametrize("text", [
    "Vertex offer: 40 units at $2 per unit-hour. Running the same traffic on-demand flat out would cost about $2.50 "
    "per unit-hour. Monthly commitment and break-even utilization?",
    "40 PTUs at $2/PTU-hour; their tokens at on-demand rates come to $2.50 per PTU-hour flat out. Monthly and "
    "break-even?",
])
def test_a_unit_hours_worth_at_on_demand_rates_is_set_against_the_units_price(text: str) -> None:
    ask = parse(text)
    assert ask.intent is Intent.BREAK_EVEN
    assert ask.fields.unit_hour_price == Decimal(2)
    assert ask.fields.on_demand_spend_per_unit == Decimal("2.5")
    assert not ask.ambiguities
    # 40 x $2 x 730 = $58,400 a month; break-even = $2 / $2.50 = 80%
    assert_figures(text, ["$58,400.00", "80%"])


def test_two_unit_hour_prices_with_no_on_demand_word_stay_a_question() -> None:
    ask = parse("40 PTUs at $2 per PTU-hour, or maybe $2.50 per PTU-hour. Monthly commitment?")
    assert [a.field for a in ask.ambiguities] == ["unit_hour_price"]


def test_a_blended_rate_that_works_out_to_a_figure_prices_the_units_traffic() -> None:
    text = ("3 model units at $20 an hour each, running all month. Each unit serves about 5M tokens an hour flat out; "
            "their blended on-demand rate works out to $5 per mil. Monthly bill and break-even utilisation?")
    assert parse(text).fields.blended_rate == Decimal(5)
    # 3 x $20 x 730 = $43,800; on-demand at full load 3 x 5M x $5/M = $75/h x 730 = $54,750; break-even 20/25 = 80%
    assert_figures(text, ["$43,800.00", "$54,750.00", "80%"])
