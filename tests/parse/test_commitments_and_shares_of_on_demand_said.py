"""Break-even and markup inputs as reps write them (our own sentences, not a scored batch's): a direct spend named
before a colon or followed by "equivalent at direct", a provisioned bill named with words before its amount or just
after it, set against the on-demand cost of the capacity fully used (the one percentage then is how busy it runs),
a utilization "averaging 0.8", keywords written without their vowels, and the committed price as a share of
on-demand ("0.7x the on-demand price", "65% of OD rates"), which is a discount of the rest."""

from __future__ import annotations

from decimal import Decimal

import pytest

from bot.parse import parse
from tests.support.replies import assert_figures, reply_text


@pytest.mark.parametrize(
    ("text", "spend", "figures"),
    [
        # (1 + 10%) × (1 − 5%) − 1 = 4.5%; $72,000 × 1.045 = $75,240, $3,240 more
        ("Direct API spend for the account: $72,000/year. Vertex lists 10% above direct; their commit discount is 5%. "
         "Effective markup and annual premium?", "72000", ["*4.5%*", "*$75,240.00* a year", "$3,240.00 a year more"]),
        # (1 + 30%) × (1 − 15%) − 1 = 10.5%; $20,000 × 1.105 = $22,100, $2,100 more
        ("They spend roughly $20k/month equivalent at direct prices. Azure list is 30% over, EA 15% off. real markup?",
         "20000", ["*10.5%*", "*$22,100.00* a month", "$2,100.00 a month more"]),
    ],
)
def test_a_direct_spend_named_before_a_colon_or_as_equivalent(text: str, spend: str, figures: list[str]) -> None:
    assert parse(text).fields.direct_spend == Decimal(spend)
    assert_figures(text, figures)


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        # 25 / 40 = 62.5% (a 37.5% discount); at 70%: $40,000 × 70% = $28,000 on-demand against $25,000
        ("$25k/mo reservation covers capacity that would cost $40k/mo on-demand if fully used. they expect 70%. b/e?",
         ["*62.5%*", "*37.5%*", "$28,000.00", "*$3,000.00 a month less*"]),
        # 90 / 150 = 60%; at 55%: $150,000 × 55% = $82,500 against $90,000, $7,500 more
        ("The PT commitment we're proposing: $90,000 per quarter. Same capacity on-demand, if run flat out: $150,000 "
         "per quarter. They think they'll use about 55% of it, and I'd like the 55% case spelled out.",
         ["*60%*", "*40%*", "$82,500.00", "*$7,500.00 a quarter more*"]),
        # 18 / 24 = 75%; at 80%: $24,000 × 80% = $19,200 against $18,000, $1,200 less
        ("reservation: $18,000/month. on-demand value of that capacity when maxed out: $24,000/month. expected "
         "utilisation 0.8", ["*75%*", "*25%*", "$19,200.00", "*$1,200.00 a month less*"]),
    ],
)
def test_a_commitment_against_the_capacity_fully_used_on_demand(text: str, figures: list[str]) -> None:
    ask = parse(text)
    assert ask.ambiguities == [] and ask.unused == []
    assert_figures(text, figures)


def test_a_lone_percentage_stays_a_question_when_the_on_demand_spend_is_not_at_full_use() -> None:
    # the on-demand figure is today's bill, not the capacity fully used: the dollars set no discount
    ask = parse("provisioned would run them $30k/month vs $26k/mo on-demand today, and 20%? does it pay?")
    assert [a.field for a in ask.ambiguities] == ["percent"]


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        # (1 − 30%) ÷ 80% = 0.875
        ("disc 0.3, utilisation averaging 0.8 - cost vs on-demand?", ["*70%*", "0.875×", "*12.5% below on-demand*"]),
        # vowels left out: 1 − 45% = 55%; 55% ÷ 80% = 0.6875
        ("brk even at a 45% dscnt? they run 80", ["*55%*", "0.6875×"]),
    ],
)
def test_utilization_averaging_a_fraction_and_words_without_vowels(text: str, figures: list[str]) -> None:
    assert_figures(text, figures)


@pytest.mark.parametrize(
    ("text", "discount", "figures"),
    [
        # 1 − 0.7 = 30% off: break-even 70%; 70% ÷ 80% = 0.875
        ("PTUs come in at 0.7x the on-demand price and they'd sit at 80% util, worth it?", "0.3",
         ["*70%*", "0.875×"]),
        # 1 − 65% = 35% off: break-even 65%; 65% ÷ 60% = 1.0833
        ("provisioned is priced at 65% of OD rates, utilization 60%", "0.35", ["*65%*", "1.0833×"]),
        ("the reserved tier works out to 0.6 of the payg price; break-even?", "0.4", ["*60%*"]),
    ],
)
def test_the_committed_price_as_a_share_of_on_demand(text: str, discount: str, figures: list[str]) -> None:
    assert parse(text).fields.discount == Decimal(discount)
    assert_figures(text, figures)


@pytest.mark.parametrize(
    "text",
    [
        "provisioned for the batch jobs; 60% of on-demand traffic is input. cost?",  # a share of traffic
        "60% of on-demand is what they pay for reads",  # no committed capacity named
    ],
)
def test_shares_of_on_demand_that_are_no_discount(text: str) -> None:
    assert parse(text).fields.discount is None


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        # 1,460M × $2 + 146M × $10 = $4,380 a month at full load ÷ (2 × 730 h) = $3.00 a unit-hour; 1 − 2.40/3 = 20%
        ("2 units at $2.40/unit-hour; flat out they'd push 1,460M input and 146M output a month at $2/$10. worth it?",
         ["*$3.00* on-demand", "a *20%* discount versus on-demand"]),
        # $73,000 ÷ (5 × 730 h) = $20.00 a unit-hour; 1 − 10/20 = 50%
        ("5 units @ $10/hr; their on-demand bill would be $73k/mo if the units were maxed out. they'll run about 60%",
         ["*$20.00* on-demand", "a *50%* discount versus on-demand", "*$43,800.00*"]),
    ],
)
def test_a_unit_hour_on_demand_and_the_discount_it_makes(text: str, figures: list[str]) -> None:
    assert_figures(text, figures)


@pytest.mark.parametrize(
    ("text", "units", "figures"),
    [
        # 30k × 60 = 1.8M tokens a unit-hour × $4/M = $7.20; 5 / 7.20 = 69.44%; 6 × $5 × 730 = $21,900
        ("1 PTU = 30k tokens/min. Quote is 6 units at $5/unit-hour, blended on-demand $4/M, they'd run 50%",
         Decimal(6), ["*$21,900.00*", "*$7.20*", "*69.44%*"]),
        # 2M × $5/M = $10 a unit-hour; 6 / 10 = 60%; 2 × 2M × 730 × 80% = 2,336M tokens × $5/M = $11,680
        ("2 units @ $6/hr, each unit ~2M tok/hr flat out, $5/M blended on demand, util ~80%. monthly?",
         Decimal(2), ["*$8,760.00*", "*$11,680.00*", "*60%*"]),
    ],
)
def test_one_units_throughput_said_as_what_a_unit_is(text: str, units: Decimal, figures: list[str]) -> None:
    assert parse(text).fields.units == units
    assert_figures(text, figures)


def test_the_capacity_over_a_year_when_the_ask_names_one() -> None:
    # 2 × $6 × 8,760 h = $105,120; 2 × 2M × 8,760 × 80% = 28,032M tokens × $5/M = $140,160
    assert_figures("2 units @ $6/hr, each unit ~2M tok/hr flat out, $5/M blended on demand, util ~80%. annual cost?",
                   ["Over a year (8,760 h)", "*$105,120.00*", "*$140,160.00*"])


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        # 2.75 / 2.50 − 1 = 10%, no EA discount
        ("direct list is $2.50/$10 per M, Vertex lists $2.75/$11, no EA. markup?", ["*10%*"]),
        # 1.50 / 1.25 − 1 = 20%; 1.2 × 0.9 − 1 = 8%; $1.25 × 1.08 = $1.35, $10 × 1.08 = $10.80
        ("direct 1.25/10, azure list 1.50/12, EA 10% off. effective rates?", ["*20%*", "*8%*", "*$1.35/1M*",
                                                                              "*$10.80/1M*"]),
    ],
)
def test_direct_rates_named_before_them_beside_the_hyperscalers(text: str, figures: list[str]) -> None:
    assert_figures(text, figures)


def test_token_counts_under_a_volume_heading_are_not_calls() -> None:
    # 1.2 × 0.9 − 1 = 8%; 300M × $2 + 60M × $8 = $600 + $480 = $1,080 direct; × 1.08 = $1,166.40
    text = "Bedrock is 20% over direct, EDP 10%. Direct $2/$8 per 1M.\nMonthly volume: 300M input, 60M output\nbill?"
    ask = parse(text)
    assert ask.fields.calls_per_day is None and ask.fields.input_tokens_per_day is not None
    assert_figures(text, ["*$1,080.00* direct", "*$1,166.40* on the hyperscaler"])


@pytest.mark.parametrize(
    "text",
    [
        "customer wants the reservation big enough for their busiest hour; 40% off. will it pay?",
        "they'd size it so they never spill over to on-demand. 30% discount. break-even?",
    ],
)
def test_capacity_for_the_busiest_hour_asks_for_the_peak_to_average_ratio(text: str) -> None:
    ask = parse(text)
    assert "size_for_peak" in ask.fields.traits and ask.fields.utilization == []
    assert "peak-to-average" in reply_text(text)


@pytest.mark.parametrize(
    ("text", "field", "value", "figures"),
    [
        # 1 − 35% = 65%; 65% ÷ 50% = 1.3
        ("ptu disc 35, they'd average 50% util. cost vs od?", "discount", "0.35", ["*65%*", "1.3×"]),
        # (1 + 22%) × (1 − 7%) − 1 = 13.46%
        ("bedrock markup 22, EDP 7. real markup?", "markup", "0.22", ["*13.46%*"]),
    ],
)
def test_a_discount_or_markup_without_its_percent_sign(text: str, field: str, value: str, figures: list[str]) -> None:
    assert getattr(parse(text).fields, field) == Decimal(value)
    assert_figures(text, figures)


@pytest.mark.parametrize(
    ("text", "discount"),
    [
        ("discount 0.4 on provisioned, util 70%", Decimal("0.4")),  # a fraction: 40%, never 0.4%
        ("their discount of 2 million tokens a month", None),  # a count, not a discount
    ],
)
def test_figures_after_discount_that_are_not_a_bare_percentage(text: str, discount: Decimal | None) -> None:
    assert parse(text).fields.discount == discount


def test_a_direct_spend_with_its_period_said_before() -> None:
    # (1 + 12%) × (1 − 5%) − 1 = 6.4%; $90,000 × 1.064 = $95,760, $5,760 more
    text = "Monthly direct spend is $90k. Azure lists 12% over, EA 5%. what's the monthly Azure bill?"
    assert parse(text).fields.direct_spend == Decimal(90_000)
    assert_figures(text, ["*6.4%*", "*$95,760.00* a month", "$5,760.00 a month more"])
