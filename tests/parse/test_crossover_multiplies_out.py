"""The per-call crossover line divides the fee by the blended rate as it shows it: the shown figures multiply out
(a rate worked out from a mix shows the decimals the division needs). Our own asks."""

from __future__ import annotations

import re
from decimal import ROUND_HALF_UP, Decimal

import pytest

from tests.support.replies import reply_text

_LINE = re.compile(r"\$(?P<fee>[\d.,]+) × 1M ÷ \$(?P<rate>[\d.,]+) = \*?(?P<tokens>[\d,]+) tokens per call")


@pytest.mark.parametrize(
    "text",
    [
        "3k in 500 out, $3/$15 per M, 100k calls a month. per-call at $0.01?",  # $4.714/1M: the reviewer's
        "3k in 500 out, $3/$15 per M, 100k calls a month. per-call at $1.00?",  # ÷ $4.714 would give 212,134
        "2,200 in / 700 out at $3/$15 per M, 50k calls a day; vendor per-call fee $0.25. worth it?",
        "per-call fee $0.05 vs $3/$15 per M, mix 6:1 in:out. where's the crossover?",
        "per-call fee $2 vs $1.10/$4.40 per M, mix 7:1 in:out. crossover?",
    ],
)
def test_the_crossover_figures_multiply_out(text: str) -> None:
    reply = reply_text(text)
    m = _LINE.search(reply)
    assert m, reply
    fee, rate = Decimal(m.group("fee").replace(",", "")), Decimal(m.group("rate").replace(",", ""))
    tokens = Decimal(m.group("tokens").replace(",", ""))
    assert (fee * 1_000_000 / rate).quantize(Decimal(1), ROUND_HALF_UP) == tokens
