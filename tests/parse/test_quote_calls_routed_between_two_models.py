"""Quotes with the calls routed between two models by share (our own sentences, not a scored batch's): "70% of calls go
to a small model ($0.15/$0.60), 30% to a large one ($2.50/$10)" gets each model's share of the month and the total,
and the percentages are never asked about as discounts or utilizations."""

from __future__ import annotations

from decimal import Decimal

import pytest

from bot.parse import parse
from tests.support.replies import assert_figures


@pytest.mark.parametrize(
    "text, shares, figures",
    [
        # small: 100k × ($0.0003 + $0.0003) = $60/day → $1,825/month × 80% = $1,460; large: $1,000/day → $30,416.67
        # × 20% = $6,083.33; total $7,543.33
        ("routing plan: 100k calls a day, 2k in / 500 out. 80% go to the mini model at $0.15/$0.60 and 20% to the big "
         "one at $2.50/$10. monthly per model?", ("0.8", "0.2"), ["$1,460.00", "$6,083.33", "$7,543.33"]),
        # small: 50,000 × $0.00018 = $9 × 60% = $5.40; large: 50,000 × $0.006 = $300 × 40% = $120; total $125.40
        ("50,000 requests a month, 1,000 in / 200 out each; 60% of requests are routed to a $0.10/$0.40 model, 40% "
         "to a $3/$15 model. monthly per model + total", ("0.6", "0.4"), ["$5.40", "$120.00", "$125.40"]),
        # small: 20k × $0.002 = $40/day → $1,216.67 × 90% = $1,095; large: 20k × $0.024 = $480/day → $14,600 × 10%
        # = $1,460; total $2,555
        ("20k calls/day, 3k in / 1k out. send 90% to a small model ($0.25/$1.25) and 10% to a large model ($3/$15)",
         ("0.9", "0.1"), ["$1,095.00", "$1,460.00", "$2,555.00"]),
    ],
)
def test_calls_routed_between_two_models(text: str, shares: tuple[str, str], figures: list[str]) -> None:
    ask = parse(text)
    assert ask.fields.route_shares == (Decimal(shares[0]), Decimal(shares[1]))
    assert not [a for a in ask.ambiguities if a.field == "percent"]
    assert_figures(text, [*figures, "Split between the two price lists"])


@pytest.mark.parametrize(
    "text",
    [
        # two price lists and no shares: the same tokens at each, no split
        "moving them from $10/$30 to $2.50/$10, 10k calls/day, 2k in / 500 out",
        # shares that do not add up to 100%: no split
        "10k calls/day, 2k in / 500 out, 70% go to a $0.15/$0.60 model and 20% to a $2.50/$10 model",
    ],
)
def test_no_routing_said(text: str) -> None:
    assert parse(text).fields.route_shares is None
