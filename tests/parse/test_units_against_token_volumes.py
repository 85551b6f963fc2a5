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


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        # an on-demand total with no $ but a money verb ("come to", "would cost"): 5 x $2.40 x 730 = $8,760 vs $10,000
        ("quote came back: 5 PTUs at $2.40 an hour, full 730-hour month. the same tokens on OD come to roughly 10k a "
         "month. which is cheaper, by how much?",
         ["*$8,760.00*", "$10,000.00 a month on-demand", "*$1,240.00 a month less*"]),
        # 6 x $1.50 x 730 = $6,570 vs $7,500: $930 less
        ("6 units @ $1.50/hr, 730 h month; on-demand that traffic would cost about 7.5k/mo. cheaper?",
         ["*$6,570.00*", "$7,500.00 a month on-demand", "*$930.00 a month less*"]),
        # the verb before, on-demand after: 2 x $9 x 730 = $13,140 vs $12,500: $640 more
        ("2 units at $9/hr for a 730-hr month; their tokens would come to around 12.5k a month on demand. "
         "provisioned or not?", ["*$13,140.00*", "$12,500.00 a month on-demand", "*$640.00 a month more*"]),
        # the units counted after a verb, no noun of their own: 2 x $20 x 730 = $29,200; OD $9,000 + $6,000
        ("a model unit runs $20/hr and they'd need just the 2 for the 730-hr month. traffic is 3B input + 400M output "
         "tokens a month at $3/$15. worth it?", ["*$29,200.00*", "*$15,000.00*", "*$14,200.00 a month more*"]),
        # "take three": 3 x $5 x 730 = $10,950 vs $12,000: $1,050 less
        ("PTU is $5/hr; they'd take three for a month (730 hrs). on-demand they spend $12k a month. worth it?",
         ["*$10,950.00*", "*$1,050.00 a month less*"]),
        # "provisioned or stay on-demand?" with the units and the traffic is the two bills, not the structure choice:
        # 3 x $15 x 730 = $32,850; OD 4,000M x $2 + 1,000M x $8 = $16,000
        ("3 units x $15/hr, 730-hr month, 24/7. they push ~4B input tokens/mo at $2/M and ~1B output at $8/M. "
         "provisioned or stay on-demand?", ["*$32,850.00*", "*$16,000.00*", "*$16,850.00 a month more*"]),
        ("2 PTUs @ $30/hr (730 h month) vs their $50k/mo on-demand. PTUs or stick with on-demand?",
         ["*$43,800.00*", "*$6,200.00 a month less*"]),
    ],
)
def test_units_against_an_on_demand_total_or_traffic_said_loosely(text: str, figures: list[str]) -> None:
    assert_figures(text, figures)


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        # a volume that "comes to" 500M is tokens, not dollars
        ("3 units at $4.80/hr, 730h month. on-demand volume comes to 500M a month. which wins?",
         "a month on-demand for the same traffic"),
        # "3 months" is the term, not three units
        ("PTU at $2/hr, they need 3 months of it. $5k a month on-demand. cheaper?", "3 × $2.00"),
    ],
)
def test_counts_near_units_and_on_demand_are_not_read_as_them(text: str, absent: str) -> None:
    reply = reply_text(text)
    assert absent not in reply, reply


def test_the_structure_choice_without_units_stays_the_choice() -> None:
    reply = reply_text("steady 24/7 support chatbot, about 2B tokens a month. provisioned or stay on-demand?")
    assert "Which pricing structure fits" in reply, reply
