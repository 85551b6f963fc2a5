"""The design's symbols said with a share of one ("d=0.28", "u = 0.85") where provisioned throughput is the subject:
the discount and the utilization (our own sentences)."""

from __future__ import annotations

from decimal import Decimal

import pytest

from bot.parse import parse


@pytest.mark.parametrize(
    ("text", "discount", "utilizations"),
    [
        ("PTU deal: d=0.35, u = 0.8. break-even and cost vs on-demand?", "0.35", ["0.8"]),
        ("provisioned offer d=0.28. util band 60%-72%. BE and cost vs OD at both ends?", "0.28", ["0.6", "0.72"]),
        ("break-even check, d = .4 and u=.75", "0.4", ["0.75"]),
    ],
)
def test_symbols_read_as_discount_and_utilization(text: str, discount: str, utilizations: list[str]) -> None:
    fields = parse(text).fields
    assert fields.discount == Decimal(discount)
    assert fields.utilization == [Decimal(u) for u in utilizations]


@pytest.mark.parametrize(
    "text",
    [
        # no provisioned subject: "d" is something else
        "per-token quote where d=0.5 is the decay, 2M input tokens a day at $3/1M",
        # a symbol with a whole number, or a percent already, is not rewritten as a share
        "provisioned at d=28%, 80% utilization",
    ],
)
def test_other_symbols_are_left_alone(text: str) -> None:
    fields = parse(text).fields
    assert fields.discount in (None, Decimal("0.28"))
    assert fields.discount != Decimal("0.5")
