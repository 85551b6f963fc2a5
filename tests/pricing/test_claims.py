"""A rep's claimed figure is checked against the one worked out, within 1% either side."""

from __future__ import annotations

from decimal import Decimal

import pytest

from pricing.claims import claim_holds


@pytest.mark.parametrize(("claimed", "actual"), [
    ("2500", "2500.00"), ("2500", "2524.99"), ("2500", "2475.25"), ("0.018", "0.0180"), ("-13.95", "-14.00"),
])
def test_a_claim_within_one_percent_of_the_figure_holds(claimed: str, actual: str) -> None:
    assert claim_holds(Decimal(claimed), Decimal(actual))


@pytest.mark.parametrize(("claimed", "actual"), [
    ("2500", "2530"), ("2500", "2470"), ("2000", "2500"), ("13.95", "-13.95"), ("0.01", "0"),
])
def test_a_claim_further_off_does_not_hold(claimed: str, actual: str) -> None:
    assert not claim_holds(Decimal(claimed), Decimal(actual))


def test_a_claim_of_nothing_holds_only_for_nothing() -> None:
    assert claim_holds(Decimal(0), Decimal(0))


def test_a_claimed_figure_is_matched_to_the_nearest_worked_figure_it_holds_for() -> None:
    from pricing.claims import matching_figure

    figures = [("input a day", Decimal("16.20")), ("output a day", Decimal("16.00")), ("total a day", Decimal("32.20"))]
    # $16 is within 1% of both $16.20 (1.2% off: no) and $16.00: the output side
    assert matching_figure(Decimal(16), figures) == ("output a day", Decimal("16.00"))
    assert matching_figure(Decimal(32), figures) == ("total a day", Decimal("32.20"))
    assert matching_figure(Decimal(20), figures) is None
    assert matching_figure(Decimal(16), []) is None
    # both within 1%: the nearer one, whichever comes first
    close = [("month", Decimal("1000")), ("month, rounded", Decimal("1008"))]
    assert matching_figure(Decimal("1007"), close) == ("month, rounded", Decimal("1008"))
    assert matching_figure(Decimal("1002"), close) == ("month", Decimal("1000"))
    assert matching_figure(Decimal("1002"), close[::-1]) == ("month", Decimal("1000"))
