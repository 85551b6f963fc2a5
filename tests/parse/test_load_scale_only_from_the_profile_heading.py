"""A load profile's scale comes only from its own heading ("(M tokens/hr)" on the line above its rows or right before
them): a figure elsewhere in the message ("peak is 30 M tokens/hr") is no heading, and loads written out in full
(30000000) already are token counts. Our own sentences."""

from __future__ import annotations

from decimal import Decimal

import pytest

from bot.parse import parse
from tests.support.replies import assert_figures, reply_text


@pytest.mark.parametrize(
    "text",
    [
        # the reviewer's: the scale of a peak figure said after the rows must not scale the rows
        "load profile (tokens/hr): 12 hrs at 30000000, 12 hrs at 10000000; 50% off provisioned, on-demand $5/M "
        "blended. peak is 30 M tokens/hr. commit where?",
        # the scale said before the rows, but as a figure (a number in front of it), not as a heading
        "they peak near 30 M tokens/hr. load profile (tokens/hr): 12 hrs at 30000000, 12 hrs at 10000000; 50% off "
        "provisioned, on-demand $5/M blended. commit where?",
        # a heading with a scale over loads written out in full: the loads are counts already
        "load profile (M tokens/hr): 12 hrs at 30000000, 12 hrs at 10000000; 50% off provisioned, on-demand $5/M "
        "blended. commit where?",
    ],
)
def test_loads_written_in_full_are_not_scaled_again(text: str) -> None:
    # commit 10M (met in 12 of 24 h, 1 − d = 50%): 24 × 10M × $5/M × 0.5 = $600 + spill 12 × 20M × $5/M = $1,200
    assert_figures(text, ["$1,800.00", "$2,400.00 all on-demand"])
    reply = reply_text(text)
    assert "M tokens/hour" not in reply
    assert "$1,800,000" not in reply


@pytest.mark.parametrize(
    "text",
    [
        "their traffic hits about 30 M tokens/hr at peak.\nload profile (tokens/hr):\n- 12 hrs @ 30000000\n"
        "- 12 hrs @ 10000000\n50% off provisioned; on-demand $5/M. where to commit?",
        "load over the day (tokens per hour): 12 hrs at 30,000,000, 12 hrs at 10,000,000. spikes reach 35M tokens/hr "
        "some days. provisioned 50% off, on-demand $5/M blended. commit level?",
    ],
)
def test_a_scaled_figure_elsewhere_leaves_the_unit_alone(text: str) -> None:
    fields = parse(text).fields
    assert fields.load_unit == "tokens/hour"
    assert fields.load_profile == [(Decimal(30_000_000), Decimal(12)), (Decimal(10_000_000), Decimal(12))]


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("hourly load (M tokens/hr):\n- 12 hrs @ 30\n- 12 hrs @ 10\n50% off provisioned; on-demand $5/M. commit?",
         "M tokens/hour"),
        ("load in thousands of tokens per hour: 12 hrs at 300, 12 hrs at 100. 50% off PT, on-demand $5/M. commit?",
         "k tokens/hour"),
    ],
)
def test_a_heading_right_above_or_before_the_rows_still_scales_them(text: str, unit: str) -> None:
    assert parse(text).fields.load_unit == unit
