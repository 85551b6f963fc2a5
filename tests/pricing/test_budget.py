"""A budget against a per-token quote: the bill over the budget's period, the headroom or overrun, and the calls the
budget covers; and the costs of units of work and of a usage table's rows."""

from __future__ import annotations

from decimal import Decimal
from typing import Literal

import pytest

from pricing import PerTokenRequest, quote_per_token
from pricing.budget import check_budget
from pricing.errors import PricingError
from pricing.per_token import CostSplit, PerTokenQuote, cost_of_units, price_rows
from pricing.rates import MESSAGE_SOURCE, Rates

_RATES = Rates(input=Decimal(3), output=Decimal(15), source=MESSAGE_SOURCE)


def _quote(calls: int | None, tokens_in: int, tokens_out: int, per: Literal["call", "day"] = "call") -> PerTokenQuote:
    return quote_per_token(PerTokenRequest(rates=_RATES, input_tokens=Decimal(tokens_in),
                                           output_tokens=Decimal(tokens_out),
                                           calls_per_day=Decimal(calls) if calls else None, tokens_per=per))


def test_a_monthly_budget_against_the_730_hour_month() -> None:
    # 24,000 calls × (1,000 × $3 + 200 × $15)/1M = 24,000 × $0.006 = $144 a day; × 730 ÷ 24 = $4,380 a month
    check = check_budget(Decimal(5000), "month", _quote(24_000, 1000, 200))
    assert check.bill == Decimal(4380) and check.headroom == Decimal(620) and check.within
    assert check.calls_covered == 833_333  # $5,000 ÷ $0.006, whole calls
    assert check.calls_in_period == 730_000


@pytest.mark.parametrize(("period", "bill"), [("day", 144), ("week", 1008), ("quarter", 13140), ("year", 52560)])
def test_each_budget_period_has_its_bill(period: Literal["day", "week", "quarter", "year"], bill: int) -> None:
    check = check_budget(Decimal(1000), period, _quote(24_000, 1000, 200))
    assert check.bill == bill and check.headroom == 1000 - bill and check.within is (bill <= 1000)


def test_without_a_volume_only_the_calls_covered() -> None:
    check = check_budget(Decimal(45_000), "year", _quote(None, 1000, 400))  # $0.009 a call
    assert check.bill is None and check.headroom is None and check.within is None
    assert check.calls_covered == 5_000_000


def test_a_negative_budget_is_refused() -> None:
    with pytest.raises(PricingError, match="budget"):
        check_budget(Decimal(-1), "month", _quote(1000, 1000, 200))


def test_units_of_work_are_their_calls() -> None:
    cost = cost_of_units(CostSplit(input=Decimal("0.0027"), output=Decimal("0.00375")), Decimal(1000), Decimal(6))
    assert cost.calls == 6000
    assert (cost.cost.input, cost.cost.output, cost.cost.total) == (Decimal("16.2"), Decimal("22.5"), Decimal("38.7"))


def test_a_tables_rows_add_up_to_its_total() -> None:
    rows = price_rows(_RATES, [("a", Decimal(10), Decimal(30_000_000), Decimal(3_000_000)),
                               ("b", None, Decimal(19_200_000), Decimal(6_000_000))])
    assert [r.cost.total for r in rows] == [Decimal(135), Decimal("147.6")]
    whole = quote_per_token(PerTokenRequest(rates=_RATES, input_tokens=Decimal(49_200_000),
                                            output_tokens=Decimal(9_000_000), tokens_per="day"))
    assert whole.per_day is not None and sum(r.cost.total for r in rows) == whole.per_day.total
