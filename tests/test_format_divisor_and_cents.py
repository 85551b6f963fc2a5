"""A rate shown so a division by it gives the shown result, and caching figures of a dollar or more in cents."""

from __future__ import annotations

from decimal import Decimal

import pytest

from bot.format import divisor_for, money_cents_for, rate, times_sign

SEVENTH = Decimal(33) / 7  # $4.714285714…/1M, a rate worked out from others


def test_a_rate_divided_into_a_budget_is_shown_with_the_decimals_that_give_the_shown_tokens() -> None:
    # $1 buys 1M ÷ $4.7142857… = 212,121 tokens; ÷ $4.714 (the rate as shown) would be 212,134
    assert rate(SEVENTH) == "$4.714/1M"
    assert divisor_for(SEVENTH, 1, 212_121) == "$4.7143"
    # a rate below $1: $1 ÷ $0.1666…/1M = 6,000,000 tokens needs eight decimals ($0.1667 gives 5,998,800)
    assert divisor_for(Decimal(1) / 6, 1, 6_000_000) == "$0.16666667"


def test_the_shown_rate_follows_the_results_decimals_and_the_unit_it_is_per() -> None:
    # 5,998,800.2 at one decimal is what $0.1667 gives; 212 per thousand tokens is what $4.714 gives
    assert divisor_for(Decimal(1) / 6, 1, Decimal("5998800.2"), places=1) == "$0.1667"
    assert divisor_for(SEVENTH, 1, 212, per=1_000) == "$4.714"
    assert divisor_for(SEVENTH, 1, Decimal("212121.2"), places=1) == "$4.714286"


def test_a_result_no_shown_rate_gives_leaves_the_rate_at_twelve_decimals() -> None:
    assert divisor_for(SEVENTH, 1, 212_120) == "$4.714285714286"


@pytest.mark.parametrize(
    ("value", "amount", "shown"),
    [
        (Decimal(0), 1, "$0.00"),  # no rate to divide by: the rate as money, no search
        (Decimal(-2), 1, "-$2.00"),
        (Decimal("Infinity"), 1, "Infinity"),
        (Decimal(2), Decimal("Infinity"), "$2.00"),
        ("n/a", 1, "n/a"),  # not a number: shown as given, never a traceback
    ],
)
def test_a_rate_nothing_can_be_divided_by_is_shown_as_money(value: object, amount: object, shown: str) -> None:
    assert divisor_for(value, amount, 5) == shown  # type: ignore[arg-type]


def test_a_caching_figure_that_rounds_to_a_dollar_is_in_cents_and_its_product_marked_approximate() -> None:
    # $0.995 a day shows as $1.00 (cents, as from $1 up); × 730 = $726.35, not $730.00: ≈
    assert (money_cents_for(Decimal("0.995"), 730), times_sign(Decimal("0.995"), 730)) == ("$1.00", "≈")
    # just below, the figure keeps the decimals that multiply out
    assert (money_cents_for(Decimal("0.99499"), 730), times_sign(Decimal("0.99499"), 730)) == ("$0.99499", "=")


@pytest.mark.parametrize(
    ("value", "factor"), [("n/a", 730), (Decimal("Infinity"), 730), (Decimal(3), Decimal("Infinity")), (3, "x")]
)
def test_a_figure_or_factor_that_is_not_a_number_is_shown_as_given_with_an_equals_sign(
        value: object, factor: object) -> None:
    assert times_sign(value, factor) == "="  # type: ignore[arg-type]


def test_a_caching_figure_that_is_not_a_number_is_shown_as_given() -> None:
    assert money_cents_for("n/a", 730) == "n/a"  # type: ignore[arg-type]


def test_a_stated_rate_of_six_significant_digits_is_shown_exactly_and_one_of_seven_to_four() -> None:
    assert rate(Decimal("0.123456")) == "$0.123456/1M"
    assert rate(Decimal("1.23456")) == "$1.23456/1M"
    assert rate(Decimal("0.1234567")) == "$0.1235/1M"
