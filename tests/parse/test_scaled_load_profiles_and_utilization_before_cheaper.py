"""A load profile whose heading gives the scale of its loads ("(M tokens/hr)", "millions of tokens per hour") is
priced at the per-million rate the ask states, in the heading's own unit; and a utilization named right before its
figure ("util 40% cheaper than OD?") stays a utilization when the question word "cheaper" follows it."""

from __future__ import annotations

from decimal import Decimal

import pytest

from bot.parse import parse
from tests.support.replies import assert_figures


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        # 1 − d = 60%: 40 is met in 16 of 24 h (66.7%), 80 in 6 h: commit 40. 24 × 40 × $4 × 0.6 = $2,304 + spill
        # 6 × 40 × $4 = $960 → $3,264; all on-demand (6 × 80 + 10 × 40 + 8 × 10) × $4 = 960 × $4 = $3,840
        ("load by hour (M tokens/hr):\n- 6 hrs @ 80\n- 10 hrs @ 40\n- 8 hrs @ 10\nPT is 40% off; on-demand $4/M. "
         "commit level and daily cost vs all on-demand?",
         ["*40 M tokens/hour*", "*$3,264.00*", "$3,840.00 all on-demand"]),
        # 1 − d = 70%: 5 is met in 18 h (75%), 12 in 10 h: commit 5. 24 × 5 × $10 × 0.7 = $840 + spill
        # 10 × 7 × $10 = $700 → $1,540; all on-demand (10 × 12 + 8 × 5 + 6 × 2) × $10 = 172 × $10 = $1,720
        ("token load in millions of tokens per hour: 10 hrs at 12, 8 hrs at 5, 6 hrs at 2. provisioned 30% below "
         "on-demand, which is $10/M. best commitment and the daily bill?",
         ["*5 M tokens/hour*", "*$1,540.00*", "$1,720.00 all on-demand"]),
    ],
)
def test_a_scaled_token_load_is_priced_at_the_per_million_rate(text: str, figures: list[str]) -> None:
    assert_figures(text, figures)


def test_a_token_load_with_its_own_scale_keeps_it() -> None:
    fields = parse("load profile (tokens/hr): 12 hrs at 30M, 12 hrs at 10M; 50% off provisioned, on-demand "
                   "$5/M blended. commit where?").fields
    assert fields.load_unit == "tokens/hour"
    assert fields.load_profile == [(Decimal(30_000_000), Decimal(12)), (Decimal(10_000_000), Decimal(12))]


@pytest.mark.parametrize(
    ("text", "discount", "utilization"),
    [
        ("3yr PT 35% off, util 50% cheaper than on-demand?", "0.35", "0.5"),
        ("PT commit at 45% discount, utilisation: 60% - cheaper than OD or not?", "0.45", "0.6"),
        ("usage 70%, PT is 30% cheaper than OD. worth it?", "0.3", "0.7"),
    ],
)
def test_a_utilization_named_before_its_figure_stays_one(text: str, discount: str, utilization: str) -> None:
    fields = parse(text).fields
    assert fields.discount == Decimal(discount)
    assert fields.utilization == [Decimal(utilization)]


def test_cheaper_than_after_a_bare_figure_is_still_a_discount() -> None:
    fields = parse("provisioned is 40% cheaper than on-demand, and they'd run at 70%. worth it?").fields
    assert fields.discount == Decimal("0.4")
    assert fields.utilization == [Decimal("0.7")]


def test_a_load_table_with_the_load_column_first_is_a_profile() -> None:
    # 1 − d = 75%: 3 is met in 20 of 24 h (83%), 5 in 12 h (50%): commit 3. 24 × 3 × $20 × 0.75 = $1,080 + spill
    # (2 × 8 + 5 × 4) = 36 unit-hours × $20 = $720 → $1,800; all on-demand (1 × 4 + 3 × 8 + 5 × 8 + 8 × 4) = 100 × $20
    text = ("| load (units) | hours/day |\n|---|---|\n| 1 | 4 |\n| 3 | 8 |\n| 5 | 8 |\n| 8 | 4 |\n\n"
            "PT is 25% off on-demand; on-demand is $20 per unit-hour. best commitment and its daily cost?")
    assert parse(text).fields.load_profile == [(Decimal(1), Decimal(4)), (Decimal(3), Decimal(8)),
                                               (Decimal(5), Decimal(8)), (Decimal(8), Decimal(4))]
    assert_figures(text, ["*3 units*", "*$1,800.00*", "$2,000.00 all on-demand"])
