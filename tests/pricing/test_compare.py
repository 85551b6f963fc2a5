"""Side-by-side comparison: each row's own arithmetic, cheapest first, at most six rows."""

from __future__ import annotations

from decimal import Decimal

import pytest

from pricing import lookup_rates
from pricing.compare import MAX_ROWS, Candidate, ComparisonRequest, TooManyRowsError, compare
from pricing.errors import InvalidInputError
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


def _request(*candidates: Candidate, calls: str | None = "20000", per: str = "call") -> ComparisonRequest:
    return ComparisonRequest(candidates=candidates, input_tokens=Decimal(1_200), output_tokens=Decimal(300),
                             calls_per_day=None if calls is None else Decimal(calls), tokens_per=per)


def test_each_row_carries_its_per_call_cost_and_its_ratio_to_the_cheapest() -> None:
    result = compare(_request(Candidate(label="dear", rates=_rates("3", "15", "a")),
                              Candidate(label="cheap", rates=_rates("0.3", "2.5", "b"))))
    cheap, dear = result.rows
    # per call: 1,200 × $3/1M + 300 × $15/1M = $0.0036 + $0.0045; a day: × 20,000 = $72 + $90 = $162
    assert dear.per_call is not None and (dear.per_call.input, dear.per_call.output) == (Decimal("0.0036"),
                                                                                          Decimal("0.0045"))
    assert cheap.per_day.total == Decimal("22.2")  # $7.20 + $15.00
    assert dear.over_cheapest_ratio == Decimal(162) / Decimal("22.2") and cheap.over_cheapest_ratio == 1
    assert dear.per_month.total == Decimal(162) * 730 / 24
    assert (result.input_tokens_per_call, result.output_tokens_per_call) == (Decimal(1_200), Decimal(300))
    assert (result.input_tokens_per_day, result.output_tokens_per_day) == (Decimal(24_000_000), Decimal(6_000_000))
    assert result.calls_per_day == Decimal(20_000)


def test_a_free_cheapest_row_gives_no_ratio_rather_than_a_division_by_zero() -> None:
    result = compare(_request(Candidate(label="paid", rates=_rates("1", "2", "a")),
                              Candidate(label="free", rates=_rates("0", "0", "b"))))
    free, paid = result.rows
    assert free.label == "free" and free.over_cheapest_ratio is None and paid.over_cheapest_ratio is None
    assert paid.over_cheapest_per_day == paid.per_day.total


def test_exactly_six_rows_fit_and_seven_name_every_row() -> None:
    six = tuple(Candidate(label=f"m{i}", rates=_rates(str(i + 1), "2", "x")) for i in range(MAX_ROWS))
    assert [r.label for r in compare(_request(*six)).rows] == [f"m{i}" for i in range(MAX_ROWS)]
    seven = (*six, Candidate(label="m6", rates=_rates("1", "2", "x")))
    with pytest.raises(TooManyRowsError) as raised:
        compare(_request(*seven))
    assert raised.value.labels == tuple(f"m{i}" for i in range(MAX_ROWS + 1))


def test_tokens_per_call_without_a_call_volume_names_the_missing_volume() -> None:
    with pytest.raises(InvalidInputError) as raised:
        compare(_request(Candidate(label="a", rates=_rates("1", "2", "a")), calls=None))
    assert raised.value.field == "calls_per_day" and "a call volume is needed" in str(raised.value)


def test_nothing_to_compare_is_refused() -> None:
    with pytest.raises(InvalidInputError) as raised:
        compare(_request())
    assert raised.value.field == "candidates" and str(raised.value) == "candidates 'none': nothing to compare"


def test_one_row_is_a_comparison_of_one() -> None:
    (row,) = compare(_request(Candidate(label="only", rates=_rates("2", "8", "a")))).rows
    assert row.over_cheapest_per_day == 0 and row.over_cheapest_ratio == 1
