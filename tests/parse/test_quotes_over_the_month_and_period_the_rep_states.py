"""Quotes and per-call comparisons over the period the rep states: a month of business days ("22 business days"), a
month of a stated length ("one month of 30 days", "5k req/day, 30 days"), the period a cost is asked for naming the
count's ("daily spend at 8,000 calls", "Weekly cost?"), and a pilot of some weeks ("for two weeks")."""

from __future__ import annotations

import pytest

from bot import router
from tests.support.replies import assert_figures, reply_text


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        # 2,000 x 21 = 42,000 calls: 50.4M in x $3 = $151.20; 12.6M out x $15 = $189.00
        ("Sonnet at $3/$15: 2,000 calls per working day, 21 working days, 1,200 in / 300 out per call. monthly split "
         "in/out?", ["$151.20", "$189.00", "$340.20"]),
        # $10.80 a day (input $4.80, output $6.00) x 20 days
        ("20 business days, 6,000 calls/day, 800 in / 200 out at $1/$5 per MTok. monthly?",
         ["$96.00", "$120.00", "$216.00"]),
        # 600 sessions x 8 calls = 4,800 calls a day x 21: input $24.00 a day, output $15.36 a day
        ("600 support sessions per working day, each session makes 8 model calls, 21 working days a month. "
         "2,500 in / 400 out at $2/$8. monthly?", ["$504.00", "$322.56", "$826.56"]),
    ],
)
def test_a_month_of_the_business_days_said(text: str, figures: list[str]) -> None:
    assert_figures(text, figures)
    assert "Not used" not in reply_text(text)


def test_a_per_call_comparison_over_a_month_of_business_days() -> None:
    # 210,000 calls: per-token $0.005 + $0.004 = $0.009 a call, $1,890.00; the fee $0.02 a call, $4,200.00
    text = ("per-call fee $0.02. 10,000 calls per business day, 21 business days a month. per-token $1/M in, "
            "$4/M out, calls 5,000 in / 1,000 out. monthly both ways?")
    reply = router.answer(text, rate_cards={})
    assert reply.intent == "per_call"
    for figure in ("$0.009", "$1,890.00", "$4,200.00", "210,000 calls"):
        assert figure in reply.text, reply.text
    assert "730" not in reply.text


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        # $18 a day (input $12, output $6) x 31
        ("one month of 31 days: 2,000 calls a day, 3k in / 500 out at $2/$6. how much?",
         ["$372.00", "$186.00", "$558.00"]),
        # $4.80 a day (input $1.60, output $3.20) x 30
        ("8k req/day, 30 days, 500 in / 250 out, $0.40/$1.60 per M. monthly?", ["$48.00", "$96.00", "$144.00"]),
        # $20 a day x 30
        ("how much is a month of 30 days for 1,000 calls a day at 2,000 in / 400 out, $5/$25?",
         ["$300.00", "$600.00"]),
    ],
)
def test_a_month_of_the_length_said(text: str, figures: list[str]) -> None:
    assert_figures(text, figures)
    assert "Not used" not in reply_text(text)


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        # 3,500 x ($0.0009 + $0.0006)
        ("what's the daily spend at 3,500 requests with 6k in / 1k out at $0.15/$0.60", ["$3.15", "$2.10", "$5.25"]),
        # 90,000 x ($0.002 + $0.001) over the month the count is said for
        ("monthly spend at 90,000 calls, 1,000 in / 100 out, $2/$10?", ["$180.00", "$90.00", "$270.00"]),
        # 50,000 x ($0.001 + $0.0006) over a week
        ("what's the weekly bill at 50,000 requests? 2k in / 300 out, $0.50/$2", ["$50.00", "$30.00", "$80.00"]),
    ],
)
def test_the_period_a_cost_is_asked_for_is_the_counts(text: str, figures: list[str]) -> None:
    reply = router.answer(text, rate_cards={})
    assert not reply.data.get("ambiguities"), reply.text
    assert_figures(text, figures)


def test_a_weekly_row_of_a_forecast_priced_as_a_week() -> None:
    # 90,000 x 1,500 = 135M x $2 = $270.00; 90,000 x 200 = 18M x $8 = $144.00
    text = ("| week | calls | avg in | avg out | $/M in | $/M out |\n|---|---|---|---|---|---|\n"
            "| W22 | 90,000 | 1,500 | 200 | 2.00 | 8.00 |\n\nWeekly cost?")
    assert_figures(text, ["$270.00", "$144.00", "$414.00"])


def test_a_pilot_of_some_weeks_in_words() -> None:
    # 21 days: input 0.5M x $1 = $0.50 a day, output 0.1M x $4 = $0.40 a day
    assert_figures("the pilot runs 500k input and 100k output tokens a day for three weeks at $1/$4 per M. total?",
                   ["$10.50", "$8.40", "$18.90"])


@pytest.mark.parametrize(
    "text",
    [
        "3,000 calls a day, 5 business days a week, 1k in / 200 out at $1/$5, monthly?",
        "the deal closes in 20 business days; 3,000 calls a day, 1k in / 200 out at $1/$5, monthly?",
        "5k req/day, 12 days, 1k in / 200 out at $1/$5, monthly?",
    ],
)
def test_days_that_are_no_month_leave_the_730_hour_month(text: str) -> None:
    fields = router.answer(text, rate_cards={}).data["request"]["fields"]
    assert fields.get("days_per_month") is None


def test_a_count_with_its_own_period_keeps_it_when_another_is_asked() -> None:
    fields = router.answer("daily spend at 8,000 calls a month, 1k in / 200 out, $1/$5?",
                           rate_cards={}).data["request"]["fields"]
    assert fields["volume_period"] == "month"


def test_a_count_with_no_period_and_none_asked_is_still_asked_about() -> None:
    reply = router.answer("what's the cost at 8,000 calls, 1k in / 200 out, $1/$5?", rate_cards={})
    assert any(a["field"] == "calls_per_day" for a in reply.data.get("ambiguities") or [])


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        # $0.50/$2 billed: 20M x $0.50 = $10 a day, 4M x $2 = $8 a day; x 30
        ("batch quote: list $1/$4 per M, batch is 50% off both so $0.50/$2. 20M input + 4M output tokens a day, "
         "30-day month", ["$300.00", "$240.00", "$540.00"]),
        # $2/$8 billed: 100M x $2 = $200, 10M x $8 = $80 a month
        ("list is $2.50 in / $10 out per M and they get 20% off, so $2/$8. 100M in and 10M out a month?",
         ["$200.00", "$80.00", "$280.00"]),
        # $0.075/$0.30 billed a day: 40M x $0.075 = $3.00, 8M x $0.30 = $2.40; x 31
        ("flex tier: $0.15/$0.60 list, 50% off, i.e. $0.075/$0.30. 40M in + 8M out a day, one month of 31 days",
         ["$93.00", "$74.40", "$167.40"]),
    ],
)
def test_rates_worked_out_from_a_discount_are_the_ones_billed(text: str, figures: list[str]) -> None:
    assert_figures(text, figures)


def test_two_price_lists_that_are_not_the_discount_stay_two_lists() -> None:
    fields = router.answer("list $1/$4 with 50% off, against the other vendor at $0.60/$2.50. 20M in + 4M out a day",
                           rate_cards={}).data["request"]["fields"]
    assert (fields["input_rate"], fields["discount"], fields["other_rates"]) == ("1", "0.5", ["0.6", "2.5"])
