"""Quotes with units of work said as "runs are 12 steps" and bare rate pairs after the counts' period or before the next
clause (our own sentences, not a scored batch's): the runs' calls are priced (runs × steps), and "12h a day, 5/15" or
"@ 2/8 but 10k/day now" are the input and output rates per million."""

from __future__ import annotations

from decimal import Decimal

import pytest

from bot.parse import parse
from tests.support.replies import assert_figures


@pytest.mark.parametrize(
    "text, calls, figures",
    [
        # 2,000 runs × 12 = 24,000 calls; input 144M × $3 = $432; output 9.6M × $15 = $144
        ("agent runs are 12 steps, each ~6k in / 400 out. 2,000 runs a day, $3/$15", 24_000, ["$432.00", "$144.00"]),
        # 1,000 × 5 = 5,000 calls; input 10M × $1 = $10; output 1.5M × $4 = $6; $16 a day
        ("our workflows have 5 calls, each 2k in / 300 out; 1,000 workflows a day at $1/$4", 5_000,
         ["$10.00", "$6.00", "$16.00"]),
        # 10,000 × 3 = 30,000 calls; input 120M × $2 = $240; output 15M × $8 = $120; $360 a day
        ("tasks take 3 model calls, ~4k in / 500 out per call, 10k tasks/day, $2/$8", 30_000,
         ["$240.00", "$120.00", "$360.00"]),
    ],
)
def test_runs_said_as_their_steps(text: str, calls: int, figures: list[str]) -> None:
    assert parse(text).fields.calls_per_day == Decimal(calls)
    assert_figures(text, figures)


@pytest.mark.parametrize(
    "text",
    ["runs are 12 hours a day, 10k calls, 2k in / 500 out at $3/$15",
     "tickets are 2,000 a day, 2k in / 500 out at $3/$15"],
)
def test_no_steps_said(text: str) -> None:
    assert parse(text).fields.calls_per_unit is None


@pytest.mark.parametrize(
    "text, rates, figures",
    [
        # a day of 10 hours: 2M × $3 = $6 + 400k × $15 = $6 → $12; an hour $1.20
        ("200k in + 40k out an hour, 10h a day, 3/15. daily?", (3, 15), ["$12.00", "$1.20"]),
        # $0.004 + $0.004 = $0.008 a call × 10,000 = $80 a day
        ("same 2k in / 500 out @ 2/8 but 10k/day now", (2, 8), ["$0.008", "$80.00"]),
        # 4 × $2.50 + 1 × $10 = $20 a week
        ("4M in + 1M out a week, 2.5/10 plus the monthly", (Decimal("2.5"), 10), ["$20.00"]),
    ],
)
def test_a_bare_pair_after_the_counts_period_or_before_a_clause(text: str, rates: tuple[Decimal, Decimal],
                                                               figures: list[str]) -> None:
    f = parse(text).fields
    assert (f.input_rate, f.output_rate) == (Decimal(rates[0]), Decimal(rates[1]))
    assert_figures(text, figures)


@pytest.mark.parametrize(
    "text",
    ["renewal on 3/15, 10k calls a day, 2k in / 500 out",
     "10k calls a day, 2k in / 500 out, renewal 3/15 and rates tbd"],
)
def test_a_date_is_no_rate_pair(text: str) -> None:
    f = parse(text).fields
    assert f.input_rate is None and f.output_rate is None
