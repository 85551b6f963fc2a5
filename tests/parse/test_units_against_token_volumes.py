"""Provisioned units set against the on-demand cost of the traffic they would carry, with that traffic written in the
shorthand reps use for a call ("1.5B in + 300M out") but stated over a period ("per week"): the tokens are the
period's volume, priced on-demand and set against the units' bill for the same period (our own sentences)."""

from __future__ import annotations

import pytest

from tests.support.replies import assert_figures, reply_text


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        # week: 20 x $2 x 168 = $6,720; OD 2,000M x $1.50 = $3,000 + 400M x $6 = $2,400 -> $5,400: $1,320 more
        ("20 PTUs @ $2/PTU-hr for a week. same traffic on demand: 2B in @ $1.50/M + 400M out @ $6/M per week. "
         "which is cheaper", ["*$6,720.00*", "*$5,400.00*", "$1,320.00 a week more"]),
        # day: 3 x $40 x 24 = $2,880; OD 1,000M x $3 = $3,000 + 100M x $15 = $1,500 -> $4,500: $1,620 less
        ("3 units at $40/hr around the clock vs on-demand for that traffic daily: 1B in at $3/M and 100M out at "
         "$15/M. delta?", ["*$2,880.00*", "*$4,500.00*", "$1,620.00 a day less"]),
        # month: 4 x $10 x 730 = $29,200; OD 6,000M x $4 = $24,000 + 500M x $12 = $6,000 -> $30,000: $800 less
        ("4 PT units, $10 per unit-hour. on-demand the same volume would be 6B in + 500M out a month at $4/$12 per M. "
         "worth it?", ["*$29,200.00*", "*$30,000.00*", "$800.00 a month less"]),
    ],
)
def test_token_volumes_over_a_period_priced_against_the_units(text: str, figures: list[str]) -> None:
    assert_figures(text, figures)


@pytest.mark.parametrize(
    "text",
    [
        # no period for the tokens: never priced as a day's or a month's volume
        "20 PTUs at $2 per PTU-hour; on-demand the same traffic is 900M in and 200M out at $3/$12 per M. cheaper?",
        # two periods named: which one the tokens are over is not clear
        "20 PTUs at $2 per PTU-hour. on-demand 900M in and 200M out at $3/$12 per M. "
        "weekly or monthly, which is cheaper?",
    ],
)
def test_token_volumes_without_one_period_are_not_priced(text: str) -> None:
    reply = reply_text(text)
    assert "On-demand for the same tokens" not in reply, reply


def test_tokens_per_call_with_a_call_volume_are_not_a_period_volume() -> None:
    # "2,000 in + 500 out" beside a call volume is one call's tokens: never priced as 2,000 tokens a day
    reply = reply_text("3 PTUs at $5/hr vs on-demand: calls are 2,000 in + 500 out at $3/$12 per M, 50k calls a day. "
                       "which is cheaper per day?")
    assert "2,000 input tokens" not in reply, reply


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        # "MUs" (model units): 5 x $20 x 730 = $73,000 a month
        ("5 MUs at $20/hr, what's that a month?", ["*$73,000.00*"]),
        # 1 x $30 x 24 = $720 a day; OD 200M x $2 = $400 + 20M x $8 = $160 -> $560: $160 more
        ("1 MU @ $30/hr all day. on-demand per day: 200M in @ $2/M + 20M out @ $8/M. delta?",
         ["*$720.00*", "*$560.00*", "$160.00 a day more"]),
    ],
)
def test_model_units_said_as_mus(text: str, figures: list[str]) -> None:
    assert_figures(text, figures)


@pytest.mark.parametrize("text", [
    "3 PTUs at $30/hr, each call is 2,000 in / 500 out tokens at $3/$15 per M, what's the monthly cost?",
    "3 PTUs at $30/hr, 2,000 in / 500 out at $3/$15 per M, monthly?",
    "2 units @ $40/hr, per call 8k in / 1k out at $2.50/$10 per M, weekly bill?",
])
def test_one_calls_tokens_beside_units_are_never_priced_as_a_periods_traffic(text: str) -> None:
    reply = reply_text(text)
    assert "On-demand for the same tokens" not in reply, reply
