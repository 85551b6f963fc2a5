"""Provisioned capacity priced in dollars as reps write it (our own sentences, not a scored batch's): an on-demand
figure stated for one unit's traffic ("each unit flat out serves $30/hr of tokens"), how busy the units run said as
"they'd run ~70%", "PT units", one unit's throughput in tokens a second, a provisioned bill stated in dollars against
the on-demand cost of the capacity fully used, and an on-demand spend named a long way before its amount."""

from __future__ import annotations

from decimal import Decimal

import pytest

from bot.parse import parse
from pricing.provisioned import bill_against_spend
from tests.support.replies import assert_figures


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        # 3 x $20 x 730 = $43,800; on-demand 3 x $32 x 0.8 x 730 = $56,064; break-even 20/32 = 62.5%
        ("3 units at $20/hr; each unit flat out pushes tokens worth $32/hr at on-demand rates. they'd run ~80%. "
         "monthly provisioned vs on-demand?", ["*$43,800.00*", "*$56,064.00*", "$12,264.00", "*62.5%*"]),
        # an hour (no month asked): 2 x $10 = $20 vs 2 x $12 x 0.6 = $14.40: $5.60 more; break-even 10/12 = 83.33%
        ("2 PTUs @ $10/unit-hr, flat out that's $12/hr of on-demand tokens per PTU, they'd sit around 60%",
         ["*$20.00*", "*$14.40*", "$5.60", "*83.33%*"]),
    ],
)
def test_an_on_demand_figure_for_each_unit(text: str, figures: list[str]) -> None:
    assert_figures(text, figures)


@pytest.mark.parametrize(
    ("text", "units"),
    [
        ("2 PT units @ $22/unit-hr vs $26k/mo on demand", Decimal(2)),
        ("5 ptu units at $3/hr, on-demand for that traffic is $9k a month", Decimal(5)),
        ("one PT unit does 2,000 tok/s and costs $18/hr", Decimal(1)),
    ],
)
def test_units_said_as_pt_units(text: str, units: Decimal) -> None:
    assert parse(text).fields.units == units


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        # 2,000 x 3,600 = 7.2M tokens an hour x $3/M = $21.60; 18/21.60 = 83.33%
        ("one PT unit does 2,000 tok/s and costs $18/hr. blended on-demand is $3/M. break-even util?",
         ["*$21.60*", "*83.33%*"]),
        # 1,000 x 3,600 = 3.6M x $5/M = $18; 9/18 = 50%
        ("a single PTU serves 1,000 tokens/sec at $9 an hour, blended $5/M on demand: breakeven?", ["*$18.00*",
                                                                                                    "*50%*"]),
    ],
)
def test_one_units_throughput_in_tokens_a_second(text: str, figures: list[str]) -> None:
    assert_figures(text, figures)


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        # 40 / 60 = 66.67%; at 80%: 48k on-demand vs 40k: 8k less
        ("the reservation costs $40k a month; if they used all of it, on-demand for those tokens would be $60k a "
         "month. they'd use 80%. worth it?", ["*66.67%*", "*33.33%*", "*$8,000.00 a month less*"]),
        # 52 / 85 = 61.18%, a 38.82% discount
        ("PT commit is $52k/mo flat; the same capacity fully used would be $85k/mo on demand. util needed?",
         ["*61.18%*", "*38.82%*"]),
        # no full use: the bill against the spend
        ("provisioned would run them $30k/month vs $26k/mo on-demand today. does it pay?",
         ["*$4,000.00 a month more*"]),
    ],
)
def test_a_provisioned_bill_in_dollars(text: str, figures: list[str]) -> None:
    assert_figures(text, figures)


@pytest.mark.parametrize(
    "text",
    [
        "PTU at $2/hr, 10 units, vs $20k/mo on-demand",  # an hourly figure is the unit-hour price
        "their EA commit is $1M a year; bedrock 20% over direct",  # a cloud commitment, not provisioned capacity
    ],
)
def test_figures_that_are_not_a_provisioned_bill(text: str) -> None:
    assert parse(text).fields.provisioned_spend is None


def test_an_on_demand_spend_named_well_before_its_amount() -> None:
    # 4 x $3 x 730 = $8,760 vs $10,000: $1,240 less
    assert_figures("5 reserved units at $3/unit-hour. On-demand pricing for all of the tokens those units would be "
                   "carrying comes to roughly $10,000/mo. worth it?", ["$10,950.00", "$950.00"])


def test_bill_against_spend() -> None:
    x = bill_against_spend(Decimal(52_000), Decimal(85_000), at_full_use=True, load=Decimal("0.7"))
    assert x.on_demand == Decimal(59_500) and x.difference == Decimal(7_500)
    assert x.break_even_load is not None and x.implied_discount == 1 - x.break_even_load
    plain = bill_against_spend(Decimal(30_000), Decimal(26_000))
    assert plain.difference == Decimal(-4_000) and plain.break_even_load is None


def test_an_on_demand_spend_after_a_colon() -> None:
    # 3 x $12 x 730 = $26,280 against $30,000: $3,720 less
    assert_figures("Quote sheet says - Reservation: 3 units at $12 per unit-hour. On-demand cost of the traffic they "
                   "would carry: $30,000 / month. cheaper or not?", ["*$26,280.00*", "$3,720.00"])
