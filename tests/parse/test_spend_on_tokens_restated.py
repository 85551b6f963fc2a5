"""A spend on tokens ("$420/day on tokens", "$9k a month in token costs") restated over the other periods, checked
when the rep gives their own figure ("-> $12,600/mo right?"), and a month counted in whole days ("(30 days)") shown
beside the 730-hour month (our own sentences)."""

from __future__ import annotations

from decimal import Decimal

import pytest

from bot.parse import Intent, parse
from tests.support.replies import assert_figures, reply_text


@pytest.mark.parametrize(
    ("text", "spend", "period"),
    [
        ("$600/day on tokens, what's that per month?", "600", "day"),
        ("we spend $1,000 a week on inference. monthly?", "1000", "week"),
        ("$9k a month in token costs -> annual?", "9000", "month"),
    ],
)
def test_a_spend_on_tokens_is_the_on_demand_spend(text: str, spend: str, period: str) -> None:
    fields = parse(text).fields
    assert (fields.on_demand_spend, fields.spend_period) == (Decimal(spend), period)


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        # $600 × 730 ÷ 24 = $18,250; 30 days: $18,000, $250 less
        ("$600/day on tokens -> $18,000/mo right? (30 days)",
         ["*$18,250.00*", "$600.00 × 720 h ÷ 24 h = $18,000.00", "30 days understates it by $250.00"]),
        # $1,000 × 730 ÷ 24 = $30,416.67; 31 days: $31,000, $583.33 more
        ("they pay $1,000/day on-demand, so $31k a month for a 31-day month?",
         ["*$30,416.67*", "31 days overstates it by $583.33"]),
        # $2,000 × 730 ÷ 168 = $8,690.48
        ("$2k a week in token costs, so $8k a month?", ["*$8,690.48*"]),
    ],
)
def test_the_reps_own_figure_is_checked_on_the_730_hour_month(text: str, figures: list[str]) -> None:
    assert parse(text).intent is Intent.QUOTE
    assert_figures(text, figures)


def test_no_days_said_no_days_line() -> None:
    reply = reply_text("$500 a day on tokens -> monthly?")
    assert "*$15,208.33*" in reply and "Over " not in reply


@pytest.mark.parametrize(
    "text",
    [
        # a provisioned question with a spend stays one
        "$3,000 a month on tokens, 40% off provisioned at 80% utilization: new bill?",
        # 30 days net is a payment term, not a month
        "on-demand spend is $420/day, 40% off provisioned at 80% utilization, invoices 30 days net",
    ],
)
def test_provisioned_asks_with_a_spend_stay_break_even(text: str) -> None:
    assert parse(text).intent is Intent.BREAK_EVEN
    assert "Over 30 days" not in reply_text(text)


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        # $0.0108 a hit × 2,000 = $21.60 a day × 365 = $7,884.00
        ("6k prefix, $2/M, $0.20 read, 2k calls/day. per day and per yr?", "*$7,884.00 a year*"),
        ("4k prefix at $3/M, reads $0.30, 1,000 calls a day. savings/yr?", "*$3,942.00 a year*"),
    ],
)
def test_a_caching_year_said_short_is_shown(text: str, figure: str) -> None:
    assert_figures(text, [figure])


def test_a_term_in_years_is_no_year_asked() -> None:
    reply = reply_text("4k prefix at $3/M, reads $0.30, 1,000 calls a day, a 2-yr deal. daily savings?")
    assert "a year*" not in reply
