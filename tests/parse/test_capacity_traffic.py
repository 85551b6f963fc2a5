"""Provisioned units priced against the tokens they carry: units × $/unit-hour × hours against the on-demand cost of
the input and output tokens the ask states (DESIGN.md, the capacity form), in the period the units are billed."""

from __future__ import annotations

from decimal import Decimal

import pytest

from bot import router
from bot.parse import parse
from tests.support.replies import assert_figures, reply_text


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        # flat out: the traffic is the full load, so the units break even at provisioned ÷ that cost
        ("3 PTUs at $6 per PTU-hour. Running flat out they would handle about 5,000M input and 1,000M output "
         "tokens a month; list is $2 in / $10 out. Monthly cost and the break-even load?",
         ["$13,140.00", "$20,000.00", "65.7%"]),
        ("quote for 2 units @ $40/hr each; at 100%, the units serve 6B input + 900M output tokens a month at "
         "$3/$15 per MTok. commitment per month, and where's break-even?",
         ["$58,400.00", "$31,500.00", "185.4%"]),
        # the traffic actually carried: the difference and the ratio
        ("4 reserved units x $3.50/hr x 24h against on-demand for 90M in / 20M out a day at $2.50 and $10. per day?",
         ["$336.00", "$425.00", "$89.00"]),
        ("Two PTUs at $15/hr; the customer's real traffic is about 3B input and 500M output a month at $2/$8. "
         "provisioned or on-demand, per month?", ["$21,900.00", "$10,000.00", "$11,900.00"]),
        # token counts with no period of their own take the month the units are billed for
        ("5 units, $9/hr each, whole month (730h). what they'd push through: 2.2B input, 300M output. $4/$16 per MTok",
         ["$32,850.00", "$13,600.00"]),
        ("one dedicated unit at $30/hr vs the $20,000 a month their tokens cost on-demand",
         ["$21,900.00", "$1,900.00"]),
    ],
)
def test_units_against_the_tokens_they_carry(text: str, figures: list[str]) -> None:
    assert router.answer(text, rate_cards={}).intent == "break_even"
    assert_figures(text, figures)


def test_the_on_demand_side_multiplies_out_from_the_stated_tokens() -> None:
    reply = reply_text("6 PTUs at $2 per PTU-hour serve 1,000M input and 250M output tokens a month; $2/$8 per 1M")
    assert ("1,000,000,000 input tokens × $2.00/1M + 250,000,000 output tokens × $8.00/1M = $2,000.00 + $2,000.00"
            in reply)


@pytest.mark.parametrize(
    ("text", "field", "value"),
    [
        # "at 100%" with a discount is still a utilization
        ("30% off provisioned at 100% utilization", "utilization", [Decimal(1)]),
        # per-call counts with no units stay per call, month or not
        ("1.5k input, 400 output per call, 20k calls a month at $3/$15", "input_tokens_per_call", Decimal(1500)),
        # a dedicated engineer is not a unit
        ("2 dedicated engineers, 10k calls a day, 1k in / 200 out at $1/$2", "units", None),
    ],
)
def test_hard_negatives_keep_their_reading(text: str, field: str, value: object) -> None:
    assert getattr(parse(text).fields, field) == value
