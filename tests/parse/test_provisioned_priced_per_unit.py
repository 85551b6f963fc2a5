"""Provisioned throughput priced per unit (a unit-hour, a day or a month per unit, a flat price an hour) beside what a
unit serves or the on-demand cost it replaces: the commitment (units × price × hours), one unit-hour's worth
on-demand at full load, break-even utilization, and at a stated utilization the saving or overspend and the
effective cost per 1M tokens actually served (DESIGN.md, the capacity form)."""

from __future__ import annotations

from decimal import Decimal

import pytest

from bot import router
from bot.parse import parse
from tests.support.replies import assert_figures


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        # a unit's throughput said as its input and output sides: they give the mix the unit-hour is priced at
        ("Each PTU at full load handles 1.6M input and 400k output tokens per hour. List is $3 in / $12 out. "
         "$7.20 per PTU-hour, 2 PTUs. Break-even and the monthly commit?",
         ["$9.60", "75%", "$10,512.00"]),
        ("per unit, flat out, we measured 900,000 input + 100,000 output tokens an hour; $2/$10 per 1M on-demand; "
         "$1.40 per unit-hour for 5 units. What's one unit's hourly worth on-demand?",
         ["$2.80", "50%", "$5,110.00"]),
        # the figure said before the unit that serves it
        ("6 units at $7.50 per unit-hour, 5M tokens one unit serves an hour flat out, blended $2/M, they'll run at "
         "50%. commitment, overspend, cost per million actually served?",
         ["$32,850.00", "$10.00", "75%", "$21,900.00", "$10,950.00 a month more", "$3.00/1M", "1.5×"]),
        # "each sustaining / supporting N tokens per minute"
        ("8 model units, each supporting 40k tokens per minute, $6.00 per unit-hour, blended on-demand $3.50/M. "
         "Monthly commitment and break-even?", ["$35,040.00", "$8.40", "71.43%"]),
        ("3 PTUs each sustaining 25,000 tokens per minute at $2.40 per PTU-hour; $2 per million blended; what's "
         "break-even?", ["$3.00", "80%", "$5,256.00"]),
        # one unit, one rate without a side: the unit's tokens are priced at it, the utilization gives the rest
        ("on-demand runs $5 per million. the dedicated unit is $12/hour and pushes 4M tokens an hour; they'd use "
         "70% of it. break-even, and what do they save?",
         ["$20.00", "60%", "$8,760.00", "$10,220.00", "$1,460.00 a month less", "0.857×"]),
        ("Spreadsheet says: on-demand 0.2 cents per 1K tokens, blended; provisioned unit $3.00 per hour, serving "
         "2,500,000 tokens per hour at full load. Expect 40% use. Effective cost per 1M served?",
         ["$5.00", "60%", "$3.00/1M", "1.5×"]),
    ],
)
def test_units_priced_by_the_unit_hour_against_what_a_unit_serves(text: str, figures: list[str]) -> None:
    assert router.answer(text, rate_cards={}).intent == "break_even"
    assert_figures(text, figures)


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        # a price per unit per day or month is the unit-hour price it amounts to
        ("$120/day per PTU, they need 4 PTUs. OD at $0.50 in / $2 out for 600M input and 80M output tokens a day. "
         "Monthly for both? (730h month)", ["$5.00", "$14,600.00", "$13,991.67"]),
        ("Reserved capacity is $3,650 per unit per month, 2 units, each unit serves 3M tokens an hour, $2.50/M "
         "blended; break-even?", ["$5.00", "$7.50", "66.67%", "$7,300.00"]),
        ("PT came back at $48 a day each unit, 5 units; on-demand for the same tokens is about $9,000/mo. cheaper?",
         ["$2.00", "$7,300.00", "$1,700.00"]),
        # a flat hourly price with no unit counted is one block of capacity
        ("Dedicated endpoint at a flat $9.50/hour, 730-hour month; the same traffic on-demand would be about "
         "$8,000/mo. Which is cheaper?", ["$6,935.00", "$1,065.00", "13.31% less"]),
        ("The provisioned deployment is a flat $14/hr; on demand the customer spends roughly $9,000 a month. "
         "Difference?", ["$10,220.00", "$1,220.00"]),
        # one side of the traffic stated, one rate: the rate prices that side
        ("2 PTUs at $15 per PTU-hour; they would carry ~6B input tokens a month (output negligible), which "
         "on-demand is $4 per million. Cheaper over a month?", ["$21,900.00", "$24,000.00", "$2,100.00"]),
        # "does PT win" asks, whatever the load is called
        ("6 PTUs at $4/hr each, steady 24/7, 730h month. OD for the same tokens is ~$20k/mo. does PT win",
         ["$17,520.00", "$2,480.00"]),
        # a flat monthly bill against tokens at a blended rate: the saving in dollars and as a share
        ("4bn tok/mo at a blended OD rate of $3/M. provisioned quote is $10k/mo flat. how much do they save",
         ["$12,000.00", "$2,000.00", "16.67% less"]),
        # the provisioned rate said a few words from its name
        ("On-demand effective rate is $8.00 per million tokens blended. The reserved quote they got translates to "
         "the equivalent of $5.20 per million when fully used. Discount and break-even?", ["35%", "65%"]),
    ],
)
def test_unit_prices_said_over_other_periods_or_flat(text: str, figures: list[str]) -> None:
    assert router.answer(text, rate_cards={}).intent == "break_even"
    assert_figures(text, figures)


def test_a_pasted_table_with_a_long_key_is_read_row_by_row() -> None:
    text = ("The quote:\n| item | value |\n|---|---|\n| provisioned units | 2 |\n| price per unit-hour | $16.00 |\n"
            "| tokens one unit serves per hour at full load | 4,000,000 |\n| their blended on-demand rate | $5 per 1M "
            "tokens |\nThey expect 50% of capacity. Commitment, on-demand cost of what they use, break-even?")
    assert_figures(text, ["$23,360.00", "$14,600.00", "80%"])


@pytest.mark.parametrize(
    ("text", "field", "value"),
    [
        # a unit asked about is not a count of units
        ("3 units at $20/unit-hour serving 2M tokens an hour each at $5/M blended. What is one unit's share?",
         "units", Decimal(3)),
        # units named in the plural with no count are asked about, not taken to be one
        ("PTUs are $6/hour each, serving 2M tokens an hour, blended $4/M. break-even?", "units", None),
        # an hourly price for something else counted is not a provisioned unit
        ("4 GPUs at $2.50/hour vs $5k/month on-demand, break-even?", "units", None),
        # a day's price with no unit is a bill, not a unit's price
        ("provisioned would cost $96 a day vs on-demand at $120 a day; break-even?", "unit_hour_price", None),
        ("provisioned would cost $96 a day vs on-demand at $120 a day; break-even?", "provisioned_spend", Decimal(96)),
        # rates with their sides stay input and output, never blended
        ("unit $9/hour serving 2M tokens/hour, 80% input, $3 in / $15 out, 1 unit. break-even?", "blended_rate", None),
        # an input and output count a day with no unit before them stay the traffic's
        ("3 units at $20/unit-hour; 2.4M input and 600k output tokens per hour at $5/$15. break-even?",
         "input_share", None),
    ],
)
def test_near_misses_keep_their_reading(text: str, field: str, value: object) -> None:
    assert getattr(parse(text).fields, field) == value


def test_plural_units_without_a_count_are_asked_for() -> None:
    reply = router.answer("PTUs are $6/hour each, serving 2M tokens an hour, blended $4/M. break-even?", rate_cards={})
    assert "units" in {m["field"] for m in reply.data.get("missing") or []}


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        ("2 PTUs at $30 per PTU-hour, each serves 6M tokens an hour flat out, $4/M blended. daily commit?",
         ["$1,440.00", "$43,800.00"]),
        ("4 units at $12/unit-hour, each unit handles 50k tokens per minute, blended $3/M: what's the commitment per "
         "day?", ["$1,152.00"]),
        ("7 model units at $6 per unit-hour, each sustaining 30k tokens per minute, $4 per million blended; cost per "
         "day and break-even?", ["$1,008.00", "83.33%"]),
    ],
)
def test_the_day_asked_for_beside_the_month(text: str, figures: list[str]) -> None:
    assert_figures(text, [*figures, "Over a day (24 h)"])


def test_a_load_running_all_day_is_no_day_asked_for() -> None:
    reply = router.answer("3 units at $45 per unit-hour, each unit pushes ~12M tokens/hour flat out, $5/M blended, "
                          "running 24h/day. break-even?", rate_cards={}).text
    assert "75%" in reply
    assert "Over a day" not in reply
