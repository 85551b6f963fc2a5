"""Break-even and markup asks in more shapes reps type (our own sentences): capacity bought to cover the busiest hour
with no peak-to-average ratio (asked for), a discount "vs on-demand" before its figure, a blended rate "for this
model", percentages written "pc", and a markup paid after the EA discount with the list markup, which implies the EA
discount."""

from __future__ import annotations

from decimal import Decimal

import pytest

from bot import router
from bot.parse import parse


def _answer(text: str) -> router.Reply:
    return router.answer(text, rate_cards={})


@pytest.mark.parametrize(
    "text",
    [
        "they want to reserve enough PTUs to handle the busiest hour of the day, at 35% off. does that pay?",
        "CFO wants capacity sized for the heaviest hour so nothing spills. PT discount is 30% vs on-demand. cost?",
        "plan is to buy provisioned to cover their peak hour; discount vs OD is 45%. effective cost vs on-demand?",
        "they'll reserve enough PT to never get throttled. 40% off. will they clear break-even?",
    ],
)
def test_capacity_for_the_busiest_hour_asks_for_the_peak_to_average_ratio(text: str) -> None:
    reply = _answer(text)
    assert "peak_to_average" in {m.key for m in reply.answer.missing}
    assert "peak-to-average" in reply.text
    assert parse(text).fields.peak_to_average is None


@pytest.mark.parametrize(
    ("text", "discount"),
    [
        ("sized for peak, discount vs on-demand is 40%, PAR 2", "0.4"),
        ("our PTU discount versus OD comes to 28%, util 90%", "0.28"),
    ],
)
def test_a_discount_named_before_vs_on_demand_keeps_its_figure(text: str, discount: str) -> None:
    assert parse(text).fields.discount == Decimal(discount)


def test_a_blended_rate_for_this_model() -> None:
    reply = _answer("3 units at $5 per unit-hour, each serves 2M tokens/hour at full load. our blended on-demand rate "
                    "for this model is $3.00 per 1M tokens and we expect 70% utilization. monthly cost vs on-demand?")
    # 3 × 5 × 730 = $10,950; 3 × 2M × 730 × 0.7 × $3/M = $9,198; break-even 5 ÷ 6 = 83.33%
    assert "*$10,950.00*" in reply.text
    assert "*$9,198.00*" in reply.text
    assert "*83.33%*" in reply.text


@pytest.mark.parametrize(
    ("text", "effective"),
    [
        ("net markup with 30 pc list and 5pc EA?", "23.5%"),  # 1.30 × 0.95 − 1
        ("vertex: list uplift 12 pc, edp 4 pc. effective?", "7.52%"),  # 1.12 × 0.96 − 1
    ],
)
def test_percentages_written_pc(text: str, effective: str) -> None:
    assert f"− 1 = *{effective}*" in _answer(text).text


@pytest.mark.parametrize(
    ("text", "line"),
    [
        ("customer pays 12% over direct on Azure once their EA is applied, list markup 20%. implied EA?",
         "= 1 − (1 + 12%) ÷ (1 + 20%) = *6.67%*"),
        ("bedrock runs them 5% above list after the EDP discount is factored in; list premium is 40%. what EDP is "
         "that?", "= 1 − (1 + 5%) ÷ (1 + 40%) = *25%*"),
    ],
)
def test_a_markup_paid_after_the_ea_implies_the_ea_discount(text: str, line: str) -> None:
    reply = _answer(text).text
    assert line in reply
    assert "That assumes no EA discount" not in reply


def test_an_effective_markup_above_the_list_one_is_refused_by_name() -> None:
    reply = _answer("they pay 30% over direct after their EA is applied, list markup 20%. implied EA?").text
    assert "above the 20% list markup" in reply
    assert "Traceback" not in reply
