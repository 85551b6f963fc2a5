"""Provisioned units at a unit-hour price set against a forecast (projected, expected) on-demand spend stated with its
period ("$1.2M/year", "$20k a month") in an ask that speaks of a commitment: the units' bill over that period and the
difference, not a total over a commitment's term (our own sentences)."""

from __future__ import annotations

from decimal import Decimal

import pytest

from bot.parse import parse
from tests.support.replies import assert_figures, reply_text


@pytest.mark.parametrize(
    ("text", "spend", "period", "figures"),
    [
        # 5 × $20 × 8,760 h = $876,000 a year against $1.2M: $324,000 a year less
        ("Two-year commit on the table: 5 units at $20/unit-hour around the clock. Expected on-demand spend for that "
         "traffic is $1.2M/year. Committed cost per year and the difference?", "1200000", "year",
         ["5 × $20.00 × 8,760 h = *$876,000.00* a year", "*$324,000.00 a year less*"]),
        # 3 × $9.50 × 730 h = $20,805 a month against $20,000: $805 a month more
        ("They'd commit to 3 PTUs at $9.50/hr, 24/7. Forecast on-demand cost for the same load: $20k a month. What "
         "does the commitment cost monthly and what's the gap?", "20000", "month",
         ["3 × $9.50 × 730 h = *$20,805.00* a month", "*$805.00 a month more*"]),
    ],
)
def test_a_forecast_spend_with_its_period_is_the_spend_the_units_replace(
        text: str, spend: str, period: str, figures: list[str]) -> None:
    fields = parse(text).fields
    assert (fields.on_demand_spend, fields.spend_period, fields.consumption_value) == (Decimal(spend), period, None)
    assert_figures(text, figures)


def test_a_forecast_over_the_commitments_term_stays_the_consumption() -> None:
    # no period after the amount: the forecast is the consumption over the commitment's term, set against its value
    text = ("Commitment value: $480,000. Forecast on-demand-equivalent consumption (12 mo): $300,000. Discount 32%. "
            "Are they over-committed?")
    fields = parse(text).fields
    assert (fields.commitment_value, fields.consumption_value) == (Decimal(480000), Decimal(300000))
    assert_figures(text, ["$480,000.00 ÷ (1 − 32%) = $705,882.35"])


def test_the_full_use_on_demand_cost_said_as_100_percent_use_with_no_period() -> None:
    # "at 100% use ... $80k" beside units running a month: the month's on-demand cost at full load;
    # 3 × $30 × 730 = $65,700, break-even load $65,700 ÷ $80,000 = 82.13%
    assert_figures("3 units x $30/unit-hour running the whole month. at 100% use the same tokens on-demand would be "
                   "$80k. break-even util?", ["*$65,700.00*", "Break-even load = $65,700.00 ÷ $80,000.00 = *82.13%*"])


def test_a_bare_amount_beside_units_billed_by_the_day_is_not_a_month() -> None:
    reply = reply_text(
        "3 units x $30/unit-hour, billed per day. at 100% use the same tokens on-demand would be $80k. "
        "break-even util?")
    assert "$80,000.00 a month" not in reply, reply
