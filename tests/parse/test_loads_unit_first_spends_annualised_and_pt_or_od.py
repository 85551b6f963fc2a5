"""Break-even, scenario and per-call inputs in more of reps' shapes (our own sentences): a load named by its unit
before the figure ("peak tokens/min: 500k", "our TPM averages 150k") pairs into the peak-to-average ratio; an
"annualised" on-demand spend is a year's; "PT or OD?" with no discount or bill is the choice of structure (with one it
stays the break-even sum); and a fee a call written without its dollar sign ("per call .006") is a fee."""

from __future__ import annotations

from decimal import Decimal

import pytest

from bot import router
from bot.parse import Intent, parse
from tests.support.replies import assert_figures


@pytest.mark.parametrize(
    ("text", "par"),
    [
        ("| peak tokens/min | 600k |\n| average tokens/min | 150k |\n| discount | 40% |\n\nsized for peak, worth it?",
         Decimal(4)),
        ("our TPM averages 150k and peak TPM is 450k; 40% discount. provision for peak?", Decimal(3)),
        ("peak RPM hits 900, average rpm 300; 35% off. sized for peak, worth it?", Decimal(3)),
    ],
)
def test_loads_named_by_their_unit_first_give_the_peak_to_average_ratio(text: str, par: Decimal) -> None:
    assert parse(text).fields.peak_to_average == par


def test_a_unit_first_load_sized_for_peak_is_worked_out() -> None:
    # PAR 600k ÷ 240k = 2.5; 1 − 40% = 60% × 2.5 = 1.5× on-demand at 40% utilization
    assert_figures("peak tokens/min: 600k, average tokens/min: 240k, provisioned discount 40%. sized for peak?",
                   ["*2.5*", "1.5× on-demand", "40%"])


def test_one_unit_first_load_alone_gives_no_ratio() -> None:
    assert parse("peak TPM is 450k; 40% discount. provision for peak?").fields.peak_to_average is None


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        # $800,000 × (1 − 30%) ÷ 80% = $700,000 a year
        ("annualized OD spend is ~$800k; PT 30% off; they'd sit at 80%. what's the new annual bill?",
         ["*$700,000.00* a year", "$100,000.00 less"]),
        # $2M × 0.6 ÷ 0.75 = $1.6M a year
        ("Current annualised on-demand spend: $2M\nProvisioned: 40% discount\nExpected utilisation: 75%\nsaving?",
         ["*$1,600,000.00* a year"]),
    ],
)
def test_an_annualised_spend_is_a_years(text: str, figures: list[str]) -> None:
    assert parse(text).fields.spend_period == "year"
    assert_figures(text, figures)


@pytest.mark.parametrize(
    "text",
    [
        "round-the-clock flat load, PAR 1.1, high volume, they expect ~90% of planned capacity used. PT or OD?",
        "steady 24/7 load, PAR about 1.2, high volume, they'd run at 85% - provisioned or on-demand?",
        "ingestion pipeline, flat all day, huge volume: on-demand or PTUs?",
    ],
)
def test_pt_or_od_without_a_discount_is_the_choice_of_structure(text: str) -> None:
    reply = router.answer(text, rate_cards={})
    assert reply.intent == "scenario"
    assert "Provisioned throughput" in reply.text


@pytest.mark.parametrize(
    "text",
    [
        "PT or OD at 40% off and 70% util?",
        "35% off PTUs, they'd run at 80%: PT or OD, which is cheaper?",
        "2 PTUs at $20/hr vs $30k/mo on-demand: PT or OD?",
    ],
)
def test_pt_or_od_with_the_sums_given_stays_the_break_even(text: str) -> None:
    assert parse(text).intent is Intent.BREAK_EVEN


@pytest.mark.parametrize(
    ("text", "fee"),
    [
        ("per call .006 vs 700 in / 150 out @ $2/$10 ptok", Decimal("0.006")),
        ("fee per call 0.004, 1k in / 200 out at $2/$8", Decimal("0.004")),
        ("flat fee/request: $0.0125 vs 3k in / 500 out at $3/$15", Decimal("0.0125")),
        ("price / call = 1.2c, 3k in / 500 out at $3/$15", Decimal("0.012")),
    ],
)
def test_a_fee_a_call_without_its_sign_is_a_fee(text: str, fee: Decimal) -> None:
    assert parse(text).fields.per_call_fee == fee


def test_a_bare_fee_is_compared_with_per_token() -> None:
    # 700 × $2/1M + 150 × $10/1M = $0.0014 + $0.0015 = $0.0029 against $0.006
    assert_figures("per call .006 vs 700 in / 150 out @ $2/$10 ptok", ["*$0.0029*", "*$0.006*"])


@pytest.mark.parametrize("text", ["per call .5 tokens of overhead, 2k in / 300 out at $3/$15",
                                  "calls per day 0.5M, 2k in / 300 out at $3/$15"])
def test_a_fraction_that_is_not_money_is_not_a_fee(text: str) -> None:
    assert parse(text).fields.per_call_fee is None
