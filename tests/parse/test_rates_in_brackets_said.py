"""An input/output rate pair written without dollar signs, with spaces round the slash or in brackets after the
model's name ("On Sonnet (3 / 15)", "rates 3 / 15"): the message's rates, never replaced by the catalog's row for
that model (before, the catalog priced the ask and the reply listed "3" and "15" as not used)."""

from __future__ import annotations

from decimal import Decimal

import pytest

from bot.parse import parse
from tests.support.replies import assert_figures


@pytest.mark.parametrize(
    ("text", "rates"),
    [
        ("45,000 calls a month, 3,200 tokens in and 400 out each. On Sonnet (3 / 15). Monthly?", (3, 15)),
        ("2M input + 500k output a day on claude haiku (1 / 5)", (1, 5)),
        ("quote 10M in, 2M out on gpt-4o (2.5/10) pls", (Decimal("2.5"), 10)),
        ("300k calls a month, 1,500 in / 300 out, rates 0.40 / 1.60 per MTok", (Decimal("0.40"), Decimal("1.60"))),
        ("pricing is 3 / 15, 20M in and 4M out a month", (3, 15)),
    ],
)
def test_a_pair_in_brackets_or_spaced_is_the_messages_rates(text: str, rates: tuple[Decimal, Decimal]) -> None:
    fields = parse(text).fields
    assert (fields.input_rate, fields.output_rate) == (Decimal(rates[0]), Decimal(rates[1]))


def test_the_monthly_bill_uses_the_bracketed_rates_not_the_catalogs() -> None:
    # 45,000 x 3,200 = 144M x $3 = $432; 45,000 x 400 = 18M x $15 = $270; $702 a month
    assert_figures("45,000 calls a month, 3,200 in / 400 out each. On Sonnet (3 / 15). Monthly spend?",
                   ["$432.00", "$270.00", "$702.00"])


@pytest.mark.parametrize("text", [
    "catch up on 3 / 15 about the sonnet rollout, 1M in 200k out",  # a date, not beside a pricing word or a model
    "sonnet (3.5 / 4) vs haiku, which is newer?",  # versions: output not 2-10x input
])
def test_a_pair_that_is_not_a_price_is_not_read_as_rates(text: str) -> None:
    fields = parse(text).fields
    assert (fields.input_rate, fields.output_rate) != (Decimal("3"), Decimal("15"))
    assert fields.input_rate != Decimal("3.5")
