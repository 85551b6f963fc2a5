"""Break-even and markup inputs as reps write them (our own sentences, not a scored batch's): a direct spend named
before a colon or followed by "equivalent at direct", a provisioned bill named with words before its amount or just
after it, set against the on-demand cost of the capacity fully used (the one percentage then is how busy it runs),
a utilization "averaging 0.8", keywords written without their vowels, and the committed price as a share of
on-demand ("0.7x the on-demand price", "65% of OD rates"), which is a discount of the rest."""

from __future__ import annotations

from decimal import Decimal

import pytest

from bot.parse import parse
from tests.support.replies import assert_figures


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
