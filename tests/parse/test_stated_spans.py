"""Periods other than the day and the 730-hour month, as reps state them (our own sentences, not a scored
batch's): a span of days ("over 30 days", "the 30-day number"), a month of working days ("per working day, 21
working days a month") and a quarter (three 730-hour months: "400k calls a quarter", "$80k a quarter direct")."""

from __future__ import annotations

from decimal import Decimal

import pytest

from bot.parse import parse
from pricing.periods import calls_in, days_in
from tests.support.replies import assert_figures


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        # a day: 10M × $1/1M + 1M × $4/1M = $14.00; × 30 = $420.00 (input $300.00, output $120.00)
        ("10M input and 1M output tokens a day at $1/$4 - what's it over 30 days?",
         ["Over 30 days: $14.00 × 30 days = *$420.00*", "$300.00", "$120.00"]),
        # a day: 5M × $2/1M + 500k × $10/1M = $15.00; × 14 = $210.00
        ("5M in / 500k out per day on $2/$10, need the 14-day total for the pilot", ["*$210.00*"]),
    ],
)
def test_a_span_of_days_is_the_daily_cost_times_the_days(text: str, figures: list[str]) -> None:
    assert_figures(text, figures)


def test_a_month_of_working_days() -> None:
    # 4,000 calls × (1,000 × $1/1M + 200 × $5/1M = $0.002) = $8.00 a working day; × 21 = $168.00
    text = "4k requests per business day, 21 business days a month, 1k in / 200 out at $1/$5. monthly?"
    assert parse(text).fields.calls_per_day == Decimal(4000)
    assert_figures(text, ["Per month of 21 days: $8.00 × 21 days = *$168.00*"])


def test_a_quarter_is_three_730_hour_months() -> None:
    assert days_in("quarter") == Decimal(2190) / 24
    assert calls_in(Decimal(400_000) * 24 / 2190, "quarter") == 400_000


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        # 400,000 × (1,000 × $1/1M + 250 × $4/1M = $0.002) = $800.00 a quarter
        ("400k calls a quarter, 1k in / 250 out at $1/$4 - quarterly cost?", ["*$800.00*"]),
        # per-call 300,000 × $0.005 = $1,500.00; per-token 300,000 × (2,000 × $0.5/1M + 100 × $2/1M = $0.0012) = $360
        ("300k requests per quarter at $0.005 per request, or per-token $0.50/$2 on 2k in / 100 out: quarter cost "
         "each?",
         ["$1,500.00", "$360.00"]),
        # 400,000 hits (80% of 500,000) × 2,000 × ($3 − $0.30)/1M = $2,160.00 a quarter (openai: no write premium)
        ("500k calls per quarter, 80% hit a 2k-token cached prefix, $3 in vs $0.30 cached, openai. saving per "
         "quarter?", ["$2,160.00"]),
        # direct $80,000 a quarter × (1.10 × 0.90 = 0.99) = $79,200.00 a quarter
        ("bedrock list is 10% over direct, EA 10%, direct would be $80k a quarter. quarterly bill on bedrock?",
         ["*$79,200.00* a quarter"]),
    ],
)
def test_a_volume_or_spend_stated_per_quarter_is_priced_over_the_quarter(text: str, figures: list[str]) -> None:
    assert_figures(text, figures)


@pytest.mark.parametrize("text", ["a quarter off on provisioned, 80% utilised", "they get a quarter off list"])
def test_a_quarter_off_is_still_a_share(text: str) -> None:
    assert parse(text).fields.discount == Decimal("0.25")


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        # 4,000 × ($3 − $0.30)/1M = $0.0108 a hit; 2,000 calls a day all hitting: $21.60 a day, × 7 = $151.20 a week
        ("14k calls a week, 4k-token prefix, $3 input and $0.30 cached. weekly saving if every call hits?",
         ["$151.20 a week"]),
        # 1,000 × ($2 − $0.50)/1M = $0.0015; 300,000 calls a quarter: 3,287.67 a day × 91.25 = $450.00 a quarter
        ("300k calls a quarter, 1k-token cached prefix, $2 in / $0.50 cached, every call hits. quarterly saving?",
         ["$450.00 a quarter"]),
    ],
)
def test_every_call_hitting_is_shown_over_the_period_asked(text: str, figures: list[str]) -> None:
    assert_figures(text, figures)
