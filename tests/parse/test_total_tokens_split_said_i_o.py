"""A total token volume with its input:output mix written "i/o" ("500M tokens/day at a 4:1 i/o split"): split into
each side before pricing (our own sentences)."""

from __future__ import annotations

from decimal import Decimal

import pytest

from bot.parse import parse
from tests.support.replies import assert_figures


@pytest.mark.parametrize(
    ("text", "share", "figures"),
    [
        # 4:1 → 80%: 400M × $0.50 = $200, 100M × $1.50 = $150 a day; × 730 ÷ 24 = $10,645.83
        ("total ~500M tokens/day at a 4:1 i/o split. $0.50 in, $1.50 out per MTok. monthly, in and out?", "0.8",
         ["*$10,645.83*", "input $6,083.33, output $4,562.50"]),
        # 3:1 → 75%: 150M × $1 + 50M × $4 = $350 a day
        ("200M tokens a day at a 3:1 i/o mix, $1/$4 per 1M. monthly?", "0.75", ["*$350.00*"]),
    ],
)
def test_an_i_o_mix_splits_the_total(text: str, share: str, figures: list[str]) -> None:
    assert parse(text).fields.input_share == Decimal(share)
    assert_figures(text, figures)


def test_io_as_a_word_is_no_mix() -> None:
    # "I/O" as disk or network traffic beside a ratio that is no token mix
    assert parse("the 4:1 ratio of reads to writes is I/O bound; 40% off PTUs at 80% util").fields.input_share is None
