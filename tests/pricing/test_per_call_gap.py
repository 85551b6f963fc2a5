"""A per-call fee against what the same call costs at per-token rates, both stated as amounts a call: which is
cheaper, by how much a call, and the refusal of an amount no call costs, naming which of the two it was."""

from __future__ import annotations

from decimal import Decimal

import pytest

from pricing import OutOfRangeError
from pricing.per_call import fee_gap
from tests.support.replies import assert_figures


@pytest.mark.parametrize(
    ("fee", "per_token", "difference", "cheaper"),
    [
        ("0.011", "0.008", "0.003", "per_token"),  # 1.1 cents a call against $0.008: per-token saves $0.003 a call
        ("0.005", "0.008", "0.003", "per_call"),  # the fee below the tokens' cost: the gap is still a saving
        ("0.0004", "0.0025", "0.0021", "per_call"),
        ("2", "0.5", "1.5", "per_token"),
        ("0.008", "0.008", "0", "equal"),
        ("0", "0.003", "0.003", "per_call"),  # a free call against a paid one
    ],
)
def test_the_cheaper_structure_and_what_it_saves_a_call(fee: str, per_token: str, difference: str,
                                                         cheaper: str) -> None:
    gap = fee_gap(Decimal(fee), Decimal(per_token))
    assert (gap.fee_per_call, gap.per_token_per_call) == (Decimal(fee), Decimal(per_token))
    assert gap.difference == Decimal(difference)
    assert gap.cheaper == cheaper


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        # 1,000,000 × $0.011 = $11,000 against 1,000,000 × $0.008 = $8,000: per-token saves $3,000 a month
        ("their fee is 1.1 cents a call and the per-token equivalent works out to $0.008 a call; at a million calls "
         "a month what is the monthly difference?", ["$11,000.00", "$8,000.00", "*$3,000.00*"]),
        # 250,000 × ($0.0025 − $0.0004) = $525 a month, the per-call fee the cheaper
        ("per-call fee is $0.0004 and the per-token equivalent comes to $0.0025 a call. 250k calls a month, whats "
         "the difference per month?", ["$625.00", "$100.00", "*$525.00*"]),
    ],
)
def test_the_saving_over_a_period_in_the_reply_is_the_gap_times_its_calls(text: str, figures: list[str]) -> None:
    assert_figures(text, figures)


@pytest.mark.parametrize(
    ("fee", "per_token", "field", "message"),
    [
        (-1, 1, "fee_per_call", "fee per call $-1 is out of range: allowed $0 to $10,000"),
        (20_000, 1, "fee_per_call", "fee per call $20,000 is out of range"),
        (1, -1, "per_token_per_call", "per token per call $-1 is out of range: allowed $0 to $10,000"),
        (1, 20_000, "per_token_per_call", "per token per call $20,000 is out of range"),
    ],
)
def test_an_amount_no_call_costs_is_refused_by_name(fee: int, per_token: int, field: str, message: str) -> None:
    with pytest.raises(OutOfRangeError) as refused:
        fee_gap(Decimal(fee), Decimal(per_token))
    assert refused.value.field == field
    assert str(refused.value).startswith(message)
