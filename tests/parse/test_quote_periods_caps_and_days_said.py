"""Quotes over the period the rep names (our own sentences, not a scored batch's): the working days a year ("240
working days a year"), workdays a month said as one word, a month of whole days said as "mo" or "mth", a quarter of
those months, a volume stated per year, and a hard cap or budget with the headroom (or overrun) against it."""

from __future__ import annotations

from decimal import Decimal

import pytest

from bot.parse import parse
from tests.support.replies import assert_figures, reply_text


@pytest.mark.parametrize(
    "text, days, figures",
    [
        # 8 × $1 + 1 × $5 = $13 a day; × 240 = $3,120
        ("8M input + 1M output tokens per working day, 240 working days a year, $1/$5 per M. yearly total?", 240,
         ["$13.00", "$3,120.00"]),
        # 5 × $2 + 2 × $10 = $30 a day; × 200 = $6,000
        ("200 business days/yr, 5M in and 2M out per day at $2/$10 per M - annual?", 200, ["$30.00", "$6,000.00"]),
        # 20 × $0.50 + 4 × $2 = $18 a day; × 260 = $4,680
        ("20M input tokens a day and 4M output, $0.50/$2 per M, runs 260 workdays per year. what's the year?", 260,
         ["$18.00", "$4,680.00"]),
    ],
)
def test_a_year_of_the_days_said(text: str, days: int, figures: list[str]) -> None:
    assert parse(text).fields.days_per_year == Decimal(days)
    assert_figures(text, [*figures, f"Per year of {days} days"])


@pytest.mark.parametrize("text", ["10M in + 2M out a day, $0.80/$4, annual?",
                                  "250 calls a day, 2k in / 400 out, $3/$15"])
def test_no_days_a_year_said(text: str) -> None:
    assert parse(text).fields.days_per_year is None


def test_a_year_without_its_days_is_365() -> None:
    # $16 a day × 365 = $5,840
    assert_figures("10M in + 2M out a day, $0.80/$4, annual?", ["$5,840.00"])


@pytest.mark.parametrize(
    "text, days, figures",
    [
        # 12 × $1 + 3 × $4 = $24 a day; × 20 = $480
        ("12M in, 3M out per workday, 20 workdays a month, $1/$4 per M. monthly?", 20, ["$24.00", "$480.00"]),
        # 1 × $3 + 0.5 × $15 = $10.50 a day; × 22 = $231
        ("22 work-days/mo, 1M in + 500k out each day at $3/$15", 22, ["$10.50", "$231.00"]),
        # 10,000 × ($0.003 + $0.003) = $60 a day; × 30 = $1,800
        ("monthly on a 30-day mo: 10k calls/day, 1k in / 200 out, $3/$15", 30, ["$60.00", "$1,800.00"]),
        # 2 × $1 + 1 × $2 = $4 a day; × 31 = $124
        ("31-day mth pls: 2M in + 1M out a day @ $1/$2", 31, ["$4.00", "$124.00"]),
    ],
)
def test_a_month_of_the_days_said(text: str, days: int, figures: list[str]) -> None:
    assert parse(text).fields.days_per_month == Decimal(days)
    assert_figures(text, [*figures, f"Per month of {days} days"])


@pytest.mark.parametrize(
    "text, figures",
    [
        # $0.002 + $0.005 = $0.007 a call; $70 a day; three 30-day months = 90 days: $6,300
        ("10k calls a day, 1k in / 500 out, $2/$10, 30-day months. quarterly (3 months) total?", ["$6,300.00"]),
        # 1 × $3 + 0.1 × $15 = $4.50 a day; 93 days: $418.50
        ("use 31-day months: 1M in + 100k out per day at $3/$15, and the quarter", ["$418.50"]),
    ],
)
def test_a_quarter_of_months_of_the_days_said(text: str, figures: list[str]) -> None:
    reply = reply_text(text)
    assert "Per quarter of three" in reply
    assert "3 months”" not in reply  # the quarter's months are used, not listed as unused
    assert_figures(text, figures)


def test_a_quarter_without_days_is_three_730_hour_months() -> None:
    # $70 a day × 730 ÷ 24 = $2,129.17 a month; × 3 = $6,387.50
    text = "quarterly total for 10k calls a day, 1k in / 500 out, $2/$10"
    assert "Per quarter of three" not in reply_text(text)
    assert_figures(text, ["$6,387.50"])


@pytest.mark.parametrize(
    "text, figures",
    [
        # 3,000 × $2 + 600 × $8 = $10,800 a year
        ("3bn in and 600M out a year, $2/$8", ["$6,000.00", "$4,800.00", "$10,800.00"]),
        # 12,000 × $0.15 + 2,000 × $0.60 = $3,000 a year
        ("12B input + 2B output tokens per year at $0.15/$0.60 per M, what's that cost", ["$1,800.00", "$1,200.00",
                                                                                            "$3,000.00"]),
    ],
)
def test_a_volume_stated_per_year_is_priced_over_the_year(text: str, figures: list[str]) -> None:
    assert_figures(text, figures)


@pytest.mark.parametrize(
    "text, bill, headroom",
    [
        # $0.004 + $0.004 = $0.008 a call × 20,000 = $160 a day × 30 = $4,800; $5,000 − $4,800 = $200 under
        ("hard cap of $5,000 a month; 20k calls a day, 2k in / 500 out at $2/$8, 30-day month. under the cap?",
         "$4,800.00", "$200.00 under budget"),
        # $0.003 + $0.0045 = $0.0075 × 10,000 = $75 a day × 730 ÷ 24 = $2,281.25; $3,000 − $2,281.25 = $718.75
        ("spend is capped at $3k/mo. 10k calls/day, 1,000 in and 300 out, $3/$15 per M. do they fit?",
         "$2,281.25", "$718.75 under budget"),
        # 4,000 × $2.50 + 500 × $10 = $15,000 a month (the tokens read as the budget's month); $5,000 under
        ("budget $20k/month, they push 4bn input tokens and 500M output at $2.50/$10 per M. fit?",
         "$15,000.00", "$5,000.00 under budget"),
        # $0.012 + $0.015 = $0.027 × 5,000 = $135 a day × 730 ÷ 24 = $4,106.25; $2,106.25 over
        ("hard cap of $2,000 a month, 5k calls/day, 4k in / 1k out, $3/$15. are we ok?", "$4,106.25",
         "$2,106.25 over budget"),
    ],
)
def test_a_cap_or_budget_with_the_headroom(text: str, bill: str, headroom: str) -> None:
    assert parse(text).fields.budget is not None
    assert_figures(text, [bill, headroom])


@pytest.mark.parametrize(
    "text",
    [
        "the cap on output is 4,096 tokens, 10k calls/day, 2k in / 500 out at $3/$15",
        "context limit of 200k tokens, 10k calls/day, 2k in / 500 out at $3/$15",
        "rate limit of 2,000 requests a minute, 2k in / 500 out at $3/$15",
    ],
)
def test_a_limit_that_is_not_money_is_no_budget(text: str) -> None:
    assert parse(text).fields.budget is None


def test_tokens_of_one_call_beside_a_budget_stay_a_call() -> None:
    # "each call is 2k in / 500 out": one call's tokens; the budget covers $1,000 ÷ $0.0135 = 74,074 calls
    text = "budget is $1,000/month. each call is 2k in / 500 out at $3/$15. how many calls does that cover?"
    assert parse(text).fields.input_tokens_per_call == Decimal(2000)
    assert_figures(text, ["74,074 calls"])
