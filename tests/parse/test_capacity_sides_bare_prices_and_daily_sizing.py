"""Provisioned capacity in the shapes reps paste (our own sentences): one unit's throughput given as input plus output
tokens, a unit-hour price typed without its dollar sign, a month's traffic at full load written "tok/mo", and capacity
sized for a daily volume against the daily volume actually used."""

from __future__ import annotations

from decimal import Decimal

import pytest

from bot import router
from bot.parse import parse


def _reply(text: str) -> str:
    return router.answer(text, rate_cards={}).text


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        # 2 × $10 × 730 = $14,600; a unit-hour on-demand = 1.5 × $3 + 0.5 × $12 = $10.50; 2 × 10.50 × 730 = $15,330;
        # break-even = 10 ÷ 10.50 = 95.24%
        ("2 PT units at $10 per unit-hour; each unit handles roughly 1.5M input + 0.5M output tokens per hour. "
         "on-demand is $3/M in and $12/M out. monthly bill, on-demand equivalent, break-even util?",
         ["*$14,600.00*", "*$15,330.00*", "*95.24%*"]),
        # 6 × $8 × 730 = $35,040; one unit a minute 40k in + 10k out = 50k tpm = 3M tokens an hour (80% input):
        # 2.4 × $2 + 0.6 × $8 = $9.60 an hour; break-even = 8 ÷ 9.60 = 83.33%
        ("6 provisioned units @ $8/unit-hour, one unit = 40k in and 10k out tpm, rates $2/M input $8/M output. "
         "where's break-even?",
         ["*$35,040.00*", "*$9.60*", "*83.33%*"]),
    ],
)
def test_a_units_throughput_given_as_input_plus_output(text: str, figures: list[str]) -> None:
    reply = _reply(text)
    for figure in figures:
        assert figure in reply
    assert "(75% input)" in reply or "(80% input)" in reply


@pytest.mark.parametrize(
    ("text", "bill", "on_demand", "load"),
    [
        # 3 × $12 × 730 = $26,280; 8B × $4/M = $32,000; 26,280 ÷ 32,000 = 82.13%
        ("3 ptus at 12/hr each, flat out they do 8B tok/mo, blended od $4/M. break-even util?",
         "$26,280.00", "$32,000.00", "82.13%"),
        # 5 × $6.50 × 730 = $23,725; 10B × $3/M = $30,000; 23,725 ÷ 30,000 = 79.08%
        ("5 units @ 6.50 per hour, maxed out they push 10B tokens/mo at a $3/M blended rate. what load breaks even?",
         "$23,725.00", "$30,000.00", "79.08%"),
    ],
)
def test_a_bare_unit_hour_price_and_a_months_traffic_at_full_load(text: str, bill: str, on_demand: str,
                                                                   load: str) -> None:
    reply = _reply(text)
    assert f"*{bill}* a month, against {on_demand} a month on-demand" in reply
    assert f"= *{load}*: below that average load" in reply


def test_flat_out_is_not_the_output_side() -> None:
    fields = parse("2 ptus at $9/hr, flat out they push 4B tok/mo, blended $3/M").fields
    assert fields.output_tokens_per_day is None
    assert fields.tokens_per_day is not None


@pytest.mark.parametrize(
    ("text", "utilization", "first"),
    [
        # 36 ÷ 60 = 60%; (1 − 0.30) ÷ 0.60 = 1.1667
        ("we reserved PT for 60M tokens/day, actual usage is 36M a day, 30% off. are we losing money?",
         "60%", "*Yes:*"),
        # 45 ÷ 50 = 90%; (1 − 0.25) ÷ 0.90 = 0.8333
        ("capacity sized for 50M tokens per day and they're running 45M/day on a 25% discount. above break-even or "
         "not?", "90%", "*Yes:*"),
        # 30 ÷ 40 = 75% = 1 − 0.25: exactly at break-even
        ("bought PTUs sized at 40M tokens a day, averaging 30M/day, discount 25%. are they above break even or not?",
         "75%", "*No:* at that utilization provisioned costs 1× on-demand (100% of the on-demand cost), exactly at "
         "break-even"),
    ],
)
def test_capacity_sized_for_a_daily_volume_against_the_volume_used(text: str, utilization: str, first: str) -> None:
    reply = _reply(text)
    assert "÷ committed = " in reply and f"tokens/day = *{utilization}*" in reply
    assert first in reply


def test_a_daily_average_above_the_sizing_is_not_a_utilization() -> None:
    assert parse("capacity sized for 30M tokens a day, averaging 45M/day, 30% off").fields.utilization != [
        Decimal("1.5")]


def test_the_average_after_a_semicolon() -> None:
    reply = _reply("We bought capacity sized at 200M tokens/day; actual average is 150M/day. 20% discount. over or "
                   "under on-demand?")
    # 150 ÷ 200 = 75%; (1 − 0.20) ÷ 0.75 = 1.0667
    assert "tokens/day = *75%*" in reply
    assert "1.0667× on-demand" in reply
