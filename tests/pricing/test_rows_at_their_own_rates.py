"""A usage table's rows priced each at its own rates, and the one rate per side that prices their summed tokens
the same (the blend weighted by each row's tokens)."""

from __future__ import annotations

from decimal import Decimal

import pytest

from pricing.errors import OutOfRangeError
from pricing.per_token import per_token_cost, price_rows, rates_of_rows
from pricing.rates import MESSAGE_SOURCE, ROWS_SOURCE, Rates

_ROWS = [("search", None, Decimal(300_000_000), Decimal(20_000_000)),
         ("agents", Decimal(5_000), Decimal(12_000_000), Decimal(6_000_000))]
_OWN = [(Decimal("0.10"), Decimal("0.40")), (Decimal(3), Decimal(15))]
_CARD = Rates(input=Decimal(1), output=Decimal(2), source=MESSAGE_SOURCE)


def test_each_row_at_its_own_rates() -> None:
    search, agents = price_rows(_CARD, _ROWS, _OWN)
    assert (search.cost.input, search.cost.output) == (Decimal(30), Decimal(8))
    assert (agents.cost.input, agents.cost.output) == (Decimal(36), Decimal(90))
    assert (agents.input_rate, agents.output_rate, agents.calls) == (Decimal(3), Decimal(15), Decimal(5_000))


def test_without_own_rates_every_row_is_at_the_card() -> None:
    search, agents = price_rows(_CARD, _ROWS)
    assert search.cost.total == Decimal(340) and agents.cost.total == Decimal(24)
    assert (search.input_rate, search.output_rate) == (Decimal(1), Decimal(2))


def test_the_blend_prices_the_summed_tokens_as_the_rows_sum() -> None:
    blend = rates_of_rows(_ROWS, _OWN, ROWS_SOURCE)
    # input ($30 + $36) ÷ 312M = $0.2115.../1M; output ($8 + $90) ÷ 26M = $3.769.../1M
    assert blend.source == ROWS_SOURCE
    summed = per_token_cost(blend, Decimal(312_000_000), Decimal(26_000_000))
    assert round(summed.input, 10) == Decimal(66) and round(summed.output, 10) == Decimal(98)
    assert sum((row.cost.total for row in price_rows(blend, _ROWS, _OWN)), Decimal(0)) == Decimal(164)


def test_a_side_with_no_tokens_blends_to_the_rows_plain_average() -> None:
    rows = [("a", None, Decimal(1_000_000), Decimal(0)), ("b", None, Decimal(3_000_000), Decimal(0))]
    blend = rates_of_rows(rows, [(Decimal(1), Decimal(4)), (Decimal(2), Decimal(8))], ROWS_SOURCE)
    assert blend.input == Decimal(7) / 4  # ($1 + $6) ÷ 4M tokens
    assert blend.output == Decimal(6)  # no output tokens: ($4 + $8) ÷ 2, which prices nothing


def test_a_side_of_one_token_is_priced_at_that_tokens_rate() -> None:
    rows = [("a", None, Decimal(1_000_000), Decimal(1)), ("b", None, Decimal(1_000_000), Decimal(0))]
    assert rates_of_rows(rows, [(Decimal(1), Decimal(4)), (Decimal(2), Decimal(8))], ROWS_SOURCE).output == 4


@pytest.mark.parametrize("own", [[], [(Decimal(1), Decimal(2))]])
def test_rates_for_other_than_every_row_are_refused(own: list[tuple[Decimal, Decimal]]) -> None:
    with pytest.raises(OutOfRangeError) as refused:
        rates_of_rows(_ROWS, own, ROWS_SOURCE)
    assert refused.value.field == "row_rates" and refused.value.allowed == "one pair of rates for each of the 2 rows"
    if own:
        with pytest.raises(OutOfRangeError) as refused_rows:
            price_rows(_CARD, _ROWS, own)
        assert refused_rows.value.field == "row_rates"
        assert str(refused_rows.value).endswith("allowed one pair of rates for each of the 2 rows")
