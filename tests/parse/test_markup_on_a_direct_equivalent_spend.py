"""A direct spend named as "direct-equivalent" or "direct-list" before its amount, with a colon ("Direct-equivalent
usage: $45k a month"): the hyperscaler bill at the effective markup and the premium over direct (our own sentences)."""

from __future__ import annotations

from decimal import Decimal

import pytest

from bot.parse import parse
from tests.support.replies import assert_figures


@pytest.mark.parametrize(
    ("text", "spend", "figures"),
    [
        # (1 + 18%) × (1 − 10%) − 1 = 6.2%; $45,000 × 1.062 = $47,790, $2,790 more
        ("Vertex list is 18% over Google direct, their commit discount is 10%. Direct-equivalent usage: $45k a month. "
         "effective markup and monthly Vertex bill?", "45000",
         ["*6.2%*", "$45,000.00 a month direct × (1 + 6.2%) = *$47,790.00* a month", "$2,790.00 a month more"]),
        # (1 + 15%) × (1 − 5%) − 1 = 9.25%; $36,000 × 1.0925 = $39,330, $3,330 more
        ("Bedrock is priced 15% over direct and the EDP knocks 5% off. Projected direct-list cost: $36,000/quarter. "
         "what will the quarter cost on bedrock, and the premium?", "36000",
         ["*9.25%*", "*$39,330.00* a quarter", "$3,330.00 a quarter more"]),
    ],
)
def test_the_hyperscaler_bill_on_a_direct_equivalent_spend(text: str, spend: str, figures: list[str]) -> None:
    ask = parse(text)
    assert ask.fields.direct_spend == Decimal(spend)
    assert ask.unused == []
    assert_figures(text, figures)
