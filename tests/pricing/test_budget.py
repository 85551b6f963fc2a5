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


def test_the_bill_keeps_input_and_output_apart_and_says_the_share_of_the_budget_used() -> None:
    # 24,000 calls × 1,000 in × $3/1M = $72 a day of input, × 100 out × $15/1M = $36 of output; a month is 730 ÷ 24 days
    check = check_budget(Decimal(5000), "month", _quote(24_000, 1000, 100))
    assert (check.bill_input, check.bill_output, check.bill) == (Decimal(2190), Decimal(1095), Decimal(3285))
    assert check.headroom == Decimal(1715) and check.used_share == Decimal("0.657")
    assert check.per_call == Decimal("0.0045")  # $0.003 of input + $0.0015 of output a call


def test_an_overrun_is_a_share_above_one() -> None:
    check = check_budget(Decimal(1000), "week", _quote(24_000, 1000, 100))  # $108 a day, $756 a week
    assert check.used_share == Decimal("0.756") and check.within
    over = check_budget(Decimal(500), "week", _quote(24_000, 1000, 100))
    assert over.headroom == Decimal(-256) and over.used_share == Decimal("1.512") and over.within is False


def test_a_budget_of_one_dollar_still_has_its_share_and_a_budget_of_nothing_has_none() -> None:
    # 100 calls a day × $0.006 = $0.60 a day
    one = check_budget(Decimal(1), "day", _quote(100, 1000, 200))
    assert one.bill == Decimal("0.6") and one.used_share == Decimal("0.6") and one.headroom == Decimal("0.4")
    nothing = check_budget(Decimal(0), "day", _quote(100, 1000, 200))
    assert nothing.used_share is None and nothing.headroom == Decimal("-0.6") and nothing.within is False
    assert nothing.calls_covered == 0


def test_the_calls_covered_are_whole_calls_never_rounded_up() -> None:
    # $10 ÷ $0.006 = 1,666.67: the budget pays for 1,666 calls; the 1,667th would pass it
    check = check_budget(Decimal(10), "day", _quote(100, 1000, 200))
    assert check.calls_covered == 1666


def test_a_quote_of_daily_totals_has_a_bill_but_no_calls_covered() -> None:
    # 24M input and 2.4M output tokens a day: $72 + $36 = $108 a day; no per-call cost, so no calls covered
    check = check_budget(Decimal(1000), "day", _quote(None, 24_000_000, 2_400_000, per="day"))
    assert check.bill == Decimal(108) and check.per_call is None and check.calls_covered is None


def test_a_free_call_covers_no_count_of_calls() -> None:
    free = Rates(input=Decimal(0), output=Decimal(0), source=MESSAGE_SOURCE)
    quote = quote_per_token(PerTokenRequest(rates=free, input_tokens=Decimal(1000), output_tokens=Decimal(200),
                                            calls_per_day=Decimal(100)))
    check = check_budget(Decimal(10), "month", quote)
    assert check.per_call == 0 and check.calls_covered is None and check.bill == 0 and check.within


@pytest.mark.parametrize("bad", [Decimal(-1), Decimal(10) ** 13])
def test_a_budget_out_of_range_is_refused_by_its_name(bad: Decimal) -> None:
    with pytest.raises(PricingError) as refused:
        check_budget(bad, "month", _quote(1000, 1000, 200))
    assert getattr(refused.value, "field", None) == "budget" and getattr(refused.value, "value", None) == bad


@pytest.mark.parametrize(("units", "calls_per_unit", "field", "value"), [
    (Decimal(1000), Decimal(-6), "calls_per_unit", Decimal(-6)),  # a unit of work of minus six calls
    (Decimal(10) ** 6, Decimal(10) ** 6, "calls", Decimal(10) ** 12),  # a trillion calls: past the bound of 10^10
    (Decimal(-5), Decimal(6), "calls", Decimal(-30)),  # a negative count of units
])
def test_units_of_work_out_of_range_are_refused_by_the_name_of_what_is_wrong(
        units: Decimal, calls_per_unit: Decimal, field: str, value: Decimal) -> None:
    with pytest.raises(PricingError) as refused:
        cost_of_units(CostSplit(input=Decimal("0.0027"), output=Decimal("0.00375")), units, calls_per_unit)
    assert getattr(refused.value, "field", None) == field and getattr(refused.value, "value", None) == value


def test_a_tables_rows_keep_their_labels_and_calls() -> None:
    rows = price_rows(_RATES, [("support bot", Decimal(1200), Decimal(6_000_000), Decimal(600_000)),
                               ("batch", None, Decimal(1_000_000), Decimal(0))])
    assert [(r.label, r.calls) for r in rows] == [("support bot", Decimal(1200)), ("batch", None)]
    assert [(r.cost.input, r.cost.output) for r in rows] == [(Decimal(18), Decimal(9)), (Decimal(3), Decimal(0))]
