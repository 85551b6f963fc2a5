"""Money, percentages and counts as replies show them (cents from $1, two significant digits below)."""

from __future__ import annotations

from decimal import Decimal
from fractions import Fraction

import pytest
from hypothesis import given
from hypothesis import strategies as st

from bot.format import count, escape_mrkdwn, money, percent, unescape_mrkdwn


@pytest.mark.parametrize(
    ("value", "shown"),
    [
        ("180", "$180.00"),
        ("532.2916666", "$532.29"),
        ("1234.5", "$1,234.50"),
        ("1000000", "$1,000,000.00"),
        ("0.018", "$0.018"),
        ("0.0081", "$0.0081"),
        ("0.025", "$0.025"),
        ("0.5", "$0.50"),
        ("0.0175", "$0.0175"),
        ("0.00812", "$0.00812"),
        ("0.0135", "$0.0135"),
        ("0.999", "$1.00"),
        ("0", "$0.00"),
        ("-2.5", "-$2.50"),
        ("0.00001", "$0.00001"),
        ("0.02", "$0.02"),
        ("0.005", "$0.005"),
        ("0.0123456", "$0.0123456"),  # exact: six significant digits or fewer
        ("0.1125", "$0.1125"),
        ("0.123456789", "$0.1235"),  # inexact: four significant digits
    ],
)
def test_money(value: str, shown: str) -> None:
    assert money(Decimal(value)) == shown


@given(st.decimals(min_value=Decimal("0.000001"), max_value=Decimal("0.99"), places=8))
def test_money_below_a_dollar_is_accurate_to_three_significant_digits(value: Decimal) -> None:
    shown = Decimal(money(value).replace("$", ""))
    # rounding at the third significant digit: off by at most half a unit in that place
    third_digit = Decimal(1).scaleb(value.adjusted() - 2)
    assert abs(shown - value) <= third_digit / 2


@pytest.mark.parametrize(
    ("value", "shown"),
    [(Decimal("0.0625"), "6.25%"), (Decimal("0.6"), "60%"), (Fraction(1, 3), "33.33%"), (Decimal("-0.25"), "-25%"),
     (Decimal("0.08"), "8%"), (Decimal(0), "0%")],
)
def test_percent(value: Decimal | Fraction, shown: str) -> None:
    assert percent(value) == shown


def test_count() -> None:
    assert count(Decimal(10000)) == "10,000"
    assert count(Decimal("2.50")) == "2.5"


def test_escape_keeps_slack_control_sequences_inert() -> None:
    assert escape_mrkdwn("<!channel> & <@U123>") == "&lt;!channel&gt; &amp; &lt;@U123&gt;"
    assert unescape_mrkdwn(escape_mrkdwn("a < b & c > d")) == "a < b & c > d"
    # text Slack already escaped is not escaped twice (it would show as "&lt;" in the channel)
    assert escape_mrkdwn("a &lt; b &amp; c") == "a &lt; b &amp; c"
    assert escape_mrkdwn("&lt;!channel&gt; <!here>") == "&lt;!channel&gt; &lt;!here&gt;"


def test_rates_are_shown_exactly() -> None:
    from bot.format import rate

    assert rate(Decimal("1.875")) == "$1.875/1M" and rate(Decimal("0.1375")) == "$0.1375/1M"
    assert rate(Decimal(5)) == "$5.00/1M"


def test_money_for_shows_the_decimals_a_product_needs() -> None:
    from bot.format import money_for

    month = Decimal(730) / Decimal(24)
    assert money_for(Decimal("179.977"), month) == "$179.977"  # $179.98 × 730 ÷ 24 would be $5,474.39
    assert money_for(Decimal(10), month) == "$10.00"
    assert money_for(Decimal("0.0216"), Decimal(5000)) == "$0.0216"
