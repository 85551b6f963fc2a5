"""Side-by-side comparison: each row's own arithmetic, cheapest first, at most six rows."""

from __future__ import annotations

from decimal import Decimal

import pytest

from pricing import lookup_rates
from pricing.compare import MAX_ROWS, Candidate, ComparisonRequest, TooManyRowsError, compare
from pricing.rates import Rates


def _rates(i: str, o: str, name: str) -> Rates:
    return Rates(input=Decimal(i), output=Decimal(o), source=name)


def test_rows_are_priced_on_their_own_rates_and_sorted_cheapest_first() -> None:
    request = ComparisonRequest(
        candidates=(Candidate(label="dear", rates=_rates("3", "15", "a")),
                    Candidate(label="cheap", rates=_rates("0.3", "2.5", "b")),
                    Candidate(label="middle", rates=_rates("2", "8", "c"))),
        input_tokens=Decimal(1_200), output_tokens=Decimal(300), calls_per_day=Decimal(20_000),
    )
    result = compare(request)
    assert [r.label for r in result.rows] == ["cheap", "middle", "dear"]
    cheap, _, dear = result.rows
    # 20,000 × (1,200 × $0.30 + 300 × $2.50) / 1M = $7.20 + $15.00
    assert cheap.per_day.input == Decimal("7.2") and cheap.per_day.output == Decimal(15)
    assert cheap.per_month.total == cheap.per_day.total * 730 / 24
    assert dear.per_day.total == Decimal(72) + Decimal(90)
    assert dear.over_cheapest_per_day == dear.per_day.total - cheap.per_day.total
    assert cheap.over_cheapest_per_day == 0


def test_catalog_models_side_by_side() -> None:
    names = ["gpt-4.1", "haiku 4.5", "gemini 2.5 flash"]
    request = ComparisonRequest(
        candidates=tuple(Candidate(label=n, rates=lookup_rates(n)) for n in names),
        input_tokens=Decimal(1_200), output_tokens=Decimal(300), calls_per_day=Decimal(20_000),
    )
    rows = compare(request).rows
    totals = [r.per_day.total for r in rows]
    assert totals == sorted(totals) and len(rows) == 3
    assert rows[0].label == "gemini 2.5 flash"


def test_more_than_six_rows_asks_which_to_keep() -> None:
    candidates = tuple(Candidate(label=f"m{i}", rates=_rates("1", "2", "x")) for i in range(MAX_ROWS + 1))
    with pytest.raises(TooManyRowsError, match=r"7 rows to compare .* which should I keep"):
        compare(ComparisonRequest(candidates=candidates, input_tokens=Decimal(1),
                                  output_tokens=Decimal(1), calls_per_day=Decimal(1)))


def test_daily_token_totals_need_no_call_volume() -> None:
    request = ComparisonRequest(
        candidates=(Candidate(label="a", rates=_rates("5", "15", "a")),
                    Candidate(label="b", rates=_rates("3", "15", "b"))),
        input_tokens=Decimal(1_000_000), output_tokens=Decimal(200_000), tokens_per="day",
    )
    result = compare(request)
    assert [r.label for r in result.rows] == ["b", "a"]
    assert result.rows[0].per_call is None and result.rows[0].per_day.total == Decimal(6)
