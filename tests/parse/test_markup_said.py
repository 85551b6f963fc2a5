"""Markups and EA discounts in the forms reps write them, and the dollar figures they ask for (our own sentences,
not a scored batch's): "+ 12% EA" is a discount, not a second markup; fractions before their label ("quarter list
markup", "an eighth off"); a hyperscaler's output rate against the direct one; a direct spend named after its
amount; and what the markup adds to a direct spend."""

from __future__ import annotations

from decimal import Decimal

import pytest

from bot.parse import parse
from pricing.markup import MarkupRequest, effective_markup, markup_premium
from tests.support.replies import assert_figures


@pytest.mark.parametrize(
    ("text", "markup", "ea"),
    [
        ("effective markup with 30% list + 10% EA?", Decimal("0.3"), Decimal("0.1")),
        ("vertex +15% on list, + 5% enterprise discount", Decimal("0.15"), Decimal("0.05")),
        ("quarter list markup and a fifth off via the EA, net?", Decimal("0.25"), Decimal("0.2")),
        ("azure: a third uplift, EA an eighth off", Decimal(1) / 3, Decimal("0.125")),
    ],
)
def test_markup_and_ea_forms_are_read(text: str, markup: Decimal, ea: Decimal) -> None:
    fields = parse(text).fields
    assert fields.markup is not None and abs(fields.markup - markup) < Decimal("1e-9")
    assert fields.ea_discount is not None and abs(fields.ea_discount - ea) < Decimal("1e-9")


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        # 1.3 x 0.9 - 1 = 17%
        ("effective markup with 30% list + 10% EA?", ["(1 + 30%) × (1 − 10%)", "*17%*"]),
        # $12 / $10 - 1 = 20%; an EA of a sixth cancels it exactly
        ("vertex output $12/MTok against $10 direct, EA a sixth off: effective markup?",
         ["$12.00/1M ÷ $10.00/1M direct − 1 = *20%*", "*0%*: the EA discount cancels"]),
        # 1.25 x 0.92 = 1.15: $40,000 x 1.15 = $46,000, $6,000 more than direct
        ("bedrock 25% over direct, 8% EA; what do they pay on $40k/mo of direct-equivalent spend?",
         ["*$46,000.00* a month", "$6,000.00 a month more than direct"]),
        # 1.1 x 0.8 = 0.88: $25,000 x 0.88 = $22,000, $3,000 less than direct
        ("direct bill $25k a month; azure +10% list, EA 20%. what's the delta vs direct?",
         ["*$22,000.00* a month", "$3,000.00 a month less than direct"]),
    ],
)
def test_markup_figures(text: str, figures: list[str]) -> None:
    assert_figures(text, figures)


def test_what_the_markup_adds() -> None:
    markup = effective_markup(MarkupRequest(list_markup=Decimal("0.35"), ea_discount=Decimal("0.2")))
    assert markup_premium(Decimal(18_000), markup) == Decimal(1_440)
    below = effective_markup(MarkupRequest(list_markup=Decimal("0.1"), ea_discount=Decimal("0.2")))
    assert markup_premium(Decimal(25_000), below) == Decimal(-3_000)


def test_a_markup_cancelled_by_a_fraction_is_zero() -> None:
    # 1.2 x (1 - 1/6) is exactly 1; a sixth read to 12 places must not leave a trace below direct
    result = effective_markup(MarkupRequest(list_markup=Decimal("0.2"), ea_discount=Decimal("0.166666666667")))
    assert result.effective_markup == 0
