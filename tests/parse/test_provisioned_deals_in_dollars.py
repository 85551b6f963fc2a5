"""Provisioned deals stated in dollars rather than as a discount (our own sentences, not a scored batch's): a commitment
over a term against the on-demand value of the same capacity, a flat price for capacity good for so many tokens a
period, and units whose whole capacity is said in tokens an hour. The reply works out the break-even, the discount the
price amounts to and the cost both ways."""

from __future__ import annotations

from decimal import Decimal

import pytest

from bot.parse import Intent, parse
from tests.support.replies import assert_figures, reply_text


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        # $900k ÷ 12 = $75,000 a month against $100k at full use: 75%, 25% off; at 80% on-demand is $80,000: $5,000 less
        ("one-year PT commitment of $900k. Same capacity fully used would be $100k a month on-demand; they'll run at "
         "80%. monthly saving?", ["*$75,000.00*", "*75%*", "*25%*", "$80,000.00", "$5,000.00"]),
        # $2.4M ÷ 12 = $200,000 against $250k: 80%, 20% off; at 90%: $225,000, $25,000 less
        ("$2.4M for a 12-month reservation. On-demand for that capacity at full use: $250k/month. Expect ~90% "
         "utilization. break-even?", ["*$200,000.00*", "*80%*", "*20%*", "$225,000.00", "$25,000.00"]),
        # a quarter's $90,000 against $120k for the same quarter at full use: 75%; at 60%: $72,000, $18,000 more
        ("Reserved capacity: $90,000 for the quarter. The same capacity fully used would be $120k on-demand. They'll "
         "use 60% of it. break-even, and how far over are they?", ["*75%*", "$72,000.00", "$18,000.00"]),
        # $150,000 a quarter × 730 ÷ 2,190 = $50,000 a month against $60k: 83.33%; at 70%: $42,000, $8,000 more
        ("3-month reserved deal for $150,000; the on-demand equivalent of that capacity fully used is $60k a month. "
         "they'd average 70%. worth it?", ["*$50,000.00*", "*83.33%*", "$42,000.00", "$8,000.00"]),
    ],
)
def test_a_commitment_against_the_on_demand_value_of_its_capacity(text: str, figures: list[str]) -> None:
    assert_figures(text, figures)


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        # 4B × $2 = $8,000 at full use: 5,000 ÷ 8,000 = 62.5%; 3B ÷ 4B = 75%; today 3B × $2 = $6,000: $1,000 saved
        ("Provisioned: $5,000/month flat for capacity good for up to 4B tokens/month. They use 3B tokens/month today "
         "at a blended $2.00 per million. break-even and saving?",
         ["*$8,000.00*", "*62.5%*", "*75%*", "*$6,000.00*", "$1,000.00"]),
        # blended 0.8 × $1 + 0.2 × $5 = $1.80; 200M × $1.80 = $360 a day; 300 ÷ 360 = 83.33%; 150M: 75%, $270, $30 more
        ("capacity for 200M tokens/day flat out, $300/day. On-demand $1 in / $5 out per M, 80/20 input/output mix. "
         "they run ~150M tokens/day. break-even?", ["*$1.80/1M*", "*$360.00*", "*83.33%*", "*75%*", "*$270.00*",
                                                    "$30.00"]),
        # 10B × $1.50 = $15,000: 12,000 ÷ 15,000 = 80%; 9B: 90%, $13,500, $1,500 less
        ("$12,000 a month commit, the capacity handles up to 10B tokens a month at full use; blended on-demand "
         "$1.50/M; they push 9B tokens a month. break-even?", ["*$15,000.00*", "*80%*", "*90%*", "*$13,500.00*",
                                                             "$1,500.00"]),
        # 1B × $2.50 = $2,500 a week: 2,000 ÷ 2,500 = 80%; 700M: 70%, $1,750, $250 more
        ("PT reservation covers 1B tokens/week, priced at $2,000/week. on-demand blended $2.50/M, usage ~700M "
         "tokens/week. where's break-even?", ["*$2,500.00*", "*80%*", "*70%*", "*$1,750.00*", "$250.00"]),
    ],
)
def test_a_flat_price_for_capacity_good_for_so_many_tokens(text: str, figures: list[str]) -> None:
    assert parse(text).intent is Intent.BREAK_EVEN
    assert_figures(text, figures)


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        # 6 × $20 = $120 an hour against 60M × $3 = $180: 66.67%; 45M ÷ 60M = 75%; 6 × $20 × 730 = $87,600
        ("6 units at $20/unit-hour; those 6 units max out around 60M tokens/hour. On-demand blended $3/1M. They "
         "average 45M tokens/hour. break-even and monthly both ways?", ["*$87,600.00*", "*66.67%*", "75%",
                                                                       "$98,550.00"]),
        # one MU flat out 5M × $10 = $50 against $40: 80%; 3 × $40 × 730 = $87,600
        ("Each MU handles ~5M tokens/hour; 3 model units at $40/hr; on-demand $10/M blended. monthly commit and "
         "break-even?", ["*$87,600.00*", "*$50.00*", "*80%*"]),
        # a sheet's row: 50,000 × 60 = 3M tokens an hour × $12 = $36 against $30: 83.33%; 2 × $30 × 730 = $43,800
        ("from the sheet:\n| item | value |\n|---|---|\n| PT units | 2 |\n| price per unit-hour | $30 |\n"
         "| throughput per unit | 50,000 tokens/min |\n| on-demand blended | $12 / 1M |\nbreak-even?",
         ["*$43,800.00*", "*$36.00*", "*83.33%*"]),
    ],
)
def test_units_and_the_capacity_they_serve(text: str, figures: list[str]) -> None:
    assert_figures(text, figures)


def test_a_term_with_a_unit_price_is_no_dollar_commitment() -> None:
    fields = parse("1-year commitment, 4 units at $9.60/hr, 38% off: the annual commit?").fields
    assert fields.provisioned_spend is None and fields.unit_hour_price == Decimal("9.6")


def test_traffic_the_units_carry_is_not_their_capacity() -> None:
    text = ("Azure quoted 2 provisioned units at $35 an hour each. At our expected load those units would serve about "
            "14 million tokens an hour, which on-demand would cost $6 per million blended.")
    assert parse(text).fields.tokens_per_minute_per_unit is None


def test_each_units_throughput_is_not_spread_over_the_units() -> None:
    fields = parse("2 provisioned units, each good for 50,000 tokens a minute flat out, at $10 a unit-hour").fields
    assert fields.tokens_per_minute_per_unit == Decimal(50000)


def test_an_on_demand_amount_with_no_period_and_no_commitment_is_left_out() -> None:
    assert "$300k" in reply_text("40% off, 70% utilization, the same capacity would be $300k on-demand")


@pytest.mark.parametrize(
    "text",
    [
        "if we provision the support bot for peak at 35% off, what does it cost vs their $12k/mo on-demand?",
        "They'd want headroom for peak rather than average; the PTU quote is 30% under on-demand. Above break-even?",
        "provisioning the whole search stack for their peak at 40% off: cheaper than on-demand?",
        "if we reserved the agent fleet for peak load at a 45% discount, where do they land?",
    ],
)
def test_capacity_sized_for_peak_with_no_ratio_asks_for_it(text: str) -> None:
    from bot.router import understand

    answer = understand(text)
    assert [m.key for m in answer.missing] == ["peak_to_average"]


@pytest.mark.parametrize(
    "text",
    [
        "provisioned at 40% off, 75% utilization, their peak-to-average is 1.3. break-even?",
        "size it for the peak-to-average of 2 at 35% off?",
    ],
)
def test_a_peak_to_average_said_is_not_asked_for(text: str) -> None:
    from bot.router import understand

    assert "peak_to_average" not in [m.key for m in understand(text).missing]


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        # 1 ÷ 1.25 = 80%: $64k × 0.7 × 1.25 = $56,000; 1 ÷ 1.5 = 66.67%: × 1.5 = $67,200, $3,200 more
        ("sized for peak, PAR ~1.25, 30% off, on-demand $64k/mo: monthly cost? and if the PAR is really 1.5?",
         ["*$56,000.00*", "66.67%", "*$67,200.00*", "$3,200.00"]),
        # 1 ÷ 1.2 = 83.33%: $20k × 0.6 × 1.2 = $14,400; PAR 2: 50%, × 2 = $24,000, $4,000 more
        ("provisioned for peak at 40% off with peak-to-average 1.2, they spend $20,000 a month on-demand. what if "
         "peak-to-average turns out to be 2x?", ["*$14,400.00*", "50%", "*$24,000.00*", "$4,000.00"]),
        # the ratio said only in the what-if: 1 ÷ 1.6 = 62.5% at 45% off: (1 − 45%) × 1.6 = 0.88×
        ("45% off, sized for peak. what if the PAR is 1.6?", ["62.5%", "0.88×"]),
    ],
)
def test_a_second_peak_to_average_ratio_is_worked_out_beside_the_first(text: str, figures: list[str]) -> None:
    assert_figures(text, figures)


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        # 400M × 730 ÷ 24 = 12,166,666,667 tokens × $2.40 = $29,200 against $25,000: $4,200 less
        ("they push about 400M tokens a day at a blended $2.40 per million. the provisioned offer is a flat $25,000 a "
         "month for capacity that covers it. monthly saving?", ["*$29,200.00*", "$4,200.00"]),
        # 1B × $3 = $3,000 a week against $3,500: $500 more
        ("usage ~1B tokens/week, blended on-demand $3/M; the PT commitment would be $3,500/week flat. worth it?",
         ["*$3,000.00*", "$500.00"]),
        # 9B × $1.20 = $10,800 against $9,000: $1,800 less
        ("9B tokens a month at $1.20/M blended today; reserved capacity is $9,000 a month. how much do they save?",
         ["*$10,800.00*", "$1,800.00"]),
    ],
)
def test_a_flat_commitment_against_the_tokens_it_carries(text: str, figures: list[str]) -> None:
    assert parse(text).intent is Intent.BREAK_EVEN
    assert_figures(text, figures)


def test_tokens_at_a_rate_with_no_commitment_stay_a_quote() -> None:
    assert parse("400M tokens a day at a blended $2.40 per million: monthly bill?").intent is Intent.QUOTE
